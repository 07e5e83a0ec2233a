package check

import (
	"strings"
	"time"

	"bitext/glossary"
)

// Session 19 (helper T22, issue #11): the kinds the fresh lists of session
// 18 (house22, house24) still missed, and check11x's clean false alarm.

// fullMention reports whether a person's first mention by the allowed form
// t, not the preferred form pref, still names the person in full, so no
// first-mention is due: t is pref after a title ("Rev. David Johnson" for
// David Johnson: house24's default false alarm; titledForm), or pref is
// right only until a day the article's day (else today) is after and t is
// the form that took its place that day ("Pope Emeritus Benedict XVI" from
// 2013-02-28 for "Pope Benedict XVI": check11x's clean false alarm).
func fullMention(e *glossary.Entry, t, pref *glossary.Term, day time.Time) bool {
	if titledForm(t.Text, pref.Text) {
		return true
	}
	p := glossary.Match{Entry: e, Term: pref}
	return expiredForm(p, day) && successor(p, day) == t
}

// titledForm reports whether form is name after a title: name ends it, one
// space or more before ("Rev. David Johnson", 교황 베네딕토). A word after the
// name (Kenneth Polite Jr.) makes another full name, the preferred form's
// first mention due (held-out-glossary-5's judged verdicts).
func titledForm(form, name string) bool {
	head, ok := strings.CutSuffix(form, name)
	return ok && name != "" && strings.TrimSpace(head) != "" && strings.HasSuffix(head, " ")
}
