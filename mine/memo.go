package mine

import (
	"bitext/glossary"
	"bitext/lexicon"
	"bitext/romanize"
	"hash/maphash"
	"strings"
	"unsafe"
)

// memo keeps the keys computed from the forms of earlier units (Korean
// words recur from unit to unit, and so do English names), for State.Add.
// A nil *memo computes every key afresh. Each map is emptied when it
// reaches memoMax entries, so memory stays bounded on any archive.
type memo struct {
	// shortWords holds the Korean words of up to slotKeyMax bytes (most
	// words), words the longer ones: word → newKoInfo (shared: never
	// modified).
	shortWords slotTable[*koInfo]
	words      map[string]*koInfo
	// English run → its keys (text, skel, skelR, key): shortSubs of up
	// to slotKeyMax bytes, subs the longer ones.
	shortSubs slotTable[*nameSub]
	subs      map[string]nameSub
	lex       *lexicon.Lexicon    // the lexicon trans holds the translations of
	trans     map[string][]string // Korean stem → lex.Translations
	en        map[string][]string // English run → lexicon.EnglishWords (lexicon runs only)
	// sounds: Hangul form → newKoSound (familyFirst; session 13)
	sounds map[string]koSound
	sc     scratch // buffers of one unit, used again by the next
	lsc    scratch // latinPairs' buffers (session 18, helper M27)
}

// scratch holds the buffers unitPairs fills for one unit: what it
// returns from them is used before the next unit's call.
type scratch struct {
	toks    []koToken
	parts   [][2]string // partCounts' counts of one unit
	fields  []string    // the English text's fields (enRuns)
	words   []string    // the words of the runs, one after another
	runs    []enRun
	subs    []nameSub
	keys    []subKeys   // of subs (foreignNamePairs)
	skel    []byte      // forms' skeletons (foreignNamePairs)
	join    []byte      // a sub's words joined (nameSubs)
	cands   []lexRun    // lexiconPairs
	matches []formMatch // the subs one Korean form matches (foreignNamePairs)
	coocEn  []string    // English names of bodies (cooccurCounts)
	coocKo  []string    // Hangul words ending like a body's name (cooccurCounts)
	// The maps of unitPairs and lexiconPairs (reuse).
	out     map[[2]string]glossary.Type
	ev      map[[2]string]uint8
	matched map[int]bool
	koDone  map[string]bool
}

// scratch returns m's buffers, or new ones when m is nil.
func (m *memo) scratch() *scratch {
	if m == nil {
		return new(scratch)
	}
	return &m.sc
}

// latinScratch returns the buffers latinPairs reads the Korean text's
// Latin runs with, or new ones when m is nil.
func (m *memo) latinScratch() *scratch {
	if m == nil {
		return new(scratch)
	}
	return &m.lsc
}

const memoMax = 1 << 18

func newMemo() *memo {
	return &memo{words: map[string]*koInfo{}, subs: map[string]nameSub{}}
}

func (m *memo) koInfo(w string) *koInfo {
	if m == nil {
		return newKoInfo(w)
	}
	if len(w) > 0 && len(w) <= slotKeyMax {
		return m.shortWords.get(w, newKoInfo)
	}
	if k, ok := m.words[w]; ok {
		return k
	}
	// A word new to the memo is kept in a copy of its own: w is a part
	// of the unit's text, which the memo would otherwise keep whole, and
	// the words kept lie closer together (session 15, helper M20).
	return cached(m.words, strings.Clone(w), newKoInfo)
}

// slotKeyMax is the longest key (in bytes: seven syllables of Hangul) a
// slotTable keeps.
const slotKeyMax = 23

// tableSlot is an entry of a slotTable: the key's bytes are kept in the
// slot (32 bytes with a pointer), so that finding a key reads one slot,
// where a map[string] reads a control word, the key's header and the
// key's bytes elsewhere: three lines of memory, which the words of the
// 1M-unit archive seldom find in the cache (session 18, helper M27).
type tableSlot[V any] struct {
	key [slotKeyMax]byte
	n   uint8 // the key's length; 0 for an empty slot
	v   V
}

// slotTable is the memo's table of the keys of 1 to slotKeyMax bytes:
// open addressing, linear probing, at most half full, emptied when it
// holds memoMax keys.
type slotTable[V any] struct {
	slots []tableSlot[V] // len a power of two, or 0
	n     int
	seed  maphash.Seed
}

