package number

import (
	"math"
	"strings"
	"unicode/utf8"
)

// scanner is one pass of Extract over a text.
type scanner struct {
	text  string
	words bool // read English number words and month names
	out   []Number
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isHangul(r rune) bool { return 0xAC00 <= r && r <= 0xD7A3 }

func (s *scanner) run() {
	t := s.text
	for i := 0; i < len(t); {
		c := t[i]
		switch {
		case isLetter(c): // first: most bytes of English are letters
			j := i
			for j < len(t) && isLetter(t[j]) {
				j++
			}
			if j < len(t) && isDigit(t[j]) {
				if (t[i:j] == "euro" || t[i:j] == "euros") && s.numeric(i, j, "EUR") {
					i = s.out[len(s.out)-1].End // euro500 (AP style)
					continue
				}
				// A letter glued to digits: a name (G20, A380).
				for j < len(t) && (isDigit(t[j]) || isLetter(t[j])) {
					j++
				}
				i = j
				continue
			}
			if j-i <= 2 && j+1 < len(t) && t[j] == '$' && isDigit(t[j+1]) {
				// US$, and (session 17, helper T14) the other dollars
				// written so: NZ$, HK$, A$, C$, S$ are no US dollars.
				if cur := dollarPrefix(t[i:j]); cur != "" && s.numeric(i, j+1, cur) {
					i = s.out[len(s.out)-1].End
					continue
				}
			}
			// englishWord reads a Roman numeral or a word of the shape of a
			// number word (mayBeNumberWord): the others are not asked.
			if s.words && (romanDigit(c) != 0 || j-i >= 3 && j-i <= 14 && mayBeNumberWord(t[i:j])) && s.englishWord(i, j) {
				i = s.out[len(s.out)-1].End
				continue
			}
			i = j
		case c == ' ':
			i++
		case isDigit(c):
			if s.digitStart(i) && s.numeric(i, i, "") {
				i = s.out[len(s.out)-1].End
				continue
			}
			// Skip the rest of the alphanumeric run (F-35, G20, 3D).
			for i < len(t) && (isDigit(t[i]) || isLetter(t[i]) || t[i] == '.' && i+1 < len(t) && isDigit(t[i+1])) {
				i++
			}
		case c == '.' && i+1 < len(t) && isDigit(t[i+1]) && (i == 0 || t[i-1] == ' ' || t[i-1] == '('):
			// A batting average .268 (the Korean 2할6푼8리).
			v, e, frac, _ := s.digits(i + 1)
			if frac == 0 && e-i-1 == 3 && !s.letterAt(e) {
				s.emit(i, e, Cardinal, v/1000, "", 0, false)
				i = e
				continue
			}
			i++
		case c == '$' || c == '\xe2' || c == '\xc2':
			cur, n := currencyPrefix(t[i:])
			if n > 0 && i+n < len(t) && isDigit(t[i+n]) && s.numeric(i, i+n, cur) {
				i = s.out[len(s.out)-1].End
				continue
			}
			i++
		case c >= 0x80:
			if !hangul3(t, i) {
				_, n := utf8.DecodeRuneInString(t[i:])
				i += n
				continue
			}
			if !s.hangulBefore(i) && s.koreanWord(i) {
				i = s.out[len(s.out)-1].End
				continue
			}
			// The syllables after it have a syllable before them: no
			// Korean word number starts there.
			for i += 3; hangul3(t, i); i += 3 {
			}
		default:
			i++
		}
	}
}

// digitStart reports whether a number may start at i: not glued to a Latin
// letter before it, directly or over a hyphen (F-35, COVID-19).
func (s *scanner) digitStart(i int) bool {
	if i == 0 {
		return true
	}
	p := s.text[i-1]
	if isLetter(p) || isDigit(p) {
		return false
	}
	if (p == '-' || p == '.') && i >= 2 && isLetter(s.text[i-2]) && !strings.HasSuffix(s.text[:i], "-to-") {
		return false
	}
	if p == '#' && i >= 2 && s.text[i-2] == '&' {
		return false // an HTML character reference: &#8212;
	}
	return true
}

// hangul3 reports whether a Hangul syllable (U+AC00 to U+D7A3, three
// bytes in UTF-8: EA B0 80 to ED 9E A3) starts at t[p], as isHangul of
// the rune decoded there does, without decoding it: the three bytes read
// as one number lie in that range and the last two are continuation
// bytes (then the order of the numbers is that of the runes).
func hangul3(t string, p int) bool {
	if p < 0 || len(t)-p < 3 {
		return false
	}
	v := uint32(t[p])<<16 | uint32(t[p+1])<<8 | uint32(t[p+2])
	return v-0xEAB080 <= 0xED9EA3-0xEAB080 && v&0xC0C0 == 0x8080
}

// syllable decodes the Hangul syllable at t[p] (hangul3(t, p) holds).
func syllable(t string, p int) rune {
	return rune(t[p]&0x0F)<<12 | rune(t[p+1]&0x3F)<<6 | rune(t[p+2]&0x3F)
}

// hangulBefore reports whether the text before i ends with a Hangul
// syllable (as isHangul of utf8.DecodeLastRuneInString(text[:i])).
func (s *scanner) hangulBefore(i int) bool { return hangul3(s.text[:i], i-3) }

// hangulAt reports whether a Hangul syllable starts at p.
func (s *scanner) hangulAt(p int) bool { return hangul3(s.text, p) }

// letterAt reports an ASCII letter at p.
func (s *scanner) letterAt(p int) bool { return p < len(s.text) && isLetter(s.text[p]) }

// has reports whether pre is at p. Most calls fail: their first or last
// byte tells it without comparing the rest.
func (s *scanner) has(p int, pre string) bool {
	t := s.text
	n := len(pre)
	if n == 0 {
		return p <= len(t)
	}
	return len(t)-p >= n && t[p] == pre[0] && t[p+n-1] == pre[n-1] && t[p:p+n] == pre
}

// word reports whether the ASCII word w is at p, in any case, ending at
// a non-letter. The loops over lists of words test firstIs before it.
func (s *scanner) word(p int, w string) bool {
	t := s.text
	if len(t)-p < len(w) || len(w) > 0 && t[p]|0x20 != w[0]|0x20 {
		return false // most calls: the first byte differs, in any case
	}
	return equalFoldASCII(t[p:p+len(w)], w) && !s.letterAt(p+len(w))
}

// firstIs reports whether the byte at p is c in any case (c an ASCII
// letter): a test that word(p, w) needs for w[0] = c, made inline.
func (s *scanner) firstIs(p int, c byte) bool {
	return p < len(s.text) && s.text[p]|0x20 == c|0x20
}

// equalFoldASCII reports whether t and w are the same ASCII letters in
// any case and the same other bytes. For an ASCII w it is
// strings.EqualFold(t, w) when t is as long as w: no other rune folds to
// an ASCII one in as many bytes (the Kelvin sign K and the long s take
// more). Every word the scanner looks for is ASCII (TestWordsASCII).
func equalFoldASCII(t, w string) bool {
	if len(t) != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		a, b := t[i], w[i]
		if a != b && (a|0x20 != b|0x20 || a|0x20 < 'a' || a|0x20 > 'z') {
			return false
		}
	}
	return true
}

// space skips one space (or a no-break space) at p.
func (s *scanner) space(p int) int {
	if p < len(s.text) && s.text[p] == ' ' {
		return p + 1
	}
	if s.has(p, "\u00a0") {
		return p + 2
	}
	return p
}

// dollarPrefix returns the currency of a dollar sign after letters (US$,
// NZ$, HK$, A$, AU$, C$, CA$, S$, SG$), or "".
func dollarPrefix(letters string) string {
	switch letters {
	case "US":
		return "USD"
	case "NZ":
		return "NZD"
	case "HK":
		return "HKD"
	case "A", "AU":
		return "AUD"
	case "C", "CA":
		return "CAD"
	case "S", "SG":
		return "SGD"
	}
	return ""
}

