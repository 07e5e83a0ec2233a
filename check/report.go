package check

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
)

// Format is an output format of findings.
type Format string

// The output formats.
const (
	FormatText       Format = "text"       // file:line:col: severity: message [rule]
	FormatJSON       Format = "json"       // {"findings":[...],"summary":{...}}
	FormatSARIF      Format = "sarif"      // SARIF 2.1.0
	FormatJUnit      Format = "junit"      // JUnit XML, a test suite per file
	FormatGitHub     Format = "github"     // GitHub Actions workflow commands
	FormatCheckstyle Format = "checkstyle" // checkstyle XML
)

// Formats lists the output formats.
var Formats = []Format{FormatText, FormatJSON, FormatSARIF, FormatJUnit, FormatGitHub, FormatCheckstyle}

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
		err = writeText(bw, fs)
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

func writeText(w io.Writer, fs []Finding) error {
	for _, f := range fs {
		if _, err := fmt.Fprintln(w, TextLine(f)); err != nil {
			return err
		}
	}
	return nil
}

func writeJSON(w io.Writer, fs []Finding, s Summary) error {
	if fs == nil {
		fs = []Finding{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		Findings []Finding `json:"findings"`
		Summary  Summary   `json:"summary"`
	}{fs, s})
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

func writeSARIF(w io.Writer, fs []Finding, opt *WriteOptions) error {
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
	for _, f := range fs {
		props := map[string]string{}
		for k, v := range map[string]string{"found": f.Found, "expected": f.Expected, "term": f.Term, "side": f.Side, "unit": f.Unit} {
			if v != "" {
				props[k] = v
			}
		}
		if len(props) == 0 {
			props = nil
		}
		res := sarifResult{
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
		run.Results = append(run.Results, res)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

// JUnit XML: a test suite per file, a failing test case per finding, a
// passing one for a file without findings.

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	ClassName string        `xml:"classname,attr"`
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

func writeJUnit(w io.Writer, fs []Finding, opt *WriteOptions) error {
	order, m := byFile(fs, opt.Files)
	doc := junitSuites{Name: "bitext check"}
	for _, file := range order {
		s := junitSuite{Name: file}
		for _, f := range m[file] {
			s.Cases = append(s.Cases, junitCase{
				Name:      f.Rule + " " + strconv.Itoa(f.Line) + ":" + strconv.Itoa(f.Column) + " " + f.Found,
				ClassName: file,
				Failure:   &junitFailure{Message: f.Message, Type: f.Rule, Text: TextLine(f)},
			})
			s.Failures++
		}
		if len(s.Cases) == 0 {
			s.Cases = []junitCase{{Name: "bitext check", ClassName: file}}
		}
		s.Tests = len(s.Cases)
		doc.Tests += s.Tests
		doc.Failures += s.Failures
		doc.Suites = append(doc.Suites, s)
	}
	return writeXML(w, doc)
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
