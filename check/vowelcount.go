package check

import (
	"strings"

	"bitext/glossary"
)

// Session 17, helper T14 (issue #11): a vowel added to or dropped from an
// English name's surname is a misrendering, not another transliteration.
// T2's vowelVariant (session 11) takes a surname with one vowel more or
// less for the same name, as transliterations of a foreign name do
// (Basharen, Bashren); but a name of Latin letters in the first place has
// one spelling, and "Dale Forester" for a listed Dale Forster (데일
// 포스터) is another name. The line is drawn by the person's Korean form,
// which writes how the name is sounded: a Korean transliteration writes
// every vowel it hears, so its surname's vowels (koreanVowels: a syllable's
// vowel, 으 left out as the vowel a Korean spelling adds between
// consonants) count the English surname's vowel sounds (englishVowels). The
// English spelling is another transliteration only when the Korean allows
// its count as well as the listed spelling's (바쉬렌, "ba-sh(i)-ren": 2 or
// 3, Bashren and Basharen alike; 포스터: 2, Forster, not Forester's 3).
// Where the Korean allows both or neither, T2's rule stands, and so it does
// for a name shown to be transliterated (transliteratedName): the list
// giving its surname two ways (T10's Jaafar, Jafar), an article prefix
// (al-Muallem), or a word of it with usual romanizations (Arabic, Persian
// and East Slavic names: glossary.NameRomanizations); their short vowels
// come and go between spellings whatever the Korean writes.

// vowelRange is a count of vowel sounds, lo to hi.
type vowelRange struct{ lo, hi int }

func (a vowelRange) meets(b vowelRange) bool { return a.lo <= b.hi && b.lo <= a.hi }

// koreanVowels counts the vowels a Hangul word is sounded with as a
// foreign name's transliteration: one a syllable, but none for 으 after a
// consonant with no final one (스, 크: a consonant alone), none or one for
// 으 with a final consonant (든 of 카든, Carden), for 이 after ㅈ or ㅊ
// and 쉬 or 시 with no final consonant (지, 치: George, Rich; 쉬, 시: sh), for 으
// alone and for a syllable with no consonant after one ending in a vowel
// (이 of 라이언, 어 of 무어: a diphthong or two vowels), but one only of two
// such syllables in a row (session 26, helper T88: 레이엄 of 그레이엄 and
// 라이언 are two vowels at least, Graham and Ryan; check14r-missed's
// "Lindsey Grahm" for 린지 그레이엄 is the person misspelt).
func koreanVowels(w string) vowelRange {
	var v vowelRange
	prevOpen := false   // the syllable before ends in a vowel
	prevMerged := false // the syllable before is one that may be no vowel of its own (이 of 라이)
	for _, r := range w {
		if r < 0xAC00 || r > 0xD7A3 {
			prevOpen, prevMerged = false, false
			continue
		}
		s := int(r - 0xAC00)
		initial, medial, final := s/588, s%588/28, s%28
		lo, hi := 1, 1
		merged := false
		switch {
		case initial == 11 && prevOpen && prevMerged: // 엄 of 그레이엄: a third vowel, no diphthong of the two before (session 26, T88)
		case medial == 18 && initial != 11 && final == 0: // 스: a consonant alone
			lo, hi = 0, 0
		case medial == 18, // 으; 든 of 카든 (Carden), 튼 of 브리튼: an unstressed vowel or none
			medial == 20 && (initial == 12 || initial == 14) && final == 0, // 지, 치
			(medial == 16 || medial == 20) && initial == 9 && final == 0,   // 쉬, 시 (애시: Ash)
			initial == 11 && prevOpen:                                      // 이 of 라이언
			lo = 0
			merged = initial == 11 && prevOpen
		}
		v.lo += lo
		v.hi += hi
		prevOpen, prevMerged = final == 0, merged
	}
	return v
}

// englishVowels counts the vowels an English surname (lower case, an
// article prefix left out) is sounded with: one a run of vowel letters
// (y not first), one or two for a run of two letters or more (ia of
// Brian, ea), none or one for a final e, es or ed after a consonant
// (Forbes, Moore).
func englishVowels(w string) vowelRange {
	w = strings.ToLower(w)
	for _, p := range []string{"al-", "el-", "ul-"} {
		w = strings.TrimPrefix(w, p)
	}
	var v vowelRange
	isV := func(i int) bool { return strings.IndexByte("aeiou", w[i]) >= 0 || w[i] == 'y' && i > 0 }
	for i := 0; i < len(w); {
		if !isV(i) {
			i++
			continue
		}
		j := i
		for j < len(w) && isV(j) {
			j++
		}
		switch {
		case j-i >= 2:
			v.lo++
			v.hi += 2
		case w[i] == 'e' && i > 0 && (j == len(w) || j == len(w)-1 && (w[j] == 's' || w[j] == 'd')):
			v.hi++
		default:
			v.lo++
			v.hi++
		}
		i = j
	}
	return v
}

// soundedOtherwise reports whether the English surname rendered, one vowel
// more or less than the listed surname listed, has a count of vowels the
// person's Korean surname (the last Hangul word of sourceForm) does not
// allow, while the listed one's it does: another name, no transliteration.
func soundedOtherwise(sourceForm, listed, rendered string, forms []*glossary.Term) bool {
	if len(surnameVowels(listed)) == len(surnameVowels(rendered)) || transliteratedName(forms) {
		return false // not a vowel added or dropped; a transliterated name
	}
	ws := strings.Fields(sourceForm)
	if len(ws) == 0 {
		return false
	}
	k := koreanVowels(ws[len(ws)-1])
	if k.hi == 0 {
		return false
	}
	return k.meets(englishVowels(listed)) && !k.meets(englishVowels(rendered))
}

// transliteratedName reports whether a person's English forms show the
// name to be a transliteration: a surname the forms give two ways (more
// than accents apart), an article prefix (al-, el-, ul-), or a word with
// usual romanizations (glossary.NameRomanizations: Mohammed, Alexei).
func transliteratedName(forms []*glossary.Term) bool {
	last := ""
	for _, t := range forms {
		ws := strings.Fields(t.Text)
		if len(ws) < 2 || t.Status.Forbidden() {
			continue
		}
		l := foldAccents(strings.ToLower(ws[len(ws)-1]))
		if last != "" && l != last {
			return true
		}
		last = l
		for i, w := range ws {
			lw := strings.ToLower(w)
			for _, p := range []string{"al-", "el-", "ul-"} {
				if strings.HasPrefix(lw, p) {
					return true
				}
			}
			for _, part := range strings.Split(lw, "-") {
				if glossary.NameRomanizations(part, i == len(ws)-1) != nil {
					return true
				}
			}
		}
	}
	return false
}
