package check

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 21 (helper T39, issue #11): what house39 and house40 found.

// qualifiedRespelling reports whether m, a forbidden form of an entry that
// is no person, respelling one of its allowed forms, is the last part of a
// longer proper name that begins before it: a capitalized word right
// before it (British Columbia, the Democratic Labor Party, Tim Whitehouse)
// or a capitalized word that begins no sentence and "of" (the District of
// Columbia), outside a heading or a title-case line; the form itself
// written as a name, every word capitalized. A name that goes on before the form
// qualifies it and names another thing; a word after it (Cheju Island,
// the Pittsburg Steelers) reads the entry itself as a modifier, the same
// misspelling (session 11), and a person's name before it is more of the
// person's name, so both are still reported (house39,
// held-out-glossary-39: 11 false errors).
func qualifiedRespelling(text string, m glossary.Match) bool {
	if m.Entry == nil || m.Entry.Type == glossary.Person || !allCapitalized(text[m.Start:m.End]) {
		return false // a person; a common noun ("a pro-Kurdish Web site")
	}
	if !capitalBefore(text, m.Start) && !capitalOfBefore(text, m.Start) && !startNameBefore(text, m.Start) {
		return false
	}
	line := strings.TrimSpace(lineAround(text, m.Start))
	return !strings.HasPrefix(line, "#") && !titleCase(line)
}

// capitalOfBefore reports whether text[:start] ends with a capitalized
// word of two letters or more, a space, "of" and a space ("District of "),
// the word no function word, role noun, day or month.
func capitalOfBefore(text string, start int) bool {
	if start < 5 || text[start-4:start] != " of " {
		return false
	}
	k := upperWordBefore(text, start-4)
	if k < 0 || start-4-k < 2 {
		return false
	}
	lw := strings.ToLower(text[k : start-4])
	return !spanStop[lw] && !roleNouns[lw] && !dayOrMonth[lw] && (!opensSentence(text, k) || nameWordElsewhere(text, k, start-4))
}

// startNameBefore reports whether a capitalized word at a sentence's start
// ends one space before start, or before " of " there, that the text
// writes capitalized inside a sentence too: a name's word ("Tim
// Whitehouse ... Tim said", "District of Columbia Attorney General" with
// "the District of Columbia" elsewhere), not a sentence's capital
// ("Supporters of Burma's junta"); or, right before the form, an English
// given name (givenName: "Tim Whitehouse, a former EPA official").
func startNameBefore(text string, start int) bool {
	end := start - 1
	if start >= 5 && text[start-4:start] == " of " {
		end = start - 4
	} else if start < 2 || text[start-1] != ' ' {
		return false
	}
	k := upperWordBefore(text, end)
	if k < 0 || end-k < 2 || !opensSentence(text, k) {
		return false
	}
	lw := strings.ToLower(text[k:end])
	return !spanStop[lw] && !roleNouns[lw] && !dayOrMonth[lw] && (nameWordElsewhere(text, k, end) || end == start-1 && givenName(lw))
}

// givenName reports whether lw, a lower-case word, is an English given
// name of the nickname table (nicknames: tim, timothy), which before a
// one-word form makes the form a surname ("Tim Whitehouse, a former EPA
// official" opening a paragraph; house39, wmt24pp).
func givenName(lw string) bool {
	if nicknames[lw] != "" {
		return true
	}
	for _, full := range nicknames {
		if full == lw {
			return true
		}
	}
	return false
}

// nameWordElsewhere reports whether the word text[k:end] stands elsewhere
// in text, capitalized, as a whole word that begins no sentence.
func nameWordElsewhere(text string, k, end int) bool {
	w := text[k:end]
	for at := range occurrences(text, w) {
		if at == k || at > 0 && isWordByte(text[at-1]) || at+len(w) < len(text) && isWordByte(text[at+len(w)]) {
			continue
		}
		if !opensSentence(text, at) {
			return true
		}
	}
	return false
}

// allCapitalized reports whether every word of s begins with a capital
// letter.
func allCapitalized(s string) bool {
	for _, w := range strings.Fields(s) {
		if !upperAt(w, 0) {
			return false
		}
	}
	return s != ""
}

// derivedForms reports whether a and b, two English forms of one place or
// body, are one name's different words rather than two spellings: the
// noun, adjective, demonym or plural (Germany, German, Germans; Scotland,
// Scottish; Democrat, Democratic, Democrats; Europe, Europeans; South
// Korea, South Korean). Each is their longest common prefix, of four
// letters or more, then an ending of derivedEndings, maybe with a plural
// s or es; or the shorter is so derived from the longer's last words
// (Korean after South Korea). An ending outside the list (Bahrain,
// Bahrein) is a spelling still. House39, held-out-glossary-39: 21 of its
// 26 false inconsistent findings.
func derivedForms(e *glossary.Entry, a, b string) bool {
	if e == nil || e.Type != glossary.Place && e.Type != glossary.Organization || a == b {
		return false
	}
	if derivedPair(a, b) {
		return true
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	// The shorter against the longer's last words, as many as it has.
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(bw) >= len(aw) {
		return false
	}
	return derivedPair(strings.Join(aw[len(aw)-len(bw):], " "), b)
}

// derivedPair reports whether a and b are a common prefix of four letters
// or more, capitalized, and each an ending of derivedEndings after it.
func derivedPair(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	for n > 0 && (n < len(a) && !utf8.RuneStart(a[n]) || n < len(b) && !utf8.RuneStart(b[n])) {
		n-- // back to a rune's start
	}
	if utf8.RuneCountInString(a[:n]) < 4 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(a); r < 'A' || r > 'Z' {
		return false
	}
	return derivedEnding(a[n:]) && derivedEnding(b[n:])
}

// derivedEnding reports whether s is an ending of derivedEndings, maybe
// with a plural s or es after it.
func derivedEnding(s string) bool {
	if derivedEndings[s] {
		return true
	}
	if t, ok := strings.CutSuffix(s, "es"); ok && derivedEndings[t] {
		return true
	}
	t, ok := strings.CutSuffix(s, "s")
	return ok && derivedEndings[t]
}

// derivedEndings end an English place name, its adjective or its demonym
// after the letters they share (German-y, Scot-land and Scot-tish,
// Democrat-ic, Europe-an, Chin-a and Chin-ese).
var derivedEndings = map[string]bool{"": true, "a": true, "y": true, "n": true, "an": true, "ian": true, "ese": true,
	"i": true, "ic": true, "ish": true, "tish": true, "land": true}

// titledSurname reports whether a and b, two Korean forms of one person,
// are a full name and a second reference by surname and title: with their
// titles (personTitles) after them set aside, the shorter is the longer's
// last word (트럼프 대통령 after 도널드 트럼프 대통령, 캐버노 판사 after 브렛
// 캐버노, 부시 대통령 after 조지 W. 부시): a titled second reference, no second
// spelling (house39, held-out-glossary-39: 4 false inconsistent findings).
func titledSurname(e *glossary.Entry, a, b string) bool {
	if e == nil || e.Type != glossary.Person || !hasHangul(a) || !hasHangul(b) {
		return false
	}
	aw, at := untitledRole(a) // 감독 and the other role words too (session21t41.go)
	bw, bt := untitledRole(b)
	if !at && !bt {
		return false // no title: left to the other rules
	}
	if len(aw) > len(bw) {
		aw, bw = bw, aw
	}
	return len(aw) == 1 && len(bw) >= 2 && aw[0] == bw[len(bw)-1]
}

// untitled returns the words of a Korean form without the titles of
// personTitles at its end, and whether there was one.
func untitled(s string) ([]string, bool) {
	w := strings.Fields(s)
	t := false
	for len(w) > 1 && isPersonTitle(w[len(w)-1]) {
		w = w[:len(w)-1]
		t = true
	}
	return w, t
}

// opensSentence reports whether the word at i begins a sentence or a line,
// as sentenceStart does, with any quotation mark, bracket or other sign
// before it skipped too ("˝Supporters of Burma´s junta", a KPC line's
// stray double acute).
func opensSentence(text string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case r == '\n' || r == '\t' || r == '.' || r == '!' || r == '?' || r == ':':
			return true
		case r == ' ' || (unicode.IsPunct(r) || unicode.IsSymbol(r)) && r != ',' && r != ';' && r != '-':
			i -= n
		default:
			return false
		}
	}
	return true
}

