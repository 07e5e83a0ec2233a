package align

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"bitext/lexicon"
	"bitext/number"
	"bitext/romanize"
)

// Anchor kinds, kept in the top bits of an anchor key so that a number and
// a word with the same spelling never match.
const (
	kindNumber uint64 = 1 << 62
	kindLatin  uint64 = 2 << 62
	kindTerm   uint64 = 3 << 62
	keyMask    uint64 = 1<<62 - 1
)

// feature is what the scorer knows about one segment.
type feature struct {
	len   float64  // length in English-character units (see segLength)
	keys  []uint64 // anchors that must be matched: numbers, Latin tokens of the Korean side, salient English tokens, glossary terms
	words []uint64 // every Latin token (English side), for looking up the other side's Latin tokens
	quote bool     // has a quotation mark
	quest bool     // ends in or contains a question mark
	// qCloses and qOpens: how many quotations the segment closes that
	// were opened before it, and opens that it leaves open (quoteShape).
	qCloses, qOpens uint8
	// names: on the Korean side the sorted skeleton prefixes of its words,
	// on the English side the skeletons of its capitalized words, with
	// nameW their weights.
	names   []uint64
	weak    []uint64 // weak numbers (see numberKeys)
	english bool     // the English side: names holds skeletons, not prefixes
	extra   bool     // an English-edition line with no original: credit, footer, translator's note
	cont    bool     // opens with a continuation (continuations, koreanContinuations): carries on the sentence before
	formula bool     // a wire formula (formulaLine; on the Korean side koreanFormula, set by markFormulas): nobody answered, could not be verified
	nameW   []float64
	// Lexicon evidence (Options.Lexicon): on the Korean side the sorted
	// translation ids of each known stem and their sorted union; on the
	// English side the sorted ids of its known words.
	lexK   [][]int32
	lexAll []int32
	// lexPos (English side) is where the word of each id of lexAll
	// stands in the sentence, 0 to 1; ordered tells that the feature is
	// one sentence whose lexicon ids are in text order (lexK) or have
	// positions (lexPos), not a paragraph's (orderCost).
	lexPos  []float32
	ordered bool
	// lexBloom has bit id%64 set for every id of lexAll, lexKBloom the
	// same for each stem of lexK: a lookup whose bits are not all there
	// cannot succeed, and most lookups of the search are such misses.
	lexBloom  uint64
	lexKBloom []uint64
	// loc is the feature's keys numbered by the lattice it is in
	// (setLexLocal; nil until then).
	loc *numbered
	// roman: on the Korean side the sorted keys of its words read as
	// Korean names (package romanize), on the English side the keys of its
	// runs of capitalized words.
	roman []uint64
	// named: the names of the lattice's English side (skeletons of four
	// or more classes, romanization keys) that the other side of the
	// lattice names too, sorted: on the English side its own such
	// names, on the Korean side those it has (setNamed).
	named []uint64
	// nameMid (English side): a capitalized word past the first, of four
	// or more consonant classes, names someone or something (nameInside).
	nameMid bool
	// contrast: a Korean segment opens with a contrastive (그러나,
	// 하지만 …; contrastsKorean), an English one has a contrastive word
	// anywhere (but, however …; contrastsEnglish).
	contrast bool
	// rep (English side): the length (segLength) of the opening words
	// with which the segment repeats the opening of the segment before
	// it (repeatedOpening), 0 when none: a split sentence's subject said
	// again.
	rep float64
	// weekdays is a bit set of the weekdays the segment names (bit 0
	// Sunday): weekday words on both sides, and on the Korean side the
	// weekdays of its days of the month when the article's date is known.
	weekdays uint8
	// openIDs: the sorted translation ids of the segment's opening (its
	// first known stems, or its first English words; openingIDs in
	// opening.go), openBloom their bits.
	openIDs   []int32
	openBloom uint64
	// oneClause (English side): the sentence is one clause (clauses.go).
	oneClause bool
	// oneStatement (English side): one clause but for "and" and "or"
	// (clauseLine in clauses.go; wSplitClauses).
	oneStatement bool
	// clauses (Korean side): the sentence's clause count, at most 255
	// (koreanClauses, splitclauses.go).
	clauses uint8
}

// segLength measures s in English-character units: a Hangul syllable counts
// hangulWeight, a CJK ideograph ideographWeight, every other rune (spaces
// included) one.
// hanFirst is where unicode.Han begins (TestScriptBounds): segLength
// counts a rune below it as one without looking it up.
const hanFirst = 0x2E80

