package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bitext/article"
)

func TestFindRun(t *testing.T) {
	segs := []article.Segment{{Text: "A b."}, {Text: "C  d."}, {Text: "E."}}
	for _, tt := range []struct {
		text        string
		first, last int
		ok          bool
	}{
		{"A b.", 0, 0, true},
		{"C d.", 1, 1, true},
		{"A b. C d.", 0, 1, true},
		{"C d.  E.", 1, 2, true},
		{"A b. E.", 0, 0, false},
		{"A b", 0, 0, false},
		{"", 0, 0, false},
	} {
		f, l, ok := findRun(segs, tt.text)
		if ok != tt.ok || ok && (f != tt.first || l != tt.last) {
			t.Errorf("findRun(%q) = %d, %d, %v; want %d, %d, %v", tt.text, f, l, ok, tt.first, tt.last, tt.ok)
		}
	}
}

func TestImport(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	articles(t, in, 2)
	steps, mem, _ := fakeSteps()
	steps.Formats = nil
	if _, err := Run(context.Background(), Options{Inputs: []string{in}, OutDir: out, Steps: steps}); err != nil {
		t.Fatal(err)
	}
	before := len(mem.units)
	x := filepath.Join(out, "reviewed.xlf")
	writeFiles(t, out, map[string]string{"reviewed.xlf": `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko" trgLang="en">
<file id="art001" original="art001">
<unit id="u1"><segment state="final"><source>부처는 1차 회담이 순조로웠다고 밝혔다.</source><target>The ministry said talks went well.</target></segment></unit>
<unit id="u2"><segment state="initial"><source>당국자들은 다시 만나기로 했다.</source><target>They agreed.</target></segment></unit>
<unit id="u3"><segment state="reviewed"><source>당국자들은 다시 만나지 않기로 했다.</source><target>They did not agree.</target></segment></unit>
<unit id="u4"><segment state="translated"><source>부처는 1차 회담이 순조로웠다고 밝혔다. 당국자들은 다시 만나기로 했다.</source><target>Both.</target></segment></unit>
</file>
</xliff>
`})
	res, err := Import(context.Background(), ImportOptions{OutDir: out, Files: []string{x}, Steps: steps})
	if err != nil {
		t.Fatal(err)
	}
	if res.Units != 4 || res.Imported != 2 || res.Skipped != 1 || len(res.Refused) != 1 {
		t.Fatalf("result %+v", res)
	}
	if r := res.Refused[0]; r.Unit != "u3" || r.Line != 6 || !strings.Contains(r.Reason, "no longer in article art001") {
		t.Errorf("refusal %+v", r)
	}
	added := mem.units[before:]
	if len(added) != 2 || added[0].Origin != "translator" || added[0].Doc != "art001" || added[0].Next != "당국자들은 다시 만나기로 했다." || added[0].Prev != "헤드라인 1" {
		t.Errorf("units %+v", added)
	}
	// An article changed since the run: its units are refused.
	os.WriteFile(filepath.Join(in, "art001.ko.txt"), []byte("다른 기사.\n"), 0o644)
	res, _ = Import(context.Background(), ImportOptions{OutDir: out, Files: []string{x}, Steps: steps})
	if res.Imported != 0 || len(res.Refused) != 3 {
		t.Errorf("after a change: %+v", res)
	}
}
