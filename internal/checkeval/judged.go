package checkeval

import (
	"bitext/check"
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// A judged set measures the gate on real pairs that stay outside the
// repository (the third-party corpora of ../shared): the repository keeps
// the glossary, which pairs form each part (development or held-out) and a
// verdict on every finding the gate gave, keyed by set, line, rule, side,
// entry and the text found; never the pairs themselves.
//
// Folder layout:
//
//	GLOSSARY      glossary paths relative to the folder, one a line
//	sets.tsv      part, set name, file (relative to the shared folder),
//	              layout (pairs: ko<TAB>en; para: document_id, segment_id,
//	              ko, en with a header), selection (all, even-docs or
//	              odd-docs with a document id file: docs=PATH); options
//	              skip=N, first=N, date=YYYY-MM-DD, convert=PATH|PATH (the
//	              set is checked with these third-party glossaries of the
//	              shared folder, converted by ConvertShared, instead of
//	              GLOSSARY), glossary=PATH|PATH (the set is checked with
//	              these glossaries of the folder instead of GLOSSARY),
//	              rules=ID,ID (only these rules' findings) and
//	              docdates=PATH (a file of the folder, one document id
//	              and its day YYYY-MM-DD a line, tab between, # for
//	              comments: a pair of a document listed there is
//	              checked on that day, the set's date= otherwise),
//	              linedates=PATH (for files without document ids: a
//	              file of the folder, first line, last line, day
//	              YYYY-MM-DD and a comment saying what dates it, tabs
//	              between, # for comments: a pair of a line in a listed
//	              stretch is checked on that day, the set's date=
//	              otherwise; and a pair in a stretch reads the
//	              English of the stretch before it as its context,
//	              unless context=window: the three pairs before it)
//	verdicts.tsv  set, line, rule, side, term, found, verdict (real or
//	              false), note
//
// A line number is the line of the pair in its file (1-based, the header
// counted).

// JudgedSet is one row of sets.tsv.
type JudgedSet struct {
	Part   string // dev or held-out
	Name   string
	File   string // relative to the shared folder
	Layout string // pairs or para
	Select string // all, even-docs, odd-docs
	Docs   string // document id file for even-docs/odd-docs, relative to the shared folder
	// Skip pairs are left out at the start, then First, when not zero,
	// keeps only the next First pairs (skip=N, first=N in sets.tsv).
	Skip, First int
	// Date is the day the set's articles are from (date=YYYY-MM-DD in
	// sets.tsv), the metadata a run would have: forms right then are not
	// deprecated. Zero when not given.
	Date time.Time
	// Convert lists third-party glossaries of the shared folder
	// (convert=PATH|PATH in sets.tsv) that the set is checked with,
	// converted at run time by ConvertShared, instead of the folder's
	// GLOSSARY.
	Convert []string
	// Glossary lists glossaries of the judged set's folder
	// (glossary=PATH|PATH in sets.tsv, paths relative to the folder) that
	// the set is checked with instead of the folder's GLOSSARY: a part that
	// measures the term rules with a glossary written for it.
	Glossary []string
	// Rules, when not empty, keeps only these rules' findings
	// (rules=ID,ID in sets.tsv): a set that checks pairs of another part
	// with another glossary counts the rules that glossary can change.
	Rules []string
	// DocDates, when not empty, is a file of document ids and their days
	// (docdates=PATH in sets.tsv, relative to the folder; held here joined
	// to the folder of sets.tsv): a pair of a document listed there is
	// checked on that day, Date otherwise. Session 22, helper D1: NTREX's
	// stories are of different days of late 2018, and a title right on its
	// story's day was read on the part's one date.
	DocDates string
	// LineDates, when not empty, is a file of stretches of lines and their
	// days (linedates=PATH in sets.tsv, relative to the folder; held here
	// joined to the folder of sets.tsv), for files without document ids: a
	// pair of a line in a listed stretch is checked on that day, Date
	// otherwise. Session 23, helper D2: KPC's stories are of 2001-2008, the
	// set's one date of July 2008.
	LineDates string
	// Context is context= in sets.tsv: "window" gives every pair the
	// three pairs before it as its English context, as before session 25
	// (stretchcontext.go); "" or "stretch", a pair of a linedates= stretch
	// its stretch's English before it.
	Context string
}

// Verdict is one judged finding.
type Verdict struct {
	Set                           string
	Line                          int
	Rule, Side, Term, Found, Note string
	Real                          bool
	FileLine                      int // line in verdicts.tsv

	// Occurrence, when not 0, is the one finding of the verdict's key the
	// verdict judges: the nth in the order the gate reports them (by
	// column), written "78#2" in the line column. A verdict without one
	// judges every finding of its key that no verdict with an occurrence
	// judges (a number written twice, one verdict). Session 21, helper
	// T40: two identical findings on one line may be judged apart
	// (wmt24pp 78's two "Kiev", one of the city, one of an institute's
	// name).
	Occurrence int
}

func (v Verdict) key() string {
	return fmt.Sprintf("%s\x00%d\x00%s\x00%s\x00%s\x00%s", v.Set, v.Line, v.Rule, v.Side, v.Term, v.Found)
}

// VerdictOf returns the verdict key fields of a finding of a judged set.
func VerdictOf(f check.Finding) Verdict {
	line, _ := strconv.Atoi(f.Unit)
	return Verdict{Set: f.File, Line: line, Rule: f.Rule, Side: f.Side, Term: f.Term, Found: f.Found}
}

// knownSetOption lists the keys of sets.tsv's optional fields.
var knownSetOption = map[string]bool{"skip": true, "first": true, "date": true, "docs": true, "convert": true, "glossary": true, "rules": true, "docdates": true, "linedates": true, "context": true}

// ReadJudgedSets reads sets.tsv. An optional field it does not know is an
// error naming its line and column.
func ReadJudgedSets(r io.Reader, name string) ([]JudgedSet, error) {
	var out []JudgedSet
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) < 5 {
			return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("want part, name, file, layout, selection; got %d fields", len(f))}
		}
		s := JudgedSet{Part: f[0], Name: f[1], File: f[2], Layout: f[3], Select: f[4]}
		col := len(strings.Join(f[:5], "\t")) + 2
		for _, x := range f[5:] {
			// A mistyped option would otherwise change the set without a word
			// (glosary=house2.csv would check it with GLOSSARY).
			if key, _, _ := strings.Cut(x, "="); !knownSetOption[key] || !strings.Contains(x, "=") {
				return nil, &check.SyntaxError{File: name, Line: line, Col: col, Msg: fmt.Sprintf("option %q: want skip=, first=, date=, docs=, convert=, glossary=, rules=, docdates=, linedates= or context=", x)}
			}
			col += len(x) + 1
			if v, ok := strings.CutPrefix(x, "skip="); ok {
				n, err := strconv.Atoi(v)
				if err != nil || n < 0 {
					return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("skip=%q: want a number", v)}
				}
				s.Skip = n
			}
			if v, ok := strings.CutPrefix(x, "first="); ok {
				n, err := strconv.Atoi(v)
				if err != nil || n < 1 {
					return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("first=%q: want a positive number", v)}
				}
				s.First = n
			}
			if v, ok := strings.CutPrefix(x, "date="); ok {
				d, err := time.Parse(time.DateOnly, v)
				if err != nil {
					return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("date %q: want YYYY-MM-DD", v)}
				}
				s.Date = d
			}
			if v, ok := strings.CutPrefix(x, "convert="); ok {
				s.Convert = strings.Split(v, "|")
			}
			if v, ok := strings.CutPrefix(x, "glossary="); ok {
				s.Glossary = strings.Split(v, "|")
				for _, g := range s.Glossary {
					if g == "" || filepath.IsAbs(g) {
						return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("glossary=%q: want paths relative to the folder, separated by |", v)}
					}
				}
			}
			if v, ok := strings.CutPrefix(x, "docdates="); ok {
				if v == "" || filepath.IsAbs(v) {
					return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("docdates=%q: want a path relative to the folder", v)}
				}
				s.DocDates = filepath.Join(filepath.Dir(name), filepath.FromSlash(v))
			}
			if v, ok := strings.CutPrefix(x, "linedates="); ok {
				if v == "" || filepath.IsAbs(v) {
					return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("linedates=%q: want a path relative to the folder", v)}
				}
				s.LineDates = filepath.Join(filepath.Dir(name), filepath.FromSlash(v))
			}
			if v, ok := strings.CutPrefix(x, "context="); ok {
				if !knownContext[v] {
					return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("context=%q: want stretch or window", v)}
				}
				s.Context = v
			}
			if v, ok := strings.CutPrefix(x, "rules="); ok {
				s.Rules = strings.Split(v, ",")
				for _, r := range s.Rules {
					if !isRule(r) {
						return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("rules: unknown rule %q", r)}
					}
				}
			}
		}
		if len(s.Glossary) > 0 && len(s.Convert) > 0 {
			return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: "glossary= and convert= both given: want one"}
		}
		if s.Layout != "pairs" && s.Layout != "para" {
			return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("layout %q: want pairs or para", s.Layout)}
		}
		switch s.Select {
		case "all":
		case "even-docs", "odd-docs":
			for _, x := range f[5:] {
				if v, ok := strings.CutPrefix(x, "docs="); ok {
					s.Docs = v
				}
			}
			if s.Docs == "" {
				return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: s.Select + " needs docs=FILE"}
			}
		default:
			return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("selection %q: want all, even-docs or odd-docs", s.Select)}
		}
		out = append(out, s)
	}
	return out, sc.Err()
}

