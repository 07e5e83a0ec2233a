package tmx

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// pythonTT returns the Debian python3 when Translate Toolkit is importable.
func pythonTT(t *testing.T) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if _, e := os.Stat("/usr/bin/python3"); e == nil {
		py, err = "/usr/bin/python3", nil // a pyenv shim may hide the Debian modules
	}
	if err != nil {
		t.Skip("python3 not found")
	}
	if exec.Command(py, "-c", "import translate.storage.tmx").Run() != nil {
		t.Skip("Translate Toolkit (Debian translate-toolkit) not installed")
	}
	return py
}

// TestTranslateToolkitReadsOurTMX reads our encoder's output with
// Translate Toolkit's TMX parser (the one its converters and tmserver use).
// It runs when translate-toolkit is installed.
func TestTranslateToolkitReadsOurTMX(t *testing.T) {
	py := pythonTT(t)
	dc := decodeAll(t, bytes.NewReader(readNews(t)))
	path := filepath.Join(t.TempDir(), "ours.tmx")
	if err := os.WriteFile(path, encodeAll(t, dc), 0o644); err != nil {
		t.Fatal(err)
	}
	const script = `import json, sys
from translate.storage import tmx
s = tmx.tmxfile.parsefile(sys.argv[1])
print(json.dumps([[u.source, u.target] for u in s.units], ensure_ascii=False))`
	out, err := exec.Command(py, "-c", script, path).Output()
	if err != nil {
		t.Fatalf("translate toolkit: %v", err)
	}
	var got [][2]string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(got) != len(dc.Units) {
		t.Fatalf("Translate Toolkit read %d units, want %d", len(got), len(dc.Units))
	}
	// Translate Toolkit takes the first two variants as source and target
	// and keeps the text of inline codes; compare units without codes.
	for i, u := range dc.Units {
		if !u.Variants[0].Seg.IsPlain() || !u.Variants[1].Seg.IsPlain() {
			continue
		}
		want := [2]string{u.Variants[0].Seg.Text(), u.Variants[1].Seg.Text()}
		if got[i] != want {
			t.Errorf("unit %d: Translate Toolkit read %q, want %q", i+1, got[i], want)
		}
	}
}

// TestOmegaTReadsOurTMX runs OmegaT (Debian omegat) in console mode on a
// small project whose auto TM is our encoder's output, and checks that the
// translated document uses it. It runs when omegat is on PATH and not in
// -short mode (a JVM start takes a few seconds).
func TestOmegaTReadsOurTMX(t *testing.T) {
	omegat, err := exec.LookPath("omegat")
	if err != nil {
		t.Skip("omegat not on PATH")
	}
	if testing.Short() {
		t.Skip("short")
	}
	dir := t.TempDir()
	proj := filepath.Join(dir, "proj")
	for _, d := range []string{"source", "target", "tm/auto", "glossary", "dictionary", "omegat"} {
		if err := os.MkdirAll(filepath.Join(proj, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	copyFile := func(from, to string) {
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(to, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyFile("testdata/omegat-project/omegat.project", filepath.Join(proj, "omegat.project"))
	copyFile("testdata/omegat-project/source/article.txt", filepath.Join(proj, "source", "article.txt"))
	dc := decodeAll(t, bytes.NewReader(readNews(t)))
	if err := os.WriteFile(filepath.Join(proj, "tm", "auto", "bitext.tmx"), encodeAll(t, dc), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(omegat, "--mode=console-translate", "--config-dir="+filepath.Join(dir, "cfg"),
		"--disable-project-locking", "--no-team", "--quiet", proj)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("omegat: %v\n%s", err, out)
	}
	b, err := os.ReadFile(filepath.Join(proj, "target", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	// Four of the five source sentences are in our TMX (one only under
	// en-US, one under EN-GB); the fifth stays untranslated.
	n := 0
	for _, ko := range []string{"국회는 12일", "환율이 1,350원 < 1,400원", "북한은 이날 오전", "서울시는 내년부터"} {
		if strings.Contains(got, ko) {
			n++
		}
	}
	if n != 4 || !strings.Contains(got, "The weather agency issued") {
		t.Errorf("OmegaT used %d of 4 units from our TMX; translated document:\n%s", n, got)
	}
}
