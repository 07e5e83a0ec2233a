package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 18 (helper T21, issue #11): a surname misspelled or cut where the
// Korean gives the person by a one-word form alone.

// bareReplacement returns the capitalized English word that replaces the
// listed surname of person e when the Korean source gives e by one Hangul
// word (피킨스는) and the English by one capitalized word standing alone (no
// capitalized word right before or after it, no hyphen) that replaces one of
// e's surnames as replacesOne reads one (cut short, or beginning with three
// letters or more of it, at least half): "Pickett" for 피킨스, T. Boone
// Pickens (house23's planted error, an error for the desk). The word must be
// none of e's words, taken by no other entry, no role noun, no ordinary word,
// and not spelled by the Korean word nor another Hangul name of the source.
// "" otherwise.
func bareReplacement(pr Pair, at glossary.Match, forms []*glossary.Term, taken func(a, b int) bool) string {
	src, target := pr.Source, pr.Target
	if strings.ContainsRune(src[at.Start:at.End], ' ') {
		return ""
	}
	own, surnames := personWords(forms)
	if len(surnames) == 0 {
		return ""
	}
	sw := src[lastHangulWordStart(src, at.Start, at.End):at.End]
	for i := 0; i < len(target); {
		w := wordAt(target, i)
		if w == "" {
			_, n := utf8.DecodeRuneInString(target[i:])
			i += n
			continue
		}
		b, k := i, i+len(w)
		i = k
		if len(w) < 3 || !upperAt(target, b) {
			continue
		}
		if k < len(target) && (target[k] == '-' || target[k] == '\'' || target[k] == ' ' && k+1 < len(target) && upperAt(target, k+1)) {
			continue
		}
		if b > 0 && (target[b-1] == '-' || target[b-1] == ' ' && upperWordBefore(target, b-1) >= 0) {
			continue
		}
		lw := strings.ToLower(w)
		if !replacesOne(lw, surnames) || containsString(own, lw) || taken(b, k) || roleNouns[lw] || ordinaryWord(target, b, k) ||
			sameSkeleton(sw, w) || otherKoreanName(src, at.Start, at.End, w) {
			continue
		}
		return w
	}
	return ""
}

// respeltSurname reports whether the lower-case word w respells one of surnames:
// its first letter kept, both four letters or more, two edits at most
// (Nowak for Novak: the Korean 노박 sounds both, yet the listed spelling is
// the desk's).
func respeltSurname(w string, surnames []string) bool {
	for _, s := range surnames {
		if w != s && utf8.RuneCountInString(w) >= 4 && utf8.RuneCountInString(s) >= 4 && commonPrefix(w, s) >= 1 && distance(w, s, 2) <= 2 {
			return true
		}
	}
	return false
}

// longShortEnds reports whether the short form at text[start:end] has two
// words or more ("Fischer Boel") and the name ends with it (no hyphen, no
// capitalized word after it), the capitalized word before it being a title
// and no given name ix knows ("Commissioner Fischer Boel" for 피셔 보엘,
// house23's clean pair, a false error), not another name holding the form.
func longShortEnds(ix *nameIndex, text string, start, end int) bool {
	if !strings.ContainsRune(text[start:end], ' ') {
		return false
	}
	if end < len(text) && (text[end] == '-' || text[end] == ' ' && end+1 < len(text) && upperAt(text, end+1)) {
		return false
	}
	if start < 2 || text[start-1] != ' ' {
		return false
	}
	k := upperWordBefore(text, start-1)
	if k < 0 {
		return false
	}
	w := text[k : start-1]
	lw := strings.ToLower(w)
	return !ix.given[w] && (roleNouns[lw] || honorifics[lw] || titleNouns[lw])
}

// titleNouns are titles before a name that roleNouns lacks (a misspelled
// given name, "Luiz Moreno Ocampo", is no title).
var titleNouns = setOf("commissioner", "director", "commander", "admiral", "colonel", "lieutenant", "sergeant", "inspector",
	"speaker", "justice", "sheriff", "deputy", "superintendent", "chairperson", "rapporteur", "councillor", "councilor",
	"mp", "rep", "sen", "gov", "gen", "adm", "col", "lt", "sgt", "insp", "supt")

// capitalizedShort returns short with its first letter in upper case when
// it begins with a lower-case particle ("de Margerie" -> "De Margerie"),
// else "": the form a sentence's first word gives it (house23's "De
// Margerie said ...", a default false alarm).
func capitalizedShort(short string) string {
	r, n := utf8.DecodeRuneInString(short)
	if !unicode.IsLower(r) || !strings.ContainsRune(short, ' ') {
		return ""
	}
	return string(unicode.ToUpper(r)) + short[n:]
}

// vowelSwapped reports whether a and b, words of five letters or more, are
// alike but for one vowel changed to another in one place: a given name of
// a name written surname first, one syllable misspelled (Zhou Zhengleng for
// Zhou Zhenglong, house23's planted near miss), which otherPerson would
// read as another person with the same surname (Jane Sullivan).
func vowelSwapped(a, b string) bool {
	if len(a) != len(b) || len(a) < 5 {
		return false
	}
	diff := -1
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	return diff >= 0 && strings.IndexByte("aeiou", a[diff]|0x20) >= 0 && strings.IndexByte("aeiou", b[diff]|0x20) >= 0 && diff > 0
}

// personWords are a person's forms' words, lower-cased: own, every word and
// short form of the forms that are not forbidden (a forbidden surname is a
// misspelling, session 18, T21: Nowak), and surnames, the last word of each
// such form of two or more words written given name first.
func personWords(forms []*glossary.Term) (own, surnames []string) {
	for _, t := range forms {
		if t.Status.Forbidden() {
			continue
		}
		if ws := strings.Fields(t.Text); len(ws) >= 2 && !surnameFirst(ws) {
			surnames = append(surnames, strings.ToLower(ws[len(ws)-1]))
		}
		if t.Short != "" {
			own = append(own, strings.ToLower(t.Short))
		}
		for _, w := range strings.FieldsFunc(t.Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			own = append(own, strings.ToLower(w))
		}
	}
	return own, surnames
}
