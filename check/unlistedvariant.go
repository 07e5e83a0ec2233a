package check

import (
	"strings"
	"unicode/utf8"

	"bitext/glossary"
	"golang.org/x/text/language"
)

// Session 17, helper T10 (issue #11): an unlisted spelling of a
// transliterated name is no wrong rendering. A person's name the English
// gives in a form the list lacks failed CI as a wrong rendering; on house15
// that was "Jassim Mohammed Jaffer" for a listed Jassim Mohammed Jaafar
// (Jafar, Jasim and Jassem admitted too), a fifth usual transliteration of
// an Arabic name (judged false). A desk wants to see it, but not to fail a
// build for it. So the English giving the person with a listed form's given
// names and, for its surname, another spelling with the same consonants
// (consonantSkeleton: vowels and doubled letters aside, Jaffer for Jaafar)
// is reported as a warning naming the spelling, when the list itself gives
// the surname in two spellings that differ in more than accents (a name the
// list shows to be transliterated several ways). A listed name spelled one
// way (or with and without accents: Cetin, Çetin) keeps its respelling an
// error (Mehmet Catin). Developed on house15's one false error (seen) and our
// own sentences (TestUnlistedVariant).

// unlistedVariant returns the span of target giving person e by an
// unlisted spelling of a transliterated surname ("Jassim Mohammed Jaffer"),
// or "".
func unlistedVariant(e *glossary.Entry, target string, lang language.Tag) string {
	if e.Type != glossary.Person {
		return ""
	}
	terms := e.TermsIn(lang)
	var lasts []string // the listed surnames, not forbidden
	for _, t := range terms {
		ws := strings.Fields(t.Text)
		if len(ws) >= 2 && !t.Status.Forbidden() && !surnameFirst(ws) && !reversedForm(ws, terms) { // Fukuda Yasuo beside Yasuo Fukuda (session23t52.go)
			lasts = append(lasts, ws[len(ws)-1])
		}
	}
	varied := false
	for _, a := range lasts {
		for _, b := range lasts {
			varied = varied || foldAccents(strings.ToLower(a)) != foldAccents(strings.ToLower(b))
		}
	}
	if !varied {
		return ""
	}
	for _, t := range terms {
		ws := strings.Fields(t.Text)
		if len(ws) < 2 || t.Status.Forbidden() || surnameFirst(ws) || reversedForm(ws, terms) {
			continue
		}
		head := t.Text[:strings.LastIndexByte(t.Text, ' ')+1]
		for i := 0; i < len(target); {
			j := strings.Index(target[i:], head)
			if j < 0 {
				break
			}
			j += i
			i = j + 1
			if j > 0 && isWordByte(target[j-1]) {
				continue
			}
			k := j + len(head)
			w := wordAt(target, k)
			if w == "" || !upperAt(w, 0) || k+len(w) < len(target) && isWordByte(target[k+len(w)]) {
				continue
			}
			if otherSpelling(w, lasts) {
				return target[j : k+len(w)]
			}
		}
	}
	return ""
}

// otherSpelling reports whether w is another spelling of one of the
// listed surnames lasts: not one of them, the same first letter and the
// same consonants (Jaffer for Jaafar), four letters or more.
func otherSpelling(w string, lasts []string) bool {
	kw := variantKey(w)
	if utf8.RuneCountInString(kw) < 4 {
		return false
	}
	sw := consonantSkeleton(kw)
	for _, l := range lasts {
		kl := variantKey(l)
		if kl == kw {
			return false // a listed spelling
		}
	}
	for _, l := range lasts {
		kl := variantKey(l)
		if kl[0] == kw[0] && len(sw) >= 2 && consonantSkeleton(kl) == sw {
			return true
		}
	}
	return false
}
