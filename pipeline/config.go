package pipeline

import (
	"bitext/glossary"
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/language"
)

// DefaultConfigFile is the name of the run settings file looked for in the
// working folder.
const DefaultConfigFile = "bitext.toml"

// Config holds the settings of a run, read from bitext.toml. Paths in the
// file are relative to the file's folder; Load makes them absolute to that
// folder (or leaves them relative to the working folder for a zero config).
type Config struct {
	Languages Languages      `toml:"languages"`
	Glossary  GlossaryConfig `toml:"glossary"`
	TM        TMConfig       `toml:"tm"`
	Output    OutputConfig   `toml:"output"`
	Input     InputConfig    `toml:"input"`
	Align     AlignConfig    `toml:"align"`
}

// AlignConfig tunes the alignment of originals with their editions.
type AlignConfig struct {
	// CoreLexicon: the hand-written core lexicon of everyday Korean news
	// words (lexicon.Core) is added to the TM's lexicon for a
	// Korean–English run, or used alone without one
	// (align.Options.CoreLexicon). Unset (nil) means on.
	CoreLexicon *bool `toml:"core_lexicon"`
}

// Core reports whether the core lexicon is used: on unless switched off.
func (c AlignConfig) Core() bool { return c.CoreLexicon == nil || *c.CoreLexicon }

// Languages are the source (original) and target (edition) languages.
type Languages struct {
	Source string `toml:"source"` // default "ko"
	Target string `toml:"target"` // default "en"
}

// GlossaryConfig lists the glossary files merged for the run.
type GlossaryConfig struct {
	Files []string `toml:"files"`
	// Columns is the layout of glossary sheets with one row per entry
	// (glossary.ParseLayout: "name_ko=ko,name_en=en,abbr_en=en:admitted"),
	// applied to the CSV and TSV files; empty for the usual layout.
	Columns string `toml:"columns"`
}

// TMConfig says where the translation memory is and which fuzzy matches
// count.
type TMConfig struct {
	Path      string `toml:"path"`
	Threshold int    `toml:"threshold"` // lowest fuzzy score reported, 50..100; default 75
	// Candidates is the most TM matches kept per segment (1..50; default
	// DefaultCandidates): all are written as XLIFF mtc:match / alt-trans
	// candidates, the best one counts for the bands and the prefill.
	Candidates int `toml:"candidates"`
	// Prefill is the lowest score of a match that pre-fills a
	// pretranslated segment's target (Threshold..101; 101 pre-fills only
	// in-context matches); 0, the default, means Threshold. Candidates
	// under it are still listed, with the target left empty.
	Prefill int `toml:"prefill"`
}

// MaxCandidates is the most tm.candidates can ask for.
const MaxCandidates = 50

// DefaultCandidates is tm.candidates when not set: the TM's own default
// (tm.DefaultTop).
const DefaultCandidates = 5

// candidates is Candidates, DefaultCandidates when unset (0).
func (c TMConfig) candidates() int {
	if c.Candidates <= 0 {
		return DefaultCandidates
	}
	return c.Candidates
}

// PrefillThreshold is the lowest score that pre-fills a target: Prefill,
// else Threshold.
func (c TMConfig) PrefillThreshold() int {
	if c.Prefill <= 0 {
		return c.Threshold
	}
	return c.Prefill
}

// OutputConfig says where the run writes, in which formats and under which
// names.
type OutputConfig struct {
	Dir     string   `toml:"dir"`     // default "out"
	Formats []string `toml:"formats"` // default all
	// Naming is the base name of an article's files: {name} is the input's
	// name without language and extension, {date} the article date
	// (YYYY-MM-DD when known, else "undated"). Default "{name}".
	Naming string `toml:"naming"`
}

// InputConfig describes the input files.
type InputConfig struct {
	// Encoding of the Korean files: "auto" (UTF-8, else EUC-KR/CP949),
	// "utf-8", "euc-kr" or "cp949". Default auto.
	Encoding string `toml:"encoding"`
	// Layout of plain-text articles: "paragraphs" (default: paragraphs
	// separated by blank lines, the lines of a paragraph joined) or
	// "lines" (one sentence or paragraph a line, as aligners take them:
	// every non-blank line is a paragraph, so a headline line is not
	// glued to the first sentence).
	Layout string `toml:"layout"`
}

