package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/language"

	"bitext/article"
	"bitext/locales"
)

// Fakes of the steps, so that these tests check the run itself.

type sentenceSplitter struct{}

func (sentenceSplitter) Split(text string, _ language.Tag) []article.Segment {
	var out []article.Segment
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ') {
			out = append(out, article.Segment{Text: text[start : i+1], Start: start, End: i + 1})
			start = i + 2
		}
	}
	if start < len(text) {
		out = append(out, article.Segment{Text: text[start:], Start: start, End: len(text)})
	}
	return out
}

type indexAligner struct{}

func (indexAligner) Align(src, tgt []article.Segment, _, _ language.Tag) []article.Link {
	var out []article.Link
	for i := 0; i < len(src) || i < len(tgt); i++ {
		var l article.Link
		if i < len(src) {
			l.Source = []int{i}
		}
		if i < len(tgt) {
			l.Target = []int{i}
		}
		l.Confidence = 0.9
		if len(l.Source) == 0 || len(l.Target) == 0 {
			l.Confidence = 0.2
		}
		out = append(out, l)
	}
	return out
}

type fakeMemory struct {
	mu    sync.Mutex
	units []Unit
	adds  int
}

// Lookup returns one match at most: the first unit with the query's text
// (in-context when its neighbours are the query's), else the first
// sharing its first 10 bytes, as an 88% fuzzy match.
func (m *fakeMemory) Lookup(_ context.Context, q Query) ([]article.Match, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, u := range m.units {
		if u.Source == q.Text {
			kind := article.Exact
			if u.Prev == q.Prev && u.Next == q.Next {
				kind = article.InContext
			}
			return []article.Match{{Kind: kind, Score: 100, Source: u.Source, Target: u.Target}}, nil
		}
	}
	for _, u := range m.units {
		if len(u.Source) > 10 && len(q.Text) > 10 && u.Source[:10] == q.Text[:10] {
			return []article.Match{{Kind: article.Fuzzy, Score: 88, Source: u.Source, Target: u.Target}}, nil
		}
	}
	return nil, nil
}

func (m *fakeMemory) Add(_ context.Context, units []Unit) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.units = append(m.units, units...)
	m.adds++
	return nil
}

func (m *fakeMemory) docs() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	var docs []string
	for _, u := range m.units {
		if len(docs) == 0 || docs[len(docs)-1] != u.Doc {
			docs = append(docs, u.Doc)
		}
	}
	return docs
}

type fakeFormat struct {
	name, ext string
	mu        sync.Mutex
	writes    int
	fail      string // article name whose export fails
}

func (f *fakeFormat) Name() string { return f.name }
func (f *fakeFormat) Ext() string  { return f.ext }
func (f *fakeFormat) Write(w io.Writer, a *Article) error {
	f.mu.Lock()
	f.writes++
	f.mu.Unlock()
	if a.Name == f.fail {
		io.WriteString(w, "half")
		return errors.New("disk on fire")
	}
	return json.NewEncoder(w).Encode(struct {
		Source, Target []article.Segment
		Links          []article.Link
	}{a.Source, a.Target, a.Links})
}

// articles writes n article pairs; a few share sentences so that the TM
// has something to find.
func articles(t testing.TB, dir string, n int) {
	t.Helper()
	files := map[string]string{}
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("art%03d", i)
		en := fmt.Sprintf("Headline %d\n\nBy Reporter %d\n\n2026-03-%02d\n\nThe ministry said on Monday that talks number %d went well. Officials agreed to meet again.\n\nThe next round is in Seoul.\n", i, i, i%28+1, i%5)
		ko := fmt.Sprintf("헤드라인 %d\n\n김기자%d 기자\n\n부처는 %d차 회담이 순조로웠다고 밝혔다. 당국자들은 다시 만나기로 했다.\n\n다음 회담은 서울에서 열린다.\n", i, i, i%5)
		files[name+".en.txt"] = en
		if i%4 != 3 {
			files[name+".ko.txt"] = ko
		}
	}
	writeFiles(t, dir, files)
}

func fakeSteps() (Steps, *fakeMemory, []*fakeFormat) {
	mem := &fakeMemory{}
	fs := []*fakeFormat{{name: "json", ext: ".json"}, {name: "html", ext: ".html"}}
	return Steps{
		Segmenter: sentenceSplitter{}, Aligner: indexAligner{}, Memory: mem,
		Formats: []Format{fs[0], fs[1]},
	}, mem, fs
}

