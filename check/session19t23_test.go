package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Session 19 (helper T23): near misses of lower-case terms, of long place
// names and of a given name with a letter dropped (session19t23.go).
func TestSession19NearMisses(t *testing.T) {
	const csv = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
circular-economy,term,en,circular economy,preferred,,,,,,,,,,,
transmission-line,term,en,transmission lines,preferred,,,,,,,,,,,
transmission-line,term,en,transmission line,admitted,,,,,,,,,,,
emergency-arbitration,term,en,emergency arbitration,preferred,,,,,,,,,,,
public-servant,term,en,public servants,preferred,,,,,,,,,,,
seatac,place,en,Seattle-Tacoma International Airport,preferred,,,,,,,,,,,
dmz,place,en,Demilitarized Zone,preferred,,,,,,,,,,,
wesbanco-arena,place,en,WesBanco Arena,preferred,,,,,,,,,,,
crescenzio-sepe,person,en,Crescenzio Sepe,preferred,,Sepe,,,,,,,,,
phillip-lee,person,en,Phillip Laurent,preferred,,Laurent,,,,,,,,,
jake-sullivan,person,en,Jake Sullivan,preferred,,Sullivan,,,,,,,,,
christopher-wray,person,en,Christopher Wray,preferred,,Wray,,,,,,,,,
`
	c := caseChecker(t, "t23.csv", csv)
	for _, tc := range []struct{ text, want string }{
		// Lower-case terms: one word of six letters or more one edit away.
		{"Some ministers, the circular econmy and the transmision lines were named.", "near-miss circular econmy; near-miss transmision lines"},
		{"The emergency arbitation failed.", "near-miss emergency arbitation"},
		{"The transmission line failed.", ""},      // a listed form
		{"The transmission liner failed.", ""},     // another ending
		{"The circular economic plan failed.", ""}, // another word
		{"The circular economy failed.", ""},
		{"Two public servers spoke.", ""}, // last letter changed
		{"The emergency arbitrations failed.", ""},
		// Places of several words, one word of six letters or more changed.
		{"Perry Cooper wrote to Seattle-Tacoma Internatonal Airport.", "near-miss Seattle-Tacoma Internatonal Airport"},
		{"They crossed the Demilitarised Zone.", ""}, // British spelling
		{"They played at Wesbanco Arena.", ""},       // letter case
		{"They played at WesBanco Arana.", ""},       // a word of five letters
		// A given name with a letter dropped inside it.
		{"Cresenzio Sepe arrived.", "near-miss Cresenzio Sepe"},
		{"Phillip Laurent and Philip Laurent spoke.", ""}, // a doubled letter undoubled
		{"Christophe Wray spoke.", ""},                    // the last letter
		{"Jane Sullivan spoke.", ""},
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

func TestGivenMisspelled(t *testing.T) {
	for _, tc := range []struct {
		cw, w string
		want  bool
	}{
		{"Cresenzio", "Crescenzio", true},
		{"Crescenzzio", "Crescenzio", false}, // doubled
		{"Philip", "Phillip", false},
		{"Christophe", "Christopher", false},
		{"Hristopher", "Christopher", false},
		{"Jane", "Jake", false},
		{"Michale", "Michael", false}, // no letter dropped
		{"Katharna", "Katharina", true},
	} {
		if got := givenMisspelled(tc.cw, tc.w); got != tc.want {
			t.Errorf("givenMisspelled(%q, %q) = %v, want %v", tc.cw, tc.w, got, tc.want)
		}
	}
}

// Session 19 (helper T23): a Korean article that names a person first in a
// spelling the list lacks, then by a listed one-word form, makes no first
// mention by that form (namedBeforeKorean).
func TestNamedBeforeKorean(t *testing.T) {
	const csv = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
walid-muallem,person,ko,왈리드 알-무알렘,preferred,,,,,,,,,,,
walid-muallem,person,ko,무알렘,admitted,,,,,,,,,,,
walid-muallem,person,en,Walid al-Muallem,preferred,,Muallem,,,,,,,,,
ri-yong-ho-2,person,ko,리영호,preferred,,,,,,,,,,,
ri-yong-ho-2,person,ko,이용호,admitted,,,,,,,,,,,
ri-yong-ho-2,person,en,Ri Yong Ho,preferred,,Ri,,,,,,,,,
sutopo,person,ko,수토포 푸루우 누그로호,preferred,,,,,,,,,,,
sutopo,person,ko,누그로호,admitted,,,,,,,,,,,
sutopo,person,en,Sutopo Purwo Nugroho,preferred,,Nugroho,,,,,,,,,
`
	c := caseChecker(t, "t23k.csv", csv)
	for _, tc := range []struct{ text, want string }{
		{"왈리드 알무알렘 외무장관이 말했다.\n무알렘은 떠났다.", ""},
		{"왈리드 알 무알렘 외무장관이 말했다.\n무알렘은 떠났다.", ""},
		{"외무장관이 말했다.\n무알렘은 떠났다.", "first-mention 무알렘"},
		{"외무상 리용호는 말했다.\n이용호는 떠났다.", ""},
		{"외무상 니용호는 말했다.\n이용호는 떠났다.", ""},
		{"외무상 김용호는 말했다.\n이용호는 떠났다.", "first-mention 이용호"},
		{"대변인 수토포 푸어오 누그로호가 말했다.", ""},
		{"대변인 누그로호가 말했다.", "first-mention 누그로호"},
		{"대변인 아구스 푸어오 누그로호가 말했다.", "first-mention 누그로호"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.Korean) {
			got = append(got, f.Rule+" "+f.Found)
		}
		if s := strings.Join(got, "; "); s != tc.want {
			t.Errorf("%q: findings %q, want %q", tc.text, s, tc.want)
		}
	}
}

