package mine

import "testing"

// TestStormEnglish: a pair whose English is a storm's word alone or
// before one word is a storm's, whatever the Korean form that took it
// (일어날 지 ~ Hurricane Rosa, 허리케인이다 ~ Hurricane: on the 1M TM of
// /tmp/s17/mine17.sh, once the pair with the word in both languages was
// left out); a body whose name begins with the word is not (Typhoon
// Warning Center, a Typhoon Committee), nor a name the word ends (session
// 19, helper M30).
func TestStormEnglish(t *testing.T) {
	for _, tc := range []struct {
		ko, en string
		want   bool
	}{
		{"일어날 지", "Hurricane Rosa", true},
		{"허리케인이다", "Hurricane", true},
		{"허리케인 로사", "Hurricane Rosa", true},
		{"태풍 하기비스", "Typhoon Hagibis", true},
		{"Typhoon Warning Center", "Typhoon Warning Center", false},
		{"태풍위원회", "Typhoon Committee", false},
		{"로사", "Rosa", false},
		{"데저트 스톰", "Desert Storm", false},
	} {
		p := &pairStats{Ko: tc.ko, En: tc.en, Units: 10}
		if got := stormNamed(p, nil); got != tc.want {
			t.Errorf("stormNamed(%s ~ %s) = %v, want %v", tc.ko, tc.en, got, tc.want)
		}
	}
}
