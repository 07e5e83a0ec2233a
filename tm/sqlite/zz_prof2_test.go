package sqlite

import (
	"context"
	"os"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/tm"
)

func TestZZProf2(t *testing.T) {
	path := os.Getenv("PROF_TM")
	if path == "" {
		t.Skip()
	}
	ctx := context.Background()
	s, _ := Open(ctx, path)
	db, _ := s.readable(ctx)
	st, _ := s.statements(ctx, db)
	q := "at wants to be out there, just like everyone else.\""
	qa := tm.Analyze(q, "", language.English)
	for rep := 0; rep < 3; rep++ {
		t0 := time.Now()
		terms := tm.IndexTerms(qa.Text, qa.Lang)
		for _, term := range terms {
			var df int
			t1 := time.Now()
			st.df.QueryRowContext(ctx, int64(term)).Scan(&df)
			d1 := time.Since(t1)
			t2 := time.Now()
			rows, _ := st.postings.QueryContext(ctx, int64(term))
			n, segs := 0, 0
			for rows.Next() {
				var data []byte
				rows.Scan(&data)
				n += len(data)
				segs++
			}
			rows.Close()
			if rep == 2 {
				t.Logf("df %d (%v) segs %d bytes %d (%v)", df, d1, segs, n, time.Since(t2))
			}
		}
		t3 := time.Now()
		c, _ := s.candidates(ctx, st, qa, map[int64]bool{})
		t.Logf("total %v candidates %d in %v", time.Since(t0), len(c), time.Since(t3))
	}
}
