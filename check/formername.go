package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Session 17 (helper T15, issue #11): a forbidden form given as a former
// name. house17 (held-out-glossary-17, seen) lists Puff Daddy and P. Diddy
// as superseded stage names; its three deprecated-term findings, all
// errors and all false, were NTREX's two stories of changed names: "Sean
// Combs has been variously known as Puff Daddy, P. Diddy or Diddy" and
// "Diddy, also known as Puff Daddy, Puffy and P Diddy". A desk names a
// former name as such; a deprecated form used as the name still is a
// finding ("Puff Daddy released an album", "better known as Puff Daddy",
// "now known as").

// formerName reports whether the forbidden form text[start:end] is named as
// a former or other name: in English after a cue of the same sentence
// ("known as", "formerly", "who used to call himself", "née", "aka") with
// nothing but names, commas, "or" and "and" between (a list of former
// names); in Korean after 옛 이름, 예전 이름, 이전 이름, 옛 예명, 본명 or 일명,
// or before 로/으로/라고 ... 알려졌던, 불렸던, 알려진 (…로도 알려진, …라고도
// 알려진) in the same clause.
func formerName(text string, start, end int, lang language.Tag) bool {
	if isEnglish(lang) {
		return englishFormerName(text, start) || thenKnown(text, end) // "Puff Daddy, as he was then known" (formername.go)
	}
	return koreanFormerName(text, start, end)
}

// formerCues end the English words that name what follows as a former or
// other name; notFormer are the words before "known as" that make it the
// name's current use.
var formerCues = []string{"known as", "formerly", "used to call himself", "used to call herself", "used to call themselves",
	"used to be called", "once called", "then called", "previously called", "née", "nee", "aka", "a.k.a.", "born",
	"renamed from", "had the name", "went by", "gone by"} // the last four: session 22, helper T49 (has had the name Snoop Lion)

var notFormer = []string{"better known as", "best known as", "now known as", "widely known as", "commonly known as"}

func englishFormerName(text string, start int) bool {
	// The sentence before the form, from its last stop on.
	b := start
	a := strings.LastIndexAny(text[:b], ".!?;\n")
	// A stop inside an initial (P. Diddy, A.K.A.) is no sentence end:
	// go back over stops after one capital letter or one letter.
	for a > 0 && a+1 < len(text) && (a >= 1 && isInitialStop(text, a)) {
		a = strings.LastIndexAny(text[:a], ".!?;\n")
	}
	before := strings.ToLower(text[a+1 : b])
	for _, cue := range formerCues {
		k := lastWordIndex(before, cue)
		if k < 0 {
			continue
		}
		head := before[:k+len(cue)]
		if cue == "known as" {
			bad := false
			for _, n := range notFormer {
				bad = bad || strings.HasSuffix(head, n)
			}
			if bad {
				continue
			}
		}
		if nameListOnly(text[a+1+k+len(cue) : b]) {
			return true
		}
	}
	return false
}

// isInitialStop reports whether the stop at text[i] ends an initial: one
// letter before it after a space, a stop or the start (P. Diddy, A.K.A.).
func isInitialStop(text string, i int) bool {
	if text[i] != '.' || i == 0 {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(text[:i])
	if !unicode.IsLetter(r) {
		return false
	}
	j := i - n
	return j == 0 || text[j-1] == ' ' || text[j-1] == '.' || text[j-1] == '('
}

// lastWordIndex returns the index of the last occurrence of cue in s as
// whole words, or -1.
func lastWordIndex(s, cue string) int {
	for end := len(s); end > 0; {
		k := strings.LastIndex(s[:end], cue)
		if k < 0 {
			return -1
		}
		e := k + len(cue)
		if (k == 0 || !isWordByte(s[k-1])) && (e == len(s) || !isWordByte(s[e]) || cue[len(cue)-1] == '.') {
			return k
		}
		end = k + len(cue) - 1
	}
	return -1
}

// nameListOnly reports whether s, the text between a cue and the form, holds
// nothing but a list of names: capitalized words, initials, quotes,
// brackets, commas and the words "or", "and", "the", "also", "simply",
// "variously" (known as ..., or as ...).
func nameListOnly(s string) bool {
	if len(s) > 120 {
		return false
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == ',' || r == '"' || r == '\'' || r == '“' || r == '”' || r == '‘' || r == '’' || r == '(' || r == ')' || r == '/'
	}) {
		switch strings.ToLower(w) {
		case "or", "and", "the", "as", "also", "simply", "just", "&":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// koreanBefore are the Korean words that name what follows as a former
// name; koreanAfter the endings after a name that do (…로 알려졌던).
var koreanBefore = []string{"옛 이름", "옛이름", "예전 이름", "이전 이름", "옛 예명", "예전 예명", "본명", "일명", "구명", "개명 전", "개명하기 전"}

var koreanAfter = []string{"알려졌던", "알려져 있던", "불렸던", "불리던", "활동했던", "활동하던", "로도 알려진", "라고도 알려진", "로도 불리는", "라고도 불리는",
	"라는 이름을 가졌", "라는 이름을 썼", "라는 이름으로 활동했", "다양하게 알려", "등으로 알려졌", "등으로 불렸"} // the last six: session 22, helper T49 (스눕 라이언이라는 이름을 가졌고)

func koreanFormerName(text string, start, end int) bool {
	// Before: the cue within the clause, a few bytes before the form
	// (옛 이름 퍼프 대디, 본명은 ..., 옛 이름인 퍼프 대디).
	from := max(0, start-40)
	for from < start && !utf8.RuneStart(text[from]) {
		from++
	}
	before := text[from:start]
	if k := strings.LastIndexAny(before, ".!?\n"); k >= 0 {
		before = before[k+1:]
	}
	for _, cue := range koreanBefore {
		if strings.Contains(before, cue) {
			return true
		}
	}
	// After: the ending within the clause (퍼프 대디로 알려졌던, 퍼프 대디,
	// 퍼피라고도 알려진).
	to := min(len(text), end+120) // 80 before session 22 (helper T49): 퍼프 대디(Puff Daddy), P.디디(P. Diddy), 디디(Diddy)와 같이 다양하게 알려져
	for to > end && to < len(text) && !utf8.RuneStart(text[to]) {
		to--
	}
	after := text[end:to]
	after = after[:clauseEnd(after)] // P.디디(P. Diddy) runs on (formername.go)
	for _, cue := range koreanAfter {
		if strings.Contains(after, cue) {
			return true
		}
	}
	return false
}

// thenCues follow a name given as the one of its time.
var thenCues = []string{"as he was then known", "as she was then known", "as it was then known", "as they were then known",
	"as he was then called", "as she was then called", "as it was then called", "as they were then called",
	"as he was known then", "as she was known then", "as it was known then", "as they were known then"}

// thenKnown reports whether the English form ending at end is followed,
// after a comma or an opening bracket, by a cue that names it the name of
// its time ("Puff Daddy, as he was then known").
//
// - A former name quoted as a former name is no deprecated form, nor a: A
// former name quoted as a former name is no deprecated form, nor a first
// mention, nor a second spelling: formerName takes more cues, English
// "renamed from", "has had the name", "went by", "has gone by" and a name
// followed by ", as he was then known" (thenKnown), Korean 개명 전 before
// and …라는 이름을 가졌고, …와 같이 다양하게 알려져
// after (house58's 퍼프 대디, Snoop Lion, 스눕 라이언:
// g58-ntrex-even 460, g58-ntrex-odd 858, 859); mentions skips a person's
// first mention and a second spelling so named (rules.go).
func thenKnown(text string, end int) bool {
	rest := text[end:]
	if strings.HasPrefix(rest, ", ") {
		rest = rest[2:]
	} else if strings.HasPrefix(rest, " (") {
		rest = rest[2:]
	} else {
		return false
	}
	rest = strings.ToLower(rest[:min(len(rest), 32)])
	for _, c := range thenCues {
		if strings.HasPrefix(rest, c) {
			return true
		}
	}
	return false
}

// clauseEnd is the index in s of its first stop (., !, ?) followed by a
// space or the end of s and ending no initial (isInitialStop), or of its
// first line break, else len(s): a stop inside a name (P.디디, P. Diddy)
// ends no clause.
func clauseEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			return i
		case '.', '!', '?':
			if (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n') && !isInitialStop(s, i) {
				return i
			}
		}
	}
	return len(s)
}
