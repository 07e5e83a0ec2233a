package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Session 27 (helper T104, issue #11; testdata/check16i-missed, house139):
// a title dated while held is made past by "former", "ex-", "then" or
// "then-" not only right before it ("former Secretary-General Ban
// Ki-moon") but also before the name of the body, country or place whose
// title it is: "Former U.N. Secretary-General Ban Ki-moon", "the former
// South Korean Foreign Minister Ban Ki-moon", "then-U.S. Secretary of
// State", "former Bank of Korea Governor", "ex-World Bank President", and
// "the late" the same way ("the late U.N. Secretary-General Kofi Annan").
// Only capitalised words, abbreviations (U.N., NATO), "of" between two of
// them and possessives (Ukraine's, the former Soviet Union's) may stand
// between; a lower-case word, a comma or any other word ends the reach
// ("A former aide met U.N. Secretary-General Ban Ki-moon"), and so does a
// titled person's possessive ("former President Lee Myung-bak's Foreign
// Minister Yu Myung-hwan": the "former" is the president's). The Korean
// side has no such gap: its dated forms put the title after the name
// (반기문 총장), which 반기문 전 유엔 사무총장 does not match.

// maxBodyWords is how many words of a body's name may stand between the
// word that makes a title past and the title (Bank of Korea, New York
// City).
const maxBodyWords = 5

// pastBeforeBody reports whether the English text before at (the start
// of a dated form) makes the form past: "former", "ex-", "then", "then-"
// or "the late" right before it or before the body's name that qualifies
// it (formertitle_body.go).
func pastBeforeBody(text string, at int) bool {
	titled := false // a chain word closer to the title is a titled person's possessive
	lastOf := false // the word after the current one (toward the title) is "of"
	for n := 0; n <= maxBodyWords && at > 0; n++ {
		if text[at-1] != ' ' {
			return false
		}
		end := at - 1
		for end > 0 && text[end-1] == ' ' {
			end--
		}
		start := end
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:start])
			if r == ' ' || r == '\n' || r == '\t' || r == '(' || r == '"' || r == '“' || r == '‘' || r == ',' || r == ';' || r == ':' {
				break
			}
			start -= size
		}
		w := text[start:end]
		if w == "" {
			return false
		}
		lw := strings.ToLower(w)
		switch {
		case lw == "former" || lw == "then":
			return n == 0 || !lastOf && !titled
		case lw == "late":
			if n > 0 && (lastOf || titled) {
				return false
			}
			p, _ := prevWord(text, start)
			return strings.EqualFold(p, "the")
		case strings.HasPrefix(lw, "ex-") || strings.HasPrefix(lw, "then-"):
			rest := w[strings.IndexByte(w, '-')+1:]
			return bodyWord(rest) && !titled
		case lw == "of":
			if n == 0 || lastOf {
				return false
			}
			lastOf = true
		case bodyWord(w):
			if (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) && titledBefore(text, start) {
				titled = true
			}
			lastOf = false
		default:
			return false
		}
		at = start
	}
	return false
}

// bodyWord reports whether w can be a word of a body's, country's or
// place's name before a title: a capitalised word (British, World, Bank),
// an abbreviation (U.N., NATO), either with a possessive (Ukraine's).
func bodyWord(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '&' {
			return false
		}
	}
	return true
}

// titledBefore reports whether the capitalised words right before start
// (a possessive's start) hold a title word: "President Lee Myung-bak's" is
// a titled person's, whose "former" it is.
func titledBefore(text string, start int) bool {
	w, s := prevWord(text, start)
	for i := 0; i < 3 && w != "" && bodyWord(w); i++ {
		if englishTitleWord(w) {
			return true
		}
		w, s = prevWord(text, s)
	}
	return false
}
