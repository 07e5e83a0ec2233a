package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"bitext/tm"
	"bitext/tm/internal/backend"
	"bitext/tm/internal/terms"
)

// ChunkSize is the number of units a batch buffers before it copies them
// to the database (inside its transaction).
const ChunkSize = 5000

// identity is the key of the duplicate rules: the first 16 bytes of the
// SHA-256 of every variant's base language and text, in a fixed order
// (the key of tm.Identity, with a hash that does not collide).
func identity(u *tm.Unit) []byte {
	keys := make([]string, 0, len(u.Variants))
	for _, v := range u.Variants {
		keys = append(keys, tm.LangKey(v.Lang)+"\x00"+v.Text)
	}
	sort.Strings(keys)
	h := sha256.Sum256([]byte(strings.Join(keys, "\x01")))
	return h[:16]
}

// Indexes an import into an empty memory drops and builds again at
// Commit (a rollback restores them).
const (
	dropBulkIndexes = `DROP INDEX IF EXISTS units_ident; DROP INDEX IF EXISTS variants_hash;
		DROP INDEX IF EXISTS postings_term; ALTER TABLE variants DROP CONSTRAINT IF EXISTS variants_pkey`
	createBulkIndexes = `CREATE UNIQUE INDEX IF NOT EXISTS units_ident ON units (ident);
		ALTER TABLE variants ADD PRIMARY KEY (unit, ord);
		CREATE INDEX IF NOT EXISTS variants_hash ON variants (hash);
		CREATE UNIQUE INDEX IF NOT EXISTS postings_term ON postings (term, last) INCLUDE (n)`
)

// Add adds units in one transaction.
func (s *Store) Add(ctx context.Context, units []tm.Unit) (tm.AddResult, error) {
	return tm.AddAll(ctx, s, units)
}

type pending struct {
	u       tm.Unit
	ident   []byte
	srcHash int64
	dupOf   int // index of the first unit of the chunk with this identity, or -1
	// Per variant: tm.TextKey and tm.LangKey.
	hashes []int64
	lkeys  []string
}

type batch struct {
	s    *Store
	ctx  context.Context
	tx   pgx.Tx
	done bool
	buf  []pending
	res  tm.AddResult
	post *postingBuilder
	// langs are the language keys of the variants written.
	langs map[string]bool
	// bulk is set when the first chunk of a large batch goes into an
	// empty memory: the secondary indexes are dropped and built again at
	// Commit (a rollback restores them), units are copied straight into
	// their table with ids given here (the write lock is held), and
	// duplicates are found in memory.
	bulk, checked   bool
	nextID, firstID int64
	memIdent        map[[16]byte]memUnit
	memHash         map[int64]bool
	// The goroutines of a bulk load: the preparer (pjobs, closing pdone
	// when they run out) applies the duplicate rules to each chunk and
	// sends it as a job to the writer (jobs, wdone), which copies it, and
	// to the indexer (ijobs, idone), which gathers its postings and hands
	// full posting builders to the writer. werr is the first error.
	pjobs               chan []pending
	jobs, ijobs         chan *job
	pdone, wdone, idone chan struct{}
	wmu                 sync.Mutex
	werr                error
}

// memUnit is a unit of a bulk load, as far as duplicates go (no
// pointers, for the garbage collector's sake).
type memUnit struct{ id, changed int64 }

func (m memUnit) stored() storedUnit {
	t := time.Unix(m.changed, 0).UTC()
	return storedUnit{id: m.id, changed: &t}
}

// storedUnit is a unit already written, as far as duplicates go.
type storedUnit struct {
	id      int64
	changed *time.Time
}

// Begin starts a transaction and takes the store's write lock (a
// transaction-level advisory lock): concurrent batches from any process
// are applied one after the other, as in the embedded store.
func (s *Store) Begin(ctx context.Context) (tm.Batch, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, s.wrap("begin", err)
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))`, int32(lockWrite)); err != nil {
		tx.Rollback(ctx)
		return nil, s.wrap("begin", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TEMP TABLE IF NOT EXISTS bitext_stage (
		seq integer NOT NULL, ident bytea NOT NULL, srclang text NOT NULL, doc text NOT NULL,
		prev text NOT NULL, next text NOT NULL, created timestamptz, changed timestamptz,
		changer text NOT NULL, data jsonb NOT NULL) ON COMMIT DELETE ROWS`); err != nil {
		tx.Rollback(ctx)
		return nil, s.wrap("begin", err)
	}
	return &batch{s: s, ctx: ctx, tx: tx, post: newPostingBuilder(), langs: map[string]bool{}}, nil
}

