package check

import (
	_ "embed"
	"strings"
	"unicode/utf8"

	"bitext/glossary"
	"bitext/lexicon"
)

// near-miss: misspellings of lower-case glossary forms (terms of several
// words and one-word forms), their index and the evidence a slip is a typo
// and not another word.

// lowerTerm is a lower-case form of two to four words.
//
// Session 19 (helper T23, issue #11): near misses the capitalized-name scan
// of nearmiss.go could not see.
type lowerTerm struct {
	text  string
	words []string
	entry *glossary.Entry
}

// lowerAnchor tells, for a word of the text spelled exactly as the
// anchor-th word of lower term id, which word of the term (target) may be
// the misspelled one.
type lowerAnchor struct {
	id             int32
	anchor, target int8
}

// buildLowerTerms indexes the lower-case forms of several words of every
// entry (not forbidden ones) by their exact words (buildNames calls it).
func (ix *nameIndex) buildLowerTerms() {
	ix.lowAnchors = map[string][]lowerAnchor{}
	for _, e := range ix.g.Entries {
		for _, t := range e.TermsIn(ix.lang) {
			if t.Status.Forbidden() {
				continue
			}
			words := strings.Fields(t.Text)
			if len(words) < 2 || len(words) > 4 || !lowerLetters(t.Text) && !properLowerTerm(e, t.Text) { // Tunguska event (nearmiss_lower.go)
				continue
			}
			id := int32(-1)
			for tg, w := range words {
				if len(w) < 6 && !doublingWord(w) && !(tg == len(words)-1 && droppingWord(w)) && !properPairTarget(e, t.Text, w) || strings.ContainsAny(w, "-'") { // tours of Mount Kumgang tours (properpairterm.go)
					continue // a shorter word only for its last consonant doubled (nearmiss_lower.go) or, the last, its last letter dropped (nearmiss_lower.go)
				}
				// The anchor: the longest other word that is no connector.
				a := -1
				for j, o := range words {
					if j != tg && len(o) >= 3 && !connectors[o] && (a < 0 || len(o) > len(words[a])) {
						a = j
					}
				}
				if a < 0 || len(words[a]) >= 64 {
					continue
				}
				if id < 0 {
					id = int32(len(ix.lowTerms))
					ix.lowTerms = append(ix.lowTerms, lowerTerm{text: t.Text, words: words, entry: e})
				}
				aw := words[a]
				ix.lowAnchors[aw] = append(ix.lowAnchors[aw], lowerAnchor{id, int8(a), int8(tg)})
				ix.lowLen[aw[0]] |= 1 << len(aw)
			}
		}
	}
}

// lowerLetters reports whether s holds only the letters a to z, spaces,
// hyphens and apostrophes, beginning with a letter.
func lowerLetters(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'a' || c > 'z') && c != ' ' && c != '-' && c != '\'' {
			return false
		}
	}
	return true
}

// mayAnchor is the cheap test, run on every lower-case word of the text,
// that text[a:b] may be a lower term's anchor.
func (ix *nameIndex) mayAnchor(text string, a, b int) bool {
	return ix.lowLen[text[a]]>>(b-a)&1 != 0
}

