// Command editionset makes the edition-style alignment evaluation set from
// the third-party corpora in ../shared. An English edition is not a
// sentence-by-sentence translation: it drops Korean sentences, adds
// English-only lines, splits long sentences and merges short ones. This
// program takes 1-1 sentence pairs grouped into documents and edits the
// English side of each document that way, writing the Korean sentences, the
// edited English sentences and the gold links in the JSON Lines format
// bitext eval align --gold reads:
//
//	go run ./align/internal/editionset -shared ../shared -o /tmp/edition
//
// writes these files into /tmp/edition (never into the repository: they
// derive from ../shared and keep its licences):
//
//   - dev.jsonl, dev.clean.jsonl: the development part, the 123 NTREX
//     documents and the KPC dev file cut into documents of 20 consecutive
//     pairs, edited and unedited;
//   - heldout.jsonl, heldout.clean.jsonl: the held-out part, the 17 WMT24++
//     news documents and the KPC test file, edited the same way; only to be
//     looked at when reporting;
//   - dev-tm.tmx: every NTREX and KPC dev pair as it is, for a translation
//     memory to learn a lexicon from (bitext tm import, bitext tm lexicon);
//   - dev.editor.jsonl, heldout.editor.jsonl (session 24): the documents
//     listed in the embedded additions-dev.tsv and additions-heldout.tsv,
//     edited as in dev.jsonl and heldout.jsonl but with English-only lines
//     a person wrote as an edition's editor adds them in place of the
//     generator's (editorlines.go; the dev lines by helper E1, the held-out
//     lines by helper E2, written without running the aligner on them);
//     a later writer's lines for the same documents, additions-dev-<w>.tsv
//     or additions-heldout-<w>.tsv, make dev.editor-<w>.jsonl and
//     heldout.editor-<w>.jsonl (session 25: a second dev writer and fresh
//     held-out lines).
//
// The edits of a document, drawn from a random generator seeded with -seed
// and the document id, so the files are the same on every run:
//
//   - drops (1-0): round(15%) of the Korean sentences keep no English;
//   - splits (1-2): 1 to 3 English sentences are split at a clause boundary
//     ("; ", ", and ", ", but ", ", which ", ", while ", ", who " ...), the
//     first part ending in a full stop and the second made a sentence
//     (drawn first, then merges, then drops);
//   - merges (2-1): 1 or 2 pairs of consecutive English sentences are joined
//     into one as an editor joins them ("A, and b", "A, but b", "A and
//     said …", "A, which …", "A, while b"; merges.go; until session 15
//     "A; B");
//   - additions (0-1): 0 to 2 English-only lines: a credit or footer line
//     at the end, a context sentence from templates filled with the
//     document's own people, organisations, places and years, or a
//     sentence borrowed from another document of the same part (see
//     additions.go; the development and held-out parts use disjoint halves
//     of the templates and fillers). With -borrow topic (session 18) a
//     borrowed sentence is one of another document on the same matter,
//     put next to the pair it shares most words with (nearby.go); the
//     default, -borrow part, leaves the output as before.
//
// The first pair of a document (the headline) is never edited. A split
// needs a clause boundary with at least 25 characters on each side where an
// editor would split (clauseSplit): not inside a quotation, an HTML entity
// or a pair of dashes, not in a question or a sentence with an ellipsis, the
// first half not a subordinate clause, the second half with a subject of its
// own and a finite verb ("which" becomes "It" or "They" agreeing with its
// verb); documents with fewer candidates get fewer splits. (Session 13:
// before these rules, 26 of the first 60 dev splits, read by hand, were
// not sentences an editor would write; README: Edition-style evaluation set.)
// Session 14 (splitrules.go) takes back the splits an editor makes that
// those rules refused: a second half opening with an adverb or a short
// phrase, a quantity or "that" as its subject, "which" before a verb in
// the past, "who"/"whose" after a name (repeated) or a plural noun, ", where"
// ("There, …"), ", saying/adding (that)" and a second verb sharing the first
// half's subject (the subject repeated), " and "/" but " without a comma,
// ", when"/", after" before a clause in the past ("That was when …"),
// ", meaning" ("That means …"), ", as", ", though", ", whereas", ", yet";
// and splits are drawn before merges, so a merge no longer takes the
// document's only sentence that can be split. Session 14's second round
// (helper A12, splitreports.go) adds reports the way a desk splits them:
// ", adding (that)" and reporting participles (", citing", ", calling",
// ", noting that" …) after an attribution (`"…," Nugroho said, adding that
// …` → `Nugroho added that …`, the speaker the attribution's) or after the
// first half's own subject and verb; a report's second claim (", and that"
// → "X said that …"); a second reporting verb ("… and said/added …") after
// closed quotations; a line that already holds two sentences cut at a
// sentence boundary outside quotation marks; irregular past forms and
// plain verbs after "who" and a plural noun. No cut falls inside quotation
// marks.
//
// KPC was aligned automatically and its pairs are noisy; before cutting it
// into documents, label lines (번역 :) and pairs whose English/Korean length
// ratio, in characters, is more than twice or less than half the file's
// median are left out, the same rule on the dev and the test file. Every
// pair kept was then read by hand (kpc-verdicts.tsv, verdicts.go); the
// pairs judged wrong are left out of their documents after the cut
// (-verdicts, on by default; -verdicts=false gives the set without them).
//
// WMT24++ is aligned by paragraph. A paragraph is split into sentences on
// both sides (package segment); where the counts agree, its sentences are
// taken as 1-1 pairs, and where they do not, the paragraph is left out of
// the document. (Checked by hand on the first documents: with equal counts
// the sentences were translations of each other in order.)
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"log"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"bitext/internal/tmgen"
	"bitext/segment"
)