// Add buffers one unit; it is written with its chunk and counted by
// Commit.
func (b *batch) Add(u tm.Unit) (tm.Outcome, error) {
	if b.done {
		return 0, errors.New("postgres: batch already finished")
	}
	// The batch keeps u until its chunk is written (by other goroutines in
	// a bulk load): its own copy of the variants, which Normalize changes
	// and the caller may share or reuse.
	u.Variants = slices.Clone(u.Variants)
	u.Normalize()
	if err := tm.Check(&u); err != nil {
		return 0, err
	}
	backend.Defaults(&u, b.s.Now().UTC())
	b.buf = append(b.buf, pending{u: u, dupOf: -1})
	if len(b.buf) >= ChunkSize {
		return tm.Pending, b.flush()
	}
	return tm.Pending, nil
}

// flush writes the buffered units: duplicates of stored units update
// their change time; the others are copied into the staging table and
// merged into units; their variants are copied into variants.
func (b *batch) flush() error {
	buf := b.buf
	b.buf = make([]pending, 0, len(buf)) // buf may go to the writer

	if len(buf) == 0 {
		return nil
	}
	ctx, tx := b.ctx, b.tx
	if !b.checked {
		b.checked = true
		var empty bool
		if len(buf) >= ChunkSize {
			// A large import: its commit need not wait for the disk (the
			// transaction stays atomic).
			if _, err := tx.Exec(ctx, `SET LOCAL synchronous_commit = off`); err != nil {
				return b.s.wrap("add", err)
			}
			if err := tx.QueryRow(ctx, `SELECT NOT EXISTS (SELECT 1 FROM units)`).Scan(&empty); err != nil {
				return b.s.wrap("add", err)
			}
		}
		if empty {
			if _, err := tx.Exec(ctx, dropBulkIndexes); err != nil {
				return b.s.wrap("add", err)
			}
			if err := tx.QueryRow(ctx, `SELECT nextval(pg_get_serial_sequence('units', 'id'))`).Scan(&b.firstID); err != nil {
				return b.s.wrap("add", err)
			}
			b.nextID = b.firstID - 1
			b.bulk = true
			b.memIdent = map[[16]byte]memUnit{}
			b.memHash = map[int64]bool{}
		}
	}
	if !b.bulk {
		return b.process(buf)
	}
	// Bulk: the chunk goes through three goroutines, so that it is
	// prepared, indexed and copied while the next one is read.
	if err := b.writeErr(); err != nil {
		return err
	}
	if b.jobs == nil {
		b.pjobs, b.jobs, b.ijobs = make(chan []pending, 1), make(chan *job, 2), make(chan *job, 2)
		b.pdone, b.wdone, b.idone = make(chan struct{}), make(chan struct{}), make(chan struct{})
		go b.preparer()
		go b.writer()
		go b.indexer()
	}
	b.pjobs <- buf
	return nil
}

// prepare computes the identities and hashes of buf.
func prepare(buf []pending) {
	for i := range buf {
		p := &buf[i]
		u := &p.u
		p.ident = identity(u)
		p.hashes, p.lkeys = make([]int64, len(u.Variants)), make([]string, len(u.Variants))
		src := u.Source()
		for k := range u.Variants {
			v := &u.Variants[k]
			p.hashes[k], p.lkeys[k] = int64(backend.TextKey(v.Lang, v.Text)), tm.LangKey(v.Lang)
			if v == src {
				p.srcHash = p.hashes[k]
			}
		}
	}
}

// preparer processes the chunks of a bulk load in order.
func (b *batch) preparer() {
	defer close(b.pdone)
	for buf := range b.pjobs {
		if b.writeErr() == nil {
			if err := b.process(buf); err != nil {
				b.wmu.Lock()
				b.werr = err
				b.wmu.Unlock()
			}
		}
	}
}

