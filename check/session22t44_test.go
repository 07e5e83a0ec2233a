package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Session 22 (helper T44): house48's kind, with entries of our own.
const session22T44Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
bail,term,ko,보석,preferred,,,,,,,,,,,
bail,term,en,bail,preferred,,,,,,,,,,,
bail,term,en,released on bail,admitted,,,,,,,,,,,
bail,term,en,bale,deprecated,,,,,,,,,,,
`

func t44Pair(t *testing.T, src, tgt string) []Finding {
	t.Helper()
	c := caseChecker(t, "session22t44.csv", session22T44Glossary)
	return c.Pair("p.tsv", Pair{Source: src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English})
}

// A forbidden lower-case word found capitalised in a pair whose source
// does not name its entry is a name (house48: Christian Bale, 12 false
// errors for the forbidden bale): in mid-sentence by its capital, at a
// sentence's start when the Korean transliterates it (베일).
func TestCapitalisedName(t *testing.T) {
	for _, tc := range []struct{ src, tgt, want string }{
		{"영화 ‘다크 나이트’의 스타, 크리스찬 베일이 혐의를 부인했다.", `"Dark Knight" star Christian Bale has denied allegations.`, ""},
		{"이미 베일은 할리우드 스타 배우로 등극할 조짐을 보이고 있다.", "Already there are signs that Bale has made the jump from actor to movie star.", ""},
		{"혐의를 부인한 베일은 입장을 밝혔다.", `"Mr. Bale, who denies the allegations, will cooperate."`, ""},
		{"베일은 촬영을 위해 런던에 머물고 있다.", "Bale is in London after filming.", ""},
		// Kept: lower case (a misspelling of bail, house style whatever
		// the source says), a source naming the entry, a sentence start
		// without a Korean word that sounds like it, a title-case line,
		// capitals throughout.
		{"그는 풀려났다.", "He was released on bale.", "bail bale"},
		{"판사는 보석을 허가했다.", "The judge granted Bale to the suspect.", "bail Bale"},
		{"그는 석방됐다.", "Bale was set at one million dollars.", "bail Bale"},
		{"법원 판결", "Court Grants Bale After Lengthy Hearing Today", "bail Bale"},
		{"그는 풀려났다.", "He was freed on BALE, police said.", "bail BALE"},
	} {
		if got := t28Join(t44Pair(t, tc.src, tc.tgt)); got != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}

// An article reads the pair's source as a pair does; monolingual text
// keeps the finding (no source to read it against).
func TestCapitalisedNameArticle(t *testing.T) {
	c := caseChecker(t, "session22t44.csv", session22T44Glossary)
	pairs := []Pair{
		{Source: "베일은 배트맨 역을 다시 맡았다.", Target: "Bale reprised the role of the superhero.", SourceLang: language.Korean, TargetLang: language.English, SourceLine: 1, TargetLine: 1},
		{Source: "이미 베일은 스타가 됐다.", Target: "Already there are signs that Bale is a star.", SourceLang: language.Korean, TargetLang: language.English, SourceLine: 2, TargetLine: 2},
		{Source: "그는 석방됐다.", Target: "Bale was set at one million dollars.", SourceLang: language.Korean, TargetLang: language.English, SourceLine: 3, TargetLine: 3},
	}
	var got []string
	for _, f := range c.Document("a.tsv", pairs, time.Time{}) {
		if f.Rule == RuleDeprecated {
			got = append(got, f.Found+"@"+string(rune('0'+f.Line)))
		}
	}
	if g := strings.Join(got, " "); g != "Bale@3" {
		t.Errorf("article: got %q, want %q", g, "Bale@3")
	}
	if got := t28Join(c.Text("t.txt", "Already there are signs that Bale has made the jump.", language.English)); got != "bail Bale" {
		t.Errorf("monolingual: got %q, want %q", got, "bail Bale")
	}
}

// Session 22 (helper T44): a term's abbreviation before the article spells
// it out (check12v-missed's GDP, FTA and WMD).
const session22T44Abbrev = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
gdp,term,ko,국내총생산,preferred,yes,,,,,,,,,,
gdp,term,en,gross domestic product,preferred,yes,,,,,,,,,,
gdp,term,en,GDP,admitted,yes,,,,,,,,,,
eu,organization,ko,유럽연합,preferred,,,,,,,,,,,
eu,organization,en,European Union,preferred,,,,,,,,,,,
eu,organization,en,EU,admitted,,,,,,,,,,,
`

// A term's first mention by its abbreviation, spelled out only later in
// the article, is a first mention (a body's too, since helper T45); not in a quotation, not
// an abbreviation never spelled out, not after the spelled-out form.
func TestAbbreviationFirst(t *testing.T) {
	c := caseChecker(t, "session22t44abbrev.csv", session22T44Abbrev)
	for _, tc := range []struct{ text, want string }{
		{"Economy notes\n\nGDP grew 2 percent, the gross domestic product data showed.", "gdp GDP"},
		{"Economy notes\n\nThe gross domestic product grew.\n\nGDP grew 2 percent.", ""},
		{"Economy notes\n\nGDP grew 2 percent.", ""},
		{"Economy notes\n\n\"GDP grew,\" he said. The gross domestic product data showed it.", ""},
		{"Trade notes\n\nBritain left the EU, and the European Union said so.", "eu EU"}, // a body's too since session 22, helper T45
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.English) {
			if f.Rule == RuleFirstMention {
				got = append(got, f.Term+" "+f.Found)
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}
