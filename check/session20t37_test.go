package check

import (
	"strings"
	"testing"
	"time"

	"bitext/glossary"
	"golang.org/x/text/language"
)

// Session 20 (helper T37): house37's and house38's kinds, with entries of
// our own.
const session20T37Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
assault-charges,term,ko,폭행혐의,preferred,,,,,,,,,,,
assault-charges,term,en,assault charges,preferred,,,,,,,,,,,
assault-charges,term,en,violence charges,deprecated,,,,,,,,,,,
interrogation,term,ko,심문,preferred,,,,,,,,,,,
interrogation,term,en,interrogation,preferred,,,,,,,,,,,
interrogation,term,en,inquisition,deprecated,,,,,,,,,,,
westlands,place,ko,웨스트랜드,preferred,,,Nairobi suburb,,,,,,,나이로비|케냐,
westlands,place,en,Westlands,preferred,,,,,,,,,,,
westlands,place,en,Westland,deprecated,,,,,,,,,,,
sarkozy,person,ko,사르코지 대통령,preferred,,,,,,,,,,,
sarkozy,person,en,Nicolas Sarkozy,preferred,,Sarkozy,,,,,,,,,
sarkozy,person,en,President Nicolas Sarkozy,admitted,,Sarkozy,,,,,,,,,
sarkozy,person,en,President Sarkozy,admitted,,,,,,,,,,,
sarkozy,person,en,President Sarcozy,deprecated,,,,,,,,,,,
bernanke,person,ko,버냉키 의장,preferred,,,,,,,,,,,
bernanke,person,en,Ben Bernanke,preferred,,Bernanke,,,,,,,,,
bernanke,person,en,Chairman Ben Bernanke,admitted,,,,,,,,,,,
bernanke,person,en,Chairman Bernanke,admitted,,,,,,,,,,,
paulson,person,ko,폴슨 재무장관,preferred,,,,,,,,,,,
paulson,person,en,Henry Paulson,preferred,,Paulson,,,,,,,,,
paulson,person,en,Treasury Secretary Henry Paulson,admitted,,Paulson,,,,,,,,,
`

func t37Pair(t *testing.T, src, tgt string) []Finding {
	t.Helper()
	c := caseChecker(t, "session20t37.csv", session20T37Glossary)
	return c.Pair("p.tsv", Pair{Source: src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English})
}

// A forbidden lower-case form found in title case is reported in a pair
// only when the source names its entry (house38: "Domestic Violence
// Charges" for 가정 폭력 혐의, "the Inquisition" for 종교 재판); a forbidden
// name of an entry whose Korean needs a context is not reported where the
// source does not match it (check12l's clean "A Westland helicopter").
func TestTitledUnsourced(t *testing.T) {
	for _, tc := range []struct{ src, tgt, want string }{
		{"세라 페일린의 장남, 가정 폭력 혐의로 체포당해", "Sarah Palin's Eldest Son Arrested on Domestic Violence Charges", ""},
		{"유럽에는 종교 재판의 공포가 난무했다.", "Ahead still was the horror of the Inquisition.", ""},
		{"웨스트랜드 헬리콥터가 이륙했다.", "A Westland helicopter took off.", ""},
		// The source names the entry: reported as before.
		{"그는 폭행혐의로 체포됐다.", "He was held on Violence Charges, police said.", "assault-charges Violence Charges"},
		{"경찰의 심문이 이어졌다.", "The Inquisition by police went on.", "interrogation Inquisition"},
		{"나이로비의 웨스트랜드에서 총격이 있었다.", "Shots were fired in Nairobi's Westland.", "westlands Westland"},
		// Lower case and a sentence start: not title case (T28's rule and
		// the list's forbidden form as before).
		{"폭동이 있었다.", "He faced violence charges.", "assault-charges violence charges"},
		{"종교 재판이 열렸다.", "Inquisition followed.", "interrogation Inquisition"},
	} {
		if got := t28Join(t37Pair(t, tc.src, tc.tgt)); got != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}

// An article drops the title-case form as a pair does (house38's
// ntrex-even#article 1610).
func TestTitledUnsourcedArticle(t *testing.T) {
	c := caseChecker(t, "session20t37.csv", session20T37Glossary)
	pairs := []Pair{
		{Source: "세라 페일린의 장남, 가정 폭력 혐의로 체포당해", Target: "Sarah Palin's Eldest Son Arrested on Domestic Violence Charges", SourceLang: language.Korean, TargetLang: language.English, SourceLine: 1, TargetLine: 1},
		{Source: "그는 폭행혐의로 체포됐다.", Target: "He Was Arrested on Violence Charges", SourceLang: language.Korean, TargetLang: language.English, SourceLine: 2, TargetLine: 2},
	}
	var got []string
	for _, f := range c.Document("a.tsv", pairs, time.Time{}) {
		if f.Rule == RuleDeprecated {
			got = append(got, f.Found)
		}
	}
	if want := "Violence Charges"; strings.Join(got, "|") != want {
		t.Errorf("got %v, want one finding on the second pair", got)
	}
}

// "President Sarkozy" after "President Nicolas Sarkozy" is a second
// reference, no second spelling (check12l's planted desk, a false
// inconsistent warning).
func TestTitleKeptShort(t *testing.T) {
	c := caseChecker(t, "session20t37.csv", session20T37Glossary)
	var got []string
	for _, f := range c.TextOn("a.txt", "President Nicolas Sarkozy called for punishment.\n\nPresident Sarkozy spoke again.", language.English, time.Time{}) {
		if f.Rule == RuleInconsistent {
			got = append(got, f.Found)
		}
	}
	if want := ""; strings.Join(got, "|") != want {
		t.Errorf("inconsistent: got %v, want %q", got, want)
	}
	for _, tc := range []struct {
		short, long string
		want        bool
	}{
		{"President Sarkozy", "President Nicolas Sarkozy", true},
		{"George Bush", "George W. Bush", true},
		{"Nicolas Sarkozy", "President Nicolas Sarkozy", false}, // shortReference's
		{"President Sarcozy", "President Nicolas Sarkozy", false},
		{"President Nicolas", "President Nicolas Sarkozy", false},
	} {
		if got := titleKeptShort(tc.short, tc.long); got != tc.want {
			t.Errorf("titleKeptShort(%q, %q) = %v, want %v", tc.short, tc.long, got, tc.want)
		}
	}
}

// A surname respelt after a title and the listed given name, where the
// Korean gives the surname and title only, misspells the person: an
// error (check12k's planted k-1 and k-2), no transliteration of the Korean.
func TestTitledMisspelt(t *testing.T) {
	for _, tc := range []struct{ src, tgt, want string }{
		{"버냉키 의장은 금리를 동결했다.", "Chairman Ben Bernanki kept rates on hold.", "target-term-missing bernanke error"},
		{"폴슨 재무장관은 구제금융안을 설명했다.", "Treasury Secretary Henry Poulsen explained the rescue plan.", "target-term-missing paulson error"},
		// The listed spelling: nothing.
		{"버냉키 의장은 금리를 동결했다.", "Chairman Ben Bernanke kept rates on hold.", ""},
	} {
		var got []string
		for _, f := range t37Pair(t, tc.src, tc.tgt) {
			got = append(got, f.Rule+" "+f.Term+" "+f.Severity.String())
		}
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.tgt, got, tc.want)
		}
	}
}

// With house37.csv itself (its dated titled forms): Chairman Ben Bernanki
// read as a transliteration before (check12k-missed's k-1).
func TestTitledMisspeltHouse37(t *testing.T) {
	g, err := glossary.Load("../testdata/checkreal/house37.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	c.Missing = glossary.Types
	var got []string
	for _, f := range c.Pair("p.tsv", Pair{Source: "버냉키 의장은 금리를 동결했다.", Target: "Chairman Ben Bernanki kept rates on hold.", SourceLang: language.Korean, TargetLang: language.English}) {
		got = append(got, f.Rule+" "+f.Term+" "+f.Severity.String())
	}
	if want := "target-term-missing bernanke-fed-chairman error"; strings.Join(got, "; ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A short word of a two-word lower-case term with a letter replaced, the
// other word exact, is a near miss unless it is a word (check12l-missed's
// "plea deel").
func TestShortSubstituted(t *testing.T) {
	c := caseChecker(t, "session20t37.csv", session20T37Glossary+`plea-deal,term,ko,플리바겐,preferred,,,,,,,,,,,
