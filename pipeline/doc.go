// Package pipeline is `bitext run`: it takes folders of English edition
// articles, each paired with its Korean original by name (NAME.en.txt and
// NAME.ko.txt, or a manifest CSV), through every step of the newsroom's
// pipeline, and writes what a desk works from that day.
//
// Per article: extract (plain text, Markdown, or HTML pages through
// readability; headline, byline and date kept; Korean files in UTF-8 or
// EUC-KR/CP949) → segment → glossary terms and checks → alignment with the
// Korean original → a TM lookup for every segment → the export formats →
// the aligned pairs stored in the TM. Each step is an interface in Steps;
// NewSteps builds them from bitext's packages, and a step that needs what
// is not there (no glossary, no original, no TM) is skipped and noted in
// the report.
//
// A run is a worker pool whose output does not depend on the number of
// workers: TM lookups see the TM as it was when the run started, and the
// new pairs are stored after the lookups, article by article in name
// order. A rerun skips the articles whose inputs, glossary and settings
// are unchanged (content hashes in a state file in the out folder). A
// cancelled context stops the run cleanly: the articles finished are
// complete (all their files, their pairs in the TM, their place in the
// report), the others have no file at all. Every output goes through
// package atomicfile: the articles' files in one atomicfile.Batch made
// durable with one sync and renamed into place at the end of the run, then
// the report, index and state in a second one.
//
// A run holds the out folder's lock (package dirlock; Options.Wait) and
// commits its TM pairs and its files as one step that a crash cannot
// split: an intent naming the files and holding the articles' pairs,
// then the files, then the intent made the journal, then the TM, then the
// state; the next run undoes an intent and finishes a journal it finds
// (see journal.go). Its inputs stay inside their folders and its outputs inside
// the out folder: a manifest's paths cannot leave the manifest's folder,
// and an article's name is one plain file name.
//
// A run shared by several workers (bitext worker) runs each article with
// RunPart, which writes its files and returns its Part (report entry,
// hash, aligned pairs, not yet stored); Merge stores the parts' pairs in
// article order and writes the report, index and state a single run of
// the same articles writes.
//
// Merge back (bitext merge, mergeback.go; unrelated to Merge) is the end
// of a pretranslated original's trip: MergeBack writes a translated XLIFF
// file as the article again (ReadTranslation: the targets laid out by the
// bitext-layout notes the run wrote), and Import stores its units:
//
//	ts, err := pipeline.ReadTranslation(f, "rate-may.xlf", false)
//	// ts[0].Text: headline, byline, date and paragraphs in English
//
//	cfg, err := pipeline.LoadConfig("bitext.toml")
//	if err != nil { ... }
//	steps, closer, err := pipeline.NewSteps(ctx, cfg, pipeline.Setup{Glossaries: cfg.Glossary.Files, TM: "bitext.tm"})
//	if err != nil { ... }
//	defer closer.Close()
//	rep, err := pipeline.Run(ctx, pipeline.Options{Config: cfg, Inputs: []string{"articles"}, Steps: steps})
//	fmt.Println(rep.Totals.Done, "articles; open out/index.html")
package pipeline