func currencyPrefix(t string) (string, int) {
	switch {
	case strings.HasPrefix(t, "$"):
		return "USD", 1
	case strings.HasPrefix(t, "₩"):
		return "KRW", len("₩")
	case strings.HasPrefix(t, "€"):
		return "EUR", len("€")
	case strings.HasPrefix(t, "£"):
		return "GBP", len("£")
	case strings.HasPrefix(t, "¥"):
		return "JPY", len("¥")
	}
	return "", 0
}

// digits reads digits with thousands commas and a decimal part at p.
func (s *scanner) digits(p int) (v float64, end, frac int, comma bool) {
	t := s.text
	for p < len(t) {
		c := t[p]
		if isDigit(c) {
			v = v*10 + float64(c-'0')
			p++
			continue
		}
		if c == ',' && isDigit3(t, p+1) && (p+4 >= len(t) || !isDigit(t[p+4])) {
			comma = true
			p++
			continue
		}
		break
	}
	if p+1 < len(t) && t[p] == '.' && isDigit(t[p+1]) {
		p++
		scale := 0.1
		for p < len(t) && isDigit(t[p]) {
			v += float64(t[p]-'0') * scale
			scale /= 10
			frac++
			p++
		}
		v = roundTo(v, frac)
	}
	return v, p, frac, comma
}

func isDigit3(t string, p int) bool {
	return p+3 <= len(t) && isDigit(t[p]) && isDigit(t[p+1]) && isDigit(t[p+2])
}

func roundTo(v float64, frac int) float64 {
	m := math.Pow(10, float64(frac))
	return math.Round(v*m) / m
}

var koScale = []struct {
	s     string
	v     float64
	large bool
}{
	{"십", 10, false}, {"백", 100, false}, {"천", 1000, false},
	{"만", 1e4, true}, {"억", 1e8, true}, {"조", 1e12, true},
}

func (s *scanner) koScaleAt(p int) (float64, bool, int) {
	if p >= len(s.text) || s.text[p] != 0xEB && s.text[p] != 0xEC {
		return 0, false, p // every scale word starts with EB or EC (TestKoScaleFirstByte)
	}
	for _, k := range koScale {
		if s.has(p, k.s) {
			return k.v, k.large, p + len(k.s)
		}
	}
	return 0, false, p
}

// korean reads a Korean composite number such as 1조2000억, 3천만, 1만5천
// whose first digits (value v, frac decimals) end at p. It returns the value,
// the place value of the last digits and the end.
func (s *scanner) korean(v float64, frac int, p int) (float64, float64, int) {
	total, group, cur := 0.0, 0.0, v
	run := math.Pow(10, -float64(frac))
	pending := true
	for {
		m, large, q := s.koScaleAt(p)
		if q == p {
			break
		}
		if !large {
			group += cur * m
		} else {
			group += cur
			if group == 0 {
				group = 1
			}
			total += group * m
			group = 0
		}
		if pending {
			run *= m
		}
		if large {
			pending = false
		}
		cur = 0
		p = q
		if _, _, q2 := s.koScaleAt(p); q2 > p {
			continue // 3천만
		}
		if !large {
			// 6천 만원: a small scale, a space, then a large one.
			if r := s.space(p); r > p {
				if m2, large2, q2 := s.koScaleAt(r); q2 > r && large2 && m2 == 1e4 && !s.has(q2, "큼") {
					p = r
					continue
				}
			}
		}
		// More digits with their unit: 1조2000억, 1조 2000억, 22 억 5 천만.
		r := s.space(p)
		if r < len(s.text) && isDigit(s.text[r]) {
			nv, ne, nf, _ := s.digits(r)
			se := ne
			if q := s.space(ne); q > ne && !s.words {
				if _, _, q2 := s.koScaleAt(q); q2 > q {
					se = q
				}
			}
			if _, _, q2 := s.koScaleAt(se); q2 > se || r == p {
				cur, p = nv, se
				run, pending = math.Pow(10, -float64(nf)), true
				continue
			}
			if large && nf == 0 && nv < m && r > p && !s.words {
				// 37만 5,000달러: the rest of the amount after a space.
				cur, p = nv, ne
			}
		}
		break
	}
	total += group + cur
	return total, run, p
}

var enScale = []struct {
	w string
	v float64
}{{"hundred", 100}, {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}, {"dozen", 12}}

// numeric reads a number whose digits start at i; start is where the
// expression starts (a currency sign before the digits), cur the currency
// of that sign. It appends the number and reports true, or reports false.
func (s *scanner) numeric(start, i int, cur string) bool {
	v, p, frac, comma := s.digits(i)
	ndig := p - i
	if cur == "" && !comma {
		if done, ok := s.numericDateTime(start, i, p, v, frac); done {
			return ok
		}
	}
	if q, mul, ok := s.gluedScale(p, cur != ""); ok {
		v *= mul
		prec := mul * math.Pow(10, -float64(frac))
		if prec < 1000 {
			prec = 0
		}
		return s.tail(start, q, v, prec, cur, true, false, ndig, false)
	}
	v, prec, p, scaled := s.spacedScale(i, p, v, frac, comma)
	return s.tail(start, p, v, prec, cur, scaled, frac == 0 && !comma, ndig, false)
}

// numericDateTime reads the digits of v from i to p, without a currency
// or thousands separator, as a clock time or a date written with digits
// only (10:30, 9·19, 2005.10, 9/11, 7.55am); done tells that numeric
// ends, with ok as its result.
func (s *scanner) numericDateTime(start, i, p int, v float64, frac int) (done, ok bool) {
	t := s.text
	if s.mixedFraction(start, p, v, frac) || s.namedDate(start, p, v, frac) {
		return true, true
	}
	// Clock time 10:30 (a.m.).
	if frac == 0 && p+2 < len(t) && t[p] == ':' && isDigit(t[p+1]) && isDigit(t[p+2]) && (p+3 >= len(t) || !isDigit(t[p+3])) && v <= 24 {
		mm := float64(t[p+1]-'0')*10 + float64(t[p+2]-'0')
		if mm < 60 {
			return true, s.clock(start, p+3, v, mm)
		}
	}
	// Korean month·day dates: 9·19 (군사합의), 5·18.
	if frac == 0 && v >= 1 && v <= 12 && (s.has(p, "·") || s.has(p, "・")) {
		q := p + len("·")
		if s.has(p, "・") {
			q = p + len("・")
		}
		if q < len(t) && isDigit(t[q]) {
			d, e, df, dc := s.digits(q)
			if df == 0 && !dc && d >= 1 && d <= 31 && e-q <= 2 {
				s.emit(start, e, Date, v*100+d, "", 0, false)
				return true, true
			}
		}
	}
	// A dateline stamp 2005.10 (year and month): weak.
	if frac == 2 && p-i == 7 && v >= 1900 && v < 2100 {
		if m := math.Round((v - math.Floor(v)) * 100); m >= 1 && m <= 12 {
			s.emit(start, p, Year, math.Floor(v), "", 0, true)
			return true, true
		}
	}
	// Korean month/day: 9/11 (the September 11 attacks).
	if frac == 0 && v >= 1 && v <= 12 && p+1 < len(t) && t[p] == '/' && isDigit(t[p+1]) && !s.words {
		d, e, df, dc := s.digits(p + 1)
		if df == 0 && !dc && d >= 1 && d <= 31 && e-p-1 <= 2 && (e >= len(t) || t[e] != '/') {
			s.emit(start, e, Date, v*100+d, "", 0, false)
			return true, true
		}
	}
	// Clock time 7.55am, 4.40 pm (British style).
	if frac == 2 && v < 13 {
		if q, pm, ok := s.ampm(p); ok {
			h := math.Floor(v)
			mm := math.Round((v - h) * 100)
			if mm < 60 {
				s.emit(start, q, Time, hour12(h, pm)*60+mm, "", 0, false)
				return true, true
			}
		}
	}
	return false, false
}

