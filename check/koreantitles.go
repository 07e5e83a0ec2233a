package check

import (
	"slices"
	"unicode/utf8"
)

// officeTitles are Korean titles of offices abroad that follow a name as
// 대통령 and 총리 do (시진핑 국가주석, 차이잉원 총통, 마오쩌둥 주석): China's head
// of state and party chairman, Taiwan's president, a party's general
// secretary. isPersonTitle counts them as it counts personTitles, so a
// glossary's 시진핑 국가주석 is a full, titled mention, no short form at a
// first mention (house76's planted check13x, its one false alarm). A
// title in 장 (외교부장, 서기장) is read as a chief's title already.
var officeTitles = []string{"국가주석", "주석", "부주석", "총통", "부총통", "총서기"}

// titleBody reports whether w can be the body of a title after it, as
// personContext reads one bare word before a title (리창 국무원 총리, 조국
// 법무부 장관): Hangul only, of two or more syllables, no particle at its
// end, and no title itself.
func titleBody(w string) bool {
	return hangulOnly(w) && len([]rune(w)) >= 2 && !particleEnd(w) && !isPersonTitle(w)
}

// Session 27 (helper T96, issue #11; check15w-missed, house127, and
// check15x-missed, house128): the Korean titles after a name were read by
// four lists (personTitles, officeTitles, koreanRoles, clippedTitles) and
// three rules (a chief's title in 장, a compound title, a title of two
// syllables or more ending a word), and each rule of the gate asked a
// part of them: untitledRole, which finds the surname of a titled second
// reference (titledSurname), knew 상원의원 (a role of nearby.go) but not
// 하원의원, so 워터스 하원의원 after 맥신 워터스 하원의원 was read as a second
// spelling (inconsistent). koreanTitleWord is now the one reading of a
// title word, and untitledRole, koreanTitledFull and surnameWithTitle ask
// it: a title of the lists, a chief's title in 장 (사무총장, 하원의장), a
// compound title (국무총리, 외무상) or a word ending in a listed title of two
// syllables or more (하원의원, 연방하원의원, 국무장관, 주지사, 부주석);
// postNameTitles adds the offices, ranks and honorifics a news article
// puts after a name that no list had. These read words of a listed
// person's form, never running text, so a title that a body has too
// (대표, 위원) is no homograph here as it is in personContext.

// postNameTitles are the Korean titles after a name that the other lists
// lack, by kind: heads and deputies (부통령, 총독, 왕세자 ...), judges and
// officials (대법관, 재판관, 보좌관, 비서관, 수석, 특보, 고문), diplomats
// (영사, 총영사), officers (장군, 제독, 사령관, 대령, 중령, 소령),
// clergy (추기경, 대주교, 주교, 목사, 신부, 스님, 랍비, 이맘), bodies' officers
// (총재, 부총재, 대표, 위원; 이사장 is a chief's title in 장), local heads
// (군수), professions (기자, 작가, 감독관, 의사) and honorifics (여사, 선생,
// 선생님). Not 이사, 코치 or 원수, which are names too (돌쿤 이사, Dolkun
// Isa; 에드 코치, Ed Koch) or words of another sense.
var postNameTitles = []string{
	"부통령", "총독", "왕세자", "왕세녀", "왕자", "공주", "왕비", "황태자",
	"대법관", "재판관", "보좌관", "비서관", "수석", "특보", "고문",
	"영사", "총영사",
	"장군", "제독", "사령관", "대령", "중령", "소령",
	"추기경", "대주교", "주교", "목사", "신부", "스님", "랍비", "이맘",
	"총재", "부총재", "대표", "위원",
	"군수",
	"기자", "작가", "감독관", "의사",
	"여사", "선생", "선생님",
}

// koreanTitleEnds are the titles of two syllables or more that end a
// compound title (하원의원 in 의원, 국무장관 in 장관): personTitles,
// officeTitles, koreanRoles and postNameTitles.
var koreanTitleEnds = func() []string {
	var ts []string
	for _, l := range [][]string{personTitles, officeTitles, postNameTitles} {
		for _, t := range l {
			if utf8.RuneCountInString(t) >= 2 {
				ts = append(ts, t)
			}
		}
	}
	for t := range koreanRoles {
		if utf8.RuneCountInString(t) >= 2 {
			ts = append(ts, t)
		}
	}
	slices.Sort(ts)
	return slices.Compact(ts)
}()

// koreanHonorifics are the one-syllable honorifics of personTitles that
// follow a full name as a title does, with or without a space (박동선 씨,
// 박동선씨; 김 옹, 홍길동 님).
var koreanHonorifics = []string{"씨", "옹", "님"}
