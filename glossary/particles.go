package glossary

import (
	"strings"
	"unicode/utf8"
)

// Particles is the list of Korean particle and copula sequences that may
// follow a glossary form written without a space: 정의용은, 한반도의,
// 외교부가, 종전선언이라고. The whole run of Hangul syllables right after
// the form must be one of these sequences, optionally after the plural
// marker 들 (장관들이); anything else (대통령실, 한국인, 외교부장) makes
// another word and is not a match. The list is closed on purpose: a
// sequence is added here only when it cannot also be the start of a common
// noun after a glossary form.
//
// The sequence must also have the form spelling gives it after the form's
// last syllable (see agrees): 골든 (golden) is not 골 with 든, nor 세종로
// (a street) 세종 with 로. Known limit: a Hangul run that is both a
// particle of the right form and a word ending (파 + 도 in 파도, a wave)
// is taken as the particle.
//
// Not included, because they make other words more often than they mark a
// case: 인 (미국인), 다 alone, 고 alone, 하다 and its forms (a derived verb
// is another word; a term's own 하다 verb is read apart, see hadaForms), 측/씨/등 (written with a space in the house style), 면 and 라면 (noodles),
// 이냐/니 (not news register).
var Particles = strings.Fields(`
은 는 이 가 을 를 의 에 께 와 과 도 만 로 으로 나 이나 랑 이랑
에서 에게 에겐 께서 께서는 께서도 한테 한테서 에게서 더러
에는 에도 에서는 에서도 에서의 에서만 에서부터 에게는 에게도 에게만 에의 에만 에선 에서까지 에까지 에로
와는 과는 와도 과도 와의 과의 와만 과만
로는 으로는 로도 으로도 로서 으로서 로써 으로써 로서는 으로서는 로부터 으로부터 로만 으로만 로의 으로의
만은 만을 만이 만의 만도 만큼 만큼은
까지 까지는 까지도 까지의 부터 부터는 부터도 보다 보다는 보다도 처럼 처럼은 마다 조차 마저 밖에 뿐 뿐만
이라고 라고 이라며 라며 이라는 라는 이란 란 이라 라 이라도 라도 이라서 라서 이라면 이라고는 라고는
이다 이었다 였다 이었고 였고 이었으며 였으며 이었던 였던 이며 며 이고 이지만 지만 이든 든 이든지 든지
이기 이기도 이기에 이어서 여서 이어야 여야 이면 이었지만 였지만
`)

var particleSet = func() map[string]bool {
	m := make(map[string]bool, len(Particles))
	for _, p := range Particles {
		m[p] = true
	}
	return m
}()

// isParticle reports whether s, a run of Hangul syllables right after a
// form, is a particle or copula sequence (optionally after 들).
func isParticle(s string) bool {
	if particleSet[s] {
		return true
	}
	if rest, ok := strings.CutPrefix(s, "들"); ok {
		return rest == "" || particleSet[rest]
	}
	return false
}

// slipAfterConsonant and slipAfterVowel are the particle sequences of a
// pair written with the other pair's allomorph: the vowel form after a
// final consonant (부바 왓슨를, 크리스천 베일가, 제레미 코빈라는) and the
// consonant form after a vowel (리하나을, and 서울으로 after ㄹ). Writers
// and reporters slip so (매들린를, 키트은, 쿤타르과 in the KPC and NTREX
// Korean); the name is still there (see slip). Session 27, helper T101,
// from the planted misses of check14x, check14y, check15b, check15d,
// check15j and check16c.
//
// A value personOnly is read as a slip only after a person's form: 가
// after a consonant and 과 after a vowel also end nouns (건축가, an
// architect, after 건축; 수사과, an investigation division, after 수사;
// both in the corpus Korean), and 와 after a consonant gave the one new
// finding on the judged real pairs when read for every entry (영국와
// 웨일즈 for "England and Wales", wmt24pp 116: a target-term-missing of
// the kind judged false, the Korean's 영국 for England). A person's name
// followed by 가 or 과 is that person (클린턴가, the Clintons).
//
// Never read as slips, because the run after a form then makes another
// word more often than it marks a case: 로 and its sequences after a
// consonant (세종로, 종로: a street), 나 after a consonant (요한나,
// 수잔나), 란 (의견란, a column), 라, 며, 든, 지만 and the other dropped
// copulas (골라, 골며, 골든). The sequences with the copula's 이 (이라는,
// 이라고, 이랑, 이나, 이) agree after a vowel already: the copula may
// follow one (한반도이다).
var (
	slipAfterConsonant = slipSet(`를 는 라는 라고 라고는 랑`, `가 와 와는 와의 와도 와만`)
	slipAfterVowel     = slipSet(`을 은
		으로 으로는 으로도 으로서 으로써 으로서는 으로부터 으로만 으로의`, `과 과는 과의 과도 과만`)
)

