package number

import "strings"

// Session 24 (helper T62, issue #11): N대 after a vehicle or a machine is a
// count of them (여객기 16대가 결항했다: sixteen airliners), not the weak 대
// of an age band (10대 소녀, teenage), a score (2대0), a term (16대 국회)
// or "big" (3대 은행): the word before names the machines and a particle
// (or the clause's end) follows, so the number is said as a count in the
// English and contradicts another there (61 airliners, swapped digits;
// testdata/check13s-missed, seen; TestVehicleCount).

// vehicleNouns end the Korean word before a count of machines.
var vehicleNouns = []string{
	"여객기", "항공기", "비행기", "전투기", "폭격기", "수송기", "정찰기", "무인기", "헬기", "헬리콥터", "드론",
	"자동차", "승용차", "차량", "버스", "트럭", "택시", "열차", "전동차", "기관차", "탱크", "전차", "장갑차", "오토바이",
	"컴퓨터", "휴대전화", "스마트폰",
}

// countParticles may follow N대 in a count of machines.
var countParticles = []string{"가", "를", "는", "와", "의", "도", "만", "씩", "가량", "이상", "이하", "에", ",", ".", " "}

// vehicleCount reports whether N대, its number at start and 대 at p, counts
// the vehicles or machines named by the word right before (one space
// between) and is followed by a particle or the clause's end: 여객기
// 16대가, 차량 3대를. A noun after a space (자동차 3대 업체, the three big
// carmakers) is 大, not a count.
func (s *scanner) vehicleCount(start, p int) bool {
	t := s.text
	if start < 2 || t[start-1] != ' ' {
		return false
	}
	before := t[:start-1]
	named := false
	for _, w := range vehicleNouns {
		if strings.HasSuffix(before, w) {
			named = true
			break
		}
	}
	if !named {
		return false
	}
	e := p + len("대")
	if e == len(t) {
		return true
	}
	for _, w := range countParticles {
		if s.has(e, w) {
			if w == " " {
				// a space: a verb or an adverb after the count (16대 결항),
				// not a noun of 大; a Hangul word ending a clause is taken
				// as the verb only when it ends in 다 or a comma follows it.
				return clauseVerbAt(t[e+1:])
			}
			return true
		}
	}
	return false
}

// clauseVerbAt reports whether rest begins with a Hangul word that ends a
// clause: the word's last syllable 다, or a comma or a stop right after it.
func clauseVerbAt(rest string) bool {
	end := strings.IndexAny(rest, " ,.")
	if end < 0 {
		end = len(rest)
	}
	w := rest[:end]
	if w == "" || !hangul3(w, 0) {
		return false
	}
	return strings.HasSuffix(w, "다") || end < len(rest) && (rest[end] == ',' || rest[end] == '.')
}
