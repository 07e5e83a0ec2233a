package check

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
	"bitext/romanize"
)

// Persons whose listed Korean form holds their title (session 15, helper
// T7, issue 11): a glossary may list a person by name and title (테레사
// 수녀, Mother Teresa; 마더 테레사 admitted), and English news refers to
// such a person by the title alone, as a description: "declaring the nun a
// saint" for 테레사 수녀를 성자로 (held-out-glossary-10, kpc-test 47, judged
// false: no English segment beside it names her). target-term-missing for a
// person is therefore not reported when the last word of the matched Korean
// form is a title (koreanRoles, formTitles) and the English describes a
// person by that title's English noun: an opener (the, this, that), at most
// two words, the noun in lower case with no capitalized word or "of" after
// it (describedBy). The pair must read as a sound translation: no strong
// number of the source left without its partner, no number added, and no
// other person of the source missing from the English (loneAbsentPerson).
//
// A title written after a name the form does not hold (김대중 전 대통령,
// "the former president") stays a finding, as session 7 decided ("the
// justice minister" for 조국 법무부 장관 is a name left out; TestPairRules,
// TestNamedNearby): a rule reading such descriptions too was tried and
// dropped, as it changed no judged finding but kpc-test 1924, which
// held-out-4 judged real (house.csv: a broken pair) and
// held-out-glossary-11 false (house11), the same finding. Table cases:
// TestTitleDescribed.

// formTitles are English nouns of Korean titles that koreanRoles lacks:
// religious ones, which a listed form holds (테레사 수녀).
var formTitles = map[string][]string{
	"수녀": {"nun", "sister"}, "신부": {"priest", "father"}, "목사": {"pastor", "minister", "preacher"}, "스님": {"monk"},
	"추기경": {"cardinal"}, "주교": {"bishop"}, "대주교": {"archbishop"},
}

// formTitle returns the English nouns of the title that ends the person
// form of source match m (테레사 수녀), or nil.
func formTitle(source string, m glossary.Match) []string {
	form := source[m.Start:m.End]
	i := strings.LastIndexByte(form, ' ')
	if i <= 0 {
		return nil
	}
	w := form[i+1:]
	if ns := formTitles[w]; ns != nil {
		return ns
	}
	return koreanRoles[w]
}

// describedPerson reports whether the English of pair pr describes the
// person of source match m by the title its Korean form holds.
func describedPerson(m glossary.Match, pr Pair) bool {
	if m.Entry.Type != glossary.Person || !isEnglish(pr.TargetLang) {
		return false
	}
	ns := formTitle(pr.Source, m)
	return ns != nil && describedBy(setOf(ns...), pr.Target)
}

// loneAbsentPerson reports whether m is the only person among the source
// matches absent from the target.
func loneAbsentPerson(absent []glossary.Match, m glossary.Match) bool {
	for _, a := range absent {
		if a.Entry.Type == glossary.Person && a.Entry != m.Entry {
			return false
		}
	}
	return true
}

// A title beside a name the English gives (session 15, helper T7; the
// --missing all false alarms of held-out-glossary-2, seen): English news
// names a person without the title the Korean writes after the name (굴러
// 주지사는 → "Guler said"; 골람 후세인 엘함 법무장관이 → "Gholam-Hossein
// Elham"; 버락 오바마 상원의원 → "Barack Obama"), which an editor accepts
// (the consonants of 굴러, gulleo, are not Guler's: that one stays).
// Session 9's labelOfName reads this for persons of the glossary; a
// person the glossary does not list is found by the consonants of the
// Hangul word right before the title (one space between, no particle on
// it) in a capitalized English word (sameSkeleton, skeleton.go), or a
// one-syllable family name by its usual spellings (surnameIn). Not when
// the English has another title of the glossary (a wrong title), nor when
// the word is a place or a body (foreignPlaces, or a glossary entry's
// form that is no person's: 이라크 대통령 평의회, 캄보디아 대사, which
// the English gives as "Iraqi" and "Cambodia's").
// titleOfNamed; table cases: TestTitleOfNamed.
func (c *Checker) titleOfNamed(m glossary.Match, pr Pair, inTarget []*glossary.Entry) bool {
	if m.Entry.Type != glossary.Title || !isEnglish(pr.TargetLang) || m.Start < 2 || pr.Source[m.Start-1] != ' ' {
		return false
	}
	for _, e := range inTarget {
		if e != m.Entry && e.Type == glossary.Title {
			return false // another title: a wrong one
		}
	}
	w, _ := prevWord(pr.Source, m.Start)
	if keys := surnameKeys(w); keys != nil && !notSurnames[w] {
		return surnameIn(pr.Target, keys) // 이 후보 → "Lee" (a family name alone before a title)
	}
	if utf8.RuneCountInString(w) < 2 || !hangulOnly(w) || particleEnd(w) || foreignPlaces[w] {
		return false
	}
	for _, x := range c.matcher(pr.SourceLang).FindAll(w) {
		if x.Entry.Type != glossary.Person && x.Start == 0 {
			return false // a place's or a body's title (이라크 대통령, 캄보디아 대사), not a person's
		}
	}
	// Session 17, helper T14: not when the English gives the name a
	// common title whose Korean words the source lacks, before it or after
	// it (T10's titleWords: "Governor Bloomberg" for 블룸버그 시장), as
	// for a listed person (otherTitleBefore).
	var lower string
	return englishNameAt(pr.Target, w, func(start, end int, _ string) bool {
		if lower == "" {
			lower = strings.ToLower(pr.Target)
		}
		if len(lower) != len(pr.Target) {
			return true // a letter whose lower case is of another length: no place to read
		}
		for _, t := range []string{titleEnding(lower[:start]), titleAfter(lower[end:])} {
			if t != "" && !anyIn(pr.Source, titleWords[t]) {
				return false
			}
		}
		return true
	})
}

