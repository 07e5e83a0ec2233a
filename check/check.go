// Package check is the consistency gate of the English edition: it checks
// articles (monolingual text) and translation pairs (TMX, XLIFF, TSV)
// against the house glossary and reports findings that CI and editors act
// on.
//
// Monolingual rules:
//
//   - deprecated-term (error): a deprecated or superseded form, with the
//     preferred form, the entry and its note.
//   - near-miss (warning, English): an unlisted capitalized name within a
//     small, length-scaled edit distance of a listed person or organization
//     name ("Jake Sulivan" for "Jake Sullivan").
//   - first-mention (warning): a person's first mention in an article is not
//     the full preferred form (an admitted variant, or the short form before
//     the full name).
//   - inconsistent (warning): two spellings of one entry in one article.
//     An abbreviation (a form without lower-case letters: U.S., JCS), a
//     Korean contraction (한은 of 한국은행: its syllables in order), after a
//     person's full name a part of it listed as an admitted form (블링컨
//     after 토니 블링컨), the preferred form itself, a short second
//     reference ("Security Council" after "U.N. Security Council"), a form
//     inside a longer unlisted name ("The Korea Times") and titles are not
//     second spellings. A surname used as an adjective ("the Trump
//     administration") is no first mention.
//
// Headings (Markdown # lines and a headline: a first line standing alone
// without a final period, or one that does not end as a sentence) are
// left out of first-mention and inconsistent, since headlines name people
// by surname. TextOn and Pair.Date give the article's day: entries not
// valid then are left out and a form right then is not deprecated.
//
// Bilingual rules, for each source/target pair:
//
//   - target-term-missing (error): the source names an entry of a type in
//     Checker.Missing (persons by default) and the target has none of its
//     forms, judged leniently: any form in any case at a word start, the
//     entry's related forms (Chinese, Beijing for China), a person's short
//     form standing alone (not "Han" of another "Han Sung-soo"). For a
//     person in English the evidence sets the severity: an error when the
//     English gives the person in a wrong form (Han Sung-soo, Dimitry
//     Medvedev, another listed person in the place), a warning when the
//     person is plainly absent, and no finding when the English segment
//     right before or after the pair names the person.
//   - deprecated-term on either side; Finding.Side says which.
//   - number-mismatch (warning): numbers that do not agree (package number).
//   - misaligned (warning): the pair's length ratio and anchors show it is
//     no translation; it replaces the pair's other findings.
//
// A form whose Term.NotIn, Context or NotWith rule it out in the text does
// not count for any rule (조국 "homeland" is not Cho Kuk). An organization
// form after another country's name (미국 국방부) is that country's body,
// and so is the same body named bare a few pairs later in the document
// (Pair.Before). A byline (Pair.Byline) gets the rules on names only. Document checks
// the pairs of one article as bitext run does; checkeval.CheckJudged and
// EvaluateJudged score the gate on real pairs against verdicts kept in the
// repository (testdata/checkreal).
//
// Findings carry a message id and data so that the command can say them in
// the interface language (see Localize). Write
// renders findings as text, JSON, SARIF 2.1.0, JUnit XML, GitHub Actions
// workflow commands or checkstyle XML.
//
//	g, _ := glossary.Load("house.tbx")
//	c := check.New(g)
//	fs := c.Text("story.txt", article, language.English)
//	check.Write(os.Stdout, check.FormatText, fs, check.Summarize(1, fs), nil)
package check

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"
	"text/template"
)

// Severity is how bad a finding is.
type Severity int

// The severities, in increasing order.
const (
	Warning Severity = 1
	Error   Severity = 2
)

