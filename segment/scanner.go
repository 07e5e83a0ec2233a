package segment

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"bitext/srx"
)

// Options control a Scanner.
type Options struct {
	// Lang selects the rules: language.Korean, language.English (any other
	// language uses the English rules), or language.Und to decide per
	// paragraph from the script (DetectLang).
	Lang language.Tag
	// Wrapped input has paragraphs separated by blank lines; single line
	// breaks inside a paragraph are spaces. Otherwise every line that is not
	// blank is a paragraph.
	Wrapped bool
	// SRX, when set, replaces the built-in rules with SRX 2.0 rules, picked
	// by the paragraph's language.
	SRX *srx.Rules
	// ReplaceInvalid replaces each invalid UTF-8 byte and each NUL byte with
	// U+FFFD instead of failing. Offsets then count the replacement's three
	// bytes.
	ReplaceInvalid bool
	// MaxParagraph bounds the memory held for one paragraph (default 1 MiB).
	// A longer paragraph is split there: the sentences found so far are
	// emitted and the unfinished one carries on.
	MaxParagraph int
}

// InputError reports bytes that are not text: invalid UTF-8 or NUL.
type InputError struct {
	File   string // set by the caller; empty for a stream
	Line   int    // 1-based line
	Col    int    // 1-based byte column
	Offset int64  // byte offset in the input
	NUL    bool   // a NUL byte rather than invalid UTF-8
}

func (e *InputError) Error() string {
	what := "invalid UTF-8"
	if e.NUL {
		what = "NUL byte"
	}
	pos := fmt.Sprintf("%d:%d", e.Line, e.Col)
	if e.File != "" {
		pos = e.File + ":" + pos
	}
	return fmt.Sprintf("segment: %s: %s at byte offset %d", pos, what, e.Offset)
}

// MessageID names the localized text of the error (locales/segment.*.toml).
func (e *InputError) MessageID() string {
	if e.NUL {
		return "SegmentErrNUL"
	}
	return "SegmentErrInvalidUTF8"
}

// MessageData fills the localized text.
func (e *InputError) MessageData() map[string]any {
	pos := fmt.Sprintf("%d:%d", e.Line, e.Col)
	if e.File != "" {
		pos = e.File + ":" + pos
	}
	return map[string]any{"Pos": pos, "Offset": e.Offset}
}

// Scanner reads paragraphs from a reader and returns their sentences one
// by one, holding one paragraph at a time.
//
//	sc := segment.NewScanner(r, segment.Options{Lang: language.Und})
//	for sc.Scan() {
//		seg := sc.Segment()
//		...
//	}
//	if err := sc.Err(); err != nil { ... }
type Scanner struct {
	r   *bufio.Reader
	opt Options

	off      int64 // input offset of the next byte to read
	line     int   // 1-based line number of the next line to read
	started  bool
	eof      bool
	err      error
	buf      []byte // paragraph being collected
	bufOff   int64  // input offset of buf[0]
	bufLine  int    // line of buf[0]
	bufCol   int    // byte column of buf[0], 1-based
	lineHead bool   // buf is empty at the start of a line
	para     int
	index    int       // next segment index in the paragraph
	pending  []Segment // sentences found, not yet returned from pending[next:]
	next     int
	ko       bool // the Korean rules, when Lang is not auto
	spans    []span
	cur      Segment
}

// NewScanner returns a Scanner reading r.
func NewScanner(r io.Reader, opt Options) *Scanner {
	if opt.MaxParagraph <= 0 {
		opt.MaxParagraph = 1 << 20
	}
	return &Scanner{r: bufio.NewReaderSize(r, 64<<10), opt: opt, line: 1, ko: isKorean(opt.Lang)}
}

// Scan advances to the next sentence. It returns false at the end of the
// input or on an error.
func (s *Scanner) Scan() bool {
	for s.next >= len(s.pending) {
		s.pending = s.pending[:0]
		s.next = 0
		if s.err != nil || s.eof {
			return false
		}
		s.fill()
	}
	s.cur = s.pending[s.next]
	s.next++
	return true
}

// Segment returns the current sentence.
func (s *Scanner) Segment() Segment { return s.cur }

