package check

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// Session 28 (helper T111, issue #11; house156, g156-ntrex-even 931 and
// its #article, judged false): a Korean list names a person by the bare
// surname and a title (한 총리 for Han Seung-soo, 이 대통령 for Lee
// Myung-bak), and some one-syllable surnames are also determiners: 한 "a,
// one", 이 "this", 전 "former", 현 "current", 모 "a certain", 두 "two" ...
// (determinerSurnames). "궁지에 몰린 한 총리" is "an embattled prime
// minister", a film's character in a 2018 review, yet it was read as Han
// Seung-soo out of his dates (deprecated-term) and missing from the English
// (target-term-missing). Such a form, no given name in it, is read as the
// determiner and a common noun, no mention, when both hold:
//
//   - the word right before it is a modifier by its shape (adnominalBefore):
//     two Hangul syllables or more ending in ㄴ or ㄹ (몰린, 새로운, 된, 할,
//     하던), not a topic or object particle (그는, 정부를: 있는, 하는, 같은
//     are modifiers), not a word of time or sequence (이날, 한편, 최근,
//     오전) nor a place (일본, 북한); and
//   - the person is named in full nowhere the check can see (namedInFull):
//     no other Korean form of the entry in the article (a pair's own
//     source, the pairs before it and the one after), and for a pair no
//     form of the entry in its English nor a full English form in the
//     article's English so far or in the next pair's.
//
// Either alone is no proof: 취임 100일을 맞은 이 대통령은 is President Lee
// after 이명박 대통령 (a modifier before the person), and a bare 이 대통령은
// opening an article is a short form at a first mention (first-mention),
// the person still. A term with contexts of its own (house36's 한 총리
// beside 한승수 or 국무총리) is judged by them (ownContexts). TestDeterminerSurname.

// determinerSurnames are the one-syllable Korean surnames that are also
// determiners or prefixes of a noun: 한 "a, one", 이 "this", 그 "that", 저
// "that", 각 "each", 매 "every", 전 "former, whole", 현 "current", 몇
// "some", 두 "two", 세 "three", 네 "four", 모 "a certain", 본 "this", 새
// "new", 온 "whole".
const determinerSurnames = "한이그저각매전현몇두세네모본새온"

// determinerTitled reports whether form, a Korean person form, is a bare
// surname of determinerSurnames and titles (한 총리, 이 대통령 당선인, 이 전
// 시장): no given name.
func determinerTitled(form string) bool {
	if len(form) < 7 || form[3] != ' ' {
		return false // one syllable (three bytes), a space, a title
	}
	s, _ := utf8.DecodeRuneInString(form)
	if !strings.ContainsRune(determinerSurnames, s) {
		return false
	}
	ws := strings.Fields(form[4:])
	for _, w := range ws {
		if w != "전" && w != "현" && !koreanTitleWord(w) {
			return false
		}
	}
	return len(ws) > 0
}

// adnominalParticles are the last syllables of a modifier that are also a
// topic or object particle (그는, 국민은, 나를, 정부를): a modifier only
// after a verb's or adjective's stem of adnominalStems (있는, 하는, 같은).
const adnominalParticles = "은는을를"

// adnominalStems are the stems most often before 는, 은, 을 in a modifier.
const adnominalStems = "있없하되않같많"

// notModifiers are words of time, sequence and linking that end in ㄴ or
// ㄹ and stand before a sentence's subject (이날 이 대통령은, 한편 한
// 총리는).
var notModifiers = map[string]bool{
	"이날": true, "그날": true, "오늘": true, "내일": true, "전날": true, "다음날": true, "당일": true,
	"한편": true, "최근": true, "오전": true, "오후": true, "이번": true, "작년": true, "내년": true,
	"반면": true, "다만": true, "또한": true, "물론": true, "일단": true, "우선": true, "결론": true,
	"당선인": true, "당선": true, "본인": true,
}

