package check

import (
	"slices"
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 25 (helper T79, issue #11): an Arabic surname's vowels in
// another romanization. Arabic writes three short vowels and three long
// ones, and English papers romanize them several ways: a long a as aa or
// a, a short a or i as e (Jaafar, Jafar, Jaffer; Jassim, Jassem), u as o or
// ou. house98 lists Iraq's sports minister as Jassim Mohammed Jaafar and
// the English writes "Jassim Mohammed Jaffer" (g98 kpc-dev 464, an error,
// and house15's g15 kpc-dev 464, a warning there: both judged false, the
// person present). T10's unlistedVariant (session 17) made it a warning
// when the list gives the surname two ways; an editor takes it for the
// person whenever the name is shown to be Arabic and the other words are
// kept, a spelling to bring to the list's at most. So it is reported as
// unlistedVariant's are, a warning naming the spelling, not an error (no
// CI failure), and the person is not counted present: the pair's other
// entries the English lacks are read as before (g98 kpc-dev 464's IOC, named
// in the English before, judged real, is still reported).
//
// arabicVowelVariant finds it: a form of the person has an Arabic word
// (an article prefix al-, el-, ul-, or a word with Arabic romanizations,
// glossary.NameRomanizations of a last word: Mohammed, Hamid); the English
// gives an allowed form's given names (as listed or another romanization)
// and a surname with the listed one's consonants in order (a doubled
// letter once, an article prefix aside) and as many vowel runs, each
// another romanization of the listed one's (arabicVowel: a and aa alike, e
// for a or i, i, ee and ii alike, u, o, oo and ou alike). Left reported: a
// vowel for another beyond those (Hassan for Hussein, Hamad for Hamid),
// another consonant (Jabbar for Jaafar), a vowel added or dropped, another
// given name, and any name not shown Arabic (Minoge for Minogue, Davis
// for Davies, Han Sung-soo for Han Seung-soo).
//
// Developed on the two false alarms named above (seen) and our own
// sentences (TestArabicVowelVariant).

// arabicVowelVariant returns the span of target giving person e, an
// Arabic name, by an allowed form's given names and another romanization
// of its surname's vowels (see above), or "".
func arabicVowelVariant(e *glossary.Entry, target string, forms []*glossary.Term) string {
	if e.Type != glossary.Person || !arabicName(forms) {
		return ""
	}
	return respeltSurnameIn(target, forms, arabicRespelt)
}

// arabicName reports whether a word of an allowed form of two words or
// more has an Arabic article prefix or Arabic romanizations.
func arabicName(forms []*glossary.Term) bool {
	for _, t := range forms {
		ws := strings.Fields(t.Text)
		if len(ws) < 2 || t.Status.Forbidden() {
			continue
		}
		for _, w := range ws {
			lw := strings.ToLower(w)
			if strings.HasPrefix(lw, "al-") || strings.HasPrefix(lw, "el-") || strings.HasPrefix(lw, "ul-") {
				return true
			}
			for _, part := range strings.Split(lw, "-") {
				if glossary.NameRomanizations(part, true) != nil {
					return true
				}
			}
		}
	}
	return false
}

// arabicRespelt reports whether surname w is listed surname l with its
// vowels romanized otherwise (see above): the same consonants, the same
// number of vowel runs, each pair arabicVowel alike.
func arabicRespelt(w, l string) bool {
	wc, wv := arabicParts(w)
	lc, lv := arabicParts(l)
	if len(wc) < 2 || wc != lc || len(wv) != len(lv) || len(wv) == 0 || doubleMoved(w, l) {
		return false
	}
	for i := range wv {
		if !arabicVowel(wv[i], lv[i]) {
			return false
		}
	}
	return true
}

// arabicParts splits a surname (lower case, accents folded, an article
// prefix left out) into its consonants, a doubled one once, and its runs
// of vowels (a, e, i, o, u) in order; the consonants begin with "-" when
// a vowel begins the surname (Omar and Mar differ). A letter other than
// a to z gives "".
func arabicParts(w string) (string, []string) {
	w = foldAccents(strings.ToLower(w))
	for _, p := range []string{"al-", "el-", "ul-"} {
		w = strings.TrimPrefix(w, p)
	}
	cons := []byte{}
	var vowels []string
	lead := false
	run := ""
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case strings.IndexByte("aeiou", c) >= 0:
			run += string(c)
			continue
		case c < 'a' || c > 'z':
			return "", nil
		case run != "":
			lead = lead || len(cons) == 0
			vowels = append(vowels, run)
			run = ""
		case len(cons) > 0 && cons[len(cons)-1] == c:
			continue // a doubled consonant once
		}
		cons = append(cons, c)
	}
	if run != "" {
		vowels = append(vowels, run)
	}
	if lead {
		return "-" + string(cons), vowels
	}
	return string(cons), vowels
}

