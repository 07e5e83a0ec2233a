package article

// Band is a TM match band, as translators are paid by.
type Band string

// The bands, best first.
const (
	Band101 Band = "101"
	Band100 Band = "100"
	Band95  Band = "95-99"
	Band85  Band = "85-94"
	Band75  Band = "75-84"
	BandNew Band = "new"
)

// Bands lists the bands, best first.
var Bands = []Band{Band101, Band100, Band95, Band85, Band75, BandNew}

// BandOf returns the band of a match of the given kind and score: the one
// definition of the bands that the report, the pages and the exports
// share. In-context matches (or score 101) are 101, exact ones 100, fuzzy
// ones by score, and anything below 75 is new.
func BandOf(kind string, score int) Band {
	switch {
	case kind == InContext || kind == "101" || score >= 101:
		return Band101
	case kind == Exact || kind == "100" || score == 100:
		return Band100
	case score >= 95:
		return Band95
	case score >= 85:
		return Band85
	case score >= 75:
		return Band75
	}
	return BandNew
}
