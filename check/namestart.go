package check

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 17 (helper T12, issue #11): a person's form at the start of a
// longer name. house16 (held-out-glossary-16, seen since 00eac5d) lists
// Scott Brewster with 브루스터 as an admitted Korean form; its three default
// false alarms were the firm Brewster Brothers: 브루스터 브라더스(Brewster
// Brothers) read as a first mention of the person and as the person missing
// from the English, and the firm's short name in the next paragraph
// ("Brewster has now opened ...", 이제 브루스터가 ...) as the surname before
// the full name. The English side already left "Brewster Brothers" alone
// (otherName: a capitalized word after the surname); the Korean side has no
// capitals, so it is read from the word after the form and from a Latin
// gloss. Developed on our own sentences (TestNameStart) and that one seen
// article.

// koreanNameStart reports whether the person's Korean form m begins a
// longer name in text: a space and then a usual head of a firm's or a
// building's name (브라더스, 그룹, 타워 ...), a particle allowed after it; or
// a space, one Hangul word and a bracketed gloss in Latin letters of two
// capitalized words or more that begins with a word of the person's English
// forms and is none of them (브루스터 브라더스(Brewster Brothers); 브루스터
// 씨(Brewster) and 브루스터 전무(Scott Brewster) are the person).
func koreanNameStart(text string, m glossary.Match) bool {
	if m.Entry == nil || m.Entry.Type != glossary.Person || m.Suffix != "" || m.End+1 >= len(text) || text[m.End] != ' ' {
		return false
	}
	first, _ := utf8.DecodeRuneInString(text[m.Start:])
	if !isHangulSyllable(first) {
		return false
	}
	a := m.End + 1
	b := a
	for b < len(text) {
		r, n := utf8.DecodeRuneInString(text[b:])
		if !isHangulSyllable(r) {
			break
		}
		b += n
	}
	if b == a {
		return false
	}
	if nameHeadWord(text[a:b]) {
		return true
	}
	if b >= len(text) || text[b] != '(' {
		return false
	}
	c := strings.IndexAny(text[b+1:], "()\n")
	if c < 0 || text[b+1+c] != ')' {
		return false
	}
	return otherNameGloss(text[b+1:b+1+c], m.Entry)
}

// otherNameGloss reports whether g, a bracketed Latin gloss, is a name of
// two capitalized words or more that begins with a word of e's English
// forms and is none of them.
func otherNameGloss(g string, e *glossary.Entry) bool {
	ws := strings.Fields(g)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || !latinLetter(r) {
			return false
		}
	}
	own := false
	for _, t := range e.Terms {
		if !isLatinForm(t.Text) {
			continue
		}
		if strings.EqualFold(t.Text, g) {
			return false
		}
		for _, w := range strings.Fields(t.Text) {
			own = own || w == ws[0]
		}
		if t.Short != "" && strings.EqualFold(t.Short, g) {
			return false
		}
	}
	return own
}

// isLatinForm reports whether s starts with a Latin letter.
func isLatinForm(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return latinLetter(r)
}

// isHangulSyllable reports whether r is a precomposed Hangul syllable.
func isHangulSyllable(r rune) bool { return 0xAC00 <= r && r <= 0xD7A3 }

// nameHeads are the Korean words that end a firm's or a building's name
// after a person's name, never a given name, a title or a verb: Brewster
// Brothers, Trump Group, Walt Disney Company, Trump Tower, the Ford
// Foundation, Dombey and Son.
var nameHeads = []string{"브라더스", "그룹", "컴퍼니", "코퍼레이션", "홀딩스", "인더스트리즈", "인더스트리", "인터내셔널",
	"엔터프라이즈", "파운데이션", "재단", "타워", "호텔", "앤드", "앤"}

// nameParticles may follow a name head (브라더스의, 그룹은).
var nameParticles = setOf("의", "은", "는", "이", "가", "을", "를", "와", "과", "에", "에서", "로", "으로", "도", "만", "측", "이다")

// nameHeadWord reports whether w, a word of Hangul, is a name head with
// a particle or none.
func nameHeadWord(w string) bool {
	for _, h := range nameHeads {
		if rest, ok := strings.CutPrefix(w, h); ok && (rest == "" || nameParticles[rest]) {
			return true
		}
	}
	return bodyHeadWord(w) // 해밀턴 아카데미 (bodyhead.go)
}

// beginsLonger reports whether the person's form m of an English text
// begins a longer name there: a capitalized word right after it ("Brewster
// Brothers"), outside a heading or a title-case line.
func beginsLonger(text string, m glossary.Match) bool {
	end := m.End + len(m.Suffix)
	if m.Suffix != "" || end+1 >= len(text) || text[end] != ' ' || !upperAt(text, end+1) {
		return false
	}
	line := strings.TrimSpace(lineAround(text, m.Start))
	return !strings.HasPrefix(line, "#") && !titleCase(line)
}

// addBegan adds form to began, made when needed.
func addBegan(began map[string]bool, form string) map[string]bool {
	if began == nil {
		began = map[string]bool{}
	}
	began[form] = true
	return began
}

// Session 17 (helper T15, issue #11): a person's Korean form at the end of
// a longer name. house17 (held-out-glossary-17, seen) lists Lynne Spears as
// 린 스피어스; in 제이미 린 스피어스 (Jamie Lynn Spears, rightly in the English)
// that form is the end of her daughter's name, and the pair was reported as
// Lynne Spears misrendered, an error. koreanNameStart reads the start of a
// longer name from the Korean alone; the end needs the English: a Hangul
// word right before the form that the English gives as a capitalized word
// of a name with the person's surname.

