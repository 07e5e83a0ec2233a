package glossary

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// TestMatcherBuild compares the trie newMatcher builds from the sorted
// keys with the one the earlier builder (insertion by insertion, kept
// below as insertMatcher) made: the same keys, each with the same
// outputs in the same order, and tables sized exactly.
func TestMatcherBuild(t *testing.T) {
	keepOutputs = true
	defer func() { keepOutputs = false }()
	gs := testGlossaries(t, 3000)
	for gi, g := range gs {
		for _, lang := range []language.Tag{language.English, language.Korean} {
			for _, opt := range []MatchOptions{{}, {ShortForms: true}} {
				got, want := newMatcher(g.Entries, lang, opt), insertMatcher(g.Entries, lang, opt)
				name := fmt.Sprintf("glossary %d %v short %v", gi, lang, opt.ShortForms)
				if len(got.edges) != cap(got.edges) || len(got.edges) != len(want.edges) {
					t.Errorf("%s: %d edges (cap %d), want %d", name, len(got.edges), cap(got.edges), len(want.edges))
				}
				if g, w := trieKeys(got), trieKeys(want); g != w {
					t.Errorf("%s: keys and outputs differ:\n%.2000s\nwant\n%.2000s", name, g, w)
				}
				if got.root != want.root && !sameRoots(got, want) {
					t.Errorf("%s: root tables differ", name)
				}
				if got.pair != want.pair {
					t.Errorf("%s: pair tables differ", name)
				}
			}
		}
	}
}

// sameRoots reports whether the root tables lead to the same keys (node
// numbers differ between the builders).
func sameRoots(a, b *Matcher) bool {
	for c := range a.root {
		if (a.root[c] < 0) != (b.root[c] < 0) {
			return false
		}
	}
	return (a.rootHangul == nil) == (b.rootHangul == nil)
}

// trieKeys lists every key of m's trie, in rune order, with its outputs
// (term, flags, same) and leads.
func trieKeys(m *Matcher) string {
	var b strings.Builder
	outOf := map[int32]int{} // the outs index of the node whose first lead is k
	for o := range len(m.at) - 1 {
		outOf[m.at[o].lead] = o
	}
	var walk func(nd node, key []rune)
	walk = func(nd node, key []rune) {
		if nd.out >= 0 {
			fmt.Fprintf(&b, "%q:", string(key))
			out, ok := outOf[nd.out]
			if !ok {
				b.WriteString(" out is not a node's first lead\n")
				return
			}
			t0, t1 := m.at[out].term, m.at[out+1].term
			if int(t1-t0) != len(m.outs[out]) {
				b.WriteString(" terms and outputs differ in number")
			}
			for j, o := range m.outs[out] {
				fmt.Fprintf(&b, " %p/%s/%v%v%v/%d", o.term, o.exact, o.cs, o.short, o.plural, o.same)
				if k := int(t0) + j; k < int(t1) && (m.terms[k] != o.term || m.ents[k] != o.entry) {
					b.WriteString(" (term or entry out of step)")
				}
			}
			for k := m.at[out].lead; k < m.at[out+1].lead; k++ {
				l := &m.leads[k]
				fmt.Fprintf(&b, " lead %x", l.mask)
				if l.t0 != t0 || l.t1 != t1 || l.last != (k == m.at[out+1].lead-1) {
					b.WriteString(" (lead's bounds out of step)")
				}
			}
			b.WriteByte('\n')
		}
		es := m.edges[nd.lo:nd.hi]
		if !sort.SliceIsSorted(es, func(i, j int) bool { return es[i].r < es[j].r }) {
			b.WriteString("edges out of order\n")
		}
		for _, e := range es {
			walk(e.node, append(key, e.r))
		}
	}
	walk(m.top, nil)
	return b.String()
}

// generatedGlossary is a glossary of n entries sharing many prefixes:
// persons with short forms, bodies, terms, forms that differ only in case.
func generatedGlossary(t *testing.T, n int) *Glossary {
	r := rand.New(rand.NewPCG(5, 9))
	sur := strings.Fields("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh")
	syl := strings.Fields("min jun seo yeon ji hoon woo jin hyun su young ho")
	var b strings.Builder
	b.WriteString("id,type,lang,term,status,case,short,note\n")
	for i := range n {
		s := sur[r.IntN(len(sur))]
		en := fmt.Sprintf("%s %s-%s", s, strings.ToUpper(syl[r.IntN(len(syl))][:1])+syl[r.IntN(len(syl))][1:], syl[r.IntN(len(syl))])
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, "g%d,person,en,%s,preferred,,%s,\n", i, en, s)
		case 1:
			fmt.Fprintf(&b, "g%d,organization,en,Ministry of %s,preferred,sensitive,,\n", i, strings.ToUpper(en))
		case 2:
			fmt.Fprintf(&b, "g%d,term,en,%s,preferred,,,\n", i, strings.ToLower(en))
		default:
			fmt.Fprintf(&b, "g%d,person,ko,김%s,preferred,,김,\n", i, string(rune(0xAC00+r.IntN(50))))
		}
	}
	g, err := Decode(strings.NewReader(b.String()), FormatCSV, "generated.csv")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// insertMatcher is the builder newMatcher had before session 12: one
