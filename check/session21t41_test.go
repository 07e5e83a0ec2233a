package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/glossary"
)

const session21T41Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
joe-biden,person,ko,조 바이든,preferred,,,,,,,,,,,
joe-biden,person,ko,바이든,admitted,,,,,,,,,,,
joe-biden,person,en,Joe Biden,preferred,,Biden,,,,,,,,,
joe-biden,person,en,Vice President Joe Biden,admitted,,,,,,2009-01-20,2017-01-20,,,,
oliver-cromwell,person,ko,올리버 크롬웰,preferred,,,,,,,,,,,
oliver-cromwell,person,ko,크롬웰,admitted,,,,,,,,,,,
oliver-cromwell,person,en,Oliver Cromwell,preferred,,Cromwell,,,,,,,,,
`

func t41Rules(t *testing.T, c *Checker, src, tgt string, day time.Time) string {
	t.Helper()
	pairs := []Pair{{Source: src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English, SourceLine: 1, TargetLine: 1, Date: day}}
	var got []string
	for _, f := range c.Document("a.tsv", pairs, day) {
		if f.Rule == RuleDeprecated || f.Rule == RuleTargetMissing {
			got = append(got, f.Rule+":"+f.Found+":"+f.Severity.String())
		}
	}
	return strings.Join(got, "|")
}

// A title dated while held, qualified as past ("former Vice President Joe
// Biden" in a 2018 story, house43's held-out-glossary-43 ntrex-odd 1019),
// is right on any later day; the bare title past its end is still an
// error.
func TestQualifiedPastTitle(t *testing.T) {
	c := caseChecker(t, "session21t41.csv", session21T41Glossary)
	day := time.Date(2018, 11, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ tgt, want string }{
		{"He met former Vice President Joe Biden on Monday.", ""},
		{"Former Vice President Joe Biden spoke.", ""},
		{"He met then-Vice President Joe Biden in 2012.", ""},
		{"He met ex-Vice President Joe Biden.", ""},
		{"He met Vice President Joe Biden on Monday.", "deprecated-term:Vice President Joe Biden:error"},
		{"The platform of Vice President Joe Biden.", "deprecated-term:Vice President Joe Biden:error"},
	} {
		if got := t41Rules(t, c, "그는 조 바이든을 만났다.", tc.tgt, day); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.tgt, got, tc.want)
		}
	}
}

// A person's Korean form followed by the noun of a body (크롬웰 연맹, the
// Cromwell Society, house43's held-out-glossary-43 ntrex-odd 169) names
// the body: the English owes the person no form; the person named alone
// and left out, or misrendered, is still reported.
func TestBodyNamedAfterPerson(t *testing.T) {
	c := caseChecker(t, "session21t41.csv", session21T41Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"그러나 크롬웰 연맹은 그 제안을 어리석다고 묘사했다.", "But the Cromwell Society described the suggestion as folly.", ""},
		{"크롬웰 재단이 문을 열었다.", "The Cromwell Foundation opened.", ""},
		{"그러나 크롬웰은 그 제안을 어리석다고 묘사했다.", "But the Cromwell Society described the suggestion as folly.", "target-term-missing::error"},
	} {
		if got := t41Rules(t, c, tc.src, tc.tgt, time.Time{}); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.src, got, tc.want)
		}
	}
}

const session21T41Second = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
jack-ross,person,ko,잭 로스,preferred,,,,,,,,,,,
jack-ross,person,ko,로스 감독,admitted,,,,,,,,,,,
jack-ross,person,ko,잭 로쓰,admitted,,,,,,,,,,,
jack-ross,person,en,Jack Ross,preferred,,Ross,,,,,,,,,
un-security-council,organization,ko,유엔 안보리,preferred,,,,,,,,,,,
un-security-council,organization,ko,유엔 안전보장이사회,admitted,,,,,,,,,,,
un-security-council,organization,ko,유엔 안전보장위원회,admitted,,,,,,,,,,,
un-security-council,organization,en,U.N. Security Council,preferred,,,,,,,,,,,
`

