package clilang_test

import (
	"errors"
	"fmt"

	"golang.org/x/text/language"

	"bitext/internal/clilang"
	"bitext/internal/exitcode"
	"bitext/locales"
)

func ExampleUILangArg() {
	fmt.Println(clilang.UILangArg([]string{"bitext", "--ui-lang=ko", "check"}))
	fmt.Println(clilang.UILangArg([]string{"bitext", "check", "--", "--ui-lang", "ko"}) == "")
	// Output:
	// ko
	// true
}

func ExampleUsageError() {
	ui := locales.New(language.English)
	err := clilang.UsageError(ui, errors.New("flag provided but not defined: -x"))
	fmt.Println(exitcode.Of(err))
	// Output:
	// 2
}