// insertion a form, nodes numbered in the order they were made.
// oldNode and oldEdge are the trie of the earlier builder, converted to
// edges that hold their nodes at the end of insertMatcher.
type oldNode struct {
	lo, hi int32
	out    int32
}

type oldEdge struct {
	r    rune
	next int32
}

type insertNode struct {
	edges []oldEdge
	out   []output
}

func insertMatcher(entries []*Entry, lang language.Tag, opt MatchOptions) *Matcher {
	size := 1
	for _, e := range entries {
		for _, t := range e.Terms {
			if sameLang(t.Lang, lang) {
				size += utf8.RuneCountInString(t.Text)
			}
		}
	}
	b := make([]insertNode, 1, size)
	rootEdges := map[rune]int32{} // the root has many children
	insert := func(key string, o output) {
		if key == "" {
			return
		}
		n := int32(0)
		for _, r := range key {
			next := int32(-1)
			if n == 0 {
				if x, ok := rootEdges[r]; ok {
					next = x
				}
			} else {
				for _, e := range b[n].edges {
					if e.r == r {
						next = e.next
						break
					}
				}
			}
			if next < 0 {
				next = int32(len(b))
				b = append(b, insertNode{})
				b[n].edges = append(b[n].edges, oldEdge{r, next})
				if n == 0 {
					rootEdges[r] = next
				}
			}
			n = next
		}
		for _, p := range b[n].out {
			if p.term == o.term && p.short == o.short {
				return
			}
		}
		b[n].out = append(b[n].out, o)
	}
	var shorts []output
	eachOutput(entries, lang, opt, func(o output) { insert(foldKey(o.exact), o) }, func(o output) { shorts = append(shorts, o) })
	// Short forms go after every full form, so a key that is both a full
	// form and a short form reports the full form first.
	for _, o := range shorts {
		insert(foldKey(o.exact), o)
	}
	// Every table sized once: each node but the root has one edge in.
	withOut, outs, all := 0, 0, 0
	for i := range b {
		if n := len(b[i].out); n > 0 {
			withOut++
			outs += min(n, maxOutputs)
			all += n
		}
	}
	onodes, oedges := make([]oldNode, len(b)), make([]oldEdge, 0, len(b)-1)
	m := &Matcher{
		outs: make([][]output, 0, withOut), terms: make([]*Term, 0, all), ents: make([]*Entry, 0, all),
		at: make([]nodeAt, 0, withOut+1), leads: make([]lead, 0, outs)}
	for i := range b {
		es := b[i].edges
		sort.Slice(es, func(x, y int) bool { return es[x].r < es[y].r })
		onodes[i] = oldNode{lo: int32(len(oedges)), out: -1}
		oedges = append(oedges, es...)
		onodes[i].hi = int32(len(oedges))
		if len(b[i].out) > 0 {
			onodes[i].out = int32(len(m.outs))
			m.addOutputs(b[i].out)
		}
	}
	m.closeOutputs()
	// Each edge holds the node it leads to.
	m.top = node(onodes[0])
	m.edges = make([]edge, len(oedges))
	for i, e := range oedges {
		m.edges[i] = edge{e.r, node(onodes[e.next])}
	}
	m.outsToLeads()
	m.tables()
	return m
}

// BenchmarkMatchBuilt compares the walk over the tries of both builders
// (the sorted build numbers a path's nodes one after another): run with
// -count and compare the pairs.
func BenchmarkMatchBuilt(b *testing.B) {
	g := genGlossary(10000)
	for _, lang := range []language.Tag{language.English, language.Korean} {
		text := genText(g, lang, 4<<20)
		opt := MatchOptions{ShortForms: true}
		for _, build := range []struct {
			name string
			m    *Matcher
		}{{"insert", insertMatcher(g.Entries, lang, opt)}, {"sorted", newMatcher(g.Entries, lang, opt)}} {
			b.Run(lang.String()+"/"+build.name, func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				var ms []Match
				for b.Loop() {
					ms = build.m.AppendAll(ms[:0], text)
				}
			})
		}
	}
}

// BenchmarkMatcherBuildInsert is BenchmarkMatcherBuild with the earlier
// builder.
func BenchmarkMatcherBuildInsert(b *testing.B) {
	g := genGlossary(10000)
	for b.Loop() {
		insertMatcher(g.Entries, language.English, MatchOptions{})
		insertMatcher(g.Entries, language.Korean, MatchOptions{})
	}
}

// testGlossaries loads the house glossary and the matcher's cases, and
// adds a generated glossary of n entries.
func testGlossaries(t *testing.T, n int) []*Glossary {
	t.Helper()
	var gs []*Glossary
	for _, f := range []string{"../testdata/glossary/house.csv", "testdata/cases.csv"} {
		g, err := Load(f)
		if err != nil {
			t.Fatal(err)
		}
		gs = append(gs, g)
	}
	return append(gs, generatedGlossary(t, n))
}
