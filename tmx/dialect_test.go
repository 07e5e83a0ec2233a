package tmx

import (
	"os"
	"testing"
)

// testdata/translate-toolkit.tmx was written by Translate Toolkit 3.8.4
// (Debian translate-toolkit) from testdata/translate-toolkit.po with
//
//	po2tmx -l ko --comments=source translate-toolkit.po translate-toolkit.tmx
//
// Its dialect: no tuid, datatype="PlainText", o-tmf="UTF-8", and the PO
// location comment as a <note> after the <tuv> elements (the DTD wants
// notes first; we accept both orders).
func TestTranslateToolkitTMX(t *testing.T) {
	f, err := os.Open("testdata/translate-toolkit.tmx")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dc := decodeAll(t, f)
	if dc.Header.CreationTool != "Translate Toolkit" || dc.Header.SrcLang != "en" {
		t.Errorf("header = %+v", dc.Header)
	}
	if len(dc.Units) != 3 {
		t.Fatalf("%d units, want 3", len(dc.Units))
	}
	u := dc.Units[0]
	if len(u.Notes) != 1 || u.Notes[0].Value != "politics.txt:1" {
		t.Errorf("note after tuv not kept: %+v", u.Notes)
	}
	if got := dc.Units[1].Variant("en").Seg.Text(); got != "Exchange rate < 1,400 won & stocks mixed" {
		t.Errorf("en = %q", got)
	}
	if got := dc.Units[1].Variant("ko").Seg.Text(); got != "환율 1,400원 미만 & 증시 혼조" {
		t.Errorf("ko = %q", got)
	}
}

// testdata/omegat-level1.tmx and omegat-level2.tmx were written by OmegaT
// 3.6 (Debian omegat) in console mode from testdata/omegat-project, with
// news.out.tmx (our encoder's output) as its auto TM; see make-fixtures.sh.
// Its dialect: level1 is TMX 1.1 with the lang attribute, level2 is TMX 1.4
// with xml:lang; languages are upper case ("EN", "KO"); comments stand
// between units; notes come first; tuv dates and ids are copied from the
// TM it read.
func TestOmegaTTMX(t *testing.T) {
	for _, name := range []string{"testdata/omegat-level1.tmx", "testdata/omegat-level2.tmx"} {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(name)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			dc := decodeAll(t, f)
			if dc.Header.CreationTool != "OmegaT" || dc.Header.SrcLang != "EN" {
				t.Errorf("header = %+v", dc.Header)
			}
			if len(dc.Units) != 4 {
				t.Fatalf("%d units, want 4", len(dc.Units))
			}
			found := 0
			for _, u := range dc.Units {
				en, ko := u.Variant("en"), u.Variant("ko")
				if en == nil || ko == nil {
					t.Fatalf("unit at line %d lacks en or ko: %+v", u.Line, u.Variants)
				}
				if en.Seg.Text() == "The won moved between 1,350 & 1,400 per dollar <range>, while stocks were mixed." {
					found++
				}
				if ko.CreationID == "kim" && ko.CreationDate == "20261119T080000Z" {
					found++
				}
				if len(u.Notes) == 1 && u.Notes[0].Value == "Headline style" {
					found++
				}
			}
			if found != 3 {
				t.Errorf("found %d of 3 expected details (escaped text, tuv creation attributes, note)", found)
			}
		})
	}
}