// A title of a nominee (7 --missing all false alarms of
// held-out-glossary-2, seen): the Korean writes the office and a word for
// its nominee (대법관 지명자, 대법관 후보자, 대법관 지명), the English the
// nominee ("Supreme Court nominee Brett Kavanaugh", "his nomination"). A
// title followed by 지명, 후보 or 내정자 is rendered by nominee, nomination,
// pick, candidate, designate or appointee in the English. nomineeTitle;
// table cases: TestTitleOfNamed.
func nomineeTitle(m glossary.Match, pr Pair) bool {
	if m.Entry.Type != glossary.Title || !isEnglish(pr.TargetLang) {
		return false
	}
	rest := strings.TrimLeft(pr.Source[min(len(pr.Source), m.End+len(m.Suffix)):], " ")
	if !strings.HasPrefix(rest, "지명") && !strings.HasPrefix(rest, "후보") && !strings.HasPrefix(rest, "내정자") {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(pr.Target), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if nomineeWords[w] {
			return true
		}
	}
	return false
}

var nomineeWords = setOf("nominee", "nominees", "nomination", "pick", "candidate", "designate", "appointee")

// notSurnames are one-syllable words before a title that are more often
// no family name: 전 "former", 현 "current", 각 "each", 그 "that", 새
// "new", 부 "vice", 총 "general".
var notSurnames = setOf("전", "현", "각", "그", "새", "부", "총")

// surnameIn reports whether English text has a capitalized word (a
// possessive 's aside) whose romanize.Key is one of keys and that no
// capitalized word follows (a family name alone, not a given name before
// another name: "John McCain" is no 전): a Korean family name alone (이
// Lee, Yi, Rhee), as the English gives a person the Korean names by family
// name and title (이 후보의 발언, "Lee's remarks"; held-out-glossary-12's
// sample, seen). Session 15.
func surnameIn(text string, keys []string) bool {
	ws := strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) })
	for i, w := range ws {
		w = wordAt(strings.TrimLeft(w, "\"'“‘("), 0) // its letters: Lee of Lee's, Lee’s, Lee¡¯s
		if !upperAt(w, 0) || allUpper(w) || !slices.Contains(keys, romanize.Key(w)) {
			continue
		}
		if i+1 < len(ws) && upperAt(strings.TrimLeft(ws[i+1], "\"'“‘("), 0) && !strings.HasSuffix(ws[i], ",") {
			continue // a given name before another name
		}
		return true
	}
	return false
}

// northSurnames are North Korean spellings of family names with the
// initial ㄹ or ㄴ the South drops (리 외무상, "Ri"; held-out-glossary-15's
// --missing all false alarms, seen: ntrex-even 750-765, Ri Yong-ho), by
// their Southern spelling. Session 16 (helper T9).
var northSurnames = map[string]string{"리": "이", "림": "임", "류": "유", "로": "노", "량": "양", "려": "여", "렴": "염", "룡": "용", "랑": "낭"}

// surnameKeys is romanize.SurnameKeys, with a North Korean spelling read
// as its Southern family name and by its own romanization (리: Ri, Lee,
// Yi, Rhee).
func surnameKeys(w string) []string {
	if keys := romanize.SurnameKeys(w); keys != nil {
		return keys
	}
	south, ok := northSurnames[w]
	if !ok {
		return nil
	}
	keys := romanize.SurnameKeys(south)
	if k := romanize.Key(romanize.Word(w)); !slices.Contains(keys, k) {
		keys = append(keys, k)
	}
	return keys
}