// pair is one sentence pair; line is its 1-based line in the source file
// (0 where the source is not line-aligned, as in WMT24++).
type pair struct {
	ko, en string
	line   int
}

type doc struct {
	id, corpus string
	pairs      []pair
}

// out is one line of the output files.
type out struct {
	ID     string     `json:"doc_id"`
	Corpus string     `json:"corpus"`
	Ko     []string   `json:"ko"`
	En     []string   `json:"en"`
	Gold   [][2][]int `json:"gold"`
	Edits  edits      `json:"edits"`
}

type edits struct {
	Drops, Splits, Merges, Additions int
}

func main() {
	shared := flag.String("shared", "../shared", "the shared data folder")
	dir := flag.String("o", "", "output folder")
	seed := flag.Int64("seed", 1, "random seed")
	kpcSize := flag.Int("kpc-doc-size", 20, "pairs per KPC document")
	useVerdicts := flag.Bool("verdicts", true, "leave out the KPC pairs judged wrong by hand (kpc-verdicts.tsv); -verdicts=false keeps them")
	verdictFile := flag.String("verdicts-file", "", "read the hand verdicts from this file instead of the built-in kpc-verdicts.tsv")
	borrow := flag.String("borrow", "part", "where a borrowed English-only line comes from: part (any other document of the part) or topic (the sentences of other documents sharing most words with the document, put next to the pair they share most with; nearby.go)")
	flag.Parse()
	if *borrow != "part" && *borrow != "topic" {
		log.Fatalf("editionset: -borrow %q: want part or topic", *borrow)
	}
	if *dir == "" {
		log.Fatal("editionset: -o is required")
	}
	var v *verdicts
	if *useVerdicts {
		var err error
		if v, err = loadVerdicts(*verdictFile); err != nil {
			log.Fatal(err)
		}
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		log.Fatal(err)
	}
	corpus := filepath.Join(*shared, "corpus")
	ntrex, err := readNTREX(filepath.Join(corpus, "ntrex128-newstest2019.ko-en.tsv"), filepath.Join(corpus, "ntrex128-newstest2019.docid.txt"))
	if err != nil {
		log.Fatal(err)
	}
	kpcDev, err := readKPC(filepath.Join(corpus, "kpc-news-v1.dev.ko-en.tsv"), "kpc-dev", *kpcSize)
	if err != nil {
		log.Fatal(err)
	}
	kpcTest, err := readKPC(filepath.Join(corpus, "kpc-news-v1.test.ko-en.tsv"), "kpc-test", *kpcSize)
	if err != nil {
		log.Fatal(err)
	}
	wmt, err := readWMT(filepath.Join(corpus, "wmt24pp-news.en-ko_KR.para.tsv"))
	if err != nil {
		log.Fatal(err)
	}
	var tmPairs []tmgen.Pair
	for _, f := range []string{"ntrex128-newstest2019.ko-en.tsv", "kpc-news-v1.dev.ko-en.tsv"} {
		ps, err := readPairs(filepath.Join(corpus, f))
		if err != nil {
			log.Fatal(err)
		}
		for _, p := range ps {
			if p.ko != "" && p.en != "" {
				tmPairs = append(tmPairs, tmgen.Pair{Ko: p.ko, En: p.en})
			}
		}
	}
	tf, err := os.Create(filepath.Join(*dir, "dev-tm.tmx"))
	if err != nil {
		log.Fatal(err)
	}
	if err := tmgen.WriteTMX(tf, tmPairs); err != nil {
		log.Fatal(err)
	}
	if err := tf.Close(); err != nil {
		log.Fatal(err)
	}
	// The hand verdicts leave wrong KPC pairs out of the documents; the
	// English-only lines borrowed from other documents are still drawn
	// from the documents as read (a pair's English is news prose even when
	// its Korean is not its translation), so documents without a wrong
	// pair come out exactly as without the verdicts.
	kpcDevJudged, err := judge(kpcDev, "kpc-news-v1.dev.ko-en.tsv", v)
	if err != nil {
		log.Fatal(err)
	}
	kpcTestJudged, err := judge(kpcTest, "kpc-news-v1.test.ko-en.tsv", v)
	if err != nil {
		log.Fatal(err)
	}
	join := func(a, b []doc) []doc { return append(append([]doc(nil), a...), b...) }
	for _, part := range []struct {
		name           string
		docs, material []doc
	}{
		{"dev", join(ntrex, kpcDevJudged), join(ntrex, kpcDev)},
		{"heldout", join(wmt, kpcTestJudged), join(wmt, kpcTest)},
	} {
		m := newMaterial(part.material, part.name == "heldout")
		m.topic = *borrow == "topic"
		if err := write(filepath.Join(*dir, part.name+".jsonl"), part.docs, m, *seed, true, nil); err != nil {
			log.Fatal(err)
		}
		if err := write(filepath.Join(*dir, part.name+".clean.jsonl"), part.docs, m, *seed, false, nil); err != nil {
			log.Fatal(err)
		}
		// Editor-written English-only lines (session 24,
		// editorlines.go): the listed documents, edited as above.
		// Each writer's lines make a file of their own (editorWriters).
		writers, err := editorWriters(part.name)
		if err != nil {
			log.Fatal(err)
		}
		for _, w := range writers {
			ed, err := loadEditorLines(part.name, w)
			if err != nil {
				log.Fatal(err)
			}
			name := part.name + ".editor.jsonl"
			if w != "" {
				name = part.name + ".editor-" + w + ".jsonl"
			}
			if err := write(filepath.Join(*dir, name), part.docs, m, *seed, true, ed); err != nil {
				log.Fatal(err)
			}
		}
	}
}

