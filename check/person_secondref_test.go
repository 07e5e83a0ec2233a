package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// secondRefGlossary: our own entries, shaped as house91's.
const secondRefGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
bush,person,ko,조지 W. 부시,preferred,,,,,,,,,,,
bush,person,ko,부시,admitted,,,,,,,,,안호이저-부시,,
bush,person,en,George W. Bush,preferred,,Bush,,,,,,,,,
jls,person,ko,제이미 린 스피어스,preferred,,,,,,,,,,,
jls,person,ko,제이미,admitted,,,,,,,,,,,
jls,person,en,Jamie Lynn Spears,preferred,,Spears,,,,,,,,,
km,person,ko,칼리드 마샤알,preferred,,,,,,,,,,,
km,person,ko,마샤알,admitted,,,,,,,,,,,
km,person,en,Khaled Mashaal,preferred,,Mashaal,,,,,,,,,
km,person,en,Khaled Meshaal,deprecated,,,,,,,,,,,
jh,person,ko,조시 해밀턴,preferred,,,,,,,,,,,
jh,person,ko,해밀턴,admitted,,,,,,,,,,,루이스
jh,person,en,Josh Hamilton,preferred,,Hamilton,,,,,,,,,
`

// TestSecondReference: the government after the person, the given names,
// a forbidden form's surname and a split sentence's subject
// (person_secondref.go). Our own sentences.
func TestSecondReference(t *testing.T) {
	c := newTestChecker(t, secondRefGlossary)
	for _, tc := range []struct {
		name                 string
		before, targetBefore []string
		src, tgt             string
		missing              bool
	}{
		{"the government, the administration", nil, nil,
			"그러나 부시 정부는 2002년 의회와 협의하고 있다고 관리들이 말했다.", "But officials said the administration was consulting with Congress in 2002.", false},
		{"the government, no noun in the English", nil, nil,
			"그러나 부시 정부는 2002년 의회와 협의하고 있다고 관리들이 말했다.", "But officials said talks with Congress went on in 2002.", true},
		{"the person too", nil, nil,
			"부시 정부는 2002년 협의하고 있으며 대통령 부시는 곧 결정한다.", "The administration is consulting in 2002 and will decide soon.", true},
		{"the person, no government", nil, nil,
			"대통령 부시는 2002년 의회와 협의하고 있다.", "The administration is consulting with Congress in 2002.", true},
		{"the administration in the sentence before", []string{"이란은 평화적이라고 주장한다."}, []string{"Iran says its program is peaceful. The Bush administration and other members of the council —"},
			"부시 미 행정부와 영국, 프랑스는 2006년 이란에 제안을 했다.", "Britain and France have offered Iran incentives in 2006.", false},
		{"the administration in a closed sentence before", []string{"이란은 평화적이라고 주장한다."}, []string{"The Bush administration disagrees."},
			"부시 미 행정부와 영국, 프랑스는 2006년 이란에 제안을 했다.", "Britain and France have offered Iran incentives in 2006.", true},
		{"the given names", nil, nil,
			"제이미는 약혼자가 기뻐했다고 말했다.", "Jamie Lynn said her fiance was so happy.", false},
		{"the given names, possessive", nil, nil,
			"제이미의 가족이 모였다.", "Jamie Lynn's family gathered.", false},
		{"the given names of another", nil, nil,
			"제이미는 기뻐했다고 말했다.", "Jamie Lynn Sigler said she was happy.", true},
		{"the given names for the full name, not named before", nil, nil,
			"제이미 린 스피어스는 약혼자가 기뻐했다고 말했다.", "Jamie Lynn said her fiance was so happy.", true},
		{"the given names for the full name, named before", []string{"제이미 린 스피어스가 출산했다."}, []string{"Jamie Lynn Spears gave birth."},
			"제이미 린 스피어스는 약혼자가 기뻐했다고 말했다.", "Jamie Lynn said her fiance was so happy.", false},
		{"a forbidden form's surname after it", []string{"아바스와 마샤알은 합의했다."}, []string{"Abbas and Khaled Meshaal agreed."},
			"아바스와 마샤알은 회담을 재개한다.", "Abbas and Meshaal said talks would resume.", false},
		{"the forbidden surname, never in full", []string{"회담이 열렸다."}, []string{"Talks were held."},
			"아바스와 마샤알은 회담을 재개한다.", "Abbas and Meshaal said talks would resume.", true},
		{"a split sentence's subject", []string{"제이미 린 스피어스가 출산했다.", "제이미는 딸을 낳았다.", "브리트니 스피어스의 동생인 제이미 린 스피어스의 사진이 실렸다"},
			[]string{"Jamie Lynn Spears gave birth.", "Spears welcomed a girl.", "The younger sister of Britney Spears poses on the cover of OK!"},
			"매거진은 제이미와 딸의 사진을 위해 돈을 지불했다.", "and reportedly was to receive a payday for the pictures.", false},
		{"a split sentence with a subject of its own", []string{"제이미 린 스피어스가 출산했다.", "제이미는 딸을 낳았다.", "브리트니 스피어스의 동생인 제이미 린 스피어스의 사진이 실렸다"},
			[]string{"Jamie Lynn Spears gave birth.", "Spears welcomed a girl.", "The younger sister of Britney Spears poses on the cover of OK!"},
			"매거진은 제이미와 딸의 사진을 위해 돈을 지불했다.", "and the magazine paid for the pictures.", true},
		{"a broken pair, no description before", []string{"제이미 린 스피어스가 출산했다.", "제이미는 딸을 낳았다.", "사진이 실렸다"},
			[]string{"Jamie Lynn Spears gave birth.", "Spears welcomed a girl.", "Photos ran on the cover of OK!"},
			"매거진은 제이미와 딸의 사진을 위해 돈을 지불했다.", "and reportedly was to receive a payday for the pictures.", true},
		{"another bearer named before", []string{"루이스 해밀턴이 우승했다."}, []string{"Lewis Hamilton won."},
			"보타스는 동료인 해밀턴을 도왔다.", "Bottas helped his teammate.", false},
		{"the list's person named in full before", []string{"루이스 해밀턴이 우승했다.", "조시 해밀턴은 홈런을 쳤다.", "날씨가 좋았다.", "관중이 많았다."}, []string{"Lewis Hamilton won.", "Josh Hamilton hit a homer.", "The weather was fine.", "Crowds were large."},
			"보타스는 동료인 해밀턴을 도왔다.", "Bottas helped a teammate.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English,
				SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, Before: tc.before, TargetBefore: tc.targetBefore})
			got := false
			for _, f := range fs {
				got = got || f.Rule == RuleTargetMissing
			}
			if got != tc.missing {
				t.Errorf("Pair(%q, %q): target-term-missing %v, want %v (%s)", tc.src, tc.tgt, got, tc.missing, brief(fs))
			}
		})
	}
}

// TestOtherBearerFirstMention: a bare surname after the article named
// another bearer beside the list's not_with word is no first mention
// (person_otherbearer.go). Our own sentences.
func TestOtherBearerFirstMention(t *testing.T) {
	c := newTestChecker(t, secondRefGlossary)
	for _, tc := range []struct {
		name, text string
		want       string
	}{
		{"another bearer before", "루이스 해밀턴이 우승했다.\n보타스는 동료인 해밀턴을 도왔다.", ""},
		{"no other bearer", "보타스는 동료인 해밀턴을 도왔다.", "jh 해밀턴"},
		{"the other bearer after", "보타스는 동료인 해밀턴을 도왔다.\n루이스 해밀턴이 우승했다.", "jh 해밀턴"},
		{"the list's person in full between", "루이스 해밀턴이 우승했다.\n조시 해밀턴도 왔다.\n보타스는 동료인 해밀턴을 도왔다.", ""},
		// A transliterated given name that is not the list's names another
		// bearer by helper T75's rule (othergiven.go), whose later bare
		// mentions go with that person: no first mention of the entry.
		{"another given name, not the list's", "세바스찬 해밀턴이 우승했다.\n보타스는 동료인 해밀턴을 도왔다.", ""},
		// A word before the surname that reads as no given name: the bare
		// surname later is the list's person, first mentioned so.
		{"a common word before the surname", "그러나 해밀턴이 우승했다.\n보타스는 동료인 해밀턴을 도왔다.", "jh 해밀턴"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleFirstMention); got != tc.want {
				t.Errorf("TextOn(%q): first-mention %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// forbiddenArticleGlossary: our own entries, shaped as house135's Walid
// al-Moallem (a forbidden full form with an Arabic article prefix).
const forbiddenArticleGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
wm,person,ko,왈리드 알무알렘,preferred,,,,,,,,,,,
wm,person,ko,무알렘 장관,admitted,,,,,,,,,,,
wm,person,en,Walid al-Moallem,preferred,,al-Moallem,,,,,,,,,
wm,person,en,Walid Muallem,deprecated,,,,,,,,,,,
wm,person,en,Walid al-Moualem,deprecated,,,,,,,,,,,
`