func readTree(t testing.TB, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestRunSameOutputWhateverTheJobs(t *testing.T) {
	in := t.TempDir()
	articles(t, in, 24)
	var trees []map[string]string
	var tms [][]Unit
	for _, jobs := range []int{1, 3, 8} {
		out := t.TempDir()
		steps, mem, _ := fakeSteps()
		// The TM starts with one stored pair, found by every article.
		mem.units = []Unit{{Source: "다음 회담은 서울에서 열린다.", Target: "The next round is in Seoul.", Doc: "seed"}}
		rep, err := Run(context.Background(), Options{Inputs: []string{in}, OutDir: out, Jobs: jobs, Steps: steps})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Totals.Done != 24 || rep.Totals.Bands.Exact == 0 {
			t.Fatalf("jobs %d: totals %+v", jobs, rep.Totals)
		}
		trees = append(trees, readTree(t, out))
		tms = append(tms, mem.units)
	}
	for i := 1; i < len(trees); i++ {
		if len(trees[i]) != len(trees[0]) {
			t.Fatalf("%d files, want %d", len(trees[i]), len(trees[0]))
		}
		for name, data := range trees[0] {
			if trees[i][name] != data {
				t.Errorf("%s differs between job counts", name)
			}
		}
		a, _ := json.Marshal(tms[0])
		b, _ := json.Marshal(tms[i])
		if !bytes.Equal(a, b) {
			t.Errorf("TM contents differ between job counts")
		}
	}
	// 24 articles, 2 formats, report.json, index.html, analysis.csv, the
	// state file.
	if len(trees[0]) != 24*2+4 {
		t.Errorf("%d files in out: %v", len(trees[0]), keys(trees[0]))
	}
}

func keys(m map[string]string) []string {
	var k []string
	for s := range m {
		k = append(k, s)
	}
	return k
}

func TestRunRerunForceAndChange(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	articles(t, in, 6)
	steps, mem, fs := fakeSteps()
	opts := Options{Inputs: []string{in}, OutDir: out, Jobs: 2, Steps: steps}
	rep, err := Run(context.Background(), opts)
	if err != nil || rep.Totals.Done != 6 {
		t.Fatalf("first run: %v %+v", err, rep.Totals)
	}
	first := readTree(t, out)
	adds := mem.adds
	// Unchanged: everything skipped, nothing written, nothing added.
	rep, err = Run(context.Background(), opts)
	if err != nil || rep.Totals.Unchanged != 6 || rep.Totals.Done != 0 {
		t.Fatalf("rerun: %v %+v", err, rep.Totals)
	}
	if fs[0].writes != 6 || mem.adds != adds {
		t.Errorf("rerun wrote %d files, added %d times", fs[0].writes-6, mem.adds-adds)
	}
	if second := readTree(t, out); second["articles/art002.json"] != first["articles/art002.json"] {
		t.Error("rerun changed an output")
	}
	if rep.Articles[0].Segments.Target == 0 || rep.Articles[0].Outputs["json"] == "" {
		t.Errorf("skipped article lost its summary: %+v", rep.Articles[0])
	}
	// One input changed: only that article is redone.
	os.WriteFile(filepath.Join(in, "art002.en.txt"), []byte("Changed\n\nNew text here.\n"), 0o644)
	rep, err = Run(context.Background(), opts)
	if err != nil || rep.Totals.Done != 1 || rep.Totals.Unchanged != 5 || rep.Articles[2].Status != "done" {
		t.Fatalf("after a change: %v %+v", err, rep.Totals)
	}
	// Other settings: all redone.
	opts.Config = DefaultConfig()
	opts.Config.TM.Threshold = 90
	rep, _ = Run(context.Background(), opts)
	if rep.Totals.Done != 6 {
		t.Errorf("after a settings change: %+v", rep.Totals)
	}
	// An output deleted: that article is redone.
	os.Remove(filepath.Join(out, "articles", "art004.html"))
	rep, _ = Run(context.Background(), opts)
	if rep.Totals.Done != 1 || rep.Articles[4].Status != "done" {
		t.Errorf("after deleting an output: %+v", rep.Totals)
	}
	// --force redoes all.
	opts.Force = true
	rep, _ = Run(context.Background(), opts)
	if rep.Totals.Done != 6 {
		t.Errorf("forced: %+v", rep.Totals)
	}
}

func TestRunInterrupted(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	articles(t, in, 12)
	steps, mem, _ := fakeSteps()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	opts := Options{Inputs: []string{in}, OutDir: out, Jobs: 1, Steps: steps,
		Progress: func(ev Event) {
			if ev.Done == 5 {
				cancel()
			}
		}}
	rep, err := Run(ctx, opts)
	if !errors.Is(err, ErrInterrupted) {
		t.Fatalf("error %v, want ErrInterrupted", err)
	}
	if !rep.Interrupted || rep.Totals.Done != 5 || rep.Totals.NotRun != 7 {
		t.Fatalf("totals %+v", rep.Totals)
	}
	tree := readTree(t, out)
	for name := range tree {
		if strings.Contains(name, ".tmp") || strings.Contains(name, pendingDir) {
			t.Errorf("partial file left: %s", name)
		}
	}
	for i := 0; i < 12; i++ {
		_, ok1 := tree[fmt.Sprintf("articles/art%03d.json", i)]
		_, ok2 := tree[fmt.Sprintf("articles/art%03d.html", i)]
		if ok1 != ok2 || ok1 != (i < 5) {
			t.Errorf("article %d: json %v html %v", i, ok1, ok2)
		}
	}
	// The TM has the finished articles with an original (art003 has none).
	if got, want := strings.Join(mem.docs(), ","), "art000,art001,art002,art004"; got != want {
		t.Errorf("TM documents %s, want %s", got, want)
	}
	// The rerun does the rest.
	opts.Progress = nil
	rep, err = Run(context.Background(), opts)
	if err != nil || rep.Totals.Done != 7 || rep.Totals.Unchanged != 5 {
		t.Fatalf("rerun: %v %+v", err, rep.Totals)
	}
}

func TestRunExportFailureLeavesNoPartialFiles(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	articles(t, in, 3)
	writeFiles(t, in, map[string]string{"bad.ko.txt": "\xff\xfe\x00 not korean"})
	writeFiles(t, in, map[string]string{"bad.en.txt": "Text."})
	steps, mem, fs := fakeSteps()
	fs[1].fail = "art001"
	rep, err := Run(context.Background(), Options{Inputs: []string{in}, OutDir: out, Jobs: 2, Steps: steps})
	var fe *FailedError
	if !errors.As(err, &fe) || len(fe.Failed) != 2 {
		t.Fatalf("error %v, want two failed articles", err)
	}
	if rep.Totals.Failed != 2 || rep.Totals.Done != 2 {
		t.Errorf("totals %+v", rep.Totals)
	}
	tree := readTree(t, out)
	for name := range tree {
		if strings.Contains(name, "art001") || strings.Contains(name, "bad") || strings.Contains(name, ".tmp") {
			t.Errorf("file of a failed article: %s", name)
		}
	}
	for _, d := range mem.docs() {
		if d == "art001" {
			t.Error("failed article stored in the TM")
		}
	}
}

// The texts of index.html are in the command's locale files, in English
// as here and in Korean.
func TestIndexMessages(t *testing.T) {
	for _, lang := range []language.Tag{language.English, language.Korean} {
		ui := locales.New(lang)
		for _, id := range IndexMessageIDs() {
			data := map[string]any{"Links": 3, "Mean": "90", "Low": 1, "Seg": 2, "Articles": 4, "Done": 1, "Unchanged": 1,
				"Failed": 1, "NotRun": 1, "Segments": 9, "Terms": 2, "Findings": 1, "Units": 3, "Source": "ko", "Target": "en"}
			got := ui.T(id, data)
			if got == id {
				t.Errorf("%s: no %s text for %s", lang, lang, id)
			}
			if lang == language.English && got != englishIndex(id, data) {
				t.Errorf("%s: locale file says %q, the package %q", id, got, englishIndex(id, data))
			}
		}
	}
	var b bytes.Buffer
	rep := &Report{Source: "ko", Target: "en", Articles: []Summary{{Name: "a", Status: "done", Headline: "H",
		Findings: []article.Finding{{Rule: "r", Severity: "error", Side: "source", Seg: 1, Message: "m"}}}}}
	rep.total()
	if err := rep.WriteHTMLIn(&b, "ko", locales.New(language.Korean).T); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<html lang="ko">`, "기사 1건(처리 1,", "원문 2번째 문장", "처리함"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("Korean index.html lacks %q", want)
		}
	}
}

// A rerun whose export of one article fails leaves that article's files
// from the run before as they were (and commits the others).
func TestRunFailedRerunKeepsPreviousFiles(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	articles(t, in, 3)
	steps, _, fs := fakeSteps()
	if _, err := Run(context.Background(), Options{Inputs: []string{in}, OutDir: out, Jobs: 2, Steps: steps}); err != nil {
		t.Fatal(err)
	}
	before := readTree(t, out)
	// Change every article, and make the html export of art001 fail.
	for _, n := range []string{"art000", "art001", "art002"} {
		p := filepath.Join(in, n+".en.txt")
		b, _ := os.ReadFile(p)
		os.WriteFile(p, append(b, []byte("\nA new paragraph was added.\n")...), 0o644)
	}
	fs[1].fail = "art001"
	_, err := Run(context.Background(), Options{Inputs: []string{in}, OutDir: out, Jobs: 2, Steps: steps})
	var fe *FailedError
	if !errors.As(err, &fe) || len(fe.Failed) != 1 {
		t.Fatalf("error %v, want art001 failed", err)
	}
	after := readTree(t, out)
	for name, data := range before {
		if !strings.HasPrefix(name, "articles/") {
			continue
		}
		changed := after[name] != data
		if strings.Contains(name, "art001") == changed {
			t.Errorf("%s: changed %v", name, changed)
		}
	}
	for name := range after {
		if strings.Contains(name, ".tmp") {
			t.Errorf("temporary file left: %s", name)
		}
	}
}
