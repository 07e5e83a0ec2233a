package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 21 (helper T40, issue #11): what house41 and house42 found.

// unsourcedInnerNear reports whether f, a near-miss finding of a
// monolingual pass on pr's target (an article's, Document), is one word
// near a one-word name of an entry that is no person, every time the
// target writes it inside a longer capitalized name (a capitalized word
// right after it, or one before it that opens no sentence), and pr's
// source does not name the entry: the word of another name, not the
// entry misspelt ("the Asian Games" and "singer Ariana Grande" near
// Asiana, house42's Asiana Airlines, whose Korean sides say 아시안 게임
// and 아리아나 그란데: held-out-glossary-42, 3 false near misses). A
// misspelt name the source names (아시아나) is still reported.
func (c *Checker) unsourcedInnerNear(f Finding, pr *Pair) bool {
	if f.Rule != RuleNearMiss || !isEnglish(pr.TargetLang) || f.Found == "" || strings.ContainsAny(f.Found, " -") ||
		strings.ContainsAny(f.Expected, " -") {
		return false
	}
	e := c.g.Lookup(f.Term)
	if e == nil || e.Type == glossary.Person {
		return false
	}
	inner := false
	for i := 0; i < len(pr.Target); {
		j := strings.Index(pr.Target[i:], f.Found)
		if j < 0 {
			break
		}
		a := i + j
		b := a + len(f.Found)
		i = b
		if a > 0 && isWordByte(pr.Target[a-1]) || b < len(pr.Target) && isWordByte(pr.Target[b]) {
			continue // inside a word
		}
		if !(b+1 < len(pr.Target) && pr.Target[b] == ' ' && upperAt(pr.Target, b+1)) && !capitalBefore(pr.Target, a) {
			return false // alone: maybe the entry misspelt
		}
		inner = true
	}
	if !inner {
		return false
	}
	for _, m := range appendMatches(c.matcher(pr.SourceLang), nil, pr.Source, pr.nfc) {
		if m.Entry != nil && m.Entry.ID == f.Term {
			return false
		}
	}
	return true
}

// hanjaGlossed reports whether text[start:end], one Hangul syllable, is
// followed right away by its hanja in brackets, one ideograph: a word
// whose sense the writer pins down (미(美) "beauty", 부(富) "wealth"),
// not the one-syllable short form of a longer name (미 for 미국, 중 for
// 중국), which needs no gloss (held-out-glossary-41's kpc-dev 430:
// 가로등에 미(美)를 부여했다, "brought beauty to", read as the United
// States). A form of two syllables or more glossed (미국(美國)) is still
// the name.
func hanjaGlossed(text string, start, end int) bool {
	if end-start != 3 || end+4 >= len(text) || text[end] != '(' {
		return false
	}
	r, n := utf8.DecodeRuneInString(text[start:end])
	if n != 3 || r < 0xAC00 || r > 0xD7A3 {
		return false
	}
	h, k := utf8.DecodeRuneInString(text[end+1:])
	return unicode.Is(unicode.Han, h) && end+1+k < len(text) && text[end+1+k] == ')'
}

// markOrAmpersand reports whether a and b, two Latin forms of one entry,
// differ only by accents (Türkiye, Turkiye) or by "&" written for "and"
// (Hyundai Engineering & Construction, Hyundai Engineering and
// Construction): one name spelt two ways, a second spelling in one
// article, which spellings' shared runs of letters do not weigh
// (testdata/check12o-missed and check12p-missed: four inconsistent
// warnings missed at f80c51e). Nor is such a pair another name that a
// sentence gives on purpose (namesAnother): "Türkiye asked the UN for
// its new name, and Turkiye got it" spells one name twice.
func markOrAmpersand(a, b string) bool {
	if a == b || hasHangul(a) || hasHangul(b) {
		return false
	}
	fold := func(s string) string {
		return strings.ReplaceAll(foldAccents(s), " & ", " and ")
	}
	return fold(a) == fold(b)
}

// A one-word lower form's near miss (lowerOneNear) is not sought inside
// the span of a lower term's near miss already reported (lowerNear):
// "compnay" of "The parent compnay spoke." is the reported near miss of
// parent company, not a second one of another entry's company
// (testdata/check12p-missed, a false alarm at f80c51e; nearmiss.go keeps
// lowLast, the end of the last lower term's near miss).

// properTerm reports whether m, a match of a term (no person, body or
// place), is of a form the glossary lists capitalized (Palestinian, a
// demonym of house41's palestinians): a proper word that may begin
// another entry's name as a name's word does (nameAfterName: "The
// Palestinian Authorty", a near miss of Palestinian Authority missed at
// f80c51e, testdata/check12o-missed), not a common noun capitalized in a
// name (champion in "UEFA Champions Leage", left to capsBefore).
func properTerm(m glossary.Match) bool {
	return m.Term != nil && upperAt(m.Term.Text, 0)
}

// koreanGivenRespelt reports whether target gives a Korean person's listed
// English form (surname first, a hyphenated given name: Chung Eui-sun)
// with the surname as listed and one letter of the given name changed,
// its hyphen kept (Chung Eui-son), for a Korean form (sourceForm) in
// Hangul: the listed form written the Korean way marks a Korean name,
// which the English romanizes the one way the person spells it, so a syllable respelt after the listed surname is
// the listed name misspelt, not another transliteration of a foreign name
// (transliterated; testdata/check12p-missed's "Chairman Chung Eui-son" for
// 정의선 회장, read as the person at f80c51e). Two romanizations the list
// gives (Eui-seon, deprecated) are matched as forms before this.
func koreanGivenRespelt(sourceForm, target string, forms []*glossary.Term) bool {
	if !hasHangul(sourceForm) {
		return false
	}
	for _, t := range forms {
		ws := strings.Fields(t.Text)
		if len(ws) != 2 || t.Status.Forbidden() || !surnameFirst(ws) {
			continue
		}
		head := ws[0] + " "
		for b := range occurrences(target, head) {
			if b > 0 && wordByte(target[b-1]) {
				continue
			}
			w := wordAt(target, b+len(head))
			if e := b + len(head) + len(w); w != "" && e+1 < len(target) && target[e] == '-' {
				w += "-" + wordAt(target, e+1) // the hyphenated given name
			}
			if w != ws[1] && len(w) == len(ws[1]) && strings.Count(w, "-") == 1 && strings.Index(w, "-") == strings.Index(ws[1], "-") &&
				distance(w, ws[1], 1) == 1 {
				return true
			}
		}
	}
	return false
}

// respeltSurnameAfterHead returns "Aung San Suu Ki" when the capitalized
// word target[i:j] is a listed surname of a form written given names first
// (heads, as lengthenedSurname) with one letter changed, dropped or added,
// the same first letter, and the words right before it are that form's
// given names exactly; "" otherwise. misrendered's evidence that the
// English gives the person in a wrong form, whatever the surname's length
// (Ki for Kyi, under respelt's four letters): the given names say who is
// meant, the surname is misspelt (testdata/check12o's "Aung San Suu Ki"
// for 아웅산수치, reported absent, a warning, where the desk expects an
// error).
func respeltSurnameAfterHead(target string, i, j int, heads [][2]string) string {
	w := target[i:j]
	for _, h := range heads {
		s := h[1]
		if w == s || w[0] != s[0] || strings.Count(h[0], " ") < 2 || !strings.HasSuffix(target[:i], h[0]) || distance(w, s, 1) != 1 {
			continue // one given name ("Tom Bate") is left to the other rules
		}
		b := i - len(h[0])
		if b > 0 {
			if r, _ := utf8.DecodeLastRuneInString(target[:b]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		return target[b:j]
	}
	return ""
}
