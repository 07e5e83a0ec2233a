package glossary

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"bitext/textfile"
)

func seedFiles(f *testing.F, paths ...string) {
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// checkDecoded holds for any glossary Decode accepts.
func checkDecoded(t *testing.T, g *Glossary, err error) {
	if err != nil {
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Fatalf("error %v is not a *SyntaxError", err)
		}
		if !strings.HasPrefix(err.Error(), "glossary: ") {
			t.Fatalf("error %q lacks the package prefix", err)
		}
		return
	}
	for _, e := range g.Entries {
		if e.ID == "" {
			t.Fatal("entry without id")
		}
		for _, tm := range e.Terms {
			if tm.Text == "" || tm.Text != strings.TrimSpace(tm.Text) {
				t.Fatalf("term %q kept empty or padded", tm.Text)
			}
			// Only clean text gets through: UTF-8, no NUL or control
			// character, no term over the limit.
			if e := textfile.Check("term", []byte(tm.Text+tm.Short), textfile.Limits{}); e != nil {
				t.Fatalf("term %q passed with %v", tm.Text, e)
			}
			if utf8.RuneCountInString(tm.Text) > textfile.MaxTerm {
				t.Fatalf("term of %d characters passed", utf8.RuneCountInString(tm.Text))
			}
		}
	}
	// What was read can be written and read back.
	var buf bytes.Buffer
	if err := g.WriteCSV(&buf, ','); err != nil {
		t.Fatal(err)
	}
	back, err := Decode(&buf, FormatCSV, "back.csv")
	if err != nil {
		t.Fatalf("written glossary does not read back: %v\n%s", err, buf.String())
	}
	if len(back.Entries) != len(g.Entries) {
		t.Fatalf("%d entries read back, want %d", len(back.Entries), len(g.Entries))
	}
}

func FuzzTBX(f *testing.F) {
	seedFiles(f, "testdata/desk-v2.tbx", "testdata/desk-v3.tbx", "testdata/lint/desk.tbx")
	f.Add([]byte("<martif><text><body><termEntry id='a'><langSet xml:lang='ko'><tig><term>정의용</term></tig></langSet></termEntry></body></text></martif>"))
	f.Add([]byte("<?xml version='1.0'?>\r\n<!DOCTYPE martif SYSTEM 'x.dtd'>\n<!-- c -->\n<martif><text><body><termEntry id='a&amp;b'>\r\n<langSet xml:lang=\"en\"><tig><term>A &lt;&#x41;&#66;<![CDATA[<c>]]>\r</term><termNote type='administrativeStatus'>preferredTerm-admn-sts</termNote></tig></langSet></termEntry></body></text></martif>\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Decode(bytes.NewReader(data), FormatTBX, "f.tbx")
		checkDecoded(t, g, err)
		// The fast tokenizer and encoding/xml read the same.
		fast, slow := &decoder{file: "f.tbx"}, &decoder{file: "f.tbx", slowXML: true}
		ef, es := fast.tbx(bytes.NewReader(data)), slow.tbx(bytes.NewReader(data))
		if fmt.Sprint(ef) != fmt.Sprint(es) {
			t.Fatalf("fast reader: %v\nencoding/xml: %v", ef, es)
		}
		fast.finish()
		slow.finish()
		if a, b := dump(&Glossary{Entries: fast.entries}, true), dump(&Glossary{Entries: slow.entries}, true); a != b {
			t.Fatalf("fast reader:\n%s\nencoding/xml:\n%s", a, b)
		}
		if a, b := fmt.Sprint(fast.problems), fmt.Sprint(slow.problems); a != b {
			t.Fatalf("fast reader problems:\n%s\nencoding/xml:\n%s", a, b)
		}
	})
}

func FuzzCSV(f *testing.F) {
	seedFiles(f, "testdata/cases.csv", "testdata/lint/house.csv", "testdata/lint/broken.csv")
	f.Add([]byte("id\tlang\tterm\tshort\nx\tko\t\"한국\t\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Decode(bytes.NewReader(data), FormatAuto, "f.csv")
		checkDecoded(t, g, err)
	})
}

// FuzzMatcher checks that matches are in order, do not overlap, lie on
// rune boundaries inside the text and that each form found matches its
// term once normalized.
func FuzzMatcher(f *testing.F) {
	g, err := Load("testdata/cases.csv")
	if err != nil {
		f.Fatal(err)
	}
	ko := g.MatcherWith(language.Korean, MatchOptions{ShortForms: true})
	en := g.MatcherWith(language.English, MatchOptions{ShortForms: true})
	for _, s := range []string{
		"정의용은 종전선언이라고 말했다", "대통령실은", "Jung Eui-yong's end-of-war declarations",
		"ＭＯＦＡ", "정의용은", "Chung\u00a0 Eui-yong", "e\u0301\u0327 Korean  Peninsula", "\xff정의용\xfe",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, m := range []*Matcher{ko, en} {
			ms := m.FindAll(text)
			checkOffsets(t, text, ms)
			// AppendAllNFC, told the text is NFC, finds what AppendAll does.
			if norm.NFC.IsNormalString(text) {
				if nfc := m.AppendAllNFC(nil, text); !reflect.DeepEqual(nfc, ms) && len(nfc)+len(ms) > 0 {
					t.Fatalf("AppendAllNFC(%q) = %v, FindAll %v", text, nfc, ms)
				}
			}
			for _, mt := range ms {
				form := mt.Term.Text
				if mt.Short {
					form = mt.Term.Short
				}
				found := exactKey(text[mt.Start:mt.End])
				if termKey(found) != termKey(form) && utf8.ValidString(text) {
					t.Fatalf("found %q for form %q in %q", found, form, text)
				}
			}
		}
	})
}

// FuzzWideSheet reads arbitrary sheets with a layout: the same guarantees
// as Decode (checkDecoded), and every entry has at least one term.
func FuzzWideSheet(f *testing.F) {
	f.Add([]byte(agencies), "name_ko=ko,name_en=en,abbr_en=en:admitted,type=type,@type=organization")
	f.Add([]byte("name_ko,name_en,short_en\n박진,Park Jin,Park\n박진,Park Jin,\n"), "name_ko=ko,name_en=en,short_en=en:short,@type=person")
	f.Add([]byte("a,b\n\"x\n"), "a=ko,b=-")
	f.Fuzz(func(t *testing.T, data []byte, spec string) {
		l, err := ParseLayout(spec)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "glossary: ") {
				t.Fatalf("error %q lacks the package prefix", err)
			}
			return
		}
		if again, err := ParseLayout(l.String()); err != nil || again.String() != l.String() {
			t.Fatalf("layout %q does not read back: %v", l, err)
		}
		g, err := DecodeWith(bytes.NewReader(data), FormatCSV, "w.csv", Options{Layout: l})
		checkDecoded(t, g, err)
		if err == nil {
			for _, e := range g.Entries {
				if len(e.Terms) == 0 {
					t.Fatalf("entry %s without terms", e.ID)
				}
			}
		}
	})
}
