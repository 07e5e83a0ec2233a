package mine

import (
	"strings"
	"testing"

	"bitext/lexicon"
)

// Sino-Korean readings of Chinese names.

// TestSinoReading: a Chinese name in its Sino-Korean reading against the
// pinyin (or Wade-Giles) the English writes, syllable by syllable by the
// initials and the final consonants; not a word of other syllables, nor
// an English word that reads as no pinyin.
func TestSinoReading(t *testing.T) {
	for _, tt := range []struct {
		ko, en string
		want   bool
	}{
		{"남경", "Nanjing", true},
		{"북경", "Beijing", true},
		{"모택동", "Mao Zedong", true},
		{"호금도", "Hu Jintao", true},
		{"온가보", "Wen Jiabao", true},
		{"등소평", "Deng Xiaoping", true},
		{"천안문", "Tiananmen", true},
		{"화련", "Hualien", true},
		{"심양", "Shenyang", true},
		{"중국", "China", false},        // 국's ㄱ ends in a vowel, 중's ㅇ in ng
		{"남경", "Nanning", false},      // 경's ㄱ is no n
		{"대통령", "Datong", false},      // three syllables against two
		{"오바마", "Obama", false},       // a syllable o without an initial is no name's
		{"서울", "Seoul", false},        // no pinyin
		{"남경", "Nanjing Road", false}, // road is no pinyin
		{"강", "Jiang", false},         // one syllable
		{"까치", "Gaqi", false},         // ㄲ is no Sino-Korean initial
	} {
		if got := sinoReading(tt.ko, tt.en); got != tt.want {
			t.Errorf("sinoReading(%s, %s) = %v, want %v", tt.ko, tt.en, got, tt.want)
		}
	}
	core := lexicon.Core()
	for _, tt := range []struct {
		name, ko, en string
		want, not    []string
	}{
		{"a place", "시위는 남경에서 열렸다.", "The protest was held in Nanjing on Sunday.", []string{"남경\tNanjing"}, nil},
		{"a person", "모택동 주석은 연설했다.", "The speech was made by Mao Zedong in Beijing.", []string{"모택동\tMao Zedong"}, nil},
		{"an English word", "유일한 방법은 없다고 말했다.", "He said One way was closed.", nil, []string{"유일\tOne", "유일한\tOne"}},
		{"a form with a particle", "리의 말을 전했다.", "He quoted Lee at length.", nil, []string{"리의\tLee"}},
	} {
		got := pairsOf(tt.ko, tt.en, core, newMemo())
		for _, w := range tt.want {
			if _, ok := got[[2]string(strings.SplitN(w, "\t", 2))]; !ok {
				t.Errorf("%s: %v, want %q", tt.name, got, w)
			}
		}
		for _, w := range tt.not {
			if _, ok := got[[2]string(strings.SplitN(w, "\t", 2))]; ok {
				t.Errorf("%s: %v, want no %q", tt.name, got, w)
			}
		}
	}
}

// TestSinoStemVeto: a Sino-Korean form longer than its word's stem is not
// vetoed by the stem's translations (상해: the stem 상 "prize"), so 상해 ~
// Shanghai pairs with the core lexicon too.
func TestSinoStemVeto(t *testing.T) {
	checkPairCases(t, false, []pairCase{
		{"상해", "그는 상해를 방문했다.", "He visited Shanghai.", "상해\tShanghai", ""},
		{"상해, a title after it", "상해 시장이 말했다.", "The mayor of Shanghai said.", "상해\tShanghai", ""},
	})
}
