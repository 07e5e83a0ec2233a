package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Tests of session 27's Korean titles (helper T96, koreantitles.go).

// TestKoreanTitleWord: a title of any list, a chief's title in 장, a
// compound and a word ending in a listed title of two syllables or more
// are titles (하원의원, 주지사, 대법관, 국무장관, 사무총장); a name is none,
// nor a word of another sense.
func TestKoreanTitleWord(t *testing.T) {
	for w, want := range map[string]bool{
		"하원의원": true, "상원의원": true, "연방하원의원": true, "하원의장": true, "주지사": true, "대법관": true,
		"연방대법관": true, "국무장관": true, "사무총장": true, "부통령": true, "추기경": true, "총영사": true,
		"장군": true, "여사": true, "감독": true, "특검": true, "외무상": true, "국가주석": true, "대통령": true,
		"워터스": false, "그레이엄": false, "루이사": false, "이사": false, "코치": false, "씨": false, "하원": false,
	} {
		if got := koreanTitleWord(w); got != want {
			t.Errorf("koreanTitleWord(%q) = %v, want %v", w, got, want)
		}
	}
}

const session27T96Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
maxine-waters,person,ko,맥신 워터스,preferred,,,,,,,,,,,
maxine-waters,person,ko,워터스 하원의원,admitted,,,,,,,,,,,
maxine-waters,person,en,Maxine Waters,preferred,,Waters,,,,,,,,,
ruth-ginsburg,person,ko,루스 베이더 긴즈버그,preferred,,,,,,,,,,,
ruth-ginsburg,person,ko,긴즈버그 대법관,admitted,,,,,,,,,,,
gavin-newsom,person,ko,개빈 뉴섬,preferred,,,,,,,,,,,
gavin-newsom,person,ko,뉴섬 주지사,admitted,,,,,,,,,,,
antonio-guterres,person,ko,안토니우 구테흐스,preferred,,,,,,,,,,,
antonio-guterres,person,ko,구테흐스 사무총장,admitted,,,,,,,,,,,
tongsun-park,person,ko,박동선,preferred,,,,,,,,,,,
tongsun-park,person,ko,박동선 씨,admitted,,,,,,,,,,,
tongsun-park,person,ko,박동선씨,admitted,,,,,,,,,,,
tongsun-park,person,ko,박 씨,admitted,,,,,,,,,,,
tongsun-park,person,en,Tongsun Park,preferred,,Park,,,,,,,,,
`

// TestKoreanTitledSurnameAfterFull: a titled surname after the full name
// (워터스 하원의원 after 맥신 워터스 하원의원, check15w-missed; 긴즈버그
// 대법관, 뉴섬 주지사, 구테흐스 사무총장) is a second reference, no second
// spelling (inconsistent).
func TestKoreanTitledSurnameAfterFull(t *testing.T) {
	c := caseChecker(t, "session27t96.csv", session27T96Glossary)
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"국제부\n\n맥신 워터스 하원의원이 성명을 냈다. 워터스 하원의원은 이후 트위터에 글을 올렸다.",
		"국제부\n\n맥신 워터스가 성명을 냈다. 워터스 하원의원은 이후 트위터에 글을 올렸다.",
		"국제부\n\n루스 베이더 긴즈버그 대법관이 말했다. 긴즈버그 대법관은 이후 입원했다.",
		"국제부\n\n개빈 뉴섬 주지사가 말했다. 뉴섬 주지사는 이후 서명했다.",
		"국제부\n\n안토니우 구테흐스 사무총장이 말했다. 구테흐스 사무총장은 이후 떠났다.",
	} {
		if got := t18Rules(c.TextOn("a.txt", text, language.Korean, day), RuleInconsistent); got != "" {
			t.Errorf("%q: inconsistent %q, want none", text, got)
		}
	}
}

// TestKoreanHonorificFull: the full name with the honorific 씨, with a
// space or glued (박동선 씨, 박동선씨; check15x-missed), is a full first
// mention as the name with a title is; the surname with it (박 씨) is not.
// Since session 28 (helper T114) a cleric's title too (박동선 목사, 버나드 밴
// 목사), by the lead's session-27 ruling (firstmention_titledfull.go).
func TestKoreanHonorificFull(t *testing.T) {
	for _, tc := range []struct {
		form, name string
		want       bool
	}{
		{"박동선 씨", "박동선", true},
		{"박동선씨", "박동선", true},
		{"홍길동 님", "홍길동", true},
		{"노무현 전 대통령", "노무현", true},
		{"박 씨", "박동선", false},
		{"박동선 씨 부인", "박동선", false},
		{"박동선대통령", "박동선", false},
		{"박동선 목사", "박동선", true},
		{"버나드 밴 목사", "버나드 밴", true},
	} {
		if got := koreanTitledFull(tc.form, tc.name); got != tc.want {
			t.Errorf("koreanTitledFull(%q, %q) = %v, want %v", tc.form, tc.name, got, tc.want)
		}
	}
	c := caseChecker(t, "session27t96.csv", session27T96Glossary)
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"한국부\n\n박동선 씨가 뉴욕에서 기소됐다.", ""},
		{"한국부\n\n박동선씨가 뉴욕에서 기소됐다.", ""},
		{"한국부\n\n박 씨가 뉴욕에서 기소됐다.", "tongsun-park 박 씨"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, day), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}
