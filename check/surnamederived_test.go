package check

import "testing"

// derivedGlossary: our own person entries, one with a short form, one in
// East Asian order, one whose surname ends in e, one whose surname is a
// country's name.
const derivedGlossary = `id,type,lang,term,status,case,short,note,from,until
mao,person,ko,마오쩌둥,preferred,,,,,
mao,person,en,Mao Zedong,preferred,,Mao,,,
thatcher,person,ko,마거릿 대처,preferred,,,,,
thatcher,person,en,Margaret Thatcher,preferred,,,,,
degaulle,person,ko,샤를 드골,preferred,,,,,
degaulle,person,en,Charles de Gaulle,preferred,,,,,
reagan,person,ko,로널드 레이건,preferred,,,,,
reagan,person,en,Ronald Reagan,preferred,,,,,
jordan,person,ko,마이클 조던,preferred,,,,,
jordan,person,en,Michael Jordan,preferred,,,,,
`

// TestSurnameDerived: a listed person rendered by a word derived from the
// surname (session 24, helper T66, the lead's ruling on kpc-test 544). Our
// own sentences, the first after kpc-test 544.
func TestSurnameDerived(t *testing.T) {
	testMissing(t, derivedGlossary, []missingCase{
		{"the Maoists", nil, "마오쩌둥의 네팔공산당은 과반 확보에 실패했다.", "But the Maoists fell short of a majority.", false},
		{"Maoist rebels", nil, "마오쩌둥의 반군이 공격했다.", "Maoist rebels attacked.", false},
		{"Thatcherite", nil, "마거릿 대처의 정책을 따랐다.", "He followed Thatcherite policies.", false},
		{"Gaullist, e dropped", nil, "샤를 드골의 당이 이겼다.", "The Gaullists won.", false},
		{"Reaganomics", nil, "로널드 레이건의 경제정책은 실패했다.", "Reaganomics failed.", false},
		{"pro- before it", nil, "마거릿 대처를 지지했다.", "They were pro-Thatcherite.", false},
		{"lower case", nil, "마오쩌둥의 반군이 공격했다.", "maoist rebels attacked.", true},
		{"inside a longer word", nil, "마오쩌둥의 반군이 공격했다.", "The Neomaoists attacked.", true},
		{"another ending", nil, "마오쩌둥의 반군이 공격했다.", "The Maoling rebels attacked.", true},
		{"a nationality is no derived word", nil, "마이클 조던이 왔다.", "The Jordanian king came.", true},
		{"nothing", nil, "마오쩌둥은 1976년에 죽었다.", "The leader died in 1976.", true},
	})
}