// adnominalBefore reports whether the word of text right before off is a
// modifier by its shape (see above).
func adnominalBefore(text string, off int) bool {
	w, _ := prevWord(text, off)
	if utf8.RuneCountInString(w) < 2 || !hangulOnly(w) || notModifiers[w] || foreignPlaces[w] {
		return false
	}
	last, size := utf8.DecodeLastRuneInString(w)
	if strings.ContainsRune(adnominalParticles, last) {
		stem, _ := utf8.DecodeLastRuneInString(w[:len(w)-size])
		return strings.ContainsRune(adnominalStems, stem)
	}
	final := (last - 0xAC00) % 28
	return final == 4 || final == 8 // ㄴ, ㄹ
}

// namedInFull reports whether one of texts has a form of e in lang that
// is no bare surname and title (determinerTitled) nor one syllable alone:
// the person named with the given name.
func namedInFull(e *glossary.Entry, lang language.Tag, texts ...string) bool {
	for _, t := range e.TermsIn(lang) {
		if utf8.RuneCountInString(t.Text) < 2 || determinerTitled(t.Text) {
			continue
		}
		for _, x := range texts {
			if strings.Contains(x, t.Text) {
				return true
			}
		}
	}
	return false
}

// determinerCandidate reports whether source match m of text is a
// person's bare surname and title after a modifier (see above), no term
// with contexts of its own.
func determinerCandidate(text string, m glossary.Match) bool {
	return m.Entry != nil && m.Entry.Type == glossary.Person && m.Term != nil && !ownContexts(m.Term) &&
		determinerTitled(text[m.Start:m.End]) && adnominalBefore(text, m.Start)
}

// namedNowhere reports whether no entry of m is named in full in koTexts
// (in lang) nor in enTexts (in enLang).
func namedNowhere(m glossary.Match, lang, enLang language.Tag, koTexts, enTexts []string) bool {
	es := m.Entries
	if len(es) == 0 {
		es = []*glossary.Entry{m.Entry}
	}
	for _, e := range es {
		if e == nil || namedInFull(e, lang, koTexts...) || len(enTexts) > 0 && namedInFull(e, enLang, enTexts...) {
			return false
		}
	}
	return true
}

// anyDeterminerForm reports whether one of ms is a person's bare surname
// and title of determinerSurnames in text (cheap: read before the rest).
func anyDeterminerForm(text string, ms []glossary.Match) bool {
	for _, m := range ms {
		if m.Entry != nil && m.Entry.Type == glossary.Person && determinerTitled(text[m.Start:m.End]) {
			return true
		}
	}
	return false
}

// dropDeterminersInText leaves out of ms, the matches of a whole article
// text, the bare surnames and titles read as a determiner and a noun.
func dropDeterminersInText(ms []glossary.Match, text string, lang language.Tag) []glossary.Match {
	if !anyDeterminerForm(text, ms) {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if determinerCandidate(text, m) && namedNowhere(m, lang, lang, []string{text}, nil) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// dropDeterminersInPair leaves out of sm, the source matches of pr, the
// bare surnames and titles read as a determiner and a noun; tm are the
// target's matches (an entry among them is named).
func dropDeterminersInPair(sm, tm []glossary.Match, pr *Pair) []glossary.Match {
	if !anyDeterminerForm(pr.Source, sm) {
		return sm
	}
	var ko, en []string // made for the first candidate only
	out := sm[:0]
	for _, m := range sm {
		if determinerCandidate(pr.Source, m) && !matchedEntry(tm, m.Entry) {
			if ko == nil {
				ko = append([]string{pr.Source, pr.After}, pr.Before...)
				en = append([]string{pr.Target, pr.TargetAfter}, pr.TargetBefore...)
			}
			if namedNowhere(m, pr.SourceLang, pr.TargetLang, ko, en) {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// matchedEntry reports whether one of ms is of entry e.
func matchedEntry(ms []glossary.Match, e *glossary.Entry) bool {
	for _, m := range ms {
		if m.Entry == e {
			return true
		}
	}
	return false
}
