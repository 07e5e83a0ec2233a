// Command valerules writes Vale substitution rules equivalent to the
// deprecated-term rule of `bitext check` for the English forms of a
// glossary, so that the two tools can be compared on the same data:
//
//	go run ./check/internal/valerules -glossary testdata/glossary/house.csv -out /tmp/vale/styles/House
//
// It writes Deprecated.yml (names and titles, case-sensitive) and
// DeprecatedTerms.yml (terms, case-insensitive) with package valestyle.
// benchcheck -vale runs Vale on such rules beside bitext.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"bitext/check/internal/valestyle"
	"bitext/glossary"
)

func main() {
	var files multi
	flag.Var(&files, "glossary", "glossary `FILE`; repeat for several")
	out := flag.String("out", "", "folder `DIR` of the Vale style to write")
	flag.Parse()
	if len(files) == 0 || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: valerules -glossary FILE [-glossary FILE...] -out DIR")
		os.Exit(2)
	}
	var gs []*glossary.Glossary
	for _, f := range files {
		g, err := glossary.Load(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "valerules:", err)
			os.Exit(2)
		}
		gs = append(gs, g)
	}
	g, _ := glossary.Merge(gs...)
	ne, nf, err := valestyle.Write(g, *out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "valerules:", err)
		os.Exit(3)
	}
	fmt.Printf("%d case-sensitive and %d case-insensitive deprecated forms written to %s\n", ne, nf, *out)
}

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }
