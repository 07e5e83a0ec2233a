package check

import (
	"slices"
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 15 (helper T7, issue 11): two more renderings of a body that
// target-term-missing accepts, where a finding says a form is absent (the
// lenient side), from the --missing all false alarms of held-out-glossary-10
// (seen):
//
//   - The listed name with one capitalized word inserted, the whole a run
//     of capitalized words: "the Virginia State Lottery" for a listed
//     Virginia Lottery (kpc-test 1140, 1144, 1146). Not a possessive
//     ("National People's Assembly" is China's) nor a connector.
//     insertedWord.
//   - Ministers named by their fields: a ministry in a list of ministries
//     before one minister's title (농림수산식품부, 교육과학기술부,
//     보건복지가족부 장관이 교체됐다) that the English gives as "ministers
//     in charge of agriculture, welfare and education affairs": a word of
//     one of the ministry's English forms among the few words after
//     "minister(s) of", "for" or "in charge of" (kpc-test 1196, twice).
//     ministersOf; T6's ministerOf reads "Foreign Minister".
//
// Table cases: TestLenientBodies.

// session15Rendering reports whether the target of pr renders source match
// m by one of the readings session 15 added (this file and
// describedperson.go); inTarget are the entries the target has.
func (c *Checker) session15Rendering(m glossary.Match, pr Pair, inTarget []*glossary.Entry) bool {
	return periodless(m.Entry, pr) || insertedWord(m.Entry, pr) || ministersOf(m, pr) || lowerName(m.Entry, pr) || describedByClass(m, pr) ||
		fieldMinistry(m.Entry, pr) || c.titleOfNamed(m, pr, inTarget) || nomineeTitle(m, pr)
}

// insertedWord reports whether the English of pr has a listed form of two
// words or more of the body or place e with one capitalized word inserted
// between two of its words (see above).
func insertedWord(e *glossary.Entry, pr Pair) bool {
	if e.Type != glossary.Organization && e.Type != glossary.Place || !isEnglish(pr.TargetLang) {
		return false
	}
	var tw []string // the target's words, punctuation trimmed
	for _, t := range e.TermsIn(pr.TargetLang) {
		fw := strings.Fields(t.Text)
		if len(fw) < 2 || t.Status.Forbidden() {
			continue
		}
		if tw == nil {
			tw = strings.Fields(pr.Target)
			for i, w := range tw {
				tw[i] = strings.Trim(w, "\"“”‘’'(),.;:!?")
			}
		}
		for i := 0; i+len(fw) < len(tw); i++ {
			if tw[i] != fw[0] {
				continue
			}
			for k := 1; k < len(fw); k++ {
				// fw[:k] at i, one word inserted, fw[k:] after it
				if !equalWords(tw[i:i+k], fw[:k]) || !equalWords(tw[i+k+1:min(len(tw), i+len(fw)+1)], fw[k:]) {
					continue
				}
				x := tw[i+k]
				if upperAt(x, 0) && !connectors[strings.ToLower(x)] && !strings.ContainsAny(x, "'’") {
					return true
				}
			}
		}
	}
	return false
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// ministersOf reports whether the ministry of source match m stands in a
// list of bodies before a minister's title and the English names a
// minister's field by a word of one of its English forms (see above).
func ministersOf(m glossary.Match, pr Pair) bool {
	if m.Entry.Type != glossary.Organization || !isEnglish(pr.TargetLang) {
		return false
	}
	// The Korean: bodies joined by commas, · or 와/과, then the title.
	rest := pr.Source[min(len(pr.Source), m.End+len(m.Suffix)):]
	before := strings.TrimRight(pr.Source[:m.Start], " ")
	listed := m.Suffix == "와" || m.Suffix == "과" || strings.HasSuffix(before, ",") || strings.HasSuffix(before, "·")
	for n := 0; n < 6; n++ {
		r := strings.TrimLeft(rest, " ,·")
		listed = listed || len(r) < len(strings.TrimLeft(rest, " "))
		for _, t := range ministerTitles {
			if strings.HasPrefix(r, t) {
				if listed {
					return fieldAfterMinister(m.Entry, pr)
				}
				return false
			}
		}
		i := strings.IndexAny(r, " ,·")
		if i <= 0 {
			return false
		}
		w := r[:i]
		if p, ok := strings.CutSuffix(w, "와"); ok {
			w, listed = p, true
		} else if p, ok := strings.CutSuffix(w, "과"); ok {
			w, listed = p, true
		}
		if !hangulOnly(w) || !strings.HasSuffix(w, "부") {
			return false // not a ministry of the list
		}
		rest = r[i:]
	}
	return false
}

// fieldAfterMinister reports whether the English of pr has "minister" or
// "ministers" followed by "of", "for" or "in charge of" and, among the
// next eight words, a word of one of e's English forms other than
// ministry, of, and, the.
func fieldAfterMinister(e *glossary.Entry, pr Pair) bool {
	words := map[string]bool{}
	for _, t := range e.TermsIn(pr.TargetLang) {
		if t.Status.Forbidden() {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(t.Text)) {
			w = strings.Trim(w, ",.()")
			if w != "ministry" && w != "of" && w != "and" && w != "the" && w != "for" && len(w) > 2 {
				words[w] = true
			}
		}
	}
	tw := strings.Fields(strings.ToLower(pr.Target))
	for i, w := range tw {
		if w != "minister" && w != "ministers" {
			continue
		}
		j := i + 1
		switch {
		case j < len(tw) && (tw[j] == "of" || tw[j] == "for"):
			j++
		case j+2 < len(tw) && tw[j] == "in" && tw[j+1] == "charge" && tw[j+2] == "of":
			j += 3
		default:
			continue
		}
		for k := j; k < len(tw) && k < j+8; k++ {
			if words[strings.Trim(tw[k], ",.;:\"'()")] {
				return true
			}
		}
	}
	return false
}

// Two more, from the --missing all false alarms of held-out-glossary-10 and
// -11 (seen):
//
//   - A body's name in lower case, less its first words: the last three
//     words or more of a listed form, from a word that is no connector to
//     its head, after an opener or a possessive: "the country's disaster
//     mitigation agency" for a listed National Disaster Mitigation Agency
//     (ntrex-odd 1757). lowerName.
//   - A place described by the class its Korean name carries: the source
//     writes the form with a class word glued to it (베이징시, Beijing
//     City) or the form ends in one (네바다주, the state of Nevada), or
//     the source says 수도 "capital" right before it (몽골의 수도
//     울란바토르), and the English describes a place by that class's noun
//     ("parts of the city", kpc-dev 249, house11; "the state taxi
//     authority", kpc-test 802, house3; "the capital", "the Mongolian
//     capital Thursday", kpc-dev 188, kpc-test 1444 and 1525, house7).
//     describedByClass.

// lowerName reports whether the English of pr has the end of a listed
// form of body e in lower case (see above).
func lowerName(e *glossary.Entry, pr Pair) bool {
	if e.Type != glossary.Organization || !isEnglish(pr.TargetLang) {
		return false
	}
	var lower string
	for _, t := range e.TermsIn(pr.TargetLang) {
		fw := strings.Fields(t.Text)
		if len(fw) < 3 || t.Status.Forbidden() {
			continue
		}
		for i := 0; i+3 <= len(fw); i++ {
			if connectors[strings.ToLower(fw[i])] || !upperAt(fw[i], 0) {
				continue
			}
			tail := strings.ToLower(strings.Join(fw[i:], " "))
			if lower == "" {
				lower = strings.ToLower(pr.Target)
			}
			for off := 0; ; {
				j := strings.Index(lower[off:], tail)
				if j < 0 {
					break
				}
				j += off
				off = j + 1
				if j > 0 && lower[j-1] != ' ' || !wordBoundaryAfter(lower, j+len(tail)) {
					continue
				}
				// An opener or a possessive right before it.
				ws := strings.Fields(lower[:j])
				if len(ws) > 0 {
					p := ws[len(ws)-1]
					if descriptionOpeners[p] || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") {
						return true
					}
				}
			}
		}
	}
	return false
}

// wordBoundaryAfter reports whether s has no letter at i.
func wordBoundaryAfter(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	c := s[i]
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80)
}

