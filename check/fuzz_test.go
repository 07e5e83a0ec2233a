package check

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// validPositions fails when a finding's position is outside text.
func validPositions(t *testing.T, text string, fs []Finding) {
	t.Helper()
	lines := strings.Split(text, "\n")
	for _, f := range fs {
		if f.Line < 1 || f.Line > len(lines) || f.EndLine < f.Line || f.EndLine > len(lines) {
			t.Fatalf("finding %+v: lines outside 1..%d", f, len(lines))
		}
		if f.Column < 1 || f.Column > utf8.RuneCountInString(lines[f.Line-1])+1 ||
			f.EndColumn < 1 || f.EndColumn > utf8.RuneCountInString(lines[f.EndLine-1])+1 {
			t.Fatalf("finding %+v: columns outside its line", f)
		}
		if f.Found != "" && f.Rule != RuleNumberMismatch && !strings.Contains(text, f.Found) {
			t.Fatalf("finding %+v: found text not in the input", f)
		}
	}
}

func FuzzText(f *testing.F) {
	c := testChecker(f)
	for _, s := range []string{
		"Jake Sulivan met Ned Pryce.", "Chung arrived. Chung Eui-yong said so.",
		"Takeshima\n한글 Takeshima", "The Ministry of Foriegn Affairs said.", "Hyundae's",
		"정의용은 종전선언이라고 했다.", "Eui-yong Chung, Chung Eui-yong", "\xffJake Sulivan",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, en bool) {
		if !utf8.ValidString(s) {
			return // Reader rejects such text before the rules see it
		}
		lang := language.Korean
		if en {
			lang = language.English
		}
		validPositions(t, s, c.Text("f.txt", s, lang))
	})
}

func FuzzTSV(f *testing.F) {
	c := testChecker(f)
	for _, s := range []string{
		"ko\ten\n정의용 장관은 독도를 방문했다.\tMinister Chung Eui-yong visited Takeshima.\n",
		"source\ttarget\n30분\t40 minutes\tu1\n", "a\tb\tc\td\n", "\ufeffko\ten\r\n1조2000억 원\t1.2 trillion won\r\n",
		"# comment\n\n외교부\tForeign Ministry\n",
		// Session 6: two-syllable names, foreign bodies, romanized names, a quote alone.
		"진영 의원은 반박했다.\tMr Ri hit back.\n오바마 진영은\tThe camp\n7일 국방부는\tMonday\n영국의 국방부\tBritain's\n",
		"이용호는 말했다.\tRi Yong Ho said.\n로스는 인터뷰에서 \"운동 선수로서 뛰고 싶었다.\t\"I wanted to play.\n",
		// The 13-column export of bitext run.
		ExportHeader + "\na\t1\t0\t0\t0\t정의용 장관은 독도를 방문했다.\tChung visited Takeshima.\t0.9\tnew\t\t\t\t\na\t2\t0\t1\t1\t30분\t40 min\\tutes\t\t\t\t\t\t\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fs, err := c.TSV(strings.NewReader(s), "f.tsv", Options{})
		if err != nil {
			if _, ok := err.(*SyntaxError); !ok {
				t.Fatalf("error %v is not a *SyntaxError", err)
			}
			return
		}
		// The positions are those of the file, lines without their
		// final carriage return.
		validPositions(t, strings.ReplaceAll(s, "\r\n", "\n"), fs)
	})
}

// FuzzBylineSource: a text taken as a byline alone ends in 기자 or 특파원
// (or an e-mail address after it), is short, and a pair of it gets no
// number-mismatch or misaligned finding.
func FuzzBylineSource(f *testing.F) {
	c := testChecker(f)
	for _, s := range []string{"이지은 기자", "워싱턴=김민수 특파원", "김민수·이지은 기자 a@b.c", "기자", "그는 기자들에게 말했다.", "김 기자 3월 7일"} {
		f.Add(s, "By Lee Ji-eun, March 8, 2026, 40 minutes")
	}
	f.Fuzz(func(t *testing.T, s, en string) {
		if !BylineSource(s) {
			return
		}
		fields := strings.Fields(s)
		if len(fields) < 2 || len(fields) > 3 || fields[1] != "기자" && fields[1] != "특파원" {
			t.Fatalf("BylineSource(%q): not a name and 기자 or 특파원", s)
		}
		if !utf8.ValidString(en) {
			return
		}
		for _, fd := range c.Pair("f.tsv", Pair{Source: s, Target: en, SourceLang: language.Korean, TargetLang: language.English}) {
			if fd.Rule == RuleNumberMismatch || fd.Rule == RuleMisaligned {
				t.Fatalf("byline %q / %q: %s finding", s, en, fd.Rule)
			}
		}
	})
}
