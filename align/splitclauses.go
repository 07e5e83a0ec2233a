package align

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wSplitClauses is the gain of a split (1-2, 1-3) of a Korean sentence
// into English lines that are each one statement (one clause but for
// "and" and "or": clauseLine in clauses.go) when the Korean sentence has
// at least as many clauses as the split has lines (koreanClauses): the
// translator gave each Korean clause a line of its own. Without it such a
// sentence beside a dropped sentence or an English-only line leaves its
// second line to a neighbour (bbc.381705: 코니와 찰스 코란은 … 도움을
// 주었고, 그는 … 이끌었다. → Cownie and Charles Corcoran combined … / He
// made sure of the win …, TestSplitClauses). Chosen on the dev parts of
// A16's and A10's sets (0.5, 1, 1.5, 2 nats; A24's block, README:
// Measured, session 19, helper A40). koreanClauses was helper A39's, the
// test of the one-clause split cost tried and taken out in session 19.
const wSplitClauses = 1.5

// splitClauseGain is wSplitClauses for a split of the Korean segment ko
// into the English segments en when each of them is one statement and ko
// has as many clauses or more (feature.clauses).
func splitClauseGain(ko *feature, en []feature) float64 {
	if len(en) < 2 || int(ko.clauses) < len(en) {
		return 0
	}
	for k := range en {
		if !en[k].oneStatement {
			return 0
		}
	}
	return wSplitClauses
}

// koreanJoints end a Korean word that joins a clause to the next one:
// the connective endings -며/-면서, -지만, -는데/-은데, -으나, -거나 and
// the causal -어서/-아서/-해서/-하여/-나서 (-고 is koreanClauses' own
// test).
var koreanJoints = []string{
	"며", "면서", "지만", "는데", "은데", "으나", "거나", "어서", "아서",
	"해서", "하여", "나서",
}

// koreanClauses counts the clauses of the Korean sentence s: one, and one
// more for each comma or semicolon, each sentence ending inside it (다 or
// 요 before a full stop, question or exclamation mark, and more words)
// and each word but the last that ends in a joint: koreanJoints, or -고
// after a syllable other than the quotative 다, 라, 냐, 자, quotation
// marks between them or not (했고, 하고, 있고 join; 밝혔다고 and
// “…했다”고 report, one statement with its verb of saying).
func koreanClauses(s string) int {
	n := 1
	prev := ""
	for raw := range strings.FieldsSeq(s) {
		if prev != "" {
			n += wordJoint(prev)
		}
		prev = raw
	}
	for _, r := range s {
		switch r {
		case ',', ';', '，', '；':
			n++
		}
	}
	return n
}

// wordJoint is 1 when the Korean word raw (not a sentence's last) ends a
// sentence or a clause (koreanClauses), 0 when not.
func wordJoint(raw string) int {
	w := strings.TrimRightFunc(raw, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	r, size := utf8.DecodeLastRuneInString(w)
	switch r {
	case '다', '요':
		if w != raw && strings.ContainsAny(raw[len(w):], ".?!") {
			return 1
		}
	case '고':
		if len(w) > size {
			p, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(w[:len(w)-size], isQuote))
			if p != '다' && p != '라' && p != '냐' && p != '자' {
				return 1
			}
		}
	case '며', '서', '만', '데', '나', '여':
		for _, j := range koreanJoints {
			if strings.HasSuffix(w, j) {
				return 1
			}
		}
	}
	return 0
}
