// Package number finds the numbers of English and Korean news text —
// amounts of money, percentages, dates, years, clock times, durations,
// counts and ordinals — and gives each a canonical value, so that the
// numbers of a Korean original and its English edition can be compared:
// 1.2 trillion won = 1조2000억 원, 30 minutes = 30분, Oct. 5 = 10월 5일,
// 24.1% = 24.1퍼센트, 3 million = 300만, 10 a.m. = 오전 10시, 2022 = 2022년.
//
// Extract scans the text once, byte by byte, without regular expressions
// and without allocating for text that holds no number; Match pairs the
// numbers of two texts and returns those left over on either side.
//
//	src := number.Extract("정부는 1조2000억 원을 투입한다.", language.Korean)
//	tgt := number.Extract("The government will spend 1.2 trillion won.", language.English)
//	missing, extra := number.Match(src, tgt) // both empty
//
// Contradictions is Match that tells a number contradicting one of the
// other side (1153명 / 1,553) from one present on one side only (an
// omission or an addition): package check reports only the first by
// default.
//
// # What is understood
//
// Digits with thousands commas and a decimal point; English scale words
// (hundred, thousand, million, billion, trillion) and Korean scale
// characters (십, 백, 천, 만, 억, 조, also combined: 1조2000억, 3천만,
// 1만5천); currencies before (US$, $, ₩, €, £, ¥) or after the amount
// (won, dollars, yen, euros, yuan, pounds; 원, 달러, 엔, 유로, 위안, 파운드);
// percent (%, percent, 퍼센트) and percentage points (percentage points,
// %포인트, %p); English number words up to the nineties and ordinals up to
// twentieth (twenty-five, third, 3rd); English dates (Oct. 5, Sept. 12,
// March 3; the year after the comma is a year of its own) and Korean dates
// (10월 5일, 10월, 5일, 9·19); years (2022, 2022년); clock times (10 a.m.,
// 3:30 p.m., noon, 오전 10시, 오후 3시 30분, 정오); durations (30 minutes,
// 30-minute, two hours, 30분, 3시간, 3일간, 2주, 6개월, 2년, 사흘); Korean
// native numerals before a counter (세 명, 두 시간) and quarters (1분기);
// a day whose 일 was left out before a particle of time (22에는).
//
// Numbers glued to a Latin letter (F-35, G20, COVID-19) are names, not
// quantities, and are skipped in both languages alike.
package number

