package mine

import (
	"strings"
	"testing"

	"bitext/lexicon"
)

// Session 21 (helper M38): an acronym in brackets begins an English run
// of its own, so a dateline's "Kentucky (CNN)" is a place and a
// broadcaster, not the run "Kentucky CNN" (held-out-10's junk pair, M37's
// next); a Korean family name alone before a candidate or an elect is
// paired as before a title (이 후보 ~ Lee); 미얀마 ~ Burma by the exonyms'
// table. Each test fails without its rule.

// TestBracketOwnRun: the acronym in brackets is a run of its own, and the
// place before it is paired alone; other words in brackets stay in the
// run.
func TestBracketOwnRun(t *testing.T) {
	for _, tc := range []struct {
		en   string
		want []string // the runs, words joined by a space
	}{
		{"LOUISVILLE, Kentucky (CNN) A judge ruled.", []string{"LOUISVILLE", "Kentucky", "CNN"}},
		{"The Grand National Party (GNP) won.", []string{"Grand National Party", "GNP"}},
		{"Seoul National University said so.", []string{"Seoul National University"}},
		{"Laura (Julie Christie) and John moved.", []string{"Laura Julie", "Christie", "John"}},
	} {
		m := newMemo()
		var got []string
		for _, r := range enRuns(tc.en, m.scratch()) {
			got = append(got, strings.Join(r.words, " "))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("enRuns(%q) = %q, want %q", tc.en, got, tc.want)
		}
	}
	for _, tc := range []struct{ ko, en, name, want string }{
		{"켄터키주 법원은 이날 판결했다.", "LOUISVILLE, Kentucky (CNN) A court ruled on Monday.", "켄터키", "Kentucky"},
	} {
		if got, _ := pairOf(t, tc.ko, tc.en, tc.name, nil); got[1] != tc.want {
			t.Errorf("unitPairs(%q, %q): %s ~ %q, want %q", tc.ko, tc.en, tc.name, got[1], tc.want)
		}
	}
}

// TestSurnameBeforeCandidate: a Korean family name alone before a candidate, an
// elect, or 전 "former" and a title is paired with the English surname
// (held-out-10's 이 후보, 이 당선인, 이 전 시장 ~ Lee); before another word
// (이 후보지 "this site") it is not.
func TestSurnameBeforeCandidate(t *testing.T) {
	for _, tc := range []struct{ ko, en, want string }{
		{"이 후보가 그렇게 말했다고 보도했다.", "Some journalists said Lee made the remark.", "Lee"},
		{"이 당선인은 평가를 실시하겠다고 밝혔다.", "Lee also said he would assess Cabinet members.", "Lee"},
		{"이 전 시장에게 있어 한 가지 걸림돌이 있다.", "One concern for Lee, however, is that.", "Lee"},
		{"이 원장은 그렇게 말했다.", "Rhee said so.", "Rhee"},
		{"이 후보지는 바다에 가깝다.", "Lee said the site is near the sea.", ""},
		{"이 사람은 그렇게 말했다.", "Lee said so.", ""},
	} {
		if got, _ := pairOf(t, tc.ko, tc.en, "이", nil); got[1] != tc.want {
			t.Errorf("unitPairs(%q, %q): 이 ~ %q, want %q", tc.ko, tc.en, got[1], tc.want)
		}
	}
}

// TestBurmaExonym: 미얀마 is paired with Burma, the English name by the
// exonyms' table, not by sound (held-out-10's miss).
func TestBurmaExonym(t *testing.T) {
	if got, _ := pairOf(t, "미얀마는 또한 헌법 수정을 거절했다.", "Burma also refused to consider changing the constitution.", "미얀마", nil); got[1] != "Burma" {
		t.Errorf("미얀마 ~ %q, want Burma", got[1])
	}
}

// TestBracketTagNoTranslation: with a lexicon that learned the source's
// tag beside a country (미국 = cnn, as a news archive's does), the tag
// split off a dateline is no translated name of the country.
func TestBracketTagNoTranslation(t *testing.T) {
	lex, err := lexicon.Read(strings.NewReader("# bitext lexicon v1 units=100\n미국\tcnn\t0.5\n"), "test.lexicon")
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := pairOf(t, "미국 법원은 이날 판결했다.", "LOUISVILLE, Kentucky (CNN) A court ruled on Monday.", "미국", lex); got[1] != "" {
		t.Errorf("미국 ~ %q, want no pair", got[1])
	}
}
