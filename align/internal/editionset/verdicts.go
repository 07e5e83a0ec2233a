package main

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Hand verdicts on KPC pairs (kpc-verdicts.tsv). KPC was aligned by an
// automatic aligner, so some of the pairs the length filter keeps are not
// translations of each other: the English belongs to the next or the
// previous Korean line, a Korean headline or vocabulary note stands against
// a body sentence, a credit line against a quotation. Every pair the
// generator keeps was read by hand (session 6), and the verdict file lists
// the wrong ones; the generator leaves them out of their documents.
//
// Format: one verdict a line, four tab-separated columns, # starts a
// comment line:
//
//	FILE<TAB>LINE<TAB>wrong<TAB>REASON
//	FILE<TAB>FIRST-LAST<TAB>checked<TAB>NOTE
//
// FILE is the KPC file's base name, LINE its 1-based line number. A
// "checked" line says every kept pair in the range was read; a kept pair
// in it that no "wrong" line names was judged a translation (even a loose
// or partial one). Every "wrong" line must fall in a checked range of its
// file, name a line once, and give a reason in the judge's own words (no
// corpus text).

//go:embed kpc-verdicts.tsv
var builtinVerdicts string

// builtinVerdictsName names the embedded file in errors.
const builtinVerdictsName = "kpc-verdicts.tsv"

// verdicts are the hand verdicts of one verdict file.
type verdicts struct {
	wrong   map[string]map[int]string // file -> line -> reason
	checked map[string][][2]int       // file -> ranges of lines read
}

// wrongIn returns the lines of file judged wrong, in order.
func (v *verdicts) wrongIn(file string) []int {
	var out []int
	for l := range v.wrong[file] {
		out = append(out, l)
	}
	sort.Ints(out)
	return out
}

// isWrong reports whether the pair on line of file was judged wrong.
func (v *verdicts) isWrong(file string, line int) bool {
	if v == nil {
		return false
	}
	_, ok := v.wrong[file][line]
	return ok
}

// covered reports whether line of file lies in a checked range.
func (v *verdicts) covered(file string, line int) bool {
	for _, r := range v.checked[file] {
		if line >= r[0] && line <= r[1] {
			return true
		}
	}
	return false
}

// readVerdicts reads a verdict file; name names it in errors
// ("editionset: NAME:LINE: what is wrong").
func readVerdicts(r io.Reader, name string) (*verdicts, error) {
	v := &verdicts{wrong: map[string]map[int]string{}, checked: map[string][][2]int{}}
	type at struct {
		file string
		line int
		src  int
	}
	var wrongs []at
	s := bufio.NewScanner(r)
	s.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for s.Scan() {
		n++
		text := strings.TrimRight(s.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		bad := func(format string, args ...any) error {
			return fmt.Errorf("editionset: %s:%d: %s", name, n, fmt.Sprintf(format, args...))
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 4 {
			return nil, bad("want 4 tab-separated columns (file, line, verdict, reason), found %d", len(cols))
		}
		file, lines, verdict, reason := strings.TrimSpace(cols[0]), strings.TrimSpace(cols[1]), strings.TrimSpace(cols[2]), strings.TrimSpace(cols[3])
		if file == "" || strings.ContainsAny(file, "/\\") {
			return nil, bad("file %q: want a KPC file's base name", file)
		}
		if reason == "" {
			return nil, bad("empty reason")
		}
		switch verdict {
		case "wrong":
			l, err := lineNumber(lines)
			if err != nil {
				return nil, bad("line %q: %v", lines, err)
			}
			if _, dup := v.wrong[file][l]; dup {
				return nil, bad("%s line %d already has a verdict", file, l)
			}
			if v.wrong[file] == nil {
				v.wrong[file] = map[int]string{}
			}
			v.wrong[file][l] = reason
			wrongs = append(wrongs, at{file, l, n})
		case "checked":
			first, last, ok := strings.Cut(lines, "-")
			if !ok {
				return nil, bad("range %q: want FIRST-LAST", lines)
			}
			a, err := lineNumber(first)
			if err != nil {
				return nil, bad("range %q: %v", lines, err)
			}
			b, err := lineNumber(last)
			if err != nil {
				return nil, bad("range %q: %v", lines, err)
			}
			if b < a {
				return nil, bad("range %q ends before it starts", lines)
			}
			v.checked[file] = append(v.checked[file], [2]int{a, b})
		default:
			return nil, bad("verdict %q: want wrong or checked", verdict)
		}
	}
	if err := s.Err(); err != nil {
		return nil, fmt.Errorf("editionset: %s: %v", name, err)
	}
	for _, w := range wrongs {
		if !v.covered(w.file, w.line) {
			return nil, fmt.Errorf("editionset: %s:%d: %s line %d is not in a checked range of that file", name, w.src, w.file, w.line)
		}
	}
	return v, nil
}

func lineNumber(s string) (int, error) {
	l, err := strconv.Atoi(s)
	if err != nil || l < 1 {
		return 0, fmt.Errorf("want a line number of 1 or more")
	}
	return l, nil
}

// applyVerdicts leaves the pairs judged wrong out of documents cut from
// file. Documents keep their ids and the order of their other pairs (so a
// document without a wrong pair is edited exactly as before); a verdict on
// a line no document holds (a line the label and length filters already
// leave out, or past the file's end) is an error, since it means the
// verdicts were made for other filters or another file.
func applyVerdicts(docs []doc, file string, v *verdicts) ([]doc, int, error) {
	if v == nil {
		return docs, 0, nil
	}
	held := map[int]bool{}
	removed := 0
	out := make([]doc, 0, len(docs))
	for _, d := range docs {
		var kept []pair
		for _, p := range d.pairs {
			held[p.line] = true
			if v.isWrong(file, p.line) {
				removed++
				continue
			}
			kept = append(kept, p)
		}
		if len(kept) == 0 {
			continue
		}
		d.pairs = kept
		out = append(out, d)
	}
	for _, l := range v.wrongIn(file) {
		if !held[l] {
			return nil, 0, fmt.Errorf("editionset: verdict on %s line %d, a pair the generator does not keep", file, l)
		}
	}
	return out, removed, nil
}
