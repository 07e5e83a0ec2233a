package mine

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"bitext/glossary"
)

// WriteTBX3 writes the unconfirmed candidates (Result.Glossary) as TBX v3
// (TBX-Basic, DCA style): one conceptEntry per candidate with its type as
// subjectField, the evidence as definition, and every form admitted. The
// glossary package reads it back (glossary.Load). TBX v2 is
// Result.Glossary().WriteTBX.
func (r *Result) WriteTBX3(w io.Writer) error {
	g := r.Glossary()
	bw := bufio.NewWriter(w)
	esc := func(s string) string {
		var b strings.Builder
		xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader>
    <fileDesc><sourceDesc><p>bitext glossary mine: proposed entries</p></sourceDesc></fileDesc>
  </tbxHeader>
  <text>
    <body>
`)
	for _, e := range g.Entries {
		fmt.Fprintf(bw, "      <conceptEntry id=\"%s\">\n", esc(e.ID))
		fmt.Fprintf(bw, "        <descrip type=\"subjectField\">%s</descrip>\n", esc(string(e.Type)))
		fmt.Fprintf(bw, "        <descrip type=\"definition\">%s</descrip>\n", esc(e.Note))
		lang := ""
		for _, t := range e.Terms {
			if l := t.Lang.String(); l != lang {
				if lang != "" {
					bw.WriteString("        </langSec>\n")
				}
				lang = l
				fmt.Fprintf(bw, "        <langSec xml:lang=\"%s\">\n", esc(lang))
			}
			fmt.Fprintf(bw, "          <termSec><term>%s</term><termNote type=\"administrativeStatus\">%s</termNote></termSec>\n",
				esc(t.Text), tbxStatus(t.Status))
		}
		if lang != "" {
			bw.WriteString("        </langSec>\n")
		}
		bw.WriteString("      </conceptEntry>\n")
	}
	bw.WriteString("    </body>\n  </text>\n</tbx>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("mine: %w", err)
	}
	return nil
}

func tbxStatus(s glossary.Status) string {
	switch s {
	case glossary.Preferred:
		return "preferredTerm-admn-sts"
	case glossary.Deprecated:
		return "deprecatedTerm-admn-sts"
	case glossary.Superseded:
		return "supersededTerm-admn-sts"
	}
	return "admittedTerm-admn-sts"
}