// mixedFraction reads the fraction of a mixed number, 220 2/3 innings,
// as a weak number; the digits of v (frac decimals) run from start to p.
func (s *scanner) mixedFraction(start, p int, v float64, frac int) bool {
	t := s.text
	if frac != 0 || v < 1 || v >= 10 || p+1 >= len(t) || t[p] != '/' || !isDigit(t[p+1]) || start < 2 || t[start-1] != ' ' || !isDigit(t[start-2]) {
		return false
	}
	d, e, df, _ := s.digits(p + 1)
	if df != 0 || d <= v || d > 16 {
		return false
	}
	s.emit(start, e, Cardinal, v/d, "", 0, true)
	return true
}

// namedDate reads a Korean date named by month.day: 6.15 남북공동선언,
// 3.1절, 5.18 민주화운동, 6.25 전쟁.
func (s *scanner) namedDate(start, p int, v float64, frac int) bool {
	if frac != 1 && frac != 2 || v < 1 || v >= 13 || s.words || !s.dateName(p) {
		return false
	}
	m := math.Floor(v)
	d := math.Round((v - m) * math.Pow(10, float64(frac)))
	if d < 1 || d > 31 {
		return false
	}
	s.emit(start, p, Date, m*100+d, "", 0, false)
	return true
}

// dateName reports whether a word that names an event by its date follows
// at p (glued or after a space): 6.15 선언, 3.1절, 5.18 민주화운동.
func (s *scanner) dateName(p int) bool {
	q := s.space(p)
	if q == p && s.has(p, "절") {
		return true
	}
	for _, w := range []string{"남북", "공동선언", "선언", "사태", "항쟁", "민주", "혁명", "전쟁", "정상회담", "기념", "참사", "사변", "합의"} {
		if s.has(q, w) {
			return true
		}
	}
	return false
}

// spacedScale reads the scale word after the digits of v from i to p,
// Korean (370억, 370 억 달러, 22억 5천만) or English (3 million,
// 35-billion): it returns the scaled value, its precision, the end of
// the number and whether a scale was read.
func (s *scanner) spacedScale(i, p int, v float64, frac int, comma bool) (float64, float64, int, bool) {
	t := s.text
	prec := 0.0
	scaled := false
	if r := s.space(p); r > p && !s.words && !comma && frac == 0 {
		// 370 억 달러, 22 억 5 천만: the scale after a space.
		if _, _, q := s.koScaleAt(r); q > r {
			p = r
		}
	}
	if m, _, q := s.koScaleAt(p); q > p && !(i > 0 && strings.HasSuffix(t[:i], "제")) && !(s.has(p, "조") && lawBefore(t[:i])) {
		_ = m
		v, prec, p = s.korean(v, frac, p)
		scaled = true
		if prec < 1000 {
			prec = 0
		}
	} else if q := s.space(p); q > p || (q < len(t) && t[q] == '-') {
		if q == p {
			q++
		}
		for _, sc := range enScale {
			if s.firstIs(q, sc.w[0]) && s.word(q, sc.w) {
				v *= sc.v
				prec = sc.v * math.Pow(10, -float64(frac))
				if prec < 1000 {
					prec = 0
				}
				p = q + len(sc.w)
				scaled = true
				break
			}
		}
	}
	return v, prec, p, scaled
}

