// Command pgbench measures the PostgreSQL translation memory against the
// embedded one, on memories made by bitext/internal/tmgen (the generator of
// `bitext tm bench`) and its 1,000 edited queries:
//
//   - import: a TMX file of N units through tm.ImportTMX (COPY into a
//     staging table, merged under the duplicate rules), wall time;
//   - fuzzy lookup latency with 4 concurrent clients (p50, p99);
//   - top-1 agreement with the embedded store (bitext/tm/sqlite) on the
//     same queries: the same best score, and the same best unit;
//   - CPU time (user+system) of the import and of the measured lookups:
//     of this process and of the PostgreSQL server processes (/proc), as
//     the machine may be shared;
//   - a SHA-256 of every fuzzy lookup's whole ranking in each store (unit
//     id, kind, score, explanation, texts, suggestion, in query order): with
//     -copy the PostgreSQL memory holds the SQLite one's units under the
//     same ids and change times, so the two must be equal.
//
// With -rounds R the measured lookups alternate between the stores, R
// rounds of both (one client each unless -clients), so that a shared
// machine's load falls on both alike; each round prints its p50 and p95
// and their ratio, with the load average before it.
//
// With -copy -dir DIR -reuse, a SQLite memory DIR/bench-N.tm and a schema
// bench_N_copy_seedS left by an earlier such run (made with -keep, or by
// -reuse itself, which keeps them) are measured again without importing
// or copying; without them the run builds and keeps them. -recopy copies
// the kept SQLite memory into a new schema first (as `bitext tm copy`
// does), so that lookups are measured right after a copy without
// importing the TMX again.
//
// Usage (the DSN's database needs a UTF-8 database with a Hangul-capable
// locale and pg_trgm, see .ci/postgres):
//
//	go run ./tm/postgres/internal/pgbench -dsn "$BITEXT_TEST_POSTGRES" -sizes 10000,100000 [-corpus DIR]
//	go run ./tm/postgres/internal/pgbench -corpus DIR -sizes 1000000 -copy -clients 1 -dir /tmp/pgb -reuse -rounds 3
//
// Each size runs in a schema of its own, dropped at the end unless -keep.
package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unsafe"

	"github.com/jackc/pgx/v5"

	"bitext/atomicfile"
	"bitext/internal/tmgen"
	"bitext/tm"
	"bitext/tm/postgres"
	"bitext/tm/sqlite"
)

// parseSizes reads -sizes: memory sizes, comma-separated.
func parseSizes(s string) []int {
	var ns []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			fail(fmt.Errorf("bad size %q", f))
		}
		ns = append(ns, n)
	}
	return ns
}

// loadPairs is tmgen's sentence pairs: the corpus folder's, or the
// built-in ones when corpus is "".
func loadPairs(corpus string) []tmgen.Pair {
	if corpus == "" {
		return tmgen.Builtin()
	}
	pairs, err := tmgen.LoadCorpus(corpus)
	if err != nil {
		fail(err)
	}
	return pairs
}

