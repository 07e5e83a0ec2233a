package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// TestTitledSource: a person's titled English form past its window, in a
// pair whose Korean names the person, renders the source only when the
// Korean gives a title too (sourceTitles); the bare full name dates nothing
// (session 27, helper T105; house141's Ahmadinejad and Olmert, check16k).
func TestTitledSource(t *testing.T) {
	c := caseChecker(t, "t105.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
mahmoud-ahmadinejad,person,ko,마흐무드 아흐마디네자드,preferred,,,,,,,,,,,
mahmoud-ahmadinejad,person,ko,아흐마디네자드 대통령,admitted,,,,,,2005-08-03,2013-08-03,,,,
mahmoud-ahmadinejad,person,en,Mahmoud Ahmadinejad,preferred,,Ahmadinejad,,,,,,,,,
mahmoud-ahmadinejad,person,en,President Mahmoud Ahmadinejad,admitted,,,,,,2005-08-03,2013-08-03,,,,
ehud-olmert,person,ko,에후드 올메르트,preferred,,,,,,,,,,,
ehud-olmert,person,en,Ehud Olmert,preferred,,Olmert,,,,,,,,,
ehud-olmert,person,en,Prime Minister Ehud Olmert,admitted,,,,,,2006-01-04,2009-03-31,,,,
john-paul-ii,person,ko,존 폴 2세,preferred,,,,,,,,,,,
john-paul-ii,person,en,John Paul II,preferred,,,,,,,,,,,
john-paul-ii,person,en,Pope John Paul II,admitted,,,,,,1978-10-16,2005-04-02,,,,
mst,organization,ko,과학기술부,preferred,,,,,,,,,,,
mst,organization,en,Ministry of Science and Technology,preferred,,,,,,,2008-02-28,,,,
`)
	const ahmadi = "deprecated-term error President Mahmoud Ahmadinejad -> Mahmoud Ahmadinejad"
	const olmert = "deprecated-term error Prime Minister Ehud Olmert -> Ehud Olmert"
	const pope = "deprecated-term error Pope John Paul II -> John Paul II"
	for _, tc := range []struct{ name, before, ko, en, want string }{
		// The bare full name: the title is the English's own.
		{"bare full name", "", "마흐무드 아흐마디네자드가 말했다.", "Iranian President Mahmoud Ahmadinejad said so.", ahmadi},
		{"bare full name, topic", "", "에후드 올메르트는 말했다.", "Israeli Prime Minister Ehud Olmert said so.", olmert},
		{"bare full name, no particle", "", "에후드 올메르트 말했다.", "Israeli Prime Minister Ehud Olmert said so.", olmert},
		{"bare name in the pair before", "마흐무드 아흐마디네자드가 왔다.", "그가 말했다.", "Iranian President Mahmoud Ahmadinejad said so.", ahmadi},
		// The Korean gives a title: the English renders it (as before).
		{"titled Korean form", "", "아흐마디네자드 대통령이 말했다.", "President Mahmoud Ahmadinejad said so.", ""},
		{"body and title after", "", "마흐무드 아흐마디네자드 이란 대통령이 말했다.", "Iranian President Mahmoud Ahmadinejad said so.", ""},
		{"title after", "", "에후드 올메르트 총리는 말했다.", "Prime Minister Ehud Olmert said so.", ""},
		{"former title", "", "에후드 올메르트 전 이스라엘 총리는 말했다.", "Prime Minister Ehud Olmert said so.", ""},
		{"body and former title", "", "에후드 올메르트 이스라엘 전 총리는 말했다.", "Prime Minister Ehud Olmert said so.", ""},
		{"title before", "", "교황 존 폴 2세의 교황청이 선언했다.", "Pope John Paul II's office declared it.", ""},
		{"titled in the pair before", "에후드 올메르트 이스라엘 총리가 왔다.", "그가 말했다.", "Prime Minister Ehud Olmert said so.", ""},
		// Two words before the title: not read as the person's title.
		{"words between", "", "존 폴 2세 시절 로마 교황청이 선언했다.", "Pope John Paul II's office declared it.", pope},
		// Not a person's title: the source's name of its time, as before
		// (g19-kpc-test 1876).
		{"ministry", "", "과학기술부가 발표했다.", "The Ministry of Science and Technology said so.", ""},
	} {
		pr := Pair{Source: tc.ko, Target: tc.en, SourceLang: language.Korean, TargetLang: language.English,
			SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1}
		if tc.before != "" {
			pr.Before = []string{tc.before}
		}
		var got []string
		for _, f := range c.Pair("p.tsv", pr) {
			if f.Rule == RuleDeprecated && f.Side == "target" {
				got = append(got, f.Rule+" "+f.Severity.String()+" "+f.Found+" -> "+f.Expected)
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s: %q / %q: got %q, want %q", tc.name, tc.ko, tc.en, g, tc.want)
		}
	}
	// A dated pair in the window: no finding whatever the Korean names.
	pr := Pair{Source: "마흐무드 아흐마디네자드가 말했다.", Target: "President Mahmoud Ahmadinejad said so.", SourceLang: language.Korean,
		TargetLang: language.English, SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, Date: time.Date(2008, 1, 1, 0, 0, 0, 0, time.UTC)}
	if got := t17Rules(c.Pair("p.tsv", pr)); got != "" {
		t.Errorf("in its window: got %q", got)
	}
}
