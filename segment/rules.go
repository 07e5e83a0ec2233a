package segment

import (
	"strings"
	"unicode/utf8"
)

// splitParagraph appends the sentences of paragraph p to dst, as offsets
// into p. ko selects the Korean rules, else the English ones.
func splitParagraph(p string, ko bool, dst []span) []span {
	if brk := listBreaks(p); brk != nil {
		prev := 0
		for _, b := range brk {
			dst = splitChunk(p, prev, b, ko, dst)
			prev = b
		}
		return splitChunk(p, prev, len(p), ko, dst)
	}
	return splitChunk(p, 0, len(p), ko, dst)
}

type splitter struct {
	s      string
	ko     bool
	supEnd int // a quotation that continues its sentence ends here: no break before it
}

// splitChunk splits p[lo:hi].
func splitChunk(p string, lo, hi int, ko bool, dst []span) []span {
	s := p[lo:hi]
	x := splitter{s: s, ko: ko, supEnd: -1}
	st := skipSpace(s, 0)
	i := st
	for i < len(s) {
		// Skip eight plain ASCII bytes at a time.
		if i+8 <= len(s) && !mayBeHot(load64(s, i)) {
			i += 8
			continue
		}
		end := i + 8
		if end > len(s) {
			end = len(s)
		}
		for i < end && asciiClass[s[i]]&clsHot == 0 {
			i++
		}
		if i == end {
			continue
		}
		r, n := runeAt(s, i)
		switch r {
		case '"', '“', '‘':
			if i >= x.supEnd && x.opensQuote(i, r) {
				if e := x.embeddedQuote(i, r, n); e > 0 {
					x.supEnd = e
				}
			}
			i += n
			continue
		case '.', '?', '!', '…', '？', '！', '。', '．':
		default:
			i += n
			continue
		}
		brk, end, next := x.atTerminator(st, i)
		if brk {
			dst = append(dst, span{lo + st, lo + end})
			st = next
		}
		i = next
	}
	if e := trimSpaceEnd(s, st, len(s)); e > st {
		dst = append(dst, span{lo + st, lo + e})
	}
	return dst
}

const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

