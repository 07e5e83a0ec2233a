package check

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
