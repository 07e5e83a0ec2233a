package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Tests of formername.go.

// Session 17 (helper T15): what house17 (held-out-glossary-17) and its
// planted set check11q showed, on our own sentences with a small list of
// our own (names made up for the test).
const session17T15Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
mark-olden,person,en,Mark Olden,preferred,,Olden,,,,,,,,,
mark-olden,person,en,Big Marko,deprecated,,,,,,,,,,,
mark-olden,person,ko,마크 올든,preferred,,올든,,,,,,,,,
mark-olden,person,ko,빅 마르코,deprecated,,,,,,,,,,,
owen-hawke,person,en,Owen Hawke,preferred,,Hawke,,,,,,,,,
owen-hawke,person,ko,호크,preferred,,,,,,,,,,키스|배우,
gerd-halstein,person,en,Gerd von Halstein,preferred,,Halstein,,,,,,,,,
gerd-halstein,person,ko,할슈타인,preferred,,,,,,,,,,기술|해부,
lorna-pike,person,en,Lorna Pike,preferred,,Pike,,,,,,,,,
lorna-pike,person,ko,로나 파이크,preferred,,,,,,,,,,
nina-thorwald,person,en,Nina Thorwald,preferred,,Thorwald,,,,,,,,,
nina-thorwald,person,ko,니나 토르발트,preferred,,,,,,,,,,,
carla-bennie,person,en,Carla Bennie,preferred,,Bennie,,,,,,,,,
carla-bennie,person,ko,카를라 베니,preferred,,,,,,,,,,,
`

func session17T15Pair(c *Checker, src, tgt string) []Finding {
	return c.Pair("p.tsv", Pair{Source: src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English,
		SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, Date: time.Date(2018, 11, 1, 0, 0, 0, 0, time.UTC)})
}

// TestFormerName: a forbidden form given as a former or other name is no
// misuse (formername.go); used as the name it still is a finding.
func TestFormerName(t *testing.T) {
	c := caseChecker(t, "session17t15.csv", session17T15Glossary)
	for _, tc := range []struct {
		src, tgt string
		want     int // deprecated-term findings
	}{
		{"마크 올든이 공연했다.", "Mark Olden, formerly known as Big Marko, performed.", 0},
		{"마크 올든이 공연했다.", "Mark Olden has been variously known as Big Marko, M.O. or Marko, but now prefers his name.", 0},
		{"마크 올든이 공연했다.", "Mark Olden, also known as Marko, Big M and Big Marko, performed.", 0},
		{"마크 올든이 공연했다.", "Mark Olden, who used to call himself Big Marko, performed.", 0},
		{"마크 올든이 공연했다.", "Mark Olden (formerly Big Marko) performed.", 0},
		{"마크 올든이 공연했다.", "Mark Olden, then known as Big Marko, performed in 1999.", 0},
		// Used as the name: still findings.
		{"마크 올든이 공연했다.", "Big Marko performed.", 1},
		{"마크 올든이 공연했다.", "Mark Olden, better known as Big Marko, performed.", 1},
		{"마크 올든이 공연했다.", "Mark Olden, known as a rapper, met Big Marko fans.", 1},
		{"마크 올든이 공연했다.", "Formerly a dancer, Big Marko performed.", 1},
		// The Korean side.
		{"옛 이름 빅 마르코로 활동한 마크 올든이 공연했다.", "Mark Olden performed.", 0},
		{"빅 마르코로 알려졌던 마크 올든이 공연했다.", "Mark Olden performed.", 0},
		{"마크 올든은 빅 마르코라고도 알려진 가수다.", "Mark Olden is a singer.", 0},
		{"빅 마르코가 공연했다.", "Mark Olden performed.", 1},
	} {
		fs := session17T15Pair(c, tc.src, tc.tgt)
		n := 0
		for _, f := range fs {
			if f.Rule == RuleDeprecated {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("%q / %q: %d deprecated-term findings, want %d\n%s", tc.src, tc.tgt, n, tc.want, brief(fs))
		}
	}
}

func TestFormerNameCuesT49(t *testing.T) {
	for _, tc := range []struct {
		text, form string
		lang       language.Tag
		want       bool
	}{
		{"Fellow rapper, Snoop Dogg has had the name Snoop Lion and of course the late Prince.", "Snoop Lion", language.English, true},
		{"Combs, who has gone by Puff Daddy, P. Diddy and Diddy, said so.", "P. Diddy", language.English, true},
		{"The band was renamed from Snoop Lion in 2013.", "Snoop Lion", language.English, true},
		{"Puff Daddy, as he was then known, released the album.", "Puff Daddy", language.English, true},
		{"Puff Daddy released the album.", "Puff Daddy", language.English, false},
		{"Puff Daddy, as he is known, released the album.", "Puff Daddy", language.English, false},
		{"동료 래퍼인 스눕 독(Snoop Dogg)은 스눕 라이언(Snoop Lion)이라는 이름을 가졌고 물론 프린스는 이름을 바꾸었다.", "스눕 라이언", language.Korean, true},
		{"숀 콤스(Sean Combs)는 퍼프 대디(Puff Daddy), P.디디(P. Diddy), 디디(Diddy)와 같이 다양하게 알려져 있습니다.", "퍼프 대디", language.Korean, true},
		{"개명 전 이름인 스눕 라이언으로 앨범을 냈다.", "스눕 라이언", language.Korean, true},
		{"스눕 라이언이 새 앨범을 냈다.", "스눕 라이언", language.Korean, false},
	} {
		k := strings.Index(tc.text, tc.form)
		if got := formerName(tc.text, k, k+len(tc.form), tc.lang); got != tc.want {
			t.Errorf("%q in %q: got %v, want %v", tc.form, tc.text, got, tc.want)
		}
	}
}
