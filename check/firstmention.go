package check

import (
	"strings"
	"time"
	"unicode/utf8"

	"bitext/glossary"
	"bitext/romanize"
)

// first-mention: the rules that decide whether a person's (or an
// abbreviation's) first mention by a short or other form is one: a kin noun
// before a given name, a quotation, a full form right after, a gloss, a
// Korean title, an abbreviation spelled out first.

// formAfter reports whether another one-word form of person e in lang
// follows the one-word Korean form of match m after one space: 키트
// 헤링턴, 로즈 레슬리, where a list holds the given name and the surname as
// two forms of their own; the two make the full name, no first mention by
// one of them (held-out-glossary-17, ntrex-odd 866 and 869).
func formAfter(text string, m glossary.Match, e *glossary.Entry, forms []*glossary.Term) bool {
	if e.Type != glossary.Person || m.End+1 >= len(text) || text[m.End] != ' ' || strings.Contains(text[m.Start:m.End], " ") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[m.Start:]); !isHangulSyllable(r) {
		return false
	}
	rest := text[m.End+1:]
	for _, t := range forms {
		if t.Status.Forbidden() || t.Text == text[m.Start:m.End] || strings.Contains(t.Text, " ") || !strings.HasPrefix(rest, t.Text) {
			continue
		}
		return true
	}
	return false
}

// preferredAfter gives the start of the next match of term pref in ms
// after index i, or -1.
func preferredAfter(ms []glossary.Match, i int, pref *glossary.Term) int {
	for j := i + 1; j < len(ms); j++ {
		if ms[j].Term == pref {
			return ms[j].Start
		}
	}
	return -1
}

