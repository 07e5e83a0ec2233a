package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

const session21t38Glossary = `id,type,lang,term,status,case,short
woo-hong-seon,person,ko,우홍선,preferred,,
woo-hong-seon,person,en,Woo Hong-seon,preferred,,Woo
woo-hong-seon,person,en,Woo Hong-sun,admitted,,Woo
woo-hong-seon,person,en,U Hong-son,deprecated,,
woo-hong-seon,person,en,Woo Hung-son,deprecated,,
lee-su-byeong,person,ko,이수병,preferred,,
lee-su-byeong,person,en,Lee Su-byeong,preferred,,Lee
lee-su-byeong,person,en,Lee Soo-byung,admitted,,Lee
lee-su-byeong,person,en,Yi Sub-yong,deprecated,,
hong-seok-hyun,person,ko,홍석현,preferred,,
hong-seok-hyun,person,en,Hong Seok-hyun,preferred,,Hong
hong-seok-hyun,person,en,Hong Suk-hyun,admitted,,
juan-puig,person,ko,후안 푸이그,preferred,,
juan-puig,person,en,Juan Puig,preferred,,Puig
juan-puig,person,en,Huan Puig,deprecated,,
`

// TestGivenNameVariant: the allowed surname with the given name of a
// form the list forbids for its surname alone (U Hong-son) is a warning
// (session21t38.go); a given name the list lacks, or has only in a form
// whose surname is allowed (Woo Hung-son), stays an error. The first case
// fails with unlistedVariant alone in rules.go.
func TestGivenNameVariant(t *testing.T) {
	c := caseChecker(t, "session21t38.csv", session21t38Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"우홍선은 처형됐다.", "Woo Hong-son was executed.", "warning"},   // house36, kpc-dev 797
		{"우홍선은 처형됐다.", "Woo Hong-seon was executed.", ""},         // listed
		{"우홍선은 처형됐다.", "Woo Kong-son was executed.", "error"},     // a given name the list lacks
		{"이수병은 처형됐다.", "Lee Sub-young was executed.", "error"},    // the syllables split wrong (judged real)
		{"홍석현 전 대사는 귀국했다.", "Hong Seok-hyeon returned.", "error"}, // check11e's planted error
		{"후안 푸이그가 말했다.", "Joan Puig said.", "error"},              // a Western given name (house38, left)
	} {
		if got, fs := koPair(c, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q: severity %q, want %q\n%s", tc.tgt, got, tc.want, brief(fs))
		}
	}
}

const session21t38Terms = `id,type,lang,term,status,case,short
tunguska-event,term,ko,퉁구스카 대폭발,preferred,,
tunguska-event,term,en,Tunguska event,preferred,,
tunguska-event,term,en,Tunguska blast,admitted,,
plea-deal,term,en,plea deal,preferred,,
hubble-telescope,organization,en,Hubble Space Telescope,preferred,,
`

// TestProperLowerTerm: a term of a capitalized word then lower-case words
// with its short last word's inner letters swapped is a near miss
// (session21t38.go); the listed form, a word of the English word list and
// a swap at the word's end are not. The first case fails without
// properLowerTerm (or shortSwapped, or the capitalized anchor in
// nearmiss.go).
func TestProperLowerTerm(t *testing.T) {
	c := caseChecker(t, "session21t38.csv", session21t38Terms)
	for _, tc := range []struct{ text, want string }{
		{"It was the Tunguska evnet of 1908.", "Tunguska evnet"}, // check12g-missed
		{"It was the Tunguska event of 1908.", ""},
		{"It was the Tunguska blsat of 1908.", "Tunguska blsat"},
		{"It was the Tunguska evetn of 1908.", ""}, // the last letter moved: no inner swap
		{"The plea dael collapsed.", "plea dael"},  // a lower term swapped too
		{"The plea deal collapsed.", ""},
	} {
		if got := nearMissesIn(c, tc.text); got != tc.want {
			t.Errorf("%q: near misses %q, want %q", tc.text, got, tc.want)
		}
	}
}

const session21t38Places = `id,type,lang,term,status,case,short
south-korea,place,ko,우리나라,preferred,,
south-korea,place,en,South Korea,preferred,,
south-korea,place,en,our country,deprecated,,
`

// TestSentenceCapitalForm: a case-sensitive form that begins with a
// lower-case letter (a place's forbidden "our country") is matched with
// that letter capitalized at a sentence's start (glossary/match.go,
// sentenceCapital; check12j-missed), not elsewhere. The first case fails
// without it.
func TestSentenceCapitalForm(t *testing.T) {
	c := caseChecker(t, "session21t38.csv", session21t38Places)
	for _, tc := range []struct {
		text string
		want int
	}{
		{"Our country and the United States agreed.", 1},
		{"They met. Our country agreed.", 1},
		{"He said: “Our country agreed.”", 0}, // after a colon: no sentence start read
		{"“Our country agreed,” he said.", 1},
		{"They said our country agreed.", 1},
		{"They said Our country agreed.", 0}, // a capital inside a sentence
		{"Our Country agreed.", 0},
	} {
		n := 0
		for _, f := range c.TextOn("a.txt", tc.text, language.English, time.Time{}) {
			if f.Rule == RuleDeprecated {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("%q: %d deprecated-term findings, want %d", tc.text, n, tc.want)
		}
	}
}

const session21t38Courts = `id,type,lang,term,status,case,short
nanjing-court,organization,en,Nanjing No. 1 Intermediate People's Court,preferred,,
nanjing-court,organization,en,Nanjing Intermediate People's Court,admitted,,
`

// TestNumberedCourt: a court's name with "No. 1" and a possessive word is
// read by the name scan (session21t38.go): its last letter dropped, a
// letter of another word dropped, the possessive's apostrophe lost. The
// first case fails without numberAfterNo, numberWord or possessiveName.
func TestNumberedCourt(t *testing.T) {
	c := caseChecker(t, "session21t38.csv", session21t38Courts)
	for _, tc := range []struct{ text, want string }{
		{"The Nanjing No. 1 Intermediate People's Cour sentenced him.", "Nanjing No. 1 Intermediate People's Cour"}, // check12l-missed
		{"The Nanjing No. 1 Intermediat People's Court sentenced him.", "Nanjing No. 1 Intermediat People's Court"},
		{"The Nanjing Intermediate People's Cour sentenced him.", "Nanjing Intermediate People's Cour"},
		{"The Nanjing No. 1 Intermediate People's Court sentenced him.", ""},
		{"The Nanjing No. 2 Intermediate People's Court sentenced him.", ""}, // another court: a number is no misspelling
		{"The People's Daily and Nanjing's court.", ""},
	} {
		if got := nearMissesIn(c, tc.text); got != tc.want {
			t.Errorf("%q: near misses %q, want %q", tc.text, got, tc.want)
		}
	}
}
