// Package srx reads segmentation rules in SRX 2.0 (Segmentation Rules
// eXchange) and finds the sentence breaks they give.
//
// SRX rules are Java regular expressions; Go's regexp is RE2, so each
// pattern is rewritten when it is loaded: Java-only syntax that has an RE2
// equivalent is rewritten, \w \s \d match letters, spaces and digits of any
// script, \b at either end of a pattern is a Unicode word boundary, and a
// pattern that RE2 cannot express (lookaround, backreferences) is an error
// that names the language rule and the rule number.
//
//	rules, err := srx.Load("segment.srx")
//	if err != nil { ... }
//	breaks := rules.Breaks("Dr. Kim left. He came back.", "en")
//	// breaks == []int{13}
package srx

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/internal/xmlio"
)

// Rules is a loaded SRX document.
type Rules struct {
	Cascade  bool // apply every language rule whose map matches, in order
	Subflows bool // the header's segmentsubflows (kept, not used: plain text has no subflows)
	Names    []string
	byName   map[string][]*Rule
	maps     []languageMap
}

// Rule is one <rule> of a language rule.
type Rule struct {
	LanguageRule string // languagerulename of its <languagerule>
	Number       int    // 1-based position in its language rule
	Break        bool
	Before       string // the beforebreak pattern as written
	After        string // the afterbreak pattern as written

	before, after         *regexp.Regexp
	beforeWB, afterWB     bool // \b at the break point
	startWB               bool // \b at the start of beforebreak
	anchored              bool // beforebreak uses ^ or \A
	beforeEmpty, afterAny bool
}

type languageMap struct {
	pattern *regexp.Regexp
	rule    string
}

// Error is an SRX file that cannot be read or a rule that cannot be used.
type Error struct {
	File string
	Line int
	Col  int
	Rule string // "English #3" when the error is in a rule
	Msg  string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("srx: ")
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteString(":")
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, "%d:%d:", e.Line, e.Col)
	}
	if b.Len() > len("srx: ") {
		b.WriteString(" ")
	}
	if e.Rule != "" {
		b.WriteString("rule " + e.Rule + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Load reads an SRX file.
func Load(path string) (*Rules, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("srx: %w", err)
	}
	defer f.Close()
	return Parse(f, path)
}

// Parse reads an SRX document from r; name is used in errors.
func Parse(r io.Reader, name string) (*Rules, error) {
	// Positions are where the element (or text) starts, the column in
	// characters; XML errors have theirs from xmlio.
	d := xmlio.NewTokens(r, func(line, col int, msg string) error {
		return &Error{File: name, Line: line, Col: col, Msg: msg}
	}, func(line, col int, err error) error {
		return &Error{File: name, Line: line, Col: col, Msg: err.Error()}
	})
	rs := &Rules{byName: map[string][]*Rule{}}
	var line, col int // where the current token starts
	fail := func(msg string) error {
		return &Error{File: name, Line: line, Col: col, Msg: msg}
	}
	var (
		curLang   string
		inLang    bool
		cur       *Rule
		ruleLine  int
		ruleCol   int
		text      strings.Builder
		inPattern string
		sawRoot   bool
	)
	for {
		line, col = d.Where()
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "srx":
				sawRoot = true
				if v := attr(t, "version"); v != "" && v != "2.0" && v != "1.0" {
					return nil, fail("unsupported SRX version " + v)
				}
			case "header":
				rs.Cascade = attr(t, "cascade") == "yes"
				rs.Subflows = attr(t, "segmentsubflows") != "no"
			case "languagerule":
				curLang = attr(t, "languagerulename")
				if curLang == "" {
					return nil, fail("languagerule without languagerulename")
				}
				if _, dup := rs.byName[curLang]; dup {
					return nil, fail("duplicate languagerule " + curLang)
				}
				rs.byName[curLang] = nil
				rs.Names = append(rs.Names, curLang)
				inLang = true
			case "rule":
				if !inLang {
					return nil, fail("rule outside a languagerule")
				}
				cur = &Rule{LanguageRule: curLang, Number: len(rs.byName[curLang]) + 1, Break: attr(t, "break") != "no"}
				ruleLine, ruleCol = line, col
			case "beforebreak", "afterbreak":
				if cur == nil {
					return nil, fail(t.Name.Local + " outside a rule")
				}
				inPattern = t.Name.Local
				text.Reset()
			case "languagemap":
				pat := attr(t, "languagepattern")
				lr := attr(t, "languagerulename")
				tr, err := translate(pat)
				var re *regexp.Regexp
				if err == nil {
					re, err = regexp.Compile(`(?i)^(?:` + tr.re + `)$`)
				}
				if err != nil {
					return nil, fail(fmt.Sprintf("languagemap %q: %v", pat, err))
				}
				rs.maps = append(rs.maps, languageMap{re, lr})
			}
		case xml.CharData:
			if inPattern != "" {
				text.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "beforebreak":
				cur.Before = text.String()
				inPattern = ""
			case "afterbreak":
				cur.After = text.String()
				inPattern = ""
			case "rule":
				if err := cur.compile(); err != nil {
					return nil, &Error{File: name, Line: ruleLine, Col: ruleCol, Rule: fmt.Sprintf("%s #%d", cur.LanguageRule, cur.Number), Msg: err.Error()}
				}
				rs.byName[curLang] = append(rs.byName[curLang], cur)
				cur = nil
			case "languagerule":
				inLang = false
			}
		}
	}
	if !sawRoot {
		return nil, &Error{File: name, Msg: "not an SRX document (no <srx> element)"}
	}
	for _, m := range rs.maps {
		if _, ok := rs.byName[m.rule]; !ok {
			return nil, &Error{File: name, Msg: "languagemap names unknown languagerule " + m.rule}
		}
	}
	return rs, nil
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (r *Rule) compile() error {
	if r.Before != "" {
		tr, err := translate(r.Before)
		if err != nil {
			return fmt.Errorf("beforebreak \"%s\": %v cannot be rewritten for Go's regexp (RE2)", r.Before, err)
		}
		re := tr.re
		r.startWB = tr.leadingWB
		r.anchored = tr.anchored
		r.beforeWB = tr.trailingWB
		if r.before, err = regexp.Compile(re); err != nil {
			return fmt.Errorf("beforebreak \"%s\": %v", r.Before, cleanErr(err))
		}
		if tr.re == "" {
			r.beforeEmpty = true
		}
	} else {
		r.beforeEmpty = true
	}
	if r.After != "" {
		tr, err := translate(r.After)
		if err != nil {
			return fmt.Errorf("afterbreak \"%s\": %v cannot be rewritten for Go's regexp (RE2)", r.After, err)
		}
		re := tr.re
		if tr.trailingWB {
			re += `(?:$|[^` + wordSet + `])`
		}
		r.afterWB = tr.leadingWB
		if r.after, err = regexp.Compile(`^(?:` + re + `)`); err != nil {
			return fmt.Errorf("afterbreak \"%s\": %v", r.After, cleanErr(err))
		}
	} else {
		r.afterAny = true
	}
	return nil
}

