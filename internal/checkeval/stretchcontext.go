package checkeval

// Stretch context (session 25, helper T72, issue #11). KPC has no document
// ids, and CheckJudged gave each of its pairs the three pairs before it as
// its document context, wherever the story began: a person the English
// named four sentences earlier was reported missing where the English
// refers to him by his role (kpc-test 1972, "The commissioner said" for 안
// 위원장, Ahn Kyong-whan named at 1968). bitext run checks whole articles
// (check.Document gives a pair every English sentence of its article before
// it, Pair.TargetBefore). A stretch of linedates= is one story of one day
// (helper D2, session 23, dated from the story's own words), so a pair in a
// stretch gets the English of the stretch before it as its English
// context, as a pair of a set with document ids gets its article's; the
// three pairs before it stay in its context when they are of another
// stretch (nothing read before is taken away). A pair in no stretch keeps
// the three pairs before it. context=window in sets.tsv keeps the three
// pairs before every pair, for comparison.

// contextWindow is the context= value that keeps the old window.
const contextWindow = "window"

// knownContext lists the values of context= in sets.tsv.
var knownContext = map[string]bool{"stretch": true, contextWindow: true}

// targetContext returns the English context of pairs[i]: the targets of
// the pairs before it in its stretch of linedates=, or the last window
// targets, whichever reaches further back. targets holds the targets
// before pairs[i] (the last is pairs[i-1]'s).
func targetContext(s JudgedSet, pairs []JudgedPair, targets []string, i, window int) []string {
	end := len(targets)
	from := max(0, end-window)
	if s.Context != contextWindow && pairs[i].Stretch > 0 {
		n := 0 // pairs before pairs[i] in its stretch
		for k := i - 1; k >= 0 && pairs[k].Stretch == pairs[i].Stretch; k-- {
			n++
		}
		from = min(from, max(0, end-n))
	}
	return targets[from:end:end]
}

// stretchOf returns the first line of the stretch holding line, 0 when
// none does.
func stretchOf(stretches []LineDate, line int) int {
	for _, st := range stretches {
		if st.First <= line && line <= st.Last {
			return st.First
		}
	}
	return 0
}
