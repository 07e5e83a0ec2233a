package align

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"bitext/lexicon"

	"golang.org/x/text/language"
)

// TestAddedLineStats is a development aid for wAdded (added_test.go;
// session 25, helper A57, taken out), skipped unless ADDED_STATS_FILES names gold files
// (comma-separated; development files only, never the held-out part).
// With the lexicon of ADDED_STATS_LEX (empty: the core alone) it prints
// a tab-separated line for each English line of a gold 0-1 link (G01prev
// and G01next: against the Korean sentence of the link before and after
// it), of a gold split (G12m0, G12m1 …: the member's place) and of a 1-1
// link (G11): the document, its lower-case known words, how many of them
// the Korean sentence translates, whether the two share a name, the
// line, the Korean sentence's known stems the other English lines of its
// gold link translate (hit/known), and SUP when superfluous would call
// the line a member that adds nothing to a split of that link (the 0-1
// line added to it). Run it with go test -v ./align -run
// TestAddedLineStats.
func TestAddedLineStats(t *testing.T) {
	files := os.Getenv("ADDED_STATS_FILES")
	if files == "" {
		t.Skip("ADDED_STATS_FILES not set")
	}
	var lx *lexicon.Lexicon
	if p := os.Getenv("ADDED_STATS_LEX"); p != "" {
		var err error
		if lx, err = lexicon.Load(p, ""); err != nil {
			t.Fatal(err)
		}
	}
	opts := Options{CoreLexicon: true, Lexicon: lx}
	opts.Lexicon = opts.lexicon()
	for _, file := range strings.Split(files, ",") {
		docs, err := ReadDocuments(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			sf := features(d.Source, language.Korean, opts)
			tf := features(d.Target, language.English, opts)
			for gi, g := range d.Gold {
				switch {
				case len(g.Source) == 0 && len(g.Target) == 1:
					j := g.Target[0]
					for _, side := range []struct {
						name string
						k    int
					}{{"prev", gi - 1}, {"next", gi + 1}} {
						k := side.k
						for k >= 0 && k < len(d.Gold) && len(d.Gold[k].Source) == 0 {
							if side.name == "prev" {
								k--
							} else {
								k++
							}
						}
						if k < 0 || k >= len(d.Gold) || len(d.Gold[k].Source) != 1 {
							continue
						}
						i := d.Gold[k].Source[0]
						kk, h := lowerCover(opts.Lexicon, d.Target[j], &sf[i])
						rest := restCover(&sf[i], tf, d.Gold[k].Target)
						if len(d.Gold[k].Target) > 0 {
							var en []feature
							for _, o := range d.Gold[k].Target {
								en = append(en, tf[o])
							}
							pos := len(en)
							if side.name == "next" {
								en = append([]feature{tf[j]}, en...)
								pos = 0
							} else {
								en = append(en, tf[j])
							}
							if superfluous(&sf[i], en, pos, lowerIDs(opts.Lexicon, d.Target[j])) {
								rest += "\tSUP"
							}
						}
						fmt.Printf("G01%s\t%s\t%d\t%d\t%v\t%s\t%s\n", side.name, d.ID, kk, h, nameShared(&tf[j], &sf[i]), d.Target[j], rest)
					}
				case len(g.Source) == 1 && len(g.Target) > 1:
					i := g.Source[0]
					for m, j := range g.Target {
						kk, h := lowerCover(opts.Lexicon, d.Target[j], &sf[i])
						var others []int
						for _, o := range g.Target {
							if o != j {
								others = append(others, o)
							}
						}
						rest := restCover(&sf[i], tf, others)
						var en []feature
						for _, o := range g.Target {
							en = append(en, tf[o])
						}
						if superfluous(&sf[i], en, m, lowerIDs(opts.Lexicon, d.Target[j])) {
							rest += "\tSUP"
						}
						fmt.Printf("G12m%d\t%s\t%d\t%d\t%v\t%s\t%s\n", m, d.ID, kk, h, nameShared(&tf[j], &sf[i]), d.Target[j], rest)
					}
				case len(g.Source) == 1 && len(g.Target) == 1:
					i, j := g.Source[0], g.Target[0]
					kk, h := lowerCover(opts.Lexicon, d.Target[j], &sf[i])
					fmt.Printf("G11\t%s\t%d\t%d\t%v\t%s\t%s\n", d.ID, kk, h, nameShared(&tf[j], &sf[i]), d.Target[j], restCover(&sf[i], tf, []int{j}))
				}
			}
		}
	}
}

// lowerCover counts the known words of en written in lower case (K) and
// those of them whose translation the Korean feature ko has (H).
func lowerCover(lx *lexicon.Lexicon, en string, ko *feature) (k, h int) {
	for w := range strings.FieldsSeq(en) {
		if !lowerWord(w) {
			continue
		}
		ids := lx.EnglishIDs(w)
		if len(ids) == 0 {
			continue
		}
		k++
		for _, id := range ids {
			if containsID(ko.lexAll, id) {
				h++
				break
			}
		}
	}
	return k, h
}

// restCover is how many of the Korean feature ko's known stems the
// English segments tf[js] translate, "hit/known".
func restCover(ko *feature, tf []feature, js []int) string {
	hit := 0
	for _, ids := range ko.lexK {
		for _, j := range js {
			if anyShared(ids, tf[j].lexAll) {
				hit++
				break
			}
		}
	}
	return fmt.Sprintf("%d/%d", hit, len(ko.lexK))
}