// Err returns the first error met, nil at a clean end of input.
func (s *Scanner) Err() error { return s.err }

// fill reads until at least one paragraph (or part of a long one) is
// segmented into pending, or the input ends.
func (s *Scanner) fill() {
	for {
		chunk, err := s.r.ReadSlice('\n')
		if len(chunk) > 0 {
			if !s.started {
				s.started = true
				if bytes.HasPrefix(chunk, []byte(bom)) {
					chunk = chunk[len(bom):]
					s.off += int64(len(bom))
				}
			}
			complete := chunk[len(chunk)-1] == '\n'
			blank := len(s.buf) == 0 || s.lineHead
			if s.opt.Wrapped {
				if complete && blank && isBlankBytes(chunk) {
					// A blank line ends the paragraph.
					s.off += int64(len(chunk))
					s.line++
					if len(s.buf) > 0 {
						s.flush(true)
						return
					}
					continue
				}
			}
			if len(s.buf) == 0 {
				s.bufOff = s.off
				s.bufLine = s.line
				s.bufCol = 1
				if complete && !s.opt.Wrapped {
					// A whole line in the reader's buffer: segment it from
					// there, saving a copy.
					own := s.buf
					s.buf = chunk
					s.off += int64(len(chunk))
					s.line++
					s.lineHead = true
					s.flush(true)
					s.buf = own[:0]
					if len(s.pending) > s.next || s.err != nil {
						return
					}
					continue
				}
			}
			s.buf = append(s.buf, chunk...)
			s.off += int64(len(chunk))
			s.lineHead = complete
			if complete {
				s.line++
				if !s.opt.Wrapped {
					s.flush(true)
					if len(s.pending) > s.next || s.err != nil {
						return
					}
					continue
				}
			}
			if len(s.buf) > s.opt.MaxParagraph {
				s.flush(false)
				if len(s.pending) > s.next || s.err != nil {
					return
				}
			}
		}
		if err != nil {
			if errors.Is(err, bufio.ErrBufferFull) {
				continue
			}
			if err != io.EOF {
				s.err = fmt.Errorf("segment: %w", err)
				return
			}
			s.flush(true)
			s.eof = true
			return
		}
	}
}

func isBlankBytes(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v' {
			return false
		}
	}
	return true
}

// flush segments the collected paragraph. When final is false the
// paragraph is too long: all sentences but the last are emitted and the
// last stays in the buffer.
func (s *Scanner) flush(final bool) {
	if len(s.buf) == 0 {
		return
	}
	tail := 0
	if !final {
		tail = incompleteTail(s.buf)
	}
	if !s.check(len(s.buf) - tail) {
		return
	}
	text := string(s.buf[:len(s.buf)-tail])
	if isBlank(text) {
		s.buf = s.buf[:0]
		return
	}
	if s.opt.SRX != nil {
		lang := s.opt.Lang
		if lang == language.Und {
			lang = DetectLang(text)
		}
		s.spans = srxSpans(s.opt.SRX, text, lang, s.spans[:0])
	} else {
		ko := s.ko
		if s.opt.Lang == language.Und {
			ko = isHangulText(text)
		}
		if s.opt.Wrapped && final && isLineList(text) {
			s.spans = lineSpans(text, s.spans[:0])
		} else {
			s.spans = splitParagraph(text, ko, s.spans[:0])
		}
	}
	spans := s.spans
	keep := len(text)
	if !final {
		if len(spans) > 1 {
			keep = spans[len(spans)-1].start
			spans = spans[:len(spans)-1]
		} else if len(text) >= 2*s.opt.MaxParagraph {
			// One sentence longer than the limit: cut it at a rune boundary.
			cut := len(text) - 1
			for cut > 0 && !utf8.RuneStart(text[cut]) {
				cut--
			}
			spans = []span{{skipSpace(text, 0), cut}}
			keep = cut
		} else {
			return
		}
	}
	for _, sp := range spans {
		if sp.end <= sp.start {
			continue
		}
		t := text[sp.start:sp.end]
		if s.opt.Wrapped {
			t = oneLine(t)
		}
		s.pending = append(s.pending, Segment{
			Para:  s.para,
			Index: s.index,
			Text:  t,
			Start: int(s.bufOff) + sp.start,
			End:   int(s.bufOff) + sp.end,
		})
		s.index++
	}
	if final {
		if s.index > 0 {
			s.para++
		}
		s.index = 0
		s.buf = s.buf[:0]
		return
	}
	// Keep the unfinished sentence.
	rest := s.buf[keep:]
	nl := bytes.Count(s.buf[:keep], []byte{'\n'})
	if nl > 0 {
		s.bufLine += nl
		s.bufCol = keep - bytes.LastIndexByte(s.buf[:keep], '\n')
	} else {
		s.bufCol += keep
	}
	s.bufOff += int64(keep)
	s.buf = append(s.buf[:0], rest...)
}