func segLength(s string) float64 {
	n := 0.0
	for _, r := range s {
		switch {
		case r >= 0xAC00 && r <= 0xD7A3:
			n += hangulWeight
		case r < hanFirst:
			n++
		case unicode.Is(unicode.Han, r):
			n += ideographWeight
		default:
			n++
		}
	}
	return n
}

// hashKey is the key of s of a kind: FNV-1a (64 bits) of s in the low
// bits, written out so that no hash object is made per key.
func hashKey[T string | []byte](kind uint64, s T) uint64 {
	const offset64, prime64 = 14695981039346656037, 1099511628211
	h := uint64(offset64)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime64
	}
	return kind | h&keyMask
}

// numberKeys returns keys for the numbers of a text (package number),
// comparable across Korean and English: a date by its day (31일 and Oct. 31
// agree) or else its month, a clock time modulo 12 hours, anything else by
// its value to three significant digits, since translators round. Weak
// numbers (the word "one", a converted amount in brackets) are returned
// apart: they count when matched and are not missed when not.
func numberKeys(text string, lang language.Tag) (strong, weak []uint64) {
	for _, n := range number.Extract(text, lang) {
		var k string
		switch n.Kind {
		case number.Date:
			m, d := int(n.Value)/100, int(n.Value)%100
			if d > 0 {
				k = "d" + strconv.Itoa(d)
			} else {
				k = "m" + strconv.Itoa(m)
			}
		case number.Time:
			k = "t" + strconv.Itoa(int(math.Mod(n.Value, 720)))
		default:
			k = "v" + strconv.FormatFloat(n.Value, 'g', 3, 64)
		}
		h := hashKey(kindNumber, k)
		if n.Weak {
			weak = append(weak, h)
		} else {
			strong = append(strong, h)
		}
		weak = appendConverted(weak, n)
	}
	return strong, weak
}

// conversions gives, for a unit of length, speed, area or temperature
// (package number's units), the factor to the usual unit of the other
// system: a Korean text gives kilometres where the English original
// says miles (120km, 75 mph).
var conversions = map[string]float64{
	"km": 1 / 1.609344, "mi": 1.609344, "kmh": 1 / 1.609344, "mph": 1.609344,
	"m": 1 / 0.3048, "ft": 0.3048, "cm": 1 / 2.54, "in": 2.54,
	"ha": 1 / 0.40468564224, "acre": 0.40468564224, "m2": 1 / 0.09290304, "ft2": 0.09290304,
}

// appendConverted appends to weak the keys of n's measure converted to
// the other system (kilometres and miles, metres and feet, hectares and
// acres; Celsius and Fahrenheit to the degree), as translators round it:
// to a whole number, two or three significant digits, or a multiple of
// 5, 10, 50 or 100 within conversionTolerance of the exact value.
func appendConverted(weak []uint64, n number.Number) []uint64 {
	if n.Kind != number.Cardinal || n.Unit == "" {
		return weak
	}
	var v float64
	if f, ok := conversions[n.Unit]; ok {
		v = n.Value * f
	} else {
		switch n.Unit {
		case "C": // degrees: to Fahrenheit and back, to the degree
			return append(weak, hashKey(kindNumber, "v"+strconv.FormatFloat(math.Round(n.Value*9/5+32), 'g', 3, 64)))
		case "F", "deg":
			return append(weak, hashKey(kindNumber, "v"+strconv.FormatFloat(math.Round((n.Value-32)*5/9), 'g', 3, 64)))
		}
		return weak
	}
	var seen [7]float64
	ns := 0
	for _, r := range [...]float64{
		math.Round(v),
		roundSignificant(v, 2),
		roundSignificant(v, 3),
		math.Round(v/5) * 5,
		math.Round(v/10) * 10,
		math.Round(v/50) * 50,
		math.Round(v/100) * 100,
	} {
		if r == 0 || math.Abs(r-v) > conversionTolerance*math.Abs(v) || slices.Contains(seen[:ns], r) {
			continue
		}
		seen[ns] = r
		ns++
		weak = append(weak, hashKey(kindNumber, "v"+strconv.FormatFloat(r, 'g', 3, 64)))
	}
	return weak
}

// conversionTolerance is how far a rounded conversion may be from the
// exact one (package number compares measures in different units within
// the same 5%).
const conversionTolerance = 0.05

