package mine_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"bitext/glossary"
	"bitext/internal/tmgen"
	"bitext/mine"
	"bitext/tm"
)

// countingStore counts the units the store hands to Run: read in passes
// to the end, and fetched by reads Run stops early (the texts of examples
// the cache keeps without them).
type countingStore struct {
	tm.Store
	read, fetched int
}

func (c *countingStore) Iterate(ctx context.Context, opt tm.ExportOptions, fn func(tm.Unit) error) error {
	return c.IterateAfter(ctx, 0, opt, fn)
}

func (c *countingStore) IterateAfter(ctx context.Context, after int64, opt tm.ExportOptions, fn func(tm.Unit) error) error {
	n := 0
	err := c.Store.IterateAfter(ctx, after, opt, func(u tm.Unit) error { n++; return fn(u) })
	if err != nil {
		c.fetched += n
	} else {
		c.read += n
	}
	return err
}

func decodeCSV(t *testing.T, csv string) *glossary.Glossary {
	t.Helper()
	g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "g.csv")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestIncrementalReads: a rerun reads only the new units from the store,
// also with a glossary, as long as the glossary is the one of the saved
// counts; otherwise every unit once. Either way the result is the full
// run's.
func TestIncrementalReads(t *testing.T) {
	units := readPairs(t, "../testdata/mine/pairs.tsv")
	const first = 6
	g1 := decodeCSV(t, "id,type,lang,term,status\n"+
		"rhee,person,ko,이창용,preferred\nrhee,person,en,Lee Chang-yong,preferred\nrhee,person,en,Rhee Chang-yong,deprecated\n")
	g2 := decodeCSV(t, "id,type,lang,term,status\n"+
		"rhee,person,ko,이창용,preferred\nrhee,person,en,Rhee Chang-yong,preferred\nrhee,person,en,Lee Chang-yong,deprecated\n")
	tests := []struct {
		name        string
		before      *glossary.Glossary // of the first run
		between     bool               // a run without glossary after the new units, before the checked one
		after       *glossary.Glossary // of the checked run
		wantAllRead bool
	}{
		{"no glossary", nil, false, nil, false},
		{"same glossary", g1, false, g1, false},
		{"glossary added", nil, false, g1, true},
		{"glossary changed", g2, false, g1, true},
		{"run without glossary between", g1, true, g1, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := &countingStore{Store: openStore(t, units[:first])}
			st := mine.NewState()
			if _, err := mine.Run(context.Background(), s, mine.Options{State: st, Glossary: tc.before}); err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := st.Write(&b); err != nil {
				t.Fatal(err)
			}
			st, err := mine.ReadState(&b, "t.tm.mine")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Add(context.Background(), units[first:]); err != nil {
				t.Fatal(err)
			}
			if tc.between {
				if _, err := mine.Run(context.Background(), s, mine.Options{State: st}); err != nil {
					t.Fatal(err)
				}
			}
			s.read, s.fetched = 0, 0
			inc, err := mine.Run(context.Background(), s, mine.Options{State: st, Glossary: tc.after})
			if err != nil {
				t.Fatal(err)
			}
			want := len(units) - first
			if tc.between && !tc.wantAllRead {
				want = 0
			}
			if tc.wantAllRead {
				want = len(units)
			}
			if s.read != want {
				t.Errorf("read %d units from the store, want %d", s.read, want)
			}
			// Units read again for the texts of examples: only for names
			// seen once before and again in the new units, and none after
			// a pass over every unit.
			if s.fetched > first || tc.wantAllRead && s.fetched != 0 {
				t.Errorf("fetched %d units for examples", s.fetched)
			}
			full, err := mine.Run(context.Background(), s.Store, mine.Options{Glossary: tc.after})
			if err != nil {
				t.Fatal(err)
			}
			full.Read, inc.Read = 0, 0
			a, _ := json.Marshal(inc)
			c, _ := json.Marshal(full)
			if !bytes.Equal(a, c) {
				t.Errorf("incremental differs from full:\n%s\n%s", a, c)
			}
		})
	}
}

