package tm

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"golang.org/x/text/language"

	"bitext/number"
)

// TestMultisetDiff compares the sorted merge of short mark lists with
// counting in a map, which longer lists still use.
func TestMultisetDiff(t *testing.T) {
	count := func(a, b []rune) int {
		m := map[rune]int{}
		for _, r := range a {
			m[r]++
		}
		for _, r := range b {
			m[r]--
		}
		n := 0
		for _, v := range m {
			n += abs(v)
		}
		return n
	}
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{".", "", 1},
		{"", ",.", 2},
		{".,", ",.", 0},
		{"..,", ".,,", 2},
		{"“”.", "\".", 3},
	} {
		if got := multisetDiff([]rune(tc.a), []rune(tc.b)); got != tc.want {
			t.Errorf("multisetDiff(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	marks := []rune(".,;:!?\"'()“”‘’·…-")
	for range 2000 {
		a := make([]rune, r.IntN(40))
		b := make([]rune, r.IntN(40))
		for i := range a {
			a[i] = marks[r.IntN(len(marks))]
		}
		for i := range b {
			b[i] = marks[r.IntN(len(marks))]
		}
		if got, want := multisetDiff(a, b), count(a, b); got != want {
			t.Fatalf("multisetDiff(%q, %q) = %d, counting gives %d", string(a), string(b), got, want)
		}
	}
}

// TestNumberCache checks that kept numbers are what number.Extract
// gives, also after the cache started over, and that a nil cache reads
// them.
func TestNumberCache(t *testing.T) {
	texts := []struct {
		text string
		lang language.Tag
	}{
		{"수출은 지난달 5.2% 늘었다.", language.Korean},
		{"Exports rose 5.2 percent last month.", language.English},
		{"회의는 10월 5일 열린다.", language.Korean},
		{"Rain is expected.", language.English},
		{"수출은 지난달 5.2% 늘었다.", language.English}, // same text, other language
	}
	for _, c := range []*NumberCache{nil, NewNumberCache(1 << 20), NewNumberCache(400)} {
		for round := range 3 {
			for _, x := range texts {
				if got, want := c.Extract(x.text, x.lang), number.Extract(x.text, x.lang); !reflect.DeepEqual(got, want) {
					t.Errorf("round %d: Extract(%q, %v) = %+v, want %+v", round, x.text, x.lang, got, want)
				}
			}
		}
		if c != nil && c.bytes > c.maxBytes {
			t.Errorf("cache of %d bytes holds %d", c.maxBytes, c.bytes)
		}
	}
}