// arabicVowel reports whether two runs of vowels are romanizations of one
// Arabic vowel: the same class (arabicClass), or e for a or i.
func arabicVowel(a, b string) bool {
	ca, cb := arabicClass(a), arabicClass(b)
	if ca == cb {
		return true
	}
	return ca == "e" && (cb == "a" || cb == "i") || cb == "e" && (ca == "a" || ca == "i")
}

// arabicClass is a run of vowels as the Arabic vowel it romanizes: "a"
// for a and aa, "i" for i, ii and ee, "u" for u, o, uu, oo and ou, "e" for
// e, and the run itself otherwise (a diphthong: ai, ei).
func arabicClass(r string) string {
	switch r {
	case "a", "aa":
		return "a"
	case "i", "ii", "ee":
		return "i"
	case "u", "o", "uu", "oo", "ou":
		return "u"
	case "e":
		return "e"
	}
	return r
}

// Session 26 (helper T81, issue #11): the h of an Arabic theophoric given
// name (…-ullah, "… of God") between two vowels, written or left out: the
// Taliban spokesman ذبيح الله is Zabihullah (Zabeehullah, the Korea
// Times's) and Zabiullah (AP's). house102 lists Zabiullah Mujahid and the
// English of KPC test 1558 writes "Zabeehullah Mujahid" (g102 kpc-test 1558,
// judged false): givenKey reads ee as i (Zabeehullah is Zabihullah, session
// 9) but not the h dropped. transliterated (rendering.go) takes such a given
// name as the listed one, the surname kept; a given name of other
// consonants or vowels (Habibullah for Zabiullah), or of no -ullah ending
// (Mohamed, Moamed), is not (TestTheophoricVariant).

// theophoricVariant reports whether two given names ending in -ullah or
// -ulla (givenKey: -ulah, -ula) are one name once an h between two vowels
// is left out of each.
func theophoricVariant(a, b string) bool {
	ka, kb := givenKey(a), givenKey(b)
	theophoric := func(k string) bool { return strings.HasSuffix(k, "ulah") || strings.HasSuffix(k, "ula") }
	return ka != kb && theophoric(ka) && theophoric(kb) && dropInnerH(ka) == dropInnerH(kb)
}

// dropInnerH returns k without each h between two vowels (a, e, i, o, u).
func dropInnerH(k string) string {
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	b := make([]byte, 0, len(k))
	for i := 0; i < len(k); i++ {
		if k[i] == 'h' && i > 0 && i+1 < len(k) && vowel(k[i-1]) && vowel(k[i+1]) {
			continue
		}
		b = append(b, k[i])
	}
	return string(b)
}

