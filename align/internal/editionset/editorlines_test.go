package main

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestEditorLinesPlaced: with editor lines after every pair of a document,
// the document is edited as editDoc edits it (the same drops, splits and
// merges, every non-0-1 link the same), and each line follows the English
// of its pair: a split's second half, a merge's joined line (after either
// member), and for a dropped pair the English of the nearest earlier pair
// that keeps some.
func TestEditorLinesPlaced(t *testing.T) {
	var d doc
	d.id, d.corpus = "x", "test"
	for i := 0; i < 20; i++ {
		d.pairs = append(d.pairs, pair{ko: fmt.Sprintf("문장 %d입니다.", i),
			en: fmt.Sprintf("Sentence %d says that the economy grew, and the central bank held its rate steady.", i)})
	}
	other := doc{id: "y", corpus: "test", pairs: []pair{{ko: "제목", en: "Headline"}, {ko: "다른 문장입니다.", en: "Another document's sentence, long enough to be borrowed as background."}}}
	var lines []editorLine
	for i := range d.pairs {
		lines = append(lines, editorLine{after: i, kind: "context", text: fmt.Sprintf("Editor line %d.", i)})
	}
	seen := map[string]int{}
	for seed := int64(1); seed <= 50; seed++ {
		m := newMaterial([]doc{d, other}, seed%2 == 0)
		base := editDoc(d, rand.New(rand.NewSource(seed)), m)
		o, err := editDocWith(d, rand.New(rand.NewSource(seed)), m, lines)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(o.Ko, base.Ko) {
			t.Fatalf("seed %d: Korean side changed", seed)
		}
		if o.Edits.Drops != base.Edits.Drops || o.Edits.Splits != base.Edits.Splits || o.Edits.Merges != base.Edits.Merges || o.Edits.Additions != len(lines) {
			t.Fatalf("seed %d: edits %+v, editDoc's %+v", seed, o.Edits, base.Edits)
		}
		if got, want := nonAdded(o), nonAdded(base); !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d: links other than 0-1 differ:\n%v\n%v", seed, got, want)
		}
		// The English line each Korean sentence's link ends with, or
		// the nearest earlier one's when the link has none (a drop).
		last := make([]string, len(o.Ko))
		kind := make([]string, len(o.Ko))
		for _, g := range o.Gold {
			for _, k := range g[0] {
				kind[k] = fmt.Sprintf("%d-%d", len(g[0]), len(g[1]))
				if len(g[1]) > 0 {
					last[k] = o.En[g[1][len(g[1])-1]]
				}
			}
		}
		for k := 1; k < len(last); k++ {
			if last[k] == "" {
				last[k] = last[k-1]
			}
		}
		zeroOne := 0
		for _, g := range o.Gold {
			if len(g[0]) == 0 {
				zeroOne++
				if !strings.HasPrefix(o.En[g[1][0]], "Editor line ") {
					t.Fatalf("seed %d: a 0-1 line not the editor's: %q", seed, o.En[g[1][0]])
				}
			}
		}
		if zeroOne != len(lines) {
			t.Fatalf("seed %d: %d 0-1 links, want %d", seed, zeroOne, len(lines))
		}
		for i, l := range lines {
			j := indexOf(o.En, l.text)
			if j < 0 {
				t.Fatalf("seed %d: line after pair %d (a %s) missing", seed, i, kind[i])
			}
			for j > 0 && strings.HasPrefix(o.En[j-1], "Editor line ") {
				j-- // lines after the same English line, in order
			}
			if j == 0 || o.En[j-1] != last[i] {
				t.Fatalf("seed %d: line after pair %d (a %s) follows %q, want %q", seed, i, kind[i], o.En[max(j-1, 0)], last[i])
			}
			seen[kind[i]]++
		}
		if !sortedEditorLines(o.En) {
			t.Fatalf("seed %d: editor lines out of order: %q", seed, o.En)
		}
	}
	for _, k := range []string{"1-0", "1-2", "2-1", "1-1"} {
		if seen[k] == 0 {
			t.Errorf("no editor line after a pair of a %s link in 50 seeds", k)
		}
	}
}

