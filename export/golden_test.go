package export

import (
	"archive/zip"
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/language"

	"bitext/article"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// golden compares got with testdata/golden/name, or rewrites the file with
// -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./export -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test ./export -update and review the diff)\n%s", name, firstDiff(got, want))
	}
}

func firstDiff(got, want []byte) string {
	lg, lw := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := 0; i < len(lg) || i < len(lw); i++ {
		var g, w []byte
		if i < len(lg) {
			g = lg[i]
		}
		if i < len(lw) {
			w = lw[i]
		}
		if !bytes.Equal(g, w) {
			return "line " + itoa(i+1) + ":\n got: " + string(g) + "\nwant: " + string(w)
		}
	}
	return ""
}

func itoa(n int) string { return strconv.Itoa(n) }

// koreanLabels reads the Korean labels from the locale file, as the
// pipeline does through the localizer.
func koreanLabels(t testing.TB) Labels {
	t.Helper()
	var m map[string]string
	if _, err := toml.DecodeFile(filepath.Join("..", "locales", "export.ko.toml"), &m); err != nil {
		t.Fatal(err)
	}
	return NewLabels(func(id string) string { return m[id] })
}

// docxPart returns one part of a DOCX file.
func docxPart(t testing.TB, data []byte, name string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := zr.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestGolden(t *testing.T) {
	noSource := sampleDoc()
	noSource.Name = "2026-05-14-edition-only"
	noSource.Source, noSource.Links, noSource.Findings = nil, nil, nil
	for i := range noSource.Target {
		noSource.Target[i].Matches = nil
	}
	noSource.Target[1].Matches = []article.Match{{Kind: article.Fuzzy, Score: 91, Source: "The trade ministry said Thursday it will train 50,000 chip specialists by 2030.", Target: "산업통상자원부는 14일 반도체 인력 5만 명을 2030년까지 양성하겠다고 밝혔다."}}

	cases := []struct {
		name string
		doc  *article.Article
		opts *Options
	}{
		{"sample", sampleDoc(), nil},
		{"sample.ko", sampleDoc(), &Options{Labels: koreanLabels(t), UILang: "ko"}},
		{"edition-only", noSource, nil},
	}
	for _, c := range cases {
		for _, f := range Formats() {
			t.Run(c.name+f.Ext, func(t *testing.T) {
				var buf bytes.Buffer
				if err := f.Write(&buf, c.doc, c.opts); err != nil {
					t.Fatal(err)
				}
				if f.Name == "docx" {
					golden(t, c.name+".docx.document.xml", docxPart(t, buf.Bytes(), "word/document.xml"))
					return
				}
				golden(t, c.name+f.Ext, buf.Bytes())
			})
		}
	}
}

// TestWritersDeterministic: the same Doc gives the same bytes, DOCX
// included (fixed zip times), which the rerun-skips logic relies on.
func TestWritersDeterministic(t *testing.T) {
	for _, f := range Formats() {
		var a, b bytes.Buffer
		if err := f.Write(&a, sampleDoc(), nil); err != nil {
			t.Fatal(err)
		}
		if err := f.Write(&b, sampleDoc(), nil); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two writes of the same doc differ", f.Name)
		}
	}
}

// TestWritersEmptyDoc: a Doc with nothing in it still gives a valid file.
func TestWritersEmptyDoc(t *testing.T) {
	for _, f := range Formats() {
		var buf bytes.Buffer
		err := f.Write(&buf, &article.Article{Name: "empty", Tgt: language.English}, nil)
		if f.Name == "xliff" {
			if !errors.Is(err, ErrEmpty) {
				t.Errorf("xliff: empty doc: %v, want ErrEmpty", err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", f.Name, err)
		}
		if buf.Len() == 0 {
			t.Errorf("%s: nothing written", f.Name)
		}
		if err := f.Write(&buf, nil, nil); err == nil {
			t.Errorf("%s: nil doc: no error", f.Name)
		}
	}
}

var samples = flag.String("samples", "", "write the sample doc in every format to this folder (for testdata/render.sh)")

// TestWriteSamples writes the sample files that testdata/render.sh opens in
// Chromium and LibreOffice; it does nothing without -samples.
func TestWriteSamples(t *testing.T) {
	if *samples == "" {
		t.Skip("no -samples folder")
	}
	docs := map[string]struct {
		d *article.Article
		o *Options
	}{
		"sample":    {sampleDoc(), nil},
		"sample.ko": {sampleDoc(), &Options{Labels: koreanLabels(t), UILang: "ko"}},
	}
	for name, c := range docs {
		for _, f := range Formats() {
			var buf bytes.Buffer
			if err := f.Write(&buf, c.d, c.o); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(*samples, name+f.Ext), buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
