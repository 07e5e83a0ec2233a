package pipeline

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"bitext/article"
)

// TestLayoutLines: a one-sentence-per-line file keeps its headline apart
// from the first sentence and every line apart, while the default layout
// joins the lines of a paragraph.
func TestLayoutLines(t *testing.T) {
	text := "한은, 기준금리 0.25%p 인하\n한국은행이 28일 기준금리를 내렸다.\n두 차례 연속 인하다.\n"
	got, err := ExtractLayout(text, KindText, LayoutLines)
	if err != nil {
		t.Fatal(err)
	}
	want := article.Text{Headline: "한은, 기준금리 0.25%p 인하", Paras: []string{"한국은행이 28일 기준금리를 내렸다.", "두 차례 연속 인하다."}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lines: %+v, want %+v", got, want)
	}
	def, _ := Extract(text, KindText)
	if def.Headline != "" || len(def.Paras) != 1 {
		t.Errorf("paragraphs (default): %+v, want one joined paragraph", def)
	}
	if err := CheckLayout("columns"); err == nil {
		t.Error("CheckLayout(columns) = nil")
	}
}

func TestConfigLayout(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "bitext.toml")
	os.WriteFile(p, []byte("[input]\nlayout = \"lines\"\n"), 0o644)
	cfg, err := LoadConfig(p)
	if err != nil || cfg.Input.Layout != LayoutLines {
		t.Fatalf("layout = lines: %+v, %v", cfg.Input, err)
	}
	os.WriteFile(p, []byte("[input]\nlayout = \"columns\"\n"), 0o644)
	if _, err := LoadConfig(p); err == nil || !strings.Contains(err.Error(), "input.layout") {
		t.Fatalf("layout = columns: %v, want an input.layout error", err)
	}
	a, b := DefaultConfig(), DefaultConfig()
	b.Input.Layout = LayoutLines
	if a.fingerprint() == b.fingerprint() {
		t.Error("the layout does not change the fingerprint")
	}
}
