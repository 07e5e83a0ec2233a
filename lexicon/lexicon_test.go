package lexicon

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
)

func trainFile(t testing.TB, path string) *Lexicon {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tr := NewTrainer()
	s := bufio.NewScanner(f)
	for s.Scan() {
		ko, en, ok := strings.Cut(s.Text(), "\t")
		if !ok {
			t.Fatalf("%s: no tab in %q", path, s.Text())
		}
		tr.Add(ko, en)
	}
	return tr.Train(DefaultIterations)
}

func TestTrainLearnsTranslations(t *testing.T) {
	lex := trainFile(t, "testdata/pairs.tsv")
	for _, c := range []struct{ stem, want string }{
		{"정부", "government"},
		{"대통령", "president"},
		{"예산안", "budget"},
		{"수출", "export"},
		{"국회", "assembli"}, // English words are stemmed (EnglishStem)
		{"금리", "rate"},
	} {
		got := lex.Translations(c.stem)
		if len(got) == 0 || got[0] != c.want {
			t.Errorf("Translations(%q) = %v, want %q first", c.stem, got, c.want)
		}
	}
	if lex.Units() != 16 {
		t.Errorf("Units = %d, want 16", lex.Units())
	}
}

func TestEmptyTrainer(t *testing.T) {
	lex := NewTrainer().Train(DefaultIterations)
	if lex.Len() != 0 || lex.Units() != 0 {
		t.Fatalf("empty trainer: %d stems, %d units", lex.Len(), lex.Units())
	}
	if ids := lex.KoreanIDs("정부는 예산안을 발표했다."); len(ids) != 0 {
		t.Errorf("KoreanIDs on an empty lexicon = %v", ids)
	}
	var b bytes.Buffer
	if err := lex.Write(&b); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&b, "empty")
	if err != nil || back.Len() != 0 {
		t.Fatalf("read back: %v, %v", back, err)
	}
}

func TestStem(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"외교부가", "외교부"},
		{"정부는", "정부"},
		{"발표했다", "발표"},
		{"참석한", "참석"},
		{"장관들이", "장관"},
		{"한반도의", "한반도"},
		{"예산안을", "예산안"},
		{"다", "다"}, // nothing would be left: unchanged
	} {
		if got := Stem(c.in); got != c.want {
			t.Errorf("Stem(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestEnglishWords(t *testing.T) {
	got := EnglishWords("The president's talks with the countries' leaders, Mr. Kim said.")
	want := []string{"president", "talk", "countri", "leader", "kim"}
	if !slices.Equal(got, want) {
		t.Errorf("EnglishWords = %q, want %q", got, want)
	}
}

func TestWriteRead(t *testing.T) {
	lex := trainFile(t, "testdata/pairs.tsv")
	var b bytes.Buffer
	if err := lex.Write(&b); err != nil {
		t.Fatal(err)
	}
	back, err := Read(bytes.NewReader(b.Bytes()), "x.lexicon")
	if err != nil {
		t.Fatal(err)
	}
	if back.Units() != lex.Units() || back.Len() != lex.Len() {
		t.Fatalf("read back %d units %d stems, want %d %d", back.Units(), back.Len(), lex.Units(), lex.Len())
	}
	var b2 bytes.Buffer
	if err := back.Write(&b2); err != nil {
		t.Fatal(err)
	}
	if b.String() != b2.String() {
		t.Errorf("write, read, write differs:\n%s\n---\n%s", b.String(), b2.String())
	}
	// The ids of a Korean sentence meet those of its translation.
	k := back.KoreanIDs("정부는 예산안을 발표했다.")
	e := back.EnglishIDs("The government announced the budget.")
	shared := 0
	for _, ids := range k {
		for _, id := range ids {
			if slices.Contains(e, id) {
				shared++
				break
			}
		}
	}
	if shared < 2 {
		t.Errorf("only %d of %d stems found their translation", shared, len(k))
	}
}

func TestReadErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", "lexicon: f:1: empty file"},
		{"hello\n", "lexicon: f:1: want the header \"# bitext lexicon v1\""},
		{"# bitext lexicon v1 units=x\n", "lexicon: f:1: bad unit count \"x\""},
		{"# bitext lexicon v1 units=3\n정부\tgovernment\n", "lexicon: f:2: want stem TAB word TAB probability"},
		{"# bitext lexicon v1 units=3\n정부\tgovernment\t1.5\n", "lexicon: f:2: bad probability \"1.5\""},
	} {
		_, err := Read(strings.NewReader(c.in), "f")
		var se *SyntaxError
		if err == nil || !errors.As(err, &se) || err.Error() != c.want {
			t.Errorf("Read(%q) = %v, want %s", c.in, err, c.want)
		}
	}
}

func TestMerge(t *testing.T) {
	a := NewTrainer()
	a.Add("정부는 발표했다.", "The government announced.")
	a.Add("정부는 지지했다.", "The government backed.")
	b := NewTrainer()
	b.Add("국회는 비판했다.", "The assembly criticized.")
	b.Add("국회는 논의했다.", "The assembly discussed.")
	la, lb := a.Train(DefaultIterations), b.Train(DefaultIterations)
	m := Merge(la, lb)
	if m.Units() != 4 || m.Translations("정부")[0] != "government" || m.Translations("국회")[0] != "assembli" {
		t.Errorf("merged: %d units, 정부 %v, 국회 %v", m.Units(), m.Translations("정부"), m.Translations("국회"))
	}
	if mm := Merge(m, m); len(mm.Translations("정부")) != len(m.Translations("정부")) {
		t.Errorf("merging a lexicon with itself doubled translations: %v", mm.Translations("정부"))
	}
}

func TestKoreanStemsLeaveFunctionStems(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"정부는 예산안을 발표했다.", "정부 예산안 발표"},
		{"그는 그것이 가능한 것이라고 말했다.", "가능"},
		{"‘멍청이처럼 보이는 것’을 걱정했다", "멍청이 보이 걱정"},
		{"외교부가 회담이 있을 수 있다고 밝혔다.", "외교부 회담"},
	} {
		if got := strings.Join(KoreanStems(c.in), " "); got != c.want {
			t.Errorf("KoreanStems(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestEnglishStem(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"countries", "countri"},
		{"country", "countri"},
		{"talks", "talk"},
		{"announced", "announc"},
		{"announcing", "announc"},
		{"announce", "announc"},
		{"rate", "rate"},
		{"agree", "agre"},
		{"worried", "worri"},
		{"planned", "plan"},
		{"stopping", "stop"},
		{"called", "call"},
		{"hoped", "hope"},
		{"agreed", "agre"},
		{"need", "need"},
		{"sing", "sing"},
		{"crisis", "crisis"},
		{"bus", "bus"},
		{"classes", "class"},
		{"news", "news"},
		{"new", "new"},
		{"relations", "relation"},
	} {
		if got := EnglishStem(c.in); got != c.want {
			t.Errorf("EnglishStem(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
