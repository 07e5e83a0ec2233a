// Package aligneval is the evaluation behind `bitext eval align`: the
// aligner scored against gold links (align.NewDocumentDecoder's files,
// with the reference aligners' links beside ours), on documents made from
// sentence pairs perturbed like the NTREX files (Perturb), and on
// paragraph-aligned TSV files (links crossing a paragraph boundary), with
// precision, recall and F1 by link type and the confidence calibration.
//
//	err := aligneval.Run(os.Stdout, ui, aligneval.Options{Gold: []string{"dev.gold.jsonl"}, MinF1: 0.9})
package aligneval

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"sort"
	"strings"
	"text/tabwriter"

	"golang.org/x/text/language"

	"bitext/align"
	"bitext/internal/exitcode"
	"bitext/lexicon"
	"bitext/locales"
	"bitext/segment"
)

// Options are the settings of an evaluation.
type Options struct {
	Gold       []string // gold-aligned document files
	Paragraphs string   // a paragraph-aligned TSV file
	Pairs      []string // sentence-pair TSV files (ko TAB en)
	Rate       float64  // perturbation rate of the documents made from Pairs
	DocSize    int      // pairs per document made from Pairs
	Seed       int64    // of the perturbation
	Lexicon    *lexicon.Lexicon
	MinF1      float64 // floor of each gold or pairs file's F1
	SecondPass bool    // align gold files as bitext run's batch second pass does
	// Batch is the number of documents of a gold file in one batch of the
	// second pass, in file order (the last batch shorter): each batch's
	// second pass learns only from its own first-pass links, as bitext
	// run's does from a run's articles. 0 makes the whole file one batch.
	Batch int
	// CoreLexicon adds the hand-written core lexicon for Korean–English
	// (align.Options.CoreLexicon).
	CoreLexicon bool
}

// Run evaluates the files o names and writes the report to w in the
// interface language of ui. A file below MinF1, or any link crossing a
// paragraph, gives exitcode.ErrFindings after the report.
func Run(w io.Writer, ui *locales.Localizer, o Options) error {
	opts := align.Options{Lexicon: o.Lexicon, CoreLexicon: o.CoreLexicon}
	below := 0
	check := func(f1 float64) {
		if f1 < o.MinF1 {
			below++
			fmt.Fprintln(w, ui.T("AlignEvalBelowFloor", map[string]any{"F1": fmt.Sprintf("%.4f", f1), "Min": o.MinF1}))
		}
	}
	for _, f := range o.Gold {
		batch := -1
		if o.SecondPass {
			batch = o.Batch
		}
		f1, err := gold(ui, w, f, opts, batch)
		if err != nil {
			return err
		}
		check(f1)
	}
	for _, f := range o.Pairs {
		f1, err := pairs(ui, w, f, o.Rate, o.DocSize, o.Seed, opts)
		if err != nil {
			return err
		}
		check(f1)
	}
	if below > 0 {
		return exitcode.ErrFindings
	}
	if o.Paragraphs != "" {
		crossing, err := paragraphs(ui, w, o.Paragraphs)
		if err != nil {
			return err
		}
		if crossing > 0 {
			return exitcode.ErrFindings
		}
	}
	return nil
}

const ourName = "bitext"

// flagBelow is the confidence below which the exports flag a link
// "check alignment" (export.DefaultLowConfidence, pipeline.MinStoreConfidence).
const flagBelow = 0.5

// learnBatch is the first half of the batch second pass
// (align.LearnFromBatch); a variable so that a test can see the batches.
var learnBatch = align.LearnFromBatch

// gold scores the documents of the gold file at path. batch < 0 aligns
// each document alone; otherwise the documents are aligned as bitext
// run's second pass does, in batches of batch documents in file order (0:
// the whole file), each batch's lexicon learned from its own first pass.
func gold(ui *locales.Localizer, w io.Writer, path string, opts align.Options, batch int) (float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, exitcode.Unopened(ui, path, err)
	}
	defer f.Close()
	dec := align.NewDocumentDecoder(f, path)
	decode := func() (*align.Document, align.Options, error) {
		d, err := dec.Decode()
		return d, opts, err
	}
	if batch >= 0 {
		// The batch's second pass: align every document of a batch, learn
		// a lexicon from the confident links, align again the documents
		// whose links were not confident (align.Options.SecondPass).
		docs, err := dec.DecodeAll()
		if err != nil {
			return 0, exitcode.AsBadInput(err)
		}
		if batch == 0 {
			batch = max(len(docs), 1)
		}
		next := 0
		second := opts
		decode = func() (*align.Document, align.Options, error) {
			if next == len(docs) {
				return nil, opts, io.EOF
			}
			if next%batch == 0 {
				end := min(next+batch, len(docs))
				if second.SecondPass, err = learnBatch(align.Pairs(docs[next:end]), opts); err != nil {
					return nil, opts, err
				}
			}
			next++
			return docs[next-1], second, nil
		}
	}
	return docs(ui, w, ui.T("AlignEvalLabelGold", map[string]any{"File": path}), decode)
}

