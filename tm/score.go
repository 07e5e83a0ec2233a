package tm

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"bitext/number"
	"bitext/tm/internal/terms"
)

// The fuzzy score is
//
//	base = 100 × (1 − edits / max(len(query keys), len(unit keys)))
//	score = min(99, base − penalties), at least 0
//
// where the keys are the lowercased words of a spaced language or the
// characters of Korean (and Japanese, Chinese, Thai), every number counts
// as one key "#", and edits is the Levenshtein distance between the two key
// sequences. Punctuation, whitespace and inline tags are not keys; they and
// the differences the keys hide cost these penalties (points off the base):
//
//	numbers      2 per number that differs (by position), at most 10
//	punctuation  1 per punctuation mark in one text and not the other, at most 4
//	case         1 per word that differs only in case, at most 3
//	tags         1 per inline tag more or fewer, at most 3
//	whitespace   1 when the spacing differs (one space more or less, or
//	             Korean spacing), whatever the number of places
//
// A fuzzy score never reaches 100: only identical texts are exact.
const (
	PenaltyNumber      = 2
	MaxPenaltyNumber   = 10
	PenaltyPunct       = 1
	MaxPenaltyPunct    = 4
	PenaltyCase        = 1
	MaxPenaltyCase     = 3
	PenaltyTag         = 1
	MaxPenaltyTag      = 3
	PenaltyWhitespace  = 1
	MaxFuzzy           = 99
	penaltyKindNumber  = "numbers"
	penaltyKindPunct   = "punctuation"
	penaltyKindCase    = "case"
	penaltyKindTags    = "tags"
	penaltyKindSpacing = "whitespace"
)

// Explanation tells how a score was reached.
type Explanation struct {
	Mode Mode `json:"mode"` // tokens or characters
	// Edits is the edit distance between the key sequences, Length the
	// longer sequence's length.
	Edits  int `json:"edits"`
	Length int `json:"length"`
	// Base is the similarity before penalties, 0..100.
	Base      float64   `json:"base"`
	Penalties []Penalty `json:"penalties,omitempty"`
	Score     int       `json:"score"`
	// NumbersOnly is set when the keys are the same and some numbers
	// differ: the suggestion replaces them.
	NumbersOnly bool `json:"numbers_only,omitempty"`
}

// Penalty is points taken off the base similarity, with why.
type Penalty struct {
	Kind   string `json:"kind"` // numbers, punctuation, case, tags, whitespace
	Points int    `json:"points"`
	Count  int    `json:"count"` // how many differences were found
}

// Score compares a query with a unit's text. Both must be analyzed in the
// same language.
func Score(q, c *Analysis) Explanation {
	var e Explanation
	e.Mode = q.Mode
	if q.Text == c.Text && q.Tags == c.Tags {
		e.Base, e.Score, e.Length = 100, 100, len(q.Keys)
		return e
	}
	e.Length = max(len(q.Keys), len(c.Keys))
	e.Edits = Distance(q.Keys, c.Keys)
	raw := 100.0
	if e.Length > 0 {
		raw = 100 * (1 - float64(e.Edits)/float64(e.Length))
	}
	// Base is shown to one decimal; the score is computed from the exact
	// value, so that it never exceeds UpperBound.
	e.Base = math.Round(raw*10) / 10
	add := func(kind string, count, each, most int) {
		if count == 0 {
			return
		}
		p := count * each
		if most > 0 && p > most {
			p = most
		}
		e.Penalties = append(e.Penalties, Penalty{Kind: kind, Points: p, Count: count})
	}
	nd := numberDiffs(q.Numbers, c.Numbers)
	add(penaltyKindNumber, nd, PenaltyNumber, MaxPenaltyNumber)
	add(penaltyKindPunct, multisetDiff(q.Punct, c.Punct), PenaltyPunct, MaxPenaltyPunct)
	add(penaltyKindCase, caseDiffs(q.Words, c.Words), PenaltyCase, MaxPenaltyCase)
	add(penaltyKindTags, abs(q.Tags-c.Tags), PenaltyTag, MaxPenaltyTag)
	if e.Edits == 0 && q.Spaces != c.Spaces {
		add(penaltyKindSpacing, 1, PenaltyWhitespace, 0)
	}
	s := raw
	for _, p := range e.Penalties {
		s -= float64(p.Points)
	}
	e.Score = int(math.Floor(s + 1e-9))
	if e.Score > MaxFuzzy {
		e.Score = MaxFuzzy
	}
	if e.Score < 0 {
		e.Score = 0
	}
	e.NumbersOnly = e.Edits == 0 && nd > 0
	return e
}

