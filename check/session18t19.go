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
		// Session 18 (helper T21): the title may end a compound word
		// (노박 에너지장관은, "Energy Minister Nowak").
		if k := strings.Index(kw, title); k >= 0 && (len(kw)-k-len(title) <= 6) { // a particle of up to two syllables
			roles = rs
			break
		}
	}
	if roles == nil {
		return ""
	}
	own, surnames := personWords(forms)
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
		// Session 18 (helper T21, the lead's decision): any other surname
		// after the title is an error, not only one sharing the listed
		// surname's start ("Secretary Tillerson" for 폼페이오 장관, "Energy
		// Minister Nowak" for 노박 에너지장관: three desks' planted errors),
		// unless it romanizes another Hangul name of the source.
		if containsString(own, strings.ToLower(name)) || taken(j+1, k) || roleNouns[strings.ToLower(name)] || ordinaryWord(target, j+1, k) ||
			sameSkeleton(sw, name) && !respeltSurname(strings.ToLower(name), surnames) || otherKoreanName(src, at.Start, at.End, name) {
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

// memberOther reports whether cand is name with an agent ending (r after a
// final e, er, and their plurals rs, ers) on its last word: a member or a
// native of what the name names ("a Hall of Famer" for a listed Hall of
// Fame, "New Yorkers"), a word derived from it, no misspelling (house20:
// a default near-miss false alarm).
func memberOther(cand, name string) bool {
	rest, ok := strings.CutPrefix(cand, name)
	if !ok || len(name) < 4 {
		return false
	}
	switch rest {
	case "er", "ers":
		return true
	case "r", "rs":
		return strings.HasSuffix(name, "e")
	}
	return false
}

// syllablesAlike reports whether Hangul syllables x and y have the same
// initial and final consonants (vowels may differ: 애치슨, 아체슨); on a
// word's first syllable ㄹ, ㄴ and ㅇ count as one initial, the initial-sound
// rule the South writes and the North does not (리영호, 이용호: Ri Yong Ho,
// house21's planted set; session 18, helper T19).
func syllablesAlike(x, y rune, first bool) bool {
	i, j := x-0xAC00, y-0xAC00
	if i < 0 || j < 0 || i > 11171 || j > 11171 || i%28 != j%28 {
		return false
	}
	if i/588 == j/588 {
		return true
	}
	initialSound := func(c rune) bool { return c == 2 || c == 5 || c == 11 } // ㄴ, ㄹ, ㅇ
	// Session 22 (helper T46): at any syllable, one initial with the
	// initial-sound law applied and the other without (최룡해, 최용해).
	return first && initialSound(i/588) && initialSound(j/588) || initialLawPair(x, y)
}

// contractedAlike reports whether the Hangul word long is short with one
// syllable of short written as two: a syllable with no final consonant and
// one beginning with ㅇ (구에 for 궤, 리아 for 랴), the first's initial and
// the second's final those of short's syllable, every other syllable alike
// (syllablesAlike): 아구에로 and 아궤로, one name transliterated twice
// (house20's planted set; session 18, helper T19).
func contractedAlike(long, short []rune) bool {
	for i := 0; i+1 < len(long); i++ {
		x, y, z := long[i]-0xAC00, long[i+1]-0xAC00, short[i]-0xAC00
		if x < 0 || y < 0 || z < 0 || x > 11171 || y > 11171 || z > 11171 || x%28 != 0 || y/588 != 11 || z/588 != x/588 || z%28 != y%28 {
			continue
		}
		ok := true
		for j := range short {
			if j == i {
				continue
			}
			k := j
			if j > i {
				k = j + 1
			}
			if !syllablesAlike(long[k], short[j], j == 0) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// givenKeptRespelt reports whether run, a one-word romanization of a
// person's Korean name in target, is the surname of one of the person's
// English forms (given names first) respelled (respelt: one letter, the
// first kept) right after that form's given names as listed: "Dolly Menka"
// for a listed Dolly Menga from 멘가, a misspelling of the listed name, not
// another romanization (house20's planted set, the desk's error).
func givenKeptRespelt(target, run string, forms []*glossary.Term) bool {
	if strings.ContainsAny(run, " -") {
		return false
	}
	for _, t := range forms {
		ws := strings.Fields(t.Text)
		if len(ws) < 2 || t.Status.Forbidden() || surnameFirst(ws) || !respelt(run, ws[len(ws)-1]) {
			continue
		}
		if hasWord(target, t.Text[:strings.LastIndexByte(t.Text, ' ')+1]+run) {
			return true
		}
	}
	return false
}

// givenNamesBefore reports whether the English of pr has the given names
// of one of the person's English forms (given names first, two words or
// more, each given name three letters or more) followed by a capitalized
// word: the person named there, spelled as listed or not, so a Korean
// form of two syllables is the person, not another thing (otherThing;
// house20's planted "Dolly Menka" for 멘가, Dolly Menga).
func givenNamesBefore(pr Pair, forms []*glossary.Term) bool {
	if !isEnglish(pr.TargetLang) {
		return false
	}
	for _, t := range forms {
		ws := strings.Fields(t.Text)
		if len(ws) < 2 || t.Status.Forbidden() || surnameFirst(ws) || len(ws[0]) < 3 {
			continue
		}
		head := t.Text[:strings.LastIndexByte(t.Text, ' ')+1]
		for a := range occurrences(pr.Target, head) {
			if a > 0 && letterAt(pr.Target, a-1) {
				continue
			}
			if b := a + len(head); b < len(pr.Target) && upperAt(pr.Target, b) {
				return true
			}
		}
	}
	return false
}
