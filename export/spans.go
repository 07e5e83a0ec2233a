package export

import (
	"sort"
	"strings"
	"unicode/utf8"

	"bitext/article"
)

// piece is a run of a segment's text with the glossary terms and findings
// that cover it.
type piece struct {
	Text     string
	Terms    []article.TermHit
	Findings []article.Finding
}

// pieces cuts text at the edges of the valid spans of terms and findings.
// Spans that are empty, out of range or not on rune boundaries are
// dropped; a finding with Start == End == 0 covers nothing here (it is
// about the whole segment).
func pieces(text string, terms []article.TermHit, finds []article.Finding) []piece {
	ok := func(s, e int) bool {
		return validSpan(text, s, e) && runeEdge(text, s) && runeEdge(text, e)
	}
	cuts := []int{0, len(text)}
	var ts []article.TermHit
	for _, t := range terms {
		if ok(t.Start, t.End) {
			ts = append(ts, t)
			cuts = append(cuts, t.Start, t.End)
		}
	}
	var fs []article.Finding
	for _, f := range finds {
		if ok(f.Start, f.End) {
			fs = append(fs, f)
			cuts = append(cuts, f.Start, f.End)
		}
	}
	if len(ts) == 0 && len(fs) == 0 {
		return []piece{{Text: text}}
	}
	sort.Ints(cuts)
	var out []piece
	for i := 1; i < len(cuts); i++ {
		s, e := cuts[i-1], cuts[i]
		if s == e {
			continue
		}
		p := piece{Text: text[s:e]}
		for _, t := range ts {
			if t.Start <= s && e <= t.End {
				p.Terms = append(p.Terms, t)
			}
		}
		for _, f := range fs {
			if f.Start <= s && e <= f.End {
				p.Findings = append(p.Findings, f)
			}
		}
		out = append(out, p)
	}
	return out
}

func runeEdge(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// worst returns the worst severity of fs.
func worst(fs []article.Finding) string {
	w := ""
	for _, f := range fs {
		switch {
		case f.Severity == article.Error:
			return article.Error
		case f.Severity == article.Warning:
			w = article.Warning
		case w == "":
			w = article.Info
		}
	}
	return w
}

// termTitle is the tooltip of a glossary term.
func termTitle(l Labels, ts []article.TermHit) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.Term)
		b.WriteString(": ")
		b.WriteString(t.Entry)
		if t.Preferred() != "" {
			b.WriteString(" → ")
			b.WriteString(t.Preferred())
			b.WriteString(" (")
			b.WriteString(l.Preferred)
			b.WriteString(")")
		}
		if t.Note != "" {
			b.WriteString("\n")
			b.WriteString(t.Note)
		}
	}
	return b.String()
}

// findingTitle is the tooltip of a finding.
func findingTitle(l Labels, fs []article.Finding) string {
	var b strings.Builder
	for i, f := range fs {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(severityLabel(l, f.Severity))
		b.WriteString(" [")
		b.WriteString(f.Rule)
		b.WriteString("] ")
		b.WriteString(f.Message)
	}
	return b.String()
}
