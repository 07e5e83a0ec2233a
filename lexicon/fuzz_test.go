package lexicon

import (
	"bytes"
	"errors"
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

// FuzzStems: the stems of any text are non-empty Hangul words.
func FuzzStems(f *testing.F) {
	f.Add("정부는 31일 예산안을 발표했다.")
	f.Add("이다 다 는")
	f.Fuzz(func(t *testing.T, in string) {
		for _, s := range KoreanStems(in) {
			if s == "" || !allHangul(s) {
				t.Fatalf("stem %q of %q", s, in)
			}
		}
		for _, w := range EnglishWords(in) {
			if w == "" || !isASCIIWord(w) {
				t.Fatalf("word %q of %q", w, in)
			}
		}
	})
}
