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
	if m.Term.Until.IsZero() && m.Term.From.IsZero() {
		return false
	}
	return titleCompoundAfter(text, m, lang)
}

// titleCompoundAfter reports whether the Korean match m is followed, after
// a space or none, by a word of titledRoles that ends there (a particle
// may follow it): the title word that ends m is then the first word of a
// compound naming another role (대통령 후보, 장관 후보자, 대통령 선거).
func titleCompoundAfter(text string, m glossary.Match, lang language.Tag) bool {
	if isEnglish(lang) || m.Suffix != "" {
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
// than the office: a candidate for it, one elected or named to it, the
// election or the race for it (대통령 선거, 대통령 경선, 대통령 출마). A word
// after a title that leaves the title its bearer's (대통령 부인, the
// president's wife; 대통령 대변인, his spokesman) is none of them.
var titledRoles = []string{"후보자", "후보", "예비후보", "당선인", "당선자", "내정자", "지명자",
	"선거", "선거전", "경선", "출마", "출마자"}

// wrongTitleInRole reports whether the forbidden Korean form m is a
// titled form whose fault can only be its title, and the title is read in
// another role there (titleCompoundAfter): m ends in a title word
// (koreanTitleWord), and its name words, without the titles and a tense
// word before them (전, 현: koreanTitleTenses), are a run of words of a
// form of the entry the list allows or of a form's short form. 베탕쿠르 전
// 대통령, forbidden because Ingrid Betancourt was never president, is right
// in 베탕쿠르 전 대통령 후보 (the former presidential candidate; house142's
// g142-kpc-test 1455, judged false). A form whose name words the list
// allows nowhere (a misspelt name with a title) is still reported before
// 후보: its name is wrong whatever the title.
func wrongTitleInRole(text string, m glossary.Match, lang language.Tag) bool {
	if m.Short || m.Term == nil || m.Entry == nil || !titleCompoundAfter(text, m, lang) {
		return false
	}
	ws, titled := untitledRole(m.Term.Text)
	if !titled {
		return false
	}
	if n := len(ws); n > 1 && koreanTitleTenses[ws[n-1]] {
		ws = ws[:n-1]
	}
	name := " " + strings.Join(ws, " ") + " "
	for _, t := range m.Entry.Terms {
		if t == m.Term || t.Status.Forbidden() || !hasHangul(t.Text) {
			continue
		}
		if strings.Contains(" "+t.Text+" ", name) || t.Short != "" && " "+t.Short+" " == name {
			return true
		}
	}
	return false
}