// shortLastChanged reports whether cw, the text's word for the jth word w
// of place name n, is w's short misspelling at the name's end: n of three
// words or more, w its last word of four or five letters, cw with w's
// first letter and one edit from it, no word of T32's word list (Round
// Reading Roon for the Round Reading Room, check12n-missed). placeOneWord
// wants six letters or more of a changed word, as a short word changed is
// often another word (Round Reading Rooms, New Work).
func shortLastChanged(n *name, j int, cw string) bool {
	w := n.words[j]
	if len(n.words) < 3 || j != len(n.words)-1 || len(w) < 4 || len(w) > 5 || !isASCIIWord(cw) || !isASCIIWord(w) ||
		cw[0] != w[0] || distance(cw, w, 1) != 1 {
		return false
	}
	return !listedWord(strings.ToLower(cw))
}

// caseSensitiveName reports whether words, two words or more, each
// capitalized, are a form of term e the list marks case-sensitive: the
// list says its capitals are a name's (Hurricane Bertha), which the
// near-miss scan then reads as it reads bodies' names (check12m-missed's
// Hurricane Berthaa). capitalTerm reads terms of three words or more so
// without the mark.
func caseSensitiveName(e *glossary.Entry, words []string) bool {
	if len(words) < 2 {
		return false
	}
	text := strings.Join(words, " ")
	for _, t := range e.Terms {
		if t.Text == text && t.CaseSensitive {
			return true
		}
	}
	return false
}

