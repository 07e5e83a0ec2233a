package check

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"bitext/article"
	"bitext/textfile"
)

// jsonlRecord is a record of the JSON lines export of bitext run (package
// export, WriteJSONL): a "doc" record starts an article, "row" records
// are its rows. Fields check does not use are not read.
type jsonlRecord struct {
	Type     string   `json:"type"`
	ID       string   `json:"id"`
	Headline string   `json:"headline"`
	Byline   string   `json:"byline"`
	Date     string   `json:"date"`
	SrcLang  string   `json:"src_lang"`
	TgtLang  string   `json:"tgt_lang"`
	Doc      string   `json:"doc"`
	Row      int      `json:"row"`
	Para     int      `json:"para"`
	Source   string   `json:"source"`
	Target   string   `json:"target"`
	Linked   bool     `json:"linked"`
	Conf     *float64 `json:"confidence"`
	Match    *struct {
		Kind   string `json:"kind"`
		Score  int    `json:"score"`
		Source string `json:"source"`
		Target string `json:"target"`
		Origin string `json:"origin"`
	} `json:"match"`
}

// JSONL checks the JSON lines export of bitext run: each article (a doc
// record and its rows) is read back, with its headline, byline and date,
// its rows' texts, paragraphs, links with their confidence and TM
// matches, and checked with Article. Findings are placed on the row's
// line, column 1 (the texts are JSON strings, with escapes). Languages
// come from the doc record (else from opt, else Korean and English).
func (c *Checker) JSONL(r io.Reader, file string, opt Options) ([]Finding, error) {
	var out []Finding
	err := readJSONL(r, file, opt, func(a *article.Article) {
		out = append(out, c.Article(file, a, opt.Date)...)
	})
	Sort(out)
	return out, err
}

// readJSONL reads a JSON lines export of bitext run back into articles and
// calls each with every article read.
func readJSONL(r io.Reader, file string, opt Options, each func(*article.Article)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 64*1024*1024)
	var doc *docReader
	flush := func() {
		if doc != nil {
			each(doc.a)
		}
		doc = nil
	}
	line := 0
	for sc.Scan() {
		line++
		text := sc.Bytes()
		if line == 1 && len(text) >= 3 && string(text[:3]) == "\ufeff" {
			text = text[3:]
		}
		if len(text) == 0 {
			continue
		}
		if e := textfile.Check(file, text, textfile.Limits{}); e != nil {
			return &SyntaxError{file, line, e.Col, e.Msg}
		}
		var rec jsonlRecord
		if err := json.Unmarshal(text, &rec); err != nil {
			return &SyntaxError{file, line, 1, "not a JSON record: " + err.Error()}
		}
		switch rec.Type {
		case "doc":
			flush()
			doc = newDoc(rec.ID, jsonlLang(rec.SrcLang, opt.SourceLang, language.Korean), jsonlLang(rec.TgtLang, opt.TargetLang, language.English))
			if rec.Headline != "" || rec.Byline != "" || rec.Date != "" {
				doc.a.Edition = &article.Text{Headline: nfc(rec.Headline), Byline: nfc(rec.Byline), Date: nfc(rec.Date)}
			}
		case "row":
			if doc == nil || rec.Doc != doc.a.Name {
				return &SyntaxError{file, line, 1, fmt.Sprintf("a row of article %q before its doc record", rec.Doc)}
			}
			pos := article.Position{Unit: strconv.Itoa(rec.Row), Line: line, Column: 1}
			seg := func(t string) *article.Segment {
				if t == "" {
					return nil
				}
				return &article.Segment{Text: nfc(t), Para: rec.Para, Pos: pos}
			}
			src, tgt := seg(rec.Source), seg(rec.Target)
			if m := rec.Match; m != nil {
				am := article.Match{Kind: m.Kind, Score: m.Score, Source: nfc(m.Source), Target: nfc(m.Target), Origin: m.Origin}
				if src != nil {
					src.Matches = []article.Match{am}
				} else if tgt != nil {
					tgt.Matches = []article.Match{am}
				}
			}
			conf := -1.0
			if rec.Linked && rec.Conf != nil {
				conf = *rec.Conf
			}
			doc.add(src, tgt, conf)
		default:
			return &SyntaxError{file, line, 1, fmt.Sprintf("record type %q, want doc or row", rec.Type)}
		}
	}
	flush()
	return sc.Err()
}

// jsonlLang is the language of a doc record: forced by opt, else the
// record's, else def.
func jsonlLang(rec string, opt, def language.Tag) language.Tag {
	if opt != language.Und {
		return opt
	}
	if t, err := language.Parse(rec); err == nil && rec != "" {
		return t
	}
	return def
}

// nfc returns s in NFC, as every other input is read.
func nfc(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// IsRunJSONL reports whether the file at path starts with the doc record
// of bitext run's JSON lines export, which is how a folder walk (Files)
// tells a run's export from other JSON lines files (an evaluation's
// expected findings, a corpus), which it skips.
func IsRunJSONL(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 4096), 1<<20)
	if !sc.Scan() {
		return false
	}
	var rec struct {
		Type string `json:"type"`
		ID   string `json:"id"`
	}
	line := sc.Bytes()
	if len(line) >= 3 && string(line[:3]) == "\ufeff" {
		line = line[3:]
	}
	return json.Unmarshal(line, &rec) == nil && rec.Type == "doc"
}