// Session 26 (helper T86, issue #11): the usual transliterations of an
// Arabic surname, which name the person. The Syrian foreign minister
// المعلم is al-Moallem (AP), al-Muallem, al-Moualem (Reuters) and
// al-Mouallem: the damma as u, o or ou, the ayn left out, the doubled l
// written once or twice. house105 lists Walid al-Moallem and the English
// of NTREX 1958 writes "Al-Moualem said" (g105 ntrex-even 1958,
// target-term-missing, judged false); house107 lists Walid al-Moallem and
// the English of NTREX 1952 and 1462 writes "Walid al-Moualem", which
// forbiddenRespelt reported as its forbidden Walid al-Muallem respelt
// (g107 ntrex-even 1952 and ntrex-odd 1462, near-miss, judged false; the
// seen parts judged this spelling false for target-term-missing since
// g21). arabicTranslit takes two surnames for one when, an article prefix
// aside, they have the same consonants (a doubled one once) and their
// vowels are the same Arabic vowels once each run is read as units (aa or
// a: a; ii, ee or i: i; uu, oo, ou, u or o: u; e: e): oa is o and a, oua
// ou and a. Unlike arabicRespelt (T79, a warning) e is not a or i here:
// Jaffer for Jaafar stays T79's warning.
//
// arabicRespeltBy writes such a surname of the English as listed,
// keeping its article prefix, and arabicTranslitPresent reads the pair
// again as for the listed spelling (present, surnameAlone,
// titledSurnameOnly, the glossary's match of a short form): "Al-Moualem
// said" is the short form al-Moallem, and the person is named (no
// target-term-missing, and no near-miss of forbiddenRespelt, which reads
// absent persons only). Two lists keep the finding:
//
//   - a list that forbids the spelling, doubled letters once (house73
//     forbids Walid al-Mouallem: its near-miss on Walid al-Moualem, g73
//     ntrex-odd 1462, is judged real; house105's forbidden al-Mualem stays
//     target-term-missing);
//   - a list that allows the name in one form only, a titled one aside
//     (manyForms): house103 lists Walid al-Moallem and Foreign Minister
//     Walid al-Moallem, forbids al-Muallem and Muallem, and its near-miss
//     on Walid al-Moualem (g103 ntrex-even 1952 and ntrex-odd 1462) stays
//     reported; house107 admits Walid Moallem besides and house105 Walid
//     Muallem, lists that write the name more than one way. G103 judged
//     g103's near-miss real and G107 the same lines false; the lead ruled
//     them false (a usual transliteration the list does not forbid), so
//     g103's two are false alarms left (gone since session 28: see
//     arabicUsualNamed). The condition stays for a list that
//     gives the name one way, where a doubled consonant is read as a
//     misspelling (TestArticleSurnameDoubled's al-Jabbouri, session 23).
//
// Left reported: another consonant, a vowel added or dropped, e for a or
// i (T79's warning), any name not shown Arabic (arabicName)
// (TestArabicTranslit, TestArabicTranslitPair).

// arabicTranslit reports whether surnames w and l (any case) are usual
// transliterations of one Arabic surname (see above) and differ.
func arabicTranslit(w, l string) bool {
	if strings.EqualFold(w, l) {
		return false
	}
	wc, wv := arabicParts(w)
	lc, lv := arabicParts(l)
	if len(wc) < 2 || wc != lc || len(wv) != len(lv) || len(wv) == 0 || doubleMoved(w, l) {
		return false
	}
	for i := range wv {
		if arabicUnits(wv[i]) != arabicUnits(lv[i]) {
			return false
		}
	}
	return true
}

// arabicUnits reads a run of vowels as the Arabic vowels it writes, one
// letter each (a, i, u or e): a two-letter unit first (aa, ii, ee, uu,
// oo, ou), else one letter.
func arabicUnits(r string) string {
	b := make([]byte, 0, len(r))
	for i := 0; i < len(r); i++ {
		if i+1 < len(r) {
			switch r[i : i+2] {
			case "aa":
				b = append(b, 'a')
				i++
				continue
			case "ii", "ee":
				b = append(b, 'i')
				i++
				continue
			case "uu", "oo", "ou":
				b = append(b, 'u')
				i++
				continue
			}
		}
		switch r[i] {
		case 'o', 'u':
			b = append(b, 'u')
		default:
			b = append(b, r[i])
		}
	}
	return string(b)
}

