package check

import (
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 29 (helper T119, issue #11): a Korean name the list writes in
// three words without a hyphen, AP's style for North Korean names (Kim Jong
// Un, Ri Yong Ho), is written surname first too. house180 lists Kim Jong Un
// (Kim Jong-un forbidden) and no short form; the English of NTREX 102 gives
// 김정은 위원장 as "Kim is interested in a second meeting" (g180-ntrex-even
// 102, target-term-missing, judged false). eastAsianOrder (surname_alone.go)
// knows a hyphenated given name (Kim Jong-un) or a name of two words, so
// the surname read for the unhyphenated form was its last word ("Un", too
// short to read; "Jong" of Kim Yo Jong would have been read as a surname)
// and "Kim" alone was not the person.
//
// spacedKoreanOrder reads the form: three capitalized words of letters, and
// an allowed Korean form of the person one Hangul word of three syllables,
// the first a family name package romanize spells (koreanFamilyFirst) or its
// North Korean spelling (리 for 이: northSurnames), each
// English word beginning with a letter its syllable's initial consonant is
// romanized by (initialFits: Kim for 김, Jong for 정, Un for 은). Such a
// form's first word is the surname soleSurnameFirst (person_spelling.go)
// reads alone, whether or not other listed persons share it, with its
// guards: no other Hangul word of the pair's Korean begins with the
// surname's syllable (김정은 and 김여정, or 김 대변인, keep the finding), no
// other listed bearer's Korean form, and no one else of the surname named
// in full in the English ("Kim" inside "Kim Yo Jong" is no surname alone:
// surnameAloneIn). Only where a finding says a form is absent
// (target-term-missing, through surnameAlone); aloneSurname, which the
// first-mention rule shares, is left as it was (TestSpacedKoreanOrder).

// spacedKoreanOrder reports whether the English person form of words ws is
// a Korean name of three words written surname first without a hyphen,
// read against the person's Korean forms ko (see above).
func spacedKoreanOrder(ws []string, ko []*glossary.Term) bool {
	if len(ws) != 3 {
		return false
	}
	for _, w := range ws {
		if !upperAt(w, 0) || !lettersOnly(w) {
			return false
		}
	}
	for _, t := range ko {
		if t.Status.Forbidden() || utf8.RuneCountInString(t.Text) != 3 || !hangulOnly(t.Text) ||
			strings.Contains(t.Text, " ") || !koreanFamilyFirst(t.Text) && !northFamilyFirst(t.Text) {
			continue
		}
		i, fits := 0, true
		for _, r := range t.Text {
			if !initialFits(ws[i], r) {
				fits = false
				break
			}
			i++
		}
		if fits {
			return true
		}
	}
	return false
}

// lettersOnly reports whether w is letters only (isLetterByte).
func lettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLetterByte(w[i]) {
			return false
		}
	}
	return w != ""
}

// northFamilyFirst reports whether Hangul word w begins with a North Korean
// spelling of a family name (리, 림: northSurnames).
func northFamilyFirst(w string) bool {
	_, n := utf8.DecodeRuneInString(w)
	return northSurnames[w[:n]] != ""
}
