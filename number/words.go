package number

import (
	"math"
	"strings"
	"unicode/utf8"
)

type wordNum struct {
	v    float64
	ord  bool
	tens bool
}

var enWords = map[string]wordNum{}

var months = map[string]float64{
	"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
	"August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
	"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
	"Oct": 10, "Nov": 11, "Dec": 12,
}

// numberWords holds, in lower case, every word englishWord reads after
// its first-letter test: the keys of months, weekdays, weakWords and
// enWords and the words it names.
var numberWords = map[string]bool{"month": true, "year": true, "noon": true, "midnight": true, "decade": true, "half": true,
	"quarter": true, "quarters": true, "thirds": true, "fifths": true, "biennial": true,
	"hundred": true, "thousand": true, "million": true, "billion": true, "trillion": true}

func init() {
	defer func() {
		var buf [16]byte
		for _, m := range []map[string]bool{keys(months), weekdays, keys(weakWords), keys(enWords)} {
			for w := range m {
				numberWords[lower(w, &buf)] = true
			}
		}
		for w := range numberWords {
			if len(w) < len(wordShapes) {
				wordShapes[len(w)][w[0]&31] |= 1 << (w[len(w)-1] & 31)
				wordsByShape[len(w)][w[0]&31] = append(wordsByShape[len(w)][w[0]&31], w)
			}
		}
	}()
	for i, w := range strings.Fields("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen") {
		enWords[w] = wordNum{v: float64(i)}
	}
	for i, w := range strings.Fields("twenty thirty forty fifty sixty seventy eighty ninety") {
		enWords[w] = wordNum{v: float64(20 + 10*i), tens: true}
	}
	for i, w := range strings.Fields("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth") {
		enWords[w] = wordNum{v: float64(i + 1), ord: true}
	}
}

// wordShapes has bit l&31 of [n][f&31] set when a word of numberWords
// has n letters, first letter f and last letter l: most words are
// rejected on their shape without a map look-up.
var wordShapes [17][32]uint32

// mayBeNumberWord reports whether the ASCII word w has the shape of a
// word of numberWords (length, first and last letter, any case).
func mayBeNumberWord(w string) bool {
	return len(w) < len(wordShapes) && wordShapes[len(w)][w[0]&31]&(1<<(w[len(w)-1]&31)) != 0
}

// wordsByShape lists the words of numberWords by length and first
// letter (any case), for isNumberWord.
var wordsByShape [17][32][]string

// isNumberWord reports whether numberWords holds the ASCII word w (all
// letters) in lower case, as numberWords[lower(w)] does, without hashing
// or copying it: w is compared with the few words of its length and
// first letter.
func isNumberWord(w string) bool {
	if len(w) == 0 || len(w) >= len(wordsByShape) {
		return false
	}
	for _, c := range wordsByShape[len(w)][w[0]&31] {
		if equalFoldASCII(w, c) {
			return true
		}
	}
	return false
}

// keys is the set of the keys of m.
func keys[V any](m map[string]V) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// lower returns the ASCII word w in lower case without allocating for
// words that are already lower case.
func lower(w string, buf *[16]byte) string {
	if len(w) > len(buf) {
		return ""
	}
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20
	}
	return string(buf[:len(w)])
}