// roundSignificant rounds v to d significant digits.
func roundSignificant(v float64, d int) float64 {
	if v == 0 {
		return 0
	}
	p := math.Pow(10, float64(d)-math.Ceil(math.Log10(math.Abs(v))))
	return math.Round(v*p) / p
}

// latinTokens splits the Latin-script and digit runs of s into tokens
// (G20, OECD, COVID-19, Samsung). Hyphens and dots inside a token are kept.
func latinTokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		// A Hangul syllable is not looked up: unicode.Latin has none
		// (TestScriptBounds).
		in := r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
			!(r >= 0xAC00 && r <= 0xD7A3) && unicode.In(r, unicode.Latin) && unicode.IsLetter(r)
		if !in && start >= 0 && (r == '-' || r == '.' || r == '&') && i+1 < len(s) && isLatinByte(s[i+1]) {
			continue
		}
		if in {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func isLatinByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// salient reports whether an English token is one a Korean translation
// usually keeps in Latin script: acronyms and codes (OECD, G20, COVID-19,
// iPhone), not ordinary words or capitalized names.
func salient(tok string) bool {
	upper, lower, digit := 0, 0, 0
	for _, r := range tok {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r >= 'a' && r <= 'z':
			lower++
		case r >= '0' && r <= '9':
			digit++
		}
	}
	switch {
	case digit > 0:
		return upper+lower > 0
	case lower == 0:
		return upper >= 2
	}
	return tok[0] >= 'a' && tok[0] <= 'z' && upper > 0
}

// editionPhrases mark the lines an English edition adds on its own:
// credits, footers, corrections and notes on the translation. Each list
// is tried only when its key is in the line (fewer string searches per
// line: this runs on every English segment). Session 7 added the photo
// credits, datelines of the reporting, corrections and follow-us lines of
// news style (written from house styles, not taken from the evaluation
// data).
var editionPhrases = []struct {
	key     string
	phrases []string
}{
	{" by", []string{"translated by", "translation by", "edited by", "reporting by", "written by",
		"photo by", "photos by", "editing by", "writing by", "compiled by"}},
	{"report", []string{"contributed to this report", "contributed reporting", "reporter:",
		"additional reporting", "reported from", "is a staff reporter", "is a reporter"}},
	{"this ", []string{"this article was translated", "this article was originally",
		"an earlier version of this", "this story has been", "this article has been",
		"this story was updated", "this article was updated", "wrote this story", "wrote this article"}},
	{"yonhap", []string{"yonhap news agency", "(yonhap)", "[yonhap]"}},
	{"photo", []string{"photo:", "photos:", "file photo"}},
	{"", []string{"korea joongang daily", "copyright", "all rights reserved", "read the original",
		"for more news", "@", "courtesy of", "image:", "correction:", "clarification:",
		"follow us on", "follow our coverage", "sign up for", "subscribe to",
		"is a staff writer", "is a correspondent", "the views expressed", "opinions expressed",
		"with reporting from", "with reporting by", "english desk", "news desk", "contact the reporter",
		"contact the writer", "e-mail:", "email:", "appeared in the print edition", "in the print edition of",
		"original korean article", "the original article", "article first appeared", "story first appeared"}},
}

// editionOnly reports whether an English line is one of them, a line
// that opens as a desk's contact does ("Write to …", "Contact: …"), or a
// wire credit standing alone (wireCredit). Session 14 added the contact
// lines, print-edition notes and "with reporting from" credits.
func editionOnly(s string) bool {
	l := strings.ToLower(s)
	if strings.HasPrefix(l, "write to ") || strings.HasPrefix(l, "contact: ") {
		return true
	}
	return editionAny.in(l) || wireCredit(s)
}

// phraseSet finds whether a text contains any of its phrases, each
// counted only where the text also contains the phrase's key (none for
// ""), in one pass: the phrases of two bytes or more by their first two
// bytes, the shorter ones by strings.Contains.
type phraseSet struct {
	short []keyPhrase
	first map[uint16][]keyPhrase
	has   [1 << 10]uint64 // bit k: first holds phrases opening with k
}

type keyPhrase struct{ key, phrase string }

func newPhraseSet(phrases []keyPhrase) *phraseSet {
	ps := &phraseSet{first: map[uint16][]keyPhrase{}}
	for _, p := range phrases {
		if len(p.phrase) < 2 {
			ps.short = append(ps.short, p)
			continue
		}
		k := uint16(p.phrase[0])<<8 | uint16(p.phrase[1])
		ps.first[k] = append(ps.first[k], p)
		ps.has[k>>6] |= 1 << (k & 63)
	}
	return ps
}

