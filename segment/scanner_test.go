package segment

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/text/language"
)

func scanAll(t testing.TB, in string, opt Options) ([]Segment, error) {
	t.Helper()
	sc := NewScanner(strings.NewReader(in), opt)
	var out []Segment
	for sc.Scan() {
		out = append(out, sc.Segment())
	}
	return out, sc.Err()
}

func TestScannerModes(t *testing.T) {
	for _, c := range []struct {
		name string
		in   string
		opt  Options
		want []Segment
	}{
		{"lines", "Kim left. Lee came.\n\nPark stayed.\n", Options{Lang: language.English},
			[]Segment{{0, 0, "Kim left.", 0, 9}, {0, 1, "Lee came.", 10, 19}, {1, 0, "Park stayed.", 21, 33}}},
		{"bom and crlf", "\uFEFFKim left.\r\nLee came.\r\n", Options{Lang: language.English},
			[]Segment{{0, 0, "Kim left.", 3, 12}, {1, 0, "Lee came.", 14, 23}}},
		{"wrapped", "Kim left the\nroom. Lee came.\n\n\nPark stayed.", Options{Lang: language.English, Wrapped: true},
			[]Segment{{0, 0, "Kim left the room.", 0, 18}, {0, 1, "Lee came.", 19, 28}, {1, 0, "Park stayed.", 31, 43}}},
		{"wrapped crlf", "Kim left the\r\nroom.\r\n\r\nLee came.\r\n", Options{Lang: language.English, Wrapped: true},
			[]Segment{{0, 0, "Kim left the room.", 0, 19}, {1, 0, "Lee came.", 23, 32}}},
		{"auto per paragraph", "정부는 발표했다. 시장은 조용했다.\nThe plan was announced. Markets were calm.\n", Options{},
			[]Segment{{0, 0, "정부는 발표했다.", 0, 23}, {0, 1, "시장은 조용했다.", 24, 47},
				{1, 0, "The plan was announced.", 48, 71}, {1, 1, "Markets were calm.", 72, 90}}},
		{"wrapped list of short lines", "features\ncontact manager\nevents, activities\n\nIt was a cold\nnight.", Options{Lang: language.English, Wrapped: true},
			[]Segment{{0, 0, "features", 0, 8}, {0, 1, "contact manager", 9, 24}, {0, 2, "events, activities", 25, 43},
				{1, 0, "It was a cold night.", 45, 65}}},
		{"no final newline", "  Kim left.  ", Options{Lang: language.English},
			[]Segment{{0, 0, "Kim left.", 2, 11}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := scanAll(t, c.in, c.opt)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %+v\nwant %+v", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("segment %d = %+v, want %+v", i, got[i], c.want[i])
				}
			}
		})
	}
}

func TestScannerInvalid(t *testing.T) {
	for _, c := range []struct {
		name         string
		in           string
		line, col    int
		offset       int64
		nul          bool
		replacedText string
	}{
		{"bad byte", "Kim left.\nLee \xffcame.\n", 2, 5, 14, false, "Lee \uFFFDcame."},
		{"nul", "Kim\x00 left.", 1, 4, 3, true, "Kim\uFFFD left."},
		{"cut rune", "정부는\xeb\xb0", 1, 10, 9, false, "정부는\uFFFD\uFFFD"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := scanAll(t, c.in, Options{Lang: language.English})
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v, want *InputError", err)
			}
			if ie.Line != c.line || ie.Col != c.col || ie.Offset != c.offset || ie.NUL != c.nul {
				t.Errorf("err = %+v, want line %d col %d offset %d", ie, c.line, c.col, c.offset)
			}
			if !strings.Contains(err.Error(), "byte offset") {
				t.Errorf("message %q does not name the byte offset", err)
			}
			segs, err := scanAll(t, c.in, Options{Lang: language.English, ReplaceInvalid: true})
			if err != nil {
				t.Fatal(err)
			}
			last := segs[len(segs)-1].Text
			if last != c.replacedText {
				t.Errorf("replaced: last segment %q, want %q", last, c.replacedText)
			}
		})
	}
}

// TestScannerLongParagraph feeds one paragraph far longer than
// MaxParagraph, one byte at a time, and checks that the result is that of
// Split.
func TestScannerLongParagraph(t *testing.T) {
	var b strings.Builder
	for b.Len() < 5000 {
		b.WriteString("정부는 5일 대책을 발표했다. The KOSPI rose 0.8 percent. ")
	}
	in := b.String()
	want := Split(in, language.Korean)
	sc := NewScanner(iotest.OneByteReader(strings.NewReader(in)), Options{Lang: language.Korean, MaxParagraph: 200})
	var got []Segment
	for sc.Scan() {
		got = append(got, sc.Segment())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("got %d segments, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("segment %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, io.ErrUnexpectedEOF }

func TestScannerReadError(t *testing.T) {
	sc := NewScanner(errReader{}, Options{})
	if sc.Scan() {
		t.Fatal("Scan = true")
	}
	if !errors.Is(sc.Err(), io.ErrUnexpectedEOF) {
		t.Fatalf("err = %v", sc.Err())
	}
}

func TestDetectLang(t *testing.T) {
	for _, c := range []struct {
		in   string
		want language.Tag
	}{
		{"정부는 5일 대책을 발표했다.", language.Korean},
		{"임페라토르 카이사르 디비 필리우스 아우구스투스(Imperator Caesar divi filius Augustus)는 황제이다.", language.Korean},
		{"The government announced the plan.", language.English},
		{"Seoul (서울) is the capital.", language.English},
		{"12345", language.English},
	} {
		if got := DetectLang(c.in); got != c.want {
			t.Errorf("DetectLang(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
