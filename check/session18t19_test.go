package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Session 18 (helper T19): what house20 and house21 found, on our own
// sentences with a small list of our own (names made up for the test).
const session18T19Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
brant-kolver,person,ko,콜버,preferred,,,,,,,,,,,
brant-kolver,person,en,Brant Kolver,preferred,,Kolver,,,,,,,,,
hosni-marwat,person,ko,마르와트,preferred,,,,,,,,,,,
hosni-marwat,person,en,Hosni Marwat,preferred,,Marwat,,,,,,,,,
dale-ambersley,person,ko,앰버슬리,preferred,,,,,,,,,,,
dale-ambersley,person,en,Dale Ambersley,preferred,,Ambersley,,,,,,,,,
joey-chestnut-2,person,ko,체스트넛,preferred,,,,,,,,,,,
joey-chestnut-2,person,en,Joey Chestnut,preferred,,Chestnut,,,,,,,,,
trump-2,person,ko,트럼프,preferred,,,,,,,,,,,
trump-2,person,en,Donald Trump,preferred,,Trump,,,,,,,,,
`

func t19Missing(t *testing.T, src, tgt string) string {
	t.Helper()
	c := caseChecker(t, "session18t19.csv", session18T19Glossary)
	var s []string
	for _, f := range c.Pair("p.tsv", Pair{Source: src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English,
		SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1}) {
		if f.Rule == RuleTargetMissing {
			s = append(s, f.Term+" "+f.Severity.String())
		}
	}
	return strings.Join(s, "; ")
}

// TestInflectedName: a listed surname inside a hyphenated adjective or in
// the plural names the person (house21: "a Pro-Trump Diatribe", "Gen.
// Musharrafs of the world", two false errors); inflectedName.
func TestInflectedName(t *testing.T) {
	for _, tc := range []struct{ src, tgt, want string }{
		{"카니예 웨스트(Kanye West)는 MAGA 모자를 쓰고 SNL 출연한 후, 친 트럼프 비난을 시작했습니다.", "Kanye West Embarked on a Pro-Trump Diatribe, Wearing a MAGA Hat, After his SNL Appearance.", ""},
		{"시위대가 반 콜버 구호를 외쳤다.", "Protesters chanted anti-Kolver slogans.", ""},
		{"무바라크와 마르와트 장군은 대표자가 아니다.", "The Mubaraks and Gen. Marwats of the world are not representative.", ""},
		// Not named: still reported.
		{"카니예 웨스트(Kanye West)는 MAGA 모자를 쓰고 SNL 출연한 후, 친 트럼프 비난을 시작했습니다.", "Kanye West Embarked on a Tirade, Wearing a MAGA Hat, After his SNL Appearance.", "trump-2 warning"},
		{"무바라크와 마르와트 장군은 대표자가 아니다.", "The Mubaraks and the generals of the world are not representative.", "hosni-marwat warning"},
	} {
		if got := t19Missing(t, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q: target-term-missing %q, want %q", tc.tgt, got, tc.want)
		}
	}
}

// TestTitledReplacement: a surname cut or replaced after a title that
// translates the Korean one after the person's form is an error, as after
// Mr or Dr (house21's planted "Prime Minister Olmer" for 올메르트 총리);
// titledReplacement.
func TestTitledReplacement(t *testing.T) {
	for _, tc := range []struct{ src, tgt, want string }{
		{"마르와트 총리는 휴전을 거부했다.", "Prime Minister Marwa rejected a ceasefire.", "hosni-marwat error"},
		{"앰버슬리 장관은 평양을 방문할 예정이다.", "Secretary Amberson will visit Pyongyang.", "dale-ambersley error"},
		// A wholly other surname, a description, or the title of another
		// Korean title: a warning, as before.
		{"앰버슬리 장관은 평양을 방문할 예정이다.", "Secretary Tillman will visit Pyongyang.", "dale-ambersley warning"},
		{"앰버슬리 장관은 평양을 방문할 예정이다.", "The Secretary will visit Pyongyang.", "dale-ambersley warning"},
		{"앰버슬리 선수는 평양을 방문할 예정이다.", "Secretary Amberson will visit Pyongyang.", "dale-ambersley warning"},
	} {
		if got := t19Missing(t, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q: target-term-missing %q, want %q", tc.tgt, got, tc.want)
		}
	}
}

// TestCutSurnameSpelt: a surname cut short after the given names is an
// error even when the Korean form with its particle cut off would spell the
// cut one (house20's planted "Joey Chest" for 체스트넛이); replacedAfter.
func TestCutSurnameSpelt(t *testing.T) {
	for _, tc := range []struct{ src, tgt, want string }{
		{"체스트넛이 다시 우승했다.", "Joey Chest won again.", "joey-chestnut-2 error"},
		{"앰버슬리가 다시 우승했다.", "Dale Amber won again.", "dale-ambersley error"},
		{"앰버슬리는 다시 우승했다.", "Dale Ambers won again.", "dale-ambersley error"},
	} {
		if got := t19Missing(t, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q: target-term-missing %q, want %q", tc.tgt, got, tc.want)
		}
	}
}
