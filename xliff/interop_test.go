package xliff

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestTranslateToolkitReadsOurXLIFF12 reads our XLIFF 1.2 output with
// Translate Toolkit's XLIFF parser (the one xliff2po uses). It runs when
// the Debian translate-toolkit package is installed. Translate Toolkit
// 3.8 has no XLIFF 2 reader, so only 1.2 is checked.
func TestTranslateToolkitReadsOurXLIFF12(t *testing.T) {
	py := "/usr/bin/python3" // a pyenv shim may hide the Debian modules
	if _, err := os.Stat(py); err != nil {
		t.Skip("no /usr/bin/python3")
	}
	if exec.Command(py, "-c", "import translate.storage.xliff").Run() != nil {
		t.Skip("Translate Toolkit (Debian translate-toolkit) not installed")
	}
	doc := newsDoc(Version12)
	path := filepath.Join(t.TempDir(), "ours.xlf")
	if err := os.WriteFile(path, encode(t, doc), 0o644); err != nil {
		t.Fatal(err)
	}
	const script = `import json, sys
from translate.storage import xliff
s = xliff.xlifffile.parsefile(sys.argv[1])
print(json.dumps([[u.getid(), u.source, u.target or "", u.isfuzzy(), u.istranslated()] for u in s.units], ensure_ascii=False))`
	out, err := exec.Command(py, "-c", script, path).Output()
	if err != nil {
		t.Fatalf("translate toolkit: %v", err)
	}
	var got [][5]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	var want [][5]any
	for _, f := range doc.Files {
		for _, u := range f.Units {
			// Translate Toolkit calls a unit fuzzy unless it is approved:
			// translated units are fuzzy, reviewed and final ones are not.
			fuzzy := u.State == StateTranslated
			want = append(want, [5]any{f.Original + "\x04" + u.ID, u.Source, u.Target, fuzzy, u.Target != "" && !fuzzy})
		}
	}
	if len(got) != len(want) {
		t.Fatalf("Translate Toolkit read %d units, want %d: %s", len(got), len(want), out)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("unit %d: Translate Toolkit read %q, want %q", i+1, got[i], want[i])
		}
	}
}