// englishWord reads an English number word, month name, noon or midnight
// in the ASCII word t[i:j].
func (s *scanner) englishWord(i, j int) bool {
	t := s.text
	w := t[i:j]
	if romanDigit(w[0]) != 0 { // roman needs all its letters to be I, V or X
		if v, ok := roman(w); ok && i >= 2 && t[i-1] == ' ' && isUpperBefore(t, i-1) {
			// A regnal or war number after a name: Benedict XVI (16세),
			// World War II (2차 세계대전). Weak.
			s.emit(i, j, Cardinal, v, "", 0, true)
			return true
		}
	}
	if len(w) < 3 || len(w) > 14 {
		return false
	}
	if s.has(j, "-dollar") {
		// a billion-dollar lab = 10억 달러 연구소 (weak)
		for _, sc := range []struct {
			w string
			v float64
		}{{"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}} {
			if strings.EqualFold(w, sc.w) {
				s.emit(i, j+len("-dollar"), Money, sc.v, "USD", sc.v, true)
				return true
			}
		}
	}
	switch w[0] | 0x20 { // first letters of months, weekdays, number words, noon, midnight
	case 'a', 'b', 'c', 'd', 'e', 'f', 'h', 'j', 'm', 'n', 'o', 'p', 'q', 's', 't', 'w', 'y', 'z':
	default:
		return false
	}
	var lb [16]byte
	if !mayBeNumberWord(w) || !isNumberWord(w) {
		return false // most words: one look-up instead of four
	}
	if m, ok := monthOf(w); ok {
		return s.month(i, j, m)
	}
	if lw := lower(w, &lb); lw == "month" || lw == "year" {
		// next month, last year: a date or year said relative to the
		// article pairs with any (weak).
		for _, pre := range []string{"next ", "last ", "this ", "Next ", "Last ", "This "} {
			if strings.HasSuffix(t[:i], pre) {
				if lw == "month" {
					s.emit(i-len(pre), j, Date, 0, "wd", 0, true)
				} else {
					s.emit(i-len(pre), j, Year, 0, "rel", 0, true)
				}
				return true
			}
		}
	}
	if isWeekday(w) {
		// A weekday stands for a date the other language may give (12월
		// 9일 = Friday): weak, and it pairs with any date.
		s.emit(i, j, Date, 0, "wd", 0, true)
		return true
	}
	var buf [16]byte
	lw := lower(w, &buf)
	switch lw {
	case "noon":
		s.emit(i, j, Time, 720, "", 0, false)
		return true
	case "midnight":
		s.emit(i, j, Time, 0, "", 0, false)
		return true
	}
	if lw == "decade" {
		s.emit(i, j, Duration, 10, "y", 0, true) // a decade, the past decade = 10년
		return true
	}
	if lw == "half" && s.has(j, "-point") {
		s.emit(i, j+len("-point"), Percent, 0.5, "pt", 0, true) // a half-point cut = 0.5%포인트
		return true
	}
	if s.fraction(i, j, lw) || s.aScale(i, j, lw) {
		return true
	}
	if lw == "biennial" {
		s.emit(i, j, Duration, 2, "y", 0, true) // biennial = 2년마다
		return true
	}
	if v, ok := weakWords[lw]; ok {
		s.emit(i, j, Cardinal, v, "", 0, true)
		return true
	}
	wn, ok := enWords[lw]
	if !ok {
		return false
	}
	if wn.ord {
		s.emit(i, j, Ordinal, wn.v, "", 0, true)
		if wn.v >= 3 && wn.v <= 10 && s.fractionNext(j) {
			if num, ok := s.numerator(i); ok {
				// a third, one fifth: also a fraction (a third = 30%).
				s.emit(i, j, Percent, math.Round(1e4*num/wn.v)/100, "frac", 0, true)
			}
		}
		return true
	}
	v, p := wn.v, j
	if wn.tens && p+1 < len(t) && (t[p] == '-' || t[p] == ' ') {
		k := p + 1
		for k < len(t) && isLetter(t[k]) {
			k++
		}
		if u, ok := enWords[lower(t[p+1:k], &buf)]; ok && !u.tens && !u.ord && u.v >= 1 && u.v <= 9 {
			v += u.v
			p = k
		}
	}
	prec, scaled := 0.0, false
	if q := s.space(p); q > p {
		for _, sc := range enScale {
			if s.firstIs(q, sc.w[0]) && s.word(q, sc.w) {
				v *= sc.v
				if sc.v >= 1000 {
					prec = sc.v
				}
				p = q + len(sc.w)
				scaled = true
				break
			}
		}
	}
	if !s.tail(i, p, v, prec, "", scaled, true, 0, true) {
		return false
	}
	// Spelled-out numbers are weak: Korean often says them without a
	// numeral (two allies = 양국, three chemicals = 세 가지 소재).
	s.out[len(s.out)-1].Weak = true
	return true
}

// fractionNext reports whether the word after an ordinal ending at j lets
// it be a fraction: "a third of", "a third to a half", "a third say", but
// not "a fourth day" or "a third term".
func (s *scanner) fractionNext(j int) bool {
	q := s.space(j)
	if q == j || !s.letterAt(q) {
		return true
	}
	k := q
	for k < len(s.text) && isLetter(s.text[k]) {
		k++
	}
	switch s.text[q:k] {
	case "of", "to", "or", "and", "say", "said", "says", "were", "was", "are", "is", "have", "had", "percent":
		return true
	}
	return false
}

// numerator reports the numerator said before a fraction word at i: 1 for
// "a " or "one ", 2 for "two ", 3 for "three ".
func (s *scanner) numerator(i int) (float64, bool) {
	t := s.text
	if i < 2 || t[i-1] != ' ' && t[i-1] != '-' {
		return 0, false
	}
	k := i - 1
	for k > 0 && isLetter(t[k-1]) {
		k--
	}
	switch t[k : i-1] {
	case "a", "A", "one", "One":
		return 1, t[i-1] == ' ' || t[k] == 'o' || t[k] == 'O'
	case "two", "Two":
		return 2, true
	case "three", "Three":
		return 3, true
	}
	return 0, false
}

// aScale reads a scale word said with "a" or "per" for one: a million
// tonnes, per million departures (1백만), weak.
func (s *scanner) aScale(i, j int, lw string) bool {
	if len(lw) < 7 || lw[len(lw)-1] == 's' {
		return false // hundred, thousand, million, billion, trillion
	}
	for _, sc := range enScale {
		if sc.w == lw && sc.v >= 100 {
			t := s.text[:i]
			if strings.HasSuffix(t, "a ") || strings.HasSuffix(t, "A ") || strings.HasSuffix(t, "per ") {
				s.emit(i, j, Cardinal, sc.v, "", 0, true)
				return true
			}
			return false
		}
	}
	return false
}

// fraction reads the fraction words half, quarter(s), thirds and fifths
// (weak percentages: a half = 50%, two thirds, three quarters) and the
// durations half-hour, half an hour and quarter-hour (weak: 30분, 15분).
func (s *scanner) fraction(i, j int, lw string) bool {
	switch lw {
	case "half", "quarter":
		for _, p := range []struct{ w, unit string }{{" a percent", "%"}, {" a per cent", "%"}, {" a percentage point", "pt"}} {
			if lw == "half" && s.has(j, p.w) {
				s.emit(i, j+len(p.w), Percent, 0.5, p.unit, 0, true) // half a percent = 0.5 퍼센트
				return true
			}
		}
		for _, d := range []struct {
			w string
			v float64
		}{{"-hour", 1800}, {" an hour", 1800}, {" hour", 1800}, {" of an hour", 900}} {
			if s.has(j, d.w) && !s.letterAt(j+len(d.w)) {
				v := d.v
				if lw == "quarter" && d.w != " of an hour" {
					v = 900
				} else if lw == "half" && d.w == " of an hour" {
					v = 1800
				}
				s.emit(i, j+len(d.w), Duration, v, "s", 0, true)
				return true
			}
		}
		num, ok := s.numerator(i)
		if lw == "half" && (s.has(j, " of ") || s.has(j, " the ")) {
			num, ok = 1, true
		}
		if !ok {
			return false
		}
		den := 2.0
		if lw == "quarter" {
			den = 4
		}
		s.emit(i, j, Percent, math.Round(1e4*num/den)/100, "frac", 0, true)
		return true
	case "quarters", "thirds", "fifths":
		num, ok := s.numerator(i)
		if !ok || num < 2 {
			return false
		}
		den := map[string]float64{"quarters": 4, "thirds": 3, "fifths": 5}[lw]
		s.emit(i, j, Percent, math.Round(1e4*num/den)/100, "frac", 0, true)
		return true
	}
	return false
}

// monthName reads a full month name at p (September, not Sept.).
func (s *scanner) monthName(p int) (float64, int, bool) {
	j := p
	for j < len(s.text) && isLetter(s.text[j]) {
		j++
	}
	w := s.text[p:j]
	if len(w) < 3 {
		return 0, p, false
	}
	m, ok := months[w]
	if !ok || len(w) <= 4 && w != "June" && w != "July" && w != "May" {
		return 0, p, false
	}
	return m, j, true
}

var weekdays = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
	"today": true, "Today": true, "yesterday": true, "Yesterday": true, "tomorrow": true, "Tomorrow": true}

