package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// TestKoreanDatedTitleFull: the Korean preferred name with a dated title
// after it (check15j's 노무현 전 대통령) is a full first mention; the
// surname with one (트럼프 전 대통령) stays a short first mention.
func TestKoreanDatedTitleFull(t *testing.T) {
	for _, tc := range []struct {
		form, name string
		want       bool
	}{
		{"노무현 전 대통령", "노무현", true},
		{"노무현 前 대통령", "노무현", true},
		{"이낙연 전 국무총리", "이낙연", true},
		{"정세균 전 총리", "정세균", true},
		{"강경화 전 외교부 장관", "강경화", true},
		{"리창 전 국무원 총리", "리창", true},
		{"최선희 현 외무상", "최선희", true},
		{"노무현 당시 대통령", "노무현", true},
		{"노무현 대통령", "노무현", true},
		{"노무현 전", "노무현", false},
		{"노무현 전 전 대통령", "노무현", false},
		{"노무현 전 대통령 부인", "노무현", false},
		{"트럼프 전 대통령", "도널드 트럼프", false},
	} {
		if got := koreanTitledFull(tc.form, tc.name); got != tc.want {
			t.Errorf("koreanTitledFull(%q, %q) = %v, want %v", tc.form, tc.name, got, tc.want)
		}
	}
	c := caseChecker(t, "session26t91.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
roh-x,person,ko,노무현,preferred,,,,,,,,,,,
roh-x,person,ko,노무현 대통령,admitted,,,,,,2003-02-25,2008-02-24,,,,
roh-x,person,ko,노무현 전 대통령,admitted,,,,,,2008-02-25,,,,,
trump-x,person,ko,도널드 트럼프,preferred,,,,,,,,,,,
trump-x,person,ko,트럼프 전 대통령,admitted,,,,,,,,,,,
`)
	for _, tc := range []struct{ text, want string }{
		{"노무현 전 대통령 추도식도 열렸다.", ""},
		{"트럼프 전 대통령이 말했다.", "trump-x 트럼프 전 대통령"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}
