package align

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"bitext/lexicon"
)

// knotSample is one link of a fitting run: its type, its posterior, whether
// the gold has it, and the group of runs it belongs to.
type knotSample struct {
	typ   [2]int
	p     float64
	right bool
	group string
}

const (
	knotRightAbove = 0.998 // r90: links at or above it at least this share right
	knotRightBelow = 0.45  // r50: links below it at most this share right
	knotMinLinks   = 30    // a group with fewer links of a type says nothing of it
)

// fitKnots fits one knot table by the session-6 rule: per link type and
// group, r90 is the smallest posterior at or above which at least
// knotRightAbove of the group's links were right (1 when none; session 6
// used 99.7%, the core's knots 99.8%), r50 the largest below which at most
// 45% were (the smallest posterior when none); r90 is the largest
// over the groups, rounded up to two places, and r50 the smallest, rounded
// down. A type no group has knotMinLinks links of keeps the knots of base.
func fitKnots(samples []knotSample, base knotTable) knotTable {
	byType := map[[2]int]map[string][]knotSample{}
	for _, s := range samples {
		if byType[s.typ] == nil {
			byType[s.typ] = map[string][]knotSample{}
		}
		byType[s.typ][s.group] = append(byType[s.typ][s.group], s)
	}
	out := knotTable{}
	for typ, k := range base {
		out[typ] = k
	}
	for typ, groups := range byType {
		r50, r90, n := 1.0, 0.0, 0
		for _, g := range groups {
			if len(g) < knotMinLinks {
				continue
			}
			n++
			a, b := groupKnots(g)
			r50, r90 = min(r50, a), max(r90, b)
		}
		if n == 0 {
			continue
		}
		r90 = math.Min(1, math.Ceil(r90*100-1e-9)/100)
		r50 = math.Max(0.01, math.Floor(r50*100+1e-9)/100)
		if r50 >= r90 {
			r50 = r90 - 0.01
		}
		out[typ] = [2]float64{r50, r90}
	}
	return out
}

// groupKnots is r50 and r90 of one group's links of one type.
func groupKnots(g []knotSample) (r50, r90 float64) {
	g = slices.Clone(g)
	sort.Slice(g, func(i, j int) bool { return g[i].p < g[j].p })
	// r90: scan from the top; the set at or above g[i].p.
	r90 = 1
	right, n := 0, 0
	for i := len(g) - 1; i >= 0; i-- {
		n++
		if g[i].right {
			right++
		}
		if i > 0 && g[i-1].p == g[i].p {
			continue
		}
		if float64(right) >= knotRightAbove*float64(n) {
			r90 = g[i].p
		}
	}
	// r50: scan from the bottom; the set strictly below g[i].p.
	r50 = g[0].p
	right, n = 0, 0
	for i := range g {
		if i > 0 && g[i].p != g[i-1].p && float64(right) <= knotRightBelow*float64(n) {
			r50 = g[i].p
		}
		n++
		if g[i].right {
			right++
		}
	}
	return r50, r90
}

// repeatSample is n samples of one link type in one group, each of
// confidence p and right or wrong alike.
func repeatSample(group string, typ [2]int, p float64, right bool, n int) []knotSample {
	out := make([]knotSample, n)
	for i := range out {
		out[i] = knotSample{typ, p, right, group}
	}
	return out
}

func TestFitKnots(t *testing.T) {
	mk := repeatSample
	var s []knotSample
	one := [2]int{1, 1}
	// Group a: 0.2 mostly wrong, 0.6 mixed, 0.95 all right.
	s = append(s, mk("a", one, 0.2, false, 30)...)
	s = append(s, mk("a", one, 0.2, true, 5)...)
	s = append(s, mk("a", one, 0.6, true, 30)...)
	s = append(s, mk("a", one, 0.6, false, 10)...)
	s = append(s, mk("a", one, 0.951, true, 400)...)
	// Group b: right from 0.801 up, wrong below (r90 0.801, r50 0.801).
	s = append(s, mk("b", one, 0.4, false, 40)...)
	s = append(s, mk("b", one, 0.801, true, 400)...)
	// Too few 1-0 links: the base knots stay.
	s = append(s, mk("a", [2]int{1, 0}, 0.5, false, 5)...)
	base := knotTable{{1, 1}: {0.3, 0.9}, {1, 0}: {0.2, 0.8}}
	got := fitKnots(s, base)
	// r90: a 0.951, b 0.801 → max 0.951 → 0.96. r50: a: below 0.6 are
	// 5 of 35 right → 0.6; below 0.951 are 35 of 75 right (0.47) → stays
	// 0.6; b: below 0.801 none right → 0.801; min 0.6.
	want := knotTable{{1, 1}: {0.6, 0.96}, {1, 0}: {0.2, 0.8}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("fitKnots = %v, want %v", got, want)
	}
	// One wrong link among the top ones pushes r90 above it.
	s = append(s, mk("b", one, 0.99, false, 3)...)
	if got := fitKnots(s, base)[one][1]; got != 1 {
		t.Errorf("with 3 wrong links at 0.99 in b, r90 = %.2f, want 1", got)
	}
}

