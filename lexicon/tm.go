package lexicon

import (
	"context"

	"golang.org/x/text/language"

	"bitext/tm"
)

// DefaultMaxUnits is how many units Learn trains on by default: a larger
// memory is sampled evenly, which keeps training under a minute of CPU
// (about 10 s per 100,000 units) while the frequent words, which are most
// of the evidence the aligner uses, are learned as well.
const DefaultMaxUnits = 200_000

// Learn trains a lexicon on the units of a translation memory that have a
// Korean and an English variant (any region): all of them, or, when
// maxUnits > 0 and the memory holds more units, maxUnits of them evenly
// spread over the memory. An empty memory gives an empty lexicon.
func Learn(ctx context.Context, s tm.Store, iterations, maxUnits int) (*Lexicon, error) {
	t := NewTrainer()
	n := 0
	if maxUnits > 0 {
		st, err := s.Stats(ctx)
		if err != nil {
			return nil, err
		}
		n = st.Units
	}
	i := -1
	err := s.Iterate(ctx, tm.ExportOptions{}, func(u tm.Unit) error {
		i++
		if n > maxUnits && maxUnits > 0 && (i+1)*maxUnits/n == i*maxUnits/n {
			return nil // not in the sample
		}
		var ko, en string
		for _, v := range u.Variants {
			switch base(v.Lang) {
			case "ko":
				ko = v.Text
			case "en":
				en = v.Text
			}
		}
		if ko != "" && en != "" {
			t.Add(ko, en)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return t.Train(iterations), nil
}

func base(t language.Tag) string {
	b, _ := t.Base()
	return b.String()
}
