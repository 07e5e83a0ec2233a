package pipeline

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"

	"bitext/textfile"
)

// Input is one article to run: its English edition and, when there is one,
// its Korean original.
type Input struct {
	Name     string // the article's name: the file name without language and extension
	Edition  string // path of the English edition
	Original string // path of the Korean original, "" when there is none
	// Encoding of the original as declared in a manifest ("" = the run's
	// setting).
	Encoding string
}

// Kinds of input file, by extension.
const (
	KindText     = "text"
	KindMarkdown = "markdown"
	KindHTML     = "html"
)

// FileKind returns the kind of an article file from its extension, or ""
// when it is not one.
func FileKind(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text":
		return KindText
	case ".md", ".markdown":
		return KindMarkdown
	case ".html", ".htm", ".xhtml":
		return KindHTML
	}
	return ""
}

// InputError is a problem with the inputs: a missing file, a bad manifest,
// two editions of one article.
type InputError struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("pipeline: %s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("pipeline: %s: %s", e.File, e.Msg)
}

// splitName splits "NAME.en.txt" into NAME and "en"; the language is "" when
// the name has no language part.
func splitName(path string) (name, lang string) {
	base := filepath.Base(path)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	if i := strings.LastIndex(base, "."); i > 0 {
		switch l := strings.ToLower(base[i+1:]); l {
		case "en", "ko":
			return base[:i], l
		}
	}
	return base, ""
}

// Discover lists the articles in inputs: files and folders (walked
// recursively) of English editions, each paired with its Korean original
// by name (NAME.en.txt with NAME.ko.txt, any of .txt, .md and .html), and
// manifest files (*.csv, see ReadManifest). A file without a language part
// in its name is an English edition. Korean originals without an edition are
// returned in orphans. Articles come sorted by name, so a run's order never
// depends on the file system.
func Discover(inputs []string) (arts []Input, orphans []string, err error) {
	arts, orphans, _, err = discover(inputs)
	return arts, orphans, err
}

// discover is Discover that also returns the files of the input folders
// it did not take, with the reason.
func discover(inputs []string) (arts []Input, orphans []string, skipped []Skip, err error) {
	byName := map[string]*Input{}
	origs := map[string]string{}
	var order []string
	add := func(path string) error {
		if strings.EqualFold(filepath.Ext(path), ".csv") {
			m, err := ReadManifest(path)
			if err != nil {
				return err
			}
			for _, in := range m {
				if prev, ok := byName[in.Name]; ok {
					return &InputError{File: path, Msg: fmt.Sprintf("article %q is also %s", in.Name, prev.Edition)}
				}
				in := in
				byName[in.Name] = &in
				order = append(order, in.Name)
			}
			return nil
		}
		if FileKind(path) == "" {
			skipped = append(skipped, Skip{File: path, Reason: "not an article (.txt, .md, .html) or a manifest (.csv)"})
			return nil
		}
		name, lang := splitName(path)
		if why := checkName(name); why != "" {
			return &InputError{File: path, Msg: why}
		}
		key := filepath.Join(filepath.Dir(path), name)
		if lang == "ko" {
			if prev, ok := origs[key]; ok {
				return &InputError{File: path, Msg: fmt.Sprintf("two Korean originals for %q: %s and %s", name, prev, path)}
			}
			origs[key] = path
			return nil
		}
		if prev, ok := byName[key]; ok {
			return &InputError{File: path, Msg: fmt.Sprintf("two English editions for %q: %s and %s", name, prev.Edition, path)}
		}
		byName[key] = &Input{Name: name, Edition: path}
		order = append(order, key)
		return nil
	}
	for _, in := range inputs {
		st, err := os.Stat(in)
		if err != nil {
			return nil, nil, nil, &InputError{File: in, Msg: "no such file or folder"}
		}
		if !st.IsDir() {
			if FileKind(in) == "" && !strings.EqualFold(filepath.Ext(in), ".csv") {
				return nil, nil, nil, &InputError{File: in, Msg: "not an article (.txt, .md, .html) or a manifest (.csv)"}
			}
			if err := add(in); err != nil {
				return nil, nil, nil, err
			}
			continue
		}
		err = filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if p != in && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 && (FileKind(p) != "" || strings.EqualFold(filepath.Ext(p), ".csv")) {
				if why := insideAfterLinks(in, p); why != "" {
					return &InputError{File: p, Msg: why}
				}
			}
			return add(p)
		})
		if err != nil {
			var ie *InputError
			if errors.As(err, &ie) {
				return nil, nil, nil, err
			}
			return nil, nil, nil, fmt.Errorf("pipeline: %w", err)
		}
	}
	used := map[string]bool{}
	for _, key := range order {
		in := byName[key]
		if in.Original == "" {
			if o, ok := origs[key]; ok {
				in.Original = o
				used[key] = true
			}
		}
		arts = append(arts, *in)
	}
	for key, o := range origs {
		if !used[key] {
			orphans = append(orphans, o)
		}
	}
	sort.Strings(orphans)
	sort.SliceStable(arts, func(i, j int) bool {
		if arts[i].Name != arts[j].Name {
			return arts[i].Name < arts[j].Name
		}
		return arts[i].Edition < arts[j].Edition
	})
	for i := 1; i < len(arts); i++ {
		if arts[i].Name == arts[i-1].Name {
			return nil, nil, nil, &InputError{File: arts[i].Edition, Msg: fmt.Sprintf("article name %q is also %s", arts[i].Name, arts[i-1].Edition)}
		}
	}
	return arts, orphans, skipped, nil
}

