package check

import (
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 17 (helper T16, issue #11): a surname-only entry read inside a
// full name. house18 lists Brett Kavanaugh under 캐버노, 캐버노프 and
// 카바노 (an earlier list has 브렛 캐버노): where an article writes 브렛
// 카바노, the admitted 카바노 was read as a first mention by surname alone
// (ntrex-even 1067, judged false: the full name is there). The Hangul word
// right before a one-word Korean form of a person is a given name of the
// person when it spells (its consonants: sameSkeleton) one of the words
// before the surname in one of the entry's English forms: 브렛 for Brett,
// 블래시 for Blasey (크리스틴 블래시 포드, Christine Blasey Ford). The full
// name is the person: no first mention (givenNameBefore, TestGivenNameBefore).

// givenNameBefore reports whether the Korean person form of match m in
// text has, right before it after one space, a Hangul word spelling a
// given name of the entry's English forms (forms).
func givenNameBefore(text string, m glossary.Match, forms []*glossary.Term) bool {
	if m.Entry.Type != glossary.Person || strings.Contains(text[m.Start:m.End], " ") && !surnameTitled(text[m.Start:m.End]) || m.Start < 2 || text[m.Start-1] != ' ' {
		return false
	}
	end := m.Start - 1
	start := hangulRunStart(text, end)
	if start == end {
		return false
	}
	w := text[start:end]
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, t := range forms {
		if t.Status.Forbidden() {
			continue
		}
		ws := strings.Fields(t.Text)
		for _, g := range ws[:max(0, len(ws)-1)] {
			if len(g) >= 3 && sameSkeleton(w, g) {
				return true
			}
		}
	}
	return false
}

// hangulRunStart returns where the run of Hangul syllables ending at end
// in text starts: end itself when the rune before end is none.
func hangulRunStart(text string, end int) int {
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if !isHangulSyllable(r) {
			break
		}
		start -= n
	}
	return start
}

// untitled returns the words of a Korean form without the titles of
// personTitles at its end, and whether there was one.
func untitled(s string) ([]string, bool) {
	w := strings.Fields(s)
	t := false
	for len(w) > 1 && isPersonTitle(w[len(w)-1]) {
		w = w[:len(w)-1]
		t = true
	}
	return w, t
}

// surnameTitled reports whether a Korean person form is one word and its
// titles (personTitles: 트럼프 대통령), which givenNameBefore reads as it
// reads the one word: 도날드 트럼프 대통령, a given name our list spells
// 도널드, is the full name (house39, held-out-glossary-39: a false first
// mention).
func surnameTitled(form string) bool {
	w, titled := untitled(form)
	return titled && len(w) == 1
}
