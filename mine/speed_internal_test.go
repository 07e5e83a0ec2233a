package mine

import (
	"bytes"
	"encoding/json"
	"maps"
	"testing"
	"time"

	"bitext/internal/tmgen"
	"bitext/lexicon"
)

// TestSkelHead: the first letter and length skelHead gives are those of
// the skeleton appendSkel makes, after every prefix of words (an n before
// a g, a letter the prefix ends with, a word of vowels).
func TestSkelHead(t *testing.T) {
	words := []string{"로렌스", "리버모어", "산", "길", "간", "아이", "런던", "건설", "꼬마", "오", "스", "뉴욕", "강"}
	for _, a := range words {
		for _, b := range words {
			for _, c := range words {
				var prefix []byte
				for _, w := range []string{a, b} {
					prefix = appendSkel(prefix, newKoWord(w))
				}
				for _, p := range [][]byte{nil, prefix} {
					k := newKoWord(c)
					ks := appendSkel(append([]byte(nil), p...), k)
					first, n := skelHead(p, k)
					if n != len(ks) || n > 0 && first != ks[0] {
						t.Fatalf("%q after %q: skelHead %q %d, skeleton %q", c, p, first, n, ks)
					}
				}
			}
		}
	}
}

// TestMayMatch: mayMatch is true exactly when the set has a length
// within two of n (up to 60 letters, the last bit standing for longer).
func TestMayMatch(t *testing.T) {
	sets := [][]int{{2}, {3, 9}, {5}, {12, 40}, {60}, {63}, {70}, {2, 7, 30}}
	for _, set := range sets {
		var lens uint64
		for _, l := range set {
			lens |= lengthBit(l)
		}
		for n := 2; n <= 75; n++ {
			want := false
			for _, l := range set {
				if d := l - n; d >= -2 && d <= 2 {
					want = true
				}
			}
			got := mayMatch(lens, n)
			if got != want && !(n >= 61 && got) { // lengths of 61 and more are let through
				t.Errorf("lengths %v, n %d: %v, want %v", set, n, got, want)
			}
		}
	}
}

func TestBracketCap(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"경제협력개발기구(OECD)는", true},
		{"국제통화기금（IMF）", true},
		{"(1) 첫째", false},
		{"괄호 (a) 없음", false},
		{"끝에 (", false},
		{"끝에 （", false},
		{"", false},
	} {
		if got := bracketCap(tt.s); got != tt.want {
			t.Errorf("bracketCap(%q) = %v, want %v", tt.s, got, tt.want)
		}
		if m := acronymKo.MatchString(tt.s); m && !tt.want {
			t.Errorf("%q: acronymKo matches where bracketCap is false", tt.s)
		}
	}
}

// TestMemoAcrossUnits: one memo (and the buffers it keeps for the next
// unit) used over many units gives each unit the pairs and the kind
// evidence a unit mined alone gets, with and without a lexicon.
func TestMemoAcrossUnits(t *testing.T) {
	units := tmgen.New(tmgen.Builtin(), 5).Units(2000)
	for _, lex := range []*lexicon.Lexicon{nil, lexicon.Core()} {
		m := newMemo()
		found := 0
		for i, u := range units {
			ko, en := u.Ko, u.En
			wantOut, wantEv := unitPairs(ko, en, lex, nil)
			gotOut, gotEv := unitPairs(ko, en, lex, m)
			if !maps.Equal(gotOut, wantOut) || !maps.Equal(gotEv, wantEv) {
				t.Fatalf("unit %d %q / %q: with the memo %v %v, alone %v %v", i, ko, en, gotOut, gotEv, wantOut, wantEv)
			}
			found += len(wantOut)
		}
		if found < 200 {
			t.Fatalf("only %d pairs in %d units: the test needs names", found, len(units))
		}
	}
}

// TestWriteJSONAsEncoder: WriteJSON writes what a json.Encoder with the
// indent "  " writes of the whole result, for lists empty, nil and full,
// and text JSON escapes (<, &, quotes, a line break).
func TestWriteJSONAsEncoder(t *testing.T) {
	day := time.Date(2026, 12, 6, 5, 0, 0, 0, time.UTC)
	full := &Result{
		Candidates: []Candidate{
			{Korean: "정의용", Type: Person, Renderings: []Rendering{{Text: "Chung Eui-yong", Units: 3, Docs: []string{"a<1>", "b&2"}, FirstSeen: day, LastSeen: day}},
				Units: 3, Examples: []Example{{Unit: 1, Korean: "정의용 \"장관\"", English: "Chung <said>\nit"}}, Score: 2.75},
			{Korean: "OECD", Type: Organization, Renderings: []Rendering{}, Examples: nil, Confirmed: true, Entry: "e1"},
		},
		Drift: []Drift{{Korean: "정의용", Renderings: []Rendering{{Text: "Chung Eui-young", Units: 1}}}},
		Stale: []Stale{{Entry: "e2", Korean: "외교부", Preferred: "Foreign Ministry", ForbDocs: []string{"d"}}},
		Read:  7, Total: 9,
	}
	for _, r := range []*Result{full, {}, {Candidates: []Candidate{}, Drift: []Drift{}, Stale: []Stale{}}, {Stale: full.Stale}} {
		var want, got bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
		if err := r.WriteJSON(&got); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Fatalf("WriteJSON:\n%s\njson.Encoder:\n%s", got.String(), want.String())
		}
	}
}

// TestSimilarity75: similarity75 is similarity when that is 0.75 or
// more and 0 otherwise, for every pair of words of up to nine letters of
// a small alphabet (so that many are near) and some longer ones (session
// 19, helper M30).
func TestSimilarity75(t *testing.T) {
	var words []string
	var gen func(prefix string, n int)
	gen = func(prefix string, n int) {
		words = append(words, prefix)
		if n == 0 {
			return
		}
		for _, c := range "abc" {
			gen(prefix+string(c), n-1)
		}
	}
	gen("", 5)
	long := []string{"abcabcabca", "abcabcabcab", "abcbbcabcaba", "kmnrstkmnrstkmnrst", "kmnrstkmnrstkmnrsx",
		"kmnrstkmnrstkmnrstkmnrstkmnrstkmnr", "kmnrstkmnrstkmnrstkmnrstkmnrstkmnq", "kmnrstkmnrstkmnrstkmnrstkmnrstkmn"}
	for _, w := range long {
		words = append(words, w, w[1:], w[:len(w)-1], "x"+w[1:])
	}
	n := 0
	for _, a := range words {
		for _, b := range words {
			want := similarity(a, b)
			if want < 0.75 {
				want = 0
			} else {
				n++
			}
			if got := similarity75(a, b); got != want {
				t.Fatalf("similarity75(%q, %q) = %v, want %v", a, b, got, want)
			}
			if got := similarity75([]byte(a), b); got != want {
				t.Fatalf("similarity75([]byte(%q), %q) = %v, want %v", a, b, got, want)
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d pairs at 0.75 or more", n)
	}
}
