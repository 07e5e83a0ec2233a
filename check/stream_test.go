package check

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/locales"
)

// streamed writes batches through a Stream in format f, clobbering each
// batch once it is added (the caller may reuse it), and returns the
// bytes, the summary and AtLeast(Error) and AtLeast(Warning).
func streamed(t *testing.T, f Format, batches [][]Finding, files int, opt *WriteOptions) (string, Summary, [2]bool) {
	t.Helper()
	var b bytes.Buffer
	s, err := NewStream(&b, f, opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, fs := range batches {
		fs = slices.Clone(fs)
		if err := s.Add(fs); err != nil {
			t.Fatal(err)
		}
		for i := range fs {
			fs[i] = Finding{File: "clobbered", Message: "clobbered"}
		}
	}
	sum, err := s.Close(files)
	if err != nil {
		t.Fatal(err)
	}
	return b.String(), sum, [2]bool{s.AtLeast(Error), s.AtLeast(Warning)}
}

// written is the report of all the batches the way the command wrote it
// before streaming: Localize, Summarize and Write of them all.
func written(t *testing.T, f Format, batches [][]Finding, files int, opt *WriteOptions) (string, Summary, [2]bool) {
	t.Helper()
	var all []Finding
	for _, fs := range batches {
		all = append(all, fs...)
	}
	all = slices.Clone(all)
	var r Renderer
	if opt != nil {
		r = opt.Render
	}
	Localize(all, r)
	sum := Summarize(files, all)
	var b bytes.Buffer
	if err := Write(&b, f, all, sum, opt); err != nil {
		t.Fatal(err)
	}
	return b.String(), sum, [2]bool{AtLeast(all, Error), AtLeast(all, Warning)}
}

func compareStream(t *testing.T, name string, batches [][]Finding, files int, opt WriteOptions) {
	t.Helper()
	for _, f := range Formats {
		o1, o2 := opt, opt
		got, gsum, gat := streamed(t, f, batches, files, &o1)
		want, wsum, wat := written(t, f, batches, files, &o2)
		if got != want {
			t.Errorf("%s, %s: streamed\n%s\nwritten\n%s", name, f, got, want)
		}
		if gs, ws := strings.TrimSpace(string(mustJSON(t, gsum))), strings.TrimSpace(string(mustJSON(t, wsum))); gs != ws {
			t.Errorf("%s, %s: summary %s, want %s", name, f, gs, ws)
		}
		if gat != wat {
			t.Errorf("%s, %s: AtLeast(error, warning) %v, want %v", name, f, gat, wat)
		}
	}
}

func mustJSON(t *testing.T, s Summary) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := writeJSON(&b, nil, s); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestStreamSameBytes compares a Stream's report with Write's of the same
// findings localized at once, in every format, for odd findings in
// batches and for the findings of checking files (CheckFilesTo against
// CheckFiles).
func TestStreamSameBytes(t *testing.T) {
	f := Finding{File: "a.txt", Line: 2, Column: 3, EndLine: 2, EndColumn: 9, Rule: RuleDeprecated, Severity: Error,
		Message: `"<Seoul> & co" is deprecated`, Found: "Seoul\u2028", Expected: "x\ty", Term: "e1"}
	g := f
	g.Severity, g.Side, g.Unit, g.Message = Warning, "target", "u7", "naïve — 한국어\nsecond line"
	h := Finding{File: `dir/a "b",c:d%.txt`, Line: -1, Column: 1 << 40, Rule: "r\x00", Severity: Severity(7),
		Message: "bell\a form\f back\b nl\n cr\r del\x7f bad\xff\xfe u2029\u2029 emoji\U0001F600 <b>&amp;</b>",
		Found:   "\\", Expected: "\"", Term: "\x1f", Side: "\u00e9", Unit: "\t"}
	// Messages left to Localize: a number finding's (data from its
	// fields) and one with data.
	n := Finding{File: "b.tsv", Line: 4, Column: 1, EndLine: 4, EndColumn: 4, Rule: RuleNumberMismatch, Severity: Warning,
		MessageID: "CheckMsgNumberMissing", Found: "30분", Side: SideSource, value: "30 min"}
	// The same number with another value, side or message.
	n2, n3, n4 := n, n, n
	n2.value = "30 minutes"
	n3.Side = SideTarget
	n4.MessageID = "CheckMsgNumberExtra"
	d := Finding{File: "b.tsv", Line: 5, Column: 2, Rule: RuleDeprecated, Severity: Error,
		MessageID: "CheckMsgDeprecated", Found: "Takeshima", Expected: "Dokdo", Term: "pl-dokdo",
		Data: map[string]any{"Found": "Takeshima", "Expected": "Dokdo", "Term": "pl-dokdo", "Note": "", "Side": ""}}
	low := Finding{File: "c.txt", Line: 1, Column: 1, Rule: RuleNearMiss, Severity: 0, Message: "below warning"}
	opt := WriteOptions{Files: []string{"a.txt", "none.txt", "b.tsv"}, Version: "1.2", Time: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), Hostname: "ci host"}
	upper := opt
	upper.Render = func(id string, data map[string]any) string { return "[" + id + "]" + English(id, data) }
	withData := opt
	withData.Render = func(id string, data map[string]any) string { return id + fmt.Sprint(data) }
	for _, tc := range []struct {
		name    string
		batches [][]Finding
	}{
		{"none", nil},
		{"empty batches", [][]Finding{{}, nil}},
		{"one", [][]Finding{{f}}},
		{"batches", [][]Finding{{f, g}, {}, {h, f}, {n, d, n}}},
		{"number findings said again", [][]Finding{{n, n2, n3}, {n3, n, n2, n4}}},
		{"below warning only", [][]Finding{{low}}},
		{"below warning, then a warning", [][]Finding{{low}, {g}}},
	} {
		compareStream(t, tc.name, tc.batches, 3, opt)
		compareStream(t, tc.name+", rendered", tc.batches, 3, upper)
		compareStream(t, tc.name+", data rendered", tc.batches, 3, withData)
	}

	// Checked files: a TSV file twice (the batch used again), an article.
	c := testChecker(t)
	dir := t.TempDir()
	art := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(art, []byte("Takeshima is not a name used here.\nJake Sulivan spoke.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	files := []string{"testdata/pairs.tsv", art, "testdata/pairs.tsv"}
	all, err := c.CheckFiles(files, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) < 10 {
		t.Fatalf("%d findings of %v, want more to compare", len(all), files)
	}
	for _, f := range Formats {
		var b bytes.Buffer
		s, err := NewStream(&b, f, &WriteOptions{Files: files, Time: opt.Time})
		if err != nil {
			t.Fatal(err)
		}
		if err := c.CheckFilesTo(s, files, nil, Options{}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Close(len(files)); err != nil {
			t.Fatal(err)
		}
		want, _, _ := written(t, f, [][]Finding{all}, len(files), &WriteOptions{Files: files, Time: opt.Time})
		if b.String() != want {
			t.Errorf("checked files, %s: streamed\n%s\nwritten\n%s", f, b.String(), want)
		}
	}
}

// TestCheckFilesToError: a file that cannot be read stops the run with a
// PathError naming it, after the files before it were added.
func TestCheckFilesToError(t *testing.T) {
	c := testChecker(t)
	bad := filepath.Join(t.TempDir(), "bad.tsv")
	if err := os.WriteFile(bad, []byte("one field only\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	s, err := NewStream(&b, FormatText, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = c.CheckFilesTo(s, []string{"testdata/pairs.tsv", bad, "testdata/pairs.tsv"}, nil, Options{})
	pe, ok := err.(*PathError)
	if !ok || pe.Path != bad {
		t.Fatalf("error %v, want a PathError of %s", err, bad)
	}
	if !strings.Contains(b.String(), "testdata/pairs.tsv:") || strings.Count(b.String(), "\n") != s.sum.Findings {
		t.Errorf("%d findings, stream before the error:\n%s", s.sum.Findings, b.String())
	}
	if _, err := NewStream(&b, "yaml", nil); err == nil {
		t.Error("NewStream of format yaml: no error")
	}
}

// TestTSVEmit: the findings tsvEmit gives a few pairs at a time, and
// those it returns, are tsv's; a line of the header's words after some
// findings were given is a pair, as it is for tsv.
func TestTSVEmit(t *testing.T) {
	c := testChecker(t)
	data, err := os.ReadFile("testdata/pairs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	body := string(data)
	// The line of the header's words (en<TAB>ko, which would swap the
	// languages: no deprecated English form found then) right after
	// findings were given: pairs of two findings each before it, so that
	// the emitAt-th finding ends a pair.
	lines := strings.Split(strings.TrimSpace(body), "\n")
	two := lines[len(lines)-1] + "\n"
	var dep string // a deprecated English form, not found in Korean
	for _, l := range lines {
		if strings.Contains(l, "Takeshima") {
			dep = l + "\n"
		}
	}
	cases := []struct{ name, text string }{
		{"one copy", body},
		{"many copies", strings.Repeat(body, 100)},
		{"export", ExportHeader + "\n"},
	}
	for _, k := range []int{emitAt/2 - 1, emitAt / 2, emitAt/2 + 1, emitAt} {
		cases = append(cases, struct{ name, text string }{fmt.Sprintf("header words after %d pairs", k),
			lines[0] + "\n" + strings.Repeat(two, k) + "en\tko\n" + strings.Repeat(dep, 10)})
	}
	for _, tc := range cases {
		want, werr := c.tsv(nil, strings.NewReader(tc.text), "p.tsv", Options{})
		var got []Finding
		calls := 0
		rest, gerr := c.tsvEmit(nil, strings.NewReader(tc.text), "p.tsv", Options{}, func(fs []Finding) error {
			if len(fs) < emitAt {
				t.Errorf("%s: %d findings given, want at least %d", tc.name, len(fs), emitAt)
			}
			calls++
			got = append(got, fs...)
			return nil
		})
		got = append(got, rest...)
		if (werr == nil) != (gerr == nil) {
			t.Errorf("%s: error %v, want %v", tc.name, gerr, werr)
		}
		if brief(got) != brief(want) || len(got) != len(want) {
			t.Errorf("%s: %d findings\n%s\nwant %d\n%s", tc.name, len(got), brief(got), len(want), brief(want))
		}
		if tc.name == "many copies" && calls == 0 {
			t.Errorf("%s: %d findings, none given before the end", tc.name, len(want))
		}
	}
}

// BenchmarkStreamAdd: localizing, counting and writing findings as JSON
// through a Stream, a TSV file's findings a batch (those of
// testdata/pairs.tsv, many of them number findings, 50 times over), with
// the command's renderer (package locales, English).
func BenchmarkStreamAdd(b *testing.B) {
	c := testChecker(b)
	data, err := os.ReadFile("testdata/pairs.tsv")
	if err != nil {
		b.Fatal(err)
	}
	fs, err := c.TSV(strings.NewReader(strings.Repeat(string(data), 50)), "p.tsv", Options{})
	if err != nil {
		b.Fatal(err)
	}
	batch := make([]Finding, len(fs))
	ui := locales.New(language.English)
	b.ReportAllocs()
	for b.Loop() {
		s, err := NewStream(io.Discard, FormatJSON, &WriteOptions{Render: ui.T})
		if err != nil {
			b.Fatal(err)
		}
		copy(batch, fs)
		if err := s.Add(batch); err != nil {
			b.Fatal(err)
		}
		if _, err := s.Close(1); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(fs)), "ns/finding")
}
