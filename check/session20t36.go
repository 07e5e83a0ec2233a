package check

import (
	"slices"
	"strings"

	"bitext/glossary"
	"bitext/romanize"
)

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

// romanizedForm reports whether the dated form of m is a romanization of
// the entry's Korean replaced by another (see above).
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
