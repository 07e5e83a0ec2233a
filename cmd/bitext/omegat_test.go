package main

import (
	"bytes"
	"os"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"

	"bitext/xliff"
)

func init() { scriptCmds["omegattranslate"] = omegaTranslate }

// omegaTranslate is the script command
//
//	omegattranslate IN OUT TRANSLATIONS
//
// OmegaT in omegat_kit.txtar: it writes OUT, the kit file IN with the
// target of each unit named in TRANSLATIONS (lines "ID TEXT") replaced by
// TEXT and everything else as it was (the state the kit wrote, notes,
// alt-trans), as OmegaT 3.6's XLIFF filter does (.ci/interop checks the
// real OmegaT). It fails when a named unit is not in IN.
func omegaTranslate(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: omegattranslate IN OUT TRANSLATIONS")
	}
	tr := map[string]string{}
	for _, l := range strings.Split(ts.ReadFile(args[2]), "\n") {
		if id, text, ok := strings.Cut(l, " "); ok {
			tr[id] = text
		}
	}
	doc, err := xliff.Decode(strings.NewReader(ts.ReadFile(args[0])))
	ts.Check(err)
	done := map[string]bool{}
	for i := range doc.Files {
		for j := range doc.Files[i].Units {
			u := &doc.Files[i].Units[j]
			if text, ok := tr[u.ID]; ok {
				u.Target = text
				done[u.ID] = true
			}
		}
	}
	for id := range tr {
		if !done[id] {
			ts.Fatalf("omegattranslate: unit %s is not in %s", id, args[0])
		}
	}
	var b bytes.Buffer
	ts.Check(xliff.Encode(&b, doc))
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), b.Bytes(), 0o644))
}
