package export

import (
	"bytes"
	"strings"
	"testing"

	"bitext/article"
)

// TestPretranslationLabel: the pages of a pretranslated original (no
// edition; the English is the TM's pre-fill) head the English column, and
// name its side in findings, "Pretranslation", not "Edition"; an article
// with an edition keeps "Edition".
func TestPretranslationLabel(t *testing.T) {
	pages := []struct {
		name  string
		write func(*bytes.Buffer, *article.Article) error
		text  func(*testing.T, []byte) string
	}{
		{"html", func(b *bytes.Buffer, a *article.Article) error { return WriteHTML(b, a, nil) }, func(_ *testing.T, b []byte) string { return string(b) }},
		{"markdown", func(b *bytes.Buffer, a *article.Article) error { return WriteMarkdown(b, a, nil) }, func(_ *testing.T, b []byte) string { return string(b) }},
		{"docx", func(b *bytes.Buffer, a *article.Article) error { return WriteDOCX(b, a, nil) }, func(t *testing.T, b []byte) string {
			return string(docxPart(t, b, "word/document.xml"))
		}},
	}
	finding := article.Finding{Rule: "number-mismatch", Severity: article.Warning, Side: article.TargetSide, Seg: 0, Message: "m"}
	for _, p := range pages {
		pre := pretranslated()
		pre.Findings = append(pre.Findings, finding)
		var b bytes.Buffer
		if err := p.write(&b, pre); err != nil {
			t.Fatalf("%s: %v", p.name, err)
		}
		s := p.text(t, b.Bytes())
		if strings.Contains(s, "Edition") {
			t.Errorf("%s of a pretranslated original says Edition", p.name)
		}
		if n := strings.Count(s, "Pretranslation"); n < 2 {
			t.Errorf("%s of a pretranslated original: Pretranslation %d times, want the heading and the finding", p.name, n)
		}

		ed := pretranslated()
		ed.Edition = &article.Text{Headline: "Fares rise", Paras: []string{"A. B.", "C."}}
		b.Reset()
		if err := p.write(&b, ed); err != nil {
			t.Fatalf("%s: %v", p.name, err)
		}
		if s := p.text(t, b.Bytes()); !strings.Contains(s, "Edition") || strings.Contains(s, "Pretranslation") {
			t.Errorf("%s of an article with an edition: want Edition and no Pretranslation", p.name)
		}
	}
}
