package glossary

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestArticleSpellings: a Korean form with the Arabic article 알 is matched
// joined, apart and hyphenated (arabic_article_ko.go); a word that only
// begins with 알 (알리) and other forms keep their one spelling.
func TestArticleSpellings(t *testing.T) {
	const csv = `id,type,lang,term,status
assad,person,ko,바샤르 알아사드,preferred
assad,person,ko,아사드 대통령,admitted
maliki,person,ko,누리 알-말리키,preferred
maliki,person,ko,누리 알말리키,admitted
qaeda,organization,ko,알 카에다,preferred
ali,person,ko,무함마드 알리,preferred
`
	g, err := Decode(strings.NewReader(csv), FormatCSV, "g.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := g.Matcher(language.Korean)
	for _, tt := range []struct {
		text string
		want string // id and matched text of the first match, "" for none
	}{
		{"바샤르 알 아사드 대통령에 반대하는", "assad 바샤르 알 아사드"},
		{"바샤르 알-아사드는", "assad 바샤르 알-아사드"},
		{"바샤르 알아사드는", "assad 바샤르 알아사드"},
		{"누리 알 말리키 총리는", "maliki 누리 알 말리키"},
		{"알카에다는", "qaeda 알카에다"},
		{"알-카에다와", "qaeda 알-카에다"},
		{"무함마드 알 리는", ""},
		{"알 아사드 대통령", "assad 아사드 대통령"},
	} {
		got := ""
		if ms := m.FindAll(tt.text); len(ms) > 0 {
			got = ms[0].Entry.ID + " " + tt.text[ms[0].Start:ms[0].End]
		}
		if got != tt.want {
			t.Errorf("FindAll(%q): first %q, want %q", tt.text, got, tt.want)
		}
	}
	// The spelling a form lists is that form's: 누리 알말리키 is the
	// admitted form, not the preferred one spelt joined.
	ms := m.FindAll("누리 알말리키는")
	if len(ms) != 1 || ms[0].Term.Text != "누리 알말리키" {
		t.Errorf("누리 알말리키: %+v", ms)
	}
	// An entry that deprecates a spelling of the article gets none of
	// its own: the deprecated form is found, not an admitted one respelt.
	const dep = `id,type,lang,term,status
assad,person,ko,바샤르 알아사드,preferred
assad,person,ko,바샤르 알 아사드,deprecated
assad,person,ko,바샤르 알아사드 대통령,admitted
`
	gd, err := Decode(strings.NewReader(dep), FormatCSV, "dep.csv")
	if err != nil {
		t.Fatal(err)
	}
	if ms := gd.Matcher(language.Korean).FindAll("바샤르 알 아사드 대통령에"); len(ms) != 1 || ms[0].Term.Text != "바샤르 알 아사드" {
		t.Errorf("바샤르 알 아사드 대통령 with 바샤르 알 아사드 deprecated: %+v", ms)
	}
	if got, want := articleSpellings("바샤르 알아사드"), []string{"바샤르 알 아사드", "바샤르 알-아사드"}; !slices.Equal(got, want) {
		t.Errorf("articleSpellings = %q, want %q", got, want)
	}
	if got := articleSpellings("무함마드 알리"); got != nil {
		t.Errorf("articleSpellings(무함마드 알리) = %q, want none", got)
	}
}
