package pipeline_test

import (
	"fmt"
	"os"
	"path/filepath"

	"bitext/pipeline"
)

// A folder with an edition and its original, an original alone (to
// pretranslate) and a file that is not an article.
func ExampleRunInputs() {
	dir, _ := os.MkdirTemp("", "inputs")
	defer os.RemoveAll(dir)
	for _, name := range []string{"budget.en.txt", "budget.ko.txt", "rates.ko.txt", "photo.jpg"} {
		os.WriteFile(filepath.Join(dir, name), []byte("x\n"), 0o644)
	}
	arts, skipped, err := pipeline.RunInputs([]string{dir})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range arts {
		if a.Edition == "" {
			fmt.Printf("%s: pretranslate %s\n", a.Name, filepath.Base(a.Original))
			continue
		}
		fmt.Printf("%s: align %s with %s\n", a.Name, filepath.Base(a.Original), filepath.Base(a.Edition))
	}
	for _, s := range skipped {
		fmt.Printf("skipped %s: %s\n", filepath.Base(s.File), s.Reason)
	}
	// Output:
	// budget: align budget.ko.txt with budget.en.txt
	// rates: pretranslate rates.ko.txt
	// skipped photo.jpg: not an article (.txt, .md, .html) or a manifest (.csv)
}
