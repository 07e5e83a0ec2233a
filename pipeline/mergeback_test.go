package pipeline

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/article"
	"bitext/export"
	"bitext/xliff"
)

func TestJoinSentences(t *testing.T) {
	for _, c := range []struct {
		lang  language.Tag
		sents []string
		want  string
	}{
		{language.English, []string{"One.", "Two."}, "One. Two."},
		{language.English, []string{"One."}, "One."},
		{language.English, nil, ""},
		{language.Korean, []string{"하나다.", "둘이다."}, "하나다. 둘이다."},
		{language.Japanese, []string{"一つ。", "二つ。"}, "一つ。二つ。"},
		{language.Chinese, []string{"一。", "二。"}, "一。二。"},
		{language.SimplifiedChinese, []string{"一。", "二。"}, "一。二。"},
		{language.Und, []string{"a", "b"}, "a b"},
		// The translator's own spaces are kept, none added beside them.
		{language.English, []string{"One. ", "Two."}, "One. Two."},
		{language.English, []string{"One.", " Two."}, "One. Two."},
		{language.English, []string{"One.\n", "Two."}, "One.\nTwo."},
	} {
		if got := JoinSentences(c.sents, c.lang); got != c.want {
			t.Errorf("JoinSentences(%q, %v) = %q, want %q", c.sents, c.lang, got, c.want)
		}
	}
}

// pretranslatedArticle is an original without an edition, segmented with
// the real segmenter and pre-filled from one TM match, as bitext run
// leaves it before writing the XLIFF files.
func pretranslatedArticle(t *testing.T, text string) *article.Article {
	t.Helper()
	orig, err := Extract(text, KindText)
	if err != nil {
		t.Fatal(err)
	}
	r := &runner{steps: Steps{Segmenter: segmentStep{}}}
	a := &article.Article{Name: "bus-fare", Src: language.Korean, Tgt: language.English, Original: &orig}
	a.Source = r.segment(a.Original, a.Src)
	a.MatchSide = article.SourceSide
	a.Source[len(a.Source)-1].Matches = []article.Match{{Kind: "exact", Score: 100,
		Source: a.Source[len(a.Source)-1].Text, Target: "Fares for children stay the same."}}
	a.Pretranslate(75)
	return a
}

const busFareKo = "서울 시내버스 요금 인상\n\n정하늘 기자\n\n2026-06-02\n\n" +
	"서울시는 다음 달부터 버스 요금을 올린다고 밝혔다. 지하철 요금은 동결된다.\n\n" +
	"시는 연료비가 올랐다고 설명했다.\n\n어린이 요금은 그대로다.\n"

