package mineeval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Our own pairs: the miner finds 정의용 and OECD; the reference also
// lists 김민수, seen once, 로렌스 (Lawrence), which it does not find, and
// the OECD's long name, which the miner gives as OECD.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	corpus := write(t, dir, "c.tsv", strings.Join([]string{
		"외교부 장관 정의용은 기자회견을 열었다.\tForeign Minister Chung Eui-yong held a news conference.",
		"정의용 장관은 대화를 강조했다.\tChung Eui-yong stressed dialogue.",
		"경제협력개발기구(OECD)는 전망을 낮췄다.\tThe OECD cut its forecast.",
		"경제협력개발기구(OECD) 보고서가 나왔다.\tAn OECD report came out.",
		"김민수 기자가 보도했다.\tReported by Kim Min-su.",
		"로렌스는 웃었다.\tLaurie laughed.",
		"로렌스가 말했다.\tLaurie said.",
	}, "\n")+"\n")
	ref := write(t, dir, "r.tsv", "# test\nperson\t정의용\tChung Eui-yong\norganization\t경제협력개발기구\tOECD\nperson\t김민수\tKim Min-su\nperson\t로렌스\tLawrence\norganization\t경제협력개발기구\tOrganisation for Economic Co-operation\n")
	v, err := ParseVerdicts(strings.NewReader("정의용\tChung Eui-yong\tright\tperson\t\n"+
		"경제협력개발기구\tOECD\tright\tplace\tnot its kind\n"), "v.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Run(context.Background(), Options{Corpus: corpus, Reference: ref, TMDir: dir, Top: 100, Verdicts: v})
	if err != nil {
		t.Fatal(err)
	}
	// The whole archive's candidates judged by the verdicts: 정의용 right,
	// OECD wrong by its type, any other unjudged.
	if got := Count(rep.Whole); got.Right != 1 || got.Codes[TypeCode] != 1 || got.Unjudged != len(rep.Whole)-2 {
		t.Errorf("judged by verdicts %+v: %+v", got, rep.Whole)
	}
	if rep.Units != 7 {
		t.Errorf("units %d", rep.Units)
	}
	if found, total := rep.Recall(false); found != 2 || total != 5 {
		t.Errorf("recall %d/%d, want 2/5", found, total)
	}
	if found, total := rep.Recall(true); found != 2 || total != 2 {
		t.Errorf("recall of repeated names %d/%d, want 2/2", found, total)
	}
	for _, j := range rep.Top {
		if j.Correct != (j.Ko == "정의용" || j.Ko == "경제협력개발기구") {
			t.Errorf("judged %+v", j)
		}
	}
	// A missed name says what the miner gave instead (session 9).
	reasons := map[string]string{}
	for _, r := range rep.Refs {
		if !r.Found {
			reasons[r.En] = missReason(r)
		}
	}
	if got := reasons["Organisation for Economic Co-operation"]; got != "the form rendered OECD" {
		t.Errorf("the OECD's long name missed: %q (%v)", got, reasons)
	}
	if got := reasons["Lawrence"]; got != "neither form a candidate" {
		t.Errorf("Lawrence missed: %q (%v)", got, reasons)
	}
}

func TestMissReason(t *testing.T) {
	for _, tt := range []struct {
		r    Ref
		want string
	}{
		{Ref{Ko: "이라크", En: "Iraq", AsEn: "Iraqi"}, "the form rendered Iraqi"},
		{Ref{Ko: "중국", En: "China", AsKo: "지난"}, "the English given to 지난"},
		{Ref{Ko: "일본", En: "Japan", AsEn: "Japanese", AsKo: "북한"}, "the form rendered Japanese; the English given to 북한"},
		{Ref{Ko: "조이스", En: "Joyce"}, "neither form a candidate"},
	} {
		if got := missReason(tt.r); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.r, got, tt.want)
		}
	}
}

func TestReadReferenceBad(t *testing.T) {
	dir := t.TempDir()
	for _, in := range []string{"person\t정의용\n", "person\t\tChung\n", "a\tb\tc\td\n"} {
		_, err := ReadReference(write(t, dir, "bad.tsv", in))
		if err == nil || !strings.Contains(err.Error(), "bad.tsv:1: want type, Korean and English") {
			t.Errorf("%q: %v", in, err)
		}
	}
}

