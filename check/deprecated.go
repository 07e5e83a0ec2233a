package check

import (
	"strings"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// deprecated-term: a forbidden form in the text that is no use of the
// forbidden form (a participle, a hyphenated verb, a plural of an allowed
// form, a form named as another's), by the rules of sessions 19 to 23.

// namedForbidden reports whether the forbidden form m, given as another
// name ("known as", formerName), glosses another forbidden form of the
// same entry earlier in its sentence that is itself no such other name:
// the sentence names the entry by no right form, so both are wrong ("The
// Korea Teachers Union, known as Chunkyojo, met": check11x's planted
// error). A right form before the cue ("Sean Combs, known as Puff Daddy")
// keeps the other name a former name.
func namedForbidden(text string, ms []glossary.Match, m glossary.Match, lang language.Tag) bool {
	a := strings.LastIndexAny(text[:m.Start], ".!?;\n") + 1
	bad := false
	for _, o := range ms {
		if o.Entry != m.Entry || o.Short || o.Start < a || o.Start >= m.Start {
			continue
		}
		if !o.Term.Status.Forbidden() {
			return false // a right form names it in the sentence
		}
		bad = bad || !formerName(text, o.Start, o.End, lang)
	}
	return bad
}

// hyphenOnly reports whether form is pref with one or more of its spaces
// written as hyphens and nothing else changed.
func hyphenOnly(form, pref string) bool {
	if len(form) != len(pref) {
		return false
	}
	hyphen := false
	for i := 0; i < len(form); i++ {
		a, b := form[i], pref[i]
		if a == '-' && b == ' ' {
			hyphen = true
		} else if a != b {
			return false
		}
	}
	return hyphen
}

// notModified are the words after which a hyphenated compound is no
// modifier: function words, forms of be, have and do, modals, and the
// verbs of saying.
var notModified = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true, "of": true, "in": true, "on": true,
	"at": true, "to": true, "for": true, "with": true, "by": true, "from": true, "as": true, "than": true, "that": true,
	"which": true, "who": true, "whom": true, "whose": true, "this": true, "these": true, "those": true, "it": true, "its": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "has": true, "have": true,
	"had": true, "do": true, "does": true, "did": true, "will": true, "would": true, "can": true, "could": true, "may": true,
	"might": true, "must": true, "should": true, "shall": true, "not": true, "if": true, "so": true, "while": true, "when": true,
	"where": true, "because": true, "after": true, "before": true, "into": true, "over": true, "under": true, "about": true,
	"against": true, "between": true, "through": true, "during": true, "says": true, "said": true, "say": true, "remains": true,
	"became": true, "becomes": true, "also": true, "now": true, "still": true, "up": true, "out": true, "off": true,
}

// verbBefore are the words after which a hyphenated compound is a verb: a
// relative or personal pronoun as its subject or a modal.
var verbBefore = map[string]bool{
	"who": true, "i": true, "we": true, "you": true, "they": true, "he": true, "she": true, "will": true,
	"would": true, "can": true, "could": true, "may": true, "might": true, "must": true, "should": true, "cannot": true,
}

// hyphenRight reports whether the forbidden match m, its entry's preferred
// form written with a hyphen for a space (hyphenOnly) and a term's (a name
// takes no hyphen as a modifier: Time-Warner), stands where the
// hyphen is right: before a noun (the next word a lower-case word that is
// no function word or verb, notModified) or after a subject or an
// auxiliary that makes it a verb (verbBefore).
//
// Session 22 (helper T45, issue #11): A forbidden form that differs from the
// entry's preferred form only by a hyphen where the preferred has a space
// (climate-change for climate change, breast-pump for breast pump) is no
// deprecated-term where the hyphenated word is right: a compound modifier
// before a noun ("the climate-change standoff", house48 g48-kpc-test 1132)
// and a compound verb after a subject or a modal ("women who breast-pump",
// house49 g49-ntrex-odd 1441). Before a function word, a verb or a stop
// ("climate-change is", "fight climate-change.") the hyphen is the list's
// forbidden spelling of the noun and still reported.
func hyphenRight(text string, m glossary.Match) bool {
	if m.Entry.Type != glossary.TermType || m.Preferred == nil || !hyphenOnly(m.Term.Text, m.Preferred.Text) {
		return false
	}
	end := m.End + len(m.Suffix)
	if m.Suffix == "" && end < len(text) && text[end] == ' ' {
		if w := letterRunAt(text, end+1); w != "" && 'a' <= w[0] && w[0] <= 'z' && !notModified[w] {
			return true // the climate-change standoff
		}
	}
	if w := wordBefore(text, m.Start); w != "" && verbBefore[strings.ToLower(w)] {
		return true // women who breast-pump
	}
	return false
}

