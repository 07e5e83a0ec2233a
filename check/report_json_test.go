package check

import (
	"bytes"
	"encoding/json"
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
