package export

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/article"
)

var mergedText = article.Text{
	Headline: "Seoul to raise bus fares",
	Byline:   "By Jung Ha-neul",
	Date:     "2026-06-02",
	Paras: []string{
		"Seoul said it will raise fares from next month. Subway fares are frozen.",
		"Costs rose 5% & wages 3%, the city said.",
		"Fares for children stay the same.",
	},
}

func TestWriteArticleFileText(t *testing.T) {
	var b bytes.Buffer
	if err := WriteArticleFile(&b, ArticleText, "bus-fare", &mergedText, language.English); err != nil {
		t.Fatal(err)
	}
	want := "Seoul to raise bus fares\n\nBy Jung Ha-neul\n\n2026-06-02\n\n" +
		"Seoul said it will raise fares from next month. Subway fares are frozen.\n\n" +
		"Costs rose 5% & wages 3%, the city said.\n\nFares for children stay the same.\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	if err := WriteArticleFile(&b, ArticleText, "x", &article.Text{Paras: []string{"Only."}}, language.English); err != nil || b.String() != "Only.\n" {
		t.Errorf("one paragraph: %q, %v", b.String(), err)
	}
	if err := WriteArticleFile(&b, "pdf", "x", &mergedText, language.English); err == nil || !strings.HasPrefix(err.Error(), "export: ") {
		t.Errorf("unknown format: %v", err)
	}
}

// mdUnescape undoes CommonMark backslash escapes (a backslash before ASCII
// punctuation) and hard breaks: the text a Markdown renderer shows.
func mdUnescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && (strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i+1]) >= 0 || s[i+1] == '\n') {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func TestWriteArticleFileMarkdown(t *testing.T) {
	text := mergedText
	text.Paras = append(text.Paras, "*Not* emphasis, [not] a link, <b>not</b> HTML, `not` code, # not a heading.",
		"1. Not a list item.", "- Nor this.", "2026) Nor this.", "A line\nbreak.")
	var b bytes.Buffer
	if err := WriteArticleFile(&b, ArticleMarkdown, "bus-fare", &text, language.English); err != nil {
		t.Fatal(err)
	}
	blocks := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n\n")
	if len(blocks) != 2+len(text.Paras) {
		t.Fatalf("%d blocks, want %d:\n%s", len(blocks), 2+len(text.Paras), b.String())
	}
	if blocks[0] != "# Seoul to raise bus fares" || blocks[1] != "**By Jung Ha-neul** 2026-06-02" {
		t.Errorf("head %q, %q", blocks[0], blocks[1])
	}
	for i, p := range text.Paras {
		got := blocks[2+i]
		if mdUnescape(got) != p {
			t.Errorf("paragraph %d: %q renders as %q, want %q", i+1, got, mdUnescape(got), p)
		}
	}
	for _, s := range []string{`\*Not\* emphasis`, `\[not\]`, `\<b\>`, "\\`not\\`", `\# not`, `1\. Not`, `\- Nor`, `2026\) Nor`, "A line\\\nbreak."} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("markdown lacks %q:\n%s", s, b.String())
		}
	}
}

// TestWriteArticleFileDOCX unzips the document and checks its paragraphs:
// headline, byline and date, then the paragraphs in order, each one
// w:p with its style, in English.
func TestWriteArticleFileDOCX(t *testing.T) {
	var b bytes.Buffer
	if err := WriteArticleFile(&b, ArticleDOCX, "bus-fare", &mergedText, language.English); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = string(data)
	}
	for _, p := range []string{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"} {
		if _, ok := parts[p]; !ok {
			t.Errorf("no part %s", p)
		}
	}
	if !strings.Contains(parts["docProps/core.xml"], "<dc:title>Seoul to raise bus fares</dc:title>") ||
		!strings.Contains(parts["docProps/core.xml"], "<dc:language>en</dc:language>") {
		t.Errorf("core.xml: %s", parts["docProps/core.xml"])
	}
	type para struct{ style, text string }
	var got []para
	dec := xml.NewDecoder(strings.NewReader(parts["word/document.xml"]))
	var cur *para
	inT := false
	langs := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("document.xml: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "p":
				cur = &para{}
			case "pStyle":
				cur.style = tok.Attr[0].Value
			case "t":
				inT = true
			case "lang":
				if tok.Attr[0].Value == "en-US" {
					langs++
				}
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "p":
				got = append(got, *cur)
			case "t":
				inT = false
			}
		case xml.CharData:
			if inT {
				cur.text += string(tok)
			}
		}
	}
	want := []para{{"Title", mergedText.Headline}, {"Byline", "By Jung Ha-neul · 2026-06-02"}}
	for _, p := range mergedText.Paras {
		want = append(want, para{"", p})
	}
	if len(got) != len(want) {
		t.Fatalf("paragraphs %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("paragraph %d: %q, want %q", i, got[i], want[i])
		}
	}
	if langs != len(want) {
		t.Errorf("%d runs in en-US, want %d", langs, len(want))
	}
}
