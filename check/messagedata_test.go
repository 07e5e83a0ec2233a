package check

import (
	"strconv"
	"testing"

	"golang.org/x/text/language"
)

// TestNumberMessageData: a number-mismatch finding keeps no data map;
// MessageData builds the one its message needs, and Localize and the
// English text say it as the map did.
func TestNumberMessageData(t *testing.T) {
	c := testChecker(t)
	fs := c.Pair("p.tsv", Pair{Source: "경찰은 1153명을 조사했다.", Target: "Police questioned 1,553 people at 7 p.m.",
		SourceLang: language.Korean, TargetLang: language.English, SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, Exact: true})
	want := map[string]string{
		"1153":  `source number "1153" (1153) is not in the target`,
		"1,553": `target number "1,553" (1553) is not in the source`,
	}
	n := 0
	for i := range fs {
		f := &fs[i]
		if f.Rule != RuleNumberMismatch {
			continue
		}
		n++
		if f.Data != nil {
			t.Errorf("%s: Data = %v, want nil (built by MessageData)", f.Found, f.Data)
		}
		d := f.MessageData()
		if d["Found"] != f.Found || d["Side"] != f.Side || d["Value"] == "" {
			t.Errorf("%s: MessageData = %v", f.Found, d)
		}
		if got := English(f.MessageID, d); got != want[f.Found] {
			t.Errorf("%s: English = %q, want %q", f.Found, got, want[f.Found])
		}
		if got := TextLine(*f); got != "p.tsv:1:"+strconv.Itoa(f.Column)+": warning: "+want[f.Found]+" [number-mismatch]" {
			t.Errorf("%s: TextLine = %q", f.Found, got)
		}
	}
	if n != 2 {
		t.Fatalf("number findings: %d, want 2 (%s)", n, brief(fs))
	}
	Localize(fs, nil)
	for _, f := range fs {
		if f.Rule == RuleNumberMismatch && f.Message != want[f.Found] {
			t.Errorf("%s: Localize = %q, want %q", f.Found, f.Message, want[f.Found])
		}
	}
	// Other findings keep their map: MessageData is Data.
	other := Finding{Rule: RuleDeprecated, Data: map[string]any{"Found": "x"}}
	if d := other.MessageData(); d["Found"] != "x" {
		t.Errorf("deprecated-term: MessageData = %v", d)
	}
}
