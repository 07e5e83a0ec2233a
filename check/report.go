package check

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Format is an output format of findings.
type Format string

// The output formats.
const (
	FormatText        Format = "text"        // file:line:col: severity: message [rule]
	FormatJSON        Format = "json"        // {"findings":[...],"summary":{...}}
	FormatSARIF       Format = "sarif"       // SARIF 2.1.0
	FormatJUnit       Format = "junit"       // JUnit XML, a test suite per file
	FormatGitHub      Format = "github"      // GitHub Actions workflow commands
	FormatCheckstyle  Format = "checkstyle"  // checkstyle XML
	FormatCodeQuality Format = "codequality" // GitLab Code Quality JSON
)

// Formats lists the output formats.
var Formats = []Format{FormatText, FormatJSON, FormatSARIF, FormatJUnit, FormatGitHub, FormatCheckstyle, FormatCodeQuality}

// ParseFormat parses a format name.
func ParseFormat(s string) (Format, bool) {
	for _, f := range Formats {
		if string(f) == strings.ToLower(s) {
			return f, true
		}
	}
	return "", false
}

// WriteOptions tune Write; the zero value is fine.
type WriteOptions struct {
	// Render says rule descriptions (SARIF) in the interface language;
	// English when nil. Messages of findings are used as they are: see
	// Localize.
	Render Renderer
	// Files lists every file checked, so that JUnit and checkstyle reports
	// list the files without findings too.
	Files []string
	// Version is the tool version written in SARIF.
	Version string
	// Time and Hostname are written in JUnit test suites (the strict
	// schema requires them); zero values mean now and "localhost".
	Time     time.Time
	Hostname string
}

