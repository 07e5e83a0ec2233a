package check

import "strings"

// Session 26 (helper T90, issue #11): a Latin letter with a stroke (ø, ł,
// đ, ħ) has no decomposition, so foldAccents keeps it, and "Thomas Bjørn"
// after "Thomas Bjorn" did not read as one name spelt twice
// (markOrAmpersand): a sentence that named the team between them
// ("Thomas Bjorn named his team, and Thomas Bjørn spoke") read as one
// giving another name (namesAnother), where "Sergio Agüero" after "Sergio
// Aguero" was reported (check15h-missed). markOrAmpersand folds these
// letters too, each to its base letter, as the English press writes them
// (Bjorn, Lodz, Dokovic); foldAccents itself keeps them (its other callers
// unchanged). TestStrokedLetter.

// strokedBase maps a Latin letter with a stroke to its base letter.
var strokedBase = strings.NewReplacer("ø", "o", "Ø", "O", "ł", "l", "Ł", "L", "đ", "d", "Đ", "D", "ħ", "h", "Ħ", "H", "ŧ", "t", "Ŧ", "T")

// foldStroked returns s with its letters with a stroke as their base
// letters (Bjørn as Bjorn); s itself when it has none.
func foldStroked(s string) string {
	if !strings.ContainsAny(s, "øØłŁđĐħĦŧŦ") {
		return s
	}
	return strokedBase.Replace(s)
}