// appositionDescribed reports whether source person match m stands after
// a description joined to it by 인 ("DESCRIPTION인 NAME": 다크나이트 스타인
// 베일, 잘생긴 기타리스트인 로니) whose last noun is a loanword the English
// gives as a definite description: the noun's English word (soundsLike),
// in lower case, with the, this or that at most four words before it and
// no capitalized word or "of" after it ("the 34-year-old "Dark Knight"
// star", "The craggy guitarist"; held-out-glossary-17, kpc-dev 80 and
// kpc-test 459, judged false: a second reference by description). The
// Korean describes the person there itself, which the English keeps; a
// title after a name (조국 법무부 장관, "the justice minister") stays a
// finding, as session 7 decided.
func appositionDescribed(m glossary.Match, pr Pair) bool {
	if m.Entry.Type != glossary.Person || !isEnglish(pr.TargetLang) || !strings.HasSuffix(pr.Source[:m.Start], "인 ") {
		return false
	}
	end := m.Start - len("인 ")
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(pr.Source[:start])
		if !isHangulSyllable(r) {
			break
		}
		start -= n
	}
	noun := pr.Source[start:end]
	if utf8.RuneCountInString(noun) < 2 {
		return false
	}
	words := strings.FieldsFunc(pr.Target, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\'' || r == '-' || r >= 0x80 && r != '“' && r != '”' && r != '‘' && r != '’')
	})
	for i, w := range words {
		if w == "" || w[0] < 'a' || w[0] > 'z' || !(soundsLike(noun, w) || strings.HasSuffix(w, "s") && soundsLike(noun, w[:len(w)-1])) {
			continue
		}
		if i+1 < len(words) && (words[i+1] == "of" || words[i+1][0] >= 'A' && words[i+1][0] <= 'Z') {
			continue // "the star of", "the star Christian Bale": the name given or another
		}
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if descriptionOpeners[strings.ToLower(words[k])] {
				return true
			}
		}
	}
	return false
}

// countWords are the English number words of a small count of persons.
var countWords = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "both": 2,
}

// peopleNouns are plural nouns for persons that roleNouns (singulars of
// roles) does not give: groups a Korean list of names is counted by.
var peopleNouns = map[string]bool{
	"men": true, "women": true, "people": true, "persons": true, "children": true,
	"soldiers": true, "troops": true, "hostages": true, "captives": true, "detainees": true,
	"militants": true, "sailors": true, "pilots": true, "workers": true, "members": true,
	"citizens": true, "nationals": true, "officers": true, "students": true, "climbers": true,
}

// personPlural reports whether lower-case word w is a plural noun for
// persons: a people noun, or a role noun with -s or -es.
func personPlural(w string) bool {
	if peopleNouns[w] {
		return true
	}
	if !strings.HasSuffix(w, "s") {
		return false
	}
	return roleNouns[strings.TrimSuffix(w, "s")] || strings.HasSuffix(w, "es") && roleNouns[strings.TrimSuffix(w, "es")]
}

