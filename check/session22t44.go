package check

import (
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 22 (helper T44, issue #11): what house48 found.
//
//   - A forbidden form the list writes as one word in lower case (a common
//     word: "bale", forbidden for bail 보석), found with its first letter
//     capitalised in a bilingual pair whose source does not name the entry,
//     is a proper name, not the word: "Christian Bale", "Mr. Bale", "signs
//     that Bale has made the jump" (house48's kpc-dev 84 to 617, 12 false
//     errors). In mid-sentence (a stop after an honorific, "Mr.", is no
//     sentence end) the capital says so, outside a line in title case (a
//     headline capitalises every word). At a sentence's start the capital
//     is the sentence's: there the word is a name when the source has a
//     Hangul word that sounds like it (베일 for Bale: the name
//     transliterated). T37's titledUnsourced reads the source the same way
//     but leaves out a spelling of the entry's own forms (bale is two edits
//     from bail), which is house style whatever the source says in lower
//     case ("released on bale"), not in a name. A form capitalised
//     otherwise (BALE), a source naming the entry ("The Inquisition by
//     police" for 심문) and a monolingual text (no source to read it
//     against) keep the finding.

// capitalisedName reports whether m, a forbidden match in the English
// target text of pr (nil for a source side or a monolingual text: false),
// is a lower-case one-word form of the list written with a capital where
// a name stands (above); sm are the source's matches.
func capitalisedName(text string, m glossary.Match, pr *Pair, sm []glossary.Match) bool {
	form, found := m.Term.Text, text[m.Start:m.End]
	if len(found) != len(form) || !lowerWord(form) || found[0] < 'A' || found[0] > 'Z' || found[0]|0x20 != form[0] || found[1:] != form[1:] {
		return false
	}
	if pr == nil || sourceHasEntry(m.Entry, pr, sm) {
		return false
	}
	if sentenceStart(text, m.Start) && !afterHonorific(text, m.Start) {
		return hangulSounds(pr.Source, found)
	}
	return !titleCase(lineAt(text, strings.LastIndexByte(text[:m.Start], '\n')+1))
}

// afterHonorific reports whether the word at i follows an honorific
// abbreviated with a stop ("Mr. Bale", "Dr. Bale"), which sentenceStart
// reads as a sentence's end.
func afterHonorific(text string, i int) bool {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	if j == i || j == 0 || text[j-1] != '.' {
		return false
	}
	k := j - 1
	for k > 0 && isWordByte(text[k-1]) {
		k--
	}
	return honorifics[strings.ToLower(text[k:j-1])]
}

// hangulSounds reports whether source has a Hangul word (its particles
// left on: the skeleton of 베일은 is not Bale's, so each word is read
// whole and without its last syllable) that sounds like the English
// word w (soundsLike).
func hangulSounds(source, w string) bool {
	for f := range strings.FieldsSeq(source) {
		h := hangulPrefix(f)
		if utf8.RuneCountInString(h) < 2 {
			continue
		}
		if soundsLike(h, w) {
			return true
		}
		if _, n := utf8.DecodeLastRuneInString(h); utf8.RuneCountInString(h) > 2 && soundsLike(h[:len(h)-n], w) {
			return true
		}
	}
	return false
}

// hangulPrefix is the Hangul syllables that begin s.
func hangulPrefix(s string) string {
	for i, r := range s {
		if !isHangulSyllable(r) {
			return s[:i]
		}
	}
	return s
}

// capitalisedNameIn is capitalisedName for a deprecated-term finding of a
// monolingual pass on pr's target (Document), read at found's first
// place in the target.
func capitalisedNameIn(found string, m glossary.Match, pr *Pair, sm []glossary.Match) bool {
	k := strings.Index(pr.Target, found)
	if k < 0 {
		return false
	}
	m.Start, m.End = k, k+len(found)
	return capitalisedName(pr.Target, m, pr, sm)
}

//   - An English article's first mention of a term (type term) by an
//     abbreviation the list admits (GDP, FTA, WMD) where its preferred form
//     is spelled out (gross domestic product) and the article spells it
//     out (any allowed form of several words) only later is a first
//     mention (first-mention, a warning): the desk spells the term out
//     first, as it names a person in full before the surname (check12v's
//     planted GDP, FTA and WMD); a body's too since session 22 (helper T45,
//     the lead's decision: check12w's FDA, CDC and NTSB; session22t45.go).
//     Not for places, whose abbreviations are names the news gives at a
//     first mention (the US; T44 left out bodies as such too, the EU, the
//     NHS, GOP, which the house convention counts as deviations), nor in
//     a quotation (a speaker's words, "spot Bitcoin ETP shares",
//     g25-wmt24pp 61), nor for an abbreviation the article never spells
//     out or a preferred form that is itself one (NATO).

// abbreviationFirst reports whether ms[i], the first mention of its entry
// (a term's or a body's) in an English article, is an abbreviation written before
// the entry's spelled-out preferred form pref, which a later match of the
// same entry gives in words (any allowed form of several words).
func abbreviationFirst(ms []glossary.Match, i int, pref *glossary.Term) bool {
	m := ms[i]
	if m.Entry.Type != glossary.TermType && m.Entry.Type != glossary.Organization || pref == nil || m.Term == pref || !pluralAbbreviation(m.Term.Text) && !mixedAbbreviation(m.Term.Text) || // VMAs too (session22t49.go); AfD (session23t60.go)
		!strings.ContainsRune(pref.Text, ' ') && !lettersOf(m.Term.Text, pref.Text) && !initialsOfForm(m.Term.Text, m.Entry, m.Term.Lang) || glossary.Abbreviation(pref.Text) { // KMT before Kuomintang (session23t52.go); UAV before drone (abbrevinitials.go)
		return false
	}
	initials := initialsOfForm(m.Term.Text, m.Entry, m.Term.Lang)
	for _, n := range ms[i+1:] {
		if n.Entry == m.Entry && !n.Short && !n.Term.Status.Forbidden() && (strings.ContainsRune(n.Term.Text, ' ') || lettersOf(m.Term.Text, n.Term.Text) || initials) && !glossary.Abbreviation(n.Term.Text) {
			return true
		}
	}
	return false
}
