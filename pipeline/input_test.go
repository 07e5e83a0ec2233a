package pipeline

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/korean"
)

func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDiscover(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a/one.en.txt":      "x",
		"a/one.ko.txt":      "x",
		"a/two.en.md":       "x",
		"a/two.ko.html":     "x",
		"a/three.txt":       "x",
		"a/four.ko.txt":     "x",
		"a/.hidden.en.txt":  "x",
		"a/notes.json":      "x",
		"b/five.en.html":    "x",
		"m/x-en.html":       "x",
		"m/x-ko.txt":        "x",
		"m/manifest.csv":    "name,en,ko,encoding\nsix,x-en.html,x-ko.txt,cp949\n",
		"dup/one.en.txt":    "x",
		"dup2/s.en.txt":     "x",
		"dup2/s.en.md":      "x",
		"dup3/k.ko.txt":     "x",
		"dup3/k.ko.md":      "x",
		"bad/manifest.csv":  "en,korean\n",
		"bad2/manifest.csv": "en,ko\nnope.txt,\n",
	})
	p := func(s string) string { return filepath.Join(dir, s) }
	arts, orphans, err := Discover([]string{p("a"), p("b/five.en.html"), p("m/manifest.csv")})
	if err != nil {
		t.Fatal(err)
	}
	want := []Input{
		{Name: "five", Edition: p("b/five.en.html")},
		{Name: "one", Edition: p("a/one.en.txt"), Original: p("a/one.ko.txt")},
		{Name: "six", Edition: p("m/x-en.html"), Original: p("m/x-ko.txt"), Encoding: "cp949"},
		{Name: "three", Edition: p("a/three.txt")},
		{Name: "two", Edition: p("a/two.en.md"), Original: p("a/two.ko.html")},
	}
	if !reflect.DeepEqual(arts, want) {
		t.Errorf("articles\n%+v\nwant\n%+v", arts, want)
	}
	if !reflect.DeepEqual(orphans, []string{p("a/four.ko.txt")}) {
		t.Errorf("orphans %v", orphans)
	}
	for _, bad := range []struct{ in, msg string }{
		{"a dup", "article name \"one\""},
		{"dup2", "two English editions"},
		{"dup3", "two Korean originals"},
		{"bad/manifest.csv", "bad/manifest.csv:1:2: manifest: unknown column \"korean\""},
		{"bad2/manifest.csv", "bad2/manifest.csv:2:1: manifest:"},
		{"nosuch", "no such file"},
		{"a/notes.json", "not an article"},
	} {
		var ins []string
		for _, f := range strings.Fields(bad.in) {
			ins = append(ins, p(f))
		}
		_, _, err := Discover(ins)
		if err == nil || !strings.Contains(err.Error(), bad.msg) {
			t.Errorf("Discover(%s): error %v, want %q", bad.in, err, bad.msg)
		}
	}
}

func TestDecode(t *testing.T) {
	ko := "북한이 2일 동해상으로 미사일을 발사했다."
	euc, err := korean.EUCKR.NewEncoder().String(ko)
	if err != nil {
		t.Fatal(err)
	}
	// 똠 is outside EUC-KR (KS X 1001) but in CP949.
	cp, err := korean.EUCKR.NewEncoder().String("똠방각하")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		data, enc, want, used, err string
	}{
		{ko, "auto", ko, EncUTF8, ""},
		{"\ufeff" + ko, "", ko, EncUTF8, ""},
		{euc, "auto", ko, EncEUCKR, ""},
		{euc, "euc-kr", ko, EncEUCKR, ""},
		{cp, "cp949", "똠방각하", EncEUCKR, ""},
		{euc, "utf-8", "", EncUTF8, "-:1:1: byte 0xBA is not UTF-8 (declared utf-8)"},
		{"a\nb\n\xff", "utf8", "", EncUTF8, "-:3:1: byte 0xFF is not UTF-8"},
		{ko, "koi8-r", "", "", "unknown encoding"},
		{"caf\xe9", "latin1", "café", EncWindows1252, ""},
		{"\xc5land", "auto", "Åland", EncWindows1252, ""},
		{"a\x00b", "auto", "", EncUTF8, "-:1:2: NUL character"},
	}
	for _, tt := range tests {
		got, used, err := Decode([]byte(tt.data), tt.enc)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("Decode(%q, %s): error %v, want %q", tt.data, tt.enc, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want || used != tt.used {
			t.Errorf("Decode(%q, %s) = %q, %s, %v; want %q, %s", tt.data, tt.enc, got, used, err, tt.want, tt.used)
		}
	}
}