// judge leaves out of KPC documents cut from file the pairs v judges wrong
// (v nil: none) and says on standard error how many.
func judge(docs []doc, file string, v *verdicts) ([]doc, error) {
	if v == nil {
		return docs, nil
	}
	out, removed, err := applyVerdicts(docs, file, v)
	if err != nil {
		return nil, err
	}
	kept, unchecked := 0, 0
	for _, d := range docs {
		for _, p := range d.pairs {
			kept++
			if !v.covered(file, p.line) {
				unchecked++
			}
		}
	}
	fmt.Fprintf(os.Stderr, "%s: %d pairs kept by the label and length filters, %d left out by hand verdicts, %d not covered by a checked range\n",
		file, kept, removed, unchecked)
	return out, nil
}

// write writes docs to path, edited (edit) or as they are. With editor
// lines (ed not nil) it writes only the documents ed lists, edited with
// ed's lines as their English-only lines (editorlines.go).
func write(path string, docs []doc, m *material, seed int64, edit bool, ed *editorDocs) error {
	if ed != nil {
		known := map[string]bool{}
		var listed []doc
		for _, d := range docs {
			known[d.id] = true
			if _, ok := ed.lines[d.id]; ok {
				listed = append(listed, d)
			}
		}
		for _, id := range ed.order {
			if !known[id] {
				return fmt.Errorf("editionset: %s: editor lines for %s, which is not a document of the part", path, id)
			}
		}
		docs = listed
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	var total edits
	beads := 0
	for _, d := range docs {
		h := fnv.New64a()
		h.Write([]byte(d.corpus + "/" + d.id))
		rng := rand.New(rand.NewSource(seed ^ int64(h.Sum64()>>1)))
		var o out
		if ed != nil {
			if o, err = editDocWith(d, rng, m, ed.lines[d.id]); err != nil {
				f.Close()
				return err
			}
		} else if edit {
			o = editDoc(d, rng, m)
		} else {
			o = out{ID: d.id, Corpus: d.corpus}
			for i, p := range d.pairs {
				o.Ko = append(o.Ko, p.ko)
				o.En = append(o.En, p.en)
				o.Gold = append(o.Gold, [2][]int{{i}, {i}})
			}
		}
		total.Drops += o.Edits.Drops
		total.Splits += o.Edits.Splits
		total.Merges += o.Edits.Merges
		total.Additions += o.Edits.Additions
		beads += len(o.Gold)
		if err := enc.Encode(o); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%s: %d documents, %d links; %d drops, %d splits, %d merges, %d additions\n",
		path, len(docs), beads, total.Drops, total.Splits, total.Merges, total.Additions)
	return f.Close()
}

const (
	op11 = iota
	opDrop
	opSplit
	opMerge // this pair and the next
	opMerged
)

// editDoc edits the English side of a document the way an edition does.
func editDoc(d doc, rng *rand.Rand, m *material) out {
	o, _ := editDocWith(d, rng, m, nil)
	return o
}

// editDocWith is editDoc; with editor lines (editorlines.go; a non-nil
// slice, empty for a document judged to need none) the generator's
// additions are drawn as ever and discarded, and the editor's lines are
// the document's English-only lines, so every other edit is editDoc's.
func editDocWith(d doc, rng *rand.Rand, m *material, editor []editorLine) (out, error) {
	n := len(d.pairs)
	op := make([]int, n)
	splits := make([][2]string, n)
	free := func(i int) bool { return i > 0 && i < n && op[i] == op11 }
	// Budget: never more than half of the pairs edited.
	budget := n / 2
	nMerge := 1 + rng.Intn(2)
	nSplit := 1 + rng.Intn(3)
	nDrop := int(math.Round(0.15 * float64(n)))
	nAdd := rng.Intn(3)
	var e edits
	// Splits are drawn before merges (session 14): few sentences can be
	// split as an editor would, and a merge drawn first took some of them.
	var cand []int
	for i := 1; i < n; i++ {
		if op[i] == op11 {
			if _, _, ok := splitSentence(d.pairs[i].en); ok {
				cand = append(cand, i)
			}
		}
	}
	rng.Shuffle(len(cand), func(a, b int) { cand[a], cand[b] = cand[b], cand[a] })
	for _, i := range cand {
		if e.Splits >= nSplit || budget < 1 {
			break
		}
		a, b, _ := splitSentence(d.pairs[i].en)
		op[i] = opSplit
		splits[i] = [2]string{a, b}
		e.Splits++
		budget--
	}
	for try := 0; try < 20*n && e.Merges < nMerge && budget >= 2; try++ {
		i := 1 + rng.Intn(max(n-1, 1))
		if free(i) && free(i+1) && utf8.RuneCountInString(d.pairs[i].en+d.pairs[i+1].en) < 320 {
			op[i], op[i+1] = opMerge, opMerged
			e.Merges++
			budget -= 2
		}
	}
	for try := 0; try < 20*n && e.Drops < nDrop && budget >= 1; try++ {
		i := 1 + rng.Intn(max(n-1, 1))
		if free(i) {
			op[i] = opDrop
			e.Drops++
			budget--
		}
	}
	// Additions: English-only lines (additions.go).
	after := map[int][]string{} // pair index -> lines added after it
	for _, a := range additions(d, op, nAdd, m, rng) {
		if a.footer {
			after[a.after] = append(after[a.after], a.text)
		} else {
			after[a.after] = append([]string{a.text}, after[a.after]...)
		}
		e.Additions++
	}
	if editor != nil {
		var err error
		if after, err = editorPlaces(editor, op, d.corpus+"/"+d.id); err != nil {
			return out{}, err
		}
		e.Additions = len(editor)
	}
	o := out{ID: d.id, Corpus: d.corpus, Edits: e}
	// The merges' joins are drawn last (merges.go), so every other edit
	// is the same as before session 15.
	var ens []string
	for _, p := range d.pairs {
		ens = append(ens, p.en)
	}
	v := newVocab(ens)
	v.partLow = m.low
	addEn := func(s string) int {
		o.En = append(o.En, s)
		return len(o.En) - 1
	}
	for i := 0; i < n; i++ {
		p := d.pairs[i]
		k := len(o.Ko)
		o.Ko = append(o.Ko, p.ko)
		switch op[i] {
		case op11:
			o.Gold = append(o.Gold, [2][]int{{k}, {addEn(p.en)}})
		case opDrop:
			o.Gold = append(o.Gold, [2][]int{{k}, {}})
		case opSplit:
			a := addEn(splits[i][0])
			b := addEn(splits[i][1])
			o.Gold = append(o.Gold, [2][]int{{k}, {a, b}})
		case opMerge:
			o.Ko = append(o.Ko, d.pairs[i+1].ko)
			o.Gold = append(o.Gold, [2][]int{{k, k + 1}, {addEn(mergeSentences(p.en, d.pairs[i+1].en, v, rng))}})
			i++
		}
		for _, t := range after[i] {
			o.Gold = append(o.Gold, [2][]int{{}, {addEn(t)}})
		}
	}
	for k := range o.Gold {
		if o.Gold[k][0] == nil {
			o.Gold[k][0] = []int{}
		}
		if o.Gold[k][1] == nil {
			o.Gold[k][1] = []int{}
		}
	}
	return o, nil
}

var stop = map[string]bool{"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "Mr": true, "Ms": true,
	"Mrs": true, "Dr": true, "But": true, "And": true, "He": true, "She": true, "It": true, "They": true, "We": true, "I": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true, "August": true,
	"September": true, "October": true, "November": true, "December": true, "Korea": true, "South": true, "North": true,
	"United": true, "States": true, "New": true, "Party": true, "Minister": true, "President": true, "Prime": true}

func capitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) < 2 {
		return false
	}
	for _, c := range w[1:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// boundaries are the clause boundaries a sentence is split at, with what
// the second sentence starts with ("" keeps its first word, capitalized;
// ", which " gets "It " or "They ", see whichSubject).
var boundaries = []struct{ at, start string }{
	{"; ", ""}, {", and ", ""}, {", but ", "But "}, {", which ", ""}, {", while ", "Meanwhile, "},
	{", although ", "However, "}, {", so ", "So "}, {" — ", ""}, {" - ", ""},
	// Session 14 (splitrules.go): a relative "who" after a name or a
	// plural noun, "where", a report ("…, saying/adding (that) …") with the
	// first half's own subject, and " and "/" but " without a comma before
	// a pronoun subject.
	{", who ", ""}, {", where ", "There, "}, {", saying that ", ""}, {", saying ", ""},
	{", adding that ", ""}, {", adding ", ""}, {" and ", ""}, {" but ", "But "},
	{", whose ", ""}, {", though ", "However, "}, {", whereas ", "By contrast, "}, {", yet ", "Yet "},
	{", meaning ", "That means "}, {", as ", ""}, {", when ", "That was when "}, {", after ", "That came after "},
	// Session 14, helper A12 (splitreports.go): a report's second claim;
	// reporting participles are added in init.
	{", and that ", ""}, {", and so ", "So "},
}

func init() {
	for _, p := range participleBoundaries() {
		boundaries = append(boundaries, struct{ at, start string }{p, ""})
	}
}

// The word lists the split rules read. A split must leave two sentences an
// editor could have written: the first a clause with a finite verb that is
// not a subordinate clause; the second with a subject of its own (a
// pronoun, a determiner or a capitalized name, "which" replaced by "It" or
// "They" agreeing with its verb) and a finite verb.
var (
	auxiliaries = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "had": true,
		"have": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
		"should": true, "must": true, "did": true, "does": true, "do": true, "be": true, "been": true,
		"shall": true, "am": true}
	// finiteVerbs are common irregular or -s verb forms; a clause has a
	// finite verb if it has one of these, an auxiliary, a contraction or a
	// word in -ed.
	finiteVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "made": true, "makes": true,
		"took": true, "takes": true, "gave": true, "gives": true, "went": true, "goes": true, "came": true, "comes": true,
		"became": true, "becomes": true, "began": true, "begins": true, "saw": true, "sees": true, "found": true, "finds": true,
		"got": true, "gets": true, "left": true, "leaves": true, "held": true, "holds": true, "met": true, "meets": true,
		"won": true, "wins": true, "lost": true, "loses": true, "led": true, "leads": true, "ran": true, "runs": true,
		"sent": true, "sends": true, "spent": true, "paid": true, "pays": true, "built": true, "brought": true,
		"brings": true, "thought": true, "thinks": true, "knew": true, "knows": true, "kept": true, "keeps": true,
		"fell": true, "falls": true, "rose": true, "rises": true, "grew": true, "grows": true, "chose": true,
		"showed": true, "shows": true, "seems": true, "appears": true, "remains": true, "wants": true, "needs": true,
		"means": true, "meant": true, "hopes": true, "plans": true, "expects": true, "believes": true, "argue": true,
		"argues": true, "believe": true, "expect": true, "think": true, "know": true, "say": true, "want": true,
		"need": true, "seem": true, "remain": true, "felt": true, "feels": true, "stood": true, "stands": true,
		"sat": true, "lay": true, "wrote": true, "writes": true, "spoke": true, "heard": true, "struck": true,
		"hit": true, "cut": true, "set": true, "put": true, "let": true, "won't": true, "can't": true,
		// session 14
		"sold": true, "sells": true, "bought": true, "buys": true, "flew": true, "flies": true, "drove": true,
		"fought": true, "caught": true, "taught": true, "threw": true, "drew": true, "wore": true, "fled": true,
		"shot": true, "ate": true, "broke": true, "understood": true, "forgot": true, "sought": true}
	// subjectStarts are the lower-case words a clause's subject starts with.
	subjectStarts = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "you": true,
		"there": true, "i'm": true, "what's": true, "here's": true, "this": true, "these": true, "those": true, "the": true, "a": true, "an": true, "its": true,
		"his": true, "her": true, "their": true, "our": true, "my": true, "your": true, "some": true, "many": true,
		"most": true, "several": true, "both": true, "each": true, "no": true, "another": true, "it's": true,
		"he's": true, "she's": true, "they're": true, "we're": true, "there's": true, "that's": true}
	// nonSubjects are capitalized words that do not start a subject: a
	// clause starting with one is subordinate or has no subject.
	nonSubjects = map[string]bool{"as": true, "if": true, "when": true, "whether": true, "although": true,
		"though": true, "because": true, "since": true, "after": true, "before": true, "unless": true, "until": true,
		"while": true, "where": true, "once": true, "from": true, "with": true, "without": true, "for": true,
		"in": true, "on": true, "at": true, "by": true, "of": true, "to": true, "notably": true, "just": true,
		"all": true, "only": true, "not": true, "then": true, "also": true, "but": true, "and": true, "or": true,
		"so": true, "that": true, "what": true, "how": true, "why": true, "who": true, "which": true, "despite": true,
		"during": true, "amid": true, "including": true, "like": true, "than": true, "even": true, "still": true,
		"later": true, "now": true, "again": true, "often": true, "never": true, "instead": true, "soon": true,
		"meanwhile": true, "however": true, "yet": true, "about": true, "into": true, "over": true, "between": true}
	// timeNouns after this, that, last or next make a time phrase, not a
	// subject ("but this year announced ...").
	timeNouns = map[string]bool{"year": true, "week": true, "month": true, "day": true, "time": true,
		"morning": true, "afternoon": true, "evening": true, "night": true, "season": true, "weekend": true,
		"summer": true, "winter": true, "spring": true, "autumn": true, "fall": true, "decade": true}
)

