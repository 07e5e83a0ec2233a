package glossary

import "testing"

// TestHasWord: context words count as words, not inside other words
// (session 18, helper T20; house20: 파 found inside 페파 made 보기 the golf
// term bogey).
func TestHasWord(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{"페파 피그를 보기 위해 줄을 섰다", "파", false},
		{"파리에서 열린 대회", "파", false},
		{"스파에 갔다", "파", false},
		{"그는 파를 기록했다", "파", true},
		{"파 세이브에 성공했다", "파", true},
		{"파4 홀에서 보기를 했다", "파", true},
		{"18번 홀에서", "홀", true},
		{"홀리 윌로비가 진행했다", "홀", false},
		{"더블 보기", "더블", true},
		{"위구르족이 사는 신장", "위구르", true},
		{"보석으로 풀려났다", "풀려", true},
		{"동위구르", "위구르", false},
		{"(파)", "파", true},
		{"감독은", "감독", true},
		{"감독실에서", "감독", true},
		{"홀는", "홀", false},
		{"홀은", "홀", true},
		{"the USA team", "US", false},
		{"the US team", "US", true},
		{"US-led", "US", true},
		{"the storms", "storm", true},
		{"a brainstorm", "storm", false},
		{"Tory's leader", "Tory", true},
		{"", "파", false},
		{"파", "", false},
	} {
		if got := HasWord(c.text, c.word); got != c.want {
			t.Errorf("HasWord(%q, %q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
	if !HasAnyWord("그는 파를 기록했다", []string{"버디", "파"}) || HasAnyWord("페파", []string{"버디", "파"}) {
		t.Error("HasAnyWord")
	}
}

// TestHasAbbreviation: a case-sensitive abbreviation counts in its own
// case as a whole word (session 18, helper T20; house20: AL, the American
// League, read in "All-Star").
func TestHasAbbreviation(t *testing.T) {
	for _, f := range []string{"AL", "MLB", "NATO", "G8", "U.S.", "AT&T"} {
		if !Abbreviation(f) {
			t.Errorf("Abbreviation(%q) = false", f)
		}
	}
	for _, f := range []string{"Al", "A", "G", "8", "Nato", "American League", "FC Seoul", ""} {
		if Abbreviation(f) {
			t.Errorf("Abbreviation(%q) = true", f)
		}
	}
	for _, c := range []struct {
		text, form string
		want       bool
	}{
		{"The National League All-Star team was announced.", "AL", false},
		{"Al Gore spoke.", "AL", false},
		{"the al-Qaeda network", "AL", false},
		{"He leads the AL in home runs.", "AL", true},
		{"the AL's best", "AL", true},
		{"AL-leading", "AL", true},
		{"in MLB history", "MLB", true},
		{"mlb.com", "MLB", false},
		{"a Nato summit", "NATO", true},
		{"a NATO summit", "NATO", true},
		{"a nato summit", "NATO", false},
		{"NATOs", "NATO", true},
		{"the Natoli family", "NATO", false},
		{"U.S. troops", "U.S.", true},
	} {
		if got := HasAbbreviation(c.text, c.form); got != c.want {
			t.Errorf("HasAbbreviation(%q, %q) = %v, want %v", c.text, c.form, got, c.want)
		}
	}
}
