package check

import (
	"strings"

	"bitext/glossary"
)

// A head noun shared by a coordinated list (session 24, helper T64, issue
// #11): English says a term's head noun once for a list of its modifiers
// ("breast, ovarian, lung and colorectal cancers"), where Korean writes
// each term whole (유방암, 난소암, 폐암, 대장암). A term listed with an
// English form of two words or more is rendered when the target has its
// words before the last (breast, lung) as a member of such a list: then,
// one to six times, a comma, "and" or "or" (or a comma and one of them)
// and one or two lower-case words, and then the last word itself or its
// plural (cancer, cancers), all in lower case as the form writes them. A
// form's words scattered otherwise ("lung capacity and cancer") stay a
// finding. Developed on the --missing all false alarms of house75
// (held-out-glossary-75, seen: ntrex-even 831, twice) and our own sentences
// (TestCoordinatedHead).
func coordinatedHead(forms []*glossary.Term, target string) bool {
	lower := strings.ToLower(target)
	for _, t := range forms {
		ws := strings.Fields(t.Text)
		if len(ws) < 2 || t.Status.Forbidden() || t.Text != strings.ToLower(t.Text) {
			continue
		}
		mod, head := strings.Join(ws[:len(ws)-1], " "), ws[len(ws)-1]
		for at := range occurrences(lower, mod) {
			if at > 0 && isWordByte(lower[at-1]) {
				continue
			}
			if listThenHead(lower[at+len(mod):], head) {
				return true
			}
		}
	}
	return false
}

// listThenHead reports whether rest (lower case, right after a modifier)
// goes on with one to six list members, each after a comma, "and" or "or",
// of one or two words, and then head or its plural as a word.
func listThenHead(rest, head string) bool {
	toks := strings.Fields(strings.ReplaceAll(rest, ",", " , "))
	i := 0
	for members := 0; members < 6; members++ {
		// A separator: a comma, and, or, or a comma and one of them.
		if i >= len(toks) || !listSeparator(toks[i]) {
			return false
		}
		if toks[i] == "," && i+1 < len(toks) && (toks[i+1] == "and" || toks[i+1] == "or") {
			i++
		}
		i++
		// One or two words, then the head or another separator.
		for n := 0; ; n++ {
			if n == 2 || i >= len(toks) || listSeparator(toks[i]) || leadingWord(toks[i]) != toks[i] {
				return false
			}
			i++
			if h := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(safeTok(toks, i), "'s"), "’s"), ".;:!?\"')”’"); h != "" && (h == head || h == head+"s" || h == head+"es") {
				return true
			}
			if i < len(toks) && listSeparator(toks[i]) {
				break
			}
		}
	}
	return false
}

// safeTok returns toks[i], or "" past the end.
func safeTok(toks []string, i int) string {
	if i < len(toks) {
		return toks[i]
	}
	return ""
}

func listSeparator(tok string) bool { return tok == "," || tok == "and" || tok == "or" }

// leadingWord returns the letters (and hyphens) that begin s.
func leadingWord(s string) string {
	i := 0
	for i < len(s) && ('a' <= s[i] && s[i] <= 'z' || s[i] == '-') {
		i++
	}
	return s[:i]
}
