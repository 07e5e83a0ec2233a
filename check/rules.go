package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"bitext/glossary"
	"bitext/number"
)

// Checker applies the rules with one glossary. It is safe for concurrent
// use once built.
type Checker struct {
	g *glossary.Glossary

	mu   sync.Mutex
	near map[language.Base]*nameIndex

	termsOnce sync.Once
	terms     map[*glossary.Term]*glossary.Entry
}

// New returns a checker for g.
func New(g *glossary.Glossary) *Checker {
	return &Checker{g: g, near: map[language.Base]*nameIndex{}}
}

func (c *Checker) matcher(lang language.Tag) *glossary.Matcher {
	return c.g.MatcherWith(lang, glossary.MatchOptions{ShortForms: true})
}

// nameIndex returns the near-miss index of lang, built on first use.
func (c *Checker) nameIndex(lang language.Tag) *nameIndex {
	base, _ := lang.Base()
	c.mu.Lock()
	defer c.mu.Unlock()
	ix := c.near[base]
	if ix == nil {
		ix = newNameIndex(c.g, lang)
		c.near[base] = ix
	}
	return ix
}

// Warm builds the matchers and indexes of lang ahead of the first check.
func (c *Checker) Warm(lang language.Tag) {
	c.matcher(lang)
	if isEnglish(lang) {
		c.nameIndex(lang)
	}
}

func isEnglish(lang language.Tag) bool {
	b, _ := lang.Base()
	return b.String() == "en"
}

// IsKorean reports whether Korean is the language of text: whether Hangul
// syllables are at least a fifth of its letters. It decides --lang auto.
func IsKorean(text string) bool {
	hangul, letters := 0, 0
	for _, r := range text {
		switch {
		case 0xAC00 <= r && r <= 0xD7A3:
			hangul++
			letters++
		case 'a' <= r|0x20 && r|0x20 <= 'z':
			letters++
		}
	}
	return letters > 0 && hangul*5 >= letters
}

// pos maps byte offsets of one text to line and column. base shifts the
// lines and the columns of the first line, for a segment that starts
// inside a file.
type pos struct {
	text      string
	starts    []int // byte offset of each line start, made on first use
	line, col int   // position of text[0] in the file
	fixed     bool  // every finding is placed at line:col (TMX, XLIFF units)
}

func newPos(text string, line, col int) *pos {
	return &pos{text: text, line: line, col: col}
}

