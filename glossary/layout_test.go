package glossary

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestParseLayout(t *testing.T) {
	for _, c := range []struct {
		spec, want, err string
	}{
		{"name_ko=ko, name_en=en, abbr_en=en:admitted, type=type", "name_ko=ko,name_en=en,abbr_en=en:admitted,type=type", ""},
		{"Name_KO=ko,name_en=en,short_en=en:short,party=-,@type=person", "name_ko=ko,name_en=en,short_en=en:short,party=-,@type=person", ""},
		{"a=ko,b=en:deprecated,c=id,d=note,e=from,f=until", "a=ko,b=en:deprecated,c=id,d=note,e=from,f=until", ""},
		{"a=ko_KR", "a=ko-KR", ""},
		{"", "", "no column mapped"},
		{"a", "", "is not COLUMN=TARGET"},
		{"a=ko,a=en", "", "mapped twice"},
		{"a=id,b=note", "", "no column holds terms"},
		{"a=klingon-xx-yy-zz-!!", "", "not a field"},
		{"a=en:wrong", "", "unknown status"},
		{"a=en,@type=ministry", "", "unknown entry type"},
	} {
		l, err := ParseLayout(c.spec)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) || !strings.HasPrefix(err.Error(), "glossary: ") {
				t.Errorf("ParseLayout(%q) = %v, want an error with %q", c.spec, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseLayout(%q): %v", c.spec, err)
			continue
		}
		if got := l.String(); got != c.want {
			t.Errorf("ParseLayout(%q) = %s, want %s", c.spec, got, c.want)
		}
	}
}

// An agency-style sheet: one row per entry.
const agencies = "name_ko\tname_en\tabbr_en\ttype\n" +
	"외교부\tMinistry of Foreign Affairs\tMOFA\tministry\n" +
	"통일부\tMinistry of Unification\t\tministry\n" +
	"\n" +
	"국가정보원\tNational Intelligence Service\tNIS\tagency\n"

func TestWideSheet(t *testing.T) {
	l, err := ParseLayout("name_ko=ko,name_en=en,abbr_en=en:admitted,type=type,@type=organization")
	if err != nil {
		t.Fatal(err)
	}
	g, err := DecodeWith(strings.NewReader(agencies), FormatTSV, "agencies.tsv", Options{Layout: l})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Entries) != 3 {
		t.Fatalf("%d entries, want 3", len(g.Entries))
	}
	e := g.Entries[0]
	if e.ID != "ministry-of-foreign-affairs" || e.Type != Organization || e.Line != 2 || len(e.Terms) != 3 {
		t.Errorf("entry %+v", e)
	}
	if p := g.Preferred(e, language.English); p == nil || p.Text != "Ministry of Foreign Affairs" {
		t.Errorf("preferred English %v", p)
	}
	if e.Terms[2].Text != "MOFA" || e.Terms[2].Status != Admitted || !e.Terms[2].CaseSensitive {
		t.Errorf("abbreviation %+v", e.Terms[2])
	}
	if n := len(g.Entries[1].Terms); n != 2 {
		t.Errorf("an empty cell gave a term: %d terms", n)
	}
	if g.Entries[2].Line != 5 {
		t.Errorf("line %d, want 5", g.Entries[2].Line)
	}
	// The matcher finds the forms, particles included.
	hits := g.Matcher(language.Korean).FindAll("외교부는 통일부와 협의했다")
	if len(hits) != 2 || hits[0].Entry.ID != "ministry-of-foreign-affairs" {
		t.Errorf("matches %+v", hits)
	}

	// The same header is recognised without a layout, but a word that is
	// not a type is then an error at its place (columns count bytes, as
	// everywhere in glossary files).
	_, err = Decode(strings.NewReader(agencies), FormatTSV, "agencies.tsv")
	var se *SyntaxError
	if !errors.As(err, &se) || se.Line != 2 || se.Col != 44 || !strings.Contains(se.Msg, `"ministry"`) {
		t.Errorf("guessed layout with type words: %v", err)
	}
	g, err = Decode(strings.NewReader("name_ko,name_en,abbr_en\n외교부,Ministry of Foreign Affairs,MOFA\n"), FormatCSV, "a.csv")
	if err != nil || len(g.Entries) != 1 || len(g.Entries[0].Terms) != 3 {
		t.Errorf("guessed layout: %v, %+v", err, g)
	}
}

func TestWideSheetErrors(t *testing.T) {
	for _, c := range []struct {
		layout, text string
		line, col    int
		msg          string
	}{
		// A column the layout does not map, at its place in the header.
		{"name_ko=ko,name_en=en", "name_ko,name_en,party_ko\n", 1, 17, `column "party_ko" is not in the layout`},
		// A column of the layout missing from the header.
		{"name_ko=ko,name_en=en,abbr_en=en:admitted", "name_ko,name_en\n", 1, 1, `lacks the column "abbr_en"`},
		{"name_ko=ko,from=from", "name_ko,from\n외교부,2020-13-01\n", 2, 11, `not a YYYY-MM-DD date`},
		{"name_ko=ko,name_en=en,type=type", "name_ko,name_en,type\n외교부,MOFA,ministry\n", 2, 16, `unknown entry type "ministry"`},
		{"name_ko=ko", "name_ko\n\"외교부\n", 2, 12, `quote`},
	} {
		l, err := ParseLayout(c.layout)
		if err != nil {
			t.Fatal(err)
		}
		_, err = DecodeWith(strings.NewReader(c.text), FormatCSV, "w.csv", Options{Layout: l})
		var se *SyntaxError
		if !errors.As(err, &se) || se.Line != c.line || se.Col != c.col || !strings.Contains(se.Msg, c.msg) {
			t.Errorf("%q with %s: %v, want w.csv:%d:%d: ...%s", c.text, c.layout, err, c.line, c.col, c.msg)
		}
	}
	// The old error on an unknown column now says how to read such a sheet.
	_, err := Decode(strings.NewReader("name_ko,name_hanja\n강길부,姜吉夫\n"), FormatCSV, "a.csv")
	if err == nil || !strings.Contains(err.Error(), "--columns") {
		t.Errorf("unknown column without layout: %v", err)
	}
}

func TestWideSheetIDs(t *testing.T) {
	l, _ := ParseLayout("name_ko=ko,name_en=en,short_en=en:short,@type=person")
	text := "name_ko,name_en,short_en\n박진,Park Jin,Park\n박진,Park Jin,\n정의용,,\n"
	g, err := DecodeWith(strings.NewReader(text), FormatCSV, "p.csv", Options{Layout: l})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range g.Entries {
		ids = append(ids, e.ID)
	}
	if got := strings.Join(ids, " "); got != "park-jin park-jin-2 정의용" {
		t.Errorf("ids %s", got)
	}
	if s := g.Entries[0].Terms[1].Short; s != "Park" {
		t.Errorf("short form %q", s)
	}
}
