package export

import (
	"archive/zip"
	"bufio"
	"compress/flate"
	"encoding/xml"
	"fmt"
	"hash/crc32"
	"io"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"bitext/article"
)

// DOCX fonts: Korean runs (w:eastAsia and the Latin slots, so spaces and
// digits inside Korean text match) and Latin runs.
const (
	docxKoreanFont = "Malgun Gothic"
	docxLatinFont  = "Calibri"
)

// docxTime is the modification time of every part, so that the same article
// gives the same bytes.
var docxTime = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

const docxContentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>
`

const docxRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>
`

const docxDocumentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>
`

const docxStyles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="` + docxLatinFont + `" w:hAnsi="` + docxLatinFont + `" w:eastAsia="` + docxKoreanFont + `" w:cs="Arial"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-US" w:eastAsia="ko-KR" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:spacing w:after="60" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Byline"><w:name w:val="Byline"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:i/><w:color w:val="5B6475"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Small"><w:name w:val="Small"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="5B6475"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="BilingualTable"><w:name w:val="Bilingual Table"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="BFC5CF"/><w:left w:val="single" w:sz="4" w:space="0" w:color="BFC5CF"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFC5CF"/><w:right w:val="single" w:sz="4" w:space="0" w:color="BFC5CF"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFC5CF"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFC5CF"/></w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>
`

// WriteDOCX writes d as a Word document (OOXML): the headline and the
// byline on top, then a two-column table, the original on the left and the
// edition on the right, one row per alignment link and a shaded row per
// paragraph. Korean runs carry w:eastAsia fonts (Malgun Gothic) and the
// ko-KR language; glossary terms are highlighted, findings underlined with
// a wavy line, and weak links shaded and flagged. The table header repeats
// on every page. The zip is streamed (no seeking) and its bytes depend only
// on d and o.
func WriteDOCX(w io.Writer, d *article.Article, o *Options) error {
	if err := check(d); err != nil {
		return err
	}
	return writeDOCXPackage(w, docxCore(d), func(f io.Writer) error { return writeDocumentXML(f, d, o) })
}

// writeDOCXPackage writes a Word document whose core properties are core
// and whose word/document.xml part body writes, with bitext's styles.
func writeDOCXPackage(w io.Writer, core string, body func(io.Writer) error) error {
	zw := zip.NewWriter(w)
	// Fast compression: the document part is a few kilobytes of repetitive
	// XML, and the fixed parts are stored as they are.
	zw.RegisterCompressor(zip.Deflate, newFlate)
	// The small fixed parts are stored with their sizes and CRC in the
	// local header (no data descriptor, which some zip readers refuse on
	// stored entries); the document part is deflated as it is written.
	stored := func(name, content string) error {
		fh := &zip.FileHeader{Name: name, Method: zip.Store,
			CRC32: crc32.ChecksumIEEE([]byte(content)), CompressedSize64: uint64(len(content)), UncompressedSize64: uint64(len(content))}
		// CreateRaw writes the MS-DOS time fields as they are: 2026-01-01.
		//lint:ignore SA1019 CreateRaw does not convert Modified
		fh.ModifiedDate = (2026-1980)<<9 | 1<<5 | 1
		f, err := zw.CreateRaw(fh)
		if err != nil {
			return err
		}
		_, err = io.WriteString(f, content)
		return err
	}
	err := stored("[Content_Types].xml", docxContentTypes)
	if err == nil {
		err = stored("_rels/.rels", docxRels)
	}
	if err == nil {
		err = stored("docProps/core.xml", core)
	}
	if err == nil {
		err = stored("word/_rels/document.xml.rels", docxDocumentRels)
	}
	if err == nil {
		err = stored("word/styles.xml", docxStyles)
	}
	if err == nil {
		var f io.Writer
		f, err = zw.CreateHeader(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, Modified: docxTime})
		if err == nil {
			err = body(f)
		}
	}
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		return fmt.Errorf("export: docx: %w", err)
	}
	return nil
}

// flatePool keeps a few flate writers (about 650 KB each, most of it
// cleared on allocation) for the next DOCX parts. A buffered channel, not
// a sync.Pool: a batch run collects garbage often, and a sync.Pool is
// emptied by every other collection, so most parts allocated a new writer.
var flatePool = make(chan *flate.Writer, 8)

// pooledFlate is a flate writer that goes back to flatePool when closed.
type pooledFlate struct{ *flate.Writer }

