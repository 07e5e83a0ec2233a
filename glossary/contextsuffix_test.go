package glossary

import "testing"

// Tests of contextsuffix.go.

// TestContextDerivedNoun: a Korean context word of two syllables or more
// counts at a word start followed by anything (a stem, a compound's head)
// but not inside a noun a suffix derives from it (대표단, a delegation, for
// 대표, a party leader: house84's Cho Kuk read in 조국으로 돌아갈).
func TestContextDerivedNoun(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		want       bool
	}{
		{"각국 대표단 또한 조국으로 돌아갔다", "대표", false},
		{"대표단은 떠났다", "대표", false},
		{"대표단의 일정", "대표", false},
		{"대표적으로 꼽힌다", "대표", true},  // 적 is left out: 중국적 still says China
		{"광둥성 선전의 공장", "광둥", true}, // 성, a province, is left out
		{"의료진이 도착했다", "의료", false},
		{"조국 대표는 말했다", "대표", true},
		{"조국 대표가 말했다", "대표", true},
		{"조국 혁신당 대표", "대표", true},
		{"허리케인센터는 밝혔다", "허리케인", true}, // a compound's head
		{"제주특별자치도가 출범한다", "제주", true}, // a compound's head
		{"인질들이 풀려났다", "풀려", true},     // a stem
		{"대표단장이 말했다", "대표", true},     // known limit: a suffix then more than a particle is not read
		{"대표단과 대표가 만났다", "대표", true},  // the word alone later
	} {
		if got := HasWord(tc.text, tc.word); got != tc.want {
			t.Errorf("HasWord(%q, %q) = %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
}
