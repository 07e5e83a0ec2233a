package check

import (
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 25 (helper T75, issue #11): a titled surname whose title names
// its body. Korean news refers again to a person named in full by the
// surname and the post (존슨 의장 after 마이크 존슨), and as often with the
// body between the two (존슨 하원 의장, 블링컨 국무부 장관). inconsistent
// read the first as a short reference (shortReference: fewer letters than
// the full name) and the second, longer, as a second spelling of the
// person (house92, held-out-glossary-92, wmt24pp 49: 존슨 하원 의장 after
// 마이크 존슨, judged false; the list gives 존슨 하원 의장 as an admitted
// form). bodyTitledReference reads a Korean form of three words, the
// surname, a body (titleBody: one Hangul word of two syllables or more, no
// particle, no title) and a post (a person's title or a chief's in 장), as
// the surname and the post alone, where the surname is the last word of
// the earlier form (untitled): a short reference if the plain titled
// surname is one, with the same guards (a surname spelt otherwise is still
// a second spelling: 존슨 하원 의장 after 마이크 전슨).

// bodyTitledReference reports whether Korean form, the surname, a body and
// a post, is a short reference to other, an earlier form of entry e, as
// the surname and the post alone would be (see above).
func bodyTitledReference(e *glossary.Entry, form, other string) bool {
	plain := withoutTitleBody(form, other)
	if plain == form {
		return false
	}
	return shortReference(plain, other) && !otherLastWord(e, plain, other) && !soundAlike(e, plain, other) &&
		!hangulVariant(plain, other) && !mergedSyllable(plain, other) && !personSpeltTwice(e, plain, other)
}

// withoutTitleBody returns form without the body of its title when form
// is three Hangul words, a surname, a body and a post, and the surname is
// the last word of other's name (its words without titles, two or more);
// else form itself.
func withoutTitleBody(form, other string) string {
	ws := strings.Fields(form)
	if len(ws) != 3 || !hangulOnly(form) || !postTitle(ws[2]) || !titleBody(ws[1]) || postTitle(ws[1]) {
		return form
	}
	ow, _ := untitled(other)
	if len(ow) < 2 || ow[len(ow)-1] != ws[0] {
		return form
	}
	return ws[0] + " " + ws[2]
}

// postTitle reports whether w is a title that follows a name: a person's
// title (isPersonTitle) or a chief's in 장 (의장, 위원장), as
// koreanTitledFull reads one.
func postTitle(w string) bool {
	return isPersonTitle(w) || hangulOnly(w) && utf8.RuneCountInString(w) >= 2 && strings.HasSuffix(w, "장")
}
