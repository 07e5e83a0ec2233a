package localize

import (
	"strings"
	"unicode/utf8"
)

// The weekday names: English full and abbreviated, Korean.
var (
	enWeekdays    = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	enWeekdayAbbr = []string{"Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun."}
	koWeekdays    = []string{"월", "화", "수", "목", "금", "토", "일"}
	enMonths      = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	enMonthAbbr   = []string{"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}
	// koWeekdayFull (월요일) and koWeekdayBracket ((월)) are koWeekdays
	// written out once, not per character of every text scanned.
	koWeekdayFull, koWeekdayBracket = koWeekdayForms()
)

func koWeekdayForms() (full, bracket []string) {
	for _, k := range koWeekdays {
		full, bracket = append(full, k+"요일"), append(bracket, "("+k+")")
	}
	return full, bracket
}

// weekdays returns the weekdays named in text: English names (whole
// words; abbreviations only with their period, so that "Sun" and "Sat"
// stay words), Korean 월요일 and the bracketed (월) of dates.
func weekdays(text string) []token {
	var out []token
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		if i > 0 && text[i] != '(' {
			p, _ := utf8.DecodeLastRuneInString(text[:i])
			if isWordRune(p) {
				i += size
				continue
			}
		}
		if t, ok := weekdayAt(text, i); ok {
			out = append(out, t)
			i = t.end
			continue
		}
		i += size
	}
	return out
}

func isWordRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 0xAC00 && r <= 0xD7A3
}

// weekdayAt reads a weekday name starting at byte i of text.
func weekdayAt(text string, i int) (token, bool) {
	rest := text[i:]
	end := func(n int) bool { // the name ends a word
		if i+n >= len(text) {
			return true
		}
		r, _ := utf8.DecodeRuneInString(text[i+n:])
		return !isWordRune(r)
	}
	for d := range enWeekdays {
		if n := len(enWeekdays[d]); strings.HasPrefix(rest, enWeekdays[d]) && end(n) {
			return token{start: i, end: i + n, text: enWeekdays[d], weekday: d, wdStyle: 0, class: "weekday"}, true
		}
	}
	for d, a := range enWeekdayAbbr {
		if strings.HasPrefix(rest, a) {
			return token{start: i, end: i + len(a), text: a, weekday: d, wdStyle: 1, class: "weekday"}, true
		}
	}
	for d := range koWeekdays {
		if w := koWeekdayFull[d]; strings.HasPrefix(rest, w) {
			return token{start: i, end: i + len(w), text: w, weekday: d, wdStyle: 2, class: "weekday"}, true
		}
		if w := koWeekdayBracket[d]; strings.HasPrefix(rest, w) && i > 0 && text[i-1] != ' ' {
			// 5일(월): only right after a date
			if strings.HasSuffix(text[:i], "일") {
				return token{start: i, end: i + len(w), text: w, weekday: d, wdStyle: 3, class: "weekday"}, true
			}
		}
	}
	return token{}, false
}

// weekdayName writes weekday d in style.
func weekdayName(d, style int) string {
	switch style {
	case 1:
		return enWeekdayAbbr[d]
	case 2:
		return koWeekdayFull[d]
	case 3:
		return koWeekdayBracket[d]
	}
	return enWeekdays[d]
}

// replaceMonthName replaces the English name of month from (1..12), full
// or abbreviated, by that of month to in the same form; it must be named
// once.
func replaceMonthName(text string, from, to int) (string, bool) {
	if from < 1 || from > 12 || to < 1 || to > 12 {
		return "", false
	}
	for _, names := range [][]string{enMonthAbbr, enMonths} {
		name := names[from-1]
		if strings.Count(text, name) == 1 {
			return strings.Replace(text, name, names[to-1], 1), true
		}
	}
	return "", false
}
