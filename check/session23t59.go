package check

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// Session 23 (helper T59, issue #11).

// hyphenDropped reports whether two Hangul forms of one entry are one
// loanword written with and without its hyphen (안호이저부시 after
// 안호이저-부시; testdata/check13o-missed): the same letters once the
// hyphens are left out, one form having a hyphen the other has not, and
// neither form having a space (a hyphen for a space is respeltLoan's).
func hyphenDropped(a, b string) bool {
	if !loanShape(a) || !loanShape(b) || strings.Contains(a, " ") || strings.Contains(b, " ") {
		return false
	}
	if strings.Count(a, "-") == strings.Count(b, "-") {
		return false
	}
	return strings.ReplaceAll(a, "-", "") == strings.ReplaceAll(b, "-", "")
}

// orgAsOther is an organization of the source given in the English as
// another listed organization: its match and the other's span.
type orgAsOther struct {
	m    glossary.Match
	span string
}

// orgGivenAsOther returns the span of another listed organization in
// the target of pr standing where the source's organization m should be
// (the Federation of Korean Trade Unions for 민주노총, check13r-missed),
// or "": an organization of the target the source does not name, no
// short form, no forbidden form (deprecated-term reports those), not
// inside a longer name, and a body of the same kind (sameKindOfBody: two
// of its words in one of the right one's forms; the Republican Party for
// the Democratic Party or the United Nations for the Security Council
// were judged false in --missing all). As a person given as another person
// (personRendering), it is reported whatever Checker.Missing says; the
// caller has found the right organization absent.
func orgGivenAsOther(m glossary.Match, pr Pair, sm, tm []glossary.Match) string {
	if m.Entry == nil || m.Entry.Type != glossary.Organization || !isEnglish(pr.TargetLang) {
		return ""
	}
	for _, t := range tm {
		if t.Entry == nil || t.Entry == m.Entry || slices.Contains(t.Entries, m.Entry) || t.Short ||
			t.Entry.Type != glossary.Organization || t.Term.Status.Forbidden() {
			continue
		}
		named := false
		for _, s := range sm {
			named = named || s.Entry == t.Entry || slices.Contains(s.Entries, t.Entry)
		}
		if named || inLongerName(pr.Target, t) || sourceSpells(pr.Source, m.Start, m.End, pr.Target[t.Start:t.End]) {
			continue
		}
		if span := pr.Target[t.Start:t.End]; sameKindOfBody(m.Entry.TermsIn(pr.TargetLang), span) {
			return span
		}
	}
	return ""
}

// orgRenderedOtherwise reports whether the target of pr renders the
// source's organization m some other way the rules for absent terms
// accept (a romanized name, another rendering, its acronym, a short body
// name, a label, an inflected form).
func (c *Checker) orgRenderedOtherwise(m glossary.Match, pr Pair, sm []glossary.Match, lower string, inTarget []*glossary.Entry) bool {
	return c.romanizedName(m, pr) || c.otherRendering(m, pr) || acronymIn(m.Entry, pr) || demonymIn(m.Entry, pr) ||
		c.labelOfName(pr, sm, m, lower, inTarget) || c.session15Rendering(m, pr, inTarget) ||
		shortBodyName(m.Entry, withoutFormPlaces(m, pr), m.Entry.TermsIn(pr.TargetLang)) || inflectedIn(m.Entry, pr) ||
		c.foreignBefore(pr, m) || foreignDescribed(m, pr) || countryGloss(m, pr)
}

// appendOrgsAsOthers appends a target-term-missing error for each
// organization of as given in the target as another (the finding
// --missing all gives, with the other's span said), unless the
// organization is named around the pair (namedAround: a split or
// shifted pair).
func (c *Checker) appendOrgsAsOthers(out []Finding, file string, pr Pair, as []orgAsOther, anchors, found int, tp *pos) []Finding {
	tbase, _ := pr.TargetLang.Base()
	for _, o := range as {
		if c.namedAround(o.m.Entry, pr, anchors, found) {
			continue
		}
		pref := preferredOnDay(o.m.Entry, pr.TargetLang, tbase, preferredIn(o.m.Entry, pr.TargetLang, tbase), pr.Date)
		if pref == nil {
			continue
		}
		f := newFinding(file, RuleTargetMissing, Error, "CheckMsgTargetMisrendered", map[string]any{"Source": pr.Source[o.m.Start:o.m.End],
			"Expected": pref.Text, "Term": o.m.Entry.ID, "Side": SideTarget, "Rendered": strings.Clone(o.span)})
		tp.place(&f, 0, len(pr.Target))
		out = append(out, f)
	}
	return out
}