func cleanErr(err error) string {
	return strings.TrimPrefix(err.Error(), "error parsing regexp: ")
}

// RulesFor returns the rules that apply to a language code such as "en" or
// "ko-KR": with cascading, those of every language map that matches, in
// order; otherwise those of the first one.
func (rs *Rules) RulesFor(lang string) []*Rule {
	var out []*Rule
	for _, m := range rs.maps {
		if m.pattern.MatchString(lang) {
			out = append(out, rs.byName[m.rule]...)
			if !rs.Cascade {
				break
			}
		}
	}
	return out
}

// Breaks returns the offsets in text where the rules for lang break it,
// in order. The first rule that matches at a position decides it.
func (rs *Rules) Breaks(text, lang string) []int {
	rules := rs.RulesFor(lang)
	if len(rules) == 0 || text == "" {
		return nil
	}
	decided := map[int]bool{}
	for _, r := range rules {
		r.positions(text, func(p int) {
			if _, ok := decided[p]; !ok {
				decided[p] = r.Break
			}
		})
	}
	var out []int
	for p, brk := range decided {
		if brk && p > 0 && p < len(text) {
			out = append(out, p)
		}
	}
	sort.Ints(out)
	return out
}

// positions calls f for each offset where the rule matches.
func (r *Rule) positions(text string, f func(int)) {
	check := func(p int) {
		if (r.beforeWB || r.afterWB) && !wordBoundary(text, p) {
			return
		}
		if r.afterAny || r.after.MatchString(text[p:]) {
			f(p)
		}
	}
	if r.beforeEmpty {
		for p := 0; p <= len(text); p++ {
			if (p == len(text) || utf8.RuneStart(text[p])) && (!r.startWB || wordBoundary(text, p)) {
				check(p)
			}
		}
		return
	}
	if r.anchored {
		// ^ and \A only hold at the start of the text: one search.
		if m := r.before.FindStringIndex(text); m != nil && (!r.startWB || wordBoundary(text, m[0])) {
			check(m[1])
		}
		return
	}
	// Search again one character after the start of each match, so that
	// matches that overlap (" a. b. " with \s\p{L}\.\s) are all found,
	// as a Java lookbehind would.
	for q := 0; q <= len(text); {
		m := r.before.FindStringIndex(text[q:])
		if m == nil {
			return
		}
		a, b := q+m[0], q+m[1]
		if !r.startWB || wordBoundary(text, a) {
			check(b)
		}
		if a >= len(text) {
			return
		}
		_, w := utf8.DecodeRuneInString(text[a:])
		q = a + w
	}
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) || unicode.Is(unicode.Pc, r)
}

// wordBoundary reports a Unicode word boundary at p.
func wordBoundary(text string, p int) bool {
	var before, after bool
	if p > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:p])
		before = isWordRune(r)
	}
	if p < len(text) {
		r, _ := utf8.DecodeRuneInString(text[p:])
		after = isWordRune(r)
	}
	return before != after
}

// MessageID names the localized text of the error (locales/segment.*.toml).
func (e *Error) MessageID() string {
	if e.Rule != "" {
		return "SegmentErrSRXRule"
	}
	return "SegmentErrSRX"
}

// MessageData fills the localized text: Pos (FILE:LINE:COL), Rule and the
// detail Msg, which stays in English (it quotes the pattern).
func (e *Error) MessageData() map[string]any {
	pos := e.File
	if e.Line > 0 {
		pos = fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Col)
	}
	return map[string]any{"Pos": pos, "Rule": e.Rule, "Msg": e.Msg}
}