// get returns the value kept for k, or f of a copy of k, kept for the
// next units (k holds 1 to slotKeyMax bytes).
func (t *slotTable[V]) get(k string, f func(string) V) V {
	if t.slots == nil {
		t.seed = maphash.MakeSeed()
		t.slots = make([]tableSlot[V], 1<<10)
	}
	mask := uint64(len(t.slots) - 1)
	i := maphash.String(t.seed, k) & mask
	for {
		sl := &t.slots[i]
		if sl.n == 0 {
			break
		}
		if int(sl.n) == len(k) && string(sl.key[:sl.n]) == k {
			return sl.v
		}
		i = (i + 1) & mask
	}
	if t.n >= memoMax {
		clear(t.slots)
		t.n = 0
	} else if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	v := f(strings.Clone(k))
	t.put(k, v)
	return v
}

// put adds k, which t does not hold, with v.
func (t *slotTable[V]) put(k string, v V) {
	mask := uint64(len(t.slots) - 1)
	i := maphash.String(t.seed, k) & mask
	for t.slots[i].n != 0 {
		i = (i + 1) & mask
	}
	sl := &t.slots[i]
	sl.n = uint8(copy(sl.key[:], k))
	sl.v = v
	t.n++
}

// grow doubles t's slots.
func (t *slotTable[V]) grow() {
	old := t.slots
	t.slots, t.n = make([]tableSlot[V], 2*len(old)), 0
	for i := range old {
		if sl := &old[i]; sl.n != 0 {
			t.put(string(sl.key[:sl.n]), sl.v)
		}
	}
}

// newSubOf is newSub kept in a slotTable.
func newSubOf(t string) *nameSub {
	s := newSub(t)
	return &s
}

// sub returns the keys of the English run t (run and from unset);
// looking up a run seen before allocates nothing.
func (m *memo) sub(t []byte) nameSub {
	if m == nil {
		return newSub(string(t))
	}
	if len(t) > 0 && len(t) <= slotKeyMax {
		// The slice is read as a string only to find it (get keeps a copy).
		return *m.shortSubs.get(unsafe.String(unsafe.SliceData(t), len(t)), newSubOf)
	}
	if v, ok := m.subs[string(t)]; ok {
		return v
	}
	return cached(m.subs, string(t), newSub)
}

// subOf is sub of a string.
func (m *memo) subOf(t string) nameSub {
	if m == nil {
		return newSub(t)
	}
	if len(t) > 0 && len(t) <= slotKeyMax {
		return *m.shortSubs.get(t, newSubOf)
	}
	return cached(m.subs, t, newSub)
}

// koSound returns newKoSound(w), kept for the next units.
func (m *memo) koSound(w string) koSound {
	if m == nil {
		return newKoSound(w)
	}
	if m.sounds == nil {
		m.sounds = map[string]koSound{}
	}
	return cached(m.sounds, w, newKoSound)
}

// stemTranslations returns lex.Translations of k's stem, kept in k (a
// Hangul word's entry of the memo) for the next units.
func (m *memo) stemTranslations(lex *lexicon.Lexicon, k *koInfo) []string {
	if m == nil {
		return lex.Translations(k.stem)
	}
	if k.trLex != lex {
		k.tr, k.trLex = m.translations(lex, k.stem), lex
	}
	return k.tr
}

// translations returns lex.Translations(stem), kept while the lexicon is
// the same.
func (m *memo) translations(lex *lexicon.Lexicon, stem string) []string {
	if m == nil {
		return lex.Translations(stem)
	}
	if m.lex != lex || m.trans == nil {
		m.lex, m.trans = lex, map[string][]string{}
	}
	return cached(m.trans, stem, lex.Translations)
}

// formTranslations returns the translations of k's lexForm: those of
// the stem, or when the form is the word less its particle and the stem
// has none, the form's (a one-syllable stem is a name's syllable the
// stemmer took for a particle's, 대만: 대 and 만 "only"; session 10,
// helper M5); kept in k.
func (m *memo) formTranslations(lex *lexicon.Lexicon, k *koInfo) []string {
	if m != nil && k.ltrLex == lex {
		return k.ltr
	}
	tr := m.stemTranslations(lex, k)
	if k.lexForm != k.stem && len(tr) == 0 {
		tr = m.translations(lex, k.lexForm)
	}
	if m != nil {
		k.ltr, k.ltrLex = tr, lex
	}
	return tr
}

