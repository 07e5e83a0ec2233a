package check

import "strings"

// Session 28 (helper T114, issue #11; check17c-missed, house159): by the
// lead's session-27 ruling a titled full name at a first mention is a full
// first mention. A Korean listed form that is the preferred Korean name
// with one or two title words after it (koreanTitleWord: 크레셴치오 세페
// 추기경, 버나드 밴 목사, 세르히오 가르시아 감독) or before it and after it
// (추기경 크레셴치오 세페 대주교) names the person in full, whether the list
// gives the titled form as admitted or not: no first mention
// (koreanTitledFull, firstmention.go; koreanTitledAround). A title before
// the name alone is titledForm's (교황 베네딕토). Still a first mention:
// an admitted form that is not the full name, the surname with a title
// (세페 추기경), another spelling of the name (그레센지오 세페 추기경, an
// admitted 세르지오 가르시아 감독 for a preferred 세르히오 가르시아: house
// style) or a hypocorism, with or without a title.

// koreanTitledAround reports whether form is the Korean name with one or
// two title words (koreanTitleWord, or a word dating one: 전 추기경)
// before it and the titles of koreanTitledFull after it: 추기경 크레셴치오
// 세페 대주교.
func koreanTitledAround(form, name string) bool {
	if !hasHangul(name) {
		return false
	}
	head, rest, ok := strings.Cut(form, " "+name)
	if !ok || head == "" {
		return false
	}
	ws := strings.Fields(head)
	if len(ws) > 2 {
		return false
	}
	for _, w := range ws {
		if !koreanTitleWord(w) && !koreanTitleTenses[w] {
			return false
		}
	}
	return rest != "" && koreanTitledFull(name+rest, name)
}
