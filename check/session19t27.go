package check

import (
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 19 (helper T27, issue #11): what house29 found.

// timeDeterminers are the Korean words that, before a one-syllable noun,
// make it a time noun (지난 주, last week; 이번 주, 다음 달, 매 주, 첫 주,
// 몇 주): 전 (former) and 이 (this) are left out, as they name a post or a
// place as readily (전 주 경찰 간부, a former state police officer).
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

// irregularPast maps the English irregular past tenses and past
// participles most met in news copy to their verb: a glossary admitting
// "build" and "built" for one entry (house29's 건설) has two forms of one
// verb, no second spelling. The list is small and closed on purpose; past
// forms that are mostly other words (saw, bit, fell, rose, wound, ground,
// lay) are left out.
var irregularPast = map[string]string{
	"built": "build", "rebuilt": "rebuild", "sent": "send", "spent": "spend", "lent": "lend", "bent": "bend",
	"made": "make", "paid": "pay", "said": "say", "laid": "lay", "held": "hold", "told": "tell", "sold": "sell",
	"left": "leave", "kept": "keep", "slept": "sleep", "swept": "sweep", "felt": "feel", "dealt": "deal",
	"brought": "bring", "bought": "buy", "thought": "think", "fought": "fight", "sought": "seek", "caught": "catch",
	"taught": "teach", "ran": "run", "won": "win", "began": "begin", "begun": "begin", "drove": "drive", "driven": "drive",
	"wrote": "write", "written": "write", "took": "take", "taken": "take", "gave": "give", "given": "give",
	"went": "go", "gone": "go", "came": "come", "seen": "see", "grew": "grow", "grown": "grow", "threw": "throw",
	"thrown": "throw", "knew": "know", "known": "know", "flew": "fly", "flown": "fly", "drew": "draw", "drawn": "draw",
	"broke": "break", "broken": "break", "spoke": "speak", "spoken": "speak", "chose": "choose", "chosen": "choose",
	"froze": "freeze", "frozen": "freeze", "stole": "steal", "stolen": "steal", "struck": "strike", "stood": "stand",
	"fed": "feed", "led": "lead", "fled": "flee", "met": "meet", "shot": "shoot", "lost": "lose", "found": "find",
	"got": "get", "gotten": "get", "hung": "hang", "shook": "shake", "shaken": "shake", "hid": "hide", "hidden": "hide",
	"ate": "eat", "eaten": "eat", "sank": "sink", "sunk": "sink", "sang": "sing", "sung": "sing", "swore": "swear",
	"sworn": "swear", "wore": "wear", "worn": "wear", "tore": "tear", "torn": "tear", "withdrew": "withdraw",
	"withdrawn": "withdraw", "undertook": "undertake", "undertaken": "undertake", "overthrew": "overthrow",
	"overthrown": "overthrow", "arose": "arise", "arisen": "arise", "forbade": "forbid", "forbidden": "forbid",
	"became": "become", "understood": "understand", "sped": "speed",
}

// irregularForms reports whether English forms a and b, word by word, are
// one phrase in two forms of one verb, one word at least an irregular past
// (irregularPast) and the other its verb or an inflection of it (build,
// built; building, built; built homes, build homes). Such forms, both
// admitted for an entry, are grammar, not two spellings of it (house29's
// ntrex-odd 1102: "build", then "built"; TestIrregularForms). Regular
// inflections are left to the rules before (inflectedPair, stemReference).
func irregularForms(a, b string) bool {
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(wa) != len(wb) || len(wa) == 0 {
		return false
	}
	irregular := false
	for k := range wa {
		x, y := wa[k], wb[k]
		if x == y {
			continue
		}
		lx, okx := irregularPast[x]
		ly, oky := irregularPast[y]
		if !okx && !oky {
			return false
		}
		if !okx {
			lx = x
		}
		if !oky {
			ly = y
		}
		if lx != ly && !inflectedPair(lx, ly) {
			return false
		}
		irregular = true
	}
	return irregular
}

// droppingWord reports whether w, the last word of a lower-case form of
// several words, is short (four or five letters) and does not end in s
// (house rules, house rule: a plural, not a misspelling): a word lowerNear
// tries for its last letter dropped only.
func droppingWord(w string) bool {
	if len(w) < 4 || len(w) > 5 {
		return false
	}
	c := w[len(w)-1]
	return c >= 'a' && c <= 'z' && c != 's'
}

// droppedLast reports whether cw is w, a droppingWord, with its last
// letter dropped ("scen" for scene: check12c's planted "crime scen").
func droppedLast(cw, w string) bool {
	return droppingWord(w) && len(cw) == len(w)-1 && strings.HasPrefix(w, cw)
}

// wordsMatched reports whether every match of ms that overlaps the window
// of n words (starts, ends) lies within one word of it other than the
// target (the misspelled word): "crime" of another entry in "The crime
// scen" (check12c) is a word spelled as listed, no form that the window
// respells; a match across words, or on the target, still keeps the window
// from being a near miss.
func wordsMatched(ms []glossary.Match, starts, ends [4]int, n, target int) bool {
	for _, m := range ms {
		if m.Start >= ends[n-1] || m.End <= starts[0] {
			continue
		}
		in := false
		for j := 0; j < n; j++ {
			if j != target && starts[j] <= m.Start && m.End <= ends[j] {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}