// splitArticle splits a word into its Arabic article prefix (al-, el-,
// ul-, any case) and the rest.
func splitArticle(w string) (string, string) {
	if len(w) > 3 && w[2] == '-' {
		switch strings.ToLower(w[:3]) {
		case "al-", "el-", "ul-":
			return w[:3], w[3:]
		}
	}
	return "", w
}

// singleLetters returns w in lower case with each doubled letter once.
func singleLetters(w string) string {
	w = foldAccents(strings.ToLower(w))
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if len(b) > 0 && b[len(b)-1] == w[i] {
			continue
		}
		b = append(b, w[i])
	}
	return string(b)
}

// arabicSurnames returns the surnames (their last word, the article
// prefix left out) of the allowed forms of two words or more and of the
// short forms of forms, and those of the forbidden forms with doubled
// letters once (singleLetters).
func arabicSurnames(forms []*glossary.Term) (allowed, forbidden []string) {
	for _, t := range forms {
		ws := strings.Fields(t.Text)
		if len(ws) < 2 || koreanOrder(ws) {
			continue
		}
		_, s := splitArticle(ws[len(ws)-1])
		if t.Status.Forbidden() {
			forbidden = append(forbidden, singleLetters(s))
			continue
		}
		allowed = append(allowed, s)
		if sw := strings.Fields(t.Short); len(sw) > 0 {
			_, s := splitArticle(sw[len(sw)-1])
			allowed = append(allowed, s)
		}
	}
	return allowed, forbidden
}

// koreanOrder reports whether the words of a name are written surname
// first (surnameFirst: Kim Jong-un), not a last word with an Arabic
// article prefix (Walid al-Moallem).
func koreanOrder(ws []string) bool {
	p, _ := splitArticle(ws[len(ws)-1])
	return p == "" && surnameFirst(ws)
}

// arabicRespeltBy returns target with each capitalized surname that
// spells an allowed surname of forms otherwise (arabicTranslit) written
// as listed, its article prefix kept, when forms are an Arabic person's
// (arabicName) in two forms or more (manyForms) and the surname is none
// the forms forbid; "" when there is none (see above). usual (session 27,
// T108) also takes a list of one form and a surname alike by arabicUsual,
// not only arabicTranslit.
func arabicRespeltBy(target string, forms []*glossary.Term, usual bool) string {
	if !arabicName(forms) || !usual && !manyForms(forms) {
		return ""
	}
	allowed, forbidden := arabicSurnames(forms)
	var words, given []string // the allowed forms' words and given names before the surname (usual)
	if usual {
		allowed, forbidden, words, given = arabicUsualSurnames(forms)
	}
	if len(allowed) == 0 {
		return ""
	}
	var b strings.Builder
	last := 0  // target[:last] is written to b
	prev := "" // the word before, in usual
	for i := 0; i < len(target); {
		r, n := utf8.DecodeRuneInString(target[i:])
		if !isNameRune(r) || r == '-' || r == '\'' || r == '’' {
			i += n
			continue
		}
		j := i
		for j < len(target) {
			r2, n2 := utf8.DecodeRuneInString(target[j:])
			if !isNameRune(r2) || r2 == '\'' || r2 == '’' {
				break
			}
			j += n2
		}
		w := strings.TrimRight(target[i:j], "-")
		p, stem := splitArticle(w)
		other := usual && prev != "" && upperAt(prev, 0) && !slices.Contains(words, strings.ToLower(prev)) // "Tarek al-Hashimi": another given name
		short := usual && slices.Contains(given, strings.ToLower(prev))                                    // e for a short vowel after the listed given name only
		prev = w
		if stem != "" && upperAt(stem, 0) && !other && !slices.Contains(forbidden, singleLetters(stem)) {
			for _, l := range allowed {
				if !usual && arabicTranslit(stem, l) || usual && arabicUsual(stem, l, short) {
					b.WriteString(target[last : i+len(p)])
					b.WriteString(l)
					last = i + len(w)
					break
				}
			}
		}
		i = j
	}
	if last == 0 {
		return ""
	}
	b.WriteString(target[last:])
	return b.String()
}