// ReadManifest reads a manifest CSV pairing editions with originals. The
// first row names the columns: "en" (the English edition; the column is
// required, a row's field may be empty: an original to pretranslate),
// "ko" (the Korean original, may be empty), and optionally "name"
// (default: the edition's name, else the original's) and "encoding" (of
// the original). Paths are relative to the manifest's folder; a row needs
// "en" or "ko".
//
//	name,en,ko,encoding
//	summit,summit-en.html,summit-ko.txt,euc-kr
func ReadManifest(path string) ([]Input, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &InputError{File: path, Msg: "cannot read: " + unwrapPathError(err).Error()}
	}
	// Clean UTF-8 text only: names become file names, paths are opened.
	if e := textfile.Check(path, data, textfile.Limits{MaxLine: textfile.MaxGlossaryLine}); e != nil {
		return nil, &InputError{File: path, Line: e.Line, Col: e.Col, Msg: "manifest: " + e.Msg}
	}
	r := csv.NewReader(bytes.NewReader(norm.NFC.Bytes(data)))
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	head, err := r.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, &InputError{File: path, Line: pe.Line, Col: pe.Column, Msg: "manifest: " + pe.Err.Error()}
		}
		return nil, &InputError{File: path, Line: 1, Col: 1, Msg: "manifest: no header row (name,en,ko,encoding)"}
	}
	col := map[string]int{}
	for i, h := range head {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		switch h {
		case "name", "en", "ko", "encoding":
			col[h] = i
		default:
			return nil, &InputError{File: path, Line: 1, Col: i + 1, Msg: fmt.Sprintf("manifest: unknown column %q (name, en, ko, encoding)", h)}
		}
	}
	if _, ok := col["en"]; !ok {
		return nil, &InputError{File: path, Line: 1, Col: 1, Msg: "manifest: no \"en\" column"}
	}
	dir := filepath.Dir(path)
	get := func(rec []string, c string) string {
		i, ok := col[c]
		if !ok || i >= len(rec) {
			return ""
		}
		return strings.TrimSpace(rec[i])
	}
	var out []Input
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		// The error first: a record that failed to parse has no field
		// positions.
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &InputError{File: path, Line: pe.Line, Col: pe.Column, Msg: "manifest: " + pe.Err.Error()}
			}
			return nil, &InputError{File: path, Msg: "manifest: " + err.Error()}
		}
		// pos is the line and column of a column's field, of the record's
		// first field when the record is shorter.
		pos := func(c string) (int, int) {
			i, ok := col[c]
			if !ok || i >= len(rec) {
				i = 0
			}
			return r.FieldPos(i)
		}
		bad := func(c, msg string) error {
			line, cl := pos(c)
			return &InputError{File: path, Line: line, Col: cl, Msg: "manifest: " + msg}
		}
		in := Input{Name: get(rec, "name"), Edition: get(rec, "en"), Original: get(rec, "ko"), Encoding: get(rec, "encoding")}
		// A row with no English is an original to pretranslate.
		if in.Edition == "" && in.Original == "" {
			return nil, bad("en", "empty \"en\" and \"ko\" paths")
		}
		for _, f := range []struct {
			col string
			p   *string
		}{{"en", &in.Edition}, {"ko", &in.Original}} {
			if *f.p == "" {
				continue
			}
			p, why := confinedPath(dir, *f.p)
			if why != "" {
				return nil, bad(f.col, why)
			}
			*f.p = p
			if fi, err := os.Stat(p); err != nil || !fi.Mode().IsRegular() {
				return nil, bad(f.col, fmt.Sprintf("%s: no such file", p))
			}
			if FileKind(p) == "" {
				return nil, bad(f.col, fmt.Sprintf("%s: not an article (.txt, .md, .html)", p))
			}
		}
		if _, err := ParseEncoding(in.Encoding); err != nil {
			return nil, bad("encoding", err.Error())
		}
		if in.Name == "" && in.Edition != "" {
			in.Name, _ = splitName(in.Edition)
		} else if in.Name == "" {
			in.Name, _ = splitName(in.Original)
		}
		if why := checkName(in.Name); why != "" {
			return nil, bad("name", why)
		}
		out = append(out, in)
	}
	return out, nil
}