// pairs makes test documents from sentence pairs (a ko TAB en
// TSV): consecutive pairs in documents of size pairs, perturbed like the
// NTREX files at rate.
func pairs(ui *locales.Localizer, w io.Writer, path string, rate float64, size int, seed int64, opts align.Options) (float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, exitcode.Unopened(ui, path, err)
	}
	defer f.Close()
	var src, tgt []string
	s := bufio.NewScanner(f)
	s.Buffer(make([]byte, 0, 1<<20), 16<<20)
	line := 0
	for s.Scan() {
		line++
		ko, en, ok := strings.Cut(s.Text(), "\t")
		if !ok || strings.Contains(en, "\t") {
			return 0, exitcode.AsBadInput(errors.New(ui.T("AlignEvalErrPairs", map[string]any{"File": path, "Line": line})))
		}
		src = append(src, ko)
		tgt = append(tgt, en)
	}
	if err := s.Err(); err != nil {
		return 0, exitcode.AsEnvironment(err)
	}
	rng := rand.New(rand.NewSource(seed))
	next := 0
	decode := func() (*align.Document, align.Options, error) {
		if next >= len(src) {
			return nil, opts, io.EOF
		}
		end := min(next+size, len(src))
		ko, en, gold := Perturb(src[next:end], tgt[next:end], rate, rng)
		next = end
		return &align.Document{Source: ko, Target: en, Gold: gold}, opts, nil
	}
	label := ui.T("AlignEvalLabelPairs", map[string]any{"File": path, "Rate": rate * 100, "Size": size, "Seed": seed})
	return docs(ui, w, label, decode)
}

// docs scores the documents decode gives, each aligned with the options
// decode gives beside it.
func docs(ui *locales.Localizer, w io.Writer, label string, decode func() (*align.Document, align.Options, error)) (float64, error) {
	counts := map[string]*align.Counts{}
	get := func(name string) *align.Counts {
		if counts[name] == nil {
			counts[name] = &align.Counts{}
		}
		return counts[name]
	}
	n := 0
	for {
		doc, opts, err := decode()
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, exitcode.AsBadInput(err)
		}
		n++
		links, err := align.Align(doc.Source, doc.Target, opts)
		if err != nil {
			return 0, exitcode.AsBadInput(err)
		}
		get(ourName).Score(doc.Gold, links)
		for name, ref := range doc.References {
			get(name).Score(doc.Gold, ref)
		}
	}
	names := []string{ourName}
	var refs []string
	for n := range counts {
		if n != ourName {
			refs = append(refs, n)
		}
	}
	sort.Strings(refs)
	names = append(names, refs...)

	fmt.Fprintln(w, ui.N("AlignEvalHeader", n, map[string]any{"Label": label}))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t\n", ui.T("AlignEvalColAligner", nil), ui.T("AlignEvalColPrecision", nil), ui.T("AlignEvalColRecall", nil), ui.T("AlignEvalColF1", nil))
	for _, n := range names {
		c := counts[n]
		fmt.Fprintf(tw, "%s\t%.4f\t%.4f\t%.4f\t\n", n, c.Precision(), c.Recall(), c.F1())
	}
	tw.Flush()

	fmt.Fprintln(w)
	fmt.Fprintln(w, ui.T("AlignEvalByType", nil))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := []string{ui.T("AlignEvalColType", nil), ui.T("AlignEvalColGold", nil)}
	for _, n := range names {
		head = append(head, n+" P", "R", "F1")
	}
	fmt.Fprintln(tw, strings.Join(head, "\t")+"\t")
	for _, t := range counts[ourName].Types() {
		row := []string{t, fmt.Sprint(counts[ourName].ByType[t].Gold)}
		for _, n := range names {
			x := counts[n].ByType[t]
			if x == nil {
				x = &align.TypeCounts{}
			}
			row = append(row, fmt.Sprintf("%.3f", x.Precision()), fmt.Sprintf("%.3f", x.Recall()), fmt.Sprintf("%.3f", x.F1()))
		}
		fmt.Fprintln(tw, strings.Join(row, "\t")+"\t")
	}
	tw.Flush()

	fmt.Fprintln(w)
	fmt.Fprintln(w, ui.T("AlignEvalCalibration", nil))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t\n", ui.T("AlignEvalColConfidence", nil), ui.T("AlignEvalColLinks", nil), ui.T("AlignEvalColCorrect", nil), ui.T("AlignEvalColAccuracy", nil))
	hi, hiOK, lo, loOK := 0, 0, 0, 0
	for _, b := range counts[ourName].Calibration {
		if b.Links == 0 {
			continue
		}
		fmt.Fprintf(tw, "%.1f-%.1f\t%d\t%d\t%.3f\t\n", b.Lo, b.Hi, b.Links, b.Correct, float64(b.Correct)/float64(b.Links))
		if b.Lo >= 0.9-1e-9 {
			hi += b.Links
			hiOK += b.Correct
		}
		if b.Hi <= flagBelow+1e-9 {
			lo += b.Links
			loOK += b.Correct
		}
	}
	tw.Flush()
	acc := 0.0
	if hi > 0 {
		acc = float64(hiOK) / float64(hi)
	}
	fmt.Fprintln(w, ui.N("AlignEvalHighConfidence", hi, map[string]any{"Accuracy": fmt.Sprintf("%.4f", acc)}))
	wrong := 0.0
	if lo > 0 {
		wrong = float64(lo-loOK) / float64(lo)
	}
	fmt.Fprintln(w, ui.N("AlignEvalFlagged", lo, map[string]any{"Wrong": fmt.Sprintf("%.3f", wrong), "Below": flagBelow}))
	fmt.Fprintln(w)
	return counts[ourName].F1(), nil
}

