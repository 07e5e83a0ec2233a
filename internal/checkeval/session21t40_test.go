package checkeval

import (
	"strings"
	"testing"

	"bitext/check"
)

// Two identical findings on one line judged apart (session 21, helper T40:
// wmt24pp 78's two "Kiev"): "78#1" and "78#2" judge the first and the
// second in the order the gate reports them; a verdict without an
// occurrence still judges every finding of its key; an occurrence judged
// real and no longer reported is missed.
func TestVerdictOccurrence(t *testing.T) {
	vs, err := ReadVerdicts(strings.NewReader("# set line rule side term found verdict note\n"+
		"a\t78#1\tdeprecated-term\ttarget\tkyiv\tKiev\treal\tthe city\n"+
		"a\t78#2\tdeprecated-term\ttarget\tkyiv\tKiev\tfalse\tan institute's own name\n"+
		"a\t5\tnumber-mismatch\tsource\t\t7\treal\twritten twice, one verdict\n"+
		"a\t9#2\tdeprecated-term\ttarget\tkyiv\tKiev\treal\tno longer found twice\n"), "verdicts.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if vs[1].Line != 78 || vs[1].Occurrence != 2 || vs[2].Occurrence != 0 {
		t.Fatalf("read %+v", vs)
	}
	f := func(unit, rule, side, term, found string) check.Finding {
		return check.Finding{File: "a", Unit: unit, Rule: rule, Side: side, Term: term, Found: found}
	}
	got := []check.Finding{
		f("78", check.RuleDeprecated, check.SideTarget, "kyiv", "Kiev"),
		f("78", check.RuleDeprecated, check.SideTarget, "kyiv", "Kiev"),
		f("5", check.RuleNumberMismatch, check.SideSource, "", "7"),
		f("5", check.RuleNumberMismatch, check.SideSource, "", "7"),
		f("9", check.RuleDeprecated, check.SideTarget, "kyiv", "Kiev"),
	}
	res := EvaluateJudged([]JudgedSet{{Part: "dev", Name: "a"}}, map[string]int{"dev": 100}, got, vs)
	var all JudgedScore
	for _, s := range res.Scores {
		if s.Rule == "all" {
			all = s
		}
	}
	if all.Findings != 5 || all.Real != 3 || all.False != 1 || all.Unjudged != 1 || all.Missed != 1 {
		t.Errorf("all = %+v", all)
	}
	if len(res.FalseHits) != 1 || res.FalseHits[0].Unit != "78" {
		t.Errorf("false hits %+v", res.FalseHits)
	}
	if len(res.Missed) != 1 || res.Missed[0].Line != 9 || res.Missed[0].Occurrence != 2 {
		t.Errorf("missed %+v", res.Missed)
	}
	for _, bad := range []string{"a\t78#0\tnumber-mismatch\tsource\t\t7\treal\n", "a\t78#x\tnumber-mismatch\tsource\t\t7\treal\n",
		"a\t78#1\tnumber-mismatch\tsource\t\t7\treal\na\t78#1\tnumber-mismatch\tsource\t\t7\tfalse\n"} {
		if _, err := ReadVerdicts(strings.NewReader(bad), "verdicts.tsv"); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
