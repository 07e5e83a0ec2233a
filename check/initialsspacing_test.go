package check

import "testing"

// TestInitialsRespaced: a person's listed initials closed up (W.S.) given
// spaced (W. S.) name the person, and the reverse; a stop dropped, another
// initial or the initials left out stay a finding. The first case fails
// without initialsRespaced.
func TestInitialsRespaced(t *testing.T) {
	const csv = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
paul-ws-anderson,person,ko,폴 W.S. 앤더슨,preferred,,,,,,,,,,,
paul-ws-anderson,person,en,Paul W.S. Anderson,preferred,,,,,,,,,,,
paul-ws-anderson,person,en,Paul W.S Anderson,deprecated,,,,,,,,,,,
george-hw-bush,person,ko,조지 H. W. 부시,preferred,,,,,,,,,,,
george-hw-bush,person,en,George H. W. Bush,preferred,,,,,,,,,,,
`
	c := caseChecker(t, "initials.csv", csv)
	for _, tc := range []struct{ src, tgt, want string }{
		{"10. 이벤트 호라이즌 (폴 W.S. 앤더슨, 1997)", `10. "Event Horizon" (Paul W. S. Anderson, 1997)`, ""},
		{"조지 H. W. 부시 전 대통령이 말했다.", "Former President George H.W. Bush said so.", ""},
		{"10. 이벤트 호라이즌 (폴 W.S. 앤더슨, 1997)", `10. "Event Horizon" (Paul W. T. Anderson, 1997)`, "paul-ws-anderson"},
		{"10. 이벤트 호라이즌 (폴 W.S. 앤더슨, 1997)", `10. "Event Horizon" (Paul Anderson, 1997)`, "paul-ws-anderson"},
	} {
		if got := pairTerms(c, tc.src, tc.tgt, RuleTargetMissing); got != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
	for _, tc := range [][2]string{{"Paul W.S. Anderson", "Paul W. S. Anderson"}, {"George H. W. Bush", "George H.W. Bush"}, {"J.K. Rowling", "J. K. Rowling"}, {"John F. Kennedy", "John F. Kennedy"}, {"U.S. Army", "U. S. Army"}} {
		if got := respaceInitials(tc[0]); got != tc[1] {
			t.Errorf("respaceInitials(%q) = %q, want %q", tc[0], got, tc[1])
		}
	}
}
