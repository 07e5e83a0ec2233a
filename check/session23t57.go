package check

import (
	"strings"
	"time"

	"bitext/glossary"

	"golang.org/x/text/language"
)

// Session 23 (helper T57, issue #11): the lead's decision on a person given
// in the English as another person: an error, as a misrendering, not the
// warning of a person the English leaves out.

// givenOtherSurname returns, in the English of pr, a person's given names
// as listed (one of the person's English forms, given names first, two words
// or more, each given name three letters or more) followed by a capitalized
// word that is no surname of the person's forms: "Evo Moreno" for 에보
// 모랄레스 (Evo Morales), "Joko Wiranto" for 조코 위도도 (Joko Widodo),
// another person or another word for the surname (check13m). It returns ""
// when there is none or when the word after the given names is no name
// (an ordinary word of a sentence, a title, a courtesy title).
//
// A word whose consonants have those of the Korean form's last word in
// order (hangulSkeleton, skeleton, c read as k: "Jack Nicholas" for 잭
// 니클라우스, check11o) is another transliteration of the
// Korean, maybe the list's guess wrong ("Peter Tsouvallaris" for 피터
// 소발리스, "Alan Crockford" for 앨런 크로포드: false to g24 and g29):
// no other person, "" (the warning of a person left out stays); so is a
// word the Korean spells (koreanSpells) in a word of its own: "Norbert
// Heller" for 켈러 beside 노버트 헬러, the Korean's other person.
func givenOtherSurname(pr Pair, source string, forms []*glossary.Term) string {
	if !isEnglish(pr.TargetLang) {
		return ""
	}
	for _, t := range forms {
		ws := strings.Fields(t.Text)
		if len(ws) < 2 || t.Status.Forbidden() || surnameFirst(ws) || len(ws[0]) < 3 || !givenWords(ws[:len(ws)-1]) {
			continue
		}
		head := t.Text[:strings.LastIndexByte(t.Text, ' ')+1]
		for a := range occurrences(pr.Target, head) {
			if a > 0 && letterAt(pr.Target, a-1) {
				continue
			}
			b := a + len(head)
			if b >= len(pr.Target) || !upperAt(pr.Target, b) {
				continue
			}
			e := b
			for e < len(pr.Target) && (letterAt(pr.Target, e) || pr.Target[e] == '-') {
				e++
			}
			w := pr.Target[b:e]
			lw := strings.ToLower(w)
			if len(w) < 3 || sentenceWords[lw] || articles[lw] || honorifics[lw] || titleWords[lw] != nil || roleNouns[lw] || titleNouns[lw] || surnameOf(w, forms) {
				continue
			}
			if sk := hangulSkeleton(source[strings.LastIndexByte(source, ' ')+1:]); sk != "" && subsequence(sk, strings.ReplaceAll(skeleton(w), "c", "k")) || koreanSpellsIn(pr.Source, w) {
				continue
			}
			return pr.Target[a:e]
		}
	}
	return ""
}

// surnameOf reports whether w is the last word of one of forms.
func surnameOf(w string, forms []*glossary.Term) bool {
	for _, t := range forms {
		if ws := strings.Fields(t.Text); len(ws) > 1 && strings.EqualFold(strings.Trim(ws[len(ws)-1], ".,"), w) {
			return true
		}
	}
	return false
}

// otherListedPerson returns the only person entry of inTarget other than e
// when the Korean of pr does not name it by one of its Korean forms, or nil:
// nil too when the English names more persons (a pair about several, where
// a two-syllable Korean form may be a word: 매케인 진영, "the McCain
// campaign" with Opinion Page Editor David Shipley, g-kpc-dev 762).
func otherListedPerson(pr Pair, e *glossary.Entry, inTarget []*glossary.Entry) *glossary.Entry {
	var found *glossary.Entry
	for _, o := range inTarget {
		if o == e || o.Type != glossary.Person {
			continue
		}
		if found != nil || namedIn(o, pr.Source, pr.SourceLang) {
			return nil
		}
		found = o
	}
	return found
}

// namedIn reports whether text has one of entry e's forms in lang, its
// short forms too, forbidden ones too.
func namedIn(e *glossary.Entry, text string, lang language.Tag) bool {
	for _, t := range e.TermsIn(lang) {
		if strings.Contains(text, t.Text) || t.Short != "" && strings.Contains(text, t.Short) {
			return true
		}
	}
	return false
}