// TestCoreKnotsFitted refits coreKnots on the development part of the
// edition set (BITEXT_EDITION_DIR: the folder of editionset and splitdev
// with the dev.tm, cross-*.tm and half-*.tm lexicons the README's
// commands make) and fails when the table in calibration.go differs:
//
//	BITEXT_EDITION_DIR=/tmp/edition go test ./align -run CoreKnotsFitted -v
//
// Since session 19 (helper A38) the knots are fitted on two sets' dev
// parts, A16's and A10's: BITEXT_EDITION_DIR=A16DIR:A10DIR (with A16's
// alone the 1-1, 1-2 and 1-0 r50s come out higher and the test fails).
//
// Groups: NTREX documents (cross and half-out lexicons), KPC dev documents
// (the same), and every dev document with the core alone; each run edited
// and unedited, with and without the second pass. The dev TM, which has
// seen the documents, is not used. Never run on the held-out part.
//
// Since session 23 (helper A55) the fit's r90s are raised to
// coreR90Floor where lower (noLowerR90): r90 may only tighten. The fit on
// the aligner of session 23, since session 26 (helper A62) on helper A60's,
// is coreRefitTakenOut, which the test accepts beside coreKnots.
func TestCoreKnotsFitted(t *testing.T) {
	dir := os.Getenv("BITEXT_EDITION_DIR")
	if dir == "" {
		t.Skip("BITEXT_EDITION_DIR not set (the edition set's folder)")
	}
	// BITEXT_EDITION_DIR may list several sets' folders, separated as in
	// PATH: each set's runs are groups of their own (session 19, helper
	// A38: A16's set and A10's, whose 1-1, 2-1 and 1-0 links were right
	// below the r50s of A16's alone).
	type run struct{ group, dir, lex, docs string }
	var runs []run
	var groups []string
	dirs := filepath.SplitList(dir)
	for k, d := range dirs {
		prefix := ""
		if len(dirs) > 1 {
			prefix = fmt.Sprint(k)
		}
		for _, c := range []string{"ntrex", "kpc-dev"} {
			runs = append(runs, run{prefix + c, d, "cross-" + c + ".tm.lexicon", "dev-" + c})
			for _, h := range []string{"0", "1"} {
				runs = append(runs, run{prefix + c, d, "half-" + c + "-" + h + ".tm.lexicon", "half-" + c + "-" + h})
			}
		}
		runs = append(runs, run{prefix + "core", d, "", "dev"})
		groups = append(groups, prefix+"ntrex", prefix+"kpc-dev", prefix+"core")
	}
	collect := func() []knotSample {
		var samples []knotSample
		for _, r := range runs {
			var lex *lexicon.Lexicon
			if r.lex != "" {
				var err error
				if lex, err = lexicon.Load(filepath.Join(r.dir, r.lex), ""); err != nil {
					t.Fatal(err)
				}
			}
			for _, suffix := range []string{".jsonl", ".clean.jsonl"} {
				docs := readDocs(t, filepath.Join(r.dir, r.docs+suffix))
				for _, second := range []bool{false, true} {
					samples = append(samples, knotRun(t, docs, lex, second, r.group)...)
				}
			}
		}
		return samples
	}
	samples := collect()
	free := fitKnots(samples, lexiconKnots)
	got := noLowerR90(free, coreR90Floor)
	t.Logf("fitted on %d links:\n%s", len(samples), knotReport(samples, groups, free, nil))
	t.Logf("r90 no lower than coreR90Floor: %v", got)
	if sameKnots(got, coreKnots) {
		return
	}
	if sameKnots(got, coreRefitTakenOut) && sameKnots(coreRefitTakenOut, got) {
		t.Logf("the fit is coreRefitTakenOut (sessions 23 and 26), taken out after its held-out run; coreKnots stay session 21's %v", coreKnots)
		return
	}
	// The second pass learns from links rated by the knots, so a refit
	// need not be a fixed point: it can alternate between two tables
	// (session 12: a wrong 0-1 link between the two 0-1 r90s). The
	// committed table is then the two fits rounded outwards (the larger
	// r90, the smaller r50), which must be one of them.
	saved := coreKnots
	coreKnots = got
	samples = collect()
	coreKnots = saved
	again := noLowerR90(fitKnots(samples, lexiconKnots), coreR90Floor)
	outward := knotTable{}
	for typ := range got {
		outward[typ] = [2]float64{min(got[typ][0], again[typ][0]), max(got[typ][1], again[typ][1])}
	}
	t.Logf("the fit with those knots gives %v; outwards %v", again, outward)
	if !sameKnots(again, coreKnots) || !sameKnots(outward, coreKnots) {
		for _, typ := range knotTypes(got) {
			if !sameKnots(knotTable{typ: outward[typ]}, knotTable{typ: coreKnots[typ]}) {
				t.Errorf("coreKnots %v = %v, the fit gives %v, then %v", typ, coreKnots[typ], got[typ], again[typ])
			}
		}
	}
}