// nameAfterName reports whether found, a near miss that afterMatch found
// from the match before the kth word of the sequence, begins with that
// match's whole text, the match naming a person, body or place: a longer
// name that holds another entry's name (the George Washington Foundation,
// George Washington matched, "Foundaton" its own word; check12n-missed).
// A term's match (champion in "UEFA Champions Leage") is still left to
// capsBefore.
func (sc *seqCheck) nameAfterName(k int, found string) bool {
	a, b := sc.seq[k-1].start, sc.seq[k-1].end
	for i := sc.mi; i < len(sc.ms) && sc.ms[i].Start < b; i++ {
		m := sc.ms[i]
		if m.Start > a || m.End < b || m.Short || m.Entry == nil || m.Entry.Type == glossary.TermType && !properTerm(m) || m.Entry.Type == glossary.Title { // properTerm: session21t40.go
			continue
		}
		return strings.HasPrefix(found, sc.text[m.Start:m.End]+" ")
	}
	return false
}

// articleCapital reports whether w is an Arabic article or a like prefix
// of one to three lower-case letters, a hyphen and a capitalized word
// (al-Maliki, el-Sisi, bin-Talal): a name's word after its first, which
// the near-miss scan reads as capitalized (check12m-missed's Nouri
// al-Malikki, a doubled letter, where the run of capitalized words ended
// at Nouri).
func articleCapital(w string) bool {
	i := 0
	for i < len(w) && i < 4 && 'a' <= w[i] && w[i] <= 'z' {
		i++
	}
	return i >= 1 && i <= 3 && i+1 < len(w) && w[i] == '-' && upperAt(w, i+1)
}

