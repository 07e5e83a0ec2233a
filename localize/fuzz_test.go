package localize

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// FuzzTarget: never panics; a query equal to the match source changes
// nothing; the text changes exactly when a change is reported; valid
// UTF-8 stays valid.
func FuzzTarget(f *testing.F) {
	f.Add("The ministers met for 40 minutes on Monday.", "The ministers met for 30 minutes on Sunday.", "장관들은 일요일 30분간 회동했다.")
	f.Add("수출이 10월 7일 3.5% 늘었다.", "수출이 10월 5일 2.5% 늘었다.", "Exports rose 2.5 percent on Oct. 5.")
	f.Add("5일(월) 1,420원", "7일(수) 1,350원", "Wed., 1,350 won")
	f.Fuzz(func(t *testing.T, q, s, tr string) {
		for _, dir := range [][2]language.Tag{{language.English, language.Korean}, {language.Korean, language.English}} {
			r := Target(q, s, dir[0], tr, dir[1])
			if r.Changed() != (len(r.Changes) > 0) || !r.Changed() && r.Text != tr {
				t.Fatalf("text %q changed without a reported change", r.Text)
			}
			if utf8.ValidString(q) && utf8.ValidString(s) && utf8.ValidString(tr) && !utf8.ValidString(r.Text) {
				t.Fatalf("invalid UTF-8 out of valid input: %q", r.Text)
			}
			if same := Target(s, s, dir[0], tr, dir[1]); same.Text != tr {
				t.Fatalf("query = source changed %q to %q", tr, same.Text)
			}
		}
	})
}
