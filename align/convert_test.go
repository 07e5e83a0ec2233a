package align

import (
	"testing"

	"golang.org/x/text/language"
)

// TestConvertedNumbers checks that a measure converted to the other
// system of units, as a translator rounds it, meets the original's
// number, and that a different measure does not.
func TestConvertedNumbers(t *testing.T) {
	tests := []struct {
		ko, en string
		match  bool
	}{
		{"태풍은 시속 120km의 강풍을 동반했다.", "The storm brought winds of 75 mph.", true},
		{"최대 시속 150km의 돌풍이 불었다.", "Gusts reached 90 mph.", true},
		{"도시에서 266km 떨어진 지점이다.", "It is 165 miles from the city.", true},
		{"산불이 3천 헥타르를 태웠다.", "The fire burned 7,400 acres.", true},
		{"기온이 25도까지 올랐다.", "Temperatures rose to 77 degrees.", true},
		{"높이 30미터의 탑이다.", "The tower is 100 feet tall.", true},
		{"도시에서 266km 떨어진 지점이다.", "It is 120 miles from the city.", false},
		{"태풍은 시속 120km의 강풍을 동반했다.", "The storm brought winds of 120 mph.", true}, // the same number matches as before
		{"기온이 25도까지 올랐다.", "Temperatures rose to 85 degrees.", false},
	}
	for _, tt := range tests {
		ko := extract(tt.ko, language.Korean, nil, nil)
		en := extract(tt.en, language.English, nil, nil)
		if len(ko.keys) == 0 || len(en.keys) == 0 {
			t.Errorf("%q / %q: no number keys (%d, %d)", tt.ko, tt.en, len(ko.keys), len(en.keys))
			continue
		}
		got := anchorScore([]feature{ko}, []feature{en}, 0) > 0
		if got != tt.match {
			t.Errorf("%q / %q: matched %v, want %v (score %.2f)", tt.ko, tt.en, got, tt.match, anchorScore([]feature{ko}, []feature{en}, 0))
		}
	}
}

func TestRoundSignificant(t *testing.T) {
	for _, tt := range []struct {
		v    float64
		d    int
		want float64
	}{{74.56, 2, 75}, {165.3, 2, 170}, {165.3, 3, 165}, {0.0123, 1, 0.01}, {-93.2, 1, -90}, {0, 2, 0}} {
		if got := roundSignificant(tt.v, tt.d); got < tt.want-1e-9 || got > tt.want+1e-9 {
			t.Errorf("roundSignificant(%v, %d) = %v, want %v", tt.v, tt.d, got, tt.want)
		}
	}
}