const (
	slipAny    = 1 // a slip after any form
	personOnly = 2 // a slip after a person's form only
)

func slipSet(all, person string) map[string]uint8 {
	m := make(map[string]uint8)
	for _, w := range strings.Fields(all) {
		m[w] = slipAny
	}
	for _, w := range strings.Fields(person) {
		m[w] = personOnly
	}
	return m
}

// slip reports whether suf, a run of Hangul syllables right after a form
// ending before (one agrees rejects), is the other allomorph of a paired
// particle: 를 after a final consonant, 을 after a vowel (see
// slipAfterConsonant); person says the form is a person's. It is read as
// that particle only after a last word of two syllables or more (the rune
// before the last syllable is a Hangul syllable): one syllable and a wrong
// particle make too many other words (마을, 가을: 마, 가 and 을). The
// whole run must be the sequence, so a longer noun is still another word
// (대통령실).
func slip(before, suf string, person bool) bool {
	if len(suf) > len("으로부터") {
		return false
	}
	switch r, _ := utf8.DecodeRuneInString(suf); r { // the first syllables of the sets
	case '를', '는', '라', '랑', '가', '와', '을', '은', '으', '과':
	default:
		return false // 대통령실, 미국인: most runs after a form stop here
	}
	last, size := utf8.DecodeLastRuneInString(before)
	if !isHangulSyllable(last) {
		return false
	}
	if prev, _ := utf8.DecodeLastRuneInString(before[:len(before)-size]); !isHangulSyllable(prev) {
		return false
	}
	var k uint8
	switch coda := (last - 0xAC00) % 28; {
	case coda == 0:
		k = slipAfterVowel[suf]
	case coda == 8 && strings.HasPrefix(suf, "으로"):
		k = slipAfterVowel[suf] // 서울으로 for 서울로
	default:
		k = slipAfterConsonant[suf]
	}
	return k == slipAny || k == personOnly && person
}

// agrees reports whether the particle sequence suf (one isParticle
// accepts) has the form Korean spelling gives it after the last syllable
// of before: many particles have one form after a final consonant and
// another after a vowel (은/는, 이/가, 을/를, 과/와, 으로/로, and the copula
// 이 that only a vowel lets drop: 이라고/라고, 이며/며, 이든/든, 이지만/지만,
// 였다 and 여서 only after a vowel). A sequence of the other kind is not
// that particle but the rest of another word: 골든 (golden) is not 골 with
// 든, which after 골 is 이든; 세종로 (a street) is not 세종 with 로, which
// after ㅇ is 으로; 골라 and 골며 are verbs. After ㄹ the directional is 로
// (서울로), not 으로. The plural 들 ends in ㄹ: 장관들은, 장관들로.
// A form that does not end in a Hangul syllable (MLB가, G8의) is not
// judged: its reading decides, and the spelling does not show it.
func agrees(before, suf string) bool {
	last, _ := utf8.DecodeLastRuneInString(before)
	if rest, ok := strings.CutPrefix(suf, "들"); ok && rest != "" {
		last, suf = '들', rest
	} else if ok {
		return true
	}
	if !isHangulSyllable(last) {
		return true
	}
	coda := (last - 0xAC00) % 28 // 0: no final consonant; 8: ㄹ
	first, _ := utf8.DecodeRuneInString(suf)
	switch first {
	case '는', '가', '를', '와', '나', '랑', '라', '란', '며', '였', '여', '든', '지':
		return coda == 0
	case '은', '을', '과':
		return coda != 0
	case '으':
		return coda != 0 && coda != 8
	case '로':
		return coda == 0 || coda == 8
	}
	return true
}
