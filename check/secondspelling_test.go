package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bitext/glossary"
)

// session15Second is inconsistent's test of a second spelling as session
// 15 left it: T7's termSpellings and T8's latinVariant, layered (rules.go
// at 19ad18e), kept to show that secondSpelling gives the same answers.
// Delete it with TestSecondSpellingAsSession15 when the definition changes
// on purpose.
func session15Second(e *glossary.Entry, t, first *glossary.Term) bool {
	common := commonWords(e, t.Text, first.Text)
	return !(!spellings(t.Text, first.Text) || common && !termSpellings(t.Text, first.Text) ||
		!hasHangul(t.Text) && !hasHangul(first.Text) && !latinVariant(e, t, first, !common))
}

// TestSecondSpellingAsSession15: secondSpelling and session 15's layered
// filters agree on every ordered pair of forms of one entry and language
// in every glossary file (CSV, TSV, TBX) of the repository's test data,
// but the pairs of two common words of one stem that session 18 (helper
// T19) no longer reads as second spellings when the first is no form of
// the word the second respells (defense after defender; oneStemTwoWords,
// inflectedPair), and the forms of a name differing only in case that
// session 20 (helper T30, caseOnly) reads as second spellings, and those
// differing only in accents or "&" for "and" that session 21 (helper T40,
// markOrAmpersand) reads as second spellings.
func TestSecondSpellingAsSession15(t *testing.T) {
	var files []string
	for _, root := range []string{"testdata", "../testdata", "../glossary/testdata"} {
		filepath.Walk(root, func(p string, fi os.FileInfo, err error) error {
			if err != nil {
				return nil
			}
			if ext := filepath.Ext(p); !fi.IsDir() && (ext == ".csv" || ext == ".tbx" || ext == ".tsv") && fi.Size() < 1<<20 {
				files = append(files, p)
			}
			return nil
		})
	}
	pairs, diffs, nfiles, changed, cased, marked := 0, 0, 0, 0, 0, 0
	for _, f := range files {
		g, err := glossary.Load(f)
		if err != nil || g == nil {
			continue
		}
		nfiles++
		for _, e := range g.Entries {
			for _, a := range e.Terms {
				for _, b := range e.Terms {
					if a == b || a.Lang != b.Lang {
						continue
					}
					pairs++
					o, n := session15Second(e, a, b), secondSpelling(e, a, b)
					if o && !n && oneStemTwoWords(a.Text, b.Text) {
						changed++ // session 18 (helper T19): two words of one stem
						continue
					}
					if !o && n && caseOnly(a.Text, b.Text) {
						cased++ // session 20 (helper T30): a name's forms differing only in case
						continue
					}
					if !o && n && markOrAmpersand(a.Text, b.Text) {
						marked++ // session 21 (helper T40): accents, or & for and (inconsistent.go)
						continue
					}
					if o != n {
						diffs++
						t.Errorf("%s %s: %q after %q: session 15 %v, secondSpelling %v", f, e.ID, a.Text, b.Text, o, n)
					}
				}
			}
		}
	}
	if pairs == 0 {
		t.Fatal("no glossary read")
	}
	t.Logf("%d glossary files, %d ordered pairs, %d differ, %d two words of one stem since session 18, %d forms differing only in case since session 20, %d only in accents or & since session 21", nfiles, pairs, diffs, changed, cased, marked)
}

// latinVariant is T8's filter as it was (spellvariant.go at 19ad18e).
func latinVariant(e *glossary.Entry, t, first *glossary.Term, names bool) bool {
	if spellingVariant(t.Text, first.Text, names) {
		return true
	}
	for _, o := range e.Terms {
		if o != t && o != first && o.Lang == t.Lang && o.Text != t.Text && termSpellings(t.Text, o.Text) &&
			spellingVariant(t.Text, o.Text, names) {
			return true
		}
	}
	return false
}

// TestSecondSpelling: inconsistent's one definition of a second spelling
// (secondSpelling), a case for each of its clauses; each case's answer
// changes when its clause is left out.
func TestSecondSpelling(t *testing.T) {
	g, err := glossary.Decode(strings.NewReader(`id,type,lang,term,status
immigration,term,en,immigration,preferred
immigration,term,en,migrants,admitted
immigration,term,en,emigration,admitted
vote,term,en,vote,preferred
vote,term,en,voters,admitted
centre,term,en,centre,preferred
centre,term,en,center,admitted
chung,person,en,Chung Eui-yong,preferred
chung,person,en,Chung Eui-young,admitted
chung,person,en,Eui-yong Chung,admitted
us,place,en,United States,preferred
us,place,en,U.S.,admitted
us,place,en,US,admitted
tories,organization,en,Conservatives,preferred
tories,organization,en,Tories,admitted
defectors,term,ko,탈북자,preferred
defectors,term,ko,탈북민,admitted
`), glossary.FormatCSV, "second.csv")
	if err != nil {
		t.Fatal(err)
	}
	term := func(id, text string) *glossary.Term {
		for _, x := range g.Lookup(id).Terms {
			if x.Text == text {
				return x
			}
		}
		t.Fatalf("no %q in %s", text, id)
		return nil
	}
	for _, tc := range []struct {
		id, form, first string
		want            bool
	}{
		{"centre", "center", "centre", true},                  // British and American
		{"vote", "voters", "vote", false},                     // common words of one stem
		{"immigration", "immigration", "migrants", false},     // common words not near (emigration respelled would say yes)
		{"chung", "Chung Eui-yong", "Eui-yong Chung", true},   // a name's words reordered: names skip the common-word test
		{"chung", "Chung Eui-young", "Eui-yong Chung", true},  // a respelling of another form (Chung Eui-yong)
		{"chung", "Eui-yong Chung", "Chung Eui-young", false}, // another form reordered, not near it: no respelling of it
		{"us", "U.S.", "United States", false},                // no run of three letters shared
		{"us", "US", "U.S.", false},                           // the same two letters: no run of three
		{"tories", "Tories", "Conservatives", false},          // two names
		{"defectors", "탈북민", "탈북자", true},                     // Korean: two syllables shared
	} {
		e := g.Lookup(tc.id)
		if got := secondSpelling(e, term(tc.id, tc.form), term(tc.id, tc.first)); got != tc.want {
			t.Errorf("%q after %q: got %v, want %v", tc.form, tc.first, got, tc.want)
		}
	}
}
