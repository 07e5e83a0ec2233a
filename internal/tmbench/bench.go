// Package tmbench is the benchmark of the translation memory behind
// `bitext tm bench`: for each size it writes a generated TMX file
// (internal/tmgen), imports it, and measures exact and fuzzy lookups, their
// recall against brute-force scoring of every unit, and a checksum of
// every ranking.
//
//	reports, err := tmbench.Run(ctx, tmbench.Config{Pairs: tmgen.Builtin(), Seed: 1,
//		Sizes: []int{10000}, Queries: 1000, Dir: dir, Import: imp, Open: open})
package tmbench

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"sync"
	"time"

	"golang.org/x/text/language"

	"bitext/atomicfile"
	"bitext/internal/tmgen"
	"bitext/tm"
)

// BruteForce scores a query against every text, with a bound that skips
// texts which cannot beat the best found so far (tm.UpperBound over the
// keys both texts share), so it is exact and still usable at a million
// units.
type BruteForce struct {
	lang  language.Tag
	texts []string
	keys  [][]uint32 // sorted comparison keys of each text
	grams [][]uint32 // sorted pairs of consecutive keys
}

// NewBruteForce prepares texts in lang.
func NewBruteForce(texts []string, lang language.Tag) *BruteForce {
	b := &BruteForce{lang: lang, texts: texts, keys: make([][]uint32, len(texts)), grams: make([][]uint32, len(texts))}
	parallel(len(texts), func(i int) {
		a := tm.Analyze(texts[i], "", lang)
		b.keys[i], b.grams[i] = sortedKeys(a), sortedGrams(a)
	})
	return b
}

func sortedGrams(a *tm.Analysis) []uint32 {
	if len(a.Keys) < 2 {
		return nil
	}
	g := make([]uint32, len(a.Keys)-1)
	for i := range g {
		x := a.Keys[i]*31 + a.Keys[i+1]*0x9E3779B97F4A7C15
		g[i] = uint32(x ^ x>>32)
	}
	slices.Sort(g)
	return g
}

// gramBound is the q-gram lemma for q = 2: an edit changes at most two
// pairs of consecutive keys, so k edits leave at least
// max(la, lb) - 1 - 2k pairs shared; the base similarity is at most
// 100 × (1 - k/max) for the smallest such k.
func gramBound(la, lb, sharedGrams int) float64 {
	m := max(la, lb)
	if m == 0 {
		return 100
	}
	k := (m - 1 - sharedGrams + 1) / 2 // ceil((m-1-shared)/2)
	if k < 0 {
		k = 0
	}
	return 100 * (1 - float64(k)/float64(m))
}

func sortedKeys(a *tm.Analysis) []uint32 {
	k := make([]uint32, len(a.Keys))
	for i, x := range a.Keys {
		k[i] = uint32(x ^ x>>32)
	}
	slices.Sort(k)
	return k
}

// shared counts the common elements of two sorted multisets. Keys cut to
// 32 bits can only collide into more common elements, so the bound stays an
// upper bound.
func shared(a, b []uint32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// Best returns the best score of any text for q that is above floor, and
// the index of a text with it; (floor, -1) when none is above floor.
func (b *BruteForce) Best(q *tm.Analysis, floor int) (int, int) {
	qk, qg := sortedKeys(q), sortedGrams(q)
	best, at := floor, -1
	for i, k := range b.keys {
		bound := tm.UpperBound(len(q.Keys), len(k), shared(qk, k))
		if int(math.Floor(bound+1e-9)) <= best {
			continue
		}
		bound = gramBound(len(q.Keys), len(k), shared(qg, b.grams[i]))
		if int(math.Floor(bound+1e-9)) <= best {
			continue
		}
		if s := tm.Score(q, tm.Analyze(b.texts[i], "", b.lang)).Score; s > best {
			best, at = s, i
		}
	}
	return best, at
}

func parallel(n int, fn func(i int)) {
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < n; i += workers {
				fn(i)
			}
		}(w)
	}
	wg.Wait()
}

// ImportStats is what importing a file cost.
type ImportStats struct {
	Duration time.Duration
	MaxRSS   int64         // bytes, of the importing process; 0 when unknown
	CPU      time.Duration // user and system CPU time of the importing process; 0 when unknown
	Result   tm.ImportResult
}

// Config configures Bench.
type Config struct {
	Pairs   []tmgen.Pair
	Seed    uint64
	Sizes   []int
	Queries int
	Dir     string // working directory for the TMX files and memories
	Min     int    // minimum fuzzy score of lookups (default 50)
	// Import imports a TMX file into a new memory at tmPath, in a process
	// of its own so that its memory use can be measured.
	Import func(ctx context.Context, tmxPath, tmPath string) (ImportStats, error)
	// Open opens a memory for lookups.
	Open func(ctx context.Context, tmPath string) (tm.Store, error)
	// Reuse measures lookups in memories left in Dir by an earlier run
	// with the same seed and corpus, without writing and importing again.
	Reuse bool
	// Log receives progress lines; may be nil.
	Log func(format string, args ...any)
}