// lowerNear appends the near misses of the lower terms that the word
// text[a:b] anchors; *last is the end of the last one reported.
func (ix *nameIndex) lowerNear(out []Finding, file, text string, a, b int, ms []glossary.Match, p *pos, last *int) []Finding {
	for _, an := range ix.foldedAnchors(text, a, b) { // Net of a sentence's "Net neutrallity" (nearmiss_lower.go)
		t := &ix.lowTerms[an.id]
		// The window's words: anchor words before a, the rest after b.
		var starts, ends [4]int // a lower term has four words at most
		starts[an.anchor], ends[an.anchor] = a, b
		ok := true
		for j := int(an.anchor) - 1; j >= 0 && ok; j-- {
			starts[j], ends[j], ok = wordBeforeAt(text, starts[j+1])
		}
		for j := int(an.anchor) + 1; j < len(t.words) && ok; j++ {
			starts[j], ends[j], ok = wordAfterAt(text, ends[j-1])
		}
		if !ok || starts[0] < *last {
			continue
		}
		fold := sentenceCapital(text, starts[0]) // "Net neutrallity", "Circulr economy" (nearmiss_lower.go)
		for j, w := range t.words {
			cw := text[starts[j]:ends[j]]
			if j == 0 && fold {
				cw = strings.ToLower(cw[:1]) + cw[1:]
			}
			if j == int(an.target) {
				ok = ok && (ix.lowerWordNear(cw, w) || j == len(t.words)-1 && droppedLast(cw, w) && !ix.vocab[cw] || // "crime scen" (nearmiss_lower.go)
					(shortSubstituted(cw, w) || shortSwapped(cw, w)) && !ix.vocab[cw]) // "plea deel" (nearmiss_lower.go), "Tunguska evnet" (nearmiss_lower.go)
			} else {
				ok = ok && cw == w
			}
		}
		s, e := starts[0], ends[len(t.words)-1]
		if !ok || overlapsMatch(ms, starts[an.target], ends[an.target]) || overlapsMatch(ms, s, e) && !wordsMatched(ms, starts, ends, len(t.words), int(an.target)) {
			continue
		}
		f := newFinding(file, RuleNearMiss, Warning, "CheckMsgNearMiss",
			map[string]any{"Found": text[s:e], "Expected": t.text, "Term": t.entry.ID})
		p.place(&f, s, e)
		out = append(out, f)
		*last = e
	}
	return out
}

// lowerWordNear reports whether the text's word cw is a misspelling of the
// listed lower-case word w (six letters or more): one edit away, at most
// one letter longer or shorter, the same first and last letters, all
// lower-case letters, and no word of any glossary form.
func (ix *nameIndex) lowerWordNear(cw, w string) bool {
	if len(w) < 6 {
		return doubledLast(cw, w) && !ix.vocab[cw] // "prisoner swapp" (nearmiss_lower.go)
	}
	if cw == w || len(cw) < len(w)-1 || len(cw) > len(w)+1 || cw[0] != w[0] || cw[len(cw)-1] != w[len(w)-1] {
		return false
	}
	for i := 0; i < len(cw); i++ {
		if cw[i] < 'a' || cw[i] > 'z' {
			return false
		}
	}
	return !ix.vocab[cw] && distance(cw, w, 1) == 1 && (!usualVariant(cw, w) || strayL(cw, w)) // neutrallity (nearmiss_lower.go)
}

// usualVariant reports whether words a and b differ only in letter case or
// as a British and an American spelling (Demilitarised, Demilitarized;
// WesBanco, Wesbanco; spellvariant.go's keys).
func usualVariant(a, b string) bool {
	return britishAmerican(variantKey(a)) == britishAmerican(variantKey(b))
}

// wordBeforeAt returns the word of ASCII letters that ends one space before
// i (text[i-1] == ' ', text[i-2] a letter).
func wordBeforeAt(text string, i int) (int, int, bool) {
	if i < 2 || text[i-1] != ' ' || !isLetter(text[i-2]) {
		return 0, 0, false
	}
	e := i - 1
	s := e
	for s > 0 && isLetter(text[s-1]) {
		s--
	}
	if s > 0 && (text[s-1] == '-' || text[s-1] == '\'' || text[s-1] >= utf8.RuneSelf) {
		return 0, 0, false
	}
	return s, e, true
}

// wordAfterAt returns the word of ASCII letters that begins one space after
// i (text[i] == ' ', text[i+1] a letter).
func wordAfterAt(text string, i int) (int, int, bool) {
	if i+1 >= len(text) || text[i] != ' ' || !isLetter(text[i+1]) {
		return 0, 0, false
	}
	s := i + 1
	e := s
	for e < len(text) && isLetter(text[e]) {
		e++
	}
	if e < len(text) && (text[e] == '-' || text[e] >= utf8.RuneSelf) {
		return 0, 0, false
	}
	return s, e, true
}

// sentenceCapital reports whether the word at i is capitalized (A to Z)
// by its place at a sentence's start: a lower-case form written there
// ("Net neutrallity was debated": check11y's planted near miss) is read
// with its first letter in lower case (lowerNear).
func sentenceCapital(text string, i int) bool {
	return 'A' <= text[i] && text[i] <= 'Z' && sentenceStart(text, i)
}

