package main

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

	"github.com/urfave/cli/v2"
	"golang.org/x/text/language"

	"bitext/align"
	"bitext/locales"
	"bitext/segment"
)

func init() { registerEval(evalAlignCommand) }

type evalAlignOptions struct {
	gold       []string
	paragraphs string
	pairs      []string
	rate       float64
	docSize    int
	seed       int64
	lexicon    string
	tm         string
	minF1      float64
	secondPass bool
}

func evalAlignCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "align",
		Usage:       ui.T("AlignEvalUsage", nil),
		Description: ui.T("AlignEvalDescription", nil),
		ArgsUsage:   ui.T("AlignEvalArgs", nil),
		Flags: []cli.Flag{
			&cli.StringSliceFlag{Name: "gold", Usage: ui.T("AlignEvalFlagGold", nil)},
			&cli.StringFlag{Name: "paragraphs", Usage: ui.T("AlignEvalFlagParagraphs", nil)},
			&cli.StringSliceFlag{Name: "pairs", Usage: ui.T("AlignEvalFlagPairs", nil)},
			&cli.Float64Flag{Name: "rate", Value: 0.05, Usage: ui.T("AlignEvalFlagRate", nil)},
			&cli.IntFlag{Name: "doc-size", Value: 20, Usage: ui.T("AlignEvalFlagDocSize", nil)},
			&cli.Int64Flag{Name: "seed", Value: 1, Usage: ui.T("AlignEvalFlagSeed", nil)},
			&cli.StringFlag{Name: "lexicon", Usage: ui.T("AlignEvalFlagLexicon", nil)},
			&cli.StringFlag{Name: "tm", Usage: ui.T("AlignEvalFlagTM", nil)},
			&cli.Float64Flag{Name: "min-f1", Usage: ui.T("AlignEvalFlagMinF1", nil)},
			&cli.BoolFlag{Name: "second-pass", Usage: ui.T("AlignEvalFlagSecondPass", nil)},
		},
		Action: func(c *cli.Context) error {
			o := evalAlignOptions{
				gold:       append(c.StringSlice("gold"), c.Args().Slice()...),
				paragraphs: c.String("paragraphs"),
				pairs:      c.StringSlice("pairs"),
				rate:       c.Float64("rate"),
				docSize:    c.Int("doc-size"),
				seed:       c.Int64("seed"),
				lexicon:    c.String("lexicon"),
				tm:         c.String("tm"),
				minF1:      c.Float64("min-f1"),
				secondPass: c.Bool("second-pass"),
			}
			if len(o.gold) == 0 && o.paragraphs == "" && len(o.pairs) == 0 {
				return badInput(errors.New(ui.T("AlignEvalErrNoInput", nil)))
			}
			if o.rate < 0 || o.rate > 0.25 || o.docSize < 1 {
				return badInput(errors.New(ui.T("AlignEvalErrPerturb", nil)))
			}
			if o.minF1 < 0 || o.minF1 > 1 {
				return badInput(errors.New(ui.T("AlignEvalErrMinF1", nil)))
			}
			w := c.App.Writer
			var opts align.Options
			var err error
			if opts.Lexicon, err = loadAlignLexicon(ui, o.lexicon, o.tm); err != nil {
				return err
			}
			below := 0
			check := func(f1 float64) {
				if f1 < o.minF1 {
					below++
					fmt.Fprintln(w, ui.T("AlignEvalBelowFloor", map[string]any{"F1": fmt.Sprintf("%.4f", f1), "Min": o.minF1}))
				}
			}
			for _, f := range o.gold {
				f1, err := evalAlignGold(ui, w, f, opts, o.secondPass)
				if err != nil {
					return err
				}
				check(f1)
			}
			for _, f := range o.pairs {
				f1, err := evalAlignPairs(ui, w, f, o.rate, o.docSize, o.seed, opts)
				if err != nil {
					return err
				}
				check(f1)
			}
			if below > 0 {
				return findings
			}
			if o.paragraphs != "" {
				crossing, err := evalAlignParagraphs(ui, w, o.paragraphs)
				if err != nil {
					return err
				}
				if crossing > 0 {
					return findings
				}
			}
			return nil
		},
	}
}

const alignOurName = "bitext"

// alignFlagBelow is the confidence below which the exports flag a link
// "check alignment" (export.DefaultLowConfidence, pipeline.MinStoreConfidence).
const alignFlagBelow = 0.5

func evalAlignGold(ui *locales.Localizer, w io.Writer, path string, opts align.Options, secondPass bool) (float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, environment(errors.New(ui.T("ErrOpen", map[string]any{"Path": path, "Err": err})))
	}
	defer f.Close()
	dec := align.NewDocumentDecoder(f, path)
	decode := dec.Decode
	if secondPass {
		// The batch's second pass, as bitext run does it: align every
		// document, learn a lexicon from the confident links, align again.
		var docs []*align.Document
		for {
			d, err := dec.Decode()
			if err == io.EOF {
				break
			}
			if err != nil {
				return 0, badInput(err)
			}
			docs = append(docs, d)
		}
		batch := make([]align.Pair, len(docs))
		for i, d := range docs {
			batch[i] = align.Pair{Source: d.Source, Target: d.Target}
		}
		var err error
		if opts.Lexicon, err = align.LearnFromBatch(batch, opts); err != nil {
			return 0, badInput(err)
		}
		next := 0
		decode = func() (*align.Document, error) {
			if next == len(docs) {
				return nil, io.EOF
			}
			next++
			return docs[next-1], nil
		}
	}
	return evalAlignDocs(ui, w, ui.T("AlignEvalLabelGold", map[string]any{"File": path}), decode, opts)
}

