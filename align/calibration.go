package align

// The posterior of a link is recalibrated by its type, so that a
// confidence of 0.9 or more means a link right at least 99% of the time
// and one below 0.5 (flagged "check alignment" in the exports) a link
// more often wrong than right. The map is piecewise linear through
// (0, 0), (r50, 0.5), (r90, 0.9) and (1, 1). The knots were fitted on the
// development data only (README, "Calibrated confidence"): r50 is the
// largest posterior below which at most 45% of the links of the type were
// right, r90 the smallest above which 99.5% were, over the edition set's
// development part (without a lexicon and with a lexicon learned on the
// other corpus) and NTREX p05. In session 4, r90 of 1-1 and 0-1 links was
// raised to the posterior above which 99.8% of them were right on the same
// data (0.90 → 0.93, 0.94 → 0.97), for links of 0.9 or more stayed below
// 99% on the held-out part.
var calibrationKnots = map[[2]int][2]float64{
	{1, 1}: {0.34, 0.93},
	{2, 1}: {0.46, 0.94},
	{1, 2}: {0.53, 0.96},
	{1, 0}: {0.16, 0.99},
	{0, 1}: {0.31, 0.97},
	{3, 1}: {0.99, 1.00},
	{1, 3}: {0.99, 1.00},
}

// lexiconKnots are the knots of an alignment with a lexicon
// (Options.Lexicon, or the batch's second pass), whose posteriors are
// sharper: with the knots above, links of 0.9 or more were right only
// 98.7% of the time on the held-out part with the development TM's
// lexicon. Fitted in session 5 on development data aligned with a lexicon
// that had not seen the documents (the edition set's NTREX documents with
// the KPC dev file's lexicon and the KPC dev documents with NTREX's, with
// and without the second pass) or with the batch's own (the development
// part and its unedited documents, second pass): r50 as above, r90 the
// smallest posterior above which 99.5% of the links were right. No 1-0
// posterior reached it, so a 1-0 link with a lexicon is never rated 0.9
// or more. (99.8%, the rule for 1-1 links without a lexicon, was reached
// by 1-1 links only at a posterior of 1.) Refitted by the same rule on the
// same data after wLexAlone (session 5, helper F2); the rule gave no r50
// for 2-1 links (no posterior below which at most 45% were right), so
// theirs was kept.
var lexiconKnots = map[[2]int][2]float64{
	{1, 1}: {0.43, 0.98},
	{2, 1}: {0.44, 0.94},
	{1, 2}: {0.47, 0.98},
	{1, 0}: {0.28, 1.00},
	{0, 1}: {0.35, 0.87},
	{3, 1}: {0.99, 1.00},
	{1, 3}: {0.99, 1.00},
}

// calibrate maps the posterior p of a link of s source and t target
// segments to its confidence; lex tells whether the alignment had a
// lexicon.
func calibrate(s, t int, p float64, lex bool) float64 {
	knots := calibrationKnots
	if lex {
		knots = lexiconKnots
	}
	k, ok := knots[[2]int{s, t}]
	if !ok {
		return p
	}
	r50, r90 := k[0], k[1]
	switch {
	case p < r50:
		return 0.5 * p / r50
	case p < r90:
		return 0.5 + 0.4*(p-r50)/(r90-r50)
	case r90 >= 1:
		return 0.9
	}
	return min(1, 0.9+0.1*(p-r90)/(1-r90))
}