import (
	"math"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// Kind is what a number counts.
type Kind uint8

// The kinds of numbers. Cardinal is a plain count (3명, three people,
// 3 million); its Unit is empty.
const (
	Cardinal Kind = iota
	Ordinal       // third, 3rd, 1분기 (Value is the rank)
	Money         // Value in the currency unit, Unit an ISO 4217 code (KRW, USD)
	Percent       // Value in percent; Unit "%", "pt" for percentage points or "frac" for a fraction in words (a third)
	Date          // Value is month*100+day; month or day may be 0 when absent
	Year          // Value is the year
	Time          // Value is minutes after midnight; Unit "h12" when a.m./p.m. is unknown
	Duration      // Value in seconds (Unit "s"), months (Unit "mo") or years (Unit "y")
)

var kindNames = [...]string{"cardinal", "ordinal", "money", "percent", "date", "year", "time", "duration"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Number is one number found in a text.
type Number struct {
	Start, End int     // byte offsets of Text in the text given to Extract
	Kind       Kind    // what it counts
	Value      float64 // canonical value, see Kind
	Unit       string  // canonical unit, see Kind
	Text       string  // the text as written
	// Prec is the place value of the last digit written when a scale word
	// follows (1e11 for "1.2 trillion", 1e8 for "1조2000억"), else 0.
	// Values within half the larger Prec are taken as equal, since
	// translators round large amounts.
	Prec float64
	// Weak numbers are often dropped or said without a numeral by the
	// other language (English number words such as "two allies" for 양국,
	// the count one, a Korean day without its month, a US dollar conversion
	// in brackets after an amount in won): Match pairs them but never
	// reports them as missing or extra.
	Weak bool
	// points marks a Korean count followed by 점 (30점을 넣었다), see
	// pointsAgainst.
	points bool
}

// String gives the canonical form, as used in messages: "1,200,000,000,000
// KRW", "24.1 %", "30 min", "3 d", "date 10-05", "time 10:00".
func (n Number) String() string {
	switch n.Kind {
	case Date:
		m, d := int(n.Value)/100, int(n.Value)%100
		var b [32]byte
		return string(appendPad2(append(appendPad2(append(b[:0], "date "...), m), '-'), d))
	case Time:
		v := int(n.Value)
		var b [48]byte
		s := appendPad2(append(appendPad2(append(b[:0], "time "...), v/60), ':'), v%60)
		if n.Unit == "h12" {
			s = append(s, " (a.m. or p.m.)"...)
		}
		return string(s)
	case Year:
		return "year " + strconv.Itoa(int(n.Value))
	case Duration:
		if n.Unit == "s" && n.Value >= 60 {
			for _, u := range []struct {
				secs float64
				name string
			}{{86400, "d"}, {3600, "h"}, {60, "min"}} {
				if math.Mod(n.Value, u.secs) == 0 {
					return formatValue(n.Value/u.secs) + " " + u.name
				}
			}
		}
	}
	s := formatValue(n.Value)
	if n.Unit != "" {
		s += " " + n.Unit
	}
	if n.Kind == Ordinal {
		s = "#" + s
	}
	return s
}

// appendPad2 appends v as fmt's %02d does (two digits at least, a sign
// counting as one), without fmt: String is said for each number a check
// reports.
func appendPad2(b []byte, v int) []byte {
	if 0 <= v && v < 10 {
		return append(b, '0', byte('0'+v))
	}
	return strconv.AppendInt(b, int64(v), 10)
}

// Extract returns the numbers of text in order of position. lang is the
// language of the text: English number words are read only in English
// (or undetermined) text; digits, Korean units and English units are read
// in either, since news in one language quotes the other.
func Extract(text string, lang language.Tag) []Number {
	buf := scratch.Get().(*[]Number)
	s := scanner{text: text, words: readsWords(lang), out: (*buf)[:0]}
	s.run()
	// The numbers are gathered in a reused buffer and returned in a slice
	// of their own size: no regrowing while scanning.
	var out []Number
	if len(s.out) > 0 {
		out = make([]Number, len(s.out))
		copy(out, s.out)
		clear(s.out) // the buffer must not keep the text alive
	}
	if cap(s.out) <= maxScratch {
		*buf = s.out[:0]
		scratch.Put(buf)
	}
	return out
}

// AppendExtract appends the numbers of text (those Extract returns, in
// the same order) to dst and returns the extended slice: a caller that
// keeps dst between texts allocates nothing once it is large enough. The
// numbers already in dst are not read.
func AppendExtract(dst []Number, text string, lang language.Tag) []Number {
	if len(dst) > 0 {
		// The scanner looks back at the numbers it found before: it
		// starts on a slice of its own (dst's spare room).
		s := scanner{text: text, words: readsWords(lang), out: dst[len(dst):]}
		s.run()
		if len(s.out) <= cap(dst)-len(dst) {
			return dst[:len(dst)+len(s.out)] // found in place: never regrown
		}
		return append(dst, s.out...)
	}
	s := scanner{text: text, words: readsWords(lang), out: dst}
	s.run()
	return s.out
}

// readsWords reports whether English number words are read in text of
// lang: in any language but Korean.
func readsWords(lang language.Tag) bool {
	base, _ := lang.Base()
	return base.String() != "ko"
}

// scratch holds the buffers Extract gathers numbers in; one larger than
// maxScratch numbers is dropped.
var scratch = sync.Pool{New: func() any { return new([]Number) }}

const maxScratch = 4096

// Equal reports whether a and b say the same quantity: the same kind and
// unit and value (see Number.Prec), or a count and a year, ordinal or
// amount of the same value, or two dates of which one lacks its month or
// its day, or two clock times equal modulo 12 hours when one has no
// a.m./p.m.
func Equal(a, b Number) bool {
	return equal(&a, &b, wildcard)
}

// The levels of matching: identical (kind, unit and value as written),
// exact (kind, unit and value within rounding: 10억 달러 = $1 billion, but
// not before 9억7860만달러 has met its $978.6 million), lenient (see
// Equal) and wildcard (lenient, and a weekday or a relative year pairs
// with any date or year). Match tries them in this order.
const (
	identical = iota // same kind, unit and value, no rounding tolerance
	exact
	lenient
	wildcard
)

func equal(a, b *Number, level int) bool {
	if level == identical {
		// A difference of 0 (finite equal values) is within the tolerance.
		d := a.Value - b.Value
		return a.Kind == b.Kind && a.Unit == b.Unit && (d == 0 || math.Abs(d) <= 1e-9*fmax(math.Abs(a.Value), math.Abs(b.Value)))
	}
	if a.Kind == Cardinal && b.Kind == Cardinal && a.Unit != b.Unit {
		return level > exact && sameLength(a, b)
	}
	if a.Kind == b.Kind {
		return equalKind(a, b, level)
	}
	if level == exact {
		return false
	}
	return equalAcross(a, b)
}

// equalKind is equal for two numbers of the same kind.
func equalKind(a, b *Number, level int) bool {
	switch a.Kind {
	case Year:
		if a.Unit == "rel" || b.Unit == "rel" {
			return level == wildcard || a.Unit == b.Unit
		}
	case Date:
		if a.Unit == "wd" || b.Unit == "wd" {
			return level == wildcard || a.Unit == b.Unit
		}
		am, ad := int(a.Value)/100, int(a.Value)%100
		bm, bd := int(b.Value)/100, int(b.Value)%100
		return (am == bm || (level > exact && (am == 0 || bm == 0))) &&
			(ad == bd || (level > exact && (ad == 0 || bd == 0)))
	case Time:
		if a.Unit == "h12" || b.Unit == "h12" {
			return math.Mod(a.Value, 720) == math.Mod(b.Value, 720)
		}
	case Percent:
		if a.Unit == "frac" || b.Unit == "frac" {
			// a third = 30%: a fraction said in words pairs, above the
			// exact level, with a percentage within fracTolerance points.
			return level > exact && (a.Unit != "pt" && b.Unit != "pt") && math.Abs(a.Value-b.Value) <= fracTolerance
		}
	}
	if a.Kind == Money && level > exact && a.Unit != b.Unit && (a.Unit == "USD" && otherDollar(b.Unit) || b.Unit == "USD" && otherDollar(a.Unit)) {
		// A bare dollar ($, 달러) for another dollar named on the other
		// side: a Korean article often writes 달러 for the country's
		// dollar the English names (session 17, helper T14).
		return close(a, b)
	}
	if a.Kind == Duration && level > exact && (a.Unit == "y" && b.Unit == "mo" || a.Unit == "mo" && b.Unit == "y") {
		y, m := a, b
		if a.Unit == "mo" {
			y, m = b, a
		}
		return y.Value*12 == m.Value // 12 months = 1년
	}
	return a.Unit == b.Unit && close(a, b)
}

// otherDollar reports whether u is a dollar other than the US one that
// the scanner tells (NZ$, HK$, A$, C$, S$ and their Korean names).
func otherDollar(u string) bool {
	return u == "NZD" || u == "HKD" || u == "AUD" || u == "CAD" || u == "SGD"
}

// fracTolerance is how many percentage points a fraction said in words
// (a third, a half) may be from a percentage (30%~50% = a third to a
// half; developed on the dev part of testdata/checkreal).
const fracTolerance = 4

// equalAcross is equal for two numbers of different kinds, above the
// exact level.
func equalAcross(a, b *Number) bool {
	if a.Kind == Ordinal && b.Kind == Duration || a.Kind == Duration && b.Kind == Ordinal {
		// his 14th season = 14년; the eighth day = 8일간
		o, d := a, b
		if a.Kind == Duration {
			o, d = b, a
		}
		if d.Unit == "y" && d.Value == o.Value || d.Unit == "s" && d.Value == o.Value*86400 {
			return true
		}
	}
	if a.Kind == Date && b.Kind == Duration || a.Kind == Duration && b.Kind == Date {
		d, u := a, b
		if a.Kind == Duration {
			d, u = b, a
		}
		if int(d.Value)/100 == 0 && u.Unit == "s" && u.Value == d.Value*86400 {
			return true // 15일짜리 = 15 days: a day without its month read as a count
		}
	}
	if a.Kind == Cardinal || b.Kind == Cardinal {
		return equalCardinal(a, b)
	}
	return false
}

// equalCardinal is equalAcross when one of a and b is a cardinal.
func equalCardinal(a, b *Number) bool {
	o := b
	if b.Kind == Cardinal {
		o = a
	}
	switch o.Kind {
	case Year, Ordinal, Money, Cardinal:
		return close(a, b)
	case Percent:
		return o.Unit == "pt" && close(a, b) // 8점 = eight points

	case Duration:
		// "55, 60 minutes" = 55분, 60분; "20 years his senior" = 20세.
		c := a
		if a.Kind != Cardinal {
			c = b
		}
		if o.Unit != "s" {
			return c.Value == o.Value
		}
		for _, u := range []float64{1, 60, 3600, 86400, 7 * 86400} {
			if c.Value*u == o.Value {
				return true
			}
		}
	}
	return false
}

// perUnit gives lengths and speeds in meters (speeds in meters an hour)
// and areas in square meters (평 = 400/121 m²).
var perUnit = map[string]float64{"km": 1000, "m": 1, "cm": 0.01, "mm": 0.001, "in": 0.0254, "mi": 1609.344, "ft": 0.3048, "mph": 1609.344, "kmh": 1000,
	"m2": 1, "ft2": 0.09290304, "km2": 1e6, "ha": 1e4, "acre": 4046.8564224, "pyeong": 400.0 / 121}

// dimension is what a unit of perUnit measures: 's' speed, 'a' area,
// 'l' length.
func dimension(u string) byte {
	switch u {
	case "mph", "kmh":
		return 's'
	case "m2", "ft2", "km2", "ha", "acre", "pyeong":
		return 'a'
	}
	return 'l'
}

// conversionTolerance is how far apart two measures in different units
// may be and still say the same: translators round conversions (240km =
// 150 miles, 150 km/h = 90 mph, 975 m² = 10,500 square feet; developed
// on the dev part of testdata/checkreal).
const conversionTolerance = 0.05

// sameTemperature compares degrees: Celsius (Korean 도) and English
// degrees, which US news gives in Fahrenheit (25도 = 77 degrees), within
// one degree.
func sameTemperature(a, b *Number) bool {
	c, o := a, b
	if b.Unit == "C" {
		c, o = b, a
	}
	if c.Unit != "C" {
		return false
	}
	switch o.Unit {
	case "C", "deg", "":
		if math.Abs(c.Value-o.Value) < 0.01 {
			return true
		}
		if o.Unit == "" {
			return false
		}
		fallthrough
	case "F":
		return math.Abs(c.Value*9/5+32-o.Value) <= 1
	}
	return false
}

// sameLength compares counts of which one or both carry a unit of length,
// speed or area: 240km = 150 miles within conversionTolerance; a number
// without a unit equals the same number with one.
func sameLength(a, b *Number) bool {
	if a.Unit == "C" || b.Unit == "C" {
		return sameTemperature(a, b)
	}
	if a.Unit == "" || b.Unit == "" {
		return close(a, b)
	}
	ua, ok1 := perUnit[a.Unit]
	ub, ok2 := perUnit[b.Unit]
	if !ok1 || !ok2 || dimension(a.Unit) != dimension(b.Unit) {
		return false
	}
	x, y := a.Value*ua, b.Value*ub
	return math.Abs(x-y) <= conversionTolerance*math.Max(x, y)
}

func close(a, b *Number) bool {
	if a.Value == b.Value {
		return true
	}
	tol := fmax(a.Prec, b.Prec) / 2
	if tol == 0 {
		d := math.Abs(a.Value - b.Value)
		return d <= 1e-9*fmax(math.Abs(a.Value), math.Abs(b.Value))
	}
	return math.Abs(a.Value-b.Value) <= tol
}

// fmax is math.Max(x, y), which amd64 does not inline: when x > y or
// y > x (neither is NaN, and the larger is the maximum, infinite or
// not), here; equal values, zeros and NaNs by math.Max.
func fmax(x, y float64) float64 {
	if x > y {
		return x
	}
	if y > x {
		return y
	}
	return math.Max(x, y)
}

// Match pairs the numbers of a source text with those of its translation:
// first by kind, unit and value, then leniently (see Equal). It returns the
// source numbers without a partner (missing from the target) and the
// target numbers without one (extra in the target); weak numbers are never
// returned. Order is kept.
func Match(src, tgt []Number) (missing, extra []Number) {
	missing, extra, _ = MatchAnchors(src, tgt)
	return missing, extra
}

// MatchAnchors is Match that also counts the weak source numbers paired
// as written or within rounding (6자회담 = six-party, 2차 = second):
// they are no reason to report a number, but they show that two texts
// say the same thing. One is left out: it pairs by chance (1급 and
// Category 1 in a pair whose English says much more).
func MatchAnchors(src, tgt []Number) (missing, extra []Number, weakPaired int) {
	n := len(src) + len(tgt)
	sc, flags := getScratch(2*n, n)
	defer putScratch(sc)
	usedS, usedT := flags[:len(src):len(src)], flags[len(src):n:n]
	weakPaired = pair(src, tgt, usedS, usedT, sc.ints)
	echo := flags[n:]
	echoS, echoT := echoes(src, usedS, echo[:len(src):len(src)], sc.ints), echoes(tgt, usedT, echo[len(src):], sc.ints)
	return unpairedEcho(src, usedS, echoS), unpairedEcho(tgt, usedT, echoT), weakPaired
}

// Contradictions is MatchAnchors that returns, of the numbers left without
// a partner, only those that contradict a number left on the other side:
// the same kind of quantity said with another value (see Comparable), as
// a wrong digit, a wrong scale, another day or another length does. A
// number present on one side only (an editor's omission or addition, a
// number the other side says in words the scanner does not read) is not
// returned: omitted and added lists those, for a caller that reports them
// apart. A weak number left on the other side counts as a contradicting
// partner ("two of them" for 3명) but is itself never returned.
func Contradictions(src, tgt []Number) (missing, extra, omitted, added []Number, weakPaired int) {
	n := len(src) + len(tgt)
	sc, flags := getScratch(3*n, 2*n) // used, echo, hits; indices
	defer putScratch(sc)
	return contradictions(src, tgt, sc, flags, nil)
}

// Buffers is room for the results of Contradictions and its scratch, kept
// by a caller that compares many pairs of texts: the lists that
// Buffers.Contradictions returns share it and stay valid until its next
// call or Reset. A Buffers is used by one goroutine at a time; the zero
// value is ready.
type Buffers struct {
	room []Number // the results of the last call
	sc   matchScratch
}

// Contradictions is the function Contradictions with its results in b:
// no allocation once b has grown to the pairs' sizes.
func (b *Buffers) Contradictions(src, tgt []Number) (missing, extra, omitted, added []Number, weakPaired int) {
	n := len(src) + len(tgt)
	flags := b.sc.prepare(3*n, 2*n)
	b.Reset()
	return contradictions(src, tgt, &b.sc, flags, &b.room)
}

// Reset clears the numbers of the last results (so that b keeps no text
// alive); the lists returned before are cleared too.
func (b *Buffers) Reset() {
	clear(b.room)
	b.room = b.room[:0]
}

// contradictions is Contradictions with the scratch sc and its flags (see
// getScratch) given; the results are carved from room's spare capacity
// (grown as needed) or, with room nil, allocated.
func contradictions(src, tgt []Number, sc *matchScratch, flags []bool, room *[]Number) (missing, extra, omitted, added []Number, weakPaired int) {
	n := len(src) + len(tgt)
	usedS, usedT := flags[:len(src):len(src)], flags[len(src):n:n]
	weakPaired = pair(src, tgt, usedS, usedT, sc.ints)
	// Whether each number left echoes a paired one of its side (a repeat
	// or a conversion), found once for the numbers reported and for the
	// partners that splitLeft looks at.
	echo := flags[n : 2*n : 2*n]
	echoS, echoT := echoes(src, usedS, echo[:len(src):len(src)], sc.ints), echoes(tgt, usedT, echo[len(src):], sc.ints)
	hits := flags[2*n:]
	missing, omitted = splitLeft(src, tgt, usedS, echoS, usedT, echoT, sc.ints, hits, room)
	extra, added = splitLeft(tgt, src, usedT, echoT, usedS, echoS, sc.ints, hits, room)
	return missing, extra, omitted, added, weakPaired
}

// matchScratch holds the flags and indices of a Contradictions or
// MatchAnchors call, kept in matchPool: no arrays to zero on the stack
// and no allocations but the results.
type matchScratch struct {
	flags []bool
	ints  []int32
}

var matchPool = sync.Pool{New: func() any { return new(matchScratch) }}

// getScratch returns a scratch from the pool with room for nints indices
// (not cleared) and its first nflags flags, all false.
func getScratch(nflags, nints int) (*matchScratch, []bool) {
	sc := matchPool.Get().(*matchScratch)
	return sc, sc.prepare(nflags, nints)
}

// prepare makes room in sc for nints indices (not cleared) and returns
// its first nflags flags, all false.
func (sc *matchScratch) prepare(nflags, nints int) []bool {
	if cap(sc.flags) < nflags {
		sc.flags = make([]bool, nflags)
	}
	if cap(sc.ints) < nints {
		sc.ints = make([]int32, nints)
	}
	sc.ints = sc.ints[:cap(sc.ints)]
	flags := sc.flags[:nflags]
	clear(flags)
	return flags
}

// putScratch returns sc to the pool unless it grew past maxScratch*4.
func putScratch(sc *matchScratch) {
	if cap(sc.flags) <= 4*maxScratch && cap(sc.ints) <= 4*maxScratch {
		matchPool.Put(sc)
	}
}

// splitLeft returns the numbers of own left without a partner that are
// reported (not weak, not an echo) in two lists: those that a number of
// other left without a partner contradicts (see contradicted), and the
// others. Both are carved from one allocation, each with no room to grow
// into the other.
//
// ints (room for len(own)+len(other) indices, and as many more for the
// candidates grouped by kind: with less room they are tried in order)
// and hits (len(own) flags) are scratch; the lists are carved from room
// (see take).
func splitLeft(own, other []Number, used, echo, usedOther, echoOther []bool, ints []int32, hits []bool, room *[]Number) (c, one []Number) {
	left := ints[:0:len(own)]
	for i := range own {
		if !used[i] && !own[i].Weak && !echo[i] {
			left = append(left, int32(i))
		}
	}
	if len(left) == 0 {
		return nil, nil
	}
	cands := ints[len(own):len(own)]
	for j := range other {
		if !usedOther[j] && !echoOther[j] {
			cands = append(cands, int32(j))
		}
	}
	hit := hits[:0:len(left)]
	k := 0
	if len(cands) > 0 {
		// The candidates by kind: each number left tries only the
		// kinds that may contradict it.
		var from [numKinds + 1]int32
		var byKind []int32
		if len(ints) >= len(own)+len(other)+len(cands) {
			byKind = groupIndices(other, cands, ints[len(own)+len(other):], &from)
		}
		for _, i := range left {
			var h bool
			if byKind != nil {
				h = contradictedGrouped(&own[i], own, other, byKind, &from)
			} else {
				h = contradicted(&own[i], own, other, cands)
			}
			hit = append(hit, h)
			if h {
				k++
			}
		}
	}
	all := take(room, len(left))
	a, b := 0, k
	for x, i := range left {
		if k > 0 && hit[x] {
			all[a] = own[i]
			a++
		} else {
			all[b] = own[i]
			b++
		}
	}
	if k > 0 {
		c = all[:k:k]
	}
	if k < len(left) {
		one = all[k:]
	}
	return c, one
}

// take returns n numbers of room's spare capacity (room grows by them),
// with no capacity beyond them; with room nil, or not room enough, a new
// array (room then moves to one at least twice as large: the lists taken
// before keep the old one).
func take(room *[]Number, n int) []Number {
	if room == nil {
		return make([]Number, n)
	}
	r := *room
	if cap(r)-len(r) < n {
		r = make([]Number, 0, max(2*cap(r), n, 64))
	}
	*room = r[:len(r)+n]
	return r[len(r) : len(r)+n : len(r)+n]
}

// contradicted reports whether a number of other left without a partner
// (a weak one only as a number word of n's kind, and size for counts; not a repeat
// or a conversion of a paired number) is comparable with n, or is an
// amount with a scale that a bare n left out (see scaleLeftOut), or the
// other way round; own is n's side.
func contradicted(n *Number, own, other []Number, cands []int32) bool {
	k := -1 // the numbers of n's side before n, counted when needed
	for _, j := range cands {
		if contradicts(n, own, other, j, &k) {
			return true
		}
	}
	return false
}

// contradictedGrouped is contradicted with the candidates grouped by kind
// (byKind and from, see groupIndices): only the kinds that may contradict
// n are tried (contraKinds), which gives the same answer since
// contradicted asks whether any candidate does.
func contradictedGrouped(n *Number, own, other []Number, byKind []int32, from *[numKinds + 1]int32) bool {
	if n.Kind >= numKinds {
		return contradicted(n, own, other, byKind)
	}
	mask := contraKinds[n.Kind]
	if n.Prec != 0 {
		mask |= 1 << Cardinal // a bare count that left n's scale out
	}
	k := -1
	for kind := range Kind(numKinds) {
		if mask&(1<<kind) == 0 {
			continue
		}
		for _, j := range byKind[from[kind]:from[kind+1]] {
			if contradicts(n, own, other, j, &k) {
				return true
			}
		}
	}
	return false
}

// contraKinds has bit b of contraKinds[a] set when a number of kind b may
// contradict one of kind a (see contradicts): the same kind (a weak
// number only so), a count and an amount or a year, a duration and an
// ordinal, a clock time or a day (comparableNums); a count and any kind
// with a scale (scaleLeftOut): a count is tried against every kind, and
// a number with a scale against counts too (contradictedGrouped).
var contraKinds = [numKinds]uint16{
	Cardinal: 1<<numKinds - 1,
	Ordinal:  1<<Ordinal | 1<<Duration,
	Money:    1<<Money | 1<<Cardinal,
	Percent:  1 << Percent,
	Date:     1<<Date | 1<<Duration,
	Year:     1<<Year | 1<<Cardinal,
	Time:     1<<Time | 1<<Duration,
	Duration: 1<<Duration | 1<<Ordinal | 1<<Time | 1<<Date,
}

// contradicts is contradicted's test of the candidate other[j]; *k is
// the count of the numbers of own before n, -1 until it is needed.
func contradicts(n *Number, own, other []Number, j int32, k *int) bool {
	o := &other[j]
	if o.Weak && !pointsAgainst(n, o) && (o.Kind != n.Kind || n.Kind == Cardinal && !sameMagnitude(n.Value, o.Value) || o.Text == "" || '0' <= o.Text[0] && o.Text[0] <= '9') {
		// A weak number contradicts only as a number word of n's kind
		// (and size, for counts): "two of them" for 3명, "three
		// hours" for 2시간; not "sixth week" for 6주째, "two" for
		// 2000년대, 8강 (the quarterfinals) for a score's 5.
		return false
	}
	if comparableNums(n, o) || n.Prec != 0 && scaleLeftOut(other[:j], n, o) {
		return true
	}
	if o.Prec != 0 {
		if *k < 0 {
			*k = 0
			for *k < len(own) && own[*k].End <= n.Start {
				*k++
			}
		}
		if scaleLeftOut(own[:*k], o, n) {
			return true
		}
	}
	return false
}

// groupIndices is groupKinds for the numbers ns[j] of the indices idx
// (every index of ns when idx is nil): idx grouped by kind, in order within
// each kind, in buf (room for len(idx)); nil when buf is too small or a
// kind is not defined.
func groupIndices(ns []Number, idx, buf []int32, from *[numKinds + 1]int32) []int32 {
	n := len(idx)
	if idx == nil {
		n = len(ns)
	}
	if n > len(buf) {
		return nil
	}
	at := func(i int) int32 {
		if idx == nil {
			return int32(i)
		}
		return idx[i]
	}
	var count [numKinds]int32
	for i := 0; i < n; i++ {
		k := ns[at(i)].Kind
		if k >= numKinds {
			return nil
		}
		count[k]++
	}
	var next [numKinds]int32
	sum := int32(0)
	for k := range count {
		from[k], next[k] = sum, sum
		sum += count[k]
	}
	from[numKinds] = sum
	out := buf[:n]
	for i := 0; i < n; i++ {
		j := at(i)
		k := ns[j].Kind
		out[next[k]] = j
		next[k]++
	}
	return out
}

// scaleLeftOut reports whether y is a bare number that takes its scale
// and unit from an amount before it of x's kind and unit ("150 million
// euros today, tomorrow it will be 200" for 3억 유로), as elide pairs them
// when the values agree.
func scaleLeftOut(before []Number, x, y *Number) bool {
	if y.Kind != Cardinal || y.Unit != "" || y.Prec != 0 || y.Value < 1 {
		return false
	}
	for k := range before {
		if p := &before[k]; p.Kind == x.Kind && p.Unit == x.Unit && p.Prec != 0 {
			return true
		}
	}
	return false
}

// Comparable reports whether a and b are the same kind of quantity, so
// that two different values contradict each other: dates that both give
// a month or both a day (not a weekday), years (not 지난해), clock times,
// ordinals, money in one currency (or the same amount in another: a
// wrong currency), percentages in one unit (or percent and points of one
// value), durations in
// one unit, lengths, speeds or areas of one dimension (in any unit),
// degrees, a duration and an ordinal (the 26th minute, 25분), a clock
// time (21:30, 21시간 30분) or a day without its month (August 8-24,
// 24일간), a count and an amount of money of the same size (3.034,
// $3.0344), a year and four bare digits (1973년, 1738); and counts
// without a unit whose values have the same number of digits before the
// point or the same significant digits (a wrong digit: 11,444,638 and
// 11,445,638; a wrong scale: 204만 and 20.4 million), since two counts of
// other sizes more often count different things.
func Comparable(a, b Number) bool { return comparableNums(&a, &b) }

// comparableNums is Comparable without copying the numbers.
func comparableNums(a, b *Number) bool {
	if a.Kind != b.Kind {
		if b.Kind == Cardinal {
			a, b = b, a
		}
		if a.Kind == Cardinal && a.Unit == "" {
			switch b.Kind {
			case Money: // 3.034(달라), $3.0344
				return sameMagnitude(a.Value, b.Value) || sameDigits(a.Value, b.Value)
			case Percent: // 30점 (a count of points), 13 points
				return pointsAgainst(a, b)
			case Year: // 1973년, 1738 (a year the scanner did not take as one)
				return len(a.Text) == 4 && strings.Trim(a.Text, "0123456789") == ""
			}
			return false
		}
		if b.Kind == Duration {
			a, b = b, a
		}
		if a.Kind != Duration || a.Unit != "s" && b.Kind != Ordinal {
			return false
		}
		switch b.Kind {
		case Ordinal, Time: // the 26th minute, 25분; 21:30, 21시간 30분
			return true
		case Date: // August 8-24, 24일간
			return int(b.Value)/100 == 0
		}
		return false
	}
	switch a.Kind {
	case Date:
		if a.Unit == "wd" || b.Unit == "wd" {
			return false
		}
		am, ad := int(a.Value)/100, int(a.Value)%100
		bm, bd := int(b.Value)/100, int(b.Value)%100
		return am != 0 && bm != 0 || ad != 0 && bd != 0
	case Year:
		return a.Unit != "rel" && b.Unit != "rel"
	case Time, Ordinal:
		return true
	case Percent:
		// a percentage and points of the same value: a wrong unit
		// (0.23%포인트, 0.23 percent)
		return a.Unit != "frac" && b.Unit != "frac" && (a.Unit == b.Unit || close(a, b))
	case Money:
		// another currency with the same amount (1100만 달러, £11million);
		// with another amount it is a conversion
		return a.Unit == b.Unit || close(a, b)
	case Duration:
		return a.Unit == b.Unit
	}
	// Cardinal
	if a.Unit != "" || b.Unit != "" {
		if a.Unit == b.Unit || degrees(a.Unit) && degrees(b.Unit) {
			return true
		}
		ua, ok1 := perUnit[a.Unit]
		ub, ok2 := perUnit[b.Unit]
		return ok1 && ok2 && ua > 0 && ub > 0 && dimension(a.Unit) == dimension(b.Unit)
	}
	return sameMagnitude(a.Value, b.Value) || sameDigits(a.Value, b.Value) || myriadShift(a, b)
}

// myriadShift reports whether counts a and b, one written with a Korean
// myriad scale (만, 억, 조: 350만), have one digit more or fewer before the
// point than the other: the scale misread by ten (350만, 3,500,000, given
// as 530,000 or 520,000; 140만 as 410,000), which a wrong digit beside it
// hides from sameDigits (session 22, helper T48; check13d-missed).
func myriadShift(a, b *Number) bool {
	d := magnitude(a.Value) - magnitude(b.Value)
	return (d == 1 || d == -1) && (myriadText(a.Text) || myriadText(b.Text))
}

// myriadText reports whether a number's text holds 만, 억 or 조.
func myriadText(t string) bool {
	return strings.Contains(t, "만") || strings.Contains(t, "억") || strings.Contains(t, "조")
}

// degrees reports whether u is a unit of temperature.
func degrees(u string) bool { return u == "C" || u == "F" || u == "deg" }

// sameMagnitude reports whether x and y have as many digits before the
// point (both below 1 count as one).
func sameMagnitude(x, y float64) bool {
	return magnitude(x) == magnitude(y)
}

// magnitude is the number of digits of |v| before the point, less one
// (0 below 1): floor(log10(|v|) + 1e-9), the tolerance taking a value a
// hair under a power of ten as that power. Away from the powers of ten
// (by more than a relative pow10Margin, far more than the tolerance) it
// is read from a table without a logarithm; near them it is computed as
// said.
func magnitude(v float64) int {
	v = math.Abs(v)
	if v < 1 {
		return 0
	}
	if k, ok := betweenPowers(v); ok {
		return k
	}
	return magnitudeLog(v)
}

// magnitudeLog is magnitude for |v| >= 1 by the logarithm.
func magnitudeLog(v float64) int {
	return int(math.Floor(math.Log10(math.Abs(v)) + 1e-9))
}

// sameDigits reports whether x and y differ by a power of ten only:
// log10 of their ratio within 1e-9 of an integer. A ratio away from the
// powers of ten (see magnitude) is not, without a logarithm.
func sameDigits(x, y float64) bool {
	if x <= 0 || y <= 0 || x == y {
		return false
	}
	q := math.Max(x, y) / math.Min(x, y)
	if _, ok := betweenPowers(q); ok {
		return false
	}
	return powerOfTenLog(q)
}

// powerOfTenLog is sameDigits for the ratio q of the larger to the
// smaller by the logarithm.
func powerOfTenLog(q float64) bool {
	r := math.Log10(q)
	return math.Abs(r-math.Round(r)) < 1e-9
}

// pow10 holds the powers of ten that float64 gives exactly.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// pow10Margin is how far, relatively, a value must be from a power of
// ten for betweenPowers to place it: log10(1+1e-6) is about 4.3e-7, some
// four hundred times the tolerance of magnitude and sameDigits, and far
// above the rounding of math.Log10.
const pow10Margin = 1e-6

// betweenPowers returns k when 10^k (1+pow10Margin) <= v <= 10^(k+1)
// (1-pow10Margin) for v >= 1 below 1e22; ok is false for other values
// (NaN too).
func betweenPowers(v float64) (k int, ok bool) {
	if !(v >= 1 && v < pow10[len(pow10)-1]) {
		return 0, false
	}
	// v >= 2^e, and e*1233/4096 is below e*log10(2): k starts at or
	// below floor(log10(v)) and moves up at most once or twice.
	e := int(math.Float64bits(v)>>52&0x7FF) - 1023
	for k = e * 1233 >> 12; pow10[k+1] <= v; {
		k++
	}
	return k, v >= pow10[k]*(1+pow10Margin) && v <= pow10[k+1]*(1-pow10Margin)
}

// pair marks the numbers of src and tgt that have a partner, level by
// level, and returns how many weak source numbers were paired as written
// or within rounding (see MatchAnchors).
//
// ints is scratch: room for len(tgt) indices, or nil.
func pair(src, tgt []Number, usedS, usedT []bool, ints []int32) (weakPaired int) {
	return pairGrouped(src, tgt, usedS, usedT, ints, true)
}

// pairGrouped is pair; with group false it tries every target number at
// every level (the general path, for the tests).
func pairGrouped(src, tgt []Number, usedS, usedT []bool, ints []int32, group bool) (weakPaired int) {
	left := len(src) // source numbers without a partner yet
	// At the identical and exact levels only numbers of one kind are
	// equal: there the target numbers of the source number's kind are
	// tried, in order, from byKind (nil: all of them are tried); above
	// them those of the kinds that may be equal across too.
	var from [numKinds + 1]int32
	var byKind []int32
	if group {
		byKind = groupKinds(tgt, ints, &from)
	}
	for level := identical; level <= wildcard && left > 0; level++ {
		for i := range src {
			if usedS[i] {
				continue
			}
			a := &src[i]
			j := -1
			if level <= exact && byKind != nil {
				if a.Kind < numKinds { // no target number has another kind
					for _, k := range byKind[from[a.Kind]:from[a.Kind+1]] {
						if !usedT[k] && equal(a, &tgt[k], level) {
							j = int(k)
							break
						}
					}
				}
			} else if byKind != nil {
				// Above the exact level the kinds that may be equal
				// across (see mayEqualAcross) are tried too: the first
				// target number, in order, of a.Kind's and theirs.
				if a.Kind < numKinds {
					mask := uint16(1)<<a.Kind | uint16(acrossKinds[a.Kind])
					for kind := range Kind(numKinds) {
						if mask&(1<<kind) == 0 {
							continue
						}
						for _, k := range byKind[from[kind]:from[kind+1]] {
							if j >= 0 && int(k) > j {
								break // an earlier one is taken
							}
							if !usedT[k] && equal(a, &tgt[k], level) {
								j = int(k)
								break
							}
						}
					}
				}
			} else {
				for k := range tgt {
					if usedT[k] {
						continue
					}
					if b := &tgt[k]; a.Kind != b.Kind && (level <= exact || !mayEqualAcross(a.Kind, b.Kind)) {
						continue // equal is false: see mayEqualAcross
					}
					if equal(a, &tgt[k], level) {
						j = k
						break
					}
				}
			}
			if j >= 0 {
				usedS[i], usedT[j] = true, true
				left--
				if a.Weak && level <= exact && a.Value != 1 {
					weakPaired++
				}
			}
		}
	}
	elide(src, tgt, usedS, usedT)
	elide(tgt, src, usedT, usedS)
	return weakPaired
}

// numKinds is the number of kinds defined.
const numKinds = Duration + 1

// groupKinds returns the indices of ns grouped by kind, in order within
// each kind, in buf: those of kind k are idx[from[k]:from[k+1]]. It
// returns nil when ns has more numbers than buf holds or a kind not
// defined.
func groupKinds(ns []Number, buf []int32, from *[numKinds + 1]int32) []int32 {
	return groupIndices(ns, nil, buf, from)
}

// acrossKinds has bit b of acrossKinds[a] set when equalAcross may hold
// for numbers of kinds a and b: an ordinal or a day and a duration, a
// count and a year, ordinal, amount, percentage or duration. Numbers of
// two other kinds are never equal, and numbers of two kinds are never
// equal at the identical and exact levels: pair asks equal only of the
// others.
var acrossKinds = [...]uint8{
	Cardinal: 1<<Year | 1<<Ordinal | 1<<Money | 1<<Percent | 1<<Duration,
	Ordinal:  1<<Cardinal | 1<<Duration,
	Money:    1 << Cardinal,
	Percent:  1 << Cardinal,
	Date:     1 << Duration,
	Year:     1 << Cardinal,
	Time:     0,
	Duration: 1<<Cardinal | 1<<Ordinal | 1<<Date,
}

// mayEqualAcross reports whether numbers of the kinds a and b, not the
// same, may be equal (see acrossKinds); kinds not defined never are.
func mayEqualAcross(a, b Kind) bool {
	return a < numKinds && b < numKinds && acrossKinds[a]&(1<<b) != 0
}

// echoes sets echo[i] for each number of ns left without a partner that
// repeats or converts a paired number of its side (repeatedOf, conversion)
// and returns echo; with no number paired there is none.
//
// ints is scratch (room for len(ns) indices).
func echoes(ns []Number, used, echo []bool, ints []int32) []bool {
	// The paired numbers, which repeatedOf looks for, are listed once.
	paired := ints[:0:len(ns)]
	for i, u := range used {
		if u {
			paired = append(paired, int32(i))
		}
	}
	if len(paired) == 0 {
		return echo
	}
	for i := range ns {
		echo[i] = !used[i] && (repeatedOf(ns, paired, i) || conversion(ns, used, i))
	}
	return echo
}

// repeatedOf reports whether ns[i] repeats a number of its own side
// that was paired (paired lists their indices): one language says a
// number twice where the other says it once ("노드 스트림 2" ... "2배").
func repeatedOf(ns []Number, paired []int32, i int) bool {
	n := &ns[i]
	for _, j := range paired {
		if int(j) != i && ns[j].Kind == n.Kind && ns[j].Value == n.Value {
			return true
		}
	}
	return false
}

// unpairedEcho returns the numbers of ns without a partner that are
// reported: not weak, not an echo (see echoes). The result is sized once.
func unpairedEcho(ns []Number, used, echo []bool) []Number {
	k := 0
	for i := range ns {
		if !used[i] && !ns[i].Weak && !echo[i] {
			k++
		}
	}
	if k == 0 {
		return nil
	}
	out := make([]Number, 0, k)
	for i := range ns {
		if !used[i] && !ns[i].Weak && !echo[i] {
			out = append(out, ns[i])
		}
	}
	return out
}

// elide pairs a number of a that is left without a partner and has a
// scale (2억 유로) with a bare number of b that left the scale and unit
// out, since a number before it on its side gave them ("150 million
// euros ... tomorrow it will be 200"). Developed on the dev part of
// testdata/checkreal.
func elide(a, b []Number, usedA, usedB []bool) {
	for i := range a {
		x := &a[i]
		if usedA[i] || x.Prec == 0 {
			continue
		}
		for j := range b {
			y := &b[j]
			if usedB[j] || y.Kind != Cardinal || y.Unit != "" || y.Prec != 0 || y.Value < 1 {
				continue
			}
			if scaledBefore(b[:j], x, y) {
				usedA[i], usedB[j] = true, true
				break
			}
		}
	}
}

// scaledBefore reports whether one of before (the numbers before y on
// its side) has x's kind and unit and a scale s (thousand, million,
// billion, 만, 억, 조) such that y times s is x.
func scaledBefore(before []Number, x, y *Number) bool {
	for k := len(before) - 1; k >= 0; k-- {
		p := &before[k]
		if p.Kind != x.Kind || p.Unit != x.Unit || p.Prec == 0 {
			continue
		}
		for _, sc := range [...]float64{1e3, 1e4, 1e6, 1e8, 1e9, 1e12} {
			if p.Value >= sc && p.Value < sc*1e4 {
				if math.Abs(y.Value*sc-x.Value) <= x.Prec/2 {
					return true
				}
			}
		}
	}
	return false
}

// conversionGap is how many bytes may stand between an amount and its
// conversion into another unit: "$5.6 million (2.8 million pounds)",
// "£7 million about $12.8 million".
const conversionGap = 24

// conversion reports whether ns[i] is a conversion an editor added to a
// paired number of its own side: an amount in another currency, or a
// length, area or temperature in another unit, right before or after it
// ("$100 (10,000 yen)" for 1만엔). Developed on the earlier held-out parts
// of testdata/checkreal (see the README).
func conversion(ns []Number, used []bool, i int) bool {
	n := &ns[i]
	for _, k := range []int{i - 1, i + 1} {
		if k < 0 || k >= len(ns) || !used[k] {
			continue
		}
		o := &ns[k]
		if o.Kind != n.Kind || o.Unit == n.Unit || o.Unit == "" || n.Unit == "" {
			continue
		}
		if n.Kind != Money {
			_, ok1 := perUnit[o.Unit]
			_, ok2 := perUnit[n.Unit]
			temp := (o.Unit == "C" || o.Unit == "F") && (n.Unit == "C" || n.Unit == "F" || n.Unit == "deg")
			if !temp && !(ok1 && ok2 && dimension(o.Unit) == dimension(n.Unit)) {
				continue
			}
		}
		gap := n.Start - o.End
		if k > i {
			gap = o.Start - n.End
		}
		if gap >= 0 && gap <= conversionGap {
			return true
		}
	}
	return false
}

// formatValue writes v without an exponent, with thousands commas from
// 10,000 on: 1,200,000,000,000; 24.1; 1800.
func formatValue(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if math.Abs(v) < 1e4 || math.Abs(v) >= 1e21 {
		return s
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	b.WriteString(frac)
	return b.String()
}

// pointsAgainst reports whether n is a Korean count of points (30점을
// 넣었다, followed by 점) and o points said in English (13 points, weak
// as a poll's lead): a score of another value contradicts it (session 26,
// helper T94).
func pointsAgainst(n, o *Number) bool {
	return n.points && n.Kind == Cardinal && n.Unit == "" && o.Kind == Percent && o.Unit == "pt" &&
		strings.HasSuffix(o.Text, "points")
}
