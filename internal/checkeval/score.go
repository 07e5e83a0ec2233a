package checkeval

import (
	"bitext/check"
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ReadExpected reads a manifest of expected findings: one JSON object a
// line with the keys of the JSON output (file, line, column, rule, found,
// term, side, ...; message may be left out). Empty lines and lines
// starting with # or // are skipped.
func ReadExpected(r io.Reader, name string) ([]check.Finding, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var out []check.Finding
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") || strings.HasPrefix(text, "//") {
			continue
		}
		var f check.Finding
		dec := json.NewDecoder(strings.NewReader(text))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&f); err != nil {
			return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: err.Error()}
		}
		if f.File == "" || f.Rule == "" || f.Line < 1 || f.Column < 1 {
			return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: "a finding needs file, line, column and rule"}
		}
		out = append(out, f)
	}
	return out, sc.Err()
}

// Score counts true positives, false positives and false negatives.
type Score struct {
	Rule       string
	TP, FP, FN int
}

// Precision is TP/(TP+FP), 1 when nothing was found.
func (s Score) Precision() float64 {
	if s.TP+s.FP == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.TP+s.FP)
}

// Recall is TP/(TP+FN), 1 when nothing was expected.
func (s Score) Recall() float64 {
	if s.TP+s.FN == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.TP+s.FN)
}

// Evaluation compares findings with the expected ones.
type Evaluation struct {
	Total    Score
	ByRule   []Score         // in the order of check.Rules, then any other rule
	Missed   []check.Finding // expected, not found (false negatives)
	Spurious []check.Finding // found, not expected (false positives)
}

// key identifies a finding for the evaluation: file, start, rule, entry,
// side and the text found. Messages and end positions are not compared.
func key(f check.Finding) string {
	return fmt.Sprintf("%s\x00%d\x00%d\x00%s\x00%s\x00%s\x00%s", f.File, f.Line, f.Column, f.Rule, f.Term, f.Side, f.Found)
}

// Evaluate compares got with want.
func Evaluate(want, got []check.Finding) Evaluation {
	byRule := map[string]*Score{}
	score := func(rule string) *Score {
		if byRule[rule] == nil {
			byRule[rule] = &Score{Rule: rule}
		}
		return byRule[rule]
	}
	left := map[string]int{}
	for _, f := range want {
		left[key(f)]++
	}
	var ev Evaluation
	for _, f := range got {
		k := key(f)
		if left[k] > 0 {
			left[k]--
			score(f.Rule).TP++
			continue
		}
		score(f.Rule).FP++
		ev.Spurious = append(ev.Spurious, f)
	}
	for _, f := range want {
		k := key(f)
		if left[k] > 0 {
			left[k]--
			score(f.Rule).FN++
			ev.Missed = append(ev.Missed, f)
		}
	}
	seen := map[string]bool{}
	for _, r := range check.Rules {
		seen[r.ID] = true
		if s := byRule[r.ID]; s != nil {
			ev.ByRule = append(ev.ByRule, *s)
		}
	}
	var other []string
	for r := range byRule {
		if !seen[r] {
			other = append(other, r)
		}
	}
	sort.Strings(other)
	for _, r := range other {
		ev.ByRule = append(ev.ByRule, *byRule[r])
	}
	ev.Total.Rule = "all"
	for _, s := range ev.ByRule {
		ev.Total.TP += s.TP
		ev.Total.FP += s.FP
		ev.Total.FN += s.FN
	}
	return ev
}

// GlossaryList reads the file GLOSSARY of a test-data folder: the
// glossary paths, one a line, relative to the folder.
func GlossaryList(dir string) ([]string, error) {
	data, err := os.ReadFile(filepath.Join(dir, "GLOSSARY"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, filepath.Join(dir, filepath.FromSlash(l)))
		}
	}
	return out, nil
}
