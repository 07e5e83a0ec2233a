package check

// Session 26 (helper T91, issue #11; check15j's clean notes.ko.txt, house114):
// a Korean title after a name is often a two-word one whose first word
// dates it: 전 (前, former), 현 (現, current) or 당시 (then), as in
// 노무현 전 대통령, 이낙연 전 총리, 현 대통령. The full name with such a
// title names the person in full, as 이재명 대통령 does: no first mention.

// koreanTitleTenses are the words that date a title after a Korean name.
var koreanTitleTenses = map[string]bool{"전": true, "前": true, "현": true, "現": true, "당시": true}

// dropTitleTense gives ws, the words after a Korean name, without a first
// word of koreanTitleTenses that a title follows (전 대통령: 대통령).
func dropTitleTense(ws []string) []string {
	if len(ws) >= 2 && koreanTitleTenses[ws[0]] {
		return ws[1:]
	}
	return ws
}
