package check

import "testing"

// t71Glossary lists persons by name and title (사르코지 프랑스 대통령, 김대중
// 전 대통령, 테레사 수녀), as house lists do, and persons by name alone.
const t71Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
sarkozy-president,person,ko,사르코지 프랑스 대통령,preferred,,,,,,,,,,,
sarkozy-president,person,en,Nicolas Sarkozy,preferred,,Sarkozy,,,,,,,,,
hariri,person,ko,하리리,preferred,,,,,,,,,,,
hariri,person,en,Saad Hariri,preferred,,Hariri,,,,,,,,,
kim-dae-jung-former,person,ko,김대중 전 대통령,preferred,,,,,,,,,,,
kim-dae-jung-former,person,en,Kim Dae-jung,preferred,,,,,,,,,,,
kim-jong-il,person,ko,김정일,preferred,,,,,,,,,,,
kim-jong-il,person,en,Kim Jong-il,preferred,,,,,,,,,,,
mother-teresa,person,ko,테레사 수녀,preferred,,,,,,,,,,,
mother-teresa,person,en,Mother Teresa,preferred,,,,,,,,,,,
john-paul-ii,person,ko,요한 바오로 2세,preferred,,,,,,,,,,,
john-paul-ii,person,en,Pope John Paul II,preferred,,,,,,,,,,,
obama-president,person,ko,오바마 대통령,preferred,,,,,,,,,,,
obama-president,person,en,Barack Obama,preferred,,Obama,,,,,,,,,
bush,person,ko,부시,preferred,,,,,,,,,,,
bush,person,en,George W. Bush,preferred,,Bush,,,,,,,,,
`

// TestPersonReference: a person the glossary lists by name and title whom
// the English gives by that title ("France's president" for 사르코지 프랑스
// 대통령, "the former president" for 김대중 전 대통령 in a sentence split over
// two pairs, "the nun" for 테레사 수녀 beside another listed person) is
// referred to, no target-term-missing; without the title in the form or
// beside the name, without the description, with the numbers of the Korean
// not in the segment before, or with the other person given that title, it
// is still one.
func TestPersonReference(t *testing.T) {
	c := caseChecker(t, "t71.csv", t71Glossary)
	named := "Former President Kim Dae-jung Tuesday officially accepted an invitation from North Korean leader Kim Jong-il to visit Pyongyang."
	const split = "광복 60주년 기념 8•15 민족 대축전에 참가한 북측 대표단은 서울의 한 병원에 입원 중인 김대중 전 대통령을 문병하고 김정일의 방북 초청 의사를 전달했다."
	const splitEn = "15 Liberation Day celebrations made the invitation during a courtesy call on the former president, who has been in a Seoul hospital."
	const pope = "교황 존 폴 2세의 교황청은 이 사건을 기적이라고 선언하였으며, 테레사 수녀를 성자로 선언하는 데 방해가 되고 있던 마지막 장애물 중의 하나를 처리하게 되었다."
	for _, tc := range []struct {
		name         string
		targetBefore []string
		src, tgt     string
		want         string
	}{
		// describedByRole (nearby.go) reads the title the form holds.
		{"a possessive description, the title in the form", nil,
			"니콜라 사르코지 프랑스 대통령은 시리아와 레바논이 대사관을 설치하기로 합의했다고 밝혔다.",
			"France's president said that Syria and Lebanon will open embassies in each other's countries.", ""},
		{"a possessive description, no title in the Korean", nil,
			"하리리는 시리아와 레바논이 대사관을 설치하기로 합의했다고 밝혔다.",
			"France's president said that Syria and Lebanon will open embassies in each other's countries.", "target-term-missing hariri"},
		{"no description", nil,
			"니콜라 사르코지 프랑스 대통령은 시리아와 레바논이 대사관을 설치하기로 합의했다고 밝혔다.",
			"Officials said that Syria and Lebanon will open embassies in each other's countries.", "target-term-missing sarkozy-president"},
		// splitDescribed (namedbefore.go) reads the title the form holds;
		// Kim Jong-il, given no role, is still missing (and keeps
		// describedPerson from the pair).
		{"a split sentence, the title in the form", []string{named, "Senior North Korean officials visiting Seoul for the joint 60th Aug."}, split, splitEn, "target-term-missing kim-jong-il"},
		{"a split sentence, the numbers not before", []string{named, "Senior North Korean officials visited Seoul."}, split, splitEn, "target-term-missing kim-dae-jung-former; target-term-missing kim-jong-il"},
		// describedBesideOther: the nun beside the pope.
		{"the title's noun beside another listed person", nil, pope,
			"Pope John Paul II's office has declared the event a miracle, clearing one of the final hurdles standing in the way of declaring the nun a saint.", ""},
		{"another listed person, no description", nil, pope,
			"Pope John Paul II's office has declared the event a miracle, clearing one of the final hurdles standing in the way of declaring her a saint.", "target-term-missing mother-teresa"},
		{"the other person holds the title", nil, "오바마 대통령은 이 법안에 서명했다.",
			"President George W. Bush signed the bill after the president met lawmakers.", "target-term-missing obama-president"},
	} {
		if got := t53Findings(c, Pair{Source: tc.src, Target: tc.tgt, TargetBefore: tc.targetBefore}); got != tc.want {
			t.Errorf("%s: findings %q, want %q", tc.name, got, tc.want)
		}
	}
}
