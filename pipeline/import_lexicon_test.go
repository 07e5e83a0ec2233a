package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bitext/lexicon"
)

// TestImportRefreshesLexicon: an import into a TM that has a lexicon
// relearns it with the imported units; a TM without one gets none.
func TestImportRefreshesLexicon(t *testing.T) {
	ctx := context.Background()
	for _, has := range []bool{false, true} {
		in, out := t.TempDir(), t.TempDir()
		tmPath := filepath.Join(t.TempDir(), "news.tm")
		articles(t, in, 2)
		steps, closer, err := NewSteps(ctx, DefaultConfig(), Setup{TM: tmPath})
		if err != nil {
			t.Fatal(err)
		}
		defer closer.Close()
		steps.Formats = nil
		if _, err := Run(ctx, Options{Inputs: []string{in}, OutDir: out, Steps: steps}); err != nil {
			t.Fatal(err)
		}
		lexPath := lexicon.PathFor(tmPath)
		if has {
			if err := os.WriteFile(lexPath, []byte("# bitext lexicon v1 units=0\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		x := filepath.Join(out, "reviewed.xlf")
		writeFiles(t, out, map[string]string{"reviewed.xlf": `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko" trgLang="en">
<file id="art001" original="art001">
<unit id="u1"><segment state="final"><source>다음 회담은 서울에서 열린다.</source><target>The next talks will be held in Seoul.</target></segment></unit>
</file>
</xliff>
`})
		res, err := Import(ctx, ImportOptions{OutDir: out, Files: []string{x}, Steps: steps})
		if err != nil {
			t.Fatal(err)
		}
		if res.Imported != 1 {
			t.Fatalf("has lexicon %v: result %+v", has, res)
		}
		b, err := os.ReadFile(lexPath)
		switch {
		case !has && (res.Lexicon != "" || err == nil):
			t.Errorf("a TM without a lexicon got one: %q, %v", res.Lexicon, err)
		case has && res.Lexicon != lexPath:
			t.Errorf("lexicon not refreshed: %+v", res)
		case has && strings.HasPrefix(string(b), "# bitext lexicon v1 units=0\n"):
			t.Errorf("lexicon file unchanged: %q", b)
		}
	}
}
