package glossary

import "unicode/utf8"

// Session 24 (helper T68, issue #11): a context word inside a derived
// noun. HasWord reads a Korean context word of two syllables or more at a
// word start followed by anything, since a context word is often a stem
// or the head of a compound (풀려났다, 법무부장관, 제주특별자치도,
// 허리케인센터, 광둥성). The suffixes 단 and 진 make of a noun another noun,
// a body of people (대표단, a delegation; 선수단, 사절단, 의료진,
// 취재진), which names something else than a role noun before them: from
// a house84 false alarm (held-out-glossary-84, kpc-dev 812), 조국으로
// 돌아갈 ("return home") read as Cho Kuk, whose context word 대표 (a
// party's leader) was read inside 대표단 ("delegations"). Other suffixes
// are left out on purpose: 성 is a province too (광둥성 for the context
// word 광둥: check11d's planted Shenzen), and 적, 팀 or 성 after a place
// or body (중국적, 한국팀) still say the place.

// derivedSuffixes are the one-syllable suffixes that make a body of people
// of the noun before them: 단 (대표단, 선수단, 사절단) and 진 (의료진,
// 취재진, 대표진).
var derivedSuffixes = map[string]bool{"단": true, "진": true}

// derivedNoun reports whether rest, the text right after a Korean word,
// begins with one of derivedSuffixes that ends the word there or is
// followed by a particle of its form (대표단, 대표단은, 의료진이).
func derivedNoun(rest string) bool {
	r, size := utf8.DecodeRuneInString(rest)
	if !derivedSuffixes[string(r)] {
		return false
	}
	k := size
	for k < len(rest) {
		r, n := utf8.DecodeRuneInString(rest[k:])
		if !isHangulSyllable(r) {
			break
		}
		k += n
	}
	if k == size {
		return true
	}
	run := rest[size:k]
	return isParticle(run) && agrees(rest[:size], run)
}