func (p pooledFlate) Close() error {
	err := p.Writer.Close()
	select {
	case flatePool <- p.Writer:
	default: // the pool is full: left to the collector
	}
	return err
}

func newFlate(out io.Writer) (io.WriteCloser, error) {
	select {
	case fw := <-flatePool:
		fw.Reset(out)
		return pooledFlate{fw}, nil
	default:
	}
	fw, err := flate.NewWriter(out, flate.BestSpeed)
	if err != nil {
		return nil, err
	}
	return pooledFlate{fw}, nil
}

func docxCore(d *article.Article) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	title := d.Headline()
	if title == "" {
		title = d.DocID()
	}
	b.WriteString("<dc:title>")
	escapeXML(&b, title)
	b.WriteString("</dc:title>")
	if d.Byline() != "" {
		b.WriteString("<dc:creator>")
		escapeXML(&b, d.Byline())
		b.WriteString("</dc:creator>")
	}
	if l := langString(d, article.TargetSide); l != "" {
		b.WriteString("<dc:language>")
		escapeXML(&b, l)
		b.WriteString("</dc:language>")
	}
	b.WriteString("<dc:identifier>")
	escapeXML(&b, d.DocID())
	b.WriteString("</dc:identifier></cp:coreProperties>\n")
	return b.String()
}

// escapeXML writes s as XML character data; characters XML cannot hold
// become U+FFFD.
func escapeXML(w io.Writer, s string) {
	xml.EscapeText(w, []byte(s)) // errors surface on the writer's Flush
}

// eastAsian reports whether runs in language t need the East Asian font
// slot and language attribute.
func eastAsian(t language.Tag) bool {
	b, _ := t.Base()
	switch b.String() {
	case "ko", "ja", "zh":
		return true
	}
	return false
}

type docxWriter struct {
	*bufio.Writer
	l   Labels
	low float64
}

// run writes one w:r of text: rPr from the language, highlight for
// glossary terms and a wavy underline for findings. Newlines become
// w:br and tabs w:tab.
func (w *docxWriter) run(text string, lang language.Tag, props string) {
	w.WriteString("<w:r><w:rPr>")
	if eastAsian(lang) {
		w.WriteString(`<w:rFonts w:ascii="` + docxKoreanFont + `" w:hAnsi="` + docxKoreanFont + `" w:eastAsia="` + docxKoreanFont + `"/>`)
	}
	w.WriteString(props)
	if !lang.IsRoot() {
		if eastAsian(lang) {
			w.WriteString(`<w:lang w:eastAsia="` + xmlAttr(bcp(lang)) + `"/>`)
		} else {
			w.WriteString(`<w:lang w:val="` + xmlAttr(bcp(lang)) + `"/>`)
		}
	}
	w.WriteString("</w:rPr>")
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			w.WriteString("<w:br/>")
		}
		for j, part := range strings.Split(line, "\t") {
			if j > 0 {
				w.WriteString("<w:tab/>")
			}
			if part != "" {
				w.WriteString(`<w:t xml:space="preserve">`)
				escapeXML(w, strings.ReplaceAll(part, "\r", ""))
				w.WriteString("</w:t>")
			}
		}
	}
	w.WriteString("</w:r>")
}

// bcp gives the tag with a region for Word: "ko" → "ko-KR", "en" →
// "en-US" (Word's language lists have regions).
func bcp(t language.Tag) string {
	if _, conf := t.Region(); conf == language.Exact {
		return t.String()
	}
	switch b, _ := t.Base(); b.String() {
	case "ko":
		return "ko-KR"
	case "en":
		return "en-US"
	case "ja":
		return "ja-JP"
	case "zh":
		return "zh-CN"
	}
	return t.String()
}

func xmlAttr(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return strings.ReplaceAll(b.String(), `"`, "&#34;")
}

var findingColor = map[string]string{article.Error: "C62828", article.Warning: "D98200", article.Info: "2F6FB5"}

