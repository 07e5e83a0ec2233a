package srx

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestTranslate(t *testing.T) {
	for _, c := range []struct {
		java, re2 string
		lead, tr  bool
	}{
		{`\bGen\.`, `Gen\.`, true, false},
		{`\s\p{Lu}\b`, `[` + spaceSet + `]\p{Lu}`, false, true},
		{`a\b\.`, `a\.`, false, false},
		{`[\w.]+`, `[` + wordSet + `.]+`, false, false},
		{`\W`, `[^` + wordSet + `]`, false, false},
		{`\S+`, `[^` + spaceSet + `]+`, false, false},
		{`\d`, `\p{Nd}`, false, false},
		{`\u00BB`, `\x{00BB}`, false, false},
		{`a*+b++c?+`, `a*b+c?`, false, false},
		{`a+?`, `a+?`, false, false},
		{`(?>ab)`, `(?:ab)`, false, false},
		{`(?<n>x)`, `(?P<n>x)`, false, false},
		{`(?iu)x`, `(?i)x`, false, false},
		{`(?u:x)`, `(?:x)`, false, false},
		{`[a-z[A-Z]]`, `[a-zA-Z]`, false, false},
		{`\p{javaLowerCase}`, `\p{Ll}`, false, false},
		{`\p{IsLatin}`, `\p{Latin}`, false, false},
		{`\p{Alpha}`, `[a-zA-Z]`, false, false},
		{`[\p{Punct}x]`, `[[:punct:]x]`, false, false},
		{`\QU.S.\E`, `U\.S\.`, false, false},
		{`\012`, `\x{a}`, false, false},
		{`[^\]]`, `[^\]]`, false, false},
		{`\s\b\p{Lu}\.`, `[` + spaceSet + `]\p{Lu}\.`, false, false},
		{`\p{Lu}\b\.`, `\p{Lu}\.`, false, false},
	} {
		got, err := translate(c.java)
		if err != nil {
			t.Errorf("translate(%q): %v", c.java, err)
			continue
		}
		if got.re != c.re2 || got.leadingWB != c.lead || got.trailingWB != c.tr {
			t.Errorf("translate(%q) = %q lead %v trail %v, want %q %v %v", c.java, got.re, got.leadingWB, got.trailingWB, c.re2, c.lead, c.tr)
		}
		if _, err := regexp.Compile(got.re); err != nil {
			t.Errorf("translate(%q) = %q does not compile: %v", c.java, got.re, err)
		}
	}
}

func TestTranslateUnsupported(t *testing.T) {
	for _, c := range []struct{ java, want string }{
		{`Mr\.(?!\d)`, "lookahead"},
		{`(?<=Mr)\.`, "lookbehind"},
		{`(a)\1`, "backreference"},
		{`[a-z&&[^b]]`, "intersection"},
		{`a\Bb`, `\B`},
		{`(\w)\b(\w)`, `\b inside`},
		{`[\W]`, `\W inside`},
		{`\Gx`, `\G`},
		{`(?x) a`, "comments"},
		{`[abc`, "unterminated"},
	} {
		_, err := translate(c.java)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("translate(%q) error = %v, want one about %q", c.java, err, c.want)
		}
	}
}

