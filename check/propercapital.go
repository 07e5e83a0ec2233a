package check

import "bitext/glossary"

// Session 24 (helper T68, issue #11): a forbidden lower-case word that is
// a proper name at a sentence's start. A case-sensitive forbidden form in
// lower case (house81's "labour", house style "labor") is matched with
// its first letter capitalized at a sentence's start (glossary's
// sentenceCapital: "Our country and the United States agreed"). There the
// capital may be the name's own: "Labour is no longer a broad church",
// "Labour denies it is devising a plan", "Labour peer Lord Adonis"
// (held-out-glossary-81, ntrex-odd#article 558, 942, 1678: the party).
// The text itself tells which: a word the same text (the article, in a
// document) writes capitalized in mid-sentence ("the Labour party", "a
// line of Labour MPs") is a proper name there, and so at the sentence's
// start too. A line in title case (a headline, titleCase) capitalizes
// every word and says nothing. The pair's neighbours (Pair.TargetBefore,
// TargetAfter) are read the same way for a pair alone. A text that never
// writes the word capitalized in mid-sentence keeps the finding ("Labour
// costs rose" for labor).

// properCapital reports whether m, a match of a case-sensitive
// lower-case form written capitalized at a sentence's start, is a proper
// name: the same capitalized word in mid-sentence elsewhere in text or in
// pr's neighbouring targets.
func properCapital(text string, m glossary.Match, pr *Pair) bool {
	t := m.Term
	if t == nil || !t.CaseSensitive || t.Text == "" || t.Text[0] < 'a' || t.Text[0] > 'z' {
		return false
	}
	if c := text[m.Start]; c < 'A' || c > 'Z' {
		return false
	}
	word := text[m.Start:m.End]
	if midSentenceWord(text, word, m.Start) {
		return true
	}
	if pr == nil {
		return false
	}
	for _, s := range pr.TargetBefore {
		if midSentenceWord(s, word, -1) {
			return true
		}
	}
	return midSentenceWord(pr.TargetAfter, word, -1)
}

// midSentenceWord reports whether text has word as a whole word (a plural
// or possessive after it allowed, glossary.HasWord) in mid-sentence, at an
// offset other than skip, on a line not in title case.
func midSentenceWord(text, word string, skip int) bool {
	for i := range occurrences(text, word) {
		if i == skip || sentenceStart(text, i) || !glossary.HasWord(text[i:], word) {
			continue
		}
		if i > 0 {
			if r := text[i-1]; 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
				continue
			}
		}
		if !titleCase(lineAround(text, i)) {
			return true
		}
	}
	return false
}