// words are s's words, with the punctuation around them trimmed.
func words(s string) []string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = strings.Trim(w, ",;:.!?()\"'“”‘’—-")
	}
	return f
}

// subordinators start a subordinate clause. contractions are pronouns
// with a verb; a word in 's is not among them,
// as it is more often a possessive ("St. Martin's").
var subordinators = map[string]bool{"what": true, "how": true, "why": true, "who": true, "which": true, "that": true,
	"when": true, "where": true, "whether": true, "if": true, "because": true, "although": true, "though": true,
	"unless": true, "until": true, "while": true}

// leftOpeners, besides the subordinators, start a first half that is not a
// main clause ("As part of ...", "Once ...").
var leftOpeners = map[string]bool{"as": true, "since": true, "once": true, "whenever": true, "after": true, "before": true}

var contractions = map[string]bool{"it's": true, "that's": true, "there's": true, "he's": true, "she's": true,
	"what's": true, "here's": true, "who's": true, "i'm": true, "let's": true}

// hasFiniteVerb reports whether the words ws have a finite verb before any
// word that starts a subordinate clause ("what it's like" is not one).
func hasFiniteVerb(ws []string) bool {
	for _, w := range ws {
		l := strings.ToLower(w)
		if subordinators[l] {
			return false // a subordinate clause starts: its verb is not the clause's
		}
		if auxiliaries[l] || finiteVerbs[l] || contractions[l] || strings.HasSuffix(l, "n't") ||
			strings.HasSuffix(l, "'re") || strings.HasSuffix(l, "'ve") || strings.HasSuffix(l, "'ll") ||
			len(l) > 3 && strings.HasSuffix(l, "ed") && !strings.Contains(l, "-") && w == l {
			return true
		}
	}
	return false
}

