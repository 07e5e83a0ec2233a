package align

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wOneClause is the cost of a merge (2-1, 3-1) of Korean sentences into an
// English line of one clause: a line with no comma, semicolon, colon or
// dash, no second sentence and no word that joins or subordinates a
// clause (and, but, which, while, because …; clauseWords). An editor who
// joins two statements writes one of them, and a translator who renders
// two Korean sentences as one line does too: none of the 238 gold 2-1
// links of the edition set's dev part has such a line, while 76 of the
// 548 kept 1-1 lines beside a dropped sentence have (TestOneClauseShares).
// A dropped sentence beside such a line is no longer swallowed into it
// when the length model favours the merge (README: Measured, session 19,
// helper A37). Chosen on the development part and NTREX p05 (1, 2, 3, 4
// and 6 nats: every weight fixes the same swallowed drop; from 3 nats a
// half-out run loses a link); coreKnots as fitted before it
// (TestCoreKnotsFitted passes).
const wOneClause = 1.0

// clauseWords join or subordinate a clause: a line with one of them may
// carry two statements.
var clauseWords = map[string]bool{
	"and": true, "but": true, "while": true, "which": true, "who": true,
	"whom": true, "whose": true, "that": true, "as": true, "because": true,
	"so": true, "or": true, "when": true, "after": true, "before": true,
	"where": true, "if": true, "since": true, "although": true, "though": true,
	"nor": true, "yet": true, "whereas": true, "until": true, "unless": true,
	"whether": true,
}

// oneClause reports whether the English sentence s is one clause: no
// comma, semicolon, colon or dash, no sentence ending inside it (a
// lower-case letter or digit, a full stop, question or exclamation mark,
// a space and a capital) and none of clauseWords.
func oneClause(s string) bool { return clauseLine(s, false) }

// clauseLine is oneClause, with andOr "and" and "or" not counted: they
// join nouns as often as clauses (Glass and debris were strewn …), so
// with andOr the test is of one statement (wSplitClauses, splitclauses.go).
func clauseLine(s string, andOr bool) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, ",;:—–，；：") || strings.Contains(s, " - ") {
		return false
	}
	prev := rune(0)
	for i, r := range s {
		if (r == '.' || r == '?' || r == '!') && (unicode.IsLower(prev) || unicode.IsDigit(prev)) {
			rest := strings.TrimLeft(s[i+1:], "\"”’'")
			if t := strings.TrimLeft(rest, " "); len(t) < len(rest) {
				t = strings.TrimLeft(t, "\"“‘'")
				if c, _ := utf8.DecodeRuneInString(t); unicode.IsUpper(c) {
					return false
				}
			}
		}
		prev = r
	}
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if lw := strings.ToLower(w); len(w) <= 8 && clauseWords[lw] && !(andOr && (lw == "and" || lw == "or")) {
			return false
		}
	}
	return true
}

// clauseCost is wOneClause for a merge of the Korean segments ko into the
// English segment en when en is one clause (feature.oneClause).
func clauseCost(ko []feature, en *feature) float64 {
	if len(ko) < 2 || !en.oneClause {
		return 0
	}
	return wOneClause
}
