package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// shortBodyAtStart reports whether target opens a sentence with a body's
// short name (a word of one of its allowed English forms of two words or
// more: shortBodyWords), with no capitalized word after it, and the
// English before the pair (before: the article so far, or the last few
// segments of a story without document ids) names the body by an allowed
// form holding that word. shortBodyName leaves the first word of a
// sentence out: there an ordinary word is capitalized by its place ("Real
// estate", "United we stand"); once the story has named the body in full,
// a sentence that opens with the word for the source's body is the body
// ("United chief executive David Gill" after "Manchester United have told
// Cristiano Ronaldo"). Session 24, helper T67: a --missing all false
// alarm of held-out-glossary-80 (kpc-test 155, seen).
func shortBodyAtStart(e *glossary.Entry, target string, before []string, forms []*glossary.Term) bool {
	if e.Type != glossary.Organization || len(before) == 0 {
		return false
	}
	words := shortBodyWords(forms)
	if len(words) == 0 {
		return false
	}
	tw := strings.Fields(target)
	for i, w := range tw {
		if i > 0 && !(strings.HasSuffix(tw[i-1], ".") && !strings.Contains(strings.TrimSuffix(tw[i-1], "."), ".")) {
			continue // not the first word of a sentence: shortBodyName's
		}
		core := bareWord(w)
		found := false
		for _, x := range words {
			if core == x {
				found = true
				break
			}
		}
		if !found {
			continue
		}
		if i+1 < len(tw) && core == strings.TrimRight(w, ",;:") && !strings.HasPrefix(tw[i+1], "(") {
			r, _ := utf8.DecodeRuneInString(strings.TrimLeft(tw[i+1], "\"'“‘"))
			if unicode.IsUpper(r) {
				continue // the start of another name ("United Nations", "Real Betis")
			}
		}
		if fullFormBefore(core, before, forms) {
			return true
		}
	}
	return false
}

// fullFormBefore reports whether one of texts holds, as a whole word run,
// an allowed form of two words or more among forms that has the word w.
func fullFormBefore(w string, texts []string, forms []*glossary.Term) bool {
	for _, t := range forms {
		if t.Status.Forbidden() || !strings.Contains(t.Text, " ") || !hasWord(t.Text, w) {
			continue
		}
		for _, s := range texts {
			if hasWord(s, t.Text) {
				return true
			}
		}
	}
	return false
}