// ReadVerdicts reads verdicts.tsv.
func ReadVerdicts(r io.Reader, name string) ([]Verdict, error) {
	var out []Verdict
	sc := bufio.NewScanner(r)
	line := 0
	seen := map[string]int{}
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) < 7 {
			return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("want set, line, rule, side, term, found, verdict[, note]; got %d fields", len(f))}
		}
		lineField, occField, hasOcc := strings.Cut(f[1], "#")
		n, err := strconv.Atoi(lineField)
		if err != nil || n < 1 {
			return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("line %q is not a positive number", f[1])}
		}
		occ := 0
		if hasOcc {
			if occ, err = strconv.Atoi(occField); err != nil || occ < 1 {
				return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("occurrence %q (line#n) is not a positive number", f[1])}
			}
		}
		v := Verdict{Set: f[0], Line: n, Rule: f[2], Side: f[3], Term: f[4], Found: f[5], FileLine: line, Occurrence: occ}
		switch f[6] {
		case "real":
			v.Real = true
		case "false":
		default:
			return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("verdict %q: want real or false", f[6])}
		}
		if len(f) > 7 {
			v.Note = f[7]
		}
		k := v.key() + "\x00" + strconv.Itoa(occ)
		if prev, ok := seen[k]; ok {
			return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("the same finding is judged at line %d", prev)}
		}
		seen[k] = line
		out = append(out, v)
	}
	return out, sc.Err()
}

