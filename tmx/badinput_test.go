package tmx

import (
	"errors"
	"io"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func tmxDoc(seg string) string {
	return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"ko\"/>\n<body><tu><tuv xml:lang=\"ko\"><seg>" + seg + "</seg></tuv><tuv xml:lang=\"en\"><seg>Unification</seg></tuv></tu></body></tmx>\n"
}

// decodeNamed reads every unit of src.
func decodeNamed(src, name string) ([]*TU, error) {
	d := NewDecoder(strings.NewReader(src))
	d.File = name
	var tus []*TU
	for {
		tu, err := d.Next()
		if err == io.EOF {
			return tus, nil
		}
		if err != nil {
			return tus, err
		}
		tus = append(tus, tu)
	}
}

// Bytes that are not text are a *SyntaxError at their line and column
// (columns count characters).
func TestBadText(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"utf8.tmx", tmxDoc("\xff통일"), "tmx: utf8.tmx:3:35: invalid UTF-8"},
		{"nul.tmx", tmxDoc("통\x00일"), "tmx: nul.tmx:3:36: illegal character code U+0000"},
		{"ctl.tmx", tmxDoc("통\x1b일"), "tmx: ctl.tmx:3:36: illegal character code U+001B"},
		{"c1.tmx", tmxDoc("통\u0085일"), "tmx: c1.tmx:3:36: control character U+0085"},
		{"c1-line.tmx", tmxDoc("통\n일\u0093"), "tmx: c1-line.tmx:4:2: control character U+0093"},
		{"del.tmx", tmxDoc("a\x7f"), "tmx: del.tmx:3:36: control character U+007F"},
		{"truncated.tmx", tmxDoc("통일")[:118], "tmx: truncated.tmx:3:36: unexpected end of file"},
		{"latin1.tmx", tmxDoc("\xc5land"), "tmx: latin1.tmx:3:35: invalid UTF-8"},
		{"long.tmx", tmxDoc(strings.Repeat("a", 1<<20+1)), "tmx: long.tmx:3:35: text of 1048577 bytes; the longest allowed is 1048576 (1 MiB)"},
	}
	for _, tt := range tests {
		_, err := decodeNamed(tt.src, tt.name)
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%s: got %v, want a *SyntaxError", tt.name, err)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, err, tt.want)
		}
	}
}

// Segment text is read in Unicode NFC.
func TestNFC(t *testing.T) {
	nfd := norm.NFD.String("통일부 장관")
	tus, err := decodeNamed(tmxDoc(nfd), "nfd.tmx")
	if err != nil || len(tus) != 1 {
		t.Fatalf("%d units, %v", len(tus), err)
	}
	if got := tus[0].Variants[0].Seg.Text(); got != "통일부 장관" || !norm.NFC.IsNormalString(got) {
		t.Errorf("text %q, want NFC %q", got, "통일부 장관")
	}
}