func (p *pos) at(off int) (line, col int) {
	if p.starts == nil {
		p.starts = []int{0}
		for i := 0; i < len(p.text); i++ {
			if p.text[i] == '\n' {
				p.starts = append(p.starts, i+1)
			}
		}
	}
	lo, hi := 0, len(p.starts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if p.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	col = utf8.RuneCountInString(p.text[p.starts[lo]:off]) + 1
	if lo == 0 {
		col += p.col - 1
	}
	return p.line + lo, col
}

// place sets the position of f from byte offsets start and end of p's text,
// or to the fixed position of p.
func (p *pos) place(f *Finding, start, end int) {
	if p.fixed {
		f.Line, f.Column, f.EndLine, f.EndColumn = p.line, p.col, p.line, p.col
		return
	}
	f.Line, f.Column = p.at(start)
	f.EndLine, f.EndColumn = p.at(end)
}

func newFinding(file, rule string, sev Severity, msgID string, data map[string]any) Finding {
	f := Finding{File: file, Rule: rule, Severity: sev, MessageID: msgID, Data: data}
	f.Found, _ = data["Found"].(string)
	f.Expected, _ = data["Expected"].(string)
	f.Term, _ = data["Term"].(string)
	f.Side, _ = data["Side"].(string)
	return f
}

// Text checks one monolingual article in lang with the rules
// deprecated-term, first-mention, inconsistent and (English) near-miss.
func (c *Checker) Text(file, text string, lang language.Tag) []Finding {
	p := newPos(text, 1, 1)
	ms := c.matcher(lang).FindAll(text)
	out := c.deprecated(nil, file, text, ms, lang, "", p)
	out = c.mentions(out, file, text, bodyMatches(text, ms), lang, p)
	if isEnglish(lang) {
		out = c.nameIndex(lang).nearMisses(out, file, text, ms, p)
	}
	Sort(out)
	return out
}

// deprecated appends a deprecated-term finding for each forbidden form.
func (c *Checker) deprecated(out []Finding, file, text string, ms []glossary.Match, lang language.Tag, side string, p *pos) []Finding {
	for _, m := range ms {
		if m.Short || !m.Term.Status.Forbidden() {
			continue
		}
		data := map[string]any{"Found": text[m.Start:m.End], "Term": m.Entry.ID, "Note": m.Entry.Note, "Side": side, "Expected": ""}
		id := "CheckMsgDeprecatedNoPreferred"
		if pref := m.Preferred; pref != nil {
			data["Expected"] = pref.Text
			id = "CheckMsgDeprecated"
		}
		f := newFinding(file, RuleDeprecated, Error, id, data)
		p.place(&f, m.Start, m.End)
		out = append(out, f)
	}
	return out
}

// mentions applies first-mention and inconsistent to one article.
func (c *Checker) mentions(out []Finding, file, text string, ms []glossary.Match, lang language.Tag, p *pos) []Finding {
	type state struct {
		first    *glossary.Term // first allowed spelling used
		firstBad bool           // first-mention reported
		reported map[*glossary.Term]bool
	}
	states := make(map[*glossary.Entry]*state, len(ms))
	// Entries mentioned in full (not by a short form) and where first;
	// made at the first short form.
	var full map[*glossary.Entry]int
	for i, m := range ms {
		if m.Short {
			if full == nil {
				full = map[*glossary.Entry]int{}
				for i, m := range ms {
					if _, ok := full[m.Entry]; !ok && !m.Short {
						full[m.Entry] = i
					}
				}
			}
			// A short form before the full name: first mention of each
			// entry the short form may stand for that is named in full
			// only later. A surname inside another name ("Lee" of an
			// unlisted "Lee Jae-yong", "Sullivan" of "Jane Sullivan") is
			// not a mention.
			if isEnglish(lang) && c.nameIndex(lang).otherName(text, m.Start, m.End) {
				continue
			}
			for _, t := range m.Terms {
				e := c.entryOf(ms[i], t)
				if e == nil || e.Type != glossary.Person {
					continue
				}
				j, ok := full[e]
				if !ok || j < i {
					continue
				}
				st := states[e]
				if st == nil {
					st = &state{}
					states[e] = st
				}
				if st.firstBad {
					continue
				}
				st.firstBad = true
				pref := c.g.Preferred(e, t.Lang)
				if pref == nil {
					continue
				}
				f := newFinding(file, RuleFirstMention, Warning, "CheckMsgFirstMention",
					map[string]any{"Found": text[m.Start:m.End], "Expected": pref.Text, "Term": e.ID})
				p.place(&f, m.Start, m.End)
				out = append(out, f)
			}
			continue
		}
		if m.Term.Status.Forbidden() {
			continue
		}
		e := m.Entry
		st := states[e]
		if st == nil {
			st = &state{}
			states[e] = st
		}
		if st.first != nil && m.Term == st.first {
			continue // the usual case: the same spelling again
		}
		pref := m.Preferred
		if st.first == nil {
			st.first = m.Term
			if e.Type == glossary.Person && pref != nil && m.Term != pref && !st.firstBad {
				st.firstBad = true
				f := newFinding(file, RuleFirstMention, Warning, "CheckMsgFirstMention",
					map[string]any{"Found": text[m.Start:m.End], "Expected": pref.Text, "Term": e.ID})
				p.place(&f, m.Start, m.End)
				out = append(out, f)
			}
			continue
		}
		if m.Term == st.first || st.reported[m.Term] || abbreviation(m.Term.Text) || abbreviation(st.first.Text) ||
			contraction(m.Term.Text, st.first.Text) || contraction(st.first.Text, m.Term.Text) {
			continue
		}
		if e.Type == glossary.Person && pref != nil && st.first == pref && containsWord(pref.Text, m.Term.Text) {
			continue // a short form listed as an admitted term (블링컨 after 토니 블링컨)
		}
		if st.reported == nil {
			st.reported = map[*glossary.Term]bool{}
		}
		st.reported[m.Term] = true
		if st.firstBad && m.Term == pref {
			continue // the first-mention finding already says it
		}
		exp := st.first.Text
		if pref != nil {
			exp = pref.Text
		}
		f := newFinding(file, RuleInconsistent, Warning, "CheckMsgInconsistent",
			map[string]any{"Found": text[m.Start:m.End], "Other": st.first.Text, "Expected": exp, "Term": e.ID})
		p.place(&f, m.Start, m.End)
		out = append(out, f)
	}
	return out
}

// entryOf returns the entry of term t of match m: for a short form shared
// by several entries ("Kim"), the entries of the other terms are looked up.
func (c *Checker) entryOf(m glossary.Match, t *glossary.Term) *glossary.Entry {
	if t == m.Term {
		return m.Entry
	}
	c.termsOnce.Do(func() {
		c.terms = map[*glossary.Term]*glossary.Entry{}
		for _, e := range c.g.Entries {
			for _, tt := range e.Terms {
				c.terms[tt] = e
			}
		}
	})
	return c.terms[t]
}

// Pair is one source/target pair of bilingual input.
type Pair struct {
	Unit                   string       // TMX tuid or XLIFF unit id
	Source, Target         string       // plain text
	SourceLang, TargetLang language.Tag //
	// Positions of the first character of each text in the file. With
	// Exact, offsets inside the texts map to columns (TSV); without, every
	// finding of the pair is placed at SourceLine:SourceCol or
	// TargetLine:TargetCol (the unit or segment element in XML formats).
	SourceLine, SourceCol int
	TargetLine, TargetCol int
	Exact                 bool
}

// Pair checks one source/target pair with the rules deprecated-term (both
// sides), target-term-missing and number-mismatch.
func (c *Checker) Pair(file string, pr Pair) []Finding {
	sp := &pos{text: pr.Source, line: pr.SourceLine, col: pr.SourceCol, fixed: !pr.Exact}
	tp := &pos{text: pr.Target, line: pr.TargetLine, col: pr.TargetCol, fixed: !pr.Exact}
	sm := c.matcher(pr.SourceLang).FindAll(pr.Source)
	tm := c.matcher(pr.TargetLang).FindAll(pr.Target)
	out := c.deprecated(nil, file, pr.Source, sm, pr.SourceLang, SideSource, sp)
	out = c.deprecated(out, file, pr.Target, tm, pr.TargetLang, SideTarget, tp)

	// target-term-missing: each source entry needs an allowed target form
	// (or, for a person, its short form); a forbidden target form of the
	// entry is already a deprecated-term finding.
	inTarget := map[*glossary.Entry]bool{}
	for _, m := range tm {
		for _, t := range m.Terms {
			if e := c.entryOf(m, t); e != nil {
				inTarget[e] = true
			}
		}
	}
	seen := map[*glossary.Entry]bool{}
	for _, m := range sm {
		if m.Short || seen[m.Entry] {
			continue
		}
		seen[m.Entry] = true
		if inTarget[m.Entry] || m.Entry.Type == glossary.Place && c.adjective(m.Entry, pr.Target, pr.TargetLang) {
			continue
		}
		pref := c.g.Preferred(m.Entry, pr.TargetLang)
		if pref == nil {
			continue // no form in the target language
		}
		f := newFinding(file, RuleTargetMissing, Error, "CheckMsgTargetMissing",
			map[string]any{"Source": pr.Source[m.Start:m.End], "Expected": pref.Text, "Term": m.Entry.ID, "Side": SideTarget})
		tp.place(&f, 0, len(pr.Target))
		out = append(out, f)
	}

	missing, extra := number.Match(number.Extract(pr.Source, pr.SourceLang), number.Extract(pr.Target, pr.TargetLang))
	for _, n := range missing {
		f := newFinding(file, RuleNumberMismatch, Warning, "CheckMsgNumberMissing",
			map[string]any{"Found": n.Text, "Value": n.String(), "Side": SideSource})
		sp.place(&f, n.Start, n.End)
		out = append(out, f)
	}
	for _, n := range extra {
		f := newFinding(file, RuleNumberMismatch, Warning, "CheckMsgNumberExtra",
			map[string]any{"Found": n.Text, "Value": n.String(), "Side": SideTarget})
		tp.place(&f, n.Start, n.End)
		out = append(out, f)
	}
	for i := range out {
		out[i].Unit = pr.Unit
	}
	Sort(out)
	return out
}

// abbreviation reports whether a form has no lower-case letter (U.S., JCS,
// ICBM): an abbreviation after the full form is not a second spelling.
func abbreviation(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) || 0xAC00 <= r && r <= 0xD7A3 {
			return false
		}
	}
	return true
}