// lawBefore reports whether t ends with the name of a law or treaty and a
// space, so that the 조 of the number after it is an article (헌법 9조,
// article nine), not a trillion.
func lawBefore(t string) bool {
	for _, w := range []string{"헌법 ", "법 ", "조약 ", "협약 ", "헌장 ", "협정 ", "규약 "} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// gluedScale reads a scale written right after the digits: £2.8bn,
// $5bn, £11million, 3tn and, after a currency sign, m for million (£125m).
func (s *scanner) gluedScale(p int, currency bool) (int, float64, bool) {
	for _, g := range []struct {
		w string
		v float64
	}{{"bn", 1e9}, {"tn", 1e12}, {"trillion", 1e12}, {"billion", 1e9}, {"million", 1e6}} {
		if s.firstIs(p, g.w[0]) && s.word(p, g.w) {
			return p + len(g.w), g.v, true
		}
	}
	if currency && s.word(p, "m") {
		return p + 1, 1e6, true
	}
	return p, 0, false
}

// rangeYear reports the year meant by two digits v starting at i after a
// year and a range sign: 1950-53, 1950~53년 (1953).
func (s *scanner) rangeYear(i int, v float64, ndig int) (float64, bool) {
	if ndig != 2 || i < 5 {
		return 0, false
	}
	t := s.text
	j := i - 1
	switch {
	case t[j] == '-' || t[j] == '~' || t[j] == '/':
	case j >= 2 && (strings.HasSuffix(t[:i], "–") || strings.HasSuffix(t[:i], "～")):
		j = i - len("–")
	default:
		return 0, false
	}
	if j < 4 || !isDigit(t[j-1]) || !isDigit(t[j-4]) || (j >= 5 && isDigit(t[j-5])) {
		return 0, false
	}
	y := float64(int(t[j-4]-'0')*1000 + int(t[j-3]-'0')*100 + int(t[j-2]-'0')*10 + int(t[j-1]-'0'))
	if y < 1800 || y > 2100 {
		return 0, false
	}
	full := math.Floor(y/100)*100 + v
	if full <= y {
		return 0, false
	}
	return full, true
}

// bracketed reports whether a number starting at start stands in brackets
// right after the previous number (a conversion: 150 feet (46 metres),
// 1조 원(8억 달러)).
func (s *scanner) bracketed(start int) bool {
	n := len(s.out)
	if n == 0 {
		return false
	}
	last := s.out[n-1]
	if start < last.End || start-last.End > 24 {
		return false
	}
	between := s.text[last.End:start]
	return strings.Contains(between, "(") && !strings.Contains(between, ")")
}

// clock appends a clock time hh:mm ending at p, with a.m./p.m. if given.
func (s *scanner) clock(start, p int, h, mm float64) bool {
	if q, pm, ok := s.ampm(p); ok {
		s.emit(start, q, Time, hour12(h, pm)*60+mm, "", 0, false)
		return true
	}
	unit := ""
	if h <= 12 {
		unit = "h12"
	}
	s.emit(start, p, Time, math.Mod(h, 24)*60+mm, unit, 0, false)
	return true
}

func hour12(h float64, pm bool) float64 {
	h = math.Mod(h, 12)
	if pm {
		h += 12
	}
	return h
}

// ampm reads " a.m." or " p.m." at p.
func (s *scanner) ampm(p int) (end int, pm, ok bool) {
	q := s.space(p)
	if q >= len(s.text) || s.text[q]|0x20 != 'a' && s.text[q]|0x20 != 'p' {
		return p, false, false // all the forms start with a or p
	}
	for _, c := range []struct {
		w  string
		pm bool
	}{{"a.m.", false}, {"p.m.", true}, {"a.m", false}, {"p.m", true}, {"am", false}, {"pm", true}, {"AM", false}, {"PM", true}, {"A.M.", false}, {"P.M.", true}} {
		if s.has(q, c.w) && !s.letterAt(q+len(c.w)) {
			return q + len(c.w), c.pm, true
		}
	}
	return p, false, false
}

func (s *scanner) emit(start, end int, k Kind, v float64, unit string, prec float64, weak bool) {
	if s.bracketed(start) && !(k == Money && s.out[len(s.out)-1].Kind == Money) {
		// A conversion in brackets: either number may be the one the
		// other language gives (46미터 = 150 feet (46 metres)).
		weak = true
		s.out[len(s.out)-1].Weak = true
	}
	if k == Duration && (v == 1 && unit != "s" || unit == "s" && (v == 60 || v == 3600 || v == 86400 || v == 7*86400)) {
		weak = true // a year, an hour: English says them without a numeral
	}
	if n := len(s.out); n > 0 && k == Cardinal && unit != "" && s.rangeStart(&s.out[n-1], start) {
		// 22~25도, 72 to 78 degrees: the first number of a range takes
		// the unit of the second.
		s.out[n-1].Unit = unit
	}
	if n := len(s.out); n > 0 && !s.words && s.approximate(&s.out[n-1], start) {
		// 2, 3년 (two or three years): an approximation the other
		// language gives in words (a couple of years), weak.
		weak = true
		s.out[n-1].Weak = true
	}
	s.out = append(s.out, Number{Start: start, End: end, Kind: k, Value: v, Unit: unit, Text: s.text[start:end], Prec: prec, Weak: weak})
}

// rangeStart reports whether last is a number without a unit that starts
// a range ending with the number at start: 22~25도, 72 to 78 degrees.
func (s *scanner) rangeStart(last *Number, start int) bool {
	if last.Kind != Cardinal || last.Unit != "" || last.End > start || start-last.End > 4 {
		return false
	}
	switch s.text[last.End:start] {
	case "~", "-", "–", "～", " to ", " - ", "에서 ", " ~ ":
		return true
	}
	return false
}

// approximate reports whether a Korean number starting at start follows
// last as the second of two neighbouring small numbers: 2, 3년, 4,5명.
func (s *scanner) approximate(last *Number, start int) bool {
	if last.Kind != Cardinal || last.Unit != "" || last.End > start || start-last.End > 2 || start >= len(s.text) || !isDigit(s.text[start]) {
		return false
	}
	if between := s.text[last.End:start]; between != "," && between != ", " {
		return false
	}
	lv := last.Value
	if lv != math.Floor(lv) || lv < 1 || lv > 9 {
		return false
	}
	v, _, frac, _ := s.digits(start)
	return frac == 0 && v == lv+1
}

var (
	enCurrency = []struct{ w, c string }{
		{"won", "KRW"},
		// Session 17, helper T14: the other dollars by name, before "dollars".
		{"New Zealand dollars", "NZD"}, {"New Zealand dollar", "NZD"}, {"Hong Kong dollars", "HKD"}, {"Hong Kong dollar", "HKD"},
		{"Australian dollars", "AUD"}, {"Australian dollar", "AUD"}, {"Canadian dollars", "CAD"}, {"Canadian dollar", "CAD"},
		{"Singapore dollars", "SGD"}, {"Singapore dollar", "SGD"},
		{"dollars", "USD"}, {"dollar", "USD"}, {"yen", "JPY"}, {"euros", "EUR"},
		{"euro", "EUR"}, {"yuan", "CNY"}, {"pounds", "GBP"},
	}
	koCurrency = []struct{ w, c string }{
		{"뉴질랜드 달러", "NZD"}, {"뉴질랜드달러", "NZD"}, {"홍콩 달러", "HKD"}, {"홍콩달러", "HKD"}, {"호주 달러", "AUD"}, {"호주달러", "AUD"},
		{"캐나다 달러", "CAD"}, {"캐나다달러", "CAD"}, {"싱가포르 달러", "SGD"}, {"싱가포르달러", "SGD"},
		{"달러", "USD"}, {"엔", "JPY"}, {"유로", "EUR"}, {"위안", "CNY"}, {"파운드", "GBP"}, {"원", "KRW"},
	}
	// Syllables after 원 that make another word (원칙, 원전, 원장 ...).
	notWon = "칙전장인자로산본래안형점회고리유천격"
	// Units of length and speed: English words and Korean or metric
	// abbreviations, with the unit they are compared in.
	enLength = []struct{ w, unit string }{
		{"miles", "mi"}, {"mile", "mi"}, {"mph", "mph"}, {"kph", "kmh"}, {"feet", "ft"}, {"foot", "ft"},
		{"kilometers", "km"}, {"kilometres", "km"}, {"kilometer", "km"}, {"kilometre", "km"}, {"km", "km"},
		{"meters", "m"}, {"metres", "m"}, {"meter", "m"}, {"metre", "m"}, {"inches", "in"}, {"inch", "in"},
		{"centimeters", "cm"}, {"centimetres", "cm"}, {"millimeters", "mm"}, {"millimetres", "mm"},
		{"degrees Celsius", "C"}, {"degrees Fahrenheit", "F"}, {"degrees", "deg"}, {"degree", "deg"},
	}
	koLength = []struct{ w, unit string }{
		{"킬로미터", "km"}, {"센티미터", "cm"}, {"밀리미터", "mm"}, {"미터", "m"}, {"마일", "mi"}, {"피트", "ft"}, {"인치", "in"},
	}
	enDur = []struct {
		w    string
		v    float64
		unit string
	}{
		{"seconds", 1, "s"}, {"second", 1, "s"}, {"minutes", 60, "s"}, {"minute", 60, "s"},
		{"hours", 3600, "s"}, {"hour", 3600, "s"}, {"days", 86400, "s"}, {"day", 86400, "s"},
		{"weeks", 7 * 86400, "s"}, {"week", 7 * 86400, "s"}, {"months", 1, "mo"}, {"month", 1, "mo"},
		{"years", 1, "y"}, {"year", 1, "y"}, {"decades", 10, "y"}, {"decade", 10, "y"},
	}
)

// numTail is what tail knows of a number of value v from start to p: its
// currency when written before it, whether it was scaled by a word
// (million, 억), an integer, its digit count, spelled as a word. q is the
// first byte after the spaces at p.
type numTail struct {
	start, p, q     int
	v, prec         float64
	cur             string
	scaled, integer bool
	ndig            int
	word            bool
}

// tail reads what follows a number of value v ending at p: a currency,
// percent sign, Korean or English unit, and appends the number.
func (s *scanner) tail(start, p int, v, prec float64, cur string, scaled, integer bool, ndig int, word bool) bool {
	a := &numTail{start: start, p: p, v: v, prec: prec, cur: cur, scaled: scaled, integer: integer, ndig: ndig, word: word}
	if integer && !word && s.tailEra(a) {
		return true
	}
	if s.tailPercent(a) || s.tailCurrency(a) || s.tailArea(a) {
		return true
	}
	if integer && !word && s.tailRangeOrDate(a) {
		return true
	}
	// Korean units glued to the digits.
	if integer && !word && s.hangulAt(p) {
		if ok := s.koreanUnit(start, p, v); ok {
			return true
		}
	}
	if done, ok := s.tailGlued(a); done {
		return ok
	}
	if s.tailClock(a) || s.tailDuration(a) || s.tailLength(a) || s.tailFourDigits(a) {
		return true
	}
	// One is weak: English says "a" (1발 = a missile). A number after a
	// capitalized word names something (Fortune 500, Boeing 747, Category
	// 1): weak.
	s.emit(start, p, Cardinal, v, "", 0, v == 1 || s.words && s.labelBefore(start))
	if integer && !word && s.pointsCount(p) {
		s.out[len(s.out)-1].points = true // 30점을 넣었다: compared with points said in English (pointsAgainst)
	}
	return true
}

// pointsCount reports whether 점 follows the Korean number ending at p as a
// count of points, then a particle or no Hangul (30점을, 13점으로, 8점):
// not 3점슛 (a three-pointer), 30점대 (the thirties) or a longer word
// (session 26, helper T94).
func (s *scanner) pointsCount(p int) bool {
	if !s.has(p, "점") {
		return false
	}
	e := p + len("점")
	if !s.hangulAt(e) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s.text[e:])
	return strings.ContainsRune("을를이가은는으에도만씩과와의까차", r)
}

// notLabel are capitalized words after which a number is a quantity, not
// part of a name: sentence-initial function words.
var notLabel = map[string]bool{"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "Of": true, "For": true,
	"By": true, "About": true, "Some": true, "Nearly": true, "Over": true, "Under": true, "More": true, "All": true, "Only": true,
	"Just": true, "With": true, "And": true, "But": true, "To": true, "From": true, "Up": true, "Since": true, "Its": true,
	"His": true, "Her": true, "Their": true, "Our": true, "Those": true, "These": true, "After": true, "Before": true,
	"Top": true, "Last": true, "Next": true, "Around": true, "Almost": true, "Than": true, "Or": true, "Between": true,
	"Only about": true, "Another": true, "Those are": true, "Of the": true, "No": true, "Nos": true}

// labelBefore reports whether the English number starting at start comes
// right after a capitalized word that is no function word, month or
// weekday: Fortune 500, Boeing 747, Apollo 11.
func (s *scanner) labelBefore(start int) bool {
	t := s.text
	if start < 3 || t[start-1] != ' ' {
		return false
	}
	k := start - 1
	for k > 0 && isLetter(t[k-1]) {
		k--
	}
	w := t[k : start-1]
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || notLabel[w] || weekdays[w] {
		return false
	}
	if _, ok := months[w]; ok {
		return false
	}
	return true
}