func t41Inconsistent(t *testing.T, c *Checker, text string) string {
	t.Helper()
	var got []string
	for _, f := range c.Text("a.txt", text, language.Korean) {
		if f.Rule == RuleInconsistent {
			got = append(got, f.Found)
		}
	}
	return strings.Join(got, "|")
}

// A Korean titled second reference with a role word (로스 감독 after 잭
// 로스, house43's held-out-glossary-43 ntrex-odd 1359) and a full name
// after its syllable abbreviation (유엔 안전보장이사회 after 유엔 안보리,
// house44's held-out-glossary-44 ntrex-even 763) are no second spellings;
// a given name respelt, or another full name, still are.
func TestTitledRoleAndAbbreviation(t *testing.T) {
	c := caseChecker(t, "session21t41b.csv", session21T41Second)
	for _, tc := range []struct{ text, want string }{
		{"잭 로스가 말했다. 42세 로스 감독은 기뻐했다.", ""},
		{"잭 로스가 말했다. 잭 로쓰는 기뻐했다.", "잭 로쓰"},
		{"유엔 안보리가 열렸다. 유엔 안전보장이사회는 결의했다.", ""},
		{"유엔 안전보장이사회가 열렸다. 유엔 안전보장위원회는 결의했다.", "유엔 안전보장위원회"},
	} {
		if got := t41Inconsistent(t, c, tc.text); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

const session21T41Dated = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
welsh-parliament,organization,en,Welsh Parliament,preferred,,,,,,2020-05-06,,,,,
welsh-parliament,organization,en,Senedd,admitted,,,,,,2020-05-06,,,,,
welsh-parliament,organization,en,National Assembly for Wales,admitted,,,,,,,2020-05-05,,,,
welsh-parliament,organization,en,Welsh Assembly,admitted,,,,,,,2020-05-05,,,,
`

// A form used before its form_from day is not yet right that day and is
// reported as deprecated-term with the form right that day offered
// (house44's Welsh Parliament in a story of 2010, G44's note); a text that
// tells of the renaming (the name in a sentence about names, "the proposed
// Welsh Parliament", or the old name beside it) is no finding, nor is the
// form on or after its day.
func TestPrematureForm(t *testing.T) {
	c := caseChecker(t, "session21t41c.csv", session21T41Dated)
	day := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		day  time.Time
		want string
	}{
		{"The Welsh Parliament met. The Senedd sat.", day, "Welsh Parliament>National Assembly for Wales|Senedd>National Assembly for Wales"},
		{"The Welsh Parliament met.", time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC), ""},
		{"Plans to rename it the Welsh Parliament. The Welsh Parliament would sit.", day, ""},
		{"The proposed Welsh Parliament met.", day, ""},
		{"The Welsh Assembly voted. Members of the Welsh Parliament spoke.", day, ""},
		{"The National Assembly for Wales met.", day, ""},
	} {
		var got []string
		for _, f := range c.TextOn("a.txt", tc.text, language.English, tc.day) {
			if f.Rule == RuleDeprecated {
				got = append(got, f.Found+">"+f.Expected)
			}
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

const session21T41Bodies = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
labour-party,organization,ko,노동당,preferred,,,,,,,,,,,
labour-party,organization,ko,영국 노동당,admitted,,,,,,,,,,,
labour-party,organization,en,Labour Party,preferred,,,,,,,,,,,
labour-party,organization,en,Labor Party,deprecated,,,,,,,,,,,
nymex,organization,ko,뉴욕상업거래소,preferred,,,,,,,,,,,
nymex,organization,en,New York Mercantile Exchange,preferred,,,,,,,,,,,
nymex,organization,en,Nymex,admitted,,,,,,,,,,,
nymex,organization,en,NYMEX,admitted,,,,,,,,,,,
`

// A country's possessive before a body's forbidden form names another
// country's body ("Australia's Labor Party"), unless the source names the
// entry with its own country (영국 노동당 for "Britain's Labor Party",
// check12r's p-20, house44), for a pair checked alone (a TSV file's
// pair; an article's forbidden forms come from its monolingual pass).
func TestOwnCountryPossessive(t *testing.T) {
	c := caseChecker(t, "session21t41d.csv", session21T41Bodies)
	for _, tc := range []struct{ src, tgt, want string }{
		{"영국 노동당은 회의를 열었다.", "Britain's Labor Party held a meeting.", "deprecated-term:Labor Party:error"},
		{"노동당은 회의를 열었다.", "Australia's Labor Party held a meeting.", ""},
		{"그들은 회의를 열었다.", "Australia's Labor Party held a meeting.", ""},
	} {
		pr := Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English, SourceLine: 1, TargetLine: 1}
		var got []string
		for _, f := range c.Pair("a.tsv", pr) {
			got = append(got, f.Rule+":"+f.Found+":"+f.Severity.String())
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, g, tc.want)
		}
	}
}

