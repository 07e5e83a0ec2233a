package check

import (
	"strings"
	"testing"

	"bitext/glossary"
)

// Tests of arabicTranslit, arabicRespeltBy and arabicNearVariant
// (person_arabicvowels.go).

func TestArabicTranslit(t *testing.T) {
	for _, tc := range []struct {
		w, l string
		want bool
	}{
		{"Moualem", "Moallem", true}, {"al-Moualem", "al-Moallem", true}, {"Muallem", "Moallem", true},
		{"Mouallem", "Moallem", true}, {"Mualem", "Moallem", true}, {"Mousa", "Musa", true},
		{"Moallem", "Moallem", false}, // the same spelling
		{"Jaffer", "Jaafar", false},   // e for a: T79's warning (arabicRespelt)
		{"Moallim", "Moallem", false}, // i for e
		{"Mallem", "Moallem", false},  // a vowel dropped
		{"Moualen", "Moallem", false}, // another consonant
		{"Hassan", "Hussein", false},  // another vowel
		{"Omar", "Mar", false},        // a vowel added
		{"Moalem", "Moallemi", false}, // a vowel added at the end
	} {
		if got := arabicTranslit(tc.w, tc.l); got != tc.want {
			t.Errorf("arabicTranslit(%q, %q) = %v, want %v", tc.w, tc.l, got, tc.want)
		}
	}
}

// The entries as house105, house107, house103 and house73 list them.
const (
	walidHead = `id,type,lang,term,status,case,short,note
walid,person,ko,왈리드 알무알렘,preferred,,,
walid,person,ko,왈리드 알-무알렘,admitted,,,
walid,person,ko,무알렘 장관,admitted,,,
walid,person,en,Walid al-Moallem,preferred,,al-Moallem,
`
	walid105 = walidHead + `walid,person,en,Foreign Minister Walid al-Moallem,admitted,,,
walid,person,en,Walid Muallem,admitted,,,
walid,person,en,Walid al-Mualem,deprecated,,,
`
	walid107 = walidHead + `walid,person,en,Walid Moallem,admitted,,,
walid,person,en,Walid al-Muallem,deprecated,,,
`
	walid103 = walidHead + `walid,person,en,Foreign Minister Walid al-Moallem,admitted,,,
walid,person,en,Walid Muallem,deprecated,,,
walid,person,en,Walid al-Muallem,deprecated,,,
`
	walid73 = walidHead + `walid,person,en,Walid Moallem,admitted,,,
walid,person,en,Walid al-Mouallem,deprecated,,,
`
)

// TestArabicTranslitPair: a usual transliteration of a listed Arabic
// surname names the person (g105 ntrex-even 1958, g107 ntrex-even 1952
// and ntrex-odd 1462, judged false), unless the list gives the name in
// one form only (g103's near-miss, judged real by G103, false by the
// lead's ruling: no finding since session 28, T113, by arabicUsualNamed)
// or forbids that spelling (g73's, judged real).
func TestArabicTranslitPair(t *testing.T) {
	const src1952 = "왈리드 알-무알렘 외무장관은 유엔 총회에서 시리아의 상황이 개선되고 있다고 말했다."
	const tgt1952 = "Speaking to the United Nations General Assembly, Foreign minister Walid al-Moualem said conditions in the country are improving."
	const src1958 = "알-무알렘 장관은 시리아 정부가 이 황폐한 나라를 재건하는 데 도움을 주는 것을 환영할 것이라고 말했다."
	for _, tc := range []struct {
		name, csv, src, tgt string
		want                string // the pair's target-term-missing and near-miss findings: rule found; ...
	}{
		{"105: the short form respelt", walid105, src1958, "Al-Moualem said the Syrian regime would welcome help.", ""},
		{"105: the short form respelt, at no start", walid105, src1958, "The minister, al-Moualem, said the regime would welcome help.", ""},
		{"105: the forbidden spelling", walid105, src1958, "Al-Mualem said the Syrian regime would welcome help.", "target-term-missing "},
		{"105: another consonant", walid105, src1958, "Al-Moualen said the Syrian regime would welcome help.", "target-term-missing "},
		{"105: the full name respelt", walid105, src1952, tgt1952, ""},
		{"107: the full name respelt", walid107, src1952, tgt1952, ""},
		{"107: the forbidden al-Muallem, one l", walid107, src1952, strings.ReplaceAll(tgt1952, "Moualem", "Mualem"), "near-miss Walid al-Mualem"},
		{"107: ou, two l", walid107, src1952, strings.ReplaceAll(tgt1952, "Moualem", "Mouallem"), ""},
		{"103: ou, two l", walid103, src1952, strings.ReplaceAll(tgt1952, "Moualem", "Mouallem"), ""},                                              // session 28 (T113): no near miss
		{"103: one form only", walid103, src1952, tgt1952, ""},                                                                                     // session 28 (T113): no near miss
		{"103: the forbidden al-Muallem, one l", walid103, src1952, strings.ReplaceAll(tgt1952, "Moualem", "Mualem"), "near-miss Walid al-Mualem"}, // forbidden, doubled letters once
		{"73: the spelling forbidden, one l", walid73, src1952, tgt1952, "near-miss Walid al-Moualem"},
	} {
		if s, fs := presenceFindings(t, tc.csv, tc.src, tc.tgt); s != tc.want {
			t.Errorf("%s: %q: findings %q, want %q\n%s", tc.name, tc.tgt, s, tc.want, brief(fs))
		}
	}
}

