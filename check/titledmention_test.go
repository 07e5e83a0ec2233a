package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Session 26 (helper T84): people of our own modelled on three judged
// false alarms: a North Korean minister (one-word name, a title in 상), a
// special counsel (특검) and a ballplayer whose surname stands in an
// idiom's title-cased words.
const titledMentionGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
pak-sol-ho,person,ko,박솔호,preferred,,,,,,,,,,,
pak-sol-ho,person,ko,박 외무상,admitted,,,,,,,,,,,
pak-sol-ho,person,ko,박솔 외무상,admitted,,,,,,,,,,,
pak-sol-ho,person,en,Pak Sol Ho,preferred,,Pak,,,,,,,,,
tom-merrow,person,ko,톰 메로우,preferred,,,,,,,,,,,
tom-merrow,person,ko,메로우 특검,admitted,,,,,,,,,,,
tom-merrow,person,ko,톰 메로어,deprecated,,,,,,,,,,,
tom-merrow,person,en,Tom Merrow,preferred,,Merrow,,,,,,,,,
babe-hollis,person,ko,베이브 홀리스,preferred,,,,,,,,,,,
babe-hollis,person,en,Babe Hollis,preferred,,Hollis,,,,,,,,,
`

// TestTitledMention: 박 외무상 after 박솔호 and 메로우 특검 after the
// forbidden 톰 메로어 특검 are second references; 박솔 외무상 (the surname
// and a syllable of the given name) after 박솔호 is still a second spelling
// and 메로우 특검 first still a first mention.
func TestTitledMention(t *testing.T) {
	c := caseChecker(t, "titledmention.csv", titledMentionGlossary)
	for _, tc := range []struct{ name, text, want string }{
		{"one-word name, then surname and title in 상", "제목\n\n박솔호는 총회에서 말했다. 박 외무상은 이어 떠났다.", ""},
		{"the surname and a given name's syllable", "제목\n\n박솔호는 총회에서 말했다. 박솔 외무상은 이어 떠났다.", "inconsistent 박솔 외무상"},
		{"forbidden full name titled, then surname and 특검", "제목\n\n톰 메로어 특검이 월요일 말했다. 메로우 특검은 이어 떠났다.", "deprecated-term 톰 메로어"},
		{"surname and 특검 first", "제목\n\n메로우 특검은 월요일 떠났다.", "first-mention 메로우 특검"},
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

// TestShortInTitleCase: the listed short form inside title-cased words
// (an idiom, a book's title) renders the person; the short form before
// another given name or surname still does not.
func TestShortInTitleCase(t *testing.T) {
	c := caseChecker(t, "titledmention.csv", titledMentionGlossary)
	for _, tc := range []struct{ name, src, tgt, want string }{
		{"an idiom's title-cased words", "그는 '베이브 홀리스가 지은 집'에서 홈런을 쳤다.", "He homered in The House That Hollis Built.", ""},
		{"an idiom's title-cased words, the short form last", "그는 '베이브 홀리스의 집'에서 홈런을 쳤다.", "He homered in The House of Hollis.", ""},
		{"another person's given name", "베이브 홀리스가 홈런을 쳤다.", "Jim Hollis homered.", "target-term-missing"},
		{"another person's surname after", "베이브 홀리스가 홈런을 쳤다.", "Hollis Grant homered.", "target-term-missing"},
	} {
		var got []string
		for _, f := range c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English}) {
			if f.Rule == RuleTargetMissing {
				got = append(got, string(f.Rule))
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s: %q: got %q, want %q", tc.name, tc.tgt, g, tc.want)
		}
	}
}
