package tm_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/tm"
	"bitext/tm/sqlite"
	"bitext/tmx"
)

func newStore(t *testing.T) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "t.tm"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func importFile(t *testing.T, s tm.Store, path string) (tm.ImportResult, error) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return tm.ImportTMX(context.Background(), s, f, path)
}

func units(t *testing.T, s tm.Store) []tm.Unit {
	t.Helper()
	var out []tm.Unit
	if err := s.Iterate(context.Background(), tm.ExportOptions{}, func(u tm.Unit) error { out = append(out, u); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestImportOtherTools imports TMX written by Translate Toolkit (po2tmx
// 3.8.4) and OmegaT 3.6 (a TMX 1.1 project memory and the TMX 1.4 level 2
// export).
func TestImportOtherTools(t *testing.T) {
	for _, tc := range []struct {
		file  string
		units int
		en    string
		ko    string
	}{
		{"testdata/translate-toolkit.tmx", 3, "The \"new\" <policy> takes effect on Jan. 1.", "새 <정책>은 1월 1일부터 시행된다."},
		{"testdata/omegat.tmx", 3, "Officials said the talks would resume in Seoul & Busan.", "당국자들은 서울과 부산에서 회담이 재개된다고 밝혔다."},
		{"testdata/omegat-level2.tmx", 3, "North Korea fired a missile.", "북한이 미사일을 발사했다."},
	} {
		s := newStore(t)
		res, err := importFile(t, s, tc.file)
		if err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		if res.Added != tc.units {
			t.Errorf("%s: %+v, want %d added", tc.file, res, tc.units)
		}
		ms, err := s.Lookup(context.Background(), tm.Query{Text: tc.en, Source: language.English, Target: language.Korean})
		if err != nil || len(ms) != 1 || ms[0].Kind != tm.Exact || ms[0].Target.Text != tc.ko {
			t.Errorf("%s: lookup %q = %+v, %v", tc.file, tc.en, ms, err)
		}
	}
}

// TestRoundTrip imports a TMX file with everything TMX allows and checks
// that the export says the same: languages, srclang *all*, props, notes,
// dates, inline markup, entities and CDATA.
func TestRoundTrip(t *testing.T) {
	s := newStore(t)
	if _, err := importFile(t, s, "testdata/roundtrip.tmx"); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	n, err := tm.ExportTMX(context.Background(), s, &buf, tm.ExportOptions{})
	if err != nil || n != 2 {
		t.Fatalf("export: %d units, %v", n, err)
	}
	want := readTUs(t, mustRead(t, "testdata/roundtrip.tmx"))
	got := readTUs(t, buf.Bytes())
	if len(got) != len(want) {
		t.Fatalf("%d units exported, want %d", len(got), len(want))
	}
	for i := range want {
		w, g := want[i], got[i]
		if w.CreationDate == "" && g.CreationDate != "" {
			// Units without dates get the import time.
			g.CreationDate, g.ChangeDate = "", ""
		}
		if g.TUID != w.TUID || g.CreationDate != w.CreationDate || g.ChangeDate != w.ChangeDate || g.CreationID != w.CreationID || g.ChangeID != w.ChangeID {
			t.Errorf("unit %d attributes: got %+v", i, g)
		}
		if w.SrcLang != "" && g.SrcLang != w.SrcLang {
			t.Errorf("unit %d srclang %q, want %q", i, g.SrcLang, w.SrcLang)
		}
		if pm(g.Props) != pm(w.Props) {
			t.Errorf("unit %d props %v, want %v", i, g.Props, w.Props)
		}
		if len(g.Notes) != len(w.Notes) {
			t.Errorf("unit %d notes %v, want %v", i, g.Notes, w.Notes)
		}
		if len(g.Variants) != len(w.Variants) {
			t.Fatalf("unit %d: %d variants, want %d", i, len(g.Variants), len(w.Variants))
		}
		for k := range w.Variants {
			wv, gv := w.Variants[k], g.Variants[k]
			if gv.Lang != wv.Lang || gv.Seg.XML != wv.Seg.XML || pm(gv.Props) != pm(wv.Props) || len(gv.Notes) != len(wv.Notes) {
				t.Errorf("unit %d variant %d:\n got %s %q %v %v\nwant %s %q %v %v", i, k, gv.Lang, gv.Seg.XML, gv.Props, gv.Notes, wv.Lang, wv.Seg.XML, wv.Props, wv.Notes)
			}
		}
	}
	// The plain text of the variant with markup is searchable.
	ms, err := s.Lookup(context.Background(), tm.Query{Text: "Rival parties & the budget: deal reached", Source: language.English, Target: language.Korean})
	if err != nil || len(ms) != 1 || ms[0].Target.Text != `여야, 예산안 처리 "합의"` {
		t.Fatalf("lookup of marked-up text = %+v, %v", ms, err)
	}
	// The context and origin props became fields.
	us := units(t, s)
	if us[0].Context.DocID != "AKR20260301000100" || us[0].Origin.Confidence != 0.91 || us[0].SourceLang != language.Korean {
		t.Errorf("unit 1 = %+v", us[0])
	}
}

// pm gives props as a sorted list: export writes the props bitext reads
// into fields after the others.
func pm(ps []tmx.Prop) string {
	var s []string
	for _, p := range ps {
		s = append(s, p.Type+"="+p.Lang+":"+p.Value)
	}
	sort.Strings(s)
	return strings.Join(s, ";")
}

func mustRead(t *testing.T, path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func readTUs(t *testing.T, data []byte) []*tmx.TU {
	t.Helper()
	dec := tmx.NewDecoder(bytes.NewReader(data))
	var out []*tmx.TU
	for {
		tu, err := dec.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		// File props are added by import; compare the rest.
		var keep []tmx.Prop
		for _, p := range tu.Props {
			if p.Type != tm.PropFile {
				keep = append(keep, p)
			}
		}
		tu.Props = keep
		out = append(out, tu)
	}
}

// TestMalformedImportsNothing checks that a file with an error at its
// third unit leaves nothing of it in the memory, and names line and
// column.
func TestMalformedImportsNothing(t *testing.T) {
	s := newStore(t)
	if _, err := importFile(t, s, "testdata/translate-toolkit.tmx"); err != nil {
		t.Fatal(err)
	}
	_, err := importFile(t, s, "testdata/malformed.tmx")
	var se *tmx.SyntaxError
	if !errors.As(err, &se) {
		t.Fatalf("error %v (%T), want *tmx.SyntaxError", err, err)
	}
	if se.Line != 7 || !strings.Contains(err.Error(), "malformed.tmx:7:") {
		t.Errorf("error %q: want line 7 of malformed.tmx", err)
	}
	if n := len(units(t, s)); n != 3 {
		t.Fatalf("%d units after the malformed file, want the 3 from before", n)
	}
}

// TestBadConfidence checks that an x-bitext-confidence that is not a
// number from 0 to 1 stops the import with the unit's line and column
// (it used to be stored as 0, unknown), and that a sound one is kept.
func TestBadConfidence(t *testing.T) {
	const head = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
<body>
`
	unit := func(conf string) string {
		return `<tu><prop type="x-bitext-confidence">` + conf + `</prop><tuv xml:lang="en"><seg>Exports rose.</seg></tuv><tuv xml:lang="ko"><seg>수출이 늘었다.</seg></tuv></tu>` + "\n"
	}
	for _, tc := range []struct {
		conf string
		want string // error text; empty when the import succeeds
	}{
		{"0.82", ""},
		{" 1 ", ""},
		{"high", `bad.tmx:5:1: x-bitext-confidence "high" is not a number from 0 to 1`},
		{"1.5", `bad.tmx:5:1: x-bitext-confidence "1.5" is not a number from 0 to 1`},
		{"NaN", `bad.tmx:5:1: x-bitext-confidence "NaN" is not a number from 0 to 1`},
		{"", `bad.tmx:5:1: x-bitext-confidence "" is not a number from 0 to 1`},
	} {
		s := newStore(t)
		doc := head + unit("0.5") + unit(tc.conf) + "</body></tmx>\n"
		_, err := tm.ImportTMX(context.Background(), s, strings.NewReader(doc), "bad.tmx")
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("confidence %q: %v", tc.conf, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("confidence %q: error %v, want %q", tc.conf, err, tc.want)
		case tc.want != "":
			var ie *tm.InputError
			if !errors.As(err, &ie) {
				t.Errorf("confidence %q: error %T, want *tm.InputError", tc.conf, err)
			}
			if n := len(units(t, s)); n != 0 {
				t.Errorf("confidence %q: %d units stored from a bad file", tc.conf, n)
			}
		}
	}
}

// TestExportReadByTranslateToolkit reads our export with Translate
// Toolkit's TMX reader, when it is installed (Debian package
// translate-toolkit).
func TestExportReadByTranslateToolkit(t *testing.T) {
	// Debian's python3 has the toolkit; another python3 on PATH may not.
	python := ""
	for _, p := range []string{"/usr/bin/python3", "python3"} {
		if exec.Command(p, "-c", "import translate.storage.tmx").Run() == nil {
			python = p
			break
		}
	}
	if python == "" {
		t.Skip("translate-toolkit not installed")
	}
	s := newStore(t)
	if _, err := importFile(t, s, "testdata/roundtrip.tmx"); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "export.tmx")
	f, _ := os.Create(out)
	if _, err := tm.ExportTMX(context.Background(), s, f, tm.ExportOptions{Langs: []language.Tag{language.English, language.Korean}}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	script := `import sys
from translate.storage import tmx
store = tmx.tmxfile.parsefile(sys.argv[1])
for u in store.units:
    print(u.source + "\t" + u.target)
`
	b, err := exec.Command(python, "-c", script, out).CombinedOutput()
	if err != nil {
		t.Fatalf("translate-toolkit: %v\n%s", err, b)
	}
	got := string(b)
	// Translate Toolkit gives the native codes of bpt, ept and ph as text.
	for _, want := range []string{"Prices rose 3 percent.\t물가가 3% 올랐다.", "Rival parties & the budget: <i>deal</i> reached<br/>\t여야, 예산안 처리 \"합의\""} {
		if !strings.Contains(got, want) {
			t.Errorf("translate-toolkit read:\n%s\nwant a line %q", got, want)
		}
	}
}

// TestExportReadByOmegaT pre-translates a document with OmegaT in console
// mode from our export in the project's tm/auto folder, when OmegaT is
// installed (Debian package omegat). It takes a JVM start, so -short
// skips it.
func TestExportReadByOmegaT(t *testing.T) {
	if _, err := exec.LookPath("omegat"); err != nil {
		t.Skip("omegat not installed")
	}
	if testing.Short() {
		t.Skip("starts a JVM")
	}
	s := newStore(t)
	if _, err := importFile(t, s, "testdata/translate-toolkit.tmx"); err != nil {
		t.Fatal(err)
	}
	proj := t.TempDir()
	for _, d := range []string{"source", "target", "tm/auto", "omegat", "glossary", "dictionary"} {
		os.MkdirAll(filepath.Join(proj, d), 0o755)
	}
	os.WriteFile(filepath.Join(proj, "omegat.project"), []byte(omegatProject), 0o644)
	os.WriteFile(filepath.Join(proj, "source", "news.txt"), []byte("The Bank of Korea kept its benchmark interest rate at 3.5 percent.\n\nOfficials said the talks would resume in Seoul & Busan.\n"), 0o644)
	f, _ := os.Create(filepath.Join(proj, "tm", "auto", "bitext.tmx"))
	if _, err := tm.ExportTMX(context.Background(), s, f, tm.ExportOptions{Langs: []language.Tag{language.English, language.Korean}}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	cmd := exec.Command("omegat", "--mode=console-translate", proj)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("omegat: %v\n%s", err, b)
	}
	got, err := os.ReadFile(filepath.Join(proj, "target", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"한국은행은 기준금리를 연 3.5%로 동결했다.", "당국자들은 서울과 부산에서 회담이 재개된다고 밝혔다."} {
		if !strings.Contains(string(got), want) {
			t.Errorf("OmegaT target:\n%s\nwant %q", got, want)
		}
	}
}

const omegatProject = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes/>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>EN-US</source_lang>
    <target_lang>KO-KR</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneCJKTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`

// FuzzImportTMX imports arbitrary documents: a failed import leaves the
// memory empty, a successful one stores units that read back, and nothing
// panics.
func FuzzImportTMX(f *testing.F) {
	for _, name := range []string{"roundtrip.tmx", "malformed.tmx", "translate-toolkit.tmx", "omegat.tmx"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	dir := f.TempDir()
	n := 0
	f.Fuzz(func(t *testing.T, data []byte) {
		n++
		s, err := sqlite.Open(context.Background(), filepath.Join(dir, fmt.Sprintf("f%d.tm", n)))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		_, err = tm.ImportTMX(context.Background(), s, bytes.NewReader(data), "fuzz.tmx")
		us := units(t, s)
		if err != nil && len(us) > 0 {
			t.Fatalf("failed import (%v) stored %d units", err, len(us))
		}
		for _, u := range us {
			if len(u.Variants) < 2 {
				t.Fatalf("stored unit with %d variants", len(u.Variants))
			}
		}
	})
}

// TestProvenanceProps reads the origin and review state from TMX
// properties, gives units without them the origin their other properties
// say, refuses unknown values with the unit's line, and writes them back.
func TestProvenanceProps(t *testing.T) {
	const doc = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
<body>
<tu><prop type="x-bitext-origin">translator</prop><prop type="x-bitext-translator">park</prop><prop type="x-bitext-review">final</prop>
<tuv xml:lang="en"><seg>One.</seg></tuv><tuv xml:lang="ko"><seg>하나.</seg></tuv></tu>
<tu><prop type="x-bitext-alignment">bitext align</prop><prop type="x-bitext-confidence">0.44</prop>
<tuv xml:lang="en"><seg>Two.</seg></tuv><tuv xml:lang="ko"><seg>둘.</seg></tuv></tu>
<tu><prop type="x-bitext-translator">lee</prop>
<tuv xml:lang="en"><seg>Three.</seg></tuv><tuv xml:lang="ko"><seg>셋.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Four.</seg></tuv><tuv xml:lang="ko"><seg>넷.</seg></tuv></tu>
<tu><prop type="x-bitext-alignment">bitext align</prop><prop type="x-bitext-review">reviewed</prop>
<tuv xml:lang="en"><seg>Five.</seg></tuv><tuv xml:lang="ko"><seg>다섯.</seg></tuv></tu>
</body></tmx>`
	want := []tm.Origin{
		{Kind: tm.OriginTranslator, File: "p.tmx", Translator: "park", Review: tm.Final},
		{Kind: tm.OriginAlignment, File: "p.tmx", Alignment: "bitext align", Confidence: 0.44, Review: tm.Unreviewed},
		{Kind: tm.OriginTranslator, File: "p.tmx", Translator: "lee", Review: tm.Translated},
		{Kind: tm.OriginTMX, File: "p.tmx", Review: tm.Translated},
		{Kind: tm.OriginAlignment, File: "p.tmx", Alignment: "bitext align", Review: tm.Reviewed},
	}
	s := newStore(t)
	if _, err := tm.ImportTMX(context.Background(), s, strings.NewReader(doc), "p.tmx"); err != nil {
		t.Fatal(err)
	}
	got := units(t, s)
	if len(got) != len(want) {
		t.Fatalf("%d units, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Origin != want[i] {
			t.Errorf("unit %d: origin %+v, want %+v", i, got[i].Origin, want[i])
		}
	}
	// Round trip: exported and imported again, every origin is the same.
	var buf bytes.Buffer
	if _, err := tm.ExportTMX(context.Background(), s, &buf, tm.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{`<prop type="x-bitext-origin">alignment</prop>`, `<prop type="x-bitext-review">final</prop>`} {
		if !strings.Contains(buf.String(), p) {
			t.Errorf("export lacks %s", p)
		}
	}
	s2 := newStore(t)
	if _, err := tm.ImportTMX(context.Background(), s2, &buf, "other.tmx"); err != nil {
		t.Fatal(err)
	}
	for i, u := range units(t, s2) {
		if u.Origin != want[i] {
			t.Errorf("round trip unit %d: origin %+v, want %+v", i, u.Origin, want[i])
		}
	}
	for _, bad := range []string{`<prop type="x-bitext-origin">machine</prop>`, `<prop type="x-bitext-review">approved</prop>`} {
		d := strings.Replace(doc, `<tu><tuv xml:lang="en"><seg>Four.`, "<tu>"+bad+`<tuv xml:lang="en"><seg>Four.`, 1)
		_, err := tm.ImportTMX(context.Background(), newStore(t), strings.NewReader(d), "bad.tmx")
		var ie *tm.InputError
		if !errors.As(err, &ie) || ie.Line != 10 {
			t.Errorf("%s: error %v, want an input error at line 10", bad, err)
		}
	}
}
