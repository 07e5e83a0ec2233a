package glossary

import (
	"bufio"
	"os"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// render writes text with each match as [form]<suffix>.
func render(text string, ms []Match) string {
	var b strings.Builder
	boundary := map[int]bool{len(text): true}
	for i := range text { // decoding positions, invalid bytes included
		boundary[i] = true
	}
	last := 0
	for _, m := range ms {
		b.WriteString(text[last:m.Start])
		b.WriteString("[" + text[m.Start:m.End] + "]")
		if m.Suffix != "" {
			b.WriteString("<" + m.Suffix + ">")
		}
		last = m.End + len(m.Suffix)
	}
	b.WriteString(text[last:])
	return b.String()
}

func loadCases(t testing.TB) *Glossary {
	t.Helper()
	g, err := Load("testdata/cases.csv")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestMatchCases runs testdata/matches.txt.
func TestMatchCases(t *testing.T) {
	g := loadCases(t)
	f, err := os.Open("testdata/matches.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, ko := 0, 0
	var scratch []Match
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		parts := strings.Split(s, " | ")
		if len(parts) != 3 {
			t.Fatalf("matches.txt:%d: want LANG | TEXT | EXPECTED", line)
		}
		lang := language.MustParse(parts[0])
		m := g.MatcherWith(lang, MatchOptions{ShortForms: true})
		ms := m.FindAll(parts[1])
		if got := render(parts[1], ms); got != parts[2] {
			t.Errorf("matches.txt:%d: %s\n got %s\nwant %s", line, parts[1], got, parts[2])
		}
		checkOffsets(t, parts[1], ms)
		// AppendAll into a slice used before, after a match it keeps.
		scratch = append(scratch[:0], Match{Start: -1})
		scratch = m.AppendAll(scratch, parts[1])
		if scratch[0].Start != -1 || len(scratch) != len(ms)+1 || !reflect.DeepEqual(scratch[1:], ms) && len(ms) > 0 {
			t.Errorf("matches.txt:%d: AppendAll gave %d matches after %+v, FindAll %d", line, len(scratch)-1, scratch[0], len(ms))
		}
		n++
		if parts[0] == "ko" {
			ko++
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if ko < 40 {
		t.Errorf("only %d Korean cases, want at least 40", ko)
	}
	t.Logf("%d cases, %d Korean", n, ko)
}

func checkOffsets(t testing.TB, text string, ms []Match) {
	t.Helper()
	boundary := map[int]bool{len(text): true}
	for i := range text { // decoding positions, invalid bytes included
		boundary[i] = true
	}
	last := 0
	for _, m := range ms {
		end := m.End + len(m.Suffix)
		if m.Start < last || m.End <= m.Start || end > len(text) {
			t.Fatalf("bad offsets %d..%d+%d (previous end %d) in %q", m.Start, m.End, len(m.Suffix), last, text)
		}
		if text[m.End:end] != m.Suffix {
			t.Fatalf("suffix %q is not text[%d:%d] in %q", m.Suffix, m.End, end, text)
		}
		for _, p := range []int{m.Start, m.End, end} {
			if !boundary[p] {
				t.Fatalf("offset %d not on a rune boundary in %q", p, text)
			}
		}
		if m.Entry == nil || m.Term == nil || len(m.Terms) == 0 || m.Terms[0] != m.Term || len(m.Entries) != len(m.Terms) || m.Entries[0] != m.Entry {
			t.Fatalf("match without entry or terms: %+v", m)
		}
		last = end
	}
}

func TestMatchWhich(t *testing.T) {
	g := loadCases(t)
	en := g.MatcherWith(language.English, MatchOptions{ShortForms: true})
	tests := []struct {
		text, id, term string
		status         Status
		short          bool
	}{
		{"Jung Eui-yong", "chung", "Jung Eui-yong", Deprecated, false},
		{"Chung", "chung", "Chung Eui-yong", Preferred, true},
		{"the Korean peninsula", "peninsula", "Korean peninsula", Deprecated, false},
		{"end of war declaration", "eowd", "end of war declaration", Deprecated, false},
	}
	for _, tt := range tests {
		ms := en.FindAll(tt.text)
		if len(ms) != 1 {
			t.Errorf("%q: %d matches, want 1", tt.text, len(ms))
			continue
		}
		m := ms[0]
		if m.Entry.ID != tt.id || m.Term.Text != tt.term || m.Term.Status != tt.status || m.Short != tt.short {
			t.Errorf("%q: got %s %q %s short=%v, want %s %q %s short=%v", tt.text, m.Entry.ID, m.Term.Text, m.Term.Status, m.Short, tt.id, tt.term, tt.status, tt.short)
		}
	}
	// Without ShortForms the surname alone is not a match.
	if ms := g.Matcher(language.English).FindAll("Chung said"); len(ms) != 0 {
		t.Errorf("Matcher without short forms found %v", render("Chung said", ms))
	}
	// en-US text uses the en terms.
	if ms := g.Matcher(language.AmericanEnglish).FindAll("MOFA"); len(ms) != 1 {
		t.Errorf("en-US matcher: %d matches", len(ms))
	}
}

func TestMatchSharedShort(t *testing.T) {
	src := "id,type,lang,term,short\nmoonji,person,en,Moon Jae-in,Moon\nmoonch,person,en,Moon Chung-in,Moon\n"
	g, err := Decode(strings.NewReader(src), FormatCSV, "t.csv")
	if err != nil {
		t.Fatal(err)
	}
	ms := g.MatcherWith(language.English, MatchOptions{ShortForms: true}).FindAll("Moon said")
	if len(ms) != 1 || len(ms[0].Terms) != 2 || !ms[0].Short {
		t.Fatalf("got %+v, want one short match standing for two terms", ms)
	}
	if ms[0].Entries[0].ID != "moonji" || ms[0].Entries[1].ID != "moonch" || g.EntryOf(ms[0].Terms[1]).ID != "moonch" {
		t.Errorf("entries of the short match: %v %v", ms[0].Entries[0].ID, ms[0].Entries[1].ID)
	}
}

func TestMatchAt(t *testing.T) {
	src := "id,type,lang,term,from,until\nold,organization,en,Ministry of Unification,,2025-09-30\nnew,organization,en,Ministry of Unification and Peace,2025-10-01,\n"
	g, err := Decode(strings.NewReader(src), FormatCSV, "t.csv")
	if err != nil {
		t.Fatal(err)
	}
	at := func(day string) int {
		tm, _ := parseDay(day)
		return len(g.MatcherWith(language.English, MatchOptions{At: tm}).FindAll("the Ministry of Unification said"))
	}
	if at("2025-09-30") != 1 || at("2025-10-01") != 0 {
		t.Errorf("validity: %d matches on the last day, %d the day after; want 1, 0", at("2025-09-30"), at("2025-10-01"))
	}
}

// TestMatchCaseOrder: where a case-insensitive and a case-sensitive form
// share a key, the exact case-sensitive form is reported first.
func TestMatchCaseOrder(t *testing.T) {
	src := "id,type,lang,term,status,case\ns,term,en,sanction,preferred,\nx,term,en,SANCTION,deprecated,yes\n"
	g, err := Decode(strings.NewReader(src), FormatCSV, "t.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := g.Matcher(language.English)
	for text, want := range map[string]string{"SANCTION": "SANCTION", "Sanction": "sanction", "sanctions": "sanction"} {
		ms := m.FindAll(text)
		if len(ms) != 1 || ms[0].Term.Text != want {
			t.Errorf("%q: got %v, want term %q", text, ms, want)
			continue
		}
		if text == "SANCTION" && len(ms[0].Terms) != 2 {
			t.Errorf("%q: %d terms, want both forms", text, len(ms[0].Terms))
		}
	}
}