// monthOf is months[w] without hashing w (a switch on its length and
// bytes): englishWord asks it of every number word.
func monthOf(w string) (float64, bool) {
	switch w {
	case "January", "Jan":
		return 1, true
	case "February", "Feb":
		return 2, true
	case "March", "Mar":
		return 3, true
	case "April", "Apr":
		return 4, true
	case "May":
		return 5, true
	case "June", "Jun":
		return 6, true
	case "July", "Jul":
		return 7, true
	case "August", "Aug":
		return 8, true
	case "September", "Sep", "Sept":
		return 9, true
	case "October", "Oct":
		return 10, true
	case "November", "Nov":
		return 11, true
	case "December", "Dec":
		return 12, true
	}
	return 0, false
}

// isWeekday is weekdays[w] without hashing w.
func isWeekday(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"today", "Today", "yesterday", "Yesterday", "tomorrow", "Tomorrow":
		return true
	}
	return false
}

// weakWords are English words that stand for a number the other language
// may give in digits: both = 양측 or 2, twice = 2차례.
var weakWords = map[string]float64{"both": 2, "twice": 2, "double": 2, "doubled": 2, "dozen": 12, "dozens": 12, "couple": 2,
	"pair": 2, "trio": 3, "quartet": 4,
	// multiples: 3배 = tripled
	"triple": 3, "tripled": 3, "triples": 3, "trebled": 3, "quadruple": 4, "quadrupled": 4, "twofold": 2, "threefold": 3,
	"fourfold": 4, "fivefold": 5, "tenfold": 10}

