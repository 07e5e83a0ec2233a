package check

import (
	"testing"

	"golang.org/x/text/language"
)

// impliedGlossary: our own entries, shaped as house59's Zhou Zhenglong and
// house23's Zhu Julong.
const impliedGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
zz,person,ko,저우정룽,preferred,,,,,,,,,,,
zz,person,en,Zhou Zhenglong,preferred,,Zhou,,,,,,,,,
zj,person,ko,주주롱,preferred,,,,,,,,,,,
zj,person,en,Zhu Julong,preferred,,Zhu,,,,,,,,,
`

// TestImpliedPerson: a person the story's English named a few segments
// before and then carried by pronouns, left implied in a pair whose
// English names nobody (person_implied.go; kpc-test 769). Our own
// sentences.
func TestImpliedPerson(t *testing.T) {
	c := newTestChecker(t, impliedGlossary)
	named := []string{"It started with a farmer.", "The story began when Zhou, a farmer, heard of a prize."}
	pron := []string{"Last year, he emerged from the woods with photos.", "Officials embraced his claim and gave him a prize."}
	cat := func(ss ...[]string) []string {
		var out []string
		for _, s := range ss {
			out = append(out, s...)
		}
		return out
	}
	src := "그러나 저우정룽의 행복은 오래가지 않았다."
	for _, tc := range []struct {
		name         string
		targetBefore []string
		src, tgt     string
		missing      bool
	}{
		{"named, then pronouns, then implied", cat(named, pron), src, "The glow didn't last.", false},
		{"pronouns only before the name", cat(pron, named, []string{"Officials were pleased."}), src, "The glow didn't last.", true},
		{"named, then no pronoun", cat(named, []string{"Officials were pleased.", "A prize was given."}), src, "The glow didn't last.", true},
		{"another listed person named since", cat(named, pron, []string{"The bureau quoted deputy director Zhu Julong as saying so."}), src, "The glow didn't last.", true},
		{"the pair names someone", cat(named, pron), src, "The glow didn't last for Wang.", true},
		{"named out of the window", cat(named, pron, []string{"A.", "B.", "C.", "D.", "He smiled."}), src, "The glow didn't last.", true},
		{"never named", cat([]string{"It started with a farmer."}, pron), src, "The glow didn't last.", true},
		{"a number on one side only", cat(named, pron), "그러나 저우정룽의 행복은 3개월 만에 끝났다.", "The glow didn't last.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English,
				SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, TargetBefore: tc.targetBefore})
			got := false
			for _, f := range fs {
				got = got || f.Rule == RuleTargetMissing
			}
			if got != tc.missing {
				t.Errorf("Pair(%q, %q): target-term-missing %v, want %v (%s)", tc.src, tc.tgt, got, tc.missing, brief(fs))
			}
		})
	}
}

// TestNamesNobody: capitalized words but a sentence's first.
func TestNamesNobody(t *testing.T) {
	for text, want := range map[string]bool{
		"The glow didn't last.":            true,
		"The glow faded. Then it was over": true,
		"I said the glow didn't last.":     true,
		"The glow didn't last for Wang.":   false,
		"In Shaanxi, the glow faded.":      false,
	} {
		if got := namesNobody(text); got != want {
			t.Errorf("namesNobody(%q) = %v, want %v", text, got, want)
		}
	}
}