// coreR90Floor are the core knots' r90s as session 21 fitted them
// (helper A46, on the aligner of that time). Since session 23 (helper A55,
// issue #10) a refit may raise a core r90 but not lower it below these, so
// no link reaches 0.9 that did not then (A52's rule for the knots without
// a lexicon, conservativeKnots): the free fit on today's aligner lowered
// the 1-1 r90 0.87 → 0.86, and the held-out links of 0.9 or more with the
// core and the second pass were 99.07% right on A16's set (README:
// Measured, "Session 23 (helper A54)"), too near 99% to loosen. The r50s
// are the free fit's.
var coreR90Floor = map[[2]int]float64{
	{1, 1}: 0.87,
	{2, 1}: 0.98,
	{1, 2}: 1.00,
	{1, 0}: 1.00,
	{0, 1}: 0.91,
	{3, 1}: 1.00,
	{1, 3}: 1.00,
}

// coreRefitTakenOut is the fit of TestCoreKnotsFitted on the aligner of
// session 23 (dde9085; A46's copies of A16's and A10's sets), a fixed
// point in one step: committed as coreKnots in 5b723b2 (helper A55) and
// taken out after its held-out run, where with the core the flagged links
// of A16's no-TM and dev-TM-and-second-pass settings and of A10's no-TM
// and second-pass settings were less than half wrong (0.556 → 0.455,
// 0.700 → 0.471, 0.500 → 0.300, 0.750 → 0.375; README: Measured,
// "Session 23 (helper A55)"). Since session 26 (helper A62) it is the fit
// on the aligner of helper A60 (koLexRepeats, latinRepeat; f3da5e08), on
// A16's and A10's sets rebuilt at d8e78e4e: session 23's with 2-1 r50
// 0.32 → 0.31, 1-2 r50 0.30 → 0.31 and, one step from coreKnots, 1-1 r90
// 0.88 (with it the fit gives 0.87, with 0.87 a fixed point). That refit
// was not kept either: on dev it lowered two second-pass runs' F1 and
// flagged two right links of an unedited file, and on held-out the flagged
// links with the core were less than half wrong with no TM (0.429 of 7 →
// 0.375 of 8); README: Measured, "Session 26 (helper A62)". The test
// passes when the fit is this table or coreKnots, and fails when the
// aligner moves the fit anywhere else.
var coreRefitTakenOut = knotTable{
	{1, 1}: {0.33, 0.88},
	{2, 1}: {0.31, 0.98},
	{1, 2}: {0.31, 1.00},
	{1, 0}: {0.20, 1.00},
	{0, 1}: {0.18, 0.91},
	{3, 1}: {0.99, 1.00},
	{1, 3}: {0.99, 1.00},
}

// noLowerR90 is fit with each type's r90 raised to floor's where it is
// below it; r50 stays the fit's.
func noLowerR90(fit knotTable, floor map[[2]int]float64) knotTable {
	out := knotTable{}
	for typ, k := range fit {
		out[typ] = [2]float64{k[0], max(k[1], floor[typ])}
	}
	return out
}