// tailEra reads a year of an era: 117AD, AD 117, A.D. 117, 500 BC; the
// Korean 911 테러 (September 11); and the idiom 9 to 5 (a weak number: an
// office job, no clock time).
func (s *scanner) tailEra(a *numTail) bool {
	t, start, p, v := s.text, a.start, a.p, a.v
	if start >= 3 && t[start-1] == ' ' && (strings.HasSuffix(t[:start], "AD ") || strings.HasSuffix(t[:start], "A.D. ")) {
		if s.has(p, "년") {
			p += len("년")
		}
		s.emit(start, p, Year, v, "", 0, false)
		return true
	}
	q := s.space(p)
	for _, e := range []struct {
		w    string
		sign float64
	}{{"AD", 1}, {"A.D.", 1}, {"BC", -1}, {"B.C.", -1}} {
		if q >= len(t) || t[q] != 'A' && t[q] != 'B' {
			break
		}
		if s.has(q, e.w) && !s.letterAt(q+len(e.w)) {
			s.emit(start, q+len(e.w), Year, e.sign*v, "", 0, false)
			return true
		}
	}
	if !s.words && v == 911 && (s.has(p, " 테러") || s.has(p, "테러")) {
		s.emit(start, p, Date, 911, "", 0, false) // 911 테러: the September 11 attacks
		return true
	}
	if s.words && v == 9 && (s.has(p, " to 5") || s.has(p, "-to-5")) && !s.has(p+5, ":") && !s.has(p+5, " p") && !s.has(p+5, " a") && !s.has(p+5, "pm") && !s.has(p+5, "am") {
		s.emit(start, p+5, Cardinal, v, "", 0, true) // a 9 to 5 job
		return true
	}
	return false
}

// areaUnits are units of area after a number, glued or after a space,
// with the unit they are compared in (perUnit).
var areaUnits = []struct{ w, unit string }{
	{"m²", "m2"}, {"㎡", "m2"}, {"km²", "km2"}, {"㎢", "km2"}, {"제곱킬로미터", "km2"}, {"제곱미터", "m2"}, {"평방미터", "m2"},
	{"헥타르", "ha"}, {"에이커", "acre"},
	{"square feet", "ft2"}, {"square foot", "ft2"}, {"square-foot", "ft2"}, {"sq ft", "ft2"}, {"sq. ft.", "ft2"},
	{"square meters", "m2"}, {"square metres", "m2"}, {"square meter", "m2"}, {"square metre", "m2"},
	{"square-meter", "m2"}, {"square-metre", "m2"}, {"square kilometers", "km2"}, {"square kilometres", "km2"},
	{"acres", "acre"}, {"acre", "acre"}, {"hectares", "ha"}, {"hectare", "ha"},
}

// tailArea reads an area (975 m², 10,500-square-foot, 30평, 5헥타르),
// compared across units like lengths.
func (s *scanner) tailArea(a *numTail) bool {
	t, start, p := s.text, a.start, a.p
	q := a.q
	if q == p && q < len(t) && t[q] == '-' {
		q++
	}
	if q >= len(t) {
		return false
	}
	switch c := t[q]; c { // first bytes of the units: m² km² square sq acre hectare, ㎡ ㎢, 제 에, 평 헥
	case 'm', 'k':
		if !s.has(q+1, "²") && !s.has(q+1, "m²") {
			return false
		}
	case 's':
		if !s.has(q, "sq") {
			return false
		}
	case 'a':
		if !s.has(q, "acre") {
			return false
		}
	case 'h':
		if !s.has(q, "hectare") {
			return false
		}
	case 0xe3: // ㎡ ㎢
		if !s.has(q, "㎡") && !s.has(q, "㎢") {
			return false
		}
	case 0xec: // 제곱, 에이커
		if !s.has(q, "제곱") && !s.has(q, "에이커") {
			return false
		}
	case 0xed: // 평, 평방, 헥타르
		if s.has(q, "평") && !s.has(q, "평방") {
			return s.pyeong(a, q)
		}
		if !s.has(q, "평방") && !s.has(q, "헥타르") {
			return false
		}
	default:
		return false
	}
	for _, u := range areaUnits {
		if s.has(q, u.w) && !s.letterAt(q+len(u.w)) {
			s.emit(start, q+len(u.w), Cardinal, a.v, u.unit, 0, false)
			return true
		}
	}
	return false
}

// pyeong reads 평 glued to the number at p: 30평, 30평형, 30평짜리, not
// the start of another word (평균).
func (s *scanner) pyeong(a *numTail, p int) bool {
	if p != a.p {
		return false
	}
	e := p + len("평")
	if !s.hangulAt(e) || s.has(e, "형") || s.has(e, "짜리") || s.has(e, "의") || s.has(e, "을") || s.has(e, "이") || s.has(e, "에") || s.has(e, "은") || s.has(e, "가") || s.has(e, "대") {
		s.emit(a.start, e, Cardinal, a.v, "pyeong", 0, false)
		return true
	}
	return false
}

// tailPercent reads a percent sign or word after the number; it sets a.q.
func (s *scanner) tailPercent(a *numTail) bool {
	t, start, p, v := s.text, a.start, a.p, a.v
	if p < len(t) && t[p] == '%' {
		q := p + 1
		unit := "%"
		if s.has(q, "포인트") {
			q += len("포인트")
			unit = "pt"
		} else if q < len(t) && t[q] == 'p' && !s.letterAt(q+1) {
			q++
			unit = "pt"
		}
		s.emit(start, q, Percent, v, unit, 0, false)
		return true
	}
	q := s.space(p)
	a.q = q
	if q > p && q < len(t) && t[q] == '%' {
		s.emit(start, q+1, Percent, v, "%", 0, false) // 10 %
		return true
	}
	if q > p && s.has(q, "to ") && s.percentAfter(q+3) {
		s.emit(start, p, Percent, v, "%", 0, a.word) // five to ten per cent
		return true
	}
	if s.has(q, "포인트") {
		// Points without a percent sign: an index's move (189.02 포인트,
		// 12.5포인트), or percentage points said short; compared with
		// points and percentage points (session 17, helper T12).
		s.emit(start, q+len("포인트"), Percent, v, "pt", 0, false)
		return true
	}
	if s.has(q, "퍼센트") {
		e := q + len("퍼센트")
		unit := "%"
		if s.has(e, "포인트") {
			e += len("포인트")
			unit = "pt"
		}
		s.emit(start, e, Percent, v, unit, 0, false)
		return true
	}
	if q > p {
		if s.word(q, "percent") {
			s.emit(start, q+len("percent"), Percent, v, "%", 0, false)
			return true
		}
		if s.has(q, "per cent") && !s.letterAt(q+len("per cent")) {
			s.emit(start, q+len("per cent"), Percent, v, "%", 0, a.word)
			return true
		}
		if s.has(q, "percentage point") {
			e := q + len("percentage point")
			if e < len(t) && t[e] == 's' {
				e++
			}
			s.emit(start, e, Percent, v, "pt", 0, false)
			return true
		}
	}
	return false
}

// tailCurrency reads a currency after the amount (also hyphenated: 35
// trillion-won), or appends the amount of a currency written before it,
// or a scaled number.
func (s *scanner) tailCurrency(a *numTail) bool {
	t, start, p, v, prec := s.text, a.start, a.p, a.v, a.prec
	if a.cur != "" {
		s.money(start, p, v, a.cur, prec)
		return true
	}
	if a.q == p && a.scaled && p+1 < len(t) && t[p] == '-' {
		a.q = p + 1
	}
	q := a.q
	if q > p || a.scaled {
		for _, c := range enCurrency {
			if s.firstIs(q, c.w[0]) && s.word(q, c.w) {
				s.money(start, q+len(c.w), v, c.c, prec)
				return true
			}
		}
	}
	for _, c := range koCurrency {
		if s.has(q, c.w) {
			e := q + len(c.w)
			if c.w == "원" && s.hangulAt(e) {
				r, _ := utf8.DecodeRuneInString(t[e:])
				if strings.ContainsRune(notWon, r) {
					break
				}
			}
			s.money(start, e, v, c.c, prec)
			return true
		}
	}
	if a.scaled {
		s.emit(start, p, Cardinal, v, "", prec, false)
		return true
	}
	return false
}

