package mine_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"bitext/glossary"
	"bitext/mine"
	"bitext/tm"
)

// countingStore counts the units the store hands to Run.
type countingStore struct {
	tm.Store
	read int
}

func (c *countingStore) Iterate(ctx context.Context, opt tm.ExportOptions, fn func(tm.Unit) error) error {
	return c.IterateAfter(ctx, 0, opt, fn)
}

func (c *countingStore) IterateAfter(ctx context.Context, after int64, opt tm.ExportOptions, fn func(tm.Unit) error) error {
	return c.Store.IterateAfter(ctx, after, opt, func(u tm.Unit) error { c.read++; return fn(u) })
}

func decodeCSV(t *testing.T, csv string) *glossary.Glossary {
	t.Helper()
	g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "g.csv")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestIncrementalReads: a rerun reads only the new units from the store,
// also with a glossary, as long as the glossary is the one of the saved
// counts; otherwise every unit once. Either way the result is the full
// run's.
func TestIncrementalReads(t *testing.T) {
	units := readPairs(t, "../testdata/mine/pairs.tsv")
	const first = 6
	g1 := decodeCSV(t, "id,type,lang,term,status\n"+
		"rhee,person,ko,이창용,preferred\nrhee,person,en,Lee Chang-yong,preferred\nrhee,person,en,Rhee Chang-yong,deprecated\n")
	g2 := decodeCSV(t, "id,type,lang,term,status\n"+
		"rhee,person,ko,이창용,preferred\nrhee,person,en,Rhee Chang-yong,preferred\nrhee,person,en,Lee Chang-yong,deprecated\n")
	tests := []struct {
		name        string
		before      *glossary.Glossary // of the first run
		between     bool               // a run without glossary after the new units, before the checked one
		after       *glossary.Glossary // of the checked run
		wantAllRead bool
	}{
		{"no glossary", nil, false, nil, false},
		{"same glossary", g1, false, g1, false},
		{"glossary added", nil, false, g1, true},
		{"glossary changed", g2, false, g1, true},
		{"run without glossary between", g1, true, g1, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := &countingStore{Store: openStore(t, units[:first])}
			st := mine.NewState()
			if _, err := mine.Run(context.Background(), s, mine.Options{State: st, Glossary: tc.before}); err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := st.Write(&b); err != nil {
				t.Fatal(err)
			}
			st, err := mine.ReadState(&b, "t.tm.mine")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Add(context.Background(), units[first:]); err != nil {
				t.Fatal(err)
			}
			if tc.between {
				if _, err := mine.Run(context.Background(), s, mine.Options{State: st}); err != nil {
					t.Fatal(err)
				}
			}
			s.read = 0
			inc, err := mine.Run(context.Background(), s, mine.Options{State: st, Glossary: tc.after})
			if err != nil {
				t.Fatal(err)
			}
			want := len(units) - first
			if tc.between && !tc.wantAllRead {
				want = 0
			}
			if tc.wantAllRead {
				want = len(units)
			}
			if s.read != want {
				t.Errorf("read %d units from the store, want %d", s.read, want)
			}
			full, err := mine.Run(context.Background(), s.Store, mine.Options{Glossary: tc.after})
			if err != nil {
				t.Fatal(err)
			}
			full.Read, inc.Read = 0, 0
			a, _ := json.Marshal(inc)
			c, _ := json.Marshal(full)
			if !bytes.Equal(a, c) {
				t.Errorf("incremental differs from full:\n%s\n%s", a, c)
			}
		})
	}
}
