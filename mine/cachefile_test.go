package mine_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"bitext/internal/tmgen"
	"bitext/lexicon"
	"bitext/mine"
	"bitext/tm"
)

// dayUnits are our own pairs and 3,000 generated news units (internal/
// tmgen) over about a month, in documents of ten units; every seventh
// unit is dated a week earlier, so days do not only grow.
func dayUnits(t *testing.T) []tm.Unit {
	t.Helper()
	units := readPairs(t, "../testdata/mine/pairs.tsv")
	day := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for i, p := range tmgen.New(tmgen.Builtin(), 5).Units(3000) {
		u := tmgen.Unit(p, i)
		u.Created = day.Add(time.Duration(i) * 15 * time.Minute)
		if i%7 == 0 {
			u.Created = u.Created.AddDate(0, 0, -7)
		}
		u.Changed = u.Created
		u.Context.DocID = fmt.Sprintf("gen-%d", i/10)
		units = append(units, u)
	}
	return units
}

// sameResult fails when a and b differ other than in the units read.
func sameResult(t *testing.T, name string, a, b *mine.Result) {
	t.Helper()
	ra, rb := a.Read, b.Read
	a.Read, b.Read = 0, 0
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	a.Read, b.Read = ra, rb
	if !bytes.Equal(ja, jb) {
		t.Errorf("%s differs from the run from scratch", name)
	}
}

// dayLexicon is a lexicon learned from units, as bitext tm lexicon learns
// one from a TM.
func dayLexicon(units []tm.Unit) *lexicon.Lexicon {
	tr := lexicon.NewTrainer()
	for _, u := range units {
		tr.Add(u.Variants[0].Text, u.Variants[1].Text)
	}
	return tr.Train(lexicon.DefaultIterations)
}

// cacheFiles lists the cache files of tmPath: the base, then segments.
func cacheFiles(t *testing.T, tmPath string) []string {
	t.Helper()
	m, err := filepath.Glob(mine.CachePath(tmPath) + "*")
	if err != nil {
		t.Fatal(err)
	}
	for i := range m {
		m[i] = filepath.Base(m[i])
	}
	slices.Sort(m)
	return m
}

