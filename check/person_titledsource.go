package check

import (
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 27 (helper T105, issue #11; testdata/check16k-missed, house141):
// sourceNames lets a form right only until a day render the source's name
// of its time (과학기술부 of a 2005 story is the Ministry of Science and
// Technology; g19-kpc-test 1876). For a person's titled English form past
// its window ("President Mahmoud Ahmadinejad" after 2013, "Gen. Burwell
// Bell" after 2008) the title is what dates it, so the source renders it
// only when the source gives the person with a title too: a titled Korean
// form of the entry (아흐마디네자드 대통령), or a Korean title word before
// the name (교황 존 폴 2세, 마지막 황제 니콜라이 2세) or after it, past one
// bare word for the body and one word that dates the title (버웰 벨 장군은,
// 마흐무드 아흐마디네자드 이란 대통령이, 조지 H. W. 부시 미국 전 대통령은).
// The bare full name (마흐무드 아흐마디네자드가 말했다) dates nothing: a
// title past its window is the English's own, reported as the surname alone
// (아흐마디네자드가) already was.

// titledEnglishForm reports whether t, an English form of a person, is a
// title or honorific before the name: a word other than its last one is an
// English title word (President Mahmoud Ahmadinejad, Pope John Paul II,
// Gen. Burwell Bell, Czar Nicholas II).
func titledEnglishForm(t *glossary.Term) bool {
	if !latinOnly(t.Text) {
		return false
	}
	ws := strings.Fields(t.Text)
	for _, w := range ws[:max(len(ws)-1, 0)] {
		if englishTitleWord(w) {
			return true
		}
	}
	return false
}

// sourceTitles reports whether the source of pr (matches sm), or the source
// of the pair before or after it, gives the person of entry e with a title:
// a Korean form of e with a title word, or a form of e with a Korean title
// beside it (koreanTitledAt).
func sourceTitles(pr *Pair, sm []glossary.Match, e *glossary.Entry) bool {
	for _, m := range sm {
		if m.Entry == e && !m.Short && (koreanTitledForm(m.Term.Text) || koreanTitledAt(pr.Source, m.Start, m.End+len(m.Suffix))) {
			return true
		}
	}
	for _, s := range []string{pr.After, last(pr.Before)} {
		if s == "" {
			continue
		}
		for _, t := range e.Terms {
			if b, _ := t.Lang.Base(); b.String() != "ko" || t.Status.Forbidden() || t.Text == "" {
				continue
			}
			for off := 0; ; {
				i := strings.Index(s[off:], t.Text)
				if i < 0 {
					break
				}
				i += off
				if koreanTitledForm(t.Text) || koreanTitledAt(s, i, i+len(t.Text)) {
					return true
				}
				off = i + len(t.Text)
			}
		}
	}
	return false
}

// koreanTitledForm reports whether the Korean form of a person has a title
// word among its words (아흐마디네자드 대통령, 교황 요한 바오로 2세).
func koreanTitledForm(form string) bool {
	ws := strings.Fields(form)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if koreanTitleWord(w) {
			return true
		}
	}
	return false
}

// koreanTitledAt reports whether the name text[start:end] has a Korean
// title word right before it (교황 존 폴 2세), or after it (버웰 벨 장군은),
// where one bare word of the body (이란 대통령이, 미국 전 대통령은) and one
// word of koreanTitleTenses (전 대통령) may stand between. A name that runs
// into the next word (a particle: 아흐마디네자드가) has no title after it.
func koreanTitledAt(text string, start, end int) bool {
	if w, _ := prevWord(text, start); w != "" && koreanTitleWord(w) {
		return true
	}
	if end >= len(text) || text[end] != ' ' {
		return false
	}
	body, tense := false, false
	for k, w := range strings.Fields(text[end:]) {
		if k == 3 {
			break
		}
		w = strings.TrimRight(w, ".,!?\"'”’)")
		if hasHangul(w) && koreanTitleWord(stripParticle(w)) {
			return true
		}
		switch {
		case !tense && koreanTitleTenses[w]:
			tense = true
		case !body && w != "" && stripParticle(w) == w && !particleEnd(w) && utf8.RuneCountInString(w) <= 12:
			body = true
		default:
			return false
		}
	}
	return false
}

// titleOnlyEnglish reports whether m, a person's titled English form, is in
// a pair whose Korean source names the person without a title (sourceTitles
// false): the title past its window is the English's own choice.
func titleOnlyEnglish(pr *Pair, sm []glossary.Match, m glossary.Match) bool {
	if m.Entry.Type != glossary.Person || m.Short || !titledEnglishForm(m.Term) {
		return false
	}
	if b, _ := pr.SourceLang.Base(); b.String() != "ko" {
		return false
	}
	return !sourceTitles(pr, sm, m.Entry)
}
