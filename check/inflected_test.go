package check

import (
	"testing"
)

// Tests of inflected.go.

// Session 16 (helper T9): the lenient side reads another inflection of a
// listed form's last word (inflected.go), on our own sentences with a small
// list of our own after held-out-glossary-14's false alarms (seen).
const session16Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
experts,term,en,experts,preferred,,,,,,,,,,,
experts,term,en,analysts,admitted,,,,,,,,,,,
experts,term,ko,전문가,preferred,,,,,,,,,,,
immigration,term,en,immigration,preferred,,,,,,,,,,,
immigration,term,en,migrants,admitted,,,,,,,,,,,
immigration,term,ko,이민,preferred,,,,,,,,,,,
dismissal,term,en,dismissal,preferred,,,,,,,,,,,
dismissal,term,en,fired,admitted,,,,,,,,,,,
dismissal,term,ko,해임,preferred,,,,,,,,,,,
charges,term,en,charges,preferred,,,,,,,,,,,
charges,term,en,charged,admitted,,,,,,,,,,,
charges,term,ko,혐의,preferred,,,,,,,,,,,
troops,term,en,armed forces,preferred,,,,,,,,,,,
troops,term,ko,군대,preferred,,,,,,,,,,,
briefing,term,en,briefing,preferred,,,,,,,,,,,
briefing,term,ko,브리핑,preferred,,,,,,,,,,,
parties,term,en,political parties,preferred,,,,,,,,,,,
parties,term,ko,정당,preferred,,,,,,,,,,,
stoppage,term,en,stopped,preferred,,,,,,,,,,,
stoppage,term,ko,중단,preferred,,,,,,,,,,,
firemen,term,en,firefighters,preferred,,,,,,,,,,,
firemen,term,en,firemen,forbidden,,,,,,,,,,,
firemen,term,ko,소방관,preferred,,,,,,,,,,,
`

// TestInflectedForm: a listed plural covers its singular and a listed past
// form the verb's other forms where target-term-missing asks whether a form
// is absent; a word that only starts with them, a verb for a listed plural,
// a verb for a listed -ing noun and a forbidden form's inflection do not.
func TestInflectedForm(t *testing.T) {
	c := caseChecker(t, "session16.csv", session16Glossary)
	session14Cases(t, c, []pairCase{
		{"a singular for a listed plural", "외부 전문가가 말했다.", "An outside analyst said.", ""},
		{"a possessive singular", "외부 전문가의 의견이다.", "It is an outside analyst's view.", ""},
		{"a compound's plural last word", "이민 노동자가 늘었다.", "More migrant workers came.", ""},
		{"the verb's base for a listed past form", "차관 해임을 원했다.", "He wanted to fire the deputy.", ""},
		{"the -ing form for a listed past form", "학살 혐의로 기소했다.", "They indicted him, charging him with genocide.", ""},
		{"a doubled consonant", "공사 중단을 했다.", "They had to stop the work.", ""},
		{"a plural's last word, the words before it", "정당이 모였다.", "Every political party met.", ""},
		{"the plural's words before it differ", "정당이 모였다.", "Every party met.", "target-term-missing 1:1  => political parties (target)"},
		{"a word starting with the stem", "차관 해임을 원했다.", "He praised the firefighters.", "target-term-missing 1:1  => dismissal (target)"},
		{"a verb for a listed plural", "군대가 들어왔다.", "They were armed and forced the gate.", "target-term-missing 1:1  => armed forces (target)"},
		{"a verb for a listed -ing noun", "브리핑에서 말했다.", "He will brief reporters.", "target-term-missing 1:1  => briefing (target)"},
		{"a forbidden form's singular", "소방관이 왔다.", "A fireman came.", "target-term-missing 1:1  => firefighters (target)"},
	})
}

// TestOtherInflections lists the words read for a listed form's last word.
func TestOtherInflections(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want []string
	}{
		{"analysts", []string{"analyst"}},
		{"parties", []string{"party"}},
		{"charges", []string{"charg", "charge"}},
		{"press", nil},
		{"news", nil},
		{"briefing", nil},
		{"fired", []string{"fir", "fire", "fires", "firing", "firs"}},
	} {
		got := otherInflections(tc.w)
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%s: %s not read (%v)", tc.w, w, got)
			}
		}
		if tc.want == nil && got != nil {
			t.Errorf("%s: got %v, want none", tc.w, got)
		}
	}
}

// TestPluralWithPeriods: a listed plural whose head holds periods covers
// its singular, as one without periods does (house21: "U.S. troops" for
// "The U.S. troop", where "American troops" covered "The American troop").
func TestPluralWithPeriods(t *testing.T) {
	for _, tgt := range []string{"A U.S. troop convoy was hit.", "An American troop convoy was hit."} {
		if got := leadMissing(t, "미군 수송대가 공격받았다.", tgt); got != "" {
			t.Errorf("%q: missing %q, want none", tgt, got)
		}
	}
	if got := leadMissing(t, "미군 수송대가 공격받았다.", "A convoy was hit."); got != "us-troops error" {
		t.Errorf("no rendering: missing %q, want us-troops error", got)
	}
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

// TestHeadPlural: a listed form with a preposition after its head noun
// stands in the plural of its head (house36: members of parliament for a
// listed member of parliament); other words changed are still missing.
func TestHeadPlural(t *testing.T) {
	c := t34Checker(t)
	session14Cases(t, c, []pairCase{
		{"the head's plural", "국회 의원 중 충분한 수가 말했다.", "Enough members of parliament said so.", ""},
		{"the head's plural in -es", "국가 원수들이 모였다.", "The heads of state met.", ""},
		{"the words after the head differ", "국회 의원 중 충분한 수가 말했다.", "Enough members of the party said so.", "target-term-missing 1:1  => lawmaker (target)"},
		{"another word after the head", "국가 원수들이 모였다.", "The heads of government met.", "target-term-missing 1:1  => head of state (target)"},
	})
	for _, tc := range []struct {
		w    string
		want string
	}{{"member", "members"}, {"tax", "taxes"}, {"agency", "agencies"}, {"chairman", "chairmen"}, {"day", "days"}} {
		if got := plurals(tc.w); len(got) != 1 || !got[tc.want] {
			t.Errorf("plurals(%q) = %v, want %s", tc.w, got, tc.want)
		}
	}
}
