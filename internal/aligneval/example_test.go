package aligneval_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"golang.org/x/text/language"

	"bitext/internal/aligneval"
	"bitext/internal/exitcode"
	"bitext/locales"
)

func ExampleRun() {
	dir, _ := os.MkdirTemp("", "aligneval")
	defer os.RemoveAll(dir)
	// A paragraph-aligned file: document, segment, ko, en.
	tsv := filepath.Join(dir, "paras.tsv")
	os.WriteFile(tsv, []byte("doc\tseg\tko\ten\n"+
		"d1\t1\t물가가 올랐다. 정부는 대책을 내놓았다.\tPrices rose. The government announced measures.\n"+
		"d1\t2\t시장은 안정됐다.\tThe market calmed.\n"), 0o644)
	ui := locales.New(language.English)
	err := aligneval.Run(io.Discard, ui, aligneval.Options{Paragraphs: tsv})
	fmt.Println(exitcode.Of(err))
	// Output:
	// 0
}
