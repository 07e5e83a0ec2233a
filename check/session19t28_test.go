package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Session 19 (helper T28): house30's kinds, with entries of our own.
const session19T28Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
landfall,term,ko,상륙,preferred,,,a storm's landfall,,,,,,,허리케인|폭풍|태풍,
landfall,term,en,landfall,preferred,,,,,,,,,,,
landfall,term,en,landing,deprecated,,,,,,,,,,,
email,term,ko,이메일,preferred,,,,,,,,,,,
email,term,en,email,preferred,,,,,,,,,,,
email,term,en,e-mail,deprecated,,,,,,,,,,,
judiciary-committee,organization,ko,법사위원회,preferred,,,,,,,,,,,
judiciary-committee,organization,en,Senate Judiciary Committee,preferred,,,,,,,,,,,
judiciary-committee,organization,en,Senate Judicial Committee,deprecated,,,,,,,,,,,
jeff-flake,person,ko,플레이크,preferred,,,,,,,,,,상원|의원,
jeff-flake,person,en,Jeff Flake,preferred,,Flake,,,,,,,,,
`

// t28Deprecated gives the deprecated-term findings of a pair as "term
// found", joined by "; ".
func t28Deprecated(t *testing.T, src, tgt string) string {
	t.Helper()
	c := caseChecker(t, "session19t28.csv", session19T28Glossary)
	return t28Join(c.Pair("p.tsv", Pair{Source: src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English}))
}

func t28Join(fs []Finding) string {
	var s []string
	for _, f := range fs {
		if f.Rule == RuleDeprecated {
			s = append(s, f.Term+" "+f.Found)
		}
	}
	return strings.Join(s, "; ")
}

// A forbidden ordinary word is reported in a pair only when the source has
// a form of its entry (house30: "landing" for a plane's 착륙, 6 false
// errors); a spelling of an allowed form, a capitalised name and a
// monolingual text keep their findings.
func TestCommonWordNeedsSource(t *testing.T) {
	for _, tc := range []struct{ src, tgt, want string }{
		// house30's kpc-test 1254, ntrex 1837: a plane's landing.
		{"비행기는 탬파에 착륙할 예정이었다.", "The flight was scheduled for landing in Tampa.", ""},
		{"착륙하자마자 그녀의 딸은 병원으로 옮겨졌다.", "On landing her daughter had been rushed to hospital.", ""},
		// The storm's landfall rendered with the forbidden word: reported.
		{"허리케인이 플로리다에 상륙했다.", "The hurricane's landing in Florida was expected.", "landfall landing"},
		// A spelling of the allowed form, house style whatever the source
		// says (house25's kpc-dev 122: e-mail with 전자우편 in the source).
		{"그는 전자우편을 보냈다.", "He sent an e-mail.", "email e-mail"},
		// A capitalised, several-word form: a name, reported.
		{"위원회가 열렸다.", "The Senate Judicial Committee met.", "judiciary-committee Senate Judicial Committee"},
	} {
		if got := t28Deprecated(t, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
	// Monolingual English: no source to read the word against, reported.
	c := caseChecker(t, "session19t28.csv", session19T28Glossary)
	if got := t28Join(c.TextOn("a.txt", "On landing her daughter had been rushed to hospital.", language.English, time.Time{})); got != "landfall landing" {
		t.Errorf("monolingual: got %q, want %q", got, "landfall landing")
	}
}

// An article (Document, whose deprecated forms come from a monolingual
// pass on each side) drops the word as a pair does.
func TestCommonWordNeedsSourceArticle(t *testing.T) {
	c := caseChecker(t, "session19t28.csv", session19T28Glossary)
	pairs := []Pair{
		{Source: "비행기가 착륙했다.", Target: "The plane's landing went well.", SourceLang: language.Korean, TargetLang: language.English, SourceLine: 1, TargetLine: 1},
		{Source: "태풍이 상륙했다.", Target: "The typhoon's landing followed.", SourceLang: language.Korean, TargetLang: language.English, SourceLine: 2, TargetLine: 2},
	}
	var got []string
	for _, f := range c.Document("a.tsv", pairs, time.Time{}) {
		if f.Rule == RuleDeprecated {
			got = append(got, f.Found+"@"+f.Unit+"/"+strings.TrimSpace(f.Side))
		}
	}
	if want := "landing@/target"; len(got) != 1 || got[0] != want {
		t.Errorf("got %v, want one finding on the second pair", got)
	}
}

// A listed person's surname with its first letter changed to one the
// Korean cannot be heard as is a misspelling, an error (check12d's "Sen.
// Jeff Blake" for 플레이크, a warning before: b and p share a consonant
// class in sameSkeleton).
func TestInitialMisheard(t *testing.T) {
	c := caseChecker(t, "session19t28.csv", session19T28Glossary)
	var got []string
	for _, f := range c.Pair("p.tsv", Pair{Source: "플레이크 의원은 반대표를 던졌다.", Target: "Sen. Jeff Blake voted against it.",
		SourceLang: language.Korean, TargetLang: language.English}) {
		got = append(got, f.Rule+" "+f.Term+" "+f.Severity.String())
	}
	if want := RuleTargetMissing + " jeff-flake error"; strings.Join(got, "; ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, tc := range []struct {
		sw, ln string
		want   bool
	}{
		{"플레이크", "blake", true},  // ㅍ is never a b
		{"플레이크", "plake", false}, // ㅍ may be a p: a transliteration's letter
		{"폴슨", "paulsen", false}, // the first letter kept
		{"블레이크", "flake", false}, // Flake no reading of 블레이크 either: nothing to tell
		{"플레이크", "drake", false}, // two letters changed: not one edit from flake
	} {
		if got := initialMisheard(tc.sw, tc.ln, []string{"flake", "paulson"}); got != tc.want {
			t.Errorf("initialMisheard(%q, %q) = %v, want %v", tc.sw, tc.ln, got, tc.want)
		}
	}
}
