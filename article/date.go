package article

import (
	"regexp"
	"strings"
	"time"
)

var dateREs = []struct {
	re     *regexp.Regexp
	layout string
}{
	{regexp.MustCompile(`\b(\d{4}-\d{2}-\d{2})\b`), "2006-01-02"},
	{regexp.MustCompile(`\b(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\b`), "ymd"},
	{regexp.MustCompile(`(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일`), "ymd"},
	{regexp.MustCompile(`\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4})\b`), "month"},
}

// ISODate returns the date written in s (2026-03-14, 2026. 3. 14.,
// 2026년 3월 14일, March 14, 2026, Oct. 1, 2026) as YYYY-MM-DD, or "" when
// s has none.
func ISODate(s string) string {
	for _, d := range dateREs {
		m := d.re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		switch d.layout {
		case "ymd":
			t, err := time.Parse("2006-1-2", m[1]+"-"+m[2]+"-"+m[3])
			if err == nil {
				return t.Format("2006-01-02")
			}
		case "month":
			v := strings.Replace(m[1], ".", "", 1)
			for _, l := range []string{"Jan 2, 2006", "January 2, 2006"} {
				if t, err := time.Parse(l, v); err == nil {
					return t.Format("2006-01-02")
				}
			}
			if len(v) > 4 {
				// "Sept 3, 2026"
				if t, err := time.Parse("Jan 2, 2006", v[:3]+v[strings.Index(v, " "):]); err == nil {
					return t.Format("2006-01-02")
				}
			}
		default:
			if t, err := time.Parse(d.layout, m[1]); err == nil {
				return t.Format("2006-01-02")
			}
		}
	}
	return ""
}

// CutDate takes a date out of a byline line ("By Han Ji-min · 2026-09-21"):
// the line without it (and the separators around it), and the date as
// written; s and "" when it has none.
func CutDate(s string) (rest, date string) {
	for _, d := range dateREs {
		if loc := d.re.FindStringIndex(s); loc != nil && ISODate(s[loc[0]:loc[1]]) != "" {
			rest = strings.Trim(s[:loc[0]]+s[loc[1]:], " \t·|,-–—")
			return rest, s[loc[0]:loc[1]]
		}
	}
	return s, ""
}
