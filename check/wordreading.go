package check

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
	"bitext/lexicon"
)

// Session 15 (helper T7, issue 11): Korean place forms that read as another
// word in the sentence. Two kinds are told from the Korean around the form,
// whatever the glossary:
//
//   - A place whose form ends in 도 (a province or an island: 경기도,
//     강화도, 황해도) or 만 (a bay: 진주만) is also, when the part before is
//     a common word, that word and the particle 도 "too, also" or 만
//     "only": 경기도 꽤 잘하고 "did quite well at the game too" (경기 +
//     도; held-out-glossary-11, ntrex-odd 1375, the one such pair of the
//     judged parts), 협력 강화도 논의했다 "discussed stronger cooperation
//     too". The particle reading is taken when the form stands bare (no
//     particle after it: 경기도의, 경기도에서 are the province) and the next
//     word is a predicate or an adverb (predicateOrAdverb): a province
//     before a space is followed by a noun (경기도 수원시, 경기도 북부,
//     경기도 관계자는), a word that is an object of a verb too in the other
//     reading (경기도 회복세를 보였다, "the economy too showed a recovery"),
//     which the rule leaves a mention. A form whose part before the suffix
//     is a form of the same entry (제주도 beside 제주) names the place
//     either way.
//   - A place form inside a fixed Korean phrase that names something else
//     (otherWords): 대전 in 세계 대전 and 2차 대전 (the world wars), which a
//     glossary could say with not_in (house.csv does) but a third-party list
//     does not.
//
// Either is no mention: no target-term-missing and no anchor for the
// misaligned rule. Table cases: TestWordReading. Below them: the title 시장
// read as "market" (placeTitleReading) and two words of one stem read as
// no second spelling (termSpellings).

// particleSuffixes are the last syllables of place forms that are Korean
// particles too: 도 (province, island; "too") and 만 (bay; "only").
const particleSuffixes = "도만"

// adverbs are Korean adverbs that follow a noun with 도 or 만 ("경기도 꽤
// 잘하고") and never a province's name.
var adverbs = setOf("꽤", "잘", "많이", "좀", "매우", "아주", "너무", "더", "덜", "가장", "다소", "점차", "점점", "계속",
	"곧", "이미", "여전히", "역시", "또한", "함께", "안", "못", "별로", "전혀", "다시", "꼭", "늘", "자주", "조금",
	"훨씬", "한층", "정말", "참", "제법", "그리", "그다지", "아직", "빨리")

// predicateEnds are endings of Korean predicates (final and connective) that
// the places and nouns written after a province (수원시, 북부, 관계자는)
// do not end in.
var predicateEnds = []string{"다", "고", "며", "지만", "는데", "니다", "요", "면서", "죠"}

