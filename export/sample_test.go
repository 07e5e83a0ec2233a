package export

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"bitext/article"
)

// term returns a glossary term on the first occurrence of sub in text.
func term(text, sub, entry, preferred, note string) article.TermHit {
	i := strings.Index(text, sub)
	if i < 0 {
		panic(fmt.Sprintf("%q not in %q", sub, text))
	}
	h := article.TermHit{Start: i, End: i + len(sub), Term: sub, Entry: entry, Note: note}
	if preferred != "" {
		h.Targets = []string{preferred}
	}
	return h
}

// spanOf returns the byte span of sub in text.
func spanOf(text, sub string) (int, int) {
	i := strings.Index(text, sub)
	if i < 0 {
		panic(fmt.Sprintf("%q not in %q", sub, text))
	}
	return i, i + len(sub)
}

// sampleDoc is a small article of our own writing with every feature the
// writers show: a headline, three paragraphs, 1-1, 1-2, 1-0 and 0-1 links,
// a weak link, glossary terms, findings on a span, a segment and the whole
// article, TM matches in every band, and characters that need escaping.
func sampleDoc() *article.Article {
	src := []article.Segment{
		{Para: article.HeadlinePara, Text: "정부, 반도체 인력 양성에 3조 원 투입"},
		{Para: 0, Text: "산업통상자원부는 14일 반도체 전문 인력 5만 명을 2030년까지 양성하겠다고 밝혔다."},
		{Para: 0, Text: "이번 계획에는 대학 계약학과 확대와 지역 연구센터 설립이 포함됐다."},
		{Para: 1, Text: "안덕근 장관은 \"인력이 곧 경쟁력\"이라고 강조했다."},
		{Para: 1, Text: "업계는 일제히 환영 입장을 냈다."},
		{Para: 1, Text: "다만 세부 재원 조달 방안은 아직 정해지지 않았다."},
	}
	tgt := []article.Segment{
		{Para: article.HeadlinePara, Text: "Government to invest 3 trillion won in chip workforce"},
		{Para: 0, Text: "The Ministry of Trade, Industry and Energy said Thursday it will train 50,000 semiconductor specialists by 2030."},
		{Para: 0, Text: "The plan includes more company-sponsored university programs."},
		{Para: 0, Text: "It also calls for regional research centers."},
		{Para: 1, Text: "Minister Ahn Duk-geun stressed that \"people are competitiveness.\""},
		{Para: 1, Text: "Industry groups welcomed the plan."},
		{Para: 2, Text: "Reporting by Kim Min-ji & Lee Jae-won <economy desk> | figures in won."},
	}
	src[0].Terms = []article.TermHit{term(src[0].Text, "반도체", "chip", "chip", "")}
	src[1].Terms = []article.TermHit{
		term(src[1].Text, "산업통상자원부", "motie", "Ministry of Trade, Industry and Energy", "Short form after first mention: the ministry."),
		term(src[1].Text, "반도체", "chip", "semiconductor", ""),
	}
	src[3].Terms = []article.TermHit{
		term(src[3].Text, "안덕근", "ahn-duk-geun", "Ahn Duk-geun", "Minister of Trade, Industry and Energy since 2024."),
		term(src[3].Text, "장관", "minister", "Minister", ""),
	}
	tgt[1].Terms = []article.TermHit{term(tgt[1].Text, "Ministry of Trade, Industry and Energy", "motie", "산업통상자원부", "")}
	tgt[4].Terms = []article.TermHit{term(tgt[4].Text, "Ahn Duk-geun", "ahn-duk-geun", "안덕근", "")}

	src[0].Matches = []article.Match{{Kind: article.Fuzzy, Score: 78, Source: "정부, 반도체 인력 양성에 2조 원 투입", Target: "Government to invest 2 trillion won in chip workforce", Origin: "alignment"}}
	src[1].Matches = []article.Match{
		{Kind: article.Fuzzy, Score: 87, Source: "산업통상자원부는 13일 반도체 전문 인력 4만 명을 양성하겠다고 밝혔다.", Target: "The trade ministry said Wednesday it will train 40,000 chip specialists.",
			Origin: "alignment 0.62, unreviewed", OriginKind: "alignment", Review: "unreviewed", Confidence: 0.62, Localized: true},
		{Kind: article.InContext, Score: 101, Source: "산업통상자원부는 14일 반도체 전문 인력 5만 명을 2030년까지 양성하겠다고 밝혔다.", Target: "The Ministry of Trade, Industry and Energy said Thursday it will train 50,000 semiconductor specialists by 2030.", Origin: "translator"},
	}
	src[2].Matches = []article.Match{{Kind: article.Fuzzy, Score: 96, Source: "이번 계획에는 대학 계약학과 확대가 포함됐다.", Target: "The plan includes more company-sponsored university programs.", Origin: "desk-2025.tmx"}}
	src[3].Matches = []article.Match{{Kind: article.Exact, Score: 100, Source: src[3].Text, Target: tgt[4].Text, Origin: "translator"}}
	src[4].Matches = []article.Match{{Kind: article.Fuzzy, Score: 62, Source: "업계는 우려를 나타냈다.", Target: "Industry voiced concern."}}

	ts, te := spanOf(tgt[1].Text, "Thursday")
	return &article.Article{
		Name:    "2026-05-14-chip-workforce",
		Edition: &article.Text{Headline: tgt[0].Text, Byline: "By Kim Min-ji", Date: "2026-05-14"},
		Src:     language.Korean,
		Tgt:     language.English,
		Source:  src,
		Target:  tgt,
		Links: []article.Link{
			{Source: []int{0}, Target: []int{0}, Confidence: 0.91},
			{Source: []int{1}, Target: []int{1}, Confidence: 0.97},
			{Source: []int{2}, Target: []int{2, 3}, Confidence: 0.74},
			{Source: []int{3}, Target: []int{4}, Confidence: 0.88},
			{Source: []int{4}, Target: []int{5}, Confidence: 0.41},
		},
		Findings: []article.Finding{
			{Rule: "date-weekday", Severity: article.Warning, Side: article.TargetSide, Seg: 1, Start: ts, End: te, Message: "May 14, 2026 is a Thursday; check the date in the original (14일)"},
			{Rule: "unaligned", Severity: article.Info, Side: article.SourceSide, Seg: 5, Message: "sentence has no counterpart in the edition"},
			{Rule: "byline", Severity: article.Error, Side: article.TargetSide, Seg: -1, Message: "byline names two reporters, the original <one>"},
		},
	}
}
