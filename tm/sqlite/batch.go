package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
	"strings"

	"bitext/tm"
	"bitext/tm/internal/backend"
	"bitext/tm/internal/terms"
	"bitext/tm/postings"
)

// Add adds units in one transaction.
func (s *Store) Add(ctx context.Context, units []tm.Unit) (tm.AddResult, error) {
	return tm.AddAll(ctx, s, units)
}

// rowsPerInsert is the number of units written by one INSERT statement;
// units are buffered until then, and their duplicates looked up together.
const rowsPerInsert = 64

// Begin starts a write transaction (BEGIN IMMEDIATE: other writers wait up
// to the busy timeout). Everything added is stored by Commit or not at all.
func (s *Store) Begin(ctx context.Context) (tm.Batch, error) {
	db, err := s.writable(ctx)
	if err != nil {
		return nil, err
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("sqlite: begin: %w", err)
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("sqlite: begin: %w", err)
	}
	b := &batch{s: s, ctx: ctx, conn: conn, tx: tx, termIdx: map[uint64]int32{}, langs: map[string]bool{}, stmts: map[string]*sql.Stmt{}}
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM units`).Scan(&b.nextID); err != nil {
		b.Rollback()
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM postings`).Scan(&n); err != nil {
		b.Rollback()
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	b.emptyIndex = n == 0
	if b.nextID == 0 {
		// Bulk load into an empty memory: no secondary index while loading
		// (duplicates are found in memory), the indexes are built at
		// Commit. A rollback brings them back.
		if _, err := tx.ExecContext(ctx, dropIndexes); err != nil {
			b.Rollback()
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		b.bulk = true
		b.memIdent = map[uint64]stored{}
		b.memExtra = map[uint64][]stored{}
		b.memHash = map[uint64]struct{}{}
	}
	return b, nil
}

const dropIndexes = `DROP INDEX IF EXISTS units_ident; DROP INDEX IF EXISTS variants_hash; DROP INDEX IF EXISTS postings_term;`

const createIndexes = `CREATE INDEX IF NOT EXISTS units_ident ON units(ident);
CREATE INDEX IF NOT EXISTS variants_hash ON variants(hash);
CREATE INDEX IF NOT EXISTS postings_term ON postings(term);`

type pendingUnit struct {
	u       tm.Unit
	ident   uint64
	srcHash uint64
	extras  []byte
	vars    []preparedVariant
}

// preparedVariant is what a variant is stored with, computed by prepare.
type preparedVariant struct {
	tag, lkey string
	hash      uint64
	nkeys     int
	t0, t1    int // its index terms: chunk.terms[t0:t1]
}

// chunk is rowsPerInsert units on their way to the database: prepared (keys,
// key counts, index terms, extras) on another goroutine while earlier
// chunks are written, then written in the order they were added.
type chunk struct {
	units []pendingUnit
	terms []uint64
	done  chan struct{}
}

// maxInflight bounds the chunks being prepared ahead of the writes.
const maxInflight = 8

// prepare puts c's units' texts in NFC and computes what they are stored
// with; it only touches c, which the writer reads after c.done.
func (c *chunk) prepare() {
	for i := range c.units {
		p := &c.units[i]
		u := &p.u
		u.Normalize()
		p.ident = backend.Identity(u)
		src := u.Source()
		p.srcHash = backend.TextKey(src.Lang, src.Text)
		p.extras = backend.EncodeExtras(u, true)
		p.vars = make([]preparedVariant, len(u.Variants))
		for k, v := range u.Variants {
			t0 := len(c.terms)
			c.terms = terms.AppendIndexTerms(c.terms, v.Text, v.Lang)
			p.vars[k] = preparedVariant{tag: backend.StoredTag(v.Lang), lkey: tm.LangKey(v.Lang),
				hash: backend.TextKey(v.Lang, v.Text), nkeys: terms.KeyCount(v.Text, v.Lang), t0: t0, t1: len(c.terms)}
		}
	}
}

// posting is one entry of the in-memory inverted index of a batch: the
// index of a term in batch.termList and a unit id. Neither the slice of
// them nor the term map holds pointers, so the garbage collector does not
// scan them; a flush groups them by term with a counting sort.
type posting struct {
	term int32
	id   uint32
}

// postingList is the pending postings of a batch in blocks of
// postingBlock: appending never copies what is there (a slice grown by
// doubling copied and faulted in up to FlushEvery postings, 80 MB, again
// and again), and the blocks are kept for the next flush.
type postingList struct {
	blocks [][]posting
	n      int
}

const postingBlock = 1 << 16

func (l *postingList) add(p posting) {
	i := l.n / postingBlock
	if i == len(l.blocks) {
		l.blocks = append(l.blocks, make([]posting, postingBlock))
	}
	l.blocks[i][l.n%postingBlock] = p
	l.n++
}

// filled returns the blocks cut to the postings added, in order.
func (l *postingList) filled() [][]posting {
	var out [][]posting
	for i, n := 0, l.n; n > 0; i, n = i+1, n-postingBlock {
		out = append(out, l.blocks[i][:min(n, postingBlock)])
	}
	return out
}

// stored is a unit already written, as far as duplicates go.
type stored struct{ id, changed int64 }

type batch struct {
	s      *Store
	ctx    context.Context
	tx     *sql.Tx
	done   bool
	nextID int64
	res    tm.AddResult
	stmts  map[string]*sql.Stmt

	buf      []pendingUnit
	inflight []*chunk // being prepared, in the order added

	termIdx    map[uint64]int32 // term -> index in termList
	termList   []uint64
	lastID     []uint32 // per term index, the last unit id added
	entries    postingList
	punits     int // units with pending postings
	emptyIndex bool
	langs      map[string]bool
	texts      map[int64]*tm.Unit // units written by the current writeBuf

	conn *sql.Conn // the connection of tx

	// Bulk load (see Begin): identities and variant hashes in memory.
	bulk     bool
	memIdent map[uint64]stored
	memExtra map[uint64][]stored // identity hash collisions
	memHash  map[uint64]struct{}
}

func (b *batch) stmt(query string) (*sql.Stmt, error) {
	if st, ok := b.stmts[query]; ok {
		return st, nil
	}
	st, err := b.tx.PrepareContext(b.ctx, query)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	b.stmts[query] = st
	return st, nil
}

// Add adds one unit to the batch. Units are written in groups, so the
// outcome is tm.Pending; Commit counts them (an error writing a group
// comes from a later Add or from Commit). The batch keeps u until Commit
// (its variants are copied; its notes and properties must not change).
func (b *batch) Add(u tm.Unit) (tm.Outcome, error) {
	if b.done {
		return 0, fmt.Errorf("sqlite: batch already finished")
	}
	u.Variants = slices.Clone(u.Variants)
	// The texts are put in NFC by prepare, on another goroutine; NFC keeps
	// a text blank or not, so Check gives the same answer before it, except
	// for a variant whose text comes from its markup: such a unit is
	// normalised here.
	for _, v := range u.Variants {
		if v.Text == "" && v.Markup != "" {
			u.Normalize()
			break
		}
	}
	if err := tm.Check(&u); err != nil {
		return 0, err
	}
	backend.Defaults(&u, b.s.Now().UTC())
	if b.buf == nil {
		b.buf = make([]pendingUnit, 0, rowsPerInsert)
	}
	b.buf = append(b.buf, pendingUnit{u: u})
	if len(b.buf) >= rowsPerInsert {
		return tm.Pending, b.send()
	}
	return tm.Pending, nil
}

// send starts preparing the buffered units and writes the oldest chunks
// while more than maxInflight are on their way.
func (b *batch) send() error {
	c := &chunk{units: b.buf, done: make(chan struct{})}
	b.buf = nil
	go func() {
		defer close(c.done)
		c.prepare()
	}()
	b.inflight = append(b.inflight, c)
	for len(b.inflight) > maxInflight {
		if err := b.writeNext(); err != nil {
			return err
		}
	}
	return nil
}

// writeNext waits for the oldest chunk being prepared and writes it.
func (b *batch) writeNext() error {
	c := b.inflight[0]
	b.inflight[0] = nil
	b.inflight = b.inflight[1:]
	<-c.done
	return b.writeBuf(c)
}

// drain sends the buffered units and writes every chunk, in order.
func (b *batch) drain() error {
	if len(b.buf) > 0 {
		if err := b.send(); err != nil {
			return err
		}
	}
	for len(b.inflight) > 0 {
		if err := b.writeNext(); err != nil {
			return err
		}
	}
	return nil
}

// wait lets the chunks being prepared finish (a rolled back batch).
func (b *batch) wait() {
	for _, c := range b.inflight {
		<-c.done
	}
	b.inflight = nil
}

func placeholders(n, per int) string {
	one := "(" + strings.TrimSuffix(strings.Repeat("?,", per), ",") + ")"
	return strings.TrimSuffix(strings.Repeat(one+",", n), ",")
}

func inList(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// writeBuf stores the buffered units: duplicates are looked up for all of
// them at once, new units are inserted with one statement per table.
func (b *batch) writeBuf(c *chunk) error {
	buf := c.units
	if len(buf) == 0 {
		return nil
	}
	same := map[uint64][]stored{}
	sources := map[uint64]bool{}
	if b.bulk {
		for i := range buf {
			p := &buf[i]
			if s, ok := b.memIdent[p.ident]; ok {
				same[p.ident] = append([]stored{s}, b.memExtra[p.ident]...)
			}
			if _, ok := b.memHash[p.srcHash]; ok {
				sources[p.srcHash] = true
			}
		}
	} else if err := b.lookupStored(buf, same, sources); err != nil {
		return err
	}
	return b.insertBuf(c, same, sources)
}

// lookupStored finds the stored units with the identities of buf, and
// which of their sources are stored.
func (b *batch) lookupStored(buf []pendingUnit, same map[uint64][]stored, sources map[uint64]bool) error {
	ctx := b.ctx
	args := make([]any, len(buf))
	for i := range buf {
		args[i] = int64(buf[i].ident)
	}
	st, err := b.stmt(`SELECT id, ident, changed FROM units WHERE ident IN (` + inList(len(buf)) + `)`)
	if err != nil {
		return err
	}
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	for rows.Next() {
		var s stored
		var ident int64
		if err := rows.Scan(&s.id, &ident, &s.changed); err != nil {
			rows.Close()
			return fmt.Errorf("sqlite: %w", err)
		}
		same[uint64(ident)] = append(same[uint64(ident)], s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	// Stored sources, for alternatives.
	for i := range buf {
		args[i] = int64(buf[i].srcHash)
	}
	st, err = b.stmt(`SELECT DISTINCT hash FROM variants WHERE hash IN (` + inList(len(buf)) + `)`)
	if err != nil {
		return err
	}
	rows, err = st.QueryContext(ctx, args...)
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	for rows.Next() {
		var h int64
		if err := rows.Scan(&h); err != nil {
			rows.Close()
			return fmt.Errorf("sqlite: %w", err)
		}
		sources[uint64(h)] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	return nil
}

// insertBuf writes the units of buf that are not stored yet and updates
// the change time of those that are.
func (b *batch) insertBuf(c *chunk, same map[uint64][]stored, sources map[uint64]bool) error {
	ctx := b.ctx
	buf := c.units
	var unitArgs, varArgs []any
	nUnits, nVars := 0, 0
	// The units of this buffer not written yet: the offset of their
	// arguments, so that a later copy of one in the buffer updates them.
	pendingAt := map[int64]int{}
	pendingUnit := map[int64]*tm.Unit{}
	for i := range buf {
		p := &buf[i]
		if id, changed, ok, err := b.sameUnit(same[p.ident], &p.u); err != nil {
			return err
		} else if ok {
			if off, pending := pendingAt[id]; pending {
				mergePending(pendingUnit[id], &p.u, unitArgs[off:off+9])
			} else if err := b.update(id, changed, &p.u); err != nil {
				return err
			}
			b.res.Count(tm.Updated)
			continue
		}
		if sources[p.srcHash] {
			b.res.Count(tm.Alternative)
		} else {
			b.res.Count(tm.Added)
		}
		b.nextID++
		id := b.nextID
		if id > math.MaxUint32 {
			return fmt.Errorf("sqlite: more than %d units", uint32(math.MaxUint32))
		}
		u := &p.u
		// Later units of this buffer see this one as stored.
		same[p.ident] = append(same[p.ident], stored{id, unixTime(u.Changed)})
		if b.bulk {
			if _, ok := b.memIdent[p.ident]; ok {
				b.memExtra[p.ident] = append(b.memExtra[p.ident], stored{id, unixTime(u.Changed)})
			} else {
				b.memIdent[p.ident] = stored{id, unixTime(u.Changed)}
			}
		}
		b.pendingTexts(id, u)
		sources[p.srcHash] = true
		pendingAt[id], pendingUnit[id] = len(unitArgs), u
		unitArgs = append(unitArgs, id, int64(p.ident), backend.StoredTag(u.SourceLang), u.Context.DocID, u.Context.Prev, u.Context.Next,
			unixTime(u.Created), unixTime(u.Changed), string(p.extras))
		nUnits++
		for k, v := range u.Variants {
			pv := &p.vars[k]
			lkey, hash := pv.lkey, pv.hash
			if b.bulk {
				b.memHash[hash] = struct{}{}
			}
			varArgs = append(varArgs, id, k, pv.tag, lkey, int64(hash), pv.nkeys, v.Text, v.Markup)
			nVars++
			if !b.langs[lkey] {
				b.langs[lkey] = true
				if _, err := b.tx.ExecContext(ctx, `INSERT OR IGNORE INTO langs(lkey) VALUES(?)`, lkey); err != nil {
					return fmt.Errorf("sqlite: %w", err)
				}
			}
			for _, t := range c.terms[pv.t0:pv.t1] {
				ti, ok := b.termIdx[t]
				if !ok {
					ti = int32(len(b.termList))
					b.termIdx[t] = ti
					b.termList = append(b.termList, t)
					b.lastID = append(b.lastID, 0)
				} else if b.lastID[ti] == uint32(id) {
					continue // the same term in two variants of one language
				}
				b.lastID[ti] = uint32(id)
				b.entries.add(posting{term: ti, id: uint32(id)})
			}
		}
		b.punits++
	}
	clear(b.texts)
	if nUnits > 0 {
		st, err := b.stmt(`INSERT INTO units(id, ident, srclang, doc, prev, next, created, changed, data) VALUES ` + placeholders(nUnits, 9))
		if err != nil {
			return err
		}
		if _, err := st.ExecContext(ctx, unitArgs...); err != nil {
			return fmt.Errorf("sqlite: %w", err)
		}
		// At most 32766 host parameters per statement: 8 per variant.
		for len(varArgs) > 0 {
			n := min(nVars, 4000)
			st, err := b.stmt(`INSERT INTO variants(unit, ord, lang, lkey, hash, nkeys, text, markup) VALUES ` + placeholders(n, 8))
			if err != nil {
				return err
			}
			if _, err := st.ExecContext(ctx, varArgs[:n*8]...); err != nil {
				return fmt.Errorf("sqlite: %w", err)
			}
			varArgs, nVars = varArgs[n*8:], nVars-n
		}
	}
	if b.entries.n >= b.s.flushEvery {
		return b.flush()
	}
	return nil
}

// pendingTexts remembers a unit inserted by the current writeBuf call,
// whose texts sameUnit compares before the rows are written (counted only
// then: most units have no copy).
func (b *batch) pendingTexts(id int64, u *tm.Unit) {
	if b.texts == nil {
		b.texts = map[int64]*tm.Unit{}
	}
	b.texts[id] = u
}

func textCounts(u *tm.Unit) map[string]int {
	m := map[string]int{}
	for _, v := range u.Variants {
		m[tm.LangKey(v.Lang)+"\x00"+v.Text]++
	}
	return m
}

func (b *batch) update(id, changed int64, u *tm.Unit) error {
	t := unixTime(u.Changed)
	// A later change moves the change time; a more trusted origin is
	// kept whenever it comes, even within the second of the last change
	// (change times count whole seconds: a translator's import right
	// after the run that aligned the unit must not be dropped).
	later := t > changed
	if !later && u.Origin.Trust() == 0 {
		return nil
	}
	old, err := loadUnit(b.ctx, b.tx, id)
	if err != nil {
		return err
	}
	stronger := old.Origin.Stronger(u.Origin)
	if !later && stronger == old.Origin {
		return nil
	}
	old.Origin = stronger
	if later {
		old.Changed, old.Changer = u.Changed, u.Changer
		if old.Changer == "" {
			old.Changer = u.Creator
		}
	} else {
		t = changed
	}
	st, err := b.stmt(`UPDATE units SET changed=?, data=? WHERE id=?`)
	if err != nil {
		return err
	}
	if _, err := st.ExecContext(b.ctx, t, string(backend.EncodeExtras(&old, true)), id); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	return nil
}

// mergePending applies to a unit inserted by this buffer but not written
// yet (old, its nine insert arguments args) what update applies to a
// stored one: a later copy u gives its change time and changer, and the
// more trusted of the two origins is kept. Before, such a copy was looked
// up in the database, where it is not yet ("no rows").
func mergePending(old, u *tm.Unit, args []any) {
	if unixTime(u.Changed) > unixTime(old.Changed) {
		old.Changed, old.Changer = u.Changed, u.Changer
		if old.Changer == "" {
			old.Changer = u.Creator
		}
	}
	old.Origin = old.Origin.Stronger(u.Origin)
	args[7], args[8] = unixTime(old.Changed), string(backend.EncodeExtras(old, true))
}

// sameUnit finds among units with the identity hash one with the same
// texts (ruling out hash collisions).
func (b *batch) sameUnit(cands []stored, u *tm.Unit) (int64, int64, bool, error) {
	if len(cands) == 0 {
		return 0, 0, false, nil
	}
	want := textCounts(u)
	for _, c := range cands {
		var got map[string]int
		if pu, ok := b.texts[c.id]; ok {
			got = textCounts(pu)
		} else {
			var err error
			if got, err = b.storedTexts(c.id); err != nil {
				return 0, 0, false, err
			}
		}
		if equalCounts(want, got) {
			return c.id, c.changed, true, nil
		}
	}
	return 0, 0, false, nil
}

func (b *batch) storedTexts(id int64) (map[string]int, error) {
	st, err := b.stmt(`SELECT lkey, text FROM variants WHERE unit=? ORDER BY ord`)
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(b.ctx, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	defer rows.Close()
	got := map[string]int{}
	for rows.Next() {
		var k, t string
		if err := rows.Scan(&k, &t); err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		got[k+"\x00"+t]++
	}
	return got, rows.Err()
}

func equalCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// smallFlush is the number of units below which a flush appends to the
// last posting segment of each term instead of starting new segments, so
// that many small imports do not leave many small segments.
const smallFlush = 20000

// maxAppend is the size of a posting segment beyond which appends start a
// new one.
const maxAppend = 8192

// segmentsPerInsert is the number of posting segments one INSERT writes.
const segmentsPerInsert = 200

// flush writes the pending postings.
func (b *batch) flush() error {
	nt := len(b.termList)
	if nt == 0 {
		return nil
	}
	// Counting sort of the entries by term; ids stay ascending in each.
	start := make([]int32, nt+1)
	for _, blk := range b.entries.filled() {
		for _, e := range blk {
			start[e.term+1]++
		}
	}
	for i := 1; i <= nt; i++ {
		start[i] += start[i-1]
	}
	pos := append([]int32(nil), start[:nt]...)
	sorted := make([]uint32, b.entries.n)
	for _, blk := range b.entries.filled() {
		for _, e := range blk {
			sorted[pos[e.term]] = e.id
			pos[e.term]++
		}
	}
	pos = nil
	order := make([]int32, nt)
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int {
		a, c := int64(b.termList[x]), int64(b.termList[y])
		switch {
		case a < c:
			return -1
		case a > c:
			return 1
		}
		return 0
	})
	// Appends look up each term's last segment: not during a bulk load,
	// whose postings_term index is only built at Commit (each look-up
	// would scan the table; a flush after an earlier one of the same load
	// took minutes), and whose segments are all new anyway.
	appendMode := !b.bulk && !b.emptyIndex && b.punits < smallFlush
	var ids []int64
	var args []any
	nargs := 0
	insert := func(force bool) error {
		if nargs == 0 || !force && nargs < segmentsPerInsert {
			return nil
		}
		st, err := b.stmt(`INSERT INTO postings(term, n, last, data) VALUES ` + placeholders(nargs, 4))
		if err != nil {
			return err
		}
		if _, err := st.ExecContext(b.ctx, args...); err != nil {
			return fmt.Errorf("sqlite: %w", err)
		}
		args, nargs = args[:0], 0
		return nil
	}
	for _, ti := range order {
		t := b.termList[ti]
		ids = ids[:0]
		for _, id := range sorted[start[ti]:start[ti+1]] {
			ids = append(ids, int64(id))
		}
		if appendMode {
			ok, err := b.appendSegment(t, ids)
			if err != nil {
				return err
			}
			if ok {
				continue
			}
		}
		args = append(args, int64(t), len(ids), ids[len(ids)-1], postings.Append(nil, 0, ids))
		nargs++
		if err := insert(false); err != nil {
			return err
		}
	}
	if err := insert(true); err != nil {
		return err
	}
	b.termIdx = map[uint64]int32{}
	b.termList, b.lastID = b.termList[:0], b.lastID[:0]
	b.entries.n = 0
	b.punits = 0
	b.emptyIndex = false
	return nil
}

// appendSegment appends ids to the last segment of term when it is small.
func (b *batch) appendSegment(term uint64, ids []int64) (bool, error) {
	st, err := b.stmt(`SELECT id, n, last FROM postings WHERE term=? ORDER BY id DESC LIMIT 1`)
	if err != nil {
		return false, err
	}
	var seg, n, last int64
	err = st.QueryRowContext(b.ctx, int64(term)).Scan(&seg, &n, &last)
	if err == sql.ErrNoRows || err == nil && (n >= maxAppend || last >= ids[0]) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("sqlite: %w", err)
	}
	// || makes TEXT even of two BLOBs: the CAST keeps the row a BLOB, as
	// inserted rows are (memories written before it have TEXT rows, read
	// the same; an append turns the row it touches into a BLOB).
	up, err := b.stmt(`UPDATE postings SET n=n+?, last=?, data=CAST(data||? AS BLOB) WHERE id=?`)
	if err != nil {
		return false, err
	}
	if _, err := up.ExecContext(b.ctx, len(ids), ids[len(ids)-1], postings.Append(nil, last, ids), seg); err != nil {
		return false, fmt.Errorf("sqlite: %w", err)
	}
	return true, nil
}

// Commit writes the rest of the units and the index and commits.
func (b *batch) Commit() (tm.AddResult, error) {
	if b.done {
		return b.res, fmt.Errorf("sqlite: batch already finished")
	}
	if err := b.drain(); err != nil {
		b.Rollback()
		return tm.AddResult{}, err
	}
	if err := b.flush(); err != nil {
		b.Rollback()
		return tm.AddResult{}, err
	}
	if b.bulk {
		// The sorts that build the indexes may use a helper thread.
		if _, err := b.tx.ExecContext(b.ctx, `PRAGMA threads=2`); err != nil {
			b.Rollback()
			return tm.AddResult{}, fmt.Errorf("sqlite: %w", err)
		}
		if _, err := b.tx.ExecContext(b.ctx, createIndexes); err != nil {
			b.Rollback()
			return tm.AddResult{}, fmt.Errorf("sqlite: %w", err)
		}
	}
	b.done = true
	err := b.tx.Commit()
	b.conn.Close()
	if err != nil {
		return tm.AddResult{}, fmt.Errorf("sqlite: commit: %w", err)
	}
	return b.res, nil
}

// Rollback discards the batch.
func (b *batch) Rollback() error {
	if b.done {
		return nil
	}
	b.done = true
	b.wait()
	err := b.tx.Rollback()
	b.conn.Close()
	return err
}