// The entries as house151 and house152 list them (one English form and
// its titled version), and house152's Saddam Hussein.
const (
	walid151 = walidHead + `walid,person,en,Foreign Minister Walid al-Moallem,admitted,,,
walid,person,en,Walid al-Mualim,deprecated,,,
`
	walid152 = walidHead + `walid,person,ko,알-무알렘 장관,admitted,,,
walid,person,en,Foreign Minister Walid al-Moallem,admitted,,,
walid,person,en,Walid al-Moalem,deprecated,,,
walid,person,en,Walid al-Muallam,deprecated,,,
`
	saddam152 = `id,type,lang,term,status,case,short,note
saddam,person,ko,사담 후세인,preferred,,,
saddam,person,en,Saddam Hussein,preferred,,Saddam,
saddam,person,en,President Saddam Hussein,admitted,,,
saddam,person,en,Sadam Hussein,deprecated,,,
saddam,person,en,Saddam Hussain,deprecated,,,
`
)

// TestArabicUsual: a usual transliteration of an Arabic surname, vowels
// and a doubled consonant (T108).
func TestArabicUsual(t *testing.T) {
	for _, tc := range []struct {
		w, l  string
		short bool
		want  bool
	}{
		{"Moualem", "Moallem", false, true}, {"al-Moualem", "al-Moallem", false, true}, {"Muallem", "Moallem", false, true},
		{"Jafer", "Jaafar", true, true},   // e for a short a (T89)
		{"Jaffer", "Jaafar", true, false}, // f doubled (arabicShortAVariant reads it)
		{"Jaffer", "Jaafar", false, false},
		{"Jafar", "Jaafar", false, true},
		{"Hashimi", "Hashemi", true, true},
		{"Moualim", "Moallem", true, true}, // ou for o and i for e
		{"Moualim", "Moallem", false, false},
		{"Moallem", "Moallem", true, false},
		{"Jabbouri", "Jabouri", false, false}, // a consonant doubled the list writes once
		{"Mallem", "Moallem", true, false},    // a vowel dropped
		{"Moualen", "Moallem", true, false},   // another consonant
		{"Mualam", "Moallem", true, false},    // a for e
		{"Hussain", "Hussein", true, false},   // a diphthong
	} {
		if got := arabicUsual(tc.w, tc.l, tc.short); got != tc.want {
			t.Errorf("arabicUsual(%q, %q, %v) = %v, want %v", tc.w, tc.l, tc.short, got, tc.want)
		}
	}
}

// TestArabicUsualNamed: a usual transliteration of the listed surname names
// the person on a list of one form (g151 ntrex-even 1952 and ntrex-odd
// 1462, g152 ntrex-even 1952 and 1958 and ntrex-odd 1462, judged false),
// and, since session 28 (T113), no near-miss of a forbidden form respelt
// (g103, g121, g125: TestArabicNearMiss), while a
// spelling the list forbids stays reported.
func TestArabicUsualNamed(t *testing.T) {
	const src1952 = "왈리드 알-무알렘 외무장관은 유엔 총회에서 시리아의 상황이 개선되고 있다고 말했다."
	const tgt1952 = "Speaking to the United Nations General Assembly, Foreign minister Walid al-Moualem said conditions in the country are improving."
	const src1958 = "알-무알렘 장관은 시리아 정부가 이 황폐한 나라를 재건하는 데 도움을 주는 것을 환영할 것이라고 말했다."
	const srcSaddam = "사담 후세인이 연설했다."
	for _, tc := range []struct {
		name, csv, src, tgt string
		want                string // the pair's target-term-missing and near-miss findings: rule found; ...
	}{
		{"151: the full name respelt", walid151, src1952, tgt1952, ""},
		{"152: the full name respelt", walid152, src1952, tgt1952, ""},
		{"152: the short form respelt", walid152, src1958, "Al-Moualem said the Syrian regime would welcome help.", ""},
		{"152: i for e after the given name", walid152, src1952, strings.ReplaceAll(tgt1952, "Moualem", "Moualim"), ""},
		{"152: i for e, the surname alone", walid152, src1958, "Al-Moualim said the Syrian regime would welcome help.", "target-term-missing "},
		{"152: the forbidden spelling", walid152, src1958, "Al-Moalem said the Syrian regime would welcome help.", "target-term-missing "},
		{"152: a for e", walid152, src1958, "Al-Moualam said the Syrian regime would welcome help.", "target-term-missing "},
		{"152: another consonant", walid152, src1952, strings.ReplaceAll(tgt1952, "Moualem", "Moualen"), "target-term-missing "},
		{"151: another given name", walid151, src1952, strings.ReplaceAll(tgt1952, "Walid al-Moualem", "Khalid al-Moualem"), "target-term-missing "},
		{"103: a usual spelling, no near miss (session 28, T113)", walid103, src1952, tgt1952, ""},
		{"saddam: given name as a forbidden form has it", saddam152, srcSaddam, "Sadam Husain gave a speech.", "target-term-missing "},
		{"saddam: the surname respelt, given name as listed", saddam152, srcSaddam, "Saddam Husein gave a speech.", ""},
	} {
		if s, fs := presenceFindings(t, tc.csv, tc.src, tc.tgt); s != tc.want {
			t.Errorf("%s: %q: findings %q, want %q\n%s", tc.name, tc.tgt, s, tc.want, brief(fs))
		}
	}
}

// presenceFindings checks the pair src/tgt against the list csv for
// persons and returns its target-term-missing and near-miss findings as
// "rule found" joined by "; ", with all the findings.
func presenceFindings(t *testing.T, csv, src, tgt string) (string, []Finding) {
	t.Helper()
	c := caseChecker(t, "walid.csv", csv)
	c.Missing = []glossary.Type{glossary.Person}
	_, fs := koPair(c, src, tgt)
	var got []string
	for _, f := range fs {
		if f.Rule == RuleTargetMissing || f.Rule == RuleNearMiss {
			got = append(got, f.Rule+" "+f.Found)
		}
	}
	return strings.Join(got, "; "), fs
}
