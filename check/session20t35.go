package check

import "strings"

// Session 20 (helper T35, issue #11): near misses of shorter one-word
// lower-case terms, and of a changed first or last letter, which T30's
// lowerOneNear left out (its floor of eight letters and its key of the
// first and the last letter: 0 of 2,000 six- or seven-letter forms found,
// about 1% of edits at a word's edge). A shorter word is likelier an
// ordinary word one edit from a term, so each new case asks more than
// T30's and T32's evidence (strange trigrams or no word of the list):
//   - the word is no word of T32's embedded English word list (listedWord),
//     whatever its trigrams: an English word is never a near miss;
//   - it is written in lower case (a capital at a sentence's start is
//     more often a name: Tarif, Medina);
//   - a changed first or last letter is a slip of the keys that writes no
//     inflection (edgeSlip): a neighbouring key on a QWERTY keyboard for
//     the letter (bariff, tariif), the first letter dropped (ariff), or the
//     first two or the last two letters swapped (atriff, taridf); a letter
//     added or dropped at the end, as inflections write them (paragliders,
//     paraglide), never.
// The forms of six or seven letters are indexed with T30's (oneLow); the
// forms of six letters or more by their last letter too (oneEdge, oneEnd)
// for a changed first letter, and by their first for a changed last one.

// edgeKey keys a form by its last letter (first true: for a text word
// whose first letter changed) or its first, and its length.
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