// process applies the duplicate rules to a chunk and writes it (in a bulk
// load, hands it to the writer and the indexer).
func (b *batch) process(buf []pending) error {
	prepare(buf)
	// Duplicates inside the chunk.
	first := map[string]int{}
	var idents [][]byte
	for i := range buf {
		k := string(buf[i].ident)
		if j, ok := first[k]; ok {
			buf[i].dupOf = j
			continue
		}
		first[k] = i
		idents = append(idents, buf[i].ident)
	}
	// Stored units with these identities, and stored sources (for
	// alternatives).
	stored := map[string]storedUnit{}
	sources := map[int64]bool{}
	if b.bulk {
		for i := range buf {
			if m, ok := b.memIdent[[16]byte(buf[i].ident)]; ok {
				stored[string(buf[i].ident)] = m.stored()
			}
			if b.memHash[buf[i].srcHash] {
				sources[buf[i].srcHash] = true
			}
		}
	} else if err := b.lookupStored(buf, idents, stored, sources); err != nil {
		return err
	}
	// Outcomes, in order.
	var updIDs []int64
	var updChanged []time.Time
	var updChanger, updKey, updOrigin []string
	var updTrust []int32
	updAt := map[int64]int{}
	update := func(key string, id int64, old *time.Time, u *tm.Unit) {
		t := u.Changed.Truncate(time.Second).UTC()
		trust, origin := originOf(u)
		if old != nil && !t.After(*old) {
			// Not later: only a more trusted origin can change the
			// unit (the UPDATE compares it with the stored one), and
			// the change time stays.
			if trust == 0 {
				return
			}
			t = *old
		}
		ch := u.Changer
		if ch == "" {
			ch = u.Creator
		}
		if k, ok := updAt[id]; ok {
			// One row per unit: UPDATE ... FROM applies only one.
			if t.After(updChanged[k]) {
				updChanged[k], updChanger[k] = t, ch
			}
			if trust > updTrust[k] {
				updTrust[k], updOrigin[k] = trust, origin
			}
			return
		}
		updAt[id] = len(updIDs)
		updIDs = append(updIDs, id)
		updKey = append(updKey, key)
		updChanged = append(updChanged, t)
		updChanger = append(updChanger, ch)
		updTrust = append(updTrust, trust)
		updOrigin = append(updOrigin, origin)
	}
	var newUnits []int // indexes in buf
	outcome := map[int]tm.Outcome{}
	for i := range buf {
		p := &buf[i]
		if p.dupOf >= 0 {
			b.res.Count(tm.Updated)
			if su, ok := stored[string(p.ident)]; ok {
				update(string(p.ident), su.id, su.changed, &p.u)
				continue
			}
			// A duplicate of a unit new in this chunk: it takes the later
			// change time before it is written.
			f := &buf[p.dupOf].u
			f.Origin = f.Origin.Stronger(p.u.Origin)
			if p.u.Changed.After(f.Changed) {
				f.Changed = p.u.Changed
				f.Changer = p.u.Changer
				if f.Changer == "" {
					f.Changer = p.u.Creator
				}
			}
			continue
		}
		if su, ok := stored[string(p.ident)]; ok {
			b.res.Count(tm.Updated)
			update(string(p.ident), su.id, su.changed, &p.u)
			continue
		}
		o := tm.Added
		if sources[p.srcHash] {
			o = tm.Alternative
		}
		b.res.Count(o)
		outcome[i] = o
		sources[p.srcHash] = true
		newUnits = append(newUnits, i)
	}
	j := &job{buf: buf, newUnits: newUnits, outcome: outcome, updIDs: updIDs, updChanged: updChanged, updChanger: updChanger,
		updTrust: updTrust, updOrigin: updOrigin}
	if !b.bulk {
		return b.write(j)
	}
	// Bulk: ids are given here, duplicates remembered here; the writes go
	// to the writer goroutine, which copies this chunk while the next one
	// is read and prepared.
	for k, key := range updKey {
		t := updChanged[k]
		b.memIdent[[16]byte([]byte(key))] = memUnit{id: updIDs[k], changed: t.Unix()}
	}
	j.ids = make(map[string]int64, len(newUnits))
	for _, i := range newUnits {
		b.nextID++
		u := &buf[i].u
		j.ids[string(buf[i].ident)] = b.nextID
		t := u.Changed.Truncate(time.Second).UTC()
		b.memIdent[[16]byte(buf[i].ident)] = memUnit{id: b.nextID, changed: t.Unix()}
		for _, h := range buf[i].hashes {
			b.memHash[h] = true
		}
	}
	b.jobs <- j
	b.ijobs <- j
	return nil
}

