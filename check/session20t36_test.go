package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Session 20 (helper T36): a listed term's noun inside its 하다 verb.
const session20T36Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
boycott,term,ko,보이콧,preferred,,,,,,,,,,,
boycott,term,en,boycott,preferred,,,,,,,,,,,
search,term,ko,압수 수색,preferred,,,,,,,,,,,
search,term,en,search,preferred,,,,,,,,,,,
weapons,term,ko,무기,preferred,,,,,,,,,,,
weapons,term,en,weapons,preferred,,,,,,,,,,,
captain,term,ko,주장,preferred,,,,,,,,,,선수|팀,
captain,term,en,captain,preferred,,,,,,,,,,,
`

// TestHadaVerbMissing: a listed term in its 하다 or 되다 verb is the term in
// the source (check12i-missed's 보이콧했다 rendered as "won"), so the
// English must render it; the English verb (boycotted) does. A noun that
// only ends in a verb's syllable (무기한, indefinite) and a homograph with
// a context of its own in its verb (주장했다, claimed) are not the term.
func TestHadaVerbMissing(t *testing.T) {
	c := caseChecker(t, "session20t36.csv", session20T36Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"야당은 선거를 보이콧했다.", "The opposition won the election.", "boycott"},
		{"야당은 선거를 보이콧했다.", "The opposition boycotted the election.", ""},
		{"야당은 선거를 보이콧하기로 했다.", "The opposition will boycott the vote.", ""},
		{"검찰은 사무실을 압수 수색했다.", "Prosecutors raided the office.", "search"},
		{"검찰은 사무실을 압수 수색했다.", "Prosecutors searched the office.", ""},
		{"회의가 무기한 연기됐다.", "The meeting was postponed indefinitely.", ""},
		{"선수들은 심판이 틀렸다고 주장했다.", "The players said the referee was wrong.", ""},
	} {
		if got := pairTerms(c, tc.src, tc.tgt, RuleTargetMissing); got != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}

const session20T36Dated = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
gwanak-campus,place,ko,관악 캠퍼스,preferred,,,,,,,,,,,
gwanak-campus,place,en,Gwanak campus,preferred,,,,,,,,,,,
gwanak-campus,place,en,Kwanak campus,admitted,,,,,,,2000-07-06,,,,
northern-gyeonggi,place,ko,경기도 북부,preferred,,,,,,,,,,,
northern-gyeonggi,place,en,northern Gyeonggi Province,preferred,,,,,,,,,,,
northern-gyeonggi,place,en,northern Kyonggi Province,admitted,,,,,,,2000-07-06,,,,
most,organization,ko,과학기술부,preferred,,,,,,,,,,,
most,organization,en,Ministry of Education and Science,preferred,,,,,,,,,,,
most,organization,en,Ministry of Science and Technology,admitted,,,,,,,2008-02-28,,,,
labor,organization,ko,노동당,preferred,,,,,,,,,,,
labor,organization,en,Labor Party,preferred,,,,,,,,,,,
labor,organization,en,Labour Party,admitted,,,,,,,2000-07-06,,,,
`

// TestRomanizedForm: a dated form that differs from a later form of its
// entry only in romanizing the Korean (Kwanak for 관악, Kyonggi for 경기)
// is reported after its day even where the source or a neighbouring
// source names the entry (T34's Kwanak campus, kpc-test 1873); a dated
// old name (the Ministry of Science and Technology) and a respelling that
// romanizes no Korean (Labour) still render the source's name.
func TestRomanizedForm(t *testing.T) {
	c := caseChecker(t, "session20t36dated.csv", session20T36Dated)
	day := time.Date(2008, 9, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ src, tgt, after, want string }{
		{"학생들이 모였다.", "Students gathered at the Kwanak campus.", "관악 캠퍼스에 학생들이 모였다.", "gwanak-campus"},
		{"관악 캠퍼스에 모였다.", "They met at the Kwanak campus.", "", "gwanak-campus"},
		{"경기도 북부에 비가 왔다.", "It rained in northern Kyonggi Province.", "", "northern-gyeonggi"},
		{"과학기술부는 말했다.", "The Ministry of Science and Technology said so.", "", ""},
		{"노동당은 말했다.", "The Labour Party said so.", "", ""},
		{"관악 캠퍼스에 모였다.", "They met at the Gwanak campus.", "", ""},
	} {
		var got []string
		for _, f := range c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, After: tc.after, SourceLang: language.Korean, TargetLang: language.English, Date: day}) {
			if f.Rule == RuleDeprecated {
				got = append(got, f.Term)
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, g, tc.want)
		}
	}
}
