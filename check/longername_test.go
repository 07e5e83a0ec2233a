package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// longerNameGlossary: our own entries (session 11), deprecated forms that
// are word runs of other names and deprecated forms that are misspellings.
const longerNameGlossary = `id,type,lang,term,status,case,short,note,from,until
alaska,place,en,Alaska,preferred,,,,,
alaska,place,en,Alaska State,deprecated,,,,,
pa,organization,en,Press Association,preferred,,,,,
pa,organization,en,British Press Association,deprecated,,,,,
troopers,organization,en,State Police,preferred,,,,,
troopers,organization,en,State Troopers,deprecated,,,,,
jeju,place,en,Jeju Island,preferred,,,,,
jeju,place,en,Jeju,admitted,,,,,
jeju,place,en,Cheju,deprecated,,,,,
pittsburgh,place,en,Pittsburgh,preferred,,,,,
pittsburgh,place,en,Pittsburg,deprecated,,,,,
clay,person,en,Muhammad Ali,preferred,,Ali,,,
clay,person,en,Cassius Clay,deprecated,,,,,
thornycroft,person,en,Hamo Thornycroft,preferred,,,,,
thornycroft,person,en,Hamo Thorneycroft,deprecated,,,,,
survey,organization,en,Geological Survey,preferred,,,,,
ak,organization,en,Alaska Department,preferred,,,,,
`

// TestLongerName: a deprecated form that is a word run of a longer proper
// name in the English is no deprecated-term finding; a misspelling of an
// allowed form still is, inside a longer name too (longername.go).
func TestLongerName(t *testing.T) {
	g, err := glossary.Decode(strings.NewReader(longerNameGlossary), glossary.FormatCSV, "l.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	for _, tc := range []struct {
		text string
		want string // the deprecated form reported, "" for none
	}{
		{"The report was released Saturday by Alaska State Troopers.", ""},
		{"He moved to Alaska State in 1990.", "Alaska State"},
		{"He moved to Alaska State Monday.", "Alaska State"},
		{"He visited Alaska State's capital.", "Alaska State"},
		{"He spoke to the British Press Association.", "British Press Association"},
		{"He spoke to the British Press Association Trust.", ""},
		{"Police called the Alaska State Troopers.", ""},                        // the deprecated State Troopers after a capital: the match is Alaska State first
		{"Police called the North State Troopers.", ""},                         // a listed deprecated form after a capital that is no sentence start
		{"State Troopers arrived.", "State Troopers"},                           // at a sentence start
		{"The State Troopers arrived.", "State Troopers"},                       // an article
		{"President Cassius Clay spoke.", "Cassius Clay"},                       // a role noun
		{"Young Marcellus Cassius Clay fought.", "Cassius Clay"},                // a person: a capital before is more of the name
		{"He came by ship via Cheju Island.", "Cheju"},                          // a respelling of Jeju
		{"The Pittsburg Steelers won.", "Pittsburg"},                            // a respelling
		{"Sir William Hamo Thorneycroft's statue stands.", "Hamo Thorneycroft"}, // a respelling
		{"It is near Alaska State Geological Survey offices.", ""},
		{"Alaska State Decides Against New Oil Drilling Permits", "Alaska State"}, // a title-case line
		{"# Alaska State Troopers", "Alaska State"},                               // a heading
		{"The visit of Alaska State Governor Dunleavy ended.", "Alaska State"},    // a title after it

		{"He joined the Alaska Department of Fish and Game.", ""}, // no deprecated form: the listed name is longer
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.English) {
			if f.Rule == RuleDeprecated {
				got = append(got, f.Found)
			}
		}
		want := []string{}
		if tc.want != "" {
			want = []string{tc.want}
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: deprecated %q, want %q", tc.text, got, want)
		}
	}
}

// TestOtherFormAcross: a deprecated form of several words whose later
// words begin another entry's allowed form is inside that name.
func TestOtherFormAcross(t *testing.T) {
	g, err := glossary.Decode(strings.NewReader(`id,type,lang,term,status,case,short,note,from,until
old,organization,en,Foreign Office,preferred,,,,,
old,organization,en,Foreign Bureau,deprecated,,,,,
press,term,en,bureau chief,preferred,,,,,
`), glossary.FormatCSV, "o.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	for text, want := range map[string]int{
		"The Foreign Bureau said no.":                                             1,
		"He is our Foreign bureau chief.":                                         0,
		"He is our Foreign bureau chief" + strings.Repeat(" and more", 100) + ".": 0, // a long line
		"The Foreign Bureau said" + strings.Repeat(" and more", 100) + ".":        1,
	} {
		n := 0
		for _, f := range c.Text("a.txt", text, language.English) {
			if f.Rule == RuleDeprecated {
				n++
			}
		}
		if n != want {
			t.Errorf("%q: %d deprecated, want %d", text, n, want)
		}
	}
}