// koreanNameEnd reports whether the person's Korean form m (in pr.Source)
// ends a longer name: after a space, right before it, a Hangul word with
// no particle whose consonants (sameSkeleton) are those of a capitalized
// English word that begins a name span (nameSpan) holding, after it, the
// last word of one of the person's English forms, a span that is none of
// those forms (Jamie Lynn Spears for 제이미 린 스피어스 beside a listed Lynne
// Spears).
func koreanNameEnd(pr Pair, m glossary.Match) bool {
	if m.Entry == nil || m.Entry.Type != glossary.Person || m.Start < 2 || pr.Source[m.Start-1] != ' ' || !isEnglish(pr.TargetLang) {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(pr.Source[m.Start:]); !isHangulSyllable(first) {
		return false
	}
	w := hangulRunBefore(pr.Source, m.Start-1)
	if w == "" {
		return false
	}
	forms := m.Entry.TermsIn(pr.TargetLang)
	return englishNameAt(pr.Target, w, func(start, end int, _ string) bool {
		span := nameSpan(pr.Target, start, end)
		if !strings.HasPrefix(span, pr.Target[start:end]) || !strings.Contains(span, " ") {
			return false
		}
		for _, t := range forms {
			if t.Text == span {
				return false
			}
		}
		for _, t := range forms {
			ws := strings.Fields(t.Text)
			if last := ws[len(ws)-1]; strings.HasSuffix(span, " "+last) {
				return true
			}
		}
		return false
	})
}

// hangulRunBefore is the run of Hangul syllables of s that ends at end.
func hangulRunBefore(s string, end int) string {
	a := end
	for a > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:a])
		if !isHangulSyllable(r) {
			break
		}
		a -= n
	}
	return s[a:end]
}

// longerNameAt reports whether the capitalized English word at
// target[start:end], which the Hangul word before a person's Korean form
// sounds, stands right before the surname of one of the person's forms
// (forms) inside a longer name that goes on after it: "Rouge Parish
// Coroner's Office" for 동부 베턴 루지 파리쉬 검시관 사무실 (house19's Sharon
// Parish, 파리쉬; held-out-glossary-19, ntrex-even 264). The word is no
// word of the person's forms (not a given name: 샤론 파리쉬 is the person).
// koreanNameEnd reads the name ending at the surname (Jamie Lynn Spears).
func longerNameAt(target string, start, end int, forms []*glossary.Term) bool {
	w := target[start:end]
	for _, t := range forms {
		for _, x := range strings.Fields(t.Text) {
			if strings.EqualFold(x, w) {
				return false
			}
		}
	}
	for _, t := range forms {
		ws := strings.Fields(t.Text)
		last := ws[len(ws)-1]
		k := end + 1 + len(last)
		if k+1 >= len(target) || target[end] != ' ' || target[end+1:k] != last || isLetterByte(target[k]) {
			continue
		}
		if target[k] == ' ' && upperAt(target, k+1) || target[k] == '\'' && k+1 < len(target) && target[k+1] == 's' && k+3 < len(target) && target[k+2] == ' ' && upperAt(target, k+3) {
			return true // Parish Coroner, Parish's Office
		}
	}
	return false
}

// longerNameEnd reports whether the one-word Korean person form of source
// match m follows a Hangul word that sounds (soundsLike) a capitalized
// English word that stands right before the person's surname inside a
// longer English name (longerNameAt): 루지 파리쉬 of "East Baton Rouge
// Parish Coroner's Office" is no mention of the person, as koreanNameEnd.
func longerNameEnd(pr Pair, m glossary.Match) bool {
	if m.Entry == nil || m.Entry.Type != glossary.Person || m.Start < 2 || pr.Source[m.Start-1] != ' ' || !isEnglish(pr.TargetLang) ||
		strings.Contains(pr.Source[m.Start:m.End], " ") {
		return false
	}
	w := hangulRunBefore(pr.Source, m.Start-1)
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	forms := m.Entry.TermsIn(pr.TargetLang)
	t := pr.Target
	return anyCapitalWord(t, func(i int, x string) bool {
		return soundsLike(w, x) && longerNameAt(t, i, i+len(x), forms)
	})
}

// anyCapitalWord reports whether f holds for some word of t that starts
// with a capital letter not preceded by a letter; f gets the word's start
// and the word (wordAt).
func anyCapitalWord(t string, f func(start int, w string) bool) bool {
	for i := 0; i < len(t); {
		if !upperAt(t, i) || i > 0 && isLetterByte(t[i-1]) {
			i++
			continue
		}
		w := wordAt(t, i)
		if w == "" {
			i++
			continue
		}
		if f(i, w) {
			return true
		}
		i += len(w)
	}
	return false
}

// besideListedPerson reports whether the short form m of a person, read
// as part of a longer name only for the capitalized word right after it
// (otherName), stands beside another person's listed form that starts
// there, both persons named in the source sm: two names side by side, a
// comma missing ("prompted by Mbeki Mugabe and Tsvangirai" for 무가베와
// 창기라이 ... 음베키의, house26's kpc-dev 747), not one name.
func besideListedPerson(ix *nameIndex, text string, tm, sm []glossary.Match, m glossary.Match) bool {
	if m.Suffix != "" || m.End+1 >= len(text) || text[m.End] != ' ' || ix.otherName(text[:m.End], m.Start, m.End) {
		return false
	}
	for _, o := range tm {
		if o.Start != m.End+1 {
			continue
		}
		for _, e := range o.Entries {
			if e != nil && e.Type == glossary.Person && !slices.Contains(m.Entries, e) && named(sm, e) && named(sm, m.Entry) {
				return true
			}
		}
	}
	return false
}

// named reports whether a match of ms is of entry e.
func named(ms []glossary.Match, e *glossary.Entry) bool {
	for _, m := range ms {
		if m.Entry == e || slices.Contains(m.Entries, e) {
			return true
		}
	}
	return false
}
