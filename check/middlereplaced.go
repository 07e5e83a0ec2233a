package check

import (
	"slices"
	"strings"

	"bitext/glossary"
	"golang.org/x/text/language"
)

// A given name put where the list gives another (session 24, helper T61,
// issue 11; developed on check12s-missed's "House Speaker Boris Johnson"
// for 존슨 하원 의장, house45's planted case, and our own sentences;
// TestMiddleReplaced). A person's form of a title and a surname (House
// Speaker Johnson) with a word put before the surname reads as the person
// with a middle name (withMiddle: George W. Bush for George Bush). Where
// the list gives that form with a given name in that place too (House
// Speaker Mike Johnson), another name there (Boris) is the given name
// replaced, as "Speaker Boris Johnson" already was, not a middle name:
// the person is not named.

// middleReplaced reports whether name, a form of person e that text gives
// with words put before its last word (withMiddle), is also listed with
// other words there (head, given names, last word: House Speaker Mike
// Johnson) and text puts none of those there, periods aside (George W Bush
// is George W. Bush).
func middleReplaced(e *glossary.Entry, lang language.Tag, text, name string) bool {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 {
		return false
	}
	head, last := name[:i+1], name[i+1:]
	norm := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, ".", "")) }
	var listed []string // the words the list puts between head and last
	for _, u := range e.TermsIn(lang) {
		s := u.Text
		if !u.Status.Forbidden() && len(s) > len(name)+1 && strings.HasPrefix(s, head) && strings.HasSuffix(s, " "+last) {
			listed = append(listed, norm(s[len(head):len(s)-len(last)-1]))
		}
	}
	if len(listed) == 0 {
		return false
	}
	for k := 0; ; {
		j := strings.Index(text[k:], head)
		if j < 0 {
			return true // no place gives a listed middle
		}
		k += j + 1
		rest := text[k-1+len(head):]
		var mid []string
		for n := 0; n < 2; n++ {
			sp := strings.IndexByte(rest, ' ')
			if sp <= 0 {
				break
			}
			mid, rest = append(mid, rest[:sp]), rest[sp+1:]
			if strings.HasPrefix(rest, last) && slices.Contains(listed, norm(strings.Join(mid, " "))) {
				return false // George W Bush for George W. Bush
			}
		}
	}
}
