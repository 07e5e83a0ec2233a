package glossary

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// dump lists a glossary one term per line, positions left out unless pos.
func dump(g *Glossary, pos bool) string {
	var b strings.Builder
	for _, e := range g.Entries {
		fmt.Fprintf(&b, "%s %s from=%s until=%s note=%q\n", e.ID, e.Type, day(e.From), day(e.Until), e.Note)
		for _, t := range e.Terms {
			fmt.Fprintf(&b, "\t%s %s cs=%v short=%q %q", t.Lang, t.Status, t.CaseSensitive, t.Short, t.Text)
			if t.Note != "" {
				fmt.Fprintf(&b, " note=%q", t.Note)
			}
			if pos {
				fmt.Fprintf(&b, " @%d:%d", t.Line, t.Col)
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (go test -update to accept):\n got:\n%s\nwant:\n%s", path, got, want)
	}
}

func TestTBXVersions(t *testing.T) {
	v2, err := Load("testdata/desk-v2.tbx")
	if err != nil {
		t.Fatal(err)
	}
	v3, err := Load("testdata/desk-v3.tbx")
	if err != nil {
		t.Fatal(err)
	}
	if dump(v2, false) != dump(v3, false) {
		t.Errorf("v2 and v3 differ:\n%s\n%s", dump(v2, false), dump(v3, false))
	}
	golden(t, "testdata/desk-v2.golden", dump(v2, true))
}

func TestCSVRoundTrip(t *testing.T) {
	for _, path := range []string{"testdata/desk-v2.tbx", "testdata/cases.csv"} {
		g, err := Load(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, sep := range []rune{',', '\t'} {
			var buf bytes.Buffer
			if err := g.WriteCSV(&buf, sep); err != nil {
				t.Fatal(err)
			}
			format := FormatCSV
			if sep == '\t' {
				format = FormatTSV
			}
			back, err := Decode(bytes.NewReader(buf.Bytes()), format, "out")
			if err != nil {
				t.Fatalf("%s: reading back: %v\n%s", path, err, buf.String())
			}
			// Sorted order: compare as sets of dumped entries.
			sorted := &Glossary{Entries: g.Sorted()}
			if got, want := dump(back, false), dump(sorted, false); got != want {
				t.Errorf("%s sep %q: round trip differs:\n got:\n%s\nwant:\n%s", path, sep, got, want)
			}
			// Auto-detection gives the same.
			auto, err := Decode(bytes.NewReader(buf.Bytes()), FormatAuto, "out")
			if err != nil || dump(auto, false) != dump(back, false) {
				t.Errorf("%s sep %q: auto-detected format reads differently (%v)", path, sep, err)
			}
		}
	}
}

func TestWriteCSVKoreanOrder(t *testing.T) {
	src := "id,lang,term\nc,ko,한국\na,ko,가나\nd,en,Zeta\nb,ko,나라\ne,ko,강원\n"
	g, err := Decode(strings.NewReader(src), FormatCSV, "t.csv")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range g.Sorted() {
		ids = append(ids, e.ID)
	}
	if got, want := strings.Join(ids, " "), "a e b c d"; got != want {
		t.Errorf("order %s, want %s", got, want)
	}
}

func TestSyntaxErrors(t *testing.T) {
	tests := []struct {
		name   string
		format Format
		src    string
		want   string // Error() of the *SyntaxError
	}{
		{"bad-lang.csv", FormatCSV, "id,lang,term\nx,en,a\ny,e n,b\n", `glossary: bad-lang.csv:3:3: "e n" is not a BCP 47 language tag`},
		{"status.csv", FormatCSV, "id,lang,term,status\nx,en,a,prefered\n", `glossary: status.csv:2:8: unknown status "prefered" (preferred, admitted, deprecated, superseded)`},
		{"col.csv", FormatCSV, "id,lang,term,stauts\n", `glossary: col.csv:1:14: unknown column "stauts" (columns: id,type,lang,term,status,case,short,note,from,until)`},
		{"req.tsv", FormatTSV, "id\tterm\n", `glossary: req.tsv:1:1: header lacks the "lang" column`},
		{"date.csv", FormatCSV, "id,lang,term,from\nx,en,a,2021-13-01\n", `glossary: date.csv:2:8: from "2021-13-01" is not a YYYY-MM-DD date`},
		{"type.csv", FormatCSV, "id,type,lang,term\nx,person,en,a\nx,place,en,b\n", `glossary: type.csv:3:3: entry x is place here but person at line 2`},
		{"quote.csv", FormatCSV, "id,lang,term\nx,en,\"a\n", `glossary: quote.csv:2:9: extraneous or missing " in quoted-field`},
		{"empty.csv", FormatCSV, "", `glossary: empty.csv:1:1: empty file: no header`},
		{"root.tbx", FormatTBX, "<html></html>", `glossary: root.tbx:1:1: not a TBX file: the root element is <html>, not <martif> or <tbx>`},
		{"open.tbx", FormatTBX, "<martif><text><body><termEntry id='a'>\n<langSet xml:lang='en'><tig><term>x</term></tig>", `glossary: open.tbx:2:49: unexpected EOF`},
		{"noid.tbx", FormatTBX, "<martif><text><body>\n<termEntry><langSet xml:lang='en'><tig><term>x</term></tig></langSet></termEntry></body></text></martif>", `glossary: noid.tbx:2:1: <termEntry> without an id attribute`},
		{"lang.tbx", FormatTBX, "<tbx><text><body><conceptEntry id='a'>\n  <langSec xml:lang='12'><termSec><term>x</term></termSec></langSec></conceptEntry></body></text></tbx>", `glossary: lang.tbx:2:3: "12" is not a BCP 47 language tag`},
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

func TestDefaults(t *testing.T) {
	src := "id,type,lang,term,status,case\np,person,en,Kim Jong-un,,\np,person,en,Kim Jong Un,deprecated,\nt,term,en,Sanction,,\nt,term,en,UN sanction,,yes\n"
	g, err := Decode(strings.NewReader(src), FormatCSV, "t.csv")
	if err != nil {
		t.Fatal(err)
	}
	got := dump(g, false)
	want := `p person from= until= note=""
	en preferred cs=true short="" "Kim Jong-un"
	en deprecated cs=true short="" "Kim Jong Un"
t term from= until= note=""
	en preferred cs=false short="" "Sanction"
	en admitted cs=true short="" "UN sanction"
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
