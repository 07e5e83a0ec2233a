package mine

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/tm"
)

// seedUnits are a few of our own news pairs, two days apart.
func seedUnits() []tm.Unit {
	texts := [][2]string{
		{"외교부 장관 정의용은 기자회견을 열었다.", "Foreign Minister Chung Eui-yong held a news conference."},
		{"정의용 장관은 워싱턴으로 떠났다.", "Minister Chung Eui-young left for Washington."},
		{"경제협력개발기구(OECD)는 전망을 낮췄다.", "The Organisation for Economic Co-operation and Development (OECD) cut its forecast."},
		{"로렌스 리버모어 연구소의 발표", "Lawrence Livermore laboratory said"},
		{"정의용은 워싱턴에서 말했다.", "Chung Eui-yong said in Washington."},
		{"OECD 보고서는 로렌스 리버모어를 인용했다.", "The OECD report cited Lawrence Livermore."},
	}
	day := time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC)
	var out []tm.Unit
	for i, t := range texts {
		out = append(out, tm.Unit{ID: int64(i + 1), SourceLang: language.Korean,
			Created: day.AddDate(0, 0, 2*i), Changed: day.AddDate(0, 0, 2*i),
			Context:  tm.Context{DocID: []string{"a", "b"}[i%2]},
			Variants: []tm.Variant{{Lang: language.Korean, Text: t[0]}, {Lang: language.English, Text: t[1]}}})
	}
	return out
}

// seedChain writes a base of the first units and a segment of the rest
// into dir; it returns the cache path.
func seedChain(tb testing.TB, dir string) string {
	tb.Helper()
	units := seedUnits()
	path := filepath.Join(dir, "t.tm.mine")
	st := NewState()
	for i := range units[:3] {
		st.Add(&units[i])
	}
	if err := writeCache(path, st, nil); err != nil {
		tb.Fatal(err)
	}
	st, ch, err := readCache(path, false)
	if err != nil {
		tb.Fatal(err)
	}
	st.track = true
	for i := range units[3:] {
		st.Add(&units[3+i])
	}
	defer SetCompaction(100, 30)()
	if err := writeCache(path, st, ch); err != nil {
		tb.Fatal(err)
	}
	if _, err := os.Stat(segmentPath(path, 1)); err != nil {
		tb.Fatal(err)
	}
	return path
}

// FuzzReadCache: whatever the bytes, a base read with the pairs seen once
// left in the file (as RunCached reads it) finds each pair the full
// reader gives, and writes a file that reads as the same state; the full
// reader's state writes a file that reads back to the same bytes.
func FuzzReadCache(f *testing.F) {
	st := NewState()
	units := seedUnits()
	for i := range units {
		st.Add(&units[i])
	}
	var b bytes.Buffer
	if err := st.Write(&b); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Add([]byte(cacheMagic + "\x05\x00"))
	f.Fuzz(func(t *testing.T, in []byte) {
		full, err := decodeState(bytes.Clone(in))
		d, kind, _, herr := decodeHead(bytes.Clone(in))
		var lazy *State
		if herr == nil && kind == kindBase {
			lazy, herr = d.base(false)
		}
		if err != nil {
			return // the lazy reader may still succeed: the CRC guards the file
		}
		if herr != nil {
			t.Fatalf("the full reader reads it, the lazy one: %v", herr)
		}
		for key, p := range full.Pairs {
			q := lazy.pair(key)
			if q == nil || q.Ko != p.Ko || q.En != p.En || q.Units != p.Units || len(q.Examples) != len(p.Examples) {
				t.Fatalf("pair %q: lazily %+v, fully %+v (%v)", key, q, p, lazy.lazyErr)
			}
		}
		var a, c bytes.Buffer
		if err := full.Write(&a); err != nil {
			t.Fatal(err)
		}
		// The lazy state copies the records it did not decode as they
		// are: read back and written, its file is the full state's.
		if err := lazy.Write(&c); err != nil {
			t.Fatal(err)
		}
		lazyBack, err := decodeState(bytes.Clone(c.Bytes()))
		if err != nil {
			t.Fatalf("the lazy state's file: %v", err)
		}
		c.Reset()
		if err := lazyBack.Write(&c); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), c.Bytes()) {
			t.Fatalf("the lazy state writes another file")
		}
		back, err := decodeState(bytes.Clone(a.Bytes()))
		if err != nil {
			t.Fatalf("round trip: %v", err)
		}
		var a2 bytes.Buffer
		if err := back.Write(&a2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), a2.Bytes()) {
			t.Fatalf("round trip changed the state")
		}
	})
}

