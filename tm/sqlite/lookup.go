package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"bitext/tm"
)

type stmts struct {
	byHash, variants, df, postings, maxID *sql.Stmt
	unit, unitVars                        *sql.Stmt
}

func (s *Store) statements(ctx context.Context, db *sql.DB) (*stmts, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.st != nil && s.stDB == db {
		return s.st, nil
	}
	st := &stmts{}
	for _, p := range []struct {
		st  **sql.Stmt
		sql string
	}{
		{&st.byHash, `SELECT unit FROM variants WHERE hash=?`},
		{&st.variants, `SELECT lang, text, markup, nkeys FROM variants WHERE unit=? ORDER BY ord`},
		{&st.df, `SELECT coalesce(sum(n), 0) FROM postings WHERE term=?`},
		{&st.postings, `SELECT data FROM postings WHERE term=? ORDER BY id`},
		{&st.maxID, `SELECT coalesce(max(id), 0) FROM units`},
		{&st.unit, unitQuery},
		{&st.unitVars, unitVariantsQuery},
	} {
		x, err := db.PrepareContext(ctx, p.sql)
		if err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		*p.st = x
	}
	s.st, s.stDB = st, db
	return st, nil
}

type variantRow struct {
	lang         language.Tag
	text, markup string
	nkeys        int
}

func (st *stmts) unitVariants(ctx context.Context, id int64) ([]variantRow, error) {
	rows, err := st.variants.QueryContext(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	defer rows.Close()
	var out []variantRow
	for rows.Next() {
		var v variantRow
		var lang string
		if err := rows.Scan(&lang, &v.text, &v.markup, &v.nkeys); err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		v.lang = parseTag(lang)
		out = append(out, v)
	}
	return out, rows.Err()
}

// pick returns the variant in the source language and the one in the
// target language (the first other language when target is Und).
func pick(vs []variantRow, source, target language.Tag) (src, tgt *variantRow) {
	for i := range vs {
		if src == nil && tm.SameLanguage(vs[i].lang, source) {
			src = &vs[i]
		}
	}
	for i := range vs {
		if &vs[i] == src {
			continue
		}
		if target == language.Und && !tm.SameLanguage(vs[i].lang, source) || tm.SameLanguage(vs[i].lang, target) {
			tgt = &vs[i]
			break
		}
	}
	return src, tgt
}

type scored struct {
	id          int64
	score       int
	kind        tm.Kind
	expl        tm.Explanation
	suggestion  string
	src, target variantRow
}

// Lookup returns the best matches for q.
func (s *Store) Lookup(ctx context.Context, q tm.Query) ([]tm.Match, error) {
	if q.Min == 0 {
		q.Min = tm.DefaultMin
	}
	if q.Top <= 0 {
		q.Top = tm.DefaultTop
	}
	db, err := s.readable(ctx)
	if err != nil || db == nil {
		return nil, err
	}
	st, err := s.statements(ctx, db)
	if err != nil {
		return nil, err
	}
	qa := tm.Analyze(q.Text, q.Markup, q.Source)
	if strings.TrimSpace(qa.Text) == "" {
		return nil, nil
	}
	var found []scored
	seen := map[int64]bool{}

	// Exact matches by the text's hash.
	ids, err := queryIDs(ctx, st.byHash, int64(tm.TextKey(q.Source, qa.Text)))
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		if seen[id] {
			continue
		}
		vs, err := st.unitVariants(ctx, id)
		if err != nil {
			return nil, err
		}
		src, tgt := pick(vs, q.Source, q.Target)
		if src == nil || tgt == nil || src.text != qa.Text {
			continue
		}
		seen[id] = true
		found = append(found, scored{id: id, score: 100, kind: tm.Exact, src: *src, target: *tgt,
			expl: tm.Explanation{Mode: qa.Mode, Base: 100, Score: 100, Length: len(qa.Keys)}})
	}

	// Fuzzy candidates from the inverted index, rescored.
	if len(found) < q.Top {
		cands, err := s.candidates(ctx, st, qa, seen)
		if err != nil {
			return nil, err
		}
		for _, id := range cands {
			vs, err := st.unitVariants(ctx, id)
			if err != nil {
				return nil, err
			}
			src, tgt := pick(vs, q.Source, q.Target)
			if src == nil || tgt == nil {
				continue
			}
			if tm.UpperBound(len(qa.Keys), src.nkeys, min(len(qa.Keys), src.nkeys)) < float64(q.Min) {
				continue
			}
			ca := tm.Analyze(src.text, src.markup, src.lang)
			e := tm.Score(qa, ca)
			if e.Score < q.Min {
				continue
			}
			m := scored{id: id, score: e.Score, kind: tm.Fuzzy, expl: e, src: *src, target: *tgt}
			if e.Score == 100 { // same text, other hash: cannot happen, but keep kinds honest
				m.kind = tm.Exact
			}
			if e.NumbersOnly {
				m.suggestion = tm.Suggest(qa, ca, tgt.text, tgt.lang)
			}
			found = append(found, m)
		}
	}
	if len(found) == 0 {
		return nil, nil
	}
	// Load whole units, then rank.
	out := make([]tm.Match, 0, len(found))
	for _, f := range found {
		u, err := st.loadUnit(ctx, f.id)
		if err != nil {
			return nil, err
		}
		m := tm.Match{Unit: u, Score: f.score, Kind: f.kind, Explanation: f.expl, Suggestion: f.suggestion,
			Source: tm.Variant{Lang: f.src.lang, Text: f.src.text, Markup: f.src.markup},
			Target: tm.Variant{Lang: f.target.lang, Text: f.target.text, Markup: f.target.markup}}
		if m.Kind == tm.Exact && inContext(q.Context, u.Context) {
			m.Kind, m.Score = tm.InContext, 101
			m.Explanation.Score = 101
		}
		out = append(out, m)
	}
	tm.Rank(out)
	if len(out) > q.Top {
		out = out[:q.Top]
	}
	return out, nil
}

