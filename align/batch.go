package align

import (
	"strings"

	"bitext/lexicon"
)

// Pair is one document of a batch: its source and target segments.
type Pair struct {
	Source, Target []string
}

// BatchMinConfidence is the confidence a link needs for LearnFromBatch to
// learn from it. Chosen on the development data in session 5 among 0.6,
// 0.7, 0.8, 0.9 and 0.95 (README: the batch's second pass): 0.9 learned
// too little once links aligned with a lexicon were calibrated apart.
// Lowered from 0.8 to 0.7 in session 10, when alignments with the core
// lexicon got knots of their own (coreKnots), among 0.6, 0.65, 0.7 and
// 0.75 on the edition set's development runs with the second pass
// (README, Measured, session 10).
const BatchMinConfidence = 0.7

// SecondPassBelow is the mean link confidence below which a document is
// aligned again in a batch's second pass (Options.SecondPass). Chosen on
// the development data (README: the batch's second pass): realigning
// every document cost unedited documents 1.5 points of F1.
const SecondPassBelow = 0.85

// LearnFromBatch is the first half of a batch's second pass (hunalign's
// realign idea, across a batch of articles): it aligns every document with
// opts, learns a lexicon from the links of confidence BatchMinConfidence or
// more that have both sides, and returns it merged with opts.Lexicon (nil
// stays nil when nothing was learned). Aligning the batch again with the
// result as Options.SecondPass is the second half: the documents whose
// first links were not confident are aligned again with it.
func LearnFromBatch(batch []Pair, opts Options) (*lexicon.Lexicon, error) {
	links := make([][]Link, len(batch))
	for i, d := range batch {
		var err error
		if links[i], err = Align(d.Source, d.Target, opts); err != nil {
			return nil, err
		}
	}
	if lex := LearnFromLinks(batch, links, opts.Lexicon); lex != nil {
		return lex, nil
	}
	return opts.Lexicon, nil
}

// LearnFromLinks is LearnFromBatch for a batch already aligned: links[i]
// are the links of batch[i]. It returns the lexicon learned from the links
// of confidence BatchMinConfidence or more merged with base, or nil when
// there were none to learn from.
func LearnFromLinks(batch []Pair, links [][]Link, base *lexicon.Lexicon) *lexicon.Lexicon {
	t := lexicon.NewTrainer()
	n := 0
	for i, d := range batch {
		for _, l := range links[i] {
			if l.Confidence < BatchMinConfidence || len(l.Source) == 0 || len(l.Target) == 0 {
				continue
			}
			t.Add(join(d.Source, l.Source), join(d.Target, l.Target))
			n++
		}
	}
	if n == 0 {
		return nil
	}
	learned := t.Train(lexicon.DefaultIterations)
	if base == nil {
		return learned
	}
	return lexicon.Merge(base, learned)
}

func join(segs []string, idx []int) string {
	parts := make([]string, len(idx))
	for i, x := range idx {
		parts[i] = segs[x]
	}
	return strings.Join(parts, " ")
}