// sameKindOfBody reports whether span, another body's name, shares two
// words of three letters or more (and, for, the aside) with one of
// forms, the right body's, and is not all of its words (Federation of
// Korean Trade Unions for Korean Confederation of Trade Unions). A word
// opening both names, a place's as a rule, is not counted: the Israel
// Defense Forces are no body of the kind of Israel's Defense Ministry
// (g21-kpc-test 500, judged false).
func sameKindOfBody(forms []*glossary.Term, span string) bool {
	words := func(s string) []string {
		var out []string
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == ',' || r == '\'' }) {
			if len(w) >= 3 && w != "and" && w != "for" && w != "the" && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
		return out
	}
	sw := words(span)
	for _, f := range forms {
		fw := words(f.Text)
		n := 0
		for i, w := range sw {
			if slices.Contains(fw, w) && (i > 0 || len(fw) == 0 || fw[0] != w) {
				n++
			}
		}
		if n >= 2 && n < len(sw) {
			return true
		}
	}
	return false
}

// surnameBeforeFull appends a first-mention warning for each person of
// English text whose surname stands alone before the first mention by a
// full form (Karadzic spoke on Tuesday. Radovan Karadzic then met the
// press: check13p-missed), where the list gives the person no short form
// and no other listed person the surname (aloneSurname, the surname
// T58's surnameAlone reads on the absence side); not when the person's
// first mention was already reported, nor for a surname inside a quote
// the full name opens, nor in the headline (the article's first line:
// "Warren plans to take a 'hard look'", "Arrest made in shooting death of
// LSU's Sims"), nor when the surname first stands in another name (Track
// Palin, then Palin, then Todd Palin: g10-ntrex-even 1612); judged false
// on the real pairs' articles, g53, g62 and g68 (session 23).
func (c *Checker) surnameBeforeFull(out []Finding, file, text string, ms []glossary.Match, lang language.Tag, p *pos, states map[*glossary.Entry]*mentionState) []Finding {
	var seen []*glossary.Entry
	for _, m := range ms {
		e := m.Entry
		if m.Short || e == nil || e.Type != glossary.Person || m.Term.Status.Forbidden() || slices.Contains(seen, e) {
			continue
		}
		seen = append(seen, e)
		if st := states[e]; st != nil && st.firstBad {
			continue
		}
		s := c.aloneSurname(m, Pair{TargetLang: lang, SourceLang: language.Korean})
		if s == "" || !strings.Contains(text[m.Start:m.End], " ") {
			continue // a one-word form: no surname apart from it
		}
		at := surnameAloneAt(text[:m.Start], s)
		if at < 0 || quotedBefore(text, at, m.Start) || at < headlineEnd(text) || firstWordAt(text, s) != at {
			continue
		}
		pref := c.g.Preferred(e, lang)
		if pref == nil {
			continue
		}
		if st := states[e]; st != nil {
			st.firstBad = true
		}
		f := newFinding(file, RuleFirstMention, Warning, "CheckMsgFirstMention",
			map[string]any{"Found": text[at : at+len(s)], "Expected": pref.Text, "Term": e.ID})
		p.place(&f, at, at+len(s))
		out = append(out, f)
	}
	return out
}

// surnameAloneAt is surnameAloneIn's first place of s standing alone in
// text, or -1.
func surnameAloneAt(text, s string) int {
	for at := range occurrences(text, s) {
		end := at + len(s)
		if !wordStartAt(text, at) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		if initialBefore(text, at) {
			continue // "Paul W. S. Anderson": an initial is part of the name
		}
		if nameSpan(text, at, end) == s || plainWordBefore(text, at, end) {
			return at
		}
	}
	return -1
}

// headlineEnd is the end of text's first line when more lines follow
// (an article's headline), else 0.
func headlineEnd(text string) int {
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		return i
	}
	return 0
}

// firstWordAt is the first place s begins a word in text, or -1.
func firstWordAt(text, s string) int {
	for at := range occurrences(text, s) {
		if wordStartAt(text, at) {
			return at
		}
	}
	return -1
}
