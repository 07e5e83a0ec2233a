package export

import (
	"strconv"

	"bitext/article"
)

// validSpan reports whether start:end is a span of text on byte offsets
// that a slice can use.
func validSpan(text string, start, end int) bool {
	return 0 <= start && start < end && end <= len(text)
}

func formatConfidence(c float64) string {
	return strconv.FormatFloat(c, 'f', 2, 64)
}

func langString(d *article.Article, side string) string {
	t := d.Lang(side)
	if t.IsRoot() {
		return ""
	}
	return t.String()
}
