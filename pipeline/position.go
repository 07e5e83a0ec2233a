package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/article"
)

// Pos is a place in an input file: Line and Col are 1-based, Col counted
// in characters. Exact is false when the place is only the line of the
// nearest segment that was found in the file.
type Pos struct {
	Line, Col int
	Exact     bool
}

// squeezed is a text with its white space taken out, and for each byte of
// the result the offset of that byte in the text.
type squeezed struct {
	s   string
	off []int
}

func squeeze(t string) squeezed {
	var b strings.Builder
	off := make([]int, 0, len(t))
	for i, r := range t {
		if unicode.IsSpace(r) {
			continue
		}
		n := utf8.RuneLen(r)
		if r == utf8.RuneError {
			n = 1
			b.WriteByte(t[i])
		} else {
			b.WriteRune(r)
		}
		for k := 0; k < n; k++ {
			off = append(off, i+k)
		}
	}
	return squeezed{b.String(), off}
}

// Locator maps segments of an article to lines and columns of the decoded
// file they were extracted from.
//
// Each segment's text is searched for in the file, forward from where the
// previous segment was found, ignoring white space (so a sentence wrapped
// over lines, or with its spaces collapsed by the extraction, is found).
// A segment that is not found — in HTML files, and in Markdown where
// markup (emphasis, links, entities) sits inside the sentence — gets
// column 1 and Exact false, on the line of its first word when that word
// is in the file between the segments found around it, else on the line
// of the nearest segment before it that was found (after it, when none
// was).
type Locator struct {
	file  string
	lines []int // byte offset of each line's start
	found []int // byte offset of each segment's first character, -1 if not found
	guess []int // for a segment not found, where its first word is, or -1
	segs  []article.Segment
}

// NewLocator finds segs in file, the decoded text of the input file.
func NewLocator(file string, segs []article.Segment) *Locator {
	l := &Locator{file: file, segs: segs, found: make([]int, len(segs)), lines: []int{0}}
	for i := 0; i < len(file); i++ {
		if file[i] == '\n' {
			l.lines = append(l.lines, i+1)
		}
	}
	f := squeeze(file)
	cur := 0
	for i, s := range segs {
		l.found[i] = -1
		q := squeeze(s.Text)
		if q.s == "" {
			continue
		}
		k := strings.Index(f.s[cur:], q.s)
		if k < 0 {
			continue
		}
		l.found[i] = f.off[cur+k]
		cur += k + len(q.s)
	}
	// A segment not found is placed on the line of its first word, when
	// that word is in the file between the segments found around it.
	l.guess = make([]int, len(segs))
	from := 0
	for i, s := range segs {
		l.guess[i] = -1
		if l.found[i] >= 0 {
			from = l.found[i] + 1
			continue
		}
		to := len(file)
		for j := i + 1; j < len(segs); j++ {
			if l.found[j] >= 0 {
				to = l.found[j]
				break
			}
		}
		w := strings.FieldsFunc(s.Text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len(w) > 0 && from < to {
			if k := strings.Index(file[from:to], w[0]); k >= 0 {
				l.guess[i] = from + k
				from += k + 1
			}
		}
	}
	return l
}

// Place returns the position of byte offset off inside segment seg's text
// (seg -1, or out of range: the start of the file).
func (l *Locator) Place(seg, off int) Pos {
	if seg < 0 || seg >= len(l.segs) {
		return Pos{Line: 1, Col: 1}
	}
	if at := l.found[seg]; at >= 0 {
		// Walk the segment and the file together, skipping white space
		// on both sides, up to off.
		t := l.segs[seg].Text
		if off > len(t) {
			off = len(t)
		}
		p, i := at, 0
		for i < off {
			r, n := utf8.DecodeRuneInString(t[i:])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
			for p < len(l.file) {
				fr, fn := utf8.DecodeRuneInString(l.file[p:])
				if !unicode.IsSpace(fr) {
					break
				}
				p += fn
			}
			_, fn := utf8.DecodeRuneInString(l.file[p:])
			p += fn
			i += n
		}
		// Land on the next character, not the white space before it.
		for p < len(l.file) {
			fr, fn := utf8.DecodeRuneInString(l.file[p:])
			if !unicode.IsSpace(fr) {
				break
			}
			p += fn
		}
		return l.pos(p, true)
	}
	if g := l.guess[seg]; g >= 0 {
		return Pos{Line: l.pos(g, true).Line, Col: 1}
	}
	for j := seg - 1; j >= 0; j-- {
		if l.found[j] >= 0 {
			return Pos{Line: l.pos(l.found[j], true).Line, Col: 1}
		}
	}
	for j := seg + 1; j < len(l.segs); j++ {
		if l.found[j] >= 0 {
			return Pos{Line: l.pos(l.found[j], true).Line, Col: 1}
		}
	}
	return Pos{Line: 1, Col: 1}
}

func (l *Locator) pos(p int, exact bool) Pos {
	lo, hi := 0, len(l.lines)
	for hi-lo > 1 {
		m := (lo + hi) / 2
		if l.lines[m] <= p {
			lo = m
		} else {
			hi = m
		}
	}
	return Pos{Line: lo + 1, Col: utf8.RuneCountInString(l.file[l.lines[lo]:p]) + 1, Exact: exact}
}

// placeFindings sets the Line and Column of a's findings (see Locator).
func (a *Article) placeFindings() {
	var src, tgt *Locator
	for i := range a.Findings {
		f := &a.Findings[i]
		var l *Locator
		if f.Side == "source" && a.Original != nil {
			if src == nil {
				src = NewLocator(a.origRaw, a.Source)
			}
			l = src
		} else {
			if tgt == nil {
				tgt = NewLocator(a.edRaw, a.Target)
			}
			l = tgt
		}
		p := l.Place(f.Seg, f.Start)
		f.Line, f.Column = p.Line, p.Col
	}
}
