package check

import (
	"strings"
	"testing"
)

// TestForeignRegionBody: a foreign province or state by its mark (성, 주;
// three syllables or more) right before a body's name makes it another
// country's body; a week word, a Korean place of two syllables and an
// abstract noun of two do not.
func TestForeignRegionBody(t *testing.T) {
	for _, tc := range []struct {
		text, body string
		want       bool
	}{
		{"주주롱 산시성 산림청 부청장의 말을 인용했다.", "산림청", true},
		{"애리조나주 정부는 발표했다.", "정부", true},
		{"워싱턴주 교도소에 수감됐다.", "교도소", true},
		{"지난주 산림청은 발표했다.", "산림청", false},
		{"제주 경찰청은 발표했다.", "경찰청", false},
		{"여성 단원이 말했다.", "단원", false},
		{"산림청은 발표했다.", "산림청", false},
	} {
		if got := foreignBody(tc.text, strings.Index(tc.text, tc.body)); got != tc.want {
			t.Errorf("%q: foreignBody %v, want %v", tc.text, got, tc.want)
		}
	}
}
