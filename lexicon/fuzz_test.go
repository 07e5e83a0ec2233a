package lexicon

import (
	"bytes"
	"errors"
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
