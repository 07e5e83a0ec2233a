package check

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"bitext/article"
	"bitext/glossary"
	"bitext/textfile"
	"bitext/tmx"
)

// Options says the languages of the input.
type Options struct {
	// Lang is the language of monolingual files; language.Und detects it
	// from the text (see IsKorean).
	Lang language.Tag
	// SourceLang and TargetLang are the languages of bilingual pairs when
	// the file does not say them (TMX srclang, a TSV language header);
	// Korean and English when left undetermined.
	SourceLang, TargetLang language.Tag
	// Date is the day of the articles (bitext check --date): entries not
	// valid then are left out and forms right then are not deprecated.
	// Zero applies no dates.
	Date time.Time
}

// SyntaxError is malformed check input (a TSV line without a tab, text
// that is not UTF-8).
type SyntaxError struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("check: %s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// MessageID names the localized message of the error.
func (e *SyntaxError) MessageID() string { return "CheckErrSyntax" }

// MessageData fills the localized message.
func (e *SyntaxError) MessageData() map[string]any {
	return map[string]any{"File": e.File, "Line": e.Line, "Col": e.Col, "Msg": e.Msg}
}

// Input kinds of a file, by extension.
const (
	KindNone  = ""
	KindText  = "text"
	KindTSV   = "tsv"
	KindTMX   = "tmx"
	KindXLIFF = "xliff"
	KindJSONL = "jsonl"
)

// KindOf returns the input kind of a file name: text for .txt and .md,
// tsv, tmx, xliff, jsonl for .tsv, .tmx, .xlf and .xliff, .jsonl, else
// KindNone.
func KindOf(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md":
		return KindText
	case ".tsv":
		return KindTSV
	case ".tmx":
		return KindTMX
	case ".xlf", ".xliff":
		return KindXLIFF
	case ".jsonl":
		return KindJSONL
	}
	return KindNone
}

// ErrUnsupported is returned for inputs of a kind the checker cannot read.
var ErrUnsupported = errors.New("check: unsupported input kind")

// File checks one file; its kind comes from its extension (KindOf).
// Errors opening or reading it are returned as they are (*fs.PathError);
// malformed content gives a *SyntaxError or the codec's own syntax error.
func (c *Checker) File(path string, opt Options) ([]Finding, error) {
	if KindOf(path) == KindText {
		// Read whole into a buffer used again for the next file: the
		// article's text is a copy (textfile.Decode returns a string).
		bp := readBuffers.Get().(*[]byte)
		defer readBuffers.Put(bp)
		data, err := readFile(path, *bp)
		if err != nil {
			return nil, err
		}
		if cap(data) <= maxKeptBuffer {
			*bp = data[:0]
		}
		return c.article(data, path, opt)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return c.Reader(f, path, KindOf(path), opt)
}

// readBuffers holds the buffers File reads articles into; a buffer that
// grew beyond maxKeptBuffer for a large file is not kept.
var readBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 64*1024); return &b }}

const maxKeptBuffer = 4 << 20

// Reader checks input of the given kind read from r; name is the file
// name used in findings.
func (c *Checker) Reader(r io.Reader, name, kind string, opt Options) ([]Finding, error) {
	switch kind {
	case KindText:
		data, err := io.ReadAll(r)
		if err != nil {
			return nil, err
		}
		return c.article(data, name, opt)
	case KindTSV:
		return c.TSV(r, name, opt)
	case KindTMX:
		return c.TMX(r, name, opt)
	case KindXLIFF:
		return c.XLIFF(r, name, opt)
	case KindJSONL:
		return c.JSONL(r, name, opt)
	}
	return nil, fmt.Errorf("%w: %s", ErrUnsupported, name)
}

// article checks one monolingual article read whole.
func (c *Checker) article(data []byte, name string, opt Options) ([]Finding, error) {
	// The encoding as a run detects it (windows-1252 English is not
	// read as CP949), NFC, and no NUL or control characters.
	hint := textfile.AnyLang
	switch base, _ := opt.Lang.Base(); base.String() {
	case "ko":
		hint = textfile.Korean
	case "en":
		hint = textfile.English
	}
	text, _, err := textfile.Decode(name, data, textfile.Auto, hint, textfile.Limits{MaxLine: textfile.MaxArticleLine, FormFeed: true})
	if err != nil {
		var te *textfile.Error
		if errors.As(err, &te) {
			return nil, &SyntaxError{name, te.Line, te.Col, te.Msg}
		}
		return nil, err
	}
	lang := opt.Lang
	if lang == language.Und {
		lang = language.English
		if IsKorean(text) {
			lang = language.Korean
		}
	}
	return c.TextOn(name, text, lang, opt.Date), nil
}

