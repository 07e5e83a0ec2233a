package check

import (
	"strings"
	"sync"
	"time"

	"bitext/glossary"
)

// A preferred or admitted form the glossary dates as right only until a
// day (form_until: "Ministry of Science and Technology" until
// 2008-02-28) is wrong in an article of a later day, as a superseded
// form is (session 17, T17). An undated article is read as today's, so
// such a form is reported there when its last day is past; a superseded
// form is reported there whatever its days.

// expiredForm reports whether m is a form allowed only until a day that
// day (the article's, else today) is after.
func expiredForm(m glossary.Match, day time.Time) bool {
	t := m.Term
	if t.Status.Forbidden() || t.Until.IsZero() {
		return false
	}
	if day.IsZero() {
		day = today()
	}
	d := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
	return d.After(t.Until)
}

// today is the day an undated article is read as: the day of the
// process's first use of it.
var today = sync.OnceValue(time.Now)

// successor returns the form to use instead of the expired form m that
// day: a form of the same language right that day and beginning after
// m's last day (Cape Canaveral Space Force Station for Cape Canaveral Air
// Force Station), else the first other form right that day (preferred
// before admitted), else nil.
func successor(m glossary.Match, day time.Time) *glossary.Term {
	if day.IsZero() {
		day = today()
	}
	d := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
	right := func(t *glossary.Term) bool {
		if t == m.Term || t.Status.Forbidden() || t.Lang != m.Term.Lang {
			return false
		}
		return (t.From.IsZero() || !d.Before(t.From)) && (t.Until.IsZero() || !d.After(t.Until))
	}
	for _, t := range m.Entry.Terms {
		if right(t) && !t.From.IsZero() && t.From.After(m.Term.Until) {
			return t
		}
	}
	for _, st := range []glossary.Status{glossary.Preferred, glossary.Admitted} {
		for _, t := range m.Entry.Terms {
			if t.Status == st && right(t) {
				return t
			}
		}
	}
	return nil
}

// currentForm returns the form a deprecated-term finding suggests for m:
// pref when it is right on day (an undated article is today's), else the
// form successor gives that day, else pref. A story of today with "ITAR
// TASS" is told to use TASS, not ITAR-TASS, preferred only until 2014
// (check12m; session 21, lead).
func currentForm(m glossary.Match, pref *glossary.Term, day time.Time) *glossary.Term {
	if pref == nil || pref.From.IsZero() && pref.Until.IsZero() {
		return pref
	}
	if day.IsZero() {
		day = today()
	}
	if pref.UsedAt(day) {
		return pref
	}
	if s := successor(m, day); s != nil {
		return s
	}
	return pref
}

// sourceNames reports whether the source of pr (matches sm), or the
// source of the pair before or after it, names entry e. A dated form whose
// entry the source names renders the source's name (과학기술부 of a story
// of 2005 in a set dated 2008 is "Ministry of Science and Technology",
// held-out-glossary-19, g19-kpc-test 1876), so in a pair only a form the
// target chose alone is reported.
func (c *Checker) sourceNames(pr *Pair, sm []glossary.Match, e *glossary.Entry) bool {
	for _, m := range sm {
		if m.Entry == e {
			return true
		}
	}
	for _, s := range []string{pr.After, last(pr.Before)} {
		if s != "" && c.present(e, s, strings.ToLower(s), pr.SourceLang) {
			return true
		}
	}
	return false
}

// last returns the last of ss, or "".
func last(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return ss[len(ss)-1]
}
