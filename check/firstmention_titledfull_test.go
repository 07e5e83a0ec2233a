package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Tests of session 28's titled full names (helper T114,
// firstmention_titledfull.go).

// TestKoreanTitledFullWide: the preferred Korean name with any title of
// koreanTitleWord after it (추기경, 목사, 감독) or titles before and after
// it is the full name; the surname with a title, another spelling and a
// name continued are not.
func TestKoreanTitledFullWide(t *testing.T) {
	for _, tc := range []struct {
		form, name string
		want       bool
	}{
		{"크레셴치오 세페 추기경", "크레셴치오 세페", true},
		{"버나드 밴 목사", "버나드 밴", true},
		{"세르히오 가르시아 감독", "세르히오 가르시아", true},
		{"크레셴치오 세페 나폴리 대주교", "크레셴치오 세페", true}, // a title's body
		{"세페 추기경", "크레셴치오 세페", false},
		{"그레센지오 세페 추기경", "크레셴치오 세페", false},
		{"세르지오 가르시아 감독", "세르히오 가르시아", false},
		{"케네스 폴라이트 주니어", "케네스 폴라이트", false},
		{"크레셴치오 세페 나폴리", "크레셴치오 세페", false},
	} {
		if got := koreanTitledFull(tc.form, tc.name); got != tc.want {
			t.Errorf("koreanTitledFull(%q, %q) = %v, want %v", tc.form, tc.name, got, tc.want)
		}
	}
	for _, tc := range []struct {
		form, name string
		want       bool
	}{
		{"추기경 크레셴치오 세페 대주교", "크레셴치오 세페", true},
		{"전 추기경 크레셴치오 세페 대주교", "크레셴치오 세페", true},
		{"추기경 크레셴치오 세페", "크레셴치오 세페", false}, // titledForm's
		{"나폴리 크레셴치오 세페 대주교", "크레셴치오 세페", false},
		{"추기경 세페 대주교", "크레셴치오 세페", false},
		{"Cardinal Crescenzio Sepe Jr.", "Crescenzio Sepe", false},
	} {
		if got := koreanTitledAround(tc.form, tc.name); got != tc.want {
			t.Errorf("koreanTitledAround(%q, %q) = %v, want %v", tc.form, tc.name, got, tc.want)
		}
	}
}

const session28T114Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
crescenzio-sepe,person,ko,크레셴치오 세페,preferred,,,,,,,,,,,
crescenzio-sepe,person,ko,크레셴치오 세페 추기경,admitted,,,,,,2001-02-21,,,,,
crescenzio-sepe,person,ko,세페 추기경,admitted,,,,,,,,,,,
crescenzio-sepe,person,ko,그레센지오 세페 추기경,deprecated,,,,,,,,,,,
crescenzio-sepe,person,en,Crescenzio Sepe,preferred,,Sepe,,,,,,,,,
crescenzio-sepe,person,en,Cardinal Crescenzio Sepe,admitted,,,,,,2001-02-21,,,,,
sergio-garcia,person,ko,세르히오 가르시아,preferred,,,,,,,,,,,
sergio-garcia,person,ko,세르지오 가르시아,admitted,,,,,,,,,,,
sergio-garcia,person,ko,세르지오 가르시아 감독,admitted,,,,,,,,,,,
sergio-garcia,person,ko,세르히오 가르시아 감독,admitted,,,,,,,,,,,
sergio-garcia,person,en,Sergio Garcia,preferred,,Garcia,,,,,,,,,
bernard-vann,person,ko,버나드 밴,preferred,,,,,,,,,,,
bernard-vann,person,ko,버나드 밴 목사,admitted,,,,,,,,,,,
bernard-vann,person,ko,밴 목사,admitted,,,,,,,,,,,
bernard-vann,person,ko,버니 밴 목사,admitted,,,,,,,,,,,
bernard-vann,person,en,Bernard Vann,preferred,,Vann,,,,,,,,,
`

// TestTitledFullFirstMention: at a first mention the full name with a
// title the list admits (크레셴치오 세페 추기경, check17c-missed; 버나드 밴
// 목사, g55-ntrex-even 1109) is a full first mention; the surname with a
// title (세페 추기경, 밴 목사), the admitted other spelling with or without a
// title (세르지오 가르시아 감독: house style) and a hypocorism with a title
// (버니 밴 목사) stay first-mention deviations.
func TestTitledFullFirstMention(t *testing.T) {
	c := caseChecker(t, "session28t114.csv", session28T114Glossary)
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"문화부\n\n크레셴치오 세페 추기경이 미사를 집전했다. 세페 추기경은 무관심을 경계했다.", ""},
		{"문화부\n\n중위 버나드 밴 목사는 상을 받았다.", ""},
		{"문화부\n\n세르히오 가르시아 감독이 말했다.", ""},
		{"문화부\n\n세페 추기경이 미사를 집전했다.", "crescenzio-sepe 세페 추기경"},
		{"문화부\n\n밴 목사는 상을 받았다.", "bernard-vann 밴 목사"},
		{"문화부\n\n버니 밴 목사는 상을 받았다.", "bernard-vann 버니 밴 목사"},
		{"문화부\n\n세르지오 가르시아 감독이 말했다.", "sergio-garcia 세르지오 가르시아 감독"},
		{"문화부\n\n세르지오 가르시아가 말했다.", "sergio-garcia 세르지오 가르시아"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, day), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}
