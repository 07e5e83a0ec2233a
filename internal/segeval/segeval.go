// Package segeval scores the sentence segmenter: on case files in the
// layout of the English Golden Rules and the Kss Korean benchmark
// (Evaluate), and for speed against wc -w on a generated news file
// (Speed). It is the harness behind bitext eval segment, not part of the
// segment package's API.
//
//	cases, err := segeval.ReadCases(f)
//	rep := segeval.Evaluate(cases, language.Und)
//	fmt.Println(rep.Exact, "of", rep.Cases, "cases exact")
package segeval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/language"

	"bitext/segment"
)

// Case is one benchmark case: a text and the sentences it should give.
// It reads the JSON layout of the English Golden Rules and the Kss Korean
// benchmark files: an array of {"id", "name", "text", "sentences",
// "in_pysbd_benchmark"}.
type Case struct {
	ID        int      `json:"id"`
	Name      string   `json:"name"`
	Text      string   `json:"text"`
	Sentences []string `json:"sentences"`
	// PySBD marks the 48 Golden Rules cases that pySBD's published score uses;
	// nil when the file does not say.
	PySBD *bool `json:"in_pysbd_benchmark"`
}

// ReadCases reads a JSON array of cases.
func ReadCases(r io.Reader) ([]Case, error) {
	var cs []Case
	d := json.NewDecoder(r)
	if err := d.Decode(&cs); err != nil {
		return nil, fmt.Errorf("segeval: cases: %w", err)
	}
	for i, c := range cs {
		if c.Sentences == nil {
			return nil, fmt.Errorf("segeval: cases: case %d (%s) has no sentences", i+1, c.Name)
		}
	}
	return cs, nil
}

// Result is the outcome of one case.
type Result struct {
	Case
	Got   []string
	Exact bool // every sentence right, none missing or extra
	Hits  int  // gold sentences reproduced exactly
}

// Report sums up an evaluation.
type Report struct {
	Results        []Result
	Cases, Exact   int // cases, and cases that are exact
	PySBD, PyExact int // the same for the cases marked in_pysbd_benchmark
	Gold, Hits     int // gold sentences, and those reproduced exactly
}

// Evaluate segments each case's text as one wrapped paragraph (a line
// break inside it is a space, a blank line ends a paragraph) with lang
// (language.Und: per paragraph from the script) and compares the sentences
// with the gold ones. Whitespace at the ends of a sentence is ignored and
// runs of whitespace inside compare as one space, the metric of the Golden
// Rules; a gold sentence counts as a hit when a produced sentence is the
// same text at the same place.
func Evaluate(cases []Case, lang language.Tag) Report {
	var rep Report
	for _, c := range cases {
		segs, _ := splitAll(c.Text, segment.Options{Lang: lang, Wrapped: true})
		got := make([]string, len(segs))
		for i, s := range segs {
			got[i] = normSpace(s.Text)
		}
		gold := make([]string, len(c.Sentences))
		for i, s := range c.Sentences {
			gold[i] = normSpace(s)
		}
		res := Result{Case: c, Got: got, Hits: hits(gold, got)}
		res.Exact = res.Hits == len(gold) && len(got) == len(gold)
		rep.Results = append(rep.Results, res)
		rep.Cases++
		rep.Gold += len(gold)
		rep.Hits += res.Hits
		if res.Exact {
			rep.Exact++
		}
		if c.PySBD != nil && *c.PySBD {
			rep.PySBD++
			if res.Exact {
				rep.PyExact++
			}
		}
	}
	return rep
}

func splitAll(text string, opt segment.Options) ([]segment.Segment, error) {
	sc := segment.NewScanner(strings.NewReader(text), opt)
	var out []segment.Segment
	for sc.Scan() {
		out = append(out, sc.Segment())
	}
	return out, sc.Err()
}

// hits counts gold sentences that appear in got at the same character
// position (whitespace ignored), the Kss "EM" measure.
func hits(gold, got []string) int {
	pos := map[string]map[int]bool{}
	at := 0
	for _, g := range got {
		k := strings.Join(strings.Fields(g), "")
		if pos[k] == nil {
			pos[k] = map[int]bool{}
		}
		pos[k][at] = true
		at += len(k)
	}
	n := 0
	at = 0
	for _, g := range gold {
		k := strings.Join(strings.Fields(g), "")
		if pos[k][at] {
			n++
		}
		at += len(k)
	}
	return n
}

func normSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
