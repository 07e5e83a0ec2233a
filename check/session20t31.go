package check

import (
	"strings"

	"bitext/glossary"
)

// Session 20 (helper T31, issue #11): what house31 (the United Kingdom and
// Europe) and house32 (East Asia) found, developed on those seen parts and
// our own sentences (session20t31_test.go).
//
//   - A peer's title with the preferred form's surname (Lord Adonis for
//     Andrew Adonis; Baroness, Viscount, Earl ...) is the British full
//     style of a peer, a full first mention (peerStyle, in fullMention),
//     as a title before the full name (Sir John Sawers, T22's titledForm)
//     already was.
//   - A forbidden ordinary word that is an allowed form's other national
//     spelling (honor for honour, -or for -our, -er for -re, -ize for
//     -ise ...), of an entry whose Korean forms all need a context word
//     (one sense of an ambiguous word: 훈장, a royal honour), is the other
//     variety's own word in another sense, not a spelling of the entry: in
//     a pair whose source does not name the entry it is not reported
//     (otherVariety, in T28's spelledLike); e-mail and hi-tech (spellings
//     of email, high-tech) and defence (house12's defense, 국방, no
//     context) still are.
//   - A one-word listed name ending in -ed with the d dropped or the ed
//     (Unite for United) is another form of an ordinary word, a union's
//     name, not a misspelling (pastOther, beside pluralOther's Common for
//     Commons).
//   - A Korean name romanized with each part spelt as one of the person's
//     allowed forms spells it (Kim Chun-sik from Kim Chun-sig and Kim
//     Cheon-sik) names the person: the list admits both spellings of each
//     syllable (listedSyllables, in romanizedName); Han Duk-soo for Han
//     Duck-soo, a syllable the list never spells so, stays a respelling.
//   - A military rank before a listed person's surname (Lt Col Vann for a
//     listed Lt. Vann) names the person (rankNamed, in otherRendering),
//     where one of the person's allowed forms is itself a rank and the
//     surname.

// peerTitles are the titles of British peers and peeresses that, with the
// surname, are a peer's full style.
var peerTitles = []string{"Lord ", "Lady ", "Baroness ", "Baron ", "Viscount ", "Viscountess ", "Earl ", "Countess ",
	"Marquess ", "Marchioness "}

// peerStyle reports whether form is a peer's title and the last word of
// name, a name of two words or more (Lord Adonis for Andrew Adonis).
func peerStyle(form, name string) bool {
	sp := strings.LastIndexByte(name, ' ')
	if sp <= 0 {
		return false
	}
	for _, p := range peerTitles {
		if rest, ok := strings.CutPrefix(form, p); ok {
			return rest == name[sp+1:]
		}
	}
	return false
}

// otherVariety reports whether found and allowed, both lower case, are one
// word in British and American spelling (honor, honour; center, centre),
// for an entry e whose source-language forms all need a context word (a
// sense of an ambiguous word: 훈장 beside 여왕, 기사 ...): outside that
// sense the other variety's word is the language's own.
func otherVariety(e *glossary.Entry, found, allowed string) bool {
	if found == allowed || strings.ContainsAny(allowed, " -") || britishAmerican(found) != britishAmerican(allowed) {
		return false
	}
	n := 0
	for _, t := range e.Terms {
		if isEnglish(t.Lang) {
			continue
		}
		if len(t.Context) == 0 {
			return false
		}
		n++
	}
	return n > 0
}

// pastOther reports whether cand is name, one word ending in -ed, with its
// d or its ed dropped (Unite, United): another form of an ordinary word.
func pastOther(cand, name string) bool {
	stem, ok := strings.CutSuffix(name, "ed")
	if !ok || strings.ContainsAny(name, " -") || len(stem) < 3 {
		return false
	}
	return cand == stem || cand == stem+"e"
}

// nameParts splits a name into its words and the parts of its hyphenated
// words, in lower case.
func nameParts(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' })
}

// listedSyllables reports whether run, a romanization of a Korean name,
// spells each of its parts as one of the person's allowed forms with as
// many parts spells that part (Kim Chun-sik from Kim Chun-sig and Kim
// Cheon-sik).
func listedSyllables(run string, forms []*glossary.Term) bool {
	rp := nameParts(run)
	if len(rp) < 2 {
		return false
	}
	var same [][]string
	for _, t := range forms {
		if fp := nameParts(t.Text); !t.Status.Forbidden() && len(fp) == len(rp) {
			same = append(same, fp)
		}
	}
parts:
	for i, p := range rp {
		for _, fp := range same {
			if fp[i] == p {
				continue parts
			}
		}
		return false
	}
	return true
}

// rankWords are military ranks, as written before a surname.
var rankWords = map[string]bool{
	"lt": true, "lt.": true, "lieutenant": true, "col": true, "col.": true, "colonel": true, "gen": true, "gen.": true,
	"general": true, "maj": true, "maj.": true, "major": true, "capt": true, "capt.": true, "captain": true, "sgt": true,
	"sgt.": true, "sergeant": true, "cpl": true, "cpl.": true, "corporal": true, "brig": true, "brig.": true,
	"brigadier": true, "cdr": true, "cdr.": true, "commander": true, "adm": true, "adm.": true, "admiral": true,
	"pte": true, "pvt": true, "private": true, "lt-col": true, "lt.-col.": true,
}

// rankNamed reports whether target gives a listed surname right after one
// or two military ranks (Lt Col Vann) where one of the person's allowed
// forms is a rank and that surname (Lt. Vann).
func rankNamed(target string, forms []*glossary.Term) bool {
	tw := strings.Fields(target)
	for _, t := range forms {
		fw := strings.Fields(t.Text)
		if t.Status.Forbidden() || len(fw) != 2 || !rankWords[strings.ToLower(fw[0])] {
			continue
		}
		for i := 1; i < len(tw); i++ {
			w := strings.TrimRight(tw[i], ",.;:")
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if w == fw[1] && rankWords[strings.ToLower(tw[i-1])] {
				return true
			}
		}
	}
	return false
}

// glossedFull reports whether the one-word Korean person form of match m
// in text is glossed right after it, in brackets, by one of the entry's
// English forms (forms) of two words or more: "조란 자에브(Zoran Zaev)"
// names the person in full whatever the list holds of the Hangul given
// name (house31's ntrex 494, 자에브 read as a first mention by surname
// alone). A Korean form of several words (이 영호(Ri Yong Ho)) is a full
// form of its own, judged as before.
func glossedFull(text string, m glossary.Match, forms []*glossary.Term) bool {
	if m.Entry.Type != glossary.Person || strings.Contains(text[m.Start:m.End], " ") || m.End >= len(text) || text[m.End] != '(' {
		return false
	}
	in, _, ok := strings.Cut(text[m.End+1:], ")")
	if !ok {
		return false
	}
	in = strings.TrimSpace(in)
	for _, t := range forms {
		if !t.Status.Forbidden() && strings.Contains(t.Text, " ") && strings.EqualFold(in, t.Text) {
			return true
		}
	}
	return false
}
