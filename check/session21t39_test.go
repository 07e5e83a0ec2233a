package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/glossary"
)

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

// TestDerivedForms: the noun, adjective, demonym and plural of one place
// or body (house39: Germany, German, Germans; Scotland, Scottish;
// Republican, Republicans; Democrat, Democratic; Korean after South Korea)
// are no two spellings; two spellings of a place whose endings are no
// derivation (Bahrain, Bahrein) still are.
func TestDerivedForms(t *testing.T) {
	c := t39Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"Germany won. German fans cheered. Germans sang.", ""},
		{"Scotland voted. Scottish leaders spoke.", ""},
		{"A Republican senator spoke. Republicans agreed.", ""},
		{"The Democratic leader spoke. A Democrat agreed.", ""},
		{"South Korea spoke. The Korean peninsula is calm.", ""},
		{"Bahrain voted. Bahrein's king spoke.", "bh-x Bahrein"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.English, time.Time{}), RuleInconsistent); got != tc.want {
			t.Errorf("%q: inconsistent %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestTitledSurname: a Korean surname and title after the person's full
// name (house39: 트럼프 대통령 after 도널드 트럼프) is a second reference, no
// second spelling; a respelt name still is one.
func TestTitledSurname(t *testing.T) {
	c := t39Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"도널드 트럼프 대통령이 말했다. 트럼프 대통령은 덧붙였다.", ""},
		{"이명박 대통령이 말했다. 이명백 대통령은 덧붙였다.", "lee-x 이명백"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleInconsistent); got != tc.want {
			t.Errorf("%q: inconsistent %q, want %q", tc.text, got, tc.want)
		}
	}
}

// session21T39NearGlossary: check12m-missed's and check12n-missed's kinds
// with entries of our own.
const session21T39NearGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
maliki-x,person,en,Nouri al-Maliki,preferred,,al-Maliki,,,,,,,,,
bertha-x,term,en,Hurricane Bertha,preferred,yes,,,,,,,,,,
bertha-x,term,en,Bertha,admitted,yes,,,,,,,,,,
storm-x,term,en,Tropical Storm,preferred,,,,,,,,,,,
gw-x,person,en,George Washington,preferred,,Washington,,,,,,,,,
gwf-x,organization,en,George Washington Foundation,preferred,,,,,,,,,,,
room-x,place,en,Round Reading Room,preferred,,,,,,,,,,,
`

// TestNameNearMissKinds: a doubled letter in a name's word after an
// article prefix (Nouri al-Malikki), in a case-sensitive term of two
// capitalized words (Hurricane Berthaa), a letter dropped in a body's name
// that holds another entry's name (George Washington Foundaton) and a
// short last word changed in a place of three words (Round Reading Roon)
// are near misses; the names themselves, a plural, a word of the word list
// and a term the list does not mark case-sensitive are not.
func TestNameNearMissKinds(t *testing.T) {
	c := caseChecker(t, "session21t39near.csv", session21T39NearGlossary)
	for _, tc := range []struct{ text, want string }{
		{"The copy said Nouri al-Malikki on Monday.", "maliki-x Nouri al-Malikki"},
		{"The copy said Nouri al-Maliki on Monday.", ""},
		{"The copy said Hurricane Berthaa on Monday.", "bertha-x Hurricane Berthaa"},
		{"The copy said Hurricane Bertha on Monday.", ""},
		{"The copy said Tropical Storrm on Monday.", ""}, // no case mark: a term's words, not a name
		{"The George Washington Foundaton raised money.", "gwf-x George Washington Foundaton"},
		{"The George Washington Foundation raised money.", ""},
		{"Scholars met in the Round Reading Roon of the museum.", "room-x Round Reading Roon"},
		{"Scholars met in the Round Reading Rooms of the museum.", ""},
		{"Scholars met in the Round Reading Roof of the museum.", ""}, // a word
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.English, time.Time{}), RuleNearMiss); got != tc.want {
			t.Errorf("%q: near-miss %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestAfterClosingQuote: a Korean place form glued to a closing quote is
// the quoted word's particle (house39: '영혼 소유권'이란 증서, 이란 read as
// Iran), no mention reported missing; the place after a space, or inside
// quotes, still is.
func TestAfterClosingQuote(t *testing.T) {
	c := caseChecker(t, "session21t39q.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
iran-x,place,ko,이란,preferred,,,,,,,,,,,
iran-x,place,en,Iran,preferred,,,,,,,,,,,
`)
	c.Missing = glossary.Types
	const tgt = "Scott said he would give the highest bidder a deed of soul ownership."
	for _, tc := range []struct{ src, want string }{
		{"스콧은 “가장 높은 가격을 제시한 사람에게 ‘영혼 소유권’이란 증서를 제공할 예정”이라고 말했다.", ""},
		{"스콧은 “가장 높은 가격을 제시한 사람에게 '영혼 소유권'이란 증서를 제공할 예정”이라고 말했다.", ""},
		{"스콧은 “가장 높은 가격을 제시한 사람에게 이란 증서를 제공할 예정”이라고 말했다.", "iran-x "},
		{"스콧은 “가장 높은 가격을 제시한 사람에게 ‘이란’ 증서를 제공할 예정”이라고 말했다.", "iran-x "},
	} {
		got := t18Rules(c.Pair("p.tsv", Pair{Source: tc.src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English}), RuleTargetMissing)
		if got != tc.want {
			t.Errorf("%q: target-term-missing %q, want %q", tc.src, got, tc.want)
		}
	}
}