// nonAdded are o's links other than 0-1, with the English lines' texts.
func nonAdded(o out) []string {
	var s []string
	for _, g := range o.Gold {
		if len(g[0]) == 0 {
			continue
		}
		var en []string
		for _, j := range g[1] {
			en = append(en, o.En[j])
		}
		s = append(s, fmt.Sprint(g[0], en))
	}
	return s
}

func indexOf(xs []string, x string) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

// sortedEditorLines reports whether the editor lines of en come in the
// order of their pairs.
func sortedEditorLines(en []string) bool {
	prev := -1
	for _, s := range en {
		var k int
		if _, err := fmt.Sscanf(s, "Editor line %d.", &k); err == nil {
			if k < prev {
				return false
			}
			prev = k
		}
	}
	return true
}

// TestEditorLinesNone: a document judged to need no line gets none (not
// the generator's), and a line after a pair the document lacks is an error.
func TestEditorLinesNone(t *testing.T) {
	var d doc
	d.id, d.corpus = "x", "test"
	for i := 0; i < 12; i++ {
		d.pairs = append(d.pairs, pair{ko: fmt.Sprintf("문장 %d입니다.", i), en: fmt.Sprintf("Sentence number %d of the story.", i)})
	}
	m := newMaterial([]doc{d}, false)
	for seed := int64(1); seed <= 20; seed++ {
		o, err := editDocWith(d, rand.New(rand.NewSource(seed)), m, []editorLine{})
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range o.Gold {
			if len(g[0]) == 0 {
				t.Fatalf("seed %d: a 0-1 link %q in a document judged to need none", seed, o.En[g[1][0]])
			}
		}
	}
	if _, err := editDocWith(d, rand.New(rand.NewSource(1)), m, []editorLine{{after: 12, kind: "footer", text: "Reporting by Lee."}}); err == nil {
		t.Error("a line after pair 12 of 12: no error")
	}
}

// TestReadEditorLines: the file's rows, comments, none rows and what it
// refuses.
func TestReadEditorLines(t *testing.T) {
	ed, err := readEditorLines(strings.NewReader("# comment\nkpc-dev.001\t3\tcontext\tKim is a former minister.\n\nntrex.a\t-\tnone\t\nkpc-dev.001\t19\tfooter\tYonhap contributed to this report.\n"), "t.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ed.order, []string{"kpc-dev.001", "ntrex.a"}) || len(ed.lines["kpc-dev.001"]) != 2 || ed.lines["ntrex.a"] == nil || len(ed.lines["ntrex.a"]) != 0 {
		t.Errorf("read %+v", ed)
	}
	if l := ed.lines["kpc-dev.001"][1]; l.after != 19 || l.kind != "footer" || l.text != "Yonhap contributed to this report." {
		t.Errorf("second line %+v", l)
	}
	for _, bad := range []string{
		"a\t3\tcontext\n",                  // three columns
		"a\t3\tnote\tText.\n",              // unknown kind
		"a\tx\tcontext\tText.\n",           // after not a number
		"a\t-1\tcontext\tText.\n",          // negative
		"a\t3\tcontext\t\n",                // no text
		"a\t-\tnone\tText.\n",              // none with text
		"a\t-\tnone\t\na\t2\tfooter\tX.\n", // a line after none
		"a\t2\tfooter\tX.\na\t-\tnone\t\n", // none after a line
	} {
		if _, err := readEditorLines(strings.NewReader(bad), "t.tsv"); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// TestEditorFilesEmbedded: both embedded files of editor lines parse, list
// a hundred documents or more, and give no document more than the 0-2
// lines an edition adds.
func TestEditorFilesEmbedded(t *testing.T) {
	for _, part := range []string{"dev", "heldout"} {
		writers, err := editorWriters(part)
		if err != nil {
			t.Fatal(err)
		}
		if len(writers) == 0 || writers[0] != "" {
			t.Fatalf("%s: writers %q: want the first writer's additions-%s.tsv first", part, writers, part)
		}
		for _, w := range writers {
			ed, err := loadEditorLines(part, w)
			if err != nil {
				t.Fatal(err)
			}
			if ed == nil || len(ed.order) < 100 {
				t.Fatalf("%s %q: editor lines for too few documents: %+v", part, w, ed)
			}
			for id, ls := range ed.lines {
				if len(ls) > 2 {
					t.Errorf("%s %q: %s has %d lines", part, w, id, len(ls))
				}
			}
		}
	}
}
