package glossary

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// TestContextColumns reads the per-term columns of issue 11 from CSV and
// TBX, and writes them back in CSV.
func TestContextColumns(t *testing.T) {
	const csv = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
nk,place,ko,북한,preferred,,,,,,,,,남북한,,
nk,place,en,North Korea,preferred,,,,,,,,North Korean|Pyongyang| the North ,,,
mofa,organization,en,Ministry of Foreign Affairs and Trade,superseded,,,,,,1998-02-28,2013-03-22,,,,
cho,person,ko,조국,preferred,,,,,,,,,,법무부|장관,
dp,organization,ko,민주당,preferred,,,,,,,,,,,미국|Democrats
`
	const tbx = `<?xml version="1.0"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="mofa"><descrip type="subjectField">organization</descrip>
<langSet xml:lang="en"><tig><term>Ministry of Foreign Affairs and Trade</term>
<termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
<termNote type="x-validFrom">1998-02-28</termNote><termNote type="x-validUntil">2013-03-22</termNote>
<termNote type="x-related">MOFAT</termNote></tig></langSet>
<langSet xml:lang="ko"><tig><term>외교통상부</term><termNote type="x-notIn">외교통상부령</termNote>
<termNote type="x-context">장관|부처</termNote><termNote type="x-notWith">일본</termNote></tig></langSet>
</termEntry></body></text></martif>`
	g, err := Decode(strings.NewReader(csv), FormatCSV, "g.csv")
	if err != nil {
		t.Fatal(err)
	}
	term := func(g *Glossary, id string, lang language.Tag) *Term {
		return g.Lookup(id).TermsIn(lang)[0]
	}
	if nk := term(g, "nk", language.English); strings.Join(nk.Related, ",") != "North Korean,Pyongyang,the North" {
		t.Errorf("related %q", nk.Related)
	}
	if nk := term(g, "nk", language.Korean); len(nk.NotIn) != 1 || nk.NotIn[0] != "남북한" || !nk.Conditional() {
		t.Errorf("not_in %q", nk.NotIn)
	}
	if c := term(g, "cho", language.Korean); strings.Join(c.Context, ",") != "법무부,장관" {
		t.Errorf("context %q", c.Context)
	}
	if d := term(g, "dp", language.Korean); strings.Join(d.NotWith, ",") != "미국,Democrats" {
		t.Errorf("not_with %q", d.NotWith)
	}
	old := term(g, "mofa", language.English)
	for _, c := range []struct {
		day  time.Time
		want bool
	}{
		{time.Time{}, false}, // no date known: reported
		{time.Date(2010, 5, 1, 0, 0, 0, 0, time.UTC), true},
		{time.Date(2013, 3, 22, 23, 0, 0, 0, time.UTC), true}, // inclusive
		{time.Date(2013, 3, 23, 0, 0, 0, 0, time.UTC), false},
		{time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC), false},
	} {
		if got := old.UsedAt(c.day); got != c.want {
			t.Errorf("UsedAt(%v) = %v", c.day, got)
		}
	}
	var b bytes.Buffer
	if err := g.WriteCSV(&b, ','); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), strings.Join(append(Columns[:len(Columns):len(Columns)], ContextColumns...), ",")+"\n") ||
		!strings.Contains(b.String(), ",1998-02-28,2013-03-22,") || !strings.Contains(b.String(), "North Korean|Pyongyang|the North") {
		t.Errorf("WriteCSV:\n%s", b.String())
	}
	g2, err := Decode(&b, FormatCSV, "again.csv")
	if err != nil || !term(g2, "mofa", language.English).UsedAt(time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("CSV round trip: %v", err)
	}
	if _, err := Decode(strings.NewReader("id,lang,term,form_from\na,en,A,2013-13-01\n"), FormatCSV, "bad.csv"); err == nil {
		t.Error("a bad form_from gave no error")
	}

	gt, err := Decode(strings.NewReader(tbx), FormatTBX, "g.tbx")
	if err != nil {
		t.Fatal(err)
	}
	en, ko := term(gt, "mofa", language.English), term(gt, "mofa", language.Korean)
	if !en.UsedAt(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)) || en.Status != Superseded || len(en.Related) != 1 {
		t.Errorf("TBX en term %+v", en)
	}
	if strings.Join(ko.NotIn, ",") != "외교통상부령" || strings.Join(ko.Context, ",") != "장관,부처" || strings.Join(ko.NotWith, ",") != "일본" {
		t.Errorf("TBX ko term %+v", ko)
	}
}
