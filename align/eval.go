package align

import (
	"fmt"
	"sort"
	"strings"
)

// Counts are the strict counts of vecalign's score.py for one or more
// documents: precision over every test link (1-0 and 0-1 included), recall
// over the gold links that have both sides.
type Counts struct {
	TestLinks    int // test links, empty-on-both-sides ones dropped, duplicates once
	TestCorrect  int // of them, also in the gold
	GoldLinks    int // gold links with both sides
	GoldFound    int // of them, also among the test links with both sides
	ByType       map[string]*TypeCounts
	Calibration  []Bin // confidence bins, filled by Score when test links carry confidences
	binsOfCounts [calBins]Bin
}

// TypeCounts are precision and recall counts for one link type. Recall
// counts here cover 1-0 and 0-1 gold links too, unlike the overall recall.
type TypeCounts struct {
	Test, TestCorrect int
	Gold, GoldFound   int
}

// Bin is one row of a calibration table: test links whose confidence is in
// [Lo, Hi), how many and how many were correct.
type Bin struct {
	Lo, Hi         float64
	Links, Correct int
}

const calBins = 10

func key(l Link) string {
	var b strings.Builder
	for i, x := range l.Source {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprint(&b, x)
	}
	b.WriteByte('|')
	for i, x := range l.Target {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprint(&b, x)
	}
	return b.String()
}

// Score adds the strict counts of test against gold for one document.
func (c *Counts) Score(gold, test []Link) {
	if c.ByType == nil {
		c.ByType = map[string]*TypeCounts{}
	}
	tc := func(t string) *TypeCounts {
		if c.ByType[t] == nil {
			c.ByType[t] = &TypeCounts{}
		}
		return c.ByType[t]
	}
	goldSet := map[string]bool{}
	for _, g := range gold {
		if len(g.Source)+len(g.Target) > 0 {
			goldSet[key(g)] = true
		}
	}
	testSet := map[string]bool{}
	for _, t := range test {
		if len(t.Source)+len(t.Target) == 0 {
			continue
		}
		k := key(t)
		if testSet[k] {
			continue
		}
		testSet[k] = true
		ok := goldSet[k]
		c.TestLinks++
		x := tc(t.Type())
		x.Test++
		if ok {
			c.TestCorrect++
			x.TestCorrect++
		}
		b := int(t.Confidence * calBins)
		b = min(max(b, 0), calBins-1)
		c.binsOfCounts[b].Links++
		if ok {
			c.binsOfCounts[b].Correct++
		}
	}
	seen := map[string]bool{}
	for _, g := range gold {
		if len(g.Source)+len(g.Target) == 0 {
			continue
		}
		k := key(g)
		if seen[k] {
			continue
		}
		seen[k] = true
		x := tc(g.Type())
		x.Gold++
		found := testSet[k]
		if found {
			x.GoldFound++
		}
		if len(g.Source) > 0 && len(g.Target) > 0 {
			c.GoldLinks++
			if found {
				c.GoldFound++
			}
		}
	}
	c.Calibration = c.Calibration[:0]
	for i, b := range c.binsOfCounts {
		b.Lo, b.Hi = float64(i)/calBins, float64(i+1)/calBins
		c.Calibration = append(c.Calibration, b)
	}
}

// Precision is the share of test links that are in the gold.
func (c *Counts) Precision() float64 { return ratio(c.TestCorrect, c.TestLinks) }

// Recall is the share of gold links with both sides found by the test.
func (c *Counts) Recall() float64 { return ratio(c.GoldFound, c.GoldLinks) }

// F1 is the harmonic mean of Precision and Recall.
func (c *Counts) F1() float64 { return f1(c.Precision(), c.Recall()) }

// Types lists the link types seen, most frequent gold type first.
func (c *Counts) Types() []string {
	var out []string
	for t := range c.ByType {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := c.ByType[out[i]], c.ByType[out[j]]
		if a.Gold != b.Gold {
			return a.Gold > b.Gold
		}
		return out[i] < out[j]
	})
	return out
}

// Precision of the test links of this type.
func (t *TypeCounts) Precision() float64 { return ratio(t.TestCorrect, t.Test) }

// Recall of the gold links of this type.
func (t *TypeCounts) Recall() float64 { return ratio(t.GoldFound, t.Gold) }

// F1 of this type.
func (t *TypeCounts) F1() float64 { return f1(t.Precision(), t.Recall()) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
