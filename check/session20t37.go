package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 20 (helper T37, issue #11): what house37 and house38 found.
//
//   - A forbidden form the list writes in lower case, found in title case
//     ("Domestic Violence Charges" for 가정 폭력 혐의, read as the forbidden
//     "violence charges"; "the Inquisition" for 종교 재판, read as the
//     forbidden "inquisition" of 심문), is in a bilingual pair reported only
//     when the pair's source names the entry (sourceHasEntry): without it
//     the capitals make the words a headline's or a name's, not a rendering
//     of the entry (titledUnsourced). Every word of the found form begins
//     with a capital; a one-word form not at a sentence start. T28's
//     commonWordUnsourced reads lower-case words only, T33's
//     nameWordUnsourced a capitalised word written again elsewhere.
//   - A forbidden form that begins with a capital (a name: Westland) of an
//     entry whose every form in the source's language counts only beside
//     a context (웨스트랜드 with 나이로비, 카지노, 케냐, 나이지리아) is, in a
//     bilingual pair whose source gives no match of the entry (its form
//     absent, or present without its context: "A Westland helicopter" for
//     웨스트랜드 헬리콥터), the same word in the other sense: not reported
//     (contextUnsourced).

// titledUnsourced reports whether m, a forbidden match on the target side
// of pr, is a lower-case form of the list found in title case where pr's
// source does not name m's entry.
func titledUnsourced(text string, m glossary.Match, pr *Pair, sm []glossary.Match) bool {
	form, found := m.Term.Text, text[m.Start:m.End]
	if form != strings.ToLower(form) || found == form || !allWordsCapital(found) {
		return false
	}
	if !strings.ContainsRune(found, ' ') && sentenceStart(text, m.Start) {
		return false
	}
	if spelledLike(m, strings.ToLower(found)) {
		return false
	}
	return !sourceHasEntry(m.Entry, pr, sm)
}

// allWordsCapital reports whether every word of s (words split at spaces and
// hyphens) begins with an upper-case letter.
func allWordsCapital(s string) bool {
	words := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		words++
	}
	return words > 0
}

// contextUnsourced reports whether m, a forbidden match on the target side
// of pr that begins with a capital, belongs to an entry whose every form in
// pr's source language needs a context, and pr's source gives no match of
// the entry.
func contextUnsourced(text string, m glossary.Match, pr *Pair, sm []glossary.Match) bool {
	r, _ := utf8.DecodeRuneInString(text[m.Start:m.End])
	if !unicode.IsUpper(r) {
		return false
	}
	ts := m.Entry.TermsIn(pr.SourceLang)
	if len(ts) == 0 {
		return false
	}
	for _, t := range ts {
		if len(t.Context) == 0 && !contextFormIn(pr.Source, ts) { // 리빙스턴 씨 (session21t39.go)
			return false
		}
	}
	for _, s := range sm {
		if s.Entry == m.Entry {
			return false
		}
	}
	return true
}

// titleKeptShort reports whether short is long with one or more of its inner
// words left out, its first and last words kept: a titled short form after
// the titled full form ("President Sarkozy" after "President Nicolas
// Sarkozy"), a second reference, not a second spelling.
func titleKeptShort(short, long string) bool {
	s, l := strings.Fields(short), strings.Fields(long)
	if len(s) < 2 || len(s) >= len(l) || s[0] != l[0] || s[len(s)-1] != l[len(l)-1] {
		return false
	}
	j := 1
	for _, w := range s[1 : len(s)-1] {
		for j < len(l)-1 && l[j] != w {
			j++
		}
		if j == len(l)-1 {
			return false
		}
		j++
	}
	return true
}

// titledMisspelt returns the span of target that gives one of a person's English
// forms of three words or more (a title, then given names: "Chairman Ben
// Bernanke", "Treasury Secretary Henry Paulson") with every word but the
// surname as listed and the surname respelt (respeltSurname: Bernanki,
// Poulsen), where the Korean form (sourceForm) begins with the surname, the
// given name not in it (버냉키 의장, 폴슨 재무장관): the English took the
// given name from knowing the person, not from the Korean's sound, so its
// surname misspells the listed one rather than transliterating the Korean
// (transliterated; check12k's planted k-1 and k-2); "" if none. Its span
// is the person misrendered (personRendering): an error, where
// givenReplacement's nearSurname (one edit) reads Poulsen for Paulson as
// another person.
func titledMisspelt(sourceForm, target string, forms []*glossary.Term) string {
	ks := strings.Fields(sourceForm)
	if len(ks) < 2 {
		return ""
	}
	if span := titledDoubled(sourceForm, target, forms); span != "" {
		return span // President Nicolas Sarkozzi for 니콜라 사르코지 (session22t47.go)
	}
	for _, t := range forms {
		ws := strings.Fields(t.Text)
		if len(ws) < 3 || t.Status.Forbidden() || surnameFirst(ws) {
			continue
		}
		surname := ws[len(ws)-1]
		if !sameSkeleton(ks[0], surname) {
			continue
		}
		head := t.Text[:strings.LastIndexByte(t.Text, ' ')+1]
		for b := range occurrences(target, head) {
			if b > 0 && wordByte(target[b-1]) {
				continue
			}
			w := wordAt(target, b+len(head))
			if upperAt(target, b+len(head)) && respeltSurname(strings.ToLower(w), []string{strings.ToLower(surname)}) {
				return target[b : b+len(head)+len(w)]
			}
		}
	}
	return ""
}

// titledUnsourcedIn is titledUnsourced for a finding of a monolingual pass
// (an article's, UnsourcedCommonWord): m matches found itself, which is
// read at its first place in target (for a sentence start), else alone.
func titledUnsourcedIn(target, found string, m glossary.Match, pr *Pair, sm []glossary.Match) bool {
	if k := strings.Index(target, found); k >= 0 {
		m.Start, m.End = k, k+len(found)
		return titledUnsourced(target, m, pr, sm)
	}
	return titledUnsourced(found, m, pr, sm)
}

// shortSubstituted reports whether cw, a word of a several-word lower-case
// term's window whose other words are exact (lowerNear), is the term's
// short word w (four or five letters, below lowerWordNear's six) with one
// letter after the first replaced, and no word of the word list
// (listedWord): "plea deel" for plea deal (check12l-missed), where "plea
// deals" (an inflection) and "plea dead" (a word) are not.
func shortSubstituted(cw, w string) bool {
	if len(w) < 4 || len(w) > 5 || len(cw) != len(w) || cw[0] != w[0] || cw == w {
		return false
	}
	diff := 0
	for i := 0; i < len(cw); i++ {
		if cw[i] < 'a' || cw[i] > 'z' {
			return false
		}
		if cw[i] != w[i] {
			diff++
		}
	}
	return diff == 1 && !listedWord(cw)
}

// pluralPossessive reports whether the capitalized word text[start:end]
// ends in s and is followed by an apostrophe, a space and a capitalized
// word: a plural possessive inside a name (Belfast Magistrates' Court),
// whose apostrophe nearMisses keeps in the word, as the name's listed
// words (strings.Fields) do, so that the sequence goes on to the next
// word (Magistrats' Court, check12l-missed).
func pluralPossessive(text string, start, end int) bool {
	return end > start && text[end-1] == 's' && upperAt(text, start) && end+2 < len(text) && text[end] == '\'' && text[end+1] == ' ' && upperAt(text, end+2)
}
