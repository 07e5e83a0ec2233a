package mine

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"bitext/glossary"
	"bitext/lexicon"
	"bitext/romanize"
)

// Partly translated names of organisations (session 13, helper M13): a
// transliterated name followed by a translated word for the kind of body
// (벨 연구소 ~ Bell Laboratories, 델타항공 ~ Delta Air Lines, 하버드대 ~
// Harvard University, 삼성전자 ~ Samsung Electronics). The transliterated
// part is read by its sounds against the English words before the body's
// word, the body's word by orgWords.

// orgWord is a Korean word for a kind of body and the English words
// that translate it at the end of a name; bare allows the English name
// without any of them (록히드 마틴사 ~ Lockheed Martin, 안셋항공 ~ Ansett:
// English news leaves a company's suffix and an airline's word out).
type orgWord struct {
	ko   string
	en   [][]string
	bare bool
	typ  glossary.Type
}

// orgWords are written by hand from general knowledge of how English
// names bodies (not taken from ../shared or an evaluation part): the
// Korean word as it ends a name, its English renderings at a name's end.
var orgWords = func() []orgWord {
	var out []orgWord
	for _, l := range strings.Split(`연구소	Laboratory|Laboratories|Labs|Lab|Institute|Research Institute|Research Center|Research Centre
연구원	Institute|Research Institute
대학교	University|College
대학	University|College
대	University
대학원	Graduate School|School
공대	Tech|Institute of Technology|University
공과대학	Tech|Institute of Technology|University
항공	+Airlines|Airways|Air Lines|Air|Aviation|Aerospace
항공사	+Airlines|Airways|Air Lines|Air
그룹	Group
은행	Bank
재단	Foundation|Fund
협회	Association|Society|Federation
위원회	Committee|Commission|Council
통신	+News Agency|News Service|Agency|News
통신사	+News Agency|News Service|Agency|News
신문	Shimbun|Daily|Newspaper|News|Times
방송	Broadcasting|Broadcasting Corporation|Broadcasting Company|Broadcasting System
병원	Hospital|Medical Center|Clinic
박물관	Museum
미술관	Museum|Gallery|Art Museum
자동차	Motors|Motor|Motor Company|Motor Corporation|Automotive|Automobile
전자	Electronics|Electric
중공업	Heavy Industries|Heavy Industry
제약	Pharmaceuticals|Pharmaceutical|Pharma
증권	Securities
보험	Insurance
연맹	Federation|League|Union
재단법인	Foundation
사	+Corp|Corporation|Company|Co|Inc|Ltd
회사	+Corp|Corporation|Company|Co|Inc|Ltd
국제공항	!International Airport
공항	!Airport`, "\n") {
		ko, en, _ := strings.Cut(l, "\t")
		w := orgWord{ko: ko, typ: Organization}
		if rest, ok := strings.CutPrefix(en, "+"); ok {
			en, w.bare = rest, true
		}
		if rest, ok := strings.CutPrefix(en, "!"); ok {
			en, w.typ = rest, Place
		}
		for _, e := range strings.Split(en, "|") {
			w.en = append(w.en, strings.Fields(e))
		}
		// The longest renderings first (orgRun).
		slices.SortStableFunc(w.en, func(a, b []string) int { return len(b) - len(a) })
		out = append(out, w)
	}
	return out
}()

// orgLast are the last English words of orgWords' renderings: a unit
// whose runs end in none of them has no such name but a bare one.
var orgLast = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range orgWords {
		for _, e := range w.en {
			m[e[len(e)-1]] = true
		}
	}
	return m
}()

// orgSplit is a Hangul word read as ending in a body's word: the form
// (the stem or the word less its particle), the part before the body's
// word ("" when the word is the body's word alone) and the body's word.
type orgSplit struct {
	form, head string
	org        *orgWord
	sound      koSound // of head (newKoSound)
}