// letterRunAt is the run of ASCII letters at i in text.
func letterRunAt(text string, i int) string {
	j := i
	for j < len(text) && isLetter(text[j]) {
		j++
	}
	return text[i:j]
}

// wordBefore is the run of ASCII letters that ends one space before i.
func wordBefore(text string, i int) string {
	if i < 2 || text[i-1] != ' ' {
		return ""
	}
	j := i - 1
	k := j
	for k > 0 && isLetter(text[k-1]) {
		k--
	}
	return text[k:j]
}

// participleSame are verbs whose past participle is their base form and
// that end a compound noun of a list (power cut, price hike aside).
var participleSame = map[string]bool{"cut": true, "shut": true, "hit": true, "set": true, "put": true, "spread": true,
	"split": true, "burst": true, "cast": true, "shed": true, "hurt": true, "cost": true, "quit": true}

// participleAfter are the words after which a participle goes on
// (cut to thousands, cut off, shut for days).
var participleAfter = map[string]bool{"to": true, "off": true, "from": true, "across": true, "for": true, "in": true, "at": true, "by": true}

// participleRead reports whether the forbidden match m, a lower-case
// term of two words or more whose last word is a verb's past participle
// alike to its base (power cut), is read in a verb phrase: after "and",
// "or", "with", "but" or a comma, no determiner making it a noun, with no
// plural ending and a preposition or particle after it ("landslides
// triggered and power cut to thousands": power was cut; house54
// g54-kpc-dev 527, a false error). "a power cut to thousands of homes",
// "the power cut lasted" and "power cuts" are still the forbidden noun.
//
// Session 22 (helper T47, issue #11): A forbidden compound noun whose last
// word is a participle alike to its verb's base (power cut) is no forbidden
// form in a verb phrase: after "and", "or", "with", "but" or a comma and
// before a preposition ("and power cut to thousands", participleRead;
// house54: a false error).
func participleRead(text string, m glossary.Match) bool {
	if m.Entry == nil || m.Entry.Type != glossary.TermType || m.Suffix != "" {
		return false
	}
	f := text[m.Start:m.End]
	k := strings.LastIndexByte(f, ' ')
	if k < 0 || strings.ToLower(f) != f || !participleSame[f[k+1:]] {
		return false
	}
	if m.End+1 >= len(text) || text[m.End] != ' ' || !participleAfter[letterRunAt(text, m.End+1)] {
		return false
	}
	if m.Start >= 2 && text[m.Start-1] == ' ' && text[m.Start-2] == ',' {
		return true
	}
	switch strings.ToLower(wordBefore(text, m.Start)) {
	case "and", "or", "with", "but":
		return true
	}
	return false
}

// pluralOfAllowed reports whether forbidden match m of English text is
// read only through a plural ending and the word so read is the regular
// plural of an allowed form of the same entry ("tomatoes": tomato + es,
// not the forbidden tomatoe + s).
//
// Session 23 (helper T58, issue #11): A forbidden form read only through a
// plural ending, where the word is the regular plural of an allowed form of
// the same entry, is not the forbidden form (pluralOfAllowed): "tomatoes" is
// tomato + es, not the list's forbidden "tomatoe" + s (house67: 4 false
// errors).
func pluralOfAllowed(text string, m glossary.Match, lang language.Tag) bool {
	if m.Short || m.Term == nil || m.Suffix == "" || !isEnglish(lang) || !m.Term.Status.Forbidden() {
		return false
	}
	k := 0
	switch {
	case strings.HasPrefix(m.Suffix, "es"):
		k = 2
	case m.Suffix[0] == 's':
		k = 1
	default:
		return false
	}
	w := text[m.Start : m.End+k]
	for _, t := range m.Entry.TermsIn(lang) {
		if t == m.Term || t.Status.Forbidden() {
			continue
		}
		n := len(t.Text)
		if len(w) <= n || !strings.EqualFold(w[:n], t.Text) {
			continue
		}
		switch rest := strings.ToLower(w[n:]); {
		case rest == "s", rest == "es" && takesES(t.Text):
			return true
		}
	}
	return false
}

// takesES reports whether an English form takes the plural "es": after s,
// x, z, o, ch or sh, as the matcher reads it (glossary's esPlural).
func takesES(form string) bool {
	n := len(form)
	if n == 0 {
		return false
	}
	switch form[n-1] | 0x20 {
	case 's', 'x', 'z', 'o':
		return true
	case 'h':
		return n >= 2 && (form[n-2]|0x20 == 'c' || form[n-2]|0x20 == 's')
	}
	return false
}