// fullMention reports whether a person's first mention by the allowed form
// t, not the preferred form pref, still names the person in full, so no
// first-mention is due: t is pref after a title ("Rev. David Johnson" for
// David Johnson: house24's default false alarm; titledForm), or pref is
// right only until a day the article's day (else today) is after and t is
// the form that took its place that day ("Pope Emeritus Benedict XVI" from
// 2013-02-28 for "Pope Benedict XVI": check11x's clean false alarm).
//
// Session 19 (helper T22, issue #11): the kinds the fresh lists of session
// 18 (house22, house24) still missed, and check11x's clean false alarm.
func fullMention(e *glossary.Entry, t, pref *glossary.Term, day time.Time) bool {
	if titledForm(t.Text, pref.Text) || peerStyle(t.Text, pref.Text) || datedTitle(t, pref, day) || // Lord Adonis (firstmention.go), Crown Prince Abdullah (dated.go)
		koreanTitledFull(t.Text, pref.Text) || koreanTitledAround(t.Text, pref.Text) { // 김정은 위원장 (firstmention.go); 추기경 크레셴치오 세페 대주교 (firstmention_titledfull.go)
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

// Korean first mentions that are none (session 19, helper T23; the default
// false alarms of held-out-glossary-21 and -22, seen): a Korean article
// names the person first in a spelling the list lacks, then by a listed
// one-word form, which reads as a first mention by a short or admitted
// form. namedBeforeKorean reports whether the one-word Korean form of
// person e at match m follows such a spelling:
//
//   - the Hangul words right before it make with it a listed form of three
//     words or more but one word, the first as listed: 수토포 푸어오 누그로호
//     for 수토포 푸루우 누그로호;
//   - earlier in the text or ending with it, a listed form with a hyphen,
//     written without it or with a space: 왈리드 알무알렘 for 왈리드 알-무알렘,
//     then 무알렘;
//   - earlier in the text, at a word's start, the form with its first
//     syllable read by the initial-sound law the other way: 리용호, then
//     이용호.
//
// Session 19 (helper T23, issue #11): A lower-case form of several words (a
// term, a title) with one word of six letters or more one edit away and
// every other word as listed: "circular econmy", "transmision lines",
// "emergency arbitation". The changed word keeps its first and last letters
// (so no plural, no other ending: "transmission line" is no near miss of
// "transmission lines"), is at most one letter longer or shorter, and is no
// word of any glossary form. The window overlaps no glossary match.
//
// Session 19 (helper T23, issue #11): A place of several words is a near
// miss as a person's or body's name is (nearmiss.go), with one word of six
// letters or more changed and the others as listed: "Seattle-Tacoma
// Internatonal Airport".
func namedBeforeKorean(text string, m glossary.Match, e *glossary.Entry, forms []*glossary.Term) bool {
	form := text[m.Start:m.End]
	if e.Type != glossary.Person || strings.Contains(form, " ") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(form); !isHangulSyllable(r) {
		return false
	}
	before := text[:m.Start]
	for _, t := range forms {
		if t.Status.Forbidden() {
			continue
		}
		ws := strings.Fields(t.Text)
		if len(ws) >= 3 && ws[len(ws)-1] == form && hangulWordsBefore(before, ws[:len(ws)-1]) {
			return true
		}
		if strings.Contains(t.Text, "-") {
			upTo := text[:m.End]
			if strings.Contains(upTo, strings.ReplaceAll(t.Text, "-", "")) || strings.Contains(upTo, strings.ReplaceAll(t.Text, "-", " ")) {
				return true
			}
		}
	}
	return initialLawBefore(before, form) || respeltFullBefore(before, form, e) // 캐버노 after 브렛 카바노 (firstmention.go)
}

// hangulWordsBefore reports whether the words of text right before its end
// (one space before it) are ws, the first exact and at most one other
// differing.
func hangulWordsBefore(text string, ws []string) bool {
	got := make([]string, len(ws))
	end := len(text)
	for k := len(ws) - 1; k >= 0; k-- {
		if end < 1 || text[end-1] != ' ' {
			return false
		}
		end--
		start := hangulRunStart(text, end)
		if start == end {
			return false
		}
		got[k] = text[start:end]
		end = start
	}
	if got[0] != ws[0] {
		return false
	}
	diff := 0
	for k := range ws {
		if got[k] != ws[k] {
			diff++
		}
	}
	return diff <= 1
}

// initialLawBefore reports whether text has, at a word's start, form with
// its first syllable changed by the initial-sound law (ㄹ or ㄴ for ㅇ, ㄹ for
// ㄴ, or the reverse) and the rest as it is.
func initialLawBefore(text, form string) bool {
	r, n := utf8.DecodeRuneInString(form)
	key := initialLaw(r)
	rest := form[n:]
	if rest == "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(text[i:], rest)
		if j < 0 {
			return false
		}
		j += i
		i = j + 1
		s, sn := utf8.DecodeLastRuneInString(text[:j])
		if !isHangulSyllable(s) || s == r || initialLaw(s) != key {
			continue
		}
		if k := j - sn; k == 0 || !isHangulSyllable(lastRune(text[:k])) {
			return true
		}
	}
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// attributiveByFirst holds attributiveNouns by their first byte, so that
// attributive, run on every first mention of a person since
// attributiveFirst, tries only the few that may follow.
var attributiveByFirst = func() (by [256][]string) {
	for _, w := range attributiveNouns {
		by[w[0]] = append(by[w[0]], w)
	}
	return by
}()

// peerTitles are the titles of British peers and peeresses that, with the
// surname, are a peer's full style.
//
// Session 20 (helper T31, issue #11): what house31 (the United Kingdom and
// Europe) and house32 (East Asia) found, developed on those seen parts and
// our own sentences (firstmention_test.go, respelling_test.go, unsourced_test.go, nearmiss_plural_test.go).
var peerTitles = []string{"Lord ", "Lady ", "Baroness ", "Baron ", "Viscount ", "Viscountess ", "Earl ", "Countess ",
	"Marquess ", "Marchioness "}

// peerStyle reports whether form is a peer's title and the last word of
// name, a name of two words or more (Lord Adonis for Andrew Adonis).
//
// Session 20 (helper T31, issue #11): A peer's title with the preferred
// form's surname (Lord Adonis for Andrew Adonis; Baroness, Viscount, Earl
// ...) is the British full style of a peer, a full first mention (peerStyle,
// in fullMention), as a title before the full name (Sir John Sawers, T22's
// titledForm) already was.
func peerStyle(form, name string) bool {
	sp := strings.LastIndexByte(name, ' ')
	if sp <= 0 {
		return false
	}
	for _, p := range peerTitles {
		if rest, ok := strings.CutPrefix(form, p); ok {
			return rest == name[sp+1:]
		}
	}
	return false
}

// glossedFull reports whether the one-word Korean person form of match m
// in text is glossed right after it, in brackets, by one of the entry's
// English forms (forms) of two words or more: "조란 자에브(Zoran Zaev)"
// names the person in full whatever the list holds of the Hangul given
// name (house31's ntrex 494, 자에브 read as a first mention by surname
// alone). A Korean form of several words (이 영호(Ri Yong Ho)) is a full
// form of its own, judged as before.
func glossedFull(text string, m glossary.Match, forms []*glossary.Term) bool {
	if m.Entry.Type != glossary.Person || strings.Contains(text[m.Start:m.End], " ") || m.End >= len(text) || text[m.End] != '(' {
		return false
	}
	in, _, ok := strings.Cut(text[m.End+1:], ")")
	if !ok {
		return false
	}
	in = strings.TrimSpace(in)
	for _, t := range forms {
		if !t.Status.Forbidden() && strings.Contains(t.Text, " ") && strings.EqualFold(in, t.Text) {
			return true
		}
	}
	return false
}

// kinNouns name a relative: the word before a given name that names the
// person through the relative beside ("his wife Zorica").
//
// Session 20 (helper T33, issue #11): what house33 (international
// organisations, Russia, Ukraine) and house34 (people in the news) found,
// developed on those seen parts, their planted sets and our own sentences
// (unsourced_test.go, inconsistent_test.go, nearmiss_test.go, firstmention_test.go, namedbefore_test.go, dated_test.go, inconsistent_hangul_test.go).
var kinNouns = map[string]bool{
	"wife": true, "husband": true, "son": true, "daughter": true, "mother": true, "father": true,
	"brother": true, "sister": true, "child": true, "partner": true, "fiancee": true, "fiancée": true,
	"fiance": true, "fiancé": true, "widow": true, "widower": true, "stepson": true, "stepdaughter": true,
	"grandson": true, "granddaughter": true, "nephew": true, "niece": true, "cousin": true, "uncle": true,
	"aunt": true, "girlfriend": true, "boyfriend": true, "baby": true, "twin": true, "stepmother": true,
	"stepfather": true, "grandmother": true, "grandfather": true, "mum": true, "mom": true, "dad": true,
}

// possessives open a kin noun's phrase ("his wife", "their son").
var possessives = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true}

// kinGiven reports whether the match m, a one-word form of person e that is
// a word of its preferred form pref, stands right after a kin noun that a
// possessive opens, one word between at most, a comma after the noun
// allowed: "his wife Zorica", "his eldest son Dushko", "Ms Davis' son
// Tyler", "Zaev's wife, Zorica".
//
// Session 20 (helper T33, issue #11): A one-word admitted form of a person,
// a word of the preferred form, right after a kin noun that a possessive
// opens ("his wife Zorica", "his son Dushko", "Ms Davis' son Tyler") names
// the person through the relative named beside, the use a list admits a
// given name for: no first mention (kinGiven).
func kinGiven(text string, m glossary.Match, pref string) bool {
	form := m.Term.Text
	if strings.ContainsRune(form, ' ') || !containsWord(pref, form) {
		return false
	}
	words := wordsBefore(text, m.Start, 4)
	if len(words) < 2 {
		return false
	}
	k := len(words) - 1
	if kinNouns[strings.ToLower(strings.TrimSuffix(words[k], ","))] {
		k--
	} else {
		return false
	}
	for n := 0; n < 2 && k >= 0; n, k = n+1, k-1 {
		w := words[k]
		if strings.ContainsAny(w, ".!?;:\"“”") {
			return false
		}
		if possessives[strings.ToLower(w)] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") ||
			len(w) > 2 && (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")) {
			return true
		}
	}
	return false
}

// wordsBefore returns up to n space-separated words of text's line before
// i, in order.
func wordsBefore(text string, i, n int) []string {
	line := text[strings.LastIndexByte(text[:i], '\n')+1 : i]
	ws := strings.Fields(line)
	if len(ws) > n {
		ws = ws[len(ws)-n:]
	}
	return ws
}

// longerKoreanName reports whether m, a person's one-word Korean form,
// begins a longer Korean name there: the form and the Hangul words after
// it, one a word of the English preferred form after the form's own
// (Sutopo Purwo Nugroho), begin as those English words do by their
// romanization's first letter (romanize.Key): 수토포 푸어오 누그로호가 is
// the full name, which the list does not hold, not the short form 수토포
// (house35, held-out-glossary-35: three false first mentions). A title
// after the form (수토포 대변인) begins otherwise and stays a short form.
//
// Session 20 (helper T34, issue #11): what house35 and house36 found.
func longerKoreanName(text string, m glossary.Match, pref *glossary.Term) bool {
	if m.Entry == nil || m.Entry.Type != glossary.Person || pref == nil || m.Suffix != "" ||
		strings.Contains(m.Term.Text, " ") || m.End >= len(text) || text[m.End] != ' ' {
		return false
	}
	en := strings.Fields(pref.Text)
	if len(en) < 2 || !sameInitial(romanize.Word(m.Term.Text), en[0]) {
		return false
	}
	i := m.End
	for _, w := range en[1:] {
		if i >= len(text) || text[i] != ' ' {
			return false
		}
		i++
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !isHangulSyllable(r) {
				break
			}
			j += n
		}
		if j == i || !sameInitial(romanize.Word(text[i:j]), w) || !skeletonBegins(text[i:j], w) { // not 갈릴레이 관련 (skeleton.go)
			return false
		}
		i = j
	}
	return true
}