// mayAnchorFolded is mayAnchor for a capitalized word text[a:b] at a
// sentence's start, read in lower case; the cheap test first.
func (ix *nameIndex) mayAnchorFolded(text string, a, b int) bool {
	c := text[a]
	return 'A' <= c && c <= 'Z' && b-a < 64 && ix.lowLen[c|0x20]>>(b-a)&1 != 0 && sentenceStart(text, a)
}

// foldedAnchors returns the lowAnchors of the word text[a:b], read with
// its first letter in lower case when it is a capital (A to Z) at a
// sentence's start (sentenceCapital); no allocation.
func (ix *nameIndex) foldedAnchors(text string, a, b int) []lowerAnchor {
	if b-a >= 64 || !sentenceCapital(text, a) {
		return ix.lowAnchors[text[a:b]]
	}
	var buf [64]byte
	k := append(buf[:0], text[a:b]...)
	k[0] |= 0x20
	return ix.lowAnchors[string(k)]
}

// strayL reports whether words a and b differ by one l doubled or not
// where no British or American spelling does (britishSpellings reads any
// ll as l): a double l ends the word (fulfill) or comes before an ending
// (travelled, travelling, traveller, counsellor, jewellery, enrollment,
// skillful, cancellation) in those spellings, not inside a stem ("neutrallity" for
// neutrality: check11y's planted near miss).
func strayL(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) != len(b)+1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	// a[i] is the letter a adds; with an l beside it, a double l.
	if a[i] != 'l' || a[i+1:] != b[i:] {
		return false
	}
	var k int // after the double l
	switch {
	case i > 0 && a[i-1] == 'l':
		k = i + 1
	case i+1 < len(a) && a[i+1] == 'l':
		k = i + 2
	default:
		return false
	}
	rest := a[k:]
	if strings.HasPrefix(rest, "ment") || strings.HasPrefix(rest, "ful") {
		return false
	}
	switch strings.TrimSuffix(strings.TrimSuffix(rest, "ly"), "s") {
	case "", "ed", "ing", "er", "or", "ery", "ation":
		return false
	}
	return true
}

// doublingWord reports whether w, a word of a lower-case form of several
// words, is short (four or five letters) and ends in a consonant whose
// doubling is no usual spelling (not l: instal, install; not s): a word
// lowerNear tries for its last consonant doubled only.
func doublingWord(w string) bool {
	if len(w) < 4 || len(w) > 5 {
		return false
	}
	c := w[len(w)-1]
	return c >= 'a' && c <= 'z' && strings.IndexByte("aeiouylsxwh", c) < 0
}

// doubledLast reports whether cw is w, a doublingWord, with its last
// consonant doubled ("swapp" for swap: check12b's planted "prisoner
// swapp"), in lower-case letters.
func doubledLast(cw, w string) bool {
	if !doublingWord(w) || len(cw) != len(w)+1 || !strings.HasPrefix(cw, w) {
		return false
	}
	return cw[len(cw)-1] == w[len(w)-1]
}

// droppingWord reports whether w, the last word of a lower-case form of
// several words, is short (four or five letters) and does not end in s
// (house rules, house rule: a plural, not a misspelling): a word lowerNear
// tries for its last letter dropped only.
func droppingWord(w string) bool {
	if len(w) < 4 || len(w) > 5 {
		return false
	}
	c := w[len(w)-1]
	return c >= 'a' && c <= 'z' && c != 's'
}

// droppedLast reports whether cw is w, a droppingWord, with its last
// letter dropped ("scen" for scene: check12c's planted "crime scen").
func droppedLast(cw, w string) bool {
	return droppingWord(w) && len(cw) == len(w)-1 && strings.HasPrefix(w, cw)
}

