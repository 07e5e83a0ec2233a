package export

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"bitext/article"
	"bitext/tmx"
	"bitext/xliff"

	"github.com/BurntSushi/toml"
	"golang.org/x/net/html"
	"golang.org/x/text/language"
)

func TestRowsCoverEverySegmentOnce(t *testing.T) {
	d := sampleDoc()
	seenS, seenT := map[int]int{}, map[int]int{}
	for _, r := range d.Rows() {
		for _, i := range r.Source {
			seenS[i]++
		}
		for _, i := range r.Target {
			seenT[i]++
		}
	}
	for i := range d.Source {
		if seenS[i] != 1 {
			t.Errorf("source %d in %d rows", i, seenS[i])
		}
	}
	for i := range d.Target {
		if seenT[i] != 1 {
			t.Errorf("target %d in %d rows", i, seenT[i])
		}
	}
}

func TestPieces(t *testing.T) {
	text := "안덕근 장관은 말했다"
	cases := []struct {
		name  string
		terms []article.TermHit
		finds []article.Finding
		want  []string // text of each piece, "*" after a term piece, "!" after a finding piece
	}{
		{"none", nil, nil, []string{text}},
		{"one term", []article.TermHit{{Start: 0, End: len("안덕근")}}, nil, []string{"안덕근*", " 장관은 말했다"}},
		{"overlap", []article.TermHit{{Start: 0, End: len("안덕근 장관")}}, []article.Finding{{Start: len("안덕근 "), End: len("안덕근 장관은")}},
			[]string{"안덕근 *", "장관*!", "은!", " 말했다"}},
		{"bad spans dropped", []article.TermHit{{Start: 1, End: 3}, {Start: 5, End: 2}, {Start: 0, End: 999}}, []article.Finding{{Start: 0, End: 0}}, []string{text}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			var joined strings.Builder
			for _, p := range pieces(text, c.terms, c.finds) {
				s := p.Text
				joined.WriteString(p.Text)
				if len(p.Terms) > 0 {
					s += "*"
				}
				if len(p.Findings) > 0 {
					s += "!"
				}
				got = append(got, s)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("pieces %q, want %q", got, c.want)
			}
			if joined.String() != text {
				t.Errorf("pieces join to %q", joined.String())
			}
		})
	}
}

// hostile is a doc whose texts try to break out of every format.
func hostile() *article.Article {
	return hostileWith("<script>alert('x')</script> & \"q\" | `c` *b* \t tab\nline \x00\x1b ]]> \\")
}

// hostileWith is hostile with evil as every text.
func hostileWith(evil string) *article.Article {
	d := &article.Article{
		Name: "evil<id>&", Edition: &article.Text{Headline: evil, Byline: evil, Date: evil},
		Src: language.Korean, Tgt: language.English,
		Source: []article.Segment{{Text: "한국어 " + evil, Terms: []article.TermHit{{Start: 0, End: len("한국어"), Entry: evil, Targets: []string{evil}, Note: evil}},
			Matches: []article.Match{{Kind: article.Fuzzy, Score: 80, Source: evil, Target: evil, Origin: evil}}}},
		Target:   []article.Segment{{Text: evil}},
		Links:    []article.Link{{Source: []int{0}, Target: []int{0}, Confidence: 0.2}},
		Findings: []article.Finding{{Rule: evil, Severity: article.Error, Message: evil, Side: article.TargetSide, Seg: 0, Start: 0, End: 8}, {Rule: "r", Severity: "odd", Message: evil, Seg: -1}},
	}
	return d
}