// TestDemonymPlural: the plural of a place's demonym form (house39: North
// Koreans for an admitted North Korean) is the place's people, no near
// miss; a form that is no demonym of another keeps session 16's reading
// (United Nation for United Nations stays one).
func TestDemonymPlural(t *testing.T) {
	c := caseChecker(t, "session21t39d.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
nk-x,place,en,North Korea,preferred,,,,,,,,,,,
nk-x,place,en,North Korean,admitted,,,,,,,,,,,
un-x,organization,en,United Nations,preferred,,,,,,,,,,,
`)
	for _, tc := range []struct{ text, want string }{
		{"Seoul says 30,000 North Koreans have crossed the border.", ""},
		{"Seoul says the United Nation met.", "un-x United Nation"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.English, time.Time{}), RuleNearMiss); got != tc.want {
			t.Errorf("%q: near-miss %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestKoreanTitledFull: the Korean preferred name with a title after it
// (house39: 김정은 위원장) is a full first mention; the name with a suffix
// (케네스 폴라이트 주니어, judged real on held-out-glossary-5) or a
// surname with a title stays a short first mention.
func TestKoreanTitledFull(t *testing.T) {
	c := caseChecker(t, "session21t39k.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
kju-x,person,ko,김정은,preferred,,,,,,,,,,,
kju-x,person,ko,김정은 위원장,admitted,,,,,,,,,,,
kp-x,person,ko,케네스 폴라이트,preferred,,,,,,,,,,,
kp-x,person,ko,케네스 폴라이트 주니어,admitted,,,,,,,,,,,
kp-x,person,ko,폴라이트 차관보,admitted,,,,,,,,,,,
`)
	for _, tc := range []struct{ text, want string }{
		{"김정은 위원장이 말했다.", ""},
		{"케네스 폴라이트 주니어가 말했다.", "kp-x 케네스 폴라이트 주니어"},
		{"폴라이트 차관보가 말했다.", "kp-x 폴라이트 차관보"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestAttributiveFull: the preferred full name used attributively (house39:
// 테리사 메이 내각) names the person in full, so a later short form is no
// first mention; a short form so used is still no mention (session 19's
// 바이든 행정부) and the next short form is the first.
func TestAttributiveFull(t *testing.T) {
	c := caseChecker(t, "session21t39a.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
may-x,person,ko,테리사 메이,preferred,,,,,,,,,,,
may-x,person,ko,메이,admitted,,,,,,,,,,,
may-x,person,ko,메이 총리,admitted,,,,,,,,,,,
`)
	for _, tc := range []struct{ text, want string }{
		{"테리사 메이 내각이 흔들렸다. 메이 총리는 말했다.", ""},
		{"메이 내각이 흔들렸다. 메이 총리는 말했다.", "may-x 메이 총리"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestGivenBeforeTitled: a given name spelt otherwise than the list's
// before the surname and its title (house39: 도날드 트럼프 대통령, the list's
// 도널드) is the full name, no first mention by 트럼프 대통령; the surname
// and title alone still are one.
func TestGivenBeforeTitled(t *testing.T) {
	c := caseChecker(t, "session21t39g.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
trump-x,person,ko,도널드 트럼프,preferred,,,,,,,,,,,
trump-x,person,ko,트럼프 대통령,admitted,,,,,,,,,,,
trump-x,person,en,Donald Trump,preferred,,Trump,,,,,,,,,
`)
	for _, tc := range []struct{ text, want string }{
		{"도날드 트럼프 대통령이 말했다.", ""},
		{"트럼프 대통령이 말했다.", "trump-x 트럼프 대통령"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestTitledContextForm: a Korean form that needs a context, beside a
// personal title and outside its context (check12m-missed: 리빙스턴 씨는),
// names a person, so the target's capitalized forbidden form of the entry
// names the person too, no deprecated-term; beside no title (양안간, house32's
// judged real Cross-straits) or in its context the form counts.
func TestTitledContextForm(t *testing.T) {
	c := caseChecker(t, "session21t39c.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
lfc-x,organization,ko,리빙스턴,preferred,,,,,,,,,,축구|골|리그,
lfc-x,organization,ko,리빙스턴 FC,admitted,,,,,,,,,,,
lfc-x,organization,en,Livingston,preferred,,,,,,,,,,,
lfc-x,organization,en,Livingstone,deprecated,,,,,,,,,,,
`)
	for _, tc := range []struct{ src, tgt, want string }{
		{"리빙스턴 씨는 집에 있었다.", "Mr. Livingstone stayed at home.", ""},
		{"리빙스턴은 집에서 경기를 했다.", "Livingstone played at home.", "lfc-x Livingstone"},
		{"리빙스턴은 리그에서 골을 넣었다.", "Livingstone scored in the league.", "lfc-x Livingstone"},
	} {
		got := t18Rules(c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English}), RuleDeprecated)
		if got != tc.want {
			t.Errorf("%q: deprecated-term %q, want %q", tc.tgt, got, tc.want)
		}
	}
}