func load64(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

func hasZeroByte(v uint64) uint64 { return (v - lsb) &^ v & msb }

// mayBeHot reports whether eight bytes may hold a byte the scanner looks
// at: . ? ! " or any byte of a multi-byte rune.
func mayBeHot(x uint64) bool {
	return x&msb|hasZeroByte(x^(lsb*'.'))|hasZeroByte(x^(lsb*'?'))|hasZeroByte(x^(lsb*'!'))|hasZeroByte(x^(lsb*'"')) != 0
}

// scanRun reads the run of sentence-ending punctuation at i: dots (an
// ellipsis counts three, spaced ". . ." included) and whether a question or
// exclamation mark (or an ideographic full stop) is in it.
func scanRun(s string, i int) (j, dots int, other, spaced bool) {
	j = i
	for j < len(s) {
		r, n := runeAt(s, j)
		switch r {
		case '.', '．':
			dots++
		case '…':
			dots += 3
		case '?', '!', '？', '！', '。':
			other = true
		case ' ':
			// A spaced ellipsis: ". . ." with single spaces.
			if dots > 0 && !other && j+1 < len(s) && s[j+1] == '.' && s[j-1] == '.' {
				k, cnt := j, 0
				for k+1 < len(s) && s[k] == ' ' && s[k+1] == '.' {
					k += 2
					cnt++
				}
				if dots+cnt >= 3 {
					dots += cnt
					spaced = true
					j = k
					continue
				}
			}
			return j, dots, other, spaced
		default:
			return j, dots, other, spaced
		}
		j += n
	}
	return j, dots, other, spaced
}

// atTerminator decides about the punctuation run at i in the sentence that
// starts at st. It returns whether the sentence ends, where it ends, and
// where scanning goes on (the next sentence's start after a break).
func (x *splitter) atTerminator(st, i int) (brk bool, end, next int) {
	s := x.s
	j, dots, other, spaced := scanRun(s, i)
	attached := i > st && !isSpaceRune(lastRune(s, st, i))
	if spaced && attached && !other && i >= x.supEnd {
		// "compounds. . . . The practice": the first dot ends the sentence
		// and the ellipsis opens the next one.
		k := x.consumeClosers(j)
		if n := skipSpace(s, k); n > k && n < len(s) {
			if r, _ := runeAt(s, skipOpeners(s, n)); isUpperRune(r) {
				return true, i + 1, skipSpace(s, i+1)
			}
		}
	}
	k := x.consumeClosers(j)
	if k >= len(s) {
		return false, k, k
	}
	if spaceAt(s, k) == 0 {
		if i >= x.supEnd && x.noSpaceBreak(st, i, j, k, dots, other) {
			return true, k, k
		}
		return false, k, k
	}
	n := skipSpace(s, k)
	if n >= len(s) || i < x.supEnd {
		return false, k, k
	}
	fi := skipOpeners(s, n)
	fc, _ := runeAt(s, fi)
	if x.ko && k > j && quotativeAt(s, n) {
		// A quotation closed and followed by a quotative particle is part
		// of the sentence that reports it: “…이유입니다.” 라고 그가 말했다.
		return false, k, k
	}
	switch {
	case !other && dots == 3 && !x.ko && !spaced && k == j && i > st && isWordRune(lastRune(s, st, i)) && isUpperRune(fc) && !startsWord(s, fi, "I"):
		// An ellipsis attached to a word and followed by a capitalized
		// word ends the sentence: "in October... Analysts expect".
		brk = true
	case !other && dots == 3:
		// An ellipsis inside a sentence: "the thing is . . . I didn't".
		brk = false
	case !other && dots >= 4:
		brk = x.ko || isUpperRune(fc) || isHangul(fc)
	case other:
		brk = x.ko || !isLowerRune(fc) || isLinkAt(s, fi)
	case x.ko:
		brk = x.koreanDot(st, i, n)
	default:
		brk = x.englishDot(st, i, n)
	}
	if !brk {
		return false, k, k
	}
	if e := x.standaloneNote(n); e > 0 {
		k = e
	}
	return true, k, skipSpace(s, k)
}

// consumeClosers skips closing quotes and brackets and footnote marks
// ("[3]", "[참고 2]") that belong to the sentence ending at j.
func (x *splitter) consumeClosers(j int) int {
	s := x.s
	for j < len(s) {
		if n := closerAt(s, j); n > 0 {
			c := s[j]
			if (c == '"' || c == '\'') && j+1 < len(s) {
				// A straight quote is a closer only when no word follows it.
				if r, _ := runeAt(s, j+1); isLowerRune(r) || isUpperRune(r) || isHangul(r) || (r >= '0' && r <= '9') {
					return j
				}
			}
			j += n
			continue
		}
		if s[j] == '[' {
			if e := footnoteEnd(s, j); e > 0 {
				j = e
				continue
			}
		}
		return j
	}
	return j
}

// footnoteEnd returns the end of a footnote mark "[12]" or "[참고 2]" at i.
func footnoteEnd(s string, i int) int {
	lim := i + 24
	if lim > len(s) {
		lim = len(s)
	}
	k := strings.IndexByte(s[i+1:lim], ']')
	if k <= 0 {
		return 0
	}
	body := s[i+1 : i+1+k]
	if strings.IndexByte(body, '[') >= 0 || strings.Count(body, " ") > 1 {
		return 0
	}
	last := body[len(body)-1]
	if !isDigitByte(last) && last != '*' {
		return 0
	}
	return i + 1 + k + 1
}

// standaloneNote returns the end of a bracketed note such as "(Yonhap)" or
// "(6회 우승)" at n that stands alone after a sentence and belongs to it, or
// 0. A note with a full stop inside is a sentence of its own.
func (x *splitter) standaloneNote(n int) int {
	s := x.s
	if n >= len(s) || (s[n] != '(' && s[n] != '[') {
		return 0
	}
	closeB := byte(')')
	if s[n] == '[' {
		closeB = ']'
	}
	lim := n + 160
	if lim > len(s) {
		lim = len(s)
	}
	for k := n + 1; k < lim; k++ {
		switch s[k] {
		case '.', '?', '!', '(', '[', '"':
			return 0
		case closeB:
			if k+1 < len(s) && spaceAt(s, k+1) == 0 {
				return 0
			}
			return k + 1
		}
	}
	return 0
}

// noSpaceBreak decides a break with no space after the punctuation:
// "world.Today", "1,000.That", "넣었다.2월".
func (x *splitter) noSpaceBreak(st, i, j, k, dots int, other bool) bool {
	s := x.s
	next, nw := runeAt(s, k)
	prev := lastRune(s, st, i)
	if x.ko && k > j {
		// "골이다.[8]발렌시아전": only footnote marks between the sentence
		// end and the next word.
		for f := j; f < k; {
			e := footnoteEnd(s, f)
			if s[f] != '[' || e == 0 {
				return false
			}
			f = e
		}
		return !other && isHangul(prev) && isHangul(next)
	}
	if other || dots != 1 || j != i+1 || k != j {
		return false
	}
	if x.ko {
		if !isHangul(prev) {
			return false
		}
		return isHangul(next) || (next >= '0' && next <= '9') || isUpperRune(next) || isOpener(next)
	}
	if !isUpperRune(next) || next >= 0x80 {
		return false
	}
	if r, _ := runeAt(s, k+nw); !isLowerRune(r) {
		return false
	}
	ts := tokenStart(s, st, i)
	tok := s[ts:i]
	if len(tok) < 2 {
		return false
	}
	letters, digits := true, true
	for p := 0; p < len(tok); p++ {
		c := tok[p]
		if !isASCIILetter(c) {
			letters = false
		}
		if !isDigitByte(c) && c != ',' {
			digits = false
		}
	}
	last := tok[len(tok)-1]
	switch {
	case letters && asciiClass[last]&clsLower != 0:
		if abbrevKind(tok) != abbrNone {
			return false
		}
	case digits && isDigitByte(last):
	default:
		return false
	}
	fwd := s[k:tokenEnd(s, k)]
	return strings.IndexByte(fwd, '@') < 0 && strings.IndexByte(fwd, '/') < 0
}

// koreanDot decides a full stop followed by whitespace in Korean text.
func (x *splitter) koreanDot(st, i, n int) bool {
	s := x.s
	prev := lastRune(s, st, i)
	switch {
	case prev >= '0' && prev <= '9':
		// 2023. 10. 5. and numbered items
		return false
	case prev < 0x80 && prev >= 0 && asciiClass[prev]&(clsUpper|clsLower) != 0:
		// Latin text inside Korean: D.C., Dr., U.S.
		fi := skipOpeners(s, n)
		if fi < len(s) && s[fi] < 0x80 && isASCIILetter(s[fi]) {
			return x.englishDot(st, i, n)
		}
		return abbrevKind(s[wordBefore(s, st, i):i]) == abbrNone
	}
	return true
}

// wordBefore returns the start of the word that ends at i: back to
// whitespace or to an opening quote or bracket.
func wordBefore(s string, lo, i int) int {
	for i > lo {
		r, n := utf8.DecodeLastRuneInString(s[lo:i])
		if isSpaceRune(r) || isOpener(r) {
			return i
		}
		i -= n
	}
	return i
}

// isLinkAt reports an e-mail address or web address at i, which may start
// with a small letter and still open a sentence.
func isLinkAt(s string, i int) bool {
	tok := s[i:tokenEnd(s, i)]
	return strings.IndexByte(tok, '@') > 0 || strings.HasPrefix(tok, "http://") ||
		strings.HasPrefix(tok, "https://") || strings.HasPrefix(tok, "www.")
}

// englishDot decides a full stop followed by whitespace in English text.
// st is the sentence start, i the full stop, n the next word.
func (x *splitter) englishDot(st, i, n int) bool {
	s := x.s
	fi := skipOpeners(s, n)
	fc, _ := runeAt(s, fi)
	if isLowerRune(fc) && !isLinkAt(s, fi) {
		return false
	}
	ts := wordBefore(s, st, i)
	tok := s[ts:i]
	if tok == "" {
		return true
	}
	if isEnumerator(s[st:i]) {
		return false
	}
	digitNext := fc >= '0' && fc <= '9'
	switch abbrevKind(tok) {
	case abbrNone:
		return true
	case abbrTitle, abbrNever:
		return false
	case abbrNumber, abbrMonth, abbrInitial:
		if digitNext {
			return false
		}
		return startsSentence(s, fi)
	case abbrTime:
		// "at 10 a.m. Monday" goes on, "at 10 a.m. The delegation" ends;
		// "At 5 a.m. Mr. Smith went" opens with the time.
		if digitNext || frontedTime(s[st:ts]) {
			return false
		}
		return !timeFollowers[wordAt(s, fi)]
	default:
		return startsSentence(s, fi)
	}
}

// isEnumerator reports whether the sentence so far is only a list marker:
// "1", "• 9", "a".
func isEnumerator(t string) bool {
	for {
		r, n := runeAt(t, 0)
		if n == 0 {
			return false
		}
		if isBullet(r) || isSpaceRune(r) || r == '(' {
			t = t[n:]
			continue
		}
		break
	}
	if len(t) == 1 && isASCIILetter(t[0]) {
		return true
	}
	if len(t) == 0 || len(t) > 3 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if !isDigitByte(t[i]) {
			return false
		}
	}
	return true
}

