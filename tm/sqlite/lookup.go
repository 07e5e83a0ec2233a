package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"bitext/tm"
	"bitext/tm/postings"
)

type stmts struct {
	byHash, variants, df, postings, maxID *sql.Stmt
	unit, unitVars, cands                 *sql.Stmt
	termDFs, termPostings, srcs           *sql.Stmt
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
		{&st.cands, candidatesQuery},
		{&st.srcs, sourcesQuery},
		{&st.termDFs, `SELECT j.key, p.n FROM json_each(?) AS j CROSS JOIN postings AS p ON p.term = j.value`},
		{&st.termPostings, `SELECT p.data FROM json_each(?) AS j CROSS JOIN postings AS p ON p.term = j.value`},
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
	nkeys, ord   int
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
		v.lang = tm.ParseStoredTag(lang)
		out = append(out, v)
	}
	return out, rows.Err()
}

// pickTarget returns the target variant of vs (in ord order) for the
// source variant at srcOrd: the first other variant in target, or, when
// target is Und, the first in another language than source.
func pickTarget(vs []variantRow, srcOrd int, source, target language.Tag) *variantRow {
	for i := range vs {
		if vs[i].ord == srcOrd {
			continue
		}
		if target == language.Und && !tm.SameLanguage(vs[i].lang, source) || tm.SameLanguage(vs[i].lang, target) {
			return &vs[i]
		}
	}
	return nil
}

type scored struct {
	id, changed int64
	ord         int // of the source variant
	score       int
	kind        tm.Kind
	expl        tm.Explanation
	suggestion  string
	src, target variantRow
}

