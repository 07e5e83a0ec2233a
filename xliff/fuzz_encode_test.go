package xliff

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"bitext/textfile"

	"golang.org/x/text/unicode/norm"
)

// hasControl reports whether s has a character the reader refuses however
// it is written: a C0 control other than tab, LF and CR, DEL or a C1
// control.
func hasControl(s string) bool {
	for _, r := range s {
		if textfile.IsControl(r, false) {
			return true
		}
	}
	return false
}

func firstControl(ss ...string) rune {
	for _, s := range ss {
		for _, r := range s {
			if textfile.IsControl(r, false) {
				return r
			}
		}
	}
	return -1
}

// readBack is what a string written as text in version v comes back as:
// each byte that is not UTF-8 becomes U+FFFD; in XLIFF 1.2 (no cp element)
// so do the characters XML does not allow.
func readBack(s, v string) string {
	var b strings.Builder
	for _, r := range s { // a byte that is not UTF-8 is one utf8.RuneError
		if v != Version21 && (r == 0xFFFE || r == 0xFFFF) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}

// FuzzEncode asserts that the writer and the reader agree: a unit the
// encoder accepts reads back as written, and a unit it refuses has a
// character the reader would refuse (a control character), named in the
// error, while the encoder stays usable.
func FuzzEncode(f *testing.F) {
	f.Add("통일", "Unification", "layout: paragraph 1", false)
	f.Add("a\u0085b", "x", "", false)           // C1 (NEL): an XML 1.0 Char the reader refuses
	f.Add("a", "\u0093quoted\u0094", "", true)  // C1: cp1252 quotes read as Latin-1
	f.Add("del\x7f", "", "", false)             // DEL
	f.Add("bell\x07", "", "", false)            // C0: no XML Char
	f.Add("a", "b", "note \u009c", true)        // in a note
	f.Add("non\uFFFEchar", "\uFFFF", "", false) // not XML Chars, not controls: cp in 2.1
	f.Add("bad \xff utf8", "tab\there\r\n", "", true)
	f.Fuzz(func(t *testing.T, src, tgt, note string, v12 bool) {
		v := Version21
		if v12 {
			v = Version12
		}
		var buf bytes.Buffer
		e, err := NewEncoder(&buf, Header{Version: v, SrcLang: "ko", TrgLang: "en"})
		if err != nil {
			t.Fatal(err)
		}
		u := Unit{ID: "u1", Source: src, Target: tgt, State: StateTranslated,
			Matches: []Match{{Similarity: 80, Source: src, Target: tgt, Type: "tm"}}}
		if note != "" {
			u.Notes = []Note{{Value: note}}
		}
		bad := hasControl(src) || hasControl(tgt) || hasControl(note)
		err = e.EncodeUnit(&u)
		if bad != (err != nil) {
			t.Fatalf("EncodeUnit(%q, %q, note %q) = %v; control character: %v", src, tgt, note, err, bad)
		}
		if err != nil {
			// The first one is named, in the order source, target, note.
			r := firstControl(src, tgt, note)
			if !strings.Contains(err.Error(), fmt.Sprintf("U+%04X", r)) || !strings.Contains(err.Error(), `unit "u1"`) {
				t.Fatalf("refusal does not name the unit and character %U: %v", r, err)
			}
		}
		if err := e.EncodeUnit(&Unit{ID: "u2", Source: "다음", Target: "next", State: StateTranslated}); err != nil {
			t.Fatalf("after a refused unit: %v", err)
		}
		if err := e.Close(); err != nil {
			t.Fatal(err)
		}
		doc, err := Decode(&buf)
		if err != nil {
			t.Fatalf("the reader refuses what the writer wrote: %v\n%s", err, buf.String())
		}
		units := doc.Files[0].Units
		if bad {
			if len(units) != 1 || units[0].ID != "u2" {
				t.Fatalf("refused unit written: %+v", units)
			}
			return
		}
		if len(units) != 2 {
			t.Fatalf("%d units read back, want 2", len(units))
		}
		got := units[0]
		wantSrc, wantTgt := nfc(readBack(src, v)), nfc(readBack(tgt, v))
		if got.Source != wantSrc || got.Target != wantTgt {
			t.Fatalf("read back %q / %q, want %q / %q", got.Source, got.Target, wantSrc, wantTgt)
		}
		if len(got.Matches) != 1 || got.Matches[0].Source != wantSrc || got.Matches[0].Target != wantTgt {
			t.Fatalf("match read back %+v, want %q / %q", got.Matches, wantSrc, wantTgt)
		}
		if wantNote := nfc(readBack(note, Version12)); note != "" && (len(got.Notes) != 1 || got.Notes[0].Value != wantNote) {
			t.Fatalf("notes read back %+v, want %q", got.Notes, wantNote)
		}
	})
}

func nfc(s string) string { return norm.NFC.String(s) }
