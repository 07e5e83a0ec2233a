package srx

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// FuzzParse reads arbitrary documents: no panic, and rules that load
// give sorted breaks inside the text.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.srx")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, "Gen. Kim left. 정부는 발표했다. He came.\nNext")
		}
	}
	f.Add([]byte(`<srx version="2.0"><body><languagerules><languagerule languagerulename="a"><rule><beforebreak>\b</beforebreak></rule></languagerule></languagerules><maprules><languagemap languagepattern=".*" languagerulename="a"/></maprules></body></srx>`), "a b")
	f.Fuzz(func(t *testing.T, doc []byte, text string) {
		r, err := Parse(bytes.NewReader(doc), "fuzz.srx")
		if err != nil {
			return
		}
		for _, lang := range []string{"en", "ko", "x"} {
			prev := 0
			for _, b := range r.Breaks(text, lang) {
				if b <= prev || b >= len(text) {
					t.Fatalf("break %d out of order or range (len %d)", b, len(text))
				}
				prev = b
			}
		}
	})
}

// FuzzTranslate rewrites arbitrary Java patterns. It asserts: no panic;
// a pattern that RE2 already accepts, with at most one [ (a second one
// means a nested class in Java and a literal in RE2), still compiles once
// translated (the rewriting never breaks a valid pattern); and a pattern without escapes,
// classes or groups with flags, which means the same in Java and RE2, is
// left as it is.
func FuzzTranslate(f *testing.F) {
	for _, s := range []string{`\bGen\.`, `[\w&&[^a]]`, `(?<=a)b`, `a*+`, `\p{IsLatin}\u00BB`, `\Qa.b\E`, `[a[b]]`, `(?iu:x)`, `\012`, `[^\]]`, `\b`, `\`, `[`, `a.c|d$`, `x{2,3}y?`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		tr, err := translate(p)
		_, rawErr := regexp.Compile(p)
		plain := rawErr == nil && !strings.ContainsAny(p, `\[&+`) && !strings.Contains(p, "(?")
		if err != nil {
			if plain {
				t.Fatalf("translate(%q), a plain RE2 pattern: %v", p, err)
			}
			return
		}
		if _, cerr := regexp.Compile(tr.re); cerr != nil && rawErr == nil && strings.Count(p, "[") <= 1 {
			t.Fatalf("translate(%q) = %q, which does not compile: %v", p, tr.re, cerr)
		}
		if plain && tr.re != p && !tr.leadingWB && !tr.trailingWB {
			t.Fatalf("translate(%q) = %q, want the pattern unchanged", p, tr.re)
		}
	})
}
