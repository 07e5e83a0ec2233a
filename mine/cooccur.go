package mine

import (
	"slices"
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// Translated names of bodies by co-occurrence across the archive (session
// 13, helper M14): 내무부 ~ Interior Ministry sound nothing alike and the
// lexicon may not know them, but they are found in the same units again
// and again and rarely apart. Each unit with an English body's name (a run
// of capitalized words with an organisation's head word, orgHeads or
// coocHeads, "of", "and" or "for" inside) and a Hangul word ending like a
// body's name (coocEnds, its particle stripped) counts, as pairs of the
// state:
//
//   - the units of each such Korean word (coocMark+word, coocMark),
//   - the units of each such English name (coocMark, name),
//   - the units of each of their pairs (coocMark+word, name).
//
// The counts are summed like every pair's, so incremental mining stays
// incremental. State.Result keeps a pair whose Dice coefficient over these
// units is high and which is the best of its Korean word and of its
// English name (cooccurPairs).
const coocMark = "\x01"

// coocEnds are the last syllables of Korean names of bodies: 부 (국방부),
// 청, 처, 원, 회 (위원회), 당, 구 (기구), 행 (은행), 학 (대학), 교 (대학교),
// 합 (연합), 맹 (연맹), 관 (기관, 백악관), 사 (공사), 국 (국토안보국), 소
// (연구소), 군, 실, 터 (센터), 룹 (그룹), 찰 (경찰), 대 (청와대, 경비대).
// Not 단: 재단 is a body's, but 대표단 "delegation" is as often beside one
// (대표단 ~ Olympic Committee in dev-200's two units).
var coocEnds = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range "부청처원회당구행학교합맹관사국소군실터룹찰대" {
		m[r] = true
	}
	return m
}()

// coocMin and coocDice are what a co-occurring pair needs: units together
// and the Dice coefficient 2·together/(units of the word + units of the
// name + 1), over the units counted (the 1 asks more of a pair seen in two
// units than of one seen in ten: 2 of 2 and 2 is 0.8, 10 of 10 and 10 is
// 0.95).
const (
	coocMin  = 2
	coocDice = 0.6
)

// orgPhrases appends to out the English names of bodies in runs: a run,
// or runs joined by "of", "and" or "for" (Ministry of Defence), with an
// orgHeads or coocHeads word and two words or more, and the same less its first word
// when that leaves two words or more (Iraqi Interior Ministry: Interior
// Ministry too).
func orgPhrases(runs []enRun, out []string) []string {
	for i := 0; i < len(runs); i++ {
		words := runs[i].words
		j := i
		var b []string
		for j+1 < len(runs) && (runs[j].next == "of" || runs[j].next == "and" || runs[j].next == "for") &&
			runs[j+1].start == runs[j].start+len(runs[j].words)+1 {
			if b == nil {
				b = append([]string(nil), words...)
			}
			b = append(append(b, runs[j].next), runs[j+1].words...)
			j++
		}
		if b != nil {
			words = b
		}
		if len(words) < 2 || len(words) > 6 {
			i = j
			continue
		}
		head := false
		for _, w := range words {
			if orgHeads[w] || coocHeads[w] {
				head = true
				break
			}
		}
		if head {
			out = append(out, strings.Join(words, " "))
			if len(words) > 2 && !orgHeads[words[0]] && words[1] != "of" && words[1] != "and" && words[1] != "for" {
				out = append(out, strings.Join(words[1:], " "))
			}
		}
		i = j
	}
	return out
}

// coocWords appends to out the Hangul words of ko, each less its particle,
// that end like a body's name (coocEnds) and have three syllables or
// more (two-syllable words are as often common nouns: 사실, 병원, 국회).
func coocWords(ko string, out []string) []string {
	for f := range strings.FieldsSeq(ko) {
		w := strings.TrimFunc(f, func(r rune) bool { return r < 0xAC00 || r > 0xD7A3 })
		if w == "" || strings.IndexFunc(w, func(r rune) bool { return r < 0xAC00 || r > 0xD7A3 }) >= 0 {
			continue
		}
		w = stripParticle(w)
		r, _ := utf8.DecodeLastRuneInString(w)
		if !coocEnds[r] || utf8.RuneCountInString(w) < 3 {
			continue
		}
		out = append(out, w)
	}
	return out
}

// cooccurCounts adds to out the counts of one unit (coocMark above).
func cooccurCounts(ko string, runs []enRun, out map[[2]string]glossary.Type, sc *scratch) {
	if len(runs) == 0 {
		return
	}
	ens := orgPhrases(runs, sc.coocEn[:0])
	sc.coocEn = ens
	if len(ens) == 0 {
		return
	}
	kos := coocWords(ko, sc.coocKo[:0])
	sc.coocKo = kos
	if len(kos) == 0 {
		return
	}
	for _, e := range ens {
		out[[2]string{coocMark, e}] = Organization
	}
	for _, k := range kos {
		mk := coocMark + k
		out[[2]string{mk, coocMark}] = Organization
		for _, e := range ens {
			out[[2]string{mk, e}] = Organization
		}
	}
}

// coocCount is a pair counted by cooccurCounts, with the units counted
// (all, or since Options.Since).
type coocCount struct {
	p *pairStats
	n int
}

// cooccurPairs returns the pairs found by co-occurrence (coocMark above)
// among pairs, each with its units n: a pair of a Korean word and an
// English name in coocMin units or more, with a Dice coefficient of
// coocDice or more, the best of its word and of its name by it. The pairs
// returned are copies with the Korean word alone, typed organisation.
func cooccurPairs(pairs []coocCount, minCount int) []*pairStats {
	koN, enN := map[string]int{}, map[string]int{}
	var joint []coocCount
	for _, c := range pairs {
		switch {
		case c.p.En == coocMark:
			koN[c.p.Ko] = c.n
		case c.p.Ko == coocMark:
			enN[c.p.En] = c.n
		default:
			joint = append(joint, c)
		}
	}
	dice := func(c coocCount) float64 {
		return 2 * float64(c.n) / float64(koN[c.p.Ko]+enN[c.p.En]+1)
	}
	bestKo, bestEn := map[string]float64{}, map[string]float64{}
	for _, c := range joint {
		d := dice(c)
		bestKo[c.p.Ko] = max(bestKo[c.p.Ko], d)
		bestEn[c.p.En] = max(bestEn[c.p.En], d)
	}
	var out []*pairStats
	for _, c := range joint {
		d := dice(c)
		if c.n < max(coocMin, minCount) || d < coocDice || d < bestKo[c.p.Ko] || d < bestEn[c.p.En] {
			continue
		}
		cp := *c.p
		cp.Ko = strings.TrimPrefix(cp.Ko, coocMark)
		cp.Type = Organization
		cp.Sim = d / 2 // ranked after the names that sound alike
		out = append(out, &cp)
	}
	// In a fixed order, each word's best pair first (State.Result keeps
	// the first): pairs come in the map's order, and a word's names may
	// tie (국립기상국 ~ National Weather Service, ~ Weather Service; session
	// 14, helper M15).
	slices.SortFunc(out, func(a, b *pairStats) int {
		switch {
		case a.Ko != b.Ko:
			return strings.Compare(a.Ko, b.Ko)
		case better(a, b):
			return -1
		case better(b, a):
			return 1
		}
		return 0
	})
	return out
}

// coocHeads end English names of bodies besides orgHeads, for
// co-occurrence only (White House, United Nations, Coast Guard, Red
// Cross: general knowledge, not fitted).
var coocHeads = wordSet(`House Nations Guard Cross`)