// compound returns compound(lex, m, k.stem), kept in k.
func (m *memo) compound(lex *lexicon.Lexicon, k *koInfo) [][]string {
	if m == nil {
		return compound(lex, m, k.stem)
	}
	if k.partsLex != lex {
		k.parts, k.partsLex = compound(lex, m, k.stem), lex
	}
	return k.parts
}

// englishWords returns lexicon.EnglishWords(t), kept for the next units
// (a lexicon run stems each English name against every Korean word).
func (m *memo) englishWords(t string) []string {
	if m == nil {
		return lexicon.EnglishWords(t)
	}
	if m.en == nil {
		m.en = map[string][]string{}
	}
	return cached(m.en, t, lexicon.EnglishWords)
}

// cached returns f(k), kept in c: computed once, and c emptied when it
// reaches memoMax entries.
func cached[V any](c map[string]V, k string, f func(string) V) V {
	if v, ok := c[k]; ok {
		return v
	}
	if len(c) >= memoMax {
		clear(c)
	}
	v := f(k)
	c[k] = v
	return v
}

func newSub(t string) nameSub {
	s := nameSub{text: t, skel: skeleton(t, true), skelR: skeleton(t, false), key: romanize.Key(t)}
	if j := softG(t); j != t {
		s.skelJ = skeleton(j, true)
	}
	if k := hardReadings(t); k != t {
		s.skelK = skeleton(k, true)
	}
	if f := frenchArd(t); f != "" {
		s.skelF = skeleton(f, true)
	}
	return s
}

// frenchArd is t read as a French name ending in -ard, the final d silent
// and the r said, as Korean writes it with 르 (Bouchard 부샤르, Hazard
// 아자르, Girard 지라르): the d written u, so that the skeleton keeps the r;
// "" when t's last word is no such name (six letters or more, ending in
// ard). Only for a Korean form ending in 르 (foreignNamePairs): Richard
// 리처드, Gerrard 제라드 and Woodward 우드워드 keep their d (session 19,
// helper M29).
func frenchArd(t string) string {
	n := len(t)
	if n < 6 || !strings.HasSuffix(t, "ard") || wordLen(t, n) < 6 {
		return ""
	}
	return t[:n-1] + "u"
}