func main() {
	dsn := flag.String("dsn", os.Getenv("BITEXT_TEST_POSTGRES"), "PostgreSQL `DSN` (default $BITEXT_TEST_POSTGRES)")
	sizes := flag.String("sizes", "10000,100000", "memory `SIZES`, comma-separated")
	corpus := flag.String("corpus", "", "corpus `DIR` of *.tsv sentence pairs for tmgen (default: built-in sentences)")
	queries := flag.Int("queries", 1000, "edited queries")
	clients := flag.Int("clients", 4, "concurrent lookup clients")
	seed := flag.Uint64("seed", 1, "generator seed")
	minScore := flag.Int("min", 50, "minimum fuzzy score of lookups")
	dir := flag.String("dir", "", "working `DIR` for TMX and SQLite files (default: a temporary one)")
	keep := flag.Bool("keep", false, "keep the schemas")
	candidates := flag.Int("candidates", postgres.DefaultCandidates, "candidates rescored per lookup (both stores)")
	budget := flag.Int("budget", postgres.DefaultBudget, "postings read per lookup in both stores (0: BudgetFor the memory's size)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the PostgreSQL imports to `FILE`")
	lookupProfile := flag.String("lookupprofile", "", "write a CPU profile of the measured PostgreSQL lookups to `FILE`")
	reuse := flag.Bool("reuse", false, "with -copy and -dir: measure the SQLite memory and the copied schema an earlier run kept, building (and keeping) them when absent")
	recopy := flag.Bool("recopy", false, "with -reuse: copy the kept SQLite memory into the schema again (dropped first), to measure right after a copy")
	rounds := flag.Int("rounds", 1, "measured rounds, alternating PostgreSQL and SQLite lookups")
	interleave := flag.Bool("interleave", false, "measure each query on both stores one after the other (in alternating order, one client), instead of all PostgreSQL lookups of a round then all SQLite ones, so that both see the same load; also gives the CPU of the lookup's thread")
	viaCopy := flag.Bool("copy", false, "fill PostgreSQL with tm.Copy from the SQLite store (as `bitext tm copy` does) instead of importing the TMX, and measure lookups right after it, without the bench's own ANALYZE")
	flag.Parse()
	// Units without dates take this time, in both stores, so that ties of
	// score are broken the same way (by id), whatever second each import
	// reached.
	now := func() time.Time { return time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC) }
	if *dsn == "" {
		fail(fmt.Errorf("no -dsn and no BITEXT_TEST_POSTGRES"))
	}
	ns := parseSizes(*sizes)
	if *reuse && (!*viaCopy || *dir == "") {
		fail(fmt.Errorf("-reuse needs -copy and -dir"))
	}
	if *dir == "" {
		d, err := os.MkdirTemp("", "pgbench")
		if err != nil {
			fail(err)
		}
		defer os.RemoveAll(d)
		*dir = d
	}
	pairs := loadPairs(*corpus)
	ctx := context.Background()
	g := tmgen.New(pairs, *seed)
	maxN := 0
	for _, n := range ns {
		maxN = max(maxN, n)
	}
	all := g.Units(maxN)
	if len(all) < maxN {
		fail(fmt.Errorf("only %d distinct units from this corpus", len(all)))
	}
	*rounds = max(1, *rounds)
	fmt.Printf("%-9s %-12s %-12s %-11s %-11s %-11s %-11s %-10s %-10s\n", "units", "pg import", "sqlite imp", "pg p50", "pg p99", "sqlite p50", "pg exact50", "same top1", "same unit")
	for _, n := range ns {
		units := all[:n]
		qs := g.Queries(units, *queries)
		tmxPath := filepath.Join(*dir, fmt.Sprintf("bench-%d.tmx", n))
		sqlPath := filepath.Join(*dir, fmt.Sprintf("bench-%d.tm", n))
		schema := fmt.Sprintf("bench_%d_%d", n, os.Getpid())
		if *reuse {
			schema = fmt.Sprintf("bench_%d_copy_seed%d", n, *seed)
		}
		sdsn := withSchema(*dsn, schema)
		admin, err := pgx.Connect(ctx, *dsn)
		if err != nil {
			fail(err)
		}
		// With -reuse: the SQLite memory when its file exists, the copied
		// schema when it exists too (and not -recopy).
		reuseSQ, reused := false, false
		if *reuse {
			var ok bool
			if err := admin.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'units')`, schema).Scan(&ok); err != nil {
				fail(err)
			}
			_, serr := os.Stat(sqlPath)
			reuseSQ = serr == nil
			reused = ok && reuseSQ && !*recopy
			if !reused {
				admin.Exec(ctx, `DROP SCHEMA IF EXISTS `+schema+` CASCADE`)
			}
		}
		if !reuseSQ {
			f, err := atomicfile.Create(tmxPath)
			if err != nil {
				fail(err)
			}
			if err := tmgen.WriteTMX(f, units); err != nil {
				fail(err)
			}
			if err := f.Commit(); err != nil {
				fail(err)
			}
		}
		if !reused {
			if _, err := admin.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
				fail(err)
			}
		}
		pg, err := postgres.Open(ctx, sdsn)
		if err != nil {
			fail(err)
		}
		pg.Candidates, pg.Budget, pg.Now = *candidates, *budget, now
		if *cpuprofile != "" {
			f, err := os.Create(*cpuprofile)
			if err != nil {
				fail(err)
			}
			pprof.StartCPUProfile(f)
		}
		c0 := cpuNow()
		var pgImport, sqImport time.Duration
		if !*viaCopy {
			if pgImport, err = importFile(ctx, pg, tmxPath); err != nil {
				fail(err)
			}
		}
		pgImportCPU := cpuNow().sub(c0)
		if *cpuprofile != "" {
			pprof.StopCPUProfile()
		}
		if !reuseSQ {
			for _, p := range []string{sqlPath, sqlPath + "-wal", sqlPath + "-shm"} {
				os.Remove(p)
			}
		}
		sq, err := sqlite.Open(ctx, sqlPath)
		if err != nil {
			fail(err)
		}
		sq.Candidates, sq.Budget, sq.Now = *candidates, *budget, now
		if !reuseSQ {
			if sqImport, err = importFile(ctx, sq, tmxPath); err != nil {
				fail(err)
			}
		}
		switch {
		case reused:
			fmt.Printf("          reusing %s and schema %s (copied by an earlier run)\n", sqlPath, schema)
		case *viaCopy:
			c0 := cpuNow()
			start := time.Now()
			if _, _, err := tm.Copy(ctx, pg, sq); err != nil {
				fail(err)
			}
			pgImport, pgImportCPU = time.Since(start), cpuNow().sub(c0)
			if reuseSQ {
				fmt.Printf("          copied %s (kept by an earlier run) into schema %s: %s\n", sqlPath, schema, pgImport.Round(time.Millisecond))
			}
		default:
			if _, err := pg.Pool().Exec(ctx, `ANALYZE units; ANALYZE variants`); err != nil {
				fail(err)
			}
		}
		// Warm both caches once, then measure, alternating the stores.
		lookups(ctx, pg, qs, *clients, *minScore)
		lookups(ctx, sq, qs, 1, *minScore)
		var pgAll, sqAll []time.Duration
		var pgRes, sqRes []result
		var lookupCPU cpu
		var ownCPU time.Duration         // of the server processes of pg's connections
		var pgThr, sqThr []time.Duration // -interleave: CPU of the lookup's thread
		for r := range *rounds {
			load := loadavg()
			pids := backends(ctx, pg)
			c1, o1 := cpuNow(), procCPU(pids)
			if *lookupProfile != "" && r == 0 {
				f, err := os.Create(*lookupProfile)
				if err != nil {
					fail(err)
				}
				pprof.StartCPUProfile(f)
			}
			var pgR, sqR []result
			var pgLat, sqLat []time.Duration
			if *interleave {
				rs, lat, thr := interleaved(ctx, []tm.Store{pg, sq}, qs, *minScore)
				pgR, sqR, pgLat, sqLat = rs[0], rs[1], lat[0], lat[1]
				pgThr, sqThr = append(pgThr, thr[0]...), append(sqThr, thr[1]...)
			} else {
				pgR, pgLat = lookups(ctx, pg, qs, *clients, *minScore)
			}
			if *lookupProfile != "" && r == 0 {
				pprof.StopCPUProfile()
			}
			lookupCPU = lookupCPU.add(cpuNow().sub(c1))
			ownCPU += procCPU(pids) - o1
			if !*interleave {
				sqR, sqLat = lookups(ctx, sq, qs, 1, *minScore)
			}
			if r == 0 {
				pgRes, sqRes = pgR, sqR
			}
			if *rounds > 1 {
				fmt.Printf("          round %d (load %s): pg p50 %s p95 %s, sqlite p50 %s p95 %s; ratio p50 %.2f, p95 %.2f\n", r+1, load,
					pct(pgLat, 50), pct(pgLat, 95), pct(sqLat, 50), pct(sqLat, 95),
					ratio(pgLat, sqLat, 50), ratio(pgLat, sqLat, 95))
			}
			pgAll, sqAll = append(pgAll, pgLat...), append(sqAll, sqLat...)
		}
		var exact []time.Duration
		for i := range 200 {
			u := units[(i*7919)%n]
			start := time.Now()
			if _, err := pg.Lookup(ctx, tm.Query{Text: u.En, Source: qs[0].Source, Target: qs[0].Target, Top: 1}); err != nil {
				fail(err)
			}
			exact = append(exact, time.Since(start))
		}
		sameScore, sameUnit, sameRanking := 0, 0, 0
		pgSum, sqSum := sha256.New(), sha256.New()
		for i := range qs {
			if pgRes[i].score == sqRes[i].score {
				sameScore++
				if pgRes[i].text == sqRes[i].text {
					sameUnit++
				}
			}
			if pgRes[i].ranking == sqRes[i].ranking {
				sameRanking++
			}
			pgSum.Write([]byte(pgRes[i].ranking))
			sqSum.Write([]byte(sqRes[i].ranking))
		}
		fmt.Printf("%-9d %-12s %-12s %-11s %-11s %-11s %-11s %-10s %-10s\n", n, pgImport.Round(time.Millisecond), sqImport.Round(time.Millisecond),
			pct(pgAll, 50), pct(pgAll, 99), pct(sqAll, 50), pct(exact, 50),
			fmt.Sprintf("%.1f%%", 100*float64(sameScore)/float64(len(qs))), fmt.Sprintf("%.1f%%", 100*float64(sameUnit)/float64(len(qs))))
		fmt.Printf("          all rounds: pg p50 %s p95 %s, sqlite p50 %s p95 %s; ratio p50 %.2f, p95 %.2f (load now %s)\n",
			pct(pgAll, 50), pct(pgAll, 95), pct(sqAll, 50), pct(sqAll, 95), ratio(pgAll, sqAll, 50), ratio(pgAll, sqAll, 95), loadavg())
		if *interleave {
			fmt.Printf("          CPU of the lookup's thread (this process): pg p50 %s, sqlite p50 %s; means %s and %s\n",
				pct(pgThr, 50), pct(sqThr, 50), mean(pgThr), mean(sqThr))
		}
		fmt.Printf("          rankings: pg %.8s…, sqlite %.8s…; %d of %d identical\n",
			hex.EncodeToString(pgSum.Sum(nil)), hex.EncodeToString(sqSum.Sum(nil)), sameRanking, len(qs))
		fmt.Printf("          pg import CPU: bench %s, server %s; pg lookups CPU: bench %s, server %s, of which the lookups' own connections %s (%d lookups)\n",
			pgImportCPU.self.Round(time.Millisecond), pgImportCPU.server.Round(time.Millisecond),
			lookupCPU.self.Round(time.Millisecond), lookupCPU.server.Round(time.Millisecond), ownCPU.Round(time.Millisecond), len(qs)**rounds)
		pg.Close()
		sq.Close()
		if !*keep && !*reuse {
			admin.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`)
		}
		admin.Close(ctx)
	}
	fmt.Printf("(%d queries: words/numbers/clause edits, 7 in 10 en→ko; %d concurrent PostgreSQL clients; min score %d; budget %s, %d candidates in both stores;\n"+
		" CPU: user+system of this process, and of every PostgreSQL server process (other sessions' work included))\n",
		*queries, *clients, *minScore, budgetText(*budget), *candidates)
}

