package check

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// inLongerName reports whether the forbidden form m of an English text is
// a word run of a longer proper name, not the entry named in a form it
// must not have (session 11, issue 11: "Alaska State Troopers" for a
// deprecated "Alaska State"): a capitalized word right after it ("Alaska
// State Troopers"), or, for an entry that is no person, right before it
// (a listed "State Troopers" in "Alaska State Troopers"; a capitalized
// word before a person's name is more of the person's name or a title), or
// another entry's allowed form that begins inside it and ends after it.
//
// A form that respells an allowed form of its entry (Pittsburg for
// Pittsburgh, Cheju for Jeju, "Hamo Thorneycroft") is still reported:
// inside a longer name it is the same misspelling ("Cheju Island", "Sir
// William Hamo Thorneycroft"; judged real on held-out-4 and
// held-out-glossary-7).
func (c *Checker) inLongerName(text string, m glossary.Match, lang language.Tag) bool {
	// The position first (cheap), then whether the form respells an
	// allowed one.
	// A respelling inside an institution's name is that institution's
	// own spelling (Pusan National University; othernamed.go).
	// A respelling after the start of a longer name is that name's word
	// (British Columbia, the District of Columbia; session21t39.go).
	return c.continued(text, m, lang) && (!respellsAllowed(text[m.Start:m.End], m.Entry, lang) ||
		m.Suffix == "" && institutionAfter(text, m.End)) || qualifiedRespelling(text, m) ||
		currencySign(text, m) || c.abbreviationNamed(text, m, lang) // US$, US Airways (session23t52.go)
}

// continued reports whether a longer name continues the forbidden form m:
// a capitalized word after it or (not for a person) before it, outside a
// heading or title-case line, or another entry's allowed form across its
// end.
func (c *Checker) continued(text string, m glossary.Match, lang language.Tag) bool {
	after := m.Suffix == "" && capitalAfter(text, m.End)
	before := m.Entry.Type != glossary.Person && capitalBefore(text, m.Start)
	if after || before {
		// In a heading or a title-case line every word is capitalized
		// ("S. Korea Warns North"): a capital says nothing there.
		if line := strings.TrimSpace(lineAround(text, m.Start)); !strings.HasPrefix(line, "#") && !titleCase(line) {
			return true
		}
	}
	return c.otherFormAcross(text, m, lang)
}

// respellsAllowed reports whether form is, in lower case, at most two
// edits from an allowed form of e in lang or from a run of as many words
// of one ("Cheju" and the "Jeju" of "Jeju Island").
func respellsAllowed(form string, e *glossary.Entry, lang language.Tag) bool {
	lf := strings.ToLower(form)
	n := len(nameWords(lf))
	for _, t := range e.TermsIn(lang) {
		if t.Status.Forbidden() {
			continue
		}
		lt := strings.ToLower(t.Text)
		if distance(lf, lt, 2) <= 2 {
			return true
		}
		ws := nameWords(lt)
		for i := 0; i+n <= len(ws); i++ {
			if distance(lf, strings.Join(ws[i:i+n], " "), 2) <= 2 {
				return true
			}
		}
	}
	return false
}

// nameWords splits s at spaces.
func nameWords(s string) []string { return strings.Fields(s) }

// capitalAfter reports whether a capitalized word of two letters or more
// follows text[:end] after one space: not a weekday or a month, which
// follow a name in a sentence ("said Alaska State Monday"), nor a role
// noun or title before a name ("S. Korea President Moon").
func capitalAfter(text string, end int) bool {
	if end+1 >= len(text) || text[end] != ' ' || !upperAt(text, end+1) {
		return false
	}
	w := wordAt(text, end+1)
	lw := strings.ToLower(w)
	return utf8.RuneCountInString(w) >= 2 && !dayOrMonth[lw] && !roleNouns[lw] && !spanStop[lw]
}

// capitalBefore reports whether a capitalized word ends one space before
// start that is not at a sentence's start and not a function word or a
// role noun ("The", "But", "President").
func capitalBefore(text string, start int) bool {
	if start < 2 || text[start-1] != ' ' {
		return false
	}
	k := upperWordBefore(text, start-1)
	if k < 0 || start-1-k < 2 {
		return false
	}
	lw := strings.ToLower(text[k : start-1])
	if spanStop[lw] || roleNouns[lw] || dayOrMonth[lw] {
		return false
	}
	return !sentenceStart(text, k)
}

// sentenceStart reports whether the word at i begins a sentence or a line:
// only spaces and opening quotes or brackets between it and the text's
// start, a line break or a sentence's final stop.
func sentenceStart(text string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case r == ' ' || r == '"' || r == '\'' || r == '(' || r == '[' || r == '“' || r == '‘':
			i -= n
		case r == '\n' || r == '\t' || r == '.' || r == '!' || r == '?' || r == ':':
			return true
		default:
			return false
		}
	}
	return true
}

// occurrences yields the byte offset of every occurrence of s in text,
// overlapping ones too, in order.
func occurrences(text, s string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for off := 0; off < len(text); {
			k := strings.Index(text[off:], s)
			if k < 0 {
				return
			}
			if !yield(off + k) {
				return
			}
			off += k + 1
		}
	}
}

// wordAt returns the letters of text from i on.
func wordAt(text string, i int) string {
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return text[i:j]
}

// otherFormAcross reports whether an allowed form of another entry begins
// at a later word of m and ends after it (a deprecated "Alaska State" in a
// listed "State Troopers" of "Alaska State Troopers").
func (c *Checker) otherFormAcross(text string, m glossary.Match, lang language.Tag) bool {
	sp := strings.IndexByte(text[m.Start:m.End], ' ')
	if sp < 0 || m.Suffix != "" || m.End+1 >= len(text) || text[m.End] != ' ' && text[m.End] != '-' {
		return false // a form across m's end goes on after a space or a hyphen
	}
	from := m.Start + sp + 1
	// The rest of the line, up to the space before 200 bytes on: a form
	// longer than that across m is not looked for (a text of one long line
	// would be scanned again for each forbidden form found).
	to := len(text)
	if i := strings.IndexByte(text[m.End:], '\n'); i >= 0 {
		to = m.End + i
	}
	if to > m.End+200 {
		to = m.End + 200
		if i := strings.LastIndexByte(text[m.End:to], ' '); i > 0 {
			to = m.End + i
		} else {
			for to > m.End && !utf8.RuneStart(text[to]) {
				to--
			}
		}
	}
	var buf [4]glossary.Match
	for _, o := range c.matcher(lang).AppendAll(buf[:0], text[from:to]) {
		if from+o.Start >= m.End {
			break
		}
		if o.Entry != m.Entry && !o.Short && !o.Term.Status.Forbidden() && from+o.End > m.End {
			return true
		}
	}
	return false
}

// dayOrMonth are the weekdays and months, capitalized after a name in a
// sentence.
var dayOrMonth = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}