// month reads a date after the month name t[i:j]: Oct. 5, March 3, or the
// month alone (in March).
func (s *scanner) month(i, j int, m float64) bool {
	t := s.text
	p := j
	abbr := len(t[i:j]) <= 4 && t[i:j] != "June" && t[i:j] != "July"
	if p < len(t) && t[p] == '.' {
		p++
	} else if abbr && t[i:j] != "May" {
		return false // Mar, Jan without a period are not dates here
	}
	q := s.space(p)
	if q > p && q < len(t) && isDigit(t[q]) {
		d, e, frac, comma := s.digits(q)
		if frac == 0 && !comma && d >= 1 && d <= 31 && e-q <= 2 {
			for _, suf := range []string{"st", "nd", "rd", "th"} {
				if s.word(e, suf) {
					e += 2 // January 4th
					break
				}
			}
			if !(e < len(t) && (t[e] == ':' || isLetter(t[e]))) {
				s.emit(i, e, Date, m*100+d, "", 0, false)
				// June 21-24: the end of the range is a date too.
				if e+1 < len(t) && (t[e] == '-' || s.has(e, "–")) {
					q := e + 1
					if t[e] != '-' {
						q = e + len("–")
					}
					if q < len(t) && isDigit(t[q]) {
						d2, e2, f2, c2 := s.digits(q)
						if f2 == 0 && !c2 && d2 > d && d2 <= 31 && e2-q <= 2 && !s.letterAt(e2) {
							s.emit(q, e2, Date, m*100+d2, "", 0, false)
						}
					}
				}
				return true
			}
		}
	}
	if t[i:j] == "May" {
		// May alone is a month only after a preposition: in May.
		for _, pre := range []string{"in ", "since ", "of ", "last ", "until ", "early ", "late ", "mid-"} {
			if i >= len(pre) && strings.EqualFold(t[i-len(pre):i], pre) {
				s.emit(i, p, Date, m*100, "", 0, true)
				return true
			}
		}
		return false
	}
	if abbr && p == j {
		return false
	}
	for _, pre := range []string{"last ", "next ", "this "} {
		if i >= len(pre) && strings.EqualFold(t[i-len(pre):i], pre) {
			s.emit(i-len(pre), i-1, Year, 0, "rel", 0, true) // last October: a year said relative to the article
			break
		}
	}
	// A month without its day is often added or left out by the other
	// language ("in November"): weak.
	s.emit(i, p, Date, m*100, "", 0, true)
	return true
}

