package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

const session27T104Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
ban-ki-moon,person,ko,반기문,preferred,,,,,,,,,,,
ban-ki-moon,person,ko,반기문 총장,admitted,,,,,,2007-01-01,2017-01-01,,,,
ban-ki-moon,person,en,Ban Ki-moon,preferred,,Ban,,,,,,,,,
ban-ki-moon,person,en,Secretary-General Ban Ki-moon,admitted,,,,,,2007-01-01,2017-01-01,,,,
ban-ki-moon,person,en,Foreign Minister Ban Ki-moon,admitted,,,,,,2004-01-17,2006-11-09,,,,
`

// A title dated while held is made past by "former", "ex-", "then",
// "then-" or "the late" before the body's name that qualifies it, as right
// before it (testdata/check16i-missed: "Former U.N. Secretary-General Ban
// Ki-moon", house139, a false error); a "former" of another noun phrase,
// one a lower-case word, a comma, a sentence end or a titled person's
// possessive stands between, does not reach the title.
func TestQualifiedPastBody(t *testing.T) {
	c := caseChecker(t, "session27t104.csv", session27T104Glossary)
	day := time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC)
	const sg = "deprecated-term:Secretary-General Ban Ki-moon"
	for _, tc := range []struct{ text, want string }{
		{"Former U.N. Secretary-General Ban Ki-moon met Kim Han-soo in Seoul.", ""},
		{"He met former U.N. Secretary-General Ban Ki-moon in Seoul.", ""},
		{"Former Secretary-General Ban Ki-moon spoke.", ""},
		{"Ex-U.N. Secretary-General Ban Ki-moon spoke.", ""},
		{"He met then-U.N. Secretary-General Ban Ki-moon.", ""},
		{"He met then U.N. Secretary-General Ban Ki-moon.", ""},
		{"A statue of the late U.N. Secretary-General Ban Ki-moon stood there.", ""},
		{"He met former South Korean Foreign Minister Ban Ki-moon.", ""},
		{"He met former United Nations Secretary-General Ban Ki-moon.", ""},
		{"He met former Republic of Korea Foreign Minister Ban Ki-moon.", ""},
		{"He met the former Soviet Union's Secretary-General Ban Ki-moon.", ""},
		{"He met Former Ukraine's Secretary-General Ban Ki-moon.", ""},
		{"He met U.N. Secretary-General Ban Ki-moon.", sg},
		{"A former aide met U.N. Secretary-General Ban Ki-moon.", sg},
		{"The former champion, U.N. Secretary-General Ban Ki-moon, spoke.", sg},
		{"He came in late. U.N. Secretary-General Ban Ki-moon spoke.", sg},
		{"Former President Lee Myung-bak's Secretary-General Ban Ki-moon spoke.", sg},
		{"He met former staff of U.N. Secretary-General Ban Ki-moon.", sg},
		{"It ran late U.N. Secretary-General Ban Ki-moon said.", sg},
		{"He met former of U.N. Secretary-General Ban Ki-moon.", sg},
	} {
		var got []string
		for _, f := range c.TextOn("a.txt", tc.text, language.English, day) {
			if f.Rule == RuleDeprecated {
				got = append(got, f.Rule+":"+f.Found)
			}
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

// The Korean side has no such gap: its dated forms put the title after the
// name (반기문 총장), which a former title with the body between does not
// match; the form itself past its window is still an error.
func TestQualifiedPastBodyKorean(t *testing.T) {
	c := caseChecker(t, "session27t104k.csv", session27T104Glossary)
	day := time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"전 유엔 사무총장 반기문이 서울에 왔다.", ""},
		{"반기문 전 유엔 사무총장이 서울에 왔다.", ""},
		{"반기문 전 총장이 서울에 왔다.", ""},
		{"반기문 총장이 서울에 왔다.", "deprecated-term:반기문 총장"},
	} {
		var got []string
		for _, f := range c.TextOn("a.txt", tc.text, language.Korean, day) {
			if f.Rule == RuleDeprecated {
				got = append(got, f.Rule+":"+f.Found)
			}
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}