// Lookup returns the best matches for q. Every read of one lookup runs in
// one read transaction on one connection: one snapshot, one lock, and the
// candidates' variants come back from one query.
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
	qa := tm.Analyze(q.Text, q.Markup, q.Source)
	if strings.TrimSpace(qa.Text) == "" {
		return nil, nil
	}
	st, err := s.statements(ctx, db)
	if err != nil {
		return nil, err
	}
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	defer tx.Rollback()
	r := st.in(ctx, tx)
	defer r.close()

	// Exact matches by the text's hash, then fuzzy candidates from the
	// inverted index; their variants in one query.
	exact, err := queryIDs(ctx, r.byHash, int64(tm.TextKey(q.Source, qa.Text)))
	if err != nil {
		return nil, err
	}
	seen := make(map[int64]bool, len(exact))
	for _, id := range exact {
		seen[id] = true
	}
	var cands []int64
	if len(exact) < q.Top {
		if cands, err = s.candidates(ctx, r, qa, seen); err != nil {
			return nil, err
		}
	}
	// The source-language variants of the exact units and the candidates,
	// scored; the target variants only of those that pass.
	srcs, err := r.sourceVariants(ctx, append(exact, cands...), tm.LangKey(q.Source))
	if err != nil {
		return nil, err
	}
	type pending struct {
		scored
		ca *tm.Analysis
	}
	var pend []pending
	for _, sv := range srcs {
		v := &sv.v
		if seen[sv.id] {
			if string(v.raw) != qa.Text {
				continue
			}
			pend = append(pend, pending{scored: scored{id: sv.id, ord: sv.ord, score: 100, kind: tm.Exact,
				expl: tm.Explanation{Mode: qa.Mode, Base: 100, Score: 100, Length: len(qa.Keys)}}})
			pend[len(pend)-1].src = v.row()
			continue
		}
		if tm.UpperBound(len(qa.Keys), v.nkeys, min(len(qa.Keys), v.nkeys)) < float64(q.Min) {
			continue
		}
		src := v.row()
		ca := tm.Analyze(src.text, src.markup, src.lang)
		e := tm.Score(qa, ca)
		if e.Score < q.Min {
			continue
		}
		m := scored{id: sv.id, ord: sv.ord, score: e.Score, kind: tm.Fuzzy, expl: e, src: src}
		if e.Score == 100 { // same text, other hash: cannot happen, but keep kinds honest
			m.kind = tm.Exact
		}
		pend = append(pend, pending{scored: m, ca: ca})
	}
	if len(pend) == 0 {
		return nil, nil
	}
	// Targets (and the units' times, which break ties) of the best first:
	// the batch that can still reach the top, then more only while the top
	// is not full or ties it. Exact matches, all at 100, come first and are
	// all read (their context may rank one above the rest).
	sort.SliceStable(pend, func(i, j int) bool { return pend[i].score > pend[j].score })
	var found []scored
	exactFound := 0
	for next := 0; next < len(pend); {
		if len(found) >= q.Top && pend[next].kind != tm.Exact && pend[next].score < found[q.Top-1].score {
			break
		}
		end := min(len(pend), next+max(1, q.Top-len(found)))
		for end < len(pend) && (pend[end].score == pend[end-1].score || pend[end].kind == tm.Exact) {
			end++
		}
		batch := pend[next:end]
		next = end
		ids := make([]int64, len(batch))
		for i, p := range batch {
			ids[i] = p.id
		}
		units, err := r.candidateVariants(ctx, ids)
		if err != nil {
			return nil, err
		}
		for k, p := range batch {
			var u *unitRows
			for i := range units {
				if units[i].id == p.id {
					u = &units[i]
					break
				}
			}
			if u == nil {
				continue
			}
			tgt := pickTarget(u.vars, p.ord, q.Source, q.Target)
			if tgt == nil {
				continue
			}
			m := batch[k].scored
			m.changed, m.target = u.changed, *tgt
			if p.ca == nil {
				exactFound++
			}
			if m.expl.NumbersOnly {
				m.suggestion = tm.Suggest(qa, p.ca, tgt.text, tgt.lang)
			}
			found = append(found, m)
		}
		sort.SliceStable(found, func(i, j int) bool { return found[i].score > found[j].score })
	}
	if len(found) == 0 {
		return nil, nil
	}
	// Rank on what is known, then load whole units only for the matches
	// returned and for every exact one (its context may make it in-context,
	// which ranks above the rest).
	sort.SliceStable(found, func(i, j int) bool {
		a, b := &found[i], &found[j]
		if a.score != b.score {
			return a.score > b.score
		}
		if a.changed != b.changed {
			return a.changed > b.changed
		}
		return a.id < b.id
	})
	out := make([]tm.Match, 0, min(len(found), q.Top+exactFound))
	for i, f := range found {
		if i >= q.Top && f.kind != tm.Exact {
			break
		}
		u, err := r.loadUnit(ctx, f.id)
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

// reader holds a store's statements bound to one read transaction.
type reader struct {
	byHash, dfs, postings, maxID, cands, srcs, unit, unitVars *sql.Stmt
	ids                                                       []byte
}

func (st *stmts) in(ctx context.Context, tx *sql.Tx) *reader {
	return &reader{
		byHash: tx.StmtContext(ctx, st.byHash), dfs: tx.StmtContext(ctx, st.termDFs),
		postings: tx.StmtContext(ctx, st.termPostings), maxID: tx.StmtContext(ctx, st.maxID),
		cands: tx.StmtContext(ctx, st.cands), srcs: tx.StmtContext(ctx, st.srcs), unit: tx.StmtContext(ctx, st.unit),
		unitVars: tx.StmtContext(ctx, st.unitVars),
	}
}

func (r *reader) close() {
	for _, x := range []*sql.Stmt{r.byHash, r.dfs, r.postings, r.maxID, r.cands, r.srcs, r.unit, r.unitVars} {
		x.Close()
	}
}

type unitRows struct {
	id, changed int64
	vars        []variantRow
}

// candidateVariants returns the variants of the units ids, in the order of
// ids (those not found are left out).
func (r *reader) candidateVariants(ctx context.Context, ids []int64) ([]unitRows, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	r.ids = appendJSONInts(r.ids[:0], len(ids), func(i int) int64 { return ids[i] })
	rows, err := r.cands.QueryContext(ctx, string(r.ids))
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	defer rows.Close()
	out := make([]unitRows, 0, len(ids))
	for rows.Next() {
		var id, changed int64
		var v variantRow
		var lang string
		if err := rows.Scan(&id, &changed, &v.ord, &lang, &v.text, &v.markup, &v.nkeys); err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		v.lang = tm.ParseStoredTag(lang)
		if n := len(out); n == 0 || out[n-1].id != id {
			out = append(out, unitRows{id: id, changed: changed})
		}
		u := &out[len(out)-1]
		u.vars = append(u.vars, v)
	}
	return out, rows.Err()
}

// appendJSONInts appends the JSON array of n integers at(0)..at(n-1), the
// argument of the json_each queries.
func appendJSONInts(b []byte, n int, at func(int) int64) []byte {
	b = append(b, '[')
	for i := range n {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, at(i), 10)
	}
	return append(b, ']')
}

// rawVariant is a source variant as read, its text not yet copied.
type rawVariant struct {
	lang    string
	raw, mk []byte
	nkeys   int
}

func (v *rawVariant) row() variantRow {
	return variantRow{lang: tm.ParseStoredTag(v.lang), text: string(v.raw), markup: string(v.mk), nkeys: v.nkeys}
}

type sourceRow struct {
	id  int64
	ord int
	v   rawVariant
}

