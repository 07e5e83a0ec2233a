package check

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/glossary"
	"bitext/tmx"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func testChecker(t testing.TB) *Checker {
	t.Helper()
	g, err := glossary.Load("testdata/glossary.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	c.Missing = glossary.Types
	return c
}

// koPair checks one Korean-English pair at line 1 of p.tsv and returns
// the severity of its target-term-missing finding ("" without one) and
// all its findings.
func koPair(c *Checker, src, tgt string) (string, []Finding) {
	fs := c.Pair("p.tsv", Pair{Source: src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English,
		SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1})
	var got string
	for _, f := range fs {
		if f.Rule == RuleTargetMissing {
			got = f.Severity.String()
		}
	}
	return got, fs
}

// foundOf joins with "|" what the findings of rule found, in order (the
// case tables of sessions 21 and later compare it with their want).
func foundOf(fs []Finding, rule string) string {
	var got []string
	for _, f := range fs {
		if f.Rule == rule {
			got = append(got, f.Found)
		}
	}
	return strings.Join(got, "|")
}

// brief renders findings as "rule line:col found => expected" lines.
func brief(fs []Finding) string {
	var b []string
	for _, f := range fs {
		s := fmt.Sprintf("%s %d:%d %s", f.Rule, f.Line, f.Column, f.Found)
		if f.Expected != "" {
			s += " => " + f.Expected
		}
		if f.Side != "" {
			s += " (" + f.Side + ")"
		}
		b = append(b, s)
	}
	return strings.Join(b, "\n")
}

func TestText(t *testing.T) {
	c := testChecker(t)
	en, ko := language.English, language.Korean
	for _, tc := range []struct {
		name string
		lang language.Tag
		text string
		want string
	}{
		{"clean", en, "Foreign Minister Chung Eui-yong met Jake Sullivan. Chung said the end-of-war declaration was close.", ""},
		{"deprecated", en, "Takeshima is Korean territory.", "deprecated-term 1:1 Takeshima => Dokdo"},
		{"deprecated term lower case", en, "He urged an End of War declaration.", "deprecated-term 1:13 End of War declaration => end-of-war declaration"},
		{"near miss", en, "Jake Sulivan met Ned Pryce.", "near-miss 1:1 Jake Sulivan => Jake Sullivan\nnear-miss 1:18 Ned Pryce => Ned Price"},
		{"near miss possessive", en, "Jake Sulivan's visit.", "near-miss 1:1 Jake Sulivan => Jake Sullivan"},
		{"near miss one word", en, "Hyundae shares rose.", "near-miss 1:1 Hyundae => Hyundai"},
		{"near miss organization", en, "The Ministry of Foriegn Affairs said.", "near-miss 1:5 Ministry of Foriegn Affairs => Ministry of Foreign Affairs"},
		{"korean given name misspelled", en, "Minister Chung Eui-yongg met him.", "near-miss 1:10 Chung Eui-yongg => Chung Eui-yong"},
		{"other first letter is another person", en, "Ted Price and Jane Sullivan spoke.", ""},
		{"two edits in a word is another person", en, "Lee Jae-yong met Lee Jae-myung.", ""},
		{"vocabulary words are not misspellings", en, "the Foreign Ministry and the Foreign Minister", ""},
		{"all caps skipped", en, "JAKE SULIVAN", ""},
		{"first mention short", en, "Chung arrived. Chung Eui-yong said so.", "first-mention 1:1 Chung => Chung Eui-yong"},
		{"first mention admitted", en, "Eui-yong Chung arrived. Chung left.", "first-mention 1:1 Eui-yong Chung => Chung Eui-yong"},
		{"short form alone is not checked", en, "Chung arrived.", ""},
		{"inconsistent", en, "Chung Eui-yong arrived. Eui-yong Chung left.", "inconsistent 1:25 Eui-yong Chung => Chung Eui-yong"},
		{"the preferred form is never a second spelling", en, "The Foreign Ministry said. The Ministry of Foreign Affairs added.", ""},
		{"a short second reference", en, "The U.N. Security Council met. The Security Council voted.", ""},
		{"a form inside an unlisted name", en, "Korea said so, The Korea Times reported. South Korea agreed.", ""},
		{"a form before another capitalized word", en, "the 1950-53 Korea War. South Korea agreed.", ""},
		{"titles of different people", en, "A spokeswoman said. A spokesman added.", ""},
		{"title case", en, "President Moon said the president would go.", ""},
		{"an admitted form after a longer preferred one", en, "South Korea said. Korea agreed.", ""},
		{"attributive surname is no first mention", en, "The Trump administration said. Donald Trump spoke.", ""},
		{"attributive surname in Korean", ko, "트럼프 행정부는 밝혔다. 도널드 트럼프 대통령은 말했다.", ""},
		{"a short form is a first mention", en, "Trump said. Donald Trump spoke.", "first-mention 1:1 Trump => Donald Trump"},
		{"first mention then preferred is one finding", en, "Eui-yong Chung arrived. Chung Eui-yong left.", "first-mention 1:1 Eui-yong Chung => Chung Eui-yong"},
		{"deprecated is not also inconsistent", en, "Chung Eui-yong and Chung Eui-young.", "deprecated-term 1:20 Chung Eui-young => Chung Eui-yong"},
		{"lines and columns", en, "Line one.\n한글 Takeshima", "deprecated-term 2:4 Takeshima => Dokdo"},
		{"headline surnames", en, "Chung, Sullivan hold talks\n\nForeign Minister Chung Eui-yong met Jake Sullivan. Chung said so.", ""},
		{"markdown heading", en, "# Chung visits Washington\n\nChung Eui-yong arrived. Eui-yong Chung left.", "inconsistent 3:25 Eui-yong Chung => Chung Eui-yong"},
		{"headline still checked for deprecated forms", en, "Takeshima row flares\n\nDokdo is Korean.", "deprecated-term 1:1 Takeshima => Dokdo"},
		{"a first sentence is no headline", en, "Chung arrived.\n\nChung Eui-yong said so.", "first-mention 1:1 Chung => Chung Eui-yong"},
		{"a first line without a final period is a headline", en, "Talks stall under Chung\nForeign Minister Chung Eui-yong met Jake Sullivan.", ""},
		{"korean contraction is no second spelling", ko, "한국은행은 밝혔다. 한은은 기준금리를 올렸다.", ""},
		{"korean second spelling", ko, "탈북민 지원을 늘린다. 탈북자는 196명이다.", "inconsistent 1:14 탈북자 => 탈북민"},
		{"two admitted names are no second spelling", en, "Rebel Tories met. The Conservatives voted.", ""},
		{"two admitted spellings are", en, "Conservatives met. Later, the Conservative Parti voted.", "inconsistent 1:31 Conservative Parti => Conservative Party"},
		{"a title-case headline ending with a period", en, "Critics say Trump, Aides Embarked on Another Western Swing.\nDonald Trump spoke.", ""},
		{"a sentence with a lower-case long word is no headline", en, "Critics say Trump, Aides Embarked with Another Western Swing.\nDonald Trump spoke.", "first-mention 1:13 Trump => Donald Trump"},
		{"korean clean", ko, "정의용 외교부 장관은 종전선언이 필요하다고 말했다.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := brief(c.Text("a.txt", tc.text, tc.lang))
			if got != tc.want {
				t.Errorf("Text(%q) =\n%s\nwant\n%s", tc.text, got, tc.want)
			}
		})
	}
}