// FuzzReadSegment: whatever a segment's bytes, reading the base and it
// gives an error naming the segment, or a state that writes a base which
// reads back to the same bytes.
func FuzzReadSegment(f *testing.F) {
	path := seedChain(f, f.TempDir())
	seg, err := os.ReadFile(segmentPath(path, 1))
	if err != nil {
		f.Fatal(err)
	}
	base, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seg)
	f.Add(base)
	f.Fuzz(func(t *testing.T, in []byte) {
		dir := t.TempDir()
		p := filepath.Join(dir, "t.tm.mine")
		os.WriteFile(p, base, 0o644)
		os.WriteFile(segmentPath(p, 1), in, 0o644)
		st, _, err := readCache(p, true)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "mine: "+segmentPath(p, 1)+": ") {
				t.Fatalf("error not naming the segment: %v", err)
			}
			return
		}
		var a bytes.Buffer
		if err := st.Write(&a); err != nil {
			t.Fatal(err)
		}
		back, err := decodeState(bytes.Clone(a.Bytes()))
		if err != nil {
			t.Fatalf("round trip: %v", err)
		}
		var a2 bytes.Buffer
		if err := back.Write(&a2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), a2.Bytes()) {
			t.Fatalf("round trip changed the state")
		}
		_ = st.Result(Options{})
	})
}

// FuzzCmpJoined: cmpJoined and cmpKeys are the comparisons of the joined
// keys.
func FuzzCmpJoined(f *testing.F) {
	f.Add("정의용", "Chung Eui-yong", "정의용\tChung")
	f.Add("a", "b", "a")
	f.Add("a", "", "a\t")
	f.Add("", "x", "\x01")
	f.Add("a\tb", "c", "a\tb\tc")
	f.Add("ab", "c", "a\tbc")
	f.Fuzz(func(t *testing.T, ko, en, key string) {
		want := strings.Compare(ko+"\t"+en, key)
		if got := cmpJoined(ko, en, key); got != want {
			t.Fatalf("cmpJoined(%q, %q, %q) = %d, want %d", ko, en, key, got, want)
		}
		// The key split at its first tab or in the middle as a second pair.
		bko, ben := key[:len(key)/2], key[len(key)/2:]
		if i := strings.IndexByte(key, '\t'); i >= 0 {
			bko, ben = key[:i], key[i+1:]
		}
		want = strings.Compare(ko+"\t"+en, bko+"\t"+ben)
		if got := cmpKeys(ko, en, bko, ben); got != want {
			t.Fatalf("cmpKeys(%q, %q, %q, %q) = %d, want %d", ko, en, bko, ben, got, want)
		}
	})
}

// TestSegmentRecord: a segment holds what the run added to each pair it
// met, in key order; a pair seen once before and met again carries its
// examples with their texts.
func TestSegmentRecord(t *testing.T) {
	path := seedChain(t, t.TempDir())
	data, err := os.ReadFile(segmentPath(path, 1))
	if err != nil {
		t.Fatal(err)
	}
	d, kind, seg, err := decodeHead(data)
	if err != nil || kind != kindSegment || seg.seq != 1 || seg.prevID != 3 {
		t.Fatalf("head: %v kind %d %+v", err, kind, seg)
	}
	if id, units := d.varint(), d.int(); id != 6 || units != 6 {
		t.Fatalf("last id %d, units %d", id, units)
	}
	prev := ""
	got := map[string]int{}
	for range d.count() {
		p, flags := d.pair(recordSegment)
		key := p.Ko + "\t" + p.En
		if key <= prev {
			t.Fatalf("%q after %q", key, prev)
		}
		prev = key
		got[key] = p.Units
		if key == "정의용\tChung Eui-yong" && (flags&recExamples == 0 || len(p.Examples) != 2 || p.Examples[0].Korean == "" && p.Examples[0].Unit != 1) {
			t.Errorf("정의용: flags %d, examples %+v", flags, p.Examples)
		}
	}
	if d.err != nil {
		t.Fatal(d.err)
	}
	// Units 4-6 add one unit to each of these (the base had 정의용 ~
	// Chung Eui-yong and OECD once).
	for _, k := range []string{"정의용\tChung Eui-yong", "로렌스 리버모어\tLawrence Livermore", "OECD\tOECD"} {
		if _, ok := got[k]; !ok {
			t.Errorf("no record of %q in %v", k, got)
		}
	}
}
