package glossary

import "strings"

// Particles is the list of Korean particle and copula sequences that may
// follow a glossary form written without a space: 정의용은, 한반도의,
// 외교부가, 종전선언이라고. The whole run of Hangul syllables right after
// the form must be one of these sequences, optionally after the plural
// marker 들 (장관들이); anything else (대통령실, 한국인, 외교부장) makes
// another word and is not a match. The list is closed on purpose: a
// sequence is added here only when it cannot also be the start of a common
// noun after a glossary form.
//
// Known limit: a Hangul run that is both a particle and a word ending
// (세종 + 로 in 세종로, a street) is taken as the particle.
//
// Not included, because they make other words more often than they mark a
// case: 인 (미국인), 다 alone, 고 alone, 하다 and its forms (a derived verb
// is another word), 측/씨/등 (written with a space in the house style), 면 and 라면 (noodles),
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
