package tm_test

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"bitext/tm"
	"bitext/tm/internal/terms"
)

func TestScoreCases(t *testing.T) {
	f, err := os.Open("testdata/score.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		fs := strings.Split(s, " | ")
		if len(fs) != 6 {
			t.Fatalf("score.txt:%d: want 6 fields, got %d", line, len(fs))
		}
		lang := language.MustParse(fs[0])
		want, _ := strconv.Atoi(fs[3])
		base, _ := strconv.ParseFloat(fs[4], 64)
		e := tm.Score(tm.Analyze(fs[1], "", lang), tm.Analyze(fs[2], "", lang))
		var pens []string
		for _, p := range e.Penalties {
			pens = append(pens, fmt.Sprintf("%s=%d", p.Kind, p.Points))
		}
		got := strings.Join(pens, ",")
		if got == "" {
			got = "-"
		}
		if e.Score != want || e.Base != base || got != fs[5] {
			t.Errorf("score.txt:%d: %q vs %q: score %d base %v penalties %s; want %d, %v, %s", line, fs[1], fs[2], e.Score, e.Base, got, want, base, fs[5])
		}
	}
}

func TestSuggest(t *testing.T) {
	en, ko := language.English, language.Korean
	for _, tc := range []struct {
		query, src, tgt string
		sl, tl          language.Tag
		want            string
	}{
		{"The meeting on Oct. 7 lasted 40 minutes.", "The meeting on Oct. 5 lasted 30 minutes.", "10월 5일 회의는 30분간 진행됐다.", en, ko, "10월 7일 회의는 40분간 진행됐다."},
		{"Exports rose 8 percent in May.", "Exports rose 7 percent in May.", "5월 수출은 7% 늘었다.", en, ko, "5월 수출은 8% 늘었다."},
		{"2025년 물가는 4% 올랐다.", "2024년 물가는 3% 올랐다.", "Prices rose 3 percent in 2024.", ko, en, "Prices rose 4 percent in 2025."},
		// The changed number is not in the translation: no suggestion.
		{"He was 35.", "He was 34.", "그는 서른넷이었다.", en, ko, ""},
		// Ambiguous: 5 twice in the translation.
		{"Score 6 to 5.", "Score 5 to 5.", "5대5.", en, ko, ""},
	} {
		q, c := tm.Analyze(tc.query, "", tc.sl), tm.Analyze(tc.src, "", tc.sl)
		if got := tm.Suggest(q, c, tc.tgt, tc.tl); got != tc.want {
			t.Errorf("Suggest(%q, %q, %q) = %q, want %q", tc.query, tc.src, tc.tgt, got, tc.want)
		}
	}
}

func TestIndexTermsKorean(t *testing.T) {
	ts := terms.IndexTerms("서울시와 북한", language.Korean)
	for _, w := range []string{"서울", "북한"} {
		q := terms.IndexTerms(w, language.Korean)
		if len(q) != 1 {
			t.Fatalf("QueryTerms(%q) = %d terms", w, len(q))
		}
		found := false
		for _, x := range ts {
			found = found || x == q[0]
		}
		if !found {
			t.Errorf("%q not among the terms of 서울시와 북한", w)
		}
	}
	if a, b := terms.IndexTerms("Seoul", language.English), terms.IndexTerms("Seoul", language.Korean); a[0] == b[0] {
		t.Error("terms of two languages are the same")
	}
}