func TestHTMLEscapesEverything(t *testing.T) {
	var buf bytes.Buffer
	o := &Options{Labels: DefaultLabels()}
	o.Labels.Source = "<b>Src</b>"
	if err := WriteHTML(&buf, hostile(), o); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"<script", "<b>", "<id>"} {
		if strings.Contains(out, bad) {
			t.Errorf("page contains %q unescaped", bad)
		}
	}
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	var scripts, marks, links int
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "img", "iframe":
				scripts++
			case "link":
				links++
			case "mark":
				marks++
				if attr(n, "title") == "" {
					t.Error("glossary mark without a tooltip")
				}
			}
			for _, a := range n.Attr {
				if (a.Key == "src" || a.Key == "href") && !strings.HasPrefix(a.Val, "#") {
					t.Errorf("page refers to %s=%q: not self-contained", a.Key, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if scripts+links > 0 {
		t.Errorf("%d script/img/iframe and %d link elements", scripts, links)
	}
	if marks != 1 {
		t.Errorf("%d glossary marks, want 1", marks)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func TestHTMLMarksSample(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteHTML(&buf, sampleDoc(), nil); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	var titles []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, c := range strings.Fields(attr(n, "class")) {
				count[n.Data+"."+c]++
			}
			if n.Data == "mark" {
				titles = append(titles, attr(n, "title"))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	want := map[string]int{
		"mark.term": 7, "tr.row": 7, "tr.low": 1, "span.flag": 1, "tr.para": 4,
		"span.sev-warning": 1, "span.sev-info": 1, // span finding, whole-segment finding
		"span.b101": 2, "span.b100": 2, "span.b95": 2, "span.b75": 2, "span.bnew": 4, // rows + legend
	}
	for k, v := range want {
		if count[k] != v {
			t.Errorf("%d %s, want %d", count[k], k, v)
		}
	}
	if !strings.Contains(strings.Join(titles, "\n"), "Glossary: ahn-duk-geun → Ahn Duk-geun (preferred)\nMinister of Trade, Industry and Energy since 2024.") {
		t.Errorf("term tooltips %q lack the entry", titles)
	}
}

// xmlWellFormed decodes every token of data.
func xmlWellFormed(data []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func TestDOCX(t *testing.T) {
	for name, d := range map[string]*article.Article{"sample": sampleDoc(), "hostile": hostile(), "empty": {Name: "e"}} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteDOCX(&buf, d, nil); err != nil {
				t.Fatal(err)
			}
			zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, f := range zr.File {
				names = append(names, f.Name)
				rc, err := f.Open()
				if err != nil {
					t.Fatal(err)
				}
				data, err := io.ReadAll(rc)
				rc.Close()
				if err != nil {
					t.Fatal(err)
				}
				if err := xmlWellFormed(data); err != nil {
					t.Errorf("%s: %v", f.Name, err)
				}
			}
			want := []string{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/document.xml"}
			if !reflect.DeepEqual(names, want) {
				t.Errorf("parts %q, want %q", names, want)
			}
		})
	}
	var buf bytes.Buffer
	if err := WriteDOCX(&buf, sampleDoc(), nil); err != nil {
		t.Fatal(err)
	}
	doc := string(docxPart(t, buf.Bytes(), "word/document.xml"))
	// Header row, 4 paragraph rows, 7 rows.
	if n := strings.Count(doc, "<w:tr>"); n != 12 {
		t.Errorf("%d table rows, want 12", n)
	}
	// Four columns: source, target, TM match, link type and confidence.
	if n := strings.Count(doc, "<w:tc>"); n != 4+4+4*7 {
		t.Errorf("%d cells, want %d", n, 4+4+4*7)
	}
	if n := strings.Count(doc, "<w:gridCol "); n != 4 {
		t.Errorf("%d grid columns, want 4", n)
	}
	if off, cells := strings.Count(doc, `<w:autoSpaceDE w:val="0"/>`), strings.Count(doc, "<w:tc>"); off < cells {
		t.Errorf("auto spacing turned off in %d paragraphs, fewer than the %d cells", off, cells)
	}
	for _, want := range []string{
		`<w:rFonts w:ascii="Malgun Gothic" w:hAnsi="Malgun Gothic" w:eastAsia="Malgun Gothic"/><w:lang w:eastAsia="ko-KR"/></w:rPr><w:t xml:space="preserve">정부, </w:t>`,
		`<w:highlight w:val="yellow"/><w:lang w:eastAsia="ko-KR"/></w:rPr><w:t xml:space="preserve">안덕근</w:t>`,
		`<w:u w:val="wave" w:color="D98200"/><w:lang w:val="en-US"/></w:rPr><w:t xml:space="preserve">Thursday</w:t>`,
		`<w:pStyle w:val="Title"/>`, `By Kim Min-ji · 2026-05-14`, `<w:tblHeader/>`, `w:fill="FDE7E7"`,
		// The TM match and the link, and no Hangul/Latin auto spacing on
		// any paragraph (LibreOffice showed "23 일" for 23일 otherwise).
		`<w:t xml:space="preserve">78%</w:t>`, `<w:t xml:space="preserve">1-1 0.91</w:t>`,
		`<w:pStyle w:val="Title"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>`,
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
}

func TestJSONL(t *testing.T) {
	d := sampleDoc()
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, d); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(&buf)
	var head jsonDoc
	var rows []jsonRow
	for n := 0; sc.Scan(); n++ {
		if n == 0 {
			if err := json.Unmarshal(sc.Bytes(), &head); err != nil {
				t.Fatal(err)
			}
			continue
		}
		var r jsonRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		rows = append(rows, r)
	}
	if head.Type != "doc" || head.ID != d.DocID() || head.Rows != len(rows) || len(head.Findings) != 1 {
		t.Errorf("doc record %+v", head)
	}
	for i, r := range d.Rows() {
		got := rows[i]
		if got.Source != article.JoinText(d.Source, r.Source) || got.Target != article.JoinText(d.Target, r.Target) || got.Band != d.RowBand(r) {
			t.Errorf("row %d: %+v", i+1, got)
		}
		for _, term := range got.Terms {
			segs := d.Source
			if term.Side == article.TargetSide {
				segs = d.Target
			}
			if segs[term.Seg].Text[term.Start:term.End] != term.Text {
				t.Errorf("row %d: term %+v does not point at its text", i+1, term)
			}
		}
	}
}

func TestTSV(t *testing.T) {
	d := hostile()
	var buf bytes.Buffer
	if err := WriteTSV(&buf, d); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 2 || lines[0] != TSVHeader {
		t.Fatalf("%d lines: %q", len(lines), lines)
	}
	cols := strings.Split(lines[1], "\t")
	if len(cols) != strings.Count(TSVHeader, "\t")+1 {
		t.Fatalf("%d columns", len(cols))
	}
	unescape := strings.NewReplacer(`\\`, `\`, `\t`, "\t", `\n`, "\n", `\r`, "\r")
	if got := unescape.Replace(cols[6]); got != d.Target[0].Text {
		t.Errorf("target column %q does not unescape to the text", cols[6])
	}
}

func TestMarkdownEscapes(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, hostile(), nil); err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(buf.String(), "\n") {
		if !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "|---") {
			continue
		}
		// Cells are split on unescaped pipes only.
		cells := 0
		for j := 0; j < len(line); j++ {
			if line[j] == '\\' {
				j++
				continue
			}
			if line[j] == '|' {
				cells++
			}
		}
		if cells != 6 {
			t.Errorf("line %d has %d unescaped pipes, want 6: %s", i+1, cells, line)
		}
	}
	if regexp.MustCompile(`(^|[^\\])<script`).MatchString(buf.String()) {
		t.Error("markdown contains raw HTML")
	}
}

func TestXLIFFRoundTrip(t *testing.T) {
	for _, version := range []string{xliff.Version21, xliff.Version12} {
		t.Run(version, func(t *testing.T) {
			d := sampleDoc()
			var buf bytes.Buffer
			if err := writeXLIFF(&buf, d, nil, version); err != nil {
				t.Fatal(err)
			}
			dec := xliff.NewDecoder(&buf)
			h, err := dec.Header()
			if err != nil {
				t.Fatal(err)
			}
			if h.SrcLang != "ko" || h.TrgLang != "en" {
				t.Errorf("languages %s→%s", h.SrcLang, h.TrgLang)
			}
			want := XLIFFUnits(d, nil)
			var got []*xliff.Unit
			for {
				u, err := dec.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, u)
			}
			if len(got) != len(want) || len(want) != 6 {
				t.Fatalf("%d units read, %d written, want 6", len(got), len(want))
			}
			// bitext writes no reviewed or final state; the weak link u5
			// needs review (read from 1.2 as translated: its state is
			// needs-review-translation).
			weak := xliff.StateInitial
			if version == xliff.Version12 {
				weak = xliff.StateTranslated
				if got[4].OriginalState != "needs-review-translation" {
					t.Errorf("unit u5: 1.2 state %q, want needs-review-translation", got[4].OriginalState)
				}
			} else if got[4].SubState != SubStateCheckAlignment || got[1].SubState != "bitext:in-context" || got[3].SubState != "bitext:exact" {
				t.Errorf("subStates %q %q %q, want bitext:in-context, bitext:exact, %s", got[1].SubState, got[3].SubState, got[4].SubState, SubStateCheckAlignment)
			}
			states := []string{"translated", "translated", "translated", "translated", weak, "initial"}
			for i, u := range got {
				if u.ID != want[i].ID || u.Source != want[i].Source || u.Target != want[i].Target || u.State != states[i] {
					t.Errorf("unit %d: read %q %q→%q %s, want %q %q→%q %s", i, u.ID, u.Source, u.Target, u.State, want[i].ID, want[i].Source, want[i].Target, states[i])
				}
				if len(u.Matches) != len(want[i].Matches) {
					t.Errorf("unit %s: %d matches, want %d", u.ID, len(u.Matches), len(want[i].Matches))
				}
			}
			if m := got[1].Matches; len(m) != 2 || m[0].Similarity != 100 || m[1].Similarity != 87 {
				t.Errorf("unit u2 matches %+v, want the in-context match first", m)
			}
			if version == xliff.Version21 {
				if g := got[3].Glossary; len(g) != 2 || g[0].Term != "안덕근" || g[0].Translation != "Ahn Duk-geun" || u4(got).Source[g[0].Start:g[0].End] != "안덕근" {
					t.Errorf("unit u4 glossary %+v", g)
				}
			}
		})
	}
}

func u4(us []*xliff.Unit) *xliff.Unit { return us[3] }

func TestXLIFFEditionOnly(t *testing.T) {
	d := sampleDoc()
	d.Source, d.Links = nil, nil
	doc := XLIFFDocument(d, nil, xliff.Version21)
	if doc.SrcLang != "en" || doc.TrgLang != "ko" {
		t.Errorf("edition only: %s→%s, want en→ko", doc.SrcLang, doc.TrgLang)
	}
	units := doc.Files[0].Units
	if len(units) != len(d.Target) {
		t.Fatalf("%d units, want %d", len(units), len(d.Target))
	}
	for i, u := range units {
		if u.Source != d.Target[i].Text || u.Target != "" || u.State != xliff.StateInitial {
			t.Errorf("unit %d: %+v", i, u)
		}
	}
	if err := WriteXLIFF(io.Discard, &article.Article{Name: "x"}, nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty doc: %v, want ErrEmpty", err)
	}
}

func TestTMXRoundTrip(t *testing.T) {
	d := sampleDoc()
	var buf bytes.Buffer
	if err := WriteTMX(&buf, d, nil); err != nil {
		t.Fatal(err)
	}
	dec := tmx.NewDecoder(&buf)
	var pairs [][2]string
	for {
		tu, err := dec.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		pairs = append(pairs, [2]string{tu.Variant("ko").Seg.Text(), tu.Variant("en").Seg.Text()})
	}
	// Five links, one below the confidence threshold.
	if len(pairs) != 4 {
		t.Fatalf("%d units, want 4", len(pairs))
	}
	if pairs[2][0] != d.Source[2].Text || pairs[2][1] != d.Target[2].Text+" "+d.Target[3].Text {
		t.Errorf("1-2 link written as %q", pairs[2])
	}
}

// TestSchemas validates the golden XLIFF and TMX files with xmllint against
// the OASIS schemas and the TMX DTD. It runs when BITEXT_SCHEMAS names the
// shared schemas folder (.ci/run sets it) and xmllint is installed.
func TestSchemas(t *testing.T) {
	dir := os.Getenv("BITEXT_SCHEMAS")
	if dir == "" {
		t.Skip("BITEXT_SCHEMAS not set")
	}
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not on PATH")
	}
	run := func(args ...string) error {
		out, err := exec.Command(xmllint, append([]string{"--nonet", "--noout"}, args...)...).CombinedOutput()
		if err != nil {
			return errors.New(string(out))
		}
		return nil
	}
	tmp := t.TempDir()
	// The XML writers refuse the control characters XML cannot carry (and
	// their readers refuse), so the schemas see the hostile texts without
	// them; TestSchemasRefuseControls checks the refusal.
	printable := hostileWith("<script>alert('x')</script> & \"q\" | `c` *b* \t tab\nline ]]> \\")
	docs := map[string]*article.Article{"sample": sampleDoc(), "hostile": printable}
	for name, d := range docs {
		for _, f := range Formats() {
			var args []string
			switch f.Name {
			case "xliff":
				args = []string{"--schema", filepath.Join(dir, "samples", "xliff21-modules-driver.xsd")}
			case "xliff12":
				args = []string{"--schema", filepath.Join(dir, "xliff-1.2", "xliff-core-1.2-strict.xsd")}
			case "tmx":
				args = []string{"--path", filepath.Join(dir, "tmx-1.4b"), "--dtdvalid", filepath.Join(dir, "tmx-1.4b", "tmx14.dtd")}
			default:
				continue
			}
			path := filepath.Join(tmp, name+f.Ext)
			var buf bytes.Buffer
			if err := f.Write(&buf, d, nil); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := run(append(args, path)...); err != nil {
				t.Errorf("%s%s does not validate: %v", name, f.Ext, err)
			}
		}
	}
	// The check can fail: a unit without a source is rejected.
	bad := filepath.Join(tmp, "bad.xlf")
	os.WriteFile(bad, []byte(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko"><file id="f"><unit id="u"><segment/></unit></file></xliff>`), 0o644)
	if run("--schema", filepath.Join(dir, "samples", "xliff21-modules-driver.xsd"), bad) == nil {
		t.Error("xmllint accepted an invalid XLIFF: the test cannot fail")
	}
}

// TestSchemasRefuseControls: the XLIFF formats refuse the hostile texts'
// NUL and ESC, naming the character, rather than write what their readers
// refuse. (The TMX file has no unit here: the hostile link is below the
// confidence threshold.)
func TestSchemasRefuseControls(t *testing.T) {
	for _, f := range Formats() {
		switch f.Name {
		case "xliff", "xliff12":
		default:
			continue
		}
		var buf bytes.Buffer
		err := f.Write(&buf, hostile(), nil)
		if err == nil || !strings.Contains(err.Error(), "U+0000") {
			t.Errorf("%s: error %v, want one naming U+0000", f.Name, err)
		}
	}
}

// TestLabelsLocales: every label has an English and a Korean text in the
// locale files, and NewLabels uses them.
func TestLabelsLocales(t *testing.T) {
	for _, lang := range []string{"en", "ko"} {
		var m map[string]string
		if _, err := toml.DecodeFile(filepath.Join("..", "locales", "export."+lang+".toml"), &m); err != nil {
			t.Fatal(err)
		}
		for field, id := range LabelIDs() {
			if m[id] == "" {
				t.Errorf("locales/export.%s.toml lacks %s (label %s)", lang, id, field)
			}
		}
		if len(m) != len(LabelIDs()) {
			t.Errorf("locales/export.%s.toml has %d ids, labels %d", lang, len(m), len(LabelIDs()))
		}
	}
	ko := koreanLabels(t)
	if ko.Source != "원문" || ko.Target != "영문판" {
		t.Errorf("Korean labels %+v", ko)
	}
	en := NewLabels(func(id string) string { return id }) // a localizer that knows nothing
	if en != DefaultLabels() {
		t.Error("unknown ids do not fall back to the English labels")
	}
}

func TestLookup(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range Formats() {
		if seen[f.Ext] {
			t.Errorf("extension %s used twice", f.Ext)
		}
		seen[f.Ext] = true
		if g, ok := Lookup(strings.ToUpper(f.Name)); !ok || g.Name != f.Name {
			t.Errorf("Lookup(%q) = %v, %v", f.Name, g.Name, ok)
		}
	}
	if f, ok := Lookup("markdown"); !ok || f.Name != "md" {
		t.Error("alias markdown")
	}
	if _, ok := Lookup("pdf"); ok {
		t.Error("pdf is not a format")
	}
	if len(Names()) != 8 {
		t.Errorf("names %v", Names())
	}
}

// TestXLIFFPretranslated: an original without an edition, its targets
// pre-filled from the TM (article.Pretranslate), is written with the
// pre-filled targets, the state of each match's kind (a fuzzy pre-fill is
// initial, to review), and every match as a candidate; segments without a
// match good enough are left to translate.
func TestXLIFFPretranslated(t *testing.T) {
	d := sampleDoc()
	d.Edition, d.Target, d.Links, d.Findings = nil, nil, nil, nil
	d.Original = &article.Text{Headline: d.Source[0].Text}
	if n := d.Pretranslate(85); n != 3 {
		t.Fatalf("pre-filled %d, want 3 (the 101%%, 100%% and 96%% matches)", n)
	}
	for _, version := range []string{xliff.Version21, xliff.Version12} {
		doc := XLIFFDocument(d, nil, version)
		if doc.SrcLang != "ko" || doc.TrgLang != "en" {
			t.Errorf("%s: %s→%s, want ko→en", version, doc.SrcLang, doc.TrgLang)
		}
		units := doc.Files[0].Units
		if len(units) != len(d.Source) {
			t.Fatalf("%s: %d units, want one per source segment (%d)", version, len(units), len(d.Source))
		}
		want := []struct {
			target, state, sub string
			matches            int
		}{
			{"", xliff.StateInitial, "", 1}, // 78%: below the threshold
			{d.Source[1].Matches[1].Target, xliff.StateTranslated, "bitext:in-context", 2},
			{d.Source[2].Matches[0].Target, xliff.StateInitial, SubStateFuzzy, 1}, // 96%: to review
			{d.Source[3].Matches[0].Target, xliff.StateTranslated, "bitext:exact", 1},
			{"", xliff.StateInitial, "", 1},
			{"", xliff.StateInitial, "", 0},
		}
		for i, u := range units {
			w := want[i]
			if u.Source != d.Source[i].Text || u.Target != w.target || u.State != w.state || u.SubState != w.sub || len(u.Matches) != w.matches {
				t.Errorf("%s unit %d: target %q state %s/%s, %d matches; want %q %s/%s %d", version, i, u.Target, u.State, u.SubState, len(u.Matches), w.target, w.state, w.sub, w.matches)
			}
		}
	}
}