// splitOrg reads the stem, else the word less its particle, as ending in
// the longest body's word of orgWords; nil when neither does. A head of
// one syllable before a body's word of one is no name's (연대, 학대).
func splitOrg(stem, w string) *orgSplit {
	for _, f := range [2]string{stem, stripParticle(w)} {
		var best *orgWord
		for i := range orgWords {
			o := &orgWords[i]
			if strings.HasSuffix(f, o.ko) && (best == nil || len(o.ko) > len(best.ko)) {
				if head := f[:len(f)-len(o.ko)]; head != "" && utf8.RuneCountInString(o.ko) == 1 && utf8.RuneCountInString(head) < 2 {
					continue
				}
				best = o
			}
		}
		if best != nil {
			sp := &orgSplit{form: f, head: f[:len(f)-len(best.ko)], org: best}
			sp.sound = newKoSound(sp.head)
			return sp
		}
	}
	return nil
}

// orgNamePairs adds the partly translated names of bodies: Korean words
// ending in a body's word (splitOrg), the part before it one to three
// words, whose sounds match the English words before a rendering of the
// body's word at the end of a run (벨 연구소 ~ Bell Laboratories, 파스통신
// ~ Fars News Agency), or the whole run for a company's suffix
// (록히드 마틴사 ~ Lockheed Martin).
func orgNamePairs(toks []koToken, runs []enRun, matched map[int]bool, out map[[2]string]glossary.Type, m *memo) {
	tails, seen := false, false // a run ends in a body's word; tails is set
	for ti, t := range toks {
		if t.stem == "" || t.org == nil || matched[ti] {
			continue
		}
		if !seen {
			for _, r := range runs {
				if orgLast[r.words[len(r.words)-1]] {
					tails = true
					break
				}
			}
			seen = true
		}
		if !tails && !t.org.org.bare {
			continue
		}
		sp := t.org
		if sp.head == "" && utf8.RuneCountInString(sp.org.ko) == 1 {
			continue // 사 or 대 apart is another word (사는, 대 "versus")
		}
		done := uint64(0) // the runs a form has been found in
		// The Korean heads: the part before the body's word with up to
		// two words before it (one or two when the body's word is a word
		// of its own), each all Hangul, no title, no word with a
		// phrase's particle, no Korean name already matched.
		for k := 0; k <= 2; k++ {
			if ti-k < 0 || sp.head == "" && k == 0 {
				continue
			}
			ok := true
			var words []string
			for _, p := range toks[ti-k : ti] {
				if p.stem == "" || p.title || p.phrase {
					ok = false
					break
				}
				words = append(words, p.raw)
			}
			if !ok || slicesAny(matched, ti-k, ti) {
				break
			}
			// The head's sounds, made when a run may match them.
			var hk *koSound
			sound := func() *koSound {
				if hk == nil {
					hk = &sp.sound
					if k > 0 {
						ks := newKoSound(strings.TrimSpace(strings.Join(append(words, sp.head), " ")))
						hk = &ks
					}
				}
				return hk
			}
			form := sp.form
			if len(words) > 0 {
				form = strings.Join(words, " ") + " " + sp.form
			}
			for ri, r := range runs {
				if ri < 64 && done&(1<<ri) != 0 {
					continue // found with fewer words (라이더컵 위원회, not 와 라이더컵 위원회)
				}
				if en, ok := orgRun(sound, form, r.words, sp.org, sp.head != "", m); ok {
					if ri < 64 {
						done |= 1 << ri
					}
					if _, done := out[[2]string{form, en}]; !done {
						out[[2]string{form, en}] = sp.org.typ
					}
					if sp.org.typ == Place {
						airportCity(form, en, sp.org, out)
					}
				}
			}
		}
	}
}

// airportCity adds the city an airport is named after, a name of one
// word on both sides (마닐라 국제공항 ~ Manila International Airport:
// 마닐라 ~ Manila, a place; session 14, helper M16).
func airportCity(form, en string, o *orgWord, out map[[2]string]glossary.Type) {
	ko := strings.TrimSpace(strings.TrimSuffix(form, o.ko))
	if ko == "" || ko == form || strings.Contains(ko, " ") {
		return
	}
	for _, e := range o.en {
		if city, ok := strings.CutSuffix(en, " "+strings.Join(e, " ")); ok && city != "" && !strings.Contains(city, " ") {
			if _, done := out[[2]string{ko, city}]; !done {
				out[[2]string{ko, city}] = Place
			}
			return
		}
	}
}