// paragraphs reads a paragraph-aligned TSV (document_id,
// segment_id, ko, en with a header row), splits every paragraph into
// sentences, aligns each document with and without its paragraphs and
// counts the links that cross a paragraph boundary.
func paragraphs(ui *locales.Localizer, w io.Writer, path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, exitcode.Unopened(ui, path, err)
	}
	defer f.Close()
	type doc struct {
		src, tgt     []string
		sPara, tPara []int
	}
	var docs []*doc
	byID := map[string]*doc{}
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
			return 0, exitcode.AsBadInput(errors.New(ui.T("AlignEvalErrColumns", map[string]any{"File": path, "Line": line, "N": len(cols)})))
		}
		d := byID[cols[0]]
		if d == nil {
			d = &doc{}
			byID[cols[0]] = d
			docs = append(docs, d)
		}
		p := line
		for _, x := range segment.Sentences(cols[2], language.Korean) {
			d.src = append(d.src, x)
			d.sPara = append(d.sPara, p)
		}
		for _, x := range segment.Sentences(cols[3], language.English) {
			d.tgt = append(d.tgt, x)
			d.tPara = append(d.tPara, p)
		}
	}
	if err := s.Err(); err != nil {
		return 0, exitcode.AsEnvironment(err)
	}
	crossWith, crossWithout, total := 0, 0, 0
	for _, d := range docs {
		with, err := align.Align(d.src, d.tgt, align.Options{SourceParas: d.sPara, TargetParas: d.tPara})
		if err != nil {
			return 0, exitcode.AsBadInput(err)
		}
		without, err := align.Align(d.src, d.tgt, align.Options{})
		if err != nil {
			return 0, exitcode.AsBadInput(err)
		}
		total += len(with)
		crossWith += crossing(with, d.sPara, d.tPara)
		crossWithout += crossing(without, d.sPara, d.tPara)
	}
	fmt.Fprintln(w, ui.T("AlignEvalParagraphs", map[string]any{
		"File": path, "Docs": len(docs), "Links": total, "Crossing": crossWith, "CrossingWithout": crossWithout,
	}))
	return crossWith, nil
}

// crossing counts links whose segments are not all in one paragraph
// (the same paragraph number on both sides).
func crossing(links []align.Link, sp, tp []int) int {
	n := 0
	for _, l := range links {
		para := map[int]bool{}
		for _, i := range l.Source {
			para[sp[i]] = true
		}
		for _, j := range l.Target {
			para[tp[j]] = true
		}
		if len(para) > 1 {
			n++
		}
	}
	return n
}
