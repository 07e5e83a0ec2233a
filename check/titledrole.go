package check

import (
	"strings"

	"bitext/glossary"
	"golang.org/x/text/language"
)

// roleAfterTitle reports whether the Korean form m, a titled form the
// glossary dates (이명박 대통령, right while he held the office), is
// followed by a word that makes its title part of another role: 후보 or
// 후보자 (candidate), 예비후보, 당선인 or 당선자 (-elect), 내정자 (designate),
// 지명자 (nominee). 이명박 대통령 후보 is the presidential candidate Lee, 이명박
// 대통령 당선인 the president-elect (house74's held-out-glossary-74, kpc-test
// 1827 and 1854): the form does not name the office held, so its dates
// say nothing of the story's.
func roleAfterTitle(text string, m glossary.Match, lang language.Tag) bool {
	if isEnglish(lang) || m.Term.Until.IsZero() && m.Term.From.IsZero() || m.Suffix != "" {
		return false
	}
	rest := strings.TrimPrefix(text[m.End:], " ")
	for _, w := range titledRoles {
		if strings.HasPrefix(rest, w) && wordEnds(rest, len(w)) {
			return true
		}
	}
	return false
}

// titledRoles are the Korean words after a title that name another role
// than the office: a candidate for it, one elected or named to it.
var titledRoles = []string{"후보자", "후보", "예비후보", "당선인", "당선자", "내정자", "지명자"}
