package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Session 25 (helper T78, issue #11): house94's false alarms on persons, on
// our own sentences with a small list of our own (names made up for the
// test): a not_in that widened a two-syllable name (notin_narrows.go), a
// shared surname after another bearer's full name
// (firstmention_otherbearer.go), a Korean compound title
// (firstmention_koreantitle.go).
const t78Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
jo-han,person,ko,조한,preferred,,,,,,,,,조한 통일|조한 광복,,
jo-han,person,ko,조한 법무부 장관,admitted,,,,,,,,,,,
jo-han,person,en,Cho Han,preferred,,Cho,,,,,,,,,
bo-ra,person,ko,보라,preferred,,,,,,,,,,,
bo-ra,person,en,Bo Ra,preferred,,Bo,,,,,,,,,
pak-mun-su,person,ko,박문수,preferred,,,,,,,,,,,
pak-mun-su,person,ko,박문수 국무총리,admitted,,,,,,,,,,,
pak-mun-su,person,en,Pak Mun-su,preferred,,Pak,,,,,,,,,
pak-mun-su,person,en,Prime Minister Pak Mun-su,admitted,,,,,,,,,,,
ri-son-ok,person,ko,리선옥,preferred,,,,,,,,,,,
ri-son-ok,person,ko,리선옥 외무상,admitted,,,,,,,,,,,
ri-son-ok,person,en,Ri Son Ok,preferred,,Ri,,,,,,,,,
pak-jae-il,person,ko,박재일,preferred,,,,,,,,,,,
pak-jae-il,person,ko,박재일 대통령,admitted,,,,,,,,,,,
pak-jae-il,person,en,Pak Jae-il,preferred,,Pak,,,,,,,,,
pak-jae-il,person,en,President Pak Jae-il,admitted,,,,,,,,,,,
pak-jae-won,person,ko,박재원,preferred,,,,,,,,,,,
pak-jae-won,person,en,Pak Jae-won,preferred,,Pak,,,,,,,,,
`

// t78Findings gives what the findings of rule found (first-mention) or
// expected (target-term-missing, which finds nothing in the target).
func t78Findings(fs []Finding, rule string) string {
	var s []string
	for _, f := range fs {
		if f.Rule == rule && f.Found != "" {
			s = append(s, f.Found)
		} else if f.Rule == rule {
			s = append(s, f.Expected)
		}
	}
	return strings.Join(s, "; ")
}

// TestNotInNarrows: a two-syllable name counts only beside a title, its
// not_in list or not (조한을 위해 is a word here, as 보라 is).
func TestNotInNarrows(t *testing.T) {
	c := caseChecker(t, "t78.csv", t78Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"그는 조한을 위해 헌신했다.", "He devoted his life to it.", ""},
		{"그는 보라를 위해 헌신했다.", "He devoted his life to it.", ""},
		{"조한 통일을 위해 헌신했다.", "He devoted his life to it.", ""},
		{"조한 장관이 회의를 열었다.", "A meeting was held.", "Cho Han"},
		{"보라 장관이 회의를 열었다.", "A meeting was held.", "Bo Ra"},
		// A government named after its head names the person (보라 정부).
		{"보라 정부가 회의를 열었다.", "A meeting was held.", "Bo Ra"},
		{"보라 미 행정부가 회의를 열었다.", "A meeting was held.", "Bo Ra"},
		{"보라 정부의 회의가 열렸다.", "The government's meeting was held.", ""},
	} {
		fs := c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English,
			SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, Date: time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC)})
		if got := t78Findings(fs, RuleTargetMissing); got != tc.want {
			t.Errorf("%q / %q: target-term-missing %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}

// TestOtherBearerNamed: a shared surname alone right after one bearer's
// full name is that bearer's second reference, no first mention of the
// other, named later; before any full name it still is one.
func TestOtherBearerNamed(t *testing.T) {
	c := caseChecker(t, "t78.csv", t78Glossary)
	for _, tc := range []struct{ text, want string }{
		{"President Pak Jae-il met them on Monday. Pak said it would pass. Pak Jae-won agreed.", ""},
		{"Pak said it would pass. President Pak Jae-il met them. Pak Jae-won agreed.", "Pak; Pak"},
	} {
		if got := t78Findings(c.Text("a.txt", tc.text, language.English), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestKoreanCompoundTitle: the Korean name and a compound title (국무총리,
// 외무상) names the person in full, as the name and 대통령 does; the
// function itself takes titles only.
func TestKoreanCompoundTitle(t *testing.T) {
	c := caseChecker(t, "t78.csv", t78Glossary)
	for _, tc := range []struct{ text, want string }{
		{"박재일 대통령과 박문수 국무총리가 회의를 열었다.", ""},
		{"리선옥 외무상이 담화를 발표했다.", ""},
	} {
		if got := t78Findings(c.Text("a.txt", tc.text, language.Korean), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
	for w, want := range map[string]bool{"국무총리": true, "외무장관": true, "외무상": true, "국방상": true,
		"총리": false, "상": false, "이상하다": false, "Minister": false, "대통령": false} {
		if got := koreanCompoundTitle(w); got != want {
			t.Errorf("koreanCompoundTitle(%q) = %v, want %v", w, got, want)
		}
	}
}
