package check

import (
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 22 (helper T46, issue #11): what house51 and house52 found.
//
//   - The lead's decision: a person the source names given in the English
//     as another person is an error, whatever their titles. A listed
//     person in its place was one (check12w's Steve Ballmer for 스티브
//     잡스); an unlisted full name after a title that translates the
//     Korean one was read as the person absent, a warning (check12z's
//     "Attorney General Eric Holder" for 제프 세션스 법무장관). Now
//     titledFullName reads a title followed by a full name (two or three
//     capitalized words, none of the person's own words, none an ordinary
//     word, none romanizing another Hangul name of the source) as another
//     person: an error, as titledReplacement's lone surname after a title
//     ("Secretary Tillerson" for 폼페이오 장관) already was.

// titleRolesExtra are English title words of Korean titles that
// koreanRoles lacks because they name one office only: 법무장관 is the
// attorney general in the United States ("Attorney General Eric Holder").
var titleRolesExtra = map[string][]string{
	"법무장관": {"general"},
}

// koreanTitleRoles returns the English title words of the Korean title the
// Hangul word kw holds (a particle of up to two syllables after it),
// every matching title's together.
func koreanTitleRoles(kw string) []string {
	var roles []string
	for _, m := range []map[string][]string{koreanRoles, titleRolesExtra} {
		for title, rs := range m {
			if k := strings.Index(kw, title); k >= 0 && len(kw)-k-len(title) <= 6 {
				roles = append(roles, rs...)
			}
		}
	}
	return roles
}

// titledFullName returns the English title and full name ("Attorney
// General Eric Holder") that stand where the Korean source gives person
// e's listed form followed by a title (제프 세션스 법무장관), when the English
// title translates the Korean one ("of" and an office may follow its word:
// Secretary of State) and the two or three capitalized words after it are none of e's words, no ordinary or role words, not taken by
// another entry, and not a romanization of another Hangul name of the
// source. "" otherwise.
func titledFullName(pr Pair, at glossary.Match, forms []*glossary.Term, taken func(a, b int) bool) string {
	src, target := pr.Source, pr.Target
	if at.End+1 >= len(src) || src[at.End] != ' ' {
		return ""
	}
	roles := koreanTitleRoles(hangulWordAt(src, at.End+1))
	if roles == nil {
		roles = orgTitleRoles(src, at.End+1) // 마이크로소프트 최고경영자 (session22t48.go)
	}
	if roles == nil {
		return ""
	}
	own, _ := personWords(forms)
	for i := 0; i < len(target); {
		w := wordAt(target, i)
		if w == "" {
			_, n := utf8.DecodeRuneInString(target[i:])
			i += n
			continue
		}
		b, j := i, i+len(w)
		i = j
		if !upperAt(target, b) || !containsString(roles, strings.ToLower(w)) {
			continue
		}
		// The capitalized words after the title, one space apart; a
		// title's "of" and its office first ("Secretary of State", "Secretary
		// of the Treasury").
		k, words := j, 0
		if rest, ok := strings.CutPrefix(target[j:], " of "); ok {
			skip := len(" of ")
			if strings.HasPrefix(rest, "the ") {
				skip += len("the ")
			}
			office := wordAt(target, j+skip)
			if office == "" || !upperAt(target, j+skip) {
				continue
			}
			k = j + skip + len(office)
		}
		ns := k + 1 // the name's start
		ok := true
		for words < 4 && k+1 < len(target) && target[k] == ' ' && upperAt(target, k+1) {
			name := wordAt(target, k+1)
			e := k + 1 + len(name)
			if len(name) < 2 || containsString(own, strings.ToLower(name)) || roleNouns[strings.ToLower(name)] ||
				ordinaryWord(target, k+1, e) || taken(k+1, e) {
				ok = false
				break
			}
			k, words = e, words+1
		}
		if !ok || words < 2 || words > 3 || k < len(target) && target[k] == '-' {
			continue
		}
		if otherKoreanName(src, at.Start, at.End, target[min(ns, k):k]) {
			continue
		}
		return target[b:k]
	}
	return ""
}

// initialLawPair reports whether Hangul syllables x and y are one syllable
// with the initial-sound law (두음법칙) applied to one and undone in the
// other: ㄹ or ㄴ for ㅇ, ㄹ for ㄴ, the vowel and final kept (룡 and 용,
// 렬 and 열, 로 and 노, 녀 and 여). syllablesAlike takes it at any syllable,
// not only a word's first: a Korean name's given name starts at its second
// syllable (최룡해 the North's spelling, 최용해 the South's; check12y-missed,
// where 리선권 then 이선권 was reported and 최룡해 then 최용해 was not).
func initialLawPair(x, y rune) bool {
	return x != y && (initialLaw(x) == y || initialLaw(y) == x)
}
