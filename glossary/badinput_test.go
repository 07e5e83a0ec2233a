package glossary

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// Bytes that are not clean UTF-8 text, and terms over the limit, are
// errors with the file, line and column (a byte column, as the CSV and
// XML readers count).
func TestBadText(t *testing.T) {
	long := strings.Repeat("가", 1001)
	tests := []struct {
		name   string
		format Format
		src    string
		want   string // Error() of the *SyntaxError
	}{
		{"utf8.csv", FormatCSV, "id,lang,term\nx,ko,\xff통일부\n", "glossary: utf8.csv:2:6: byte 0xFF is not UTF-8"},
		{"nul.csv", FormatCSV, "id,lang,term\nx,ko,통일부\ny,en,Ministry\x00 of Unification\n", "glossary: nul.csv:3:14: NUL character (U+0000)"},
		{"quoted-nul.csv", FormatCSV, "id,lang,term\ny,en,\"a\x00b\"\n", "glossary: quoted-nul.csv:2:8: NUL character (U+0000)"},
		{"ctl.tsv", FormatTSV, "id\tlang\tterm\nx\ten\tUnifi\x1bcation\n", "glossary: ctl.tsv:2:11: control character U+001B"},
		{"c1.csv", FormatCSV, "id,lang,term\nx,en,a\u0085b\n", "glossary: c1.csv:2:7: control character U+0085"},
		{"latin1.csv", FormatCSV, "id,lang,term\nx,en,\xc5land\n", "glossary: latin1.csv:2:6: byte 0xC5 is not UTF-8"},
		{"long.csv", FormatCSV, "id,lang,term\nx,ko," + long + "\n", "glossary: long.csv:2:6: term of 1001 characters; the longest allowed is 1000"},
		{"longshort.csv", FormatCSV, "id,lang,term,short\nx,ko,a," + long + "\n", "glossary: longshort.csv:2:8: term of 1001 characters; the longest allowed is 1000"},
		{"line.csv", FormatCSV, "id,lang,term,note\nx,ko,a," + strings.Repeat("n", 1<<20) + "\n", "glossary: line.csv:2:1: line longer than 1,048,576 bytes"},
		{"utf8.tbx", FormatTBX, "<martif><text><body><termEntry id='a'>\n<langSet xml:lang='en'><tig><term>\xc5land</term></tig></langSet></termEntry></body></text></martif>", "glossary: utf8.tbx:2:35: byte 0xC5 is not UTF-8"},
		{"nul.tbx", FormatTBX, "<martif><text><body><termEntry id='a'>\n<langSet xml:lang='en'><tig><term>a\x00</term></tig></langSet></termEntry></body></text></martif>", "glossary: nul.tbx:2:36: NUL character (U+0000)"},
		{"long.tbx", FormatTBX, "<martif><text><body><termEntry id='a'>\n<langSet xml:lang='en'><tig><term>" + long + "</term></tig></langSet></termEntry></body></text></martif>", "glossary: long.tbx:2:35: term of 1001 characters; the longest allowed is 1000"},
		{"auto.txt", FormatAuto, "id,lang,term\nx,ko,\x01\n", "glossary: auto.txt:2:6: control character U+0001"},
	}
	for _, tt := range tests {
		_, err := Decode(strings.NewReader(tt.src), tt.format, tt.name)
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%s: got %v, want a *SyntaxError", tt.name, err)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, err, tt.want)
		}
	}
}

// Lint reports the bad bytes as a problem that stops reading the file, and
// an over-long term as an error.
func TestLintBadText(t *testing.T) {
	dir := t.TempDir()
	writeFile := func(name, src string) string {
		t.Helper()
		p := dir + "/" + name
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	nul := writeFile("nul.csv", "id,lang,term\nx,en,a\x00\n")
	long := writeFile("long.csv", "id,lang,term\nx,en,"+strings.Repeat("a", 1001)+"\ny,en,b\n")
	probs := Lint(nul, long, dir)
	var got []string
	for _, p := range probs {
		got = append(got, strings.ReplaceAll(p.String(), dir, "DIR"))
	}
	want := []string{
		"DIR/nul.csv:2:7: error: NUL character (U+0000) [syntax]",
		"DIR/long.csv:2: warning: entry x has no terms and is left out [empty-entry]",
		"DIR/long.csv:2:6: error: term of 1001 characters; the longest allowed is 1000 [too-long]",
		"DIR: error: is a folder, not a glossary file [syntax]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, p := range probs {
		if strings.Contains(p.Message, "NUL") && !p.Stop {
			t.Errorf("%s: Stop is false", p)
		}
		if p.Code == CodeTooLong && p.Stop {
			t.Errorf("%s: Stop is true", p)
		}
	}
}