// TestCacheSegments: mining day after day through the cache (a base,
// then one segment a day, folded into a new base when the segments grow)
// gives, every day, what mining every unit from scratch gives, with and
// without a glossary, --since and --min-count 1; each day reads only that
// day's units; a rerun with nothing new writes nothing.
func TestCacheSegments(t *testing.T) {
	units := dayUnits(t)
	g := decodeCSV(t, "id,type,lang,term,status\n"+
		"rhee,person,ko,이창용,preferred\nrhee,person,en,Lee Chang-yong,preferred\nrhee,person,en,Rhee Chang-yong,deprecated\n")
	lex := dayLexicon(units)
	const days = 6
	for _, tc := range []struct {
		name  string
		o     mine.Options
		share float64 // compaction share
		files [days][]string
	}{
		{name: "segments", o: mine.Options{}, share: 10, files: [days][]string{
			{"t.tm.mine"}, {"t.tm.mine", "t.tm.mine.1"}, {"t.tm.mine", "t.tm.mine.1", "t.tm.mine.2"},
			{"t.tm.mine", "t.tm.mine.1", "t.tm.mine.2", "t.tm.mine.3"},
			{"t.tm.mine", "t.tm.mine.1", "t.tm.mine.2", "t.tm.mine.3", "t.tm.mine.4"},
			{"t.tm.mine", "t.tm.mine.1", "t.tm.mine.2", "t.tm.mine.3", "t.tm.mine.4", "t.tm.mine.5"}}},
		// A share so small that every run writes a new base.
		{name: "compacting", o: mine.Options{}, share: 1e-9, files: [days][]string{
			{"t.tm.mine"}, {"t.tm.mine"}, {"t.tm.mine"}, {"t.tm.mine"}, {"t.tm.mine"}, {"t.tm.mine"}}},
		{name: "glossary", o: mine.Options{Glossary: g}, share: 10},
		{name: "min-count 1", o: mine.Options{MinCount: 1}, share: 10},
		{name: "since", o: mine.Options{Since: time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC)}, share: 10},
		// With a lexicon the runs keep their own cache, incremental as
		// the other.
		{name: "lexicon", o: mine.Options{Lexicon: lex}, share: 10, files: [days][]string{
			{"t.tm.mine-lexicon"}, {"t.tm.mine-lexicon", "t.tm.mine-lexicon.1"},
			{"t.tm.mine-lexicon", "t.tm.mine-lexicon.1", "t.tm.mine-lexicon.2"},
			{"t.tm.mine-lexicon", "t.tm.mine-lexicon.1", "t.tm.mine-lexicon.2", "t.tm.mine-lexicon.3"},
			{"t.tm.mine-lexicon", "t.tm.mine-lexicon.1", "t.tm.mine-lexicon.2", "t.tm.mine-lexicon.3", "t.tm.mine-lexicon.4"},
			{"t.tm.mine-lexicon", "t.tm.mine-lexicon.1", "t.tm.mine-lexicon.2", "t.tm.mine-lexicon.3", "t.tm.mine-lexicon.4", "t.tm.mine-lexicon.5"}}},
		{name: "lexicon compacting", o: mine.Options{Lexicon: lex}, share: 1e-9, files: [days][]string{
			{"t.tm.mine-lexicon"}, {"t.tm.mine-lexicon"}, {"t.tm.mine-lexicon"}, {"t.tm.mine-lexicon"}, {"t.tm.mine-lexicon"}, {"t.tm.mine-lexicon"}}},
		{name: "lexicon glossary min-count 1", o: mine.Options{Lexicon: lex, Glossary: g, MinCount: 1}, share: 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			defer mine.SetCompaction(tc.share, 30)()
			tmPath := filepath.Join(t.TempDir(), "t.tm")
			cachePath := mine.CachePath(tmPath)
			if tc.o.Lexicon != nil {
				cachePath = mine.LexiconCachePath(tmPath)
			}
			s, err := tm.Open(context.Background(), "sqlite:"+tmPath)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			ctx := context.Background()
			for day := range days {
				part := units[day*len(units)/days : (day+1)*len(units)/days]
				if _, err := s.Add(ctx, part); err != nil {
					t.Fatal(err)
				}
				inc, err := mine.RunCached(ctx, s, tc.o, tmPath, false)
				if err != nil {
					t.Fatal(err)
				}
				if inc.CacheIgnored != nil || inc.Read != len(part) {
					t.Fatalf("day %d: read %d units, want %d; cache ignored: %v", day+1, inc.Read, len(part), inc.CacheIgnored)
				}
				full, err := mine.Run(ctx, s, tc.o)
				if err != nil {
					t.Fatal(err)
				}
				if day == days-1 && len(full.Candidates) < 5 {
					t.Fatalf("only %d candidates: the test needs more", len(full.Candidates))
				}
				sameResult(t, fmt.Sprintf("day %d", day+1), inc, full)
				if got := cacheFiles(t, tmPath); tc.files[day] != nil && !slices.Equal(got, tc.files[day]) {
					t.Errorf("day %d: cache files %q, want %q", day+1, got, tc.files[day])
				}
			}
			// Nothing new: nothing read, nothing written.
			before := cacheFiles(t, tmPath)
			stamp := map[string]time.Time{}
			for _, f := range before {
				fi, err := os.Stat(filepath.Join(filepath.Dir(tmPath), f))
				if err != nil {
					t.Fatal(err)
				}
				stamp[f] = fi.ModTime()
			}
			again, err := mine.RunCached(ctx, s, tc.o, tmPath, false)
			if err != nil {
				t.Fatal(err)
			}
			if again.Read != 0 || again.CacheIgnored != nil {
				t.Errorf("rerun: read %d, cache ignored %v", again.Read, again.CacheIgnored)
			}
			for _, f := range cacheFiles(t, tmPath) {
				fi, err := os.Stat(filepath.Join(filepath.Dir(tmPath), f))
				if err != nil || !fi.ModTime().Equal(stamp[f]) {
					t.Errorf("rerun with nothing new wrote %s", f)
				}
			}
			// The chain read whole equals the state of a run from scratch.
			st, err := mine.ReadStateFile(cachePath)
			if err != nil {
				t.Fatal(err)
			}
			fresh := mine.NewState()
			o := tc.o
			o.State = fresh
			if _, err := mine.Run(ctx, s, o); err != nil {
				t.Fatal(err)
			}
			var a, b bytes.Buffer
			if err := st.Write(&a); err != nil {
				t.Fatal(err)
			}
			if err := fresh.Write(&b); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("the cache read whole (%d bytes as a base) differs from the state of a run from scratch (%d bytes)", a.Len(), b.Len())
			}
			// A new base written by a run that read one copies the records
			// it did not decode: the file is the one a run from scratch
			// writes.
			if tc.share < 1 {
				base, err := os.ReadFile(cachePath)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(base, b.Bytes()) {
					t.Errorf("the compacted base (%d bytes) is not the file of a run from scratch (%d bytes)", len(base), b.Len())
				}
			}
		})
	}
}