// tailRangeOrDate reads, after an integer in digits, a year range
// (1950-53), the first number of a Korean range (24~26일, 3~4%) or a
// British date (29 September, 30th September, 4th of July).
func (s *scanner) tailRangeOrDate(a *numTail) bool {
	t, start, p, v := s.text, a.start, a.p, a.v
	// Two digits after a year and a range sign: 1950-53, 1950~53년.
	if y, ok := s.rangeYear(start, v, a.ndig); ok {
		e := p
		if s.has(e, "년") {
			e += len("년")
		}
		s.emit(start, e, Year, y, "", 0, false)
		return true
	}
	// The first number of a Korean range: 24~26일, 3~4%.
	if (s.has(p, "~") || s.has(p, "-")) && p+1 < len(t) && isDigit(t[p+1]) {
		_, e, _, _ := s.digits(p + 1)
		switch {
		case s.has(p, "-") && !s.has(e, "%"):
			// 5-3: a score, read as two numbers below
		case s.has(e, "일"):
			s.emit(start, p, Date, v, "", 0, true)
			return true
		case s.has(e, "%") || s.has(e, "퍼센트"):
			s.emit(start, p, Percent, v, "%", 0, false)
			return true
		case s.has(e, "월") && v >= 1 && v <= 12:
			s.emit(start, p, Date, v*100, "", 0, true) // 7~9월
			return true
		}
	}
	// A British date: 29 September, 30th September, 4th of July.
	if v >= 1 && v <= 31 {
		e := p
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			if s.word(e, suf) {
				e += 2
				break
			}
		}
		q := s.space(e)
		if q > e && s.has(q, "of ") {
			q += 3
		}
		if m, me, ok := s.monthName(q); ok && q > e {
			s.emit(start, me, Date, m*100+v, "", 0, false)
			return true
		}
	}
	return false
}

// tailGlued reads letters glued to the digits: am/pm, a length or weight,
// an ordinal suffix or a decade. done tells that tail ends, with ok as
// its result.
func (s *scanner) tailGlued(a *numTail) (done, ok bool) {
	start, p, v := a.start, a.p, a.v
	if a.word || !s.letterAt(p) {
		return false, false
	}
	// English clock times with am/pm glued: 2pm, 7am.
	if a.integer && v <= 12 {
		if e, pm, ok := s.ampm(p); ok {
			s.emit(start, e, Time, hour12(v, pm)*60, "", 0, false)
			return true, true
		}
	}
	// Lengths and weights glued to the digits in Korean text (15m, 10km):
	// the English spells the unit out (15 meters).
	if s.tailGluedLength(a) {
		return true, true
	}
	if !a.integer {
		return false, false
	}
	// English ordinal suffixes and decades: 3rd, 21st, 1990s; the 25th
	// minute of a match is the Korean 25분.
	t := s.text
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if s.word(p, suf) {
			e := p + 2
			if q := e + 1; q < len(t) && (t[e] == ' ' || t[e] == '-') && s.word(q, "minute") {
				s.emit(start, q+len("minute"), Duration, v*60, "s", 0, false)
				return true, true
			}
			s.emit(start, e, Ordinal, v, "", 0, false)
			return true, true
		}
	}
	if s.word(p, "s") {
		s.emit(start, p+1, Cardinal, v, "", 0, false)
		return true, true
	}
	return true, false // 3D, 5G, 10km: not a quantity we compare
}

// tailGluedLength reads a length or weight unit glued to the digits.
func (s *scanner) tailGluedLength(a *numTail) bool {
	t, start, p, v := s.text, a.start, a.p, a.v
	for _, u := range []string{"mph", "km", "cm", "mm", "kg", "ft", "m", "g", "t"} {
		if s.words && (u == "m" && !s.metersAfter(p+1) || u == "g" || u == "t") {
			continue // English 15m is 15 million
		}
		if s.has(p, u) && !s.letterAt(p+len(u)) { // case-sensitive: 3G is a name, not 3 grams
			unit := ""
			if u == "km" || u == "m" || u == "mph" || u == "ft" || u == "cm" || u == "mm" {
				unit = u
			}
			if u == "km" && (s.has(p+2, "/h") || strings.HasSuffix(t[:start], "시속 ") || strings.HasSuffix(t[:start], "시속") || s.rangeOfSpeed(start)) {
				unit = "kmh"
			}
			s.emit(start, p+len(u), Cardinal, v, unit, 0, v == 1)
			return true
		}
	}
	return false
}

// rangeOfSpeed reports whether a number starting at start ends a range
// whose first number is a speed: 시속 120km에서 약 150km, 시속 80~100km.
func (s *scanner) rangeOfSpeed(start int) bool {
	n := len(s.out)
	if n == 0 || s.out[n-1].Unit != "kmh" || start-s.out[n-1].End > 16 {
		return false
	}
	between := s.text[s.out[n-1].End:start]
	return strings.Contains(between, "에서") || strings.Contains(between, "~") || strings.Contains(between, "-") || strings.Contains(between, "내지")
}

// metersAfter reports whether the English m glued to a number ending at
// p-1 is meters, not million: a race (110m hurdles, 400m freestyle) or a
// conversion in feet that follows (30m (100ft)).
func (s *scanner) metersAfter(p int) bool {
	if s.letterAt(p) {
		return false
	}
	q := s.space(p)
	if q == p {
		return false
	}
	for _, w := range []string{"hurdles", "race", "dash", "sprint", "freestyle", "butterfly", "backstroke", "breaststroke", "relay", "medley", "individual", "final", "title", "gold", "world record", "high", "tall", "long", "deep", "wide", "away", "above", "below"} {
		if s.word(q, w) {
			return true
		}
	}
	if s.has(q, "(") && q+1 < len(s.text) && isDigit(s.text[q+1]) {
		k := q + 1
		for k < len(s.text) && (isDigit(s.text[k]) || s.text[k] == ',' || s.text[k] == '.') {
			k++
		}
		return s.has(k, "ft") || s.has(k, " ft") || s.has(k, " feet") || s.has(k, "feet")
	}
	return false
}

// tailClock reads an English clock time after an integer up to 12.
func (s *scanner) tailClock(a *numTail) bool {
	start, p, v := a.start, a.p, a.v
	if !a.integer || v > 12 {
		return false
	}
	if e, pm, ok := s.ampm(p); ok {
		s.emit(start, e, Time, hour12(v, pm)*60, "", 0, false)
		return true
	}
	// six in the morning, 1 in the afternoon, ten o'clock
	for _, h := range []struct {
		w  string
		pm bool
	}{{" in the morning", false}, {" in the afternoon", true}, {" in the evening", true}, {" at night", true}, {" o'clock", false}} {
		if s.has(p, h.w) {
			unit := ""
			if h.w == " o'clock" {
				unit = "h12"
			}
			s.emit(start, p+len(h.w), Time, hour12(v, h.pm)*60, unit, 0, false)
			return true
		}
	}
	return false
}