plea-deal,term,en,plea deal,preferred,,,,,,,,,,,
`)
	for _, tc := range []struct{ text, want string }{
		{"The plea deel collapsed.", "plea deel"},
		{"The plea deals collapsed.", ""},
		{"The plea dead end.", ""},
		{"The plea deal collapsed.", ""},
	} {
		if got := nearMissesIn(c, tc.text); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A plural possessive inside a name keeps its apostrophe, so the name's
// sequence goes on (check12l-missed's "Belfast Magistrats' Court"); the
// listed name itself is no near miss.
func TestPluralPossessiveName(t *testing.T) {
	c := caseChecker(t, "session20t37.csv", session20T37Glossary+`belfast-court,organization,ko,벨파스트 치안법원,preferred,,,,,,,,,,,
belfast-court,organization,en,Belfast Magistrates' Court,preferred,,,,,,,,,,,
`)
	for _, tc := range []struct{ text, want string }{
		{"The Belfast Magistrats' Court heard the case.", "Belfast Magistrats' Court"},
		{"The Belfast Magistrates' Court heard the case.", ""},
	} {
		if got := nearMissesIn(c, tc.text); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// nearMissesIn returns the found forms of c's near-miss findings in the
// English text, joined by "|".
func nearMissesIn(c *Checker, text string) string {
	var got []string
	for _, f := range c.TextOn("a.txt", text, language.English, time.Time{}) {
		if f.Rule == RuleNearMiss {
			got = append(got, f.Found)
		}
	}
	return strings.Join(got, "|")
}
