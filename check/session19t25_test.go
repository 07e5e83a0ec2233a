package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Session 19 (helper T25): house25's and house26's kinds, with entries of
// our own.
const session19T25Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
jon-bardell,person,ko,존 바델,preferred,,,,,,,,,,,
jon-bardell,person,ko,바델,admitted,,,,,,,,,,,
jon-bardell,person,en,Jon Bardell,preferred,,Bardell,,,,,,,,,
jon-bardell,person,en,Bardell,admitted,,,,,,,,,,,
kofi-marsa,person,ko,마르사,preferred,,,,,,,,,,,
kofi-marsa,person,en,Kofi Marsa,preferred,,Marsa,,,,,,,,,
ian-tobbe,person,ko,토베,preferred,,,,,,,,,,,
ian-tobbe,person,en,Ian Tobbe,preferred,,Tobbe,,,,,,,,,
ede-vance,person,ko,반스,preferred,,,,,,,,,,,
ede-vance,person,en,Ede Vance,preferred,,Vance,,,,,,,,,
data-sovereignty,term,ko,데이터 주권,preferred,,,,,,,,,,,
data-sovereignty,term,en,data sovereignty,preferred,,,,,,,,,,,
circular-economy,term,ko,순환 경제,preferred,,,,,,,,,,,
circular-economy,term,en,circular economy,preferred,,,,,,,,,,,
`

func t25FirstMentions(t *testing.T, text string, lang language.Tag) string {
	t.Helper()
	c := caseChecker(t, "session19t25.csv", session19T25Glossary)
	var s []string
	for _, f := range c.TextOn("a.txt", text, lang, time.Time{}) {
		if f.Rule == RuleFirstMention {
			s = append(s, f.Term+" "+f.Found)
		}
	}
	return strings.Join(s, "; ")
}

// TestAttributiveFirstForm: a person's listed form that is not the full
// name, used as an adjective before an attributive noun or a ministry with
// no particle between (바이든 행정부, 바이든 법무부는; house26's wmt24pp 41), is
// no first mention; attributiveFirst.
func TestAttributiveFirstForm(t *testing.T) {
	for _, tc := range []struct {
		text string
		lang language.Tag
		want string
	}{
		{"관리들은 바델 행정부의 최근 개선안을 호평했다.", language.Korean, ""},
		{"감시 단체들은 바델 법무부는 기업들을 봐주었다고 비판했다.", language.Korean, ""},
		{"Officials praised the Bardell administration's plan.", language.English, ""},
		// The full name later is the first mention.
		{"관리들은 바델 행정부를 호평했다. 존 바델 대통령이 말했다.", language.Korean, ""},
		// A mention: the form alone, with a particle before the noun (바델은
		// 정부를), or a ministry before a title (the person's post).
		{"관리들은 바델을 호평했다.", language.Korean, "jon-bardell 바델"},
		{"관리들은 바델은 정부를 떠났다고 말했다.", language.Korean, "jon-bardell 바델"},
		{"바델 법무부 장관이 말했다.", language.Korean, "jon-bardell 바델"},
		{"Officials praised Bardell. Jon Bardell spoke.", language.English, "jon-bardell Bardell"},
	} {
		if got := t25FirstMentions(t, tc.text, tc.lang); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestBesideListedPerson: a listed short form right before another listed
// person's form, both persons in the Korean, is two names with a comma
// missing, not one longer name (house26's kpc-dev 747, "prompted by Mbeki
// Mugabe and Tsvangirai"); besideListedPerson.
func TestBesideListedPerson(t *testing.T) {
	for _, tc := range []struct{ src, tgt, want string }{
		{"토베와 반스는 마르사의 제안으로 악수를 했다.", "Only after being prompted by Marsa Tobbe and Vance shook hands.", ""},
		// A capitalized word that is no listed person's, or a person the
		// Korean does not name: another name, as before.
		{"토베와 반스는 마르사의 제안으로 악수를 했다.", "Only after being prompted by Marsa Keller Tobbe and Vance shook hands.", "kofi-marsa warning"},
		{"반스는 마르사의 제안으로 악수를 했다.", "Only after being prompted by Marsa Tobbe, Vance shook hands.", "kofi-marsa error"},
	} {
		if got := pairMissing(t, "session19t25.csv", session19T25Glossary, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q: target-term-missing %q, want %q", tc.tgt, got, tc.want)
		}
	}
}

// TestSentenceStartNearMiss: a lower-case form of several words written
// at a sentence's start, its first word capitalized, is read as the form
// for near misses (check11y's "Net neutrallity"), and an l doubled inside
// a stem is no British spelling (neutrallity; travelled is one);
// sentenceCapital, mayAnchorFolded, strayL.
func TestSentenceStartNearMiss(t *testing.T) {
	c := caseChecker(t, "session19t25.csv", session19T25Glossary)
	for _, tc := range []struct{ text, want string }{
		{"Data soverreignty was debated.", "data-sovereignty Data soverreignty"},
		{"It was new. Data soveriegnty was debated.", "data-sovereignty Data soveriegnty"}, // two letters swapped
		{"It was new. Data soverignty was debated.", "data-sovereignty Data soverignty"},
		{"Circulr economy was the aim.", "circular-economy Circulr economy"},
		{"They said data soverreignty was debated.", "data-sovereignty data soverreignty"},
		// Inside a sentence, a capitalized form is a name of its own.
		{"They met at Data Soverignty Hall.", ""},
		{"Data sovereignty was debated.", ""},
	} {
		var s []string
		for _, f := range c.TextOn("a.txt", tc.text, language.English, time.Time{}) {
			if f.Rule == RuleNearMiss {
				s = append(s, f.Term+" "+f.Found)
			}
		}
		if got := strings.Join(s, "; "); got != tc.want {
			t.Errorf("%q: near-miss %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"neutrallity", "neutrality", true},
		{"travelled", "traveled", false},
		{"travellers", "travelers", false},
		{"counsellor", "counselor", false},
		{"fulfill", "fulfil", false},
		{"enrollment", "enrolment", false},
		{"cancellation", "cancelation", false},
		{"colour", "color", false},
	} {
		if got := strayL(tc.a, tc.b); got != tc.want {
			t.Errorf("strayL(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestSurnameAfterName: a two-syllable Korean form of a person, with no
// title, is the person when the English keeps the listed surname after
// another given name (check11z's "Mike Romney" for 롬니); surnameAfterName. With a title
// after the Korean form (반스 후보) it was reported before.
func TestSurnameAfterName(t *testing.T) {
	for _, tc := range []struct{ src, tgt, want string }{
		{"반스는 유세를 벌였다.", "Mike Vance campaigned.", "ede-vance error"},
		{"반스 후보는 유세를 벌였다.", "Mike Vance campaigned.", "ede-vance error"},
		{"반스는 유세를 벌였다.", "Ede Vance campaigned.", ""},
		// An article, a title or an attributive noun: no given name.
		{"반스 행정부는 회의적이었다.", "The Vance administration was sceptical.", ""},
		{"반스는 회의적이었다.", "The Vance team was sceptical.", ""},
		{"반스는 유세를 벌였다.", "Mr Vance campaigned.", ""},
	} {
		if got := pairMissing(t, "session19t25.csv", session19T25Glossary, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q for %q: target-term-missing %q, want %q", tc.tgt, tc.src, got, tc.want)
		}
	}
}
