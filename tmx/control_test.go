package tmx

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// c1 reports whether s has DEL or a C1 control, which XML allows and the
// reader refuses.
func c1(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r == 0x7F || r >= 0x80 && r <= 0x9F })
}

// TestEncodeRefusesC1: DEL and the C1 controls in a segment, raw or as a
// character reference, are refused by the encoder (its reader would refuse
// the file), naming the character; the encoder stays usable.
func TestEncodeRefusesC1(t *testing.T) {
	for _, tc := range []struct {
		seg  Seg
		want string
	}{
		{PlainSeg("a\u0085b"), "tmx: tu \"1\": ko segment: control character U+0085 is not text"},
		{Seg{XML: "a&#x93;quoted&#x94;"}, "tmx: tu \"1\": ko segment: control character U+0093 is not text"},
		{Seg{XML: "<hi>del\x7f</hi>"}, "tmx: tu \"1\": ko segment: control character U+007F is not text"},
	} {
		var b bytes.Buffer
		e, err := NewEncoder(&b, &Header{SrcLang: "ko"})
		if err != nil {
			t.Fatal(err)
		}
		tu := &TU{TUID: "1", Variants: []TUV{{Lang: "ko", Seg: tc.seg}, {Lang: "en", Seg: PlainSeg("x")}}}
		if err := e.Encode(tu); err == nil || err.Error() != tc.want {
			t.Errorf("Encode(%q) = %v, want %s", tc.seg.XML, err, tc.want)
		}
		if err := e.Encode(&TU{TUID: "2", Variants: []TUV{{Lang: "ko", Seg: PlainSeg("가")}}}); err != nil {
			t.Errorf("after a refused unit: %v", err)
		}
	}
}

// FuzzEncodeText asserts that the writer and the reader agree on plain
// text: a unit the encoder takes reads back with the text PlainSeg wrote
// (NFC), and one it refuses has DEL or a C1 control.
func FuzzEncodeText(f *testing.F) {
	for _, s := range []string{"한국은행", "a\u0085b", "\u0093q\u0094", "del\x7f", "bell\x07", "non\uFFFE", "bad \xff", "tab\tcr\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var b bytes.Buffer
		e, err := NewEncoder(&b, &Header{SrcLang: "ko"})
		if err != nil {
			t.Fatal(err)
		}
		seg := PlainSeg(text)
		err = e.Encode(&TU{TUID: "1", Variants: []TUV{{Lang: "ko", Seg: seg}}})
		if bad := c1(text); bad != (err != nil) {
			t.Fatalf("Encode(%q) = %v; DEL or C1 in it: %v", text, err, bad)
		}
		if err := e.Encode(&TU{TUID: "2", Variants: []TUV{{Lang: "ko", Seg: PlainSeg("가")}}}); err != nil {
			t.Fatal(err)
		}
		if err := e.Close(); err != nil {
			t.Fatal(err)
		}
		d := NewDecoder(&b)
		var got []*TU
		for {
			tu, err := d.Next()
			if err != nil {
				if err.Error() != "EOF" {
					t.Fatalf("the reader refuses what the writer wrote: %v", err)
				}
				break
			}
			got = append(got, tu)
		}
		want := 2
		if c1(text) {
			want = 1
		}
		if len(got) != want {
			t.Fatalf("%d units read back, want %d", len(got), want)
		}
		if want == 2 {
			if g, w := got[0].Variants[0].Seg.Text(), norm.NFC.String(seg.Text()); g != w {
				t.Fatalf("read back %q, want %q", g, w)
			}
		}
	})
}
