package textfile_test

import (
	"fmt"

	"bitext/textfile"
)

// An English edition saved in Latin-1 is read as windows-1252, not as
// CP949, and Decode says why.
func ExampleDecode() {
	data := []byte("The envoy from \xc5land said the talks were \x93constructive.\x94\n")
	text, det, err := textfile.Decode("aland.en.txt", data, textfile.Auto, textfile.English, textfile.Limits{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(text)
	fmt.Println(det.Encoding + ": " + det.Evidence)
	// Output:
	// The envoy from Åland said the talks were “constructive.”
	// windows-1252: 3 of 3 runs of non-ASCII bytes are single bytes or punctuation, as accented letters and curly quotes are
}

// A NUL in a file is an error at its line and column.
func ExampleCheck() {
	e := textfile.Check("terms.csv", []byte("id,lang,term\nx,en,Unifi\x00cation\n"), textfile.Limits{})
	fmt.Println(e)
	// Output:
	// textfile: terms.csv:2:11: NUL character (U+0000)
}
