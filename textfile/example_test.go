package textfile_test

import (
	"fmt"
	"io"
	"strings"

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

// A stream is read as clean NFC text (Korean in NFD here); a NUL is an
// error at its line and column.
func ExampleNewReader() {
	r := textfile.NewReader("-", strings.NewReader("\u1112\u1161\u11ab\u1100\u116e\u11a8 증시\n"), textfile.Auto, textfile.AnyLang, textfile.Limits{})
	text, err := io.ReadAll(r)
	fmt.Printf("%q %v %s\n", text, err, r.Detection().Encoding)
	r = textfile.NewReader("-", strings.NewReader("Kim left.\nLee\x00 came.\n"), textfile.Auto, textfile.AnyLang, textfile.Limits{})
	_, err = io.ReadAll(r)
	fmt.Println(err)
	// Output:
	// "한국 증시\n" <nil> utf-8
	// textfile: -:2:4: NUL character (U+0000)
}