// containsWord reports whether w is one of the space-separated words of s,
// or its last word(s): "블링컨" in "토니 블링컨".
func containsWord(s, w string) bool {
	return s != w && (strings.HasSuffix(s, " "+w) || strings.HasPrefix(s, w+" ") || strings.Contains(s, " "+w+" "))
}

// adjective reports whether text has an allowed form of place e as the
// start of a longer word: "North Korean" for North Korea, "Japanese" for
// Japan.
func (c *Checker) adjective(e *glossary.Entry, text string, lang language.Tag) bool {
	for _, t := range e.TermsIn(lang) {
		if t.Status.Forbidden() || t.Text == "" {
			continue
		}
		for i := 0; i < len(text); {
			j := strings.Index(text[i:], t.Text)
			if j < 0 {
				break
			}
			j += i
			before, _ := utf8.DecodeLastRuneInString(text[:j])
			after, _ := utf8.DecodeRuneInString(text[j+len(t.Text):])
			if (j == 0 || !unicode.IsLetter(before)) && unicode.IsLetter(after) {
				return true
			}
			i = j + 1
		}
	}
	return false
}

// contraction reports whether the Korean form short is a contraction of
// long: its syllables appear in long in order, spaces aside (한은 of
// 한국은행, 기재부 of 기획재정부, 외교장관 of 외교부 장관).
func contraction(short, long string) bool {
	n, hangul := 0, false
	for _, r := range short {
		if r == ' ' {
			continue
		}
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
		hangul = true
		n++
	}
	if !hangul || n >= utf8.RuneCountInString(strings.ReplaceAll(long, " ", "")) {
		return false
	}
	rest := long
	for _, r := range short {
		if r == ' ' {
			continue
		}
		i := strings.IndexRune(rest, r)
		if i < 0 {
			return false
		}
		rest = rest[i+utf8.RuneLen(r):]
	}
	return true
}