// arabicTranslitPresent reports whether the English of pr names person m
// once its Arabic surnames are written as listed (arabicRespeltBy): a
// listed form (present), the surname alone (surnameAlone) or after a
// title (titledSurnameOnly), or a form the glossary matches (the short
// form at a sentence's start).
func (c *Checker) arabicTranslitPresent(m glossary.Match, pr Pair) bool {
	return c.arabicRespeltPresent(m, pr, false)
}

// arabicUsualNamed reports whether the English of pr names person m, an
// Arabic name, with a usual transliteration of a listed surname
// (arabicUsual) in a spelling the list does not forbid, whatever the
// number of forms listed (see below): read only after forbiddenRespelt's
// near-miss, the person is not reported, not counted present.
func (c *Checker) arabicUsualNamed(m glossary.Match, pr Pair) bool {
	return c.arabicRespeltPresent(m, pr, true)
}

// arabicRespeltPresent is arabicTranslitPresent, the target respelt by
// arabicRespeltBy(usual).
func (c *Checker) arabicRespeltPresent(m glossary.Match, pr Pair, usual bool) bool {
	if m.Entry.Type != glossary.Person {
		return false
	}
	t := arabicRespeltBy(pr.Target, m.Entry.TermsIn(pr.TargetLang), usual)
	if t == "" {
		return false
	}
	rp := pr
	rp.Target = t
	if c.present(m.Entry, t, strings.ToLower(t), pr.TargetLang) || c.surnameAlone(m, rp) || c.titledSurnameOnly(m, rp) {
		return true
	}
	ms := appendMatches(c.matcher(pr.TargetLang), nil, t, false)
	if !pr.Date.IsZero() {
		ms = c.usable(ms, t, pr.Source+"\n"+t, pr.Date)
	}
	for _, tm := range ms {
		if (tm.Entry == m.Entry || slices.Contains(tm.Entries, m.Entry)) && !tm.Term.Status.Forbidden() {
			return true // the short form as the glossary matches it ("Al-Moallem said")
		}
	}
	return false
}

// manyForms reports whether forms allow the name in two forms or more,
// a form that ends with another after a space (Foreign Minister Walid
// al-Moallem: Walid al-Moallem with a title) none of its own.
func manyForms(forms []*glossary.Term) bool {
	n := 0
	for _, a := range forms {
		if a.Status.Forbidden() {
			continue
		}
		titled := false
		for _, b := range forms {
			titled = titled || !b.Status.Forbidden() && len(a.Text) > len(b.Text) && strings.HasSuffix(strings.ToLower(a.Text), " "+strings.ToLower(b.Text))
		}
		if !titled {
			n++
		}
	}
	return n > 1
}

// Session 26 (helper T89, issue #11): e for a short a in an Arabic surname
// is the person, no finding. جعفر is Jaafar, Jafar and Jaffer (CNN's): the
// short a after the f written e. Three lists judged the English "Jassim
// Mohammed Jaffer" for a listed Jassim Mohammed Jaafar false, on the same
// pair (g15 kpc-dev 464, a list of four forms; g98 and g108 kpc-dev 464,
// one allowed form, house108 forbidding Jasim Mohammed Jafar): T79's
// warning (arabicVowelVariant) was all the gate said of them. No other
// judged finding has an Arabic surname written with e for a listed a:
// counting the person present (found, an anchor shared) loses g98 kpc-dev
// 464's IOC under --missing all (judged real: the IOC, named in the
// English before, is left out of the pair), as T79 found, so the person is
// only not reported; the pair's other entries are read as before.
//
// arabicShortA reads it: the same consonants (a doubled one once, an
// article prefix aside), the same number of vowel runs, each the same
// Arabic vowels (arabicUnits, as arabicTranslit), or the English's e for
// the list's single a, at least one such e; not for aa, a long a. The
// spelling cannot tell a short a from a long one the list writes single
// (Haddad's second a): "Hadded" is read as the person too, as Maghrebi
// romanizations write a long a e (Hedi for Hadi); T10's test had it a
// warning (TestUnlistedVariant keeps Haddod one).
// arabicShortAVariant finds it with the given names of an allowed form kept
// (respeltSurnameIn), the name shown Arabic (arabicName) and the spelling
// none the list forbids, doubled letters once (arabicSurnames). Left as
// T79's warning: e for i (Jassem for Jassim; no finding since session 27,
// below), o or ou for u, a diphthong;
// an error as before: another vowel (Jaffur), another consonant (Jabbar),
// another given name, a name not shown Arabic (TestArabicShortA,
// TestArabicVowelVariant).