// frontedTime reports a sentence that opens with a time phrase: "At 5 a.m.".
func frontedTime(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	return timePrepositions[strings.ToLower(f[0])]
}

// startsSentence reports whether the word at i usually opens a sentence:
// after an abbreviation that may end one ("the U.S. The Korean side").
func startsSentence(s string, i int) bool {
	j := i
	for j < len(s) && isASCIILetter(s[j]) {
		j++
	}
	if j == i {
		return false
	}
	return starters[s[i:j]]
}

// wordAt returns the ASCII word at i.
func wordAt(s string, i int) string {
	j := i
	for j < len(s) && isASCIILetter(s[j]) {
		j++
	}
	return s[i:j]
}

// listBreaks finds the items of an inline list that opens the paragraph:
// "1.) The first item 2.) The second item", "• 9. … • 10. …",
// "a. … b. … c. …". It returns the offsets where items start.
func listBreaks(p string) []int {
	i := skipSpace(p, 0)
	if i >= len(p) {
		return nil
	}
	bullet, bw := bulletAt(p, i)
	if bw > 0 {
		i = skipSpace(p, i+bw)
	}
	kind, val := markerAt(p, i)
	if kind == 0 && (bullet == 0 || bullet == '-' || bullet == '*' || bullet == '·') {
		// A dash alone is punctuation as often as a bullet.
		return nil
	}
	var out []int
	for j := i + 1; j < len(p); j++ {
		if p[j-1] != ' ' {
			continue
		}
		k := j
		if bullet != 0 {
			b, w := bulletAt(p, k)
			if b != bullet {
				continue
			}
			k = skipSpace(p, k+w)
			if kind == 0 {
				out = append(out, j)
				continue
			}
		}
		if kd, v := markerAt(p, k); kd == kind && v == val+1 {
			out = append(out, j)
			val = v
		}
	}
	return out
}

