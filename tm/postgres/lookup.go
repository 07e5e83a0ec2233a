package postgres

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"bitext/tm"
)

type variantRow struct {
	lang         language.Tag
	text, markup string
	nkeys        int
}

// unitVariants loads the variants of units, by unit id.
func (s *Store) unitVariants(ctx context.Context, ids []int64) (map[int64][]variantRow, error) {
	out := make(map[int64][]variantRow, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT unit, lang, text, markup, nkeys FROM variants WHERE unit = ANY($1) ORDER BY unit, ord`, ids)
	if err != nil {
		return nil, s.wrap("lookup", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var v variantRow
		var lang string
		if err := rows.Scan(&id, &lang, &v.text, &v.markup, &v.nkeys); err != nil {
			return nil, s.wrap("lookup", err)
		}
		v.lang = parseTag(lang)
		out[id] = append(out[id], v)
	}
	return out, s.wrap("lookup", rows.Err())
}

// loadUnits reads whole units by id; missing ids are left out.
func (s *Store) loadUnits(ctx context.Context, ids []int64) (map[int64]tm.Unit, error) {
	out := make(map[int64]tm.Unit, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	vs, err := s.unitVariants(ctx, ids)
	if err != nil {
		return nil, err
	}
	rows, err := s.pool.Query(ctx, `SELECT id, srclang, doc, prev, next, created, changed, changer, data FROM units WHERE id = ANY($1)`, ids)
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
		u.SourceLang = parseTag(src)
		u.Created, u.Changed = fromDB(created), fromDB(changed)
		for _, v := range vs[u.ID] {
			u.Variants = append(u.Variants, tm.Variant{Lang: v.lang, Text: v.text, Markup: v.markup})
		}
		fillData(&u, data)
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
	id          int64
	score       int
	kind        tm.Kind
	expl        tm.Explanation
	suggestion  string
	src, target variantRow
}

func queryIDs(ctx context.Context, s *Store, sql string, args ...any) ([]int64, error) {
	rows, err := s.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, s.wrap("lookup", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	return ids, s.wrap("lookup", err)
}

// floor is the lowest trigram similarity of the second candidate stage.
func (s *Store) floor() float64 {
	if s.threshold > 0 {
		return s.threshold
	}
	return DefaultThreshold
}

// termCandidates returns the units whose source-language variant shares
// the most index terms with the query (tm.IndexTerms), reading the
// query's rarest terms first up to Budget rows, newest first among ties:
// the embedded store's candidate rule.
func (s *Store) termCandidates(ctx context.Context, qa *tm.Analysis) ([]int64, error) {
	qt := tm.IndexTerms(qa.Text, qa.Lang)
	if len(qt) == 0 {
		return nil, nil
	}
	all := make([]int64, len(qt))
	for i, t := range qt {
		all[i] = int64(t)
	}
	type termDF struct {
		term int64
		df   int
	}
	rows, err := s.pool.Query(ctx, `SELECT term, df FROM terms WHERE term = ANY($1)`, all)
	if err != nil {
		return nil, s.wrap("lookup", err)
	}
	var dfs []termDF
	for rows.Next() {
		var t termDF
		if err := rows.Scan(&t.term, &t.df); err != nil {
			rows.Close()
			return nil, s.wrap("lookup", err)
		}
		dfs = append(dfs, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap("lookup", err)
	}
	if len(dfs) == 0 {
		return nil, nil
	}
	sort.Slice(dfs, func(i, j int) bool {
		return dfs[i].df < dfs[j].df || dfs[i].df == dfs[j].df && dfs[i].term < dfs[j].term
	})
	var rare, known []int64
	total := 0
	for i, t := range dfs {
		known = append(known, t.term)
		if i > 0 && total+t.df > s.Budget {
			continue
		}
		total += t.df
		rare = append(rare, t.term)
	}
	return queryIDs(ctx, s, `SELECT unit FROM variants v WHERE v.terms && $1 AND v.lkey = $2
		ORDER BY (SELECT count(*) FROM unnest(v.terms) t WHERE t = ANY($3)) DESC, unit DESC LIMIT $4`,
		rare, tm.LangKey(qa.Lang), known, s.Candidates)
}

// fuzzyCandidates returns the units of the language lkey whose text has a
// trigram similarity of at least th with text, the most similar first.
func (s *Store) fuzzyCandidates(ctx context.Context, text, lkey string, th float64) ([]int64, error) {
	b := &pgx.Batch{}
	b.Queue(`SELECT set_config('pg_trgm.similarity_threshold', $1, false)`, strconv.FormatFloat(th, 'f', -1, 64))
	b.Queue(`SELECT unit FROM variants WHERE text % $1 AND lkey = $2
		ORDER BY similarity(text, $1) DESC, unit DESC LIMIT $3`, text, lkey, s.Candidates)
	br := s.pool.SendBatch(ctx, b)
	defer br.Close()
	if _, err := br.Exec(); err != nil {
		return nil, s.wrap("lookup", err)
	}
	rows, err := br.Query()
	if err != nil {
		return nil, s.wrap("lookup", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	return ids, s.wrap("lookup", err)
}

// Lookup returns the best matches for q: exact matches by the text's
// hash, fuzzy candidates by trigram similarity rescored with tm.Score.
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
	var found []scored
	seen := map[int64]bool{}

	ids, err := queryIDs(ctx, s, `SELECT DISTINCT unit FROM variants WHERE hash = $1 ORDER BY unit`, int64(tm.TextKey(q.Source, qa.Text)))
	if err != nil {
		return nil, err
	}
	vs, err := s.unitVariants(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		src, tgt := pick(vs[id], q.Source, q.Target)
		if src == nil || tgt == nil || src.text != qa.Text {
			continue
		}
		seen[id] = true
		found = append(found, scored{id: id, score: 100, kind: tm.Exact, src: *src, target: *tgt,
			expl: tm.Explanation{Mode: qa.Mode, Base: 100, Score: 100, Length: len(qa.Keys)}})
	}

	if len(found) < q.Top && s.Candidates > 0 {
		exact := len(found)
		for stage := 0; stage < 3; stage++ {
			if stage > 0 && len(found) > exact {
				break // an earlier stage found fuzzy matches
			}
			var cands []int64
			var err error
			switch {
			case stage == 0 && s.Budget > 0:
				cands, err = s.termCandidates(ctx, qa)
			case stage == 1 && s.floor() < FirstStage:
				cands, err = s.fuzzyCandidates(ctx, qa.Text, tm.LangKey(q.Source), FirstStage)
			case stage == 2:
				cands, err = s.fuzzyCandidates(ctx, qa.Text, tm.LangKey(q.Source), s.floor())
			}
			if err != nil {
				return nil, err
			}
			var todo []int64
			for _, id := range cands {
				if !seen[id] {
					seen[id] = true
					todo = append(todo, id)
				}
			}
			vs, err := s.unitVariants(ctx, todo)
			if err != nil {
				return nil, err
			}
			for _, id := range todo {
				src, tgt := pick(vs[id], q.Source, q.Target)
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
				if e.Score == 100 {
					m.kind = tm.Exact
				}
				if e.NumbersOnly {
					m.suggestion = tm.Suggest(qa, ca, tgt.text, tgt.lang)
				}
				found = append(found, m)
			}
		}
	}
	if len(found) == 0 {
		return nil, nil
	}
	// Only the best Top need whole units: rank by score first.
	sort.SliceStable(found, func(i, j int) bool { return found[i].score > found[j].score })
	var need []int64
	for i, f := range found {
		// Keep ties at the cut: Rank orders them by change time.
		if i >= q.Top && f.score < found[q.Top-1].score {
			found = found[:i]
			break
		}
		need = append(need, f.id)
	}
	units, err := s.loadUnits(ctx, need)
	if err != nil {
		return nil, err
	}
	out := make([]tm.Match, 0, len(found))
	for _, f := range found {
		u, ok := units[f.id]
		if !ok {
			continue
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

// Concordance returns units with a variant holding q.Text, by id: any
// substring (case-insensitively) in Korean, Japanese and Chinese, whole
// words elsewhere, as in the embedded store. Candidates come from the
// trigram index (ILIKE).
func (s *Store) Concordance(ctx context.Context, q tm.ConcordanceQuery) ([]tm.Unit, error) {
	if q.Limit <= 0 {
		q.Limit = 50
	}
	text := strings.TrimSpace(norm.NFC.String(q.Text))
	if text == "" {
		return nil, nil
	}
	needle := strings.ToLower(text)
	pattern := "%" + likeEscape(text) + "%"
	sql := `SELECT unit, lkey, lang, text FROM variants WHERE text ILIKE $1 ORDER BY unit, ord`
	args := []any{pattern}
	if q.Lang != language.Und {
		sql = `SELECT unit, lkey, lang, text FROM variants WHERE text ILIKE $1 AND lkey = $2 ORDER BY unit, ord`
		args = append(args, tm.LangKey(q.Lang))
	}
	rows, err := s.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, s.wrap("concordance", err)
	}
	var ids []int64
	seen := map[int64]bool{}
	for rows.Next() {
		var id int64
		var lk, lang, vtext string
		if err := rows.Scan(&id, &lk, &lang, &vtext); err != nil {
			rows.Close()
			return nil, s.wrap("concordance", err)
		}
		if seen[id] || !strings.Contains(strings.ToLower(vtext), needle) {
			continue
		}
		tag := parseTag(lang)
		if !wholeWords(text, vtext, tag) {
			continue
		}
		seen[id] = true
		ids = append(ids, id)
		if len(ids) >= q.Limit {
			break
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap("concordance", err)
	}
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

// wholeWords reports whether every index term of the query (words in
// spaced languages, two-character runs in Korean) is a term of text.
func wholeWords(query, text string, lang language.Tag) bool {
	qt := tm.QueryTerms(query, lang)
	if len(qt) == 0 || tm.ModeOf(lang) == tm.Characters && len([]rune(query)) < 2 {
		return true
	}
	have := map[uint64]bool{}
	for _, t := range tm.IndexTerms(text, lang) {
		have[t] = true
	}
	for _, t := range qt {
		if !have[t] {
			return false
		}
	}
	return true
}

func likeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// Stats counts the units and the variants of each language; Bytes is the
// size of the tables and their indexes.
func (s *Store) Stats(ctx context.Context) (tm.Stats, error) {
	st := tm.Stats{Languages: map[string]int{}}
	var oldest, newest *time.Time
	if err := s.pool.QueryRow(ctx, `SELECT count(*), min(created), max(changed),
		pg_total_relation_size('units') + pg_total_relation_size('variants') FROM units`).Scan(&st.Units, &oldest, &newest, &st.Bytes); err != nil {
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
		fillData(&cur, data)
		if len(opt.Langs) > 0 {
			var keep []tm.Variant
			for _, l := range opt.Langs {
				v := cur.Variant(l)
				if v == nil {
					return nil
				}
				keep = append(keep, *v)
			}
			cur.Variants = keep
			if cur.Variant(cur.SourceLang) == nil {
				cur.SourceLang = keep[0].Lang
			}
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
			u.SourceLang = parseTag(src)
			u.Created, u.Changed = fromDB(created), fromDB(changed)
			cur, data = u, d
		}
		cur.Variants = append(cur.Variants, tm.Variant{Lang: parseTag(lang), Text: text, Markup: markup})
	}
	if err := rows.Err(); err != nil {
		return s.wrap("iterate", err)
	}
	return emit()
}
