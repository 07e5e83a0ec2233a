package check

import "testing"

// A person the list spells two ways and forbids a third, with short forms,
// as house73 gives the Syrian minister.
const forbiddenRespeltGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
walid-moallem,person,ko,왈리드 알무알렘,preferred,,무알렘,,,,,,,,,
walid-moallem,person,ko,왈리드 무알렘,admitted,,,,,,,,,,,
walid-moallem,person,en,Walid al-Moallem,preferred,,al-Moallem,,,,,,,,,
walid-moallem,person,en,Walid Moallem,admitted,,,,,,,,,,,
walid-moallem,person,en,Walid al-Mouallem,deprecated,,,,,,,,,,,
ben-bernanke,person,ko,벤 버냉키,preferred,,,,,,,,,,,
ben-bernanke,person,en,Ben Bernanke,preferred,,Bernanke,,,,,,,,,
ben-bernanke,person,en,Ben Bernanky,deprecated,,,,,,,,,,,
`

// TestForbiddenRespelt: the English giving the listed given name and a
// respelling of the forbidden form's surname (al-Moualem for al-Mouallem)
// is a near miss with the preferred form, no missing person; another
// surname is no near miss (what target-term-missing says of it is other
// rules'), the listed forms give nothing; a name of one spelling misspelt
// near its forbidden misspelling stays a target-term-missing error. The
// first case fails without forbiddenRespelt.
func TestForbiddenRespelt(t *testing.T) {
	c := caseChecker(t, "forbiddenrespelt.csv", forbiddenRespeltGlossary)
	for _, tc := range []struct{ tgt, missing, near string }{
		{"Foreign Minister Walid al-Moualem called on refugees to come home.", "", "walid-moallem"},
		{"Foreign Minister Walid al-Masri called on refugees to come home.", "-", ""},
		{"Foreign Minister Walid al-Moallem called on refugees to come home.", "", ""},
		{"Foreign Minister Walid Moallem called on refugees to come home.", "", ""},
	} {
		src := "왈리드 알무알렘 외무장관은 난민들에게 돌아오라고 촉구했다."
		if got := pairTerms(c, src, tc.tgt, RuleTargetMissing); tc.missing != "-" && got != tc.missing {
			t.Errorf("%q: target-term-missing %q, want %q", tc.tgt, got, tc.missing)
		}
		if got := pairTerms(c, src, tc.tgt, RuleNearMiss); got != tc.near {
			t.Errorf("%q: near-miss %q, want %q", tc.tgt, got, tc.near)
		}
	}
	src, tgt := "벤 버냉키 의장이 말했다.", "Chairman Ben Bernanki said so."
	if got := pairTerms(c, src, tgt, RuleTargetMissing); got != "ben-bernanke" {
		t.Errorf("%q: target-term-missing %q, want ben-bernanke", tgt, got)
	}
	if got := pairTerms(c, src, tgt, RuleNearMiss); got != "" {
		t.Errorf("%q: near-miss %q, want none", tgt, got)
	}
}
