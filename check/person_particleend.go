package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 26 (helper T90, issue #11): a person's one-word Korean form
// whose last syllable is a particle (정지에, Zheng Jie: 에) is also a
// common word and that particle: 공장은 가동 정지에 들어갔다 "the factory
// suspended operations" is 정지 "a stop" and 에 "into", no person
// (check15i-missed, the one clean false alarm of check15i). The reading
// T7 gave places ending in 도 or 만 (particleReading, wordreading.go) is
// taken for such a person form when all the pair shows agrees:
//
//   - the form stands bare (no particle after it: 정지에가, 정지에는 are
//     the player), three syllables or more, the part before the last
//     syllable no form of the person;
//   - no title or gloss beside it (personContext: 정지에 선수, 정지에(鄭潔));
//   - the next word is a predicate or an adverb (predicateOrAdverb: 들어갔다),
//     where a name would take a particle or a title first;
//   - the English names nobody (latinNameIn: no capitalized word past a
//     sentence's first), so no spelling of the person can be there.
//
// Then the form is no mention (otherThing): no target-term-missing, no
// anchor. A list that knows the homograph may say so itself (not_in,
// context); this reads the pair as the place rule does, whatever the list.
// TestParticleEndedName (person_lettervariants_test.go).

// particleEndedName reports whether person match m of pair pr reads as a
// common word and a particle (see above).
func particleEndedName(pr Pair, m glossary.Match) bool {
	if m.Entry.Type != glossary.Person || m.Suffix != "" || m.Short || ownContexts(m.Term) {
		return false
	}
	form := pr.Source[m.Start:m.End]
	if !particleEnd(form) || utf8.RuneCountInString(form) < 3 || !hangulOnly(form) || strings.Contains(form, " ") {
		return false
	}
	_, size := utf8.DecodeLastRuneInString(form)
	stem := form[:len(form)-size]
	for _, t := range m.Entry.Terms {
		if t.Text == stem || t.Short == stem {
			return false // the person's own name before a particle
		}
	}
	rest, ok := strings.CutPrefix(pr.Source[m.End:], " ")
	if !ok {
		return false
	}
	if i := strings.IndexAny(rest, " \t\n"); i >= 0 {
		rest = rest[:i]
	}
	return predicateOrAdverb(rest) && !personContext(pr.Source, m) && !latinNameIn(pr.Target)
}

// latinNameIn reports whether text has a word in Latin letters that
// begins with a capital and is not the first word of a sentence (a name:
// "Zheng", "Samsung's"; not "The factory ...").
func latinNameIn(text string) bool {
	start := true // at a sentence's start
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			if strings.ContainsRune(".!?\n", r) {
				start = true
			}
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r2) && r2 != '\'' && r2 != '-' {
				break
			}
			j += n2
		}
		if unicode.IsUpper(r) && r < 0x250 && !start {
			return true
		}
		start = false
		i = j
	}
	return false
}
