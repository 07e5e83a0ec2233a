package pipeline

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestManifestHostile: manifests that would read outside their folder or
// write outside the out folder are refused with the line and column of
// the field, and a parse error in the first data row is an error, not a
// panic.
func TestManifestHostile(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"secret/outside.txt": "secret",
		"in/a.en.txt":        "A",
		"in/a.ko.txt":        "가",
		"in/sub/b.en.txt":    "B",
	})
	if err := os.Symlink(filepath.Join(root, "secret", "outside.txt"), filepath.Join(root, "in", "link.en.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(root, "secret"), filepath.Join(root, "in", "linkdir")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("a.en.txt", filepath.Join(root, "in", "inside.en.txt")); err != nil {
		t.Fatal(err)
	}
	abs := filepath.Join(root, "secret", "outside.txt")
	tests := []struct {
		name, csv string
		line, col int
		msg       string // "" = accepted
	}{
		{"traversal name", "name,en,ko\n../../../pwned,a.en.txt,a.ko.txt\n", 2, 1, "path separator"},
		{"dot name", "name,en\n..,a.en.txt\n", 2, 1, "not a file name"},
		{"hidden name", "name,en\n.x,a.en.txt\n", 2, 1, "starts with a dot"},
		{"backslash name", "name,en\na\\b,a.en.txt\n", 2, 1, "path separator"},
		{"control name", "name,en\n\"a\x01b\",a.en.txt\n", 2, 3, "control character"}, // found by textfile, at the character
		{"dotdot en", "en,ko\n../secret/outside.txt,\n", 2, 1, `".." leaves`},
		{"dotdot ko", "en,ko\na.en.txt,sub/../../secret/outside.txt\n", 2, 10, `".." leaves`},
		{"absolute", "en\n" + abs + "\n", 2, 1, "absolute path"},
		{"symlink file", "en\nlink.en.txt\n", 2, 1, "symbolic link leads out"},
		{"symlink folder", "en\nlinkdir/outside.txt\n", 2, 1, "symbolic link leads out"},
		{"unclosed quote first row", "en,ko\n\"a.en.txt,a.ko.txt\n", 2, 20, "extraneous or missing"},
		{"unclosed quote header", "\"en,ko\n", 1, 8, "extraneous or missing"},
		{"bare quote later row", "en,ko\na.en.txt,a.ko.txt\nsub/b.en.txt,x\"y\n", 3, 15, "bare"},
		{"empty en", "name,en\nx,\n", 2, 3, `empty "en"`},
		{"inside symlink and subfolder", "en,ko\ninside.en.txt,\nsub/b.en.txt,\n", 0, 0, ""},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(root, "in", "m"+string(rune('a'+i))+".csv")
			if err := os.WriteFile(p, []byte(tc.csv), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := ReadManifest(p)
			if tc.msg == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v, want an *InputError", err)
			}
			if ie.File != p || ie.Line != tc.line || ie.Col != tc.col || !strings.Contains(ie.Msg, tc.msg) {
				t.Errorf("got %s:%d:%d: %s\nwant %s:%d:%d: …%s…", ie.File, ie.Line, ie.Col, ie.Msg, p, tc.line, tc.col, tc.msg)
			}
		})
	}
}

// TestDiscoverSymlinkOut: a symbolic link in an input folder that leads
// out of it is refused; one that stays inside is followed.
func TestDiscoverSymlinkOut(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"secret/s.txt": "S", "in/a.en.txt": "A"})
	in := filepath.Join(root, "in")
	if err := os.Symlink("a.en.txt", filepath.Join(in, "b.en.txt")); err != nil {
		t.Fatal(err)
	}
	if arts, _, err := Discover([]string{in}); err != nil || len(arts) != 2 {
		t.Fatalf("inside link: %v, %d articles", err, len(arts))
	}
	if err := os.Symlink(filepath.Join(root, "secret", "s.txt"), filepath.Join(in, "c.en.txt")); err != nil {
		t.Fatal(err)
	}
	_, _, err := Discover([]string{in})
	var ie *InputError
	if !errors.As(err, &ie) || ie.File != filepath.Join(in, "c.en.txt") || !strings.Contains(ie.Msg, "leads out") {
		t.Fatalf("err = %v", err)
	}
}

func TestCheckName(t *testing.T) {
	for _, ok := range []string{"a", "2026-11-26-kospi", "김정은-방러", "a..b"} {
		if why := checkName(ok); why != "" {
			t.Errorf("%q refused: %s", ok, why)
		}
	}
	for _, bad := range []string{"", " ", ".", "..", "../x", `a\b`, "a/b", ".hidden", "a\x00b", "a\nb"} {
		if checkName(bad) == "" {
			t.Errorf("%q accepted", bad)
		}
	}
}

// FuzzReadManifest: any manifest is read or refused with an *InputError
// (never a panic), and what is read stays inside the manifest's folder
// with names that are single file names.
func FuzzReadManifest(f *testing.F) {
	for _, s := range []string{
		"name,en,ko,encoding\nsix,a.en.txt,a.ko.txt,cp949\n",
		"en,ko\n\"a.en.txt,a.ko.txt\n",
		"name,en\n../../x,a.en.txt\n",
		"en\n../secret.txt\n",
		"\ufeffEN , KO\na.en.txt , \n",
		"en,ko\na.en.txt\n\"",
	} {
		f.Add(s)
	}
	root := f.TempDir()
	writeFiles(f, root, map[string]string{"in/a.en.txt": "A", "in/a.ko.txt": "가", "secret.txt": "s"})
	dir := filepath.Join(root, "in")
	f.Fuzz(func(t *testing.T, text string) {
		p := filepath.Join(t.TempDir(), "m.csv")
		// The manifest goes beside the articles so that its paths resolve.
		p = filepath.Join(dir, "fuzz-"+filepath.Base(filepath.Dir(p))+".csv")
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		defer os.Remove(p)
		ins, err := ReadManifest(p)
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) || ie.File != p {
				t.Fatalf("err = %#v, want an *InputError naming %s", err, p)
			}
			return
		}
		for _, in := range ins {
			if why := checkName(in.Name); why != "" {
				t.Fatalf("name %q accepted: %s", in.Name, why)
			}
			for _, q := range []string{in.Edition, in.Original} {
				if q == "" {
					continue
				}
				rel, err := filepath.Rel(dir, q)
				if err != nil || strings.HasPrefix(rel, "..") {
					t.Fatalf("path %s outside %s", q, dir)
				}
			}
		}
	})
}
