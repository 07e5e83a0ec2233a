package aligneval

import (
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/text/language"

	"bitext/align"
	"bitext/lexicon"
	"bitext/locales"
)

// TestGoldBatches: with the second pass, a gold file's documents are
// learned from in batches of Options.Batch in file order (the last one
// shorter), and each document is aligned with its own batch's lexicon;
// 0 makes the whole file one batch, and without the second pass nothing
// is learned.
func TestGoldBatches(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gold.jsonl")
	doc := func(id, ko, en string) string {
		return `{"doc_id":"` + id + `","ko":["` + ko + `"],"en":["` + en + `"],"gold":[[[0],[0]]],"anchors":{}}` + "\n"
	}
	if err := os.WriteFile(path, []byte(doc("a", "물가가 올랐다.", "Prices rose.")+
		doc("b", "시장은 안정됐다.", "The market calmed.")+
		doc("c", "정부는 대책을 내놓았다.", "The government announced measures.")), 0o644); err != nil {
		t.Fatal(err)
	}
	defer func(f func([]align.Pair, align.Options) (*lexicon.Lexicon, error)) { learnBatch = f }(learnBatch)
	var got [][]string
	learnBatch = func(batch []align.Pair, opts align.Options) (*lexicon.Lexicon, error) {
		var en []string
		for _, p := range batch {
			en = append(en, p.Target[0])
		}
		got = append(got, en)
		return align.LearnFromBatch(batch, opts)
	}
	ui := locales.New(language.English)
	for _, c := range []struct {
		second bool
		batch  int
		want   [][]string
	}{
		{false, 0, nil},
		{true, 0, [][]string{{"Prices rose.", "The market calmed.", "The government announced measures."}}},
		{true, 1, [][]string{{"Prices rose."}, {"The market calmed."}, {"The government announced measures."}}},
		{true, 2, [][]string{{"Prices rose.", "The market calmed."}, {"The government announced measures."}}},
		{true, 5, [][]string{{"Prices rose.", "The market calmed.", "The government announced measures."}}},
	} {
		got = nil
		if err := Run(io.Discard, ui, Options{Gold: []string{path}, SecondPass: c.second, Batch: c.batch, CoreLexicon: true}); err != nil {
			t.Fatalf("second pass %v, batch %d: %v", c.second, c.batch, err)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("second pass %v, batch %d: learned from %q, want %q", c.second, c.batch, got, c.want)
		}
	}
}