func (s Severity) String() string {
	switch s {
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// MarshalText writes the severity as "warning" or "error".
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads "warning" or "error".
func (s *Severity) UnmarshalText(b []byte) error {
	v, ok := ParseSeverity(string(b))
	if !ok {
		return fmt.Errorf("check: unknown severity %q", b)
	}
	*s = v
	return nil
}

// ParseSeverity parses "warning" or "error".
func ParseSeverity(s string) (Severity, bool) {
	switch strings.ToLower(s) {
	case "warning":
		return Warning, true
	case "error":
		return Error, true
	}
	return 0, false
}

// The rule names.
const (
	RuleDeprecated     = "deprecated-term"
	RuleNearMiss       = "near-miss"
	RuleFirstMention   = "first-mention"
	RuleInconsistent   = "inconsistent"
	RuleTargetMissing  = "target-term-missing"
	RuleNumberMismatch = "number-mismatch"
	RuleMisaligned     = "misaligned"
)

// Rule describes one rule for reports (SARIF rule metadata).
type Rule struct {
	ID        string
	Severity  Severity
	MessageID string // id of the one-line description
}

// Rules lists every rule in documentation order.
var Rules = []Rule{
	{RuleDeprecated, Error, "CheckRuleDeprecatedTerm"},
	{RuleNearMiss, Warning, "CheckRuleNearMiss"},
	{RuleFirstMention, Warning, "CheckRuleFirstMention"},
	{RuleInconsistent, Warning, "CheckRuleInconsistent"},
	{RuleTargetMissing, Error, "CheckRuleTargetTermMissing"},
	{RuleNumberMismatch, Warning, "CheckRuleNumberMismatch"},
	{RuleMisaligned, Warning, "CheckRuleMisaligned"},
}

// The sides of a bilingual finding.
const (
	SideSource = "source"
	SideTarget = "target"
)

// Finding is one problem found. Lines and columns are 1-based; columns
// count Unicode code points; the end is exclusive (end_column is the column
// just after the finding). In TMX and XLIFF files a position is that of the
// unit, since the segment text is escaped XML.
type Finding struct {
	File      string   `json:"file"`
	Line      int      `json:"line"`
	Column    int      `json:"column"`
	EndLine   int      `json:"end_line"`
	EndColumn int      `json:"end_column"`
	Rule      string   `json:"rule"`
	Severity  Severity `json:"severity"`
	Message   string   `json:"message"` // empty until Localize; Write says it in English then
	Found     string   `json:"found"`
	Expected  string   `json:"expected"`
	Term      string   `json:"term"` // entry id
	Side      string   `json:"side"` // source or target, bilingual input only
	Unit      string   `json:"unit"` // TMX tuid or XLIFF unit id

	// MessageID and Data give Message in another language: the id names a
	// message of the locale files (see Messages for the English texts).
	// Data is nil for a number-mismatch finding, whose data is its Found
	// and Side and the number's value: read a finding's data with
	// MessageData, which builds the map when Data is nil.
	MessageID string         `json:"-"`
	Data      map[string]any `json:"-"`

	// value is a number-mismatch finding's Value (Number.String of the
	// number found): kept as a string, not in a map of its own for each
	// of the many number findings of a large run.
	value string
}

// MessageData returns the data of f's message (MessageID), as a Renderer
// takes it: Data, or for a number-mismatch finding a new map of its Found,
// Value and Side.
func (f *Finding) MessageData() map[string]any {
	if f.Data != nil || f.Rule != RuleNumberMismatch {
		return f.Data
	}
	return map[string]any{"Found": f.Found, "Value": f.value, "Side": sideValue(f.Side)}
}

// Renderer says a message id with its data, e.g. a localizer's T method. It
// must not keep data after it returns: Localize refills one map for the
// number findings.
type Renderer func(id string, data map[string]any) string

// Messages holds the English text of every message id the package uses;
// the command's locale files must define the same ids.
var Messages = map[string]string{
	"CheckSeverityError":            "error",
	"CheckSeverityWarning":          "warning",
	"CheckMsgDeprecated":            `{{if .Side}}{{.Side}}: {{end}}"{{.Found}}" is deprecated: use "{{.Expected}}" ({{.Term}}){{if .Note}}; {{.Note}}{{end}}`,
	"CheckMsgDeprecatedNoPreferred": `{{if .Side}}{{.Side}}: {{end}}"{{.Found}}" is deprecated ({{.Term}}){{if .Note}}; {{.Note}}{{end}}`,
	"CheckMsgNearMiss":              `"{{.Found}}" is not in the glossary; did you mean "{{.Expected}}" ({{.Term}})?`,
	"CheckMsgFirstMention":          `first mention of {{.Term}} should be the full name "{{.Expected}}", not "{{.Found}}"`,
	"CheckMsgInconsistent":          `"{{.Found}}" and, earlier, "{{.Other}}" both name {{.Term}}; keep to "{{.Expected}}"`,
	"CheckMsgTargetMissing":         `the source has "{{.Source}}" ({{.Term}}) but the target has none of its forms; expected "{{.Expected}}"`,
	"CheckMsgTargetMisrendered":     `the source has "{{.Source}}" ({{.Term}}) but the target gives "{{.Rendered}}"; expected "{{.Expected}}"`,
	"CheckMsgTargetAbsent":          `the source has "{{.Source}}" ({{.Term}}) but neither the target nor the segments beside it name the person; expected "{{.Expected}}"`,
	"CheckMsgNumberMissing":         `source number "{{.Found}}" ({{.Value}}) is not in the target`,
	"CheckMsgNumberExtra":           `target number "{{.Found}}" ({{.Value}}) is not in the source`,
	"CheckMsgMisaligned":            `the target does not look like a translation of the source (length ratio {{.Ratio}}, {{.Shared}} of {{.Anchors}} names and numbers found); terms and numbers not checked`,

	"CheckRuleDeprecatedTerm":    "a deprecated or superseded form of a glossary entry",
	"CheckRuleNearMiss":          "an unlisted spelling close to a listed person or organization name",
	"CheckRuleFirstMention":      "a person's first mention is not the full preferred name",
	"CheckRuleInconsistent":      "two spellings of the same entry in one article",
	"CheckRuleTargetTermMissing": "a source term has none of its preferred or admitted forms in the target",
	"CheckRuleNumberMismatch":    "numbers of the source and the target do not agree",
	"CheckRuleMisaligned":        "a pair whose lengths and anchors show the target is not a translation of the source",
}

var englishTemplates = map[string]*template.Template{}

func init() {
	for id, text := range Messages {
		englishTemplates[id] = template.Must(template.New(id).Option("missingkey=zero").Parse(text))
	}
}

// English renders a message id in English; it is the default Renderer.
func English(id string, data map[string]any) string {
	t, ok := englishTemplates[id]
	if !ok {
		return id
	}
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		return id
	}
	return b.String()
}

// Localize sets the Message of every finding with r (English when nil).
// Checking leaves messages empty, since most findings of a large run are
// counted rather than read; Write and TextLine say empty ones in English.
// The number findings' data (see Finding.MessageData) is given to r in one
// map, refilled for each: r must not keep the map it is given.
func Localize(fs []Finding, r Renderer) {
	if r == nil {
		r = English
	}
	var num map[string]any // number findings' data, one map for all
	for i := range fs {
		f := &fs[i]
		switch {
		case f.MessageID == "":
		case f.Data == nil && f.Rule == RuleNumberMismatch:
			if num == nil {
				num = make(map[string]any, 3)
			}
			num["Found"], num["Value"], num["Side"] = f.Found, f.value, sideValue(f.Side)
			f.Message = r(f.MessageID, num)
		default:
			f.Message = r(f.MessageID, f.Data)
		}
	}
}

// sideValue is side as a value of a message's data, SideSource and
// SideTarget boxed once.
func sideValue(side string) any {
	switch side {
	case SideSource:
		return sourceData
	case SideTarget:
		return targetData
	}
	return side
}

var sourceData, targetData any = SideSource, SideTarget

// text returns the message of f, in English when not localized.
func (f *Finding) text() string {
	if f.Message == "" && f.MessageID != "" {
		f.Message = English(f.MessageID, f.MessageData())
	}
	return f.Message
}

// Sort orders findings by file, position, rule and found text.
func Sort(fs []Finding) {
	if inOrder(fs) {
		return
	}
	// The stable sort runs on indexes: moving the large findings
	// themselves at each step costs more than the comparisons.
	idx := make([]int32, len(fs))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(i, j int32) int { return compareFindings(&fs[i], &fs[j]) })
	// Apply the permutation in place, one cycle at a time (fs[k] takes
	// fs[idx[k]]), instead of through a sorted copy.
	for start := range idx {
		if idx[start] < 0 || int(idx[start]) == start {
			continue
		}
		tmp := fs[start]
		k := start
		for {
			from := int(idx[k])
			idx[k] = -1
			if from == start {
				fs[k] = tmp
				break
			}
			fs[k] = fs[from]
			k = from
		}
	}
}

