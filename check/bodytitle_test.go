package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

const bodyTitleGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
mike-johnson,person,ko,마이크 존슨,preferred,,,,,,,,,,,
mike-johnson,person,ko,존슨 하원 의장,admitted,,,,,,,,,,,
mike-johnson,person,ko,존슨 의장,admitted,,,,,,,,,,,
mike-johnson,person,ko,전슨 하원 의장,admitted,,,,,,,,,,,
mike-johnson,person,en,Mike Johnson,preferred,,Johnson,,,,,,,,,
`

// TestBodyTitledReference: a surname with its post and the post's body
// (존슨 하원 의장) after the full name is a short reference, as the surname
// and the post alone (존슨 의장) are; the surname spelt otherwise (전슨 하원
// 의장, after 존슨 하원 의장) is still a second spelling.
func TestBodyTitledReference(t *testing.T) {
	c := caseChecker(t, "bodytitle.csv", bodyTitleGlossary)
	for _, tc := range []struct{ name, text, want string }{
		{"the post alone", "제목\n\n마이크 존슨 하원 의장이 말했다. 존슨 의장은 웃었다.", ""},
		{"the post and its body", "제목\n\n마이크 존슨이 말했다. 존슨 하원 의장은 웃었다.", ""},
		{"the surname spelt otherwise", "제목\n\n마이크 존슨이 말했다. 존슨 하원 의장은 웃었다. 전슨 하원 의장은 웃었다.", "inconsistent 전슨 하원 의장"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.Korean) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s: %q: got %q, want %q", tc.name, tc.text, g, tc.want)
		}
	}
	for _, tc := range []struct{ form, other, want string }{
		{"존슨 하원 의장", "마이크 존슨", "존슨 의장"},
		{"블링컨 국무부 장관", "토니 블링컨", "블링컨 장관"},
		{"마이크 존슨 의장", "마이크 존슨", "마이크 존슨 의장"},   // a full name titled: no body
		{"존슨 하원 의장", "존슨", "존슨 하원 의장"},         // the other no full name
		{"존슨 하원의 의장", "마이크 존슨", "존슨 하원의 의장"},   // a particle: no body
		{"존슨 공화당 대변인", "마이크 존슨", "존슨 공화당 대변인"}, // no post title
	} {
		if got := withoutTitleBody(tc.form, tc.other); got != tc.want {
			t.Errorf("withoutTitleBody(%s, %s) = %s, want %s", tc.form, tc.other, got, tc.want)
		}
	}
}