func orLang(t, def language.Tag) language.Tag {
	if t == language.Und {
		return def
	}
	return t
}

// TSV checks tab-separated pairs: one pair a line, source<TAB>target with
// an optional third column naming the unit. An optional first line of
// language tags (ko<TAB>en) or the words source<TAB>target is a header;
// empty lines and lines starting with # are skipped.
func (c *Checker) TSV(r io.Reader, file string, opt Options) ([]Finding, error) {
	return c.tsv(nil, r, file, opt)
}

// tsv is TSV appending the findings to out (CheckFiles gathers every
// file's findings in one slice).
func (c *Checker) tsv(out []Finding, r io.Reader, file string, opt Options) ([]Finding, error) {
	return c.tsvEmit(out, r, file, opt, nil)
}

// emitAt is how many findings tsvEmit gathers before it gives them to
// emit: a few pairs' worth, so that they are written while still in the
// processor's cache and a file of many pairs is not held whole.
const emitAt = 256

// tsvEmit is tsv giving the findings to emit, when it is not nil, each
// time they are emitAt or more after a pair and at the end (out then
// starts again from empty); it returns those not yet given.
func (c *Checker) tsvEmit(out []Finding, r io.Reader, file string, opt Options, emit func([]Finding) error) ([]Finding, error) {
	src, tgt := orLang(opt.SourceLang, language.Korean), orLang(opt.TargetLang, language.English)
	sc := bufio.NewScanner(r)
	// The scanner's buffer serves file after file (lines are copied by
	// Text); one the scanner outgrows stays as it was.
	bp := readBuffers.Get().(*[]byte)
	defer readBuffers.Put(bp)
	sc.Buffer((*bp)[:cap(*bp)], 16*1024*1024)
	first := len(out) // this file's findings are out[first:]
	emitted := false  // some of them given to emit already
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
			if text == ExportHeader {
				fs, err := c.exportTSV(sc, file, src, tgt, opt)
				if len(out) == 0 {
					return fs, err
				}
				return append(out, fs...), err
			}
		}
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if !plainLine(text) {
			if e := textfile.Check(file, []byte(text), textfile.Limits{}); e != nil {
				return out, &SyntaxError{file, line, e.Col, e.Msg}
			}
			if !isNFC(text) {
				text = norm.NFC.String(text)
			}
		}
		fields := strings.Split(text, "\t")
		if len(fields) < 2 || len(fields) > 3 {
			return out, &SyntaxError{file, line, 1, fmt.Sprintf("want source<TAB>target[<TAB>unit], got %d fields", len(fields))}
		}
		if line == 1 || len(out) == first && !emitted && isHeader(fields) {
			if s, t, ok := tsvHeader(fields); ok {
				if opt.SourceLang == language.Und && s != language.Und {
					src = s
				}
				if opt.TargetLang == language.Und && t != language.Und {
					tgt = t
				}
				continue
			}
		}
		unit := ""
		if len(fields) == 3 {
			unit = fields[2]
		}
		out = c.appendPair(out, file, Pair{
			Unit: unit, Source: fields[0], Target: fields[1], SourceLang: src, TargetLang: tgt,
			SourceLine: line, SourceCol: 1,
			TargetLine: line, TargetCol: utf8.RuneCountInString(fields[0]) + 2,
			Date: opt.Date, Exact: true, nfc: true,
		})
		if emit != nil && len(out) >= emitAt {
			if err := emit(out); err != nil {
				return out[:0], err
			}
			clear(out) // what they point to may go
			out, first, emitted = out[:0], 0, true
		}
	}
	if err := sc.Err(); err != nil {
		return out, err
	}
	return out, nil
}

func isHeader(fields []string) bool { _, _, ok := tsvHeader(fields); return ok }

func tsvHeader(fields []string) (src, tgt language.Tag, ok bool) {
	if strings.EqualFold(fields[0], "source") && strings.EqualFold(fields[1], "target") {
		return language.Und, language.Und, true
	}
	if len(fields[0]) > 8 || len(fields[1]) > 8 {
		return language.Und, language.Und, false
	}
	s, err1 := language.Parse(fields[0])
	t, err2 := language.Parse(fields[1])
	if err1 != nil || err2 != nil {
		return language.Und, language.Und, false
	}
	return s, t, true
}

