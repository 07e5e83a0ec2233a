package check

import "bitext/glossary"

// featureAbbreviation reports whether e, a place, is a feature the list
// names in Korean that is no country, union or city (no form of it among
// foreignPlaces, nor Korea's own names): a line, an area, a zone (the
// Northern Limit Line, the Joint Security Area), whose admitted
// abbreviation at a first mention abbreviationFirst reads as it reads a
// body's (NLL before the Northern Limit Line).
//
// Session 24 (helper T69, issue #11): abbreviationFirst left out every
// place, as the news gives a country's abbreviation at a first mention
// (the US, the UK), so check14d's planted NLL and JSA first (house82,
// both entries typed place) were missed. Lifting places outright gave 20
// new first mentions on the judged parts, every one a country (U.S., US,
// USA, UK: ntrex-odd 1056, 1656, 1961, g39's ...), so countries and cities
// stay out, and so does a place with no Korean form, which cannot be told
// from a country.
func featureAbbreviation(e *glossary.Entry) bool {
	if e.Type != glossary.Place {
		return false
	}
	korean := false
	for _, t := range e.Terms {
		if foreignPlaces[t.Text] || koreaNames[t.Text] {
			return false
		}
		if hasHangul(t.Text) {
			korean = true
		}
	}
	return korean
}

// koreaNames are the names of Korea, which foreignPlaces leaves out: a
// country too (ROK, DPRK before the full name are the news's own).
var koreaNames = map[string]bool{
	"한국": true, "대한민국": true, "남한": true, "조선": true, "조선민주주의인민공화국": true,
	"한": true, "ROK": true, "DPRK": true,
}
