package check

import "testing"

// Two listed persons of one surname, neither with a short form.
const surnameBearerGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
john-f-kennedy,person,ko,존 F. 케네디,preferred,,,,,,,,,,,
john-f-kennedy,person,en,John F. Kennedy,preferred,,,,,,,,,,,
john-f-kennedy,person,en,JFK,admitted,,,,,,,,,,,
caroline-kennedy,person,ko,캐럴라인 케네디,preferred,,,,,,,,,,,
caroline-kennedy,person,en,Caroline Kennedy,preferred,,,,,,,,,,,
`

// TestSoleBearerSurname: a surname two listed persons share, alone in the
// English, names the one the Korean names when it names no other bearer;
// with both named in the Korean, or another given name joined to it, the
// person stays missing. The first case fails without soleBearerSurname.
func TestSoleBearerSurname(t *testing.T) {
	c := caseChecker(t, "surnamebearer.csv", surnameBearerGlossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"45년 전 오늘, 존 F. 케네디 대통령이 댈러스에서 암살되었습니다.", "Kennedy was assassinated in Dallas:", ""},
		{"존 F. 케네디 대통령과 캐럴라인 케네디가 함께 왔다.", "Kennedy came with his daughter.", "john-f-kennedy; caroline-kennedy"},
		{"존 F. 케네디 대통령이 연설했다.", "Caroline Kennedy spoke.", "john-f-kennedy"},
		{"존 F. 케네디 대통령이 연설했다.", "Robert Kennedy spoke.", "john-f-kennedy"},
	} {
		if got := pairTerms(c, tc.src, tc.tgt, RuleTargetMissing); got != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}
