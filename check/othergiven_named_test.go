package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

const otherGivenNamedGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
gordon-brown,person,en,Gordon Brown,preferred,,Brown,,,,,,,,,
gordon-brown,person,ko,고든 브라운,preferred,,,,,,,,,,,
gordon-brown,person,ko,브라운,admitted,,,,,,,,,,,
alex-rodriguez,person,en,Alex Rodriguez,preferred,,Rodriguez,,,,,,,,,
alex-rodriguez,person,ko,알렉스 로드리게스,preferred,,,,,,,,,,,
alex-rodriguez,person,ko,로드리게스,admitted,,,,,,,,,,,
josh-hamilton,person,en,Josh Hamilton,preferred,,Hamilton,,,,,,,,,
josh-hamilton,person,ko,조시 해밀턴,preferred,,,,,,,,,,,
josh-hamilton,person,ko,해밀턴,admitted,,,,,,,,,,,
`

// TestOtherGivenNamed: a listed one-word Korean surname after a word the
// English (or a Latin gloss) gives as another given name before the
// surname names another person, even where the word is one syllable
// (톰 브라운, Thom Browne) or ends as a particle does (에두아르도
// 로드리게스, Eduardo Rodríguez): no person missing from the English, no
// first mention, and the same form bare later in the article is that
// person. The person's own given name, a word the English does not give
// so, or the surname alone are still the person.
func TestOtherGivenNamed(t *testing.T) {
	p := caseChecker(t, "othergivennamed.csv", otherGivenNamedGlossary)
	session14Cases(t, p, []pairCase{
		{"one syllable", "톰 브라운은 기묘한 마스크도 공개했습니다.", "Thom Browne also revealed a selection of bizarre masks.", ""},
		{"a particle's ending", "볼리비아의 에두아르도 로드리게스 전 대통령이 거부했다.", "Former president Eduardo Rodríguez Veltzé rejected it.", ""},
		{"the English gives no given name", "톰 브라운은 마스크도 공개했습니다.", "The prime minister also revealed masks.", "target-term-missing 1:1  => Gordon Brown (target)"},
		{"the English gives another surname", "톰 브라운은 마스크도 공개했습니다.", "Tom Smith also revealed masks.", "target-term-missing 1:1  => Gordon Brown (target)"},
		{"a word the English gives apart", "톰 브라운 총리가 왔다고 했다.", "Tom, the prime minister, had come.", "target-term-missing 1:1  => Gordon Brown (target)"},
	})
	c := caseChecker(t, "othergivennamed.csv", otherGivenNamedGlossary)
	c.Missing = nil
	for _, tc := range []struct{ name, text, want string }{
		{"a glossed one-syllable given name", "제목\n\n발렌티노와 톰 브라운(Thom Browne)의 디자이너들이 모자를 공개했다. 톰 브라운은 마스크도 공개했다. 브라운은 웃었다.", ""},
		{"a glossed given name ending as a particle", "제목\n\n에두아르도 로드리게스(Eduardo Rodríguez Veltzé) 전 대통령이 거부했다.", ""},
		{"no gloss", "제목\n\n발렌티노와 톰 브라운의 디자이너들이 모자를 공개했다.", "first-mention 브라운"},
		{"the person's own given name glossed", "제목\n\n고든 브라운(Gordon Brown)은 웃었다. 브라운은 말했다.", ""},
		{"the surname alone, glossed", "제목\n\n그때 브라운(Brown)은 웃었다.", "first-mention 브라운"},
		{"a gloss of another surname", "제목\n\n톰 브라운(Tom Smith)의 모자.", "first-mention 브라운"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.Korean) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s: %q: got %q, want %q", tc.name, tc.text, g, tc.want)
		}
	}
}

// TestBodyHead: a person's one-word Korean form followed by a loanword
// head of a club's, a school's or a ground's name (해밀턴 아카데미) names the
// body, not the person: no first mention and no person missing from the
// English; a native head (대학) or a title after it leaves the person.
func TestBodyHead(t *testing.T) {
	p := caseChecker(t, "othergivennamed.csv", otherGivenNamedGlossary)
	session14Cases(t, p, []pairCase{
		{"a club", "세인트 미렌, 해밀턴 아카데미에서 경력을 쌓았다.", "His career at St Mirren and Hamilton Academical.", ""},
		{"a title", "해밀턴 선수에서 경력을 쌓았다.", "His career as a player.", "target-term-missing 1:1  => Josh Hamilton (target)"},
	})
	c := caseChecker(t, "othergivennamed.csv", otherGivenNamedGlossary)
	c.Missing = nil
	for _, tc := range []struct{ name, text, want string }{
		{"a club", "제목\n\n그는 해밀턴 아카데미에서 뛰었다.", ""},
		{"a ground", "제목\n\n해밀턴 스타디움의 잔디가 좋다.", ""},
		{"a native head", "제목\n\n해밀턴 대학 연설이 있었다.", "first-mention 해밀턴"},
		{"a title", "제목\n\n해밀턴 선수가 뛰었다.", "first-mention 해밀턴"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.Korean) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s: %q: got %q, want %q", tc.name, tc.text, g, tc.want)
		}
	}
}
