package check

import (
	"slices"
	"strings"

	"bitext/glossary"
)

// target-term-missing: an organization of the source that the English gives
// as another listed organization (the FKTU for 민주노총), an error
// whatever --missing says.

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
