package aligneval

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"bitext/align"
)

func TestPerturb(t *testing.T) {
	var src, tgt []string
	for i := 0; i < 200; i++ {
		src = append(src, fmt.Sprintf("문장 %d.", i))
		tgt = append(tgt, fmt.Sprintf("Sentence %d.", i))
	}
	ko, en, gold := Perturb(src, tgt, 0.05, rand.New(rand.NewSource(1)))
	cover(t, gold, len(ko), len(en))
	types := map[string]int{}
	for _, l := range gold {
		types[l.Type()]++
		// Every link keeps the numbers of its pairs together.
		digits := func(s string) []string {
			return strings.FieldsFunc(s, func(r rune) bool { return r < '0' || r > '9' })
		}
		var a, b []string
		for _, i := range l.Source {
			a = append(a, digits(ko[i])...)
		}
		for _, j := range l.Target {
			b = append(b, digits(en[j])...)
		}
		if len(a) > 0 && len(b) > 0 && strings.Join(a, " ") != strings.Join(b, " ") {
			t.Errorf("link %v-%v pairs %q with %q", l.Source, l.Target, a, b)
		}
	}
	for _, ty := range []string{"1-1", "1-2", "2-1", "1-0", "0-1"} {
		if types[ty] == 0 {
			t.Errorf("no %s link in %v", ty, types)
		}
	}
}

// cover checks that the links take every source and target segment once,
// in order.
func cover(t *testing.T, links []align.Link, n, m int) {
	t.Helper()
	i, j := 0, 0
	for _, l := range links {
		if len(l.Source)+len(l.Target) == 0 {
			t.Fatal("empty link")
		}
		for _, x := range l.Source {
			if x != i {
				t.Fatalf("source %d out of order", x)
			}
			i++
		}
		for _, x := range l.Target {
			if x != j {
				t.Fatalf("target %d out of order", x)
			}
			j++
		}
	}
	if i != n || j != m {
		t.Fatalf("covered %d of %d source and %d of %d target segments", i, n, j, m)
	}
}