// placeClasses are Korean class words glued after a place's name and the
// English nouns of the class.
var placeClasses = map[string][]string{
	"시": {"city"}, "도": {"province", "island"}, "섬": {"island"}, "강": {"river"}, "주": {"state"}, "군": {"county"},
}

// classOf returns the English nouns of the class the source of pr gives the
// place form of match m (see above): a class word glued after the form at
// one of its occurrences (베이징시) or ending a form of three syllables or
// more (네바다주), or 수도 "capital" right before the match (캄보디아 수도
// 프놈펜); else nil.
func classOf(m glossary.Match, pr Pair) []string {
	form := pr.Source[m.Start:m.End]
	if w, _ := prevWord(pr.Source, m.Start); w == "수도" {
		return []string{"capital"}
	}
	if last, _ := utf8.DecodeLastRuneInString(form); utf8.RuneCountInString(form) >= 3 && hangulOnly(form) {
		if ns := placeClasses[string(last)]; ns != nil {
			return ns
		}
	}
	for off := 0; ; {
		j := strings.Index(pr.Source[off:], form)
		if j < 0 {
			return nil
		}
		j += off + len(form)
		off = j
		r, _ := utf8.DecodeRuneInString(pr.Source[j:])
		if ns := placeClasses[string(r)]; ns != nil {
			return ns
		}
	}
}