// translate is the translator's CAT tool: it reads an XLIFF file, sets
// the targets (by unit id) and the state final, and writes it again.
func translate(t *testing.T, in []byte, targets map[string]string) []byte {
	t.Helper()
	doc, err := xliff.Decode(bytes.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	for i := range doc.Files[0].Units {
		u := &doc.Files[0].Units[i]
		if tr, ok := targets[u.ID]; ok {
			u.Target, u.State, u.SubState, u.OriginalState = tr, xliff.StateFinal, "", ""
		}
	}
	if doc.Version != xliff.Version12 {
		doc.Version = xliff.Version21
	}
	var b bytes.Buffer
	if err := xliff.Encode(&b, doc); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestMergeBackRoundTrip: pretranslate, translate, merge back: the
// translator's text comes back byte for byte in the original's layout,
// from XLIFF 2.1 and 1.2, and the file is an article bitext reads back as
// the same text.
func TestMergeBackRoundTrip(t *testing.T) {
	a := pretranslatedArticle(t, busFareKo)
	if len(a.Source) != 5 || len(a.Target) != 1 {
		t.Fatalf("%d segments, %d pre-filled, want 5 and 1 (the test's sentences): %+v", len(a.Source), len(a.Target), a.Source)
	}
	// The translator translates u1 to u4 and confirms u5, the TM's
	// pre-fill, as it is.
	targets := map[string]string{
		"u1": "Seoul to raise bus fares",
		"u2": "Seoul said it will raise bus fares from next month.",
		"u3": "Subway fares are frozen.",
		"u4": "The city said fuel costs & wages had risen.",
		"u5": "Fares for children stay the same.",
	}
	want := "Seoul to raise bus fares\n\n정하늘 기자\n\n2026-06-02\n\n" +
		"Seoul said it will raise bus fares from next month. Subway fares are frozen.\n\n" +
		"The city said fuel costs & wages had risen.\n\n" +
		"Fares for children stay the same.\n"
	wantText := article.Text{Headline: "Seoul to raise bus fares", Byline: "정하늘 기자", Date: "2026-06-02", Paras: []string{
		"Seoul said it will raise bus fares from next month. Subway fares are frozen.",
		"The city said fuel costs & wages had risen.",
		"Fares for children stay the same."}}
	for _, version := range []string{xliff.Version21, xliff.Version12} {
		var b bytes.Buffer
		write := export.WriteXLIFF
		if version == xliff.Version12 {
			write = export.WriteXLIFF12
		}
		if err := write(&b, a, nil); err != nil {
			t.Fatal(err)
		}
		done := translate(t, b.Bytes(), targets)
		ts, err := ReadTranslation(bytes.NewReader(done), "bus-fare.xlf", false)
		if err != nil {
			t.Fatal(err)
		}
		if len(ts) != 1 {
			t.Fatalf("%s: %d translations, want 1", version, len(ts))
		}
		tr := ts[0]
		if tr.Name != "bus-fare" || tr.Lang != language.English || tr.Units != 5 || tr.NoLayout || len(tr.ToReview) != 0 {
			t.Errorf("%s: translation %+v", version, tr)
		}
		if !reflect.DeepEqual(tr.Text, wantText) {
			t.Errorf("%s: text:\n%#v\nwant\n%#v", version, tr.Text, wantText)
		}
		var out bytes.Buffer
		if err := export.WriteArticleFile(&out, export.ArticleText, tr.Name, &tr.Text, tr.Lang); err != nil {
			t.Fatal(err)
		}
		if out.String() != want {
			t.Errorf("%s: article file:\n%s\nwant\n%s", version, out.String(), want)
		}
		back, err := Extract(out.String(), KindText)
		if err != nil || !reflect.DeepEqual(back, wantText) {
			t.Errorf("%s: read back as an article: %#v, %v", version, back, err)
		}
		out.Reset()
		if err := export.WriteArticleFile(&out, export.ArticleDOCX, tr.Name, &tr.Text, tr.Lang); err != nil {
			t.Fatal(err)
		}
		wantParas := append([]string{wantText.Headline, wantText.Byline + " · " + wantText.Date}, wantText.Paras...)
		if got := docxParagraphs(t, out.Bytes()); !reflect.DeepEqual(got, wantParas) {
			t.Errorf("%s: DOCX paragraphs\n%q\nwant\n%q", version, got, wantParas)
		}
	}
}

// docxParagraphs returns the text of each w:p of a DOCX's document.xml.
func docxParagraphs(t *testing.T, docx []byte) []string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		var paras []string
		dec := xml.NewDecoder(rc)
		inT := false
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				return paras
			}
			if err != nil {
				t.Fatal(err)
			}
			switch tok := tok.(type) {
			case xml.StartElement:
				if tok.Name.Local == "p" {
					paras = append(paras, "")
				}
				inT = tok.Name.Local == "t"
			case xml.EndElement:
				inT = false
			case xml.CharData:
				if inT {
					paras[len(paras)-1] += string(tok)
				}
			}
		}
	}
	t.Fatal("no word/document.xml")
	return nil
}

