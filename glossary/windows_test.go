package glossary

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Issue #11 (session 26, T85): a form listed again in its entry with the
// same status and another window is right in any of its windows.

const windowsHead = "id,type,lang,term,status,case,short,note,from,until,form_from,form_until\n"

// TestFormWindowsLint: two windows are no duplicate; the same window
// twice is, and so are windows that overlap (their own message).
func TestFormWindowsLint(t *testing.T) {
	for _, tc := range []struct {
		name, rows, want string // want: the codes, Overlap marked
	}{
		{"two windows", `trump,person,en,Donald Trump,preferred,,,,,,,
trump,person,en,President Donald Trump,admitted,,,,,,2017-01-20,2021-01-20
trump,person,en,President Donald Trump,admitted,,,,,,2025-01-20,
`, ""},
		{"two preferred windows", `pelosi,person,en,Speaker Nancy Pelosi,preferred,,,,,,2007-01-04,2011-01-03
pelosi,person,en,Speaker Nancy Pelosi,preferred,,,,,,2019-01-03,2023-01-03
pelosi,person,en,Nancy Pelosi,admitted,,,,,,,
`, ""},
		{"same window", `putin,person,en,Vladimir Putin,preferred,,,,,,,
putin,person,en,President Vladimir Putin,admitted,,,,,,2000-05-07,2008-05-07
putin,person,en,President Vladimir Putin,admitted,,,,,,2000-05-07,2008-05-07
`, CodeDuplicateTerm},
		{"overlap", `putin,person,en,Vladimir Putin,preferred,,,,,,,
putin,person,en,President Vladimir Putin,admitted,,,,,,2000-05-07,2008-05-07
putin,person,en,President Vladimir Putin,admitted,,,,,,2008-05-07,
`, CodeDuplicateTerm + " overlap"},
		{"undated and dated", `putin,person,en,Vladimir Putin,preferred,,,,,,,
putin,person,en,President Vladimir Putin,admitted,,,,,,,
putin,person,en,President Vladimir Putin,admitted,,,,,,2012-05-07,
`, CodeDuplicateTerm + " overlap"},
		{"other status", `putin,person,en,Vladimir Putin,preferred,,,,,,,
putin,person,en,President Vladimir Putin,admitted,,,,,,2000-05-07,2008-05-07
putin,person,en,President Vladimir Putin,deprecated,,,,,,2012-05-07,
`, CodeDuplicateTerm},
	} {
		f := filepath.Join(t.TempDir(), "w.csv")
		if err := os.WriteFile(f, []byte(windowsHead+tc.rows), 0o644); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range Lint(f) {
			s := p.Code
			if p.Data["Overlap"] != nil {
				s += " overlap"
				if p.MessageID() != "GlossaryProblemOverlappingWindows" {
					t.Errorf("%s: message %q", tc.name, p.MessageID())
				}
			}
			got = append(got, s)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%s: lint %q, want %q", tc.name, g, tc.want)
		}
	}
}

// TestFormWindowsAt: CSV and TBX alike link the rows of a form listed
// with two windows; At and UsedAt take the window of the day.
func TestFormWindowsAt(t *testing.T) {
	const csv = windowsHead + `putin,person,en,Vladimir Putin,preferred,,,,,,,
putin,person,en,President Vladimir Putin,admitted,,,,,,2000-05-07,2008-05-07
putin,person,en,President Vladimir Putin,admitted,,,,,,2012-05-07,
`
	const tbx = `<?xml version="1.0"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="putin"><descrip type="subjectField">person</descrip>
<langSet xml:lang="en"><tig><term>Vladimir Putin</term></tig>
<tig><term>President Vladimir Putin</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
<termNote type="x-validFrom">2000-05-07</termNote><termNote type="x-validUntil">2008-05-07</termNote></tig>
<tig><term>President Vladimir Putin</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
<termNote type="x-validFrom">2012-05-07</termNote></tig></langSet>
</termEntry></body></text></martif>`
	on := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	for _, src := range []struct {
		name   string
		format Format
		text   string
	}{{"csv", FormatCSV, csv}, {"tbx", FormatTBX, tbx}} {
		g, err := Decode(strings.NewReader(src.text), src.format, "g."+src.name)
		if err != nil {
			t.Fatal(err)
		}
		ts := g.Lookup("putin").TermsIn(language.English)
		if len(ts) != 3 || ts[0].Windows() != nil || len(ts[1].Windows()) != 2 || &ts[2].Windows()[0] != &ts[1].Windows()[0] {
			t.Fatalf("%s: windows not linked: %d terms", src.name, len(ts))
		}
		first, second := ts[1], ts[2]
		for _, tc := range []struct {
			day  time.Time
			want *Term
			used bool
		}{
			{on(1999, 1, 1), first, false}, // before both: the first to start
			{on(2000, 5, 7), first, true},  // inclusive
			{on(2010, 1, 1), first, false}, // between: the one that ended
			{on(2012, 5, 7), second, true}, // inclusive
			{on(2025, 1, 1), second, true}, // open end
			{time.Time{}, second, false},   // no day: the row itself
		} {
			if got := second.At(tc.day); got != tc.want {
				t.Errorf("%s: At(%s) is the row of %s, want %s", src.name, tc.day.Format(time.DateOnly), day(got.From), day(tc.want.From))
			}
			if got := first.UsedAt(tc.day); got != tc.used {
				t.Errorf("%s: UsedAt(%s) = %v, want %v", src.name, tc.day.Format(time.DateOnly), got, tc.used)
			}
		}
	}
}