func isBullet(r rune) bool {
	switch r {
	case '•', '⁃', '‣', '◦', '▪', '·', '-', '*':
		return true
	}
	return false
}

func bulletAt(p string, i int) (rune, int) {
	r, n := runeAt(p, i)
	if !isBullet(r) {
		return 0, 0
	}
	if (r == '-' || r == '*' || r == '·') && (i+n >= len(p) || p[i+n] != ' ') {
		return 0, 0
	}
	return r, n
}

// markerAt reads a list marker at i: "12." "12.)" "12)" "a." "a)", followed
// by a space. kind is 0 when there is none.
func markerAt(p string, i int) (kind, val int) {
	j := i
	for j < len(p) && j-i < 2 && isDigitByte(p[j]) {
		val = val*10 + int(p[j]-'0')
		j++
	}
	base := 0
	if j == i {
		if j < len(p) && p[j] >= 'a' && p[j] <= 'z' {
			val = int(p[j]-'a') + 1
			j++
			base = 10
		} else {
			return 0, 0
		}
	}
	if j < len(p) && isDigitByte(p[j]) {
		return 0, 0
	}
	switch {
	case strings.HasPrefix(p[j:], ".) "):
		kind = 1
	case strings.HasPrefix(p[j:], ") "):
		kind = 2
	case strings.HasPrefix(p[j:], ". "):
		kind = 3
	default:
		return 0, 0
	}
	return base + kind, val
}