// slicesAny reports whether matched holds one of the indexes from..to-1.
func slicesAny(matched map[int]bool, from, to int) bool {
	for i := from; i < to; i++ {
		if matched[i] {
			return true
		}
	}
	return false
}

// orgRun returns the name of the run words that the Korean head and the
// body's word o make: one to three words ending the part before a
// rendering of o that ends the run and sound as head does (soundsLike),
// with that rendering; or, for a company's suffix (o.bare) written on
// the name (attached), the whole run of one to three words: 신화통신 ~
// Xinhua, but 이타르타스 통신 is 이타르타스 ~ ITAR-Tass with a word after
// it (session 14, helper M16).
func orgRun(sound func() *koSound, form string, words []string, o *orgWord, attached bool, m *memo) (string, bool) {
	var buf [128]byte
	join := func(ws []string) []byte {
		b := buf[:0]
		for i, w := range ws {
			if i > 0 {
				b = append(b, ' ')
			}
			b = append(b, w...)
		}
		return b
	}
	try := func(hw []string, tail []string) (string, bool) {
		for i := range hw {
			if len(hw)-i > 3 {
				continue
			}
			if sound().like(m.sub(join(hw[i:])), true) > 0 {
				return strings.Join(append(append([]string(nil), hw[i:]...), tail...), " "), true
			}
		}
		return "", false
	}
	// The longest rendering the run ends in (News Agency, not Agency:
	// 뉴스 통신 is no name of News Agency).
	for _, e := range o.en {
		if len(words) <= len(e) || !slices.Equal(words[len(words)-len(e):], e) {
			continue
		}
		return try(words[:len(words)-len(e)], e)
	}
	// A company's suffix left out: the head's sounds must be the run's
	// exactly, and the form's with the suffix must not be (멘도사 ~
	// Mendoza is a name ending in 사).
	if o.bare && attached && len(words) <= 3 && !orgLast[words[len(words)-1]] {
		if s := m.sub(join(words)); sound().like(s, true) == 1 && newKoSound(strings.ReplaceAll(form, " ", "")).like(s, true) == 0 {
			return s.text, true
		}
	}
	return "", false
}

// koSound is what soundsLike compares of a Hangul form: its Revised
// Romanization, the romanize.Key of that and its consonant skeleton.
type koSound struct{ word, key, skel string }

func newKoSound(ko string) koSound {
	w := romanize.Word(ko)
	return koSound{word: w, key: romanize.Key(w), skel: koreanSkeleton(ko)}
}

// soundsLike is how closely the Hangul ko is the Latin en written in
// Hangul, by the consonant skeletons as foreignNamePairs compares them
// (equal for three letters or fewer, similarity 0.75 or more above; the
// vowels close for two letters or fewer), or 1 read as Korean in its
// usual spellings (삼성 ~ Samsung, 현대 ~ Hyundai: romanize.Key); 0 when
// it is not.
func soundsLike(ko, en string) float64 { return newKoSound(ko).like(newSub(en), true) }

// like is soundsLike of k and the English s, without the vowels' test
// when vowels is false.
func (k koSound) like(s nameSub, vowels bool) float64 {
	if len(k.key) >= 3 && k.key == s.key {
		return 1
	}
	ks := k.skel
	if len(ks) == 0 {
		return 0
	}
	sim := 0.0
	for _, es := range [4]string{s.skel, s.skelR, s.skelJ, s.skelK} {
		if es != "" && es[0] == ks[0] {
			if d := len(es) - len(ks); d > 2 || d < -2 {
				continue // below 0.75 at any length the tests below allow
			}
			sim = max(sim, similarity(ks, es))
		}
	}
	if len(ks) <= 3 && sim < 1 || sim < 0.75 {
		return 0
	}
	// One consonant class (조지 ~ George): the vowels without ㅡ within
	// 0.7, as foreignNamePairs has them; two letters: within 0.6, with
	// or without the ㅡ Korean writes after a consonant English has alone
	// (하버드 ~ Harvard). The English read with a soft g too (George).
	if len(ks) <= 2 && vowels {
		min := 0.6
		if len(ks) == 1 {
			min = 0.7
		}
		vs := 0.0
		for _, e := range [2]string{s.text, softG(s.text)} {
			vs = max(vs, enVowelSim(bareVowelKey(k.word), e, false, false))
			if len(ks) == 2 {
				vs = max(vs, enVowelSim(vowelKey(k.word, false), e, false, false))
			}
		}
		if vs < min {
			return 0
		}
	}
	return sim
}