// arabicShortA reports whether surname w writes listed surname l with e
// for a short a (see above).
func arabicShortA(w, l string) bool {
	wc, wv := arabicParts(w)
	lc, lv := arabicParts(l)
	if len(wc) < 2 || wc != lc || len(wv) != len(lv) {
		return false
	}
	short := false
	for i := range wv {
		switch {
		case wv[i] == "e" && (lv[i] == "a" || lv[i] == "i"), wv[i] == "i" && lv[i] == "e": // session 27: e and a single i alike (T97)
			short = true
		case arabicUnits(wv[i]) != arabicUnits(lv[i]):
			return false
		}
	}
	return short
}

// arabicShortAVariant returns the span of target giving person e, an
// Arabic name, by an allowed form's given names and its surname with e for
// a short a (arabicShortA) in a spelling the forms do not forbid, or "".
func arabicShortAVariant(e *glossary.Entry, target string, forms []*glossary.Term) string {
	if e.Type != glossary.Person || !arabicName(forms) {
		return ""
	}
	_, forbidden := arabicSurnames(forms)
	return arabicShortForm(target, forms, func(w, l string) bool {
		_, s := splitArticle(w)
		return arabicShortA(w, l) && !slices.Contains(forbidden, singleLetters(s))
	})
}

// Session 27 (helper T97, issue #11): e and a single i for each other in
// an Arabic name, any word of it. A short i (the kasra) is romanized i or
// e as often as a short a is a or e: طارق is Tariq and Tareq, الهاشمي
// al-Hashimi and al-Hashemi, جاسم Jassim and Jassem. house126 lists Tariq
// al-Hashemi (one allowed form, al-Hashemi its short form, Tariq
// al-Hashmi forbidden) and the English of KPC dev 993 writes "said Tareq
// al-Hashimi" (g126 kpc-dev 993, target-term-missing, judged false: a usual
// romanization the list neither admits nor forbids). arabicShortA takes e
// for a listed single i and a single i for a listed e as it takes e for a
// short a (the same consonants and vowel runs, the others the same Arabic
// vowels), and arabicShortForm reads each word of an allowed form so, the
// given names too (Tareq for Tariq), not only the surname
// (respeltSurnameIn's): the person is not reported, and not counted present
// (T89's reading). T79's warning on Jassem for Jassim (arabicVowelVariant)
// goes with it. Left as before: ii or ee (a long i) as e, another vowel
// (Hashami), a vowel added or dropped (al-Hashmi, the list's forbidden
// form), another consonant, a surname the list forbids, doubled letters
// once, and a name not shown Arabic (arabicName) (TestArabicShortA,
// TestArabicShortForm).

// arabicShortForm returns the span of target giving an allowed form of two
// words or more (not surname first, koreanOrder) with each word as listed, another
// romanization of it (sameRomanization: a given name) or, capitalized (the
// surname's article prefix aside), alike by same, at least one word not as
// listed; or "".
func arabicShortForm(target string, forms []*glossary.Term, same func(w, listed string) bool) string {
	var tw []string // the target's words, made once
	for _, t := range forms {
		fw := strings.Fields(t.Text)
		if len(fw) < 2 || t.Status.Forbidden() || koreanOrder(fw) {
			continue
		}
		if tw == nil {
			tw = strings.FieldsFunc(target, func(r rune) bool { return !isNameRune(r) })
		}
		n := len(fw)
	runs:
		for i := 0; i+n <= len(tw); i++ {
			changed := false
			for k := 0; k < n; k++ {
				w := tw[i+k]
				if k == n-1 {
					w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
				}
				if w == fw[k] || k < n-1 && sameRomanization(w, fw[k]) {
					continue
				}
				_, stem := splitArticle(w)
				if stem == "" || !upperAt(stem, 0) || !same(w, fw[k]) {
					continue runs
				}
				changed = true
			}
			if changed {
				return strings.Join(tw[i:i+n], " ")
			}
		}
	}
	return ""
}

