package mine

import (
	"reflect"
	"strings"
	"testing"
)

// Session 17 (helper M24): speed work with outputs identical, each
// function against the code it replaced.

// TestAcronymKoMatches: acronymKoMatches finds what the expression finds
// over the whole text.
func TestAcronymKoMatches(t *testing.T) {
	for _, ko := range []string{
		"경제협력개발기구(OECD)는 발표했다.",
		"집권 정의개발당(AKP)과 국제 통화 기금(IMF)의 회의",
		"세계무역기구（WTO）와 유엔(UN)",
		"(OECD) 앞에 한글 없음",
		"미국 국무부(US State Department, DOS)의 발표",
		"괄호가 (닫히지 않은 OECD",
		"두 괄호 가(A(BC)) 그리고 나(DE)",
		"한국은행(BOK)(BOK)이",
		"Latin 앞 Word(ABC) 뒤",
		"메르켈(Angela Merkel) 총리와 독일산업협회(BDI)",
		"끝)",
		"",
		"가 나 다 라 마 바(XY)",
		"（가(AB)）(CD)",
	} {
		want := acronymKo.FindAllStringSubmatch(ko, -1)
		got := acronymKoMatches(ko)
		if len(want) != len(got) || len(want) > 0 && !reflect.DeepEqual(want, got) {
			t.Errorf("acronymKoMatches(%q) = %q, want %q", ko, got, want)
		}
	}
}

// TestStripParticleByLast: stripParticle by the word's last syllable
// strips what trying every particle in order strips.
func TestStripParticleByLast(t *testing.T) {
	old := func(w string) string {
		for _, p := range nameParticles {
			if s, ok := strings.CutSuffix(w, p); ok && len([]rune(s)) >= 2 {
				return s
			}
		}
		return w
	}
	words := []string{"", "가", "이", "트럼프", "트럼프는", "트럼프에서는", "서울에서", "오바마에게서", "런던으로는", "대통령께서는",
		"메르켈이라고", "미국이나", "중국과의", "한국와의", "빈에", "의", "에서", "아이오와의", "로마로", "파리도", "뉴욕만", "X는", "ABC"}
	for _, w := range words {
		for _, p := range nameParticles {
			words = append(words, w+p)
		}
	}
	for _, w := range words {
		if got, want := stripParticle(w), old(w); got != want {
			t.Errorf("stripParticle(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestHasLatinNoun: hasLatinNoun is true exactly when a word but the last
// is an acronym, not a common one, which latinNounPairs looks for.
func TestHasLatinNoun(t *testing.T) {
	for ko, want := range map[string]bool{
		"NBC 뉴스에 따르면":   true,
		"BBC 라디오 4의":    true,
		"TV 뉴스에서":       false, // a common acronym
		"뉴스는 NBC":       false, // the last word
		"Die Zeit는 말했다": false, // no acronym
		"":              false,
		"한국 NHS":        false,
		"HMP 롱 라틴":      true,
	} {
		if got := hasLatinNoun(ko); got != want {
			t.Errorf("hasLatinNoun(%q) = %v, want %v", ko, got, want)
		}
	}
}

// TestVowelNames: a name of no consonant but h, w or y, which the
// consonant matching cannot compare, is paired by its vowels, an English
// i before a vowel read as 아이 (아이오와 ~ Iowa, 오하이오 ~ Ohio); words
// of too few vowels or syllables are not.
func TestVowelNames(t *testing.T) {
	for _, tc := range []struct {
		ko, en, want string
		ok           bool
	}{
		{"미국의 전문가들을 지지했던 아이오와 같은 주 수출업자들", "exporters in states such as Iowa that supported Trump", "아이오와\tIowa", true},
		{"아이오와의 디모인 사이에", "between St. Louis and Des Moines, Iowa, there", "아이오와\tIowa", true},
		{"오하이오에서 열린 집회", "a rally in Ohio on Monday", "오하이오\tOhio", true},
		{"하와이에서 열린 집회", "a rally in Hawaii on Monday", "하와이\tHawaii", false}, // too few vowels to tell (not this rule's)
		{"아이와 함께 Away 팀", "with the child of the Away team", "아이와\tAway", false},
		{"아이유가 노래했다", "Iowa sang", "아이유\tIowa", false}, // other vowels
	} {
		got := pairsOf(tc.ko, tc.en, nil, newMemo())
		k := strings.SplitN(tc.want, "\t", 2)
		typ, ok := got[[2]string{k[0], k[1]}]
		if ok != tc.ok || ok && typ != Place {
			t.Errorf("pairsOf(%q, %q): %s %v (%s), want %v", tc.ko, tc.en, tc.want, ok, typ, tc.ok)
		}
	}
}