// in reports whether l contains one of the phrases and its key, as
// strings.Contains tried with each would.
func (ps *phraseSet) in(l string) bool {
	for _, p := range ps.short {
		if strings.Contains(l, p.phrase) && strings.Contains(l, p.key) {
			return true
		}
	}
	for i := 0; i+1 < len(l); i++ {
		k := uint16(l[i])<<8 | uint16(l[i+1])
		if ps.has[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		for _, p := range ps.first[k] {
			if strings.HasPrefix(l[i:], p.phrase) && strings.Contains(l, p.key) {
				return true
			}
		}
	}
	return false
}

// editionAny is the phraseSet of the editionPhrases, with their groups'
// keys.
var editionAny = func() *phraseSet {
	var all []keyPhrase
	for _, g := range editionPhrases {
		for _, p := range g.phrases {
			all = append(all, keyPhrase{g.key, p})
		}
	}
	return newPhraseSet(all)
}()

// wireCredit reports whether s is a bare agency credit: one to three
// words of capital letters and digits, starting with a letter (with
// dashes, slashes, brackets and dots around them), such as "AP",
// "(AFP)", "— REUTERS" or "NEWS1 / NEWSIS".
func wireCredit(s string) bool {
	if len(s) > 40 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			return false
		}
	}
	words := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("-–—/()[].,;:", r)
	})
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if utf8.RuneCountInString(w) < 2 {
			return false
		}
		for k, r := range w {
			if (r < 'A' || r > 'Z') && (k == 0 || r < '0' || r > '9') {
				return false
			}
		}
	}
	return true
}

// isApostrophe reports whether the ' or ’ at s[i] stands between two
// Latin letters (it's, Korea’s), where it is not a quotation mark.
func isApostrophe(s string, i int, prev rune) bool {
	if s[i] != '\'' && !strings.HasPrefix(s[i:], "’") {
		return false
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	next, _ := utf8.DecodeRuneInString(s[i+size:])
	latin := func(r rune) bool { return r < 0x250 && unicode.IsLetter(r) }
	return latin(prev) && latin(next)
}

func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '‘', '’', '「', '」', '『', '』', '«', '»':
		return true
	}
	return false
}

// extract computes the feature of one segment. korean tells which side's
// rules apply: on the Korean side every Latin token is an anchor, on the
// English side only the salient ones are, while all are looked up.
func extract(s string, lang language.Tag, terms []string, cache map[string][]uint64) feature {
	base, _ := lang.Base()
	korean := base.String() != "en"
	f := feature{len: segLength(s), english: !korean}
	strong, weak := numberKeys(s, lang)
	f.keys = append(f.keys, strong...)
	f.weak = weak
	for _, t := range latinTokens(s) {
		if !hasLetter(t) {
			continue
		}
		k := hashKey(kindLatin, strings.ToLower(t))
		if korean {
			f.keys = append(f.keys, k)
			continue
		}
		f.words = append(f.words, k)
		if salient(t) {
			f.keys = append(f.keys, k)
		}
	}
	for _, t := range terms {
		f.keys = append(f.keys, hashKey(kindTerm, t))
	}
	if korean {
		for _, k := range koreanNamePrefixes(s) {
			f.names = append(f.names, hashKey(0, k))
		}
		slices.Sort(f.names)
	} else {
		seen := map[string]bool{}
		names, mid := englishNamesMid(s)
		f.nameMid = mid
		for _, k := range names {
			if seen[k] {
				continue
			}
			seen[k] = true
			f.names = append(f.names, hashKey(0, k))
			f.nameW = append(f.nameW, nameWeight(len(k)))
		}
	}
	f.weekdays = weekdayWords(s, korean)
	if korean {
		f.cont = continuesKorean(s)
		f.contrast = contrastsKorean(s)
		f.clauses = uint8(min(koreanClauses(s), 255)) // splitclauses.go
		for w := range strings.FieldsSeq(s) {
			f.roman = append(f.roman, romanKeys(w, cache)...)
		}
		slices.Sort(f.roman)
		f.roman = slices.Compact(f.roman)
	} else {
		f.extra = editionOnly(s)
		f.formula = !f.extra && formulaLine(s)
		f.cont = continues(s)
		f.contrast = contrastsEnglish(s)
		f.oneClause = oneClause(s) // clauses.go
		f.oneStatement = clauseLine(s, true)
		for _, k := range capitalRuns(s) {
			if k = romanize.Key(k); len(k) >= minRomanKey {
				f.roman = append(f.roman, hashKey(0, k))
			}
		}
		slices.Sort(f.roman)
		f.roman = slices.Compact(f.roman)
	}
	f.qCloses, f.qOpens = quoteShape(s) // quoteshape.go
	prev := rune(0)
	for i, r := range s {
		if isQuote(r) && !isApostrophe(s, i, prev) {
			f.quote = true
		}
		prev = r
		if r == '?' || r == '？' {
			f.quest = true
		}
	}
	slices.Sort(f.keys)
	slices.Sort(f.words)
	return f
}