// opensQuote reports whether the double quote at i opens a quotation.
func (x *splitter) opensQuote(i int, r rune) bool {
	if r == '“' || r == '‘' {
		return true
	}
	p := lastRune(x.s, 0, i)
	return p < 0 || isSpaceRune(p) || isOpener(p) || p == '—' || p == '-' || p == '–'
}

// embeddedQuote returns the offset of the closing mark of the quotation
// that opens at i when the quotation goes on as part of a longer sentence:
// “…한다”고 말했다, "We will win," he said, “Why now?” asked one official.
// Otherwise it returns 0.
func (x *splitter) embeddedQuote(i int, r rune, n int) int {
	s := x.s
	closeQ := "\""
	switch r {
	case '“':
		closeQ = "”"
	case '‘':
		closeQ = "’"
	}
	lim := i + n + 4096
	if lim > len(s) {
		lim = len(s)
	}
	c := strings.Index(s[i+n:lim], closeQ)
	if c < 0 {
		return 0
	}
	c += i + n
	after := c + len(closeQ)
	if p := lastRune(s, i, c); p == ',' {
		return c
	}
	if after >= len(s) {
		return 0
	}
	nr, _ := runeAt(s, after)
	if isHangul(nr) || nr == ',' {
		return c
	}
	if nr2, _ := runeAt(s, skipSpace(s, after)); isLowerRune(nr2) && !x.ko {
		return c
	}
	return 0
}

// quotatives are the particles that report a quotation; written after the
// closing quotation mark they belong to the quoted sentence.
// 고 and 며 alone are left out: 고 is also "the late" (고 김대중 전 대통령).
var quotatives = []string{"이라고", "라고", "이라며", "라며", "하고", "하며"}

// quotativeAt reports whether a quotative particle, as a word of its own,
// starts at n: 라고 그가 말했다.
func quotativeAt(s string, n int) bool {
	for _, q := range quotatives {
		if !strings.HasPrefix(s[n:], q) {
			continue
		}
		e := n + len(q)
		if e == len(s) {
			return true
		}
		if r, _ := runeAt(s, e); isSpaceRune(r) || r == ',' {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool { return isLowerRune(r) || isUpperRune(r) || r >= '0' && r <= '9' }

// startsWord reports whether the word w starts at i and ends there.
func startsWord(s string, i int, w string) bool {
	if !strings.HasPrefix(s[i:], w) {
		return false
	}
	e := i + len(w)
	if e == len(s) {
		return true
	}
	r, _ := runeAt(s, e)
	return !isLowerRune(r) && !isUpperRune(r) && r != '\''
}
