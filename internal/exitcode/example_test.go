package exitcode_test

import (
	"errors"
	"fmt"
	"os"

	"golang.org/x/text/language"

	"bitext/internal/exitcode"
	"bitext/locales"
)

func ExampleInputFile() {
	ui := locales.New(language.English)
	_, err := os.Open("no-such-glossary.csv")
	err = exitcode.InputFile(ui, "no-such-glossary.csv", err)
	fmt.Println(exitcode.Of(err), err)
	fmt.Println(exitcode.Of(exitcode.AsEnvironment(errors.New("disk full"))), exitcode.Of(exitcode.ErrFindings), exitcode.Of(nil))
	// Output:
	// 2 cannot open no-such-glossary.csv: no such file
	// 3 1 0
}