// UpperBound is the highest base similarity two key sequences can have,
// from their lengths and the keys they share (as a multiset): the edit
// distance is at least the longer length minus the shared keys. Scores
// never exceed it, so brute force and candidate filters may skip texts
// below it.
func UpperBound(lenA, lenB, shared int) float64 {
	m := max(lenA, lenB)
	if m == 0 {
		return 100
	}
	return 100 * float64(shared) / float64(m)
}

// Distance is the Levenshtein distance between two key sequences.
func Distance(a, b []uint64) int {
	// A common prefix and suffix do not change the distance (an optimal
	// alignment can match them key for key); a fuzzy match shares most
	// of its keys with the query, numbers-only matches all of them.
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(b) == 0 {
		return len(a)
	}
	var buf [128]int
	var row []int
	if len(b)+1 <= len(buf) {
		row = buf[:len(b)+1]
	} else {
		row = make([]int, len(b)+1)
	}
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(a); i++ {
		prev := row[0]
		row[0] = i
		for j := 1; j <= len(b); j++ {
			cur := row[j]
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := prev + cost
			if row[j]+1 < v {
				v = row[j] + 1
			}
			if row[j-1]+1 < v {
				v = row[j-1] + 1
			}
			row[j] = v
			prev = cur
		}
	}
	return row[len(b)]
}

func numberDiffs(a, b []Span) int {
	n := 0
	for i := 0; i < max(len(a), len(b)); i++ {
		if i >= len(a) || i >= len(b) || a[i].Text != b[i].Text {
			n++
		}
	}
	return n
}

func multisetDiff(a, b []rune) int {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	if len(a) <= 32 && len(b) <= 32 {
		// Few marks: sorted copies on the stack, merged.
		var abuf, bbuf [32]rune
		x, y := abuf[:len(a)], bbuf[:len(b)]
		copy(x, a)
		copy(y, b)
		slices.Sort(x)
		slices.Sort(y)
		n, i, j := 0, 0, 0
		for i < len(x) && j < len(y) {
			switch {
			case x[i] == y[j]:
				i++
				j++
			case x[i] < y[j]:
				i++
				n++
			default:
				j++
				n++
			}
		}
		return n + len(x) - i + len(y) - j
	}
	m := map[rune]int{}
	for _, r := range a {
		m[r]++
	}
	for _, r := range b {
		m[r]--
	}
	n := 0
	for _, v := range m {
		n += abs(v)
	}
	return n
}

