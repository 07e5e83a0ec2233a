package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestNamedNearby: a person the English gives by a pronoun or a description
// is rendered when the English beside the pair names them (namedNearby).
// Our own sentences.
func TestNamedNearby(t *testing.T) {
	c := testChecker(t)
	const missing = "target-term-missing 1:1  => Jake Sullivan (target)"
	named := "Jake Sullivan arrived in Seoul on Monday for talks on the alliance."
	for _, tc := range []struct {
		name           string
		before         []string
		after          string
		src, tgt, want string
	}{
		{"a pronoun, named in the sentence before", []string{named}, "",
			"제이크 설리번은 상대 측과 동맹 문제를 논의할 예정이다.", "He will discuss the alliance with his hosts.", ""},
		{"a description, named two sentences back", []string{named, "The visit had been planned for weeks."}, "",
			"제이크 설리번 보좌관은 동맹 문제를 논의했다.", "The American adviser discussed the alliance.", missing},
		{"a description ending in a role noun", []string{named, "The visit had been planned for weeks."}, "",
			"제이크 설리번 대변인은 동맹 문제를 논의했다.", "The visiting spokesman discussed the alliance.", ""},
		{"a possessive description", []string{named}, "",
			"제이크 설리번 대변인은 동맹 문제를 논의했다.", "Washington's spokesman discussed the alliance.", ""},
		{"a quotation that goes on past the segment", []string{named}, "",
			"제이크 설리번은 \"동맹은 굳건하다\"고 말했다.", "\"The alliance is strong and will stay strong.", ""},
		// Session 10: a person named in the English right before or after
		// the pair is no finding (a split or shifted pair, or a
		// description; misrendered.go), unless the pair's English gives the
		// person in a wrong form or names another listed person instead
		// (Ned Price, an error); a broken pair and an unlisted name are no
		// longer reported.
		{"a closed quotation with another (listed) speaker, named in the sentence before", []string{named}, "",
			"제이크 설리번은 \"동맹은 굳건하다\"고 말했다.", "\"The alliance is strong,\" Ned Price told reporters.", missing},
		{"a closed quotation with another speaker, never named", nil, "",
			"제이크 설리번은 \"동맹은 굳건하다\"고 말했다.", "\"The alliance is strong,\" Ned Price told reporters.", missing},
		// Session 19 (helper T24; the lead's decision): a second reference
		// after a full mention anywhere earlier in the article is no
		// finding (namedEarlier); before, four sentences back was beyond
		// namedNearby's bound and reported.
		{"a pronoun, named four sentences back: a second reference", []string{named, "It was sunny.", "Talks began at noon.", "Lunch followed."}, "",
			"제이크 설리번은 상대 측과 동맹 문제를 논의했다.", "He discussed the alliance with his hosts.", ""},
		{"a pronoun, the document never names him", []string{"Talks began at noon."}, "Lunch followed.",
			"제이크 설리번은 상대 측과 동맹 문제를 논의했다.", "He discussed the alliance with his hosts.", missing},
		{"no reference at all: a broken pair, named in the sentence before", []string{named}, "",
			"제이크 설리번은 상대 측과 동맹 문제를 논의했다.", "The talks were held at the foreign ministry.", ""},
		{"no reference at all, named two sentences back", []string{named, "The visit had been planned for weeks."}, "",
			"제이크 설리번은 상대 측과 동맹 문제를 논의했다.", "The talks were held at the foreign ministry.", missing},
		{"a sentence going on in the next segment, which names him", nil, "Jake Sullivan in Washington.",
			"워싱턴에서 제이크 설리번 보좌관과 만난 외교부 장관은 회견을 열었다.", "The foreign minister held a news conference after meeting U.S.", ""},
		{"a finished sentence, the next segment names him", nil, "Jake Sullivan in Washington.",
			"워싱턴에서 제이크 설리번 보좌관과 만난 뒤 회견이 열렸다.", "A news conference was held after the meeting.", ""},
		{"a title before a name is no description", []string{named, "The visit had been planned for weeks."}, "",
			"제이크 설리번 보좌관은 동맹 문제를 논의했다.", "The spokesman Price discussed the alliance.", missing},
		{"a description translating the Korean title, no name nearby", nil, "",
			"제이크 설리번 백악관 대변인은 동맹 문제를 논의했다.", "The White House's spokesman discussed the alliance.", ""},
		{"a description of another role, no name nearby", nil, "",
			"제이크 설리번 백악관 대변인은 동맹 문제를 논의했다.", "The White House's ambassador discussed the alliance.", missing},
		{"a description without a possessive", nil, "",
			"제이크 설리번 백악관 대변인은 동맹 문제를 논의했다.", "The White House spokesman discussed the alliance.", missing},
		{"a Korean role word before the name", nil, "",
			"동맹을 이끄는 대변인인 제이크 설리번은 회담을 마쳤다.", "The alliance's spokesman finished the talks.", ""},
		{"a title word far from the name", nil, "",
			"대변인실은 오늘 회의를 열어 여러 안건을 길게 논의한 뒤 마침내 제이크 설리번의 방문을 발표했다.", "The spokesman announced the visit after a long meeting on many items today.", missing},
		{"an age description, named in the sentence before", []string{named}, "",
			"제이크 설리번(45)은 상대 측과 동맹 문제를 논의했다.", "The 45-year-old's hosts discussed the alliance with him.", ""},
		{"an age description, the document never names him", []string{"Talks began at noon."}, "",
			"제이크 설리번(45)은 상대 측과 동맹 문제를 논의했다.", "The 45-year-old discussed the alliance.", missing},
		{"an age before a capitalized word is no description", []string{named, "The visit had been planned for weeks."}, "",
			"제이크 설리번(45)은 상대 측과 동맹 문제를 논의했다.", "The 45-year-old American Tom Lee discussed the alliance.", missing},
		{"a number on one side only: a shifted pair", []string{named, "The visit had been planned for weeks."}, "",
			"제이크 설리번은 3일 동안 상대 측과 동맹 문제를 논의했다.", "He discussed the alliance with his hosts.", missing},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English,
				SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, TargetBefore: tc.before, TargetAfter: tc.after})
			var got []string
			for _, f := range fs {
				if f.Rule == RuleTargetMissing {
					got = append(got, brief([]Finding{f}))
				}
			}
			if g := strings.Join(got, "\n"); g != tc.want {
				t.Errorf("Pair(%q, %q) beside %q / %q =\n%s\nwant\n%s", tc.src, tc.tgt, tc.before, tc.after, g, tc.want)
			}
		})
	}
	// Document gives each row the English before and after it.
	row := func(n, src, tgt string) string {
		return strings.Join([]string{"a", n, "0", n, n, src, tgt, "0.90", "new", "", "", "", ""}, "\t")
	}
	in := ExportHeader + "\n" + row("1", "제이크 설리번 보좌관이 월요일 서울에 도착했다.", "Jake Sullivan arrived in Seoul on Monday.") + "\n" +
		row("2", "제이크 설리번은 상대 측과 동맹 문제를 논의할 예정이다.", "He will discuss the alliance with his hosts.") + "\n" +
		row("3", "워싱턴에서 제이크 설리번 보좌관과 만난 외교부 장관은 회견을 열었다.", "The foreign minister held a news conference after meeting U.S.") + "\n" +
		row("4", "장관은 회견에서 동맹을 강조했다.", "National Security Adviser Jake Sullivan in Washington.") + "\n"
	fs, err := c.TSV(strings.NewReader(in), "a.tsv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if f.Rule == RuleTargetMissing {
			t.Errorf("export rows: %s, want no target-term-missing", brief([]Finding{f}))
		}
	}
	// The same rows checked alone, without context, report both.
	n := 0
	for _, pr := range [][2]string{{"제이크 설리번은 상대 측과 동맹 문제를 논의할 예정이다.", "He will discuss the alliance with his hosts."},
		{"워싱턴에서 제이크 설리번 보좌관과 만난 외교부 장관은 회견을 열었다.", "The foreign minister held a news conference after meeting U.S."}} {
		for _, f := range c.Pair("p.tsv", Pair{Source: pr[0], Target: pr[1], SourceLang: language.Korean, TargetLang: language.English}) {
			if f.Rule == RuleTargetMissing {
				n++
			}
		}
	}
	if n != 2 {
		t.Errorf("alone: %d target-term-missing findings, want 2", n)
	}
}