// tailDuration reads an English duration (3 days, 10-year) or an age (5
// years old); after a hyphen it moves a.q past it.
func (s *scanner) tailDuration(a *numTail) bool {
	t, start, p, v := s.text, a.start, a.p, a.v
	if !(a.q < len(t) && (a.q > p || t[a.q] == '-')) {
		return false
	}
	if a.q == p {
		a.q++
	}
	q := a.q
	if s.words && q > p && q < len(t) && 'a' <= t[q] && t[q] <= 'z' {
		// 26 legislative days, 10 working days: one word between.
		k := q
		for k < len(t) && isLetter(t[k]) {
			k++
		}
		r := s.space(k)
		if r < len(t) && (t[r] == 'd' || t[r] == 'w' || t[r] == 'm' || t[r] == 'y') {
			var lb [16]byte
			if _, num := enWords[lower(t[q:k], &lb)]; num {
				k = q // 2007 five years: a number word is no adjective
			}
		} else {
			k = q
		}
		if k > q && r > k && (s.word(r, "days") || s.word(r, "weeks") || s.word(r, "months") || s.word(r, "years")) {
			for _, d := range enDur {
				if s.firstIs(r, d.w[0]) && s.word(r, d.w) {
					s.emit(start, r+len(d.w), Duration, v*d.v, d.unit, 0, false)
					return true
				}
			}
		}
	}
	for _, d := range enDur {
		if s.firstIs(q, d.w[0]) && s.word(q, d.w) {
			e := q + len(d.w)
			if d.unit == "y" && (s.has(e, "-old") || s.has(e, " old")) {
				s.emit(start, e+4, Cardinal, v, "", 0, false)
				return true
			}
			s.emit(start, e, Duration, v*d.v, d.unit, 0, false)
			return true
		}
	}
	return false
}

// tailLength reads lengths and speeds with their unit (150 miles, 6-mile,
// 75 mph, 46 metres): compared across units (240km = 150 miles); and
// poll points.
func (s *scanner) tailLength(a *numTail) bool {
	t, start, p, q, v := s.text, a.start, a.p, a.q, a.v
	if !(q < len(t) && (q > p || t[q] == '-')) {
		return false
	}
	r := q
	if r == p {
		r++
	}
	for _, u := range enLength {
		if s.firstIs(r, u.w[0]) && s.word(r, u.w) {
			s.emit(start, r+len(u.w), Cardinal, v, u.unit, 0, v == 1)
			return true
		}
	}
	// A lead of 9 points is 9%포인트 in Korean polls: weak. Points with
	// decimals written are an index's move (The Dow fell 198.02 points =
	// 198.02 포인트): read as any other amount (session 17, helper T12).
	for _, w := range []string{"points", "point"} {
		if s.word(r, w) {
			s.emit(start, r+len(w), Percent, v, "pt", 0, a.integer)
			return true
		}
	}
	return false
}

// tailFourDigits reads a four-digit integer as a clock time (0715, 1215
// GMT; 21:30 hours is read elsewhere) or a year written without a comma.
func (s *scanner) tailFourDigits(a *numTail) bool {
	t, start, p, q, v := s.text, a.start, a.p, a.q, a.v
	if !a.integer || a.word || a.ndig != 4 {
		return false
	}
	if t[start] == '0' || s.has(q, "GMT") || s.has(q, "BST") || s.has(q, "UTC") || s.has(q, "ET") || s.has(q, "hours") {
		h, m := math.Floor(v/100), math.Mod(v, 100)
		if h < 24 && m < 60 {
			s.emit(start, p, Time, h*60+m, "", 0, false)
			return true
		}
	}
	// Years: 2022 written without a comma.
	if v >= 1900 && v <= 2100 {
		s.emit(start, p, Year, v, "", 0, false)
		return true
	}
	return false
}

// money appends an amount, weak when it is a US dollar conversion in
// brackets after an amount in another currency.
func (s *scanner) money(start, end int, v float64, cur string, prec float64) {
	weak := false
	if n := len(s.out); n > 0 {
		// A conversion in brackets after an amount in another currency
		// ($158.4 million (약 1600억원), 1조 원($1 billion)).
		last := s.out[n-1]
		if last.Kind == Money && last.Unit != cur && start-last.End <= 24 && strings.Contains(s.text[last.End:start], "(") {
			weak = true
		}
	}
	s.emit(start, end, Money, v, cur, prec, weak)
}

// koreanUnit reads the Korean unit glued to the digits of v at p: 년, 월,
// 일, 시, 시간, 분, 초, 주, 개월, 분기 and counters.
func (s *scanner) koreanUnit(start, p int, v float64) bool {
	if done, ok := s.koreanTimeUnit(start, p, v); done {
		return ok
	}
	return s.koreanOtherUnit(start, p, v)
}

// koreanTimeUnit reads the units of dates and times (년대, 년, 개월, 월,
// 일, 시간, 시); done tells that one was met, with ok as koreanUnit's
// result.
func (s *scanner) koreanTimeUnit(start, p int, v float64) (done, ok bool) {
	switch {
	case s.has(p, "년대"):
		s.emit(start, p+len("년대"), Cardinal, v, "", 0, false)
	case s.has(p, "년"):
		e := p + len("년")
		if era, ok := s.koreanEra(start); ok {
			s.emit(start, e, Year, era*v, "", 0, false) // AD 117년, 기원전 500년
		} else if v >= 1000 {
			s.emit(start, e, Year, v, "", 0, false)
		} else {
			if s.has(e, "간") {
				e += len("간")
			}
			s.emit(start, e, Duration, v, "y", 0, false)
		}
	case s.has(p, "개월"):
		s.emit(start, p+len("개월"), Duration, v, "mo", 0, false)
	case s.has(p, "월") && v >= 1 && v <= 12:
		s.koreanMonth(start, p, v)
	case s.has(p, "일"):
		s.koreanDay(start, p, v)
	case s.has(p, "시간"):
		e := p + len("시간")
		s.emit(start, e, Duration, v*3600, "s", 0, false)
	case s.has(p, "시") && v <= 24:
		return true, s.koreanHour(start, p, v)
	default:
		return false, false
	}
	return true, true
}

// koreanEra reports the sign of an era written before a year at start:
// 1 after AD, 서기 or 기원후, -1 after 기원전 or BC.
func (s *scanner) koreanEra(start int) (float64, bool) {
	t := s.text[:start]
	for _, e := range []struct {
		w    string
		sign float64
	}{{"AD ", 1}, {"A.D. ", 1}, {"서기 ", 1}, {"기원후 ", 1}, {"기원전 ", -1}, {"BC ", -1}, {"B.C. ", -1}} {
		if strings.HasSuffix(t, e.w) {
			return e.sign, true
		}
	}
	return 0, false
}

// koreanMonth reads a month (7월) and its day when one follows (7월 4일).
func (s *scanner) koreanMonth(start, p int, v float64) {
	t := s.text
	e := p + len("월")
	q := s.space(e)
	if q < len(t) && isDigit(t[q]) {
		d, de, frac, _ := s.digits(q)
		if frac == 0 && d >= 1 && d <= 31 && s.has(de, "일") {
			s.emit(start, de+len("일"), Date, v*100+d, "", 0, false)
			return
		}
	}
	s.emit(start, e, Date, v*100, "", 0, false)
}

// koreanDay reads 일: a day of the month, a count of days, the nth day.
func (s *scanner) koreanDay(start, p int, v float64) {
	e := p + len("일")
	if s.has(e, "째") {
		s.emit(start, e+len("째"), Ordinal, v, "", 0, false) // 8일째: the eighth day
		return
	}
	if s.has(e, "짜리") || s.has(e, " 앞") || s.has(e, " 전") || s.has(e, " 후") || s.has(e, " 뒤") || s.has(e, " 만에") || s.has(e, " 만이") {
		s.emit(start, e, Duration, v*86400, "s", 0, false) // 10일 앞둔: 10 days before
		return
	}
	if s.has(e, "간") || s.has(e, " 동안") {
		if s.has(e, "간") {
			e += len("간")
		}
		s.emit(start, e, Duration, v*86400, "s", 0, false)
	} else if v >= 1 && v <= 31 {
		s.emit(start, e, Date, v, "", 0, true)
	} else {
		s.emit(start, e, Cardinal, v, "", 0, true)
	}
}

// koreanHour reads 시 as a clock time with its minutes (3시 20분); false
// when 시 starts another word (시즌, 시리즈...).
func (s *scanner) koreanHour(start, p int, v float64) bool {
	t := s.text
	e := p + len("시")
	for _, w := range []string{"즌", "리즈", "기", "도", "장", "위"} {
		if s.has(e, w) {
			return false
		}
	}
	mm := 0.0
	q := s.space(e)
	if q < len(t) && isDigit(t[q]) {
		m, me, frac, _ := s.digits(q)
		if frac == 0 && m < 60 && s.has(me, "분") && !s.has(me, "분기") {
			mm, e = m, me+len("분")
		}
	}
	unit := "h12"
	if v > 12 || v == 0 {
		unit = ""
	}
	s.emit(start, e, Time, math.Mod(v, 24)*60+mm, unit, 0, false)
	return true
}