// TestNoLowerR90: a fitted r90 below the floor is raised to it, one above
// it kept, and r50 is never touched.
func TestNoLowerR90(t *testing.T) {
	fit := knotTable{{1, 1}: {0.33, 0.86}, {2, 1}: {0.30, 0.99}, {0, 1}: {0.18, 0.91}}
	floor := map[[2]int]float64{{1, 1}: 0.87, {2, 1}: 0.98, {0, 1}: 0.91}
	want := knotTable{{1, 1}: {0.33, 0.87}, {2, 1}: {0.30, 0.99}, {0, 1}: {0.18, 0.91}}
	if got := noLowerR90(fit, floor); !sameKnots(got, want) || !sameKnots(want, got) {
		t.Errorf("noLowerR90 = %v, want %v", got, want)
	}
	// The committed core knots are never below the floor.
	for typ, r90 := range coreR90Floor {
		if coreKnots[typ][1] < r90-1e-9 {
			t.Errorf("coreKnots %v r90 %.2f below the floor %.2f", typ, coreKnots[typ][1], r90)
		}
	}
}

// sameKnots tells whether two tables have the same knots for the types
// of a.
func sameKnots(a, b knotTable) bool {
	for typ, k := range a {
		if math.Abs(k[0]-b[typ][0]) > 1e-9 || math.Abs(k[1]-b[typ][1]) > 1e-9 {
			return false
		}
	}
	return true
}

func readDocs(t testing.TB, path string) []*Document {
	docs, err := ReadDocuments(path)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// knotRun aligns docs with the core lexicon and lex (as bitext eval align
// does, with the batch's second pass when second is set) and returns each
// link's posterior, read back through the core knots, with its verdict.
func knotRun(t *testing.T, docs []*Document, lex *lexicon.Lexicon, second bool, group string) []knotSample {
	return knotSamples(t, docs, Options{Lexicon: lex, CoreLexicon: true}, second, group, coreKnots)
}

// knotSamples aligns docs with opts (and the batch's second pass when
// second is set) and returns each link's posterior, read back through
// knots, with its verdict against the gold links.
func knotSamples(t *testing.T, docs []*Document, opts Options, second bool, group string, knots knotTable) []knotSample {
	if second {
		var err error
		if opts.SecondPass, err = LearnFromBatch(Pairs(docs), opts); err != nil {
			t.Fatal(err)
		}
	}
	var out []knotSample
	for _, d := range docs {
		links, err := Align(d.Source, d.Target, opts)
		if err != nil {
			t.Fatal(err)
		}
		gold := map[string]bool{}
		for _, g := range d.Gold {
			gold[key(g)] = true
		}
		for _, l := range links {
			typ := [2]int{len(l.Source), len(l.Target)}
			out = append(out, knotSample{typ, uncalibrate(typ[0], typ[1], l.Confidence, knots), gold[key(l)], group})
		}
	}
	return out
}

// knotReport gives each group's own fit and the fitted table got, sorted
// by bead type, each knot with the committed table's r50 beside it when
// committed is not nil.
func knotReport(samples []knotSample, groups []string, got, committed knotTable) string {
	var b strings.Builder
	for _, g := range groups {
		var gs []knotSample
		for _, s := range samples {
			if s.group == g {
				gs = append(gs, s)
			}
		}
		fmt.Fprintf(&b, "group %s (%d links):", g, len(gs))
		for typ, k := range fitKnots(gs, knotTable{}) {
			fmt.Fprintf(&b, " %d-%d %.2f/%.2f", typ[0], typ[1], k[0], k[1])
		}
		b.WriteString("\n")
	}
	for _, typ := range knotTypes(got) {
		if committed != nil {
			fmt.Fprintf(&b, "\t{%d, %d}: {%.2f, %.2f} (committed %.2f)\n", typ[0], typ[1], got[typ][0], got[typ][1], committed[typ][0])
		} else {
			fmt.Fprintf(&b, "\t{%d, %d}: {%.2f, %.2f},\n", typ[0], typ[1], got[typ][0], got[typ][1])
		}
	}
	return b.String()
}

// knotTypes gives the bead types of t in order: 0-1, 1-0, 1-1, 1-2, 2-1 ...
func knotTypes(t knotTable) [][2]int {
	var types [][2]int
	for typ := range t {
		types = append(types, typ)
	}
	slices.SortFunc(types, func(a, b [2]int) int { return (a[0]*10 + a[1]) - (b[0]*10 + b[1]) })
	return types
}
