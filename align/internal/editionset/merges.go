package main

import (
	"math/rand"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Merges written as an editor writes them (session 15, helper A16). Until
// session 14 two sentences were joined "A; B" with B's capital kept in 133
// of 239 dev merges, a mark no editor leaves (14 of 2,916 unedited English
// lines have "; ") and one an aligner could learn to read. An editor who
// merges two short sentences chooses the join from their form:
//
//   - a second sentence opening with a contrast ("But", "Yet", "However,",
//     "Still,", "Instead,", "Nevertheless,") or with ", however," after its
//     subject is joined with ", but" ("Exports rose, but imports fell.");
//     "And", "So" and "Meanwhile," give ", and", ", so" and ", while";
//   - a second sentence with the first one's subject (the same words before
//     a verb: "He met Kim. He said …") loses it and is joined with "and":
//     "He met Kim and said …";
//   - "This" or "That" before a verb refers to the whole first sentence:
//     ", which" ("Exports fell 5%, which was the biggest drop …");
//   - otherwise ", and" (three in four) or, before a sentence that opens
//     with its subject, ", while" (one in four, drawn from the document's
//     seeded generator).
//
// The second sentence's first word goes lower case unless it is a name, an
// acronym or "I" (joinWord). Sentences an editor would not join with a
// conjunction stay two sentences on one line, as before: a first sentence
// that does not end in a full stop (a question, a quotation closed after
// its full stop when the first sentence is a quotation itself or the second
// one opens one, a headline) or leaves a quotation open. A second sentence
// that opens a quotation is introduced by a colon (`A: "B …`); after a
// quotation closed at the end of the first, the full stop becomes a comma
// and the join "and" (`… "pursuit of justice," and Sims …`).

// vocab tells which capitalized words are ordinary words written with a
// capital at the start of a sentence: words the document's English, or
// the part's (partLow), writes in lower case and the document never with a
// capital inside a sentence ("Park" in a document naming Park is a name).
type vocab struct {
	low, capInside map[string]bool
	partLow        map[string]bool // the words all documents of the part write in lower case
}

// hasCap reports whether the document writes l with a capital inside a
// sentence (v nil: no).
func (v *vocab) hasCap(l string) bool { return v != nil && v.capInside[l] }

// newVocab reads the English sentences of a document.
func newVocab(sentences []string) *vocab {
	v := &vocab{low: map[string]bool{}, capInside: map[string]bool{}}
	for _, s := range sentences {
		for i, w := range words(s) {
			if w == "" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			switch {
			case unicode.IsLower(r):
				v.low[w] = true
			case i > 0 && unicode.IsUpper(r):
				v.capInside[lower(w)] = true
			}
		}
	}
	return v
}

// lowerStarts are first words that go lower case when a sentence is joined
// to the one before it: function words, pronouns and common sentence
// openers.
var lowerStarts = map[string]bool{"The": true, "It": true, "He": true, "She": true, "They": true, "This": true, "That": true,
	"These": true, "Those": true, "There": true, "We": true, "You": true, "A": true, "An": true, "Its": true, "His": true,
	"Her": true, "Their": true, "Our": true, "My": true, "Your": true, "Some": true, "Many": true, "Most": true, "One": true,
	"Another": true, "Other": true, "Others": true, "Several": true, "Both": true, "Each": true, "Every": true, "All": true,
	"No": true, "Nobody": true, "None": true, "Nothing": true, "Everyone": true, "Such": true, "Few": true, "More": true,
	"Only": true, "Even": true, "In": true, "On": true, "At": true, "For": true, "As": true, "After": true, "Before": true,
	"When": true, "While": true, "If": true, "Although": true, "Though": true, "Because": true, "Since": true, "Despite": true,
	"With": true, "Without": true, "From": true, "By": true, "Under": true, "Over": true, "During": true, "Until": true,
	"Last": true, "Next": true, "Earlier": true, "Later": true, "Now": true, "Then": true, "Today": true, "Yesterday": true,
	"Tomorrow": true, "Perhaps": true, "Also": true, "Officials": true, "Police": true, "Residents": true, "Experts": true,
	"Analysts": true, "Officers": true, "Two": true, "Three": true, "Four": true, "Five": true, "Ten": true, "What": true,
	"Whether": true, "According": true, "Around": true, "About": true, "Among": true, "Here": true, "Thanks": true,
	"Meanwhile": true, "Instead": true, "Still": true, "However": true, "Yet": true, "Six": true, "Seven": true,
	"Eight": true, "Nine": true, "Why": true, "How": true, "Who": true, "Where": true, "Which": true}

// joinWord is w as the first word of a sentence joined to another one: in
// lower case when it is an ordinary word (lowerStarts, or a word the
// document writes in lower case and never capitalized inside a sentence,
// v nil: none), unchanged when it is a name, an acronym or "I". A
// contraction or possessive is judged by its first part ("It's" → "it's").
func joinWord(w string, v *vocab) string {
	core := strings.Trim(w, "\"'“”‘’(),;:!?.")
	if k := strings.IndexAny(core, "'’"); k > 0 {
		core = core[:k]
	}
	if core == "I" || core == "" {
		return w
	}
	r, n := utf8.DecodeRuneInString(core)
	if !unicode.IsUpper(r) {
		return w
	}
	for _, c := range core[n:] {
		if !unicode.IsLower(c) && c != '-' {
			return w // an acronym or a name such as "McCarthy"
		}
	}
	l, head := lower(core), lower(core)
	if k := strings.Index(core, "-"); k > 0 {
		head = lower(core[:k]) // "Thirty-two", "Drink-led"
	}
	known := func(w string) bool { return v != nil && (v.low[w] || v.partLow[w]) && !v.capInside[w] }
	if lowerStarts[core] || len(core) > 5 && strings.HasSuffix(core, "ing") || len(core) > 7 && strings.HasSuffix(core, "ly") && !v.hasCap(l) ||
		known(l) || head != l && (known(head) || lowerStarts[core[:len(head)]]) {
		i := strings.Index(w, core)
		return w[:i] + lower(core[:n]) + w[i+n:]
	}
	return w
}

// contrastOpeners open a sentence that contrasts with the one before it;
// the word is dropped in a ", but" join when drop is true.
var contrastOpeners = []struct {
	word string
	drop bool
}{{"But ", true}, {"Yet ", true}, {"However, ", true}, {"Nevertheless, ", true}, {"Nonetheless, ", true},
	{"Still, ", false}, {"Instead, ", false}, {"Even so, ", false}}

// subjectVerb returns how many words of ws, two to five, form a subject
// followed by a finite verb (maybe after adverbs), or 0.
func subjectVerb(ws []string) int {
	for k := 1; k <= 4 && k < len(ws); k++ {
		if subordinators[lower(ws[k-1])] || strings.HasSuffix(ws[k-1], ",") {
			return 0
		}
		j := skipAdverbs(ws, k)
		if j < len(ws) && verbWord(ws[j]) && ws[j] == lower(ws[j]) {
			return k
		}
	}
	return 0
}

// sameSubject returns b without its subject when b's subject (the words
// before its verb) is a's subject, word for word, and a is a plain clause
// with that subject and a verb; else "".
func sameSubject(a, b string) string {
	aw, bf := strings.Fields(a), strings.Fields(b)
	if len(aw) < 3 || len(bf) < 3 || strings.ContainsAny(b[:min(len(b), 40)], "\"“") {
		return ""
	}
	k := subjectVerb(bf)
	if k == 0 || k >= len(aw) || subjectVerb(aw) != k {
		return ""
	}
	for i := 0; i < k; i++ {
		if aw[i] != bf[i] {
			return ""
		}
	}
	if f := lower(bf[0]); !subjectStarts[f] && !unicode.IsUpper([]rune(bf[0])[0]) || f == "there" || f == "it" && k == 1 {
		return "" // "There is …", "It is …": no subject to share
	}
	return strings.Join(bf[k:], " ")
}

// mergeSentences joins two English sentences into one as an editor would
// (see the comment at the top of this file). rng draws ", and" or ", while"
// for a plain join (nil: always ", and"); v tells ordinary words from
// names (nil: only lowerStarts).
func mergeSentences(a, b string, v *vocab, rng *rand.Rand) string {
	a = strings.TrimSpace(a)
	b = strings.TrimSpace(b)
	lowerFirst := func(s string) string {
		f, rest, ok := strings.Cut(s, " ")
		if !ok {
			return joinWord(f, v)
		}
		return joinWord(f, v) + " " + rest
	}
	r0, _ := utf8.DecodeRuneInString(a)
	quoteStart := strings.ContainsRune("\"“'‘`", r0)
	bQuote := strings.ContainsRune("\"“'‘`", []rune(b + " ")[0])
	for _, q := range []string{`."`, `.”`} {
		// `… for its "pursuit of justice." Sims was 20.` → `… for its
		// "pursuit of justice," and Sims was 20.`, unless a is a quotation
		// itself or b opens one.
		if strings.HasSuffix(a, q) && !quoteStart && !bQuote && !openQuote(a) {
			return strings.TrimSuffix(a, q) + "," + q[1:] + " and " + lowerFirst(b)
		}
	}
	if !strings.HasSuffix(a, ".") || strings.HasSuffix(a, "..") || strings.HasSuffix(a, " .") || openQuote(a) {
		return a + " " + b // a question, a headline, a quotation going on: two sentences on one line
	}
	a = strings.TrimSuffix(a, ".")
	if bQuote {
		return a + ": " + b // a quotation introduced by a colon
	}
	for _, c := range contrastOpeners {
		if rest, ok := strings.CutPrefix(b, c.word); ok && len(rest) > 0 {
			if c.drop {
				return a + ", but " + lowerFirst(rest)
			}
			return a + ", but " + lower(c.word[:1]) + c.word[1:] + lowerFirst(rest)
		}
	}
	if k := strings.Index(b, ", however,"); k > 0 && k < 60 {
		return a + ", but " + lowerFirst(b[:k]+b[k+len(", however,"):])
	}
	for _, c := range []struct{ word, join string }{{"And, ", ", and "}, {"And ", ", and "}, {"So ", ", so "}, {"Meanwhile, ", ", while "}} {
		if rest, ok := strings.CutPrefix(b, c.word); ok && len(rest) > 0 {
			return a + c.join + lowerFirst(rest)
		}
	}
	if rest := sameSubject(a, b); rest != "" {
		return a + " and " + rest
	}
	if f, rest, ok := strings.Cut(b, " "); ok && (f == "This" || f == "That") {
		if w := words(rest); len(w) > 0 && verbWord(w[0]) && w[0] == lower(w[0]) {
			return a + ", which " + rest
		}
	}
	join := ", and "
	if rng != nil && rng.Intn(4) == 0 && hasSubject(words(b)) {
		join = ", while "
	}
	return a + join + lowerFirst(b)
}