var koNative = []struct {
	w string
	v float64
}{
	{"다섯", 5}, {"여섯", 6}, {"일곱", 7}, {"여덟", 8}, {"아홉", 9}, {"스무", 20},
	{"한", 1}, {"두", 2}, {"세", 3}, {"네", 4}, {"열", 10},
}

var koCounter = []struct {
	w    string
	mul  float64
	unit string
	kind Kind
}{
	{"시간", 3600, "s", Duration}, {"개월", 1, "mo", Duration}, {"달", 1, "mo", Duration},
	{"명", 1, "", Cardinal}, {"개국", 1, "", Cardinal}, {"개", 1, "", Cardinal}, {"번째", 1, "", Ordinal},
	{"번", 1, "", Cardinal}, {"차례", 1, "", Cardinal}, {"가지", 1, "", Cardinal}, {"곳", 1, "", Cardinal},
	{"살", 1, "", Cardinal}, {"척", 1, "", Cardinal}, {"마리", 1, "", Cardinal}, {"건", 1, "", Cardinal},
	{"주", 7 * 86400, "s", Duration}, {"사람", 1, "", Cardinal},
}

var koDays = []struct {
	w string
	v float64
}{{"하루", 1}, {"이틀", 2}, {"사흘", 3}, {"나흘", 4}, {"닷새", 5}, {"열흘", 10}, {"보름", 15}}

// koDaysFirst and koNativeFirst are the first syllables of the words
// of koDays and koNative.
var koDaysFirst, koNativeFirst = func() (d, n []rune) {
	for _, x := range koDays {
		r, _ := utf8.DecodeRuneInString(x.w)
		d = append(d, r)
	}
	for _, x := range koNative {
		r, _ := utf8.DecodeRuneInString(x.w)
		n = append(n, r)
	}
	return d, n
}()