// caseDiffs counts the words of a that appear in b only in another case.
func caseDiffs(a, b []string) int {
	// Sentences are short: pairing words by scanning beats hashing them.
	// Words of a equal to an unused word of b pair first; then each other
	// word of a that equals an unused word of b but for case is one
	// difference.
	var usedBuf [64]bool
	var used []bool
	if len(b) > len(usedBuf) {
		used = make([]bool, len(b))
	} else {
		used = usedBuf[:len(b)]
	}
	var restBuf [64]int
	rest := restBuf[:0]
	for i, w := range a {
		found := false
		for j, v := range b {
			if !used[j] && v == w {
				used[j], found = true, true
				break
			}
		}
		if !found {
			rest = append(rest, i)
		}
	}
	if len(rest) == 0 {
		return 0
	}
	// Two words equal but for case hold an upper-case letter between them:
	// words without one are equal to each other or not at all, and the
	// first pass has paired those.
	var upperBuf [64]bool
	var upper []bool
	if len(b) > len(upperBuf) {
		upper = make([]bool, len(b))
	} else {
		upper = upperBuf[:len(b)]
	}
	anyUpper := false
	for j, v := range b {
		if !used[j] {
			upper[j] = hasUpper(v)
			anyUpper = anyUpper || upper[j]
		}
	}
	n := 0
	for _, i := range rest {
		ua := hasUpper(a[i])
		if !ua && !anyUpper {
			continue
		}
		for j, v := range b {
			if !used[j] && (ua || upper[j]) && strings.EqualFold(v, a[i]) {
				used[j] = true
				n++
				break
			}
		}
	}
	return n
}

// hasUpper reports whether w holds an upper- or title-case letter. Hangul
// and other scripts without case are passed over quickly.
func hasUpper(w string) bool {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		if terms.IsHangulSyllable(r) || terms.IsCJK(r) {
			continue
		}
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Suggest returns target with the numbers of the query put in place of the
// unit's, when numbers are the only difference between query q and the
// unit's source c (Explanation.NumbersOnly). It returns "" when a changed
// number cannot be found in target exactly once. Numbers are read with
// package number, so "Oct. 5" and "10월 5일" or "30 minutes" and "30분"
// are the same numbers.
func Suggest(q, c *Analysis, target string, targetLang language.Tag) string {
	if len(q.Numbers) != len(c.Numbers) {
		return ""
	}
	return suggest(q, c, number.Extract(c.Text, c.Lang), target, number.Extract(target, targetLang))
}

// suggest is Suggest with the numbers of c's text and of target read.
func suggest(q, c *Analysis, srcNums []number.Number, target string, tgtNums []number.Number) string {
	if len(q.Numbers) != len(c.Numbers) {
		return ""
	}
	type repl struct {
		start, end int
		text       string
	}
	var out []repl
	used := map[int]bool{}
	changed := false
	for i := range c.Numbers {
		from, to := c.Numbers[i], q.Numbers[i]
		if from.Text == to.Text {
			continue
		}
		changed = true
		// The number of the source holding this digit run, and the target
		// numbers saying the same quantity.
		var src *number.Number
		for k := range srcNums {
			if srcNums[k].Start <= from.Start && from.End <= srcNums[k].End {
				src = &srcNums[k]
				break
			}
		}
		found := -1
		if src != nil {
			for k := range tgtNums {
				if used[k] || !number.Equal(*src, tgtNums[k]) {
					continue
				}
				if found >= 0 {
					return "" // ambiguous
				}
				found = k
			}
		}
		var start, end int
		if found >= 0 {
			t := tgtNums[found]
			off := uniqueDigitRun(target[t.Start:t.End], from.Text)
			if off < 0 {
				return ""
			}
			used[found] = true
			start, end = t.Start+off, t.Start+off+len(from.Text)
		} else {
			off := uniqueDigitRun(target, from.Text)
			if off < 0 {
				return ""
			}
			start, end = off, off+len(from.Text)
		}
		for _, r := range out {
			if start < r.end && r.start < end {
				return ""
			}
		}
		out = append(out, repl{start, end, to.Text})
	}
	if !changed {
		return ""
	}
	// Apply from the end so offsets stay valid.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].start > out[j-1].start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	s := target
	for _, r := range out {
		s = s[:r.start] + r.text + s[r.end:]
	}
	return s
}

// uniqueDigitRun returns the offset of the only digit run of s equal to
// run, or -1.
func uniqueDigitRun(s, run string) int {
	found := -1
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		j := terms.NumberEnd(s, i)
		if s[i:j] == run {
			if found >= 0 {
				return -1
			}
			found = i
		}
		i = j
	}
	return found
}
