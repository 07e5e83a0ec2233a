package check

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"bitext/glossary"
	"golang.org/x/text/language"
)

// Session 21 (helper T41, issue #11): what house43 (people) and house44
// (bodies) found (held-out-glossary-43 and -44, seen).

// qualifiedPast reports whether the English form m, right only until a
// day (a title dated while held: Vice President Joe Biden to 2017-01-20),
// is qualified as past by the word right before it: "former", "ex-",
// "then" or "then-" ("former Vice President Joe Biden" in a 2018 story,
// held-out-glossary-43's ntrex-odd 1019). The form names what the person
// or body was, which is right on any later day; an expired form used
// bare is still reported.
func qualifiedPast(text string, m glossary.Match, lang language.Tag) bool {
	if !isEnglish(lang) || m.Term.Until.IsZero() || m.Start == 0 {
		return false
	}
	before := strings.ToLower(text[max(0, m.Start-8):m.Start])
	if strings.HasSuffix(before, "ex-") || strings.HasSuffix(before, "then-") {
		return true
	}
	w, _ := prevWord(text, m.Start)
	if text[m.Start-1] != ' ' {
		return false
	}
	switch strings.ToLower(w) {
	case "former", "then":
		return true
	}
	return false
}

// bodyNamedAfter reports whether the person's Korean form m is followed
// in the source by a noun of a body named after the person (크롬웰 연맹, the
// Cromwell Society, held-out-glossary-43's ntrex-odd 169; 재단, 협회,
// 기념관 ...: attributiveNouns), with no particle between: the source
// names the body, not the person, so the English owes the person no form
// (the admitted one-word 크롬웰 is no short form, which attributive
// already left out).
func bodyNamedAfter(source string, m glossary.Match) bool {
	if m.Entry.Type != glossary.Person || m.Suffix != "" || m.End+1 >= len(source) || source[m.End] != ' ' {
		return false
	}
	rest := source[m.End+1:]
	for _, w := range koreanBodyNouns {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// koreanBodyNouns are the Korean nouns of attributiveNouns that name a
// body or a building (not 정부 or 행정부, the person's own government).
var koreanBodyNouns = []string{"연맹", "협회", "재단", "연구소", "기념관", "기념사업회", "박물관", "도서관"}

// untitledRole returns the words of a Korean form without the titles at
// its end, and whether there was one, as untitled does, the role words of
// koreanRoles (감독, 대변인, 위원장 ...) and words ending in 장 (회장,
// 사장) counted as titles too: 로스 감독 after 잭 로스 is a titled second
// reference (house43's held-out-glossary-43 ntrex-odd 1359; titledSurname).
func untitledRole(s string) ([]string, bool) {
	w := strings.Fields(s)
	t := false
	for len(w) > 1 {
		l := w[len(w)-1]
		_, role := koreanRoles[l]
		if !isPersonTitle(l) && !role && !(hangulOnly(l) && utf8.RuneCountInString(l) >= 2 && strings.HasSuffix(l, "장")) {
			break
		}
		w = w[:len(w)-1]
		t = true
	}
	return w, t
}

// koreanAbbreviation reports whether the Korean forms a and b of one
// entry are a syllable abbreviation and its full name, in either order:
// with the words they share set aside, one word left on each side, the
// shorter of two syllables or more, beginning with the longer's first
// syllable and its syllables found in order in the longer, a syllable
// beginning with ㄹ matching one beginning with ㅇ or ㄴ (두음 법칙: 안보리
// for 안전보장이사회). 유엔 안보리 then 유엔 안전보장이사회 is an abbreviation
// and the full name, no second spelling (house44's held-out-glossary-44
// ntrex-even 763); the shorter after the longer was already none
// (shortReference).
func koreanAbbreviation(a, b string) bool {
	if !hasHangul(a) || !hasHangul(b) {
		return false
	}
	aw, bw := strings.Fields(a), strings.Fields(b)
	var ra, rb []string
	for _, w := range aw {
		if !slices.Contains(bw, w) {
			ra = append(ra, w)
		}
	}
	for _, w := range bw {
		if !slices.Contains(aw, w) {
			rb = append(rb, w)
		}
	}
	if len(ra) != 1 || len(rb) != 1 {
		return false
	}
	s, l := []rune(ra[0]), []rune(rb[0])
	if len(s) > len(l) {
		s, l = l, s
	}
	if len(s) < 2 || len(l) < len(s)+2 || s[0] != l[0] {
		return false
	}
	j := 0
	for _, r := range s {
		for j < len(l) && !sameSyllable(r, l[j]) {
			j++
		}
		if j == len(l) {
			return false
		}
		j++
	}
	return true
}

// sameSyllable reports whether the Hangul syllables a and b are one, or
// differ only by an initial ㄹ for ㅇ or ㄴ (리 for 이, 로 for 노).
func sameSyllable(a, b rune) bool {
	if a == b {
		return true
	}
	if a < 0xAC00 || a > 0xD7A3 || b < 0xAC00 || b > 0xD7A3 {
		return false
	}
	ia, ib := (a-0xAC00)/588, (b-0xAC00)/588
	if (a-0xAC00)%588 != (b-0xAC00)%588 {
		return false
	}
	const rieul, ieung, nieun = 5, 11, 2
	return ia == rieul && (ib == ieung || ib == nieun) || ib == rieul && (ia == ieung || ia == nieun)
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

// namingSentence reports whether the sentence of text around [start,end)
// speaks of names ("plans to change the name of the assembly to the Welsh
// Parliament", "renamed", "called", 이름, 명칭, 개명): a form not yet right
// that day is then told as the coming name, no finding (the one story of
// the judged parts with the Welsh Parliament before its day, NTREX 2018).
func namingSentence(text string, start, end int) bool {
	a := start
	for a > 0 && !strings.ContainsRune(".!?\n", rune(text[a-1])) {
		a--
	}
	b := end
	for b < len(text) && !strings.ContainsRune(".!?\n", rune(text[b])) {
		b++
	}
	s := strings.ToLower(text[a:start] + " " + text[end:b])
	for _, w := range []string{"name", "call", "known as", "이름", "명칭", "개명", "불리", "부르"} {
		if strings.Contains(s, w) {
			return true
		}
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

// ownCountrySourced reports whether the source of the pair names the
// entry of the organization form m with a country's name right before
// it or at its start (영국 노동당, "Britain's Labour Party"): a country's
// possessive before the English form (foreignOwner: "Britain's Labor
// Party") then names the entry's own country, not another's body, and a
// forbidden form after it is the entry's (check12r's p-20, house44). A
// source naming the entry alone (노동당) or not at all leaves the
// possessive another country's ("Australia's Labor Party").
func ownCountrySourced(pr *Pair, sm []glossary.Match, m glossary.Match) bool {
	if pr == nil || m.Entry.Type != glossary.Organization {
		return false
	}
	for _, s := range sm {
		if s.Entry != m.Entry || s.Term.Status.Forbidden() {
			continue
		}
		if ws := strings.Fields(pr.Source[s.Start:s.End]); len(ws) >= 2 && koreanCountryWord(ws[0]) {
			return true // 영국 노동당, one form
		}
		if w, _ := prevWord(pr.Source, s.Start); s.Start > 0 && pr.Source[s.Start-1] == ' ' && koreanCountryWord(w) {
			return true // 영국 then the form 노동당
		}
	}
	return false
}

// koreanCountryWord reports whether w is a Korean country name the
// English gives with a possessive (영국, 미국, 호주 ...).
func koreanCountryWord(w string) bool {
	switch w {
	case "영국", "미국", "호주", "캐나다", "프랑스", "독일", "일본", "중국", "러시아", "이스라엘", "뉴질랜드", "아일랜드", "스페인", "이탈리아", "네팔":
		return true
	}
	return false
}

// addPossessiveStem adds to ix, for the one-word name n ending in 's or
// ’s (Sainsbury's, McDonald's), its stem as a name of its own, sought
// only before an 's (possessiveAfter): the near-miss scan cuts a word's
// possessive before it compares, so "Sainsbry's" (check12r's near miss,
// house44) was compared as "Sainsbry" with "Sainsbury's", three edits.
func (ix *nameIndex) addPossessiveStem(n name) {
	stem, ok := strings.CutSuffix(n.text, "'s")
	if !ok {
		stem, ok = strings.CutSuffix(n.text, "’s")
	}
	if !ok || utf8.RuneCountInString(stem) < 6 || strings.ContainsAny(stem, "'’") {
		return
	}
	id := int32(len(ix.names))
	n.possessive, n.text, n.words = n.text, stem, []string{stem}
	n.runes = utf8.RuneCountInString(stem)
	ix.names = append(ix.names, n)
	for l := len(stem) - 1; l <= len(stem)+1 && l < 64; l++ {
		ix.first[stem[0]][l] = true
	}
	for _, d := range deletions(stem) {
		ix.single[d] = append(ix.single[d], id)
	}
}

// possessiveAfter returns the length of the 's or ’s at text[b:], else 0.
func possessiveAfter(text string, b int) int {
	for _, s := range []string{"'s", "’s"} {
		if strings.HasPrefix(text[b:], s) {
			return len(s)
		}
	}
	return 0
}

// nameGoesOn reports whether a capitalized word follows target[:i] after
// one space: a place word there is inside a longer name ("the City of
// London Police" for 런던 경찰청, check12r's p-9, house44), so
// withoutFormPlaces keeps it capitalized, and the name's last word
// (Police) is not read as the body's short name standing alone.
func nameGoesOn(target string, i int) bool {
	return i+1 < len(target) && target[i] == ' ' && upperAt(target, i+1)
}

// wordForWord reports whether a one-word near miss cand and the one-word
// name it is near are both ordinary English words of the word list
// (listedWord, lower case, five letters or more): "Grants" (of "Grants for
// Vulnerable Groups") near the Belfast Giants' "Giants" is another word,
// not the name misspelt (house44's held-out-glossary-44 wmt24pp 145, as
// G39's house39 found before). A misspelling is seldom a word itself
// (Asiena, Sainsbry); a name only miscased (Everyone for EveryOne) is
// still reported.
func wordForWord(cand, name string) bool {
	lc, ln := strings.ToLower(cand), strings.ToLower(name)
	return lc != ln && len(lc) >= 5 && len(ln) >= 5 && listedWord(lc) && listedWord(ln) // "Everyone" for EveryOne: the name miscased
}

// fullFormAfter gives the start of the next match after index i of ms of
// m's entry by an allowed form of more words than m's (the person's full
// name), or -1: a surname quoted before the attribution names the person
// in full by an admitted form as well as by the preferred (“포드(Ford)
// 박사, ...” 그레이엄은 크리스틴 블레이시 포드를 언급하면서, house43's
// held-out-glossary-43 ntrex-even 967; quotedBefore).
func fullFormAfter(ms []glossary.Match, i int, m glossary.Match) int {
	n := len(strings.Fields(m.Term.Text))
	for j := i + 1; j < len(ms); j++ {
		o := ms[j]
		if o.Entry == m.Entry && !o.Short && !o.Term.Status.Forbidden() && len(strings.Fields(o.Term.Text)) > n {
			return o.Start
		}
	}
	return -1
}
