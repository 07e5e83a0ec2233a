package segment_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/segment"
	"bitext/textfile"
)

func TestSplitFile(t *testing.T) {
	tests := []struct {
		name   string
		format string
		files  []string
		want   string
	}{
		{"text, two files", segment.FormatText,
			[]string{"Seoul said no. It will talk.\n", "The talks end Friday.\n"},
			"Seoul said no.\nIt will talk.\n\nThe talks end Friday.\n"},
		{"text, paragraphs", segment.FormatText,
			[]string{"One. Two.\nThree.\n"},
			"One.\nTwo.\n\nThree.\n"},
		{"jsonl, offsets after a byte order mark", segment.FormatJSONL,
			[]string{"\ufeffIt rained. Then it stopped.\n"},
			`{"file":"f0","para":0,"index":0,"text":"It rained.","start":3,"end":13}` + "\n" +
				`{"file":"f0","para":0,"index":1,"text":"Then it stopped.","start":14,"end":30}` + "\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			w, err := segment.NewWriter(&b, tc.format)
			if err != nil {
				t.Fatal(err)
			}
			for i, f := range tc.files {
				if err := segment.SplitFile(w, strings.NewReader(f), fmt.Sprintf("f%d", i), segment.FileOptions{Options: segment.Options{Lang: language.English}}); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			if b.String() != tc.want {
				t.Errorf("got\n%q\nwant\n%q", b.String(), tc.want)
			}
		})
	}
}

func TestSplitFileErrors(t *testing.T) {
	if _, err := segment.NewWriter(&strings.Builder{}, "xml"); err == nil {
		t.Error("NewWriter accepted an unknown format")
	}
	w, _ := segment.NewWriter(&strings.Builder{}, segment.FormatText)
	err := segment.SplitFile(w, strings.NewReader("Fine.\nA NUL\x00 here.\n"), "a.txt", segment.FileOptions{})
	var te *textfile.Error
	if !errors.As(err, &te) || !strings.Contains(err.Error(), "a.txt:2:") {
		t.Errorf("NUL: got %v, want a *textfile.Error at a.txt:2", err)
	}
	var notes []string
	opt := segment.FileOptions{OnDetect: func(d textfile.Detection) { notes = append(notes, d.Encoding) }}
	if err := segment.SplitFile(w, strings.NewReader("Caf\xe9 au lait. It is hot.\n"), "b.txt", opt); err != nil {
		t.Fatal(err)
	}
	if len(notes) != 1 || notes[0] != textfile.Windows1252 {
		t.Errorf("detections %v, want one windows-1252", notes)
	}
}

func ExampleSplitFile() {
	w, _ := segment.NewWriter(os.Stdout, segment.FormatText)
	segment.SplitFile(w, strings.NewReader("The minister arrived at 9 a.m. Talks began.\n"), "news.txt", segment.FileOptions{})
	w.Flush()
	// Output:
	// The minister arrived at 9 a.m.
	// Talks began.
}
