package check

import "testing"

// Tests of formSurnameAlone (person_formsurname.go) and arabicShortForm
// (person_arabicvowels.go), session 27.

// TestFormSurnameAlone: the surname of an admitted full form names the
// person alone though the list gives a short form (g127 ntrex-even 1958,
// judged false); not a forbidden form's, not with another given name, not
// a surname another listed person has.
func TestFormSurnameAlone(t *testing.T) {
	const walid127 = `id,type,lang,term,status,case,short,note
walid-al-moallem,person,ko,왈리드 알무알렘,preferred,,,
walid-al-moallem,person,ko,무알렘 장관,admitted,,,
walid-al-moallem,person,en,Walid al-Moallem,preferred,,Moallem,
walid-al-moallem,person,en,Walid al-Moualem,admitted,,,
walid-al-moallem,person,en,Walid Muallem,admitted,,,
walid-al-moallem,person,en,Walid al-Mouallem,deprecated,,,
`
	const clintons = `id,type,lang,term,status,case,short,note
hillary-clinton,person,ko,힐러리 클린턴,preferred,,,
hillary-clinton,person,en,Hillary Rodham Clinton,preferred,,Hillary,
hillary-clinton,person,en,Hillary Clinton,admitted,,,
`
	const src1958 = "무알렘 장관은 시리아 정부가 이 황폐한 나라를 재건하는 데 도움을 주는 것을 환영할 것이라고 말했다."
	const srcClinton = "힐러리 클린턴은 시리아 정부를 비판했다."
	for _, tc := range []struct {
		name, csv, src, tgt string
		want                string // the pair's target-term-missing and near-miss findings
	}{
		{"the admitted form's surname opening a sentence", walid127, src1958, "Al-Moualem said the Syrian regime would welcome help.", ""},
		{"the admitted form's surname as written", walid127, src1958, "The minister, al-Moualem, said the regime would welcome help.", ""},
		{"after a title", walid127, src1958, "Foreign Minister al-Moualem said the regime would welcome help.", ""},
		{"another admitted form's surname", walid127, src1958, "Muallem said the Syrian regime would welcome help.", ""},
		{"the short form", walid127, src1958, "Moallem said the Syrian regime would welcome help.", ""},
		{"the forbidden form's surname", walid127, src1958, "Al-Mouallem said the Syrian regime would welcome help.", "target-term-missing "},
		{"another given name", walid127, src1958, "Ahmed al-Moualem said the Syrian regime would welcome help.", "target-term-missing "},
		{"another consonant", walid127, src1958, "Al-Moualen said the Syrian regime would welcome help.", "target-term-missing "},
		{"a Western surname, a short form listed", clintons, srcClinton, "Clinton criticized the Syrian government.", ""},
		{"the surname another listed person's too", clintons + "bill-clinton,person,ko,빌 클린턴,preferred,,,\nbill-clinton,person,en,Bill Clinton,preferred,,,\n",
			srcClinton, "Clinton criticized the Syrian government.", "target-term-missing "},
	} {
		if got, fs := presenceFindings(t, tc.csv, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%s: %q: findings %q, want %q\n%s", tc.name, tc.tgt, got, tc.want, brief(fs))
		}
	}
}

// TestArabicShortForm: e and a single i for each other in any word of an
// Arabic name is the person, no finding (g126 kpc-dev 993, judged false);
// another vowel or consonant, a vowel dropped (the list's forbidden form)
// and a name not shown Arabic are reported.
func TestArabicShortForm(t *testing.T) {
	const hashemi = `id,type,lang,term,status,case,short,note
tariq-al-hashemi,person,ko,타리크 알하시미,preferred,,,
tariq-al-hashemi,person,ko,타레크 알 하시미,deprecated,,,
tariq-al-hashemi,person,en,Tariq al-Hashemi,preferred,,al-Hashemi,
tariq-al-hashemi,person,en,Tariq al-Hashmi,deprecated,,,
dennis-rodman,person,ko,데니스 로드먼,preferred,,,
dennis-rodman,person,en,Dennis Rodman,preferred,,Rodman,
`
	const src = "이라크합의전선의 타리크 알하시미가 말했다."
	const srcRodman = "데니스 로드먼이 말했다."
	for _, tc := range []struct {
		name, src, tgt string
		want           string // the pair's target-term-missing and near-miss findings
	}{
		{"e and i alike in both words (g126 kpc-dev 993)", src, "said Tareq al-Hashimi of the Iraqi Accord Front.", ""},
		{"the given name only", src, "said Tareq al-Hashemi of the Iraqi Accord Front.", ""},
		{"possessive", src, "said Tareq al-Hashimi's Iraqi Accord Front.", ""},
		{"the surname only, i for e: no near miss (session 28, T113)", src, "said Tariq al-Hashimi of the Iraqi Accord Front.", ""},
		{"a for e", src, "said Tareq al-Hashami of the Iraqi Accord Front.", "target-term-missing "},
		{"another consonant", src, "said Tarek al-Hashimi of the Iraqi Accord Front.", "target-term-missing "},
		{"a vowel dropped (the forbidden al-Hashmi)", src, "said Tareq al-Hashmi of the Iraqi Accord Front.", "target-term-missing "},
		{"not an Arabic name", srcRodman, "Dinnis Rodman said.", "target-term-missing "},
		{"not an Arabic name, e for i", srcRodman, "Dennes Rodman said.", "target-term-missing "},
	} {
		if got, fs := presenceFindings(t, hashemi, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%s: %q: findings %q, want %q\n%s", tc.name, tc.tgt, got, tc.want, brief(fs))
		}
	}
}
