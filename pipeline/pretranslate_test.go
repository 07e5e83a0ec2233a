package pipeline

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestRunInputs: the articles of a run are the editions with their
// originals and the originals alone (pretranslated), a manifest row with
// no English among them; an original whose name an edition's article has
// is skipped with the reason; a run with no article is a *NothingError (bad
// input) naming each skipped file.
func TestRunInputs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a/one.en.txt":          "x",
		"a/one.ko.txt":          "x",
		"a/alone.ko.txt":        "x",
		"a/notes.pdf":           "x",
		"b/one.ko.md":           "x",
		"m/list.csv":            "name,en,ko\nsolo,,solo-ko.txt\n",
		"m/solo-ko.txt":         "x",
		"none/photo.jpg":        "x",
		"empty/.keep":           "x",
		"bad/list.csv":          "en,ko\n,\n",
		"nameless/l.csv":        "en,ko\n,later.ko.txt\n",
		"nameless/later.ko.txt": "x",
	})
	p := func(s string) string { return filepath.Join(dir, s) }
	arts, skipped, err := RunInputs([]string{p("a"), p("b"), p("m/list.csv"), p("nameless/l.csv")})
	if err != nil {
		t.Fatal(err)
	}
	want := []Input{
		{Name: "alone", Original: p("a/alone.ko.txt")},
		{Name: "later", Original: p("nameless/later.ko.txt")},
		{Name: "one", Edition: p("a/one.en.txt"), Original: p("a/one.ko.txt")},
		{Name: "solo", Original: p("m/solo-ko.txt")},
	}
	if !reflect.DeepEqual(arts, want) {
		t.Errorf("articles\n got %+v\nwant %+v", arts, want)
	}
	wantSkip := []Skip{
		{File: p("a/notes.pdf"), Reason: "not an article (.txt, .md, .html) or a manifest (.csv)"},
		{File: p("b/one.ko.md"), Reason: `article name "one" is also ` + p("a/one.en.txt")},
	}
	if !reflect.DeepEqual(skipped, wantSkip) {
		t.Errorf("skipped\n got %+v\nwant %+v", skipped, wantSkip)
	}

	for _, c := range []struct {
		in   string
		want []string // in the message
	}{
		{"none", []string{"no article to run", "photo.jpg: skipped: not an article"}},
		{"empty", []string{"empty: no article to run"}},
	} {
		_, _, err := RunInputs([]string{p(c.in)})
		var ne *NothingError
		var ie *InputError
		if !errors.As(err, &ne) || !errors.As(err, &ie) {
			t.Errorf("%s: %v, want a *NothingError that is an *InputError", c.in, err)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %q lacks %q", c.in, err, w)
			}
		}
	}
	_, _, err = RunInputs([]string{p("bad/list.csv")})
	if err == nil || !strings.Contains(err.Error(), `:2:1: manifest: empty "en" and "ko" paths`) {
		t.Errorf("row with neither: %v", err)
	}
}