// Session 27 (helper T108, issue #11): a usual transliteration of the
// listed Arabic surname, the list giving the name one way. house151 lists
// Walid al-Moallem (and Foreign Minister Walid al-Moallem), forbids Walid
// al-Mualim; house152 the same, forbidding Walid al-Moalem and Walid
// al-Muallam. The English of NTREX 1952 and 1462 writes Reuters' "Walid
// al-Moualem" and of 1958 "Al-Moualem said" (g151 ntrex-even 1952 and
// ntrex-odd 1462, g152 ntrex-even 1952 and 1958 and ntrex-odd 1462,
// target-term-missing, judged false: a usual transliteration the list
// does not forbid, the lead's session-26 ruling). T86's
// arabicTranslitPresent counts such a spelling present only for a list of
// several forms (manyForms), since g103's near-miss on the same spelling
// (a list of one form) was judged real, and g121's and g125's were (all
// false since session 28, below).
// arabicUsualNamed reads the pair as arabicTranslitPresent does, with no
// manyForms condition and a surname alike by arabicUsual (arabicTranslit's
// ou, o or u and a doubled consonant once, or arabicShortA's e for a short
// a or i), but only where target-term-missing would be reported, after
// forbiddenRespelt: a near-miss on a forbidden form respelt (g103, g121,
// g125, g73) stays (until session 28, below), and a spelling the list forbids (doubled letters
// once, arabicSurnames) is never respelt. The person is then not
// reported, and not counted present (as arabicShortAVariant).
//
// Session 28 (helper T113, issue #11): no near miss either. By the lead's
// session-26 ruling a usual transliteration of a foreign name that the
// list does not forbid is no near miss, as T109 read Cyrillic names
// (nearmiss_cyrillic.go); forbiddenRespelt still reported Walid
// al-Moualem as house103's forbidden Walid al-Muallem respelt (g103
// ntrex-even 1952 and ntrex-odd 1462, judged false by the ruling; g121 and
// g125, lists alike, judged real before it and re-judged false). The
// missing-person branch (rules.go) now asks arabicShortAVariant and
// arabicUsualNamed before forbiddenRespelt, so a spelling that either
// reads as the person is no near miss and no missing person alike. Still
// a near miss: a spelling the list forbids, doubled letters once (house73
// and house160 forbid Walid al-Mouallem: g73's near miss on Walid
// al-Moualem is judged real, g160's judged false is left), a letter
// tripled (tripledLetter) or a doubled consonant moved (doubleMoved), a
// consonant doubled that the list writes once; reported as before:
// another vowel (a for e), another consonant, another given name, a name
// not shown Arabic (Blinkin) (TestArabicNearMiss). The near-miss rule of
// nearmiss.go is not changed: it reports none of these spellings of an
// article-prefixed name, and its own tests keep others of the classes as
// misspellings where no source names the person (Baha Mosa for Baha
// Mousa, Hamid Tariq al-Qasimi for al-Qassimi, Omar Bussallim).

