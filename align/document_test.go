package align

import (
	"errors"
	"io"
	"os"
	"strings"
	"testing"
)

func TestDocumentDecoder(t *testing.T) {
	docs, err := ReadDocuments("testdata/docs.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	if _, err := ReadDocuments("testdata/no-such.jsonl"); !errors.Is(err, os.ErrNotExist) || !strings.HasPrefix(err.Error(), "align: ") {
		t.Errorf("ReadDocuments of a missing file: %v", err)
	}
	d := docs[0]
	if d.ID != "d1" || len(d.Source) != 3 || len(d.Target) != 3 {
		t.Errorf("document %+v", d)
	}
	if got := linkString(d.Gold); got != "[0 1]-[0] [2]-[1] []-[2] " {
		t.Errorf("gold %s", got)
	}
	if got := linkString(d.References["length-only"]); got != "[0]-[0] [1]-[] [2]-[1] []-[2] " {
		t.Errorf("reference %s", got)
	}
	if b := Pairs(docs); len(b) != 2 || len(b[1].Source) != len(docs[1].Source) || b[0].Target[2] != d.Target[2] {
		t.Errorf("Pairs: %+v", b)
	}
	var c Counts
	c.Score(d.Gold, d.References["length-only"])
	if c.TestCorrect != 2 || c.TestLinks != 4 || c.GoldFound != 1 || c.GoldLinks != 2 {
		t.Errorf("counts %+v", c)
	}
}

func TestDocumentErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"{\"ko\":[\"a\"],\"en\":[\"b\"],\"gold\":[[[0],[0]]]}\n{bad", "align: x.jsonl:2: "},
		{`{"ko":["a"],"en":["b"],"gold":[[[1],[0]]]}`, "align: x.jsonl:1: source index 1 out of range"},
		{`{"ko":["a"],"en":["b"],"gold":[[[0],[-1]]]}`, "align: x.jsonl:1: target index -1 out of range"},
		{`{"ko":["a"],"en":["b"],"gold":[],"anchors":{"x":[[[0],[3]]]}}`, "align: x.jsonl:1: target index 3 out of range"},
	} {
		dec := NewDocumentDecoder(strings.NewReader(c.in), "x.jsonl")
		var err error
		for err == nil {
			_, err = dec.Decode()
		}
		var se *SyntaxError
		if !errors.As(err, &se) || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q: error %v, want prefix %q", c.in, err, c.want)
		}
	}
}

// FuzzDocumentDecoder: any input decodes or fails with a *SyntaxError, and
// decoded links index into the document.
func FuzzDocumentDecoder(f *testing.F) {
	b, err := os.ReadFile("testdata/docs.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b))
	f.Add(`{"ko":["a"],"en":["b"],"gold":[[[0],[0]]]}`)
	f.Add("{}\n[]\n")
	f.Fuzz(func(t *testing.T, in string) {
		dec := NewDocumentDecoder(strings.NewReader(in), "f")
		for {
			d, err := dec.Decode()
			if err == io.EOF {
				return
			}
			if err != nil {
				var se *SyntaxError
				if !errors.As(err, &se) && !strings.Contains(err.Error(), "token too long") {
					t.Fatalf("error %T %v", err, err)
				}
				return
			}
			for _, ls := range append([][]Link{d.Gold}, func() (out [][]Link) {
				for _, r := range d.References {
					out = append(out, r)
				}
				return
			}()...) {
				for _, l := range ls {
					for _, i := range l.Source {
						if i < 0 || i >= len(d.Source) {
							t.Fatalf("source index %d", i)
						}
					}
					for _, j := range l.Target {
						if j < 0 || j >= len(d.Target) {
							t.Fatalf("target index %d", j)
						}
					}
				}
			}
		}
	})
}

// TestDecodeAllError checks that DecodeAll stops at a bad line, giving the
// documents before it and the line's error.
func TestDecodeAllError(t *testing.T) {
	in := `{"doc_id":"a","ko":["가"],"en":["A"],"gold":[[[0],[0]]]}` + "\n" + `{"doc_id":` + "\n"
	docs, err := NewDocumentDecoder(strings.NewReader(in), "bad.jsonl").DecodeAll()
	var se *SyntaxError
	if len(docs) != 1 || !errors.As(err, &se) || se.Line != 2 {
		t.Errorf("DecodeAll = %d documents, %v; want 1 and a syntax error on line 2", len(docs), err)
	}
}
