package check

import (
	"strings"

	"bitext/glossary"
	"golang.org/x/text/language"
)

// pastTimeContext reports whether the form m, a titled form right only
// while the office was held (부시 대통령, President George W. Bush), is
// placed by the words around it in that time, so it names the person as
// he was then, which a later story may say as the desk says "then
// President Bush" (qualifiedPast): in Korean a word of time or of the
// administration right after the form or its 의 (부시 대통령 시절, 재임,
// 당시, 때, 집권, 임기, 정부, 행정부, 정권), service under him (부시 대통령
// 밑에서, 아래에서; 을 위해 일했, "worked for President Bush": servedFor), or 당시
// right before it ("then"); in English "under" right before it, or
// "administration", "era", "years", "presidency", "tenure" after it or
// its 's. A later mention of the same form in the same sentence is of
// the same time (house74's held-out-glossary-74, ntrex-odd 1881: "캐버너는
// 부시 대통령을 위해 백악관에서 일했으며, 부시 대통령을 통해 ... 만났다" in a
// 2018 story). A form used bare, or with a verb of its own (부시 대통령은
// 말했다), is still reported.
func pastTimeContext(text string, m glossary.Match, lang language.Tag) bool {
	if m.Term.Until.IsZero() {
		return false
	}
	start := sentenceBegin(text, m.Start)
	form := text[m.Start:m.End]
	for i := start; i <= m.Start; {
		j := strings.Index(text[i:m.Start+len(form)], form)
		if j < 0 {
			break
		}
		at := i + j
		if timeAround(text, at, at+len(form), lang) {
			return true
		}
		i = at + len(form)
	}
	return false
}

// sentenceBegin returns the offset of the sentence holding offset i: after
// the last full stop, question or exclamation mark or line break before it.
func sentenceBegin(text string, i int) int {
	return strings.LastIndexAny(text[:i], ".?!\n") + 1
}

// timeAround reports whether the form at text[start:end] has one of
// pastTimeContext's words of time beside it.
func timeAround(text string, start, end int, lang language.Tag) bool {
	before := strings.TrimRight(text[:start], " ")
	if isEnglish(lang) {
		w, _ := prevWord(text, start)
		if strings.EqualFold(w, "under") && strings.HasSuffix(before, w) {
			return true
		}
		rest := text[end:]
		for _, p := range []string{"'s ", "’s ", " "} {
			if r, ok := strings.CutPrefix(rest, p); ok {
				for _, w := range englishTimeNouns {
					if strings.HasPrefix(r, w) && wordEnds(r, len(w)) {
						return true
					}
				}
			}
		}
		return false
	}
	if strings.HasSuffix(before, "당시") {
		return true
	}
	rest := text[end:]
	rest = strings.TrimPrefix(rest, "의")
	rest = strings.TrimPrefix(rest, " ")
	for _, w := range koreanTimeNouns {
		if strings.HasPrefix(rest, w) && wordEnds(rest, len(w)) {
			return true
		}
	}
	return servedFor(rest)
}

// servedFor reports whether rest, the text after a titled form, says one
// served the titled person: 을 or 를 위해 and within two more words a verb
// of work in the past (일했, 근무했: "worked for President Bush", "캐버너는
// 부시 대통령을 위해 백악관에서 일했으며"), or 을 or 를 보좌했.
func servedFor(rest string) bool {
	r, ok := strings.CutPrefix(rest, "을 ")
	if !ok {
		r, ok = strings.CutPrefix(rest, "를 ")
	}
	if !ok {
		return false
	}
	if strings.HasPrefix(r, "보좌했") {
		return true
	}
	r, ok = strings.CutPrefix(r, "위해 ")
	if !ok {
		return false
	}
	for i, w := range strings.Fields(r) {
		if i > 2 {
			break
		}
		if strings.HasPrefix(w, "일했") || strings.HasPrefix(w, "근무했") {
			return true
		}
	}
	return false
}

// koreanTimeNouns are the words after a titled form that place it in the
// time of the office (시절 "days", 재임 "tenure", 당시 "at the time", 때
// "when", 집권 "rule", 임기 "term", 정부, 행정부 and 정권 "administration",
// 밑에서 and 아래에서 "under").
var koreanTimeNouns = []string{"시절", "재임", "재임기간", "재임 기간", "당시", "때", "집권", "임기", "정부", "행정부", "정권", "밑에서", "아래에서", "아래서"}

// englishTimeNouns are their English counterparts after a titled form or
// its possessive.
var englishTimeNouns = []string{"administration", "era", "years", "presidency", "tenure", "government"}
