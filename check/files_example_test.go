package check_test

import (
	"fmt"
	"os"
	"path/filepath"

	"bitext/check"
)

func ExampleFiles() {
	dir, _ := os.MkdirTemp("", "check-files")
	defer os.RemoveAll(dir)
	os.Mkdir(filepath.Join(dir, ".git"), 0o755)
	for _, name := range []string{"b.en.txt", "a.en.txt", "index.html", ".git/notes.txt", ".DS_Store"} {
		os.WriteFile(filepath.Join(dir, name), []byte("Prices rose.\n"), 0o644)
	}
	files, skipped, err := check.Files([]string{dir})
	for _, f := range files {
		fmt.Println("check", filepath.Base(f))
	}
	for _, f := range skipped {
		fmt.Println("skip", filepath.Base(f))
	}
	fmt.Println(err)
	// Output:
	// check a.en.txt
	// check b.en.txt
	// skip index.html
	// <nil>
}
