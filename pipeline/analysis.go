package pipeline

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"bitext/article"
)

// AnalysisCSV is the file of the run's analysis in the out folder.
const AnalysisCSV = "analysis.csv"

// Volume is an amount of source text: segments, words (runs of
// non-space characters, as Trados counts Korean eojeol) and characters
// (not counting white space).
type Volume struct {
	Segments int `json:"segments"`
	Words    int `json:"words"`
	Chars    int `json:"characters"`
}

func (v *Volume) plus(o Volume) {
	v.Segments += o.Segments
	v.Words += o.Words
	v.Chars += o.Chars
}

// Analysis is the volume of an article's source segments (or a batch's)
// by TM match band, as a desk plans with (Trados "Analyze Files", memoQ
// statistics). A segment is counted once: in-context (101) first, then as
// a repetition when its text came earlier in the batch (the articles run
// in this run, in article order), else in the band of its best match.
// The 50-74 band is filled only when the TM threshold (tm.threshold) is
// below 75: the lookups report no match under it.
type Analysis struct {
	InContext   Volume `json:"101"`
	Repetitions Volume `json:"repetitions"`
	Exact       Volume `json:"100"`
	High        Volume `json:"95-99"`
	Mid         Volume `json:"85-94"`
	Low         Volume `json:"75-84"`
	Weak        Volume `json:"50-74"`
	New         Volume `json:"new"`
	Total       Volume `json:"total"`
}

// AnalysisBands are the analysis's rows in order, as named in the CSV.
var AnalysisBands = []string{"101", "repetitions", "100", "95-99", "85-94", "75-84", "50-74", "new", "total"}

// rows returns the volumes in the order of AnalysisBands.
func (a *Analysis) rows() []*Volume {
	return []*Volume{&a.InContext, &a.Repetitions, &a.Exact, &a.High, &a.Mid, &a.Low, &a.Weak, &a.New, &a.Total}
}

func (a *Analysis) plus(o Analysis) {
	mine, theirs := a.rows(), o.rows()
	for i := range mine {
		mine[i].plus(*theirs[i])
	}
}

// SegStat is one source segment in the analysis, as the report and the
// run's state keep it (so that unchanged articles and the parts of a
// queued run count their repetitions as a single run does): a hash of
// its text, its band (an AnalysisBands name other than repetitions and
// total), its words and characters.
type SegStat struct {
	Key   string `json:"k"`
	Band  string `json:"b"`
	Words int    `json:"w"`
	Chars int    `json:"c"`
}

// volumeOf counts a text's words and characters.
func volumeOf(text string) Volume {
	v := Volume{Segments: 1, Words: len(strings.Fields(text))}
	for _, r := range text {
		if !unicode.IsSpace(r) {
			v.Chars++
		}
	}
	return v
}

// analysisBand is the band of a segment's best match, with 50-74 below
// the translators' bands.
func analysisBand(s article.Segment) string {
	m, ok := s.Best()
	if !ok {
		return "new"
	}
	if b := m.Band(); b != article.BandNew {
		return string(b)
	}
	if m.Score >= 50 {
		return "50-74"
	}
	return "new"
}

// analyze returns the source segments of a with their bands, nil for an
// article without an original.
func analyze(a *Article) []SegStat {
	if a.Original == nil {
		return nil
	}
	out := make([]SegStat, len(a.Source))
	for i, s := range a.Source {
		key := strings.Join(strings.Fields(norm.NFC.String(s.Text)), " ")
		v := volumeOf(s.Text)
		out[i] = SegStat{Key: hashStrings(key)[:16], Band: analysisBand(s), Words: v.Words, Chars: v.Chars}
	}
	return out
}

// analysisOf adds up segments; seen holds the keys of the segments that
// came before in the batch, and gets these.
func analysisOf(segs []SegStat, seen map[string]bool) *Analysis {
	an := &Analysis{}
	rows := an.rows()
	for _, s := range segs {
		band := s.Band
		if band != "101" {
			if seen[s.Key] {
				band = "repetitions"
			}
			seen[s.Key] = true
		}
		v := Volume{Segments: 1, Words: s.Words, Chars: s.Chars}
		for i, name := range AnalysisBands {
			if name == band {
				rows[i].plus(v)
			}
		}
		an.Total.plus(v)
	}
	return an
}

// RunAnalysis is the analysis of a run: each article with an original
// (done or unchanged) in article order, and the batch.
type RunAnalysis struct {
	Articles []ArticleAnalysis `json:"articles"`
	Batch    Analysis          `json:"batch"`
}

// ArticleAnalysis is one article's analysis.
type ArticleAnalysis struct {
	Name string `json:"name"`
	Analysis
}

// analyzeBatch analyses the articles of a report that have their
// segments' analysis (done or unchanged, with an original), with the
// repetitions inside the batch in article order; nil when there is none.
func analyzeBatch(arts []Summary) *RunAnalysis {
	ra := &RunAnalysis{}
	seen := map[string]bool{}
	for _, a := range arts {
		if a.Segs == nil || (a.Status != "done" && a.Status != "unchanged") {
			continue
		}
		an := analysisOf(a.Segs, seen)
		ra.Articles = append(ra.Articles, ArticleAnalysis{Name: a.Name, Analysis: *an})
		ra.Batch.plus(*an)
	}
	if len(ra.Articles) == 0 {
		return nil
	}
	return ra
}

// WriteAnalysisCSV writes the analysis: one row per article and band, then
// the batch's rows (scope "batch", no article). With no analysis, the
// header alone.
func (r *Report) WriteAnalysisCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"scope", "article", "band", "segments", "words", "characters"})
	row := func(scope, name string, an *Analysis) {
		for i, v := range an.rows() {
			cw.Write([]string{scope, name, AnalysisBands[i], strconv.Itoa(v.Segments), strconv.Itoa(v.Words), strconv.Itoa(v.Chars)})
		}
	}
	if r.Analysis != nil {
		for _, a := range r.Analysis.Articles {
			row("article", a.Name, &a.Analysis)
		}
		row("batch", "", &r.Analysis.Batch)
	}
	cw.Flush()
	return cw.Error()
}