// JudgedPair is one pair of a judged set with its line.
type JudgedPair struct {
	Line   int
	Source string // Korean
	Target string // English
	Doc    string // document id, when the set has them
	// Date is the day of the pair's document from the set's docdates=
	// file; zero when the set has none or the document is not listed
	// (the set's Date holds).
	Date time.Time
	// Stretch is the first line of the pair's stretch of the set's
	// linedates= file, 0 when none holds it (stretchcontext.go).
	Stretch int
}

// ReadDocDates reads a docdates= file: one document id and its day
// (YYYY-MM-DD) a line, separated by a tab; blank lines and lines that
// begin with # are left out. An error names the file and line.
func ReadDocDates(r io.Reader, name string) (map[string]time.Time, error) {
	out := map[string]time.Time{}
	seen := map[string]int{}
	err := readDated(r, name, 1, "document id<TAB>YYYY-MM-DD", func(line int, key []string, d time.Time) error {
		doc := key[0]
		if prev, ok := seen[doc]; ok {
			return &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("document %q is dated at line %d", doc, prev)}
		}
		seen[doc] = line
		out[doc] = d
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// LineDate is a stretch of lines of a file without document ids (First to
// Last, 1-based, both in) and the day its pairs are checked on.
type LineDate struct {
	First, Last int
	Date        time.Time
}

// ReadLineDates reads a linedates= file: a first line, a last line, a day
// (YYYY-MM-DD) and a comment saying what dates the stretch a line,
// separated by tabs; blank lines and lines that begin with # are left out.
// Stretches may not overlap. An error names the file and line.
func ReadLineDates(r io.Reader, name string) ([]LineDate, error) {
	var out []LineDate
	var at []int // the line of each stretch in the file
	err := readDated(r, name, 2, "first line<TAB>last line<TAB>YYYY-MM-DD<TAB>comment", func(line int, key []string, d time.Time) error {
		first, err1 := strconv.Atoi(key[0])
		last, err2 := strconv.Atoi(key[1])
		if err1 != nil || err2 != nil || first < 1 || last < first {
			return &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("lines %q to %q: want two line numbers, the first not after the last", key[0], key[1])}
		}
		for k, o := range out {
			if first <= o.Last && o.First <= last {
				return &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("lines %d-%d overlap lines %d-%d dated at line %d", first, last, o.First, o.Last, at[k])}
			}
		}
		out, at = append(out, LineDate{First: first, Last: last, Date: d}), append(at, line)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// readDated reads the rows of a docdates= or linedates= file: keys fields,
// then a day YYYY-MM-DD, then (when keys > 1) a comment that may not be
// empty; blank lines and lines that begin with # are left out. Each row
// goes to add with its line; an error names the file and line.
func readDated(r io.Reader, name string, keys int, want string, add func(line int, key []string, d time.Time) error) error {
	fields := keys + 1
	if keys > 1 {
		fields++ // the comment
	}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != fields || strings.TrimSpace(f[0]) == "" || strings.TrimSpace(f[fields-1]) == "" {
			return &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("want %s; got %d fields", want, len(f))}
		}
		key := make([]string, keys)
		col := 1
		for k := range key {
			key[k] = strings.TrimSpace(f[k])
			col += len(f[k]) + 1
		}
		d, err := time.Parse(time.DateOnly, strings.TrimSpace(f[keys]))
		if err != nil {
			return &check.SyntaxError{File: name, Line: line, Col: col, Msg: fmt.Sprintf("date %q: want YYYY-MM-DD", f[keys])}
		}
		if err := add(line, key, d); err != nil {
			return err
		}
	}
	return sc.Err()
}

// The band of confident alignment: the length ratio (English letters to
// Korean, brackets and spaces left out) of 98% of NTREX pairs, whose
// alignment is by hand (see the misaligned rule). KPC's pairs were aligned
// automatically, and about 11% of them fall outside it.
const (
	confidentMin = 1.0
	confidentMax = 3.2
)

// Confident reports whether the pair's lengths are those of a sentence and
// its translation (the band of 98% of NTREX pairs). It reads no numbers or
// names, so that leaving out the pairs that are not confident does not
// depend on the findings themselves.
func (p JudgedPair) Confident() bool {
	r := check.LengthRatio(p.Source, p.Target)
	return r >= confidentMin && r <= confidentMax
}

// PairKey names pair line of set (without ArticleSuffix) for DropPairs.
func PairKey(set string, line int) string {
	return strings.TrimSuffix(set, ArticleSuffix) + ":" + strconv.Itoa(line)
}

// DropPairs leaves out the findings and verdicts of the pairs whose
// PairKey is in drop, article findings included.
func DropPairs(got []check.Finding, verdicts []Verdict, drop map[string]bool) ([]check.Finding, []Verdict) {
	var fs []check.Finding
	for _, f := range got {
		if line, err := strconv.Atoi(f.Unit); err != nil || !drop[PairKey(f.File, line)] {
			fs = append(fs, f)
		}
	}
	var vs []Verdict
	for _, v := range verdicts {
		if !drop[PairKey(v.Set, v.Line)] {
			vs = append(vs, v)
		}
	}
	return fs, vs
}

// LoadJudgedPairs reads the selected pairs of set s from the shared folder.
func LoadJudgedPairs(shared string, s JudgedSet) ([]JudgedPair, error) {
	data, err := os.ReadFile(filepath.Join(shared, filepath.FromSlash(s.File)))
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	var keep func(i int) bool
	docOf := func(int) string { return "" }
	switch s.Select {
	case "even-docs", "odd-docs":
		ids, err := os.ReadFile(filepath.Join(shared, filepath.FromSlash(s.Docs)))
		if err != nil {
			return nil, err
		}
		docs := strings.Split(strings.TrimSuffix(string(ids), "\n"), "\n")
		if len(docs) != len(lines) {
			return nil, fmt.Errorf("check: %s has %d lines, %s %d", s.File, len(lines), s.Docs, len(docs))
		}
		index := make([]int, len(docs))
		n := -1
		for i, d := range docs {
			if i == 0 || d != docs[i-1] {
				n++
			}
			index[i] = n
		}
		want := 0
		if s.Select == "odd-docs" {
			want = 1
		}
		keep = func(i int) bool { return index[i]%2 == want }
		docOf = func(i int) string { return docs[i] }
	default:
		keep = func(int) bool { return true }
	}
	var dates map[string]time.Time
	if s.DocDates != "" {
		f, err := os.Open(s.DocDates)
		if err != nil {
			// Not wrapped: the caller names the corpus file of a PathError.
			return nil, fmt.Errorf("checkeval: docdates: %v", err)
		}
		dates, err = ReadDocDates(f, s.DocDates)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	var stretches []LineDate
	if s.LineDates != "" {
		f, err := os.Open(s.LineDates)
		if err != nil {
			return nil, fmt.Errorf("checkeval: linedates: %v", err)
		}
		stretches, err = ReadLineDates(f, s.LineDates)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	lineDate := func(line int) time.Time {
		for _, st := range stretches {
			if st.First <= line && line <= st.Last {
				return st.Date
			}
		}
		return time.Time{}
	}
	var out []JudgedPair
	skipped := 0
	for i, l := range lines {
		if !keep(i) {
			continue
		}
		if s.Layout == "para" && i == 0 {
			continue // header
		}
		if skipped < s.Skip {
			skipped++
			continue
		}
		if s.First > 0 && len(out) == s.First {
			break
		}
		f := strings.Split(l, "\t")
		switch {
		case s.Layout == "para" && i == 0:
			continue // header
		case s.Layout == "para" && len(f) >= 4:
			out = append(out, JudgedPair{Line: i + 1, Source: f[2], Target: f[3], Doc: f[0], Date: dates[f[0]]})
		case s.Layout == "pairs" && len(f) >= 2:
			d := dates[docOf(i)]
			if d.IsZero() {
				d = lineDate(i + 1) // linedates=
			}
			out = append(out, JudgedPair{Line: i + 1, Source: f[0], Target: f[1], Doc: docOf(i), Date: d, Stretch: stretchOf(stretches, i+1)})
		default:
			return nil, fmt.Errorf("check: %s:%d: want %s layout", s.File, i+1, s.Layout)
		}
	}
	return out, nil
}

// CheckJudged checks the pairs of a set, Korean to English; findings have
// File set to the set name and Unit to the line. Sets with document ids
// are also checked as articles: each document's English side and Korean
// side, one sentence or paragraph a line, with the monolingual rules;
// those findings have Side "target" (English) or "source" (Korean) and
// the line of the pair they are in.
func CheckJudged(c *check.Checker, s JudgedSet, pairs []JudgedPair) []check.Finding {
	var out []check.Finding
	articles := len(pairs) > 0 && pairs[0].Doc != ""
	var before, targets []string // document context: the sources and targets before, same document
	// A pair is checked on its own day (docdates=, linedates=) or the
	// set's. Session 23, helper D2: no day is read from an earlier line. A
	// KPC headline's month (YYYY.MM at the end of its line) was carried to
	// every pair until the next headline (session 18), into the stories
	// after the headline's own, which have no date of their own (kpc-test
	// 1878, a Jeju story, read at the 2005.09 of an SNU headline at 1873);
	// linedates= gives each dated story its stretch, by hand.
	day := s.Date
	for i, p := range pairs {
		if i > 0 && p.Doc != pairs[i-1].Doc {
			before, targets = before[:0], targets[:0]
		}
		// KPC has no document ids: its consecutive lines (a story's
		// sentences in order) are one document, which the checker reads
		// only a few pairs back and one ahead (check.Pair.Before,
		// TargetBefore, TargetAfter).
		ctx, tctx := before[max(0, len(before)-3):], targetContext(s, pairs, targets, i, 3)
		if articles {
			tctx = targets[:len(targets):len(targets)] // an article's targets so far (check.namedEarlier)
		}
		before, targets = append(before, p.Source), append(targets, p.Target)
		pday := day
		if !p.Date.IsZero() {
			pday = p.Date // the document's own day (docdates=)
		}
		after, afterSrc := "", ""
		if i+1 < len(pairs) && pairs[i+1].Doc == p.Doc {
			after, afterSrc = pairs[i+1].Target, pairs[i+1].Source
		}
		for _, f := range c.Pair(s.Name, check.Pair{
			Unit: strconv.Itoa(p.Line), Source: p.Source, Target: p.Target,
			SourceLang: language.Korean, TargetLang: language.English,
			SourceLine: p.Line, SourceCol: 1, TargetLine: p.Line, TargetCol: 1, Date: pday, Before: ctx,
			TargetBefore: tctx, TargetAfter: after, After: afterSrc,
		}) {
			if articles && f.Rule == check.RuleDeprecated {
				continue // found by the article pass, as in bitext run
			}
			out = append(out, f)
		}
	}
	for i := 0; i < len(pairs); {
		j := i + 1
		for j < len(pairs) && pairs[j].Doc == pairs[i].Doc {
			j++
		}
		if pairs[i].Doc != "" {
			doc := pairs[i:j]
			dday := s.Date
			if !doc[0].Date.IsZero() {
				dday = doc[0].Date // the document's own day (docdates=)
			}
			text := func(side func(JudgedPair) string) string {
				lines := make([]string, len(doc))
				for k, p := range doc {
					lines[k] = strings.ReplaceAll(side(p), "\n", " ")
				}
				return strings.Join(lines, "\n")
			}
			src, tgt := c.Sides(s.Name, text(func(p JudgedPair) string { return p.Source }),
				text(func(p JudgedPair) string { return p.Target }), language.Korean, language.English, dday)
			for _, side := range []struct {
				name  string
				found []check.Finding
			}{{check.SideTarget, tgt}, {check.SideSource, src}} {
				for _, f := range side.found {
					if f.Line >= 1 && f.Line <= len(doc) {
						f.Unit = strconv.Itoa(doc[f.Line-1].Line)
						p := doc[f.Line-1]
						if side.name == check.SideTarget && c.UnsourcedCommonWord(f, &check.Pair{Source: p.Source, Target: p.Target,
							SourceLang: language.Korean, TargetLang: language.English}) {
							continue // a common word, its entry not in its pair's source, as in bitext run (check.Document)
						}
					}
					f.Side = side.name
					f.File = s.Name + ArticleSuffix
					out = append(out, f)
				}
			}
		}
		i = j
	}
	return out
}

// ArticleSuffix ends the file name of findings of the article pass of a
// judged set ("ntrex-even#article").
const ArticleSuffix = "#article"

// JudgedScore is the result of one rule on one part.
type JudgedScore struct {
	Part, Rule string
	Findings   int // reported
	Real       int // reported and judged real
	False      int // reported and judged false
	Unjudged   int // reported, no verdict
	Missed     int // judged real once, no longer reported
}

// Precision is Real/(Real+False); 1 when nothing judged was reported.
func (s JudgedScore) Precision() float64 {
	if s.Real+s.False == 0 {
		return 1
	}
	return float64(s.Real) / float64(s.Real+s.False)
}

// Recall is Real/(Real+Missed): of the real problems known, the share the
// gate reports.
func (s JudgedScore) Recall() float64 {
	if s.Real+s.Missed == 0 {
		return 1
	}
	return float64(s.Real) / float64(s.Real+s.Missed)
}

// JudgedResult is the evaluation of a judged folder.
type JudgedResult struct {
	Scores    []JudgedScore   // per part and rule, parts in sets.tsv order, then "all" per part
	Segments  map[string]int  // pairs checked per part
	Unjudged  []check.Finding // reported without a verdict
	Missed    []Verdict       // real problems no longer reported
	FalseHits []check.Finding // reported and judged false
}

// EvaluateJudged scores findings of the sets against the verdicts.
func EvaluateJudged(sets []JudgedSet, segments map[string]int, got []check.Finding, verdicts []Verdict) JudgedResult {
	part := map[string]string{}
	var parts []string
	for _, s := range sets {
		if _, ok := part[s.Name]; !ok {
			part[s.Name] = s.Part
		}
		if !contains(parts, s.Part) {
			parts = append(parts, s.Part)
		}
	}
	byKey := map[string]*Verdict{} // the verdicts without an occurrence
	byOcc := map[string]*Verdict{} // key and occurrence
	for i := range verdicts {
		if verdicts[i].Occurrence > 0 {
			byOcc[verdicts[i].key()+"\x00"+strconv.Itoa(verdicts[i].Occurrence)] = &verdicts[i]
		} else {
			byKey[verdicts[i].key()] = &verdicts[i]
		}
	}
	seenKey := map[string]int{} // findings of each key so far
	type pr struct{ part, rule string }
	scores := map[pr]*JudgedScore{}
	score := func(p, r string) *JudgedScore {
		k := pr{p, r}
		if scores[k] == nil {
			scores[k] = &JudgedScore{Part: p, Rule: r}
		}
		return scores[k]
	}
	res := JudgedResult{Segments: segments}
	used := map[*Verdict]bool{}
	for _, f := range got {
		p := part[strings.TrimSuffix(f.File, ArticleSuffix)]
		s := score(p, f.Rule)
		s.Findings++
		k := VerdictOf(f).key()
		seenKey[k]++
		v := byOcc[k+"\x00"+strconv.Itoa(seenKey[k])]
		if v == nil {
			v = byKey[k]
		}
		switch {
		case v == nil: // a verdict covers every finding with its key (a number written twice)
			s.Unjudged++
			res.Unjudged = append(res.Unjudged, f)
		case v.Real:
			s.Real++
		default:
			s.False++
			res.FalseHits = append(res.FalseHits, f)
		}
		if v != nil {
			used[v] = true
		}
	}
	for i := range verdicts {
		if v := verdicts[i]; v.Real && !used[&verdicts[i]] {
			if p, ok := part[strings.TrimSuffix(v.Set, ArticleSuffix)]; ok {
				score(p, v.Rule).Missed++
				res.Missed = append(res.Missed, v)
			}
		}
	}
	for _, p := range parts {
		total := JudgedScore{Part: p, Rule: "all"}
		for _, r := range check.Rules {
			if s := scores[pr{p, r.ID}]; s != nil {
				res.Scores = append(res.Scores, *s)
				total.Findings += s.Findings
				total.Real += s.Real
				total.False += s.False
				total.Unjudged += s.Unjudged
				total.Missed += s.Missed
			}
		}
		var other []string
		for k := range scores {
			if k.part == p && !isRule(k.rule) {
				other = append(other, k.rule)
			}
		}
		sort.Strings(other)
		for _, r := range other {
			s := scores[pr{p, r}]
			res.Scores = append(res.Scores, *s)
			total.Findings += s.Findings
			total.Real += s.Real
			total.False += s.False
			total.Unjudged += s.Unjudged
			total.Missed += s.Missed
		}
		res.Scores = append(res.Scores, total)
	}
	return res
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func isRule(id string) bool {
	for _, r := range check.Rules {
		if r.ID == id {
			return true
		}
	}
	return false
}

// FormatVerdict writes a finding as a verdicts.tsv row without the
// verdict, for judging by hand.
func FormatVerdict(f check.Finding) string {
	v := VerdictOf(f)
	return fmt.Sprintf("%s\t%d\t%s\t%s\t%s\t%s", v.Set, v.Line, v.Rule, v.Side, v.Term, strings.ReplaceAll(v.Found, "\t", " "))
}