// Session 19 (helper T23): a country that a body's Korean form holds, named
// in the English as a place, is no short name of the body
// (withoutFormPlaces): kpc-test 1392's dropped airline.
func TestCountryNoShortBodyName(t *testing.T) {
	const csv = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
china-southern,organization,ko,중국 남방항공,preferred,,,,,,,,,,,
china-southern,organization,en,China Southern Airlines,preferred,,,,,,,,,,,
china-southern,organization,en,China Southern,admitted,,,,,,,,,,,
`
	c := caseChecker(t, "t23b.csv", csv)
	for _, tc := range []struct{ src, tgt, want string }{
		{"중국 남방항공 여객기가 광저우 공항을 이륙했다.", "The flight took off from Guangzhou, in southern China, on Monday.", "china-southern"},
		{"중국 남방항공 여객기가 광저우 공항을 이륙했다.", "The China Southern flight took off from Guangzhou on Monday.", ""},
		{"중국 남방항공 여객기가 광저우 공항을 이륙했다.", "A plane of China's southern carrier took off from Guangzhou.", ""}, // a possessive stays
	} {
		if s := pairTerms(c, tc.src, tc.tgt, RuleTargetMissing); s != tc.want {
			t.Errorf("%q: missing %q, want %q", tc.tgt, s, tc.want)
		}
	}
}

// Session 19 (helper T23): an ambiguous one-word Korean form of a person
// followed by 에서 is a place or a thing (placeParticleAfter).
func TestPlaceParticleAfter(t *testing.T) {
	const csv = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
rick-perry-2,person,ko,페리,preferred,,,,,,,,,,에너지|장관|텍사스|주지사|릭,
rick-perry-2,person,en,Rick Perry,preferred,,Perry,,,,,,,,,
`
	c := caseChecker(t, "t23p.csv", csv)
	for _, tc := range []struct{ src, tgt, want string }{
		{"하벡 경제부 장관이 페리에서 내렸다.", "Habeck, the economy minister, got off a ferry.", ""},
		{"페리 장관이 배에서 내렸다.", "The minister got off a ship.", "rick-perry-2"},
		{"페리 장관이 말했다.", "Rick Perry spoke.", ""},
	} {
		if s := pairTerms(c, tc.src, tc.tgt, RuleTargetMissing); s != tc.want {
			t.Errorf("%q: missing %q, want %q", tc.src, s, tc.want)
		}
	}
}

// pairTerms gives the entries of the findings of rule on a Korean–English
// pair, joined by "; ".
func pairTerms(c *Checker, src, tgt, rule string) string {
	var got []string
	for _, f := range c.Pair("p.tsv", Pair{Source: src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English}) {
		if f.Rule == rule {
			got = append(got, f.Term)
		}
	}
	return strings.Join(got, "; ")
}
