package mineeval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"bitext/glossary"
	"bitext/mine"
)

// Verdict is the judgement of one candidate pair (a Korean form and its
// first English rendering), read from a verdicts file.
type Verdict struct {
	Ko, En string
	Right  bool
	// Kinds are the types the entry can have when Right: the candidate
	// counts as right only with one of them.
	Kinds []glossary.Type
	Code  string // why it is wrong: one of WrongCodes
	Note  string
	Line  int
}

// WrongCodes are the reasons a verdicts file may give for a wrong pair
// (the criteria are in the file's header).
var WrongCodes = []string{"different", "part", "adjective", "common", "kind", "misspelling", "form"}

// TypeCode is the reason given to a pair judged right whose candidate
// type is not one of the verdict's kinds.
const TypeCode = "type"

var kinds = []glossary.Type{mine.Person, mine.Organization, mine.Place, mine.Title}

// Verdicts are the judgements keyed by pair.
type Verdicts map[[2]string]Verdict

// pairKey is the key of a pair: NFC, runs of white space as one space.
func pairKey(ko, en string) [2]string {
	f := func(s string) string { return strings.Join(strings.Fields(norm.NFC.String(s)), " ") }
	return [2]string{f(ko), f(en)}
}

// Lookup returns the verdict on the pair ko, en.
func (v Verdicts) Lookup(ko, en string) (Verdict, bool) {
	j, ok := v[pairKey(ko, en)]
	return j, ok
}

// ReadVerdicts reads a verdicts file (see ParseVerdicts).
func ReadVerdicts(path string) (Verdicts, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseVerdicts(f, path)
}

// ParseVerdicts reads verdicts from r, named name in errors: lines of
// Korean, English, verdict ("right" or "wrong"), what (for right, the
// kinds person, organization, place, title, comma-separated; for wrong,
// one of WrongCodes) and a note, separated by tabs; # starts a comment
// line. A pair given twice is an error.
func ParseVerdicts(r io.Reader, name string) (Verdicts, error) {
	v := Verdicts{}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		bad := func(format string, a ...any) error {
			return fmt.Errorf("mineeval: %s:%d: %s", name, n, fmt.Sprintf(format, a...))
		}
		if !utf8.ValidString(line) {
			return nil, bad("not UTF-8")
		}
		p := strings.Split(line, "\t")
		if len(p) != 5 {
			return nil, bad("want Korean, English, verdict, what and note separated by tabs, got %d fields", len(p))
		}
		j := Verdict{Ko: p[0], En: p[1], Note: p[4], Line: n}
		k := pairKey(p[0], p[1])
		if k[0] == "" || k[1] == "" {
			return nil, bad("empty Korean or English form")
		}
		switch p[2] {
		case "right":
			j.Right = true
			for _, t := range strings.Split(p[3], ",") {
				t := glossary.Type(strings.TrimSpace(t))
				if !slices.Contains(kinds, t) {
					return nil, bad("kind %q is not person, organization, place or title", t)
				}
				if !slices.Contains(j.Kinds, t) {
					j.Kinds = append(j.Kinds, t)
				}
			}
		case "wrong":
			if !slices.Contains(WrongCodes, p[3]) {
				return nil, bad("reason %q is not one of %s", p[3], strings.Join(WrongCodes, ", "))
			}
			j.Code = p[3]
		default:
			return nil, bad("verdict %q is not right or wrong", p[2])
		}
		if old, ok := v[k]; ok {
			return nil, bad("%s = %s is judged already on line %d", k[0], k[1], old.Line)
		}
		v[k] = j
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("mineeval: %s: %w", name, err)
	}
	return v, nil
}

// Outcome of a candidate judged by verdicts.
type Outcome int

// Outcomes.
const (
	Unjudged Outcome = iota // no verdict on the pair
	Right
	Wrong
)

func (o Outcome) String() string {
	switch o {
	case Right:
		return "right"
	case Wrong:
		return "wrong"
	}
	return "unjudged"
}

// Scored is a candidate of the whole archive with its outcome.
type Scored struct {
	Rank     int
	Ko, En   string
	Type     glossary.Type
	Units    int
	Outcome  Outcome
	Code     string // why it is wrong (a WrongCodes entry or TypeCode)
	Examples []mine.Example
}

// Score judges the first top candidates (in their order, as the miner
// outputs them: titles too) by v.
func Score(cands []mine.Candidate, v Verdicts, top int) []Scored {
	var out []Scored
	for i, c := range cands {
		if i == top {
			break
		}
		s := Scored{Rank: i + 1, Ko: c.Korean, Type: c.Type, Units: c.Units, Examples: c.Examples}
		if len(c.Renderings) > 0 {
			s.En = c.Renderings[0].Text
		}
		if j, ok := v.Lookup(s.Ko, s.En); ok {
			switch {
			case !j.Right:
				s.Outcome, s.Code = Wrong, j.Code
			case !slices.Contains(j.Kinds, c.Type):
				s.Outcome, s.Code = Wrong, TypeCode
			default:
				s.Outcome = Right
			}
		}
		out = append(out, s)
	}
	return out
}

// Tally counts the outcomes of scored candidates; wrong by reason.
type Tally struct {
	N, Right, Wrong, Unjudged int
	Codes                     map[string]int
}

// Count tallies ss.
func Count(ss []Scored) Tally {
	t := Tally{N: len(ss), Codes: map[string]int{}}
	for _, s := range ss {
		switch s.Outcome {
		case Right:
			t.Right++
		case Wrong:
			t.Wrong++
			t.Codes[s.Code]++
		default:
			t.Unjudged++
		}
	}
	return t
}

// Precision is right over all candidates scored: an unjudged candidate is
// never right.
func (t Tally) Precision() float64 { return ratio(t.Right, t.N) }

// PairPrecision is Precision with the pairs judged right under another
// type counted right: how many of the pairs are right glossary entries
// whatever the miner's type guess.
func (t Tally) PairPrecision() float64 { return ratio(t.Right+t.Codes[TypeCode], t.N) }
