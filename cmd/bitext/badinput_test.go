package main

import (
	"os"
	"strconv"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/text/unicode/norm"
)

// scriptCmds are the script commands that make the bad inputs of the
// badinput_*.txtar scripts, which a txtar file cannot hold readably:
//
//	writebytes FILE PART...  writes the PARTs, Go-quoted text ("\x00", "\xff",
//	                         "\u0085"), to FILE; a PART "*N*TEXT" is TEXT N times
//	nfd FILE...              rewrites each FILE in Unicode NFD
var scriptCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){
	"writebytes": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) < 1 {
			ts.Fatalf("usage: writebytes FILE PART...")
		}
		var b strings.Builder
		for _, a := range args[1:] {
			n := 1
			if strings.HasPrefix(a, "*") {
				if i := strings.Index(a[1:], "*"); i > 0 {
					k, err := strconv.Atoi(a[1 : 1+i])
					ts.Check(err)
					n, a = k, a[2+i:]
				}
			}
			s, err := strconv.Unquote(`"` + strings.ReplaceAll(a, `"`, `\"`) + `"`)
			ts.Check(err)
			b.WriteString(strings.Repeat(s, n))
		}
		ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(b.String()), 0o644))
	},
	"nfd": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) == 0 {
			ts.Fatalf("usage: nfd FILE...")
		}
		for _, f := range args {
			data, err := os.ReadFile(ts.MkAbs(f))
			ts.Check(err)
			if norm.NFD.IsNormal(data) {
				ts.Fatalf("%s is already NFD", f)
			}
			ts.Check(os.WriteFile(ts.MkAbs(f), norm.NFD.Bytes(data), 0o644))
		}
	},
}
