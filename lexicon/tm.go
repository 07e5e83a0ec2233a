package lexicon

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"

	"golang.org/x/text/language"

	"bitext/atomicfile"
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

// Refresh learns the lexicon of a translation memory again after its units
// changed (an import), when the memory has one at path (see PathFor): the
// whole lexicon is relearned with DefaultIterations on at most
// DefaultMaxUnits units and replaces the file atomically. Without a file
// at path it does nothing and returns nil: a memory gets a lexicon from
// `bitext tm lexicon`, and keeps it fresh from then on.
func Refresh(ctx context.Context, s tm.Store, path string) (*Lexicon, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	lex, err := Learn(ctx, s, DefaultIterations, DefaultMaxUnits)
	if err != nil {
		return nil, err
	}
	if err := atomicfile.Write(path, func(w io.Writer) error { return lex.Write(w) }); err != nil {
		return nil, err
	}
	return lex, nil
}