// incompleteTail returns the length of a rune cut short at the end of b,
// which the next read completes.
func incompleteTail(b []byte) int {
	for k := 1; k <= 3 && k <= len(b); k++ {
		c := b[len(b)-k]
		if c < utf8.RuneSelf {
			return 0
		}
		if utf8.RuneStart(c) {
			if utf8.FullRune(b[len(b)-k:]) {
				return 0
			}
			return k
		}
	}
	return 0
}

// check validates the first n bytes of the paragraph buffer, replacing bad
// bytes when asked.
func (s *Scanner) check(n int) bool {
	b := s.buf[:n]
	if utf8.Valid(b) && bytes.IndexByte(b, 0) < 0 {
		return true
	}
	var out []byte
	for i := 0; i < len(b); {
		c := b[i]
		if c != 0 && c < utf8.RuneSelf {
			if out != nil {
				out = append(out, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if c != 0 && (r != utf8.RuneError || n > 1) {
			if out != nil {
				out = append(out, b[i:i+n]...)
			}
			i += n
			continue
		}
		if !s.opt.ReplaceInvalid {
			line := s.bufLine + bytes.Count(b[:i], []byte{'\n'})
			col := s.bufCol + i
			if k := bytes.LastIndexByte(b[:i], '\n'); k >= 0 {
				col = i - k
			}
			s.err = &InputError{Line: line, Col: col, Offset: s.bufOff + int64(i), NUL: c == 0}
			return false
		}
		if out == nil {
			out = append(make([]byte, 0, len(b)+16), b[:i]...)
		}
		out = append(out, "\uFFFD"...)
		i++
	}
	if out != nil {
		s.buf = append(out, s.buf[n:]...)
	}
	return true
}

// srxSpans splits text with SRX rules and trims the whitespace around each
// sentence.
func srxSpans(rules *srx.Rules, text string, lang language.Tag, dst []span) []span {
	prev := 0
	for _, b := range append(rules.Breaks(text, lang.String()), len(text)) {
		if b <= prev || b > len(text) {
			continue
		}
		st := skipSpace(text, prev)
		if e := trimSpaceEnd(text, st, b); e > st {
			dst = append(dst, span{st, e})
		}
		prev = b
	}
	return dst
}

// isLineList reports a wrapped paragraph that is a list of short lines, none
// of them ending a sentence ("features\ncontact manager\nevents"): each
// line is then a segment of its own rather than part of one sentence.
func isLineList(p string) bool {
	lines := 0
	for len(p) > 0 {
		line := p
		if i := strings.IndexByte(p, '\n'); i >= 0 {
			line, p = p[:i], p[i+1:]
		} else {
			p = ""
		}
		st := skipSpace(line, 0)
		end := trimSpaceEnd(line, st, len(line))
		if end == st {
			continue
		}
		if end-st > 60 {
			return false
		}
		switch r := lastRune(line, st, end); r {
		case '.', '?', '!', '…', '。', ',', ';', ':', '-', '"', '”', '’', ')':
			return false
		}
		lines++
	}
	return lines >= 2
}

// lineSpans makes each line of p a segment.
func lineSpans(p string, dst []span) []span {
	pos := 0
	for pos < len(p) {
		end := len(p)
		if i := strings.IndexByte(p[pos:], '\n'); i >= 0 {
			end = pos + i
		}
		st := skipSpace(p[:end], pos)
		if e := trimSpaceEnd(p, st, end); e > st {
			dst = append(dst, span{st, e})
		}
		pos = end + 1
	}
	return dst
}