// inOrder reports whether fs is in order already (as a pair's findings
// often are).
func inOrder(fs []Finding) bool {
	for i := 1; i < len(fs); i++ {
		if compareFindings(&fs[i-1], &fs[i]) > 0 {
			return false
		}
	}
	return true
}

// compareFindings orders findings by file, line, column, rule and found
// text.
func compareFindings(a, b *Finding) int {
	if c := cmp.Compare(a.File, b.File); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Line, b.Line); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Column, b.Column); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Rule, b.Rule); c != 0 {
		return c
	}
	return cmp.Compare(a.Found, b.Found)
}

// Summary counts findings.
type Summary struct {
	Files    int            `json:"files"`
	Findings int            `json:"findings"`
	Errors   int            `json:"errors"`
	Warnings int            `json:"warnings"`
	ByRule   map[string]int `json:"by_rule"`
}

// Summarize counts fs, found in files files.
func Summarize(files int, fs []Finding) Summary {
	s := Summary{Files: files, Findings: len(fs), ByRule: map[string]int{}}
	for _, f := range fs {
		switch f.Severity {
		case Error:
			s.Errors++
		case Warning:
			s.Warnings++
		}
		s.ByRule[f.Rule]++
	}
	return s
}

// AtLeast reports whether some finding has severity min or higher.
func AtLeast(fs []Finding, min Severity) bool {
	for _, f := range fs {
		if f.Severity >= min {
			return true
		}
	}
	return false
}
