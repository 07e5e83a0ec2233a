package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/language"

	"bitext/article"
)

// Article file formats: one language's article as a newsroom file, what
// bitext merge writes from a translated XLIFF (WriteArticleFile).
const (
	ArticleText     = "txt"  // plain text, as bitext run reads it
	ArticleMarkdown = "md"   // CommonMark
	ArticleDOCX     = "docx" // a Word document
)

// ArticleFormats lists the article file formats.
var ArticleFormats = []string{ArticleText, ArticleMarkdown, ArticleDOCX}

// ArticleExt returns the file name extension of an article file format
// (".txt", ".md", ".docx"), "" for an unknown format.
func ArticleExt(format string) string {
	for _, f := range ArticleFormats {
		if f == format {
			return "." + f
		}
	}
	return ""
}

// WriteArticleFile writes t, one language's article (lang), as a file of
// the given format (ArticleText, ArticleMarkdown or ArticleDOCX); id names
// the article in the DOCX properties.
//
// Plain text is laid out as bitext run reads an article: the headline, the
// byline, the date and each paragraph on a line of its own, separated by
// blank lines. Markdown has the headline as a "# " heading, the byline in
// bold before the date, and the paragraphs with Markdown punctuation
// backslash-escaped, so the rendered text is t's. The DOCX has the
// headline in the Title style, byline and date in the Byline style and one
// Normal paragraph per paragraph, in t's language.
func WriteArticleFile(w io.Writer, format, id string, t *article.Text, lang language.Tag) error {
	if t == nil {
		return fmt.Errorf("export: nil article text")
	}
	switch format {
	case ArticleText:
		return writeArticleText(w, t)
	case ArticleMarkdown:
		return writeArticleMarkdown(w, t)
	case ArticleDOCX:
		return writeDOCXPackage(w, articleCore(id, t, lang), func(f io.Writer) error { return writeArticleDocument(f, t, lang) })
	}
	return fmt.Errorf("export: article format %q: want txt, md or docx", format)
}

// articleBlocks are the blocks of t in reading order: headline, byline,
// date, paragraphs; empty ones are left out.
func articleBlocks(t *article.Text) []string {
	var bs []string
	for _, s := range []string{t.Headline, t.Byline, t.Date} {
		if s != "" {
			bs = append(bs, s)
		}
	}
	return append(bs, t.Paras...)
}

func writeArticleText(w io.Writer, t *article.Text) error {
	bw := bufio.NewWriter(w)
	for i, b := range articleBlocks(t) {
		if i > 0 {
			bw.WriteString("\n")
		}
		bw.WriteString(b)
		bw.WriteString("\n")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: txt: %w", err)
	}
	return nil
}

// mdText escapes the ASCII punctuation that is Markdown markup (CommonMark
// lets any of it be backslash-escaped); a line break inside a paragraph
// becomes a hard break (backslash, newline).
var mdText = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "&", `\&`, "~", `\~`, "#", `\#`, "|", `\|`,
	"\r\n", "\\\n", "\n", "\\\n", "\r", "\\\n",
)

// mdBlock escapes a paragraph: mdText, plus a leading list marker ("-",
// "+", "1." or "1)"), which would make the paragraph a list, and a
// leading "=" line, which would make the line above a heading.
func mdBlock(s string) string {
	s = mdText.Replace(s)
	switch {
	case strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") || strings.HasPrefix(s, "="):
		return `\` + s
	}
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + `\` + s[i:]
	}
	return s
}

func writeArticleMarkdown(w io.Writer, t *article.Text) error {
	bw := bufio.NewWriter(w)
	first := true
	block := func(s string) {
		if !first {
			bw.WriteString("\n")
		}
		first = false
		bw.WriteString(s)
		bw.WriteString("\n")
	}
	if t.Headline != "" {
		block("# " + mdText.Replace(t.Headline))
	}
	var meta []string
	if t.Byline != "" {
		meta = append(meta, "**"+mdText.Replace(t.Byline)+"**")
	}
	if t.Date != "" {
		meta = append(meta, mdText.Replace(t.Date))
	}
	if len(meta) > 0 {
		block(strings.Join(meta, " "))
	}
	for _, p := range t.Paras {
		block(mdBlock(p))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: markdown: %w", err)
	}
	return nil
}

func articleCore(id string, t *article.Text, lang language.Tag) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	title := t.Headline
	if title == "" {
		title = id
	}
	b.WriteString("<dc:title>")
	escapeXML(&b, title)
	b.WriteString("</dc:title>")
	if t.Byline != "" {
		b.WriteString("<dc:creator>")
		escapeXML(&b, t.Byline)
		b.WriteString("</dc:creator>")
	}
	if !lang.IsRoot() {
		b.WriteString("<dc:language>")
		escapeXML(&b, lang.String())
		b.WriteString("</dc:language>")
	}
	b.WriteString("<dc:identifier>")
	escapeXML(&b, id)
	b.WriteString("</dc:identifier></cp:coreProperties>\n")
	return b.String()
}

func writeArticleDocument(out io.Writer, t *article.Text, lang language.Tag) error {
	w := &docxWriter{Writer: bufio.NewWriter(out)}
	w.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>`)
	para := func(style, text string) {
		w.WriteString(`<w:p><w:pPr>`)
		if style != "" {
			w.WriteString(`<w:pStyle w:val="` + style + `"/>`)
		}
		w.WriteString(noAutoSpace + `</w:pPr>`)
		w.run(text, lang, "")
		w.WriteString("</w:p>")
	}
	if t.Headline != "" {
		para("Title", t.Headline)
	}
	var meta []string
	for _, s := range []string{t.Byline, t.Date} {
		if s != "" {
			meta = append(meta, s)
		}
	}
	if len(meta) > 0 {
		para("Byline", strings.Join(meta, " · "))
	}
	for _, p := range t.Paras {
		para("", p)
	}
	w.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>`)
	return w.Flush()
}