// segment writes the runs of one segment.
func (w *docxWriter) segment(d *article.Article, side string, i int, lang language.Tag) {
	segs := d.Source
	if side == article.TargetSide {
		segs = d.Target
	}
	fs := d.SegmentFindings(side, i)
	for _, p := range pieces(segs[i].Text, segs[i].Terms, fs) {
		props := ""
		if len(p.Terms) > 0 {
			props += `<w:highlight w:val="yellow"/>`
		}
		if len(p.Findings) > 0 {
			props += `<w:u w:val="wave" w:color="` + findingColor[worst(p.Findings)] + `"/>`
		}
		w.run(p.Text, lang, props)
	}
	for _, f := range fs {
		if f.Start == 0 && f.End == 0 {
			color := findingColor[f.Severity]
			if color == "" {
				color = findingColor[article.Info]
			}
			w.run(" ["+f.Rule+"]", language.Und, `<w:color w:val="`+color+`"/><w:vertAlign w:val="superscript"/>`)
		}
	}
}

// cell writes one table cell holding segments idx of side, width pct
// fiftieths of a percent.
func (w *docxWriter) cell(d *article.Article, side string, idx []int, shade string, pct int) {
	w.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(pct) + `" w:type="pct"/>`)
	if shade != "" {
		w.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="` + shade + `"/>`)
	}
	w.WriteString("</w:tcPr><w:p>")
	lang := d.Src
	if side == article.TargetSide {
		lang = d.Tgt
	}
	if !lang.IsRoot() && eastAsian(lang) {
		// The paragraph mark too, so that typing in an empty cell is Korean.
		w.WriteString(`<w:pPr>` + noAutoSpace + `<w:rPr><w:rFonts w:eastAsia="` + docxKoreanFont + `"/><w:lang w:eastAsia="` + xmlAttr(bcp(lang)) + `"/></w:rPr></w:pPr>`)
	} else {
		w.WriteString(`<w:pPr>` + noAutoSpace + `</w:pPr>`)
	}
	for n, i := range idx {
		if n > 0 {
			w.run(" ", lang, "")
		}
		w.segment(d, side, i, lang)
	}
	w.WriteString("</w:p></w:tc>")
}

// noAutoSpace turns off Word's and LibreOffice's extra space between
// Hangul and Latin letters or digits ("23 일" for 23일), on every
// paragraph: some readers ignore it in the document defaults.
const noAutoSpace = `<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>`

// smallCell writes a narrow cell of plain text (the TM and confidence
// columns).
func (w *docxWriter) smallCell(text, shade string, pct int) {
	w.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(pct) + `" w:type="pct"/>`)
	if shade != "" {
		w.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="` + shade + `"/>`)
	}
	w.WriteString(`</w:tcPr><w:p><w:pPr><w:pStyle w:val="Small"/>` + noAutoSpace + `</w:pPr>`)
	w.run(text, language.Und, "")
	w.WriteString("</w:p></w:tc>")
}

// docxColumns are the table's columns: their widths in fiftieths of a
// percent and in twips (A4 portrait with 2 cm margins leaves 9638), and
// which of the TM and confidence columns there are.
type docxColumns struct {
	text, small     int // pct of a text column and of a narrow one
	textTw, smallTw int
	tm, conf        bool
}

func newDocxColumns(d *article.Article, o *Options) docxColumns {
	// The source column stays when there is no original (a note says so);
	// the confidence column goes, since nothing is aligned.
	c := docxColumns{tm: !o.noTM(), conf: len(d.Source) > 0}
	narrow := 0
	if c.tm {
		narrow++
	}
	if c.conf {
		narrow++
	}
	c.small, c.smallTw = 350, 675
	c.text = (5000 - narrow*c.small) / 2
	c.textTw = (9638 - narrow*c.smallTw) / 2
	return c
}

func writeDocumentXML(out io.Writer, d *article.Article, o *Options) error {
	w := &docxWriter{Writer: bufio.NewWriter(out), l: o.labels(), low: o.low()}
	l := w.l
	w.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>`)
	title := d.Headline()
	if title == "" {
		title = d.DocID()
	}
	w.WriteString(`<w:p><w:pPr><w:pStyle w:val="Title"/>` + noAutoSpace + `</w:pPr>`)
	w.run(title, d.Tgt, "")
	w.WriteString("</w:p>")
	var meta []string
	if d.Byline() != "" {
		meta = append(meta, d.Byline())
	}
	if d.Date() != "" {
		meta = append(meta, d.Date())
	}
	if len(meta) > 0 {
		w.WriteString(`<w:p><w:pPr><w:pStyle w:val="Byline"/>` + noAutoSpace + `</w:pPr>`)
		w.run(strings.Join(meta, " · "), d.Tgt, "")
		w.WriteString("</w:p>")
	}
	if len(d.Source) == 0 {
		w.WriteString(`<w:p><w:pPr><w:pStyle w:val="Small"/></w:pPr>`)
		w.run(l.NoOriginal, language.Und, "")
		w.WriteString("</w:p>")
	}
	// Table: the two texts, then the TM match and the link's type and
	// confidence.
	cols := newDocxColumns(d, o)
	ncols := 2
	w.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="BilingualTable"/><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	w.WriteString(`<w:gridCol w:w="` + strconv.Itoa(cols.textTw) + `"/><w:gridCol w:w="` + strconv.Itoa(cols.textTw) + `"/>`)
	for _, on := range []bool{cols.tm, cols.conf} {
		if on {
			ncols++
			w.WriteString(`<w:gridCol w:w="` + strconv.Itoa(cols.smallTw) + `"/>`)
		}
	}
	w.WriteString(`</w:tblGrid>`)
	head := func(label string, lang language.Tag, pct int) {
		if !lang.IsRoot() {
			label += " (" + lang.String() + ")"
		}
		w.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(pct) + `" w:type="pct"/><w:shd w:val="clear" w:color="auto" w:fill="DDE3EA"/></w:tcPr><w:p><w:pPr><w:keepNext/>` + noAutoSpace + `</w:pPr>`)
		w.run(label, language.Und, "<w:b/>")
		w.WriteString("</w:p></w:tc>")
	}
	w.WriteString(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
	head(l.Source, d.Src, cols.text)
	head(l.target(d), d.Tgt, cols.text)
	if cols.tm {
		head(l.Match, language.Und, cols.small)
	}
	if cols.conf {
		head(l.Confidence, language.Und, cols.small)
	}
	w.WriteString("</w:tr>")
	prev := article.HeadlinePara - 1
	for _, r := range d.Rows() {
		if r.Para != prev {
			label := l.Headline
			if r.Para != article.HeadlinePara {
				label = l.Paragraph + " " + strconv.Itoa(r.Para+1)
			}
			w.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="5000" w:type="pct"/><w:gridSpan w:val="` + strconv.Itoa(ncols) + `"/><w:shd w:val="clear" w:color="auto" w:fill="F3F5F8"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="Small"/><w:keepNext/><w:spacing w:after="0"/>` + noAutoSpace + `</w:pPr>`)
			w.run(label, language.Und, "")
			w.WriteString("</w:p></w:tc></w:tr>")
			prev = r.Para
		}
		shade := ""
		if r.Linked && r.Confidence < w.low {
			shade = "FDE7E7"
		}
		w.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		w.cell(d, article.SourceSide, r.Source, shade, cols.text)
		w.cell(d, article.TargetSide, r.Target, shade, cols.text)
		if cols.tm {
			pct := l.New
			if m, ok := d.RowMatch(r); ok {
				pct = percent(m.Score)
				if m.Band() == article.Band101 {
					pct = "101%"
				}
			}
			w.smallCell(pct, shade, cols.small)
		}
		if cols.conf {
			conf := l.Unaligned
			if r.Linked {
				conf = r.Type() + " " + formatConfidence(r.Confidence)
				if r.Confidence < w.low {
					conf += " ⚠"
				}
			}
			w.smallCell(conf, shade, cols.small)
		}
		w.WriteString("</w:tr>")
	}
	w.WriteString("</w:tbl>")
	// Findings, then a closing paragraph (Word wants one after a table).
	if len(d.Findings) > 0 {
		w.WriteString(`<w:p><w:pPr><w:spacing w:before="240"/></w:pPr>`)
		w.run(l.Findings, language.Und, "<w:b/>")
		w.WriteString("</w:p>")
		for _, f := range d.Findings {
			where := l.Article
			if f.Seg >= 0 {
				side := l.Source
				if f.Side == article.TargetSide {
					side = l.target(d)
				}
				where = side + " " + strconv.Itoa(f.Seg+1)
			}
			w.WriteString(`<w:p><w:pPr><w:pStyle w:val="Small"/></w:pPr>`)
			w.run(severityLabel(l, f.Severity)+" ["+f.Rule+"] "+where+": ", language.Und, "<w:b/>")
			w.run(f.Message, language.Und, "")
			w.WriteString("</w:p>")
		}
	}
	w.WriteString(`<w:p><w:pPr><w:pStyle w:val="Small"/></w:pPr>`)
	w.run(l.GeneratedBy, language.Und, "")
	w.WriteString(`</w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>`)
	return w.Flush()
}
