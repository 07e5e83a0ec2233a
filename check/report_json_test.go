package check

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestWriteJSONStreamed compares the streamed JSON report with encoding
// the whole report at once, the way it was written before.
func TestWriteJSONStreamed(t *testing.T) {
	f := Finding{File: "a.txt", Line: 2, Column: 3, EndLine: 2, EndColumn: 9, Rule: RuleDeprecated, Severity: Error,
		Message: `"<Seoul> & co" is deprecated`, Found: "Seoul\u2028", Expected: "x\ty", Term: "e1"}
	g := f
	g.Severity, g.Side, g.Unit, g.Message = Warning, "target", "u7", "naïve — 한국어"
	h := Finding{File: `C:\dir\a "b".txt`, Line: -1, Column: 1 << 40, Rule: "r\x00", Severity: Severity(7),
		Message: "bell\a form\f back\b nl\n cr\r del\x7f bad\xff\xfe u2029\u2029 emoji\U0001F600 <b>&amp;</b>",
		Found:   "\\", Expected: "\"", Term: "\x1f", Side: "\u00e9", Unit: "\t"}
	for _, fs := range [][]Finding{nil, {}, {f}, {f, g, f}, {h, f, h}} {
		var got bytes.Buffer
		if err := writeJSON(&got, fs, Summarize(3, fs)); err != nil {
			t.Fatal(err)
		}
		want := fs
		if want == nil {
			want = []Finding{}
		}
		var exp bytes.Buffer
		enc := json.NewEncoder(&exp)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(struct {
			Findings []Finding `json:"findings"`
			Summary  Summary   `json:"summary"`
		}{want, Summarize(3, fs)}); err != nil {
			t.Fatal(err)
		}
		if got.String() != exp.String() {
			t.Errorf("%d findings:\ngot\n%s\nwant\n%s", len(fs), got.String(), exp.String())
		}
	}
}

// TestAppendJSONString compares appendJSONString with encoding/json (HTML
// not escaped) on every byte alone, chosen strings and random strings
// of ASCII, control bytes, invalid UTF-8 and other characters.
func TestAppendJSONString(t *testing.T) {
	want := func(s string) string {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		return strings.TrimSuffix(b.String(), "\n")
	}
	ss := []string{"", "plain", `"q" \ <b>&</b>`, "\u2028\u2029", "한국어 30분", "bad\xff\xfe\xc3", "\xed\xa0\x80", "\U0001F600\x7f"}
	for c := range 256 {
		ss = append(ss, string([]byte{byte(c)}), "a"+string([]byte{byte(c)})+"b")
	}
	r := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", " ", "\"", "\\", "\n", "\t", "\x00", "\x1f", "\x7f", "\xff", "\xe2\x80", "é", "\u2028", "한", "\U0001F600", "<", "&"}
	for range 5000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		ss = append(ss, b.String())
	}
	// Long plain runs with one odd piece at every alignment (the eight
	// bytes read at a time).
	for range 5000 {
		var b strings.Builder
		b.WriteString(strings.Repeat("plain text ", 3)[:r.IntN(30)])
		b.WriteString(pieces[r.IntN(len(pieces))])
		b.WriteString(strings.Repeat("more words ", r.IntN(4)))
		ss = append(ss, b.String())
	}
	for _, s := range ss {
		if got, w := string(appendJSONString([]byte("x"), s)), "x"+want(s); got != w {
			t.Errorf("%q: %s, want %s", s, got, w)
		}
	}
}