// sourceVariants returns, for each of ids that has one, its first variant
// in the language lkey, in the order of ids.
func (r *reader) sourceVariants(ctx context.Context, ids []int64, lkey string) ([]sourceRow, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	r.ids = appendJSONInts(r.ids[:0], len(ids), func(i int) int64 { return ids[i] })
	rows, err := r.srcs.QueryContext(ctx, string(r.ids), lkey)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	defer rows.Close()
	out := make([]sourceRow, 0, len(ids))
	var text, markup sql.RawBytes
	for rows.Next() {
		var sr sourceRow
		if err := rows.Scan(&sr.id, &sr.ord, &sr.v.lang, &text, &markup, &sr.v.nkeys); err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		if n := len(out); n > 0 && out[n-1].id == sr.id {
			continue // a second variant in the source language
		}
		// Copied: RawBytes are only valid until the next row. The
		// buffers are the lookup's own, short-lived.
		sr.v.raw = append([]byte(nil), text...)
		sr.v.mk = append([]byte(nil), markup...)
		out = append(out, sr)
	}
	return out, rows.Err()
}

// sourcesQuery reads the variants of the units listed in a JSON array
// (?1) in one language (?2), the array driving the join.
const sourcesQuery = `SELECT v.unit, v.ord, v.lang, v.text, v.markup, v.nkeys
FROM json_each(?1) AS j CROSS JOIN variants AS v ON v.unit = j.value
WHERE v.lkey = ?2
ORDER BY j.key, v.ord`

// candidatesQuery reads the variants of the units listed in a JSON array,
// the array driving the join (CROSS JOIN keeps SQLite from scanning
// variants).
const candidatesQuery = `SELECT v.unit, u.changed, v.ord, v.lang, v.text, v.markup, v.nkeys
FROM json_each(?) AS j CROSS JOIN variants AS v ON v.unit = j.value CROSS JOIN units AS u ON u.id = v.unit
ORDER BY j.key, v.ord`

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

// candidates returns the units sharing the most of the query's rarest
// terms, at most s.Candidates, reading at most the budget's postings (and
// at least the rarest term's).
func (s *Store) candidates(ctx context.Context, r *reader, qa *tm.Analysis, skip map[int64]bool) ([]int64, error) {
	terms := tm.IndexTerms(qa.Text, qa.Lang)
	if len(terms) == 0 {
		return nil, nil
	}
	// The terms' document frequencies, in one query.
	r.ids = appendJSONInts(r.ids[:0], len(terms), func(i int) int64 { return int64(terms[i]) })
	sums := make([]int, len(terms))
	rows, err := r.dfs.QueryContext(ctx, string(r.ids))
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	for rows.Next() {
		var i, n int
		if err := rows.Scan(&i, &n); err != nil {
			rows.Close()
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		if i >= 0 && i < len(sums) {
			sums[i] += n
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	dfs := make([]postings.Term, 0, len(terms))
	for i, t := range terms {
		if sums[i] > 0 {
			dfs = append(dfs, postings.Term{Term: t, DF: sums[i]})
		}
	}
	if len(dfs) == 0 {
		return nil, nil
	}
	var maxID int64
	if err := r.maxID.QueryRowContext(ctx).Scan(&maxID); err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	budget := s.Budget
	if budget <= 0 {
		budget = BudgetFor(int(maxID))
	}
	used := postings.Plan(dfs, budget)
	// Their postings, in one query: counting does not depend on order.
	r.ids = appendJSONInts(r.ids[:0], used, func(i int) int64 { return int64(dfs[i].Term) })
	rows, err = r.postings.QueryContext(ctx, string(r.ids))
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	c := postings.NewCounter(maxID)
	defer c.Release()
	for rows.Next() {
		var data sql.RawBytes // only read before the next call to rows.Next
		if err := rows.Scan(&data); err != nil {
			rows.Close()
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		c.Add(data)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	return c.Top(used, s.Candidates, skip), nil
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
		lang := tm.ParseStoredTag(lk)
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
	dfs := make([]postings.Term, 0, len(terms))
	for _, t := range terms {
		var df int
		if err := st.df.QueryRowContext(ctx, int64(t)).Scan(&df); err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		if df == 0 {
			return nil, nil
		}
		dfs = append(dfs, postings.Term{Term: t, DF: df})
	}
	sort.Slice(dfs, func(i, j int) bool { return dfs[i].DF < dfs[j].DF })
	var cur map[int64]bool
	for i, t := range dfs {
		next := map[int64]bool{}
		rows, err := st.postings.QueryContext(ctx, int64(t.Term))
		if err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		for rows.Next() {
			var data sql.RawBytes // only read before the next call to rows.Next
			if err := rows.Scan(&data); err != nil {
				rows.Close()
				return nil, fmt.Errorf("sqlite: %w", err)
			}
			postings.Decode(data, func(id int64) {
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

// loadUnit reads a whole unit with the reader's statements.
func (st *reader) loadUnit(ctx context.Context, id int64) (tm.Unit, error) {
	return scanUnit(id, st.unit.QueryRowContext(ctx, id), func() (*sql.Rows, error) {
		return st.unitVars.QueryContext(ctx, id)
	})
}
