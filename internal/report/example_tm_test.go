package report_test

import (
	"context"
	"os"
	"path/filepath"

	"golang.org/x/text/language"

	"bitext/internal/report"
	"bitext/locales"
	"bitext/tm"
	_ "bitext/tm/sqlite"
)

func ExampleLookup() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "tmreport")
	defer os.RemoveAll(dir)
	s, err := tm.Open(ctx, filepath.Join(dir, "example.tm"))
	if err != nil {
		panic(err)
	}
	defer s.Close()
	_, err = s.Add(ctx, []tm.Unit{{Variants: []tm.Variant{
		{Lang: language.Korean, Text: "소비자물가가 2.3% 올랐다."},
		{Lang: language.English, Text: "Consumer prices rose 2.3 percent."},
	}, Origin: tm.Origin{Kind: tm.OriginTranslator, Translator: "kim", Review: tm.Reviewed}}})
	if err != nil {
		panic(err)
	}
	ui := locales.New(language.English)
	err = report.Lookup(ctx, os.Stdout, ui, s, []string{"소비자물가가 2.3% 올랐다."}, report.LookupOptions{Min: 70, Top: 3})
	if err != nil {
		panic(err)
	}
	// Output:
	// exact 100	소비자물가가 2.3% 올랐다.
	//	Consumer prices rose 2.3 percent.
	//	origin: translator kim, reviewed
}