// TestCacheFile: mining A, then A∪B through the cache file gives what
// mining A∪B from scratch gives, on generated news units (internal/tmgen)
// and our own pairs; a damaged cache or one of another version is left
// aside with a reason, every unit read, and the file written anew.
func TestCacheFile(t *testing.T) {
	gen := tmgen.New(tmgen.Builtin(), 3).Units(3000)
	units := readPairs(t, "../testdata/mine/pairs.tsv")
	day := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for i, p := range gen {
		u := tmgen.Unit(p, i)
		u.Created = day.Add(time.Duration(i) * 15 * time.Minute) // about a month
		u.Changed = u.Created
		u.Context.DocID = fmt.Sprintf("gen-%d", i/10)
		units = append(units, u)
	}
	half := len(units) / 2
	dir := t.TempDir()
	tmPath := filepath.Join(dir, "t.tm")
	s, err := tm.Open(context.Background(), "sqlite:"+tmPath)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Add(context.Background(), units[:half]); err != nil {
		t.Fatal(err)
	}
	o := mine.Options{MinCount: 1}
	if _, err := mine.RunCached(context.Background(), s, o, tmPath, false); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add(context.Background(), units[half:]); err != nil {
		t.Fatal(err)
	}
	inc, err := mine.RunCached(context.Background(), s, o, tmPath, false)
	if err != nil {
		t.Fatal(err)
	}
	if inc.CacheIgnored != nil || inc.Read != len(units)-half {
		t.Fatalf("incremental run read %d units (want %d), cache ignored: %v", inc.Read, len(units)-half, inc.CacheIgnored)
	}
	full, err := mine.Run(context.Background(), s, o)
	if err != nil {
		t.Fatal(err)
	}
	// 26 since session 12 (helper M9), whose rules found no pair in five
	// junk forms of the generated units (발을 발사 ~ Farmers); 31 before.
	if len(full.Candidates) < 25 {
		t.Fatalf("only %d candidates: the test needs more", len(full.Candidates))
	}
	same := func(name string, a, b *mine.Result) {
		t.Helper()
		a.Read, b.Read = 0, 0
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if !bytes.Equal(ja, jb) {
			t.Errorf("%s differs from the run from scratch", name)
		}
	}
	same("incremental", inc, full)
	// --since works from the cached days too.
	since := mine.Options{MinCount: 1, Since: units[len(units)-1].Changed.AddDate(0, 0, -20)}
	cs, err := mine.RunCached(context.Background(), s, since, tmPath, false)
	if err != nil {
		t.Fatal(err)
	}
	fs, err := mine.Run(context.Background(), s, since)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs.Candidates) == len(full.Candidates) {
		t.Fatalf("--since left nothing out: the test needs older units")
	}
	same("incremental --since", cs, fs)

	good, err := os.ReadFile(mine.CachePath(tmPath))
	if err != nil {
		t.Fatal(err)
	}
	flip := slices.Clone(good)
	flip[len(flip)/3] ^= 0x10
	for _, tc := range []struct{ name, content, want string }{
		{"damaged", string(flip), "checksum mismatch"},
		{"truncated", string(good[:len(good)/2]), "checksum mismatch"},
		{"JSON of version 1", `{"version":1,"last_id":3,"units":3,"pairs":{}}`, "not a mining cache"},
		{"version 1 header", "bitext mine cache\n\x01rest", "cache of another version"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := os.WriteFile(mine.CachePath(tmPath), []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			res, err := mine.RunCached(context.Background(), s, o, tmPath, false)
			if err != nil {
				t.Fatal(err)
			}
			if res.CacheIgnored == nil || !strings.Contains(res.CacheIgnored.Error(), tc.want) {
				t.Errorf("cache ignored: %v, want %q", res.CacheIgnored, tc.want)
			}
			if res.Read != len(units) {
				t.Errorf("read %d units, want every one (%d)", res.Read, len(units))
			}
			same("rebuilt", res, full)
			again, err := mine.RunCached(context.Background(), s, o, tmPath, false)
			if err != nil {
				t.Fatal(err)
			}
			if again.CacheIgnored != nil || again.Read != 0 {
				t.Errorf("after the rebuild: read %d, cache ignored %v", again.Read, again.CacheIgnored)
			}
		})
	}
}
