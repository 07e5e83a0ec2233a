package check

import "testing"

// Session 18 (the lead, wiring helper T20's glossary.HasAnyWord and the
// target's words of a plural's head): what the fresh house20 and house21
// showed, on our own sentences.
const session18LeadGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
bogey,term,ko,보기,preferred,,,golf only,,,,,,,홀|버디|파|퍼트,
bogey,term,en,bogey,preferred,,,,,,,,,,,
us-troops,term,ko,미군,preferred,,,,,,,,,,,
us-troops,term,en,U.S. troops,preferred,,,,,,,,,,,
us-troops,term,en,American troops,admitted,,,,,,,,,,,
`

func leadMissing(t *testing.T, src, tgt string) string {
	t.Helper()
	return pairMissing(t, "session18lead.csv", session18LeadGlossary, src, tgt)
}

// TestContextWordWhole: an entry's context word counts only as a word of
// the line, not inside another word (house20: 파 "par" inside 페파, Peppa,
// made 보기 "to watch" the golf term bogey); a real golf line still needs it.
func TestContextWordWhole(t *testing.T) {
	for _, tc := range []struct{ src, tgt, want string }{
		{"페파 피그를 보기 위해 아이들이 모였다.", "Children gathered to watch Peppa Pig.", ""},
		{"그는 파 퍼트를 놓쳐 보기를 범했다.", "He missed the putt for par and dropped a shot.", "bogey error"},
		{"그는 파 퍼트를 놓쳐 보기를 범했다.", "He missed the putt for par and made a bogey.", ""},
	} {
		if got := leadMissing(t, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q / %q: missing %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}

// TestPluralWithPeriods: a listed plural whose head holds periods covers
// its singular, as one without periods does (house21: "U.S. troops" for
// "The U.S. troop", where "American troops" covered "The American troop").
func TestPluralWithPeriods(t *testing.T) {
	for _, tgt := range []string{"A U.S. troop convoy was hit.", "An American troop convoy was hit."} {
		if got := leadMissing(t, "미군 수송대가 공격받았다.", tgt); got != "" {
			t.Errorf("%q: missing %q, want none", tgt, got)
		}
	}
	if got := leadMissing(t, "미군 수송대가 공격받았다.", "A convoy was hit."); got != "us-troops error" {
		t.Errorf("no rendering: missing %q, want us-troops error", got)
	}
}
