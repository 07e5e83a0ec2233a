package tm_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"bitext/tm"
)

func ExampleImportFiles() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "importfiles")
	defer os.RemoveAll(dir)
	tmx := filepath.Join(dir, "desk.tmx")
	os.WriteFile(tmx, []byte(`<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="ko" datatype="plaintext"/>
<body><tu><tuv xml:lang="ko"><seg>물가가 올랐다.</seg></tuv><tuv xml:lang="en"><seg>Prices rose.</seg></tuv></tu></body></tmx>
`), 0o644)
	missing := filepath.Join(dir, "missing.tmx")
	var fe *tm.FileError
	err := tm.CheckFiles([]string{tmx, missing})
	fmt.Println(errors.As(err, &fe) && fe.File == missing)

	path := filepath.Join(dir, "news.tm")
	_, isNew := tm.NewFile(path)
	fmt.Println(isNew)
	s, err := tm.Open(ctx, path)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()
	total, err := tm.ImportFiles(ctx, s, []string{tmx}, func(file string, r tm.ImportResult) {
		fmt.Println(filepath.Base(file), r.Added, "added")
	})
	fmt.Println(total.Added, err)
	// Output:
	// true
	// true
	// desk.tmx 1 added
	// 1 <nil>
}