func TestRefersUnnamed(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"He said so.", true},
		{"The plan was hers.", true},
		{"Zimbabwe's president and his main political rival signed.", true},
		{"denounce the spiritual leader.", true},
		{"The visiting Tibetan leader spoke.", true},
		{"President Robert Mugabe spoke.", false},
		{"The leaders met.", false},
		{"\"I'm happy to be here.", true},
		{"\"I'm happy,\" Bush said.", false},
		{"The transfer amount was less than offered.", false},
		{"Theirs was a helpful plan.", false},
	} {
		if got := refersUnnamed(tc.text); got != tc.want {
			t.Errorf("refersUnnamed(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"He said so.", true}, {"Did he?", true}, {"He said \"no.\"", true}, {"a news conference with U.S.", false},
		{"talks for formal talks", false}, {"He left at 5 p.m.", false},
	} {
		if got := endsSentence(tc.text); got != tc.want {
			t.Errorf("endsSentence(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestQuotedFirstMention: a surname inside a quotation, the full name
// later in the same sentence, is no first mention. Our own sentences.
func TestQuotedFirstMention(t *testing.T) {
	c := testChecker(t)
	for _, tc := range []struct {
		name, text string
		lang       language.Tag
		want       string
	}{
		{"quoted, named after the quotation", "Talks went on.\n\"Mr. Sullivan, we trust you,\" the minister said, greeting Jake Sullivan.\n", language.English, ""},
		{"quoted, curly marks", "Talks went on.\n“Mr. Sullivan, we trust you,” the minister said to Jake Sullivan.\n", language.English, ""},
		{"quoted, named in the next sentence", "Talks went on.\n\"Mr. Sullivan, we trust you.\" The minister later greeted Jake Sullivan.\n", language.English, "first-mention 2:6 Sullivan => Jake Sullivan"},
		{"Korean, the quotation's stop before the attribution", "회담이 이어졌다.\n“트럼프 씨, 우리는 당신을 믿습니다.” 장관은 도널드 트럼프에게 말했다.\n", language.Korean, ""},
		{"Korean, named in the next sentence", "회담이 이어졌다.\n“트럼프 씨, 우리는 당신을 믿습니다.” 장관은 웃었다. 도널드 트럼프도 웃었다.\n", language.Korean, "first-mention 2:2 트럼프 => 도널드 트럼프"},
		{"Korean, not quoted", "회담이 이어졌다.\n트럼프는 먼저 말했고 도널드 트럼프 대통령은 떠났다.\n", language.Korean, "first-mention 2:1 트럼프 => 도널드 트럼프"},
		{"not quoted", "Talks went on.\nSullivan spoke first, then Jake Sullivan left.\n", language.English, "first-mention 2:1 Sullivan => Jake Sullivan"},
		{"quoted, named on the next line", "Talks went on.\n\"Mr. Sullivan, we trust you,\" the minister said.\nJake Sullivan smiled.\n", language.English, "first-mention 2:6 Sullivan => Jake Sullivan"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, f := range c.Text("a.txt", tc.text, tc.lang) {
				if f.Rule == RuleFirstMention {
					got = append(got, brief([]Finding{f}))
				}
			}
			if g := strings.Join(got, "\n"); g != tc.want {
				t.Errorf("Text(%q) =\n%s\nwant\n%s", tc.text, g, tc.want)
			}
		})
	}
}
