package aligneval

import (
	"math/rand"

	"bitext/align"
)

// Perturb turns 1-1 sentence pairs into a test document the way the NTREX
// evaluation files were made: at each position, with probability rate
// each, two source sentences are joined into one (a 1-2 link), two target
// sentences are joined (2-1), the target sentence is dropped (1-0) or the
// source sentence is dropped (0-1). It returns both sides and the gold
// links. Joined sentences are separated by a space.
func Perturb(src, tgt []string, rate float64, rng *rand.Rand) (ko, en []string, gold []align.Link) {
	n := min(len(src), len(tgt))
	for i := 0; i < n; i++ {
		r := rng.Float64()
		switch {
		case r < rate && i+1 < n:
			gold = append(gold, align.Link{Source: []int{len(ko)}, Target: []int{len(en), len(en) + 1}})
			ko = append(ko, src[i]+" "+src[i+1])
			en = append(en, tgt[i], tgt[i+1])
			i++
		case r < 2*rate && i+1 < n:
			gold = append(gold, align.Link{Source: []int{len(ko), len(ko) + 1}, Target: []int{len(en)}})
			ko = append(ko, src[i], src[i+1])
			en = append(en, tgt[i]+" "+tgt[i+1])
			i++
		case r < 3*rate:
			gold = append(gold, align.Link{Source: []int{len(ko)}, Target: []int{}})
			ko = append(ko, src[i])
		case r < 4*rate:
			gold = append(gold, align.Link{Source: []int{}, Target: []int{len(en)}})
			en = append(en, tgt[i])
		default:
			gold = append(gold, align.Link{Source: []int{len(ko)}, Target: []int{len(en)}})
			ko = append(ko, src[i])
			en = append(en, tgt[i])
		}
	}
	return ko, en, gold
}