// Write writes findings fs with summary s in format f.
func Write(w io.Writer, f Format, fs []Finding, s Summary, opt *WriteOptions) error {
	if opt == nil {
		opt = &WriteOptions{}
	}
	if opt.Render == nil {
		opt.Render = English
	}
	for i := range fs {
		fs[i].text()
	}
	bw := bufio.NewWriter(w)
	var err error
	switch f {
	case FormatText:
		err = writeText(bw, fs, opt.Render)
	case FormatJSON:
		err = writeJSON(bw, fs, s)
	case FormatSARIF:
		err = writeSARIF(bw, fs, opt)
	case FormatJUnit:
		err = writeJUnit(bw, fs, opt)
	case FormatGitHub:
		err = writeGitHub(bw, fs)
	case FormatCheckstyle:
		err = writeCheckstyle(bw, fs, opt)
	case FormatCodeQuality:
		err = writeCodeQuality(bw, fs)
	default:
		return fmt.Errorf("check: unknown format %q", f)
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

// TextLine is the text format of one finding.
func TextLine(f Finding) string {
	return fmt.Sprintf("%s:%d:%d: %s: %s [%s]", f.File, f.Line, f.Column, f.Severity, oneLine(f.text()), f.Rule)
}

func oneLine(s string) string {
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

// writeText writes the text format, the severity in the interface
// language (as compilers print it: "오류:" in Korean).
func writeText(w io.Writer, fs []Finding, render Renderer) error {
	sev := map[Severity]string{Error: render("CheckSeverityError", nil), Warning: render("CheckSeverityWarning", nil)}
	for _, f := range fs {
		s, ok := sev[f.Severity]
		if !ok {
			s = f.Severity.String()
		}
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s: %s [%s]\n", f.File, f.Line, f.Column, s, oneLine(f.text()), f.Rule); err != nil {
			return err
		}
	}
	return nil
}

func writeJSON(w io.Writer, fs []Finding, s Summary) error {
	// The findings are encoded one at a time into a buffer flushed as it
	// fills, not the whole report at once: the same bytes as encoding
	// struct{Findings; Summary} with SetIndent("", "  ") without holding
	// the report (and its indented copy) in memory.
	bw := bufio.NewWriterSize(w, 64*1024)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	// encode writes v as it appears at the given prefix, without the
	// encoder's final newline.
	encode := func(prefix string, v any) error {
		buf.Reset()
		enc.SetIndent(prefix, "  ")
		if err := enc.Encode(v); err != nil {
			return err
		}
		_, err := bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		return err
	}
	if len(fs) == 0 {
		bw.WriteString("{\n  \"findings\": [],\n")
	} else {
		bw.WriteString("{\n  \"findings\": [\n")
		var b []byte
		for i := range fs {
			b = appendFindingJSON(append(b[:0], "    "...), &fs[i])
			bw.Write(b)
			if i < len(fs)-1 {
				bw.WriteString(",\n")
			} else {
				bw.WriteString("\n  ],\n")
			}
		}
	}
	bw.WriteString("  \"summary\": ")
	if err := encode("  ", s); err != nil {
		return err
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// appendFindingJSON appends f as encoding/json indents it at the
// report's depth ("    ", then "  " a level, HTML not escaped): the same
// bytes as encoding it without reflection and the indenting pass, which
// took most of the report's time. TestWriteJSONStreamed compares them.
func appendFindingJSON(b []byte, f *Finding) []byte {
	str := func(b []byte, name, v string) []byte {
		b = append(append(append(b, "\n      \""...), name...), "\": "...)
		return appendJSONString(b, v)
	}
	num := func(b []byte, name string, v int) []byte {
		b = append(append(append(b, "\n      \""...), name...), "\": "...)
		return strconv.AppendInt(b, int64(v), 10)
	}
	b = append(b, '{')
	b = append(str(b, "file", f.File), ',')
	b = append(num(b, "line", f.Line), ',')
	b = append(num(b, "column", f.Column), ',')
	b = append(num(b, "end_line", f.EndLine), ',')
	b = append(num(b, "end_column", f.EndColumn), ',')
	b = append(str(b, "rule", f.Rule), ',')
	b = append(str(b, "severity", f.Severity.String()), ',')
	b = append(str(b, "message", f.Message), ',')
	b = append(str(b, "found", f.Found), ',')
	b = append(str(b, "expected", f.Expected), ',')
	b = append(str(b, "term", f.Term), ',')
	b = append(str(b, "side", f.Side), ',')
	b = str(b, "unit", f.Unit)
	return append(b, "\n    }"...)
}

// appendJSONString appends s as a JSON string the way encoding/json
// writes it with HTML escaping off (its appendString, without an encoder
// for each string that is not plain ASCII): the quote, backslash and
// control bytes escaped, invalid UTF-8 as \ufffd, U+2028 and U+2029
// escaped. TestAppendJSONString compares it with encoding/json.
func appendJSONString(b []byte, s string) []byte {
	const (
		hex  = "0123456789abcdef"
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Eight bytes at a time while none is to be escaped or
			// decoded: none at or above 0x80, below 0x20, or a quote
			// or backslash (the loads are combined into one).
			x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			q, bs := x^'"'*ones, x^'\\'*ones
			if x&high == 0 && (x-0x20*ones)&^x&high == 0 && (q-ones)&^q&high == 0 && (bs-ones)&^bs&high == 0 {
				i += 8
				continue
			}
		}
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(append(b, s[start:i]...), `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(append(b, s[start:i]...), '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	return append(append(b, s[start:]...), '"')
}

// GitHub Actions workflow commands.

func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

func writeGitHub(w io.Writer, fs []Finding) error {
	for _, f := range fs {
		cmd := "warning"
		if f.Severity >= Error {
			cmd = "error"
		}
		_, err := fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			cmd, ghProp(filepath.ToSlash(f.File)), f.Line, f.Column, f.EndLine, f.EndColumn, ghProp("bitext "+f.Rule), ghData(f.Message))
		if err != nil {
			return err
		}
	}
	return nil
}

// SARIF 2.1.0.

const sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string            `json:"id"`
	ShortDescription     sarifText         `json:"shortDescription"`
	DefaultConfiguration sarifRuleConfig   `json:"defaultConfiguration"`
	Properties           map[string]string `json:"properties,omitempty"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID     string            `json:"ruleId"`
	RuleIndex  int               `json:"ruleIndex"`
	Level      string            `json:"level"`
	Message    sarifText         `json:"message"`
	Locations  []sarifLocation   `json:"locations"`
	Properties map[string]string `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

// fileURI makes a relative URI reference of a file path.
func fileURI(path string) string {
	u := url.URL{Path: filepath.ToSlash(path)}
	return u.String()
}

func level(s Severity) string {
	if s >= Error {
		return "error"
	}
	return "warning"
}

// sarifRunOf is the SARIF run of opt without results, and the rules'
// indexes by id.
func sarifRunOf(opt *WriteOptions) (sarifRun, map[string]int) {
	run := sarifRun{
		Tool:       sarifTool{Driver: sarifDriver{Name: "bitext", Version: opt.Version}},
		ColumnKind: "unicodeCodePoints",
		Results:    []sarifResult{},
	}
	index := map[string]int{}
	for i, r := range Rules {
		index[r.ID] = i
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
			ID:                   r.ID,
			ShortDescription:     sarifText{opt.Render(r.MessageID, nil)},
			DefaultConfiguration: sarifRuleConfig{level(r.Severity)},
		})
	}
	return run, index
}

// sarifResultOf is finding f as a SARIF result.
func sarifResultOf(f *Finding, index map[string]int) sarifResult {
	var props map[string]string
	for _, kv := range [...][2]string{{"found", f.Found}, {"expected", f.Expected}, {"term", f.Term}, {"side", f.Side}, {"unit", f.Unit}} {
		if kv[1] != "" {
			if props == nil {
				props = map[string]string{}
			}
			props[kv[0]] = kv[1]
		}
	}
	return sarifResult{
		RuleID:    f.Rule,
		RuleIndex: index[f.Rule],
		Level:     level(f.Severity),
		Message:   sarifText{f.Message},
		Locations: []sarifLocation{{sarifPhysical{
			ArtifactLocation: sarifArtifact{fileURI(f.File)},
			Region:           sarifRegion{max(f.Line, 1), max(f.Column, 1), max(f.EndLine, f.Line, 1), max(f.EndColumn, 1)},
		}}},
		Properties: props,
	}
}

func writeSARIF(w io.Writer, fs []Finding, opt *WriteOptions) error {
	run, index := sarifRunOf(opt)
	for i := range fs {
		run.Results = append(run.Results, sarifResultOf(&fs[i], index))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

// JUnit XML: a test suite per file, a failing test case per finding, a
// passing one for a file without findings. The document satisfies both
// the strict Ant schema (JUnit.xsd: testsuites without attributes; every
// testsuite with package, id, timestamp, hostname, time, properties,
// system-out and system-err; every testcase with a time) and the lenient
// Surefire one (junit-10.xsd). Test case names are unique within a suite.

type junitSuites struct {
	XMLName xml.Name     `xml:"testsuites"`
	Suites  []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string      `xml:"name,attr"`
	Package    string      `xml:"package,attr"`
	ID         int         `xml:"id,attr"`
	Timestamp  string      `xml:"timestamp,attr"`
	Hostname   string      `xml:"hostname,attr"`
	Tests      int         `xml:"tests,attr"`
	Failures   int         `xml:"failures,attr"`
	Errors     int         `xml:"errors,attr"`
	Time       string      `xml:"time,attr"`
	Properties struct{}    `xml:"properties"`
	Cases      []junitCase `xml:"testcase"`
	SystemOut  string      `xml:"system-out"`
	SystemErr  string      `xml:"system-err"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	ClassName string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// byFile groups findings per file, in the order of files and then of the
// findings.
func byFile(fs []Finding, files []string) ([]string, map[string][]Finding) {
	m := map[string][]Finding{}
	var order []string
	for _, f := range files {
		if _, ok := m[f]; !ok {
			m[f] = nil
			order = append(order, f)
		}
	}
	for _, f := range fs {
		if _, ok := m[f.File]; !ok {
			order = append(order, f.File)
		}
		m[f.File] = append(m[f.File], f)
	}
	return order, m
}

// junitName is a finding's test case name: rule, position and the text
// found, with white space folded so that the name is a valid xs:token.
func junitName(f Finding) string {
	name := f.Rule + " " + strconv.Itoa(f.Line) + ":" + strconv.Itoa(f.Column)
	if found := strings.Join(strings.Fields(f.Found), " "); found != "" {
		name += " " + found
	}
	return name
}

func writeJUnit(w io.Writer, fs []Finding, opt *WriteOptions) error {
	order, m := byFile(fs, opt.Files)
	doc := junitSuites{}
	stamp := opt.Time
	if stamp.IsZero() {
		stamp = time.Now()
	}
	host := strings.Join(strings.Fields(opt.Hostname), " ")
	if host == "" {
		host = "localhost"
	}
	for i, file := range order {
		s := junitSuite{
			Name:      strings.Join(strings.Fields(file), " "),
			Package:   "bitext",
			ID:        i,
			Timestamp: stamp.UTC().Format("2006-01-02T15:04:05"),
			Hostname:  host,
			Time:      "0.000",
		}
		if s.Name == "" {
			s.Name = "-"
		}
		seen := map[string]int{}
		for _, f := range m[file] {
			name := junitName(f)
			if n := seen[name]; n > 0 {
				seen[name] = n + 1
				name += " #" + strconv.Itoa(n+1)
			} else {
				seen[name] = 1
			}
			s.Cases = append(s.Cases, junitCase{
				Name:      name,
				ClassName: s.Name,
				Time:      "0.000",
				Failure:   &junitFailure{Message: f.Message, Type: f.Rule, Text: TextLine(f)},
			})
			s.Failures++
		}
		if len(s.Cases) == 0 {
			s.Cases = []junitCase{{Name: "bitext check", ClassName: s.Name, Time: "0.000"}}
		}
		s.Tests = len(s.Cases)
		doc.Suites = append(doc.Suites, s)
	}
	return writeXML(w, doc)
}

// GitLab Code Quality: a JSON array of issues (the subset of the Code
// Climate format that GitLab reads), one per finding.

type codeQualityIssue struct {
	Description string              `json:"description"`
	CheckName   string              `json:"check_name"`
	Fingerprint string              `json:"fingerprint"`
	Severity    string              `json:"severity"`
	Location    codeQualityLocation `json:"location"`
}

type codeQualityLocation struct {
	Path      string               `json:"path"`
	Positions codeQualityPositions `json:"positions"`
}

type codeQualityPositions struct {
	Begin codeQualityPos `json:"begin"`
	End   codeQualityPos `json:"end"`
}

type codeQualityPos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

// codeQualityOf is finding f as a Code Quality issue; seen counts the
// findings of each fingerprint key so far.
func codeQualityOf(f *Finding, seen map[string]int) codeQualityIssue {
	sev := "minor"
	if f.Severity >= Error {
		sev = "major"
	}
	// The fingerprint identifies the finding across runs: file, rule,
	// text found and expected, and its occurrence number among equal
	// ones, but not its line, so that editing above it keeps it.
	key := strings.Join([]string{filepath.ToSlash(f.File), f.Rule, f.Found, f.Expected, f.Term, f.Side, f.Unit}, "\x00")
	seen[key]++
	sum := sha256.Sum256([]byte(key + "\x00" + strconv.Itoa(seen[key])))
	return codeQualityIssue{
		Description: oneLine(f.Message),
		CheckName:   "bitext/" + f.Rule,
		Fingerprint: hex.EncodeToString(sum[:16]),
		Severity:    sev,
		Location: codeQualityLocation{
			Path: filepath.ToSlash(f.File),
			Positions: codeQualityPositions{
				Begin: codeQualityPos{max(f.Line, 1), max(f.Column, 1)},
				End:   codeQualityPos{max(f.EndLine, f.Line, 1), max(f.EndColumn, 1)},
			},
		},
	}
}

func writeCodeQuality(w io.Writer, fs []Finding) error {
	issues := make([]codeQualityIssue, 0, len(fs))
	seen := map[string]int{}
	for i := range fs {
		issues = append(issues, codeQualityOf(&fs[i], seen))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(issues)
}

// Checkstyle XML.

type checkstyle struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

func writeCheckstyle(w io.Writer, fs []Finding, opt *WriteOptions) error {
	order, m := byFile(fs, opt.Files)
	doc := checkstyle{Version: "4.3"}
	for _, file := range order {
		cf := checkstyleFile{Name: file}
		for _, f := range m[file] {
			cf.Errors = append(cf.Errors, checkstyleError{f.Line, f.Column, f.Severity.String(), f.Message, "bitext." + f.Rule})
		}
		doc.Files = append(doc.Files, cf)
	}
	return writeXML(w, doc)
}

func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
