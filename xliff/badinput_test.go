package xliff

import (
	"errors"
	"io"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func xliff21(src string) string {
	return "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"ko\" trgLang=\"en\">\n<file id=\"f\"><unit id=\"u\"><segment><source>" + src + "</source><target>Unification</target></segment></unit></file></xliff>\n"
}

func xliff12(src string) string {
	return "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file original=\"a\" source-language=\"ko\" target-language=\"en\" datatype=\"plaintext\"><body>\n<trans-unit id=\"u\"><source>" + src + "</source><target>Unification</target></trans-unit></body></file></xliff>\n"
}

func decodeNamed(src, name string) ([]*Unit, error) {
	d := NewDecoder(strings.NewReader(src))
	d.File = name
	var us []*Unit
	for {
		u, err := d.Next()
		if err == io.EOF {
			return us, nil
		}
		if err != nil {
			return us, err
		}
		us = append(us, u)
	}
}

// Bytes that are not text are a *SyntaxError at their line and column, in
// both versions.
func TestBadText(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"utf8.xlf", xliff21("\xff통일"), "xliff: utf8.xlf:3:44: invalid UTF-8"},
		{"nul.xlf", xliff21("통\x00일"), "xliff: nul.xlf:3:45: illegal character code U+0000"},
		{"ctl.xlf", xliff21("통\x1b일"), "xliff: ctl.xlf:3:45: illegal character code U+001B"},
		{"c1.xlf", xliff21("통\u0085일"), "xliff: c1.xlf:3:45: control character U+0085"},
		{"truncated.xlf", xliff21("통일")[:150], "xliff: truncated.xlf:3:"},
		{"utf8-12.xlf", xliff12("\xc5land"), "xliff: utf8-12.xlf:3:28: invalid UTF-8"},
		{"nul-12.xlf", xliff12("a\x00"), "xliff: nul-12.xlf:3:29: illegal character code U+0000"},
		{"c1-12.xlf", xliff12("a\u0093"), "xliff: c1-12.xlf:3:29: control character U+0093"},
		{"long.xlf", xliff21(strings.Repeat("가", 1<<19)), "xliff: long.xlf:3:44: text of 1572864 bytes; the longest allowed is 1048576 (1 MiB)"},
	}
	for _, tt := range tests {
		_, err := decodeNamed(tt.src, tt.name)
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%s: got %v, want a *SyntaxError", tt.name, err)
			continue
		}
		if !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, err, tt.want)
		}
	}
}

// Source and target text are read in Unicode NFC.
func TestNFC(t *testing.T) {
	nfd := norm.NFD.String("통일부 장관")
	for _, src := range []string{xliff21(nfd), xliff12(nfd)} {
		us, err := decodeNamed(src, "nfd.xlf")
		if err != nil || len(us) != 1 {
			t.Fatalf("%d units, %v", len(us), err)
		}
		if us[0].Source != "통일부 장관" {
			t.Errorf("source %q, want NFC %q", us[0].Source, "통일부 장관")
		}
	}
}
