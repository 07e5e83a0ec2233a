package mine

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"

	"golang.org/x/text/language"

	"bitext/glossary"
	"bitext/lexicon"
	"bitext/tm"
)

// State is what Run counted: the last unit read and, per pair of a Korean
// and an English form, the units, days, documents and examples. It is
// saved in a compact binary file next to the TM (see CachePath and
// State.Write) so the next run reads only new units.
type State struct {
	Version int
	LastID  int64
	Units   int
	Pairs   map[string]*pairStats
	// Stale holds the glossary counts for drift of glossary entries, for
	// the glossary and Recent day named by its Key; a run with another
	// glossary or day counts them again over every unit.
	Stale *staleState
	// Lexicon is the key of the lexicon (Options.Lexicon) the pairs were
	// found with, empty for none: the evidence of a unit depends on it, so
	// a state is added to only by runs with the same lexicon.
	Lexicon string

	lex  *lexicon.Lexicon // Options.Lexicon of the run adding units
	memo *memo            // keys of forms seen, made by the first Add

	// lazy holds the pairs of a base cache file seen in one unit, not
	// decoded until a run meets them again (Pairs has those it met);
	// lazyErr is the first error decoding one.
	lazy    *lazyPairs
	lazyErr error
	// track makes Add note what it changes in each pair (pairStats.d)
	// and list the pairs changed in touched, for a cache segment.
	track   bool
	touched []*pairStats
	keyBuf  []byte
}

type pairStats struct {
	Ko, En string
	Type   glossary.Type
	Sim    float64
	Units  int
	// Person and Place are the units whose text shows a foreign name to
	// be a person's or a place's (kindEvidence): the candidate's type.
	Person, Place int
	// Tail counts the units where the English form is the end of a
	// longer run of capitalized words (League of Premier League), Storm
	// those naming the form a storm (Hurricane Rosa): State.Result.
	Tail, Storm int
	// Org counts the units showing an organisation's (kindEvidence).
	Org      int
	Days     []dayCount // by day, ascending
	First    time.Time
	Last     time.Time
	Docs     []string
	Examples []Example

	d *pairDelta // what this run added, when State.track
}

// pairDelta is what the units of one run added to a pair, and the
// lengths of its docs and examples before them.
type pairDelta struct {
	units, person, place int
	tail, storm, org     int
	days                 []dayCount
	first, last          time.Time
	docs0, ex0, filled0  int
}

// dayCount is the number of units of one day (days since 1970-01-01, UTC).
type dayCount struct {
	Day   int32
	Count int32
}

func dayNumber(t time.Time) int32 {
	s := t.Unix()
	d := s / 86400
	if s < 0 && s%86400 != 0 {
		d-- // floor, for days before 1970
	}
	return int32(d)
}

