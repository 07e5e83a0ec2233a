package check

import (
	"strings"
	"testing"
)

// TestExportTSV: the 13-column TSV export of bitext run is checked as one
// document per article: the monolingual rules across rows, the bilingual
// ones per row, positions in the source and target fields.
func TestExportTSV(t *testing.T) {
	c := testChecker(t)
	row := func(doc, n, src, tgt string) string {
		return strings.Join([]string{doc, n, "0", n, n, src, tgt, "0.90", "new", "", "", "", ""}, "\t")
	}
	in := ExportHeader + "\n" +
		row("a", "1", "정의용 장관은 독도를 방문했다.", "Chung visited Takeshima.") + "\n" +
		row("a", "2", "정의용 장관은 30분 동안 말했다.", "Chung Eui-yong spoke for 40 minutes.") + "\n" +
		row("b", "1", "외교부는 밝혔다.", `The Foreign Ministry said\tso.`) + "\n"
	fs, err := c.TSV(strings.NewReader(in), "a.tsv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Row 2 of the file: source from column 11, target from 29.
	want := "first-mention 2:29 Chung => Chung Eui-yong (target)\n" +
		"deprecated-term 2:43 Takeshima => Dokdo (target)\n" +
		"number-mismatch 3:19 30분 (source)\n" +
		"number-mismatch 3:56 40 minutes (target)"
	if got := brief(fs); got != want {
		t.Errorf("export TSV findings:\n%s\nwant\n%s", got, want)
	}
	if _, err := c.TSV(strings.NewReader(ExportHeader+"\na\t1\tonly three\n"), "a.tsv", Options{}); err == nil {
		t.Error("a short export row gave no error")
	}
}

func TestUnescapeExport(t *testing.T) {
	if got := unescapeExport(`a\tb\nc\\d\re`); got != "a\tb\nc\\d\re" {
		t.Errorf("unescapeExport = %q", got)
	}
}

// TestDocumentHeadline: a first row whose English side is a headline is a
// headline on the Korean side too, though that side ends as a sentence.
func TestDocumentHeadline(t *testing.T) {
	c := testChecker(t)
	row := func(doc, n, src, tgt string) string {
		return strings.Join([]string{doc, n, "0", n, n, src, tgt, "0.90", "new", "", "", "", ""}, "\t")
	}
	for _, tc := range []struct{ name, headline, want string }{
		{"headline", "Trump meeting may be delayed, says White House", ""},
		{"sentence", "Trump may delay the meeting, the White House said.",
			"first-mention 2:11 트럼프 => 도널드 트럼프 (source)\nfirst-mention 2:33 Trump => Donald Trump (target)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := ExportHeader + "\n" +
				row("a", "1", "트럼프는 회담을 연기할 것이라고 한다.", tc.headline) + "\n" +
				row("a", "2", "도널드 트럼프가 말했다.", "Donald Trump said.") + "\n"
			fs, err := c.TSV(strings.NewReader(in), "a.tsv", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := brief(fs); got != tc.want {
				t.Errorf("findings:\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}