// Report holds the figures of one size.
type Report struct {
	Units          int
	TMXBytes       int64
	StoreBytes     int64
	Import         ImportStats
	ExactP50       time.Duration
	ExactP99       time.Duration
	ExactCPUP50    time.Duration // CPU time of the lookup's thread, without time taken by other processes
	ExactCPUP99    time.Duration
	ExactFound     int // exact lookups that found their unit
	FuzzyP50       time.Duration
	FuzzyP99       time.Duration
	FuzzyCPUP50    time.Duration
	FuzzyCPUP99    time.Duration
	Queries        int
	Recall         float64 // share of queries whose top-1 score equals brute force's best
	TrueTop1       float64 // share of queries whose top-1 is the unit they were made from, or scores as high
	BruteForceTime time.Duration
	ByEdit         map[string][2]int // edit -> {agreements with brute force, queries}
	// Checksum is the SHA-256 of every lookup's ranking (exact and fuzzy,
	// in query order): each match's unit id, kind, score, explanation,
	// source, target and suggestion. The same memory and queries give the
	// same checksum unless lookup's results change.
	Checksum string
}

// Run generates the units of the largest size once, then for each size
// writes a TMX file, imports it into a new memory, and measures exact and
// fuzzy lookups and fuzzy recall against brute force.
func Run(ctx context.Context, cfg Config) ([]Report, error) {
	if cfg.Min == 0 {
		cfg.Min = 50
	}
	logf := cfg.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}
	maxN := 0
	for _, n := range cfg.Sizes {
		maxN = max(maxN, n)
	}
	g := tmgen.New(cfg.Pairs, cfg.Seed)
	all := g.Units(maxN)
	if len(all) < maxN {
		return nil, fmt.Errorf("tmgen: only %d distinct units from this corpus, want %d", len(all), maxN)
	}
	var reports []Report
	for _, n := range cfg.Sizes {
		units := all[:n]
		r := Report{Units: n}
		tmxPath := filepath.Join(cfg.Dir, fmt.Sprintf("bench-%d.tmx", n))
		tmPath := filepath.Join(cfg.Dir, fmt.Sprintf("bench-%d.tm", n))
		if _, err := os.Stat(tmPath); err != nil || !cfg.Reuse {
			if err := build(ctx, cfg, units, tmxPath, tmPath, &r, logf); err != nil {
				return nil, err
			}
		}
		for _, p := range []string{tmPath, tmPath + "-wal"} {
			if fi, err := os.Stat(p); err == nil {
				r.StoreBytes += fi.Size()
			}
		}
		store, err := cfg.Open(ctx, tmPath)
		if err != nil {
			return nil, err
		}
		err = measure(ctx, cfg, g, store, units, &r, logf)
		store.Close()
		if err != nil {
			return nil, err
		}
		reports = append(reports, r)
	}
	return reports, nil
}

// build writes the TMX file of units and imports it into a new memory.
func build(ctx context.Context, cfg Config, units []tmgen.Pair, tmxPath, tmPath string, r *Report, logf func(string, ...any)) error {
	n := len(units)
	for _, p := range []string{tmPath, tmPath + "-wal", tmPath + "-shm"} {
		os.Remove(p)
	}
	logf("%d units: writing %s", n, tmxPath)
	f, err := atomicfile.Create(tmxPath)
	if err != nil {
		return err
	}
	if err := tmgen.WriteTMX(f, units); err != nil {
		f.Abort()
		return err
	}
	if err := f.Commit(); err != nil {
		return err
	}
	if fi, err := os.Stat(tmxPath); err == nil {
		r.TMXBytes = fi.Size()
	}
	logf("%d units: importing", n)
	r.Import, err = cfg.Import(ctx, tmxPath, tmPath)
	return err
}

