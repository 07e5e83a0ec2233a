package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 18 (helper T19, issue #11): what the fresh house20 (sports) and
// house21 (defence and foreign affairs) found, read by kind
// (TestInflectedName, TestTitledReplacement, TestCutSurnameSpelt).

// hyphenPrefixes are the English prefixes joined by a hyphen to a name in
// an adjective ("a Pro-Trump diatribe", "anti-Bush protests").
var hyphenPrefixes = setOf("pro", "anti", "ex", "non", "post", "pre", "neo", "pseudo", "mid", "un", "counter")

// inflectedName reports whether target names person e by a surname or
// short form of one of its English forms (four letters or more) inside a
// hyphenated adjective ("Pro-Trump", "anti-Musharraf") or in the plural
// ("the Gen. Musharrafs of the world"): the English names the person,
// which a name matcher reading whole words does not see (house21: two
// default errors, both false).
func inflectedName(e *glossary.Entry, target string, forms []*glossary.Term) bool {
	for _, t := range forms {
		if t.Status.Forbidden() {
			continue
		}
		ws := strings.Fields(t.Text)
		names := []string{t.Short}
		if len(ws) > 0 {
			if surnameFirst(ws) {
				names = append(names, ws[0])
			} else {
				names = append(names, ws[len(ws)-1])
			}
		}
		for _, n := range names {
			if utf8.RuneCountInString(n) >= 4 && inflectedNameIn(target, n) {
				return true
			}
		}
	}
	return false
}

// inflectedNameIn reports whether name occurs in text after a hyphenated
// prefix (hyphenPrefixes) or with a plural ending (s, es), a whole word so.
func inflectedNameIn(text, name string) bool {
	for off := 0; off < len(text); {
		k := strings.Index(text[off:], name)
		if k < 0 {
			return false
		}
		a := off + k
		b := a + len(name)
		off = a + 1
		end := b
		for _, suf := range []string{"s", "es"} {
			if strings.HasPrefix(text[b:], suf) && !letterAt(text, b+len(suf)) {
				end = b + len(suf)
				break
			}
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:a]); a > 0 && unicode.IsLetter(r) {
			continue
		}
		if end > b && (a == 0 || text[a-1] != '-') {
			return true // the plural
		}
		if letterAt(text, end) || a < 2 || text[a-1] != '-' {
			continue
		}
		p := a - 1
		for p > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:p])
			if !unicode.IsLetter(r) {
				break
			}
			p -= n
		}
		if hyphenPrefixes[strings.ToLower(text[p:a-1])] {
			return true
		}
	}
	return false
}

// letterAt reports whether text has a letter at i.
func letterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// titledReplacement returns the English title and surname ("Prime Minister
// Olmer") that stand where the Korean source gives
// person e's listed form followed by a title (올메르트 총리), when the
// English surname replaces one of e's surnames as replacedAfter reads one
// (cut short, or beginning with three letters or more of it, at least
// half: replacesOne), is none of e's words, is no ordinary word, and is not
// the Korean word's spelling: a surname cut or replaced after a title, as
// after Mr or Dr (replacedSurname). The English title must translate the
// Korean one (koreanRoles) and the surname stand alone (no capitalized word
// after it). "" otherwise (house21's planted errors, the desk's errors).
func titledReplacement(pr Pair, at glossary.Match, forms []*glossary.Term, taken func(a, b int) bool) string {
	src, target := pr.Source, pr.Target
	if at.End+1 >= len(src) || src[at.End] != ' ' {
		return ""
	}
	kw := hangulWordAt(src, at.End+1)
	var roles []string
	for title, rs := range koreanRoles {
		if strings.HasPrefix(kw, title) && (len(kw)-len(title) <= 6) { // a particle of up to two syllables
			roles = rs
			break
		}
	}
	if roles == nil {
		return ""
	}
	var own, surnames []string
	for _, t := range forms {
		if ws := strings.Fields(t.Text); len(ws) >= 2 && !t.Status.Forbidden() && !surnameFirst(ws) {
			surnames = append(surnames, strings.ToLower(ws[len(ws)-1]))
		}
		if t.Short != "" {
			own = append(own, strings.ToLower(t.Short))
		}
		for _, w := range strings.FieldsFunc(t.Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			own = append(own, strings.ToLower(w))
		}
	}
	sw := src[lastHangulWordStart(src, at.Start, at.End):at.End]
	for i := 0; i < len(target); {
		w := wordAt(target, i)
		if w == "" {
			_, n := utf8.DecodeRuneInString(target[i:])
			i += n
			continue
		}
		j := i + len(w)
		b := i
		i = j
		if !upperAt(target, b) || !containsString(roles, strings.ToLower(w)) || j+1 >= len(target) || target[j] != ' ' || !upperAt(target, j+1) {
			continue
		}
		name := wordAt(target, j+1)
		k := j + 1 + len(name)
		if len(name) < 3 || k < len(target) && (target[k] == '-' || target[k] == ' ' && k+1 < len(target) && upperAt(target, k+1)) {
			continue // "Secretary Tillerson-Smith", "Minister Ban Ki-moon"
		}
		if !replacesOne(strings.ToLower(name), surnames) || containsString(own, strings.ToLower(name)) || taken(j+1, k) || roleNouns[strings.ToLower(name)] || ordinaryWord(target, j+1, k) || sameSkeleton(sw, name) {
			continue
		}
		return target[b:k]
	}
	return ""
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// replacesOne reports whether the lower-case word w is one of surnames cut
// short to three letters or more, or begins with three letters or more of
// one, at least half of it, and is not it (Olmer for Olmert). A wholly
// other surname ("President Marcos" for 두테르테 대통령) is not read: the
// desks disagree on its severity (check11m has it a warning, check11u's
// "Secretary Tillerson" for 폼페이오 장관 an error).
func replacesOne(w string, surnames []string) bool {
	for _, s := range surnames {
		n, nw, ns := commonPrefix(w, s), utf8.RuneCountInString(w), utf8.RuneCountInString(s)
		if w != s && n >= 3 && (n == nw && nw < ns || 2*n >= ns) {
			return true
		}
	}
	return false
}
