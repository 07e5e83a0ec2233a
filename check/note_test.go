package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// A deprecated form's own note explains the finding; the entry's note is
// the fallback.
func TestDeprecatedNote(t *testing.T) {
	const text = "id,type,lang,term,status,note\n" +
		"nk,place,en,North Korea,preferred,The country's short name\n" +
		"nk,place,en,N. Korea,deprecated,Not used; spell out North Korea\n" +
		"nk,place,en,Norh Korea,deprecated,\n"
	g, err := glossary.Decode(strings.NewReader(text), glossary.FormatCSV, "g.csv")
	if err != nil {
		t.Fatal(err)
	}
	fs := New(g).Text("a.txt", "N. Korea fired a missile. Norh Korea said so.", language.English)
	Localize(fs, English)
	var msgs []string
	for _, f := range fs {
		if f.Rule == RuleDeprecated {
			msgs = append(msgs, f.Message)
		}
	}
	want := []string{
		`"N. Korea" is deprecated: use "North Korea" (nk); Not used; spell out North Korea`,
		`"Norh Korea" is deprecated: use "North Korea" (nk); The country's short name`,
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Errorf("messages:\n%s\nwant:\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
}
