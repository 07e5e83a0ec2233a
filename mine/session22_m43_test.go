package mine_test

import "testing"

// TestM43SameSkeleton: two Hangul spellings of one name that write the
// same consonants (블래시 포드 and 블레이시 포드) both keep the English,
// though the one in more units claims it (session 22, helper M43); from
// scratch, from the cache and with Run alike. Fails without sameSkeleton.
func TestM43SameSkeleton(t *testing.T) {
	pairs := [][2]string{
		{"크리스틴 블레이시 포드 교수가 증언했다.", "Professor Christine Blasey Ford testified."},
		{"크리스틴 블레이시 포드 교수는 눈물을 흘렸다.", "Christine Blasey Ford wept."},
		{"크리스틴 블레이시 포드 교수의 변호인이 말했다.", "A lawyer for Christine Blasey Ford said so."},
		{"크리스틴 블래시 포드 교수가 청문회에 나왔다.", "Christine Blasey Ford came to the hearing."},
		{"크리스틴 블래시 포드 교수는 말했다.", "Christine Blasey Ford said."},
	}
	full := coldCachedRun(t, pairs)
	for _, ko := range []string{"크리스틴 블레이시 포드", "크리스틴 블래시 포드"} {
		if c := find(full, ko); c == nil || c.Renderings[0].Text != "Christine Blasey Ford" {
			t.Errorf("%s: %+v, want ~ Christine Blasey Ford", ko, c)
		}
	}
}
