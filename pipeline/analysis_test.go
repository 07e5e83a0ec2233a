package pipeline

import (
	"bytes"
	"strings"
	"testing"

	"bitext/article"
)

// TestAnalysisByHand: the analysis of two small originals and an edition
// alone, against counts made by hand (words: runs of non-space
// characters; characters: without spaces).
func TestAnalysisByHand(t *testing.T) {
	seg := func(text, kind string, score int) article.Segment {
		s := article.Segment{Text: text}
		if kind != "" {
			s.Matches = []article.Match{{Kind: kind, Score: score, Target: "x"}}
		}
		return s
	}
	orig := &article.Text{Paras: []string{"-"}}
	a := &Article{Article: article.Article{Name: "a", Original: orig, MatchSide: article.SourceSide, Source: []article.Segment{
		seg("국회가 예산안을 통과시켰다.", article.Exact, 100),  // 100: 3 words, 3+4+6 = 13 chars
		seg("정부는 내일 발표한다.", article.InContext, 101), // 101: 3, 3+2+5 = 10
		seg("시장은 조용했다.", article.Fuzzy, 90),         // 85-94: 2, 3+5 = 8
		seg("서울 날씨는 맑다.", article.Fuzzy, 60),        // 50-74: 3, 2+3+3 = 8
		seg("국회가  예산안을 통과시켰다.", article.Exact, 100), // repetition (spaces aside): 3, 13
	}}}
	b := &Article{Article: article.Article{Name: "b", Original: orig, MatchSide: article.SourceSide, Source: []article.Segment{
		seg("시장은 조용했다.", "", 0),                     // repetition of a's: 2, 8
		seg("정부는 내일 발표한다.", article.InContext, 101), // 101 before repetition: 3, 10
		seg("새 문장이다.", "", 0),                       // new: 2, 1+5 = 6
		seg("물가가 올랐다.", article.Fuzzy, 97),          // 95-99: 2, 3+4 = 7
		seg("금리가 내렸다.", article.Fuzzy, 78),          // 75-84: 2, 7
		seg("환율이 뛰었다.", article.Fuzzy, 40),          // new (under 50): 2, 7
	}}}
	ed := &Article{Article: article.Article{Name: "c", Edition: orig, MatchSide: article.TargetSide, Target: []article.Segment{seg("Alone.", "", 0)}}}
	failed := &Article{Article: article.Article{Name: "d", Original: orig, Source: []article.Segment{seg("국회가 예산안을 통과시켰다.", "", 0)}}}
	rep := &Report{}
	for _, x := range []*Article{a, b, ed, failed} {
		rep.Articles = append(rep.Articles, summarize(x, nil, "", false))
	}
	rep.Articles[3].Status = "failed"
	rep.total()
	if rep.Analysis == nil || len(rep.Analysis.Articles) != 2 {
		t.Fatalf("analysis %+v, want articles a and b", rep.Analysis)
	}
	v := func(s, w, c int) Volume { return Volume{Segments: s, Words: w, Chars: c} }
	wantA := Analysis{InContext: v(1, 3, 10), Repetitions: v(1, 3, 13), Exact: v(1, 3, 13), Mid: v(1, 2, 8), Weak: v(1, 3, 8), Total: v(5, 14, 52)}
	wantB := Analysis{InContext: v(1, 3, 10), Repetitions: v(1, 2, 8), High: v(1, 2, 7), Low: v(1, 2, 7), New: v(2, 4, 13), Total: v(6, 13, 45)}
	wantBatch := Analysis{InContext: v(2, 6, 20), Repetitions: v(2, 5, 21), Exact: v(1, 3, 13), High: v(1, 2, 7), Mid: v(1, 2, 8), Low: v(1, 2, 7), Weak: v(1, 3, 8), New: v(2, 4, 13), Total: v(11, 27, 97)}
	for _, c := range []struct {
		name      string
		got, want Analysis
	}{{"a", rep.Analysis.Articles[0].Analysis, wantA}, {"b", rep.Analysis.Articles[1].Analysis, wantB}, {"batch", rep.Analysis.Batch, wantBatch}} {
		if c.got != c.want {
			t.Errorf("%s:\n got %+v\nwant %+v", c.name, c.got, c.want)
		}
	}

	var buf bytes.Buffer
	if err := rep.WriteAnalysisCSV(&buf); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 1+3*len(AnalysisBands) {
		t.Fatalf("%d CSV lines, want %d:\n%s", len(lines), 1+3*len(AnalysisBands), buf.String())
	}
	for _, want := range []string{"scope,article,band,segments,words,characters", "article,a,repetitions,1,3,13", "article,b,new,2,4,13", "batch,,total,11,27,97", "batch,,50-74,1,3,8"} {
		if !strings.Contains(buf.String(), want+"\n") {
			t.Errorf("CSV lacks %q:\n%s", want, buf.String())
		}
	}
}
