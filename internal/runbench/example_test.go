package runbench_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"bitext/internal/runbench"
	"bitext/locales"
)

func ExampleRun() {
	var out bytes.Buffer
	ui := locales.New(language.English)
	err := runbench.Run(context.Background(), &out, ui, runbench.Options{Articles: 3, TMUnits: 50, GlossaryEntries: 10, Jobs: 1, Seed: 1})
	fmt.Println(err, strings.Count(out.String(), "\n"))
	// Output:
	// <nil> 4
}
