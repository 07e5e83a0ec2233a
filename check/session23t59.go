package check

import "strings"

// Session 23 (helper T59, issue #11).

// hyphenDropped reports whether two Hangul forms of one entry are one
// loanword written with and without its hyphen (안호이저부시 after
// 안호이저-부시; testdata/check13o-missed): the same letters once the
// hyphens are left out, one form having a hyphen the other has not, and
// neither form having a space (a hyphen for a space is respeltLoan's).
func hyphenDropped(a, b string) bool {
	if !loanShape(a) || !loanShape(b) || strings.Contains(a, " ") || strings.Contains(b, " ") {
		return false
	}
	if strings.Count(a, "-") == strings.Count(b, "-") {
		return false
	}
	return strings.ReplaceAll(a, "-", "") == strings.ReplaceAll(b, "-", "")
}
