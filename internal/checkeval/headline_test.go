package checkeval

import "testing"

// TestHeadlineMonth: a KPC headline's trailing month is the story's date,
// read at the month's first day; other numbers at a line's end are not.
func TestHeadlineMonth(t *testing.T) {
	for _, tc := range []struct {
		src, want string
	}{
		{"SNU starts construction on Hwang Woo-suk Research Center.서울대, 황우석 연구동 짓는다.2005.09", "2005-09-01"},
		{"군 지휘관들, 국방개혁안 우려      2005.10", "2005-10-01"},
		{"홍석현 전 주미대사 귀국     2005.12  ", "2005-12-01"},
		{"성장률은 2.5%로 2008.13", ""},
		{"지수는 12005.09", ""},
		{"서울대가 연구동을 건설할 예정이다.", ""},
		{"환율은 1105.50", ""},
	} {
		d, ok := headlineMonth(tc.src)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != tc.want {
			t.Errorf("headlineMonth(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}
