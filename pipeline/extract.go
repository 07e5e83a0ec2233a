package pipeline

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"bitext/article"
)

// Extract takes the article out of a file's text. kind is KindText,
// KindMarkdown or KindHTML (see FileKind).
//
// Plain text: paragraphs are separated by blank lines; a one-line first
// paragraph is the headline, and a following "By ..." (or "... 기자") line
// and a date line are the byline and date. Markdown: the same, plus YAML
// front matter (title, byline or author, date), "# " headings, lists and
// inline markup. HTML: the page's article body found by readability, with its
// title, byline and published date.
func Extract(text, kind string) (article.Text, error) {
	return ExtractLayout(text, kind, LayoutParagraphs)
}

// Layouts of plain-text articles (InputConfig.Layout).
const (
	LayoutParagraphs = "paragraphs" // blank lines separate paragraphs
	LayoutLines      = "lines"      // every non-blank line is a paragraph
)

// CheckLayout reports whether layout is one of the layouts ("" is the
// default, paragraphs).
func CheckLayout(layout string) error {
	switch layout {
	case "", LayoutParagraphs, LayoutLines:
		return nil
	}
	return fmt.Errorf("%q is not a layout (paragraphs or lines)", layout)
}

// ExtractLayout is Extract with the layout of plain text: with
// LayoutLines every non-blank line is a paragraph (a one-sentence-per-line
// file), so a first line without a full stop is the headline and the lines
// are never joined. Markdown and HTML have their own structure and ignore
// it.
func ExtractLayout(text, kind, layout string) (article.Text, error) {
	switch kind {
	case KindHTML:
		return extractHTML(text)
	case KindMarkdown:
		return extractMarkdown(text), nil
	}
	if layout == LayoutLines {
		var t article.Text
		var lines []string
		for _, l := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
			if l = strings.Join(strings.Fields(l), " "); l != "" {
				lines = append(lines, l)
			}
		}
		header(&t, lines, true)
		return t, nil
	}
	return extractPlain(text), nil
}

func paragraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			flush()
			continue
		}
		cur = append(cur, strings.Join(strings.Fields(line), " "))
	}
	flush()
	return paras
}

// bylineRE finds a byline: "By Name"; "이름 기자" at the end, or before a
// date or a separator ("배유진 기자 2026-11-05", "김민수 기자 = 서울"; not
// "기자 회견", and \b, ASCII-only, never matched after 자); a
// correspondent; an e-mail address at the end.
var bylineRE = regexp.MustCompile(`^(?i:by)\s+\S|기자(?:\s*$|\s*[·|=/,]|\s+[0-9])|특파원|@[\w.-]+\.\w+$`)

func isDateLine(s string) bool {
	if len([]rune(s)) > 60 {
		return false
	}
	return article.ISODate(s) != ""
}

func isBylineLine(s string) bool {
	return len([]rune(s)) <= 80 && bylineRE.MatchString(s) && !strings.HasSuffix(s, ".") || strings.HasPrefix(s, "By ") && len(s) < 80
}

// header takes headline, byline and date off the front of paras.
func header(t *article.Text, paras []string, headline bool) {
	if headline && t.Headline == "" && len(paras) > 1 && !strings.ContainsAny(paras[0][len(paras[0])-1:], ".") {
		t.Headline, paras = paras[0], paras[1:]
	}
	for i := 0; i < 2 && len(paras) > 1; i++ {
		p := paras[0]
		switch {
		case t.Byline == "" && isBylineLine(p):
			t.Byline = p
			if t.Date == "" {
				t.Byline, t.Date = article.CutDate(p)
			}
		case t.Date == "" && isDateLine(p):
			t.Date = p
		default:
			i = 2
			continue
		}
		paras = paras[1:]
	}
	t.Paras = paras
}

func extractPlain(text string) article.Text {
	var t article.Text
	header(&t, paragraphs(text), true)
	return t
}

var (
	mdLink     = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	mdEmphasis = regexp.MustCompile(`(\*\*|__|\*|_|~~|` + "`" + `)(\S(?:.*?\S)?)(\*\*|__|\*|_|~~|` + "`" + `)`)
	mdList     = regexp.MustCompile(`^\s{0,3}(?:[-*+]|\d+[.)])\s+`)
	mdHeading  = regexp.MustCompile(`^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$`)
)