// An archive larger than the judged lines: 매케인 is seen once in the
// judged lines and once in the background, so it is a candidate and
// repeated; 오바마, only in the background, is not judged.
func TestRunArchive(t *testing.T) {
	dir := t.TempDir()
	corpus := write(t, dir, "c.tsv", strings.Join([]string{
		"매케인은 웃었다.\tSenator said McCain laughed.",
		"정부는 예산을 발표했다.\tThe government announced its budget.",
		"매케인이 말했다.\tLater McCain said so.",
	}, "\n")+"\n")
	bg := write(t, dir, "b.tsv", strings.Join([]string{
		"오바마는 연설했다.\tThen Obama gave a speech.",
		"오바마가 말했다.\tThen Obama spoke.",
	}, "\n")+"\n")
	ref := write(t, dir, "r.tsv", "person\t매케인\tMcCain\n")
	rep, err := Run(context.Background(), Options{Corpus: corpus, From: 1, To: 2, Reference: ref, TMDir: dir,
		Archive: []Source{{corpus, 1, 0}, {bg, 1, 0}}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Units != 5 || rep.Judged != 2 {
		t.Errorf("units %d, judged %d, want 5 and 2", rep.Units, rep.Judged)
	}
	if found, total := rep.Recall(true); found != 1 || total != 1 {
		t.Errorf("recall of repeated names %d/%d, want 1/1", found, total)
	}
	if len(rep.Top) != 1 || rep.Top[0].Ko != "매케인" || !rep.Top[0].Correct {
		t.Errorf("judged %+v, want only 매케인 = McCain", rep.Top)
	}
	if _, err := Run(context.Background(), Options{Corpus: corpus, From: 1, To: 2, Reference: ref, TMDir: t.TempDir(),
		Archive: []Source{{bg, 1, 0}}}); err == nil || !strings.Contains(err.Error(), "holds no line 1-2 of") {
		t.Errorf("an archive without the judged lines: %v", err)
	}
}

func TestAtWord(t *testing.T) {
	tests := []struct {
		text, w string
		want    bool
	}{
		{"유럽연합(EU)은 밝혔다.", "유럽", true},
		{"동중동 지역", "중동", false},
		{"'중동' 지역", "중동", true},
		{"Cambodian troops", "Cambodia", true},
		{"across Eurasia and Asia", "Asia", true},
		{"across Eurasia", "Asia", false},
		{"", "Asia", false},
	}
	for _, tt := range tests {
		if got := atWord(tt.text, tt.w); got != tt.want {
			t.Errorf("atWord(%q, %q) = %v, want %v", tt.text, tt.w, got, tt.want)
		}
	}
}

// A run without --part measures the development parts only: no held-out
// part by accident (session 13); "all" measures every part.
func TestSelected(t *testing.T) {
	for _, tt := range []struct {
		part string
		want []string
	}{
		{"", []string{"dev", "dev-2", "dev-3", "dev-4", "dev-5", "dev-6", "dev-7", "dev-8", "dev-9", "dev-10", "dev-11", "dev-12", "dev-200", "dev-5-200", "dev-6-200", "dev-7-200", "dev-8-200", "dev-9-200", "dev-10-200", "dev-11-200", "dev-12-200"}},
		{"all", []string{"dev", "dev-2", "dev-3", "dev-4", "dev-5", "dev-6", "dev-7", "dev-8", "dev-9", "dev-10", "dev-11", "dev-12", "held-out", "held-out-2", "held-out-3", "held-out-4", "held-out-5", "held-out-6", "held-out-7", "held-out-8", "held-out-9", "held-out-10", "held-out-11", "held-out-12", "held-out-13", "held-out-14", "dev-200", "dev-5-200", "dev-6-200", "dev-7-200", "dev-8-200", "dev-9-200", "dev-10-200", "dev-11-200", "dev-12-200", "held-out-200", "held-out-3-200", "held-out-4-200", "held-out-5-200", "held-out-6-200", "held-out-7-200", "held-out-8-200", "held-out-9-200", "held-out-10-200", "held-out-11-200", "held-out-12-200", "held-out-13-200", "held-out-14-200"}},
		{"held-out-2", []string{"held-out-2"}},
		{"dev", []string{"dev"}},
		{"nope", nil},
	} {
		var got []string
		for _, p := range Parts {
			if Selected(tt.part, p) {
				got = append(got, p.Name)
			}
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("part %q: %v, want %v", tt.part, got, tt.want)
		}
	}
}

// The count of units a reference name is in matches whole words (session
// 14, helper M16): ATP in one unit and RATP in another is one unit, so the
// name is not among those seen in two or more units.
func TestRepeatedWholeWords(t *testing.T) {
	dir := t.TempDir()
	corpus := write(t, dir, "c.tsv", strings.Join([]string{
		"남자프로테니스(ATP) 결승이 열렸다.\tThe ATP final was played.",
		"RATP는 합의했다.\tThe RATP agreed.",
		"오바마는 웃었다.\tObama's aide laughed.",
		"오바마가 말했다.\tThen Obama spoke.",
	}, "\n")+"\n")
	ref := write(t, dir, "r.tsv", "organization\tATP\tATP\nperson\t오바마\tObama\n")
	rep, err := Run(context.Background(), Options{Corpus: corpus, From: 1, To: 4, Reference: ref, TMDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rep.Refs {
		if want := r.Ko == "오바마"; r.Repeated != want {
			t.Errorf("%s ~ %s repeated %v, want %v", r.Ko, r.En, r.Repeated, want)
		}
	}
}

func TestKoWordEnWord(t *testing.T) {
	ko := []struct {
		text, w string
		want    bool
	}{
		{"오바마는 말했다", "오바마", true},
		{"오스트리아간의 협정", "오스트리아", true},
		{"이라크측에 전했다", "이라크", true},
		{"텍사스주의 도시", "텍사스", true},
		{"IBM社가 고안한", "IBM", true},
		{"중동평화에", "중동", false},
		{"그는 오바마", "오바마", true},
		{"미국인 관광객", "미국", false},
		{"박물관에서 만났다", "박", false},
		{"반오바마 시위", "오바마", false},
		{"파리의 RATP는", "ATP", false},
		{"남자프로테니스(ATP) 대회", "ATP", true},
		{"", "ATP", false},
	}
	for _, tt := range ko {
		if got := koWord(tt.text, tt.w); got != tt.want {
			t.Errorf("koWord(%q, %q) = %v, want %v", tt.text, tt.w, got, tt.want)
		}
	}
	en := []struct {
		text, w string
		want    bool
	}{
		{"Obama's speech", "Obama", true},
		{"the RATP agreed", "ATP", false},
		{"an ATP final", "ATP", true},
		{"an Iranian official", "Iran", false},
		{"in Iran.", "Iran", true},
		{"the U.N. study", "U.N.", true},
		{"Chung Eui-yong said", "Chung Eui-yong", true},
	}
	for _, tt := range en {
		if got := enWord(tt.text, tt.w); got != tt.want {
			t.Errorf("enWord(%q, %q) = %v, want %v", tt.text, tt.w, got, tt.want)
		}
	}
}

// A name compares without its kind of place and, in English, without its
// article (session 14, helper M17: 헤이그 ~ Hague against The Hague).
func TestKeys(t *testing.T) {
	for _, tt := range []struct{ a, b string }{
		{"The Hague", "Hague"},
		{"the  Hague", "hague"},
		{"Fujian Province", "Fujian"},
	} {
		if enKey(tt.a) != enKey(tt.b) {
			t.Errorf("enKey(%q) = %q, enKey(%q) = %q: want equal", tt.a, enKey(tt.a), tt.b, enKey(tt.b))
		}
	}
	if enKey("Theodore") != "theodore" || enKey("The") != "the" {
		t.Errorf("enKey(Theodore) = %q, enKey(The) = %q: want theodore, the", enKey("Theodore"), enKey("The"))
	}
	if koKey("애리조나주") != koKey("애리조나") {
		t.Errorf("koKey(애리조나주) = %q, koKey(애리조나) = %q: want equal", koKey("애리조나주"), koKey("애리조나"))
	}
}

// A corpus whose first line names its columns (WMT24++: document_id,
// segment_id, ko, en) is read by those columns, the header skipped; a
// file without one is read Korean, tab, English as before (session 22,
// helper M40).
func TestReadCorpusHeader(t *testing.T) {
	dir := t.TempDir()
	wmt := write(t, dir, "w.tsv", "document_id\tsegment_id\tko\ten\n"+
		"doc.1\t1\t정의용이 말했다.\tChung Eui-yong said.\n"+
		"doc.1\t2\t매케인이 웃었다.\tMcCain laughed.\n")
	us, err := ReadCorpus(wmt, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(us) != 2 || us[0].Variants[0].Text != "정의용이 말했다." || us[0].Variants[1].Text != "Chung Eui-yong said." ||
		us[1].TUID != "w.tsv:3" {
		t.Errorf("units %+v, want the two pairs of lines 2 and 3", us)
	}
	plain := write(t, dir, "p.tsv", "정의용이 말했다.\tChung Eui-yong said.\tnote\n")
	if us, err := ReadCorpus(plain, 1, 0); err != nil || len(us) != 1 || us[0].Variants[1].Text != "Chung Eui-yong said." {
		t.Errorf("a file without a header: %+v, %v", us, err)
	}
	short := write(t, dir, "s.tsv", "document_id\tsegment_id\tko\ten\ndoc.1\t1\t정의용\n")
	if _, err := ReadCorpus(short, 1, 0); err == nil || !strings.Contains(err.Error(), "s.tsv:2: want Korean, tab, English") {
		t.Errorf("a line short of the header's columns: %v", err)
	}
}
