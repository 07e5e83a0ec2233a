package segment

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// FuzzSplit checks, for any text and either language's rules, that Split
// does not panic, that offsets are in range and in order, and that the
// segments of each paragraph with the whitespace between them give back
// the paragraph exactly. The Scanner must agree with Split on valid text.
func FuzzSplit(f *testing.F) {
	for _, c := range readNewsCases(f) {
		f.Add(c.text, c.lang == language.Korean)
	}
	for _, s := range []string{
		"", " ", ".", "...", ". . . .", "a. b. c.", "1.) x 2.) y", "• 9. a • 10. b", "“", "”고", "\"\"",
		"U.S. The", "at 5 a.m. Mr. X", "다.[1]다", "[12", "(x) (y).", "word. . . . The", "x.Y", "\u00a0.\u3000.",
		"Jane.Doe@example.com. I", "https://x.y/z. W", "“a. b”고 c. d", "다.\"라고", "⁃9. x ⁃10. y",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, ko bool) {
		lang := language.English
		if ko {
			lang = language.Korean
		}
		segs := Split(text, lang)
		checkRebuild(t, text, segs)
		if !utf8.ValidString(text) || strings.ContainsRune(text, 0) {
			return
		}
		got, err := scanAll(t, text, Options{Lang: lang})
		if err != nil {
			t.Fatalf("Scanner: %v", err)
		}
		if len(got) != len(segs) {
			t.Fatalf("Scanner gives %d segments, Split %d", len(got), len(segs))
		}
		for i := range got {
			if got[i] != segs[i] {
				t.Fatalf("Scanner segment %+v, Split %+v", got[i], segs[i])
			}
		}
		// A small MaxParagraph may cut long paragraphs differently; the
		// segments must still be exact pieces of the input.
		small, err := scanAll(t, text, Options{Lang: lang, MaxParagraph: 64})
		if err != nil {
			t.Fatalf("Scanner: %v", err)
		}
		checkRebuild(t, text, small)
		// Wrapped paragraphs: offsets in order, the text is the input with
		// line breaks read as spaces, and only whitespace in between.
		wrapped, err := scanAll(t, text, Options{Lang: lang, Wrapped: true})
		if err != nil {
			t.Fatalf("Scanner: %v", err)
		}
		prev := 0
		for _, s := range wrapped {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("wrapped segment %+v out of order or range", s)
			}
			if gap := text[prev:s.Start]; !isBlank(strings.TrimPrefix(gap, bom)) {
				t.Fatalf("wrapped: text %q lost before %+v", gap, s)
			}
			if oneLine(text[s.Start:s.End]) != s.Text {
				t.Fatalf("wrapped segment %+v does not match input %q", s, text[s.Start:s.End])
			}
			prev = s.End
		}
		if rest := text[prev:]; !isBlank(strings.TrimPrefix(rest, bom)) {
			t.Fatalf("wrapped: text %q after the last segment lost", rest)
		}
	})
}

// checkRebuild verifies offsets and that each paragraph is its segments
// joined by whitespace.
func checkRebuild(t *testing.T, text string, segs []Segment) {
	t.Helper()
	prevEnd := 0
	if strings.HasPrefix(text, bom) {
		prevEnd = len(bom)
	}
	para := -1
	for k, s := range segs {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			t.Fatalf("segment %d offsets out of range: %+v (len %d)", k, s, len(text))
		}
		if s.Start < prevEnd {
			t.Fatalf("segment %d overlaps the one before: %+v", k, s)
		}
		if text[s.Start:s.End] != s.Text {
			t.Fatalf("segment %d text %q != input %q", k, s.Text, text[s.Start:s.End])
		}
		gap := text[prevEnd:s.Start]
		if s.Para != para {
			// A new paragraph: the gap holds line breaks and blank lines.
			if !isBlank(gap) {
				t.Fatalf("segment %d: text %q lost before a paragraph", k, gap)
			}
			para = s.Para
		} else if !isBlank(gap) || strings.ContainsRune(gap, '\n') {
			t.Fatalf("segment %d: gap %q inside a paragraph is not whitespace", k, gap)
		}
		prevEnd = s.End
	}
	if rest := text[prevEnd:]; !isBlank(rest) {
		t.Fatalf("text %q after the last segment lost", rest)
	}
}