// TestSides: a headline translated as a sentence on one side is a
// headline on both.
func TestSides(t *testing.T) {
	c := testChecker(t)
	for _, tc := range []struct {
		name, source, target, want string
	}{
		{"english headline without period", "트럼프 대통령은 회담을 연기할 것이라고 한다.\n도널드 트럼프 대통령이 말했다.",
			"Trump may delay meeting, says White House\nDonald Trump said.", ""},
		{"english title-case headline", "트럼프 지지 발언을 시작했습니다.\n도널드 트럼프 대통령이 말했다.",
			"Singer Embarked on a Pro-Trump Speech After Concert.\nDonald Trump said.", ""},
		{"korean headline", "트럼프, 회담 연기\n도널드 트럼프 대통령이 말했다.",
			"Trump will delay the meeting.\nDonald Trump said.", ""},
		{"two sentences", "트럼프 대통령은 회담을 연기할 것이라고 한다.\n도널드 트럼프 대통령이 말했다.",
			"Trump will delay the meeting, the White House said.\nDonald Trump said.",
			"first-mention 1:1 트럼프 => 도널드 트럼프\nfirst-mention 1:1 Trump => Donald Trump"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src, tgt := c.Sides("a.txt", tc.source, tc.target, language.Korean, language.English, time.Time{})
			if got := brief(append(src, tgt...)); got != tc.want {
				t.Errorf("Sides =\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestPairs(t *testing.T) {
	c := testChecker(t)
	f, err := os.Open("testdata/pairs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fs, err := c.TSV(f, "pairs.tsv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := brief(fs) + "\n"
	if *update {
		os.WriteFile("testdata/pairs.want", []byte(got), 0o644)
		return
	}
	want, err := os.ReadFile("testdata/pairs.want")
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("pairs.tsv findings:\n%s\nwant\n%s", got, want)
	}
}

func TestTSVErrors(t *testing.T) {
	c := testChecker(t)
	_, err := c.TSV(strings.NewReader("ko\ten\n정의용\tChung Eui-yong\nno tab here\n"), "x.tsv", Options{})
	se, ok := err.(*SyntaxError)
	if !ok || se.Line != 3 || se.File != "x.tsv" {
		t.Fatalf("err = %v, want a *SyntaxError at x.tsv line 3", err)
	}
	if !strings.HasPrefix(err.Error(), "check: x.tsv:3:1: ") {
		t.Errorf("Error() = %q", err.Error())
	}
}

func TestTMX(t *testing.T) {
	c := testChecker(t)
	const doc = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ko" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
<body>
<tu tuid="u1"><tuv xml:lang="ko"><seg>정의용 장관은 독도를 방문했다.</seg></tuv><tuv xml:lang="en"><seg>Minister Chung Eui-yong visited Takeshima.</seg></tuv></tu>
<tu tuid="u2"><tuv xml:lang="ko"><seg>외교부는 30분 동안 회의했다.</seg></tuv><tuv xml:lang="en"><seg>The Ministry of Foreign Affairs met for 40 minutes.</seg></tuv></tu>
</body></tmx>`
	fs, err := c.TMX(strings.NewReader(doc), "a.tmx", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "deprecated-term 4:1 Takeshima => Dokdo (target)\nnumber-mismatch 5:1 30분 (source)\nnumber-mismatch 5:1 40 minutes (target)"
	if got := brief(fs); got != want {
		t.Errorf("TMX findings:\n%s\nwant\n%s", got, want)
	}
	for _, f := range fs {
		if f.Unit == "" {
			t.Errorf("finding without unit: %+v", f)
		}
	}
}

// TestTMXBadLang: a variant whose xml:lang is not a language tag is an
// error at its unit, not a unit silently left out of the gate.
func TestTMXBadLang(t *testing.T) {
	c := testChecker(t)
	const doc = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ko" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
<body>
<tu tuid="u1"><tuv xml:lang="ko"><seg>외교부는 30분 동안 회의했다.</seg></tuv><tuv xml:lang="en"><seg>They met for 30 minutes.</seg></tuv></tu>
<tu tuid="u2"><tuv xml:lang="ko"><seg>외교부는 30분 동안 회의했다.</seg></tuv><tuv xml:lang="english!"><seg>They met for 40 minutes.</seg></tuv></tu>
</body></tmx>`
	_, err := c.TMX(strings.NewReader(doc), "a.tmx", Options{})
	var se *tmx.SyntaxError
	if !errors.As(err, &se) || se.Line != 5 || !strings.Contains(err.Error(), `"english!"`) {
		t.Errorf("bad xml:lang: got %v, want a *tmx.SyntaxError at line 5 naming it", err)
	}
}

func TestIsKorean(t *testing.T) {
	for s, want := range map[string]bool{"정의용 장관은 말했다.": true, "Chung said.": false, "Chung(정의용) said the minister on Tuesday.": false, "": false} {
		if IsKorean(s) != want {
			t.Errorf("IsKorean(%q) = %v", s, !want)
		}
	}
}

// sample is a fixed set of findings for the report tests, with characters
// that need escaping in every format.
func sample() []Finding {
	return []Finding{
		newFindingAt("news/a b.txt", 3, 5, 3, 14, RuleDeprecated, Error, "CheckMsgDeprecated",
			map[string]any{"Found": "Takeshima", "Expected": "Dokdo", "Term": "pl-dokdo", "Note": "use <Dokdo> & not \"Takeshima\", ever: 100%\nreally", "Side": ""}),
		newFindingAt("news/a b.txt", 7, 1, 7, 13, RuleNearMiss, Warning, "CheckMsgNearMiss",
			map[string]any{"Found": "Jake Sulivan", "Expected": "Jake Sullivan", "Term": "p-sullivan"}),
		newFindingAt("pairs.tsv", 2, 30, 2, 40, RuleNumberMismatch, Warning, "CheckMsgNumberExtra",
			map[string]any{"Found": "40 minutes", "Value": "2400 s", "Side": "target"}),
	}
}

func newFindingAt(file string, l, c, el, ec int, rule string, sev Severity, id string, data map[string]any) Finding {
	f := newFinding(file, rule, sev, id, data)
	f.Line, f.Column, f.EndLine, f.EndColumn = l, c, el, ec
	if rule == RuleNumberMismatch {
		f.Unit = "u-7"
	}
	return f
}

func TestWriteGolden(t *testing.T) {
	fs := sample()
	files := []string{"clean.txt", "news/a b.txt", "pairs.tsv"}
	for _, f := range Formats {
		t.Run(string(f), func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, f, fs, Summarize(len(files), fs), goldenOptions(files)); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", "report."+string(f))
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if b.String() != string(want) {
				t.Errorf("%s output differs from %s:\n%s", f, golden, b.String())
			}
		})
	}
}

// wellFormed reads an XML document to its end.
func wellFormed(t *testing.T, data []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	depth, roots := 0, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed: %v\n%s", err, data)
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
	if depth != 0 || roots != 1 {
		t.Fatalf("not one closed root element (depth %d, roots %d)", depth, roots)
	}
}

func TestXMLWellFormed(t *testing.T) {
	fs := sample()
	fs[0].Message += "\x01\x0b bad control characters \ufffe"
	for _, f := range []Format{FormatJUnit, FormatCheckstyle} {
		for _, input := range [][]Finding{nil, fs} {
			var b bytes.Buffer
			if err := Write(&b, f, input, Summarize(1, input), &WriteOptions{Files: []string{"x&y.txt"}}); err != nil {
				t.Fatal(err)
			}
			wellFormed(t, b.Bytes())
		}
	}
}

func TestJSONShape(t *testing.T) {
	fs := sample()
	var b bytes.Buffer
	if err := Write(&b, FormatJSON, fs, Summarize(2, fs), nil); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Findings []map[string]any `json:"findings"`
		Summary  map[string]any   `json:"summary"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	keys := []string{"file", "line", "column", "end_line", "end_column", "rule", "severity", "message", "found", "expected", "term", "side", "unit"}
	for _, f := range doc.Findings {
		for _, k := range keys {
			if _, ok := f[k]; !ok {
				t.Errorf("finding lacks %q: %v", k, f)
			}
		}
		if len(f) != len(keys) {
			t.Errorf("finding has %d keys, want %d", len(f), len(keys))
		}
	}
	if doc.Summary["errors"] != 1.0 || doc.Summary["warnings"] != 2.0 || doc.Summary["files"] != 2.0 {
		t.Errorf("summary = %v", doc.Summary)
	}
	// Empty input still gives an array.
	b.Reset()
	Write(&b, FormatJSON, nil, Summarize(0, nil), nil)
	if !strings.Contains(b.String(), `"findings": []`) {
		t.Errorf("empty JSON = %s", b.String())
	}
}

func TestGitHubEscaping(t *testing.T) {
	var b bytes.Buffer
	fs := sample()
	Write(&b, FormatGitHub, fs, Summary{}, nil)
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != len(fs) {
		t.Fatalf("%d lines for %d findings:\n%s", len(lines), len(fs), b.String())
	}
	if !strings.HasPrefix(lines[0], "::error file=news/a b.txt,line=3,col=5,endLine=3,endColumn=14,title=bitext deprecated-term::") {
		t.Errorf("line = %q", lines[0])
	}
	if !strings.Contains(lines[0], "100%25%0Areally") || !strings.HasPrefix(lines[1], "::warning ") {
		t.Errorf("escaping: %q / %q", lines[0], lines[1])
	}
}

// TestSARIFStructure checks the SARIF output against the parts of the
// SARIF 2.1.0 schema that code-scanning uploads rely on, without the
// schema file (see TestSARIFSchema for the full validation).
func TestSARIFStructure(t *testing.T) {
	fs := sample()
	var b bytes.Buffer
	if err := Write(&b, FormatSARIF, fs, Summary{}, nil); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID               string `json:"id"`
						ShortDescription struct {
							Text string `json:"text"`
						} `json:"shortDescription"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			ColumnKind string `json:"columnKind"`
			Results    []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Level     string `json:"level"`
				Message   struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine, StartColumn, EndLine, EndColumn int
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	dec := json.NewDecoder(&b)
	if err := dec.Decode(&log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || log.Schema == "" || len(log.Runs) != 1 {
		t.Fatalf("version %q schema %q runs %d", log.Version, log.Schema, len(log.Runs))
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "bitext" || len(run.Tool.Driver.Rules) != len(Rules) || run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("driver = %+v, columnKind %q", run.Tool.Driver, run.ColumnKind)
	}
	if len(run.Results) != len(fs) {
		t.Fatalf("%d results for %d findings", len(run.Results), len(fs))
	}
	for i, r := range run.Results {
		if run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %d: ruleIndex %d is %s, not %s", i, r.RuleIndex, run.Tool.Driver.Rules[r.RuleIndex].ID, r.RuleID)
		}
		if r.Level != "error" && r.Level != "warning" || r.Message.Text == "" || len(r.Locations) != 1 {
			t.Errorf("result %d: %+v", i, r)
		}
		reg := r.Locations[0].PhysicalLocation.Region
		if reg.StartLine < 1 || reg.StartColumn < 1 || reg.EndLine < reg.StartLine || reg.EndLine == reg.StartLine && reg.EndColumn < reg.StartColumn {
			t.Errorf("result %d: region %+v", i, reg)
		}
	}
	if u := run.Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI; u != "news/a%20b.txt" {
		t.Errorf("uri = %q, want a relative URI reference", u)
	}
}

func TestXLIFF(t *testing.T) {
	c := testChecker(t)
	const doc = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko" trgLang="en">
<file id="f1">
<unit id="u1"><segment><source>정의용 장관은 독도를 방문했다.</source><target>Minister Chung Eui-yong visited Takeshima.</target></segment></unit>
<unit id="u2"><segment><source>외교부는 종전선언을 논의했다.</source><target>The Ministry of Foreign Affairs discussed it.</target></segment></unit>
<unit id="u3"><segment><source>외교부는 종전선언을 논의했다.</source></segment></unit>
</file></xliff>`
	fs, err := c.XLIFF(strings.NewReader(doc), "a.xlf", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "deprecated-term 4:1 Takeshima => Dokdo (target)\ntarget-term-missing 5:1  => end-of-war declaration (target)"
	if got := brief(fs); got != want {
		t.Errorf("XLIFF findings:\n%s\nwant\n%s", got, want)
	}
	if len(fs) == 2 && (fs[0].Unit != "u1" || fs[1].Unit != "u2") {
		t.Errorf("units %q %q", fs[0].Unit, fs[1].Unit)
	}
	if _, err := c.XLIFF(strings.NewReader("<xliff"), "bad.xlf", Options{}); err == nil {
		t.Error("no error for malformed XLIFF")
	}
}

// TestPairRules covers the lenient absence test, contexts of forms, dates
// and the misaligned rule (issue 11).
func TestPairRules(t *testing.T) {
	c := testChecker(t)
	d2010 := time.Date(2010, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, src, tgt string
		date           time.Time
		want           string
	}{
		{"demonym", "중국 정부는 반대했다.", "The Chinese government objected.", time.Time{}, ""},
		{"capital as metonym", "중국은 반대했다.", "Beijing objected.", time.Time{}, ""},
		{"the North", "북한은 거부했다.", "The North refused.", time.Time{}, ""},
		{"any case", "미국 정부는 말했다.", "the UNITED STATES said.", time.Time{}, ""},
		{"inside a compound", "미국은 말했다.", "The pro-American camp said.", time.Time{}, ""},
		{"both Koreas", "남북한은 합의했다.", "The two Koreas agreed.", time.Time{}, ""},
		{"a world war is not Daejeon", "제1차 세계 대전 동안", "during World War One", time.Time{}, ""},
		{"homeland is not Cho Kuk", "그들은 조국을 위해 싸웠다.", "They fought for their homeland.", time.Time{}, ""},
		{"Cho Kuk in context", "조국 법무부 장관은 사퇴했다.", "Justice Minister Cho Kuk resigned.", time.Time{}, ""},
		{"Cho Kuk missing", "조국 법무부 장관은 사퇴했다.", "The justice minister resigned.", time.Time{}, "target-term-missing 1:1  => Cho Kuk (target)"},
		{"UK Labour is not the Workers' Party", "노동당은 반대했다.", "Labour objected.", time.Time{}, ""},
		{"US Democrats", "미국 민주당은 반대했다.", "The American Democrats objected.", time.Time{}, ""},
		{"bracketed country gloss", "세레나 윌리엄스(미국)가 이겼다.", "Serena Williams won.", time.Time{}, ""},
		// Session 9: any entry in a bracket right after a word, beside an
		// age or other words.
		{"bracketed gloss with an age", "세레나 윌리엄스(27.미국)가 이겼다.", "Serena Williams won.", time.Time{}, ""},
		{"bracketed gloss with other words", "대표단(미국, 중국 대표)이 도착했다.", "The delegates arrived.", time.Time{}, ""},
		{"a bracket after a space is no gloss", "대표단 (미국 대표)이 도착했다.", "The delegates arrived.", time.Time{}, "target-term-missing 1:1  => United States (target)"},
		{"title in lower case", "대통령은 말했다.", "The president said.", time.Time{}, ""},
		{"surname alone", "한승수 총리는 말했다.", "Han said.", time.Time{}, ""},
		{"misspelled given name, surname kept", "한승수 총리는 말했다.", "Prime Minister Han Sung-soo said.", time.Time{}, "target-term-missing 1:1  => Han Seung-soo (target)"},
		// Session 6: a two-syllable Korean name counts as the person only
		// with a title next to it; another country's body is not the
		// glossary's; a usual romanization renders a person's name.
		{"a two-syllable name as a common word", "오바마 진영은 반박했다.", "The Obama camp hit back.", time.Time{}, ""},
		{"a two-syllable name before a particle", "두 진영의 대화는 단절됐다.", "Talks between the two sides broke off.", time.Time{}, ""},
		{"a two-syllable name before a body's role", "오바마 진영 대변인은 말했다.", "An Obama campaign spokesman said.", time.Time{}, ""},
		{"a two-syllable name with a title, missing", "진영 의원은 반박했다.", "The lawmaker hit back.", time.Time{}, "target-term-missing 1:1  => Chin Young (target)"},
		{"a two-syllable name with an honorific, missing", "진영 씨는 반박했다.", "He hit back.", time.Time{}, "target-term-missing 1:1  => Chin Young (target)"},
		{"a two-syllable name, title before, missing", "장관 진영은 반박했다.", "The minister hit back.", time.Time{}, "target-term-missing 1:1  => Chin Young (target)"},
		{"a two-syllable name, body and title after, missing", "진영 보건복지부 장관은 반박했다.", "The health minister hit back.", time.Time{}, "target-term-missing 1:1  => Chin Young (target)"},
		{"a two-syllable name, former title, missing", "진영 전 장관은 반박했다.", "The former minister hit back.", time.Time{}, "target-term-missing 1:1  => Chin Young (target)"},
		{"a two-syllable name before a word with a particle", "진영 전에 모였다.", "They gathered before the vote.", time.Time{}, ""},
		{"a two-syllable name rendered", "진영은 반박했다.", "Chin Young hit back.", time.Time{}, ""},
		{"another romanization of the name", "이용호는 유엔에서 연설했다.", "Ri Yong Ho spoke at the UN.", time.Time{}, ""},
		{"a courtesy title and the romanized surname", "이용호는 유엔에서 연설했다.", "Mr Ri spoke at the UN.", time.Time{}, ""},
		{"a romanization keeping the listed surname is a respelling", "이용호 의원은 말했다.", "Lee Yung-ho said.", time.Time{}, "target-term-missing 1:1  => Lee Yong-ho (target)"},
		{"a respelling with the given name first", "한승수 총리는 말했다.", "Sung-soo Han said.", time.Time{}, "target-term-missing 1:1  => Han Seung-soo (target)"},
		{"another surname spelling, the given name unhyphenated", "이용호는 유엔에서 연설했다.", "Rhee Yong Ho spoke at the UN.", time.Time{}, ""},
		{"a romanization of another name", "이용호는 유엔에서 연설했다.", "Ri Su Yong spoke at the UN.", time.Time{}, "target-term-missing 1:1  => Lee Yong-ho (target)"},
		{"another country's body", "미국 국방부는 밝혔다.", "The American Defense Department said.", time.Time{}, ""},
		{"another country's body, possessive", "영국의 국방부는 밝혔다.", "Britain's defence ministry said.", time.Time{}, ""},
		{"another country's body, through a qualifier", "미 연방 국방부는 밝혔다.", "The Pentagon said.", time.Time{}, ""},
		{"the glossary's body", "국방부는 밝혔다.", "The Pentagon said.", time.Time{}, "target-term-missing 1:1  => Ministry of National Defense (target)"},
		{"a proper name after a foreign place", "일본 현대 딜러들은 판매 목표를 밝혔다.", "Dealers in Japan announced their sales targets.", time.Time{}, "target-term-missing 1:1  => Hyundai (target)"},
		{"the glossary's body after a date", "7일 국방부는 밝혔다.", "The Pentagon said on Monday.", time.Time{}, "target-term-missing 1:1  => Ministry of National Defense (target)"},
		{"the glossary's body after a Korean place", "서울 국방부는 밝혔다.", "The Pentagon said.", time.Time{}, "target-term-missing 1:1  => Ministry of National Defense (target)"},
		{"the quote alone of a condensed translation", "로스 감독은 지난 주말 스코틀랜드의 한 스포츠 라디오 방송과의 인터뷰에서 \"운동 선수로서 나라를 위해 뛰고 싶었습니다.",
			"\"I wanted to play for my country as a player.", time.Time{}, ""},
		{"a fragment that is not the quote", "로스 감독은 지난 주말 스코틀랜드의 한 스포츠 라디오 방송과의 인터뷰에서 \"운동 선수로서 나라를 위해 뛰고 싶었습니다.",
			"He wanted to play for them as a player.", time.Time{}, "misaligned 1:1  (target)"},
		{"the quote alone of two quotations", "감독은 \"운동 선수로서 나라를 위해 뛰고 싶었다\"며 \"스코틀랜드 스포츠 방송과의 인터뷰가 기쁘다\"고 말했다.",
			"\"I wanted to play for my country.", time.Time{}, "misaligned 1:1  (target)"},
		{"a superseded name in its day", "외교부는 밝혔다.", "The Ministry of Foreign Affairs and Trade said.", d2010, ""},
		{"a superseded name today", "외교부는 밝혔다.", "The Ministry of Foreign Affairs and Trade said.", time.Time{}, "deprecated-term 1:1 Ministry of Foreign Affairs and Trade => Ministry of Foreign Affairs (target)"},
		{"a known set", "2개의 폭탄이 10m 간격으로 설치됐다.", "The bombs were set 10 meters apart.", time.Time{}, ""},
		{"a count left out is no contradiction", "5명이 숨졌다고 경찰은 밝혔다.", "Police said people died.", time.Time{}, ""},
		{"a count said otherwise", "5명이 숨졌다고 경찰은 밝혔다.", "Police said six people died.", time.Time{}, "number-mismatch 1:1 5 (source)"},
		{"a wrong digit", "경찰은 1153명을 조사했다.", "Police questioned 1,553 people.", time.Time{}, "number-mismatch 1:1 1,553 (target)\nnumber-mismatch 1:1 1153 (source)"},
		{"a count given differently", "2개의 폭탄이 설치됐다.", "The bombs, three of them, were set.", time.Time{}, "number-mismatch 1:1 2 (source)"},
		{"a weak number shared is an anchor", "회의는 비공식 6자회담이었다.",
			"The meeting was billed as an informal round of the six-party talks rather than a ministerial session of the countries taking part.", time.Time{}, ""},
		{"the count one is no anchor", "태풍은 1급으로 약해졌다.",
			"The storm, weakened again to a Category 1 hurricane, was causing large swells and high surf on the island's beaches on Thursday, forecasters said.", time.Time{},
			"misaligned 1:1  (target)"},
		{"misaligned", "정의용 장관은 2022년 3월 15일 외교부에서 토니 블링컨 장관과 30분 동안 회담했다고 밝혔다.",
			"Shares fell 3 percent on Tuesday as 12 companies reported 40 percent lower profits for 2019 in the industry survey released in Tokyo and Osaka by the ministry, and analysts said the fall would last until 2021 at least, according to 15 brokers.", time.Time{},
			"misaligned 1:1  (target)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English,
				SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, Date: tc.date})
			if got := brief(fs); got != tc.want {
				t.Errorf("Pair(%q, %q) =\n%s\nwant\n%s", tc.src, tc.tgt, got, tc.want)
			}
		})
	}
}

// TestNumberOmissions: a number on one side only is reported with
// NumberOmissions, and only then.
func TestNumberOmissions(t *testing.T) {
	c := testChecker(t)
	pr := Pair{Source: "5명이 숨졌고 3명이 다쳤다고 경찰은 2일 밝혔다.", Target: "Police said on Tuesday people died and three were hurt.",
		SourceLang: language.Korean, TargetLang: language.English, SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1}
	if got := brief(c.Pair("p.tsv", pr)); got != "" {
		t.Errorf("by default: %s, want none", got)
	}
	c.NumberOmissions = true
	if got, want := brief(c.Pair("p.tsv", pr)), "number-mismatch 1:1 5 (source)"; got != want {
		t.Errorf("with NumberOmissions: %s, want %s", got, want)
	}
}

// TestDefaultMissing: by default only persons are reported missing.
func TestDefaultMissing(t *testing.T) {
	g, err := glossary.Load("testdata/glossary.csv")
	if err != nil {
		t.Fatal(err)
	}
	fs := New(g).Pair("p.tsv", Pair{Source: "정의용 장관은 독도를 방문했다.", Target: "The minister visited the islets.", SourceLang: language.Korean, TargetLang: language.English, SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1})
	if got, want := brief(fs), "target-term-missing 1:1  => Chung Eui-yong (target)"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if ts, ok := ParseMissing("person, place"); !ok || len(ts) != 2 || ts[1] != glossary.Place {
		t.Errorf("ParseMissing = %v %v", ts, ok)
	}
	if _, ok := ParseMissing("persons"); ok {
		t.Error("ParseMissing accepted an unknown type")
	}
}

// TestDocumentContext: an organization named as another country's body
// earlier in the document (Pair.Before, or earlier in the sentence) is that
// body again when it comes back bare; a foreign place alone, a mention
// naming it as Korea's in between, or a mention beyond the bound does not
// carry it. Our own sentences.
func TestDocumentContext(t *testing.T) {
	c := testChecker(t)
	const us = "미국 국방부는 7일 새 훈련 계획을 발표했다."
	const missing = "target-term-missing 1:1  => Ministry of National Defense (target)"
	for _, tc := range []struct {
		name     string
		before   []string
		src, tgt string
		want     string
	}{
		{"named so in the sentence before", []string{us}, "국방부 대변인은 추가 파병은 없다고 말했다.", "A Pentagon spokesman said no more troops would be sent.", ""},
		{"named so earlier in the sentence", nil, "영국 국방부는 \"국방부 조사단이 현장을 확인했다\"고 밝혔다.", "Britain's defence ministry said its investigators had checked the site.", ""},
		{"two sentences back, a bare mention between", []string{us, "국방부 대변인은 일정을 설명했다."}, "국방부는 추가 발표를 예고했다.", "More announcements would follow, it said.", ""},
		{"three sentences back", []string{us, "훈련은 다음 달 시작된다.", "병력 2천 명이 참가한다."}, "국방부는 추가 발표를 예고했다.", "More announcements would follow, it said.", ""},
		{"four sentences back: beyond the bound", []string{us, "훈련은 다음 달 시작된다.", "병력 2천 명이 참가한다.", "장비도 투입된다."}, "국방부는 추가 발표를 예고했다.", "More announcements would follow, it said.", missing},
		{"Korea's body named in between", []string{us, "한국 국방부는 이를 환영했다."}, "국방부는 후속 협의를 제안했다.", "Seoul proposed follow-up talks.", missing},
		{"a foreign place alone before", []string{"미국은 새 훈련 계획을 발표했다."}, "국방부는 후속 협의를 제안했다.", "Seoul proposed follow-up talks.", missing},
		{"another body named abroad before", []string{"미국 외교부는 성명을 냈다."}, "국방부는 후속 협의를 제안했다.", "Seoul proposed follow-up talks.", missing},
		{"no context", nil, "국방부는 후속 협의를 제안했다.", "Seoul proposed follow-up talks.", missing},
		{"both countries' bodies before", []string{"한국과 미국의 국방부는 공동 성명을 냈다."}, "국방부는 후속 협의를 제안했다.", "Seoul proposed follow-up talks.", missing},
		{"a proper name is one body whatever the country", []string{"일본 현대 딜러들은 판매 목표를 밝혔다."}, "현대는 새 모델을 내놓는다.", "The carmaker will release a new model.",
			"target-term-missing 1:1  => Hyundai (target)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English,
				SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, Before: tc.before})
			if got := brief(fs); got != tc.want {
				t.Errorf("Pair(%q, %q) after %q =\n%s\nwant\n%s", tc.src, tc.tgt, tc.before, got, tc.want)
			}
		})
	}
	// Document gives each row the rows before it.
	row := func(n, src, tgt string) string {
		return strings.Join([]string{"a", n, "0", n, n, src, tgt, "0.90", "new", "", "", "", ""}, "\t")
	}
	in := ExportHeader + "\n" + row("1", us, "The United States Department of Defense unveiled a new exercise plan on Monday.") + "\n" +
		row("2", "국방부 대변인은 추가 파병은 없다고 말했다.", "A Pentagon spokesman said no more troops would be sent.") + "\n"
	fs, err := c.TSV(strings.NewReader(in), "a.tsv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := brief(fs); got != "" {
		t.Errorf("export rows: %s, want none", got)
	}
}