// koreanOtherUnit reads the other units and counters after
// koreanTimeUnit.
func (s *scanner) koreanOtherUnit(start, p int, v float64) bool {
	switch {
	case s.has(p, "분기"):
		s.emit(start, p+len("분기"), Ordinal, v, "", 0, false)
	case s.has(p, "분의"):
		s.emit(start, p, Cardinal, v, "", 0, true)
	case s.has(p, "분"):
		s.emit(start, p+len("분"), Duration, v*60, "s", 0, false)
	case s.has(p, "초") && !s.has(p, "초반") && !s.has(p, "초순"):
		e := p + len("초")
		if t := s.text; e+2 <= len(t) && isDigit(t[e]) && isDigit(t[e+1]) && (e+2 == len(t) || !isDigit(t[e+2])) {
			// 12초87: a race time, 12.87 seconds.
			s.emit(start, e+2, Duration, math.Round((v+float64(t[e]-'0')/10+float64(t[e+1]-'0')/100)*100)/100, "s", 0, false)
			break
		}
		s.emit(start, e, Duration, v, "s", 0, false)
	case s.has(p, "주년"):
		s.emit(start, p+len("주년"), Ordinal, v, "", 0, false)
	case s.has(p, "주"):
		s.koreanWeek(start, p, v)
	case s.has(p, "번째 분"):
		s.emit(start, p+len("번째 분"), Duration, v*60, "s", 0, false) // 89번째 분: the 89th minute
	case s.has(p, "번째"):
		s.emit(start, p+len("번째"), Ordinal, v, "", 0, false)
	case s.has(p, "할"):
		s.battingAverage(start, p, v)
	case s.has(p, "세") && s.regnal(start, p, v):
		// 베네딕토 16세 (Benedict XVI), 니콜라이 2세: a name, weak.
		s.emit(start, p+len("세"), Cardinal, v, "", 0, true)
	case s.celsiusAt(p):
		s.emit(start, p+len("도"), Cardinal, v, "C", 0, false) // 25도: degrees Celsius
	case s.has(p, "킬로미터") || s.has(p, "센티미터") || s.has(p, "밀리미터") || s.has(p, "미터") || s.has(p, "마일") || s.has(p, "피트") || s.has(p, "인치"):
		for _, u := range koLength {
			if s.has(p, u.w) {
				s.emit(start, p+len(u.w), Cardinal, v, u.unit, 0, v == 1)
				break
			}
		}
	case s.has(p, "차") || s.has(p, "자회담") || s.has(p, "자 회담") || s.has(p, "인조"):
		// 2차 경기, 2차 세계대전 (World War II), 6자회담 (six-party), 3인조 (trio): weak.
		e := p + len("차")
		if !s.has(p, "차") {
			e = p + len("자")
			if s.has(p, "인조") {
				e = p + len("인조")
			}
		}
		s.emit(start, e, Cardinal, v, "", 0, true)
	case s.has(p, "호"):
		// 제8호 태풍, 3호선: a number that names, weak.
		s.emit(start, p+len("호"), Cardinal, v, "", 0, true)
	case s.has(p, "강"):
		// 8강 = the quarterfinals, 4강전 = a semifinal, 16강 = the last
		// 16: a round of a tournament, weak.
		s.emit(start, p+len("강"), Cardinal, v, "", 0, true)
	case s.has(p, "대"):
		// 10대 is "teenage" (or ten machines), 2대0 a score: weak.
		s.emit(start, p+len("대"), Cardinal, v, "", 0, true)
	case v >= 1 && v <= 31 && v == math.Floor(v) && s.dayParticle(p):
		// 22에는, 5부터: a number without a counter before a particle of
		// time is a day of the month whose 일 was left out; weak, as a
		// day without its month is (it pairs with a weekday: "22에는" =
		// Tuesday). Developed on the dev part of testdata/checkreal.
		s.emit(start, p, Date, v, "", 0, true)
	default:
		return false
	}
	return true
}

// dayParticle reports whether a particle of time starts at p: 에는, 에도,
// 부터, or 에 before a space. (엔 after a number is yen.)
func (s *scanner) dayParticle(p int) bool {
	return s.has(p, "에는") || s.has(p, "에도") || s.has(p, "에 ") || s.has(p, "부터")
}

// regnal reports whether N세 at p (N = v) is a regnal number after a name
// (베네딕토 16세, 엘리자베스 2세 여왕), not an age (당시 13세, 13세의 소녀):
// the word before is a name of two or more syllables that ends in no
// particle.
func (s *scanner) regnal(start, p int, v float64) bool {
	e := p + len("세")
	if v > 30 || v != math.Floor(v) || start < 2 || s.text[start-1] != ' ' || s.has(e, " 때") || s.has(e, "때") || s.has(e, " 이") || s.has(e, "이") || s.has(e, "로") || s.has(e, "에") || s.has(e, "까지") || s.has(e, "부터") || s.has(e, "가") || s.has(e, "나") {
		return false
	}
	k := start - 1
	n := 0
	var last rune
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(s.text[:k])
		if !isHangul(r) {
			break
		}
		if n == 0 {
			last = r
		}
		k -= size
		n++
	}
	if n < 2 || (k > 0 && s.text[k-1] != ' ' && s.text[k-1] != '(' && s.text[k-1] != '"') {
		return false
	}
	w := s.text[k : start-1]
	switch w {
	case "당시", "올해", "현재", "나이", "연령", "평균", "이하", "이상", "미만", "초과":
		return false
	}
	return !strings.ContainsRune("은는을를에의만", last)
}

// koreanWeek reads 주 at p: weeks (3주, 2주간, 4주일), or a counter of
// shares or houses (100주, 2주택자), weak.
func (s *scanner) koreanWeek(start, p int, v float64) {
	e := p + len("주")
	if s.hangulAt(e) && !s.has(e, "일") && !s.has(e, "간") && !s.has(e, "째") {
		// 2주택자, 100주(shares): not weeks.
		s.emit(start, e, Cardinal, v, "", 0, true)
		return
	}
	for _, w := range []string{"일", "간"} {
		if s.has(e, w) {
			e += len(w)
			break
		}
	}
	s.emit(start, e, Duration, v*7*86400, "s", 0, false)
}

// battingAverage reads a batting average at 할: 2할6푼8리 = .268.
func (s *scanner) battingAverage(start, p int, v float64) {
	t := s.text
	val, e := v/10, p+len("할")
	if e < len(t) && isDigit(t[e]) && s.has(e+1, "푼") {
		val += float64(t[e]-'0') / 100
		e += 1 + len("푼")
		if e < len(t) && isDigit(t[e]) && s.has(e+1, "리") {
			val += float64(t[e]-'0') / 1000
			e += 1 + len("리")
		}
	}
	s.emit(start, e, Cardinal, math.Round(val*1000)/1000, "", 0, false)
}

// celsiusAt reports whether 도 at p is degrees Celsius (25도, 25도가):
// not the start of another word.
func (s *scanner) celsiusAt(p int) bool {
	return s.has(p, "도") && !s.hangulAt(p+len("도")) || s.has(p, "도가") || s.has(p, "도를") || s.has(p, "도의") || s.has(p, "도로") || s.has(p, "도에") || s.has(p, "도까지")
}

// percentAfter reports whether a number (digits or an English number
// word) and a percent sign or word follow at p: the end of "five to ten
// per cent", "3 to 4%".
func (s *scanner) percentAfter(p int) bool {
	t := s.text
	q := p
	for q < len(t) && (isDigit(t[q]) || t[q] == '.' || isLetter(t[q])) {
		q++
	}
	if q == p {
		return false
	}
	if q < len(t) && t[q] == '%' {
		return true
	}
	r := s.space(q)
	return r > q && (s.word(r, "percent") || s.has(r, "per cent") || s.has(r, "%"))
}
