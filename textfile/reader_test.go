package textfile

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// readAll reads name's data through NewReader, one byte a read when slow.
func readAll(data []byte, enc string, l Limits, slow bool) (string, Detection, error) {
	var src io.Reader = strings.NewReader(string(data))
	if slow {
		src = iotest.OneByteReader(src)
	}
	r := NewReader("f.txt", src, enc, AnyLang, l)
	out, err := io.ReadAll(r)
	return string(out), r.Detection(), err
}

// TestReaderMatchesDecode: streamed (the prefix made small) or read
// whole, NewReader gives Decode's text, or its error at the same place.
func TestReaderMatchesDecode(t *testing.T) {
	defer func(n int) { prefixSize = n }(prefixSize)
	long := strings.Repeat("서울 증시는 5일 올랐다. Seoul stocks rose. ", 40)
	cases := []struct {
		name string
		data string
		enc  string
		l    Limits
	}{
		{"ascii", "Kim left.\nHe came back.\n", Auto, Limits{}},
		{"korean nfd", "\u1112\u1161\u11ab\u1100\u116e\u11a8 " + long, Auto, Limits{}},
		{"bom", "\ufeff" + long + "\n" + long, Auto, Limits{}},
		{"invalid late", long + "\nLee \xffcame.\n", UTF8, Limits{}},
		{"cut character at the end", long + "\xea\xb0", UTF8, Limits{}},
		{"nul", long + "\n\nabc\x00def", Auto, Limits{}},
		{"control", long + "\nabc\u0085def", Auto, Limits{}},
		{"form feed allowed", long + "\f" + long, Auto, Limits{FormFeed: true}},
		{"form feed refused", long + "\f" + long, Auto, Limits{}},
		{"long line", "short\n" + long + "\nshort", Auto, Limits{MaxLine: 500}},
		{"long last line", "short\n" + long, Auto, Limits{MaxLine: 500}},
	}
	for _, c := range cases {
		want, wdet, werr := Decode("f.txt", []byte(c.data), c.enc, AnyLang, c.l)
		for _, size := range []int{PrefixSize, 7, 64} {
			prefixSize = size
			for _, slow := range []bool{false, true} {
				got, det, err := readAll([]byte(c.data), c.enc, c.l, slow)
				var we, ge *Error
				switch {
				case werr == nil && err == nil:
					if got != want {
						t.Errorf("%s (prefix %d, slow %v): text differs from Decode's", c.name, size, slow)
					}
					if det.Encoding != wdet.Encoding {
						t.Errorf("%s (prefix %d): encoding %s, Decode %s", c.name, size, det.Encoding, wdet.Encoding)
					}
				case errors.As(werr, &we) && errors.As(err, &ge):
					if ge.Line != we.Line || ge.Col != we.Col || ge.Offset != we.Offset {
						t.Errorf("%s (prefix %d, slow %v): error at %d:%d (%d), Decode at %d:%d (%d): %v / %v",
							c.name, size, slow, ge.Line, ge.Col, ge.Offset, we.Line, we.Col, we.Offset, ge, we)
					}
				default:
					t.Errorf("%s (prefix %d, slow %v): error %v, Decode's %v", c.name, size, slow, err, werr)
				}
			}
		}
	}
}

// TestReaderPassesTextBeforeFault: a streamed file gives the text before
// its first fault, then the fault.
func TestReaderPassesTextBeforeFault(t *testing.T) {
	defer func(n int) { prefixSize = n }(prefixSize)
	prefixSize = 16
	data := "Kim left for Busan.\nLee \xffcame.\n"
	got, _, err := readAll([]byte(data), Auto, Limits{}, true)
	var e *Error
	if !errors.As(err, &e) || e.Pos() != "f.txt:2:5" || e.Offset != 24 {
		t.Fatalf("error %v", err)
	}
	if !strings.HasPrefix(got, "Kim left for Busan.\n") {
		t.Errorf("text before the fault: %q", got)
	}
}

// TestReaderLegacy: a stream that is not UTF-8 in its prefix is read
// whole and detected as Decode does.
func TestReaderLegacy(t *testing.T) {
	defer func(n int) { prefixSize = n }(prefixSize)
	prefixSize = 8
	data := []byte("The \xc5land Islands voted. Caf\xe9 owners were pleased. " + strings.Repeat("More text follows here. ", 20))
	got, det, err := readAll(data, Auto, Limits{}, false)
	if err != nil || det.Encoding != Windows1252 || !strings.HasPrefix(got, "The Åland Islands") {
		t.Fatalf("%q %+v %v", got[:20], det, err)
	}
}

// FuzzReader: NewReader with a small prefix gives what Decode gives for
// a declared UTF-8 file: the same text, or an error at the same place.
func FuzzReader(f *testing.F) {
	for _, s := range []string{"Kim left.\n", "a\x00b", "\ufeffabc\n", "\xea\xb0", "한글\u0085", "\u1112\u1161\u11ab abc"} {
		f.Add([]byte(s), uint8(4))
	}
	f.Fuzz(func(t *testing.T, data []byte, size uint8) {
		defer func(n int) { prefixSize = n }(prefixSize)
		prefixSize = int(size%32) + 1
		l := Limits{MaxLine: 40}
		want, _, werr := Decode("f.txt", data, UTF8, AnyLang, l)
		got, _, err := readAll(data, UTF8, l, size%2 == 0)
		var we, ge *Error
		switch {
		case werr == nil && err == nil:
			if got != want {
				t.Fatalf("text %q, Decode %q", got, want)
			}
		case errors.As(werr, &we) && errors.As(err, &ge):
			if ge.Line != we.Line || ge.Col != we.Col || ge.Offset != we.Offset {
				t.Fatalf("error %v (offset %d), Decode %v (offset %d)", ge, ge.Offset, we, we.Offset)
			}
		default:
			t.Fatalf("error %v, Decode %v", err, werr)
		}
	})
}

// TestStableNFC: every character stableRune passes is in NFC and never
// combines with the one before it, so that appendNFC may copy them;
// characters just outside its ranges are not passed; appendNFC gives
// what norm gives.
func TestStableNFC(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if !stableRune(r) {
			continue
		}
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if !norm.NFC.IsNormalString(s) || !p.BoundaryBefore() {
			t.Errorf("U+%04X passed but not a stable NFC starter", r)
		}
	}
	for _, r := range []rune{0x300, 0x2000, 0x2001, 0x302A, 0x1100, 0x11A8, 0xF900, 0xFFFD} {
		if stableRune(r) {
			t.Errorf("U+%04X passed", r)
		}
	}
	for _, text := range []string{"서울 “증시” 2.1% — 上昇… ㎞", "e\u0301 cafe\u0301!", "\u1112\u1161\u11ab\u1100\u116e\u11a8 한국", "\u0301x", "a\u0323\u0302b\u0301\u0301", "\u2000\u2126 Ω"} {
		if got, want := string(appendNFC(nil, []byte(text))), norm.NFC.String(text); got != want {
			t.Errorf("appendNFC(%+q) = %+q, want %+q", text, got, want)
		}
	}
}

// FuzzAppendNFC: appendNFC gives norm's NFC for any UTF-8 text.
func FuzzAppendNFC(f *testing.F) {
	for _, s := range []string{"e\u0301", "\u1100\u1161\u11a8", "한국 ㎞ Ω", "a\u0323\u0302"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got, want := string(appendNFC(nil, []byte(s))), norm.NFC.String(s); got != want {
			t.Fatalf("appendNFC(%+q) = %+q, want %+q", s, got, want)
		}
	})
}
