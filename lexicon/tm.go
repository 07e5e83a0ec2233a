package lexicon

import (
	"context"

	"golang.org/x/text/language"

	"bitext/tm"
)

// Learn trains a lexicon on every unit of a translation memory that has a
// Korean and an English variant (any region). An empty memory gives an
// empty lexicon.
func Learn(ctx context.Context, s tm.Store, iterations int) (*Lexicon, error) {
	t := NewTrainer()
	err := s.Iterate(ctx, tm.ExportOptions{}, func(u tm.Unit) error {
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
