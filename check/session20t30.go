package check

import (
	"strings"

	"bitext/glossary"
	"bitext/lexicon"
)

// Session 20 (helper T30, issue #11): near misses of one-word lower-case
// terms ("Cryptograpy" for cryptography, "paraglyding" for paragliding),
// which T23's lowerNear, anchored on a correctly spelt other word of a
// form, cannot see.
//
// The risk is an ordinary English word one edit from a term (appeared for
// appealed, contact for contract, shopping for shipping, revolution for
// resolution: T25's try). The text's word (eight letters or more, the
// same first and last letters as the form, one edit away, all lower case
// but a capital at a sentence's start) is read as a misspelling only with
// evidence that it is no word:
//   - it is no word of the core lexicon (lexicon.Core, about 3,000
//     everyday English news words, reduced by EnglishStem so inflections
//     count) nor of any glossary form;
//   - it stands nowhere else in the text (a writer's own word recurs; a slip
//     of the keys is seldom made twice the same way);
//   - the edit wrote two letter trigrams or more that the listed form does
//     not hold and that no other word of the text, no word of the
//     glossary's forms and no stem of the core lexicon holds
//     (strangeLetters: lyd and ydi of paraglyding, apy and py$ of
//     cryptograpy; an ordinary word's letter runs recur in ordinary words).
//
// And two listed forms of a name differing only in case (Washington state,
// Washington State) are two spellings (caseOnly, in secondSpelling).

// lowerOne is a one-word lower-case form of six letters or more (eight
// before session20t35.go).
type lowerOne struct {
	text  string
	entry *glossary.Entry
}

// oneKey packs a word's first and last bytes and its length.
func oneKey(first, last byte, n int) uint32 {
	return uint32(first)<<16 | uint32(last)<<8 | uint32(n)
}

// buildLowerOnes indexes the one-word lower-case forms (not forbidden) of
// six to 40 letters (eight before session20t35.go) by first letter, last
// letter and length.
func (ix *nameIndex) buildLowerOnes() {
	ix.oneLow = map[uint32][]lowerOne{}
	for _, e := range ix.g.Entries {
		for _, t := range e.TermsIn(ix.lang) {
			w := t.Text
			if t.Status.Forbidden() || len(w) < 6 || len(w) > 40 || !lowerLetters(w) || strings.ContainsAny(w, " -'") {
				continue
			}
			ix.addOneEdge(lowerOne{w, e}) // six letters or more: session20t35.go
			k := oneKey(w[0], w[len(w)-1], len(w))
			ix.oneLow[k] = append(ix.oneLow[k], lowerOne{w, e})
			ix.oneLen[w[0]] |= 7 << (len(w) - 1) // the text's word may be a letter shorter or longer
		}
	}
}

// mayOne is the cheap test that text[a:b], a lower-case word or a capital
// at a sentence's start, may be a near miss of a one-word lower form.
func (ix *nameIndex) mayOne(text string, a, b int) bool {
	return b-a < 64 && (ix.oneLen[text[a]|0x20]>>(b-a)&1 != 0 || ix.oneEnd[text[b-1]]>>(b-a)&1 != 0) // oneEnd: session20t35.go
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
	// (session20t35.go: hiacking is hijacking's, not hacking's).
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
				if distance(cw, lo.text, 1) != 1 || usualVariant(cw, lo.text) && !strayL(cw, lo.text) || !notAWord(text, cw, a, b) || !ix.strangeLetters(text, cw, lo.text) && listedWord(cw) { // listedWord: session20t32.go
					continue
				}
				if pass == 1 && !shortOneOK(text, a, cw) { // session20t35.go
					continue
				}
				f := newFinding(file, RuleNearMiss, Warning, "CheckMsgNearMiss",
					map[string]any{"Found": text[a:b], "Expected": lo.text, "Term": lo.entry.ID})
				p.place(&f, a, b)
				return append(out, f)
			}
		}
	}
	return ix.edgeOneNear(out, file, text, cw, a, b, p) // a changed first or last letter: session20t35.go
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
	return n >= 2 || n == 1 && slipEdit(cw, w) // session20t32.go
}

// caseOnly reports whether two listed forms of a name differ only in the
// case of a letter past their first, which is a capital in both
// (Washington state, Washington State; Korean peninsula, Korean Peninsula;
// house30): the matcher keeps each occurrence's own form, so an article
// that writes both writes one name two ways. A form whose first letter
// differs in case is a common noun beside a name (central bank, Central
// Bank) or a sentence's start (de Klerk, De Klerk): none.
func caseOnly(a, b string) bool {
	if a == b || len(a) != len(b) || a[0] != b[0] || a[0] < 'A' || a[0] > 'Z' {
		return false
	}
	return strings.EqualFold(a, b)
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