// evalAlignPairs makes test documents from sentence pairs (a ko TAB en
// TSV): consecutive pairs in documents of size pairs, perturbed like the
// NTREX files at rate.
func evalAlignPairs(ui *locales.Localizer, w io.Writer, path string, rate float64, size int, seed int64, opts align.Options) (float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, environment(errors.New(ui.T("ErrOpen", map[string]any{"Path": path, "Err": err})))
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
			return 0, badInput(errors.New(ui.T("AlignEvalErrPairs", map[string]any{"File": path, "Line": line})))
		}
		src = append(src, ko)
		tgt = append(tgt, en)
	}
	if err := s.Err(); err != nil {
		return 0, environment(err)
	}
	rng := rand.New(rand.NewSource(seed))
	next := 0
	decode := func() (*align.Document, error) {
		if next >= len(src) {
			return nil, io.EOF
		}
		end := min(next+size, len(src))
		ko, en, gold := align.Perturb(src[next:end], tgt[next:end], rate, rng)
		next = end
		return &align.Document{Source: ko, Target: en, Gold: gold}, nil
	}
	label := ui.T("AlignEvalLabelPairs", map[string]any{"File": path, "Rate": rate * 100, "Size": size, "Seed": seed})
	return evalAlignDocs(ui, w, label, decode, opts)
}

func evalAlignDocs(ui *locales.Localizer, w io.Writer, label string, decode func() (*align.Document, error), opts align.Options) (float64, error) {
	counts := map[string]*align.Counts{}
	get := func(name string) *align.Counts {
		if counts[name] == nil {
			counts[name] = &align.Counts{}
		}
		return counts[name]
	}
	docs := 0
	for {
		doc, err := decode()
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, badInput(err)
		}
		docs++
		links, err := align.Align(doc.Source, doc.Target, opts)
		if err != nil {
			return 0, badInput(err)
		}
		get(alignOurName).Score(doc.Gold, links)
		for name, ref := range doc.References {
			get(name).Score(doc.Gold, ref)
		}
	}
	names := []string{alignOurName}
	var refs []string
	for n := range counts {
		if n != alignOurName {
			refs = append(refs, n)
		}
	}
	sort.Strings(refs)
	names = append(names, refs...)

	fmt.Fprintln(w, ui.N("AlignEvalHeader", docs, map[string]any{"Label": label}))
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
	for _, t := range counts[alignOurName].Types() {
		row := []string{t, fmt.Sprint(counts[alignOurName].ByType[t].Gold)}
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
	for _, b := range counts[alignOurName].Calibration {
		if b.Links == 0 {
			continue
		}
		fmt.Fprintf(tw, "%.1f-%.1f\t%d\t%d\t%.3f\t\n", b.Lo, b.Hi, b.Links, b.Correct, float64(b.Correct)/float64(b.Links))
		if b.Lo >= 0.9-1e-9 {
			hi += b.Links
			hiOK += b.Correct
		}
		if b.Hi <= alignFlagBelow+1e-9 {
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
	fmt.Fprintln(w, ui.N("AlignEvalFlagged", lo, map[string]any{"Wrong": fmt.Sprintf("%.3f", wrong), "Below": alignFlagBelow}))
	fmt.Fprintln(w)
	return counts[alignOurName].F1(), nil
}

// evalAlignParagraphs reads a paragraph-aligned TSV (document_id,
// segment_id, ko, en with a header row), splits every paragraph into
// sentences, aligns each document with and without its paragraphs and
// counts the links that cross a paragraph boundary.
func evalAlignParagraphs(ui *locales.Localizer, w io.Writer, path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, environment(errors.New(ui.T("ErrOpen", map[string]any{"Path": path, "Err": err})))
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
			return 0, badInput(errors.New(ui.T("AlignEvalErrColumns", map[string]any{"File": path, "Line": line, "N": len(cols)})))
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
		return 0, environment(err)
	}
	crossWith, crossWithout, total := 0, 0, 0
	for _, d := range docs {
		with, err := align.Align(d.src, d.tgt, align.Options{SourceParas: d.sPara, TargetParas: d.tPara})
		if err != nil {
			return 0, badInput(err)
		}
		without, err := align.Align(d.src, d.tgt, align.Options{})
		if err != nil {
			return 0, badInput(err)
		}
		total += len(with)
		crossWith += alignCrossing(with, d.sPara, d.tPara)
		crossWithout += alignCrossing(without, d.sPara, d.tPara)
	}
	fmt.Fprintln(w, ui.T("AlignEvalParagraphs", map[string]any{
		"File": path, "Docs": len(docs), "Links": total, "Crossing": crossWith, "CrossingWithout": crossWithout,
	}))
	return crossWith, nil
}

// alignCrossing counts links whose segments are not all in one paragraph
// (the same paragraph number on both sides).
func alignCrossing(links []align.Link, sp, tp []int) int {
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
