package main

import (
	"bufio"
	"encoding/xml"
	"os"
	"regexp"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"
)

func init() { scriptCmds["xlftranslate"] = xlfTranslate }

var (
	xlfUnitID   = regexp.MustCompile(`^\s*<(?:unit|trans-unit) id="([^"]+)"`)
	xlfSegState = regexp.MustCompile(` (?:state|subState)="[^"]*"`)
)

// xlfTranslate is the script command
//
//	xlftranslate IN OUT TRANSLATIONS
//
// a translator's CAT tool in the merge_*.txtar scripts: it writes OUT, the
// XLIFF file IN (2.1 or 1.2 as bitext writes it, one element a line) with
// the target of each unit named in TRANSLATIONS (lines "ID TEXT") set to
// TEXT and its state to final (2.1 segment state="final", 1.2 target
// state="final"), every other line as it was (notes, matches, the units
// not named). It fails when a named unit is not in IN.
func xlfTranslate(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: xlftranslate IN OUT TRANSLATIONS")
	}
	tr := map[string]string{}
	for _, l := range strings.Split(ts.ReadFile(args[2]), "\n") {
		if id, text, ok := strings.Cut(l, " "); ok {
			tr[id] = text
		}
	}
	v12 := strings.Contains(ts.ReadFile(args[0]), `version="1.2"`)
	in, err := os.Open(ts.MkAbs(args[0]))
	ts.Check(err)
	defer in.Close()
	var out strings.Builder
	unit, inMatch, dropTarget := "", false, false
	done := map[string]bool{}
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		line := sc.Text()
		t := strings.TrimSpace(line)
		text, translated := tr[unit]
		switch {
		case xlfUnitID.MatchString(line):
			unit = xlfUnitID.FindStringSubmatch(line)[1]
		case strings.HasPrefix(t, "<mtc:matches>") || strings.HasPrefix(t, "<alt-trans"):
			inMatch = true
		case strings.HasPrefix(t, "</mtc:matches>") || strings.HasPrefix(t, "</alt-trans>"):
			inMatch = false
		case translated && strings.HasPrefix(t, "<segment "):
			line = strings.Replace(xlfSegState.ReplaceAllString(line, ""), "<segment ", `<segment state="final" `, 1)
		case translated && !inMatch && strings.HasPrefix(t, "<target"):
			dropTarget = !strings.Contains(t, "</target>")
			continue
		case dropTarget:
			dropTarget = !strings.Contains(t, "</target>")
			continue
		}
		out.WriteString(line + "\n")
		if translated && !inMatch && strings.Contains(t, "</source>") {
			indent := line[:len(line)-len(strings.TrimLeft(line, " "))]
			var esc strings.Builder
			ts.Check(xml.EscapeText(&esc, []byte(text)))
			if v12 {
				out.WriteString(indent + `<target state="final">` + esc.String() + "</target>\n")
			} else {
				out.WriteString(indent + "<target>" + esc.String() + "</target>\n")
			}
			done[unit] = true
		}
	}
	ts.Check(sc.Err())
	for id := range tr {
		if !done[id] {
			ts.Fatalf("xlftranslate: unit %s is not in %s", id, args[0])
		}
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(out.String()), 0o644))
}
