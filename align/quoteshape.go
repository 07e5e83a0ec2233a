package align

import "unicode"

// wQuoteShape is the cost of a link one side of which closes a quotation
// opened before it and opens none, while the other side opens one it does
// not close and closes none: one side is the end of a quoted passage, the
// other its beginning. It happens when the original says a quotation in two
// sentences and the edition keeps only its second part (a dropped sentence
// beside a quotation): the first, dropped, Korean sentence (“…) and the
// kept English line (…,” he told the BBC) then share the speaker's name,
// and without this cost the first sentence took the line and left its own
// partner unlinked. Of the 1,842 gold 1-1 links of the edition set's dev
// part, one has such opposite shapes (a stray closing mark).
const wQuoteShape = 2.0

// quoteShape reads the double quotation marks of s in order: closes counts
// those that close a quotation opened before s, opens those left open at
// its end. Curly and angle marks tell their direction; a straight mark
// opens after a space, a bracket or at the start and closes elsewhere (and
// before a space or the end while a quotation is open); a doubled mark
// ("" as KPC writes it, and the old English convention's two grave
// accents and two apostrophes) counts once. Single marks are left out: they are also apostrophes.
func quoteShape(s string) (closes, opens uint8) {
	depth := 0
	prev := ' '
	for i, r := range s {
		p := prev
		prev = r
		kind := 0 // 1 opens, 2 closes
		switch r {
		case '“', '«', '「', '『':
			kind = 1
		case '”', '»', '」', '』':
			kind = 2
		case '`', '\'':
			if p != r || i+1 < len(s) && s[i+1] == byte(r) {
				continue // only the second of exactly a pair
			}
			if i >= 2 && s[i-2] == byte(r) {
				continue
			}
			if r == '`' {
				kind = 1
			} else {
				kind = 2
			}
		case '"', '＂':
			if p == r {
				continue // doubled
			}
			next := byte(' ')
			if j := i + len(string(r)); j < len(s) {
				next = s[j]
			}
			switch {
			case unicode.IsSpace(p) || p == '(' || p == '[':
				kind = 1
				if depth > 0 && (next == ' ' || next == '\t') {
					kind = 2
				}
			default:
				kind = 2
			}
		default:
			continue
		}
		if kind == 1 {
			depth++
		} else if depth > 0 {
			depth--
		} else if closes < 255 {
			closes++
		}
	}
	return closes, uint8(min(depth, 255))
}

// quoteShapeCost is wQuoteShape when the members of one side, read in
// order, end a quotation and begin none while the other side's begin one
// and end none (quoteShape); 0 otherwise.
func quoteShapeCost(s, t []feature) float64 {
	sc, so := joinShapes(s)
	tc, to := joinShapes(t)
	if sc > 0 && so == 0 && to > 0 && tc == 0 || so > 0 && sc == 0 && tc > 0 && to == 0 {
		return wQuoteShape
	}
	return 0
}

// joinShapes is the quote shape of the members read one after another:
// what a member closes first closes what the members before left open.
func joinShapes(fs []feature) (closes, opens int) {
	for i := range fs {
		c, o := int(fs[i].qCloses), int(fs[i].qOpens)
		m := min(opens, c)
		opens += o - m
		closes += c - m
	}
	return closes, opens
}