// hasVerbInS reports whether ws has a lower-case word in -s that may be a
// verb ("publishes"); a weaker test than hasFiniteVerb, for the first half,
// whose subject is the sentence's own.
func hasVerbInS(ws []string) bool {
	for _, w := range ws {
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && strings.ToLower(w) == w {
			return true
		}
	}
	return false
}

// hasSubject reports whether the clause ws (in its original case) starts
// with a subject: a pronoun, a determiner, a capitalized name or a bare
// noun followed by its verb, or by another word and its verb ("nationalist
// opponents argue").
func hasSubject(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	first := ws[0]
	l := strings.ToLower(first)
	if quantSubject(ws) {
		return true // "all of them were", "more than 100 were", "just 30 percent said"
	}
	if l == "that" {
		return thatSubject(ws) // "that was", "that goal was", not "that he …"
	}
	if nonSubjects[l] {
		return false
	}
	if (l == "this" || l == "that" || l == "last" || l == "next" || l == "each" || l == "every") && timeNouns[strings.ToLower(ws[1])] {
		return false
	}
	if subjectStarts[l] || first == "I" {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(first); unicode.IsUpper(r) {
		return true
	}
	// A bare noun ("analysts expect ...") only with its verb right after
	// it, so a clause that starts with its verb ("raises the question")
	// is not taken for one with a subject.
	if strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ly") || finiteVerbs[l] || auxiliaries[l] {
		return false
	}
	if hasFiniteVerb(ws[1:2]) {
		return true
	}
	// A bare noun, adverbs and its verb ("evacuees still need ...").
	if j := skipAdverbs(ws, 1); j > 1 && j < len(ws) && hasFiniteVerb(ws[j:j+1]) {
		return true
	}
	// A bare noun, a short phrase and its verb ("demand for its chips had
	// recovered", "discrimination against them is rife").
	if prepositions[lower(ws[1])] || lower(ws[1]) == "of" || lower(ws[1]) == "against" {
		for j := 2; j < len(ws) && j < 6; j++ {
			if subordinators[lower(ws[j])] || pronounSubjects[lower(ws[j])] {
				return false
			}
			if auxiliaries[lower(ws[j])] || j > 2 && ws[j] == lower(ws[j]) && strings.HasSuffix(ws[j], "ed") && !finiteVerbs[ws[j]] && pastForm(ws[j]) {
				return true
			}
		}
	}
	// An adjective and a noun ("nationalist opponents argue ...").
	m := ws[1]
	return len(ws) > 2 && m == strings.ToLower(m) && !subjectStarts[m] && !nonSubjects[m] && !strings.HasSuffix(m, "ly") &&
		!auxiliaries[m] && !finiteVerbs[m] && hasFiniteVerb(ws[2:3])
}

