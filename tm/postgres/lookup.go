package postgres

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"bitext/tm"
	"bitext/tm/postings"
)

type variantRow struct {
	lang         language.Tag
	text, markup string
	nkeys        int
}

// loadUnits reads whole units by id, in one round trip; missing ids are
// left out.
func (s *Store) loadUnits(ctx context.Context, ids []int64) (map[int64]tm.Unit, error) {
	out := make(map[int64]tm.Unit, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	pb := &pgx.Batch{}
	pb.Queue(`SELECT unit, lang, text, markup FROM variants WHERE unit = ANY($1) ORDER BY unit, ord`, ids)
	pb.Queue(`SELECT id, srclang, doc, prev, next, created, changed, changer, data FROM units WHERE id = ANY($1)`, ids)
	br := s.pool.SendBatch(ctx, pb)
	defer br.Close()
	rows, err := br.Query()
	if err != nil {
		return nil, s.wrap("lookup", err)
	}
	vs := make(map[int64][]tm.Variant, len(ids))
	for rows.Next() {
		var id int64
		var lang string
		var v tm.Variant
		if err := rows.Scan(&id, &lang, &v.Text, &v.Markup); err != nil {
			rows.Close()
			return nil, s.wrap("lookup", err)
		}
		v.Lang = tm.ParseStoredTag(lang)
		vs[id] = append(vs[id], v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap("lookup", err)
	}
	rows, err = br.Query()
	if err != nil {
		return nil, s.wrap("lookup", err)
	}
	defer rows.Close()
	for rows.Next() {
		var u tm.Unit
		var src string
		var created, changed *time.Time
		var data []byte
		if err := rows.Scan(&u.ID, &src, &u.Context.DocID, &u.Context.Prev, &u.Context.Next, &created, &changed, &u.Changer, &data); err != nil {
			return nil, s.wrap("lookup", err)
		}
		u.SourceLang = tm.ParseStoredTag(src)
		u.Created, u.Changed = fromDB(created), fromDB(changed)
		u.Variants = vs[u.ID]
		tm.DecodeExtras(&u, data)
		out[u.ID] = u
	}
	return out, s.wrap("lookup", rows.Err())
}

// pick returns the variant in the source language and the one in the
// target language (the first other language when target is Und), as the
// embedded store does.
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
	id, changed int64
	score       int
	kind        tm.Kind
	expl        tm.Explanation
	suggestion  string
	src, target variantRow
}

type unitRows struct {
	id, changed int64
	vars        []variantRow
}

// candidateVariants returns the variants of the units ids, with their
// change time (Unix seconds), by unit.
func (s *Store) candidateVariants(ctx context.Context, ids []int64) ([]unitRows, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT v.unit, coalesce(extract(epoch FROM u.changed)::bigint, 0), v.lang, v.text, v.markup, v.nkeys
		FROM variants v JOIN units u ON u.id = v.unit WHERE v.unit = ANY($1) ORDER BY v.unit, v.ord`, ids)
	if err != nil {
		return nil, s.wrap("lookup", err)
	}
	defer rows.Close()
	out := make([]unitRows, 0, len(ids))
	for rows.Next() {
		var id, changed int64
		var v variantRow
		var lang string
		if err := rows.Scan(&id, &changed, &lang, &v.text, &v.markup, &v.nkeys); err != nil {
			return nil, s.wrap("lookup", err)
		}
		v.lang = tm.ParseStoredTag(lang)
		if n := len(out); n == 0 || out[n-1].id != id {
			out = append(out, unitRows{id: id, changed: changed})
		}
		u := &out[len(out)-1]
		u.vars = append(u.vars, v)
	}
	return out, s.wrap("lookup", rows.Err())
}

// Lookup returns the best matches for q: exact matches by the text's
// hash, fuzzy candidates from the inverted index rescored with tm.Score,
// as the embedded store does.
func (s *Store) Lookup(ctx context.Context, q tm.Query) ([]tm.Match, error) {
	if q.Min == 0 {
		q.Min = tm.DefaultMin
	}
	if q.Top <= 0 {
		q.Top = tm.DefaultTop
	}
	qa := tm.Analyze(q.Text, q.Markup, q.Source)
	if strings.TrimSpace(qa.Text) == "" {
		return nil, nil
	}
	// One round trip: the exact matches by hash, and the document
	// frequencies of the query's terms.
	terms := tm.IndexTerms(qa.Text, qa.Lang)
	all := make([]int64, len(terms))
	for i, t := range terms {
		all[i] = int64(t)
	}
	pb := &pgx.Batch{}
	pb.Queue(`SELECT unit FROM variants WHERE hash = $1`, int64(tm.TextKey(q.Source, qa.Text)))
	if len(terms) > 0 {
		pb.Queue(`SELECT term, sum(n)::bigint FROM postings WHERE term = ANY($1) GROUP BY term`, all)
		pb.Queue(`SELECT coalesce(max(id), 0) FROM units`)
	}
	br := s.pool.SendBatch(ctx, pb)
	rows, err := br.Query()
	if err != nil {
		br.Close()
		return nil, s.wrap("lookup", err)
	}
	exact, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		br.Close()
		return nil, s.wrap("lookup", err)
	}
	df := make(map[int64]int, len(terms))
	var maxID int64
	if len(terms) > 0 {
		rows, err := br.Query()
		if err != nil {
			br.Close()
			return nil, s.wrap("lookup", err)
		}
		for rows.Next() {
			var t, n int64
			if err := rows.Scan(&t, &n); err != nil {
				rows.Close()
				br.Close()
				return nil, s.wrap("lookup", err)
			}
			df[t] = int(n)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			br.Close()
			return nil, s.wrap("lookup", err)
		}
		if err := br.QueryRow().Scan(&maxID); err != nil {
			br.Close()
			return nil, s.wrap("lookup", err)
		}
	}
	if err := br.Close(); err != nil {
		return nil, s.wrap("lookup", err)
	}
	seen := make(map[int64]bool, len(exact))
	for _, id := range exact {
		seen[id] = true
	}
	var cands []int64
	if len(exact) < q.Top {
		if cands, err = s.candidates(ctx, terms, df, maxID, seen); err != nil {
			return nil, err
		}
	}
	units, err := s.candidateVariants(ctx, append(exact, cands...))
	if err != nil {
		return nil, err
	}
	var found []scored
	for _, u := range units {
		src, tgt := pick(u.vars, q.Source, q.Target)
		if src == nil || tgt == nil {
			continue
		}
		if seen[u.id] {
			if src.text != qa.Text {
				continue
			}
			found = append(found, scored{id: u.id, changed: u.changed, score: 100, kind: tm.Exact, src: *src, target: *tgt,
				expl: tm.Explanation{Mode: qa.Mode, Base: 100, Score: 100, Length: len(qa.Keys)}})
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
		m := scored{id: u.id, changed: u.changed, score: e.Score, kind: tm.Fuzzy, expl: e, src: *src, target: *tgt}
		if e.Score == 100 {
			m.kind = tm.Exact
		}
		if e.NumbersOnly {
			m.suggestion = tm.Suggest(qa, ca, tgt.text, tgt.lang)
		}
		found = append(found, m)
	}
	if len(found) == 0 {
		return nil, nil
	}
	// Rank on what is known (score, change time, id), then load whole
	// units, with one query, only for the matches returned and for every
	// exact one (its context may make it in-context, which ranks above the
	// rest).
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
	var need []int64
	for i, f := range found {
		if i >= q.Top && f.kind != tm.Exact {
			found = found[:i]
			break
		}
		need = append(need, f.id)
	}
	whole, err := s.loadUnits(ctx, need)
	if err != nil {
		return nil, err
	}
	out := make([]tm.Match, 0, len(found))
	for _, f := range found {
		u, ok := whole[f.id]
		if !ok {
			continue // deleted meanwhile
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

func queryIDs(ctx context.Context, s *Store, sql string, args ...any) ([]int64, error) {
	rows, err := s.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, s.wrap("lookup", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	return ids, s.wrap("lookup", err)
}

// candidates returns the units sharing the most of the query's rarest
// terms, at most s.Candidates, reading at most the budget's postings (and
// at least the rarest term's): the embedded store's rule (package
// postings), so that both pick the same units (ties: the newest, highest
// id, first). maxID is the highest unit id.
func (s *Store) candidates(ctx context.Context, terms []uint64, df map[int64]int, maxID int64, skip map[int64]bool) ([]int64, error) {
	dfs := make([]postings.Term, 0, len(terms))
	for _, t := range terms {
		if n := df[int64(t)]; n > 0 {
			dfs = append(dfs, postings.Term{Term: t, DF: n})
		}
	}
	if len(dfs) == 0 {
		return nil, nil
	}
	if maxID > postings.MaxID {
		return nil, s.wrap("lookup", fmt.Errorf("unit ids above %d", int64(postings.MaxID)))
	}
	budget := s.Budget
	if budget <= 0 {
		budget = BudgetFor(int(maxID))
	}
	used := postings.Plan(dfs, budget)
	read := make([]int64, used)
	for i := range read {
		read[i] = int64(dfs[i].Term)
	}
	rows, err := s.pool.Query(ctx, `SELECT data FROM postings WHERE term = ANY($1)`, read)
	if err != nil {
		return nil, s.wrap("lookup", err)
	}
	c := postings.NewCounter(maxID)
	defer c.Release()
	for rows.Next() {
		c.Add(rows.RawValues()[0])
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap("lookup", err)
	}
	return c.Top(used, s.Candidates, skip), nil
}

func inContext(q, u tm.Context) bool {
	if q.Prev != "" || q.Next != "" {
		if q.Prev == u.Prev && q.Next == u.Next {
			return true
		}
	}
	return q.DocID != "" && q.DocID == u.DocID
}

// Concordance returns units with a variant holding q.Text, by id, as the
// embedded store finds them: for each language, the units holding every
// index term of the query (the posting lists intersected, rarest first)
// whose text in that language contains the query, case-insensitively; a
// query without an index term (a lone Korean character, digits) scans.
func (s *Store) Concordance(ctx context.Context, q tm.ConcordanceQuery) ([]tm.Unit, error) {
	if q.Limit <= 0 {
		q.Limit = 50
	}
	text := strings.TrimSpace(norm.NFC.String(q.Text))
	if text == "" {
		return nil, nil
	}
	var langs []string
	if q.Lang != language.Und {
		langs = []string{tm.LangKey(q.Lang)}
	} else {
		rows, err := s.pool.Query(ctx, `SELECT lkey FROM langs ORDER BY lkey`)
		if err != nil {
			return nil, s.wrap("concordance", err)
		}
		if langs, err = pgx.CollectRows(rows, pgx.RowTo[string]); err != nil {
			return nil, s.wrap("concordance", err)
		}
	}
	needle := strings.ToLower(text)
	var ids []int64
	seen := map[int64]bool{}
	for _, lk := range langs {
		lang := tm.ParseStoredTag(lk)
		terms := tm.QueryTerms(text, lang)
		var cands []int64
		var err error
		if len(terms) == 0 || (tm.ModeOf(lang) == tm.Characters && len([]rune(text)) < 2) {
			cands, err = queryIDs(ctx, s, `SELECT unit FROM variants WHERE lkey = $1 AND strpos(lower(text), $2) > 0 LIMIT $3`,
				lk, needle, q.Limit*4)
		} else {
			cands, err = s.intersect(ctx, terms)
		}
		if err != nil {
			return nil, err
		}
		// Check the candidates' texts, a few at a time, until the limit.
		for len(cands) > 0 && len(ids) < q.Limit {
			part := cands[:min(len(cands), 4*q.Limit)]
			cands = cands[len(part):]
			var todo []int64
			for _, id := range part {
				if !seen[id] {
					todo = append(todo, id)
				}
			}
			vs, err := s.unitVariantsIn(ctx, todo, lk)
			if err != nil {
				return nil, err
			}
			for _, id := range todo {
				if len(ids) >= q.Limit {
					break
				}
				for _, v := range vs[id] {
					if strings.Contains(strings.ToLower(v.text), needle) {
						seen[id] = true
						ids = append(ids, id)
						break
					}
				}
			}
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	units, err := s.loadUnits(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]tm.Unit, 0, len(ids))
	for _, id := range ids {
		if u, ok := units[id]; ok {
			out = append(out, u)
		}
	}
	return out, nil
}

// unitVariantsIn loads the variants of the language key lkey of units.
func (s *Store) unitVariantsIn(ctx context.Context, ids []int64, lkey string) (map[int64][]variantRow, error) {
	out := make(map[int64][]variantRow, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT unit, text FROM variants WHERE unit = ANY($1) AND lkey = $2 ORDER BY unit, ord`, ids, lkey)
	if err != nil {
		return nil, s.wrap("concordance", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var v variantRow
		if err := rows.Scan(&id, &v.text); err != nil {
			return nil, s.wrap("concordance", err)
		}
		out[id] = append(out[id], v)
	}
	return out, s.wrap("concordance", rows.Err())
}

// intersect returns the units holding every term (ascending ids).
func (s *Store) intersect(ctx context.Context, terms []uint64) ([]int64, error) {
	all := make([]int64, len(terms))
	for i, t := range terms {
		all[i] = int64(t)
	}
	rows, err := s.pool.Query(ctx, `SELECT term, sum(n)::bigint FROM postings WHERE term = ANY($1) GROUP BY term`, all)
	if err != nil {
		return nil, s.wrap("concordance", err)
	}
	df := map[int64]int64{}
	for rows.Next() {
		var t, n int64
		if err := rows.Scan(&t, &n); err != nil {
			rows.Close()
			return nil, s.wrap("concordance", err)
		}
		df[t] = n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap("concordance", err)
	}
	for _, t := range all {
		if df[t] == 0 {
			return nil, nil
		}
	}
	sort.Slice(all, func(i, j int) bool { return df[all[i]] < df[all[j]] })
	var cur map[int64]bool
	for i, t := range all {
		next := map[int64]bool{}
		rows, err := s.pool.Query(ctx, `SELECT data FROM postings WHERE term = $1`, t)
		if err != nil {
			return nil, s.wrap("concordance", err)
		}
		for rows.Next() {
			postings.Decode(rows.RawValues()[0], func(id int64) {
				if i == 0 || cur[id] {
					next[id] = true
				}
			})
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, s.wrap("concordance", err)
		}
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

// Stats counts the units and the variants of each language; Bytes is the
// size of the tables and their indexes.
func (s *Store) Stats(ctx context.Context) (tm.Stats, error) {
	st := tm.Stats{Languages: map[string]int{}}
	var oldest, newest *time.Time
	if err := s.pool.QueryRow(ctx, `SELECT count(*), min(created), max(changed),
		pg_total_relation_size('units') + pg_total_relation_size('variants') + pg_total_relation_size('postings') FROM units`).Scan(&st.Units, &oldest, &newest, &st.Bytes); err != nil {
		return st, s.wrap("stats", err)
	}
	st.Oldest, st.Newest = fromDB(oldest), fromDB(newest)
	rows, err := s.pool.Query(ctx, `SELECT lkey, count(*) FROM variants GROUP BY lkey ORDER BY lkey`)
	if err != nil {
		return st, s.wrap("stats", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return st, s.wrap("stats", err)
		}
		st.Languages[k] = n
	}
	return st, s.wrap("stats", rows.Err())
}

// Iterate calls fn for every unit in the order they were added, from one
// snapshot (a repeatable-read transaction).
func (s *Store) Iterate(ctx context.Context, opt tm.ExportOptions, fn func(tm.Unit) error) error {
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return s.wrap("iterate", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	rows, err := tx.Query(ctx, `SELECT u.id, u.srclang, u.doc, u.prev, u.next, u.created, u.changed, u.changer, u.data, v.lang, v.text, v.markup
		FROM units u JOIN variants v ON v.unit = u.id ORDER BY u.id, v.ord`)
	if err != nil {
		return s.wrap("iterate", err)
	}
	defer rows.Close()
	var cur tm.Unit
	var data []byte
	emit := func() error {
		if cur.ID == 0 {
			return nil
		}
		tm.DecodeExtras(&cur, data)
		if !opt.Select(&cur) {
			return nil
		}
		return fn(cur)
	}
	for rows.Next() {
		var u tm.Unit
		var src, lang, text, markup string
		var created, changed *time.Time
		var d []byte
		if err := rows.Scan(&u.ID, &src, &u.Context.DocID, &u.Context.Prev, &u.Context.Next, &created, &changed, &u.Changer, &d, &lang, &text, &markup); err != nil {
			return s.wrap("iterate", err)
		}
		if u.ID != cur.ID {
			if err := emit(); err != nil {
				return err
			}
			u.SourceLang = tm.ParseStoredTag(src)
			u.Created, u.Changed = fromDB(created), fromDB(changed)
			cur, data = u, d
		}
		cur.Variants = append(cur.Variants, tm.Variant{Lang: tm.ParseStoredTag(lang), Text: text, Markup: markup})
	}
	if err := rows.Err(); err != nil {
		return s.wrap("iterate", err)
	}
	return emit()
}
