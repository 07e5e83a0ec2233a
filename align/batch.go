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

// BatchReverseMinProb is the reverse filter's threshold
// (lexicon.ReverseMinProb) of a batch lexicon that is the only learned
// one, with no TM lexicon beside it (the core alone, or nothing): learned
// from the batch's own links, it keeps a translation e of a stem k when
// p(k|e) is at least this much. Chosen on the development data in session
// 21 (helper A45) among 0, 0.005, 0.0075, 0.01, 0.015 and 0.02, and a
// threshold scaled by the number of links (README, Measured): a stem the
// batch saw in a few links keeps a translation that other stems of the
// batch explain more often (대사 → ambassador beside 외교관). Beside a
// TM's lexicon the batch lexicon keeps lexicon.ReverseMinProb: the TM
// already gives the real pairs, and the batch's weaker ones lost there.
const BatchReverseMinProb = 0.01

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
		onGateScale(links[i], opts)
	}
	if lex := LearnFromLinks(batch, links, opts.Lexicon); lex != nil {
		return lex, nil
	}
	return opts.Lexicon, nil
}

// LearnFromLinks is LearnFromBatch for a batch already aligned: links[i]
// are the links of batch[i]. It returns the lexicon learned from the links
// of confidence BatchMinConfidence or more merged with base, or nil when
// there were none to learn from. Without a base with translations, what is
// learned is filtered by BatchReverseMinProb in place of
// lexicon.ReverseMinProb. Beside a base with translations (a TM's
// lexicon), only the documents the first pass trusts teach: those whose
// links have a mean confidence of SecondPassBelow or more (trustedDoc).
func LearnFromLinks(batch []Pair, links [][]Link, base *lexicon.Lexicon) *lexicon.Lexicon {
	t := lexicon.NewTrainer()
	n := 0
	withTM := base != nil && base.Len() > 0
	for i, d := range batch {
		if withTM && !trustedDoc(links[i]) {
			continue
		}
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
	if !withTM {
		return t.TrainReverse(lexicon.DefaultIterations, BatchReverseMinProb)
	}
	learned := t.Train(lexicon.DefaultIterations)
	return lexicon.Merge(base, learned)
}

// trustedDoc tells whether a document's first-pass links may teach the
// batch lexicon beside a TM's (session 21, helper A47, issue #10): their
// links' mean confidence (as calibrated with the lexicon) is
// SecondPassBelow or more. A document below it is one the TM's lexicon did
// not read well: its confident links sit beside wrong ones, and what they
// teach is the noise the second pass then reads into the documents it
// aligns again, the document itself first, whose own words it pulls
// together (README, Measured, "Session 21 (helper A47)"). Without a TM the
// batch is the only learned lexicon and every document teaches.
func trustedDoc(links []Link) bool {
	return MeanConfidence(links) >= SecondPassBelow
}

func join(segs []string, idx []int) string {
	parts := make([]string, len(idx))
	for i, x := range idx {
		parts[i] = segs[x]
	}
	return strings.Join(parts, " ")
}
