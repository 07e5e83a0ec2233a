package check

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 15, helper T8 (issue #11): inconsistent is for the desk spelling
// one name or word two ways in one article (Chung Eui-yong, Chung
// Eui-young; organisation, organization; Kim Jong Un, Kim Jong-un). Two
// different words a list admits for one entry (press briefing, press
// conference; tropical storm, tropical depression) are a style choice, and
// two forms of one stem (evacuated, evacuees; shooting, shot) grammar:
// neither is a second spelling. Developed on every judged part's
// inconsistent findings (the 36 judged: 7 real, all Korean spellings; 29
// false, all English; held-out-glossary-12 and -13's 6 left false alarms
// seen) and the planted sets. For two forms with no Hangul, a spelling
// variant is (spellingVariant):
//   - the same letters apart from spaces, hyphens, periods, apostrophes,
//     letter case and diacritics (Kim Jong Un, Kim Jong-un; Thomas Bjørn,
//     Thomas Bjorn; Blair MacPherson, Blair Macpherson), but not a
//     difference in the case of words' first letters only (Parliament, the
//     parliament: the proper name and its usual common-noun reference);
//   - British and American spellings (centre, center; defence, defense;
//     programme, program; colour, color; catalogue, catalog);
//   - a small edit: at most 2 and at most 20% of the longer form's letters
//     (Nouri, Nuri al-Maliki; Khaled Meshaal, Mashaal; Michel Suleiman,
//     Sleiman; denuclearisation);
//   - for names (not common words, see commonWords), the same consonant
//     skeleton: the letters without vowels and y, doubled letters as one,
//     at least three left (Mohammed, Muhammad).
//
// Korean forms keep the rule of spellings (two shared syllables): every
// judged Korean finding was real (유엔총회, 유엔 총회; 자넷, 재닛 잭슨).

// spellingVariant reports whether two Latin-script forms of one entry are
// spellings of one another (above); names says the entry's forms are
// names rather than common words.
func spellingVariant(a, b string, names bool) bool {
	if a == b {
		return true
	}
	if firstCaseOnly(a, b) {
		return false
	}
	x, y := variantKey(a), variantKey(b)
	if x == y || britishAmerican(x) == britishAmerican(y) {
		return true
	}
	n := max(utf8.RuneCountInString(x), utf8.RuneCountInString(y))
	if lim := min(2, n/5); lim > 0 && glossary.Distance(x, y, lim) <= lim {
		return true
	}
	if names && sameWords(a, b) {
		return true // Eui-yong Chung, Chung Eui-yong
	}
	if names {
		sx := consonantSkeleton(x)
		return len(sx) >= 3 && sx == consonantSkeleton(y)
	}
	return false
}

// firstCaseOnly reports whether a and b differ only in the case of the
// first letters of their space-separated words (Parliament, parliament).
func firstCaseOnly(a, b string) bool {
	aw, bw := strings.Fields(a), strings.Fields(b)
	if a == b || len(aw) != len(bw) {
		return false
	}
	for i := range aw {
		ra, na := utf8.DecodeRuneInString(aw[i])
		rb, nb := utf8.DecodeRuneInString(bw[i])
		if aw[i][na:] != bw[i][nb:] || unicode.ToLower(ra) != unicode.ToLower(rb) {
			return false
		}
	}
	return true
}

// letterFolds spell out the Latin letters foldAccents keeps.
var letterFolds = map[rune]string{'ø': "o", 'æ': "ae", 'œ': "oe", 'ß': "ss", 'ł': "l", 'đ': "d", 'ı': "i", 'þ': "th", 'ð': "d"}

// variantKey returns the letters of s, lower case, without diacritics and
// a leading article (the Worldwide Web, World Wide Web).
func variantKey(s string) string {
	for _, a := range []string{"the ", "a ", "an "} {
		if len(s) > len(a) && strings.EqualFold(s[:len(a)], a) {
			s = s[len(a):]
			break
		}
	}
	var b strings.Builder
	for _, r := range foldAccents(s) {
		r = unicode.ToLower(r)
		if f, ok := letterFolds[r]; ok {
			b.WriteString(f)
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// britishSpellings map British to American spellings, applied to both keys
// alike (so a replacement inside another word changes nothing).
var britishSpellings = strings.NewReplacer("isation", "ization", "ise", "ize", "yse", "yze", "our", "or", "tre", "ter",
	"bre", "ber", "ogue", "og", "ence", "ense", "amme", "am", "ll", "l", "ae", "e", "oe", "e")

func britishAmerican(key string) string { return britishSpellings.Replace(key) }

// consonantSkeleton returns the consonants of key, a doubled one once.
func consonantSkeleton(key string) string {
	var b []byte
	for i := 0; i < len(key); i++ {
		c := key[i]
		if strings.IndexByte("aeiouy", c) >= 0 || c >= 0x80 {
			continue
		}
		if c == 'x' {
			// Session 18 (helper T21): x is ks (Alexander, Aleksandr:
			// house23's planted two spellings in one article).
			if len(b) == 0 || b[len(b)-1] != 'k' {
				b = append(b, 'k')
			}
			c = 's'
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// sameWords reports whether a and b have the same words (variantKey) in
// another order.
func sameWords(a, b string) bool {
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) < 2 || len(aw) != len(bw) {
		return false
	}
	ka, kb := make([]string, len(aw)), make([]string, len(bw))
	for i := range aw {
		ka[i], kb[i] = variantKey(aw[i]), variantKey(bw[i])
	}
	slices.Sort(ka)
	slices.Sort(kb)
	return slices.Equal(ka, kb)
}

// hasHangul reports whether s has a Hangul syllable.
func hasHangul(s string) bool {
	for _, r := range s {
		if 0xAC00 <= r && r <= 0xD7A3 {
			return true
		}
	}
	return false
}

// secondSpelling reports whether form t of entry e, met in an article after
// form first of it, is a second spelling of first (inconsistent): the one
// definition (session 16, helper T9) of what were two layered filters,
// T7's termSpellings and T8's latinVariant (which called the first). Two
// forms with Hangul: they share a run of two syllables (spellings). Two
// without: they share a run of three letters (Tories and Conservatives, US
// and U.S. do not); common words (commonWords) are also not two words of
// one stem and near in letters (termSpellings: vote, voters and
// immigration, migrants are not spellings); and t is a spelling variant
// of first (spellingVariant) or of another listed form that is not
// another word of its stem nor far from it (termSpellings again: a
// respelling, "Conservative Parti" after "Conservatives"). Every clause
// counts: leaving any one out changes the answer for some pair of forms of
// the glossaries in the repository (TestSecondSpelling has a case for
// each), and the definition gives the same answer as the two filters did
// for every ordered pair of forms of one entry in the glossary files of
// the repository's test data (TestSecondSpellingAsSession15: 16,372 pairs
// in 27 files when it was written).
func secondSpelling(e *glossary.Entry, t, first *glossary.Term) bool {
	a, b := t.Text, first.Text
	if caseOnly(a, b) {
		return true // Washington State after Washington state (session20t30.go)
	}
	if markOrAmpersand(a, b) {
		return true // Turkiye after Türkiye, and after & (session21t40.go)
	}
	if hasHangul(a) || hasHangul(b) {
		return spellings(a, b) // Korean forms: the rule of spellings
	}
	if !spellings(a, b) {
		return false // two names: no run of three letters shared (Tories, Conservatives)
	}
	names := !commonWords(e, a, b)
	if !names && !termSpellings(a, b) {
		return false // common words: two words of one stem (vote, voters), or far apart
	}
	if spellingVariant(a, b, names) {
		return true
	}
	for _, o := range e.Terms {
		if o != t && o != first && o.Lang == t.Lang && o.Text != a && termSpellings(a, o.Text) && spellingVariant(a, o.Text, names) {
			if !names && oneStemTwoWords(a, b) && !inflectedPair(o.Text, b) {
				// Session 18 (helper T19): two common words of one stem,
				// the first no form of the word respelled ("defense team"
				// after "public defenders": defender with its admitted
				// defence and defense; house20, a false alarm;
				// TestOneStemTwoWords). "analyzed" after "analyse" still is
				// one: analysed is analyse inflected.
				continue
			}
			return true // a respelling of another form ("Conservative Parti" after "Conservatives")
		}
	}
	return false
}

// soundAlike reports whether a and b, one-word Hangul forms of person e
// of two syllables or more, differ in their vowels alone, syllable by
// syllable (the same initial and final consonants): 애치슨 and 아체슨 (David
// Acheson; testdata/check11s-missed) share no two syllables but are one
// name transliterated twice, a second spelling in one article (session 17,
// T17; TestKoreanSoundAlike). A consonant added or changed (리아나, 리한나)
// is left to spellings.
func soundAlike(e *glossary.Entry, a, b string) bool {
	if koreanReadingPair(e, a, b) {
		return true // 타이완 after 대만, 북경 after 베이징: two names of one thing (session23t52.go)
	}
	if a == b || !oneWordPerson(e, a, b) {
		return false
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra) == len(rb)+1 && len(rb) >= 2 {
		return contractedAlike(ra, rb) // 아구에로, 아궤로 (session18t19.go)
	}
	if len(ra) != len(rb) || len(ra) < 2 {
		return false
	}
	for i := range ra {
		if !syllablesAlike(ra[i], rb[i], i == 0) {
			return false
		}
	}
	return true
}

// oneStemTwoWords reports whether a and b are single words that begin
// alike in four letters or more, differ after that in a letter or more
// each, and are no spelling variants of each other (checked by the
// caller): defense and defender, two words of one stem.
func oneStemTwoWords(a, b string) bool {
	if strings.ContainsAny(a, " -") || strings.ContainsAny(b, " -") {
		return false
	}
	la, lb := strings.ToLower(a), strings.ToLower(b)
	n := commonPrefix(la, lb)
	return n >= 4 && n < utf8.RuneCountInString(la) && n < utf8.RuneCountInString(lb)
}

// inflectedPair reports whether single words x and y are one word, one of
// them the other with an inflectional ending (s, es, d, ed, ing), a final
// e dropped before it: analysed and analyse, defences and defence.
func inflectedPair(x, y string) bool {
	x, y = strings.ToLower(x), strings.ToLower(y)
	if len(x) < len(y) {
		x, y = y, x
	}
	for _, stem := range []string{y, strings.TrimSuffix(y, "e")} {
		if rest, ok := strings.CutPrefix(x, stem); ok {
			switch rest {
			case "", "s", "es", "d", "ed", "ing":
				return true
			}
		}
	}
	return false
}
