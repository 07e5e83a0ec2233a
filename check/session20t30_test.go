package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Session 20 (helper T30): near misses of one-word lower-case terms, with
// entries of our own (check11y's Cryptograpy and check12a's paraglyding,
// and T25's ordinary words one edit from a term).
const session20T30Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
cryptography,term,ko,암호 작성술,preferred,,,,,,,,,,,
cryptography,term,en,cryptography,preferred,,,,,,,,,,,
paragliding,term,ko,패러글라이딩,preferred,,,,,,,,,,,
paragliding,term,en,paragliding,preferred,,,,,,,,,,,
contract,term,ko,계약,preferred,,,,,,,,,,,
contract,term,en,contract,preferred,,,,,,,,,,,
shipping,term,ko,해운,preferred,,,,,,,,,,,
shipping,term,en,shipping,preferred,,,,,,,,,,,
resolution,term,ko,결의안,preferred,,,,,,,,,,,
resolution,term,en,resolution,preferred,,,,,,,,,,,
investor,term,ko,투자자,preferred,,,,,,,,,,,
investor,term,en,investors,preferred,,,,,,,,,,,
ambassador,title,ko,대사,preferred,,,,,,,,,,,
ambassador,title,en,ambassador,preferred,,,,,,,,,,,
`

// A one-word lower-case term misspelt is a near miss when the misspelling
// wrote two letter runs that neither the text, the glossary nor the core
// lexicon writes; an ordinary word one edit from a term is none.
func TestLowerOneNear(t *testing.T) {
	c := caseChecker(t, "session20t30.csv", session20T30Glossary)
	for _, tc := range []struct{ text, want string }{
		{"Desk notes\n\nCryptograpy was taught.", "cryptography Cryptograpy"},
		{"Desk notes\n\nThe tours stopped, and paraglyding was banned.", "paragliding paraglyding"},
		{"Desk notes\n\nParagliding was banned.", ""},
		// A letter tripled: no English word writes one.
		{"Desk notes\n\nThe ambasssador left.", "ambassador ambasssador"},
		// Ordinary words one edit from a term (T25's try).
		{"Desk notes\n\nShe lost contact with the office.", ""},
		{"Desk notes\n\nShopping malls were closed.", ""},
		{"Desk notes\n\nThe revolution began in 1917.", ""},
		{"Desk notes\n\nThe inventors met.", ""},
		// Written twice the same way: the writer's own word, no slip.
		{"Desk notes\n\nParaglyding is new. Paraglyding is fun.", ""},
	} {
		fs := c.TextOn("a.txt", tc.text, language.English, time.Time{})
		if got := t18Rules(fs, RuleNearMiss); got != tc.want {
			t.Errorf("%q: near-miss %q, want %q", tc.text, got, tc.want)
		}
	}
}

// Two listed forms of one entry differing only in case, both in one
// article, are two spellings (check12d's Washington state, then
// Washington State); a first letter capitalized at a sentence's start is
// none.
func TestCaseOnlySpellings(t *testing.T) {
	c := caseChecker(t, "session20t30.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
washington-state,place,ko,워싱턴주,preferred,,,,,,,,,,,
washington-state,place,en,Washington state,preferred,,,,,,,,,,,
washington-state,place,en,Washington State,admitted,,,,,,,,,,,
washington-state,place,en,state of Washington,admitted,,,,,,,,,,,
frederik-de-klerk,person,ko,데클레르크,preferred,,,,,,,,,,,
frederik-de-klerk,person,en,F.W. de Klerk,preferred,,de Klerk,,,,,,,,,
frederik-de-klerk,person,en,De Klerk,admitted,,,,,,,,,,,
`)
	for _, tc := range []struct{ text, want string }{
		{"Desk\n\nThe Washington state story ran early, and the Washington State story ran late.", "washington-state Washington State"},
		{"Desk\n\nThe Washington state story ran early, and the Washington state story ran late.", ""},
		{"Desk\n\nThe Washington state story ran early, and the state of Washington story ran late.", ""},
		{"Desk\n\nF.W. de Klerk spoke. De Klerk left.", ""},
	} {
		fs := c.TextOn("a.txt", tc.text, language.English, time.Time{})
		if got := t18Rules(fs, RuleInconsistent); got != tc.want {
			t.Errorf("%q: inconsistent %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A name whose first words are an admitted form of its own entry, matched,
// and whose next word is misspelt is a near miss (check12a's "Fox News
// Chanel": Chanel is a word of its own, so no window was anchored).
func TestAfterMatchNearMiss(t *testing.T) {
	c := caseChecker(t, "session20t30.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
fox-news-channel,organization,ko,폭스뉴스,preferred,,,,,,,,,,,
fox-news-channel,organization,en,Fox News Channel,preferred,,,,,,,,,,,
fox-news-channel,organization,en,Fox News,admitted,,,,,,,,,,,
`)
	for _, tc := range []struct{ text, want string }{
		{"Desk\n\nThen the Fox News Chanel called.", "fox-news-channel Fox News Chanel"},
		{"Desk\n\nThen the Fox News Channel called.", ""},
		{"Desk\n\nThen Fox News called.", ""},
		{"Desk\n\nThen Fox News Sunday ran it.", ""},
	} {
		fs := c.TextOn("a.txt", tc.text, language.English, time.Time{})
		if got := t18Rules(fs, RuleNearMiss); got != tc.want {
			t.Errorf("%q: near-miss %q, want %q", tc.text, got, tc.want)
		}
	}
}