func inContext(q, u tm.Context) bool {
	if q.Prev != "" || q.Next != "" {
		if q.Prev == u.Prev && q.Next == u.Next {
			return true
		}
	}
	return q.DocID != "" && q.DocID == u.DocID
}

func queryIDs(ctx context.Context, st *sql.Stmt, args ...any) ([]int64, error) {
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

type termDF struct {
	term uint64
	df   int
}

// candidates returns the units sharing the most of the query's rarest
// terms, at most s.Candidates, reading at most s.Budget postings (and at
// least the rarest term's).
func (s *Store) candidates(ctx context.Context, st *stmts, qa *tm.Analysis, skip map[int64]bool) ([]int64, error) {
	terms := tm.IndexTerms(qa.Text, qa.Lang)
	if len(terms) == 0 {
		return nil, nil
	}
	dfs := make([]termDF, 0, len(terms))
	for _, t := range terms {
		var df int
		if err := st.df.QueryRowContext(ctx, int64(t)).Scan(&df); err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		if df > 0 {
			dfs = append(dfs, termDF{t, df})
		}
	}
	if len(dfs) == 0 {
		return nil, nil
	}
	sort.Slice(dfs, func(i, j int) bool { return dfs[i].df < dfs[j].df })
	var maxID int64
	if err := st.maxID.QueryRowContext(ctx).Scan(&maxID); err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	counts := s.counter(int(maxID) + 1)
	defer s.counters.Put(counts)
	c := *counts
	var touched []int64
	total, used := 0, 0
	for i, t := range dfs {
		if i > 0 && total+t.df > s.Budget {
			break
		}
		total += t.df
		used++
		rows, err := st.postings.QueryContext(ctx, int64(t.term))
		if err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		for rows.Next() {
			var data sql.RawBytes // only read before the next call to rows.Next
			if err := rows.Scan(&data); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlite: %w", err)
			}
			decodePostings(data, func(id int64) {
				if int(id) >= len(c) {
					return
				}
				if c[id] == 0 {
					touched = append(touched, id)
				}
				c[id]++
			})
		}
		rows.Close()
	}
	// The best-sharing units: a histogram of counts, taken from the top.
	hist := make([]int, used+2)
	for _, id := range touched {
		if !skip[id] {
			hist[min(int(c[id]), used+1)]++
		}
	}
	limit := s.Candidates
	threshold, n := used+1, 0
	for threshold > 1 && n+hist[threshold] < limit {
		n += hist[threshold]
		threshold--
	}
	var out, ties []int64
	for _, id := range touched {
		k := int(c[id])
		c[id] = 0
		if skip[id] {
			continue
		}
		switch {
		case k > threshold:
			out = append(out, id)
		case k == threshold:
			ties = append(ties, id)
		}
	}
	// Among the ties, the newest units first.
	sort.Slice(ties, func(i, j int) bool { return ties[i] > ties[j] })
	for _, id := range ties {
		if len(out) >= limit {
			break
		}
		out = append(out, id)
	}
	return out, nil
}

