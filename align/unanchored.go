package align

// A 1-1 link whose Korean sentence carries anchors the English line has
// none of (session 21, helper A46; issue #10, the 0-1 bead): an edition
// keeps a Korean sentence's numbers, Latin-script tokens and glossary
// terms (its keys) and the names the document gives on both sides (its
// named); a dropped Korean sentence linked 1-1 with an English-only line
// added at the same place (A29's case: "The ministry oversees the
// country's schools and universities." against 첼시는 목요일 오후 3시
// 런던에서 UEFA 유로파 리그에서 비데오톤과 맞선다.) is a sentence with such
// anchors against a line with none, which the lexicon reads and which
// shares nothing with it. unanchoredCost charges such a link wUnanchored
// when the Korean sentence has unanchoredMin anchors or more (keys and
// named together), the English line has no key, no name of the document
// and no weekday, knows bareKnown words or more and shares no lexicon id,
// key or name with the Korean (bare.go), and the link is not the first of
// either side (a headline is rewritten freely: kpc-dev.012's 1주일 and
// 베이징 against "a week ago"). Unlike bareCost it asks nothing of the
// neighbouring pairs: the pair next to a dropped sentence is as often the
// one the search would link instead, and must be charged too. Chosen on
// the dev parts of A16's and A10's sets, the -borrow topic set and NTREX
// p05 (README: Measured, session 21, helper A46).
const (
	wUnanchored   = 3.0
	unanchoredMin = 2
)

// unanchoredCost is wUnanchored for the 1-1 link of src[i-1] and tgt[j-1]
// (i and j prefix ends) as the comment above says, whichever side is
// Korean; 0 otherwise.
func (l *lattice) unanchoredCost(i, j int) float64 {
	if i < 2 || j < 2 {
		return 0
	}
	ko, en := &l.src[i-1], &l.tgt[j-1]
	if ko.english {
		ko, en = en, ko
	}
	if len(ko.keys)+len(ko.named) < unanchoredMin || len(en.keys) > 0 || len(en.named) > 0 || en.weekdays != 0 {
		return 0
	}
	if knownWords(en) < bareKnown || sharedIDs(ko, en) > 0 || keyShared(ko, en) || pairNamed(ko, en) {
		return 0
	}
	return wUnanchored
}
