package check

import "testing"

// Session 20 (helper T36): a listed term's noun inside its 하다 verb.
const session20T36Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
boycott,term,ko,보이콧,preferred,,,,,,,,,,,
boycott,term,en,boycott,preferred,,,,,,,,,,,
search,term,ko,압수 수색,preferred,,,,,,,,,,,
search,term,en,search,preferred,,,,,,,,,,,
weapons,term,ko,무기,preferred,,,,,,,,,,,
weapons,term,en,weapons,preferred,,,,,,,,,,,
captain,term,ko,주장,preferred,,,,,,,,,,선수|팀,
captain,term,en,captain,preferred,,,,,,,,,,,
`

// TestHadaVerbMissing: a listed term in its 하다 or 되다 verb is the term in
// the source (check12i-missed's 보이콧했다 rendered as "won"), so the
// English must render it; the English verb (boycotted) does. A noun that
// only ends in a verb's syllable (무기한, indefinite) and a homograph with
// a context of its own in its verb (주장했다, claimed) are not the term.
func TestHadaVerbMissing(t *testing.T) {
	c := caseChecker(t, "session20t36.csv", session20T36Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"야당은 선거를 보이콧했다.", "The opposition won the election.", "boycott"},
		{"야당은 선거를 보이콧했다.", "The opposition boycotted the election.", ""},
		{"야당은 선거를 보이콧하기로 했다.", "The opposition will boycott the vote.", ""},
		{"검찰은 사무실을 압수 수색했다.", "Prosecutors raided the office.", "search"},
		{"검찰은 사무실을 압수 수색했다.", "Prosecutors searched the office.", ""},
		{"회의가 무기한 연기됐다.", "The meeting was postponed indefinitely.", ""},
		{"선수들은 심판이 틀렸다고 주장했다.", "The players said the referee was wrong.", ""},
	} {
		if got := pairTerms(c, tc.src, tc.tgt, RuleTargetMissing); got != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}
