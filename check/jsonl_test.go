package check

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/article"
	"bitext/export"
)

// exportArticle is an article of our own writing as bitext run exports
// it: a 1-1 row with a deprecated form and a short form before the full
// one, a 1-1 row with different numbers, a sentence the edition added
// (0-1) and one it left out (1-0).
func exportArticle() *article.Article {
	return &article.Article{
		Name: "a", ID: "2026-03-14-a", Src: language.Korean, Tgt: language.English,
		Edition: &article.Text{Headline: "Chung visits Takeshima", Date: "2026-03-14"},
		Source: []article.Segment{
			{Text: "정의용 장관은 독도를 방문했다."},
			{Text: "정의용 장관은 30분 동안 말했다."},
			{Text: "외교부는 밝혔다."},
		},
		Target: []article.Segment{
			{Text: "Chung visited Takeshima."},
			{Text: "The visit was brief."},
			{Text: "Chung Eui-yong spoke for 40 minutes."},
		},
		Links: []article.Link{
			{Source: []int{0}, Target: []int{0}, Confidence: 0.91},
			{Source: []int{1}, Target: []int{2}, Confidence: 0.88},
		},
	}
}

// ruleSet renders findings without their positions, sorted: what every
// export of one article must agree on.
func ruleSet(fs []Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s %s %s", f.Rule, f.Found, f.Side))
	}
	sort.Strings(out)
	return strings.Join(out, "\n")
}