func importFile(ctx context.Context, s tm.Store, path string) (time.Duration, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	start := time.Now()
	_, err = tm.ImportTMX(ctx, s, f, path)
	return time.Since(start), err
}

// result is what one lookup returned: the best match's score (-1 for
// none) and source text, and the whole ranking as text.
type result struct {
	score   int
	text    string
	ranking string
}

func lookups(ctx context.Context, s tm.Store, qs []tmgen.Query, clients, minScore int) ([]result, []time.Duration) {
	res := make([]result, len(qs))
	lat := make([]time.Duration, len(qs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				q := qs[i]
				start := time.Now()
				ms, err := s.Lookup(ctx, tm.Query{Text: q.Text, Source: q.Source, Target: q.Target, Min: minScore, Top: 5})
				lat[i] = time.Since(start)
				if err != nil {
					fail(err)
				}
				res[i] = result{score: -1, ranking: ranking(i, ms)}
				if len(ms) > 0 {
					res[i].score, res[i].text = ms[0].Score, ms[0].Source.Text
				}
			}
		}()
	}
	for i := range qs {
		next <- i
	}
	close(next)
	wg.Wait()
	return res, lat
}

// interleaved looks every query up in each of stores, one after the
// other, the first store alternating, and returns per store the results,
// the latencies and the CPU time of the lookup's thread.
func interleaved(ctx context.Context, stores []tm.Store, qs []tmgen.Query, minScore int) ([][]result, [][]time.Duration, [][]time.Duration) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	res := make([][]result, len(stores))
	lat := make([][]time.Duration, len(stores))
	thr := make([][]time.Duration, len(stores))
	for k := range stores {
		res[k], lat[k], thr[k] = make([]result, len(qs)), make([]time.Duration, len(qs)), make([]time.Duration, len(qs))
	}
	for i, q := range qs {
		for j := range stores {
			k := (i + j) % len(stores)
			start, cpu := time.Now(), threadCPU()
			ms, err := stores[k].Lookup(ctx, tm.Query{Text: q.Text, Source: q.Source, Target: q.Target, Min: minScore, Top: 5})
			lat[k][i], thr[k][i] = time.Since(start), threadCPU()-cpu
			if err != nil {
				fail(err)
			}
			res[k][i] = result{score: -1, ranking: ranking(i, ms)}
			if len(ms) > 0 {
				res[k][i].score, res[k][i].text = ms[0].Score, ms[0].Source.Text
			}
		}
	}
	return res, lat, thr
}

