package check

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"

	"golang.org/x/text/language"
)

// Session 23, helper T54 (issue #11): what house61 and house62 showed.

// koreanSpeltTwice reports whether a and b, two Hangul forms of one person
// of as many words (two or more), are one name spelt twice, differing in one
// word past the first (the surname) only:
//
//   - by a hyphen alone (누리 알-말리키, 누리 알말리키; 왈리드 알-무알렘,
//     왈리드 알무알렘): the Arabic article written joined or hyphenated;
//   - by the Arabic article 알 (or 알-) before a surname of two syllables or
//     more, written or dropped (바샤르 알아사드, 바샤르 아사드);
//   - by two syllables merged into one (mergedLoanSyllable: 토마스 비요른,
//     토마스 비욘; 토미 플리트우드, 토미 플릿우드), a transliteration's
//     epenthetic ㅡ written or dropped.
//
// The inconsistent rule read each of these as a contraction of the other
// (contraction: its syllables in the other's, in order) and let an article
// that wrote both pass (testdata/check13i-missed, check13j-missed).
func koreanSpeltTwice(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) || len(wa) < 2 || a == b {
		return false
	}
	diff := -1
	for i := range wa {
		if wa[i] != wb[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff < 1 {
		return false // the given name differs: another person, or none
	}
	x, y := wa[diff], wb[diff]
	if !hangulOnly(strings.ReplaceAll(x, "-", "")) || !hangulOnly(strings.ReplaceAll(y, "-", "")) ||
		strings.HasPrefix(x, "-") || strings.HasPrefix(y, "-") {
		return false
	}
	if strings.ReplaceAll(x, "-", "") == strings.ReplaceAll(y, "-", "") {
		return true // 알-말리키, 알말리키
	}
	if droppedArticle(x, y) || droppedArticle(y, x) {
		return true // 알아사드, 아사드
	}
	if strings.ContainsRune(x, '-') || strings.ContainsRune(y, '-') {
		return false
	}
	return mergedLoanSyllable(x, y) || mergedLoanSyllable(y, x)
}

// droppedArticle reports whether long is short with the Arabic article 알
// (or 알-) before it, short of two syllables or more.
func droppedArticle(long, short string) bool {
	rest, ok := strings.CutPrefix(long, "알")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, "-")
	return rest == short && utf8.RuneCountInString(short) >= 2
}

// loanFinal maps a Hangul initial consonant's index to the final that a
// loanword writes for it when it closes a syllable (외래어 표기법: ㄱ ㄴ ㄹ ㅁ
// ㅂ ㅅ ㅇ only; ㅋ as ㄱ, ㄷ ㅌ ㅈ ㅊ as ㅅ, ㅍ as ㅂ), 0 for none (ㅇ, ㅎ, the
// doubled consonants).
var loanFinal = [19]int{1, 0, 4, 19, 0, 8, 16, 17, 0, 19, 0, 0, 19, 0, 19, 1, 19, 17, 0}

// mergedLoanSyllable reports whether the Hangul word short is long with
// two syllables merged into one, the first of no final, the second of the
// epenthetic vowel ㅡ: the merged syllable the first's initial and vowel
// with the second's final (비요른, 비욘: 요 and 른 as 욘) or, the second of
// no final, the second's initial as a loanword's final (플리트우드, 플릿우드:
// 리 and 트 as 릿). mergedSyllable (session22t49.go) takes the initial as
// its own letter (ㅌ) and no second syllable with a final.
func mergedLoanSyllable(long, short string) bool {
	l, s := []rune(long), []rune(short)
	if len(l) != len(s)+1 || len(s) < 2 {
		return false
	}
	for k := 0; k < len(s); k++ {
		if s[k] == l[k] {
			continue
		}
		if k+1 >= len(l) || !isSyllable(l[k]) || !isSyllable(l[k+1]) || !isSyllable(s[k]) || string(s[k+1:]) != string(l[k+2:]) {
			return false
		}
		x, y := int(l[k]-0xAC00), int(l[k+1]-0xAC00)
		if x%28 != 0 || y%588/28 != 18 { // the first of no final, the second's vowel ㅡ
			return false
		}
		f := y % 28
		if f == 0 {
			f = loanFinal[y/588]
		}
		return f != 0 && s[k] == rune(0xAC00+x+f)
	}
	return false
}

