package checkeval

import (
	"strings"
	"time"
)

// Session 18 (helper T18, issue #11): KPC has no document ids and no
// dates, but a story's headline line often ends with its month
// ("SNU starts construction on Hwang Woo-suk Research Center.서울대, 황우석
// 연구동 짓는다.2005.09", test line 1873; 34 in the test file, 16 in dev,
// all after line 780): the stories there are of 2005-2009, not of the
// July 2008 the set's date= gives (which the first stories, of the
// Beijing Olympics and the Obama campaign, are). From such a line on, a
// set without document ids is read at that month's first day (the earliest
// day the month allows: a form is past its form_until only if it is so on
// every day of the month), until the next headline; the pairs before the
// first headline keep the set's date. No day is made up: a month the data
// does not give is not guessed (TestHeadlineMonth).

// headlineMonth gives the first day of the month a pair's source ends
// with (YYYY.MM, after trailing spaces), if it does.
func headlineMonth(src string) (time.Time, bool) {
	s := strings.TrimRight(src, " \t")
	if len(s) < 8 || s[len(s)-3] != '.' {
		return time.Time{}, false
	}
	tail := s[len(s)-7:]
	if len(s) > 7 {
		if c := s[len(s)-8]; '0' <= c && c <= '9' {
			return time.Time{}, false // a longer number: 12005.09, 3.2005.09 is still read below
		}
	}
	d, err := time.Parse("2006.01", tail)
	if err != nil || d.Year() < 1990 || d.Year() > 2030 {
		return time.Time{}, false
	}
	return d, true
}