// titledInsideName appends the deprecated-term findings of a form right
// only until a day, past it on day, that begins inside a person's full name
// at one of its later words and runs on past it: 우리베 대통령 (President
// Uribe, right while in office) in 알바로 우리베 대통령, which the matcher,
// leftmost-longest, reads as the full name 알바로 우리베 and a word after it
// (check13m: a titled form past its day written after the full name, an
// error as the titled form alone is). Only the person's full-name matches
// followed by a space are tried, each on the few words from the later word
// of the name to the end of the word after it.
func (c *Checker) titledInsideName(out []Finding, file, text string, ms []glossary.Match, lang language.Tag, p *pos, day time.Time) []Finding {
	var mt *glossary.Matcher
	var buf [4]glossary.Match
	for _, m := range ms {
		if m.Short || m.Entry.Type != glossary.Person || m.End+1 >= len(text) || text[m.End] != ' ' || m.Suffix != "" {
			continue
		}
		ws := strings.LastIndexByte(text[m.Start:m.End], ' ')
		if ws < 0 {
			continue
		}
		ws += m.Start + 1
		end := m.End + 1
		for end < len(text) && text[end] != ' ' && text[end] != '\n' {
			end++
		}
		if mt == nil {
			mt = c.matcher(lang)
		}
		for _, t := range mt.AppendAll(buf[:0], text[ws:end]) {
			if t.Start != 0 || ws+t.End <= m.End || t.Entry == m.Entry {
				continue
			}
			t.Start, t.End = ws+t.Start, ws+t.End
			if !expiredForm(t, day) {
				break
			}
			out = c.deprecated(out, file, text, []glossary.Match{t}, nil, nil, lang, "", p, day)
			break
		}
	}
	return out
}

// subsequence reports whether the bytes of a are in b in order.
func subsequence(a, b string) bool {
	i := 0
	for j := 0; j < len(b) && i < len(a); j++ {
		if a[i] == b[j] {
			i++
		}
	}
	return i == len(a)
}

// koreanSpellsIn reports whether a Hangul word of source has the
// consonants of the English word w (koreanSpells).
func koreanSpellsIn(source, w string) bool {
	for _, sw := range strings.Fields(source) {
		if hasHangul(sw) && koreanSpells(strings.Trim(sw, ".,\"'"), w) {
			return true
		}
	}
	return false
}

// givenWords reports whether ws, the words of a form before its last, are
// given names: each capitalized and none a title, a courtesy title or a
// post ("President Ma Ying-jeou", "Secretary of State Mike Pompeo" are
// titled forms: "President Chen", "Secretary Jim" are no given names
// kept; check12f, check12s).
func givenWords(ws []string) bool {
	for _, w := range ws {
		if !upperAt(w, 0) {
			return false
		}
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if titleWords[lw] != nil || titleNouns[lw] || roleNouns[lw] || honorifics[lw] || courtesy[w] || givenTitles[lw] {
			return false
		}
		for _, p := range strings.Split(lw, "-") {
			if titleWords[p] != nil || givenTitles[p] {
				return false
			}
		}
	}
	return true
}

// givenTitles are words of titles before a name that the title sets above
// may lack.
var givenTitles = setOf("president", "secretary", "minister", "premier", "chancellor", "senator", "sen", "rep", "gov", "general", "gen",
	"prime", "foreign", "defense", "state", "leader", "chairman", "chairwoman", "king", "queen", "prince", "princess", "pope", "judge",
	"justice", "mayor", "governor", "ambassador", "envoy", "spokesman", "spokeswoman", "director", "chief", "sir", "dame", "lord", "lady",
	"dr", "mr", "mrs", "ms", "prof", "vice", "deputy", "former", "first", "crown", "emperor", "sheikh", "president-elect")

// koreanRespelt reports whether later and first, two listed Hangul forms
// of person or place e met in one Korean article, are one name written
// two ways beyond respeltLoan's few letters (koreanSecondName; check13m):
// as many words, two or more, each pair beginning with one consonant and
// none a title (세우수 아모링 / 셀소 아모림, 삼 랭시 / 삼 레인시), or, the spaces
// left out, four syllables or more each, the first two the same and at
// most a fifth of the letters (jamo) changed, neither the other's start
// (바하칼리포르니아 / 바하 캘리포니아; not 알래스카 / 알래스카주).
func koreanRespelt(e *glossary.Entry, later, first string) bool {
	if e.Type != glossary.Person && e.Type != glossary.Place || !hangulOnly(later) || !hangulOnly(first) {
		return false
	}
	lw, fw := strings.Fields(later), strings.Fields(first)
	if len(lw) == len(fw) {
		if len(lw) < 2 {
			return false
		}
		for i := range lw {
			x, y := jamo(lw[i]), jamo(fw[i])
			if len(x) == 0 || len(y) == 0 || x[0] != y[0] || len(koreanTitleRoles(lw[i])) > 0 || len(koreanTitleRoles(fw[i])) > 0 {
				return false
			}
		}
		return later != first
	}
	a, b := strings.Join(lw, ""), strings.Join(fw, "")
	ar, br := []rune(a), []rune(b)
	if len(ar) < 4 || len(br) < 4 || ar[0] != br[0] || ar[1] != br[1] || strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return false
	}
	x, y := jamo(a), jamo(b)
	return jamoDistance(x, y)*5 <= max(len(x), len(y))
}
