package align

import (
	"math/bits"
	"slices"
)

// Anchor weights, in nats added to (match) or taken from (miss) a bead's
// log-probability. They were set by hand, as rough log-likelihood ratios;
// wNumberMiss was then raised from 0.9 to 1.5 after looking at the NTREX
// evaluation files and our articles in testdata/align (see the README
// fragment: the NTREX figures are therefore not a held-out result for it).
const (
	wNumberMatch = 2.0 // a number both sides share
	wNumberMiss  = 1.5 // a number only one side has
	wLatinMatch  = 2.5 // a Latin-script token both sides share (G20, OECD)
	wLatinMiss   = 0.9 // a Korean-side Latin token missing from the English
	wTermMatch   = 3.0 // a glossary entry named on both sides
	wTermMiss    = 1.5 // a glossary entry named on one side only
	wQuoteMatch  = 0.4 // both sides quote
	wQuoteMiss   = 0.6 // one side quotes, the other does not
	wQuestMatch  = 0.8 // both sides ask
	wQuestMiss   = 1.0 // one side asks, the other does not
	wName3       = 1.0 // a transliterated name of three consonant classes
	wName4       = 2.0 // of four
	wName5       = 3.0 // of five or more
	wEditionOnly = 3.0 // an English line that reads like a credit or footer, left unlinked
	wNameMiss    = 0.5 // an English name of four or more classes with no Korean match
	// An English line that opens with a continuation (continuations: But,
	// It, Which …) costs wContinues left unlinked (0-1), and gains
	// wContJoin after another English member of the same link (1-2, 1-3);
	// a link whose first Korean and first English segments both open with
	// one (그러나 … and But …; koreanContinuations) gains wContMatch.
	// Chosen in session 11 on the development part of the edition set
	// and the NTREX files (wContinues among 1.5/2.0/2.5, wContJoin among
	// 0.5/0.8/1.5, wContMatch 0.8 and 1.5 tried; see README).
	wContinues = 1.5
	wContJoin  = 0.8
	wContMatch = 0.8
	// Lexicon evidence per known word (Options.Lexicon): a Korean stem
	// whose translation is on the English side, or an English word that
	// translates a stem of the Korean side, adds wLexHit; a known word
	// without that takes wLexMiss. Chosen on the development part of the
	// edition set (see README).
	wWeekday = 2.0 // both sides name the same weekday (or a Korean date falls on it); half that taken when they differ
	wRoman   = 2.0 // an English name whose romanization key a Korean word has (package romanize)
	wLexHit  = 0.7
	wLexMiss = 0.3
	// A member of a merge or split (a 2-1, 1-2, 3-1 or 1-3 link) with at
	// least lexAloneKnown known words of which at most lexAloneShare
	// are translated on the other side (a dropped sentence swallowed
	// into a merge, an English-only line glued to a split) costs
	// wLexAlone, scaled by how well the lexicon covers the document (see
	// lexAloneScale): with a lexicon that knows little of the document,
	// few true members show evidence either. Chosen on the development
	// part of the edition set (session 5, see README).
	wLexAlone     = 2.0
	lexAloneKnown = 3
	lexAloneShare = 0.25
	// lexCoverageFloor is the document coverage (lexAloneScale) at and
	// below which wLexAlone is not charged at all.
	lexCoverageFloor = 0.5
	// Two consecutive members of a merge or split whose own translated
	// words meet the other side's segment less than orderMargin apart,
	// or in the wrong order, cost wOrder (orderCost). Chosen in session
	// 12 on the development part of the edition set and NTREX p05
	// (wOrder 0.8/1/1.2/1.5/2/3, orderMargin 0.1–0.6 tried; see README).
	wOrder      = 1.0
	orderMargin = 0.4
	// A Korean member of a merge (2-1, 3-1) with at least swallowKnown
	// known stems, none of them translated in the English segment (a
	// dropped sentence swallowed into its neighbour's link), costs
	// wSwallow, not scaled by the document's coverage as wLexAlone is.
	// Chosen in session 12 (helper A5) on the development part of the edition set
	// and NTREX p05 (wSwallow 0.5/0.75/1/1.25/1.5/2 and swallowKnown 1/2/3
	// tried; see README).
	wSwallow     = 0.75
	swallowKnown = 1
	// A Korean member of a merge (2-1, 3-1) with known stems translated
	// in the English segment, none of them by a word that no other member
	// translates too (ownWord: the member has no word of its own in the
	// English, a dropped sentence about the same thing as its neighbour
	// swallowed with it), costs wOwn (swallowCost). Chosen in session 14
	// (helper A13) on the development part of A10's edition set and
	// NTREX p05 (0.5, 0.6, 0.75, 1, 1.25 and 1.5 tried, and two words of
	// its own asked for; see README).
	wOwn = 1.0
	// A 1-1 link whose Korean segment names someone or something the
	// document's English names too, whose English segment names someone
	// or something inside the sentence (or a name the document's Korean
	// has), with no name of either found on the other side and no word
	// the lexicon translates (namesContradict, noLexHit), costs
	// wNameContra: a dropped sentence and an English-only line about
	// different people. Chosen in session 13 (helper A7) on the
	// development part of the edition set and NTREX p05 (1 and 2 nats
	// tried, with and without the lexicon condition; see README).
	wNameContra = 1.0
	// A Korean member of a merge that names someone or something the
	// document's English names too, when the English sentence has none of
	// its names (nameContraCost), costs wNameMember: a dropped sentence
	// about someone else swallowed with its neighbour. Chosen in session
	// 13 (helper A7) on the development part of the edition set and
	// NTREX p05 (0.5/1/1.5/2 tried, and the same for an English member of
	// a split, which lost; see README).
	wNameMember = 1.5
	// A Korean member past the first of a merge (2-1, 3-1) that opens
	// with a contrastive (그러나, 하지만 …; koreanContrasts) when the
	// English sentence has no contrastive word anywhere (but, however,
	// yet …; englishContrasts) costs wContrast (contrastCost): a dropped
	// "But …" sentence swallowed with its neighbour, where a true merge
	// keeps the contrast ("…; but …", "…, however, …"). Chosen in session
	// 13 (helper A8) on the development part of the edition set and NTREX
	// p05 (0.3/0.5/1/1.5/2 tried: 0.5 and 1 gave the same links; see
	// README).
	wContrast = 0.75
	// An English member past the first of a split (1-2, 1-3) that opens
	// by saying the sentence before it's opening again ("The report was
	// issued in 2006." "The report is the last …": repeatedOpening, the
	// feature's rep) gains wRepeat, and the words said again are left
	// out of the link's English length (lattice.cost): an editor who
	// splits a sentence with one subject and two verbs gives the second
	// half the subject again, which the Korean says once. Chosen in
	// session 14 (helper A11) on the development part of the edition set
	// made by the generator of f9b1dec and NTREX p05 (1, 1.25, 1.5, 1.75,
	// 2, 2.5 and 3 tried, with and without the length; see README).
	wRepeat = 1.5
	// A 1-1 link whose two segments both name someone or something the
	// document names on both sides, and share no name (namesContradict),
	// costs wNameContra. Chosen in session 13 (helper A7) on the
	// development part of the edition set and NTREX p05 (see README).
)

