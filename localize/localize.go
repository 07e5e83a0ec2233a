// Package localize is auto-localisation of fuzzy matches, as Trados does
// it: when a translation memory match's source differs from the query in
// numbers, dates, times or weekdays, the match's translation gets the
// query's values in place of the match's, wherever the correspondence is
// unambiguous. Everything else is left alone and said why.
//
// Three steps:
//
//  1. the query's and the match source's numbers (package number) and
//     weekdays are paired by kind, in order (same count of a kind), or,
//     when the counts differ, by what is left after the common values are
//     taken out, if one of each is left;
//  2. for each pair that differs, the translation's number (or weekday)
//     saying the same as the match source's is found: exactly one, and no
//     other number of the source says it too;
//  3. its digits are rewritten in the translation's own form (30분간 →
//     40분간, 3천만 → 4천만, Oct. 5 → Oct. 7, 일요일 → 월요일).
//
// Example:
//
//	r := localize.Target("They met for 40 minutes on Monday.",
//		"They met for 30 minutes on Sunday.", language.English,
//		"그들은 일요일 30분간 만났다.", language.Korean)
//	fmt.Println(r.Text) // 그들은 월요일 40분간 만났다.
package localize

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"bitext/number"
)

// Result is a localised translation.
type Result struct {
	// Text is the translation with the query's values put in; the
	// translation itself when nothing was replaced.
	Text string
	// Changes are the replacements made, in the order of the text.
	Changes []Change
	// Skipped are the differences left alone, with the reason.
	Skipped []Skip
}

// Change is one replacement in the translation.
type Change struct {
	From, To string // the translation's text before and after
}

// Skip is a difference between query and match source that was not
// carried into the translation.
type Skip struct {
	Source, Query string // the values in the match source and the query ("" when unpaired)
	Reason        string
}

// Changed reports whether any value was replaced.
func (r Result) Changed() bool { return len(r.Changes) > 0 }

// token is a number or weekday in a text.
type token struct {
	start, end int
	text       string
	class      string // what must agree for two tokens to be paired
	num        number.Number
	weekday    int // 0 Monday .. 6 Sunday; -1 for a number
	wdStyle    int // weekday form: 0 full, 1 abbreviated (Mon.), 2 Korean 월요일, 3 Korean (월)
}

// Target returns translation with the values of query put in place of
// those of source (the match's source text, in srcLang) wherever the
// correspondence is unambiguous.
func Target(query, source string, srcLang language.Tag, translation string, tgtLang language.Tag) Result {
	res := Result{Text: translation}
	qt, st := tokens(query, srcLang), tokens(source, srcLang)
	if len(qt) == 0 && len(st) == 0 {
		return res
	}
	pairs, skipped := pair(st, qt)
	res.Skipped = skipped
	tt := tokens(translation, tgtLang)
	used := make([]bool, len(tt))
	type repl struct {
		start, end int
		text       string
	}
	var out []repl
	for _, p := range pairs {
		s, q := p[0], p[1]
		skip := func(reason string) {
			res.Skipped = append(res.Skipped, Skip{Source: s.text, Query: q.text, Reason: reason})
		}
		k, reason := counterpart(s, st, tt, used)
		if k < 0 {
			skip(reason)
			continue
		}
		t := tt[k]
		to, ok := rewrite(t, s, q)
		if !ok {
			skip("cannot write " + q.text + " in the form of " + t.text)
			continue
		}
		used[k] = true
		out = append(out, repl{t.start, t.end, to})
		res.Changes = append(res.Changes, Change{From: t.text, To: to})
	}
	if len(out) == 0 {
		return res
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start > out[j].start })
	text := translation
	for _, r := range out {
		text = text[:r.start] + r.text + text[r.end:]
	}
	res.Text = text
	sort.SliceStable(res.Changes, func(i, j int) bool {
		return strings.Index(translation, res.Changes[i].From) < strings.Index(translation, res.Changes[j].From)
	})
	return res
}