// job is the writing of one chunk.
type job struct {
	buf      []pending
	newUnits []int // indexes in buf
	// post, when set, is a full posting builder to write (nothing else).
	outcome    map[int]tm.Outcome
	ids        map[string]int64 // by identity; given in bulk loads
	updIDs     []int64
	updChanged []time.Time
	updChanger []string
	updTrust   []int32  // Origin.Trust of the unit stored again
	updOrigin  []string // its origin as JSON
	post       *postingBuilder
}

// writer runs the jobs of a bulk load in order; after an error it skips
// the rest.
func (b *batch) writer() {
	defer close(b.wdone)
	for j := range b.jobs {
		if b.writeErr() == nil {
			if err := b.write(j); err != nil {
				b.wmu.Lock()
				b.werr = err
				b.wmu.Unlock()
			}
		}
	}
}

func (b *batch) writeErr() error {
	b.wmu.Lock()
	defer b.wmu.Unlock()
	return b.werr
}

// indexer gathers the postings of the jobs of a bulk load (in b.post,
// which is its own until idone), handing each full builder to the writer.
func (b *batch) indexer() {
	defer close(b.idone)
	for j := range b.ijobs {
		for _, i := range j.newUnits {
			b.post.add(j.ids[string(j.buf[i].ident)], j.buf[i].u.Variants)
		}
		if b.post.pending() >= FlushEvery {
			b.jobs <- &job{post: b.post}
			b.post = newPostingBuilder()
		}
	}
}

// wait waits for the goroutines of a bulk load to finish their jobs and
// returns the writer's error.
func (b *batch) wait() error {
	if b.jobs == nil {
		return b.writeErr()
	}
	close(b.pjobs)
	<-b.pdone
	close(b.ijobs)
	<-b.idone
	close(b.jobs)
	<-b.wdone
	b.pjobs, b.jobs, b.ijobs = nil, nil, nil
	return b.writeErr()
}

