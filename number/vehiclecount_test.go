package number

import (
	"testing"

	"golang.org/x/text/language"
)

// N대 after a vehicle or a machine, a particle or the clause's end after
// it, is a count (not weak); an age band, a score, a term or 大 stays weak
// (testdata/check13s-missed: 여객기 16대가 for 61 airliners).
func TestVehicleCount(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"여객기 16대가 결항했다.", "16대=cardinal:16"},
		{"차량 3대를 샀다.", "3대=cardinal:3"},
		{"헬기 2대 추락했다.", "2대=cardinal:2"},
		{"10대 소녀가 다쳤다.", "10대=cardinal:10(weak)"},
		{"자동차 3대 업체가 합의했다.", "3대=cardinal:3(weak)"},
		{"20대가 많았다.", "20대=cardinal:20(weak)"},
		{"한국은 2대0으로 이겼다.", "2대=cardinal:2(weak) | 0=cardinal:0"},
	} {
		if got := show(Extract(c.in, language.Korean)); got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}
