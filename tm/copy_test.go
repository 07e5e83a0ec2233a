package tm_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/text/language"

	"bitext/tm"
	_ "bitext/tm/sqlite"
)

// Copy moves a whole memory into another store (here SQLite to SQLite; a
// postgres:// DSN works the same), in one batch.
func ExampleCopy() {
	dir, _ := os.MkdirTemp("", "tm-copy")
	defer os.RemoveAll(dir)
	ctx := context.Background()
	src, err := tm.Open(ctx, filepath.Join(dir, "desk.tm"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer src.Close()
	src.Add(ctx, []tm.Unit{{SourceLang: language.Korean, Variants: []tm.Variant{
		{Lang: language.Korean, Text: "서울시는 대중교통 요금을 동결했다."},
		{Lang: language.English, Text: "Seoul froze public transit fares."},
	}}})
	dst, err := tm.Open(ctx, filepath.Join(dir, "archive.tm"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer dst.Close()
	n, res, err := tm.Copy(ctx, dst, src)
	fmt.Println(n, res.Added, err)
	// A second copy adds nothing: the units are already there.
	n, res, err = tm.Copy(ctx, dst, src)
	fmt.Println(n, res.Added, err)
	// Output:
	// 1 1 <nil>
	// 1 0 <nil>
}

// A keyword/value connection string is PostgreSQL, never a file name.
func ExampleIsPostgres() {
	fmt.Println(tm.IsPostgres("host=db.example dbname=bitext user=desk"))
	fmt.Println(tm.IsPostgres("postgres://desk@db.example/bitext"))
	fmt.Println(tm.IsPostgres("desk.tm"))
	// Output:
	// true
	// true
	// false
}