// sameInitial reports whether two romanized words begin with one letter
// of romanize.Key (p and b, k and g, l and r ... one).
func sameInitial(a, b string) bool {
	ka, kb := romanize.Key(a), romanize.Key(b)
	return ka != "" && kb != "" && ka[0] == kb[0]
}

// glossedShort reports whether m, a person's Korean form, is the preferred
// Korean form with a bracketed gloss without Hangul between the form and
// the rest of it: 만다기(Mandagi) 씨 for the preferred 만다기 씨 (house35,
// held-out-glossary-35: a false first mention), the full form written
// with the gloss where it names the person, not the short form alone.
func glossedShort(text string, m glossary.Match, pref *glossary.Term) bool {
	if m.Entry == nil || m.Entry.Type != glossary.Person || pref == nil || m.Suffix != "" || m.End >= len(text) || text[m.End] != '(' {
		return false
	}
	rest, ok := strings.CutPrefix(pref.Text, m.Term.Text)
	if !ok || rest == "" {
		return false
	}
	in, after, ok := strings.Cut(text[m.End+1:], ")")
	if !ok || strings.TrimSpace(in) == "" || strings.ContainsAny(in, "(\n") {
		return false
	}
	for _, r := range in {
		if isHangulSyllable(r) {
			return false
		}
	}
	return strings.HasPrefix(after, rest)
}

