package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadVerdictsErrors: a bad line is an error naming the file and the
// line (comment and blank lines counted).
func TestReadVerdictsErrors(t *testing.T) {
	const ok = "f.tsv\t1-10\tchecked\tread\n"
	for _, c := range []struct{ in, want string }{
		{ok + "f.tsv\t3\twrong\n", "v.tsv:2: want 4 tab-separated columns"},
		{"# c\n\n" + ok + "f.tsv\tx\twrong\tshifted\n", "v.tsv:4: line \"x\""},
		{ok + "f.tsv\t0\twrong\tshifted\n", "v.tsv:2: line \"0\""},
		{ok + "f.tsv\t3\tmaybe\tshifted\n", "v.tsv:2: verdict \"maybe\""},
		{ok + "f.tsv\t3\twrong\t \n", "v.tsv:2: empty reason"},
		{ok + "f.tsv\t3\twrong\tshifted\nf.tsv\t3\twrong\tagain\n", "v.tsv:3: f.tsv line 3 already has a verdict"},
		{ok + "f.tsv\t12\twrong\tshifted\n", "v.tsv:2: f.tsv line 12 is not in a checked range"},
		{ok + "g.tsv\t3\twrong\tshifted\n", "v.tsv:2: g.tsv line 3 is not in a checked range"},
		{"f.tsv\t10-1\tchecked\tread\n", "v.tsv:1: range \"10-1\" ends before it starts"},
		{"f.tsv\t5\tchecked\tread\n", "v.tsv:1: range \"5\": want FIRST-LAST"},
		{"dir/f.tsv\t1-5\tchecked\tread\n", "v.tsv:1: file \"dir/f.tsv\""},
	} {
		_, err := readVerdicts(strings.NewReader(c.in), "v.tsv")
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "editionset: ") {
			t.Errorf("readVerdicts(%q) = %v, want an error containing %q", c.in, err, c.want)
		}
	}
	v, err := readVerdicts(strings.NewReader("# verdicts\n"+ok+"f.tsv\t4\twrong\tshifted by a line\r\nf.tsv\t11-12\tchecked\tread\n"), "v.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !v.isWrong("f.tsv", 4) || v.isWrong("f.tsv", 5) || v.isWrong("g.tsv", 4) || !v.covered("f.tsv", 12) || v.covered("f.tsv", 13) {
		t.Errorf("verdicts %+v", v)
	}
}

// TestBuiltinVerdicts: the shipped verdict file parses, covers both KPC
// files whole and judges some pairs of each wrong.
func TestBuiltinVerdicts(t *testing.T) {
	v, err := loadVerdicts("")
	if err != nil {
		t.Fatal(err)
	}
	for file, lines := range map[string]int{"kpc-news-v1.dev.ko-en.tsv": 1000, "kpc-news-v1.test.ko-en.tsv": 2000} {
		for l := 1; l <= lines; l++ {
			if !v.covered(file, l) {
				t.Fatalf("%s line %d not in a checked range", file, l)
			}
		}
		if len(v.wrongIn(file)) == 0 {
			t.Errorf("%s: no pair judged wrong", file)
		}
	}
}

// TestGeneratorAppliesVerdicts: a KPC file of our own sentences cut into
// documents; the pair judged wrong is left out of its document, the other
// documents and pairs are as without verdicts, and a verdict on a pair the
// filters already leave out is an error.
func TestGeneratorAppliesVerdicts(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kpc-mini.tsv")
	var b strings.Builder
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&b, "시장은 %d일 새 예산안을 발표했다.\tThe mayor announced the new budget on the %dth.\n", i, i)
	}
	b.WriteString("번역 :\tTranslation:\n") // line 10: a label line the filter drops
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, err := readKPC(path, "mini", 4)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 || len(docs[0].pairs) != 4 || docs[1].pairs[0].line != 5 {
		t.Fatalf("documents %+v", docs)
	}
	v, err := readVerdicts(strings.NewReader("kpc-mini.tsv\t1-10\tchecked\tread\nkpc-mini.tsv\t6\twrong\tshifted\n"), "v.tsv")
	if err != nil {
		t.Fatal(err)
	}
	judged, err := judge(docs, "kpc-mini.tsv", v)
	if err != nil {
		t.Fatal(err)
	}
	if len(judged) != 3 || judged[1].id != docs[1].id || len(judged[1].pairs) != 3 {
		t.Fatalf("judged %+v", judged)
	}
	for _, p := range judged[1].pairs {
		if p.line == 6 {
			t.Errorf("line 6 judged wrong but kept")
		}
	}
	if fmt.Sprint(judged[0]) != fmt.Sprint(docs[0]) || fmt.Sprint(judged[2]) != fmt.Sprint(docs[2]) || len(docs[1].pairs) != 4 {
		t.Errorf("documents without a wrong pair changed, or the input was modified")
	}
	m := newMaterial(docs, false)
	var before, after strings.Builder
	for _, d := range docs {
		fmt.Fprint(&before, writeOne(t, d, m))
	}
	for _, d := range judged {
		fmt.Fprint(&after, writeOne(t, d, m))
	}
	if !strings.Contains(before.String(), "시장은 6일") || strings.Contains(after.String(), "시장은 6일") || !strings.Contains(after.String(), "시장은 7일") {
		t.Errorf("the generator's output does not leave out just the wrong pair:\n%s", after.String())
	}
	v, _ = readVerdicts(strings.NewReader("kpc-mini.tsv\t1-10\tchecked\tread\nkpc-mini.tsv\t10\twrong\tlabel\n"), "v.tsv")
	if _, err := judge(docs, "kpc-mini.tsv", v); err == nil || !strings.Contains(err.Error(), "line 10") {
		t.Errorf("verdict on a filtered line: %v", err)
	}
}

// writeOne edits one document with the generator's seed rule and returns
// its output line.
func writeOne(t *testing.T, d doc, m *material) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "one.jsonl")
	if err := write(path, []doc{d}, m, 1, true, nil); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// FuzzReadVerdicts: any input either fails with a located error or gives
// verdicts whose every wrong line is in a checked range and has a reason.
func FuzzReadVerdicts(f *testing.F) {
	f.Add("f.tsv\t1-10\tchecked\tread\nf.tsv\t4\twrong\tshifted\n")
	f.Add("# only a comment\n")
	f.Add("f.tsv\t4\twrong\tshifted\n")
	f.Add(builtinVerdicts)
	f.Fuzz(func(t *testing.T, in string) {
		v, err := readVerdicts(strings.NewReader(in), "v.tsv")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "editionset: v.tsv") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		for file, lines := range v.wrong {
			for l, reason := range lines {
				if l < 1 || strings.TrimSpace(reason) == "" || !v.covered(file, l) || !v.isWrong(file, l) {
					t.Fatalf("accepted %s line %d reason %q", file, l, reason)
				}
			}
		}
	})
}