// TestReadTranslation covers the layouts and states ReadTranslation meets.
func TestReadTranslation(t *testing.T) {
	const head21 = `<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko" trgLang="%s">`
	unit := func(id, layout, state, target string) string {
		s := `<unit id="` + id + `">`
		if layout != "" {
			s += `<notes><note category="bitext-layout">` + layout + `</note></notes>`
		}
		s += `<segment state="` + state + `"><source>원문 ` + id + `</source>`
		if target != "-" {
			s += `<target>` + target + `</target>`
		}
		return s + `</segment></unit>`
	}
	doc := func(lang string, files ...string) string {
		return strings.Replace(head21, "%s", lang, 1) + strings.Join(files, "") + `</xliff>`
	}
	file := func(name, notes string, units ...string) string {
		return `<file id="f` + name + `" original="` + name + `">` + notes + strings.Join(units, "") + `</file>`
	}
	for _, c := range []struct {
		name       string
		in         string
		allowEmpty bool
		want       []article.Text
		err        string
	}{
		{name: "paragraphs out of order are put in order, units of one paragraph in file order",
			in: doc("en", file("a", "",
				unit("u1", "paragraph 2", "final", "C."),
				unit("u2", "headline", "final", "H"),
				unit("u3", "paragraph 1", "final", "A."),
				unit("u4", "paragraph 1", "final", "B."))),
			want: []article.Text{{Headline: "H", Paras: []string{"A. B.", "C."}}}},
		{name: "Japanese joins without spaces",
			in:   doc("ja", file("a", "", unit("u1", "paragraph 1", "final", "一。"), unit("u2", "paragraph 1", "final", "二。"))),
			want: []article.Text{{Paras: []string{"一。二。"}}}},
		{name: "byline and date from the file notes",
			in: doc("en", file("a", `<notes><note category="bitext-layout">byline: By Kim</note><note category="bitext-layout">date: 2026-06-02</note><note category="other">byline: no</note></notes>`,
				unit("u1", "paragraph 1", "translated", "A."))),
			want: []article.Text{{Byline: "By Kim", Date: "2026-06-02", Paras: []string{"A."}}}},
		{name: "the byline's unit is the byline, the file note's is not (a file from before the byline was a unit)",
			in: doc("en", file("a", `<notes><note category="bitext-layout">byline: 정하늘 기자</note></notes>`,
				unit("u1", "headline", "final", "H"), unit("byline", "byline", "final", "By Jung Ha-neul"), unit("u2", "paragraph 1", "final", "A."))),
			want: []article.Text{{Headline: "H", Byline: "By Jung Ha-neul", Paras: []string{"A."}}}},
		{name: "an untranslated byline is an error like any unit",
			in:  doc("en", file("a", "", unit("u1", "headline", "final", "H"), unit("byline", "byline", "initial", "-"))),
			err: "unit byline has no translation"},
		{name: "two files, two articles",
			in: doc("en", file("a", "", unit("u1", "paragraph 1", "final", "A.")),
				file("b", "", unit("u1", "headline", "final", "B"), unit("u2", "paragraph 1", "final", "C."))),
			want: []article.Text{{Paras: []string{"A."}}, {Headline: "B", Paras: []string{"C."}}}},
		{name: "without layout notes each unit is a paragraph",
			in:   doc("en", file("a", "", unit("u1", "", "final", "A."), unit("u2", "", "final", "B."))),
			want: []article.Text{{Paras: []string{"A.", "B."}}}},
		{name: "a paragraph gap (an empty paragraph) is closed up",
			in:   doc("en", file("a", "", unit("u1", "paragraph 1", "final", "A."), unit("u2", "paragraph 3", "final", "B."))),
			want: []article.Text{{Paras: []string{"A.", "B."}}}},
		{name: "no target is an error",
			in:  doc("en", file("a", "", unit("u1", "paragraph 1", "final", "A."), unit("u2", "paragraph 1", "initial", "-"))),
			err: "x.xlf:1:", want: nil},
		{name: "a target of spaces is no target",
			in:  doc("en", file("a", "", unit("u1", "paragraph 1", "translated", "  "))),
			err: "unit u1 has no translation"},
		{name: "allowEmpty writes the source",
			in:         doc("en", file("a", "", unit("u1", "paragraph 1", "final", "A."), unit("u2", "paragraph 1", "initial", "-"))),
			allowEmpty: true,
			want:       []article.Text{{Paras: []string{"A. 원문 u2"}}}},
		{name: "paragraph 0 is no paragraph",
			in:  doc("en", file("a", "", unit("u1", "paragraph 0", "final", "A."))),
			err: `layout note "paragraph 0"`},
		{name: "no units",
			in:  `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a" source-language="ko" target-language="en" datatype="plaintext"><body></body></file></xliff>`,
			err: "no units to merge"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ts, err := ReadTranslation(strings.NewReader(c.in), "x.xlf", c.allowEmpty)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error %v, want %q", err, c.err)
				}
				var ie *InputError
				var se *xliff.SyntaxError
				if !errors.As(err, &ie) && !errors.As(err, &se) {
					t.Errorf("error %T is not bad input", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []article.Text
			for _, tr := range ts {
				got = append(got, tr.Text)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got\n%#v\nwant\n%#v", got, c.want)
			}
		})
	}
}

