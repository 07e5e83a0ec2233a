package check

// Session 26 (helper T87, issue #11): a listed person's long surname with
// its last letter written as one or two others. A near miss allows one
// edit a word (two in words longer than nine letters: nearmiss.go), so
// "Humayun Hamidzadeh" for a listed Humayun Hamidzada (the final a written
// eh, two edits in a word of nine letters) went unreported
// (check15b-missed). endingRespelt reports it: the words share their
// first eight letters or more, all of the listed word but its last letter
// at least, and the found word has at most two letters after them; the
// word is the name's last (a surname written last).
// The name's own reach (one edit up to 15 letters, two up to 27) still
// holds, and so do the other tests of a near miss (another given name
// before a kept surname is another person). Another stem (Hamidi,
// Hamidzai) or a change before the last letter (Alexandra for Alexander)
// stays unreported. TestEndingRespelt.
func endingRespelt(cw, w string) bool {
	if cw == w || !isASCIIWord(cw) || !isASCIIWord(w) {
		return false
	}
	p := 0
	for p < len(cw) && p < len(w) && cw[p] == w[p] {
		p++
	}
	return p >= 8 && p >= len(w)-1 && len(cw)-p <= 2
}
