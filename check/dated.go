package check

import (
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/language"

	"bitext/glossary"
	"bitext/romanize"
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
		if t == m.Term || t.Status.Forbidden() || t.Lang != m.Term.Lang || t.Text == m.Term.Text {
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
		return pref.At(day)
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

// datedTitle reports whether t, an allowed form of a person right only
// from or until a day, is words before a word of the preferred form pref
// ("Crown Prince Abdullah" for Abdullah bin Abdulaziz): the list's full
// style of the person for the days it gives; past its last day the
// deprecated-term says the rest. Before its first day (day known) it is
// no full name yet (T22's Pope Emeritus, TestFullFirstMention).
//
// Session 20 (helper T33, issue #11): A dated admitted form that is a title
// before a word of the preferred form (Crown Prince Abdullah to 2005-07-31,
// King Abdullah from 2005-08-01, for Abdullah bin Abdulaziz) is the list's
// full style for its days: a full first mention (datedTitle, in
// fullMention).
func datedTitle(t, pref *glossary.Term, day time.Time) bool {
	if t.From.IsZero() && t.Until.IsZero() || t.Status.Forbidden() || !day.IsZero() && !t.From.IsZero() && day.Before(t.From) {
		return false
	}
	i := strings.LastIndexByte(t.Text, ' ')
	if i <= 0 {
		return false
	}
	last := t.Text[i+1:]
	return pref.Text == last || strings.HasPrefix(pref.Text, last+" ") || containsWord(pref.Text, last)
}

// romanizedForm reports whether the dated form of m is a romanization of
// the entry's Korean replaced by another (see above).
//
// Session 20 (helper T36, issue #11): a dated romanization is wrong in any
// later story. sourceNames lets a form dated as right only until a day
// render an older story's name when the source or a neighbouring source
// names its entry (과학기술부 of a story of 2005 is the Ministry of Science
// and Technology). A form that differs from a form of the entry right
// after its last day only in how it romanizes the Korean (Kwanak campus for
// Gwanak campus, northern Kyonggi Province for northern Gyeonggi Province:
// the McCune–Reischauer spellings replaced on 2000-07-07) names nothing
// older: the place is the same, only the spelling rule changed, so it is
// reported after its day whatever the source names (kpc-test 1873 of
// held-out-glossary-36, Kwanak campus in a set dated 2008, whose next pair's
// Korean names 관악 캠퍼스). A form is such a romanization when (1) a form of
// the same language of its entry, right after its last day and spelled
// otherwise, has its romanize.Key (Kwanak and Gwanak are both kwanak), and
// (2) a word in which the two differ is, by its Key, the romanization of the
// first syllables of a Hangul word of the entry's Korean forms (Kwanak:
// 관악; Kyonggi: 경기 of 경기도). Labour Party for Labor Party shares a Key
// but romanizes no Korean; Ministry of Science and Technology has no later
// form of its Key.
func romanizedForm(m glossary.Match) bool {
	t := m.Term
	if t.Until.IsZero() || !latinOnly(t.Text) {
		return false
	}
	key := romanize.Key(t.Text)
	if len(key) < 3 {
		return false
	}
	for _, u := range m.Entry.Terms {
		if u == t || u.Lang != t.Lang || u.Status.Forbidden() || !u.Until.IsZero() && !u.Until.After(t.Until) ||
			romanize.Key(u.Text) != key || strings.EqualFold(u.Text, t.Text) {
			continue
		}
		later := strings.Fields(strings.ToLower(u.Text))
		for _, w := range strings.Fields(strings.ToLower(t.Text)) {
			if !slices.Contains(later, w) && romanizesKorean(m.Entry, w) {
				return true
			}
		}
	}
	return false
}

// romanizesKorean reports whether the Latin word w is, by its Key, the
// romanization of the first syllables (two or more) of a Hangul word of a
// Korean form of e.
func romanizesKorean(e *glossary.Entry, w string) bool {
	key := romanize.Key(w)
	if len(key) < 3 {
		return false
	}
	for _, t := range e.Terms {
		base, _ := t.Lang.Base()
		if base.String() != "ko" {
			continue
		}
		for _, kw := range strings.Fields(t.Text) {
			rs := []rune(kw)
			for n := 2; n <= len(rs); n++ {
				if romanize.Key(romanize.Word(string(rs[:n]))) == key {
					return true
				}
			}
		}
	}
	return false
}

// qualifiedPast reports whether the English form m, right only until a
// day (a title dated while held: Vice President Joe Biden to 2017-01-20),
// is qualified as past by the word right before it: "former", "ex-",
// "then" or "then-" ("former Vice President Joe Biden" in a 2018 story,
// held-out-glossary-43's ntrex-odd 1019). The form names what the person
// or body was, which is right on any later day; an expired form used
// bare is still reported.
//
// Session 21 (helper T41, issue #11): what house43 (people) and house44
// (bodies) found (held-out-glossary-43 and -44, seen). Session 27 (helper
// T104): also before the body's name that qualifies the title ("Former
// U.N. Secretary-General Ban Ki-moon") and after "the late"
// (formertitle_body.go).
func qualifiedPast(text string, m glossary.Match, lang language.Tag) bool {
	if !isEnglish(lang) || m.Term.Until.IsZero() || m.Start == 0 {
		return false
	}
	before := strings.ToLower(text[max(0, m.Start-8):m.Start])
	if strings.HasSuffix(before, "ex-") || strings.HasSuffix(before, "then-") {
		return true
	}
	return pastBeforeBody(text, m.Start) // "Former U.N. Secretary-General Ban Ki-moon" (formertitle_body.go)
}

// prematureForm reports whether m is a form right only from a day
// (form_from: Welsh Parliament from 2020-05-06) that the article's day
// (else today) is before: the form is not yet right that day, as a form
// past its form_until no longer is (expiredForm), so "the Welsh
// Parliament" in a story of 2010 is reported as deprecated-term with the
// form right that day offered (house44's list, G44's note; a form used
// before its day was never reported). The caller keeps expiredForm's
// exceptions: a pair whose source names the entry renders the source's
// name.
func prematureForm(m glossary.Match, day time.Time) bool {
	t := m.Term
	if t.Status.Forbidden() || t.From.IsZero() {
		return false
	}
	if day.IsZero() {
		day = today()
	}
	d := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
	return d.Before(t.From)
}

// qualifiedFuture reports whether the English form m is qualified as not
// yet in use by the word right before it ("the proposed Welsh
// Parliament", "future President Donald Trump", "would-be"), which is
// right before its day.
func qualifiedFuture(text string, m glossary.Match, lang language.Tag) bool {
	if !isEnglish(lang) || m.Start == 0 {
		return false
	}
	if strings.HasSuffix(strings.ToLower(text[max(0, m.Start-9):m.Start]), "would-be ") {
		return true
	}
	if text[m.Start-1] != ' ' {
		return false
	}
	w, _ := prevWord(text, m.Start)
	switch strings.ToLower(w) {
	case "future", "proposed", "planned", "new", "renamed", "incoming":
		return true
	}
	return false
}

// prematureTold reports whether the text tells the form m, not yet right
// that day, as a coming name: one of its uses in text (ms: the text's
// matches) is qualified as future (qualifiedFuture) or in a sentence about
// names (namingSentence), or the text also names the entry by a form right
// that day (the Welsh Assembly beside the Welsh Parliament): a story of
// the renaming, where each use of the new name is right (the NTREX story
// of 2018 on the proposed Welsh Parliament, held-out-glossary-29 and -44;
// Kanye West's "Ye", held-out-glossary-17).
func prematureTold(text string, ms []glossary.Match, m glossary.Match, lang language.Tag, day time.Time) bool {
	for _, o := range ms {
		if o.Entry != m.Entry || o.Term.Status.Forbidden() {
			continue
		}
		if o.Term == m.Term {
			if qualifiedFuture(text, o, lang) || namingSentence(text, o.Start, o.End) {
				return true
			}
			continue
		}
		if !prematureForm(o, day) {
			return true
		}
	}
	return false
}

// renamedTo reports whether the dated form m, past its last day, is
// followed in its sentence by a form of its entry right on day: the text
// tells of the renaming (러들럼 초등학교는 버락 오바마 초등학교가 되었습니다,
// house55's g55-kpc-test 1578, a false error: a story of the day the school
// took its new name reads its old name so). A forbidden form is no
// former name.
func renamedTo(text string, ms []glossary.Match, m glossary.Match, day time.Time) bool {
	if m.Term.Status.Forbidden() {
		return false
	}
	if day.IsZero() {
		day = today()
	}
	for _, o := range ms {
		if o.Entry != m.Entry || o.Start < m.End || o.Short || o.Term.Status.Forbidden() || !o.Term.UsedAt(day) {
			continue
		}
		if !strings.ContainsAny(text[m.End:o.Start], ".!?\n") {
			return true
		}
	}
	return false
}

// preferredOnDay returns the form of entry e in the target language (lang,
// or its base) to suggest for a target-term-missing finding of a story of
// a known day: pref, the entry's preferred form, when it is right that day
// (undated, or used on the day); else a dated form right that day
// (preferred, admitted, then superseded within its dates: the IAAF in
// 2008, for World Athletics), else an undated admitted form; pref when
// none is, or when the story has no day. The message offered the
// preferred form even where it was not yet right ("National Bank Open"
// for 2008's Rogers Cup), which deprecated-term already avoided
// (currentForm, successor; dated.go).
func preferredOnDay(e *glossary.Entry, lang language.Tag, base language.Base, pref *glossary.Term, day time.Time) *glossary.Term {
	if pref == nil || day.IsZero() || pref.From.IsZero() && pref.Until.IsZero() || pref.UsedAt(day) {
		return pref.At(day)
	}
	inLang := func(t *glossary.Term) bool {
		if t.Lang == lang {
			return true
		}
		b, _ := t.Lang.Base()
		return b == base
	}
	for _, st := range []glossary.Status{glossary.Preferred, glossary.Admitted, glossary.Superseded} {
		for _, t := range e.Terms {
			if t.Status == st && inLang(t) && t.UsedAt(day) {
				return t
			}
		}
	}
	for _, t := range e.Terms {
		if t.Status == glossary.Admitted && inLang(t) && t.From.IsZero() && t.Until.IsZero() {
			return t
		}
	}
	return pref
}

// titledInsideName appends the deprecated-term findings of a form right
// only until a day, past it on day, that begins inside a person's full name
// at one of its later words and runs on past it: 우리베 대통령 (President
// Uribe, right while in office) in 알바로 우리베 대통령, which the matcher,
// leftmost-longest, reads as the full name 알바로 우리베 and a word after it
// (check13m: a titled form past its day written after the full name, an
// error as the titled form alone is). Only the person's full-name matches
// followed by a space are tried, each on the few words from the later word
// of the name to the end of the word after it.
func (c *Checker) titledInsideName(out []Finding, file, text string, ms []glossary.Match, lang language.Tag, p *pos, day time.Time) []Finding {
	var mt *glossary.Matcher
	var buf [4]glossary.Match
	for _, m := range ms {
		if m.Short || m.Entry.Type != glossary.Person || m.End+1 >= len(text) || text[m.End] != ' ' || m.Suffix != "" {
			continue
		}
		ws := strings.LastIndexByte(text[m.Start:m.End], ' ')
		if ws < 0 {
			continue
		}
		ws += m.Start + 1
		end := m.End + 1
		for end < len(text) && text[end] != ' ' && text[end] != '\n' {
			end++
		}
		if mt == nil {
			mt = c.matcher(lang)
		}
		for _, t := range mt.AppendAll(buf[:0], text[ws:end]) {
			if t.Start != 0 || ws+t.End <= m.End || t.Entry == m.Entry {
				continue
			}
			t.Start, t.End = ws+t.Start, ws+t.End
			if t.Term.Windows() != nil { // a form of several windows: the day's (termsAt)
				d := day
				if d.IsZero() {
					d = today()
				}
				t.Term = t.Term.At(d)
			}
			if !expiredForm(t, day) {
				break
			}
			out = c.deprecated(out, file, text, []glossary.Match{t}, nil, nil, nil, lang, "", p, day, "")
			break
		}
	}
	return out
}