// stateVersion 68 is 67 with the counts of a name's first word inside
// a longer name of a club, a body or a place (partCounts: partMark+덴버
// ~ Denver of 덴버 너기츠 ~ Denver Nuggets; session 23, helper M46).
// stateVersion 67 is 66 with a country's name the table lists paired
// by a lexicon that gives the country's adjective first (countryRun:
// 한국 ~ South Korea with --lexicon; session 23, helper M46).
// stateVersion 66 is 65 with parties and the European Union in
// nameWords (노동당 ~ Labour, Labour Party; 유럽연합 ~ EU; session 23,
// helper M45).
// stateVersion 65 is 64 with a country's abbreviation the English
// writes paired with the country's Korean name (abbrevPairs: 미국 ~ U.S.;
// session 23, helper M44).
// stateVersion 59 is 58 with capitalized English words holding Latin
// letters outside ASCII after the first (Sánchez, Köln: isCap, latinRest;
// session 22, helper M41).
// stateVersion 58 is 57 with no foreign form going on to a legislature's
// word or the role word 역 (마이크 존슨 하원, 존 스노우 역: leftOnWords), and
// no pair of a dateline's words with more Korean words than its own or a
// Korean form ending in 에 or 에서 (중 한 명이, 파리에서 ~ PARIS;
// dropDatelinePairs; session 22, helper M41).
// stateVersion 57 is 56 with no pair of a dateline's runs opening the
// English (WASHINGTON, BAGHDAD, Iraq before "(CNN)": dropDateline;
// session 22, helper M40).
// stateVersion 56 is 55 with no word in Latin letters, but an acronym,
// of a bracket glossing the Hangul before it paired with itself (Ryan of
// 조안 라이언(Joan Ryan); dropGlosses).
// stateVersion 55 is 54 with only an acronym in brackets beginning a run
// of its own (not "Laura (Julie Christie)").
// stateVersion 54 is 53 with no translated pair of a word alone in
// brackets after a name (미국 ~ CNN of "Kentucky (CNN)"; enRun.split).
// stateVersion 53 is 52 with 미얀마 ~ Burma in the exonyms' table.
// stateVersion 52 is 51 with a Korean family name alone before a
// candidate or an elect, or 전 "former" and a title, paired as before a
// title (이 후보, 이 당선인, 이 전 시장 ~ Lee; titledSurname).
// stateVersion 51 is 50 with a bracket beginning an English run of its
// own ("Colombia (CNN)": Colombia and CNN; session 21, helper M38).
// stateVersion 50 is 49 without the translated pairs of a point of the
// compass alone against a translation of more words, keeping those whose
// translations are all forms of the point (서방 = west, western ~ West;
// compassCut), with a place's evidence from "the city of X" and "X,
// Colorado" for a Korean form of one word, and without a one-word form's
// weaker match beside an exact one inside a longer name (아메리칸 ~ AMR
// Corp.; session 21, helper M37).
// stateVersion 49 is 47 again: 48 left out the translated pairs of a
// point of the compass alone (남한 ~ South of "the South"; compassCut,
// session 20, helper M36), taken out after its held-out run lost 서방 ~
// West (the West) on held-out-200 with --lexicon.
// stateVersion 48 is 47 without the translated pairs of a point of the
// compass alone (taken out: see 49).
// stateVersion 47 is 46 with a person's evidence from a verb in the
// progressive after a name (Nad was calling) and from 지명자 after it
// (캐버노 지명자; session 20, helper M35).
// stateVersion 46 is 45 with a person's evidence from the English around
// a name (an age after its comma, said before it, publicist after its
// possessive, groped after it) and the final e of Wales silent before its
// s (웨일스 ~ Wales; session 20, helper M34).
// stateVersion 45 is 44 with a name's own 's kept (성 마틴 ~ St. Martin's,
// 세인즈버리 ~ Sainsbury's: nameS; session 20, helper M33).
// stateVersion 44 is 43 with storms and bodies the news names by
// translation (stormPairs, nameWords; session 19, helper M30).
// stateVersion 43 is 42 with a French final -ard read as r and a vowel
// (부샤르 ~ Bouchard, 아자르 ~ Hazard) and an English y after a consonant
// read as 아이 for the vowels of short names (드와이어 ~ Dwyer, 타일러 ~
// Tyler; session 19, helper M29).
// stateVersion 42 is 41 with a middle dot between Korean words read as a
// comma, a particle after a closing bracket kept on the word before it
// (영국·아일랜드)에), and a country's form winning a vowel tie against the
// same form with a particle (아일랜드와 ~ Ireland; session 18, helper M28).
// stateVersion 41 is 40 with a bare word of one syllable before a Korean
// title that the English writes after an honorific (본 의원 ~ Mr Bone) not
// vetoed by the lexicon (session 18, helper M26).
// stateVersion 40 is 39 with 유엔 ~ United Nations and 유엔 총회 ~ UN
// General Assembly in nameWords (session 18, helper M25).
// stateVersion 39 is 38 with a company's noun before a name as an
// organisation's evidence (consumer tech company Elvie, 제조업체 엘비;
// session 18, helper M25).
// stateVersion 38 is 37 with session 18's pairs (helper M25): no form on
// past 씨 written apart, a country's 공화국 written apart by the countries
// table, a Latin word before a bracket written on it, a region's word
// before or after a place (술라웨시 중부 ~ Central Sulawesi).
// stateVersion 37 is 36 with names of no consonant but h, w or y paired
// by their vowels (아이오와 ~ Iowa; session 17, helper M24).
// stateVersion 36 is 35 with session 17's pairs (helper M23): an English
// ee and a y after a vowel read as 이 (Reed 리드, May 메이), the months that
// are names kept in a run after a name's word or a title (Theresa May), a
// foreign article kept on the English form the Korean leaves it out of
// (슈피겔 ~ Der Spiegel, no longer the end of a longer run), 로이터 ~
// Reuters in nameWords, an acronym with Hangul words (NBC 뉴스 ~ NBC
// News) and "claims", "denied" … after a name as a person's evidence.
// stateVersion 35 is 34 with the Latin words of a bracket spelling the
// Hangul name before it read as Latin names again (session 16, helper
// M22: leaving them out lost held-out's Schwartz, found by way of one).
// stateVersion 34 is 33 with a body's noun and the copula's 인 before an
// acronym's name a qualifier (단체인 독일산업협회(BDI); session 16, helper
// M22).
// stateVersion 33 is 32 with 연방준비제도 ~ Federal Reserve in nameWords
// (session 16, helper M22).
// stateVersion 32 is 31 with translated names of legislatures and
// committees (nameWords: 상원 ~ Senate), an abbreviation's last full stop
// kept (D.C.), and a Sino-Korean form longer than its stem not vetoed by
// the stem's translations (상해 ~ Shanghai; session 16, helper M22).
// stateVersion 31 is 30 with an English word's final ts, tz or ds read as
// one sound (매사추세츠 ~ Massachusetts), no Latin name from the words of a
// bracket spelling the Hangul name before it (메르켈(Angela Merkel) gives
// no Merkel ~ Merkel), and Latin names typed organisation (session 16,
// helper M22).
// stateVersion 30 is 29 with the one-syllable last word of a full name
// paired (크리스토퍼 힐 ~ Christopher Hill: 힐 ~ Hill; lastWordPair; session
// 15, helper M21).
// stateVersion 29 is 28 with 차관보, 국장, 목사 and 장군 titles (isTitle:
// 힐 차관보 ~ Hill; session 15, helper M21).
// stateVersion 28 is 27 with a Korean family name of one syllable alone
// before a title (이 원장 ~ Rhee: koreanNamePairs), Latin words beside
// typographic quotes (“GM's: containsWord) and Chinese names in their
// Sino-Korean readings (화련 ~ Hualien: sinoPairs) and 공대 in orgWords
// (버지니아 공대 ~ Virginia Tech; session 15, helper M19).
// stateVersion 27 is 26 with an initial R of a name ending in o read
// as ㅎ too (Ronaldo 호날두: hardReadings; session 14, helper M18).
// stateVersion 26 is 25 with the words of a run before its last word a
// run of their own where the unit pairs that last word alone and no pair
// spans the run (by Mbeki Mugabe: namedHeads; session 14, helper M18).
// stateVersion 25 is 24 with a form beginning with a word its unit pairs
// alone as a place with another English name dropped (사라예보 포위공격
// ~ Srebrenica beside 사라예보 ~ Sarajevo; session 14, helper M17).
// stateVersion 24 is the format of 11 with the pairs of session 14
// (helper M17): Slavic readings (dz as ㅈ, a final ic as 치, a j between
// vowels as y: 카라지치 ~ Karadzic, 사라예보 ~ Sarajevo), no first word
// without a consonant before a name of fewer English words (후 음베키), and
// 한반도 ~ Korean Peninsula in the exonyms' table.
// stateVersion 23 is the format of 11 with the pairs of session 14
// (helper M16): a name after a title of several words (Secretary of State
// Condoleezza Rice) is no run's tail, and an English vowel before a
// consonant and a final e is two (Rice 라이스), and 간 "between" on a
// name is a place suffix (오스트리아간의), and acronyms with full stops
// in English (UN은 ~ U.N.) or spelled by the letters' names in Hangul
// (유엔 ~ U.N.) are pairs, an English word's first x is s (Xinhua 신화),
// and a news agency's 통신 written on its name may be left out in English
// (신화통신 ~ Xinhua); the lexicon's veto spares a word of three syllables
// spelling the English consonants exactly (머피트 ~ Murfitt), and a bare
// word of one syllable before a title is a name (킹 의원 ~ King), and an
// airport's city is (마닐라 of 마닐라 국제공항), and exonyms by a table
// (빈 ~ Vienna, 멕시코만 ~ Gulf of Mexico). (Result
// also keeps UN ~ U.N. beside 유엔 ~ U.N., sameLetters: no change of the
// counts.)
// stateVersion 22 is the format of 11 with the pairs of session 14
// (helper M15): a Hangul name with its original in brackets in the same
// field is a word ('마리브'(Ma'ariv)는, 나달(스페인)이: glossed), and a name
// ends there, a particle after a bracket of Latin words or on a Latin
// word (DHA의) is no word;
// a bracket with the English name before the acronym read as the acronym
// alone (식품의약국(Food and Drug Administration, FDA)), 국제공항 a body's
// word (마닐라 국제공항 ~ Manila International Airport), no title a foreign
// name alone (국무위원장), and a Korean given name ending in a particle's
// syllable whole (김정은 ~ Kim Jong Un, not 김정 ~ Kim Jong).
// stateVersion 21 is the format of 11 with the co-occurrence counts of
// session 13 (helper M14, cooccurCounts: Korean forms marked coocMark).
// stateVersion 20 is the format of 11 with the pairs of session 13
// (helper M13): partly translated names of bodies (벨 연구소 ~ Bell
// Laboratories, orgNamePairs) and names written family name first in
// Korean only (고이즈미 주니치로 ~ Junichiro Koizumi, familyFirst) and
// names with a middle initial (조지 W. 부시 ~ George W. Bush,
// initialPairs), English names joined by a slash as runs of their own,
// and with a lexicon names of bodies and places word by word (세계 무역
// 센터 ~ World Trade Center, wordPairs).
// stateVersion 19 is the format of 11 with the pairs of session 12
// (helper M12): acronyms in brackets inside a Hangul word (정의개발당(AKP)
// ~ AKP), a bracketed acronym's name spelled out without it
// (민간항공안전청(CASA) ~ Civil Aviation Safety Authority), no modifier
// before the name (있는 비무장지대(DMZ) gives 비무장지대).
// stateVersion 18 is the format of 11 with the pairs of session 12
// (helper M11): a foreign name's form of one consonant class matched by
// its vowels without ㅡ (조이스 ~ Joyce).
// stateVersion 17 is the format of 11 with the pairs of session 12
// (helper M9): Korean skeletons read syllable by syllable, English ch, ng
// and ts read as Korean often writes them, a form's best sub in a run,
// no form on past a word with a particle, the copula's 였 cut, compounds
// of places typed place, and Sim the best of the English skeletons.
// stateVersion 16 is the format of 11 whose lexicon runs look up a
// one-syllable stem's word less its particle (대만, session 10 helper M5).
// stateVersion 15 is the format of 11 whose lexicon runs leave loanwords
// out of translated names (loanword, session 9 helper M4; 14: with them).
// stateVersion 11 is the cache of a base and segments whose base names the
// lexicon its pairs were found with, and whose records count the units
// showing a person or a place, the units where the English form ends a
// longer run of capitalized words, those naming it a storm and those
// showing an organisation's (9, 10: without the "-based" and "who"
// evidence, early builds of session 8 helper M2; 8: the same counts,
// without the kin and company evidence of kindEvidence, session 8 helper
// M; 7: without the last three counts, session 7; 6: without the person and place counts; 5: without the
// lexicon, for runs without one only; 4, this format's first form, wrote
// the documents of pairs seen once as string numbers; 3: one file, forms
// written in place; 2: forms in the string table; 1: JSON).
const stateVersion = 68