// Encodings the articles may be in.
const (
	EncAuto        = "auto"
	EncUTF8        = "utf-8"
	EncEUCKR       = "euc-kr" // CP949, a superset of EUC-KR
	EncWindows1252 = "windows-1252"
	EncUTF16       = "utf-16" // with a byte order mark
)

// ParseEncoding normalizes an encoding name: "" and "auto", "utf-8"/"utf8",
// "euc-kr"/"cp949"/"uhc"/"ks_c_5601-1987" (one decoder: CP949 is a
// superset of EUC-KR) and "windows-1252"/"cp1252"/"latin1"/"iso-8859-1"
// (windows-1252 is a superset of ISO-8859-1's printable characters).
func ParseEncoding(s string) (string, error) {
	enc, err := textfile.ParseEncoding(s)
	if err != nil {
		return "", fmt.Errorf("unknown encoding %q (auto, utf-8, euc-kr, cp949, windows-1252, latin1)", s)
	}
	return pipelineEncoding(enc), nil
}

func pipelineEncoding(enc string) string {
	switch enc {
	case textfile.CP949:
		return EncEUCKR
	case textfile.UTF8:
		return EncUTF8
	case textfile.Windows1252:
		return EncWindows1252
	case textfile.UTF16:
		return EncUTF16
	}
	return EncAuto
}

// Decode returns data as NFC text: textfile.Decode with the article
// limits (no line over textfile.MaxArticleLine bytes; NUL and control
// characters other than tab, line feed, carriage return and form feed are
// errors). enc is EncAuto (UTF-8 when the bytes are valid UTF-8, else
// CP949 or windows-1252 when the bytes make that plausible, see
// textfile.Decode), or an encoding named by ParseEncoding. A byte order
// mark is dropped. It also reports the encoding used. Errors are
// *textfile.Error with the line and column in name.
func Decode(data []byte, enc string) (string, string, error) {
	s, det, err := decodeArticle("", data, enc, textfile.AnyLang)
	return s, pipelineEncoding(det.Encoding), err
}

func decodeArticle(name string, data []byte, enc string, lang textfile.Lang) (string, textfile.Detection, error) {
	if _, err := ParseEncoding(enc); err != nil {
		return "", textfile.Detection{}, err
	}
	return textfile.Decode(name, data, enc, lang, textfile.Limits{MaxLine: textfile.MaxArticleLine, FormFeed: true})
}