// whichSubject is the pronoun that replaces "which" before the verb v: "It"
// before a singular verb, "They" before a plural one, and before a modal
// "They" only when the word before "which" looks plural.
func whichSubject(v, before string) string {
	switch v {
	case "is", "was", "has", "does":
		return "It"
	case "are", "were", "have", "do":
		return "They"
	}
	b := strings.ToLower(before)
	if strings.HasSuffix(b, "s") && !strings.HasSuffix(b, "ss") && !strings.HasSuffix(b, "us") && !strings.HasSuffix(b, "is") {
		return "They"
	}
	return "It"
}

// clauseSplit reports whether s may be split at the boundary at with left
// and right on either side, and what the second sentence then is. It
// refuses a split inside a quotation, an HTML entity or a pair of dashes,
// in a sentence with an ellipsis,
// after a subordinate first clause, and where either half would not be a
// sentence of its own.
func clauseSplit(s, at, start, left, right string) (string, bool) {
	if _, ok := participles[strings.TrimSuffix(strings.TrimPrefix(at, ", "), " ")]; ok && hasAttribution(left) && !strings.Contains(s, "...") && !strings.Contains(s, "…") {
		rw := words(right)
		if len(rw) < 3 {
			return "", false
		}
		return participleClause(at, left, words(left), rw, right)
	}
	if (at == ", adding that " || at == ", adding ") && hasAttribution(left) && !strings.Contains(s, "...") && !strings.Contains(s, "…") {
		// `"…," Nugroho said, adding that …`: the speaker is the
		// attribution's, and the quotation is closed before the cut
		// (splitreports.go).
		rw := words(right)
		if len(rw) < 3 {
			return "", false
		}
		return addingClause(at, left, rw, right)
	}
	if openQuote(left) || closesQuote(right) {
		return "", false
	}
	if k := strings.LastIndex(left, "&"); k >= 0 && !strings.Contains(left[k:], " ") {
		return "", false // "jalape&ntilde;os"
	}
	if strings.Contains(s, "...") || strings.Contains(s, "…") {
		return "", false // an ellipsis: a fragment, not a clause
	}
	if (at == " — " || at == " - ") && strings.Count(s, at) > 1 {
		return "", false // a parenthesis between dashes
	}
	if insideParenthesis(left) {
		return "", false // a boundary between dashes or brackets
	}
	if strings.Contains(left, ": ") {
		return "", false // a list or a quotation opened by a colon ("…: some nice gags here, as …")
	}
	if r, _ := utf8.DecodeRuneInString(left); strings.ContainsRune("'\"‘“", r) {
		return "", false // a quotation opened at the start: the cut would fall inside it
	}
	lw, rw := words(left), words(right)
	if len(lw) < 3 || len(rw) < 3 {
		return "", false
	}
	if subordinators[strings.ToLower(lw[0])] || leftOpeners[strings.ToLower(lw[0])] && openerPhrase(left) == 0 || !hasFiniteVerb(lw) && !hasVerbInS(lw[1:]) {
		return "", false
	}
	switch at {
	case ", which ":
		return whichClause(lw, rw, right)
	case ", who ", ", whose ":
		return whoClause(left, at, rw, right)
	case ", where ":
		if !hasFiniteVerb(lw) || strings.ContainsAny(right, ",;\"“”") {
			return "", false // "where" inside the sentence ("…, where I …, was …")
		}
	case ", saying that ", ", saying ", ", adding that ", ", adding ":
		if hasAttribution(left) {
			return "", false // "…, the governor said, saying …": not the first half's subject's
		}
		return reportClause(left, at, rw, right)
	case ", and that ":
		return twoClaims(left, rw, right)
	}
	if _, ok := participles[strings.TrimSuffix(strings.TrimPrefix(at, ", "), " ")]; ok {
		return participleClause(at, left, lw, rw, right)
	}
	switch at {
	case ", and ", " and ":
		if second, ok := sharedReport(left, at, start, rw, right); ok {
			return second, true // "Yang described the talks as … and said that …" → "Yang said that …"
		}
	}
	switch at {
	case ", and ", ", but ", ", yet ", " and ", " but ":
		if second, ok := sharedSubject(left, at, start, rw, right); ok {
			return second, true // "…, and said …" → "The union said …"
		}
	}
	switch at {
	case " and ":
		if strings.HasSuffix(left, ",") || !pronounSubjects[strings.ToLower(rw[0])] || reports(lw) {
			return "", false // only before a pronoun subject, and not in a report
		}
	case " but ":
		if strings.HasSuffix(left, ",") || strings.Contains(lower(left), "not only") || reports(lw) {
			return "", false // "not only … but …", or a report
		}
	}
	k := openerLen(right)
	if k >= len(rw)-1 || !hasSubject(rw[k:]) || !rightHasVerb(rw[k:]) {
		return "", false
	}
	if (at == ", when " || at == ", after ") && (k > 0 || !pastClause(rw)) {
		return "", false // "That was when …" only before a clause in the past
	}
	if start == "" {
		return upperFirst(right), true
	}
	return start + right, true
}

