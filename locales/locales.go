// Package locales holds bitext's own interface texts in English and Korean
// and picks the language the command speaks.
//
// Message files are TOML, one pair per area of the command
// (main.en.toml and main.ko.toml, segment.en.toml and segment.ko.toml, ...),
// embedded in the binary. Every message id has an English and a Korean text;
// a test fails when one is missing.
//
//	ui := locales.New(locales.Detect("", os.Getenv))
//	fmt.Println(ui.T("AppUsage", nil))
package locales

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

//go:embed *.toml
var files embed.FS

// Supported lists the languages bitext's interface speaks, English first
// (the fallback).
var Supported = []language.Tag{language.English, language.Korean}

var matcher = language.NewMatcher(Supported)

var (
	bundleOnce sync.Once
	bundle     *i18n.Bundle
	bundleErr  error

	englishOnce sync.Once
	english     *i18n.Bundle
	englishErr  error
)

// Bundle returns the message bundle with every embedded message file loaded.
func Bundle() (*i18n.Bundle, error) {
	bundleOnce.Do(func() { bundle, bundleErr = loadBundle("*.toml") })
	return bundle, bundleErr
}

// englishBundle returns the bundle of the English message files alone:
// an English interface (the default) reads no other language's messages,
// and parsing them all took about 2% of a check of pairs at start.
func englishBundle() (*i18n.Bundle, error) {
	englishOnce.Do(func() { english, englishErr = loadBundle("*.en.toml") })
	return english, englishErr
}

func loadBundle(pattern string) (*i18n.Bundle, error) {
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	names, err := fs.Glob(files, pattern)
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		if _, err := b.LoadMessageFileFS(files, name); err != nil {
			return nil, fmt.Errorf("locales: %s: %w", name, err)
		}
	}
	return b, nil
}

// Detect chooses the interface language: the --ui-lang value when set, then
// BITEXT_UI_LANG, then LC_ALL, LC_MESSAGES and LANG (POSIX values such as
// ko_KR.UTF-8 are understood), matched against Supported; English otherwise.
// getenv is usually os.Getenv.
func Detect(flag string, getenv func(string) string) language.Tag {
	candidates := []string{flag, getenv("BITEXT_UI_LANG"), getenv("LC_ALL"), getenv("LC_MESSAGES"), getenv("LANG")}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		tag, ok := ParsePOSIX(c)
		if !ok {
			continue
		}
		_, idx, conf := matcher.Match(tag)
		if conf == language.No {
			return language.English
		}
		return Supported[idx]
	}
	return language.English
}

// ParsePOSIX parses a BCP 47 tag or a POSIX locale name such as
// ko_KR.UTF-8 or en_US@euro. "C" and "POSIX" report false.
func ParsePOSIX(s string) (language.Tag, bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ".@"); i >= 0 {
		s = s[:i]
	}
	if s == "" || s == "C" || s == "POSIX" {
		return language.Und, false
	}
	s = strings.ReplaceAll(s, "_", "-")
	tag, err := language.Parse(s)
	if err != nil {
		return language.Und, false
	}
	return tag, true
}

// Localizer gives the texts of one interface language.
type Localizer struct {
	Tag  language.Tag
	l    *i18n.Localizer
	fast sync.Map // message id -> *fastMsg, the plain messages compiled (fast.go)
}

// New returns the localizer for tag. It panics if the embedded message files
// do not parse, which a test rules out.
func New(tag language.Tag) *Localizer {
	load := Bundle
	if tag == language.English {
		load = englishBundle
	}
	b, err := load()
	if err != nil {
		panic(err)
	}
	return &Localizer{Tag: tag, l: i18n.NewLocalizer(b, tag.String(), "en")}
}

// T returns the text of message id with the template data filled in. A
// missing id gives the id itself, so a gap shows instead of crashing; the
// package tests make sure there are none.
func (l *Localizer) T(id string, data map[string]any) string {
	if m := l.compiled(id); m.ok {
		if s, ok := renderFast(m.parts, data); ok {
			return s
		}
	}
	s, err := l.l.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data})
	if err != nil && s == "" {
		return id
	}
	return s
}

// N is T for a count: it picks the plural form for n and passes n to the
// template as .Count.
func (l *Localizer) N(id string, n int, data map[string]any) string {
	if data == nil {
		data = map[string]any{}
	}
	data["Count"] = n
	s, err := l.l.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data, PluralCount: n})
	if err != nil && s == "" {
		return id
	}
	return s
}

// Has reports whether id is a known message.
func (l *Localizer) Has(id string) bool {
	_, err := l.l.Localize(&i18n.LocalizeConfig{MessageID: id})
	return err == nil
}

// Message is implemented by errors (and other values) of the library
// packages that have a localized text: MessageID names a message in the
// locale files and MessageData fills its template. Library packages satisfy
// it without importing this package.
type Message interface {
	MessageID() string
	MessageData() map[string]any
}

// Error returns the localized text of err: the text of the first error in
// its chain that implements Message and whose id is known, else err.Error().
func (l *Localizer) Error(err error) string {
	for e := err; e != nil; e = errors.Unwrap(e) {
		if m, ok := e.(Message); ok {
			if _, lerr := l.l.Localize(&i18n.LocalizeConfig{MessageID: m.MessageID(), TemplateData: m.MessageData()}); lerr == nil {
				prefix := ""
				full, inner := err.Error(), e.Error()
				if strings.HasSuffix(full, inner) {
					prefix = full[:len(full)-len(inner)]
				}
				return l.system(prefix+l.T(m.MessageID(), m.MessageData()), err)
			}
		}
	}
	return l.system(err.Error(), err)
}

// IDs returns every message id defined for lang, sorted, read from the
// embedded files. It is what the completeness test compares.
func IDs(lang string) ([]string, error) {
	names, err := fs.Glob(files, "*."+lang+".toml")
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, name := range names {
		data, err := files.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var m map[string]any
		if _, err := toml.Decode(string(data), &m); err != nil {
			return nil, fmt.Errorf("locales: %s: %w", name, err)
		}
		for k := range m {
			ids = append(ids, k)
		}
	}
	sort.Strings(ids)
	return ids, nil
}
