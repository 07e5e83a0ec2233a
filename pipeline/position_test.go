package pipeline

import (
	"testing"

	"bitext/article"
)

func TestLocator(t *testing.T) {
	file := "Headline here\n\nFirst sentence is\nwrapped here. Second one.\n\n한국어 문장입니다. **Bold** text.\n"
	segs := []article.Segment{
		{Text: "Headline here"},
		{Text: "First sentence is wrapped here."},
		{Text: "Second one."},
		{Text: "한국어 문장입니다."},
		{Text: "Bold text."}, // markup inside: not found
	}
	l := NewLocator(file, segs)
	cases := []struct {
		seg, off int
		want     Pos
	}{
		{-1, 0, Pos{1, 1, false}},
		{0, 0, Pos{1, 1, true}},
		{0, 9, Pos{1, 10, true}},
		{1, 0, Pos{3, 1, true}},
		{1, 18, Pos{4, 1, true}}, // "wrapped", after the line break
		{1, 17, Pos{4, 1, true}}, // the space before it lands on it too
		{2, 7, Pos{4, 22, true}},
		{3, 10, Pos{6, 5, true}}, // "문장입니다": columns in characters
		{4, 0, Pos{6, 1, false}}, // the line of its first word
	}
	for _, c := range cases {
		if got := l.Place(c.seg, c.off); got != c.want {
			t.Errorf("Place(%d, %d) = %+v, want %+v", c.seg, c.off, got, c.want)
		}
	}
	// Its first word elsewhere: the line of the segment before.
	l = NewLocator("A b.\n\n**C** d.\n", []article.Segment{{Text: "A b."}, {Text: "X d."}})
	if got := l.Place(1, 0); got != (Pos{1, 1, false}) {
		t.Errorf("fallback to the segment before: got %+v", got)
	}
	// Nothing found before: the line of the next found segment.
	l = NewLocator("x\n**A** b.\nC d.\n", []article.Segment{{Text: "Z b."}, {Text: "C d."}})
	if got := l.Place(0, 0); got != (Pos{3, 1, false}) {
		t.Errorf("fallback to the next segment: got %+v", got)
	}
	// A markup word: the line of the first word.
	l = NewLocator("Head\n\nThe **big** one.\n", []article.Segment{{Text: "Head"}, {Text: "The big one."}})
	if got := l.Place(1, 4); got != (Pos{3, 1, false}) {
		t.Errorf("first word: got %+v", got)
	}
}