// tokens returns the numbers and weekdays of text, in order.
func tokens(text string, lang language.Tag) []token {
	var out []token
	for _, n := range number.Extract(text, lang) {
		if n.Unit == "wd" {
			continue // a weekday: read below, with its name
		}
		out = append(out, token{start: n.Start, end: n.End, text: n.Text, num: n, weekday: -1,
			class: n.Kind.String() + "/" + n.Unit})
	}
	out = append(out, weekdays(text)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// pair pairs the differing values of the match source st with the
// query's qt, by class: in order when a class has as many of each, else
// what is left after the common values are taken out, when one of each
// is left. Values the same in both are not returned.
func pair(st, qt []token) (pairs [][2]token, skipped []Skip) {
	var classes []string
	byS, byQ := map[string][]token{}, map[string][]token{}
	for _, t := range st {
		if byS[t.class] == nil && byQ[t.class] == nil {
			classes = append(classes, t.class)
		}
		byS[t.class] = append(byS[t.class], t)
	}
	for _, t := range qt {
		if byS[t.class] == nil && byQ[t.class] == nil {
			classes = append(classes, t.class)
		}
		byQ[t.class] = append(byQ[t.class], t)
	}
	for _, c := range classes {
		s, q := byS[c], byQ[c]
		if len(s) != len(q) {
			s, q = uncommon(s, q)
			if len(s) != 1 || len(q) != 1 {
				for _, t := range s {
					skipped = append(skipped, Skip{Source: t.text, Reason: "no counterpart in the query"})
				}
				for _, t := range q {
					skipped = append(skipped, Skip{Query: t.text, Reason: "no counterpart in the match"})
				}
				continue
			}
		}
		for i := range s {
			if !same(s[i], q[i]) {
				pairs = append(pairs, [2]token{s[i], q[i]})
			}
		}
	}
	return pairs, skipped
}

// uncommon returns s and q without the values they share.
func uncommon(s, q []token) ([]token, []token) {
	taken := make([]bool, len(q))
	var rs []token
	for _, a := range s {
		found := false
		for j, b := range q {
			if !taken[j] && same(a, b) {
				taken[j], found = true, true
				break
			}
		}
		if !found {
			rs = append(rs, a)
		}
	}
	var rq []token
	for j, b := range q {
		if !taken[j] {
			rq = append(rq, b)
		}
	}
	return rs, rq
}

// same reports whether two tokens of one language say the same.
func same(a, b token) bool {
	if a.weekday >= 0 || b.weekday >= 0 {
		return a.weekday == b.weekday
	}
	return a.num.Value == b.num.Value && a.num.Unit == b.num.Unit && a.num.Kind == b.num.Kind
}

// says reports whether a source token and a translation token say the
// same.
func says(s, t token) bool {
	if s.weekday >= 0 || t.weekday >= 0 {
		return s.weekday == t.weekday
	}
	return number.Equal(s.num, t.num)
}

// counterpart returns the index in tt of the one unused translation token
// saying what s says, or -1 and why there is none.
func counterpart(s token, st, tt []token, used []bool) (int, string) {
	found, n := -1, 0
	for k, t := range tt {
		if !used[k] && says(s, t) {
			found = k
			n++
		}
	}
	switch {
	case n == 0:
		return -1, "not found in the translation"
	case n > 1:
		return -1, fmt.Sprintf("ambiguous: the translation says %s %d times", s.text, n)
	}
	for _, o := range st {
		if o.start != s.start && says(o, tt[found]) {
			return -1, fmt.Sprintf("ambiguous: %s and %s of the match both say %s", s.text, o.text, tt[found].text)
		}
	}
	return found, ""
}

// rewrite returns the translation token t with the value of q put in
// place of that of s.
func rewrite(t, s, q token) (string, bool) {
	if t.weekday >= 0 {
		if q.weekday < 0 {
			return "", false
		}
		return weekdayName(q.weekday, t.wdStyle), true
	}
	switch s.num.Kind {
	case number.Date:
		return rewriteFields(t.text, []field{{from: int(s.num.Value) / 100, to: int(q.num.Value) / 100, month: true}, {from: int(s.num.Value) % 100, to: int(q.num.Value) % 100}})
	case number.Time:
		sh, qh := int(s.num.Value)/60, int(q.num.Value)/60
		if sh/12 != qh/12 && s.num.Unit != "h12" {
			return "", false // a.m. and p.m. differ: the translation's marker would have to change
		}
		return rewriteFields(t.text, []field{{from: sh, to: qh, hour: true}, {from: int(s.num.Value) % 60, to: int(q.num.Value) % 60}})
	case number.Year:
		return rewriteFields(t.text, []field{{from: int(s.num.Value), to: int(q.num.Value)}})
	}
	return rescale(t.text, s.num.Value, q.num.Value)
}

// field is one part of a date or time: the match's value and the
// query's.
type field struct {
	from, to int
	month    bool // a month, which English writes as a name
	hour     bool // an hour, which the translation may write on a 12-hour clock
}

// rewriteFields replaces, in text, each changed field's digits (or month
// name); every changed field must be written exactly once.
func rewriteFields(text string, fs []field) (string, bool) {
	for _, f := range fs {
		if f.from == f.to {
			continue
		}
		if f.from == 0 || f.to == 0 {
			return "", false // a part the other text does not give
		}
		if f.month {
			if out, ok := replaceMonthName(text, f.from, f.to); ok {
				text = out
				continue
			}
		}
		at, to := [2]int{-1, -1}, 0
		for _, r := range digitRuns(text) {
			v, err := strconv.Atoi(text[r[0]:r[1]])
			if err != nil {
				continue
			}
			nv := 0
			switch {
			case v == f.from:
				nv = f.to
			case f.hour && v+12 == f.from:
				nv = f.to % 12
				if nv == 0 {
					nv = 12 // noon on a 12-hour clock
				}
			case f.hour && v == f.from+12:
				nv = f.to + 12
			default:
				continue
			}
			if at[0] >= 0 {
				return "", false // written twice
			}
			at, to = r, nv
		}
		if at[0] < 0 {
			return "", false
		}
		text = text[:at[0]] + strconv.Itoa(to) + text[at[1]:]
	}
	return text, true
}

// rescale rewrites the one number written in digits in text, scaled as
// the value went from from to to (30분 of 1800 s → 40분 for 2400 s; 3천만
// for 30 million → 4천만 for 40 million), keeping its decimals and
// thousands separators.
func rescale(text string, from, to float64) (string, bool) {
	runs := digitRuns(text)
	if len(runs) != 1 || from == 0 {
		return "", false
	}
	r := runs[0]
	digits := text[r[0]:r[1]]
	plain := strings.ReplaceAll(digits, ",", "")
	v, err := strconv.ParseFloat(plain, 64)
	if err != nil {
		return "", false
	}
	decimals := 0
	if i := strings.IndexByte(plain, '.'); i >= 0 {
		decimals = len(plain) - i - 1
	}
	nv := v * to / from
	if nv < 0 {
		return "", false
	}
	// As many decimals as the translation wrote, or as the new value needs
	// (3.5% → 3.25%), up to 4; none added before a Korean scale word
	// (3천만 → 3.25천만 is not how Korean writes 3,250만).
	for ; decimals <= 4; decimals++ {
		p := math.Pow(10, float64(decimals))
		if math.Abs(nv*p-math.Round(nv*p)) <= 1e-6*math.Max(1, math.Abs(nv*p)) {
			break
		}
		if strings.ContainsAny(firstRune(text[r[1]:]), "십백천만억조") {
			return "", false
		}
	}
	if decimals > 4 {
		return "", false
	}
	p := math.Pow(10, float64(decimals))
	s := strconv.FormatFloat(math.Round(nv*p)/p, 'f', decimals, 64)
	if strings.Contains(digits, ",") {
		s = group(s)
	}
	return text[:r[0]] + s + text[r[1]:], true
}

// digitRuns returns the byte ranges of the numbers written in digits in
// text (with their thousands commas and decimal point).
func digitRuns(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); {
		if !isDigit(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && (isDigit(text[j]) || (text[j] == ',' || text[j] == '.') && j+1 < len(text) && isDigit(text[j+1])) {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// firstRune returns the first character of s, or "".
func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// group puts thousands commas into the integer part of s.
func group(s string) string {
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String() + frac
}