// TMX checks the units of a TMX document: the source is the variant in
// the header's srclang (else Options.SourceLang, else Korean), the target
// the first variant in another language (or in Options.TargetLang).
func (c *Checker) TMX(r io.Reader, file string, opt Options) ([]Finding, error) {
	dec := tmx.NewDecoder(r)
	dec.File = file
	h, err := dec.Header()
	if err != nil {
		return nil, err
	}
	srcDefault := orLang(opt.SourceLang, language.Korean)
	if opt.SourceLang == language.Und && h.SrcLang != "" && h.SrcLang != "*all*" {
		if t, err := language.Parse(h.SrcLang); err == nil {
			srcDefault = t
		}
	}
	var out []Finding
	// Units of bitext run's TMX export name their article (prop
	// x-bitext-doc): each article is read back (a unit is a linked pair of
	// segments) and checked with Article; other units pair by pair.
	var doc *docReader
	flush := func() {
		if doc != nil {
			out = append(out, c.Article(file, doc.a, opt.Date)...)
		}
		doc = nil
	}
	for {
		tu, err := dec.Next()
		if err == io.EOF {
			flush()
			Sort(out)
			return out, nil
		}
		if err != nil {
			return out, err
		}
		src := srcDefault
		if opt.SourceLang == language.Und && tu.SrcLang != "" && tu.SrcLang != "*all*" {
			if t, err := language.Parse(tu.SrcLang); err == nil {
				src = t
			}
		}
		var sv, tv *tmx.TUV
		for i := range tu.Variants {
			v := &tu.Variants[i]
			t, err := language.Parse(v.Lang)
			if err != nil {
				// Not skipped: a variant of no language would drop its
				// unit from the gate without a word.
				return out, &tmx.SyntaxError{File: file, Line: tu.Line, Col: tu.Col,
					Msg: fmt.Sprintf("unit %q: xml:lang %q is not a BCP 47 language tag", tu.TUID, v.Lang)}
			}
			switch {
			case sv == nil && sameBase(t, src):
				sv = v
			case tv == nil && !sameBase(t, src) && (opt.TargetLang == language.Und || sameBase(t, opt.TargetLang)):
				tv = v
			}
		}
		if sv == nil || tv == nil {
			continue
		}
		tl, _ := language.Parse(tv.Lang)
		pr := Pair{
			Unit: tu.TUID, Source: sv.Seg.Text(), Target: tv.Seg.Text(), SourceLang: src, TargetLang: tl,
			SourceLine: tu.Line, SourceCol: tu.Col, TargetLine: tu.Line, TargetCol: tu.Col, Date: opt.Date,
		}
		name := ""
		for _, p := range tu.Props {
			if p.Type == "x-bitext-doc" {
				name = p.Value
			}
		}
		if doc != nil && (name != doc.a.Name || src != doc.a.Src || tl != doc.a.Tgt) {
			flush() // another article, or other languages
		}
		if name == "" {
			out = c.appendPair(out, file, pr)
			continue
		}
		if doc == nil {
			doc = newDoc(name, src, tl)
		}
		pos := article.Position{Unit: tu.TUID, Line: tu.Line, Column: tu.Col}
		doc.add(&article.Segment{Text: pr.Source, Pos: pos}, &article.Segment{Text: pr.Target, Pos: pos}, -1)
	}
}

func sameBase(a, b language.Tag) bool {
	x, _ := a.Base()
	y, _ := b.Base()
	return x == y
}

// exportTSV checks the rest of a TSV export of bitext run (ExportHeader
// read): each document's rows read back into an article and checked with
// Article.
func (c *Checker) exportTSV(sc *bufio.Scanner, file string, src, tgt language.Tag, opt Options) ([]Finding, error) {
	var out []Finding
	err := readExportTSV(sc, file, src, tgt, func(a *article.Article) {
		out = append(out, c.Article(file, a, opt.Date)...)
	})
	Sort(out)
	return out, err
}