// anchorScore is the evidence, in nats, that the source segments s and the
// target segments t translate each other, from anchors only.
//
// alone scales the cost of merge or split members without lexicon evidence
// (wLexAlone; the lattice's lexAloneScale).
func anchorScore(s, t []feature, alone float64) float64 {
	score := 0.0
	sq, tq, sa, ta := false, false, false, false
	ns, nt := 0, 0
	var sw, tw uint8
	for i := range s {
		f := &s[i]
		sq = sq || f.quote
		sa = sa || f.quest
		ns += len(f.keys)
		sw |= f.weekdays
	}
	for i := range t {
		f := &t[i]
		tq = tq || f.quote
		ta = ta || f.quest
		nt += len(f.keys)
		tw |= f.weekdays
	}
	switch {
	case sq && tq:
		score += wQuoteMatch
	case sq != tq:
		score -= wQuoteMiss
	}
	switch {
	case sa && ta:
		score += wQuestMatch
	case sa != ta:
		score -= wQuestMiss
	}
	// Names: English skeletons (with weights) against Korean prefixes,
	// whichever side is English.
	if sw != 0 && tw != 0 {
		if sw&tw != 0 {
			score += wWeekday
		} else {
			score -= wWeekday / 2
		}
	}
	if len(s) > 0 && s[0].english {
		score += nameScore(s, t) + lexScore(t, s, alone)
	} else {
		score += nameScore(t, s) + lexScore(s, t, alone)
	}
	if ns == 0 && nt == 0 {
		return score
	}
	// Multiset matching of the keys; Korean-side Latin tokens may also
	// match any English word.
	var sbuf, tbuf [16]uint64
	sk, tk := joinKeys(s, ns, sbuf[:0]), joinKeys(t, nt, tbuf[:0])
	var used [64]bool
	var usedT []bool
	if len(tk) <= len(used) {
		usedT = used[:len(tk)]
	} else {
		usedT = make([]bool, len(tk))
	}
	for si, k := range sk {
		kind := k &^ keyMask
		found := false
		for j, x := range tk {
			if !usedT[j] && x == k {
				usedT[j] = true
				found = true
				break
			}
		}
		if !found && kind == kindNumber {
			for i := range t {
				if slices.Contains(t[i].weak, k) {
					found = true
					break
				}
			}
		}
		if !found && kind == kindLatin {
			if len(s) > 1 && latinRepeat(s, si, k) {
				continue
			}
			for i := range t {
				if containsKey(t[i].words, k) {
					found = true
					break
				}
			}
		}
		score += anchorWeight(kind, found)
	}
	for j, x := range tk {
		if usedT[j] {
			continue
		}
		found := false
		for i := range s {
			switch x &^ keyMask {
			case kindNumber:
				found = found || slices.Contains(s[i].weak, x)
			case kindLatin: // an English source's words
				found = found || containsKey(s[i].words, x)
			}
		}
		if x&^keyMask == kindLatin && len(t) > 1 && latinRepeat(t, j, x) {
			continue
		}
		score += anchorWeight(x&^keyMask, found)
	}
	return score
}

// joinKeys returns the keys of fs, n of them, in order: a segment's own
// when it alone has keys (anchorScore only reads them), else a copy
// appended to buf.
func joinKeys(fs []feature, n int, buf []uint64) []uint64 {
	for i := range fs {
		if len(fs[i].keys) == n {
			return fs[i].keys
		}
		if len(fs[i].keys) > 0 {
			break
		}
	}
	for i := range fs {
		buf = append(buf, fs[i].keys...)
	}
	return buf
}

// nameScore is the evidence of the English side's names found, or not,
// among the Korean side's words.
func nameScore(en, ko []feature) float64 {
	if score, ok := nameScoreLocal(en, ko); ok {
		return score
	}
	return nameScoreLists(en, ko)
}

// nameScoreLists is nameScore from the features' sorted key lists.
func nameScoreLists(en, ko []feature) float64 {
	score := 0.0
	for j := range en {
		var own, rep float64
		for _, k := range en[j].roman {
			for i := range ko {
				if containsKey(ko[i].roman, k) {
					if repeatedKey(en[:j], ko, k, func(f *feature) []uint64 { return f.roman }) {
						rep += wRoman
					} else {
						own += wRoman
					}
					break
				}
			}
		}
		for k, h := range en[j].names {
			found := false
			for i := range ko {
				if containsKey(ko[i].names, h) {
					found = true
					break
				}
			}
			if found {
				if repeatedKey(en[:j], ko, h, func(f *feature) []uint64 { return f.names }) {
					rep += en[j].nameW[k]
				} else {
					own += en[j].nameW[k]
				}
			} else if en[j].nameW[k] > wName3 {
				score -= wNameMiss
			}
		}
		score += own
		if own > 0 {
			score += rep
		}
	}
	return score
}

