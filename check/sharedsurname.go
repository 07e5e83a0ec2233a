package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// sharedSurname reports whether target names person e with another person
// by one surname after both given names: a listed form's given name, "and"
// or "&", the other's given name and the listed surname ("Joe and Jill
// Biden" for 바이든 내외, house74's held-out-glossary-74, kpc-dev 917). The
// surname shared names both, so the person is named in full, no omission.
func sharedSurname(e *glossary.Entry, target string, forms []*glossary.Term) bool {
	if e.Type != glossary.Person {
		return false
	}
	for _, t := range forms {
		ws := strings.Fields(t.Text)
		if t.Status.Forbidden() || len(ws) < 2 || surnameFirst(ws) {
			continue
		}
		given := strings.Join(ws[:len(ws)-1], " ")
		last := ws[len(ws)-1]
		for off := 0; off < len(target); {
			k := strings.Index(target[off:], given)
			if k < 0 {
				break
			}
			a := off + k
			off = a + 1
			if r, _ := utf8.DecodeLastRuneInString(target[:a]); a > 0 && unicode.IsLetter(r) {
				continue
			}
			if coordinatedBefore(target[a+len(given):], last) {
				return true
			}
		}
	}
	return false
}

// coordinatedBefore reports whether rest, the text after a given name,
// is " and " (or " & "), one capitalized given name and then last, a
// whole word: " and Jill Biden".
func coordinatedBefore(rest, last string) bool {
	r, ok := strings.CutPrefix(rest, " and ")
	if !ok {
		if r, ok = strings.CutPrefix(rest, " & "); !ok {
			return false
		}
	}
	sp := strings.IndexByte(r, ' ')
	if sp <= 0 {
		return false
	}
	other := r[:sp]
	if c, _ := utf8.DecodeRuneInString(other); !unicode.IsUpper(c) || strings.ContainsAny(other, ",;:") {
		return false
	}
	r = r[sp+1:]
	if !strings.HasPrefix(r, last) {
		return false
	}
	c, _ := utf8.DecodeRuneInString(r[len(last):])
	return len(r) == len(last) || !unicode.IsLetter(c)
}