// countedPersons reports whether the English of pr counts the absent
// persons of the source, among them m's: k listed persons (k >= 2, every
// person of absent, m's entry one of them) and a number word or digits of
// k in the English with a plural noun for persons after it, two words
// between at most. One listed person joined by 와 or 과 to a Hangul word
// of no match of sm, the source's matches, counts two (describedpair.go).
//
// Session 20 (helper T29, issue #11): Persons the Korean names and the
// English counts instead ("the bodies of two Israeli soldiers" for 에후드
// 우디 골드와서와 엘다브 레게브의 시신: house28's kpc-test
// 500, two default false alarms, judged a description) are described, not
// missing (countedPersons): two or more listed persons of the source, all
// absent from the English, and their number in the English (a number word or
// digits) with a plural noun for persons after it, two words between at most
// (personPlural: a role noun of roleNouns, or a plain noun for people:
// soldiers, hostages, men). Under the describedPerson branch's guard (no
// strong number of the source left without its partner). Another count ("two
// soldiers" for three names) stays a finding.
func countedPersons(absent []glossary.Match, m glossary.Match, pr Pair, sm []glossary.Match) bool {
	if m.Entry.Type != glossary.Person || !isEnglish(pr.TargetLang) {
		return false
	}
	var ents []*glossary.Entry
	for _, a := range absent {
		if a.Entry.Type == glossary.Person && !slices.Contains(ents, a.Entry) {
			ents = append(ents, a.Entry)
		}
	}
	k := len(ents)
	if k == 1 && koreanPairedName(pr.Source, m, sm) {
		k = 2 // 에후드 우디 골드와서와 엘다브 레게브, one of them unlisted (describedpair.go)
	}
	if k < 2 || !slices.Contains(ents, m.Entry) {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(pr.Target), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
	for i, w := range words {
		n, ok := countWords[w]
		if !ok {
			if d, err := strconv.Atoi(w); err == nil {
				n, ok = d, true
			}
		}
		if !ok || n != k {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+3; j++ {
			if personPlural(words[j]) {
				return true
			}
		}
	}
	return false
}

// kinGroupKo are Korean nouns for a person's family or children (not one
// relative: 미라 홀트의 어머니가, "Her mother", stays a finding, TestRelation).
var kinGroupKo = []string{"일가족", "가족", "유가족", "유족", "자녀", "자손", "후손", "가문"}

// kinGroupEn are English nouns for a family or children.
var kinGroupEn = setOf("family", "families", "relatives", "children", "sons", "daughters", "descendants", "heirs", "kin")

// kinOf reports whether the source person match m is followed by 의 and a
// Korean noun for a family or children (a particle or anything else after
// it) and the English of pr has such a noun: the person names the
// relatives the sentence is about. The caller asks only when the English
// gives no rendering of the person, and a family of another name ("The
// family of Baha Hassan", "Hassan's family" for 바하 무사의 유가족) is no
// evidence (TestArabicLastWord).
//
// Session 20 (helper T29, issue #11): A person the Korean names only as the
// possessor of relatives (니콜라이 2세의 일가족과, 니콜라이
// 2세의 자녀 2명의 유해: the czar's family, his children) is no
// missing person where the English speaks of those relatives (kinOf:
// "Bolsheviks executed the czar's family", "the two children's bodies",
// house7's kpc-test 386 and 387, two default false alarms): the person form,
// 의, a Korean noun for a family or children (가족, 일가족, 유족,
// 자녀, 자손, 후손), an English one (family, relatives, children,
// sons, daughters, descendants) as a word of the pair's English, and no
// rendering of the person there. One relative (미라 홀트의
// 어머니가, "Her mother said") stays a finding, as session 17's
// TestRelation has it; relationGloss (session 17) still takes any kin noun
// followed by 인, 이자 or a space, whatever the English says.
func kinOf(m glossary.Match, pr Pair) bool {
	if m.Entry.Type != glossary.Person || !isEnglish(pr.TargetLang) {
		return false
	}
	rest, ok := strings.CutPrefix(pr.Source[m.End:], "의")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	kin := false
	for _, k := range kinGroupKo {
		if strings.HasPrefix(rest, k) {
			kin = true
		}
	}
	if !kin {
		return false
	}
	words := strings.FieldsFunc(pr.Target, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	for i, w := range words {
		lw := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "'s"), "’s")
		if !kinGroupEn[strings.TrimSuffix(lw, "'")] {
			continue
		}
		if i > 0 && (strings.HasSuffix(words[i-1], "'s") || strings.HasSuffix(words[i-1], "’s")) && capitalized(words[i-1]) ||
			i+2 < len(words) && words[i+1] == "of" && capitalized(words[i+2]) {
			continue // another name's family: "Hassan's family", "The family of Baha Hassan"
		}
		return true
	}
	return false
}

// capitalized reports whether w starts with an upper-case letter.
func capitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// otherCount reports whether English text has "the other" followed by a
// count of persons (a number word or digits): "The other four".
//
// Session 20 (helper T29, issue #11): "The other four are Lebanese
// militants" for 쿤타르와 함께 풀려난 4명은 (the four freed with
// Kuntar; house18's kpc-test 498, a default false alarm, Kuntar named two
// lines before) refers to the person as the one the group is beside: T24's
// namedEarlier takes "the other" with a count (otherCount) as it takes a
// pronoun or a description, with the person named by a listed form earlier
// in the article and under its number guard.
func otherCount(text string) bool {
	if !strings.Contains(text, "other ") {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for i := 0; i+2 < len(words); i++ {
		if words[i] != "the" || words[i+1] != "other" {
			continue
		}
		if _, ok := countWords[words[i+2]]; ok && words[i+2] != "both" {
			return true
		}
		if _, err := strconv.Atoi(words[i+2]); err == nil {
			return true
		}
	}
	return false
}
