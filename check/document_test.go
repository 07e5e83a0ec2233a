package check

import (
	"sort"
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
		// Session 29: a headline ending on a quoted phrase (NTREX 896,
		// house187's GOP) is a headline; a quote closing a sentence is not.
		{"quoted phrase", "Trump meeting may be delayed, says 'White House'", ""},
		{"quoted sentence", `Trump may delay the meeting, "the White House said."`,
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

// TestDocumentByline: a pretranslated original's byline unit (layout note
// "byline") is checked as a byline: no first-mention, misaligned or
// number-mismatch from it, and a name misspelled in it still found, in
// XLIFF, without the layout note, and in a TSV export's row of para -3
// (article.BylinePara).
func TestDocumentByline(t *testing.T) {
	c := testChecker(t)
	const head = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko" trgLang="en">
<file id="f1">
<unit id="u1"><segment><source>외교부, 예산안 발표</source><target>Foreign Ministry unveils budget</target></segment></unit>
`
	const body = `<unit id="u2"><segment><source>외교부는 7일 예산안을 발표했다.</source><target>The Foreign Ministry unveiled its budget on Tuesday.</target></segment></unit>
</file></xliff>`
	unit := func(src, tgt string) string {
		return `<unit id="byline"><notes><note category="bitext-layout" priority="10">byline</note></notes><segment><source>` +
			src + `</source><target>` + tgt + `</target></segment></unit>` + "\n"
	}
	for _, tc := range []struct{ name, src, tgt, want string }{
		{"admitted form", "정의용 기자", "By Eui-yong Chung", ""},
		{"preferred form", "정의용 기자", "By Chung Eui-yong", ""},
		{"no name in the glossary", "김하늘 기자", "By Kim Ha-neul, Seoul bureau, with reporting from Washington and Tokyo", ""},
		{"a date", "김하늘 기자 (3월 7일)", "By Kim Ha-neul (March 8)", ""},
		{"deprecated form", "정의용 기자", "By Chung Eui-young", "deprecated-term 5:1 Chung Eui-young => Chung Eui-yong (target)"},
		{"misspelled", "정의용 기자", "By Chung Eui-yung",
			"near-miss 5:1 Chung Eui-yung => Chung Eui-yong (target)\ntarget-term-missing 5:1  => Chung Eui-yong (target)"},
		{"left out", "정의용 기자", "By staff reporters", "target-term-missing 5:1  => Chung Eui-yong (target)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs, err := c.XLIFF(strings.NewReader(head+unit(tc.src, tc.tgt)+body), "a.xlf", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := brief(fs); got != tc.want {
				t.Errorf("XLIFF findings:\n%s\nwant\n%s", got, tc.want)
			}
			// The same unit without its layout note: a Korean byline alone
			// is a byline too (BylineSource).
			plain := strings.Replace(unit(tc.src, tc.tgt), `<notes><note category="bitext-layout" priority="10">byline</note></notes>`, "", 1)
			fs, err = c.XLIFF(strings.NewReader(head+plain+body), "a.xlf", Options{})
			if err != nil {
				t.Fatal(err)
			}
			plainWant := tc.want
			if !BylineSource(tc.src) {
				// Not a byline alone: without the note, a sentence pair.
				plainWant = "number-mismatch 5:1 3월 7일 (source)\nnumber-mismatch 5:1 March 8 (target)"
			}
			if got := brief(fs); got != plainWant {
				t.Errorf("without its layout note:\n%s\nwant\n%s", got, plainWant)
			}
			// A TSV export's row of the byline's para.
			row := func(n, para, src, tgt string) string {
				return strings.Join([]string{"a", n, para, n, n, src, tgt, "", "new", "", "", "", ""}, "\t")
			}
			in := ExportHeader + "\n" + row("1", "-1", "외교부, 예산안 발표", "Foreign Ministry unveils budget") + "\n" +
				row("2", "-3", tc.src, tc.tgt) + "\n" +
				row("3", "0", "외교부는 7일 예산안을 발표했다.", "The Foreign Ministry unveiled its budget on Tuesday.") + "\n"
			fs, err = c.TSV(strings.NewReader(in), "a.tsv", Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range fs {
				got = append(got, f.Rule+" "+f.Found)
			}
			var want []string
			for _, f := range strings.Split(tc.want, "\n") {
				if r, rest, ok := strings.Cut(f, " "); ok {
					_, rest, _ = strings.Cut(rest, " ")
					found, _, _ := strings.Cut(rest, " => ")
					want = append(want, r+" "+found)
				}
			}
			sort.Strings(got)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("TSV findings:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// TestBylineSource: a Korean byline alone, and what is not one.
func TestBylineSource(t *testing.T) {
	for s, want := range map[string]bool{
		"이지은 기자":                     true,
		"워싱턴=김민수 특파원":                true,
		"김민수·이지은 기자":                 true,
		"김민수 기자 minsu@example.com":   true,
		"  정의용 기자 ":                  true,
		"김민수 기자 (3월 7일)":             false,
		"정부 관계자는 기자들에게 말했다.":         false,
		"현장의 기자":                     true,
		"기자":                         false,
		"Kim Min-su 기자":              false,
		"남궁민수진 기자":                   false,
		"김 기자":                       false,
		"김민수 기자 minsu@example.com 외": false,
		"김민수 기자 서울":                  false,
		"김민수\u3000기자\u00a0":          true,
		"김민수 기자 a@b c@d":             false,
	} {
		if got := BylineSource(s); got != want {
			t.Errorf("BylineSource(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBylinePlainPairs: a TM's byline unit in a plain TSV or TMX (no
// layout note, checked pair by pair) is checked as a byline.
func TestBylinePlainPairs(t *testing.T) {
	c := testChecker(t)
	fs, err := c.TSV(strings.NewReader("김하늘 기자 (3월 7일)\tBy Kim Ha-neul (March 8)\n김하늘 기자\tBy Kim Ha-neul, Seoul bureau, with reporting from Washington and Tokyo\n정의용 기자\tBy Chung Eui-young\n"), "p.tsv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "number-mismatch 1:9 3월 7일 (source)\nnumber-mismatch 1:32 March 8 (target)\ndeprecated-term 3:11 Chung Eui-young => Chung Eui-yong (target)"
	if got := brief(fs); got != want {
		t.Errorf("plain pairs:\n%s\nwant\n%s", got, want)
	}
}

// TestSentenceEnd: closing quotes end a sentence only after a sentence's
// own ending (session 29).
func TestSentenceEnd(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Markets fell.", true},
		{`He said "no."`, true},
		{"그는 “가겠다”", true},
		{"그는 “가겠다.”", true},
		{"Why now?'", true},
		{"blasts 'dangerous lies' and 'conspiracy theories'", false},
		{"Welsh AMs worried about 'looking like muppets'", false},
		{`Trump calls it "a disgrace"`, false},
		{"Trump meeting delayed", false},
		{"'", false},
	} {
		if got := sentenceEnd(tc.line); got != tc.want {
			t.Errorf("sentenceEnd(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