// hardReadings writes the readings Korean transliteration often gives
// English letters that the skeleton reads otherwise (session 12, helper
// M9): a ch before r or l, or in -chael, as k (Chris 크리스, Chrysler
// 크라이슬러, Michael 마이클; not sch); an ng before a vowel as ngg (Menga
// 멘가, Angola 앙골라, England 잉글랜드); a t before s or z as nothing, the
// ts of ㅊ (Tsvangirai 창기라이, Fritz 프리츠); a th ending a word as s
// (Heath 히스, Elizabeth 엘리자베스) or before a word's final y
// (McCarthy 매카시, Dorothy 도러시); a final mb as m (Lamb 램), an l
// between a and k at a word's end or before its final s as nothing
// (Talks 톡스) and an initial pinyin qi as chi (Qingdao 칭다오; session
// 22, helper M42: a ti before a vowel as s, Consortium 컨소시엄, paired
// -tion words with junk in the 1M TM, 협상안은 ~ Opposition); and the readings of Slavic names
// written in English without their marks (session 14, helper M17): dz as
// ㅈ, a final ic as 치 (Karadzic 카라지치), a j between vowels as y
// (Sarajevo 사라예보); an initial R before a vowel of a name ending in
// o as the h of ㅎ, the Portuguese reading (Ronaldo 호날두; session 14,
// helper M18). The name keeps the skeleton of its
// usual reading too (Charles 찰스, Singer 싱어, Betsy 벳시, Thomas 토머스).
//
// North and South keep their th: the desk translates them (북한 ~ North
// Korea) far more often than it writes them in Hangul (노스캐롤라이나), and
// read as s they matched common words (위원장을 ~ North Korea) on dev.
func hardReadings(t string) string {
	lower := strings.ToLower(t)
	b := make([]byte, 0, len(t)+2)
	for i := 0; i < len(t); i++ {
		c, next := lower[i], byte(0)
		if i+1 < len(t) {
			next = lower[i+1]
		}
		switch {
		case i == 0 && c == 'r' && isVowel(next) && lower[len(lower)-1] == 'o' && len(t) > 3:
			b = append(b, 'h') // a Portuguese R as ㅎ (Ronaldo 호날두; session 14, helper M18)
		case c == 'c' && next == 'h' && (i == 0 || lower[i-1] != 's') && (i+2 < len(t) && (lower[i+2] == 'r' || lower[i+2] == 'l') || strings.HasPrefix(lower[i+2:], "ael")):
			b = append(b, 'k')
			i++
		case c == 'g' && i > 0 && lower[i-1] == 'n' && next != 0 && strings.IndexByte("aeiou", next) >= 0:
			b = append(b, 'g', 'g')
		case c == 't' && (next == 's' || next == 'z'):
			// the s or z that follows is read as s
		case c == 'd' && next == 'z':
			// dz is the j of ㅈ (Karadzic 카라지치; session 14, helper M17)
		case c == 'c' && i > 0 && lower[i-1] == 'i' && (next == 0 || !isLetter(next)):
			b = append(b, 'c', 'h') // a final ic as the ch of 치 (Karadzic, Vujacic 부자시치)
		case c == 'j' && i > 0 && isVowel(lower[i-1]) && next != 0 && isVowel(next):
			b = append(b, 'y') // a j between vowels as y (Sarajevo 사라예보)
		case c == 't' && next == 'h' && (i+2 == len(t) || !isLetter(t[i+2])) && !compassWord(lower, i):
			b = append(b, 's') // a final th (Heath 히스, Perth 퍼스)
			i++
		case c == 'm' && next == 'b' && i > 0 && isVowel(lower[i-1]) && (i+2 == len(t) || !isLetter(t[i+2])):
			b = append(b, t[i]) // a final mb as m, the b silent (Lamb 램, Plumb 플럼)
			i++
		case c == 'l' && next == 'k' && i > 0 && lower[i-1] == 'a' && (i == 1 || !isVowel(lower[i-2])) && walkEnd(lower[i+2:]):
			// an l between a and k ending a word, or before its final
			// s, is silent (Talks 톡스, Chalk 초크; not Balkan 발칸,
			// Malkin 말킨, nor Walker: read so, 스티븐 ~ Stephen Walker
			// took the English from 스티븐 워커 in the 1M TM)
		case c == 'q' && next == 'i' && (i == 0 || !isLetter(t[i-1])):
			b = append(b, 'c', 'h') // a pinyin q as ㅊ (Qingdao 칭다오, Qinghai 칭하이)
		case c == 't' && next == 'h' && i > 0 && i+2 < len(t) && lower[i+2] == 'y' && (i+3 == len(t) || !isLetter(t[i+3])) && !compassWord(lower, i):
			// a th before a word's final y, as s too (McCarthy 매카시,
			// Dorothy 도러시, Timothy 티머시; session 22, helper M42)
			b = append(b, 's')
			i++
		default:
			b = append(b, t[i])
		}
	}
	return string(b)
}

// softG writes a g before e, i or y as the j it is often read as (Egypt
// 이집트, Angela 안젤라; session 9, helper M3); the name keeps its hard-g
// skeleton too (Gibson 깁슨).
func softG(t string) string {
	b := []byte(t)
	for i := 0; i+1 < len(b); i++ {
		if (b[i] == 'g' || b[i] == 'G') && strings.IndexByte("eiyEIY", b[i+1]) >= 0 && (i == 0 || b[i-1] != 'n' && b[i-1] != 'g') {
			b[i] += 'j' - 'g'
		}
	}
	return string(b)
}

// wordLen is the length of the word of lower that ends at end.
func wordLen(lower string, end int) int {
	i := end
	for i > 0 && isLetter(lower[i-1]) {
		i--
	}
	return end - i
}

// walkEnd reports whether rest, the letters after the k of an alk, ends
// the word at once or after s (Talk, Talks).
func walkEnd(rest string) bool {
	n := 0
	for n < len(rest) && isLetter(rest[n]) {
		n++
	}
	switch rest[:n] {
	case "", "s":
		return true
	}
	return false
}

// compassWord reports whether the th at lower[i] ends the word north or
// south.
func compassWord(lower string, i int) bool {
	for _, w := range [2]string{"nor", "sou"} {
		if i >= len(w) && lower[i-len(w):i] == w && (i == len(w) || !isLetter(lower[i-len(w)-1])) {
			return true
		}
	}
	return false
}
