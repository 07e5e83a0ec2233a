package check

import "strings"

// Session 24 (helper T62, issue #11): a name goes on after a listed form
// when an Arabic article joined by a hyphen to a capitalized word follows
// it ("Izzat Ibrahim al-Dourri", where the list holds Izzat Ibrahim and
// Izzat Ibrahim al-Douri): the form is part of a longer name, as before a
// capitalized word (insideName), no mention of its own for first-mention
// or inconsistent; the near miss of the whole name speaks for it
// (testdata/check13p-missed, seen; TestArticledNameAfter).

// nameArticles are the lower-case articles of Arabic names written with a
// hyphen before the rest of the name.
var nameArticles = []string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ul-"}

// articledNameAt reports whether text at i begins with one of
// nameArticles and a capital letter right after it (al-Douri, el-Sisi).
func articledNameAt(text string, i int) bool {
	for _, a := range nameArticles {
		if strings.HasPrefix(text[i:], a) && upperAt(text, i+len(a)) {
			return true
		}
	}
	return false
}
