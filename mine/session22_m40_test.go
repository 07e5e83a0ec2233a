package mine_test

import (
	"context"
	"fmt"
	"testing"

	"bitext/mine"
	"bitext/tm"
)

// Session 22 (helper M40): rules for the causes helper M39 left (the
// characters of held-out-13-200's film review, seen), each test failing
// without its rule.

// TestCharacterNames: a name whose units write it as a character's, in
// a third of its examples or more ("played again by", "his role as", 역으로),
// is no candidate; a person whose units say "played" of a match, or "the
// role of" a country, still is, as is a name of more units than examples
// with one example after "character".
func TestCharacterNames(t *testing.T) {
	pairs := [][2]string{
		// A character: one unit of three names the actor.
		{"잉글리시는 벤 밀러가 다시 연기한 예전 조수 보우와 재회합니다.", "English is reunited with his sidekick Bough, played again by Ben Miller."},
		{"보우는 이제 유부남입니다.", "Bough is now a married man."},
		{"잉글리시와 보우는 여정을 시작합니다.", "English and Bough begin their odyssey."},
		// A character by the Korean 역 and the English "role as".
		{"해링턴은 존 스노우 역으로 알려져 있습니다.", "Harington is known for his role as Jon Snow."},
		{"로즈는 존 스노우의 연인을 연기했습니다.", "Rose played the love interest of Jon Snow."},
		// A name of more units than examples, one of them after
		// "character" (a text's stray word): a person.
		{"앨벤스 국장은 말했습니다.", "Last week, character Albence testified."},
		{"앨벤스 국장은 증언했습니다.", "Mr. Albence said so."},
		{"앨벤스 국장은 거부했습니다.", "Mr. Albence refused."},
		{"앨벤스 국장은 떠났습니다.", "Mr. Albence left."},
		// A person who played a match, and a country's role.
		{"나달은 결승전을 치렀다고 말했습니다.", "Nadal said he played the final."},
		{"나달은 우승했습니다.", "Nadal won the title."},
		{"중국의 역할에 대해 밀러는 이란을 언급했습니다.", "On the role of Iran, Miller said little."},
		{"이란은 거부했습니다.", "Iran refused."},
	}
	var units []tm.Unit
	for i, p := range pairs {
		units = append(units, docUnit(fmt.Sprint("d", i), p[0], p[1]))
	}
	res, err := mine.Run(context.Background(), openStore(t, units), mine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, ko := range []string{"보우", "존 스노우"} {
		if c := find(res, ko); c != nil {
			t.Errorf("%s ~ %s (%s, %d units): a character", ko, c.Renderings[0].Text, c.Type, c.Units)
		}
	}
	for ko, en := range map[string]string{"나달": "Nadal", "이란": "Iran", "앨벤스": "Albence"} {
		if c := find(res, ko); c == nil || c.Renderings[0].Text != en {
			t.Errorf("%s: %+v, want a candidate ~ %s", ko, c, en)
		}
	}
}
