package check

import (
	"strings"

	"bitext/glossary"
)

// A modifier inside a listed form (session 24, helper T64, issue #11):
// English news puts an adjective or a noun before the head noun of a
// listed phrase ("U.S. combat troops" for a listed U.S. troops, "lung
// cell cancer"), which still renders the entry. A listed English form of
// two words or more whose last word is in lower case (a common noun, not
// a name's word: "Democratic Labor Party" is no Democratic Party) is
// rendered when the target has the form's words with one lower-case word
// of three letters or more, no function word, right before the last one,
// the other words as the form writes them. Developed on the --missing all
// false alarms of house73 (held-out-glossary-73, seen: kpc-dev 757, 758)
// and our own sentences (TestModifiedForm).
func modifiedForm(forms []*glossary.Term, target string) bool {
	for _, t := range forms {
		ws := strings.Fields(t.Text)
		if len(ws) < 2 || t.Status.Forbidden() {
			continue
		}
		head := ws[len(ws)-1]
		if leadingWord(head) != head || len(head) < 3 {
			continue // a head with a capital or a sign: a name's word
		}
		lead := strings.Join(ws[:len(ws)-1], " ") + " "
		for at := range occurrences(target, lead) {
			if at > 0 && isWordByte(target[at-1]) {
				continue
			}
			rest := target[at+len(lead):]
			mod := leadingWord(rest)
			if len(mod) < 3 || functionWords[mod] || !strings.HasPrefix(rest[len(mod):], " ") {
				continue
			}
			if h := leadingWord(rest[len(mod)+1:]); h == head || h == head+"s" {
				return true
			}
		}
	}
	return false
}

// functionWords are words that join or determine, no modifier of a noun.
var functionWords = setOf("and", "or", "but", "nor", "the", "not", "for", "with", "from", "into", "onto", "than", "that", "this", "these", "those", "who", "which", "are", "was", "were", "has", "had", "have", "will", "would")