// DefaultConfig returns the settings used when there is no bitext.toml.
func DefaultConfig() Config {
	return Config{
		Languages: Languages{Source: "ko", Target: "en"},
		TM:        TMConfig{Threshold: 75, Candidates: DefaultCandidates},
		Output:    OutputConfig{Dir: "out", Naming: "{name}"},
		Input:     InputConfig{Encoding: "auto", Layout: LayoutParagraphs},
	}
}

// ConfigError is a bad setting in a config file, with its position.
type ConfigError struct {
	File      string
	Line, Col int
	Key       string // the setting, dotted ("output.formats"), when known
	Msg       string
	id        string
}

func (e *ConfigError) Error() string {
	pos := e.File
	if e.Line > 0 {
		pos = fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Col)
	}
	return fmt.Sprintf("pipeline: %s: %s", pos, e.Msg)
}

// MessageID names the localized text of the error (locales/run.*.toml).
func (e *ConfigError) MessageID() string {
	if e.id == "" {
		return "RunErrConfig"
	}
	return e.id
}

// MessageData fills the localized text.
func (e *ConfigError) MessageData() map[string]any {
	return map[string]any{"File": e.File, "Line": e.Line, "Col": e.Col, "Key": e.Key, "Msg": e.Msg}
}

// LoadConfig reads a bitext.toml. Unknown keys are an error naming the key
// and its line; relative paths are resolved against the file's folder.
func LoadConfig(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("pipeline: %w", err)
	}
	cfg, err := ParseConfig(path, data)
	if err != nil {
		return Config{}, err
	}
	dir := filepath.Dir(path)
	abs := func(p string) string {
		if p == "" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	for i, f := range cfg.Glossary.Files {
		cfg.Glossary.Files[i] = abs(f)
	}
	cfg.TM.Path = abs(cfg.TM.Path)
	if cfg.Output.Dir != "" {
		cfg.Output.Dir = abs(cfg.Output.Dir)
	}
	return cfg, nil
}

// ParseConfig parses the text of a config file; name is used in errors.
// Defaults fill what the file leaves out. Paths are left as written.
func ParseConfig(name string, data []byte) (Config, error) {
	cfg := DefaultConfig()
	md, err := toml.Decode(string(data), &cfg)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return Config{}, &ConfigError{File: name, Line: pe.Position.Line, Col: pe.Position.Col, Msg: pe.Message}
		}
		// Type mismatches name the key but no position.
		return Config{}, &ConfigError{File: name, Msg: err.Error()}
	}
	if und := md.Undecoded(); len(und) > 0 {
		key := und[0].String()
		line, col := keyLine(data, und[0])
		return Config{}, &ConfigError{File: name, Line: line, Col: col, Key: key,
			Msg: fmt.Sprintf("unknown key %q", key), id: "RunErrConfigUnknownKey"}
	}
	if err := cfg.check(name); err != nil {
		// A bad value is placed at its key's line, when the file sets it.
		var ce *ConfigError
		if errors.As(err, &ce) && ce.Key != "" && ce.Line == 0 {
			ce.Line, ce.Col = keyLine(data, toml.Key(strings.Split(ce.Key, ".")))
		}
		return Config{}, err
	}
	return cfg, nil
}

