package check

import (
	"strings"

	"bitext/glossary"
)

// Session 24 (helper T65, issue #11): a person's initials written with or
// without a space between them are one form. house58 lists Paul W.S.
// Anderson (the Korean admitting 폴 W. S. 앤더슨 too), and the English's
// "Paul W. S. Anderson" (kpc-test 1375, judged false: the spacing of the
// initials our list did not admit) was reported as a missing person. AP
// closes up a name's initials (W.S.), other styles space them (W. S.);
// neither changes the name. So a listed allowed form of a person whose run
// of two or more initials (a capital and a full stop each) the English
// gives with the other spacing names the person (initialsRespaced). Only
// the spacing between full stops changes: a stop dropped ("W.S
// Anderson", which house58 forbids) or another letter stays a finding.
// Developed on house58's false alarm (seen) and our own sentences
// (TestInitialsRespaced).

// initialsRespaced reports whether target gives an allowed English form of
// person e with its initials spaced the other way (Paul W. S. Anderson for
// a listed Paul W.S. Anderson, or the reverse), as whole words.
func initialsRespaced(e *glossary.Entry, target string, forms []*glossary.Term) bool {
	if e.Type != glossary.Person {
		return false
	}
	for _, t := range forms {
		if t.Status.Forbidden() {
			continue
		}
		alt := respaceInitials(t.Text)
		if alt == t.Text {
			continue
		}
		for j := range occurrences(target, alt) {
			k := j + len(alt)
			if (j == 0 || !isWordByte(target[j-1])) && (k == len(target) || !isWordByte(target[k])) {
				return true
			}
		}
	}
	return false
}

// respaceInitials returns s with each run of two or more initials (a
// capital letter and a full stop) written the other way: closed up (W.S.)
// when s spaces them (W. S.), spaced when s closes them up; s when it has
// no such run.
func respaceInitials(s string) string {
	ws := strings.Fields(s)
	var out []string
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if closedInitials(w) {
			var parts []string
			for k := 0; k < len(w); k += 2 {
				parts = append(parts, w[k:k+2])
			}
			out = append(out, parts...) // W.S. → W. S.
			continue
		}
		if initial(w) && i+1 < len(ws) && initial(ws[i+1]) {
			run := w
			for i+1 < len(ws) && initial(ws[i+1]) {
				i++
				run += ws[i]
			}
			out = append(out, run) // W. S. → W.S.
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// initial reports whether w is one capital letter and a full stop (W.).
func initial(w string) bool {
	return len(w) == 2 && 'A' <= w[0] && w[0] <= 'Z' && w[1] == '.'
}

// closedInitials reports whether w is two or more initials closed up (W.S.).
func closedInitials(w string) bool {
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for k := 0; k < len(w); k += 2 {
		if !initial(w[k : k+2]) {
			return false
		}
	}
	return true
}
