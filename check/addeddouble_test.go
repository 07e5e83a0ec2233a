package check

import (
	"testing"
	"time"
)

const doubledSurnameGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
roger-federer,person,ko,로저 페더러,preferred,,,,,,,,,,,
roger-federer,person,en,Roger Federer,preferred,,Federer,,,,,,,,,
walid-muallem,person,ko,왈리드 알무알렘,preferred,,,,,,,,,,,
walid-muallem,person,ko,왈리드 무알렘,admitted,,,,,,,,,,,
walid-muallem,person,en,Walid al-Muallem,preferred,,Muallem,,,,,,,,,
`

// A listed surname with one letter doubled after the listed given names is
// the person misspelt (addeddouble.go, check12t-missed's Roger Fedderer),
// an error; another transliteration (vowels and a doubled letter dropped:
// Walid al-Moualem) and the listed form are not. The first case fails
// without onlyDoubled.
func TestDoubledSurname(t *testing.T) {
	c := caseChecker(t, "addeddouble.csv", doubledSurnameGlossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"로저 페더러는 결승에 올랐다.", "Roger Fedderer reached the final.", "target-term-missing::error"},
		{"로저 페더러는 결승에 올랐다.", "Roger Federer reached the final.", ""},
		{"왈리드 무알렘 장관이 말했다.", "Minister Walid al-Moualem said so.", ""},
	} {
		if got := t41Rules(t, c, tc.src, tc.tgt, time.Time{}); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.tgt, got, tc.want)
		}
	}
	for _, tc := range []struct {
		w, s string
		want bool
	}{{"Fedderer", "Federer", true}, {"Moualem", "Muallem", false}, {"Muallem", "Muallem", false}, {"Federrer", "Federer", true}, {"Bushh", "Bush", false}} {
		if got := onlyDoubled(tc.w, tc.s); got != tc.want {
			t.Errorf("onlyDoubled(%q, %q) = %v, want %v", tc.w, tc.s, got, tc.want)
		}
	}
}

const titledYGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
jalal-talabani,person,ko,자랄 탈라바니,preferred,,,,,,,,,,,
jalal-talabani,person,en,Jalal Talabani,preferred,,Talabani,,,,,,,,,
`

// A listed surname ending in i written with a y, after a title and the
// listed given name, is the person misspelt (finalYForI in titledDoubled,
// check11z-missed's President Jalal Talabany), an error; without the
// title it stays another transliteration. The first case fails without
// finalYForI.
func TestTitledFinalY(t *testing.T) {
	c := caseChecker(t, "titledy.csv", titledYGlossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"자랄 탈라바니 대통령은 회의를 요청했다.", "President Jalal Talabany called a meeting.", "target-term-missing::error"},
		{"자랄 탈라바니 대통령은 회의를 요청했다.", "President Jalal Talabani called a meeting.", ""},
		{"자랄 탈라바니는 회의를 요청했다.", "Jalal Talabany called a meeting.", ""},
	} {
		if got := t41Rules(t, c, tc.src, tc.tgt, time.Time{}); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.tgt, got, tc.want)
		}
	}
}