// TestReadTranslationToReview: targets nobody confirmed are counted, in
// 2.1 (initial) and 1.2 (needs-review-*, new), not the others.
func TestReadTranslationToReview(t *testing.T) {
	in := `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a" source-language="ko" target-language="en" datatype="plaintext"><body>
<trans-unit id="1"><source>가</source><target state="needs-review-translation">A.</target></trans-unit>
<trans-unit id="2"><source>나</source><target state="new">B.</target></trans-unit>
<trans-unit id="3"><source>다</source><target state="translated">C.</target></trans-unit>
<trans-unit id="4" approved="yes"><source>라</source><target>D.</target></trans-unit>
<trans-unit id="5"><source>마</source><target>E.</target></trans-unit>
</body></file></xliff>`
	ts, err := ReadTranslation(strings.NewReader(in), "a.v12.xlf", false)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, u := range ts[0].ToReview {
		ids = append(ids, u.ID)
	}
	if strings.Join(ids, ",") != "1,2" {
		t.Errorf("to review: %v, want 1,2", ids)
	}
	if !ts[0].NoLayout || len(ts[0].Text.Paras) != 5 {
		t.Errorf("translation %+v", ts[0])
	}
}

func TestUntranslatedErrorLocation(t *testing.T) {
	in := "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"ko\" trgLang=\"en\">\n" +
		"<file id=\"f\">\n  <unit id=\"u7\"><segment><source>가</source></segment></unit>\n</file></xliff>"
	_, err := ReadTranslation(strings.NewReader(in), "a.xlf", false)
	var ue *UntranslatedError
	if !errors.As(err, &ue) {
		t.Fatalf("error %v (%T), want *UntranslatedError", err, err)
	}
	if want := (UnitRef{File: "a.xlf", Line: 3, Col: 3, ID: "u7"}); ue.Unit != want {
		t.Errorf("unit %+v, want %+v", ue.Unit, want)
	}
	if got := err.Error(); got != "pipeline: a.xlf:3:3: unit u7 has no translation (merge with --allow-empty to write its source instead)" {
		t.Errorf("message %q", got)
	}
}

func TestOutputName(t *testing.T) {
	for _, c := range []struct {
		name, file string
		src, tgt   language.Tag
		want       string
	}{
		{"rate-may", "out/rate-may.xlf", language.Korean, language.English, "rate-may.en"},
		{"2026-05-22-rate-may", "x.xlf", language.Korean, language.English, "2026-05-22-rate-may.en"},
		{"rate-may.ko.txt", "x.xlf", language.Korean, language.English, "rate-may.en"},
		{"dir/sub/rate-may.ko.md", "x.xlf", language.Korean, language.English, "rate-may.en"},
		{`C:\desk\rate-may.txt`, "x.xlf", language.Korean, language.English, "rate-may.en"},
		{"report.v2", "x.xlf", language.Korean, language.English, "report.v2.en"},
		{"rate.may", "x.xlf", language.Korean, language.English, "rate.may.en"},
		{"..", "in/art.v12.xlf", language.Korean, language.English, "art.v12.en"},
		{"", "in/art.xlf", language.Korean, language.Und, "art"},
		{"seoul.ko", "x.xlf", language.Korean, language.Japanese, "seoul.ja"},
	} {
		got := outputName(Translation{Name: c.name, File: c.file, Src: c.src, Lang: c.tgt})
		if got != c.want {
			t.Errorf("outputName(%q, %q) = %q, want %q", c.name, c.file, got, c.want)
		}
	}
}

