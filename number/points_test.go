package number

import "testing"

// TestIndexPoints: an index's move in points (session 17, helper T12;
// testdata/check11p-missed): 포인트 after a number without a percent sign
// and English points with decimals written are read as points and
// compared; whole English points stay weak (a poll lead, a player's
// score).
func TestIndexPoints(t *testing.T) {
	for _, c := range []struct {
		ko, en                         string
		missing, extra, omitted, added string
	}{
		{"다우 지수는 189.02 포인트 하락했다", "The Dow fell 198.02 points", "189.02 포인트", "198.02 points", "", ""},
		{"다우 지수는 189.02포인트(1.5%) 하락했다", "The Dow fell 189.02 points, or 1.5 percent", "", "", "", ""},
		{"코스피는 12.5포인트 올랐다", "The Kospi rose 12.5 points", "", "", "", ""},
		{"지지율이 9포인트 올랐다", "support rose 9 percentage points", "", "", "", ""},
		{"코스피는 12.5포인트 올랐다", "The Kospi rose 0.6 percent", "", "", "12.5포인트", "0.6 percent"},
	} {
		checkContradictions(t, c.ko, c.en, c.missing, c.extra, c.omitted, c.added)
	}
}