// Two listed forms differing only in case (Nymex, NYMEX) in one article
// are one name spelt twice, though one is all capitals (check12r's
// spellings, house44); an all-capital abbreviation beside a full name
// (NYMEX after New York Mercantile Exchange) is still none.
func TestCaseOnlyCapitals(t *testing.T) {
	c := caseChecker(t, "session21t41d.csv", session21T41Bodies)
	for _, tc := range []struct{ text, want string }{
		{"Nymex spoke first, and NYMEX spoke again later.", "NYMEX"},
		{"The New York Mercantile Exchange spoke first, and NYMEX spoke again later.", ""},
	} {
		if g := foundOf(c.Text("a.txt", tc.text, language.English), RuleInconsistent); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

const session21T41Possessive = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
sainsburys,organization,en,Sainsbury's,preferred,,,,,,,,,,,
`

// A near miss of a one-word name ending in 's is sought before the
// text's 's ("Sainsbry's" for Sainsbury's, check12r's near miss, house44),
// the span and the suggestion with the 's; the stem alone, right or
// misspelt, without its 's is none.
func TestPossessiveNameNearMiss(t *testing.T) {
	c := caseChecker(t, "session21t41e.csv", session21T41Possessive)
	for _, tc := range []struct{ text, want string }{
		{"Sainsbry's spoke.", "Sainsbry's>Sainsbury's"},
		{"Shares of Sainsbuyr’s fell.", "Sainsbuyr’s>Sainsbury's"},
		{"Sainsbury's spoke.", ""},
		{"Sainsbry spoke.", ""},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.English) {
			if f.Rule == RuleNearMiss {
				got = append(got, f.Found+">"+f.Expected)
			}
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

const session21T41Police = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
met-police,organization,ko,런던 경찰청,preferred,,,,,,,,,,,
met-police,organization,en,Metropolitan Police,preferred,,,,,,,,,,,
met-police,organization,en,Scotland Yard,admitted,,,,,,,,,,,
met-police,organization,en,Met Police,admitted,,,,,,,,,,,
`

// A body rendered as another whose name holds the Korean form's place
// ("the City of London Police" for 런던 경찰청, check12r's p-9, house44):
// the place inside the longer name is not lowered, so the name's last
// word (Police) is no short name of the body standing alone; "the Met
// Police", and "the Police" standing alone, still render it.
func TestPlaceInsideLongerName(t *testing.T) {
	c := caseChecker(t, "session21t41f.csv", session21T41Police)
	c.Missing = []glossary.Type{glossary.Organization}
	for _, tc := range []struct{ tgt, want string }{
		{"The City of London Police opened an investigation.", "target-term-missing::error"},
		{"The Met Police opened an investigation.", ""},
		{"In London the Police opened an investigation.", ""},
	} {
		pr := Pair{Source: "런던 경찰청은 수사를 시작했다.", Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English, SourceLine: 1, TargetLine: 1}
		var got []string
		for _, f := range c.Pair("a.tsv", pr) {
			got = append(got, f.Rule+":"+f.Found+":"+f.Severity.String())
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.tgt, g, tc.want)
		}
	}
}

const session21T41Case = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
jeff-sessions,person,ko,제프 세션스,preferred,,,,,,,,,,,
jeff-sessions,person,ko,세션스,admitted,,,,,,,,,,,
jeff-sessions,person,en,Jeff Sessions,preferred,,Sessions,,,,,,,,,
`

// A person's admitted one-word form as a party in a lawsuit's title, with
// bracketed glosses (그레이스(Grace) 대 세션스(Sessions) 소송, house43's
// held-out-glossary-43 ntrex-odd 1030), is no first mention, as the short
// form so used already was none (caseName); the form alone in a sentence
// still is.
func TestCaseNameAdmittedForm(t *testing.T) {
	c := caseChecker(t, "session21t41g.csv", session21T41Case)
	for _, tc := range []struct{ text, want string }{
		{"연합이 제기한 그레이스(Grace) 대 세션스(Sessions) 소송의 이름은 밝혀지지 않았다.", ""},
		{"세션스는 말했다.", "세션스"},
	} {
		if g := foundOf(c.Text("a.txt", tc.text, language.Korean), RuleFirstMention); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

const session21T41Giants = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
belfast-giants,organization,en,Belfast Giants,preferred,,,,,,,,,,,
belfast-giants,organization,en,Giants,admitted,,,,,,,,,,,
asiana-airlines,organization,en,Asiana,admitted,,,,,,,,,,,
`

// A one-word near miss that is an ordinary word near a one-word name that
// is one too ("Grants for Vulnerable Groups" near the Giants, house44's
// held-out-glossary-44 wmt24pp 145) is none; a misspelling that is no word
// (Giamts, Asiena) still is.
func TestWordNearWordName(t *testing.T) {
	c := caseChecker(t, "session21t41h.csv", session21T41Giants)
	for _, tc := range []struct{ text, want string }{
		{"The money came from the Grants for Vulnerable Groups programme.", ""},
		{"They lost to the Giamts on Sunday.", "Giamts"},
		{"The carrier Asiena said the flight was late.", "Asiena"},
	} {
		if g := foundOf(c.Text("a.txt", tc.text, language.English), RuleNearMiss); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

const session21T41Quoted = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
christine-blasey-ford,person,ko,크리스틴 블래시 포드,preferred,,,,,,,,,,,
christine-blasey-ford,person,ko,크리스틴 블레이시 포드,admitted,,,,,,,,,,,
christine-blasey-ford,person,ko,포드,admitted,,,,,,,,,,,
christine-blasey-ford,person,en,Christine Blasey Ford,preferred,,Ford,,,,,,,,,
`

// A surname in a quotation whose attribution names the person in full by
// an admitted form (“포드 박사, ...” 그레이엄은 크리스틴 블레이시 포드를
// 언급하면서, house43's held-out-glossary-43 ntrex-even 967) is no first
// mention, as with the preferred form; the surname alone, unquoted, still is.
func TestQuotedBeforeAdmittedFull(t *testing.T) {
	c := caseChecker(t, "session21t41i.csv", session21T41Quoted)
	for _, tc := range []struct{ text, want string }{
		{"“포드 박사, 나는 모릅니다.” 그레이엄은 크리스틴 블레이시 포드를 언급하면서 덧붙였다.", ""},
		{"포드 박사는 말했다. 그레이엄은 크리스틴 블레이시 포드를 언급했다.", "포드"},
	} {
		if g := foundOf(c.Text("a.txt", tc.text, language.Korean), RuleFirstMention); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}