// TestForbiddenArticleSurnameEarlier: the surname of a forbidden full form
// with an article prefix (al-Moualem), capitalized opening a sentence, after
// the same story's English named the person by that form (session 27,
// helper T102; g135 ntrex-even 1958). Our own sentences.
func TestForbiddenArticleSurnameEarlier(t *testing.T) {
	c := newTestChecker(t, forbiddenArticleGlossary)
	// The story names him four pairs before (out of namedNearby's reach),
	// as NTREX 1952 does six before 1958.
	filler, fillerEn := []string{"정부는 복구를 계속한다.", "유엔은 추정한다.", "지원이 필요하다."}, []string{"The government continues.", "The UN estimates so.", "Aid is needed."}
	named := append([]string{"왈리드 알무알렘 외무장관은 상황이 개선되고 있다고 말했다."}, filler...)
	namedEn := append([]string{"Foreign minister Walid al-Moualem said conditions are improving."}, fillerEn...)
	other := append([]string{"Foreign minister Ahmed al-Moualem said conditions are improving."}, fillerEn...)
	never := append([]string{"시리아는 준비가 되었다."}, filler...)
	neverEn := append([]string{"Syria says it is ready."}, fillerEn...)
	src := "무알렘 장관은 정부가 재건 지원을 환영할 것이라고 말했다."
	for _, tc := range []struct {
		name                 string
		before, targetBefore []string
		tgt                  string
		missing              bool
	}{
		{"capitalized, the forbidden form before", named, namedEn, "Al-Moualem said the regime would welcome help.", false},
		{"as listed, the forbidden form before", named, namedEn, "The regime would welcome help, al-Moualem said.", false},
		{"capitalized, never named", never, neverEn, "Al-Moualem said the regime would welcome help.", true},
		{"capitalized, another bearer named before", named, other, "Al-Moualem said the regime would welcome help.", true},
		{"another surname of the forbidden forms' person, named before", named, namedEn, "Al-Mouallem said the regime would welcome help.", true},
		{"a given name joined to it", named, namedEn, "Ahmed Al-Moualem said the regime would welcome help.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := c.Pair("p.tsv", Pair{Source: src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English,
				SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, Before: tc.before, TargetBefore: tc.targetBefore})
			got := false
			for _, f := range fs {
				got = got || f.Rule == RuleTargetMissing
			}
			if got != tc.missing {
				t.Errorf("Pair(%q): target-term-missing %v, want %v (%s)", tc.tgt, got, tc.missing, brief(fs))
			}
		})
	}
}