// threadCPU is the CPU time used by the calling thread
// (CLOCK_THREAD_CPUTIME_ID; 0 where it cannot be read).
func threadCPU() time.Duration {
	const clockThreadCPUTimeID = 3
	var ts syscall.Timespec
	if _, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		return 0
	}
	return time.Duration(ts.Nano())
}

func mean(ds []time.Duration) string {
	var t time.Duration
	for _, d := range ds {
		t += d
	}
	return (t / time.Duration(max(1, len(ds)))).Round(10 * time.Microsecond).String()
}

// ranking is the ranking of lookup i as text: every match's unit id, kind,
// score, explanation, source, target and suggestion (as in the checksum of
// `bitext tm bench`).
func ranking(i int, ms []tm.Match) string {
	var b strings.Builder
	fmt.Fprintf(&b, "fuzzy %d %d\n", i, len(ms))
	for _, m := range ms {
		e := m.Explanation
		fmt.Fprintf(&b, "%d %s %d %d %d %d %g %v %v %q %q %q %q %q %q\n", m.Unit.ID, m.Kind, m.Score,
			e.Score, e.Edits, e.Length, e.Base, e.Penalties, e.NumbersOnly,
			m.Source.Lang, m.Source.Text, m.Target.Lang, m.Target.Text, m.Target.Markup, m.Suggestion)
	}
	return b.String()
}