// TestCacheSegmentsBad: a damaged segment, one that does not follow its
// base, or one of another cache is left aside with the reason: every
// unit is read, the result is the full run's, and a new base replaces
// every file; a segment after a missing one is removed.
func TestCacheSegmentsBad(t *testing.T) {
	defer mine.SetCompaction(10, 30)()
	units := dayUnits(t)
	ctx := context.Background()
	// setup returns a TM of three days mined day by day: a base and two
	// segments.
	setup := func(t *testing.T) (tm.Store, string) {
		tmPath := filepath.Join(t.TempDir(), "t.tm")
		s, err := tm.Open(ctx, "sqlite:"+tmPath)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		for day := range 3 {
			if _, err := s.Add(ctx, units[day*len(units)/4:(day+1)*len(units)/4]); err != nil {
				t.Fatal(err)
			}
			if _, err := mine.RunCached(ctx, s, mine.Options{}, tmPath, false); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := s.Add(ctx, units[3*len(units)/4:]); err != nil {
			t.Fatal(err)
		}
		return s, tmPath
	}
	// A segment of another TM's cache, following a base of its own.
	otherPath := filepath.Join(t.TempDir(), "o.tm")
	other, err := tm.Open(ctx, "sqlite:"+otherPath)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	for _, part := range [][]tm.Unit{units[:200], units[200:400]} {
		if _, err := other.Add(ctx, part); err != nil {
			t.Fatal(err)
		}
		if _, err := mine.RunCached(ctx, other, mine.Options{}, otherPath, false); err != nil {
			t.Fatal(err)
		}
	}
	foreign, err := os.ReadFile(otherPath + ".mine.1")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		spoil func(t *testing.T, cache string)
		want  string // in CacheIgnored; "" for none
		files []string
	}{
		{"a bit flipped", func(t *testing.T, cache string) {
			b, err := os.ReadFile(cache + ".2")
			if err != nil {
				t.Fatal(err)
			}
			b[len(b)/2] ^= 0x04
			os.WriteFile(cache+".2", b, 0o644)
		}, "t.tm.mine.2: not a mining cache: checksum mismatch", []string{"t.tm.mine"}},
		{"truncated", func(t *testing.T, cache string) {
			b, _ := os.ReadFile(cache + ".1")
			os.WriteFile(cache+".1", b[:len(b)-7], 0o644)
		}, "t.tm.mine.1: not a mining cache: checksum mismatch", []string{"t.tm.mine"}},
		{"segments swapped", func(t *testing.T, cache string) {
			os.Rename(cache+".1", cache+".x")
			os.Rename(cache+".2", cache+".1")
			os.Rename(cache+".x", cache+".2")
		}, "does not follow the base", []string{"t.tm.mine"}},
		{"another cache's segment", func(t *testing.T, cache string) {
			os.WriteFile(cache+".1", foreign, 0o644)
		}, "t.tm.mine.1: not a mining cache: a segment that does not follow", []string{"t.tm.mine"}},
		{"a base as a segment", func(t *testing.T, cache string) {
			b, _ := os.ReadFile(cache)
			os.WriteFile(cache+".2", b, 0o644)
		}, "does not follow", []string{"t.tm.mine"}},
		{"the first segment missing", func(t *testing.T, cache string) {
			os.Remove(cache + ".1")
		}, "", []string{"t.tm.mine", "t.tm.mine.1"}},
		{"other version", func(t *testing.T, cache string) {
			b, _ := os.ReadFile(cache + ".1")
			b[len("bitext mine cache\n")] = 3
			os.WriteFile(cache+".1", b, 0o644)
		}, "cache of another version: version 3, want 68", []string{"t.tm.mine"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, tmPath := setup(t)
			cache := mine.CachePath(tmPath)
			if got := cacheFiles(t, tmPath); !slices.Equal(got, []string{"t.tm.mine", "t.tm.mine.1", "t.tm.mine.2"}) {
				t.Fatalf("cache files %q", got)
			}
			tc.spoil(t, cache)
			res, err := mine.RunCached(ctx, s, mine.Options{}, tmPath, false)
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case tc.want == "" && res.CacheIgnored != nil:
				t.Errorf("cache ignored: %v", res.CacheIgnored)
			case tc.want != "" && (res.CacheIgnored == nil || !strings.Contains(res.CacheIgnored.Error(), tc.want)):
				t.Errorf("cache ignored: %v, want %q", res.CacheIgnored, tc.want)
			case tc.want != "" && res.Read != len(units):
				t.Errorf("read %d units, want every one (%d)", res.Read, len(units))
			}
			full, err := mine.Run(ctx, s, mine.Options{})
			if err != nil {
				t.Fatal(err)
			}
			sameResult(t, "after "+tc.name, res, full)
			if got := cacheFiles(t, tmPath); !slices.Equal(got, tc.files) {
				t.Errorf("cache files %q, want %q", got, tc.files)
			}
			again, err := mine.RunCached(ctx, s, mine.Options{}, tmPath, false)
			if err != nil || again.CacheIgnored != nil || again.Read != 0 {
				t.Errorf("after the rebuild: read %d, cache ignored %v, err %v", again.Read, again.CacheIgnored, err)
			}
		})
	}
}

