package lexicon

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
)

// FuzzRead: Read never panics; it returns a lexicon or a SyntaxError with
// a line number, and a lexicon it returns writes out and reads back the
// same.
func FuzzRead(f *testing.F) {
	f.Add("# bitext lexicon v1 units=2\n정부\tgovernment\t0.9000\n")
	f.Add("# bitext lexicon v1 units=0\n")
	f.Add("# bitext lexicon v1 units=1\n\n정부\tgov\t0\n정부\tstate\t1\n")
	f.Add("x\ty\tz")
	f.Fuzz(func(t *testing.T, in string) {
		lex, err := Read(bytes.NewReader([]byte(in)), "f")
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) || se.Line < 1 {
				t.Fatalf("error %v is not a SyntaxError with a line", err)
			}
			return
		}
		var b bytes.Buffer
		if err := lex.Write(&b); err != nil {
			t.Fatal(err)
		}
		back, err := Read(&b, "g")
		if err != nil {
			t.Fatalf("reading back what Write wrote: %v", err)
		}
		if back.Len() != lex.Len() || back.Units() != lex.Units() {
			t.Fatalf("read back %d/%d, want %d/%d", back.Len(), back.Units(), lex.Len(), lex.Units())
		}
	})
}

// FuzzStems: the stems of any text are non-empty Hangul words and never a
// function stem; English words are non-empty lower-case ASCII, and the
// stem of a word is at most one letter longer than the word.
func FuzzStems(f *testing.F) {
	f.Add("정부는 31일 예산안을 발표했다.")
	f.Add("이다 다 는")
	f.Add("그는 그것이 있을 수 있다고 말했다.")
	f.Add("The ministries announced agreed hoping stopped countries' relations, news")
	f.Fuzz(func(t *testing.T, in string) {
		for _, s := range KoreanStems(in) {
			if s == "" || !allHangul(s) || functionStems[s] {
				t.Fatalf("stem %q of %q", s, in)
			}
		}
		for _, w := range strings.Fields(strings.ToLower(in)) {
			if !isASCIIWord(w) {
				continue
			}
			if s := EnglishStem(w); s == "" || !isASCIIWord(s) || len(s) > len(w)+1 {
				t.Fatalf("EnglishStem(%q) = %q", w, s)
			}
		}
		for _, w := range EnglishWords(in) {
			if w == "" || !isASCIIWord(w) {
				t.Fatalf("word %q of %q", w, in)
			}
		}
	})
}

// FuzzIDs: KoreanIDs and EnglishIDs, which scan a text's words in place,
// give the ids of the stems and words KoreanStems and EnglishWords list.
func FuzzIDs(f *testing.F) {
	f.Add("정부는 31일 예산안을 발표했다. 외교부가 G20 회의에서")
	f.Add("The ministries' talks ’announced’ Kelvin \u212aorea's government")
	f.Add("İstanbul 경제\xff협력 don't 'quoted' 국회의원들은")
	f.Add("그것은 것이다 정부의 것")
	// Core has no function stems; small has (것, 있), which KoreanIDs
	// leaves out as KoreanStems does.
	small, err := Read(strings.NewReader("# bitext lexicon v1 units=3\n것\tthing\t0.9\n있\tbe\t0.5\n정부\tgovernment\t0.9\n정부\tstate\t0.2\n"), "small")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, lex := range []*Lexicon{Core(), small} {
			checkIDs(t, lex, in)
		}
	})
}

// checkIDs is FuzzIDs' test of one lexicon.
func checkIDs(t *testing.T, lex *Lexicon, in string) {
	t.Helper()
	{
		gotK := lex.KoreanIDs(in) // first: it makes lex.ids
		var wantK [][]int32
		for _, s := range KoreanStems(in) {
			if id, ok := lex.ko[s]; ok && len(lex.trans[id]) > 0 {
				ids := slices.Clone(lex.ids[id])
				wantK = append(wantK, ids)
			}
		}
		if len(gotK) != len(wantK) {
			t.Fatalf("KoreanIDs(%q): %d stems, KoreanStems gives %d", in, len(gotK), len(wantK))
		}
		for i := range gotK {
			if !slices.Equal(gotK[i], wantK[i]) {
				t.Fatalf("KoreanIDs(%q)[%d] = %v, want %v", in, i, gotK[i], wantK[i])
			}
		}
		var wantE []int32
		for _, w := range EnglishWords(in) {
			if id, ok := lex.en[w]; ok {
				wantE = append(wantE, id)
			}
		}
		slices.Sort(wantE)
		if got := lex.EnglishIDs(in); !slices.Equal(got, wantE) {
			t.Fatalf("EnglishIDs(%q) = %v, want %v", in, got, wantE)
		}
	}
}

// FuzzStripOne: stripOne, which tries the suffixes ending in a word's last
// rune, strips what the lookup of every suffix length strips.
func FuzzStripOne(f *testing.F) {
	for _, s := range []string{"외교부가", "발표했다", "에서부터", "정부에서부터", "가", "\xff가", "가\xff", "한다고", "국회의원들은", "했다"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		for _, suf := range []suffixes{particles, endings} {
			if got, want := stripOne(w, suf), stripOneLookups(w, suf); got != want {
				t.Fatalf("stripOne(%q) = %q, want %q", w, got, want)
			}
		}
	})
}