// write stores a chunk: change times of duplicates, new units (merged
// through the staging table, or, in a bulk load, copied with their ids),
// their variants and postings.
func (b *batch) write(j *job) error {
	ctx, tx := b.ctx, b.tx
	if j.post != nil {
		return b.s.wrap("add", j.post.flush(ctx, tx, false))
	}
	buf := j.buf
	if len(j.updIDs) > 0 {
		// A unit stored again keeps the more trusted of its origins
		// (tm.Origin.Stronger; storedTrust is tm.Origin.Trust in SQL).
		// A more trusted origin is kept even when it comes within the
		// second of the last change; the change time only moves forward.
		if _, err := tx.Exec(ctx, `UPDATE units u SET
				changed = CASE WHEN u.changed IS NULL OR u.changed < x.changed THEN x.changed ELSE u.changed END,
				changer = CASE WHEN u.changed IS NULL OR u.changed < x.changed THEN x.changer ELSE u.changer END,
				data = CASE WHEN x.trust > `+storedTrust+` THEN jsonb_set(u.data, '{origin}', x.origin::jsonb) ELSE u.data END
			FROM unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::int[], $5::text[]) AS x(id, changed, changer, trust, origin)
			WHERE u.id = x.id AND (u.changed IS NULL OR u.changed < x.changed OR x.trust > `+storedTrust+`)`, j.updIDs, j.updChanged, j.updChanger, j.updTrust, j.updOrigin); err != nil {
			return b.s.wrap("add", err)
		}
	}
	if len(j.newUnits) == 0 {
		return nil
	}
	ids := j.ids
	if ids != nil {
		if err := b.copyUnits(buf, j.newUnits, ids); err != nil {
			return err
		}
	} else {
		var err error
		if ids, err = b.mergeUnits(buf, j.newUnits); err != nil {
			return err
		}
	}
	var vrows [][]any
	var newLangs []string
	for _, i := range j.newUnits {
		id, ok := ids[string(buf[i].ident)]
		if !ok {
			// Stored meanwhile by another writer: a duplicate after all
			// (not in bulk loads, whose ids are all given).
			if j.outcome[i] == tm.Added {
				b.res.Added--
			} else {
				b.res.Alternatives--
			}
			b.res.Updated++
			continue
		}
		u := &buf[i].u
		for k, v := range u.Variants {
			lkey := buf[i].lkeys[k]
			if !b.langs[lkey] {
				b.langs[lkey] = true
				newLangs = append(newLangs, lkey)
			}
			vrows = append(vrows, []any{id, int32(k), backend.StoredTag(v.Lang), lkey, buf[i].hashes[k],
				int32(terms.KeyCount(v.Text, v.Lang)), v.Text, v.Markup})
		}
		if j.ids == nil {
			b.post.add(id, u.Variants) // in bulk loads, the indexer's
		}
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"variants"},
		[]string{"unit", "ord", "lang", "lkey", "hash", "nkeys", "text", "markup"}, pgx.CopyFromRows(vrows)); err != nil {
		return b.s.wrap("copy", err)
	}
	if len(newLangs) > 0 {
		if _, err := tx.Exec(ctx, `INSERT INTO langs(lkey) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, newLangs); err != nil {
			return b.s.wrap("add", err)
		}
	}
	if j.ids == nil && b.post.pending() >= FlushEvery {
		return b.flushPostings()
	}
	return nil
}

// flushPostings writes the pending postings.
func (b *batch) flushPostings() error {
	appendMode := !b.bulk && b.post.units < smallFlush
	return b.s.wrap("add", b.post.flush(b.ctx, b.tx, appendMode))
}

// lookupStored finds the stored units with the identities idents, and
// which sources of buf are stored.
func (b *batch) lookupStored(buf []pending, idents [][]byte, stored map[string]storedUnit, sources map[int64]bool) error {
	ctx, tx := b.ctx, b.tx
	rows, err := tx.Query(ctx, `SELECT id, ident, changed FROM units WHERE ident = ANY($1)`, idents)
	if err != nil {
		return b.s.wrap("add", err)
	}
	for rows.Next() {
		var su storedUnit
		var ident []byte
		if err := rows.Scan(&su.id, &ident, &su.changed); err != nil {
			rows.Close()
			return b.s.wrap("add", err)
		}
		stored[string(ident)] = su
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return b.s.wrap("add", err)
	}
	var hashes []int64
	for i := range buf {
		if buf[i].dupOf < 0 {
			if _, ok := stored[string(buf[i].ident)]; !ok {
				hashes = append(hashes, buf[i].srcHash)
			}
		}
	}
	if len(hashes) == 0 {
		return nil
	}
	rows, err = tx.Query(ctx, `SELECT DISTINCT hash FROM variants WHERE hash = ANY($1)`, hashes)
	if err != nil {
		return b.s.wrap("add", err)
	}
	for rows.Next() {
		var h int64
		if err := rows.Scan(&h); err != nil {
			rows.Close()
			return b.s.wrap("add", err)
		}
		sources[h] = true
	}
	rows.Close()
	return b.s.wrap("add", rows.Err())
}

func unitRow(id int64, ident []byte, u *tm.Unit) []any {
	row := []any{ident, backend.StoredTag(u.SourceLang), u.Context.DocID, u.Context.Prev, u.Context.Next,
		dbTime(u.Created), dbTime(u.Changed), u.Changer, string(backend.EncodeExtras(u, false))}
	if id != 0 {
		row = append([]any{id}, row...)
	}
	return row
}

var unitColumns = []string{"ident", "srclang", "doc", "prev", "next", "created", "changed", "changer", "data"}

// copyUnits copies the new units of a bulk load straight into units,
// with their ids.
func (b *batch) copyUnits(buf []pending, newUnits []int, ids map[string]int64) error {
	rows := make([][]any, 0, len(newUnits))
	for _, i := range newUnits {
		rows = append(rows, unitRow(ids[string(buf[i].ident)], buf[i].ident, &buf[i].u))
	}
	if _, err := b.tx.CopyFrom(b.ctx, pgx.Identifier{"units"}, append([]string{"id"}, unitColumns...), pgx.CopyFromRows(rows)); err != nil {
		return b.s.wrap("copy", err)
	}
	return nil
}

// mergeUnits copies the new units into the staging table and merges them
// into units: new identities are inserted in the order they were added;
// ON CONFLICT keeps a unit written meanwhile by a writer that did not
// take the lock from being duplicated (it is left out of the ids).
func (b *batch) mergeUnits(buf []pending, newUnits []int) (map[string]int64, error) {
	ctx, tx := b.ctx, b.tx
	stage := make([][]any, 0, len(newUnits))
	for _, i := range newUnits {
		stage = append(stage, append([]any{int32(i)}, unitRow(0, buf[i].ident, &buf[i].u)...))
	}
	if _, err := tx.Exec(ctx, `TRUNCATE bitext_stage`); err != nil {
		return nil, b.s.wrap("add", err)
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"bitext_stage"}, append([]string{"seq"}, unitColumns...), pgx.CopyFromRows(stage)); err != nil {
		return nil, b.s.wrap("copy", err)
	}
	rows, err := tx.Query(ctx, `INSERT INTO units(ident, srclang, doc, prev, next, created, changed, changer, data)
		SELECT ident, srclang, doc, prev, next, created, changed, changer, data FROM bitext_stage ORDER BY seq
		ON CONFLICT (ident) DO NOTHING RETURNING id, ident`)
	if err != nil {
		return nil, b.s.wrap("add", err)
	}
	ids := map[string]int64{}
	for rows.Next() {
		var id int64
		var ident []byte
		if err := rows.Scan(&id, &ident); err != nil {
			rows.Close()
			return nil, b.s.wrap("add", err)
		}
		ids[string(ident)] = id
	}
	rows.Close()
	return ids, b.s.wrap("add", rows.Err())
}

// Commit writes the rest and commits.
func (b *batch) Commit() (tm.AddResult, error) {
	if b.done {
		return b.res, errors.New("postgres: batch already finished")
	}
	fail := func(err error) (tm.AddResult, error) {
		b.Rollback()
		return tm.AddResult{}, b.s.wrap("commit", err)
	}
	if err := b.flush(); err != nil {
		return fail(err)
	}
	if err := b.wait(); err != nil {
		return fail(err)
	}
	if err := b.flushPostings(); err != nil {
		return fail(err)
	}
	if b.bulk {
		if _, err := b.tx.Exec(b.ctx, `SET LOCAL maintenance_work_mem = '256MB'`); err != nil {
			return fail(err)
		}
		if _, err := b.tx.Exec(b.ctx, createBulkIndexes); err != nil {
			return fail(err)
		}
		if b.nextID >= b.firstID {
			if _, err := b.tx.Exec(b.ctx, `SELECT setval(pg_get_serial_sequence('units', 'id'), $1)`, b.nextID); err != nil {
				return fail(err)
			}
		}
	}
	if err := b.analyze(); err != nil {
		return fail(err)
	}
	b.done = true
	if err := b.tx.Commit(b.ctx); err != nil {
		return tm.AddResult{}, b.s.wrap("commit", err)
	}
	return b.res, nil
}

// AnalyzeMin is the number of units a batch writes from which its commit
// refreshes the planner statistics of the tables lookups read.
const AnalyzeMin = 1000

// analyze refreshes the planner statistics of units, variants, postings
// and langs, in the batch's transaction, after a bulk load, after a batch
// that wrote AnalyzeMin units or more, and after any batch that wrote into
// tables without statistics. Autovacuum would get there later: until then
// the planner takes the tables for empty or small and lookups scan them
// whole (issue #13 measured 500 lookups at 65 s instead of 3.5 s after a
// copy).
func (b *batch) analyze() error {
	n := b.res.Added + b.res.Updated + b.res.Alternatives
	if n == 0 && !b.bulk {
		return nil
	}
	if !b.bulk && n < AnalyzeMin {
		var has bool
		if err := b.tx.QueryRow(b.ctx, `SELECT EXISTS (SELECT 1 FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'variants')`).Scan(&has); err != nil {
			return err
		}
		if has {
			return nil
		}
	}
	_, err := b.tx.Exec(b.ctx, `ANALYZE units, variants, postings, langs`)
	return err
}

// Rollback discards the batch.
func (b *batch) Rollback() error {
	if b.done {
		return nil
	}
	b.done = true
	b.wait() // the connection is the writer's until then
	return b.s.wrap("rollback", b.tx.Rollback(context.WithoutCancel(b.ctx)))
}

// storedTrust is tm.Origin.Trust of a stored unit u, in SQL.
const storedTrust = `CASE u.data->'origin'->>'Review' WHEN 'translated' THEN 1 WHEN 'reviewed' THEN 2 WHEN 'final' THEN 3
	ELSE CASE WHEN u.data->'origin'->>'Kind' = 'translator' THEN 1 ELSE 0 END END`

// originOf returns the trust of u's origin and the origin as JSON, for
// the update of a unit stored again.
func originOf(u *tm.Unit) (int32, string) {
	b, _ := json.Marshal(u.Origin)
	return int32(u.Origin.Trust()), string(b)
}