// headings returns the byte spans of the headings of an article: Markdown
// heading lines (# ...) and a first line that stands alone (an empty line
// after it) without a final period. Headlines name people by surname
// ("Yoon, Kishida agree ..."): first-mention and inconsistent look at the
// body only.
func headings(text string) []span {
	var out []span
	first := true
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := strings.TrimSpace(text[off:end])
		switch {
		case strings.HasPrefix(line, "#"):
			out = append(out, span{off, end})
		case first && line != "":
			next := end + 1
			alone := next >= len(text) || strings.TrimSpace(lineAt(text, next)) == ""
			if alone && !strings.HasSuffix(line, ".") && len(line) < 200 {
				out = append(out, span{off, end})
			}
		}
		if line != "" {
			first = false
		}
		off = end + 1
	}
	return out
}

func lineAt(text string, off int) string {
	if off >= len(text) {
		return ""
	}
	if i := strings.IndexByte(text[off:], '\n'); i >= 0 {
		return text[off : off+i]
	}
	return text[off:]
}

// bodyMatches drops the matches inside headings.
func bodyMatches(text string, ms []glossary.Match) []glossary.Match {
	hs := headings(text)
	if len(hs) == 0 {
		return ms
	}
	out := make([]glossary.Match, 0, len(ms))
	h := 0
	for _, m := range ms {
		for h < len(hs) && hs[h].end <= m.Start {
			h++
		}
		if h < len(hs) && hs[h].start <= m.Start && m.Start < hs[h].end {
			continue
		}
		out = append(out, m)
	}
	return out
}