// koreanTitledFull reports whether form, a Korean form of a person, is the
// preferred Korean form name with one or two titles after it, which follow
// the name in Korean: a title of personTitles or a chief's title in 장
// (김정은 위원장 for 김정은; 회장, 의장, 사장), so the form names the person in
// full, no first mention by a short form (house39, held-out-glossary-39).
// Since session 27 (helper T96) an honorific last too (koreanHonorifics:
// 박동선 씨, or glued, 박동선씨; check15x-missed, house128), which Korean
// puts after a full name as it puts a title; the surname with one (박 씨)
// is no full name. Helper T99: the knight's 경 (Sir) too (윌리엄 하모
// 소니크로프트 경, house130; fullNameHonorific). Since session 28 (helper
// T114, firstmention_titledfull.go) every title of koreanTitleWord (추기경,
// 목사, 감독, 대표), by the lead's session-27 ruling: a titled full name at
// a first mention is a full first mention.
// A word that dates the title may come first (노무현 전 대통령:
// dropTitleTense, firstmention_formertitle.go).
// A name's suffix (케네스 폴라이트 주니어, Kenneth Polite Jr.) makes another
// full name and stays a finding (held-out-glossary-5, judged real).
func koreanTitledFull(form, name string) bool {
	if !hasHangul(name) {
		return false
	}
	rest, ok := strings.CutPrefix(form, name)
	if !ok {
		return false
	}
	if fullNameHonorific(rest) {
		return true // 박동선씨: an honorific glued to the name (koreantitles.go)
	}
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	ws := dropTitleTense(strings.Fields(rest)) // 노무현 전 대통령 (firstmention_formertitle.go)
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	for i, w := range ws {
		if i == len(ws)-1 && fullNameHonorific(w) {
			continue // 박동선 씨 (session 27, helper T96); 윌리엄 하모 소니크로프트 경 (T99)
		}
		if !koreanTitleWord(w) && // 크레셴치오 세페 추기경, 버나드 밴 목사 (session 28, helper T114: firstmention_titledfull.go)
			!(i == 0 && len(ws) == 2 && titleBody(w)) { // 리창 국무원 총리: a title's body (koreantitles.go)
			return false
		}
	}
	return true
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

// abbreviationFirst reports whether ms[i], the first mention of its entry
// (a term's or a body's) in an English article, is an abbreviation written before
// the entry's spelled-out preferred form pref, which a later match of the
// same entry gives in words (any allowed form of several words).
//
// - An English article's first mention of a term (type term) by an: An
// English article's first mention of a term (type term) by an abbreviation
// the list admits (GDP, FTA, WMD) where its preferred form is spelled out
// (gross domestic product) and the article spells it out (any allowed form
// of several words) only later is a first mention (first-mention, a
// warning): the desk spells the term out first, as it names a person in full
// before the surname (check12v's planted GDP, FTA and WMD); a body's too
// since session 22 (helper T45, the lead's decision: check12w's FDA, CDC and
// NTSB; firstmention.go). Not for places, whose abbreviations are names the
// news gives at a first mention (the US; a feature's since session 24:
// featureAbbreviation, placeabbreviation.go; T44 left out bodies as such too,
// the EU, the NHS, GOP, which the house convention counts as deviations),
// nor in a quotation (a speaker's words, "spot Bitcoin ETP shares",
// g25-wmt24pp 61), nor for an abbreviation the article never spells out or a
// preferred form that is itself one (NATO).
func abbreviationFirst(ms []glossary.Match, i int, pref *glossary.Term) bool {
	m := ms[i]
	if m.Entry.Type != glossary.TermType && m.Entry.Type != glossary.Organization && !featureAbbreviation(m.Entry) || pref == nil || m.Term == pref || !pluralAbbreviation(m.Term.Text) && !mixedAbbreviation(m.Term.Text) || // VMAs too (firstmention.go); AfD (firstmention.go)
		!strings.ContainsRune(pref.Text, ' ') && !lettersOf(m.Term.Text, pref.Text) && !initialsOfForm(m.Term.Text, m.Entry, m.Term.Lang) || glossary.Abbreviation(pref.Text) { // KMT before Kuomintang (firstmention.go); UAV before drone (abbrevinitials.go)
		return false
	}
	initials := initialsOfForm(m.Term.Text, m.Entry, m.Term.Lang)
	for _, n := range ms[i+1:] {
		if n.Entry == m.Entry && !n.Short && !n.Term.Status.Forbidden() && (strings.ContainsRune(n.Term.Text, ' ') || lettersOf(m.Term.Text, n.Term.Text) || initials) && !glossary.Abbreviation(n.Term.Text) {
			return true
		}
	}
	return false
}

// abbreviationAside reports whether the abbreviation m stands where it is
// no first mention by itself (abbreviationFirst): in brackets, the gloss of
// the words before it ("The Scottish Council of Independent Schools
// (SCIS)", g31-ntrex-odd 655, a name the gate did not read after a
// capital The), or in a standfirst, the second line of an article whose
// first is a headline, not ending as a sentence ("As the latest tranche of
// NHS figures reveals more bad news, we should be outraged", wmt24pp 80);
// or after the entry was named by a related form (relatedBefore: GOP after
// "Senate Republican Leader", firstmention.go).
func abbreviationAside(text string, m glossary.Match) bool {
	if m.Start > 0 && text[m.Start-1] == '(' && m.End < len(text) && text[m.End] == ')' {
		return true
	}
	if relatedBefore(text, m) {
		return true // GOP after "Senate Republican Leader" (firstmention.go)
	}
	first := firstLine(text)
	if first >= len(text) || !isHeadline(text) {
		return false
	}
	nl := strings.IndexByte(text[first:], '\n')
	if nl < 0 {
		return false
	}
	second := firstLine(text[first+nl+1:]) + first + nl + 1
	if m.Start < second {
		return false
	}
	line := lineAt(text, second)
	return m.Start < second+len(line) && !sentenceEnd(strings.TrimSpace(line))
}

// koreanShortOf reports whether the Korean form short abbreviates full
// (koreanAbbreviation, inconsistent_hangul.go) and is the shorter of the two:
// one word with no space.
//
// Session 22 (helper T49, issue #11): A Korean article's first mention of a
// body or a term by an abbreviation the list admits (국정원, 인혁당)
// where its preferred form is the spelled-out name (국가정보원,
// 인민혁명당) and the article gives the full name only later is a first
// mention (first-mention, a warning), as abbreviationFirst does for English
// (GDP before gross domestic product; firstmention.go): check13e's 국정원
// before 국가정보원. A Korean abbreviation is a form of Hangul
// syllables only, no space, shorter than the full name and its syllables in
// order among the full name's (koreanShortOf, koreanAbbreviation).
func koreanShortOf(short, full string) bool {
	return !strings.ContainsRune(short, ' ') && hangulOnly(short) && len([]rune(short)) < len([]rune(full)) && koreanAbbreviation(short, full)
}

// koreanAbbreviationFirst reports whether ms[i], the first mention of its
// entry (a term's or a body's) in a Korean article, is an abbreviation
// (koreanShortOf) of the entry's preferred form pref written before a
// later match of the same entry gives a full form (an allowed form the
// abbreviation abbreviates too).
func koreanAbbreviationFirst(ms []glossary.Match, i int, pref *glossary.Term) bool {
	m := ms[i]
	if m.Entry.Type != glossary.TermType && m.Entry.Type != glossary.Organization || pref == nil || m.Term == pref ||
		m.Term.Status.Forbidden() || !koreanShortOf(m.Term.Text, pref.Text) {
		return false
	}
	for _, n := range ms[i+1:] {
		if n.Entry == m.Entry && !n.Short && !n.Term.Status.Forbidden() && koreanShortOf(m.Term.Text, n.Term.Text) {
			return true
		}
	}
	return false
}

// pluralAbbreviation reports whether form is an abbreviation
// (glossary.Abbreviation) or one with a plural s (VMAs, Oscars no: the rest
// must be an abbreviation of two capitals or more).
//
// - abbreviationFirst takes an abbreviation's plural as an abbreviation:
// abbreviationFirst takes an abbreviation's plural as an abbreviation
// (pluralAbbreviation): VMAs before the MTV Video Music Awards (check13f's
// planted first mention).
func pluralAbbreviation(form string) bool {
	return glossary.Abbreviation(form) || len(form) > 2 && form[len(form)-1] == 's' && glossary.Abbreviation(form[:len(form)-1])
}

// A Korean article that named the person in full earlier in a Hangul
// spelling the list lacks, then by a listed one-word form, gave no first
// mention by that form (house39's 캐버노 after 브렛 카바노, ntrex-even 1067
// and 1072; house43's, house46's and house47's 몰리나리 after 프란시스코
// 몰리너리(Francesco Molinari), ntrex-even 719 and 722: five false alarms,
// the same two pairs). respeltFullBefore reports whether before, the
// article's text before the one-word form, holds such a full name:
//
//   - a word spelling the form's consonants with other vowels, as many
//     syllables (three or more: a shorter surname's consonants are too
//     common), a whole word (a particle may follow: wordEnds), and
//   - right before it, after one space, the first word of a listed Korean
//     full form of the person whose last word is the form (브렛 of 브렛
//     캐버노), or right after it, in brackets, a listed English full form
//     of the person ((Francesco Molinari)).
//
// Another person of the surname (트랙 페일린, Sarah Palin's son) has
// another given name and no gloss of the listed one: still a first mention.
//
// Session 23 (helper T51, issue #11): false alarms that recur across the
// seen house lists, the cause being the gate, not a list.
func respeltFullBefore(before, form string, e *glossary.Entry) bool {
	n := utf8.RuneCountInString(form)
	if n < 3 {
		return false
	}
	want := hangulConsonants(form)
	var givens []string // first words of the listed Korean full forms ending in form
	var english []string
	for _, t := range e.Terms {
		if t.Status.Forbidden() || !strings.Contains(t.Text, " ") {
			continue
		}
		if hasHangul(t.Text) {
			if ws := strings.Fields(t.Text); len(ws) >= 2 && ws[len(ws)-1] == form {
				givens = append(givens, ws[0])
			}
		} else {
			english = append(english, t.Text)
		}
	}
	for i := 0; i < len(before); {
		r, size := utf8.DecodeRuneInString(before[i:])
		if !isHangulSyllable(r) || isHangulSyllableBefore(before, i) {
			i += size
			continue
		}
		// A word starts at i: its first n syllables.
		end, k := i, 0
		for k < n && end < len(before) {
			r, sz := utf8.DecodeRuneInString(before[end:])
			if !isHangulSyllable(r) {
				break
			}
			end += sz
			k++
		}
		if k == n && wordEnds(before, end) && before[i:end] != form && hangulConsonants(before[i:end]) == want &&
			(givenRightBefore(before, i, givens) || englishGlossAfter(before, end, english)) {
			return true
		}
		i = end // past the word's first syllables (a Hangul syllable at least)
	}
	return false
}

// givenRightBefore reports whether one of givens stands in text right
// before i, one space between, at a word's start.
func givenRightBefore(text string, i int, givens []string) bool {
	if i < 1 || text[i-1] != ' ' {
		return false
	}
	start := hangulRunStart(text, i-1)
	w := text[start : i-1]
	for _, g := range givens {
		if w == g {
			return true
		}
	}
	return false
}

// englishGlossAfter reports whether text at i opens a bracket holding one
// of the English full forms, in any case.
func englishGlossAfter(text string, i int, forms []string) bool {
	if i >= len(text) || text[i] != '(' {
		return false
	}
	in, _, ok := strings.Cut(text[i+1:], ")")
	if !ok {
		return false
	}
	in = strings.TrimSpace(in)
	for _, f := range forms {
		if strings.EqualFold(in, f) {
			return true
		}
	}
	return false
}

// hangulConsonants returns the consonants of a Hangul word, syllable by
// syllable: the initial (the silent ㅇ left out) and the final of each, as
// jamo indices. 카바노 and 캐버노, 몰리너리 and 몰리나리 give the same.
func hangulConsonants(w string) string {
	var b []byte
	for _, r := range w {
		if !isHangulSyllable(r) {
			continue
		}
		s := int(r - 0xAC00)
		if ini := s / 588; ini != 11 { // ㅇ
			b = append(b, byte('A'+ini))
		}
		if fin := s % 28; fin != 0 {
			b = append(b, byte('a'+fin))
		}
	}
	return string(b)
}

// relatedBefore reports whether text before the match m has one of its
// entry's related forms (Republican for the Republican Party) as a word,
// in its own case.
func relatedBefore(text string, m glossary.Match) bool {
	for _, t := range m.Entry.Terms {
		if t.Lang != m.Term.Lang {
			continue
		}
		for _, r := range t.Related {
			if glossary.HasWord(text[:m.Start], r) {
				return true
			}
		}
	}
	return false
}

// lettersOf reports whether the letters of abbr, an abbreviation, are
// letters of word, a one-word name, in order, the first its first (KMT
// and Kuomintang), and abbr not word in capitals (NYMEX, Nymex).
//
// Session 23, helper T52 (issue #11): lettersOf: an abbreviation of a
// one-word name, whose letters are that name's in order but no initials (KMT
// for Kuomintang), written before the name is spelled out, is a first
// mention as GDP before gross domestic product is (abbreviationFirst,
// firstmention.go).
func lettersOf(abbr, word string) bool {
	a := strings.ToLower(strings.TrimSuffix(strings.ReplaceAll(abbr, ".", ""), "s"))
	w := strings.ToLower(word)
	if len(a) < 2 || strings.ContainsRune(w, ' ') || a == w || pluralAbbreviation(word) || !strings.HasPrefix(w, a[:1]) {
		return false
	}
	k := 0
	for i := 0; i < len(w) && k < len(a); i++ {
		if w[i] == a[k] {
			k++
		}
	}
	return k == len(a)
}

// onceAsDeprecated drops each first-mention warning whose span is the
// span of a deprecated-term finding (the lead's decision, session 23): a
// form right only until a day and past it, at a person's first mention
// (Duke of Cambridge, 찰스 왕세자), is reported once, as the dated error, as
// a superseded form already is. out is filtered in place.
//
// Session 23 (helper T56, issue #11).
func onceAsDeprecated(out []Finding) []Finding {
	dep := 0
	for i := range out {
		if out[i].Rule == RuleDeprecated {
			dep++
		}
	}
	if dep == 0 {
		return out
	}
	kept := out[:0]
	for _, f := range out {
		if f.Rule == RuleFirstMention && sameSpanAs(out, f, RuleDeprecated) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// sameSpanAs reports whether a finding of rule in fs covers exactly f's
// span in f's file.
func sameSpanAs(fs []Finding, f Finding, rule string) bool {
	for _, d := range fs {
		if d.Rule == rule && d.File == f.File && d.Line == f.Line && d.Column == f.Column &&
			d.EndLine == f.EndLine && d.EndColumn == f.EndColumn {
			return true
		}
	}
	return false
}

// mixedAbbreviation reports whether form is one word of five letters at
// most, a capital first, more capitals than lower-case letters (AfD, MoD,
// DfE; not Nato, BaFin).
//
// An abbreviation in mixed case before its spelled-out form is a first
// mention as one in capitals is (check13t-missed: "The AfD came up ...;
// the Alternative for Germany was named again", the 11 all-capital ones
// found): abbreviationFirst.
func mixedAbbreviation(form string) bool {
	if len(form) < 3 || len(form) > 5 || form[0] < 'A' || form[0] > 'Z' {
		return false
	}
	caps, lower := 0, 0
	for i := 0; i < len(form); i++ {
		switch c := form[i]; {
		case 'A' <= c && c <= 'Z':
			caps++
		case 'a' <= c && c <= 'z':
			lower++
		default:
			return false
		}
	}
	return lower > 0 && caps > lower
}