// TestCacheUnwritable: a segment that cannot be written (here: an old
// segment file after it cannot be removed) is a *CacheError for writing
// (the command exits 3).
func TestCacheUnwritable(t *testing.T) {
	defer mine.SetCompaction(10, 30)()
	units := dayUnits(t)[:500]
	dir := t.TempDir()
	tmPath := filepath.Join(dir, "t.tm")
	s, err := tm.Open(context.Background(), "sqlite:"+tmPath)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Add(context.Background(), units[:250]); err != nil {
		t.Fatal(err)
	}
	if _, err := mine.RunCached(context.Background(), s, mine.Options{}, tmPath, false); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add(context.Background(), units[250:]); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "t.tm.mine.2", "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	_, err = mine.RunCached(context.Background(), s, mine.Options{}, tmPath, false)
	var ce *mine.CacheError
	if !errors.As(err, &ce) || !ce.Write {
		t.Errorf("err %v, want a CacheError writing", err)
	}
}

// TestCacheLexicon: runs with a lexicon and runs without one, alternated
// on one TM, each keep their own cache and read only the new units, each
// equal to a run from scratch of its kind (and the lexicon finds pairs the
// other does not); a lexicon learned again leaves the lexicon cache aside
// (every unit read, the result of a run from scratch with it) and does not
// touch the other cache; Run refuses a state of another lexicon.
func TestCacheLexicon(t *testing.T) {
	// Our pairs with translated names spread over the days.
	units := dayUnits(t)
	tr := readPairs(t, "testdata/translated.tsv")
	for i, u := range tr {
		j := (i + 1) * len(units) / (len(tr) + 1)
		units = slices.Insert(units, j, u)
	}
	lex := dayLexicon(units)
	lex2 := dayLexicon(units[:len(units)/2])
	defer mine.SetCompaction(10, 30)()
	ctx := context.Background()
	tmPath := filepath.Join(t.TempDir(), "t.tm")
	s, err := tm.Open(ctx, "sqlite:"+tmPath)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const days = 3
	plain, withLex := mine.Options{}, mine.Options{Lexicon: lex}
	for day := range days {
		part := units[day*len(units)/days : (day+1)*len(units)/days]
		if _, err := s.Add(ctx, part); err != nil {
			t.Fatal(err)
		}
		var got [2]*mine.Result
		for i, o := range []mine.Options{withLex, plain} {
			inc, err := mine.RunCached(ctx, s, o, tmPath, false)
			if err != nil {
				t.Fatal(err)
			}
			if inc.CacheIgnored != nil || inc.Read != len(part) {
				t.Fatalf("day %d, lexicon %v: read %d units, want %d; cache ignored: %v", day+1, o.Lexicon != nil, inc.Read, len(part), inc.CacheIgnored)
			}
			full, err := mine.Run(ctx, s, o)
			if err != nil {
				t.Fatal(err)
			}
			sameResult(t, fmt.Sprintf("day %d, lexicon %v", day+1, o.Lexicon != nil), inc, full)
			got[i] = inc
		}
		if day == days-1 {
			if extra := newForms(got[0], got[1]); len(extra) == 0 {
				t.Fatal("the lexicon finds no candidate the run without it misses: the test needs one")
			}
		}
	}
	want := []string{"t.tm.mine", "t.tm.mine-lexicon", "t.tm.mine-lexicon.1", "t.tm.mine-lexicon.2", "t.tm.mine.1", "t.tm.mine.2"}
	if got := cacheFiles(t, tmPath); !slices.Equal(got, want) {
		t.Fatalf("cache files %q, want %q", got, want)
	}
	plainStamp := map[string]time.Time{}
	for _, f := range []string{"t.tm.mine", "t.tm.mine.1", "t.tm.mine.2"} {
		fi, err := os.Stat(filepath.Join(filepath.Dir(tmPath), f))
		if err != nil {
			t.Fatal(err)
		}
		plainStamp[f] = fi.ModTime()
	}

	// Another lexicon: the lexicon cache is made again from every unit.
	o2 := mine.Options{Lexicon: lex2}
	inc, err := mine.RunCached(ctx, s, o2, tmPath, false)
	if err != nil {
		t.Fatal(err)
	}
	if inc.CacheIgnored == nil || !strings.Contains(inc.CacheIgnored.Error(), "t.tm.mine-lexicon: pairs found with another lexicon") {
		t.Errorf("another lexicon: cache ignored %v, want the reason", inc.CacheIgnored)
	}
	if inc.Read != len(units) {
		t.Errorf("another lexicon: read %d units, want all %d", inc.Read, len(units))
	}
	full2, err := mine.Run(ctx, s, o2)
	if err != nil {
		t.Fatal(err)
	}
	sameResult(t, "another lexicon", inc, full2)
	full1, err := mine.Run(ctx, s, withLex)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := newForms(full1, full2), newForms(full2, full1); len(a)+len(b) == 0 {
		t.Error("the two lexicons find the same candidates: the test needs lexicons that differ")
	}
	again, err := mine.RunCached(ctx, s, o2, tmPath, false)
	if err != nil {
		t.Fatal(err)
	}
	if again.Read != 0 || again.CacheIgnored != nil {
		t.Errorf("rerun with the second lexicon: read %d, cache ignored %v", again.Read, again.CacheIgnored)
	}
	if got := cacheFiles(t, tmPath); !slices.Equal(got, []string{"t.tm.mine", "t.tm.mine-lexicon", "t.tm.mine.1", "t.tm.mine.2"}) {
		t.Errorf("cache files after another lexicon: %q", got)
	}
	for f, stamp := range plainStamp {
		fi, err := os.Stat(filepath.Join(filepath.Dir(tmPath), f))
		if err != nil || !fi.ModTime().Equal(stamp) {
			t.Errorf("a run with a lexicon wrote %s, the cache of runs without one", f)
		}
	}

	// A state of one lexicon is not added to with another, nor with none.
	st, err := mine.ReadStateFile(mine.LexiconCachePath(tmPath))
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range []mine.Options{plain, withLex} {
		o.State = st
		if _, err := mine.Run(ctx, s, o); !errors.Is(err, mine.ErrOtherLexicon) {
			t.Errorf("lexicon %v: Run with a state of another lexicon: %v, want ErrOtherLexicon", o.Lexicon != nil, err)
		}
	}
}

// newForms lists the Korean form and first rendering of the candidates of
// a that b does not have.
func newForms(a, b *mine.Result) []string {
	have := map[string]bool{}
	for _, c := range b.Candidates {
		have[c.Korean+"\t"+c.Renderings[0].Text] = true
	}
	var out []string
	for _, c := range a.Candidates {
		if k := c.Korean + "\t" + c.Renderings[0].Text; !have[k] {
			out = append(out, k)
		}
	}
	return out
}