// afterClosingQuote reports whether the Korean form at start of text
// follows a closing quotation mark right after a word, with no space
// ('옥(獄)'이란 글자, '영혼 소유권'이란 증서): Hangul glued to a closing quote is
// the quoted word's particle or ending (이란, "what is called"), no name
// (house39, held-out-glossary-39 --missing all: 이란 read as Iran twice).
// A quotation mark after a space, or at the text's start, opens a quote.
func afterClosingQuote(text string, start int) bool {
	r, n := utf8.DecodeLastRuneInString(text[:start])
	if !strings.ContainsRune(`'"’”」』`, r) || start-n <= 0 {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(text[:start-n])
	return !unicode.IsSpace(p) && !strings.ContainsRune(`'"‘“「『(`, p)
}

// demonymPlural reports whether cand is the plural (a final s) of a place's
// listed form n that is the demonym of another allowed form of its entry
// (derivedPair: North Korean of North Korea): the place's people, no near
// miss ("30,000 North Koreans have crossed", house39,
// held-out-glossary-39). pluralOther reads a final s so only for a name
// of one word or inside a longer name, as a name of several words with an
// s more ("United Nation" and "United Nations") is often misspelt.
func demonymPlural(n *name, cand string) bool {
	if n.entry == nil || n.entry.Type != glossary.Place || cand != n.text+"s" {
		return false
	}
	for _, t := range n.entry.Terms {
		if t.Text != n.text && len(t.Text) < len(n.text) && !t.Status.Forbidden() && derivedPair(t.Text, n.text) {
			return true
		}
	}
	return false
}

// koreanTitledFull reports whether form, a Korean form of a person, is the
// preferred Korean form name with one or two titles after it, which follow
// the name in Korean: a title of personTitles or a chief's title in 장
// (김정은 위원장 for 김정은; 회장, 의장, 사장), so the form names the person in
// full, no first mention by a short form (house39, held-out-glossary-39).
// A name's suffix (케네스 폴라이트 주니어, Kenneth Polite Jr.) makes another
// full name and stays a finding (held-out-glossary-5, judged real).
func koreanTitledFull(form, name string) bool {
	if !hasHangul(name) {
		return false
	}
	rest, ok := strings.CutPrefix(form, name+" ")
	if !ok {
		return false
	}
	ws := strings.Fields(rest)
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	for i, w := range ws {
		if !isPersonTitle(w) && !(hangulOnly(w) && utf8.RuneCountInString(w) >= 2 && strings.HasSuffix(w, "장")) &&
			!(i == 0 && len(ws) == 2 && titleBody(w)) { // 리창 국무원 총리: a title's body (koreantitles.go)
			return false
		}
	}
	return true
}

// surnameTitled reports whether a Korean person form is one word and its
// titles (personTitles: 트럼프 대통령), which givenNameBefore reads as it
// reads the one word: 도날드 트럼프 대통령, a given name our list spells
// 도널드, is the full name (house39, held-out-glossary-39: a false first
// mention).
func surnameTitled(form string) bool {
	w, titled := untitled(form)
	return titled && len(w) == 1
}

// contextFormIn reports whether source holds a form of ts that counts
// only with a context word, as a word of its own, right before a personal
// title (personTitles, 씨 too: 리빙스턴 씨는): contextUnsourced's caller
// found no match of the entry there, so the form names a person, not the
// entry, and a capitalized forbidden form of the entry in the target names
// that person too ("Mr. Livingstone stayed at home" for 리빙스턴 씨는, the
// football club's 리빙스턴 needing football words; check12m-missed's clean
// pair), though the entry has a form without a context (리빙스턴 FC). A
// form beside no title (양안간 고위급 회담 for cross-strait talks, its
// context outside the pair) still lets the target's forbidden form count.
func contextFormIn(source string, ts []*glossary.Term) bool {
	for _, t := range ts {
		if len(t.Context) == 0 || t.Text == "" {
			continue
		}
		for at := range occurrences(source, t.Text) {
			end := at + len(t.Text)
			if at > 0 && isHangulSyllableBefore(source, at) || end+1 >= len(source) || source[end] != ' ' {
				continue
			}
			if w := stripParticle(hangulWordAt(source, end+1)); w != "" && slices.Contains(personTitles, w) {
				return true
			}
		}
	}
	return false
}

// isHangulSyllableBefore reports whether a Hangul syllable ends right
// before i in s (the form is inside a longer word).
func isHangulSyllableBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isHangulSyllable(r)
}
