package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Tests of nearmiss_doubled.go (session 27, helper T106, issue #11): a
// given name's cluster double written once before the listed surname, and
// a long surname's doubled letter with one more edit. People of our own,
// modelled on house130's Valtteri Bottas and house138's Pervez Musharraf
// (check15z-missed, check16h-missed).
const doubledNearGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
jarkko-lindqvist,person,en,Jarkko Lindqvist,preferred,,Lindqvist,,,,,,,,,
jarkko-lindqvist,person,ko,야르코 린드크비스트,preferred,,,,,,,,,,,
philip-marsh,person,en,Phillip Marsh,preferred,,Marsh,,,,,,,,,
philip-marsh,person,ko,필립 마시,preferred,,,,,,,,,,,
tarik-bashurran,person,en,Tarik Bashurran,preferred,,Bashurran,,,,,,,,,
tarik-bashurran,person,ko,타리크 바슈란,preferred,,,,,,,,,,,
omar-busallem,person,en,Omar Busallem,preferred,,Busallem,,,,,,,,,
omar-busallem,person,ko,오마르 부살렘,preferred,,,,,,,,,,,
hans-petroff,person,en,Hans Petroff,preferred,,Petroff,,,,,,,,,
hans-petroff,person,ko,한스 페트로프,preferred,,,,,,,,,,,
ali-kaddami,person,en,Ali Kaddami,preferred,,Kaddami,,,,,,,,,
ali-kaddami,person,ko,알리 카다미,preferred,,,,,,,,,,,
`

func TestDoubledNearMiss(t *testing.T) {
	c := caseChecker(t, "doublednear.csv", doubledNearGlossary)
	for _, tc := range []struct{ text, want string }{
		// (a) a given name's doubled consonant after a consonant written once
		{"The story named Jarko Lindqvist as the winner.", "near-miss Jarko Lindqvist"},
		{"Jarkko Lindqvist won.", ""},
		// a doubled consonant after a vowel: a spelling of its own (Philip)
		{"Philip Marsh spoke.", ""},
		// another given name: another person (otherPerson)
		{"Jorma Lindqvist spoke.", ""},
		// (b) a long surname's doubled letter written once and a vowel changed
		{"He met Tarik Basharan in May.", "near-miss Tarik Basharan"},
		{"He met Tarik Bashuren in May.", "near-miss Tarik Bashuren"},
		// a letter doubled and another changed
		{"He met Omar Bussallim in May.", "near-miss Omar Bussallim"},
		// another given name with the surname respelt: nothing
		{"He met Tariq Basharan in May.", ""},
		// a vowel added beside a vowel (a digraph) with the double written once
		{"He met Omar Bousalem in May.", ""},
		// the second edit at the word's end: an ending of its own
		{"He met Hans Petrov in May.", ""},
		// an h after a consonant with the double written once
		{"He met Ali Khadami in May.", ""},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.English) {
			got = append(got, f.Rule+" "+f.Found)
		}
		if s := strings.Join(got, "; "); s != tc.want {
			t.Errorf("%q: findings %q, want %q", tc.text, s, tc.want)
		}
	}
}

func TestDoubledPlusOne(t *testing.T) {
	for _, tc := range []struct {
		cw, w string
		want  bool
	}{
		{"Musharef", "Musharraf", true},
		{"Mushareff", "Musharaf", true},     // a letter doubled and a vowel changed
		{"Musharaf", "Musharraf", false},    // one edit: a near miss already
		{"Moualem", "Muallem", false},       // ou for u: a digraph
		{"Gaddafi", "Gadhafi", false},       // dh for d: a digraph
		{"Ivanov", "Ivanoff", false},        // the last letter
		{"Poyet", "Poyette", false},         // the last letter
		{"Macomber", "McComber", false},     // Mc for Mac
		{"Nusharef", "Musharraf", false},    // the first letter
		{"Shareef", "Sharif", false},        // a doubled vowel; six letters
		{"Betancourt", "Bettencourt", true}, // another family's spelling, but two edits with the given name kept
	} {
		if got := doubledPlusOne(tc.cw, tc.w); got != tc.want {
			t.Errorf("doubledPlusOne(%q, %q) = %v, want %v", tc.cw, tc.w, got, tc.want)
		}
	}
}

func TestGivenClusterDouble(t *testing.T) {
	for _, tc := range []struct {
		cw, w string
		want  bool
	}{
		{"Valteri", "Valtteri", true},
		{"Jarko", "Jarkko", true},
		{"Valltteri", "Valtteri", false}, // ll after a vowel
		{"Philip", "Phillip", false},
		{"Mathew", "Matthew", false},
		{"Hilary", "Hillary", false},
		{"Dennis", "Denis", false},
		{"Emanuel", "Emmanuel", false},
		{"Mohamed", "Mohammed", false},
	} {
		if got := givenClusterDouble(tc.cw, tc.w); got != tc.want {
			t.Errorf("givenClusterDouble(%q, %q) = %v, want %v", tc.cw, tc.w, got, tc.want)
		}
	}
}