// familyFirst adds a name Korean writes family name first and English
// given name first (고이즈미 주니치로 ~ Junichiro Koizumi, 아베 신조 ~
// Shinzo Abe; session 13, helper M13): the Korean word ti, as written,
// matched the one-word sub s exactly (foreignNamePairs), the next Korean
// word sounds exactly like the English word before s in its run
// (soundsLike 1). A title or punctuation after the family name ends the
// name (헤르난 페루치, 헤르난 디에고 멘도사 is a list).
func familyFirst(toks []koToken, ti int, r enRun, s nameSub, out map[[2]string]glossary.Type, m *memo) {
	if s.from == 0 || strings.Contains(s.text, " ") || ti+1 >= len(toks) {
		return
	}
	t, g := toks[ti], toks[ti+1]
	if t.stem == "" || g.stem == "" || g.title || t.comma {
		return
	}
	given := r.words[s.from-1]
	if enParticles[given] || isPersonTitle(given) {
		return
	}
	gs := m.subOf(given)
	for _, f := range g.variants {
		if f == "" || utf8.RuneCountInString(f) < 2 || m.koSound(f).like(gs, true) < 1 {
			continue
		}
		// The given name before the family name in Korean too (첸 지우롱 ~
		// Chen Jiulong): the Korean writes the English order.
		if ti > 0 && toks[ti-1].stem != "" && m.koSound(toks[ti-1].raw).like(gs, true) > 0 {
			return
		}
		k := [2]string{t.raw + " " + f, given + " " + s.text}
		if _, done := out[k]; !done {
			out[k] = Person
		}
		return
	}
}

// Names with a middle initial (조지 W. 부시 ~ George W. Bush, 존 F. 케네디
// ~ John F. Kennedy; session 13, helper M13): the Korean writes the
// initial in Latin letters, with or without its full stop, between two
// Hangul words; the English name has the same initial.
var (
	initialKo = regexp.MustCompile(`([가-힣]+) ([A-Z])\.? ([가-힣]+)`)
	initialEn = regexp.MustCompile(`\b([A-Z][a-z]+) ([A-Z])\. ([A-Z][a-zA-Z'-]*[a-z])`)
)

// initialPairs adds the names with a middle initial of a unit: the
// Korean words before and after the initial sound like the English
// words (soundsLike), the second without its particle.
func initialPairs(ko, en string, out map[[2]string]glossary.Type) {
	if !hasInitial(en) || !hasKoInitial(ko) {
		return
	}
	kms := initialKo.FindAllStringSubmatch(ko, -1)
	if kms == nil {
		return
	}
	ems := initialEn.FindAllStringSubmatch(en, -1)
	for _, k := range kms {
		for _, e := range ems {
			// The given name's consonants alone (조지 ~ George, whose
			// vowels English spells otherwise): the initial and the
			// family name are the evidence.
			if k[2] != e[2] || newKoSound(k[1]).like(newSub(e[1]), false) < 1 {
				continue
			}
			for _, last := range [3]string{stripParticle(k[3]), lexicon.Stem(k[3]), k[3]} {
				if utf8.RuneCountInString(last) >= 2 && soundsLike(last, e[3]) > 0 {
					// The Korean form as written, with or without the stop.
					key := [2]string{k[1] + " " + k[2] + " " + last, e[1] + " " + e[2] + ". " + e[3]}
					if strings.Contains(k[0], k[2]+".") {
						key[0] = k[1] + " " + k[2] + ". " + last
					}
					if _, done := out[key]; !done {
						out[key] = Person
					}
					break
				}
			}
		}
	}
}

