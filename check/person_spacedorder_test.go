package check

import (
	"strings"
	"testing"

	"bitext/glossary"
)

// Tests of person_spacedorder.go.

// spacedOrderGlossary lists Kim Jong Un as house180 does (no short form,
// the hyphenated form forbidden) and Ri Yong Ho, no other Kim.
const spacedOrderGlossary = `id,type,lang,term,status,case,short,note
kim-jong-un,person,ko,김정은,preferred,,,
kim-jong-un,person,ko,김정은 국무위원장,admitted,,,
kim-jong-un,person,en,Kim Jong Un,preferred,,,
kim-jong-un,person,en,Kim Jong-un,deprecated,,,
ri-yong-ho,person,ko,리용호,preferred,,,
ri-yong-ho,person,en,Ri Yong Ho,preferred,,,
`

// TestSpacedKoreanOrder: the surname of a Korean name the list writes in
// three words without a hyphen stands for the person where a finding says
// it is absent (g180-ntrex-even 102), not where the Korean names another of
// that surname, nor inside another name, nor in lower case; the strict
// rules still read the forbidden form.
func TestSpacedKoreanOrder(t *testing.T) {
	shared := spacedOrderGlossary + `kim-yo-jong,person,ko,김여정,preferred,,,
kim-yo-jong,person,en,Kim Yo Jong,preferred,,,
`
	for _, tc := range []struct {
		name, csv, src, tgt string
		found               bool // a target-term-missing finding wanted
	}{
		{"surname alone (g180-ntrex-even 102)", spacedOrderGlossary, "북한의 김정은 위원장은 두 번째 회담에 관심이 있다.",
			"Kim is interested in a second meeting.", false},
		{"surname alone, Ri", spacedOrderGlossary, "리용호는 제재를 비판했다.", "Ri criticized the sanctions.", false},
		{"surname alone, another Kim listed", shared, "북한의 김정은 위원장은 두 번째 회담에 관심이 있다.",
			"Kim is interested in a second meeting.", false},
		{"two Kims in the Korean, one listed", spacedOrderGlossary, "김정은 위원장과 김여정 부부장은 두 번째 회담에 관심이 있다.",
			"Kim is interested in a second meeting.", true},
		{"two Kims in the Korean, both listed", shared, "김정은 위원장과 김여정 부부장은 두 번째 회담에 관심이 있다.",
			"Kim is interested in a second meeting.", true},
		{"another 김 in the Korean", spacedOrderGlossary, "김정은 위원장과 김 대변인은 회담에 관심이 있다.",
			"Kim is interested in a second meeting.", true},
		{"inside another name", spacedOrderGlossary, "북한의 김정은 위원장은 두 번째 회담에 관심이 있다.",
			"Kim Yo Jong is interested in a second meeting.", true},
		{"another Kim named in full", spacedOrderGlossary, "북한의 김정은 위원장은 두 번째 회담에 관심이 있다.",
			"Kim Jong Nam said Kim is interested in a second meeting.", true},
		{"hyphenated other name", spacedOrderGlossary, "북한의 김정은 위원장은 두 번째 회담에 관심이 있다.",
			"Kim Yo-jong is interested in a second meeting.", true},
		{"lower case", spacedOrderGlossary, "북한의 김정은 위원장은 두 번째 회담에 관심이 있다.",
			"The kimchi is interested in a second meeting.", true},
		{"no name", spacedOrderGlossary, "북한의 김정은 위원장은 두 번째 회담에 관심이 있다.",
			"He is interested in a second meeting.", true},
		{"the given name alone", shared, "북한의 김여정 부부장은 두 번째 회담에 관심이 있다.",
			"Jong is interested in a second meeting.", true},
	} {
		c := caseChecker(t, "spacedorder.csv", tc.csv)
		got, fs := koPair(c, tc.src, tc.tgt)
		if (got != "") != tc.found {
			t.Errorf("%s: %q: target-term-missing %q, want found %v\n%s", tc.name, tc.tgt, got, tc.found, brief(fs))
		}
	}
	// The strict side: the forbidden form is still reported.
	c := caseChecker(t, "spacedorder.csv", spacedOrderGlossary)
	_, fs := koPair(c, "북한의 김정은 위원장은 두 번째 회담에 관심이 있다.", "Kim Jong-un is interested in a second meeting.")
	if got := foundOf(fs, RuleDeprecated); got != "Kim Jong-un" {
		t.Errorf("deprecated-term %q, want Kim Jong-un\n%s", got, brief(fs))
	}
}

func TestSpacedKoreanOrderForms(t *testing.T) {
	ko := func(forms ...string) []*glossary.Term {
		var out []*glossary.Term
		for _, f := range forms {
			out = append(out, &glossary.Term{Text: f, Status: glossary.Preferred})
		}
		return out
	}
	for _, tc := range []struct {
		form string
		ko   []*glossary.Term
		want bool
	}{
		{"Kim Jong Un", ko("김정은", "김정은 국무위원장"), true},
		{"Ri Yong Ho", ko("리용호"), true},
		{"Kim Jong-un", ko("김정은"), false},             // eastAsianOrder's
		{"Kim Jong Un", ko("김정은 국무위원장"), false},       // no name of one word
		{"John Fitzgerald Kennedy", ko("케네디"), false}, // a Western name
		{"Moon Jae In", ko("이명박"), false},             // another name
		{"Kim jong un", ko("김정은"), false},             // not capitalized
		{"Tim Berners Lee", ko("팀 버너스리"), false},
	} {
		if got := spacedKoreanOrder(strings.Fields(tc.form), tc.ko); got != tc.want {
			t.Errorf("spacedKoreanOrder(%q, %d forms) = %v, want %v", tc.form, len(tc.ko), got, tc.want)
		}
	}
}