// predicateOrAdverb reports whether the Korean word w (trailing punctuation
// trimmed) is an adverb (adverbs, or a word of two syllables or more in
// 히 or 게: 상당히, 크게) or ends as a predicate does (predicateEnds:
// 잘하고, 좋다, 나빴지만).
func predicateOrAdverb(w string) bool {
	w = strings.TrimRight(w, ",.!?;:\"'”’)")
	if w == "" || !hangulOnly(w) {
		return false
	}
	if adverbs[w] {
		return true
	}
	n := utf8.RuneCountInString(w)
	if n >= 2 && (strings.HasSuffix(w, "히") || strings.HasSuffix(w, "게")) {
		return true
	}
	for _, e := range predicateEnds {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// particleReading reports whether the bare place form of source match m
// reads as a common word and the particle 도 or 만 (see above).
func particleReading(text string, m glossary.Match) bool {
	if m.Entry.Type != glossary.Place || m.Suffix != "" || m.Short {
		return false
	}
	form := text[m.Start:m.End]
	last, size := utf8.DecodeLastRuneInString(form)
	if !strings.ContainsRune(particleSuffixes, last) || utf8.RuneCountInString(form) < 3 || !hangulOnly(form) {
		return false
	}
	stem := form[:len(form)-size]
	for _, t := range m.Entry.Terms {
		if t.Text == stem {
			return false // 제주도 beside 제주: the place either way
		}
	}
	rest, ok := strings.CutPrefix(text[m.End:], " ")
	if !ok {
		return false
	}
	if i := strings.IndexAny(rest, " \t\n"); i >= 0 {
		rest = rest[:i]
	}
	return predicateOrAdverb(rest)
}

// otherWords are fixed Korean phrases holding a place form that name
// something else, by form.
var otherWords = map[string][]string{
	"대전": {"세계 대전", "세계대전", "차 대전", "차대전"},
}

// inOtherWord reports whether source match m is inside one of otherWords.
func inOtherWord(text string, m glossary.Match) bool {
	list := otherWords[text[m.Start:m.End]]
	return list != nil && inside(text, m.Start, m.End, list)
}

// The title 시장 "mayor" is the common noun "market" too (주택 시장, 세계
// 시장은, 시장에 팔러 가다; 32 --missing all false alarms of
// held-out-glossary-2, seen, where house2.csv lists the compounds it
// foresaw as not_in). A Korean mayor is named with the city: 서울시 시장,
// 뉴욕 시장, 이스탄불 시장은 (judged real, the English giving the city's
// governor). So a title entry of that form counts only after a place: a
// word ending in 시, 도, 주 or 군 (서울시, 경기도, 뉴욕주), a foreign place
// (foreignPlaces) or a place of the glossary, bare or with 의, possibly
// with 전 or 현 ("former", "current") between, or after a person of the
// glossary (블룸버그 시장은, planted in check11b); else the common noun, not
// reported missing. It stays an anchor for the misaligned rule and the
// rules that ask whether a pair reads as aligned (namedAround), as before:
// left out of the anchors it lost a real oil-price finding of
// held-out-glossary-2 (kpc-test 395). placeTitleReading.

// placeTitles are title forms that are common nouns too, read as the title
// only after a place.
var placeTitles = setOf("시장")

// placeTitleReading reports whether the title form of source match m is one
// of placeTitles without a place before it (see above): the common noun.
func (c *Checker) placeTitleReading(pr Pair, m glossary.Match) bool {
	if m.Entry.Type != glossary.Title || !placeTitles[pr.Source[m.Start:m.End]] {
		return false
	}
	w, start := prevWord(pr.Source, m.Start)
	if w == "전" || w == "현" {
		w, _ = prevWord(pr.Source, start)
	}
	w = strings.TrimSuffix(w, "의")
	if w == "" {
		return true
	}
	if foreignPlaces[w] || strings.HasSuffix(w, "시") || strings.HasSuffix(w, "도") || strings.HasSuffix(w, "주") || strings.HasSuffix(w, "군") {
		return false
	}
	for _, x := range c.matcher(pr.SourceLang).FindAll(w) {
		if (x.Entry.Type == glossary.Place || x.Entry.Type == glossary.Person) && x.Start == 0 {
			return false
		}
	}
	return true
}

// Two words of one stem are no second spelling (session 15, helper T7, on
// the sixteen default inconsistent false alarms of held-out-glossary-12,
// house12's terms, seen): a desk admits several words for one Korean term
// (vote, voting, voters for 투표; terrorism, terrorist, terror for 테러;
// funds, funding; diplomats, diplomatic; Olympic, Olympic Games), and
// "spellings" took any two as spellings of one word for sharing a run of
// three letters (police and officers share "ice"). For the English forms
// of an entry of type term, two forms are spellings only when they are
// not two words of one stem (a shared start of three letters or more and
// two endings of English words after it: vot-e, vot-ers; terror-ism,
// terror-ist; denucleariz-es, denucleariz-ation), not the one with more
// words than the other (Olympic, Olympic Games), and close: a shared
// start of three letters or a distance of at most a quarter of the
// shorter (denuclearisation, denuclearization; cease-fire, ceasefire).
// The same holds for two lower-case forms of any entry (prosecutors,
// prosecution for 검찰, a body): common words, not a name's spellings.
// Names keep the rule as it was. termSpellings, commonWords (both clauses
// of secondSpelling since session 16); table cases:
// TestTermSpellings.

// commonWords reports whether two forms of entry e are read as common words
// by termSpellings: e is a term, or both forms start in lower case.
func commonWords(e *glossary.Entry, a, b string) bool {
	if e.Type == glossary.TermType {
		return true
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return unicode.IsLower(ra) && unicode.IsLower(rb)
}

// wordEndings are English inflectional and derivational endings.
var wordEndings = setOf("", "s", "es", "e", "ed", "d", "ing", "er", "ers", "or", "ors", "ion", "ions", "ation", "ations",
	"ist", "ists", "ism", "isms", "ic", "ics", "al", "ally", "ly", "ity", "ment", "ments", "ize", "izes", "ized", "ise",
	"ises", "ised", "ive", "ives", "ant", "ants", "ance", "ence", "y", "ies", "ied", "ian", "ians", "an", "ans")

// termSpellings reports whether two Latin forms of a term are spellings of
// one word (see above); a form with Hangul is left to spellings.
func termSpellings(a, b string) bool {
	if !latinOnly(a) || !latinOnly(b) {
		return true
	}
	aw, bw := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(aw) != len(bw) {
		short, long := aw, bw
		if len(short) > len(long) {
			short, long = long, short
		}
		if slices.Equal(short, long[:len(short)]) || slices.Equal(short, long[len(long)-len(short):]) {
			return false // Olympic, Olympic Games
		}
	}
	x, y := string(foldLetters(a)), string(foldLetters(b))
	if x == y {
		return true
	}
	lcp := 0
	for lcp < len(x) && lcp < len(y) && x[lcp] == y[lcp] {
		lcp++
	}
	for k := lcp; k >= 3; k-- {
		if wordEndings[x[k:]] && wordEndings[y[k:]] {
			return false // two words of one stem
		}
	}
	lim := max(2, min(len(x), len(y))/4)
	return lcp >= 3 || glossary.Distance(x, y, lim) <= lim
}

// latinOnly reports whether s has no letter outside ASCII.
func latinOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// withoutFormPlaces returns the target of pair pr with the capitalized
// English words the core lexicon gives for a Hangul word of body match m's
// Korean form written in lower case, so that shortBodyName does not read a
// country the form holds as the body's short name: "southern China" is no
// China Southern Airlines for 중국 남방항공 (중국 = China; kpc-test 1392, a
// real omission that held-out-glossary-22's judge noted unreported). Only
// a form of several Korean words counts (민주당 alone is the body: a
// "Democratic congresswoman"), and a possessive stays ("Scotland's NHS",
// "Iraq's Olympic Committee": the body's country owning it). Other
// entries' targets are returned as they are.
func withoutFormPlaces(m glossary.Match, pr Pair) string {
	if m.Entry.Type != glossary.Organization {
		return pr.Target
	}
	stems := lexicon.KoreanStems(hangulSpan(pr.Source, m.Start, m.End))
	if len(stems) < 2 {
		return pr.Target // the form's one word: the body itself (민주당, "Democratic")
	}
	target := pr.Target
	core := lexicon.Core()
	for _, s := range stems {
		for _, tr := range core.Translations(s) {
			if tr == "" || strings.ContainsRune(tr, ' ') || tr[0] < 'a' || tr[0] > 'z' {
				continue
			}
			title := strings.ToUpper(tr[:1]) + tr[1:]
			for i := 0; ; {
				j := strings.Index(target[i:], title)
				if j < 0 {
					break
				}
				j += i
				i = j + len(title)
				if (j == 0 || !isWordByte(target[j-1])) && (i == len(target) || !isWordByte(target[i]) && !possessiveAt(target, i)) &&
					!nameGoesOn(target, i) { // "City of London Police": London inside a longer name (wordreading.go)
					target = target[:j] + tr + target[i:]
				}
			}
		}
	}
	return target
}

// possessiveAt reports whether text[i:] begins with 's or ’s.
func possessiveAt(text string, i int) bool {
	return strings.HasPrefix(text[i:], "'s") || strings.HasPrefix(text[i:], "’s")
}

// placeParticleAfter reports whether the one-word Hangul form of person
// match m, a form the list marks as ambiguous (it has context words), is
// followed by 에서, the particle of a place or a thing (a person takes
// 에게서 or 한테서): 페리에서 내리는 is getting off a ferry, not Rick Perry, though
// a minister's title stands before it (held-out-glossary-23, wmt24pp 24).
func placeParticleAfter(text string, m glossary.Match) bool {
	if m.Entry.Type != glossary.Person || !strings.HasPrefix(text[m.End:], "에서") || strings.Contains(text[m.Start:m.End], " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[m.Start:])
	return isHangulSyllable(r)
}

// timeDeterminers are the Korean words that, before a one-syllable noun,
// make it a time noun (지난 주, last week; 이번 주, 다음 달, 매 주, 첫 주,
// 몇 주): 전 (former) and 이 (this) are left out, as they name a post or a
// place as readily (전 주 경찰 간부, a former state police officer).
//
// Session 19 (helper T27, issue #11): what house29 found.
var timeDeterminers = map[string]bool{
	"지난": true, "지지난": true, "이번": true, "저번": true, "다음": true, "다다음": true,
	"오는": true, "매": true, "첫": true, "몇": true, "금": true,
}

// timeWordBefore reports whether source match m is a form whose first word
// is one Hangul syllable (주 경찰, state police) read where that syllable
// belongs to a time expression before it: a time determiner as the word
// before (지난 주 경찰에, "last week, to the police"; house29's kpc-test
// 198) or glued to it (지난주 경찰에). The syllable is then the time noun
// (week, month), not the start of the form. TestTimeWordBefore.
func timeWordBefore(text string, m glossary.Match) bool {
	form := text[m.Start:m.End]
	r, n := utf8.DecodeRuneInString(form)
	if !isHangulSyllable(r) || n >= len(form) || form[n] != ' ' {
		return false // not a form of several words whose first has one syllable
	}
	end := m.Start
	if end > 0 && text[end-1] == ' ' {
		end-- // the word before, apart (지난 주)
	}
	start := hangulRunStart(text, end)
	return start < end && timeDeterminers[text[start:end]]
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

// bodyNamedAfter reports whether the person's Korean form m is followed
// in the source by a noun of a body named after the person (크롬웰 연맹, the
// Cromwell Society, held-out-glossary-43's ntrex-odd 169; 재단, 협회,
// 기념관 ...: attributiveNouns), with no particle between: the source
// names the body, not the person, so the English owes the person no form
// (the admitted one-word 크롬웰 is no short form, which attributive
// already left out).
func bodyNamedAfter(source string, m glossary.Match) bool {
	if m.Entry.Type != glossary.Person || m.Suffix != "" || m.End+1 >= len(source) || source[m.End] != ' ' {
		return false
	}
	rest := source[m.End+1:]
	for _, w := range koreanBodyNouns {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// koreanBodyNouns are the Korean nouns of attributiveNouns that name a
// body or a building (not 정부 or 행정부, the person's own government).
var koreanBodyNouns = []string{"연맹", "협회", "재단", "연구소", "기념관", "기념사업회", "박물관", "도서관"}

// nameGoesOn reports whether a capitalized word follows target[:i] after
// one space: a place word there is inside a longer name ("the City of
// London Police" for 런던 경찰청, check12r's p-9, house44), so
// withoutFormPlaces keeps it capitalized, and the name's last word
// (Police) is not read as the body's short name standing alone.
func nameGoesOn(target string, i int) bool {
	return i+1 < len(target) && target[i] == ' ' && upperAt(target, i+1)
}
