package segment

import (
	"bitext/internal/newstext"
	"io"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// repeatReader yields text over and over up to n bytes, without holding
// more than one copy of it.
type repeatReader struct {
	text string
	pos  int
	n    int64
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > r.n {
		p = p[:r.n]
	}
	k := 0
	for k < len(p) {
		c := copy(p[k:], r.text[r.pos:])
		k += c
		r.pos = (r.pos + c) % len(r.text)
	}
	r.n -= int64(k)
	return k, nil
}

// TestScannerConstantMemory segments 32 MB in plain and wrapped mode, and
// in one 64 MB paragraph, and checks that the live heap stays small.
func TestScannerConstantMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 96 MB")
	}
	size := 32 << 20
	if raceEnabled {
		size = 8 << 20
	}
	for _, c := range []struct {
		name string
		text string
		opt  Options
	}{
		{"lines", newstext.Sample(language.English) + newstext.Sample(language.Korean), Options{}},
		{"wrapped", strings.ReplaceAll(newstext.Sample(language.English), "\n", "\n\n"), Options{Wrapped: true}},
		{"one paragraph", strings.ReplaceAll(newstext.Sample(language.Korean), "\n", " "), Options{Lang: language.Korean}},
	} {
		t.Run(c.name, func(t *testing.T) {
			n64 := int64(size/len(c.text)+1) * int64(len(c.text)) // whole copies: no rune cut at the end
			sc := NewScanner(&repeatReader{text: c.text, n: n64}, c.opt)
			var ms runtime.MemStats
			var peak uint64
			n := 0
			for sc.Scan() {
				n++
				if n%50000 == 0 {
					runtime.GC()
					runtime.ReadMemStats(&ms)
					if ms.HeapAlloc > peak {
						peak = ms.HeapAlloc
					}
				}
			}
			if err := sc.Err(); err != nil {
				t.Fatal(err)
			}
			if n < 1000 {
				t.Fatalf("only %d segments", n)
			}
			if peak > 12<<20 {
				t.Errorf("live heap reached %d MB while reading %d MB", peak>>20, size>>20)
			}
			t.Logf("%d segments, live heap peak %.1f MB", n, float64(peak)/(1<<20))
		})
	}
}