// Session 21 (helper T39): house39's kinds, with entries of our own.
const session21T39Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
colombia-x,place,ko,콜롬비아,preferred,,,,,,,,,,,
colombia-x,place,en,Colombia,preferred,,,,,,,,,,,
colombia-x,place,en,Colombian,admitted,,,,,,,,,,,
colombia-x,place,en,Columbia,deprecated,,,,,,,,,,,
labour-x,organization,en,Labour Party,preferred,,,,,,,,,,,
labour-x,organization,en,Labor Party,deprecated,,,,,,,,,,,
wh-x,organization,en,White House,preferred,,,,,,,,,,,
wh-x,organization,en,Whitehouse,deprecated,,,,,,,,,,,
web-x,term,en,website,preferred,,,,,,,,,,,
web-x,term,en,Web site,deprecated,,,,,,,,,,,
ge-x,place,en,Germany,preferred,,,,,,,,,,,
ge-x,place,en,German,admitted,,,,,,,,,,,
ge-x,place,en,Germans,admitted,,,,,,,,,,,
sc-x,place,en,Scotland,preferred,,,,,,,,,,,
sc-x,place,en,Scottish,admitted,,,,,,,,,,,
sk-x,place,en,South Korea,preferred,,,,,,,,,,,
sk-x,place,en,Korean,admitted,,,,,,,,,,,
rep-x,organization,en,Republican Party,preferred,,,,,,,,,,,
rep-x,organization,en,Republican,admitted,,,,,,,,,,,
rep-x,organization,en,Republicans,admitted,,,,,,,,,,,
dem-x,organization,en,Democratic Party,preferred,,,,,,,,,,,
dem-x,organization,en,Democrat,admitted,,,,,,,,,,,
dem-x,organization,en,Democratic,admitted,,,,,,,,,,,
bh-x,place,en,Bahrain,preferred,,,,,,,,,,,
bh-x,place,en,Bahrein,admitted,,,,,,,,,,,
trump-x,person,ko,도널드 트럼프,preferred,,,,,,,,,,,
trump-x,person,ko,트럼프 대통령,admitted,,,,,,,,,,,
trump-x,person,ko,트럼프,admitted,,,,,,,,,,,
trump-x,person,en,Donald Trump,preferred,,Trump,,,,,,,,,
lee-x,person,ko,이명박,preferred,,,,,,,,,,,
lee-x,person,ko,이명백,admitted,,,,,,,,,,,
`

func t39Checker(t *testing.T) *Checker {
	return caseChecker(t, "session21t39.csv", session21T39Glossary)
}

// TestQualifiedRespelling: a forbidden respelling of a place's or body's
// allowed form after the start of a longer name (a capitalized word, or
// one and "of") is that name's word (house39: British Columbia, the
// District of Columbia, the Democratic Labor Party, Tim Whitehouse); the
// form alone, after a sentence's capital, before a name's word (session
// 11's Cheju Island) or as a common noun is still reported.
func TestQualifiedRespelling(t *testing.T) {
	c := t39Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"He moved to Vancouver, British Columbia, in May.", ""},
		{"Eighteen states and the District of Columbia joined.", ""},
		{"District of Columbia Attorney General Karl Racine said so. Eighteen states and the District of Columbia joined.", ""},
		{"Police arrested members of the Democratic Labor Party.", ""},
		{"Tim Whitehouse, a former official, spoke. He said Tim would stay.", ""},
		{"Coffee from Columbia is sold here.", "colombia-x Columbia"},
		{"Supporters of Columbia's rebels marched.", "colombia-x Columbia"},
		{"˝Supporters of Columbia's rebels marched.", "colombia-x Columbia"},
		{"Tim Whitehouse, a former official, spoke.", ""},      // a given name
		{"Bright Whitehouse lights shone.", "wh-x Whitehouse"}, // a sentence's capital, nowhere else
		{"The Labor Party won.", "labour-x Labor Party"},
		{"It was run by a pro-Kurdish Web site.", "web-x Web site"},
		{"Columbia Coffee Imports Grow Again", "colombia-x Columbia"}, // a title-case line
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.English, time.Time{}), RuleDeprecated); got != tc.want {
			t.Errorf("%q: deprecated-term %q, want %q", tc.text, got, tc.want)
		}
	}
}

const session23T52Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
united-states,place,ko,미국,preferred,,,,,,,,,,,
united-states,place,en,United States,preferred,,,,,,,,American|Americans,,,
united-states,place,en,U.S.,admitted,,,,,,,,,,,
united-states,place,en,US,deprecated,yes,,,,,,,,,,
epa,organization,en,Environmental Protection Agency,preferred,,,,,,,,,,,
epa,organization,en,EPA,admitted,,,,,,,,,,,
world-war-i,term,en,World War I,preferred,yes,,,,,,,,,,
world-war-i,term,en,WW1,deprecated,yes,,,,,,,,,,
republican-party,organization,en,Republican Party,preferred,,,,,,,,Republican|Republicans,,,
republican-party,organization,en,GOP,admitted,,,,,,,,,,,
yasuo-fukuda,person,ko,후쿠다 야스오,preferred,,후쿠다,,,,,,,,,
yasuo-fukuda,person,en,Yasuo Fukuda,preferred,,Fukuda,,,,,,,,,
yasuo-fukuda,person,en,Fukuda Yasuo,admitted,,,,,,,,,,,
jassim-jaafar,person,ko,자심 무함마드 자파르,preferred,,,,,,,,,,,
jassim-jaafar,person,en,Jassim Mohammed Jaafar,preferred,,,,,,,,,,,
jassim-jaafar,person,en,Jassim Mohammed Jafar,admitted,,,,,,,,,,,
kuomintang,organization,en,Kuomintang,preferred,,,,,,,,,,,
kuomintang,organization,en,KMT,admitted,,,,,,,,,,,
nymex,organization,en,Nymex,preferred,,,,,,,,,,,
nymex,organization,en,NYMEX,admitted,,,,,,,,,,,
`