var (
	englishWeekdays = [7]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	koreanWeekdays  = [7]string{"일요일", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일"}
)

// weekdayWords returns the weekdays a text names (금요일, Friday).
func weekdayWords(s string, korean bool) uint8 {
	var set uint8
	if korean {
		for d, w := range koreanWeekdays {
			if strings.Contains(s, w) {
				set |= 1 << d
			}
		}
		return set
	}
	if !strings.Contains(s, "day") {
		return 0
	}
	l := strings.ToLower(s)
	for d, w := range englishWeekdays {
		if strings.Contains(l, w) {
			set |= 1 << d
		}
	}
	return set
}

// dayWeekdays returns the weekdays of the dates of a Korean text, taken
// in the article's month when the text gives no month, or in the month
// before when the day is after the article's (news reports the recent
// past) or the text says 지난달 (last month).
func dayWeekdays(s string, lang language.Tag, article time.Time) uint8 {
	var set uint8
	for _, n := range number.Extract(s, lang) {
		if n.Kind != number.Date {
			continue
		}
		m, d := int(n.Value)/100, int(n.Value)%100
		if d < 1 || d > 31 {
			continue
		}
		y := article.Year()
		switch {
		case m == 0 && strings.Contains(s, "지난달"):
			m = int(article.Month()) - 1
			if m == 0 {
				m, y = 12, y-1
			}
		case m == 0 && d <= article.Day():
			m = int(article.Month())
		case m == 0:
			m = int(article.Month()) - 1
			if m == 0 {
				m, y = 12, y-1
			}
		case m > int(article.Month()):
			y--
		}
		t := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
		if t.Day() != d { // 31 of a 30-day month
			continue
		}
		set |= 1 << uint(t.Weekday())
	}
	return set
}

// romanKeys returns the hashed romanization keys of a Korean word read as
// a name (package romanize), remembered in cache (nil: not remembered).
func romanKeys(w string, cache map[string][]uint64) []uint64 {
	if ks, ok := cache[w]; ok {
		return ks
	}
	var out []uint64
	stem := lexicon.Stem(strings.TrimFunc(w, func(r rune) bool { return r < 0xAC00 || r > 0xD7A3 }))
	romanize.EachNameKey(stem, func(k []byte) {
		if len(k) >= minRomanKey {
			out = append(out, hashKey(0, k))
		}
	})
	if cache != nil {
		cache[w] = out
	}
	return out
}

// continuations are the words that open an English sentence carrying on
// the one before it: a coordinating conjunction, a linking adverb, a
// relative pronoun, or It and That standing for what the sentence before
// named. An editor who splits a long translated sentence starts its second
// half so ("…, but the island…" → "But the island…", "…, which was…" →
// "It was…"); a line the edition adds on its own (context, a footer)
// seldom opens so. Written from English usage (session 11), not taken
// from the evaluation data; see wContinues.
var continuations = map[string]bool{
	"But": true, "And": true, "Yet": true, "So": true, "Or": true, "Nor": true,
	"However,": true, "Meanwhile,": true, "Still,": true, "Instead,": true, "Also,": true,
	"Which": true, "Who": true, "Whom": true, "Whose": true,
	"It": true, "That": true,
}

// continues reports whether an English line opens with one of the
// continuations, as written (capitalized, a comma kept where the list
// has one).
func continues(s string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return continuations[w]
}

// koreanContinuations are the Korean counterparts of continuations: a
// sentence opening with one (그러나, 하지만, 또한, 이는 …) carries on the
// one before it too, so an English line opening with a continuation is
// at home beside it (wContMatch). Written from Korean usage (session 11).
var koreanContinuations = map[string]bool{
	"그러나": true, "하지만": true, "그런데": true, "그리고": true, "또한": true, "또": true,
	"그래서": true, "따라서": true, "반면": true, "반면에": true, "한편": true, "그럼에도": true,
	"이는": true, "이것은": true, "그것은": true, "이에": true,
}

// continuesKorean reports whether a Korean line opens with one of the
// koreanContinuations (a comma after it allowed).
func continuesKorean(s string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return koreanContinuations[strings.TrimRight(w, ",，")]
}

// koreanContrasts are the koreanContinuations that set the sentence
// against the one before it (그러나, 하지만 …): its translation keeps a
// contrastive word (englishContrasts) in a merge. Written from Korean
// usage (session 13), not taken from the evaluation data; see wContrast.
var koreanContrasts = map[string]bool{
	"그러나": true, "하지만": true, "그런데": true, "반면": true, "반면에": true, "그럼에도": true, "그렇지만": true,
}

// contrastsKorean reports whether a Korean line opens with one of the
// koreanContrasts (a comma after it allowed).
func contrastsKorean(s string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return koreanContrasts[strings.TrimRight(w, ",，")]
}

// englishContrasts are the English words that set a clause against
// another (lower case). Written from English usage (session 13).
var englishContrasts = map[string]bool{
	"but": true, "however": true, "yet": true, "although": true, "though": true, "while": true,
	"whereas": true, "despite": true, "nevertheless": true, "still": true, "instead": true,
}

// contrastsEnglish reports whether an English text has one of the
// englishContrasts anywhere, in any case.
func contrastsEnglish(s string) bool {
	var buf [12]byte
	n, long := 0, false // the current word's letters, lowered; too long for buf
	for i := 0; i <= len(s); i++ {
		if i < len(s) {
			if c := s[i] | 0x20; c >= 'a' && c <= 'z' { // an ASCII letter
				if n < len(buf) {
					buf[n] = c
					n++
				} else {
					long = true
				}
				continue
			}
		}
		if n >= 3 && !long && englishContrasts[string(buf[:n])] { // no allocation
			return true
		}
		n, long = 0, false
	}
	return false
}

// functionWords are English words too common for an opening made of them
// to be a subject said again (repeatedOpening).
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "it": true, "he": true,
	"she": true, "they": true, "this": true, "there": true, "that": true, "these": true, "those": true,
	"we": true, "i": true, "you": true, "his": true, "her": true, "their": true, "its": true, "as": true,
	"for": true, "of": true, "to": true, "and": true, "but": true, "is": true, "was": true, "were": true,
	"are": true, "has": true, "have": true, "had": true, "by": true, "with": true, "from": true, "if": true,
}