// isSyllable reports whether r is a precomposed Hangul syllable.
func isSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// articleSurnameAt returns the word of target at i when the listed surname
// begins with a lower-case article and a hyphen (al-Maliki, el-Assad): its
// letters and the hyphens inside it, the article as listed ("al-Malikki"),
// or "" if none. wordAt stops at the hyphen and upperAt reads the article's
// small letter as no name, so titledDoubled let "Nouri al-Malikki" pass for
// 누리 알말리키 (testdata/check13i-missed).
func articleSurnameAt(target string, i int, surname string) string {
	k := strings.IndexByte(surname, '-')
	if k <= 0 || k > 3 || !unicode.IsLower(rune(surname[0])) || !strings.HasPrefix(target[i:], surname[:k+1]) {
		return ""
	}
	j := i + k + 1
	if j >= len(target) || !upperAt(target, j) {
		return ""
	}
	w := wordAt(target, j)
	if w == "" {
		return ""
	}
	return target[i : j+len(w)]
}

// personSpeltTwice reports whether a and b are forms of person e spelt
// twice (koreanSpeltTwice): the shorter is no short second reference to
// the longer (바샤르 아사드 after 바샤르 알아사드, 토마스 비욘 after 토마스
// 비요른).
func personSpeltTwice(e *glossary.Entry, a, b string) bool {
	return e != nil && e.Type == glossary.Person && koreanSpeltTwice(a, b)
}

// articleSurname reports whether w, a name's last word, begins with a
// lower-case article and a hyphen (al-Maliki, el-Assad): an Arabic
// surname, not the hyphenated given name of a Korean name written surname
// first (surnameFirst: Kim Jong-un), so titledDoubled reads it.
func articleSurname(w string) bool {
	k := strings.IndexByte(w, '-')
	return k > 0 && k <= 3 && k+1 < len(w) && strings.ToLower(w[:k]) == w[:k] && upperAt(w, k+1)
}

// preferredOnDay returns the form of entry e in the target language (lang,
// or its base) to suggest for a target-term-missing finding of a story of
// a known day: pref, the entry's preferred form, when it is right that day
// (undated, or used on the day); else a dated form right that day
// (preferred, admitted, then superseded within its dates: the IAAF in
// 2008, for World Athletics), else an undated admitted form; pref when
// none is, or when the story has no day. The message offered the
// preferred form even where it was not yet right ("National Bank Open"
// for 2008's Rogers Cup), which deprecated-term already avoided
// (currentForm, successor; dated.go).
func preferredOnDay(e *glossary.Entry, lang language.Tag, base language.Base, pref *glossary.Term, day time.Time) *glossary.Term {
	if pref == nil || day.IsZero() || pref.From.IsZero() && pref.Until.IsZero() || pref.UsedAt(day) {
		return pref
	}
	inLang := func(t *glossary.Term) bool {
		if t.Lang == lang {
			return true
		}
		b, _ := t.Lang.Base()
		return b == base
	}
	for _, st := range []glossary.Status{glossary.Preferred, glossary.Admitted, glossary.Superseded} {
		for _, t := range e.Terms {
			if t.Status == st && inLang(t) && t.UsedAt(day) {
				return t
			}
		}
	}
	for _, t := range e.Terms {
		if t.Status == glossary.Admitted && inLang(t) && t.From.IsZero() && t.Until.IsZero() {
			return t
		}
	}
	return pref
}

// 총리 is also a chancellor (Germany's, Austria's): "German Chancellor
// Gerhard Schroeder" for 앙겔라 메르켈 독일 총리 is another person after the
// Korean's title (titledFullName), an error as for any title; the title's
// English lacked the word, and the pair was read as a person left out, a
// warning (check13i's u-2). 수반, a head of state or government, was no
// title koreanTitleRoles knew.
func init() {
	titleRolesExtra["총리"] = append(titleRolesExtra["총리"], "chancellor")
	titleRolesExtra["수반"] = append(titleRolesExtra["수반"], "president", "leader", "head", "chief") // 자치정부 수반: the Palestinian Authority's president
}
