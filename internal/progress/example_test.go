package progress_test

import (
	"bytes"
	"fmt"

	"bitext/internal/progress"
)

func ExampleNew() {
	var log bytes.Buffer // not a terminal: nothing is drawn
	bar := progress.New(&log, func(string) string { return "" })
	bar.Event(3, false)
	bar.Event(3, true)
	bar.Close()
	fmt.Printf("%q\n", log.String())
	// Output:
	// ""
}