func (c *Config) check(name string) error {
	bad := func(key, msg string) error {
		return &ConfigError{File: name, Key: key, Msg: key + ": " + msg}
	}
	for _, l := range []struct{ key, v string }{{"languages.source", c.Languages.Source}, {"languages.target", c.Languages.Target}} {
		if _, err := language.Parse(l.v); err != nil {
			return bad(l.key, fmt.Sprintf("%q is not a BCP 47 language tag", l.v))
		}
	}
	if c.TM.Threshold < 50 || c.TM.Threshold > 100 {
		return bad("tm.threshold", fmt.Sprintf("%d is outside 50..100", c.TM.Threshold))
	}
	if c.TM.Candidates < 1 || c.TM.Candidates > MaxCandidates {
		return bad("tm.candidates", fmt.Sprintf("%d is outside 1..%d", c.TM.Candidates, MaxCandidates))
	}
	if c.TM.Prefill != 0 && (c.TM.Prefill < c.TM.Threshold || c.TM.Prefill > 101) {
		return bad("tm.prefill", fmt.Sprintf("%d is outside tm.threshold..101 (%d..101): nothing under the threshold is looked up", c.TM.Prefill, c.TM.Threshold))
	}
	if _, err := ParseEncoding(c.Input.Encoding); err != nil {
		return bad("input.encoding", err.Error())
	}
	if err := CheckLayout(c.Input.Layout); err != nil {
		return bad("input.layout", err.Error())
	}
	if c.Glossary.Columns != "" {
		if _, err := glossary.ParseLayout(c.Glossary.Columns); err != nil {
			return bad("glossary.columns", err.Error())
		}
	}
	if strings.Contains(c.Output.Naming, "/") || strings.Contains(c.Output.Naming, `\`) || !strings.Contains(c.Output.Naming, "{name}") {
		return bad("output.naming", fmt.Sprintf("%q must contain {name} and no path separator", c.Output.Naming))
	}
	return nil
}

// SourceTag and TargetTag return the parsed language tags.
func (c *Config) SourceTag() language.Tag { return language.Make(c.Languages.Source) }

// TargetTag is the language of the English edition.
func (c *Config) TargetTag() language.Tag { return language.Make(c.Languages.Target) }

// keyLine finds where key is set in a TOML text: its key/value line, or the
// table header that opens it. It understands [table], [[array]], dotted and
// quoted keys, which is what a settings file holds; 0, 0 when not found.
func keyLine(data []byte, key toml.Key) (int, int) {
	want := strings.Join(key, "\x00")
	var table []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	inMulti := ""
	for sc.Scan() {
		n++
		raw := sc.Text()
		line := strings.TrimSpace(raw)
		col := len(raw) - len(strings.TrimLeft(raw, " \t")) + 1
		if inMulti != "" {
			if strings.Count(line, inMulti)%2 == 1 {
				inMulti = ""
			}
			continue
		}
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' {
			h := strings.Trim(line, "[]")
			if i := strings.Index(line, "]"); i > 0 {
				h = strings.Trim(line[:i], "[] \t")
			}
			table = splitKey(h)
			if strings.Join(table, "\x00") == want {
				return n, col
			}
			continue
		}
		eq := strings.Index(line, "=")
		if eq < 0 {
			continue
		}
		full := append(append([]string{}, table...), splitKey(line[:eq])...)
		if strings.Join(full, "\x00") == want {
			return n, col
		}
		rest := strings.TrimSpace(line[eq+1:])
		for _, q := range []string{`"""`, `'''`} {
			if strings.HasPrefix(rest, q) && strings.Count(rest, q)%2 == 1 {
				inMulti = q
			}
		}
	}
	// An unknown key inside an inline table or array: report its table.
	if len(key) > 1 {
		return keyLine(data, key[:len(key)-1])
	}
	return 0, 0
}

// splitKey splits a dotted TOML key, dropping quotes.
func splitKey(s string) []string {
	var parts []string
	var cur strings.Builder
	quote := byte(0)
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case quote != 0:
			if ch == quote {
				quote = 0
			} else {
				cur.WriteByte(ch)
			}
		case ch == '"' || ch == '\'':
			quote = ch
		case ch == '.':
			parts = append(parts, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(ch)
		}
	}
	parts = append(parts, strings.TrimSpace(cur.String()))
	return parts
}

// fingerprint is the part of the settings that changes an article's
// outputs, for the rerun check.
func (c *Config) fingerprint() string {
	f := append([]string{}, c.Output.Formats...)
	sort.Strings(f)
	fp := fmt.Sprintf("src=%s tgt=%s thr=%d formats=%s naming=%s enc=%s",
		c.Languages.Source, c.Languages.Target, c.TM.Threshold, strings.Join(f, ","), c.Output.Naming, c.Input.Encoding)
	if c.Input.Layout == LayoutLines {
		fp += " layout=lines"
	}
	if c.Glossary.Columns != "" {
		fp += " columns=" + c.Glossary.Columns
	}
	// Only when not the default, so that a rerun after the default's
	// introduction redoes nothing for it.
	if n := c.TM.candidates(); n != DefaultCandidates {
		fp += fmt.Sprintf(" candidates=%d", n)
	}
	if p := c.TM.PrefillThreshold(); p != c.TM.Threshold {
		fp += fmt.Sprintf(" prefill=%d", p)
	}
	return fp
}
