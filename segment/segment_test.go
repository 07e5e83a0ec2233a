package segment

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

type newsCase struct {
	line int
	rule string
	lang language.Tag
	text string
	want []string
}

// readNewsCases reads testdata/news.cases (format in the file's header).
func readNewsCases(t testing.TB) []newsCase {
	t.Helper()
	f, err := os.Open("testdata/news.cases")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []newsCase
	rule := ""
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		n++
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "## "):
			rule = l[3:]
		case l == "" || strings.HasPrefix(l, "#"):
		case strings.HasPrefix(l, "- "):
			if len(cases) == 0 {
				t.Fatalf("news.cases:%d: sentence before any case", n)
			}
			cases[len(cases)-1].want = append(cases[len(cases)-1].want, l[2:])
		default:
			tag, text, ok := strings.Cut(l, "> ")
			if !ok {
				t.Fatalf("news.cases:%d: cannot read %q", n, l)
			}
			lang := language.Und
			switch tag {
			case "en":
				lang = language.English
			case "ko":
				lang = language.Korean
			case "auto":
			default:
				t.Fatalf("news.cases:%d: unknown language %q", n, tag)
			}
			cases = append(cases, newsCase{line: n, rule: rule, lang: lang, text: text})
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

func TestNewsCases(t *testing.T) {
	cases := readNewsCases(t)
	if len(cases) < 80 {
		t.Errorf("only %d cases, want at least 80", len(cases))
	}
	for _, c := range cases {
		got := Sentences(c.text, c.lang)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("news.cases:%d (%s):\n%s\ngot:\n  %s\nwant:\n  %s", c.line, c.rule, c.text,
				strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
		}
		// Split and the Scanner agree with Sentences and keep offsets exact.
		segs := Split(c.text, c.lang)
		if len(segs) != len(got) {
			t.Errorf("news.cases:%d: Split gives %d segments, Sentences %d", c.line, len(segs), len(got))
			continue
		}
		for i, s := range segs {
			if s.Text != got[i] || c.text[s.Start:s.End] != s.Text || s.Index != i || s.Para != 0 {
				t.Errorf("news.cases:%d: segment %d = %+v", c.line, i, s)
			}
		}
	}
}
