package align

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// Document is one evaluation document in the JSON Lines format of the
// NTREX-derived alignment test sets: the Korean and English sentences, the
// gold links and the links of reference aligners.
//
//	{"doc_id":"…","ko":["…"],"en":["…"],"gold":[[[0],[0]],[[1,2],[1]]],"anchors":{"hunalign":[…]}}
type Document struct {
	ID         string
	Source     []string
	Target     []string
	Gold       []Link
	References map[string][]Link // by aligner name
}

// SyntaxError is a malformed line of a document file.
type SyntaxError struct {
	File string
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("align: %s:%d: %s", e.File, e.Line, e.Msg)
}

// DocumentDecoder reads documents one line at a time.
type DocumentDecoder struct {
	s    *bufio.Scanner
	file string
	line int
}

// NewDocumentDecoder reads documents from r; file names r in errors.
func NewDocumentDecoder(r io.Reader, file string) *DocumentDecoder {
	s := bufio.NewScanner(r)
	s.Buffer(make([]byte, 0, 1<<20), 64<<20)
	return &DocumentDecoder{s: s, file: file}
}

type rawDoc struct {
	ID      string                `json:"doc_id"`
	Ko      []string              `json:"ko"`
	En      []string              `json:"en"`
	Gold    [][2][]int            `json:"gold"`
	Anchors map[string][][2][]int `json:"anchors"`
}

// Decode returns the next document, or io.EOF after the last.
func (d *DocumentDecoder) Decode() (*Document, error) {
	for d.s.Scan() {
		d.line++
		b := d.s.Bytes()
		if len(b) == 0 {
			continue
		}
		var raw rawDoc
		if err := json.Unmarshal(b, &raw); err != nil {
			return nil, &SyntaxError{d.file, d.line, err.Error()}
		}
		doc := &Document{ID: raw.ID, Source: raw.Ko, Target: raw.En, References: map[string][]Link{}}
		var err error
		if doc.Gold, err = d.beads(raw.Gold, len(raw.Ko), len(raw.En)); err != nil {
			return nil, err
		}
		for name, b := range raw.Anchors {
			if doc.References[name], err = d.beads(b, len(raw.Ko), len(raw.En)); err != nil {
				return nil, err
			}
		}
		return doc, nil
	}
	if err := d.s.Err(); err != nil {
		return nil, err
	}
	return nil, io.EOF
}

// DecodeAll returns every document left, in order.
func (d *DocumentDecoder) DecodeAll() ([]*Document, error) {
	var docs []*Document
	for {
		doc, err := d.Decode()
		if err == io.EOF {
			return docs, nil
		}
		if err != nil {
			return docs, err
		}
		docs = append(docs, doc)
	}
}

// ReadDocuments returns every document of the JSON Lines file at path.
func ReadDocuments(path string) ([]*Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("align: %w", err)
	}
	defer f.Close()
	return NewDocumentDecoder(f, path).DecodeAll()
}

// Pairs returns the documents' sentences as a batch for LearnFromBatch.
func Pairs(docs []*Document) []Pair {
	batch := make([]Pair, len(docs))
	for i, d := range docs {
		batch[i] = Pair{Source: d.Source, Target: d.Target}
	}
	return batch
}

func (d *DocumentDecoder) beads(raw [][2][]int, n, m int) ([]Link, error) {
	out := make([]Link, 0, len(raw))
	for _, b := range raw {
		for _, x := range b[0] {
			if x < 0 || x >= n {
				return nil, &SyntaxError{d.file, d.line, fmt.Sprintf("source index %d out of range", x)}
			}
		}
		for _, x := range b[1] {
			if x < 0 || x >= m {
				return nil, &SyntaxError{d.file, d.line, fmt.Sprintf("target index %d out of range", x)}
			}
		}
		out = append(out, Link{Source: nonNil(b[0]), Target: nonNil(b[1]), Confidence: 1})
	}
	return out, nil
}

func nonNil(x []int) []int {
	if x == nil {
		return []int{}
	}
	return x
}