func mdInline(s string) string {
	s = mdLink.ReplaceAllString(s, "$1")
	for i := 0; i < 3; i++ {
		s2 := mdEmphasis.ReplaceAllStringFunc(s, func(m string) string {
			sub := mdEmphasis.FindStringSubmatch(m)
			if sub[1] != sub[3] {
				return m
			}
			return sub[2]
		})
		if s2 == s {
			break
		}
		s = s2
	}
	return s
}

func extractMarkdown(text string) article.Text {
	var t article.Text
	text = strings.ReplaceAll(text, "\r\n", "\n")
	lines := strings.Split(text, "\n")
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "---" {
		for i := 1; i < len(lines); i++ {
			l := strings.TrimSpace(lines[i])
			if l == "---" || l == "..." {
				lines = lines[i+1:]
				break
			}
			k, v, ok := strings.Cut(l, ":")
			if !ok {
				continue
			}
			v = strings.Trim(strings.TrimSpace(v), `"'`)
			switch strings.ToLower(strings.TrimSpace(k)) {
			case "title", "headline":
				t.Headline = v
			case "byline", "author":
				t.Byline = v
			case "date":
				t.Date = v
			}
		}
	}
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = nil
		}
	}
	fence := false
	for _, line := range lines {
		tl := strings.TrimSpace(line)
		if strings.HasPrefix(tl, "```") || strings.HasPrefix(tl, "~~~") {
			fence = !fence
			flush()
			continue
		}
		if fence {
			continue
		}
		if tl == "" || tl == "---" || tl == "***" {
			flush()
			continue
		}
		if m := mdHeading.FindStringSubmatch(line); m != nil {
			flush()
			h := mdInline(m[2])
			if m[1] == "#" && t.Headline == "" && len(paras) == 0 {
				t.Headline = h
				continue
			}
			paras = append(paras, h)
			continue
		}
		if mdList.MatchString(line) {
			flush()
			line = mdList.ReplaceAllString(line, "")
		}
		line = strings.TrimLeft(strings.TrimSpace(line), "> ")
		cur = append(cur, strings.Join(strings.Fields(mdInline(line)), " "))
	}
	flush()
	header(&t, paras, false)
	return t
}

func extractHTML(text string) (article.Text, error) {
	p := readability.NewParser()
	art, err := p.Parse(strings.NewReader(text), nil)
	if err != nil {
		return article.Text{}, err
	}
	t := article.Text{Headline: clean(art.Title()), Byline: clean(art.Byline())}
	if pt, err := art.PublishedTime(); err == nil && !pt.IsZero() {
		t.Date = pt.Format("2006-01-02")
	}
	if art.Node != nil {
		t.Paras = blockTexts(art.Node)
	}
	if len(t.Paras) == 0 && art.Node != nil {
		var b bytes.Buffer
		_ = art.RenderText(&b)
		t.Paras = paragraphs(b.String())
	}
	// The page may repeat headline, byline or date in the body.
	for len(t.Paras) > 0 {
		p0 := t.Paras[0]
		switch {
		case p0 == t.Headline:
		case t.Byline != "" && strings.Contains(p0, t.Byline) && len(p0) < 2*len(t.Byline)+8:
		case isDateLine(p0) && (t.Date == "" || article.ISODate(p0) == t.Date):
			if t.Date == "" {
				t.Date = p0
			}
		case t.Byline == "" && isBylineLine(p0):
			t.Byline = p0
		default:
			return t, nil
		}
		t.Paras = t.Paras[1:]
	}
	return t, nil
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Blockquote: true, atom.Pre: true, atom.Figcaption: true, atom.Td: true, atom.Th: true,
	atom.Dt: true, atom.Dd: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Ul: true,
	atom.Ol: true, atom.Table: true, atom.Tr: true, atom.Figure: true, atom.Header: true, atom.Footer: true,
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockTags[c.DataAtom] || hasBlockChild(c)) {
			return true
		}
	}
	return false
}

// blockTexts returns the text of each innermost block of n, in order.
func blockTexts(n *html.Node) []string {
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Nav, atom.Aside:
				return
			}
			if blockTags[n.DataAtom] && !hasBlockChild(n) {
				if s := clean(textOf(n)); s != "" {
					out = append(out, s)
				}
				return
			}
		}
		if n.Type == html.TextNode && n.Parent != nil && n.Parent.Type == html.ElementNode && blockTags[n.Parent.DataAtom] {
			// Loose text beside blocks.
			if s := clean(n.Data); s != "" {
				out = append(out, s)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			if n.DataAtom == atom.Br {
				b.WriteByte(' ')
			}
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
