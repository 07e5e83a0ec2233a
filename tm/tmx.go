package tm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"bitext/tmx"
)

// The TMX properties that carry what TMX has no attribute for. Import reads
// them into Unit.Context and Unit.Origin; export writes them back.
const (
	PropDoc        = "x-bitext-doc"
	PropPrev       = "x-bitext-prev"
	PropNext       = "x-bitext-next"
	PropFile       = "x-bitext-file"
	PropAlignment  = "x-bitext-alignment"
	PropConfidence = "x-bitext-confidence"
	PropTranslator = "x-bitext-translator"
	PropOrigin     = "x-bitext-origin" // Origin.Kind: alignment, translator or tmx
	PropReview     = "x-bitext-review" // Origin.Review: unreviewed, translated, reviewed or final
)

// InputError is a unit of an imported file that cannot be stored as it is.
type InputError struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *InputError) Error() string {
	return fmt.Sprintf("tm: %s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// parseLang parses a TMX language code (en-US, EN_us, ko); "*all*" and ""
// give language.Und.
func parseLang(s string) (language.Tag, error) {
	if s == "" || s == "*all*" {
		return language.Und, nil
	}
	return language.Parse(strings.ReplaceAll(s, "_", "-"))
}

// FromTMX converts a TMX unit. headerSrc is the srclang of the header, used
// when the unit has none; file is recorded as the unit's origin unless a
// x-bitext-file property says otherwise. A unit without x-bitext-origin
// and x-bitext-review properties is a TMX import (OriginTMX), Translated:
// a memory from another tool holds its translators' work. Variants with
// empty text are dropped.
func FromTMX(tu *tmx.TU, headerSrc, file string) (Unit, error) {
	u := Unit{TUID: tu.TUID, Creator: tu.CreationID, Changer: tu.ChangeID,
		Origin: Origin{Kind: OriginTMX, File: file, Review: Translated}}
	bad := func(format string, args ...any) error {
		return &InputError{File: file, Line: tu.Line, Col: tu.Col, Msg: fmt.Sprintf(format, args...)}
	}
	src := tu.SrcLang
	if src == "" {
		src = headerSrc
	}
	var err error
	if u.SourceLang, err = parseLang(src); err != nil {
		return u, bad("srclang %q is not a language tag", src)
	}
	if tu.CreationDate != "" {
		if u.Created, err = tmx.ParseDate(tu.CreationDate); err != nil {
			return u, bad("creationdate %q: want YYYYMMDDThhmmssZ", tu.CreationDate)
		}
	}
	if tu.ChangeDate != "" {
		if u.Changed, err = tmx.ParseDate(tu.ChangeDate); err != nil {
			return u, bad("changedate %q: want YYYYMMDDThhmmssZ", tu.ChangeDate)
		}
	}
	for _, p := range tu.Props {
		switch p.Type {
		case PropDoc:
			u.Context.DocID = p.Value
		case PropPrev:
			u.Context.Prev = p.Value
		case PropNext:
			u.Context.Next = p.Value
		case PropFile:
			u.Origin.File = p.Value
		case PropAlignment:
			u.Origin.Alignment = p.Value
		case PropConfidence:
			c, err := strconv.ParseFloat(strings.TrimSpace(p.Value), 64)
			if err != nil || !(c >= 0 && c <= 1) {
				return u, bad("%s %q is not a number from 0 to 1", PropConfidence, p.Value)
			}
			u.Origin.Confidence = c
		case PropTranslator:
			u.Origin.Translator = p.Value
		case PropOrigin:
			if u.Origin.Kind, err = ParseOriginKind(p.Value); err != nil {
				return u, bad("%s %q: want alignment, translator or tmx", PropOrigin, p.Value)
			}
		case PropReview:
			if u.Origin.Review, err = ParseReview(p.Value); err != nil {
				return u, bad("%s %q: want unreviewed, translated, reviewed or final", PropReview, p.Value)
			}
		default:
			u.Props = append(u.Props, Prop{Type: p.Type, Lang: p.Lang, Value: p.Value})
		}
	}
	legacyOrigin(&u.Origin, tu.Props)
	for _, n := range tu.Notes {
		u.Notes = append(u.Notes, Note{Lang: n.Lang, Value: n.Value})
	}
	for _, tv := range tu.Variants {
		lang, err := parseLang(tv.Lang)
		if err != nil || lang == language.Und {
			return u, bad("xml:lang %q is not a language tag", tv.Lang)
		}
		v := Variant{Lang: lang, Text: tv.Seg.Text()}
		if !tv.Seg.IsPlain() {
			v.Markup = tv.Seg.XML
		}
		if strings.TrimSpace(v.Text) == "" {
			continue
		}
		for _, p := range tv.Props {
			v.Props = append(v.Props, Prop{Type: p.Type, Lang: p.Lang, Value: p.Value})
		}
		for _, n := range tv.Notes {
			v.Notes = append(v.Notes, Note{Lang: n.Lang, Value: n.Value})
		}
		u.Variants = append(u.Variants, v)
	}
	u.Normalize()
	return u, nil
}

// legacyOrigin gives a unit written before x-bitext-origin existed (an
// older bitext's export) the origin its other properties say: aligned
// when it names an alignment, a translator's when it names a translator;
// the review state follows unless a x-bitext-review property gives it.
func legacyOrigin(o *Origin, props []tmx.Prop) {
	var kind, review bool
	for _, p := range props {
		kind = kind || p.Type == PropOrigin
		review = review || p.Type == PropReview
	}
	if kind {
		return
	}
	switch {
	case o.Translator != "":
		o.Kind = OriginTranslator
	case o.Alignment != "":
		o.Kind = OriginAlignment
		if !review {
			o.Review = Unreviewed
		}
	}
}

// ToTMX converts a unit for export.
func ToTMX(u *Unit) *tmx.TU {
	tu := &tmx.TU{TUID: u.TUID, CreationID: u.Creator, ChangeID: u.Changer}
	if u.SourceLang != language.Und {
		tu.SrcLang = u.SourceLang.String()
	}
	if !u.Created.IsZero() {
		tu.CreationDate = tmx.FormatDate(u.Created)
	}
	if !u.Changed.IsZero() {
		tu.ChangeDate = tmx.FormatDate(u.Changed)
	}
	for _, p := range u.Props {
		tu.Props = append(tu.Props, tmx.Prop{Type: p.Type, Lang: p.Lang, Value: p.Value})
	}
	prop := func(t, v string) {
		if v != "" {
			tu.Props = append(tu.Props, tmx.Prop{Type: t, Value: v})
		}
	}
	prop(PropDoc, u.Context.DocID)
	prop(PropPrev, u.Context.Prev)
	prop(PropNext, u.Context.Next)
	prop(PropFile, u.Origin.File)
	prop(PropAlignment, u.Origin.Alignment)
	if u.Origin.Confidence != 0 {
		prop(PropConfidence, formatConfidence(u.Origin.Confidence))
	}
	prop(PropTranslator, u.Origin.Translator)
	prop(PropOrigin, string(u.Origin.Kind))
	prop(PropReview, string(u.Origin.Review))
	for _, n := range u.Notes {
		tu.Notes = append(tu.Notes, tmx.Note{Lang: n.Lang, Value: n.Value})
	}
	for _, v := range u.Variants {
		tv := tmx.TUV{Lang: v.Lang.String(), Seg: tmx.PlainSeg(v.Text)}
		if v.Markup != "" {
			tv.Seg = tmx.Seg{XML: v.Markup}
		}
		for _, p := range v.Props {
			tv.Props = append(tv.Props, tmx.Prop{Type: p.Type, Lang: p.Lang, Value: p.Value})
		}
		for _, n := range v.Notes {
			tv.Notes = append(tv.Notes, tmx.Note{Lang: n.Lang, Value: n.Value})
		}
		tu.Variants = append(tu.Variants, tv)
	}
	return tu
}

// ImportResult counts what an import did.
type ImportResult struct {
	AddResult
	// Skipped counts units with fewer than two non-empty variants.
	Skipped int
}

// ImportTMX reads a TMX document from r into s in one batch: every unit of
// the file is stored, or none when the file is malformed (a
// *tmx.SyntaxError or *InputError naming file, line and column) or ctx is
// cancelled. Memory does not grow with the file: the file is decoded in a
// goroutine of its own, a few hundred units ahead of the store.
func ImportTMX(ctx context.Context, s Store, r io.Reader, file string) (ImportResult, error) {
	var res ImportResult
	dec := tmx.NewDecoder(r)
	dec.File = file
	h, err := dec.Header()
	if err != nil {
		return res, err
	}
	b, err := s.Begin(ctx)
	if err != nil {
		return res, err
	}
	defer b.Rollback()
	type item struct {
		u   Unit
		err error
	}
	ch := make(chan item, 256)
	done := make(chan struct{})
	defer close(done)
	go func() {
		defer close(ch)
		for {
			tu, err := dec.Next()
			if err == io.EOF {
				return
			}
			var it item
			if err != nil {
				it.err = err
			} else {
				it.u, it.err = FromTMX(tu, h.SrcLang, file)
			}
			select {
			case ch <- it:
			case <-done:
				return
			}
			if it.err != nil {
				return
			}
		}
	}()
	for it := range ch {
		if err := ctx.Err(); err != nil {
			return ImportResult{}, err
		}
		if it.err != nil {
			return ImportResult{}, it.err
		}
		if err := Check(&it.u); err != nil {
			res.Skipped++
			continue
		}
		if _, err := b.Add(it.u); err != nil {
			if errors.Is(err, ErrNoText) {
				res.Skipped++
				continue
			}
			return ImportResult{}, err
		}
	}
	if err := ctx.Err(); err != nil {
		return ImportResult{}, err
	}
	ar, err := b.Commit()
	if err != nil {
		return ImportResult{}, err
	}
	res.AddResult = ar
	return res, nil
}

// ExportTMX writes the units of s selected by opt to w as TMX 1.4b and
// returns how many were written. The header's srclang is the first of
// opt.Langs, or *all*.
func ExportTMX(ctx context.Context, s Store, w io.Writer, opt ExportOptions) (int, error) {
	h := &tmx.Header{SrcLang: "*all*", AdminLang: "en", DataType: "plaintext", SegType: "sentence",
		CreationTool: "bitext", CreationToolVersion: "0.1", OTmf: "bitext"}
	if len(opt.Langs) > 0 {
		h.SrcLang = opt.Langs[0].String()
	}
	enc, err := tmx.NewEncoder(w, h)
	if err != nil {
		return 0, err
	}
	n := 0
	err = s.Iterate(ctx, opt, func(u Unit) error {
		if len(opt.Langs) > 0 {
			u.SourceLang = opt.Langs[0]
		}
		n++
		return enc.Encode(ToTMX(&u))
	})
	if err != nil {
		return n, err
	}
	return n, enc.Close()
}
