package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Session 24 (helper T62): a person of our own whose Korean forms are the
// full name and, admitted, the surname alone, and whose English given
// name and surname begin with one consonant.
const longerKoreanNameGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
galan-galani,person,en,Galan Galani,preferred,,Galani,,,,,,,,,
galan-galani,person,ko,갈란 갈라니,preferred,,,,,,,,,,,
galan-galani,person,ko,갈라니,admitted,,,,,,,,,,,
`

// An admitted Korean surname at a first mention is reported when the word
// after it only begins with the consonant of the English surname (갈라니
// 관련: 관련 is k n, Galani k l; check13q-missed's 갈릴레이 관련); a word
// with the surname's first two consonants after it still makes a longer
// name the list does not hold.
func TestLongerKoreanNameSkeleton(t *testing.T) {
	c := caseChecker(t, "longerkoreanname.csv", longerKoreanNameGlossary)
	for _, tc := range []struct{ text, want string }{
		{"제목\n\n갈라니 관련 인터뷰가 화요일 나왔다.", "first-mention 갈라니"},
		{"제목\n\n갈라니 걸러니가 화요일 말했다.", ""},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.Korean) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
	for _, tc := range []struct {
		hangul, english string
		want            bool
	}{{"관련", "Galilei", false}, {"누그로호", "Nugroho", true}, {"푸어오", "Purwo", true}, {"대통령", "Trump", false}} {
		if got := skeletonBegins(tc.hangul, tc.english); got != tc.want {
			t.Errorf("skeletonBegins(%s, %s) = %v", tc.hangul, tc.english, got)
		}
	}
}

// TestSkeletonRules: a country's gloss before a city the English names, and
// a form that is a foreign person's surname, are no missing entry; the
// country before another word, and the form alone, are.
func TestSkeletonRules(t *testing.T) {
	c := session14Checker(t)
	session14Cases(t, c, []pairCase{
		{"a country's gloss before a city", "그는 네덜란드 헤이그에 있는 재판소로 이송됐다.", "He was sent to the tribunal at The Hague.", ""},
		{"a country's gloss, the city absent", "그는 네덜란드 암스테르담에 있는 병원에 입원했다.", "He was taken to the hospital.", "target-term-missing 1:1  => Netherlands (target)"},
		{"a country before no place", "네덜란드 올림픽 대표팀이 도착했다.", "The Olympic team arrived.", "target-term-missing 1:1  => Netherlands (target)"},
		{"a foreign person's surname", "코니와 찰스 코란은 후반에 골을 도왔다.", "Cownie and Charles Corcoran combined late in the match.", ""},
		{"the term itself", "그는 코란을 인용했다.", "He quoted the scripture.", "target-term-missing 1:1  => Quran (target)"},
		{"a brand before a model", "토요타 코란의 판매가 늘었다.", "Sales of the Toyota Corolla rose.", "target-term-missing 1:1  => Quran (target)"},
	})
	for _, tc := range []struct {
		hangul, english string
		want            bool
	}{
		{"헤이그", "Hague", true}, {"찰스", "Charles", true}, {"암스테르담", "Amsterdam", true}, {"파리", "Paris", true},
		{"올림픽", "Hague", false}, {"헤이그", "Hogan", false},
		// Session 17, helper T14: an r after a vowel before a consonant or
		// at the end is not written in Korean.
		{"클라크", "Clark", true}, {"포스터", "Forster", true}, {"베이커", "Baker", true}, {"캐럴", "Carroll", true},
	} {
		if got := sameSkeleton(tc.hangul, tc.english); got != tc.want {
			t.Errorf("sameSkeleton(%s, %s) = %v, want %v", tc.hangul, tc.english, got, tc.want)
		}
	}
}

// TestOwnCountryBody: a body whose own Korean name holds a foreign
// country's name (영국 음반협회) is the listed body, not another country's
// described (foreignDescribed), so a description that does not name it is
// a finding.
func TestOwnCountryBody(t *testing.T) {
	c := caseChecker(t, "session17t15.csv", session17T15Glossary+`bpi,organization,en,British Phonographic Industry,preferred,,,,,,,,,,,
bpi,organization,en,BPI,admitted,,,,,,,,,,,
bpi,organization,ko,영국 음반협회,preferred,,,,,,,,,,,
`)
	for _, tc := range []struct{ tgt, want string }{
		{"The record companies sent warning letters.", "error"},
		{"The BPI sent warning letters.", ""},
	} {
		if got, fs := koPair(c, "영국 음반협회가 경고문을 보냈다.", tc.tgt); got != tc.want {
			t.Errorf("%q: severity %q, want %q\n%s", tc.tgt, got, tc.want, brief(fs))
		}
	}
}