// repeatedKey reports whether the name or romanization key k (keys
// gives a feature's list of them) of an English member of a split, found
// on the Korean side ko, is one that the members before it (before) have
// already matched as many times as the Korean side says it (koCount): a
// repeat, which nameScore counts only for a member that matches a name
// of its own too (session 25, helper A58). Without that, a line an editor
// adds to say who or what the sentence's name is ("Ma'ariv is one of
// Israel's largest daily newspapers.") gained the name's weight a second
// time for the one Korean mention when glued into a split with that
// sentence's translation, while a true second half that names it again
// ("Crosses were continually cleared, while … Halkett's challenge on
// substitute Glenn Middleton …") has names of its own.
func repeatedKey(before, ko []feature, k uint64, keys func(*feature) []uint64) bool {
	if len(before) == 0 {
		return false
	}
	n := 0
	for i := range before {
		if containsKey(keys(&before[i]), k) {
			n++
		}
	}
	if n == 0 {
		return false
	}
	for i := range ko {
		n -= koCount(keys(&ko[i]), k)
	}
	return n >= 0
}

// koCount is how many times the sorted keys hold k: on the Korean side
// the words of a sentence with a name prefix (each word's prefixes are
// kept, repeats too), so a sentence that names someone twice may pair
// with two English lines that each do.
func koCount(sorted []uint64, k uint64) int {
	n := 0
	for lo := lowerBound(sorted, k); lo < len(sorted) && sorted[lo] == k; lo++ {
		n++
	}
	return n
}