func load(t *testing.T, name string) *Rules {
	t.Helper()
	r, err := Load(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func pieces(text string, breaks []int) []string {
	var out []string
	prev := 0
	for _, b := range append(breaks, len(text)) {
		out = append(out, strings.TrimSpace(text[prev:b]))
		prev = b
	}
	return out
}

func TestBreaks(t *testing.T) {
	rules := load(t, "news.srx")
	noCascade := load(t, "nocascade.srx")
	for _, c := range []struct {
		rules *Rules
		lang  string
		text  string
		want  []string
	}{
		{rules, "en", "Gen. Kim met Rep. Park. They talked.", []string{"Gen. Kim met Rep. Park.", "They talked."}},
		{rules, "en-US", "The talks began Oct. 5 in Geneva. A deal followed.", []string{"The talks began Oct. 5 in Geneva.", "A deal followed."}},
		{rules, "en", "It began at 10 a.m. Monday. It ended at 6 p.m. They left.", []string{"It began at 10 a.m. Monday.", "It ended at 6 p.m.", "They left."}},
		{rules, "en", "Written by J. Kim. He is a reporter.", []string{"Written by J. Kim.", "He is a reporter."}},
		// Korean: \b and \w see Hangul as word characters.
		{rules, "ko", "정부는 발표했다. 3.1절 행사가 열렸다. Markets rose.", []string{"정부는 발표했다.", "3.1절 행사가 열렸다.", "Markets rose."}},
		{rules, "ko-KR", "그는 “평화다.” Then he left.", []string{"그는 “평화다.”", "Then he left."}},
		// Without cascading only the first matching map applies: English
		// rules alone give no break rule for "Park. They".
		{noCascade, "en", "Gen. Kim met Rep. Park. They talked.", []string{"Gen. Kim met Rep. Park. They talked."}},
		{noCascade, "fr", "Il part. Elle reste.", []string{"Il part.", "Elle reste."}},
		{rules, "xx", "One line\nanother line", []string{"One line", "another line"}},
	} {
		got := pieces(c.text, c.rules.Breaks(c.text, c.lang))
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s %q:\ngot  %q\nwant %q", c.lang, c.text, got, c.want)
		}
	}
}

func TestUnicodeWordBoundary(t *testing.T) {
	// Go's own \b is ASCII-only and would see a boundary on both sides of
	// every Hangul syllable; SRX authors expect Hangul to be word characters.
	doc := `<srx version="2.0" xmlns="http://www.lisa.org/srx20"><header cascade="yes"/><body><languagerules>
<languagerule languagerulename="K"><rule break="yes"><beforebreak>\b다\b</beforebreak><afterbreak></afterbreak></rule></languagerule>
</languagerules><maprules><languagemap languagepattern=".*" languagerulename="K"/></maprules></body></srx>`
	r, err := Parse(strings.NewReader(doc), "inline")
	if err != nil {
		t.Fatal(err)
	}
	// "다" alone is a word; inside "했다" it is not at a boundary.
	if got := r.Breaks("다 했다 다.", "ko"); len(got) != 2 || got[0] != len("다") || got[1] != len("다 했다 다") {
		t.Errorf("breaks = %v", got)
	}
}

// TestOverlappingMatches: matches of one rule that share characters are
// all found, as with a Java lookbehind.
func TestOverlappingMatches(t *testing.T) {
	doc := `<srx version="2.0" xmlns="http://www.lisa.org/srx20"><header cascade="yes"/><body><languagerules>
<languagerule languagerulename="L">
<rule break="no"><beforebreak>\b\p{Lu}\.\s</beforebreak><afterbreak></afterbreak></rule>
<rule break="yes"><beforebreak>\s\p{Ll}\.\s</beforebreak><afterbreak></afterbreak></rule>
<rule break="yes"><beforebreak>[.?!]+\s</beforebreak><afterbreak>\p{Lu}</afterbreak></rule>
</languagerule>
</languagerules><maprules><languagemap languagepattern=".*" languagerulename="L"/></maprules></body></srx>`
	r, err := Parse(strings.NewReader(doc), "inline")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"Items a. b. c. end", "Items a.|b.|c.|end"},
		{"By J. R. R. Tolkien. He wrote.", "By J. R. R. Tolkien.|He wrote."},
	} {
		if got := strings.Join(pieces(c.text, r.Breaks(c.text, "en")), "|"); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

func TestErrors(t *testing.T) {
	_, err := Load(filepath.Join("testdata", "lookahead.srx"))
	var se *Error
	if !errors.As(err, &se) {
		t.Fatalf("err = %v, want *Error", err)
	}
	if se.Rule != "English #2" || se.Line != 8 || !strings.Contains(se.Msg, "lookahead") {
		t.Errorf("err = %+v", se)
	}
	if !strings.HasPrefix(err.Error(), "srx: testdata/lookahead.srx:8:") {
		t.Errorf("message %q", err)
	}
	_, err = Load(filepath.Join("testdata", "broken.srx"))
	if !errors.As(err, &se) || se.Line == 0 {
		t.Errorf("broken XML: err = %v", err)
	}
	_, err = Parse(strings.NewReader("<x/>"), "x.xml")
	if err == nil || !strings.Contains(err.Error(), "not an SRX document") {
		t.Errorf("err = %v", err)
	}
	_, err = Load("testdata/no-such.srx")
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("err = %v, want not exist", err)
	}
}

// TestPublicSRX loads real SRX files (LanguageTool's segment.srx, Okapi's
// defaultSegmentation.srx, ...) named in BITEXT_SRX_FILES, separated by
// the path list separator, and the SRX sample of the schemas folder in
// BITEXT_SCHEMAS (as CI sets it). They are not kept in the repository; the
// test is skipped when neither variable is set. A file that fails to load
// fails the test (its error must name a position or rule), and loaded
// rules must segment a sample.
func TestPublicSRX(t *testing.T) {
	list := filepath.SplitList(os.Getenv("BITEXT_SRX_FILES"))
	if dir := os.Getenv("BITEXT_SCHEMAS"); dir != "" {
		list = append(list, filepath.Join(dir, "samples", "srx20.srx"))
	}
	if len(list) == 0 {
		t.Skip("BITEXT_SRX_FILES and BITEXT_SCHEMAS not set")
	}
	for _, path := range list {
		if path == "" {
			continue
		}
		r, err := Load(path)
		if err != nil {
			var se *Error
			if !errors.As(err, &se) || (se.Rule == "" && se.Line == 0) {
				t.Errorf("%s: error without a position or rule: %v", path, err)
			}
			t.Errorf("%s does not load: %v", path, err)
			continue
		}
		text := "Mr. Smith went to Washington. He arrived at 5 p.m. on Monday! Was it late?"
		b := r.Breaks(text, "en")
		t.Logf("%s: %d language rules, English breaks %v: %q", path, len(r.Names), b, pieces(text, b))
		if len(b) == 0 {
			t.Errorf("%s: no breaks in %q", path, text)
		}
	}
}
