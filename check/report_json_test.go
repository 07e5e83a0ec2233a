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
	for _, fs := range [][]Finding{nil, {}, {f}, {f, g, f}} {
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