// describedByClass reports whether the English of pr describes the place of
// source match m by the class the source gives it (classOf).
func describedByClass(m glossary.Match, pr Pair) bool {
	if m.Entry.Type != glossary.Place || !isEnglish(pr.TargetLang) {
		return false
	}
	ns := classOf(m, pr)
	return ns != nil && describedBy(setOf(ns...), pr.Target)
}

// A ministry by its field (from the --missing all false alarms of
// held-out-glossary, seen): English news calls a ministry listed as
// "Ministry of National Defense" or "Ministry of Unification" the "Defense
// Ministry", "a defense ministry official", "the South's unification
// ministry" (g-kpc-test 1149 and 1940, g-kpc-dev 780 and 969, g-ntrex-even
// 1887). The word right before "ministry" (any case) being a word of one of
// the entry's English forms that name it "Ministry" renders the entry;
// National and the function words are no field. fieldMinistry; T6's
// ministerOf reads a minister's title the same way.

// noFields are words of a ministry's name that name no field.
var noFields = setOf("ministry", "of", "and", "the", "for", "national", "korea", "korean", "republic", "state", "general")

// fieldMinistry reports whether the English of pr calls the ministry e by
// its field (see above).
func fieldMinistry(e *glossary.Entry, pr Pair) bool {
	if e.Type != glossary.Organization || !isEnglish(pr.TargetLang) {
		return false
	}
	var fields map[string]bool
	for _, t := range e.TermsIn(pr.TargetLang) {
		if t.Status.Forbidden() || !strings.HasPrefix(t.Text, "Ministry ") {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(t.Text)) {
			w = strings.Trim(w, ",.()")
			if !noFields[w] && len(w) > 2 {
				if fields == nil {
					fields = map[string]bool{}
				}
				fields[w] = true
			}
		}
	}
	if fields == nil {
		return false
	}
	tw := strings.Fields(strings.ToLower(pr.Target))
	for i := 1; i < len(tw); i++ {
		w := strings.TrimRight(tw[i], ",.;:\"')")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w == "ministry" && fields[strings.Trim(tw[i-1], "\"'(“‘")] {
			return true
		}
	}
	return false
}

// A label before a name the English gives (the --missing all false alarms
// of held-out-glossary-3, seen): the Korean writes a country before a body
// of it or a league before a club (잉글랜드 프리미어리그, "the new Premier
// League campaign"; 프리미어리그 ... before a club), the English the body
// or the club alone. A place or body of the source followed by one space
// and another body of the source that the English names is that body's
// label, not reported missing; it is not counted as found for the rules
// that ask whether the pair reads as aligned (counted so, it let a
// neighbour's "president" stand for a title the pair leaves out, kpc-test
// 1455). labelBefore.
func labelBefore(m glossary.Match, pr Pair, sm []glossary.Match, inTarget []*glossary.Entry) bool {
	if m.Entry.Type != glossary.Place && m.Entry.Type != glossary.Organization || m.Suffix != "" ||
		m.End >= len(pr.Source) || pr.Source[m.End] != ' ' {
		return false
	}
	for _, n := range sm {
		if n.Start == m.End+1 && n.Entry != m.Entry && n.Entry.Type == glossary.Organization && slices.Contains(inTarget, n.Entry) {
			return true
		}
	}
	return countryLabel(m, pr, sm, inTarget) // a country before a place, body or person (countrylabel.go)
}

// periodless reports whether the English of pr has a listed abbreviation of
// entry e (a form ending in a period: Prof., Sen., Gov.) without its period
// before a capitalized word, as British style writes it ("Prof Czeisler";
// held-out-glossary-12's sample, twice, seen). Session 15.
func periodless(e *glossary.Entry, pr Pair) bool {
	if !isEnglish(pr.TargetLang) {
		return false
	}
	for _, t := range e.TermsIn(pr.TargetLang) {
		a, ok := strings.CutSuffix(t.Text, ".")
		if !ok || len(a) < 2 || strings.ContainsAny(a, ". ") || t.Status.Forbidden() {
			continue
		}
		for off := 0; ; {
			j := strings.Index(pr.Target[off:], a+" ")
			if j < 0 {
				break
			}
			j += off
			off = j + 1
			if j > 0 && !wordBoundaryAfter(pr.Target, j-1) {
				continue // inside a word
			}
			if upperAt(pr.Target, j+len(a)+1) {
				return true
			}
		}
	}
	return false
}
