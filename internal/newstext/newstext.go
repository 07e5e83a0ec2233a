// Package newstext generates news text of any size from a sample article
// in English or Korean, for the speed measurements of the segmenter
// (`bitext eval segment --speed`, segment's benchmarks).
//
//	err := newstext.Generate(f, language.Korean, 20<<20) // 20 MB of Korean news
package newstext

import (
	"bufio"
	_ "embed"
	"io"
	"strings"

	"golang.org/x/text/language"
)

//go:embed samples/en.txt
var sampleEN string

//go:embed samples/ko.txt
var sampleKO string

// Sample returns a short news article in the language (Korean or
// English), one paragraph a line: the text that the speed measurements
// repeat.
func Sample(lang language.Tag) string {
	if base, _ := lang.Base(); base.String() == "ko" {
		return sampleKO
	}
	return sampleEN
}

// Generate writes at least size bytes of news text in lang to w: the
// sample article's paragraphs, one a line, in a shuffled order that does
// not repeat, so that the speed of the segmenter can be measured on a
// file of any size.
func Generate(w io.Writer, lang language.Tag, size int64) error {
	paras := strings.Split(strings.TrimSpace(Sample(lang)), "\n")
	bw := bufio.NewWriterSize(w, 1<<16)
	var n int64
	seed := uint32(1)
	for n < size {
		seed = seed*1664525 + 1013904223
		p := paras[int(seed>>8)%len(paras)]
		k, err := bw.WriteString(p)
		if err != nil {
			return err
		}
		if err := bw.WriteByte('\n'); err != nil {
			return err
		}
		n += int64(k) + 1
	}
	return bw.Flush()
}
