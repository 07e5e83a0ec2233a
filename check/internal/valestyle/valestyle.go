// Package valestyle writes Vale substitution rules equivalent to the
// deprecated-term rule of package check for the English forms of a
// glossary, so that bitext and Vale can be compared on the same data
// (commands valerules and benchcheck -vale).
//
//	n, err := valestyle.Write(g, "/tmp/vale/styles/House")
//
// Deprecated.yml holds the case-sensitive forms (names and titles),
// DeprecatedTerms.yml the case-insensitive ones (terms): each a Vale
// `substitution` rule whose swap maps a deprecated or superseded form, as
// an escaped regular expression, to the entry's preferred form. Vale
// matches at word boundaries, as bitext does for English.
package valestyle

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// Message is the message of the rules: Vale fills in the preferred form,
// then the form found. MessageRE takes them back out of Vale's output.
const Message = "Use '%s' instead of '%s'."

// MessageRE matches a message made from Message.
var MessageRE = regexp.MustCompile(`^Use '(.*)' instead of '(.*)'\.$`)

// Write writes the two rules of g's English deprecated forms to dir and
// returns how many forms each holds.
func Write(g *glossary.Glossary, dir string) (exactN, foldedN int, err error) {
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
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, 0, err
	}
	for _, r := range []struct {
		name   string
		ignore bool
		swap   map[string]string
	}{{"Deprecated.yml", false, exact}, {"DeprecatedTerms.yml", true, folded}} {
		if err := os.WriteFile(filepath.Join(dir, r.name), []byte(rule(r.swap, r.ignore)), 0o644); err != nil {
			return 0, 0, err
		}
	}
	return len(exact), len(folded), nil
}

func rule(swap map[string]string, ignore bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "extends: substitution\nmessage: %s\nlevel: error\n", yamlString(Message))
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
