package align

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/lexicon"
)

// articleDir holds our own Korean/English article pairs, one segment a
// line, with gold links (NAME.gold.tsv: source indexes TAB target indexes,
// comma-separated, empty for none).
const articleDir = "../testdata/align"

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

func parseIndexes(t *testing.T, s string) []int {
	t.Helper()
	out := []int{}
	if s == "" {
		return out
	}
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(f)
		if err != nil {
			t.Fatalf("bad index %q", f)
		}
		out = append(out, n)
	}
	return out
}

// wantLinks aligns ko with en with the core lexicon and wants the links
// linkString gives as want.
func wantLinks(t *testing.T, ko, en []string, want string) {
	t.Helper()
	links, err := Align(ko, en, Options{CoreLexicon: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := linkString(links); got != want {
		t.Errorf("links %s, want %s", got, want)
	}
}

func linkString(ls []Link) string {
	var b strings.Builder
	for _, l := range ls {
		fmt.Fprintf(&b, "%v-%v ", l.Source, l.Target)
	}
	return b.String()
}

// TestArticles aligns our article pairs (merges, splits, a dropped
// background sentence, an English-only footer) and wants every link exact.
func TestArticles(t *testing.T) {
	golds, err := filepath.Glob(filepath.Join(articleDir, "*.gold.tsv"))
	if err != nil || len(golds) == 0 {
		t.Fatalf("no articles in %s", articleDir)
	}
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".gold.tsv")
		t.Run(name, func(t *testing.T) {
			ko := readLines(t, filepath.Join(articleDir, name+".ko.txt"))
			en := readLines(t, filepath.Join(articleDir, name+".en.txt"))
			var want []Link
			for _, line := range readLines(t, g) {
				s, tg, ok := strings.Cut(line, "\t")
				if !ok {
					t.Fatalf("bad gold line %q", line)
				}
				want = append(want, Link{Source: parseIndexes(t, s), Target: parseIndexes(t, tg)})
			}
			got, err := Align(ko, en, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if linkString(got) != linkString(want) {
				t.Errorf("links\n got %s\nwant %s", linkString(got), linkString(want))
				for _, l := range got {
					t.Logf("%.3f %v-%v", l.Confidence, l.Source, l.Target)
				}
			}
			var c Counts
			c.Score(want, got)
			if c.F1() != 1 && linkString(got) == linkString(want) {
				t.Errorf("Score of identical links: F1 %v", c.F1())
			}
		})
	}
}

func checkCover(t *testing.T, links []Link, n, m int) {
	t.Helper()
	i, j := 0, 0
	for _, l := range links {
		if len(l.Source)+len(l.Target) == 0 {
			t.Fatalf("empty link in %s", linkString(links))
		}
		for _, x := range l.Source {
			if x != i {
				t.Fatalf("source %d out of order in %s", x, linkString(links))
			}
			i++
		}
		for _, x := range l.Target {
			if x != j {
				t.Fatalf("target %d out of order in %s", x, linkString(links))
			}
			j++
		}
		if l.Confidence < 0 || l.Confidence > 1 || l.Confidence != l.Confidence {
			t.Fatalf("confidence %v out of [0,1]", l.Confidence)
		}
	}
	if i != n || j != m {
		t.Fatalf("covered %d of %d source and %d of %d target segments", i, n, j, m)
	}
}

func TestEdgeCases(t *testing.T) {
	for _, c := range []struct {
		src, tgt []string
		want     string
	}{
		{nil, nil, ""},
		{[]string{"하나."}, nil, "[0]-[] "},
		{nil, []string{"One."}, "[]-[0] "},
		{[]string{"", ""}, []string{""}, ""},
		{[]string{"정부는 31일 예산안을 발표했다."}, []string{"The government unveiled its budget on Oct. 31."}, "[0]-[0] "},
	} {
		got, err := Align(c.src, c.tgt, Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkCover(t, got, len(c.src), len(c.tgt))
		if c.want != "" && linkString(got) != c.want {
			t.Errorf("Align(%q, %q) = %s, want %s", c.src, c.tgt, linkString(got), c.want)
		}
	}
}

// TestParagraphs: with paragraphs on both sides no link crosses one, even
// when the lengths alone would pull a sentence across.
func TestParagraphs(t *testing.T) {
	src := []string{"서울시는 3일 새 버스 노선을 발표했다.", "노선은 10개다.", "한편 부산시도 비슷한 계획을 내놓았다."}
	tgt := []string{"Seoul announced new bus routes on the 3rd. There are 10 routes.", "Busan, meanwhile, unveiled a similar plan."}
	got, err := Align(src, tgt, Options{SourceParas: []int{0, 0, 1}, TargetParas: []int{0, 1}})
	if err != nil {
		t.Fatal(err)
	}
	checkCover(t, got, 3, 2)
	if want := "[0 1]-[0] [2]-[1] "; linkString(got) != want {
		t.Errorf("got %s, want %s", linkString(got), want)
	}
	if _, err := Align(src, tgt, Options{SourceParas: []int{0, 1}, TargetParas: []int{0, 1}}); err == nil {
		t.Error("no error for paragraph numbers of the wrong length")
	}
	if _, err := Align(src, tgt, Options{SourceParas: []int{1, 0, 0}, TargetParas: []int{0, 1}}); err == nil {
		t.Error("no error for decreasing paragraph numbers")
	}
}

// FuzzAlign: any two inputs give links that cover every segment exactly
// once, in order, with confidences in [0,1].
func FuzzAlign(f *testing.F) {
	f.Add("한국은행이 28일 기준금리를 내렸다.\n두 차례 연속이다.", "The Bank of Korea cut its rate on Thursday, the second in a row.", false)
	f.Add("", "", true)
	f.Add("a\n\nb\nc", "\n\n\n", true)
	f.Add("G20 정상회의가 열렸다.\nOECD는?\n“좋다”", "The G20 summit opened.\nThe OECD?\n\"Good\"\nExtra line.", false)
	f.Fuzz(func(t *testing.T, a, b string, paras bool) {
		src := strings.Split(a, "\n")
		tgt := strings.Split(b, "\n")
		var o Options
		if paras {
			o.SourceParas = make([]int, len(src))
			o.TargetParas = make([]int, len(tgt))
			for i, s := range src {
				if i > 0 {
					o.SourceParas[i] = o.SourceParas[i-1]
					if s == "" {
						o.SourceParas[i]++
					}
				}
			}
			for i, s := range tgt {
				if i > 0 {
					o.TargetParas[i] = o.TargetParas[i-1]
					if s == "" {
						o.TargetParas[i]++
					}
				}
			}
		}
		links, err := Align(src, tgt, o)
		if err != nil {
			t.Fatal(err)
		}
		checkCover(t, links, len(src), len(tgt))
	})
}

func TestScoreStrict(t *testing.T) {
	l := func(s, t []int) Link { return Link{Source: s, Target: t} }
	gold := []Link{l([]int{0}, []int{0}), l([]int{1, 2}, []int{1}), l([]int{3}, []int{}), l([]int{4}, []int{2})}
	test := []Link{l([]int{0}, []int{0}), l([]int{1}, []int{1}), l([]int{2}, []int{}), l([]int{3}, []int{}), l([]int{4}, []int{2})}
	var c Counts
	c.Score(gold, test)
	// Precision over all 5 test links: 0-0, 3-, 4-2 are right. Recall over
	// the 3 gold links with both sides: 0-0 and 4-2 found.
	if c.TestLinks != 5 || c.TestCorrect != 3 || c.GoldLinks != 3 || c.GoldFound != 2 {
		t.Fatalf("counts %+v", c)
	}
	if p, r := c.Precision(), c.Recall(); p != 0.6 || r != 2.0/3 {
		t.Errorf("precision %v recall %v", p, r)
	}
	if got := c.ByType["1-0"]; got.Gold != 1 || got.GoldFound != 1 || got.Test != 2 || got.TestCorrect != 1 {
		t.Errorf("1-0 counts %+v", got)
	}
	if !reflect.DeepEqual(c.Types()[:2], []string{"1-0", "1-1"}) && !reflect.DeepEqual(c.Types()[:2], []string{"1-1", "1-0"}) {
		t.Errorf("types %v", c.Types())
	}
}

// fakeTerms finds fixed forms and returns their entry ids.
type fakeTerms map[string]string

func (f fakeTerms) Terms(text string, _ language.Tag) []string {
	var ids []string
	for form, id := range f {
		if strings.Contains(text, form) {
			ids = append(ids, id)
		}
	}
	return ids
}

// TestGlossaryAnchors: names translated rather than transliterated are
// only found through the glossary, and then they decide which sentence the
// English edition left out.
func TestGlossaryAnchors(t *testing.T) {
	// The two Korean sentences differ only in the ministry, so length and
	// the other anchors cannot tell them apart.
	ko := []string{"외교부도 같은 날 대변인 성명을 내고 이번 사태에 깊은 유감을 표명했다.", "국방부도 같은 날 대변인 성명을 내고 이번 사태에 깊은 유감을 표명했다."}
	terms := fakeTerms{"외교부": "mofa", "Ministry of Foreign Affairs": "mofa", "국방부": "mnd", "Ministry of National Defense": "mnd"}
	for _, c := range []struct{ en, want string }{
		{"The Ministry of Foreign Affairs also expressed deep regret over the incident in a statement.", "[0]-[0] [1]-[] "},
		{"The Ministry of National Defense also expressed deep regret over the incident in a statement.", "[0]-[] [1]-[0] "},
	} {
		got, err := Align(ko, []string{c.en}, Options{Terms: terms})
		if err != nil {
			t.Fatal(err)
		}
		if linkString(got) != c.want {
			t.Errorf("with glossary, %q: %s, want %s", c.en, linkString(got), c.want)
		}
	}
}

// TestEnglishSource aligns the other way round (an English source, a
// Korean target): the same links, mirrored.
func TestEnglishSource(t *testing.T) {
	ko := readLines(t, filepath.Join(articleDir, "jin-album.ko.txt"))
	en := readLines(t, filepath.Join(articleDir, "jin-album.en.txt"))
	fwd, err := Align(ko, en, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rev, err := Align(en, ko, Options{SourceLang: language.English, TargetLang: language.Korean})
	if err != nil {
		t.Fatal(err)
	}
	checkCover(t, rev, len(en), len(ko))
	var mirrored []Link
	for _, l := range rev {
		mirrored = append(mirrored, Link{Source: l.Target, Target: l.Source})
	}
	if linkString(mirrored) != linkString(fwd) {
		t.Errorf("reversed\n got %s\nwant %s", linkString(mirrored), linkString(fwd))
	}
}

// TestLexiconEvidence: two Korean sentences of the same length and no
// anchors; only the lexicon tells which one the English sentence
// translates, and the other is left unlinked.
func TestLexiconEvidence(t *testing.T) {
	tr := lexicon.NewTrainer()
	for _, p := range [][2]string{
		{"정부는 예산안을 발표했다.", "The government announced the budget."},
		{"정부는 대책을 내놓았다.", "The government unveiled measures."},
		{"국회는 법안을 비판했다.", "The assembly criticized the bill."},
		{"국회는 정책을 논의했다.", "The assembly discussed the policy."},
		{"대통령은 정책을 발표했다.", "The president announced the policy."},
		{"야당은 예산안을 비판했다.", "The opposition criticized the budget."},
	} {
		tr.Add(p[0], p[1])
	}
	lex := tr.Train(lexicon.DefaultIterations)
	ko := []string{"정부는 새 정책을 발표했다.", "국회는 예산안을 비판했다."}
	for _, c := range []struct{ en, want string }{
		{"The government announced a new policy.", "[0]-[0] [1]-[] "},
		{"The assembly criticized the budget.", "[0]-[] [1]-[0] "},
	} {
		got, err := Align(ko, []string{c.en}, Options{Lexicon: lex})
		if err != nil {
			t.Fatal(err)
		}
		if linkString(got) != c.want {
			t.Errorf("with the lexicon, %q: %s, want %s", c.en, linkString(got), c.want)
		}
	}
	// An empty lexicon (an empty TM) changes nothing.
	empty := lexicon.NewTrainer().Train(lexicon.DefaultIterations)
	for _, name := range []string{"bok-rate", "jin-album"} {
		ko := readLines(t, filepath.Join(articleDir, name+".ko.txt"))
		en := readLines(t, filepath.Join(articleDir, name+".en.txt"))
		a, _ := Align(ko, en, Options{})
		b, _ := Align(ko, en, Options{Lexicon: empty})
		if linkString(a) != linkString(b) {
			t.Errorf("%s: an empty lexicon changed the links:\n%s\n%s", name, linkString(a), linkString(b))
		}
	}
}

// TestRomanizedNames: the Korean sentences differ only in the person, who
// the English sentence names in one of the usual spellings.
func TestRomanizedNames(t *testing.T) {
	ko := []string{"이창용 총재는 이날 회의에 참석했다.", "정의용 실장은 이날 회의에 참석했다."}
	for _, c := range []struct{ en, want string }{
		{"Rhee Chang-yong attended the meeting on the day.", "[0]-[0] [1]-[] "},
		{"Chung Eui-yong attended the meeting on the day.", "[0]-[] [1]-[0] "},
	} {
		got, err := Align(ko, []string{c.en}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if linkString(got) != c.want {
			t.Errorf("%q: %s, want %s", c.en, linkString(got), c.want)
		}
	}
}

// TestArticleDate: 29일 or 27일 is the Friday of the English sentence
// depending on the article's date.
func TestArticleDate(t *testing.T) {
	ko := []string{"국방부는 27일 저녁 성명을 내고 유감을 표명했다.", "외교부는 29일 저녁 성명을 내고 유감을 표명했다."}
	en := []string{"The foreign ministry expressed regret in a statement Friday evening."}
	for _, c := range []struct {
		date time.Time
		want string
	}{
		{time.Date(2024, 11, 30, 0, 0, 0, 0, time.UTC), "[0]-[] [1]-[0] "}, // the 29th was a Friday
		{time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC), "[0]-[0] [1]-[] "}, // the 27th was
	} {
		got, _ := Align(ko, en, Options{Date: c.date})
		if linkString(got) != c.want {
			t.Errorf("dated %s: %s, want %s", c.date.Format("2006-01-02"), linkString(got), c.want)
		}
	}
	var got []Link
	// Weekday names need no date: 금요일 and Friday.
	ko2 := []string{"외교부는 금요일 저녁 성명을 내고 유감을 표명했다.", "국방부는 월요일 오후 성명을 내고 유감을 표명했다."}
	got, _ = Align(ko2, en, Options{})
	if linkString(got) != "[0]-[0] [1]-[] " {
		t.Errorf("금요일 and Friday: %s", linkString(got))
	}
	for _, c := range []struct {
		ko      string
		article time.Time
		want    time.Weekday
	}{
		{"29일 저녁", time.Date(2024, 11, 30, 0, 0, 0, 0, time.UTC), time.Friday},   // November 29
		{"31일", time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC), time.Thursday},     // October 31
		{"지난달 5일", time.Date(2024, 11, 30, 0, 0, 0, 0, time.UTC), time.Saturday}, // October 5
		{"12월 31일", time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC), time.Tuesday},   // December 31, 2024
	} {
		if w := dayWeekdays(c.ko, language.Korean, c.article); w != 1<<c.want {
			t.Errorf("%s in an article of %s: weekdays %07b, want %s", c.ko, c.article.Format("2006-01-02"), w, c.want)
		}
	}
}

// TestLearnFromBatch: the confident links of a batch teach a lexicon that
// then tells two same-length sentences apart.
func TestLearnFromBatch(t *testing.T) {
	var batch []Pair
	for _, p := range [][2]string{
		{"정부는 예산안을 발표했다.", "The government announced the budget."},
		{"정부는 대책을 내놓았다.", "The government unveiled measures."},
		{"국회는 법안을 비판했다.", "The assembly criticized the bill."},
		{"국회는 정책을 논의했다.", "The assembly discussed the policy."},
		{"대통령은 정책을 발표했다.", "The president announced the policy."},
		{"야당은 예산안을 비판했다.", "The opposition criticized the budget."},
	} {
		batch = append(batch, Pair{Source: []string{p[0], "2024년 10월 5일 서울에서."}, Target: []string{p[1], "Seoul, Oct. 5, 2024."}})
	}
	lex, err := LearnFromBatch(batch, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if lex == nil || lex.Units() == 0 {
		t.Fatalf("nothing learned: %v", lex)
	}
	ko := []string{"정부는 새 정책을 발표했다.", "국회는 예산안을 비판했다."}
	got, _ := Align(ko, []string{"The assembly criticized the budget."}, Options{Lexicon: lex})
	if linkString(got) != "[0]-[] [1]-[0] " {
		t.Errorf("after the batch: %s", linkString(got))
	}
	if l, _ := LearnFromBatch(nil, Options{}); l != nil {
		t.Errorf("an empty batch learned %v", l)
	}
}

// TestSecondPassOnlyUnconfident: a document aligned confidently keeps its
// links when a second-pass lexicon is given; one aligned with low
// confidence is aligned again with it.
func TestSecondPassOnlyUnconfident(t *testing.T) {
	var batch []Pair
	for _, p := range [][2]string{
		{"정부는 예산안을 발표했다.", "The government announced the budget."},
		{"정부는 대책을 내놓았다.", "The government unveiled measures."},
		{"국회는 법안을 비판했다.", "The assembly criticized the bill."},
		{"국회는 정책을 논의했다.", "The assembly discussed the policy."},
		{"대통령은 정책을 발표했다.", "The president announced the policy."},
		{"야당은 예산안을 비판했다.", "The opposition criticized the budget."},
	} {
		batch = append(batch, Pair{Source: []string{p[0], "2024년 10월 5일 서울에서."}, Target: []string{p[1], "Seoul, Oct. 5, 2024."}})
	}
	lex, err := LearnFromBatch(batch, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Unconfident without the lexicon: aligned again, and right.
	ko := []string{"정부는 새 정책을 발표했다.", "국회는 예산안을 비판했다."}
	en := []string{"The assembly criticized the budget."}
	first, _ := Align(ko, en, Options{})
	if MeanConfidence(first) >= SecondPassBelow {
		t.Fatalf("first pass confident (%.2f): the case tests nothing", MeanConfidence(first))
	}
	got, _ := Align(ko, en, Options{SecondPass: lex})
	if linkString(got) != "[0]-[] [1]-[0] " {
		t.Errorf("second pass: %s", linkString(got))
	}
	// Confident without it: the same links and confidences as without a
	// second pass.
	ko = []string{"한국은행은 28일 기준금리를 3.25%로 내렸다.", "G20 회의는 11월 3일 열린다."}
	en = []string{"The Bank of Korea cut its rate to 3.25 percent on the 28th.", "The G20 meeting opens on Nov. 3."}
	first, _ = Align(ko, en, Options{})
	if MeanConfidence(first) < SecondPassBelow {
		t.Fatalf("first pass not confident (%.2f): the case tests nothing", MeanConfidence(first))
	}
	got, _ = Align(ko, en, Options{SecondPass: lex})
	if !reflect.DeepEqual(got, first) {
		t.Errorf("a confident document changed in the second pass: %v, first %v", got, first)
	}
}

// The core lexicon (Options.CoreLexicon) gives word evidence without a
// TM: only 국회 and 비판 tell which Korean sentence the English one
// translates. It is offered for Korean–English only.
func TestCoreLexicon(t *testing.T) {
	src := []string{"정부는 새 정책을 발표했다.", "국회는 예산안을 비판했다."}
	tgt := []string{"The assembly criticized the budget."}
	for _, c := range []struct {
		name string
		opts Options
		want string // the Korean sentence linked with the English one
	}{
		{"without", Options{}, "0"},
		{"core", Options{CoreLexicon: true}, "1"},
		{"core, ko-en given", Options{CoreLexicon: true, SourceLang: language.Korean, TargetLang: language.AmericanEnglish}, "1"},
		{"core, not ko-en", Options{CoreLexicon: true, SourceLang: language.Japanese, TargetLang: language.English}, "0"},
	} {
		links, err := Align(src, tgt, c.opts)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, l := range links {
			if len(l.Target) == 1 {
				got = fmt.Sprint(l.Source[0])
			}
		}
		if got != c.want {
			t.Errorf("%s: English linked with Korean %s, want %s (%v)", c.name, got, c.want, links)
		}
	}
	if cov := LexiconCoverage(src, tgt, Options{CoreLexicon: true}); cov <= 0 || cov >= 1 {
		t.Errorf("coverage with the core lexicon %.3f, want between 0 and 1", cov)
	}
}
