package srx

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
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

// FuzzTranslate rewrites arbitrary Java patterns: no panic, and a
// pattern that translates must either compile in RE2 or fail cleanly.
func FuzzTranslate(f *testing.F) {
	for _, s := range []string{`\bGen\.`, `[\w&&[^a]]`, `(?<=a)b`, `a*+`, `\p{IsLatin}\u00BB`, `\Qa.b\E`, `[a[b]]`, `(?iu:x)`, `\012`, `[^\]]`, `\b`, `\`, `[`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		tr, err := translate(p)
		if err != nil {
			return
		}
		regexp.Compile(tr.re)
	})
}
