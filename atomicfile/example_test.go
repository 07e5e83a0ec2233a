package atomicfile_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"bitext/atomicfile"
)

func ExampleWrite() {
	dir, _ := os.MkdirTemp("", "atomicfile")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "report.json")
	err := atomicfile.Write(p, func(w io.Writer) error {
		_, err := io.WriteString(w, "{}\n")
		return err
	})
	b, _ := os.ReadFile(p)
	fmt.Printf("%v %q\n", err, b)
	// Output: <nil> "{}\n"
}

func ExampleNewBatch() {
	dir, _ := os.MkdirTemp("", "atomicfile")
	defer os.RemoveAll(dir)
	b := atomicfile.NewBatch()
	defer b.Abort()
	for _, name := range []string{"kospi.xlf", "kospi.tmx"} {
		err := b.Write(filepath.Join(dir, name), func(w io.Writer) error {
			_, err := fmt.Fprintf(w, "<%s/>\n", name)
			return err
		})
		if err != nil {
			fmt.Println(err)
			return
		}
	}
	ents, _ := os.ReadDir(dir)
	fmt.Println("before Commit:", len(ents), "visible files (temporary ones)", ents[0].Name()[0] == '.')
	if err := b.Commit(); err != nil {
		fmt.Println(err)
		return
	}
	ents, _ = os.ReadDir(dir)
	for _, e := range ents {
		fmt.Println(e.Name())
	}
	// Output:
	// before Commit: 2 visible files (temporary ones) true
	// kospi.tmx
	// kospi.xlf
}