// repeatedOpening is the length (segLength, a space after each word) of
// the words with which the English sentence s, past an opening
// continuation (But, And …), repeats the opening of the sentence before
// it, prev: an editor who splits "The report was issued in 2006 and is
// the last U.N. study …" writes "The report is the last U.N. study …".
// It is 0 unless the repeated words include one that is not a function
// word (a possessive or contracted pronoun, it's, counts as one) and prev
// ends as a sentence does (not a headline said again).
func repeatedOpening(prev, s string) float64 {
	if !endsSentence(prev) {
		return 0
	}
	a, b := prev, s
	if w, rest, _ := strings.Cut(strings.TrimSpace(b), " "); continuations[w] {
		b = rest
	}
	content, length := false, 0.0
	for {
		x, restA := nextField(a)
		y, restB := nextField(b)
		x, y = strings.Trim(x, ",;:"), strings.Trim(y, ",;:")
		if x == "" || !strings.EqualFold(x, y) {
			break
		}
		w := strings.ToLower(x)
		for _, suffix := range [...]string{"'s", "’s", "'re", "’re"} {
			w = strings.TrimSuffix(w, suffix)
		}
		if !functionWords[w] && len(w) >= 2 {
			content = true
		}
		length += segLength(y) + 1
		a, b = restA, restB
	}
	if !content {
		return 0
	}
	return length
}

// nextField returns the first space-separated field of s and the rest.
func nextField(s string) (field, rest string) {
	s = strings.TrimLeft(s, " \t")
	i := strings.IndexAny(s, " \t")
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// endsSentence reports whether s ends with a full stop, question or
// exclamation mark, before any closing quotation marks or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\"'”’)")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}