// NewState returns an empty state.
func NewState() *State { return &State{Version: stateVersion, Pairs: map[string]*pairStats{}} }

// CachePath is the cache file of the TM at tmPath: tmPath + ".mine".
func CachePath(tmPath string) string { return tmPath + ".mine" }

// LexiconCachePath is the cache file of runs with a lexicon on the TM at
// tmPath: tmPath + ".mine-lexicon". Runs with and without a lexicon keep
// their own caches, so alternating them reads neither again.
func LexiconCachePath(tmPath string) string { return tmPath + ".mine-lexicon" }

// lexiconKey names a lexicon by its content: the SHA-256 of the file
// lexicon.Lexicon.Write makes of it (the translations and their
// probabilities, in the lexicon's order), in hex; "" for none. A lexicon
// read from the same file has the same key.
func lexiconKey(lex *lexicon.Lexicon) string {
	if lex == nil {
		return ""
	}
	h := sha256.New()
	if err := lex.Write(h); err != nil {
		return "" // a hash does not fail
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Add counts the pairs of one unit.
func (st *State) Add(u *tm.Unit) {
	if u.ID > st.LastID {
		st.LastID = u.ID
	}
	ko, en, ok := texts(u)
	if !ok {
		return
	}
	st.Units++
	day := dateOf(u)
	doc := docOf(u)
	if st.memo == nil {
		st.memo = newMemo()
	}
	pairs, ev := unitPairs(ko, en, st.lex, st.memo)
	for k, typ := range pairs {
		// The key is built in a kept buffer: looking it up allocates
		// nothing, only a new pair's key is made a string.
		st.keyBuf = append(append(append(st.keyBuf[:0], k[0]...), '\t'), k[1]...)
		p := st.Pairs[string(st.keyBuf)]
		if p == nil && st.lazy != nil {
			p = st.pair(string(st.keyBuf))
		}
		if p == nil {
			p = &pairStats{Ko: k[0], En: k[1], Type: typ, Sim: pairSim(k[0], k[1], typ)}
			st.Pairs[string(st.keyBuf)] = p
		}
		if st.track && p.d == nil {
			p.d = &pairDelta{docs0: len(p.Docs), ex0: len(p.Examples), filled0: filled(p.Examples)}
			st.touched = append(st.touched, p)
		}
		p.Units++
		e := ev[k]
		if e&evPerson != 0 {
			p.Person++
		}
		if e&evPlace != 0 {
			p.Place++
		}
		if e&evTail != 0 {
			p.Tail++
		}
		if e&evStorm != 0 {
			p.Storm++
		}
		if e&evOrg != 0 {
			p.Org++
		}
		if !day.IsZero() {
			dn := dayNumber(day.UTC())
			p.Days = addDays(p.Days, dn, 1)
			if p.First.IsZero() || day.Before(p.First) {
				p.First = day
			}
			if day.After(p.Last) {
				p.Last = day
			}
			if d := p.d; d != nil {
				d.days = addDays(d.days, dn, 1)
				if d.first.IsZero() || day.Before(d.first) {
					d.first = day
				}
				if day.After(d.last) {
					d.last = day
				}
			}
		}
		if d := p.d; d != nil {
			d.units++
			if e&evPerson != 0 {
				d.person++
			}
			if e&evPlace != 0 {
				d.place++
			}
			if e&evTail != 0 {
				d.tail++
			}
			if e&evStorm != 0 {
				d.storm++
			}
			if e&evOrg != 0 {
				d.org++
			}
		}
		if k[1] == coocMark || k[0] == coocMark || strings.HasPrefix(k[0], partMark) {
			continue // a co-occurrence count (cooccurCounts) or a word's in a longer name (partCounts): no examples
		}
		if doc != "" && len(p.Docs) < MaxDocs && !contains(p.Docs, doc) {
			p.Docs = append(p.Docs, doc)
		}
		if len(p.Examples) < MaxExamples {
			p.Examples = append(p.Examples, Example{Unit: u.ID, Korean: ko, English: en})
		}
	}
}

// pair returns the pair with key: from Pairs, or decoded from the base
// file's pairs seen in one unit (and put in Pairs); nil when there is
// none. An error decoding it is kept in lazyErr.
func (st *State) pair(key string) *pairStats {
	if p := st.Pairs[key]; p != nil || st.lazy == nil {
		return p
	}
	p, err := st.lazy.find(key)
	if err != nil {
		if st.lazyErr == nil {
			st.lazyErr = err
		}
		return nil
	}
	if p != nil {
		st.Pairs[key] = p
	}
	return p
}

// loadAll decodes every pair the base file left undecoded (State.lazy),
// those not already in Pairs, checking that they are in key order.
func (st *State) loadAll() error {
	l := st.lazy
	if l == nil {
		return st.lazyErr
	}
	prev := ""
	for i := range l.n {
		p, end, err := l.at(i)
		if err == nil && (i+1 < l.n && end != l.offset(i+1) || i+1 == l.n && end != len(l.d.s)) {
			err = errors.New("not a mining cache: bad offset")
		}
		if err != nil {
			st.lazyErr = err
			return err
		}
		key := p.Ko + "\t" + p.En
		if i > 0 && key <= prev {
			st.lazyErr = errors.New("not a mining cache: pairs out of order")
			return st.lazyErr
		}
		prev = key
		if st.Pairs[key] == nil {
			st.Pairs[key] = p
		}
	}
	st.lazy = nil
	return st.lazyErr
}

// addDays adds n units of day d to days, keeping it sorted (units mostly
// come in date order, so the last day is looked at first).
func addDays(days []dayCount, d, n int32) []dayCount {
	l := len(days)
	if l > 0 && days[l-1].Day == d {
		days[l-1].Count += n
		return days
	}
	if l == 0 || days[l-1].Day < d {
		return append(days, dayCount{d, n})
	}
	i, found := slices.BinarySearchFunc(days, d, func(c dayCount, d int32) int { return int(c.Day) - int(d) })
	if found {
		days[i].Count += n
		return days
	}
	return slices.Insert(days, i, dayCount{d, n})
}

// errStop ends an IterateAfter early.
var errStop = errors.New("stop")

// fillMax is the number of units fillExamples reads one by one; more are
// read in one pass from the first.
var fillMax = 1000

// fillExamples reads the texts of the examples the cache kept without
// them (Write keeps only the unit id for pairs seen in one unit) for the
// pairs with at least minUnits units, from seen when it has the unit.
func (st *State) fillExamples(ctx context.Context, s tm.Store, minUnits int, seen map[int64]tm.Unit) error {
	need := map[int64][]*Example{}
	for _, p := range st.Pairs {
		if p.Units < minUnits {
			continue
		}
		for i := range p.Examples {
			if x := &p.Examples[i]; x.Korean == "" {
				need[x.Unit] = append(need[x.Unit], x)
			}
		}
	}
	// And those a longer name's words bring to minUnits (partRescues).
	for _, r := range st.partRescues(minUnits, time.Time{}) {
		for i := range r.p.Examples {
			if x := &r.p.Examples[i]; x.Korean == "" {
				need[x.Unit] = append(need[x.Unit], x)
			}
		}
	}
	fill := func(u *tm.Unit) {
		if ko, en, ok := texts(u); ok {
			for _, x := range need[u.ID] {
				x.Korean, x.English = ko, en
			}
			delete(need, u.ID)
		}
	}
	for id := range need {
		if u, ok := seen[id]; ok && u.ID == id {
			fill(&u)
		}
	}
	if len(need) == 0 {
		return nil
	}
	ids := slices.Sorted(maps.Keys(need))
	if len(ids) > fillMax {
		last := ids[len(ids)-1]
		err := s.IterateAfter(ctx, ids[0]-1, tm.ExportOptions{}, func(u tm.Unit) error {
			fill(&u)
			if u.ID >= last {
				return errStop
			}
			return nil
		})
		if err != nil && !errors.Is(err, errStop) {
			return err
		}
		return nil
	}
	for _, id := range ids {
		err := s.IterateAfter(ctx, id-1, tm.ExportOptions{}, func(u tm.Unit) error {
			if u.ID == id {
				fill(&u)
			}
			return errStop
		})
		if err != nil && !errors.Is(err, errStop) {
			return err
		}
	}
	return nil
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// pairSim is how sure the pair is a name: 1 for a Korean name in a usual
// spelling, an acronym or a title, else the similarity of the skeletons.
func pairSim(ko, en string, typ glossary.Type) float64 {
	if typ == Organization || typ == Title || isKoreanName(ko, en) {
		return 1
	}
	// Below the phonetic threshold the evidence is the lexicon's: ranked
	// after the names that also sound alike. The best of the English
	// skeletons the matching compares (Gerrard 제라드 by its soft g,
	// Michael 마이클 by its k; before session 12 the first alone).
	ks, s := koreanSkeleton(ko), newSub(en)
	sim := 0.0
	for _, es := range [4]string{s.skel, s.skelR, s.skelJ, s.skelK} {
		if es != "" {
			sim = max(sim, similarity(ks, es))
		}
	}
	return max(sim, 0.5)
}

func (p *pairStats) unitsSince(day time.Time) int {
	d := dayNumber(day.UTC())
	n := 0
	for _, c := range p.Days {
		if c.Day >= d {
			n += int(c.Count)
		}
	}
	return n
}

// staleState is the saved part of a staleCounter: per glossary term
// (termKey), the units using it and their documents.
type staleState struct {
	Key    string
	LastID int64 // the last unit counted
	Counts map[string]int
	Docs   map[string][]string
}

// staleCounter counts the units using each English form of the glossary's
// entries (where the entry's Korean form is in the unit).
type staleCounter struct {
	g *glossary.Glossary
	staleState
}

// staleKey names what a staleState counted: the Korean and English terms
// of every entry of g and the Recent day.
func staleKey(g *glossary.Glossary, recent time.Time) string {
	h := sha256.New()
	if !recent.IsZero() {
		io.WriteString(h, recent.UTC().Format(time.DateOnly))
	}
	for _, e := range g.Entries {
		fmt.Fprintf(h, "\x00%s", e.ID)
		for _, l := range []language.Tag{language.Korean, language.English} {
			for _, t := range e.TermsIn(l) {
				fmt.Fprintf(h, "\x01%s\x02%s", l, t.Text)
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

func termKey(e *glossary.Entry, t *glossary.Term) string { return e.ID + "\t" + t.Text }

// staleValid reports whether the saved counts were made for key and
// counted every unit up to lastID (a run without a glossary in between
// leaves them behind).
func staleValid(saved *staleState, key string, lastID int64) bool {
	return saved != nil && saved.Key == key && saved.LastID == lastID
}

// newStaleCounter counts from the saved counts when they are valid
// (staleValid), else from zero.
func newStaleCounter(g *glossary.Glossary, key string, saved *staleState, lastID int64) *staleCounter {
	sc := &staleCounter{g: g, staleState: staleState{Key: key, Counts: map[string]int{}, Docs: map[string][]string{}}}
	if staleValid(saved, key, lastID) {
		for k, n := range saved.Counts {
			sc.Counts[k] = n
		}
		for k, d := range saved.Docs {
			sc.Docs[k] = slices.Clone(d)
		}
	}
	return sc
}

func (sc *staleCounter) add(u *tm.Unit) {
	ko, en, ok := texts(u)
	if !ok {
		return
	}
	for _, e := range sc.g.Entries {
		hasKo := false
		for _, t := range e.TermsIn(language.Korean) {
			if strings.Contains(ko, t.Text) {
				hasKo = true
				break
			}
		}
		if !hasKo {
			continue
		}
		for _, t := range e.TermsIn(language.English) {
			if strings.Contains(en, t.Text) {
				k := termKey(e, t)
				sc.Counts[k]++
				if d := docOf(u); d != "" && len(sc.Docs[k]) < MaxDocs && !contains(sc.Docs[k], d) {
					sc.Docs[k] = append(sc.Docs[k], d)
				}
			}
		}
	}
}

func (sc *staleCounter) result() []Stale {
	var out []Stale
	for _, e := range sc.g.Entries {
		pref := sc.g.Preferred(e, language.English)
		if pref == nil {
			continue
		}
		ko := ""
		if k := sc.g.Preferred(e, language.Korean); k != nil {
			ko = k.Text
		}
		pk := termKey(e, pref)
		for _, t := range e.TermsIn(language.English) {
			k := termKey(e, t)
			if t.Status.Forbidden() && sc.Counts[k] > sc.Counts[pk] {
				out = append(out, Stale{Entry: e.ID, Korean: ko, Preferred: pref.Text, PrefUnits: sc.Counts[pk],
					Forbidden: t.Text, ForbUnits: sc.Counts[k], ForbDocs: sc.Docs[k]})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Entry < out[j].Entry })
	return out
}
