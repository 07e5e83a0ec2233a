package mine

import (
	"strings"
	"testing"
)

// TestDatelineNoPairs: the words in capitals of a dateline opening the
// English, up to the bracket's acronym, pair with no Korean form ending as
// a verb's or a noun's ending or with vowels unlike theirs (사용되는 ~
// WASHINGTON, 밝혔 ~ BAGHDAD, 마지막 ~ MOSCOW of the 1M TM); 베이징 written
// with a particle or before a noun still pairs, as do Iraq after the
// dateline's capitals and a place in running text.
func TestDatelineNoPairs(t *testing.T) {
	for _, tc := range []struct {
		ko, en string
		ko0    string // a Korean form
		en0    string // its English form
		want   bool
	}{
		{"음식에 사용되는 실란트로를 조사할 계획이다.", "WASHINGTON (CNN) -- Starting Monday, inspectors will search cilantro.", "사용되는", "WASHINGTON", false},
		{"이라크 주재 대사관이 밝혔다.", "BAGHDAD, Iraq (CNN) Obama arrived, a spokesman said.", "밝혔", "BAGHDAD", false},
		{"정상은 마지막 회담에서 합의했다.", "MOSCOW, Russia (CNN) The leaders agreed at their last talks.", "마지막", "MOSCOW", false},
		{"이라크 주재 대사관이 밝혔다.", "BAGHDAD, Iraq (CNN) Obama arrived, a spokesman said.", "이라크", "Iraq", true},
		{"워싱턴에서 회의가 열렸다.", "WASHINGTON (CNN) -- A meeting was held in Washington.", "워싱턴", "Washington", true},
		{"중국 베이징에서 회담이 재개됐다.", "BEIJING, China (CNN) -- Talks resumed Thursday.", "베이징", "BEIJING", true},
		{"베이징 경찰이 밝혔다.", "BEIJING, China (CNN) -- Police said so.", "베이징", "BEIJING", true},
		{"중국이 베이징 올림픽을 앞두고 밝혔다.", "BEIJING, China (CNN) -- China said so.", "베이징", "BEIJING", true},
		{"카말은 이라크 바그다드의 골목에서 납치됐다.", "BAGHDAD, Iraq (CNN) Kamal was snatched off the streets.", "바그다드", "BAGHDAD", true},
		{"나토는 밝혔다 워싱턴에서.", "NATO met in Washington on Monday.", "워싱턴", "Washington", true},
	} {
		ps, _ := unitPairs(tc.ko, tc.en, nil, newMemo())
		if _, got := ps[[2]string{tc.ko0, tc.en0}]; got != tc.want {
			t.Errorf("%q: pair %s ~ %s %v, want %v (%v)", tc.en, tc.ko0, tc.en0, got, tc.want, ps)
		}
	}
	if dl := datelineWords(enRuns("SOUTH of ISLAND, Texas (CNN) A storm came to Texas.", newMemo().scratch()), "SOUTH of ISLAND, Texas (CNN) A storm came to Texas."); !strings.Contains(dl, "|ISLAND|") || strings.Contains(dl, "Texas") {
		t.Errorf("dateline words %q, want SOUTH and ISLAND, not Texas", dl)
	}
	if dl := datelineWords(enRuns("Kentucky (CNN) A storm came.", newMemo().scratch()), "Kentucky (CNN) A storm came."); dl != "" {
		t.Errorf("a dateline not in capitals: %q", dl)
	}
}