// TestExportsAgree: the run's exports of one article, read back into the
// article model, give the same findings in every format (positions
// aside), and the same as the pairs of the article itself.
func TestExportsAgree(t *testing.T) {
	c := testChecker(t)
	a := exportArticle()
	want := ruleSet(c.Article("a", a, Options{}.Date))
	for _, w := range []string{"first-mention Chung target", "deprecated-term Takeshima target", "number-mismatch 30분 source", "number-mismatch 40 minutes target"} {
		if !strings.Contains(want, w) {
			t.Fatalf("the article's findings lack %q:\n%s", w, want)
		}
	}
	for _, f := range []struct{ format, kind string }{
		{"tsv", KindTSV}, {"jsonl", KindJSONL}, {"xliff", KindXLIFF}, {"xliff12", KindXLIFF}, {"tmx", KindTMX},
	} {
		t.Run(f.format, func(t *testing.T) {
			ef, ok := export.Lookup(f.format)
			if !ok {
				t.Fatalf("no export format %s", f.format)
			}
			var b bytes.Buffer
			if err := ef.Write(&b, a, nil); err != nil {
				t.Fatal(err)
			}
			fs, err := c.Reader(bytes.NewReader(b.Bytes()), "a"+ef.Ext, f.kind, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := ruleSet(fs)
			if f.format == "xliff" || f.format == "xliff12" || f.format == "tmx" {
				// XLIFF has a unit per row with a source and TMX a unit
				// per pair: the sentence the edition added is not in them.
				want := ruleSet(c.Article("a", withoutAdded(a), Options{}.Date))
				if got != want {
					t.Errorf("%s findings\n%s\nwant\n%s", f.format, got, want)
				}
				return
			}
			if got != want {
				t.Errorf("%s findings\n%s\nwant\n%s", f.format, got, want)
			}
			validPositions(t, b.String(), fs)
		})
	}
}

// withoutAdded returns a without its target segments in no link.
func withoutAdded(a *article.Article) *article.Article {
	b := *a
	b.Target = []article.Segment{a.Target[0], a.Target[2]}
	b.Links = []article.Link{{Source: []int{0}, Target: []int{0}}, {Source: []int{1}, Target: []int{1}}}
	return &b
}

// TestJSONL: rows placed on their lines, an article per doc record,
// languages from the record, and clear errors.
func TestJSONL(t *testing.T) {
	c := testChecker(t)
	in := `{"type":"doc","id":"a","src_lang":"ko","tgt_lang":"en","rows":2}
{"type":"row","doc":"a","row":1,"para":0,"source":"정의용 장관은 독도를 방문했다.","target":"Chung visited Takeshima.","source_segs":[0],"target_segs":[0],"linked":true,"confidence":0.9,"band":"new"}

{"type":"row","doc":"a","row":2,"para":0,"source":"정의용 장관은 30분 동안 말했다.","target":"Chung Eui-yong spoke for 40 minutes.","source_segs":[1],"target_segs":[1],"linked":true,"confidence":0.9,"band":"new"}
{"type":"doc","id":"b","rows":1}
{"type":"row","doc":"b","row":1,"para":0,"source":"외교부는 밝혔다.","target":"The Foreign Ministry said\tso.","source_segs":[0],"target_segs":[0],"linked":true,"confidence":0.9,"band":"new"}
`
	fs, err := c.JSONL(strings.NewReader(in), "a.jsonl", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "deprecated-term 2:1 Takeshima => Dokdo (target)\n" +
		"first-mention 2:1 Chung => Chung Eui-yong (target)\n" +
		"number-mismatch 4:1 30분 (source)\n" +
		"number-mismatch 4:1 40 minutes (target)"
	if got := brief(fs); got != want {
		t.Errorf("JSONL findings:\n%s\nwant\n%s", got, want)
	}
	for _, bad := range []struct{ in, want string }{
		{`{"type":"row","doc":"a","row":1}`, "1:1: a row of article \"a\" before its doc record"},
		{"{\"type\":\"doc\",\"id\":\"a\"}\n{\"type\":\"row\",\"doc\":\"b\"}", "2:1: a row of article \"b\" before its doc record"},
		{`{"type":"doc","id":"a"}` + "\nnot json", "2:1: not a JSON record"},
		{`{"file":"x.txt","line":1}`, `1:1: record type "", want doc or row`},
	} {
		_, err := c.JSONL(strings.NewReader(bad.in), "b.jsonl", Options{})
		var se *SyntaxError
		if !errors.As(err, &se) || !strings.Contains(err.Error(), "b.jsonl:"+bad.want) {
			t.Errorf("%q: error %v, want b.jsonl:%s", bad.in, err, bad.want)
		}
	}
	if KindOf("out/articles/a.jsonl") != KindJSONL {
		t.Error("a .jsonl file is not read as the JSON lines export")
	}
}

// FuzzJSONL: a JSON lines export gives findings on its lines or a
// *SyntaxError, never a panic.
func FuzzJSONL(f *testing.F) {
	c := testChecker(f)
	var b bytes.Buffer
	if err := export.WriteJSONL(&b, exportArticle()); err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{b.String(), "", "\ufeff{\"type\":\"doc\",\"id\":\"x\"}\n", `{"type":"row"}`, "{\"type\":\"doc\",\"id\":\"\"}\n{\"type\":\"row\",\"doc\":\"\",\"source\":\"30분\",\"target\":\"40 minutes\",\"linked\":true}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fs, err := c.JSONL(strings.NewReader(s), "f.jsonl", Options{})
		if err != nil {
			if _, ok := err.(*SyntaxError); !ok {
				t.Fatalf("error %v is not a *SyntaxError", err)
			}
			return
		}
		validPositions(t, s, fs)
	})
}

// TestReadBackRows: an article written as TSV or JSON lines and read back
// has the same rows, in the same order, as the article: the read-back
// article's Rows gives back the export's row order (a row of the edition
// alone stays before the next row with an edition sentence).
func TestReadBackRows(t *testing.T) {
	a := exportArticle()
	// A crossing link and an edition sentence before it.
	a.Source = append(a.Source, article.Segment{Text: "넷째."}, article.Segment{Text: "다섯째."})
	a.Target = append(a.Target, article.Segment{Text: "Added."}, article.Segment{Text: "Fifth."}, article.Segment{Text: "Fourth."})
	a.Links = append(a.Links, article.Link{Source: []int{3}, Target: []int{5}, Confidence: 0.3}, article.Link{Source: []int{4}, Target: []int{4}, Confidence: 0.7})
	rowsOf := func(a *article.Article) (out []string) {
		for _, r := range a.Rows() {
			out = append(out, article.JoinText(a.Source, r.Source)+" | "+article.JoinText(a.Target, r.Target))
		}
		return out
	}
	want := rowsOf(a)
	var b bytes.Buffer
	if err := export.WriteTSV(&b, a); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(&b)
	sc.Scan() // the header
	var got []*article.Article
	if err := readExportTSV(sc, "a.tsv", language.Korean, language.English, func(a *article.Article) { got = append(got, a) }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !reflect.DeepEqual(rowsOf(got[0]), want) {
		t.Fatalf("TSV read back:\n%q\nwant\n%q", rowsOf(got[0]), want)
	}
	if got[0].Name != a.DocID() || len(got[0].Links) != len(a.Links) {
		t.Errorf("TSV article %q with %d links, want %q with %d", got[0].Name, len(got[0].Links), a.DocID(), len(a.Links))
	}
	b.Reset()
	if err := export.WriteJSONL(&b, a); err != nil {
		t.Fatal(err)
	}
	got = nil
	if err := readJSONL(&b, "a.jsonl", Options{}, func(a *article.Article) { got = append(got, a) }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !reflect.DeepEqual(rowsOf(got[0]), want) {
		t.Fatalf("JSON lines read back:\n%q\nwant\n%q", rowsOf(got[0]), want)
	}
	if g := got[0]; g.Headline() != a.Headline() || g.Date() != a.Date() || g.Src != language.Korean || g.Tgt != language.English {
		t.Errorf("JSON lines article %q %q %v→%v", g.Headline(), g.Date(), g.Src, g.Tgt)
	}
}

// TestFilesJSONL: a folder walk checks a run's JSON lines export and skips
// other JSON lines files; a file named explicitly is always read.
func TestFilesJSONL(t *testing.T) {
	dir := t.TempDir()
	var b bytes.Buffer
	if err := export.WriteJSONL(&b, exportArticle()); err != nil {
		t.Fatal(err)
	}
	run, other := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "expected.jsonl")
	if err := os.WriteFile(run, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(other, []byte("# expected findings\n{\"file\":\"a.txt\",\"line\":1}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	files, skipped, err := Files([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(files, []string{run}) || !reflect.DeepEqual(skipped, []string{other}) {
		t.Errorf("files %v, skipped %v; want %v and %v", files, skipped, []string{run}, []string{other})
	}
	if files, _, err := Files([]string{other}); err != nil || !reflect.DeepEqual(files, []string{other}) {
		t.Errorf("named explicitly: %v, %v", files, err)
	}
}

// TestBylineExportsAgree: a pretranslated original with its byline
// pre-filled, checked in memory (Article: the byline after the headline)
// and read back from both XLIFF exports, gives the same findings; the
// byline's admitted form is no first mention and its deprecated form is
// found.
func TestBylineExportsAgree(t *testing.T) {
	c := testChecker(t)
	for _, tc := range []struct{ byline, want string }{
		{"By Eui-yong Chung", ""},
		{"By Chung Eui-young", "deprecated-term Chung Eui-young target"},
	} {
		a := &article.Article{
			Name: "p", ID: "p", Src: language.Korean, Tgt: language.English,
			Original: &article.Text{Headline: "외교부, 예산안 발표", Byline: "정의용 기자", Paras: []string{"외교부는 예산안을 발표했다."}},
			Source: []article.Segment{
				{Para: article.HeadlinePara, Text: "외교부, 예산안 발표"},
				{Para: 0, Index: 1, Text: "외교부는 예산안을 발표했다."},
			},
			Target: []article.Segment{
				{Para: article.HeadlinePara, Text: "Foreign Ministry unveils budget"},
				{Para: 0, Index: 1, Text: "The Foreign Ministry unveiled its budget."},
			},
			Links:        []article.Link{{Source: []int{0}, Target: []int{0}, Confidence: 1}, {Source: []int{1}, Target: []int{1}, Confidence: 1}},
			BylineSeg:    &article.Segment{Para: article.BylinePara, Text: "정의용 기자"},
			BylineTarget: tc.byline,
		}
		if got := ruleSet(c.Article("p", a, Options{}.Date)); got != tc.want {
			t.Errorf("%s: in memory\n%s\nwant\n%s", tc.byline, got, tc.want)
		}
		for _, format := range []string{"xliff", "xliff12"} {
			ef, _ := export.Lookup(format)
			var b bytes.Buffer
			if err := ef.Write(&b, a, nil); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), tc.byline) {
				t.Fatalf("%s export has no byline unit:\n%s", format, b.String())
			}
			fs, err := c.Reader(bytes.NewReader(b.Bytes()), "p"+ef.Ext, KindXLIFF, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := ruleSet(fs); got != tc.want {
				t.Errorf("%s, %s findings\n%s\nwant\n%s", tc.byline, format, got, tc.want)
			}
		}
	}
}
