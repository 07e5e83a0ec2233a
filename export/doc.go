// Package export writes a bilingual article — a Korean original and its
// English edition, aligned, with translation-memory matches, glossary terms
// and check findings — in the formats editors and CAT tools open: TSV, JSON
// lines, a Markdown table, a side-by-side HTML page, DOCX, XLIFF 2.1 and
// 1.2, and TMX 1.4b.
//
// The article is package article's model, filled in by the caller
// (package pipeline; package check reads the TSV, JSON lines, XLIFF and
// TMX files back into one). Every writer streams one *article.Article to
// an io.Writer and never reads files, the network or the environment;
// fixed texts of the HTML and DOCX pages come from the Labels the caller
// passes in, so a page speaks the user's language.
//
//	a := &article.Article{
//		Name: "n001", Src: language.Korean, Tgt: language.English,
//		Source: []article.Segment{{Text: "국회가 예산안을 통과시켰다."}},
//		Target: []article.Segment{{Text: "The National Assembly passed the budget."}},
//		Links:  []article.Link{{Source: []int{0}, Target: []int{0}, Confidence: 0.93}},
//	}
//	err := export.WriteHTML(w, a, &export.Options{Labels: export.DefaultLabels()})
//
// Formats lists every format with its name (as given to --formats) and
// file extension.
package export

import (
	"fmt"
	"strconv"

	"bitext/article"
)

// check reports the first problem that makes d unwritable: nothing does,
// except a nil article.
func check(d *article.Article) error {
	if d == nil {
		return fmt.Errorf("export: nil article")
	}
	return nil
}

// percent formats a match score, "101%".
func percent(score int) string { return strconv.Itoa(score) + "%" }
