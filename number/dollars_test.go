package number

import (
	"testing"

	"golang.org/x/text/language"
)

// TestOtherDollars: NZ$, HK$, A$, C$ and S$ and their Korean and English
// names are currencies of their own (session 17, helper T14): two of them
// that differ are a mismatch, the same one on both sides is no finding,
// and a bare dollar ($, 달러) pairs with any of them.
func TestOtherDollars(t *testing.T) {
	for _, c := range []struct {
		ko, en         string
		missing, extra string
	}{
		{"500만 뉴질랜드 달러를 냈다", "paid NZ$5 million", "", ""},
		{"500만 홍콩달러를 냈다", "paid HK$5 million", "", ""},
		{"500만 호주 달러를 냈다", "paid A$5 million", "", ""},
		{"500만 캐나다 달러를 냈다", "paid C$5 million", "", ""},
		{"500만 싱가포르 달러를 냈다", "paid S$5 million", "", ""},
		{"500만 뉴질랜드 달러를 냈다", "paid 5 million New Zealand dollars", "", ""},
		{"500만 뉴질랜드 달러를 냈다", "paid HK$5 million", "500만 뉴질랜드 달러", "HK$5 million"},
		{"500만 호주 달러를 냈다", "paid 5 million Canadian dollars", "500만 호주 달러", "5 million Canadian dollars"},
		{"500만 달러를 냈다", "paid NZ$5 million", "", ""},
		{"500만 홍콩 달러를 냈다", "paid $5 million", "", ""},
		{"500만 달러를 냈다", "paid US$5 million", "", ""},
	} {
		m, x, _, _, _ := Contradictions(Extract(c.ko, language.Korean), Extract(c.en, language.English))
		for _, r := range []struct{ name, got, want string }{
			{"missing", texts(m), c.missing}, {"extra", texts(x), c.extra},
		} {
			if r.got != r.want {
				t.Errorf("Contradictions(%q, %q) %s = %q, want %q", c.ko, c.en, r.name, r.got, r.want)
			}
		}
	}
	for _, c := range []struct{ text, unit string }{
		{"NZ$5", "NZD"}, {"HK$5", "HKD"}, {"A$5", "AUD"}, {"C$5", "CAD"}, {"S$5", "SGD"}, {"US$5", "USD"}, {"$5", "USD"},
	} {
		ns := Extract(c.text, language.English)
		if len(ns) != 1 || ns[0].Unit != c.unit || ns[0].Kind != Money {
			t.Errorf("Extract(%q) = %+v, want one amount in %s", c.text, ns, c.unit)
		}
	}
}
