package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// misrenderedGlossary: our own entries (session 10).
const misrenderedGlossary = `id,type,lang,term,status,case,short,note,from,until
sullivan,person,ko,제이크 설리번,preferred,,설리번,,,
sullivan,person,en,Jake Sullivan,preferred,,Sullivan,,,
jade,person,ko,제이드 톰슨,preferred,,,,,
jade,person,en,Jade Thompson,preferred,,,,,
han,person,ko,한승수,preferred,,,,,
han,person,en,Han Seung-soo,preferred,,Han,,,
may,person,ko,테리사 메이,preferred,,,,,
may,person,en,Theresa May,preferred,,,,,
may,person,en,Teresa May,deprecated,,,,,
bates,person,ko,톰 베이츠,preferred,,,,,
bates,person,en,Tom Bates,preferred,,,,,
`

// TestPersonEvidence: target-term-missing for a person is an error when
// the English gives the person in a wrong form, a warning when the person
// is plainly absent from the pair and from the English beside it, and no
// finding when the English right before or after the pair names them
// (misrendered.go). Our own sentences.
func TestPersonEvidence(t *testing.T) {
	g, err := glossary.Decode(strings.NewReader(misrenderedGlossary), glossary.FormatCSV, "m.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	for _, tc := range []struct {
		name          string
		before        []string
		after         string
		src, tgt      string
		want          string // "" (no finding), or the severity and the span quoted
		wantRendering string
	}{
		{"a respelled given name", nil, "", "제이크 설리번은 말했다.", "Jack Sullivan said.", "error", "Jack Sullivan"},
		{"a respelled surname", nil, "", "제이크 설리번은 말했다.", "Jake Sullivam said.", "error", "Jake Sullivam"},
		{"a respelled name, named right before", []string{"Jake Sullivan arrived."}, "", "제이크 설리번은 말했다.", "Jake Sullivam said.", "error", "Jake Sullivam"},
		{"the surname kept with another given name (a Korean name)", nil, "", "한승수 총리는 말했다.", "Prime Minister Han Sung-soo said.", "error", "Han Sung-soo"},
		{"a word of the person's own deprecated form, hyphenated", nil, "", "테리사 메이 같은 인물이다.", "It is a quasi-Teresa-May character.", "error", "Teresa-May"},
		{"another listed person in its place", nil, "", "제이크 설리번은 말했다.", "Jade Thompson said.", "error", "Jade Thompson"},
		{"another listed person the source names too", nil, "", "제이크 설리번과 제이드 톰슨이 말했다.", "Jade Thompson said.", "warning", ""},
		{"plainly absent", nil, "", "제이크 설리번은 말했다.", "The adviser said so.", "warning", ""},
		{"plainly absent, named two sentences back", []string{"Jake Sullivan arrived.", "It rained."}, "", "제이크 설리번은 말했다.", "The talks ended.", "warning", ""},
		{"named in the sentence before", []string{"It rained.", "Jake Sullivan arrived."}, "", "제이크 설리번은 말했다.", "The talks ended.", "", ""},
		{"named in the sentence after", nil, "Jake Sullivan arrived.", "제이크 설리번은 말했다.", "The talks ended.", "", ""},
		{"another listed person's word is no evidence", nil, "", "제이크 설리번은 말했다.", "Jade spoke.", "warning", ""},
		{"a short respelled word alone is no evidence", nil, "", "제이크 설리번은 말했다.", "Jace spoke.", "warning", ""},
		{"a short respelled word beside the given name is", nil, "", "톰 베이츠는 말했다.", "Tom Bakes spoke.", "error", "Tom Bakes"},
		{"the surname with another given name", nil, "", "톰 베이츠는 말했다.", "Jim Bates spoke.", "error", "Jim Bates"},
		{"another listed person's given name with the surname (a short form)", nil, "", "제이크 설리번은 말했다.", "Chairman Jade Sullivan said.", "error", "Jade Sullivan"},
		{"the surname alone names the person (session 23, helper T58: surnameAlone)", nil, "", "톰 베이츠는 말했다.", "Bates spoke.", "", ""},
		{"a Korean surname with another given name", nil, "", "한승수 총리는 말했다.", "Han Duk-soo spoke.", "error", "Han Duk-soo"},
		{"another Korean the source names, the surname shared", nil, "", "한승수 총리와 한덕수 장관이 만났다.", "Han Deok-soo spoke.", "warning", ""},
		{"another Korean the source names, a particle after the name", nil, "", "한승수 총리는 한명숙이 말했다고 전했다.", "Han Myeong-sook spoke.", "warning", ""},
		{"a long respelled word alone is", nil, "", "제이크 설리번은 말했다.", "Sullivam spoke.", "error", "Sullivam"},
		{"an ordinary word capitalized at a sentence start", nil, "", "톰 베이츠는 말했다.", "Bales of hay were sold; bales are cheap.", "warning", ""},
		{"a short word is no evidence", nil, "", "테리사 메이는 말했다.", "The Mays left.", "warning", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English,
				SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, TargetBefore: tc.before, TargetAfter: tc.after})
			var got, rendering string
			for _, f := range fs {
				if f.Rule == RuleTargetMissing {
					got = f.Severity.String()
					rendering, _ = f.Data["Rendered"].(string)
					if f.Found != "" {
						t.Errorf("Found = %q, want \"\" (the judged sets' verdict key)", f.Found)
					}
				}
			}
			if got != tc.want || rendering != tc.wantRendering {
				t.Errorf("Pair(%q, %q) beside %q / %q: target-term-missing %q %q, want %q %q (%s)",
					tc.src, tc.tgt, tc.before, tc.after, got, rendering, tc.want, tc.wantRendering, brief(fs))
			}
		})
	}
}

// TestGivenNames: the first word of a person's form written given name
// first is a given name, unless it stands elsewhere in a form (a title, a
// body's word) or the form is written surname first (Han Seung-soo).
func TestGivenNames(t *testing.T) {
	const csv = `id,type,lang,term,status,case,short,note,from,until
sturgell,person,en,Robert Sturgell,preferred,,Sturgell,,,
sturgell,person,en,Robert Sturgill,deprecated,,,,,
han,person,en,Han Seung-soo,preferred,,Han,,,
mofa,organization,en,Foreign Minister Office,preferred,,,,,
min,person,en,Minister Park,preferred,,,,,
lee,person,en,Lee Myung-bak,preferred,,Lee,,,
mary,person,en,Mary Lee,preferred,,,,,
`
	g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "g.csv")
	if err != nil {
		t.Fatal(err)
	}
	got := givenNames(g, language.English)
	for w, want := range map[string]bool{"Robert": true, "Mary": true, "Han": false, "Lee": false, "Minister": false, "Foreign": false, "Sturgell": false} {
		if got[w] != want {
			t.Errorf("givenNames()[%q] = %v, want %v", w, got[w], want)
		}
	}
}