// TestMergeBackWritesNothingOnBadInput: a bad file among good ones stops
// the merge before anything is written.
func TestMergeBackWritesNothingOnBadInput(t *testing.T) {
	dir := t.TempDir()
	good := `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko" trgLang="en"><file id="g" original="good"><unit id="u1"><segment state="final"><source>가</source><target>A.</target></segment></unit></file></xliff>`
	bad := strings.Replace(strings.Replace(good, `original="good"`, `original="bad"`, 1), "<target>A.</target>", "", 1)
	for name, s := range map[string]string{"good.xlf": good, "bad.xlf": bad} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "out")
	_, err := MergeBack(context.Background(), MergeBackOptions{Files: []string{filepath.Join(dir, "good.xlf"), filepath.Join(dir, "bad.xlf")}, OutDir: out})
	var ue *UntranslatedError
	if !errors.As(err, &ue) {
		t.Fatalf("error %v, want *UntranslatedError", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("out folder made: %v", err)
	}
	ms, err := MergeBack(context.Background(), MergeBackOptions{Files: []string{filepath.Join(dir, "good.xlf")}, OutDir: out, Format: export.ArticleMarkdown})
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 1 || ms[0].Path != filepath.Join(out, "good.en.md") {
		t.Fatalf("merged %+v", ms)
	}
	if b, _ := os.ReadFile(ms[0].Path); string(b) != "A.\n" {
		t.Errorf("good.en.md = %q", b)
	}
}

// FuzzReadTranslation: any input is read or refused without a panic, and
// what is read is an article with no more blocks than units, every one of
// which the text file holds.
func FuzzReadTranslation(f *testing.F) {
	a := &article.Article{Name: "n", Src: language.Korean, Tgt: language.English,
		Original: &article.Text{Headline: "제목", Byline: "기자", Date: "2026-01-02", Paras: []string{"가. 나.", "다."}},
		Source:   []article.Segment{{Para: -1, Text: "제목"}, {Para: 0, Text: "가."}, {Para: 0, Index: 1, Text: "나."}, {Para: 1, Index: 2, Text: "다."}}}
	for _, w := range []func(*bytes.Buffer) error{
		func(b *bytes.Buffer) error { return export.WriteXLIFF(b, a, nil) },
		func(b *bytes.Buffer) error { return export.WriteXLIFF12(b, a, nil) },
	} {
		var b bytes.Buffer
		if err := w(&b); err != nil {
			f.Fatal(err)
		}
		f.Add(b.String(), true)
		f.Add(strings.ReplaceAll(b.String(), "<source>", "<target>T</target><source>"), false)
	}
	f.Add(`<xliff version="2.1"><file id="a"><unit id="u"><notes><note category="bitext-layout">paragraph 9999999999999999999</note></notes><segment><source>s</source><target>t</target></segment></unit></file></xliff>`, false)
	f.Fuzz(func(t *testing.T, in string, allowEmpty bool) {
		ts, err := ReadTranslation(strings.NewReader(in), "f.xlf", allowEmpty)
		if err != nil {
			if ts != nil {
				t.Fatal("translations with an error")
			}
			return
		}
		for _, tr := range ts {
			blocks := len(tr.Text.Paras)
			if tr.Text.Headline != "" {
				blocks++
			}
			if tr.Units == 0 || blocks > tr.Units {
				t.Fatalf("%d units, %d blocks", tr.Units, blocks)
			}
			var b bytes.Buffer
			if err := export.WriteArticleFile(&b, export.ArticleText, tr.Name, &tr.Text, tr.Lang); err != nil {
				t.Fatal(err)
			}
			for _, p := range append([]string{tr.Text.Headline}, tr.Text.Paras...) {
				if !strings.Contains(b.String(), p) {
					t.Fatalf("text file lacks %q", p)
				}
			}
		}
	})
}

// TestMergedFilesReadBack: the .txt and .md files merge back writes are
// articles bitext run reads back as the same text (headline, byline,
// date, paragraphs), so a merged file beside its original is its edition.
func TestMergedFilesReadBack(t *testing.T) {
	text := article.Text{Headline: "Seoul to raise bus fares", Byline: "By Jung Ha-neul", Date: "2026-06-02",
		Paras: []string{"Seoul said it will raise fares from next month. Subway fares are frozen.", "The city said costs rose 5 percent."}}
	for _, c := range []struct{ format, kind string }{{export.ArticleText, KindText}, {export.ArticleMarkdown, KindMarkdown}} {
		var b bytes.Buffer
		if err := export.WriteArticleFile(&b, c.format, "bus-fare", &text, language.English); err != nil {
			t.Fatal(err)
		}
		back, err := Extract(b.String(), c.kind)
		if err != nil || !reflect.DeepEqual(back, text) {
			t.Errorf("%s read back: %#v, %v\nwant %#v", c.format, back, err, text)
		}
	}
}