// splitSentence splits an English sentence in two at the clause boundary
// nearest its middle that leaves 25 characters or more on each side and
// two sentences of their own (clauseSplit). A question or an exclamation
// is not split.
func splitSentence(s string) (a, b string, ok bool) {
	t := strings.TrimRight(s, "\"'”’ ")
	if !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "..") {
		return "", "", false
	}
	best := -1
	// A line of two sentences or more is cut at a sentence boundary
	// (session 14, A12: splitreports.go), both sentences whole.
	for _, k := range sentenceCuts(s) {
		left, right := strings.TrimRight(s[:k], " "), s[k:]
		if utf8.RuneCountInString(left) < 25 || utf8.RuneCountInString(right) < 25 || strings.Contains(s, "...") || strings.Contains(s, "…") ||
			closesQuote(right) || !capitalStart(left) {
			continue // a fragment, or a quotation opened before the line that closes after the cut
		}
		if d := abs(len(left) - len(right)); best < 0 || d < best {
			best = d
			a, b = left, right
		}
	}
	if best >= 0 {
		return a, b, true
	}
	for _, bd := range boundaries {
		for off := 0; ; {
			k := strings.Index(s[off:], bd.at)
			if k < 0 {
				break
			}
			k += off
			off = k + len(bd.at)
			left, right := s[:k], s[k+len(bd.at):]
			if utf8.RuneCountInString(left) < 25 || utf8.RuneCountInString(right) < 25 {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(right); !unicode.IsLetter(r) {
				continue
			}
			second, ok := clauseSplit(s, bd.at, bd.start, left, right)
			if !ok {
				continue
			}
			d := abs(len(left) - len(right))
			if best < 0 || d < best {
				best = d
				a, b = left, second
			}
		}
	}
	if best < 0 {
		return "", "", false
	}
	a = strings.TrimRight(a, " ,;-—")
	for _, q := range []string{`,"`, `,”`, `,'`, `,’`} {
		if strings.HasSuffix(a, q) {
			// a quotation closed with a comma before the cut ends with a
			// full stop inside it: "an act of terror."
			return strings.TrimSuffix(a, q) + "." + q[1:], b, true
		}
	}
	return a + ".", b, true
}

