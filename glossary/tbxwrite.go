package glossary

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/language"
)

// WriteTBX writes the glossary as TBX v2 (martif, TBX-Basic) with the data
// categories the reader knows (see the package doc), entries in the order
// of Sorted. Reading the file back gives the same glossary.
func (g *Glossary) WriteTBX(w io.Writer) error {
	bw := bufio.NewWriter(w)
	esc := func(s string) string {
		var b strings.Builder
		xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
  <martifHeader>
    <fileDesc><sourceDesc><p>bitext glossary</p></sourceDesc></fileDesc>
  </martifHeader>
  <text>
    <body>
`)
	for _, e := range g.Sorted() {
		fmt.Fprintf(bw, "      <termEntry id=\"%s\">\n", esc(e.ID))
		fmt.Fprintf(bw, "        <descrip type=\"subjectField\">%s</descrip>\n", esc(string(e.Type)))
		if e.Note != "" {
			fmt.Fprintf(bw, "        <descrip type=\"definition\">%s</descrip>\n", esc(e.Note))
		}
		if !e.From.IsZero() {
			fmt.Fprintf(bw, "        <descrip type=\"x-validFrom\">%s</descrip>\n", day(e.From))
		}
		if !e.Until.IsZero() {
			fmt.Fprintf(bw, "        <descrip type=\"x-validUntil\">%s</descrip>\n", day(e.Until))
		}
		// One langSet per language, in the order languages first appear.
		var langs []language.Tag
		for _, t := range e.Terms {
			seen := false
			for _, l := range langs {
				seen = seen || l == t.Lang
			}
			if !seen {
				langs = append(langs, t.Lang)
			}
		}
		for _, l := range langs {
			fmt.Fprintf(bw, "        <langSet xml:lang=\"%s\">\n", esc(l.String()))
			for _, t := range e.Terms {
				if t.Lang != l {
					continue
				}
				fmt.Fprintf(bw, "          <tig>\n            <term>%s</term>\n", esc(t.Text))
				fmt.Fprintf(bw, "            <termNote type=\"administrativeStatus\">%sTerm-admn-sts</termNote>\n", t.Status)
				if t.CaseSensitive != e.Type.CaseSensitiveByDefault() {
					v := "no"
					if t.CaseSensitive {
						v = "yes"
					}
					fmt.Fprintf(bw, "            <termNote type=\"x-caseSensitive\">%s</termNote>\n", v)
				}
				if t.Note != "" {
					fmt.Fprintf(bw, "            <note>%s</note>\n", esc(t.Note))
				}
				bw.WriteString("          </tig>\n")
				if t.Short != "" {
					fmt.Fprintf(bw, "          <tig>\n            <term>%s</term>\n            <termNote type=\"termType\">shortForm</termNote>\n          </tig>\n", esc(t.Short))
				}
			}
			bw.WriteString("        </langSet>\n")
		}
		bw.WriteString("      </termEntry>\n")
	}
	bw.WriteString("    </body>\n  </text>\n</martif>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("glossary: %w", err)
	}
	return nil
}
