package localize

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestCases runs testdata/cases.txt: one case a line, fields separated
// by " | ": direction (en>ko), query, match source, match translation,
// and the translation wanted ("=" when it must be left alone).
func TestCases(t *testing.T) {
	f, err := os.Open("testdata/cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, line := 0, 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fs := strings.Split(text, " | ")
		if len(fs) != 5 {
			t.Fatalf("cases.txt:%d: %d fields, want 5", line, len(fs))
		}
		dir := strings.Split(fs[0], ">")
		if len(dir) != 2 {
			t.Fatalf("cases.txt:%d: direction %q, want like en>ko", line, fs[0])
		}
		src, tgt := language.MustParse(dir[0]), language.MustParse(dir[1])
		want := fs[4]
		if want == "=" {
			want = fs[3]
		}
		r := Target(fs[1], fs[2], src, fs[3], tgt)
		if r.Text != want {
			t.Errorf("cases.txt:%d: %q\n got %q\nwant %q\nchanges %v, skipped %v", line, fs[1], r.Text, want, r.Changes, r.Skipped)
		}
		if r.Changed() != (r.Text != fs[3]) {
			t.Errorf("cases.txt:%d: Changed() = %v with text %q", line, r.Changed(), r.Text)
		}
		if fs[4] == "=" && fs[1] != fs[2] && len(r.Skipped) == 0 && hasDigitOrDay(fs[1]+fs[2]) && !sameNumbers(fs[1], fs[2], src) {
			t.Errorf("cases.txt:%d: left alone without a reason", line)
		}
		n++
	}
	if n < 15 {
		t.Fatalf("%d cases read", n)
	}
}

func hasDigitOrDay(s string) bool {
	return strings.ContainsAny(s, "0123456789") || len(weekdays(s)) > 0
}

func sameNumbers(a, b string, lang language.Tag) bool {
	ta, tb := tokens(a, lang), tokens(b, lang)
	if len(ta) != len(tb) {
		return false
	}
	for i := range ta {
		if !same(ta[i], tb[i]) {
			return false
		}
	}
	return true
}
