package check

import "testing"

// TestReserve: the findings slice is grown to the count the files so far
// predict, only once enough files are done and only when it lacks the
// room; its findings are kept.
func TestReserve(t *testing.T) {
	for _, tc := range []struct {
		name              string
		len, cap, done, n int
		grows             bool
		minCap, maxCap    int
	}{
		{"too few files", 100, 100, 10, 300, false, 100, 100},
		{"a sixteenth of many", 100, 100, 100, 3200, false, 100, 100},
		{"predicted", 1000, 1024, 20, 300, true, 15000, 17000},
		{"room enough", 1000, 20000, 20, 300, false, 20000, 20000},
		{"a creeping prediction grows by half", 1000, 14500, 20, 300, true, 21750, 30000},
		{"no findings yet", 0, 0, 100, 300, false, 0, 0},
	} {
		all := make([]Finding, tc.len, tc.cap)
		if tc.len > 0 {
			all[0].Found, all[tc.len-1].Found = "first", "last"
		}
		got := reserve(all, tc.done, tc.n)
		if grew := cap(got) != tc.cap; grew != tc.grows || cap(got) < tc.minCap || cap(got) > tc.maxCap {
			t.Errorf("%s: cap %d → %d, want growth %v to %d-%d", tc.name, tc.cap, cap(got), tc.grows, tc.minCap, tc.maxCap)
		}
		if len(got) != tc.len || tc.len > 0 && (got[0].Found != "first" || got[tc.len-1].Found != "last") {
			t.Errorf("%s: findings not kept (len %d)", tc.name, len(got))
		}
	}
}