func measure(ctx context.Context, cfg Config, g *tmgen.Generator, store tm.Store, units []tmgen.Pair, r *Report, logf func(string, ...any)) error {
	n := len(units)
	queries := g.Queries(units, cfg.Queries)
	r.Queries = len(queries)
	// Exact: the English text of random units.
	logf("%d units: exact lookups", n)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var exact, exactCPU []time.Duration
	sum := sha256.New()
	for i, q := range queries {
		u := units[(q.Want*7919+i)%n]
		start, cpu := time.Now(), threadCPU()
		ms, err := store.Lookup(ctx, tm.Query{Text: u.En, Source: language.English, Target: language.Korean, Top: 1})
		exact = append(exact, time.Since(start))
		exactCPU = append(exactCPU, threadCPU()-cpu)
		if err != nil {
			return err
		}
		writeRanking(sum, "exact", i, ms)
		if len(ms) > 0 && ms[0].Kind == tm.Exact && ms[0].Source.Text == u.En {
			r.ExactFound++
		}
	}
	r.ExactP50, r.ExactP99 = percentile(exact, 50), percentile(exact, 99)
	r.ExactCPUP50, r.ExactCPUP99 = percentile(exactCPU, 50), percentile(exactCPU, 99)

	logf("%d units: fuzzy lookups", n)
	var fuzzy, fuzzyCPU []time.Duration
	top := make([]int, len(queries)) // top-1 score, -1 for none
	for i, q := range queries {
		start, cpu := time.Now(), threadCPU()
		ms, err := store.Lookup(ctx, tm.Query{Text: q.Text, Source: q.Source, Target: q.Target, Min: cfg.Min, Top: 5})
		fuzzy = append(fuzzy, time.Since(start))
		fuzzyCPU = append(fuzzyCPU, threadCPU()-cpu)
		if err != nil {
			return err
		}
		writeRanking(sum, "fuzzy", i, ms)
		top[i] = -1
		if len(ms) > 0 {
			top[i] = min(ms[0].Score, 100)
		}
	}
	r.FuzzyP50, r.FuzzyP99 = percentile(fuzzy, 50), percentile(fuzzy, 99)
	r.FuzzyCPUP50, r.FuzzyCPUP99 = percentile(fuzzyCPU, 50), percentile(fuzzyCPU, 99)
	r.Checksum = hex.EncodeToString(sum.Sum(nil))

	start := time.Now()
	best, err := bruteBest(cfg, units, queries, logf)
	if err != nil {
		return err
	}
	agree := make([]bool, len(queries))
	trueTop := make([]bool, len(queries))
	for i, q := range queries {
		// Agreement: no unit scores above what the lookup returned.
		agree[i] = max(best[i], cfg.Min-1) <= max(top[i], cfg.Min-1)
		text := units[q.Want].En
		if tm.LangKey(q.Source) == "ko" {
			text = units[q.Want].Ko
		}
		want := tm.Score(tm.Analyze(q.Text, "", q.Source), tm.Analyze(text, "", q.Source)).Score
		trueTop[i] = top[i] >= want
	}
	r.BruteForceTime = time.Since(start)
	r.ByEdit = map[string][2]int{}
	a, tt := 0, 0
	for i, q := range queries {
		e := r.ByEdit[q.Edit]
		e[1]++
		if agree[i] {
			a++
			e[0]++
		}
		if trueTop[i] {
			tt++
		}
		r.ByEdit[q.Edit] = e
	}
	r.Recall = float64(a) / float64(max(1, len(queries)))
	r.TrueTop1 = float64(tt) / float64(max(1, len(queries)))
	return nil
}

// bruteBest returns, for each query, the best score of any unit by
// brute force (cfg.Min-1 when none reaches cfg.Min). With cfg.Reuse the
// scores are kept in cfg.Dir beside the memory, so that tuning runs do not
// score every unit again.
func bruteBest(cfg Config, units []tmgen.Pair, queries []tmgen.Query, logf func(string, ...any)) ([]int, error) {
	n := len(units)
	cache := filepath.Join(cfg.Dir, fmt.Sprintf("bench-%d.best-seed%d-q%d-min%d.json", n, cfg.Seed, len(queries), cfg.Min))
	if cfg.Reuse {
		if b, err := os.ReadFile(cache); err == nil {
			var best []int
			if json.Unmarshal(b, &best) == nil && len(best) == len(queries) {
				logf("%d units: brute-force scores from %s", n, cache)
				return best, nil
			}
		}
	}
	logf("%d units: brute force over every unit", n)
	en := make([]string, n)
	ko := make([]string, n)
	for i, u := range units {
		en[i], ko[i] = u.En, u.Ko
	}
	bf := map[string]*BruteForce{
		"en": NewBruteForce(en, language.English),
		"ko": NewBruteForce(ko, language.Korean),
	}
	best := make([]int, len(queries))
	parallel(len(queries), func(i int) {
		q := queries[i]
		best[i], _ = bf[tm.LangKey(q.Source)].Best(tm.Analyze(q.Text, "", q.Source), cfg.Min-1)
	})
	b, err := json.Marshal(best)
	if err != nil {
		return nil, err
	}
	return best, atomicfile.Write(cache, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}

// writeRanking adds the ranking of lookup i to the checksum.
func writeRanking(w io.Writer, kind string, i int, ms []tm.Match) {
	fmt.Fprintf(w, "%s %d %d\n", kind, i, len(ms))
	for _, m := range ms {
		e := m.Explanation
		fmt.Fprintf(w, "%d %s %d %d %d %d %g %v %v %q %q %q %q %q %q\n", m.Unit.ID, m.Kind, m.Score,
			e.Score, e.Edits, e.Length, e.Base, e.Penalties, e.NumbersOnly,
			m.Source.Lang, m.Source.Text, m.Target.Lang, m.Target.Text, m.Target.Markup, m.Suggestion)
	}
}

func percentile(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := (len(s)*p + 99) / 100
	if i > 0 {
		i--
	}
	return s[min(i, len(s)-1)]
}