// koreanWord reads a Korean word number at the start of a word: 오전 10시,
// 오후 3시 30분, 정오, 자정, native numerals before a counter (세 명), and
// day counts (사흘).
func (s *scanner) koreanWord(i int) bool {
	t := s.text
	var r rune
	if hangul3(t, i) { // as run calls it
		r = syllable(t, i)
	} else {
		r, _ = utf8.DecodeRuneInString(t[i:])
	}
	// Each form below is tried only when r is its first syllable.
	switch r {
	case '오', '정', '자', '하', '이', '사', '나', '닷', '열', '보', '다', '여', '일', '스', '한', '두', '세', '네', '지', '작', '올', '내':
	default:
		return false
	}
	switch {
	case r == '오' && (s.has(i, "오전") || s.has(i, "오후")):
		pm := s.has(i, "오후")
		q := s.space(i + len("오전"))
		if q < len(t) && isDigit(t[q]) {
			h, e, frac, _ := s.digits(q)
			if frac == 2 && h < 13 {
				// 오후 5.30
				hh := math.Floor(h)
				if mm := math.Round((h - hh) * 100); mm < 60 {
					s.emit(i, e, Time, hour12(hh, pm)*60+mm, "", 0, false)
					return true
				}
			}
			if frac == 0 && h <= 12 && s.has(e, "시") && !s.has(e, "시간") {
				e += len("시")
				mm := 0.0
				r := s.space(e)
				if r < len(t) && isDigit(t[r]) {
					m, me, mf, _ := s.digits(r)
					if mf == 0 && m < 60 && s.has(me, "분") {
						mm, e = m, me+len("분")
					}
				}
				s.emit(i, e, Time, hour12(h, pm)*60+mm, "", 0, false)
				return true
			}
		}
		return false
	case (r == '지' || r == '작' || r == '올' || r == '내') && (s.has(i, "지난해") || s.has(i, "작년") || s.has(i, "올해") || s.has(i, "내년")):
		// A year said relative to the article: pairs with any year.
		n := len("지난해")
		if !s.has(i, "지난해") {
			n = len("작년")
		}
		s.emit(i, i+n, Year, 0, "rel", 0, true)
		return true
	case r == '정' && s.has(i, "정오"):
		s.emit(i, i+len("정오"), Time, 720, "", 0, false)
		return true
	case r == '자' && s.has(i, "자정"):
		s.emit(i, i+len("자정"), Time, 0, "", 0, false)
		return true
	}
	for k, d := range koDays {
		if koDaysFirst[k] == r && s.has(i, d.w) {
			e := i + len(d.w)
			if s.has(e, "째") {
				s.emit(i, e+len("째"), Ordinal, d.v, "", 0, false) // 이틀째: the second day
				return true
			}
			if s.has(e, "간") {
				e += len("간")
			}
			s.emit(i, e, Duration, d.v*86400, "s", 0, d.v == 1)
			return true
		}
	}
	for k, n := range koNative {
		if koNativeFirst[k] != r || !s.has(i, n.w) {
			continue
		}
		e := i + len(n.w)
		q := s.space(e)
		if q == e {
			return false
		}
		if n.w == "열" {
			// 열 다섯 마리: ten and a unit numeral.
			for _, u := range koNative {
				if u.v < 10 && s.has(q, u.w) {
					if r := s.space(q + len(u.w)); r > q+len(u.w) {
						for _, c := range koCounter {
							if s.has(r, c.w) {
								s.emit(i, r+len(c.w), c.kind, (10+u.v)*c.mul, c.unit, 0, false)
								return true
							}
						}
					}
				}
			}
		}
		for _, c := range koCounter {
			if s.has(q, c.w) {
				s.emit(i, q+len(c.w), c.kind, n.v*c.mul, c.unit, 0, n.v == 1)
				return true
			}
		}
		return false
	}
	return false
}

// roman reads an upper-case Roman numeral of 2 to 39 (II ... XXXIX).
func roman(w string) (float64, bool) {
	if len(w) == 0 || len(w) > 6 {
		return 0, false
	}
	total := 0
	for k := 0; k < len(w); k++ {
		v := romanDigit(w[k])
		if v == 0 {
			return 0, false
		}
		if k+1 < len(w) && romanDigit(w[k+1]) > v {
			total -= v
		} else {
			total += v
		}
	}
	return float64(total), total >= 2 && total < 40
}

// romanDigit is the value of the Roman digits I, V and X, else 0.
func romanDigit(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	}
	return 0
}

// isUpperBefore reports whether the word that ends at t[:end] starts with
// an upper-case ASCII letter.
func isUpperBefore(t string, end int) bool {
	k := end
	for k > 0 && isLetter(t[k-1]) {
		k--
	}
	return k < end && 'A' <= t[k] && t[k] <= 'Z'
}
