package textfile

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/unicode/norm"
)

func cp949(t testing.TB, s string) string {
	t.Helper()
	b, err := korean.EUCKR.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func win1252(t testing.TB, s string) string {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCheck(t *testing.T) {
	tests := []struct {
		data string
		l    Limits
		want string // "" = clean; else "LINE:COL: message"
	}{
		{"plain text\n한국어\n", Limits{}, ""},
		{"\ufeffbom", Limits{}, ""},
		{"tab\tcr\r\nlf\n", Limits{}, ""},
		{"a\nb\x00c", Limits{}, "2:2: NUL character (U+0000)"},
		{"한국\x07", Limits{}, "1:3: control character U+0007"},
		{"page\fbreak", Limits{}, "1:5: control character U+000C"},
		{"page\fbreak", Limits{FormFeed: true}, ""},
		{"x\u0085y", Limits{}, "1:2: control character U+0085"},
		{"del\x7f", Limits{}, "1:4: control character U+007F"},
		{"통일\n부\xff", Limits{}, "2:2: byte 0xFF is not UTF-8"},
		{"\xc5land", Limits{}, "1:1: byte 0xC5 is not UTF-8"},
		{"short\n" + strings.Repeat("x", 11) + "\nok", Limits{MaxLine: 10}, "2:1: line longer than 10 bytes"},
		{"short\n" + strings.Repeat("x", 11), Limits{MaxLine: 10}, "2:1: line longer than 10 bytes"},
		{strings.Repeat("x", 10) + "\n", Limits{MaxLine: 10}, ""},
	}
	for _, tt := range tests {
		e := Check("f.txt", []byte(tt.data), tt.l)
		got := ""
		if e != nil {
			got = strings.TrimPrefix(e.Error(), "textfile: f.txt:")
		}
		if got != tt.want {
			t.Errorf("Check(%q) = %q, want %q", tt.data, got, tt.want)
		}
	}
}

func TestDecode(t *testing.T) {
	ko := "북한 외무성은 3일 담화를 내고 \u201c미국의 제재는 실패했다\u201d고 주장했다.\n김정은 국무위원장의 지시를 전했다."
	en := "The talks in \u00c5land were \u201cconstructive,\u201d said Jos\u00e9 M\u00fcller \u2014 the envoy."
	nfd := norm.NFD.String("서울=연합뉴스 김철수 기자")
	tests := []struct {
		name, data, enc string
		lang            Lang
		want, used      string
		err             string // part of the error
	}{
		{"utf8", ko, Auto, Korean, ko, UTF8, ""},
		{"bom", "\ufeff" + ko, Auto, Korean, ko, UTF8, ""},
		{"cp949 auto", cp949(t, ko), Auto, Korean, ko, CP949, ""},
		{"cp949 auto, no hint", cp949(t, ko), Auto, AnyLang, ko, CP949, ""},
		{"cp949 auto in an English slot", cp949(t, ko), Auto, English, ko, CP949, ""},
		{"1252 English", win1252(t, en), Auto, English, en, Windows1252, ""},
		{"1252 English, no hint", win1252(t, en), Auto, AnyLang, en, Windows1252, ""},
		{"1252 doubled quotes", win1252(t, "a \u201d\u201ddomestic\u2019\u2019 b"), Auto, English, "a \u201d\u201ddomestic\u2019\u2019 b", Windows1252, ""},
		{"Åland as Latin-1", "\xc5land is an archipelago.", Auto, English, "Åland is an archipelago.", Windows1252, ""},
		{"Åland in a Korean slot", "\xc5land is an archipelago.", Auto, Korean, "Åland is an archipelago.", Windows1252, ""},
		{"declared cp949", cp949(t, "똠방각하"), "cp949", Korean, "똠방각하", CP949, ""},
		{"declared euc-kr bad", "ok\n\xff\xff", "euc-kr", Korean, "", "", "f.txt:2:1: bytes 0xFF 0xFF: not CP949/EUC-KR, the declared encoding"},
		{"declared utf-8 bad", "a\nb\n\xff", "utf8", Korean, "", "", "f.txt:3:1: byte 0xFF is not UTF-8 (declared utf-8)"},
		{"declared latin1", "caf\xe9", "latin1", English, "café", Windows1252, ""},
		{"declared 1252 undefined", "a\x81", "windows-1252", English, "", "", "f.txt:1:2: byte 0x81 is undefined"},
		{"damaged UTF-8", ko + "\xff" + ko, Auto, Korean, "", "", "byte 0xFF is not UTF-8 ("},
		{"neither", "\xc5\x41\xc5\x41\xc5\x41\x81", Auto, English, "", "", "neither CP949"},
		{"NUL in UTF-8", "line\nab\x00", Auto, English, "", "", "f.txt:2:3: NUL character"},
		{"NUL in CP949", cp949(t, "한국어") + "\x00", Auto, Korean, "", "", "f.txt:1:4: NUL character"},
		{"C1 in 1252", "caf\xe9 \x85", Auto, English, "café …", Windows1252, ""},
		{"NFD to NFC", nfd, Auto, Korean, norm.NFC.String(nfd), UTF8, ""},
		{"UTF-16LE", "\xff\xfeA\x00 \x00\x5c\xd5", Auto, Korean, "A 한", UTF16, ""},
		{"UTF-16BE", "\xfe\xff\x00A\x00\n\xd5\x5c", Auto, Korean, "A\n한", UTF16, ""},
		{"not UTF-16", "\xff\xfe\x00 not korean", Auto, Korean, "", "", "f.txt:1:1: starts with a UTF-16 byte order mark"},
		{"unknown", "x", "koi8", Korean, "", "", "unknown encoding"},
	}
	for _, tt := range tests {
		got, det, err := Decode("f.txt", []byte(tt.data), tt.enc, tt.lang, Limits{FormFeed: true})
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: error %v, want %q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want || det.Encoding != tt.used {
			t.Errorf("%s: Decode = %q, %+v, %v; want %q, %s", tt.name, got, det, err, tt.want, tt.used)
		}
		if !det.Declared && det.Evidence == "" {
			t.Errorf("%s: no evidence", tt.name)
		}
	}
}

// The error for a file that fits no reading names the position and both
// readings considered.
func TestDecodeEvidence(t *testing.T) {
	_, _, err := Decode("a.en.txt", []byte("Hello\nw\xc5\x41\xc5\x41\x81"), Auto, English, Limits{})
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v, want *Error", err)
	}
	if e.Line != 2 || e.Col != 2 {
		t.Errorf("position %d:%d, want 2:2", e.Line, e.Col)
	}
	for _, want := range []string{"CP949", "windows-1252", "0x81 at 2:6"} {
		if !strings.Contains(e.Msg, want) {
			t.Errorf("message %q lacks %q", e.Msg, want)
		}
	}
	_, det, err := Decode("a.en.txt", []byte("\xc5land"), Auto, English, Limits{})
	if err != nil || !strings.Contains(det.Evidence, "1 of 1 runs of non-ASCII bytes are single bytes or punctuation") {
		t.Errorf("evidence %q, %v", det.Evidence, err)
	}
}

func TestPosition(t *testing.T) {
	data := []byte("ab\n한\xffc")
	for _, tt := range []struct{ off, line, col int }{{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {6, 2, 2}, {7, 2, 3}, {99, 2, 4}} {
		if l, c := Position(data, tt.off); l != tt.line || c != tt.col {
			t.Errorf("Position(%d) = %d:%d, want %d:%d", tt.off, l, c, tt.line, tt.col)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("plain"), uint8(0))
	f.Add([]byte("\xc5land"), uint8(2))
	f.Add([]byte("\xb1\xe8\xc1\xa4\xc0\xba"), uint8(1))
	f.Add([]byte("\xff\xfeA\x00"), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, lang uint8) {
		s, det, err := Decode("f", data, Auto, Lang(lang%3), Limits{MaxLine: 100, FormFeed: true})
		if err != nil {
			var e *Error
			if errors.As(err, &e) && (e.Line < 1 || e.Col < 1) {
				t.Fatalf("error without a position: %v", err)
			}
			return
		}
		if det.Encoding == Auto || det.Evidence == "" {
			t.Fatalf("detection %+v", det)
		}
		if e := Check("f", []byte(s), Limits{MaxLine: 100 * 4, FormFeed: true}); e != nil {
			t.Fatalf("decoded text is not clean: %v", e)
		}
		if !norm.NFC.IsNormalString(s) {
			t.Fatalf("not NFC: %q", s)
		}
	})
}

// TestDecodeFastPath checks that Decode's one-pass path for clean UTF-8
// gives what the whole way (decode) gives, text, detection and error.
func TestDecodeFastPath(t *testing.T) {
	long := strings.Repeat("word ", 30)
	inputs := []string{
		"", "a", "plain ASCII text of some length\n", "tab\tand\r\nbreaks\n\n",
		"form\ffeed here", "\f", "nul\x00byte in the middle", "12345678\x7f", "1234567\x7f8",
		"\x01", "bell\a", "caf\u00e9 ok", "cafe\u0301 decomposed", "\u2018quoted\u2019 text.\n",
		"\u0085 next line", "서울 증시는 5일 올랐다.\n", "\xef\xbb\xbfBOM text", "\xff\xfeA\x00",
		"bad \xff byte", "\xc5land", cp949(t, "한국 증시"), win1252(t, "na\u00efve caf\u00e9"),
		long + "\n" + long, long + long, "ascii then \u00e9" + long + "\x00",
	}
	for _, in := range inputs {
		for _, l := range []Limits{{}, {FormFeed: true}, {MaxLine: 100, FormFeed: true}, {MaxLine: 8}} {
			for _, lang := range []Lang{AnyLang, Korean, English} {
				s, det, err := Decode("f", []byte(in), Auto, lang, l)
				ws, wdet, werr := decode("f", []byte(in), Auto, lang, l)
				if s != ws || det != wdet || fmt.Sprint(err) != fmt.Sprint(werr) {
					t.Errorf("Decode(%q, %+v, %d) = %q, %+v, %v; the whole way %q, %+v, %v", in, l, lang, s, det, err, ws, wdet, werr)
				}
			}
		}
	}
}

// TestCleanUTF8 puts each byte, and some characters, at each place of a
// line longer than two words and compares cleanUTF8 with Check.
func TestCleanUTF8(t *testing.T) {
	var fills [][]byte
	for c := range 256 {
		fills = append(fills, []byte{byte(c)})
	}
	for _, s := range []string{"\u00e9", "\u0085", "\u2019", "한", "\U0001F600", "\xe2\x80", "\xed\xa0\x80"} {
		fills = append(fills, []byte(s))
	}
	for _, fill := range fills {
		for pos := 0; pos < 19; pos++ {
			data := append(append([]byte(strings.Repeat("x", pos)), fill...), strings.Repeat("y", 19-pos)...)
			for _, ff := range []bool{false, true} {
				want := len(data)
				if e := Check("f", data, Limits{FormFeed: ff}); e != nil {
					want = e.Offset
				}
				n, nfc := cleanUTF8(data, ff)
				wantNFC := !bytes.ContainsFunc(data[:want], func(r rune) bool { return r >= utf8.RuneSelf && !inert(r) })
				if n != want || nfc != wantNFC {
					t.Fatalf("cleanUTF8(%q, %v) = %d, %v, want %d, %v", data, ff, n, nfc, want, wantNFC)
				}
			}
		}
	}
}

func FuzzDecodeFastPath(f *testing.F) {
	f.Add([]byte("plain\ttext\n"), uint8(0), uint8(0))
	f.Add([]byte("cafe\u0301\f"), uint8(2), uint8(1))
	f.Add([]byte("\xb1\xe8\xc1\xa4\xc0\xba"), uint8(1), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, lang, lim uint8) {
		l := []Limits{{}, {FormFeed: true}, {MaxLine: 10, FormFeed: true}, {MaxLine: 3}}[lim%4]
		s, det, err := Decode("f", data, Auto, Lang(lang%3), l)
		ws, wdet, werr := decode("f", data, Auto, Lang(lang%3), l)
		if s != ws || det != wdet || fmt.Sprint(err) != fmt.Sprint(werr) {
			t.Fatalf("Decode = %q, %+v, %v; the whole way %q, %+v, %v", s, det, err, ws, wdet, werr)
		}
	})
}

// TestInert checks every character inert accepts against package norm:
// NFC alone, a boundary before it, and NFC after an ASCII letter and
// before a letter, an inert character and itself.
func TestInert(t *testing.T) {
	n := 0
	for r := rune(0x80); r <= 0x10FFFF; r++ {
		if !inert(r) {
			continue
		}
		n++
		s := string(r)
		if p := norm.NFC.PropertiesString(s); !p.BoundaryBefore() || p.CCC() != 0 || !norm.NFC.IsNormalString(s) {
			t.Fatalf("inert(%U) but ccc %d, boundary before %v, NFC %v", r, p.CCC(), p.BoundaryBefore(), norm.NFC.IsNormalString(s))
		}
		for _, x := range []string{"e" + s, s + "a", "\u00e9" + s + "한" + s} {
			if !norm.NFC.IsNormalString(x) {
				t.Fatalf("inert(%U) but %q is not NFC", r, x)
			}
		}
	}
	if n == 0 {
		t.Fatal("no inert character")
	}
}