// t52Text returns rule and found of each finding of an English article.
func t52Text(t *testing.T, body string) string {
	t.Helper()
	c := caseChecker(t, "session23t52.csv", session23T52Glossary)
	var got []string
	for _, f := range c.Text("a.txt", "Desk\n\n"+body, language.English) {
		got = append(got, string(f.Rule)+" "+f.Found)
	}
	return strings.Join(got, "; ")
}

// A forbidden abbreviation written against a currency sign or starting a
// longer proper name is not the form (house60: US$ 7 times, US Airways
// twice, judged false); before a role, a state's organ or another listed
// body's name it is the country's name in the form the list forbids and
// stays reported (house60's real US President, US National Cancer
// Institute, US Environmental Protection Agency), as does a term's
// abbreviation before another name (house40's real WW1 Victoria Cross).
func TestAbbreviationInsideName(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"Exports reached US$232.6 billion last year.", ""},
		{"The fine (US$790) was paid.", ""},
		{"The fare is $US100 each way.", ""},
		{"Flights of US Airways were cancelled on Monday.", ""},
		{"A US Airways jet landed safely.", ""},
		{"Officers of the UK Border Agency met US officials.", "deprecated-term US"},
		// Still the country's name.
		{"The US Army said on Monday that it would leave.", "deprecated-term US"},
		{"He met US President Donald Trump.", "deprecated-term US"},
		{"The US National Cancer Institute said so.", "deprecated-term US"},
		{"The US Energy Secretary Rick Perry spoke.", "deprecated-term US"},
		{"The US Environmental Protection Agency said so.", "deprecated-term US"},
		{"The US said it would leave.", "deprecated-term US"},
		{"The US dollar fell.", "deprecated-term US"},
		// A term's abbreviation before another name, and a title-case line.
		{"Bernard Vann: WW1 Victoria Cross cleric celebrated", "deprecated-term WW1"},
		{"US Airways Flight Lands Safely Beside Hudson River", "deprecated-term US"},
	} {
		if got := t52Text(t, tc.body); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.body, got, tc.want)
		}
	}
}

// An abbreviation after the entry was named by one of its related forms is
// no first mention (house60, wmt24pp 47: GOP after "Senate Republican
// Leader", judged false); without one it still is.
func TestRelatedFormMention(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"Senate Republican Leader Mitch McConnell spoke. The GOP's role was debated. The Republican Party met.", ""},
		{"The GOP's role was debated. The Republican Party met.", "first-mention GOP"},
		// Lower case is no name of the party.
		{"A republican form of government. The GOP's role was debated. The Republican Party met.", "first-mention GOP"},
	} {
		if got := t52Text(t, tc.body); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.body, got, tc.want)
		}
	}
}

// A surname respelt from a form the list forbids is no other
// transliteration of the person (check13h-missed: Mike Pompei, one vowel
// from the forbidden Mike Pompeio): an error, as Mike Pompie is.
func TestForbiddenTransliteration(t *testing.T) {
	c := caseChecker(t, "session23t52p.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
mike-pompeo,person,ko,마이크 폼페이오,preferred,,,,,,,,,,,
mike-pompeo,person,en,Mike Pompeo,preferred,,Pompeo,,,,,,,,,
mike-pompeo,person,en,Mike Pompeio,deprecated,,,,,,,,,,,
`)
	for _, tc := range []struct{ tgt, want string }{
		{"Secretary of State Mike Pompei visited Pyongyang.", "error"},
		{"Secretary of State Mike Pompie visited Pyongyang.", "error"},
		{"Secretary of State Mike Pompeo visited Pyongyang.", ""},
	} {
		if got, fs := koPair(c, "마이크 폼페이오 국무장관은 평양을 방문했다.", tc.tgt); got != tc.want {
			t.Errorf("%q: severity %q, want %q\n%s", tc.tgt, got, tc.want, brief(fs))
		}
	}
}
