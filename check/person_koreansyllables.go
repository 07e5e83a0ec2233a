package check

import (
	"strings"

	"bitext/glossary"
)

// Session 26 (helper T81, issue #11): a Korean name's syllable in another
// usual romanization where the list itself spells that syllable two ways.
// house101 lists 우홍선 as Woo Hong-sun (Woo Hong-seon admitted) and
// 여정남 as Yeo Jung-nam (Yeo Jeong-nam admitted); the English of KPC dev
// 797 writes "Woo Hong-son" (선 as McCune-Reischauer writes it without the
// breve) and "Yeo Jong-nam" (정 as in Kim Jong-il): both judged false, the
// persons named (g101 kpc-dev 797). romanizedName found each run by its
// romanize key and left it reported as a respelling of the listed name
// (respelled), since the list spells no part so (listedSyllables).
//
// usualSyllables accepts such a run when each part is the list's at that
// place (a form of as many parts, allowed), or, for a given name's
// syllable, a usual romanization of its Hangul (koreanSyllable: Revised
// Romanization and McCune-Reischauer's consonants, g/k, d/t, b/p, j/ch,
// r/l, s/sh; eo as o or u, eu as u, u as oo, ae as ai, yeo as yo or yu)
// where the allowed forms spell that syllable two ways or more: a list
// that admits both Hong-sun and Hong-seon rules on no one spelling of 선,
// and a third usual one is the person. Left reported: a syllable the list
// spells one way only (check11e's planted "Hong Seok-hyeon" for Hong
// Seok-hyun, check12p's "Chung Eui-son" for Chung Eui-sun, house57's "Kim
// Chun-sik" for Kim Chun-sig), a spelling a forbidden form gives at that
// place (house36's U Hong-son marks son; house57's Kim Cheon-sik marks
// sik), another surname, a syllable split otherwise ("Lee Sub-young" for
// 이수병, judged real on the same line), and a name of other parts.
// TestUsualSyllables.

// usualSyllables reports whether run, a romanization of the Hangul name
// word (family name first) in the target, names the person (see above).
func usualSyllables(run, word string, forms []*glossary.Term) bool {
	rp := nameParts(run)
	syl := []rune(word)
	if len(rp) < 2 || len(rp) != len(syl) || !hangulOnly(word) {
		return false
	}
	var allowed, bad [][]string
	for _, t := range forms {
		if fp := nameParts(t.Text); len(fp) == len(rp) {
			if t.Status.Forbidden() {
				bad = append(bad, fp)
			} else {
				allowed = append(allowed, fp)
			}
		}
	}
	if len(allowed) == 0 {
		return false
	}
	varied := false
	for i, p := range rp {
		var spellings []string // the allowed spellings at i
		for _, fp := range allowed {
			if !containsString(spellings, fp[i]) {
				spellings = append(spellings, fp[i])
			}
		}
		if containsString(spellings, p) {
			continue
		}
		if i == 0 || len(spellings) < 2 || !koreanSyllable(p, syl[i]) {
			return false // the surname, or a syllable the list spells one way
		}
		for _, fp := range bad {
			if fp[i] == p {
				return false // a spelling the list forbids
			}
		}
		varied = true
	}
	return varied
}

// The usual romanizations of a Hangul syllable's parts, by their index
// in the syllable (initial, medial, final as romanize.Word writes them).
var (
	koInitials = [19][]string{{"g", "k"}, {"kk", "gg", "k"}, {"n"}, {"d", "t"}, {"tt", "dd"}, {"r", "l", "n"}, {"m"}, {"b", "p"},
		{"pp", "bb"}, {"s", "sh"}, {"ss", "s"}, {""}, {"j", "ch"}, {"jj", "tch"}, {"ch"}, {"k"}, {"t"}, {"p"}, {"h"}}
	koMedials = [21][]string{{"a"}, {"ae", "ai"}, {"ya"}, {"yae"}, {"eo", "o", "u"}, {"e"}, {"yeo", "yo", "yu"}, {"ye"}, {"o"},
		{"wa"}, {"wae"}, {"oe"}, {"yo"}, {"u", "oo"}, {"wo"}, {"we"}, {"wi"}, {"yu", "yoo"}, {"eu", "u"}, {"ui", "eui"}, {"i"}}
	koFinals = [28][]string{{""}, {"k", "g"}, {"k", "g"}, {"k", "g"}, {"n"}, {"n"}, {"n"}, {"t", "d"}, {"l"}, {"k", "g"},
		{"m"}, {"l"}, {"l"}, {"l"}, {"p", "b"}, {"l"}, {"m"}, {"p", "b"}, {"p", "b"}, {"t", "d"}, {"t", "d"}, {"ng"},
		{"t", "d"}, {"t", "d"}, {"k", "g"}, {"t", "d"}, {"p", "b"}, {"t", "d"}}
)

// koreanSyllable reports whether p (lower case) is a usual romanization of
// the Hangul syllable r (see above).
func koreanSyllable(p string, r rune) bool {
	if r < 0xAC00 || r > 0xD7A3 {
		return false
	}
	i := int(r - 0xAC00)
	for _, a := range koInitials[i/588] {
		if !strings.HasPrefix(p, a) {
			continue
		}
		for _, m := range koMedials[i%588/28] {
			rest, ok := strings.CutPrefix(p[len(a):], m)
			if !ok {
				continue
			}
			for _, f := range koFinals[i%28] {
				if rest == f {
					return true
				}
			}
		}
	}
	return false
}