// closesQuote reports whether s closes a quotation it did not open
// (",' Prof Czeisler added").
func closesQuote(s string) bool {
	opens, closes := 0, 0
	for i, r := range s {
		if !strings.ContainsRune("'\"‘’“”", r) {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
		switch {
		case i == 0 || unicode.IsSpace(prev):
			if r != '’' && r != '”' {
				opens++
			}
		case unicode.IsLetter(prev) && unicode.IsLetter(next):
			// an apostrophe
		case unicode.IsPunct(prev) || next == ' ' || next == utf8.RuneError:
			if r != '‘' && r != '“' {
				closes++
			}
		}
	}
	return closes > opens
}

// openQuote reports whether s leaves a quotation open.
func openQuote(s string) bool {
	n := strings.Count(s, "\"") + strings.Count(s, "“") + strings.Count(s, "”")
	return n%2 == 1 || strings.Count(s, "“") > strings.Count(s, "”")
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func readNTREX(tsv, ids string) ([]doc, error) {
	pairs, err := readPairs(tsv)
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(ids)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) != len(pairs) {
		return nil, fmt.Errorf("editionset: %s has %d lines, %s %d", ids, len(lines), tsv, len(pairs))
	}
	var docs []doc
	for i, p := range pairs {
		id := strings.Fields(lines[i])[0]
		if len(docs) == 0 || docs[len(docs)-1].id != id {
			docs = append(docs, doc{id: id, corpus: "ntrex"})
		}
		docs[len(docs)-1].pairs = append(docs[len(docs)-1].pairs, p)
	}
	return docs, nil
}

func readPairs(path string) ([]pair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []pair
	s := bufio.NewScanner(f)
	s.Buffer(make([]byte, 0, 1<<20), 16<<20)
	line := 0
	for s.Scan() {
		line++
		ko, en, ok := strings.Cut(s.Text(), "\t")
		if !ok {
			return nil, fmt.Errorf("editionset: %s:%d: want ko TAB en", path, line)
		}
		out = append(out, pair{ko: strings.TrimSpace(ko), en: strings.TrimSpace(en), line: line})
	}
	return out, s.Err()
}

// readKPC reads a KPC file, leaves out label lines and pairs whose length
// ratio is more than 2× from the median, and cuts the rest into documents
// of size consecutive pairs (the last one shorter). Each pair keeps its
// line number for the hand verdicts (judge), which are applied after the
// cut, so a document keeps its id and, when none of its pairs was judged
// wrong, its edits.
func readKPC(path, name string, size int) ([]doc, error) {
	pairs, err := readPairs(path)
	if err != nil {
		return nil, err
	}
	ratio := func(p pair) float64 {
		return float64(utf8.RuneCountInString(p.en)+1) / float64(utf8.RuneCountInString(p.ko)+1)
	}
	var rs []float64
	for _, p := range pairs {
		rs = append(rs, ratio(p))
	}
	sort.Float64s(rs)
	med := rs[len(rs)/2]
	var kept []pair
	for _, p := range pairs {
		r := ratio(p) / med
		label := strings.HasSuffix(strings.TrimSpace(p.ko), ":") || strings.HasSuffix(strings.TrimSpace(p.en), ":")
		if p.ko == "" || p.en == "" || label || r > 2 || r < 0.5 {
			continue
		}
		kept = append(kept, p)
	}
	var docs []doc
	for i := 0; i < len(kept); i += size {
		docs = append(docs, doc{id: fmt.Sprintf("%s.%03d", name, i/size), corpus: name, pairs: kept[i:min(i+size, len(kept))]})
	}
	return docs, nil
}

// loadVerdicts reads the verdict file at path, or the built-in one when
// path is empty.
func loadVerdicts(path string) (*verdicts, error) {
	if path == "" {
		return readVerdicts(strings.NewReader(builtinVerdicts), builtinVerdictsName)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readVerdicts(f, path)
}

// readWMT reads the paragraph-aligned WMT24++ file and keeps, per
// document, the sentences of the paragraphs whose sentence counts agree.
func readWMT(path string) ([]doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []doc
	s := bufio.NewScanner(f)
	s.Buffer(make([]byte, 0, 1<<20), 16<<20)
	line := 0
	for s.Scan() {
		line++
		if line == 1 {
			continue
		}
		cols := strings.Split(s.Text(), "\t")
		if len(cols) != 4 {
			return nil, fmt.Errorf("editionset: %s:%d: want 4 columns", path, line)
		}
		if len(docs) == 0 || docs[len(docs)-1].id != cols[0] {
			docs = append(docs, doc{id: cols[0], corpus: "wmt24pp"})
		}
		ko := segment.Sentences(cols[2], language.Korean)
		en := segment.Sentences(cols[3], language.English)
		if len(ko) != len(en) {
			continue
		}
		for i := range ko {
			docs[len(docs)-1].pairs = append(docs[len(docs)-1].pairs, pair{ko: strings.TrimSpace(ko[i]), en: strings.TrimSpace(en[i])})
		}
	}
	return docs, s.Err()
}
