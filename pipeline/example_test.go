package pipeline_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"bitext/pipeline"
)

func ExampleRun() {
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "rate.ko.txt"), []byte("한은, 기준금리 동결\n\n한국은행이 17일 기준금리를 연 2.75%로 동결했다. 세 차례 연속 동결이다.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "rate.en.txt"), []byte("BOK holds rate\n\nThe Bank of Korea kept its key rate at 2.75 percent on Thursday, the third freeze in a row.\n"), 0o644)

	ctx := context.Background()
	cfg := pipeline.DefaultConfig()
	cfg.Output.Formats = []string{"tsv"}
	steps, closer, err := pipeline.NewSteps(ctx, cfg, pipeline.Setup{}) // no glossary, no TM
	if err != nil {
		fmt.Println(err)
		return
	}
	defer closer.Close()
	rep, err := pipeline.Run(ctx, pipeline.Options{Config: cfg, Inputs: []string{dir}, OutDir: filepath.Join(dir, "out"), Steps: steps})
	if err != nil {
		fmt.Println(err)
		return
	}
	a := rep.Articles[0]
	fmt.Println(a.Name, a.Status, a.Headline)
	fmt.Printf("segments: %d Korean, %d English; %d links\n", a.Segments.Source, a.Segments.Target, a.Alignment.Links)
	fmt.Println(a.Outputs["tsv"])
	for _, n := range rep.Notes {
		fmt.Println("skipped:", n.Step)
	}
	// Output:
	// rate done BOK holds rate
	// segments: 3 Korean, 2 English; 2 links
	// articles/rate.tsv
	// skipped: glossary
	// skipped: check
	// skipped: tm
}

func ExampleMerge() {
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	for _, name := range []string{"a", "b"} {
		os.WriteFile(filepath.Join(dir, name+".en.txt"), []byte("Seoul talks\n\nThe two sides met in Seoul on Monday.\n"), 0o644)
	}
	ctx := context.Background()
	steps, closer, err := pipeline.NewSteps(ctx, pipeline.DefaultConfig(), pipeline.Setup{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer closer.Close()
	out := filepath.Join(dir, "out")
	opts := pipeline.Options{OutDir: out, Steps: steps}
	// Two workers, each with one article (a job of the queue).
	var parts []pipeline.Part
	for i, name := range []string{"a", "b"} {
		p, err := pipeline.RunPart(ctx, opts, []string{filepath.Join(dir, name+".en.txt")}, fmt.Sprint(i))
		if err != nil {
			fmt.Println(err)
			return
		}
		parts = append(parts, p)
	}
	// The run is finished: the combined report.
	rep, err := pipeline.Merge(pipeline.MergeOptions{Steps: steps, OutDir: out, Parts: parts})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rep.Totals.Articles, "articles,", rep.Totals.Done, "done")
	_, err = os.Stat(filepath.Join(out, pipeline.ReportHTML))
	fmt.Println("index.html:", err == nil)
	// Output:
	// 2 articles, 2 done
	// index.html: true
}
