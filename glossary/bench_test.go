package glossary

import (
	"bytes"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

var (
	romaSyl = strings.Fields("kim lee park choi chung kang cho yoon jang lim han oh seo shin kwon hwang ahn song yoo hong jeon ko moon yang son bae baek heo nam sim noh ha kwak sung cha joo woo gu min ryu na jin ji eom chae won cheon bang gong hyun ham byun yeom yeo chu do so seok sun seol ma gil yeon wi pyo myung ki ban ra wang geum ok yook in maeng je mo tak guk eo eun pyeon yong ye gyeong bong sa bu hwang-bo")
	koSyl   = []rune("김이박최정강조윤장임한오서신권황안송유홍전고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부")
	filler  = strings.Fields("the government said on Monday that it would hold talks with officials from the ministry over plans to expand support for exporters amid rising costs and a weaker currency while lawmakers called for a review of the budget before the end of the year according to sources familiar with the matter who asked not to be named")
	koFill  = strings.Fields("정부는 월요일 수출 기업 지원 방안을 논의하기 위해 관계 부처와 회의를 열었다고 밝혔다 국회는 연말까지 예산안을 처리할 예정이며 관계자는 익명을 요구했다 환율 상승과 비용 증가에 따른 대책이 필요하다는 지적이 나왔다")
)

// genGlossary builds a glossary of n entries: persons with preferred and
// deprecated romanizations, organizations and terms, in both languages.
func genGlossary(n int) *Glossary {
	r := rand.New(rand.NewSource(1))
	g := &Glossary{}
	seen := map[string]bool{}
	for i := 0; len(g.Entries) < n; i++ {
		sur := romaSyl[r.Intn(len(romaSyl))]
		given := romaSyl[r.Intn(len(romaSyl))] + "-" + romaSyl[r.Intn(len(romaSyl))]
		en := strings.ToUpper(sur[:1]) + sur[1:] + " " + strings.ToUpper(given[:1]) + given[1:]
		ko := string([]rune{koSyl[r.Intn(len(koSyl))], koSyl[r.Intn(len(koSyl))], koSyl[r.Intn(len(koSyl))]})
		typ := []Type{Person, Person, Organization, TermType}[i%4]
		if typ == Organization {
			en = "Ministry of " + strings.ToUpper(given[:1]) + given[1:] + " Affairs"
			ko = ko + "부"
		}
		if typ == TermType {
			en = strings.ReplaceAll(given, "-", " ") + " " + sur + " policy"
			ko = ko + "정책"
		}
		if seen[en] || seen[ko] {
			continue
		}
		seen[en], seen[ko] = true, true
		cs := typ != TermType
		e := &Entry{ID: fmt.Sprintf("e%d", i), Type: typ}
		e.Terms = []*Term{
			{Text: ko, Lang: language.Korean, Status: Preferred, CaseSensitive: cs},
			{Text: en, Lang: language.English, Status: Preferred, CaseSensitive: cs},
			{Text: strings.Replace(en, "-", " ", 1), Lang: language.English, Status: Deprecated, CaseSensitive: cs},
		}
		g.Entries = append(g.Entries, e)
	}
	return g
}

// genText writes about size bytes of news-like text in lang, one glossary
// form about every 25 words.
func genText(g *Glossary, lang language.Tag, size int) string {
	r := rand.New(rand.NewSource(2))
	words := filler
	if lang == language.Korean {
		words = koFill
	}
	var b strings.Builder
	for b.Len() < size {
		for w := 0; w < 25; w++ {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteByte(' ')
		}
		e := g.Entries[r.Intn(len(g.Entries))]
		ts := e.TermsIn(lang)
		b.WriteString(ts[r.Intn(len(ts))].Text)
		if lang == language.Korean {
			b.WriteString([]string{"은", "이", "의", "가", "에서"}[r.Intn(5)])
		}
		b.WriteString(". ")
		if r.Intn(8) == 0 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func benchMatch(b *testing.B, lang language.Tag) {
	g := genGlossary(10000)
	text := genText(g, lang, 4<<20)
	m := g.MatcherWith(lang, MatchOptions{ShortForms: true})
	n := len(m.FindAll(text))
	if n == 0 {
		b.Fatal("no matches in the generated text")
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		m.FindAll(text)
	}
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(float64(len(text))*float64(b.N)/1e6/used.Seconds(), "MB/cpu-s")
	}
	b.ReportMetric(float64(n), "matches/op")
}

// BenchmarkMatchEnglish: 10,000-entry glossary over 4 MB of generated
// English news text.
func BenchmarkMatchEnglish(b *testing.B) { benchMatch(b, language.English) }

// BenchmarkMatchKorean: the same over 4 MB of Korean text with particles.
func BenchmarkMatchKorean(b *testing.B) { benchMatch(b, language.Korean) }

// BenchmarkMatcherBuild: building the English and Korean tries of a
// 10,000-entry glossary.
func BenchmarkMatcherBuild(b *testing.B) {
	g := genGlossary(10000)
	cpu := cpuTime()
	for b.Loop() {
		NewMatcher(g.Entries, language.English, MatchOptions{})
		NewMatcher(g.Entries, language.Korean, MatchOptions{})
	}
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(float64(used.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}

func benchLoad(b *testing.B, format Format, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		g, err := Decode(bytes.NewReader(data), format, "gen")
		if err != nil || len(g.Entries) != 10000 {
			b.Fatal(err)
		}
	}
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(float64(used.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}

// BenchmarkLoadCSV: reading a 10,000-entry (30,000-row) CSV glossary.
func BenchmarkLoadCSV(b *testing.B) {
	var buf bytes.Buffer
	if err := genGlossary(10000).WriteCSV(&buf, ','); err != nil {
		b.Fatal(err)
	}
	benchLoad(b, FormatCSV, buf.Bytes())
}

// BenchmarkLoadTBX: reading the same glossary as TBX v2.
func BenchmarkLoadTBX(b *testing.B) {
	var buf bytes.Buffer
	if err := genGlossary(10000).WriteTBX(&buf); err != nil {
		b.Fatal(err)
	}
	benchLoad(b, FormatTBX, buf.Bytes())
}

// BenchmarkLoadTBXEncodingXML: the same TBX read with encoding/xml only,
// the reader's fallback, to compare with BenchmarkLoadTBX.
func BenchmarkLoadTBXEncodingXML(b *testing.B) {
	var buf bytes.Buffer
	if err := genGlossary(10000).WriteTBX(&buf); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		d := &decoder{file: "gen", slowXML: true}
		if err := d.tbx(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
		d.finish()
		if len(d.entries) != 10000 {
			b.Fatal(len(d.entries))
		}
	}
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(float64(used.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}