// ratio is the p-th percentile of a over that of b.
func ratio(a, b []time.Duration, p int) float64 {
	return float64(percentile(a, p)) / float64(max(1, percentile(b, p)))
}

// loadavg is the machine's load average over 1, 5 and 15 minutes.
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

func percentile(ds []time.Duration, p int) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := (len(s)*p+99)/100 - 1
	return s[max(0, min(i, len(s)-1))]
}

func pct(ds []time.Duration, p int) string {
	return percentile(ds, p).Round(10 * time.Microsecond).String()
}

func withSchema(dsn, schema string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		fail(err)
	}
	q := u.Query()
	q.Set("search_path", schema+",public")
	u.RawQuery = q.Encode()
	return u.String()
}

// cpu is CPU time used so far: by this process, and by the PostgreSQL
// server processes of the machine (read from /proc; zero where it cannot
// be read).
type cpu struct{ self, server time.Duration }

func (c cpu) sub(d cpu) cpu { return cpu{c.self - d.self, c.server - d.server} }

func (c cpu) add(d cpu) cpu { return cpu{c.self + d.self, c.server + d.server} }

func cpuNow() cpu {
	var c cpu
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		c.self = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	ents, _ := os.ReadDir("/proc")
	for _, e := range ents {
		if _, err := strconv.Atoi(e.Name()); err != nil {
			continue
		}
		b, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		s := string(b)
		open, close := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
		if open < 0 || close < open || s[open+1:close] != "postgres" {
			continue
		}
		f := strings.Fields(s[close+1:])
		// Fields 14-17 of stat (utime, stime, cutime, cstime) are 11-14
		// after the command; clock ticks of 1/100 s.
		if len(f) < 15 {
			continue
		}
		for _, x := range f[11:15] {
			n, _ := strconv.ParseInt(x, 10, 64)
			c.server += time.Duration(n) * 10 * time.Millisecond
		}
	}
	return c
}

// backends returns the process ids of the server processes of the
// store's idle connections (all of them between rounds of lookups).
func backends(ctx context.Context, s *postgres.Store) []uint32 {
	var pids []uint32
	for _, c := range s.Pool().AcquireAllIdle(ctx) {
		pids = append(pids, c.Conn().PgConn().PID())
		c.Release()
	}
	return pids
}

// procCPU is the user and system CPU time used so far by the processes
// pids (zero for those that cannot be read).
func procCPU(pids []uint32) time.Duration {
	var d time.Duration
	for _, pid := range pids {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			continue
		}
		s := string(b)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		if len(f) < 13 {
			continue
		}
		for _, x := range f[11:13] {
			n, _ := strconv.ParseInt(x, 10, 64)
			d += time.Duration(n) * 10 * time.Millisecond
		}
	}
	return d
}

func budgetText(b int) string {
	if b > 0 {
		return fmt.Sprintf("%d postings", b)
	}
	return fmt.Sprintf("BudgetFor(units) postings (%d at 10k, %d at 100k, %d at 1M)",
		postgres.BudgetFor(10000), postgres.BudgetFor(100000), postgres.BudgetFor(1000000))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "pgbench:", postgres.Redact(err.Error()))
	os.Exit(1)
}