// hasInitial reports whether en has a capital letter alone with a full
// stop after a space (" W. "), as initialEn needs.
func hasInitial(en string) bool {
	for i := 2; i+2 < len(en); i++ {
		if en[i] == '.' && en[i+1] == ' ' && en[i-1] >= 'A' && en[i-1] <= 'Z' && en[i-2] == ' ' {
			return true
		}
	}
	return false
}

// hasKoInitial reports whether ko has a capital letter alone after a
// space, before a full stop or a space (" W. ", " W "), as initialKo
// needs.
func hasKoInitial(ko string) bool {
	for i := 1; i+1 < len(ko); i++ {
		if c := ko[i]; c >= 'A' && c <= 'Z' && ko[i-1] == ' ' && (ko[i+1] == '.' || ko[i+1] == ' ') {
			return true
		}
	}
	return false
}

// wordHead reports whether w ends the English names wordPairs reads:
// bodies' and places' (orgHeads, bodyHeads, placeHeads) and Center.
func wordHead(w string) bool {
	return orgHeads[w] || bodyHeads[w] || placeHeads[w] || w == "Center" || w == "Centre"
}

// wordPairs adds names of bodies and places Korean writes word by word
// (세계 무역 센터 ~ World Trade Center, 국가 안보 위원회 ~ National
// Security Council; session 13, helper M13): a whole run of two or three
// English words ending in a body's or a place's noun (wordHead), and as
// many Korean words in a row, each the translation of its English word
// by the lexicon or its sound (soundsLike), one at least by the lexicon.
func wordPairs(toks []koToken, runs []enRun, matched map[int]bool, lex *lexicon.Lexicon, out map[[2]string]glossary.Type, m *memo) {
	for _, r := range runs {
		n := len(r.words)
		if n < 2 || n > 3 || !wordHead(r.words[n-1]) {
			continue
		}
		for ti := 0; ti+n <= len(toks); ti++ {
			ok, translated := true, false
			last := ""
			for i := 0; i < n && ok; i++ {
				t := toks[ti+i]
				if t.stem == "" || matched[ti+i] || t.title || i < n-1 && (t.phrase || t.gloss) {
					ok = false
					break
				}
				ws := m.englishWords(r.words[i])
				if tr := m.formTranslations(lex, t.koInfo); len(ws) > 0 && slices.ContainsFunc(ws, func(w string) bool { return slices.Contains(tr, w) }) {
					translated = true
					if i == n-1 {
						last = t.lexForm
					}
					continue
				}
				ok = false
				es := m.subOf(r.words[i])
				forms, words := []string{t.raw}, []koWord{t.koInfo.raw}
				if i == n-1 {
					forms, words = t.variants[:], t.words[:]
				}
				for j, f := range forms {
					// The skeletons' first letters first: the cheap test.
					if f == "" || !firstLike(words[j].skel, es) {
						continue
					}
					if utf8.RuneCountInString(f) >= 2 && m.koSound(f).like(es, true) > 0 {
						ok = true
						if i == n-1 {
							last = f
						}
						break
					}
				}
			}
			if !ok || !translated || last == "" {
				continue
			}
			var b strings.Builder
			for _, t := range toks[ti : ti+n-1] {
				b.WriteString(t.raw)
				b.WriteByte(' ')
			}
			b.WriteString(last)
			typ := Organization
			if placeHeads[r.words[n-1]] {
				typ = Place
			}
			k := [2]string{b.String(), strings.Join(r.words, " ")}
			if _, done := out[k]; !done {
				out[k] = typ
			}
		}
	}
}

// firstLike reports whether the skeleton ks begins as one of the English
// s's does (a form whose does not cannot sound like it: koSound.like).
func firstLike(ks string, s nameSub) bool {
	if ks == "" {
		return false
	}
	for _, es := range [4]string{s.skel, s.skelR, s.skelJ, s.skelK} {
		if es != "" && es[0] == ks[0] {
			return true
		}
	}
	return false
}
