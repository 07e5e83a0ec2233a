package checkeval

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/locales"
)

// TestUnjudgedArticlePair: --unjudged prints an article finding's pair
// (the set's own pair; the finding names the set with ArticleSuffix),
// not empty ko and en lines (session 25, found by helpers G93 and G96).
// Our own sentences.
func TestUnjudgedArticlePair(t *testing.T) {
	dir, shared := t.TempDir(), t.TempDir()
	files := map[string]string{
		filepath.Join(dir, "GLOSSARY"):     "house.csv\n",
		filepath.Join(dir, "house.csv"):    "id,type,lang,term,status,case,short\nhong,person,ko,홍길동,preferred,,홍\nhong,person,en,Hong Gil-dong,preferred,,Hong\n",
		filepath.Join(dir, "sets.tsv"):     "dev\tn\tp.tsv\tpairs\teven-docs\tdocs=d.txt\tdate=2018-11-01\n",
		filepath.Join(dir, "verdicts.tsv"): "",
		filepath.Join(shared, "p.tsv"):     "홍 판사가 말했다.\tHong said so.\n홍길동 판사는 판사다.\tHong Gil-dong is a judge.\n",
		filepath.Join(shared, "d.txt"):     "story.a\nstory.a\n",
	}
	for name, text := range files {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := Judged(&buf, io.Discard, locales.New(language.English), loadFiles, JudgedOptions{Dir: dir, Shared: shared, MinPrecision: -1, MaxFalse: -1, Unjudged: true}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(buf.String(), "\n")
	seen := false
	for i, l := range lines {
		if !strings.HasPrefix(l, "n"+ArticleSuffix+"\t1\t") || i+2 >= len(lines) {
			continue
		}
		seen = true
		if lines[i+1] != "#\tko: 홍 판사가 말했다." || lines[i+2] != "#\ten: Hong said so." {
			t.Errorf("article finding %q printed with %q and %q, want its pair", l, lines[i+1], lines[i+2])
		}
	}
	if !seen {
		t.Fatalf("no unjudged article finding at line 1 in\n%s", buf.String())
	}
}