// readExportTSV reads the rows of a TSV export of bitext run (ExportHeader
// read) back into articles, one per run of rows with the same doc, and
// calls each with every article read. A row is a source and a target
// segment (either may be empty and left out), linked when its confidence
// column is set or both are there.
func readExportTSV(sc *bufio.Scanner, file string, src, tgt language.Tag, each func(*article.Article)) error {
	var doc *docReader
	flush := func() {
		if doc != nil {
			each(doc.a)
		}
		doc = nil
	}
	line := 1
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if text == "" {
			continue
		}
		if e := textfile.Check(file, []byte(text), textfile.Limits{}); e != nil {
			return &SyntaxError{file, line, e.Col, e.Msg}
		}
		if !isNFC(text) {
			text = norm.NFC.String(text)
		}
		f := strings.Split(text, "\t")
		if len(f) != 13 {
			return &SyntaxError{file, line, 1, fmt.Sprintf("a row of the export has 13 fields, not %d", len(f))}
		}
		if doc == nil || f[0] != doc.a.Name {
			flush()
			doc = newDoc(f[0], src, tgt)
		}
		para, _ := strconv.Atoi(f[2])
		// Columns of the source and target fields, for findings placed in
		// them (exact when the field has no escapes).
		seg := func(field string, before int) *article.Segment {
			t := unescapeExport(field)
			if t == "" {
				return nil
			}
			return &article.Segment{Text: t, Para: para, Pos: article.Position{Unit: f[1], Line: line,
				Column: runeCol(text, len(strings.Join(f[:before], "\t"))+1), Verbatim: t == field}}
		}
		conf := -1.0
		if f[7] != "" {
			if v, err := strconv.ParseFloat(f[7], 64); err == nil {
				conf = v
			}
		}
		doc.add(seg(f[5], 5), seg(f[6], 6), conf)
	}
	flush()
	return sc.Err()
}

// isNFC reports whether text is in NFC, as norm.NFC.IsNormalString does,
// reading ASCII and precomposed Hangul syllables (nearly all of a
// Korean-English pair) without the norm tables: no canonical composition
// has either as its second character, so the text splits before each of
// them into runs checked apart, and only a run holding something else
// (with the character before it, which a mark may compose with) goes
// to norm.NFC.QuickSpanString. A false may also mean QuickSpanString was
// not sure: normalizing then gives the text as it was.
func isNFC(text string) bool {
	start := 0 // the run being read starts here
	slow := false
	for i := 0; i < len(text); {
		c := text[i]
		size := 1
		fast := c < utf8.RuneSelf
		switch {
		case fast:
		case 0xEA <= c && c <= 0xED && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80:
			// Three bytes, decoded here: the lead bytes of the Hangul
			// syllables (U+AC00-U+D7A3).
			r := rune(c&0x0F)<<12 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F)
			size, fast = 3, 0xAC00 <= r && r <= 0xD7A3
		default:
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			fast = 0xAC00 <= r && r <= 0xD7A3
		}
		if fast {
			if slow {
				if norm.NFC.QuickSpanString(text[start:i]) != i-start {
					return false
				}
				slow = false
			}
			start = i
		} else {
			slow = true
		}
		i += size
	}
	return !slow || norm.NFC.QuickSpanString(text[start:]) == len(text)-start
}

// plainLine reports whether text has only printable ASCII, tabs and
// precomposed Hangul syllables (U+AC00-U+D7A3): then textfile.Check finds
// nothing wrong in it and it is in NFC (isNFC), and a TSV line need not
// be read by both. It reads eight ASCII bytes at a time; false means
// only that the two are asked (TestPlainLine).
func plainLine(text string) bool {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	for i := 0; i < len(text); {
		if i+8 <= len(text) {
			// The loads are combined into one; x has no byte at or above
			// 0x80, below 0x20 (a tab among them) or equal to 0x7F.
			x := uint64(text[i]) | uint64(text[i+1])<<8 | uint64(text[i+2])<<16 | uint64(text[i+3])<<24 |
				uint64(text[i+4])<<32 | uint64(text[i+5])<<40 | uint64(text[i+6])<<48 | uint64(text[i+7])<<56
			del := x ^ 0x7F*ones
			if x&high == 0 && (x-0x20*ones)&^x&high == 0 && (del-ones)&^del&high == 0 {
				i += 8
				continue
			}
		}
		c := text[i]
		switch {
		case c >= 0x20 && c < 0x7F || c == '\t':
			i++
		case 0xEA <= c && c <= 0xED && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80:
			r := rune(c&0x0F)<<12 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F)
			if r < 0xAC00 || r > 0xD7A3 {
				return false
			}
			i += 3
		default:
			return false
		}
	}
	return true
}

// appendMatches is m.AppendAll, or m.AppendAllNFC for text known to be in
// NFC.
func appendMatches(m *glossary.Matcher, dst []glossary.Match, text string, nfc bool) []glossary.Match {
	if nfc {
		return m.AppendAllNFC(dst, text)
	}
	return m.AppendAll(dst, text)
}