func TestDistance(t *testing.T) {
	k := func(s string) []uint64 { return tm.Analyze(s, "", language.English).Keys }
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"a b c", "a b c", 0},
		{"a b c", "a c", 1},
		{"a b c", "x y z", 3},
		{"", "a b", 2},
		{"a b c d", "b c d e", 2},
		{"a a", "a", 1},
		{"a b a", "a", 2},
		{"a b 1 c d", "a b 22 c d", 0}, // numbers are one key
		{"x a b c", "a b c x", 2},
	} {
		if got := tm.Distance(k(tc.a), k(tc.b)); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestDistanceFullTable compares Distance, which leaves out a common
// prefix and suffix, with the whole dynamic-programming table on random
// sequences over small alphabets (many shared and repeated keys), of
// up to 150 keys (past Distance's row on the stack).
func TestDistanceFullTable(t *testing.T) {
	full := func(a, b []uint64) int {
		d := make([][]int, len(a)+1)
		for i := range d {
			d[i] = make([]int, len(b)+1)
			d[i][0] = i
		}
		for j := range d[0] {
			d[0][j] = j
		}
		for i := 1; i <= len(a); i++ {
			for j := 1; j <= len(b); j++ {
				cost := 1
				if a[i-1] == b[j-1] {
					cost = 0
				}
				d[i][j] = min(d[i-1][j-1]+cost, d[i-1][j]+1, d[i][j-1]+1)
			}
		}
		return d[len(a)][len(b)]
	}
	r := rand.New(rand.NewPCG(3, 4))
	seq := func(n, alpha int) []uint64 {
		s := make([]uint64, n)
		for i := range s {
			s[i] = uint64(r.IntN(alpha))
		}
		return s
	}
	for range 3000 {
		alpha := 1 + r.IntN(5)
		n := 12
		if r.IntN(10) == 0 {
			n = 150
		}
		a := seq(r.IntN(n), alpha)
		b := seq(r.IntN(n), alpha)
		if r.IntN(3) == 0 { // long, sharing a prefix and a suffix
			pre, suf := seq(r.IntN(80), alpha), seq(r.IntN(80), alpha)
			a = append(append(append([]uint64{}, pre...), a...), suf...)
			b = append(append(append([]uint64{}, pre...), b...), suf...)
		}
		if got, want := tm.Distance(a, b), full(a, b); got != want {
			t.Fatalf("Distance(%v, %v) = %d, the full table gives %d", a, b, got, want)
		}
	}
}

func TestStorable(t *testing.T) {
	en, ko := language.English, language.Korean
	pair := func(a, b string) tm.Unit {
		return tm.Unit{SourceLang: en, Variants: []tm.Variant{{Lang: en, Text: a}, {Lang: ko, Text: b}}}
	}
	units := []tm.Unit{
		pair("Exports rose.", "수출이 늘었다."),
		{SourceLang: en, Variants: []tm.Variant{{Lang: en, Text: "Alone."}}},
		pair("  ", "빈 원문"),
		pair("Imports fell.", "수입이 줄었다."),
	}
	keep, skipped := tm.Storable(units)
	if skipped != 2 || len(keep) != 2 || keep[0].Variants[0].Text != "Exports rose." || keep[1].Variants[0].Text != "Imports fell." {
		t.Errorf("Storable = %d units %+v, %d skipped; want the 1st and 4th, 2 skipped", len(keep), keep, skipped)
	}
}

func TestLocation(t *testing.T) {
	env := func(v string) func(string) string { return func(string) string { return v } }
	if got := tm.Location("a.tm", env("b.tm")); got != "a.tm" {
		t.Errorf("flag: %q", got)
	}
	if got := tm.Location("", env("b.tm")); got != "b.tm" {
		t.Errorf("env: %q", got)
	}
	if got := tm.Location("", env("")); got != "bitext.tm" {
		t.Errorf("default: %q", got)
	}
}

// FuzzScore checks the scorer's invariants on any pair of texts: scores
// stay in 0..100, only identical texts score 100, a text scores 100
// against itself, and the score never exceeds UpperBound.
func FuzzScore(f *testing.F) {
	f.Add("The talks resumed on Monday.", "The talks resumed on Tuesday.", false)
	f.Add("서울 지하철 요금이 오른다.", "서울 지하철요금이 오른다", true)
	f.Add("Oct. 5, 30 minutes", "Oct. 7, 40 minutes", false)
	f.Add("", "a", false)
	f.Add("e\u0301 가\u11a8 Å", "\u1100\u1161", true)
	f.Fuzz(func(t *testing.T, a, b string, korean bool) {
		lang := language.English
		if korean {
			lang = language.Korean
		}
		if terms.NFC(a) != norm.NFC.String(a) {
			t.Fatalf("NFC(%q) = %q, want %q", a, terms.NFC(a), norm.NFC.String(a))
		}
		qa, ca := tm.Analyze(a, "", lang), tm.Analyze(b, "", lang)
		e := tm.Score(qa, ca)
		if e.Score < 0 || e.Score > 100 {
			t.Fatalf("score %d out of range", e.Score)
		}
		if e.Score == 100 && qa.Text != ca.Text {
			t.Fatalf("%q and %q differ but score 100", a, b)
		}
		if n := terms.KeyCount(qa.Text, lang); n != len(qa.Keys) {
			t.Fatalf("KeyCount(%q) = %d, Analyze has %d keys", a, n, len(qa.Keys))
		}
		if s := tm.Score(qa, qa).Score; s != 100 {
			t.Fatalf("%q against itself: %d", a, s)
		}
		m := map[uint64]int{}
		for _, k := range qa.Keys {
			m[k]++
		}
		shared := 0
		for _, k := range ca.Keys {
			if m[k] > 0 {
				m[k]--
				shared++
			}
		}
		if qa.Text != ca.Text && float64(e.Score) > tm.UpperBound(len(qa.Keys), len(ca.Keys), shared)+1e-9 {
			t.Fatalf("score %d above the bound", e.Score)
		}
		if e.Base > 100 || e.Base < 0 {
			t.Fatalf("base %v", e.Base)
		}
	})
}
