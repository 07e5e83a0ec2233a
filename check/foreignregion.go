package check

import (
	"strings"
	"unicode/utf8"
)

// foreignRegion reports whether the Korean word w names a foreign province
// or state by its mark: three Hangul syllables or more ending in 성 (a
// Chinese province: 산시성, 푸젠성, 광둥성) or 주 (an American or
// Australian state: 워싱턴주, 애리조나주), divisions Korea does not have
// (its provinces end in 도, and its places ending in 성 or 주 are of two
// syllables: 화성, 제주, 광주). Week words (지난주, 이번주) are no place.
// foreignBody reads such a word right before a body's common-noun name as
// it reads a country in foreignPlaces: another country's body.
//
// Session 24 (helper T69, issue #11): house83's --missing all false alarm
// g83-kpc-test 768 (산시성 산림청, Shaanxi's forestry bureau read as the
// Korea Forest Service). The corpus's Korean sides hold such words before
// a body's name only as foreign regions (푸젠성 당국, 워싱턴주 교도소,
// 애리조나주 정부, 네바다주 당국) besides 지난주.
func foreignRegion(w string) bool {
	if !hangulOnly(w) || utf8.RuneCountInString(w) < 3 || weekWords[w] {
		return false
	}
	return strings.HasSuffix(w, "성") || strings.HasSuffix(w, "주")
}

// weekWords are the Korean words for a week that end in 주.
var weekWords = map[string]bool{"지난주": true, "이번주": true, "다음주": true, "금주": true, "매주": true, "첫주": true, "한주": true}