// wordsMatched reports whether every match of ms that overlaps the window
// of n words (starts, ends) lies within one word of it other than the
// target (the misspelled word): "crime" of another entry in "The crime
// scen" (check12c) is a word spelled as listed, no form that the window
// respells; a match across words, or on the target, still keeps the window
// from being a near miss.
func wordsMatched(ms []glossary.Match, starts, ends [4]int, n, target int) bool {
	for _, m := range ms {
		if m.Start >= ends[n-1] || m.End <= starts[0] {
			continue
		}
		in := false
		for j := 0; j < n; j++ {
			if j != target && starts[j] <= m.Start && m.End <= ends[j] {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}

// lowerOne is a one-word lower-case form of six letters or more (eight
// before nearmiss_lower.go).
//
// Session 20 (helper T30, issue #11): it is no word of the core lexicon
// (lexicon.Core, about 3,000 everyday English news words, reduced by
// EnglishStem so inflections count) nor of any glossary form;
//
// Session 20 (helper T30, issue #11): it stands nowhere else in the text (a
// writer's own word recurs; a slip of the keys is seldom made twice the same
// way);
type lowerOne struct {
	text  string
	entry *glossary.Entry
}

// oneKey packs a word's first and last bytes and its length.
func oneKey(first, last byte, n int) uint32 {
	return uint32(first)<<16 | uint32(last)<<8 | uint32(n)
}

// buildLowerOnes indexes the one-word lower-case forms (not forbidden) of
// six to 40 letters (eight before nearmiss_lower.go) by first letter, last
// letter and length.
func (ix *nameIndex) buildLowerOnes() {
	ix.oneLow = map[uint32][]lowerOne{}
	for _, e := range ix.g.Entries {
		for _, t := range e.TermsIn(ix.lang) {
			w := t.Text
			if t.Status.Forbidden() || len(w) < 6 || len(w) > 40 || !lowerLetters(w) || strings.ContainsAny(w, " -'") {
				continue
			}
			ix.addOneEdge(lowerOne{w, e}) // six letters or more: nearmiss_lower.go
			k := oneKey(w[0], w[len(w)-1], len(w))
			ix.oneLow[k] = append(ix.oneLow[k], lowerOne{w, e})
			ix.oneLen[w[0]] |= 7 << (len(w) - 1) // the text's word may be a letter shorter or longer
		}
	}
}

// mayOne is the cheap test that text[a:b], a lower-case word or a capital
// at a sentence's start, may be a near miss of a one-word lower form.
func (ix *nameIndex) mayOne(text string, a, b int) bool {
	return b-a < 64 && (ix.oneLen[text[a]|0x20]>>(b-a)&1 != 0 || ix.oneEnd[text[b-1]]>>(b-a)&1 != 0) // oneEnd: nearmiss_lower.go
}

// lowerOneNear appends the near miss of a one-word lower form that the word
// text[a:b] is, if any.
func (ix *nameIndex) lowerOneNear(out []Finding, file, text string, a, b int, ms []glossary.Match, p *pos) []Finding {
	cw := text[a:b]
	if 'A' <= cw[0] && cw[0] <= 'Z' {
		if !sentenceStart(text, a) {
			return out
		}
		cw = string(cw[0]|0x20) + cw[1:]
	}
	if ix.vocab[cw] || overlapsMatch(ms, a, b) {
		return out
	}
	for i := 1; i < len(cw); i++ {
		if cw[i] < 'a' || cw[i] > 'z' {
			return out
		}
	}
	// The forms of eight letters or more first, then the shorter ones
	// (nearmiss_lower.go: hiacking is hijacking's, not hacking's).
	var buckets [3][]lowerOne
	for d := -1; d <= 1; d++ {
		buckets[d+1] = ix.oneLow[oneKey(cw[0], cw[len(cw)-1], len(cw)+d)]
	}
	for pass := 0; pass < 2; pass++ {
		for _, bucket := range buckets {
			for _, lo := range bucket {
				if (len(lo.text) < 8) != (pass == 1) {
					continue
				}
				if distance(cw, lo.text, 1) != 1 || usualVariant(cw, lo.text) && !strayL(cw, lo.text) || !notAWord(text, cw, a, b) || !ix.strangeLetters(text, cw, lo.text) && listedWord(cw) { // listedWord: wordlist.go
					continue
				}
				if pass == 1 && !shortOneOK(text, a, cw) { // nearmiss_lower.go
					continue
				}
				f := newFinding(file, RuleNearMiss, Warning, "CheckMsgNearMiss",
					map[string]any{"Found": text[a:b], "Expected": lo.text, "Term": lo.entry.ID})
				p.place(&f, a, b)
				return append(out, f)
			}
		}
	}
	return ix.edgeOneNear(out, file, text, cw, a, b, p) // a changed first or last letter: nearmiss_lower.go
}

// notAWord reports whether the word w (lower case) of text[a:b] shows
// itself no English word: no word of the core lexicon, as written or
// inflected, and not elsewhere in text, in either case of its first letter.
func notAWord(text, w string, a, b int) bool {
	if len(lexicon.Core().EnglishIDs(w)) > 0 {
		return false
	}
	rest := w[1:]
	for i := 0; ; {
		j := strings.Index(text[i:], rest)
		if j < 0 {
			return true
		}
		j += i
		if j != a+1 && j > 0 && text[j-1]|0x20 == w[0] {
			return false
		}
		i = j + 1
	}
}

// trigrams appends the letter trigrams of w, with ^ and $ at its ends.
func trigrams(out []string, w string) []string {
	b := "^" + w + "$"
	for i := 0; i+3 <= len(b); i++ {
		out = append(out, b[i:i+3])
	}
	return out
}

// strangeLetters reports whether the word cw, one edit from the listed
// word w, holds two letter trigrams or more (^ and $ marking its ends) that
// w does not and that no other word of text, no word of the glossary's
// forms and no stem of the core lexicon holds: the edit wrote letter runs
// that the text's, the glossary's and the core's vocabulary never write
// (lyd and ydi of paraglyding), where an ordinary word's runs recur
// (con-tact, shou-ting, inven-tor).
//
// Session 20 (helper T30, issue #11): the edit wrote two letter trigrams or
// more that the listed form does not hold and that no other word of the
// text, no word of the glossary's forms and no stem of the core lexicon
// holds (strangeLetters: lyd and ydi of paraglyding, apy and py$ of
// cryptograpy; an ordinary word's letter runs recur in ordinary words).
func (ix *nameIndex) strangeLetters(text, cw, w string) bool {
	own := map[string]bool{}
	for _, t := range trigrams(nil, w) {
		own[t] = true
	}
	var fresh []string
	for _, t := range trigrams(nil, cw) {
		if !own[t] {
			fresh = append(fresh, t)
		}
	}
	ix.triOnce.Do(func() {
		ix.tri = map[string]bool{}
		for v := range ix.vocab {
			for _, t := range trigrams(nil, strings.ToLower(v)) {
				ix.tri[t] = true
			}
		}
		// The core lexicon's English words, as stems (EnglishStem cut
		// their endings, so no trigram of their end).
		var b strings.Builder
		if lexicon.Core().Write(&b) == nil {
			for _, line := range strings.Split(b.String(), "\n") {
				f := strings.Split(line, "\t")
				if len(f) != 3 {
					continue
				}
				ts := trigrams(nil, f[1])
				for _, t := range ts[:len(ts)-1] {
					ix.tri[t] = true
				}
			}
		}
	})
	seen := map[string]bool{}
	for _, t := range fresh {
		seen[t] = ix.tri[t]
	}
	var buf []string
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && isLetter(text[j]) {
			j++
		}
		if j > i {
			tw := strings.ToLower(text[i:j])
			if tw != cw {
				buf = trigrams(buf[:0], tw)
				for _, t := range buf {
					if _, ok := seen[t]; ok {
						seen[t] = true
					}
				}
			}
			i = j
		}
		i++
	}
	n := 0
	for _, t := range fresh {
		if t[0] == t[1] && t[1] == t[2] {
			return true // a letter tripled: no English word writes one (ambasssador)
		}
		if !seen[t] {
			n++
		}
	}
	return n >= 2 || n == 1 && slipEdit(cw, w) // nearmiss_lower.go
}

// afterMatch tries the names of several words anchored on the words of a
// glossary match right before word k of the sequence, which no match
// holds: a name whose first words are another form of its own entry and
// whose next word is misspelt ("Fox News Chanel": Fox News, an admitted
// form of Fox News Channel, matched; Chanel, a word of its own, anchors no
// window). Only a name of the match's own entry counts (Champions of the
// term champion before "Leage" is left to capsBefore's UEFA Champions
// League); try admits the match inside the window (overlapsOther).
func (sc *seqCheck) afterMatch(k int, inMatch []bool) {
	e := sc.matchEntry(sc.seq[k-1].start, sc.seq[k-1].end)
	if e == nil {
		return
	}
	n, rep := len(sc.out), sc.reported
	for j := k - 1; j >= 0 && inMatch[j]; j-- {
		if w := sc.text[sc.seq[j].start:sc.seq[j].end]; !nameConnectors[w] {
			sc.anchored(j, w, inMatch)
		}
	}
	if len(sc.out) > n && sc.out[n].Term != e.ID && !sc.nameAfterName(k, sc.out[n].Found) {
		sc.out, sc.reported = sc.out[:n], rep
	}
}

// matchEntry returns the entry of the glossary match of a full form that
// holds text[a:b], or nil.
func (sc *seqCheck) matchEntry(a, b int) *glossary.Entry {
	for k := sc.mi; k < len(sc.ms) && sc.ms[k].Start < b; k++ {
		if m := sc.ms[k]; m.Start <= a && m.End >= b && !m.Short {
			return m.Entry
		}
	}
	return nil
}

// slipEdit reports whether cw is w with one of its letters doubled
// (verrdicts), one dropped (vedicts) or two neighbouring different letters
// swapped (inetrviews).
//
// Session 20 (helper T32, issue #11): more of the one-word lower-case
// near misses of T30's lowerOneNear. T30 asks two letter trigrams that no
// other word writes (strangeLetters), since one is not enough against an
// ordinary word one edit from a term: with one, T30's false near misses on
// the judged parts were all a letter replaced (inventor for investor,
// prompted for promoted); the ordinary words a letter dropped from a term
// (contact for contract, carries for carriers, believes for believers)
// write no strange trigram at all. So a letter doubled, a letter dropped
// or two neighbouring letters swapped, the slips of the keys that real
// typing makes most, needs one strange trigram (slipEdit: conncerts,
// alcholic, snetence); a letter replaced still needs two.
func slipEdit(cw, w string) bool {
	switch len(cw) - len(w) {
	case 1:
		i := 0
		for i < len(w) && cw[i] == w[i] {
			i++
		}
		// cw[i] is the letter written again: the one before it, or the
		// one after (the first of a doubled pair written first).
		if i > 0 && cw[i] == cw[i-1] && cw[i+1:] == w[i:] {
			return true
		}
		return i < len(w) && cw[i] == w[i] && cw[i+1:] == w[i:]
	case -1:
		i := 0
		for i < len(cw) && cw[i] == w[i] {
			i++
		}
		return cw[i:] == w[i+1:]
	case 0:
		i := 0
		for i < len(w) && cw[i] == w[i] {
			i++
		}
		return i+1 < len(w) && cw[i] == w[i+1] && cw[i+1] == w[i] && cw[i] != cw[i+1] && cw[i+2:] == w[i+2:]
	}
	return false
}

// edgeKey keys a form by its last letter (first true: for a text word
// whose first letter changed) or its first, and its length.
//
// Session 20 (helper T35, issue #11): the word is no word of T32's embedded
// English word list (listedWord), whatever its trigrams: an English word is
// never a near miss;
//
// Session 20 (helper T35, issue #11): it is written in lower case (a capital
// at a sentence's start is more often a name: Tarif, Medina);
//
// Session 20 (helper T35, issue #11): near misses of shorter one-word
// lower-case terms, and of a changed first or last letter, which T30's
// lowerOneNear left out (its floor of eight letters and its key of the
// first and the last letter: 0 of 2,000 six- or seven-letter forms found,
// about 1% of edits at a word's edge). A shorter word is likelier an
// ordinary word one edit from a term, so each new case asks more than
// T30's and T32's evidence (strange trigrams or no word of the list):
// The forms of six or seven letters are indexed with T30's (oneLow); the
// forms of six letters or more by their last letter too (oneEdge, oneEnd)
// for a changed first letter, and by their first for a changed last one.
func edgeKey(w string, first bool) uint32 {
	if first {
		return oneKey(0, w[len(w)-1], len(w))
	}
	return oneKey(w[0], 0, len(w))
}

// addOneEdge indexes the one-word lower form w of six letters or more for
// a changed first or last letter.
func (ix *nameIndex) addOneEdge(lo lowerOne) {
	if ix.oneEdge == nil {
		ix.oneEdge = map[uint32][]lowerOne{}
	}
	w := lo.text
	for _, first := range []bool{true, false} {
		k := edgeKey(w, first)
		ix.oneEdge[k] = append(ix.oneEdge[k], lo)
	}
	ix.edgeLen[w[len(w)-1]] |= 1 << len(w)
	ix.edgeLen[256+int(w[0])] |= 1 << len(w)
	ix.oneEnd[w[len(w)-1]] |= 7 << (len(w) - 1)
	ix.oneLen[w[0]] |= 7 << (len(w) - 1)
}

// shortOneOK is the evidence a near miss of a form under eight letters, or
// of a changed first or last letter, needs beyond T30's: the word at
// text[a] is in lower case and no word of the list.
func shortOneOK(text string, a int, cw string) bool {
	return 'a' <= text[a] && text[a] <= 'z' && !listedWord(cw)
}

// edgeOneNear appends the near miss of a one-word lower form of six
// letters or more whose first or last letter the word cw (text[a:b], lower
// case) changed by a slip of the keys, if any.
func (ix *nameIndex) edgeOneNear(out []Finding, file, text, cw string, a, b int, p *pos) []Finding {
	if len(ix.oneEdge) == 0 || text[a] < 'a' || text[a] > 'z' {
		return out
	}
	for _, first := range []bool{true, false} {
		lens := ix.edgeLen[cw[len(cw)-1]]
		if !first {
			lens = ix.edgeLen[256+int(cw[0])]
		}
		for d := -1; d <= 1; d++ {
			if len(cw)+d >= 64 || lens>>(len(cw)+d)&1 == 0 {
				continue
			}
			k := oneKey(0, cw[len(cw)-1], len(cw)+d)
			if !first {
				k = oneKey(cw[0], 0, len(cw)+d)
			}
			for _, lo := range ix.oneEdge[k] {
				if !edgeSlip(cw, lo.text) || !notAWord(text, cw, a, b) || !shortOneOK(text, a, cw) {
					continue
				}
				f := newFinding(file, RuleNearMiss, Warning, "CheckMsgNearMiss",
					map[string]any{"Found": text[a:b], "Expected": lo.text, "Term": lo.entry.ID})
				p.place(&f, a, b)
				return append(out, f)
			}
		}
	}
	return out
}

// edgeSlip reports whether cw is w with its first or last letter changed
// by a slip of the keys that writes no inflection: the letter replaced by
// a neighbouring key (bariff, tariif), the first letter dropped (ariff),
// the first two or the last two letters swapped (atriff, taridf).
//
// Session 20 (helper T35, issue #11): a changed first or last letter is a
// slip of the keys that writes no inflection (edgeSlip): a neighbouring key
// on a QWERTY keyboard for the letter (bariff, tariif), the first letter
// dropped (ariff), or the first two or the last two letters swapped (atriff,
// taridf); a letter added or dropped at the end, as inflections write them
// (paragliders, paraglide), never.
func edgeSlip(cw, w string) bool {
	n := len(w)
	switch {
	case len(cw) == n-1:
		return cw == w[1:]
	case len(cw) != n || n < 2:
		return false
	case cw[0] != w[0] && cw[1:] == w[1:]:
		return strings.IndexByte(qwertyNear[w[0]], cw[0]) >= 0
	case cw[n-1] != w[n-1] && cw[:n-1] == w[:n-1]:
		return strings.IndexByte(qwertyNear[w[n-1]], cw[n-1]) >= 0
	case cw[0] == w[1] && cw[1] == w[0] && cw[0] != cw[1] && cw[2:] == w[2:]:
		return true
	}
	return cw[n-1] == w[n-2] && cw[n-2] == w[n-1] && cw[n-1] != cw[n-2] && cw[:n-2] == w[:n-2]
}

// qwertyNear lists each letter's neighbours on a QWERTY keyboard (the keys
// left, right, above and below it).
var qwertyNear = [256]string{
	'q': "wa", 'w': "qeas", 'e': "wrsd", 'r': "etdf", 't': "ryfg", 'y': "tugh", 'u': "yihj", 'i': "uojk", 'o': "ipkl", 'p': "ol",
	'a': "qwsz", 's': "awedxz", 'd': "serfcx", 'f': "drtgvc", 'g': "ftyhbv", 'h': "gyujnb", 'j': "huikmn", 'k': "jiolm", 'l': "kop",
	'z': "asx", 'x': "zsdc", 'c': "xdfv", 'v': "cfgb", 'b': "vghn", 'n': "bhjm", 'm': "njk",
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

// properLowerTerm reports whether e's form s is a capitalized word of
// letters then one to three lower-case words (Tunguska event) for an
// entry of type term.
//
// Session 21, helper T38 (issue #11): the near miss of a term whose first
// word is a proper name and whose other words are lower case, with its
// short last word's two inner letters swapped: check12g-missed's "Tunguska
// evnet" for house33's Tunguska event. Neither scan saw it: the lower-term
// scan (nearmiss_lower.go) took only forms of lower-case letters, the name
// scan (nearmiss.go) only forms whose every word is capitalized. So a term
// (type term) whose form is a capitalized word of letters then lower-case
// words (properLowerTerm) is a lower term too, anchored by its capitalized
// word as it is written (mayAnchor, not folded), and a word of four or five
// letters with two adjacent inner letters swapped (shortSwapped; no word of
// the list nor of the English word list) counts as its misspelling, as
// shortSubstituted's one letter changed does ("plea deel"). Developed on
// check12g-missed alone (TestProperLowerTerm).
func properLowerTerm(e *glossary.Entry, s string) bool {
	if e.Type != glossary.TermType || len(s) < 2 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return false
	}
	for j := 1; j < i; j++ {
		if s[j] < 'a' || s[j] > 'z' {
			return false
		}
	}
	return lowerLetters(s[i+1:]) || properPairLower(s[i+1:]) // Mount Kumgang tours (properpairterm.go)
}

// shortSwapped reports whether cw is the listed word w of four or five
// letters with two adjacent inner letters swapped ("evnet" for event), in
// lower-case letters and no English word.
func shortSwapped(cw, w string) bool {
	if len(w) < 4 || len(w) > 5 || len(cw) != len(w) || cw == w || cw[0] != w[0] || cw[len(cw)-1] != w[len(w)-1] {
		return false
	}
	for i := 0; i < len(cw); i++ {
		if cw[i] < 'a' || cw[i] > 'z' {
			return false
		}
	}
	for i := 1; i+2 < len(w); i++ {
		if cw[i] == w[i+1] && cw[i+1] == w[i] && cw[:i] == w[:i] && cw[i+2:] == w[i+2:] {
			return !listedWord(cw)
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
		if m.Start > a || m.End < b || m.Short || m.Entry == nil || m.Entry.Type == glossary.TermType && !properTerm(m) || m.Entry.Type == glossary.Title { // properTerm: nearmiss_lower.go
			continue
		}
		return strings.HasPrefix(found, sc.text[m.Start:m.End]+" ")
	}
	return false
}

// properTerm reports whether m, a match of a term (no person, body or
// place), is of a form the glossary lists capitalized (Palestinian, a
// demonym of house41's palestinians): a proper word that may begin
// another entry's name as a name's word does (nameAfterName: "The
// Palestinian Authorty", a near miss of Palestinian Authority missed at
// f80c51e, testdata/check12o-missed), not a common noun capitalized in a
// name (champion in "UEFA Champions Leage", left to capsBefore).
//
// A one-word lower form's near miss (lowerOneNear) is not sought inside
// the span of a lower term's near miss already reported (lowerNear):
// "compnay" of "The parent compnay spoke." is the reported near miss of
// parent company, not a second one of another entry's company
// (testdata/check12p-missed, a false alarm at f80c51e; nearmiss.go keeps
// lowLast, the end of the last lower term's near miss).
func properTerm(m glossary.Match) bool {
	return m.Term != nil && upperAt(m.Term.Text, 0)
}
