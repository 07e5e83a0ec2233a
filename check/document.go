package check

import (
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Document checks the pairs of one document (an article's rows as bitext
// run exports them, the units of an XLIFF file, the units of one article in
// a TMX file) the way bitext run checks the article: the bilingual rules
// (target-term-missing, number-mismatch, misaligned) on each pair with both
// sides, and the monolingual rules (deprecated-term, first-mention,
// inconsistent, near-miss) on each side's text, the pairs' texts joined in
// order, one a line. A finding of the monolingual pass is placed in its
// pair (the unit's position in XML files) and has Side set. date is the
// article's day (zero: no dates applied).
func (c *Checker) Document(file string, pairs []Pair, date time.Time) []Finding {
	var out []Finding
	for _, pr := range pairs {
		if strings.TrimSpace(pr.Source) == "" || strings.TrimSpace(pr.Target) == "" {
			continue
		}
		pr.Date = date
		for _, f := range c.Pair(file, pr) {
			if f.Rule != RuleDeprecated {
				out = append(out, f) // deprecated forms: the monolingual pass below
			}
		}
	}
	for _, side := range []string{SideSource, SideTarget} {
		var lines []string
		var idx []int
		var lang language.Tag
		for i, pr := range pairs {
			text, l := pr.Source, pr.SourceLang
			if side == SideTarget {
				text, l = pr.Target, pr.TargetLang
			}
			if strings.TrimSpace(text) == "" {
				continue
			}
			if lang == language.Und {
				lang = l
			}
			lines = append(lines, strings.ReplaceAll(text, "\n", " "))
			idx = append(idx, i)
		}
		if len(lines) == 0 {
			continue
		}
		for _, f := range c.TextOn(file, strings.Join(lines, "\n"), lang, date) {
			if f.Line < 1 || f.Line > len(idx) {
				continue
			}
			pr := pairs[idx[f.Line-1]]
			line, col := pr.SourceLine, pr.SourceCol
			if side == SideTarget {
				line, col = pr.TargetLine, pr.TargetCol
			}
			f.Side, f.Unit = side, pr.Unit
			if pr.Exact && f.EndLine == f.Line {
				f.Line, f.Column, f.EndLine, f.EndColumn = line, col+f.Column-1, line, col+f.EndColumn-1
			} else {
				f.Line, f.Column, f.EndLine, f.EndColumn = line, col, line, col
			}
			if f.Data != nil {
				f.Data["Side"] = side
			}
			out = append(out, f)
		}
	}
	Sort(out)
	return out
}

// ExportHeader is the header line of the TSV export of bitext run (package
// export, TSVHeader): doc, row, para, source_segs, target_segs, source,
// target, confidence, band, score, tm_target, terms, findings.
const ExportHeader = "doc\trow\tpara\tsource_segs\ttarget_segs\tsource\ttarget\tconfidence\tband\tscore\ttm_target\tterms\tfindings"

// unescapeExport undoes the escapes of the TSV export: \\ \t \n \r.
func unescapeExport(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// exportPairs turns the rows of the TSV export (fields split on tabs)
// into the pairs of each document, in order; line is the file line of
// each row.
type exportRow struct {
	doc, row       string
	source, target string
	line           int
}

func exportPair(r exportRow, src, tgt language.Tag) Pair {
	return Pair{Unit: r.row, Source: r.source, Target: r.target, SourceLang: src, TargetLang: tgt,
		SourceLine: r.line, SourceCol: 1, TargetLine: r.line, TargetCol: 1}
}

// runeCol is the column of byte offset off of line (1-based, code points).
func runeCol(line string, off int) int { return utf8.RuneCountInString(line[:off]) + 1 }
