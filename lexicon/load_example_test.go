package lexicon_test

import (
	"fmt"
	"os"
	"path/filepath"

	"bitext/lexicon"
)

func ExampleLoad() {
	dir, _ := os.MkdirTemp("", "lexicon-load")
	defer os.RemoveAll(dir)
	// A TM without a lexicon file yet: none, and no error.
	l, err := lexicon.Load("", filepath.Join(dir, "news.tm"))
	fmt.Println(l == nil, err)
	// A lexicon file named but missing: the file system's error.
	_, err = lexicon.Load(filepath.Join(dir, "missing.lexicon"), "")
	fmt.Println(os.IsNotExist(err))
	// Output:
	// true <nil>
	// true
}
