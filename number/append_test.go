package number

import (
	"reflect"
	"testing"

	"golang.org/x/text/language"
)

// FuzzReuse checks the forms that reuse their room against the ones
// that allocate: AppendExtract onto an empty slice, one with spare room
// and one holding another text's numbers against Extract, and
// Buffers.Contradictions, used for another pair just before, against
// Contradictions.
func FuzzReuse(f *testing.F) {
	for _, p := range [][2]string{
		{"1153명을 조사했다", "questioned 1,553 people"},
		{"오늘은 1억5천만 유로, 내일은 3억 유로", "150 million euros today, tomorrow 200"},
		{"80년대, 90년대, 2000년대 히트곡", "a hit in the 80s, 90s, and 00s, both"},
		{"3명이 2022년 10월 5일 30분 동안 1조2000억 원을 논의했다", "a vote at 7 p.m. Thursday; 5.1 percent to $69.4 billion on Oct. 7"},
		{"22~25도, 2, 3년", "72 to 78 degrees, 46 metres (150 feet)"},
		{"", "twenty-five"}, {"세 명", ""}, {"", ""},
	} {
		f.Add(p[0], p[1])
	}
	var b Buffers
	f.Fuzz(func(t *testing.T, ko, en string) {
		sn, tn := Extract(ko, language.Korean), Extract(en, language.English)
		for _, dst := range [][]Number{nil, make([]Number, 0, 3), make([]Number, 0, 1000)} {
			if got := AppendExtract(dst, en, language.English); !sameNumbers(got, tn) {
				t.Fatalf("AppendExtract(cap %d, %q) = %v, Extract says %v", cap(dst), en, got, tn)
			}
		}
		for _, extra := range []int{0, 1, 1000} {
			dst := make([]Number, len(sn), len(sn)+extra)
			copy(dst, sn)
			got := AppendExtract(dst, en, language.English)
			if !sameNumbers(got[:len(sn)], sn) || !sameNumbers(got[len(sn):], tn) {
				t.Fatalf("AppendExtract(%v, %q) = %v, want %v then %v", sn, en, got, sn, tn)
			}
		}
		b.Contradictions(tn, sn) // the room holds another pair's results
		m, x, om, ad, w := Contradictions(sn, tn)
		bm, bx, bom, bad, bw := b.Contradictions(sn, tn)
		if !sameNumbers(bm, m) || !sameNumbers(bx, x) || !sameNumbers(bom, om) || !sameNumbers(bad, ad) || bw != w {
			t.Fatalf("Buffers.Contradictions(%q, %q) = %v %v %v %v %d, Contradictions says %v %v %v %v %d", ko, en, bm, bx, bom, bad, bw, m, x, om, ad, w)
		}
		// The lists do not overlap: appending to one leaves the others.
		lists := [][]Number{bm, bx, bom, bad}
		for i := range lists {
			if len(lists[i]) > 0 && cap(lists[i]) != len(lists[i]) {
				t.Fatalf("list %d of %q, %q has room to grow into another (len %d, cap %d)", i, ko, en, len(lists[i]), cap(lists[i]))
			}
		}
	})
}

// sameNumbers compares two lists of numbers, nil and empty alike.
func sameNumbers(a, b []Number) bool {
	return len(a) == 0 && len(b) == 0 || reflect.DeepEqual(a, b)
}