// lowerBound is the index of the first key of sorted that is k or more.
func lowerBound(sorted []uint64, k uint64) int {
	lo, hi := 0, len(sorted)
	for lo < hi {
		m := (lo + hi) / 2
		if sorted[m] < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// nameScoreLocal is nameScore from the lattice's own numbering of the
// name and romanization keys both its sides have (setNameLocal), adding
// the same weights in the same order; ok is false when a feature has no
// such numbering (then nameScore looks the keys up).
func nameScoreLocal(en, ko []feature) (score float64, ok bool) {
	nr, nn := -1, -1
	for _, fs := range [][]feature{en, ko} {
		for i := range fs {
			f := &fs[i]
			if f.loc == nil || nr >= 0 && (len(f.loc.romanBits) != nr || len(f.loc.nameBits) != nn) {
				return 0, false
			}
			nr, nn = len(f.loc.romanBits), len(f.loc.nameBits)
		}
	}
	if nr > maxLocalWords || nn > maxLocalWords {
		return 0, false
	}
	var rb, nb [maxLocalWords]uint64
	for i := range ko {
		for w, b := range ko[i].loc.romanBits {
			rb[w] |= b
		}
		for w, b := range ko[i].loc.nameBits {
			nb[w] |= b
		}
	}
	for j := range en {
		var own, rep float64
		for r, x := range en[j].loc.romanLoc {
			if x >= 0 && rb[x>>6]&(1<<(x&63)) != 0 {
				if j > 0 && repeatedLoc(en[:j], ko, x, true, en[j].roman[r]) {
					rep += wRoman
				} else {
					own += wRoman
				}
			}
		}
		for k, x := range en[j].loc.nameLoc {
			if x >= 0 && nb[x>>6]&(1<<(x&63)) != 0 {
				if j > 0 && repeatedLoc(en[:j], ko, x, false, en[j].names[k]) {
					rep += en[j].nameW[k]
				} else {
					own += en[j].nameW[k]
				}
			} else if en[j].nameW[k] > wName3 {
				score -= wNameMiss
			}
		}
		score += own
		if own > 0 {
			score += rep
		}
	}
	return score, true
}

// repeatedLoc is repeatedKey for nameScoreLocal's numbered keys: x a
// romanization key's number when roman, else a name key's.
func repeatedLoc(before, ko []feature, x int32, roman bool, k uint64) bool {
	n := 0
	for i := range before {
		l := before[i].loc.nameLoc
		if roman {
			l = before[i].loc.romanLoc
		}
		if slices.Contains(l, x) {
			n++
		}
	}
	if n == 0 {
		return false
	}
	for i := range ko {
		if roman {
			n -= koCount(ko[i].roman, k)
		} else {
			n -= koCount(ko[i].names, k)
		}
	}
	return n >= 0
}

// setNameLocal numbers, for nameScoreLocal, the romanization keys and the
// name keys that an English feature of the lattice has and a Korean one
// too: an English feature gets the number of each of its keys (-1 when
// no Korean feature has it; romanLoc, nameLoc), a Korean feature the set
// of its numbered keys (romanBits, nameBits).
func setNameLocal(src, tgt []feature) {
	number := func(keys func(*feature) []uint64) (ids map[uint64]int32, nw int) {
		ids = map[uint64]int32{}
		for _, fs := range [][]feature{src, tgt} {
			for i := range fs {
				if fs[i].english {
					for _, k := range keys(&fs[i]) {
						ids[k] = -1
					}
				}
			}
		}
		n := int32(0)
		for _, fs := range [][]feature{src, tgt} {
			for i := range fs {
				if fs[i].english {
					continue
				}
				for _, k := range keys(&fs[i]) {
					if x, ok := ids[k]; ok && x < 0 {
						ids[k] = n
						n++
					}
				}
			}
		}
		return ids, int(n+63) / 64
	}
	romanIDs, nr := number(func(f *feature) []uint64 { return f.roman })
	nameIDs, nn := number(func(f *feature) []uint64 { return f.names })
	total := 0
	for _, fs := range [][]feature{src, tgt} {
		for i := range fs {
			if fs[i].english {
				total += len(fs[i].roman) + len(fs[i].names)
			}
		}
	}
	locs := make([]int32, 0, total)
	bits := make([]uint64, (nr+nn)*(len(src)+len(tgt)))
	for _, fs := range [][]feature{src, tgt} {
		for i := range fs {
			f := &fs[i]
			f.loc.romanBits, bits = bits[:nr:nr], bits[nr:]
			f.loc.nameBits, bits = bits[:nn:nn], bits[nn:]
			f.loc.romanLoc, f.loc.nameLoc = nil, nil
			if f.english {
				start := len(locs)
				for _, k := range f.roman {
					locs = append(locs, romanIDs[k])
				}
				f.loc.romanLoc = locs[start:len(locs):len(locs)]
				start = len(locs)
				for _, k := range f.names {
					locs = append(locs, nameIDs[k])
				}
				f.loc.nameLoc = locs[start:len(locs):len(locs)]
				continue
			}
			for _, k := range f.roman {
				if x, ok := romanIDs[k]; ok && x >= 0 {
					f.loc.romanBits[x>>6] |= 1 << (x & 63)
				}
			}
			for _, k := range f.names {
				if x, ok := nameIDs[k]; ok && x >= 0 {
					f.loc.nameBits[x>>6] |= 1 << (x & 63)
				}
			}
		}
	}
}

// nameWeight is the evidence of a transliterated name whose skeleton has
// n consonant classes: longer skeletons rarely match by chance.
func nameWeight(n int) float64 {
	switch {
	case n <= 3:
		return wName3
	case n == 4:
		return wName4
	}
	return wName5
}

func anchorWeight(kind uint64, matched bool) float64 {
	switch kind {
	case kindNumber:
		if matched {
			return wNumberMatch
		}
		return -wNumberMiss
	case kindLatin:
		if matched {
			return wLatinMatch
		}
		return -wLatinMiss
	default:
		if matched {
			return wTermMatch
		}
		return -wTermMiss
	}
}

func containsKey(sorted []uint64, k uint64) bool {
	lo := lowerBound(sorted, k)
	return lo < len(sorted) && sorted[lo] == k
}

// lexScore is the lexicon's evidence that the Korean segments ko and the
// English segments en translate each other. In a merge or split, each
// member the other side does not translate (see wLexAlone) takes
// alone×wLexAlone more; an English line's words that only repeat the
// translation the lines before it give gain nothing (lexRepeats), and so
// do a Korean sentence's stems that only repeat what the sentences before
// it in the link say (koLexRepeats).
func lexScore(ko, en []feature, alone float64) float64 {
	hit, miss, penalty, ok := lexCountsLocal(ko, en, alone)
	if !ok {
		hit, miss, penalty = lexCounts(ko, en, alone)
	}
	if len(en) > 1 && len(ko) > 0 && hit > 0 {
		hit -= lexRepeats(ko, en)
	}
	if len(ko) > 1 && len(en) > 0 && hit > 0 {
		hit -= koLexRepeats(ko, en)
	}
	return wLexHit*float64(hit) - wLexMiss*float64(miss) - alone*penalty
}

// lexRepeats is how many of the English hits lexCounts counts in a link
// of the Korean segments ko and two or more English lines en are repeats,
// which gain nothing (neither hit nor miss): a Korean stem's translation
// counts once per Korean stem that has it, so a word of a line whose
// lexicon id the lines before it already have as often as the Korean
// stems have it (bbc.381735's "The prison is near Evesham." after the
// translation of the sentence on the prison) is a repeat. Words repeated
// within one line count as before.
func lexRepeats(ko, en []feature) int {
	if !lexShared(ko, en) {
		return 0
	}
	var kb, before uint64
	for i := range ko {
		kb |= ko[i].lexBloom
	}
	shared := false
	for j := range en {
		b := en[j].lexBloom & kb
		shared = shared || before&b != 0
		before |= b
	}
	if !shared {
		return 0
	}
	r := 0
	before = en[0].lexBloom & kb
	for j := 1; j < len(en); j++ {
		if en[j].lexBloom&before != 0 {
			for _, x := range en[j].lexAll {
				bit := idBit(x)
				if before&bit == 0 {
					continue
				}
				kc := koStemCount(ko, x)
				if kc == 0 {
					continue
				}
				n := 0
				for m := range en[:j] {
					if en[m].lexBloom&bit != 0 {
						n += idCount(en[m].lexAll, x)
					}
				}
				if n >= kc {
					r++
				}
			}
		}
		before |= en[j].lexBloom & kb
	}
	return r
}

// koLexRepeats is lexRepeats for the Korean side: how many of the Korean
// hits lexCounts counts in a link of two or more Korean segments ko (a
// merge) and the English lines en are repeats, which gain nothing
// (neither hit nor miss). A stem of a member past the first is a repeat
// when each of its translations that en has, the stems of the members
// before it already have as often as the English words hold it: an
// English word counts for one Korean stem per time it is said, so a
// dropped sentence that says again what its neighbour said (kpc-dev.008's
// 그리스 당국은 … twice for one "Authorities said …") gains nothing for
// it when swallowed into a merge, while a sentence with a word of its own
// and a true second half that the English says with the word twice gain
// as before (session 26, helper A60).
func koLexRepeats(ko, en []feature) int {
	var eb uint64
	for j := range en {
		eb |= en[j].lexBloom
	}
	before := ko[0].lexBloom & eb
	shared := false
	for i := 1; i < len(ko); i++ {
		if ko[i].lexBloom&before != 0 {
			shared = true
			break
		}
		before |= ko[i].lexBloom & eb
	}
	if !shared {
		return 0
	}
	r := 0
	before = ko[0].lexBloom & eb
	for i := 1; i < len(ko); i++ {
		if ko[i].lexBloom&before != 0 {
			for k, ids := range ko[i].lexK {
				if ko[i].lexKBloom[k]&before == 0 {
					continue
				}
				hits, reps := 0, 0
				for _, x := range ids {
					bit := idBit(x)
					if eb&bit == 0 {
						continue
					}
					ec := 0
					for j := range en {
						if en[j].lexBloom&bit != 0 {
							ec += idCount(en[j].lexAll, x)
						}
					}
					if ec == 0 {
						continue
					}
					hits++
					if before&bit != 0 && koStemCount(ko[:i], x) >= ec {
						reps++
					}
				}
				if hits > 0 && reps == hits {
					r++
				}
			}
		}
		before |= ko[i].lexBloom & eb
	}
	return r
}

// lexShared reports, from the lattice's numbering when every feature has
// one (setLexLocal), whether an English line of en has a lexicon id that
// a line before it and a Korean segment of ko have too; true without the
// numbering.
func lexShared(ko, en []feature) bool {
	nw := -1
	for _, fs := range [][]feature{ko, en} {
		for i := range fs {
			if fs[i].loc == nil || nw >= 0 && len(fs[i].loc.lexBits) != nw {
				return true
			}
			nw = len(fs[i].loc.lexBits)
		}
	}
	if nw > maxLocalWords {
		return true
	}
	var kb, before [maxLocalWords]uint64
	for i := range ko {
		for w, b := range ko[i].loc.lexBits {
			kb[w] |= b
		}
	}
	for j := range en {
		for w, b := range en[j].loc.lexBits {
			b &= kb[w]
			if before[w]&b != 0 {
				return true
			}
			before[w] |= b
		}
	}
	return false
}

// koStemCount is how many known stems of the Korean segments ko have the
// lexicon id x among their translations.
func koStemCount(ko []feature, x int32) int {
	n := 0
	bit := idBit(x)
	for i := range ko {
		if ko[i].lexBloom&bit == 0 {
			continue
		}
		for k, ids := range ko[i].lexK {
			if ko[i].lexKBloom[k]&bit != 0 && containsID(ids, x) {
				n++
			}
		}
	}
	return n
}

// idCount is how many times the sorted list ids holds x.
func idCount(ids []int32, x int32) int {
	i, ok := slices.BinarySearch(ids, x)
	if !ok {
		return 0
	}
	n := 0
	for ; i < len(ids) && ids[i] == x; i++ {
		n++
	}
	return n
}

// lexCounts counts for lexScore the known words of ko and en translated
// on the other side (hit) and not (miss), and the members' penalty before
// scaling, from the features' lexicon ids.
func lexCounts(ko, en []feature, alone float64) (hit, miss int, penalty float64) {
	members := alone > 0 && len(ko)+len(en) > 2
	for i := range ko {
		h := 0
		for k, ids := range ko[i].lexK {
			found := false
			kb := ko[i].lexKBloom[k]
			for j := range en {
				if kb&en[j].lexBloom != 0 && anyShared(ids, en[j].lexAll) {
					found = true
					break
				}
			}
			if found {
				h++
			} else {
				miss++
			}
		}
		hit += h
		if members && untranslated(h, len(ko[i].lexK)) {
			penalty += wLexAlone
		}
	}
	for j := range en {
		h := 0
		for _, id := range en[j].lexAll {
			found := false
			bit := idBit(id)
			for i := range ko {
				if ko[i].lexBloom&bit != 0 && containsID(ko[i].lexAll, id) {
					found = true
					break
				}
			}
			if found {
				h++
			} else {
				miss++
			}
		}
		hit += h
		if members && untranslated(h, len(en[j].lexAll)) {
			penalty += wLexAlone
		}
	}
	return hit, miss, penalty
}

// maxLocalWords bounds the bit sets of lexCountsLocal (at most 64×8
// shared ids in a lattice); larger lattices count with lexCounts.
const maxLocalWords = 8

// lexCountsLocal is lexCounts from the lattice's own numbering of the ids
// both its sides have (setLexLocal): a word whose translation the other
// side of the whole lattice lacks is a miss in every bead, so only the
// others are looked up, as bits. ok is false when a feature has no such
// numbering (then lexCounts counts).
func lexCountsLocal(ko, en []feature, alone float64) (hit, miss int, penalty float64, ok bool) {
	if len(ko) == 0 && len(en) == 0 {
		return 0, 0, 0, true
	}
	nw := -1
	for _, fs := range [][]feature{ko, en} {
		for i := range fs {
			if fs[i].loc == nil || nw >= 0 && len(fs[i].loc.lexBits) != nw {
				return 0, 0, 0, false
			}
			nw = len(fs[i].loc.lexBits)
		}
	}
	if nw > maxLocalWords {
		return 0, 0, 0, false
	}
	if nw == 1 {
		hit, miss, penalty = lexCountsWord(ko, en, alone)
		return hit, miss, penalty, true
	}
	var kb, eb [maxLocalWords]uint64
	for i := range ko {
		for w, b := range ko[i].loc.lexBits {
			kb[w] |= b
		}
	}
	for j := range en {
		for w, b := range en[j].loc.lexBits {
			eb[w] |= b
		}
	}
	members := alone > 0 && len(ko)+len(en) > 2
	for i := range ko {
		f := &ko[i]
		h := 0
		start := int32(0)
		for _, end := range f.loc.lexKEnd {
			for _, x := range f.loc.lexKLoc[start:end] {
				if eb[x>>6]&(1<<(x&63)) != 0 {
					h++
					break
				}
			}
			start = end
		}
		hit += h
		miss += len(f.lexK) - h
		if members && untranslated(h, len(f.lexK)) {
			penalty += wLexAlone
		}
	}
	for j := range en {
		f := &en[j]
		h := 0
		for _, x := range f.loc.lexALoc {
			if kb[x>>6]&(1<<(x&63)) != 0 {
				h++
			}
		}
		hit += h
		miss += len(f.lexAll) - h
		if members && untranslated(h, len(f.lexAll)) {
			penalty += wLexAlone
		}
	}
	return hit, miss, penalty, true
}

// numbered is what a lattice's numbering of the keys its two sides share
// gives a feature (setLexLocal, setNameLocal), kept apart from the
// feature, which the search copies.
type numbered struct {
	// Lexicon ids (setLexLocal): lexBits the set of the feature's,
	// lexKLoc each known stem's with one (the stem ending at offset
	// lexKEnd), lexALoc the English words'.
	lexBits                   []uint64
	lexKLoc, lexKEnd, lexALoc []int32
	// lexKPos and lexAPos are where each stem of lexKEnd and each id of
	// lexALoc stand in the sentence (0 to 1; orderCost), for ordered
	// features.
	lexKPos, lexAPos []float32
	// With at most 64 numbered ids (one bit word), lexLayers and
	// lexKMasks count them (setLexLayers, lexCountsWord).
	lexLayers, lexKMasks []uint64
	// The roman and names keys (setNameLocal): on the English side each
	// key's number (-1: no Korean feature of the lattice has it), on the
	// Korean side the set of its numbered keys.
	romanLoc, nameLoc   []int32
	romanBits, nameBits []uint64
}

// lexCountsWord is lexCountsLocal when the lattice's shared ids fit one
// bit word: the known words found on the other side are counted a layer
// of bits at a time (lexLayers, lexKMasks).
func lexCountsWord(ko, en []feature, alone float64) (hit, miss int, penalty float64) {
	var kb, eb uint64
	for i := range ko {
		kb |= ko[i].loc.lexBits[0]
	}
	for j := range en {
		eb |= en[j].loc.lexBits[0]
	}
	members := alone > 0 && len(ko)+len(en) > 2
	for i := range ko {
		f := &ko[i]
		h := 0
		for _, l := range f.loc.lexLayers {
			h += bits.OnesCount64(l & eb)
		}
		for _, m := range f.loc.lexKMasks {
			if m&eb != 0 {
				h++
			}
		}
		hit += h
		miss += len(f.lexK) - h
		if members && untranslated(h, len(f.lexK)) {
			penalty += wLexAlone
		}
	}
	for j := range en {
		f := &en[j]
		h := 0
		for _, l := range f.loc.lexLayers {
			h += bits.OnesCount64(l & kb)
		}
		hit += h
		miss += len(f.lexAll) - h
		if members && untranslated(h, len(f.lexAll)) {
			penalty += wLexAlone
		}
	}
	return hit, miss, penalty
}

// setLexLayers sets, for lexCountsWord, the layers of a feature's ids
// when the lattice numbers at most 64: layer m holds the ids that more
// than m of the feature's English words, or of its Korean stems with one
// numbered id, have; lexKMasks the ids of each Korean stem with more.
func setLexLayers(f *feature) {
	n := f.loc
	var count [64]uint8
	top := uint8(0)
	one := func(x int32) {
		count[x]++
		top = max(top, count[x])
	}
	if f.english {
		for _, x := range n.lexALoc {
			one(x)
		}
	} else {
		start := int32(0)
		for _, end := range n.lexKEnd {
			if end-start == 1 {
				one(n.lexKLoc[start])
			} else {
				m := uint64(0)
				for _, x := range n.lexKLoc[start:end] {
					m |= 1 << x
				}
				n.lexKMasks = append(n.lexKMasks, m)
			}
			start = end
		}
	}
	for l := uint8(0); l < top; l++ {
		b := uint64(0)
		for x, c := range count {
			if c > l {
				b |= 1 << x
			}
		}
		n.lexLayers = append(n.lexLayers, b)
	}
}

// setLexLocal numbers the lexicon ids that both the Korean and the English
// features of a lattice have (0, 1, …) and gives each feature, for
// lexCountsLocal, its ids in that numbering: on the Korean side each known
// stem's (lexKLoc, ending at lexKEnd; stems with none are left out), on
// the English side its words' (lexALoc), and on both a bit set of them
// (lexBits). A lattice's features are numbered before its search, as
// features shared with another lattice may be numbered by it; their names
// too (setNameLocal).
func setLexLocal(src, tgt []feature) {
	nums := make([]numbered, len(src)+len(tgt))
	for i := range src {
		src[i].loc = &nums[i]
	}
	for i := range tgt {
		tgt[i].loc = &nums[len(src)+i]
	}
	setNameLocal(src, tgt)
	maxID := int32(-1)
	total, stems := 0, 0
	for _, fs := range [][]feature{src, tgt} {
		for i := range fs {
			for _, id := range fs[i].lexAll {
				maxID = max(maxID, id)
			}
			total += len(fs[i].lexAll)
			for _, ids := range fs[i].lexK {
				total += len(ids)
			}
			stems += len(fs[i].lexK)
		}
	}
	// sides[id]: bit 1 an English feature has id, bit 2 a Korean one.
	sides := make([]uint8, maxID+1)
	for _, fs := range [][]feature{src, tgt} {
		for i := range fs {
			side := uint8(2)
			if fs[i].english {
				side = 1
			}
			for _, id := range fs[i].lexAll {
				sides[id] |= side
			}
		}
	}
	local := make([]int32, maxID+1)
	n := int32(0)
	for id, s := range sides {
		local[id] = -1
		if s == 3 {
			local[id] = n
			n++
		}
	}
	lookup := func(id int32) int32 {
		if id < 0 || int(id) >= len(local) {
			return -1
		}
		return local[id]
	}
	nw := int(n+63) / 64
	bits := make([]uint64, nw*(len(src)+len(tgt)))
	locs := make([]int32, 0, total)
	ends := make([]int32, 0, stems)
	for _, fs := range [][]feature{src, tgt} {
		for i := range fs {
			f := &fs[i]
			f.loc.lexBits, bits = bits[:nw:nw], bits[nw:]
			f.loc.lexKLoc, f.loc.lexKEnd, f.loc.lexALoc = nil, nil, nil
			f.loc.lexKPos, f.loc.lexAPos = nil, nil
			start := len(locs)
			for k, id := range f.lexAll {
				if x := lookup(id); x >= 0 {
					f.loc.lexBits[x>>6] |= 1 << (x & 63)
					if f.english {
						locs = append(locs, x)
						if f.ordered && k < len(f.lexPos) {
							f.loc.lexAPos = append(f.loc.lexAPos, f.lexPos[k])
						}
					}
				}
			}
			if f.english {
				f.loc.lexALoc = locs[start:len(locs):len(locs)]
				continue
			}
			e0 := len(ends)
			last := float32(max(1, len(f.lexK)-1))
			for k, ids := range f.lexK {
				end := len(locs)
				for _, id := range ids {
					if x := lookup(id); x >= 0 {
						locs = append(locs, x)
					}
				}
				if len(locs) > end {
					ends = append(ends, int32(len(locs)-start))
					if f.ordered {
						f.loc.lexKPos = append(f.loc.lexKPos, float32(k)/last)
					}
				}
			}
			f.loc.lexKLoc = locs[start:len(locs):len(locs)]
			f.loc.lexKEnd = ends[e0:len(ends):len(ends)]
		}
	}
	if nw == 1 {
		for _, fs := range [][]feature{src, tgt} {
			for i := range fs {
				setLexLayers(&fs[i])
			}
		}
	}
}

// untranslated reports whether a member with known words of which hit
// are translated on the other side takes wLexAlone.
func untranslated(hit, known int) bool {
	return known >= lexAloneKnown && float64(hit) <= lexAloneShare*float64(known)
}

// idBit is the bit of a lexicon id in a feature's lexBloom.
func idBit(id int32) uint64 { return 1 << (uint32(id) & 63) }

// setLexBlooms sets lexBloom and lexKBloom from lexAll and lexK.
func (f *feature) setLexBlooms() {
	f.lexBloom = 0
	for _, id := range f.lexAll {
		f.lexBloom |= idBit(id)
	}
	f.lexKBloom = f.lexKBloom[:0]
	for _, ids := range f.lexK {
		b := uint64(0)
		for _, id := range ids {
			b |= idBit(id)
		}
		f.lexKBloom = append(f.lexKBloom, b)
	}
}

// anyShared reports whether two sorted id lists share an id.
func anyShared(a, b []int32) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}

func containsID(sorted []int32, x int32) bool {
	_, ok := slices.BinarySearch(sorted, x)
	return ok
}

// lexAlone is the cost of the members of a merge or split of the Korean
// segments ko and the English segments en that the other side does not
// translate (see wLexAlone), before scaling.
func lexAlone(ko, en []feature) float64 {
	return lexScore(ko, en, 0) - lexScore(ko, en, 1)
}

// lexAloneScale is the factor of wLexAlone in a document whose Korean
// segments are ko and English segments en: 0 up to a coverage of
// lexCoverageFloor, rising to 1 at full coverage, where the coverage is
// the share of the Korean side's known stems whose translation the English
// side has somewhere in the document. It is 0 without a lexicon.
func lexAloneScale(ko, en []feature) float64 {
	q := lexCoverage(ko, en)
	return max(0, (q-lexCoverageFloor)/(1-lexCoverageFloor))
}

// lexCoverage is the share of the Korean segments' known stems whose
// translation the English segments have somewhere (0 when no stem is
// known).
func lexCoverage(ko, en []feature) float64 {
	ids := map[int32]bool{}
	for j := range en {
		for _, id := range en[j].lexAll {
			ids[id] = true
		}
	}
	known, hit := 0, 0
	for i := range ko {
		for _, stem := range ko[i].lexK {
			known++
			for _, id := range stem {
				if ids[id] {
					hit++
					break
				}
			}
		}
	}
	if known == 0 {
		return 0
	}
	return float64(hit) / float64(known)
}

// orderCost is the evidence against a merge or split (2-1, 3-1, 1-2,
// 1-3) from where its members' words meet the other side: the members of
// a true merge are said in order, the first one's words early in the
// English sentence and the next one's later, while a dropped sentence
// swallowed into a merge (or an English-only line glued to a split) meets
// the same words as its neighbour, or earlier ones. Each pair of
// consecutive members with a word of its own found on the other side
// (a word only that member translates) whose mean position is not
// orderMargin after the previous member's costs wOrder.
func orderCost(ko, en []feature) float64 {
	var one *feature
	members := ko
	switch {
	case len(ko) > 1 && len(en) == 1:
		one = &en[0]
	case len(en) > 1 && len(ko) == 1:
		one, members = &ko[0], en
	default:
		return 0
	}
	if !one.ordered || one.loc == nil {
		return 0
	}
	for i := range members {
		if members[i].loc == nil || len(members[i].loc.lexBits) != len(one.loc.lexBits) {
			return 0
		}
	}
	if len(one.loc.lexBits) == 1 {
		return orderCostWord(one, members)
	}
	var sum [3]float32
	var cnt [3]int
	// whose is the member that alone has local id x, -1 when none or
	// more than one.
	whose := func(x int32) int {
		w := -1
		for r := range members {
			if members[r].loc.lexBits[x>>6]&(1<<(x&63)) != 0 {
				if w >= 0 {
					return -1
				}
				w = r
			}
		}
		return w
	}
	if one.english {
		for q, x := range one.loc.lexALoc {
			if q >= len(one.loc.lexAPos) {
				break
			}
			if w := whose(x); w >= 0 {
				sum[w] += one.loc.lexAPos[q]
				cnt[w]++
			}
		}
	} else {
		start := int32(0)
		for s, end := range one.loc.lexKEnd {
			if s >= len(one.loc.lexKPos) {
				break
			}
			w := -2
			for _, x := range one.loc.lexKLoc[start:end] {
				for r := range members {
					if members[r].loc.lexBits[x>>6]&(1<<(x&63)) != 0 {
						switch {
						case w == -2:
							w = r
						case w != r:
							w = -1
						}
					}
				}
			}
			if w >= 0 {
				sum[w] += one.loc.lexKPos[s]
				cnt[w]++
			}
			start = end
		}
	}
	c := 0.0
	for r := 1; r < len(members); r++ {
		if cnt[r-1] > 0 && cnt[r] > 0 && sum[r]/float32(cnt[r])-sum[r-1]/float32(cnt[r-1]) < orderMargin {
			c += wOrder
		}
	}
	return c
}

// orderCostWord is orderCost when the lattice's shared ids fit one bit
// word: each member's own ids (those no other member has) as a mask.
func orderCostWord(one *feature, members []feature) float64 {
	var own [3]uint64
	all, twice := uint64(0), uint64(0)
	for r := range members {
		b := members[r].loc.lexBits[0] & one.loc.lexBits[0]
		twice |= all & b
		all |= b
	}
	pairs := false
	for r := range members {
		own[r] = members[r].loc.lexBits[0] & one.loc.lexBits[0] &^ twice
		if r > 0 && own[r] != 0 && own[r-1] != 0 {
			pairs = true
		}
	}
	if !pairs {
		return 0
	}
	var sum [3]float32
	var cnt [3]int
	if one.english {
		for q, x := range one.loc.lexALoc {
			if q >= len(one.loc.lexAPos) {
				break
			}
			bit := uint64(1) << x
			for r := range members {
				if own[r]&bit != 0 {
					sum[r] += one.loc.lexAPos[q]
					cnt[r]++
					break
				}
			}
		}
	} else {
		start := int32(0)
		for s, end := range one.loc.lexKEnd {
			if s >= len(one.loc.lexKPos) {
				break
			}
			// The stem's ids that some member has; it counts for a
			// member that alone has them all.
			m := uint64(0)
			for _, x := range one.loc.lexKLoc[start:end] {
				m |= 1 << x
			}
			start = end
			m &= all
			if m == 0 || m&twice != 0 {
				continue
			}
			for r := range members {
				if m&^own[r] == 0 {
					sum[r] += one.loc.lexKPos[s]
					cnt[r]++
					break
				}
			}
		}
	}
	c := 0.0
	for r := 1; r < len(members); r++ {
		if cnt[r-1] > 0 && cnt[r] > 0 && sum[r]/float32(cnt[r])-sum[r-1]/float32(cnt[r-1]) < orderMargin {
			c += wOrder
		}
	}
	return c
}

// swallowCost is the cost (wSwallow each) of the Korean members ko of a
// merge that have at least swallowKnown known stems and none of them
// translated in the English segment en, and wOwn each of those with
// translated stems but no word of their own in en (ownWord).
func swallowCost(ko []feature, en *feature) float64 {
	c := 0.0
	for i := range ko {
		if len(ko[i].lexK) < swallowKnown {
			continue
		}
		found := false
		if ko[i].lexBloom&en.lexBloom != 0 { // else no id shared
			for k, ids := range ko[i].lexK {
				if ko[i].lexKBloom[k]&en.lexBloom != 0 && anyShared(ids, en.lexAll) {
					found = true
					break
				}
			}
		}
		if !found {
			c += wSwallow
		} else if !ownWord(ko, i, en) {
			c += wOwn
		}
	}
	return c
}

// ownWord reports whether the Korean member ko[i] of a merge has a known
// stem whose translation the English segment en has and no other member
// of ko translates (a translation id in no other member's lexAll).
func ownWord(ko []feature, i int, en *feature) bool {
	for _, ids := range ko[i].lexK {
		for _, id := range ids {
			bit := idBit(id)
			if en.lexBloom&bit == 0 || !containsID(en.lexAll, id) {
				continue
			}
			shared := false
			for r := range ko {
				if r != i && ko[r].lexBloom&bit != 0 && containsID(ko[r].lexAll, id) {
					shared = true
					break
				}
			}
			if !shared {
				return true
			}
		}
	}
	return false
}

// nameContraCost is what names say against a link: wNameContra for a
// 1-1 link whose segments name different people or things
// (namesContradict) and share no translated word (noLexHit), and
// wNameMember for each Korean member of a merge (2-1, 3-1) that names
// someone or something the document's English names too (setNamed) when
// the English sentence has none of its names.
func nameContraCost(src, tgt []feature) float64 {
	if len(src) == 1 && len(tgt) == 1 {
		if namesContradict(&src[0], &tgt[0]) && noLexHit(src, tgt) {
			return wNameContra
		}
		return 0
	}
	ko, en := src, tgt
	if len(src) > 0 && src[0].english {
		ko, en = tgt, src
	}
	if len(en) != 1 || len(ko) < 2 {
		return 0
	}
	c := 0.0
	for i := range ko {
		if len(ko[i].named) > 0 && !nameShared(&en[0], &ko[i]) {
			c += wNameMember
		}
	}
	return c
}

// nameShared reports whether a name of the English segment en (a
// skeleton or a romanization key) is found in the Korean segment ko.
func nameShared(en, ko *feature) bool {
	for _, h := range en.names {
		if containsKey(ko.names, h) {
			return true
		}
	}
	for _, h := range en.roman {
		if containsKey(ko.roman, h) {
			return true
		}
	}
	return false
}

// noLexHit reports whether no word of the one-segment sides src and tgt
// translates a word of the other by the lexicon (always so without one).
func noLexHit(src, tgt []feature) bool {
	a, b := &src[0], &tgt[0]
	if a.loc != nil && b.loc != nil && len(a.loc.lexBits) == len(b.loc.lexBits) {
		// A hit is an id both segments have, and every such id is
		// numbered by the lattice (setLexLocal): the Korean segment's ids
		// are its stems' translations (lexAll, their union).
		for w, x := range a.loc.lexBits {
			if x&b.loc.lexBits[w] != 0 {
				return false
			}
		}
		return true
	}
	if a.lexBloom&b.lexBloom == 0 { // no id shared
		return true
	}
	return noLexHitCounted(src, tgt)
}

// noLexHitCounted is noLexHit by lexCounts, for features the lattice has
// not numbered.
func noLexHitCounted(src, tgt []feature) bool {
	var hit int
	if src[0].english {
		hit, _, _ = lexCounts(tgt, src, 0)
	} else {
		hit, _, _ = lexCounts(src, tgt, 0)
	}
	return hit == 0
}

// contrastCost is the cost (wContrast each) of the Korean members ko of a
// merge, past the first, that open with a contrastive when the English
// segment en has no contrastive word.
func contrastCost(ko []feature, en *feature) float64 {
	if en.contrast {
		return 0
	}
	c := 0.0
	for i := 1; i < len(ko); i++ {
		if ko[i].contrast {
			c += wContrast
		}
	}
	return c
}

// latinRepeat reports whether the Latin token k, the n-th key of the
// Korean segments ko joined (joinKeys), that no English key is left to
// match, stands in a member of ko past one that has it too: such a
// repeat counts neither as a match (by the English words) nor as a miss
// (session 26, helper A60). Without that, a dropped sentence that names
// the neighbour's "CNN" again gained wLatinMatch when swallowed into a
// merge with the neighbour's one English sentence (cbsnews.248384).
func latinRepeat(ko []feature, n int, k uint64) bool {
	if ko[0].english {
		return false
	}
	for i := range ko {
		if n < len(ko[i].keys) {
			for m := range ko[:i] {
				if slices.Contains(ko[m].keys, k) {
					return true
				}
			}
			return false
		}
		n -= len(ko[i].keys)
	}
	return false
}
