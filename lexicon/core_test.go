package lexicon

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestCoreParses(t *testing.T) {
	l := Core()
	if l.Len() < 1000 {
		t.Fatalf("core lexicon has %d stems, want a few thousand", l.Len())
	}
	for _, c := range []struct{ stem, word string }{
		{"대통령", "president"}, // a noun as written
		{"통과", "pass"},       // 통과 would stem to 통, a function stem; the form as written is kept
		{"발표", "announc"},    // English words reduced by EnglishStem
		{"늘", "increas"},     // 늘었다 → 늘
		{"지난해", "year"},      // a time word
		{"기준금리", "benchmark"},
	} {
		if !slices.Contains(l.Translations(c.stem), c.word) {
			t.Errorf("Core().Translations(%q) = %v, want %q among them", c.stem, l.Translations(c.stem), c.word)
		}
	}
	for k, es := range l.trans {
		if functionStems[l.kos[k]] {
			t.Errorf("function stem %q in the core lexicon", l.kos[k])
		}
		if len(es) == 0 {
			t.Errorf("stem %q without a translation", l.kos[k])
		}
	}
}

func TestReadCoreErrors(t *testing.T) {
	for _, c := range []struct{ in, msg string }{
		{"# comment\n정부 government\n", "want Korean forms = English words"},
		{"정부 gov = government\n", "is not all Hangul"},
		{"\n것 = thing\n", "no Korean stem or no English word left"},
		{"정부 = the of\n", "no Korean stem or no English word left"},
	} {
		_, err := ReadCore(strings.NewReader(c.in), "c.txt")
		var se *SyntaxError
		if !errors.As(err, &se) || se.Line != 2 && se.Line != 1 || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("ReadCore(%q) = %v, want a SyntaxError with %q", c.in, err, c.msg)
		}
	}
	_, err := ReadCore(strings.NewReader("# x\n\n것 = thing\n"), "c.txt")
	if err == nil || !strings.HasPrefix(err.Error(), "lexicon: c.txt:3: ") {
		t.Errorf("error %v does not name c.txt:3", err)
	}
}

func TestWithCore(t *testing.T) {
	if WithCore(nil) != Core() {
		t.Error("WithCore(nil) is not the core lexicon")
	}
	tr := NewTrainer()
	for range 3 {
		tr.Add("정부 보고서", "state report")
	}
	l := tr.Train(DefaultIterations)
	w := WithCore(l)
	got := w.Translations("정부")
	if len(got) < 2 || !slices.Contains(got, "government") || got[0] != "state" && got[0] != "report" {
		t.Errorf("WithCore: 정부 → %v, want the memory's translations first, then the core's (government)", got)
	}
	if !slices.Contains(w.Translations("대통령"), "president") {
		t.Errorf("WithCore: 대통령 → %v, want the core's president", w.Translations("대통령"))
	}
	if slices.Contains(l.Translations("정부"), "govern") {
		t.Error("WithCore changed its argument")
	}
	if WithCore(l) != w {
		t.Error("WithCore did not keep its result for the same lexicon")
	}
}

// FuzzReadCore: ReadCore never panics; it returns a SyntaxError with a line
// number, or a lexicon whose stems are Hangul, not function stems, and
// whose words are not empty.
func FuzzReadCore(f *testing.F) {
	f.Add("# c\n정부 = government\n늘었다 늘어난 = increase rose\n")
	f.Add("정부 = the\n")
	f.Add("= x\n")
	f.Add("통과 = pass passed\n\n# x\n")
	f.Fuzz(func(t *testing.T, in string) {
		l, err := ReadCore(strings.NewReader(in), "f")
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) || se.Line < 1 {
				t.Fatalf("error %v is not a SyntaxError with a line", err)
			}
			return
		}
		for k, es := range l.trans {
			if !allHangul(l.kos[k]) || functionStems[l.kos[k]] || len(es) == 0 {
				t.Fatalf("bad stem %q (%d translations)", l.kos[k], len(es))
			}
			for _, e := range es {
				if l.ens[e.en] == "" {
					t.Fatalf("bad word %q", l.ens[e.en])
				}
			}
		}
	})
}