// arabicUsual reports whether surname w is listed surname l in another
// usual transliteration: the same consonants (a doubled one once, an
// article prefix aside; no consonant doubled that l writes once: Jabbouri
// for a listed Jabouri stays reported, TestArticleSurnameDoubled), the
// same number of vowel runs, each the same Arabic vowels (arabicUnits, as
// arabicTranslit) or, if short, e for a single a or i, or a single i for e
// (as arabicShortA); and w not l, no doubled consonant of l moved
// (doubleMoved, T112) and no letter tripled (tripledLetter: Moualllem, a
// typing slip; session 28, T113).
func arabicUsual(w, l string, short bool) bool {
	wc, wv := arabicParts(w)
	lc, lv := arabicParts(l)
	if len(wc) < 2 || wc != lc || len(wv) != len(lv) || len(wv) == 0 || strings.EqualFold(w, l) || doubleMoved(w, l) || tripledLetter(w) {
		return false
	}
	for i := range wv {
		e := short && (wv[i] == "e" && (lv[i] == "a" || lv[i] == "i") || wv[i] == "i" && lv[i] == "e")
		if !e && arabicUnits(wv[i]) != arabicUnits(lv[i]) {
			return false
		}
	}
	wd, ld := doubledAt(w), doubledAt(l)
	for k := range wd {
		if wd[k] && (k >= len(ld) || !ld[k]) {
			return false
		}
	}
	return true
}

// doubledAt returns, for each consonant of w as arabicParts counts them
// (an article prefix aside), whether w writes it doubled.
func doubledAt(w string) []bool {
	w = foldAccents(strings.ToLower(w))
	_, w = splitArticle(w)
	var d []bool
	for i := 0; i < len(w); i++ {
		c := w[i]
		if strings.IndexByte("aeiou", c) >= 0 {
			continue
		}
		if i > 0 && w[i-1] == c {
			d[len(d)-1] = true
			continue
		}
		d = append(d, false)
	}
	return d
}

// arabicUsualSurnames returns the surnames arabicUsualNamed respells to:
// the last words of the allowed forms of two words or more (not a short
// form, which may be a given name: Saddam), an article prefix aside; and
// every word of a forbidden form, doubled letters once (singleLetters),
// that no allowed form has: "Sadam Husain" for a listed Saddam Hussein,
// Sadam Hussein and Saddam Hussain forbidden, stays reported (check16v);
// and the allowed forms' words in lower case: a surname after a
// capitalized word none of them (another given name: "Tarek al-Hashimi",
// "Khalid al-Moualem") is not respelt; and the word before the surname
// in each such form (the given name: Walid), in lower case, after which
// alone the surname may take e for a short vowel (arabicUsual's short).
func arabicUsualSurnames(forms []*glossary.Term) (allowed, forbidden, words, given []string) {
	for _, t := range forms {
		if t.Status.Forbidden() {
			continue
		}
		ws := strings.Fields(t.Text)
		for _, w := range ws {
			words = append(words, strings.ToLower(w))
		}
		if len(ws) >= 2 && !koreanOrder(ws) {
			_, s := splitArticle(ws[len(ws)-1])
			allowed = append(allowed, s)
			given = append(given, strings.ToLower(ws[len(ws)-2]))
		}
	}
	for _, t := range forms {
		if !t.Status.Forbidden() {
			continue
		}
		for _, w := range strings.Fields(t.Text) {
			if !slices.Contains(words, strings.ToLower(w)) {
				_, s := splitArticle(w)
				forbidden = append(forbidden, singleLetters(s))
			}
		}
	}
	return allowed, forbidden, words, given
}

// doubleMoved reports whether surname w is l with a doubled consonant
// moved or a letter tripled (misplacedDouble, addeddouble.go), an article
// prefix aside and accents folded: Abass or Abbbas for Abbas is no
// romanization of the Arabic, whose shadda doubles one consonant (session
// 28, helper T112).
func doubleMoved(w, l string) bool {
	_, ws := splitArticle(foldAccents(w))
	_, ls := splitArticle(foldAccents(l))
	return misplacedDouble(ws, ls)
}

// tripledLetter reports whether w writes one letter three times in a row
// (any case): a typing slip, no transliteration (session 28, T113).
func tripledLetter(w string) bool {
	for i := 2; i < len(w); i++ {
		if a, b, c := w[i-2]|0x20, w[i-1]|0x20, w[i]|0x20; a == b && b == c && a >= 'a' && a <= 'z' {
			return true
		}
	}
	return false
}