func (s *Store) counter(n int) *[]uint16 {
	if p, ok := s.counters.Get().(*[]uint16); ok && len(*p) >= n {
		return p
	}
	c := make([]uint16, n+n/8+1024)
	return &c
}

// Concordance returns units with a variant holding q.Text.
func (s *Store) Concordance(ctx context.Context, q tm.ConcordanceQuery) ([]tm.Unit, error) {
	if q.Limit <= 0 {
		q.Limit = 50
	}
	text := strings.TrimSpace(norm.NFC.String(q.Text))
	if text == "" {
		return nil, nil
	}
	db, err := s.readable(ctx)
	if err != nil || db == nil {
		return nil, err
	}
	st, err := s.statements(ctx, db)
	if err != nil {
		return nil, err
	}
	var langs []string
	if q.Lang != language.Und {
		langs = []string{tm.LangKey(q.Lang)}
	} else {
		rows, err := db.QueryContext(ctx, `SELECT lkey FROM langs ORDER BY lkey`)
		if err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		for rows.Next() {
			var k string
			if err := rows.Scan(&k); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlite: %w", err)
			}
			langs = append(langs, k)
		}
		rows.Close()
	}
	needle := strings.ToLower(text)
	var ids []int64
	seen := map[int64]bool{}
	for _, lk := range langs {
		lang := parseTag(lk)
		terms := tm.QueryTerms(text, lang)
		var cands []int64
		if len(terms) == 0 || (tm.ModeOf(lang) == tm.Characters && len([]rune(text)) < 2) {
			// No indexed term (a lone character, only digits): scan.
			cands, err = scanContaining(ctx, db, lk, needle, q.Limit*4)
		} else {
			cands, err = intersect(ctx, st, terms)
		}
		if err != nil {
			return nil, err
		}
		for _, id := range cands {
			if seen[id] || len(ids) >= q.Limit {
				continue
			}
			vs, err := st.unitVariants(ctx, id)
			if err != nil {
				return nil, err
			}
			for _, v := range vs {
				if tm.LangKey(v.lang) == lk && strings.Contains(strings.ToLower(v.text), needle) {
					seen[id] = true
					ids = append(ids, id)
					break
				}
			}
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return loadUnits(ctx, db, ids)
}

func scanContaining(ctx context.Context, db *sql.DB, lkey, needle string, limit int) ([]int64, error) {
	rows, err := db.QueryContext(ctx, `SELECT unit FROM variants WHERE lkey=? AND instr(lower(text), ?) > 0 LIMIT ?`, lkey, needle, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// intersect returns the units holding every term, rarest term first.
func intersect(ctx context.Context, st *stmts, terms []uint64) ([]int64, error) {
	dfs := make([]termDF, 0, len(terms))
	for _, t := range terms {
		var df int
		if err := st.df.QueryRowContext(ctx, int64(t)).Scan(&df); err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		if df == 0 {
			return nil, nil
		}
		dfs = append(dfs, termDF{t, df})
	}
	sort.Slice(dfs, func(i, j int) bool { return dfs[i].df < dfs[j].df })
	var cur map[int64]bool
	for i, t := range dfs {
		next := map[int64]bool{}
		rows, err := st.postings.QueryContext(ctx, int64(t.term))
		if err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		for rows.Next() {
			var data sql.RawBytes // only read before the next call to rows.Next
			if err := rows.Scan(&data); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlite: %w", err)
			}
			decodePostings(data, func(id int64) {
				if i == 0 || cur[id] {
					next[id] = true
				}
			})
		}
		rows.Close()
		cur = next
		if len(cur) == 0 {
			return nil, nil
		}
	}
	ids := make([]int64, 0, len(cur))
	for id := range cur {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids, nil
}

// loadUnit reads a whole unit with the store's prepared statements.
func (st *stmts) loadUnit(ctx context.Context, id int64) (tm.Unit, error) {
	return scanUnit(id, st.unit.QueryRowContext(ctx, id), func() (*sql.Rows, error) {
		return st.unitVars.QueryContext(ctx, id)
	})
}
