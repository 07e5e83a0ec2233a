package check

import "strings"

// A listed surname typed with a letter doubled, the given names as listed
// (session 24, helper T61, issue 11; developed on check12t-missed's "Roger
// Fedderer" for 로저 페더러, house46's planted case, and check11z-missed's
// "President Jalal Talabany", and our own sentences; TestDoubledSurname).
// transliterated takes a surname that differs from the listed one by
// vowels or a doubled letter as another transliteration of the Korean
// (Walid al-Moualem for Walid al-Muallem); titledDoubled already read a
// doubled letter after a title as a misspelling (President Nicolas
// Sarkozzi). A surname that is the listed one with one letter doubled and
// nothing else changed, after the listed given names, is a typing slip
// whether or not a title stands before it: the Korean gives no doubled
// letter (페더러), and the English took the given names from knowing the
// person (onlyDoubled).

// onlyDoubled reports whether w is s with one of its letters written
// twice, nothing else changed (Fedderer for Federer; not Muallem for
// Moualem), s of five letters or more.
func onlyDoubled(w, s string) bool {
	lw, ls := strings.ToLower(w), strings.ToLower(s)
	if len(ls) < 5 || len(lw) != len(ls)+1 {
		return false
	}
	for i := 0; i+1 < len(lw); i++ {
		if lw[i] == lw[i+1] && isLetterByte(lw[i]) && lw[:i]+lw[i+1:] == ls {
			return !strings.Contains(ls, lw[i:i+2])
		}
	}
	return false
}

// finalYForI reports whether w is the listed surname s, of five letters or
// more and ending in i, with a y for that i (Talabany for Talabani:
// check11z-missed's "President Jalal Talabany"). titledDoubled reads it,
// as a doubled letter, only after a title and the listed given names: the
// English knows the person, so it misspells the listed surname rather than
// transliterating the Korean, where y for i alone stays a transliteration
// (vowelVariant: Jenkyns, Jenkins).
func finalYForI(w, s string) bool {
	return len(s) >= 5 && len(w) == len(s) && strings.HasSuffix(s, "i") && strings.HasSuffix(w, "y") && w[:len(w)-1] == s[:len(s)-1]
}

// doubledAfterConsonant reports whether w is s with one consonant written
// twice right after another consonant, nothing else changed, s of four
// letters or more (Boltt for Bolt). English doubles a consonant after a
// short vowel only, so a doubled letter closing a cluster (ltt) is a slip,
// not a spelling, and the five-letter floor of onlyDoubled (which keeps
// Muallem and Moualem apart from short names) is not needed for it
// (session 26, helper T90, issue #11: check15h-missed's "Usain Boltt" for
// 우사인 볼트; TestDoubledAfterConsonant, person_lettervariants_test.go).
func doubledAfterConsonant(w, s string) bool {
	lw, ls := strings.ToLower(w), strings.ToLower(s)
	if len(ls) < 4 || len(lw) != len(ls)+1 {
		return false
	}
	for i := 1; i+1 < len(lw); i++ {
		if lw[i] == lw[i+1] && isConsonantByte(lw[i]) && isConsonantByte(lw[i-1]) && lw[i-1] != lw[i] && lw[:i]+lw[i+1:] == ls {
			return true
		}
	}
	return false
}

// isConsonantByte reports whether b is an ASCII consonant letter (y and w
// counted as vowels: they close a vowel in English spelling).
func isConsonantByte(b byte) bool {
	return b < 0x80 && isLetterByte(b) && strings.IndexByte("aeiouywAEIOUYW", b) < 0
}

// droppedDouble reports whether w is the listed surname s with one of its
// doubled consonants written once, nothing else changed, s of six letters
// or more (Waren for Warren). vowelVariant reads a doubled letter once as
// a transliteration's variant (Muallem, Mualem), and for a name the forms
// show to be transliterated (transliteratedName: an al- prefix, two
// surnames, a Korean romanization) it stays one; but beside the listed
// given names of a name the list writes one way, a Latin-script surname
// the English took from knowing the person, a doubled consonant dropped is
// a typing slip as one added is (onlyDoubled), and the Korean (워런) gives
// no doubled letter to hear (session 26, helper T92, issue #11:
// check15l-missed's "Elizabeth Waren" for 엘리자베스 워런; TestDroppedDouble,
// person_givenvariants_test.go).
func droppedDouble(w, s string) bool {
	lw, ls := strings.ToLower(w), strings.ToLower(s)
	if len(ls) < 6 || len(lw) != len(ls)-1 {
		return false
	}
	for i := 1; i+1 < len(ls); i++ {
		if ls[i] == ls[i+1] && isConsonantByte(ls[i]) && ls[:i]+ls[i+1:] == lw {
			return true
		}
	}
	return false
}

// Session 28 (helper T112, issue #11): a doubled consonant moved or a
// letter tripled. transliterated takes a doubled letter written once or
// twice for another transliteration (al-Moualem, al-Moallem: the Arabic
// shadda heard or not), but the shadda sits on one consonant: a surname
// whose doubled consonant is written once and another consonant doubled
// instead (Abass for Abbas) doubles a letter the name never doubles, and
// a letter three times in a row (Abbbas) is no spelling of any name. With
// the listed given names both are typing slips, as onlyDoubled's are
// (testdata/check16x-missed's "Mahmoud Abass" for 마무드 아바스, G154's
// planted miss; TestMisplacedDouble).

// misplacedDouble reports whether w is the surname s (any case) with its
// letters in order but a doubled consonant moved (one doubled consonant of
// s written once, another consonant of it written twice, the length kept)
// or a letter written three times in a row that s does not triple.
func misplacedDouble(w, s string) bool {
	wr, sr := letterRuns(strings.ToLower(w)), letterRuns(strings.ToLower(s))
	if len(wr) != len(sr) || len(wr) == 0 || len(w) < 4 {
		return false
	}
	var dropped, added int
	for i := range wr {
		if wr[i].c != sr[i].c {
			return false
		}
		switch {
		case wr[i].n == sr[i].n:
		case wr[i].n >= 3 && sr[i].n < 3:
			return true // Abbbas
		case wr[i].n == 1 && sr[i].n == 2 && isConsonantByte(wr[i].c):
			dropped++
		case wr[i].n == 2 && sr[i].n == 1 && isConsonantByte(wr[i].c):
			added++
		default:
			return false
		}
	}
	return dropped == 1 && added == 1
}

// letterRun is a run of one byte written n times.
type letterRun struct {
	c byte
	n int
}

// letterRuns returns the runs of equal bytes of w.
func letterRuns(w string) []letterRun {
	var out []letterRun
	for i := 0; i < len(w); i++ {
		if k := len(out) - 1; k >= 0 && out[k].c == w[i] {
			out[k].n++
			continue
		}
		out = append(out, letterRun{w[i], 1})
	}
	return out
}
