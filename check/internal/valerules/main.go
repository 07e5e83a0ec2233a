// Command valerules writes Vale substitution rules equivalent to the
// deprecated-term rule of `bitext check` for the English forms of a
// glossary, so that the two tools can be compared on the same data:
//
//	go run ./check/internal/valerules -glossary testdata/glossary/house.csv -out /tmp/vale/styles/House
//
// It writes Deprecated.yml (names and titles, case-sensitive) and
// DeprecatedTerms.yml (terms, case-insensitive): Vale `substitution` rules
// whose swap maps each deprecated or superseded form, as an escaped
// regular expression, to the entry's preferred form. Vale matches at word
// boundaries, as bitext does for English; bitext's possessive and plural
// endings are what Vale's word boundary gives as well.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/text/language"

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
	exact, folded := map[string]string{}, map[string]string{}
	for _, e := range g.Entries {
		pref := g.Preferred(e, language.English)
		if pref == nil {
			continue
		}
		for _, t := range e.TermsIn(language.English) {
			if !t.Status.Forbidden() {
				continue
			}
			if t.CaseSensitive {
				exact[regexp.QuoteMeta(t.Text)] = pref.Text
			} else {
				folded[regexp.QuoteMeta(t.Text)] = pref.Text
			}
		}
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "valerules:", err)
		os.Exit(3)
	}
	for _, r := range []struct {
		name   string
		ignore bool
		swap   map[string]string
	}{{"Deprecated.yml", false, exact}, {"DeprecatedTerms.yml", true, folded}} {
		if err := os.WriteFile(filepath.Join(*out, r.name), []byte(rule(r.swap, r.ignore)), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "valerules:", err)
			os.Exit(3)
		}
	}
	fmt.Printf("%d case-sensitive and %d case-insensitive deprecated forms written to %s\n", len(exact), len(folded), *out)
}

func rule(swap map[string]string, ignore bool) string {
	var b strings.Builder
	b.WriteString("extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nlevel: error\n")
	fmt.Fprintf(&b, "ignorecase: %v\nswap:\n", ignore)
	keys := make([]string, 0, len(swap))
	for k := range swap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "  %s: %s\n", yamlString(k), yamlString(swap[k]))
	}
	return b.String()
}

// yamlString quotes s as a single-quoted YAML scalar.
func yamlString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }
