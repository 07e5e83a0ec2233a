package mine

import (
	"slices"
	"strings"

	"bitext/glossary"
)

// Translated names of legislatures, their committees and a few other
// bodies whose Korean name is a word of its own, not a transliteration
// and not in the core lexicon (상원 ~ Senate, 법사위원회 ~ Judiciary
// Committee): written by hand from general knowledge of how the news
// names them (session 16, helper M22; nothing taken from ../shared or an
// evaluation part). 로이터 ~ Reuters, whose s Korean leaves out, was
// added in session 17 (helper M23), 유엔 ~ United Nations, UN, U.N. and
// 유엔총회 ~ UN General Assembly in session 18 (helper M25: 유엔 ~ United
// Nations where the English writes it whole; 유엔 총회 written apart too,
// not 총회 alone, a meeting of any body). 사법위원회 ~ Judiciary Committee
// (법사위원회's long form), 적십자(사) and 국제적십자(사) ~ (International)
// Red Cross and 런던경찰청 ~ Metropolitan Police, Scotland Yard were added
// in session 19 (helper M30: the dev parts' translated bodies its
// miner missed, 사법 위원회, 국제적십자사 and 런던 경찰청 written apart, as
// the two-word path below reads them with namePrefixes).
//
// Parties and the European Union were added in session 23 (helper M45):
// a party by its name and by the short forms the news name it by, a
// noun, not the adjective of its name (Labour beside Labour Party,
// Democrats beside Democratic Party, not Democratic; Republicans and GOP,
// Conservatives and Tories, Greens), and 유럽연합 by European Union and
// EU. The core lexicon, which the aligner reads too, gives 노동당 workers
// party and leaves these pairs unmade.
var nameWords = func() map[string][]string {
	m := map[string][]string{}
	for _, l := range strings.Split(`상원	Senate
하원	House of Representatives|House of Commons
법사위원회	Judiciary Committee
정보위원회	Intelligence Committee
군사위원회	Armed Services Committee
외교위원회	Foreign Relations Committee|Foreign Affairs Committee
세입위원회	Ways and Means Committee
안보리	Security Council
안전보장이사회	Security Council
국방부	Pentagon
연준	Federal Reserve
연방준비제도	Federal Reserve
연방준비제도이사회	Federal Reserve Board|Federal Reserve
로이터	Reuters
로이터통신	Reuters
유엔	United Nations|UN|U.N.
유엔총회	UN General Assembly|U.N. General Assembly|United Nations General Assembly
사법위원회	Judiciary Committee
적십자	Red Cross
적십자사	Red Cross
국제적십자	International Red Cross|Red Cross
국제적십자사	International Red Cross|Red Cross
런던경찰청	Metropolitan Police|Scotland Yard
노동당	Labour Party|Labour
민주당	Democratic Party|Democrats
공화당	Republican Party|Republicans|GOP
보수당	Conservative Party|Conservatives|Tories
녹색당	Green Party|Greens
유럽연합	European Union|EU`, "\n") {
		ko, en, _ := strings.Cut(l, "\t")
		m[ko] = strings.Split(en, "|")
	}
	return m
}()

// namePrefixes are the first words of nameWords' names as Korean writes
// them apart (런던 of 런던경찰청, 사법 of 사법위원회: two syllables or
// more before two or more), so that such a word is named (koInfo.named)
// and nameWordPairs tries it with the next word (session 19, helper
// M30).
var namePrefixes = func() map[string]bool {
	m := map[string]bool{}
	for ko := range nameWords {
		rs := []rune(ko)
		for i := 2; i <= len(rs)-2; i++ {
			m[string(rs[:i])] = true
		}
	}
	return m
}()

// nameWordPairs adds the translated names of nameWords: a Hangul word,
// or two (상원 법사위원회), whose stems are in the table, against one of
// its renderings in the English text, or the renderings of the two one
// after the other (Senate Judiciary Committee). Not a word a Korean name
// was matched in.
func nameWordPairs(toks []koToken, en string, matched map[int]bool, out map[[2]string]glossary.Type) {
	for ti, t := range toks {
		if t.stem == "" || matched[ti] || !t.named {
			continue
		}
		if ti+1 < len(toks) && !matched[ti+1] && toks[ti+1].stem != "" && toks[ti+1].named && !t.comma {
			for _, a := range nameWords[t.stem] {
				for _, b := range nameWords[toks[ti+1].stem] {
					nameWordPair(t.stem+" "+toks[ti+1].stem, a+" "+b, en, out)
				}
			}
		}
		for _, e := range nameWords[t.stem] {
			nameWordPair(t.stem, e, en, out)
		}
		if t.stem == t.raw && ti+1 < len(toks) && !matched[ti+1] && toks[ti+1].stem != "" {
			// A name of the table written in two words (유엔 총회 for
			// 유엔총회; session 18, helper M25).
			u := toks[ti+1].stem
			for _, e := range nameWords[t.stem+u] {
				nameWordPair(t.stem+" "+u, e, en, out)
			}
		}
	}
}

// tableName reports whether en is one of the renderings nameWords gives
// the Korean form ko (written in one word or two): a translation known
// beforehand, not a guess of the miner's (session 23, helper M45).
func tableName(ko, en string) bool {
	return slices.Contains(nameWords[strings.ReplaceAll(ko, " ", "")], en)
}

// nameWordPair pairs ko with e when the English text has e as words.
func nameWordPair(ko, e, en string, out map[[2]string]glossary.Type) {
	if !containsWord(en, e) {
		return
	}
	k := [2]string{ko, e}
	if _, done := out[k]; !done {
		out[k] = Organization
	}
}
