package check

import (
	"strings"
	"time"

	"bitext/glossary"

	"golang.org/x/text/language"
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

// namedForbidden reports whether the forbidden form m, given as another
// name ("known as", formerName), glosses another forbidden form of the
// same entry earlier in its sentence that is itself no such other name:
// the sentence names the entry by no right form, so both are wrong ("The
// Korea Teachers Union, known as Chunkyojo, met": check11x's planted
// error). A right form before the cue ("Sean Combs, known as Puff Daddy")
// keeps the other name a former name.
func namedForbidden(text string, ms []glossary.Match, m glossary.Match, lang language.Tag) bool {
	a := strings.LastIndexAny(text[:m.Start], ".!?;\n") + 1
	bad := false
	for _, o := range ms {
		if o.Entry != m.Entry || o.Short || o.Start < a || o.Start >= m.Start {
			continue
		}
		if !o.Term.Status.Forbidden() {
			return false // a right form names it in the sentence
		}
		bad = bad || !formerName(text, o.Start, o.End, lang)
	}
	return bad
}
