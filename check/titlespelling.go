package check

import "strings"

// Two spellings of one title or one stylized name in an article (session
// 24, helper T61, issue 11; developed on check12s-missed and
// check12u-missed, house45's and house47's planted cases, and our own
// sentences; TestTitleRespelt, TestMarkedName).
//
// Titles are no second spellings of each other in the inconsistent rule
// (they name different people's posts, spokesman and spokeswoman, and
// change case before a name: President Moon, the president). A title
// respelt, the same words with a hyphen for a space (secretary-general,
// then secretary general) or in the other spelling of British and American
// English (defense minister, then defence minister), is one title written
// two ways, and so a second spelling (titleRespelt).
//
// An abbreviation is no second spelling of another form (U.S. after the
// United States; US after U.S.), but one written again without the mark
// its name carries (TVXQ after TVXQ!, Yahoo after Yahoo!) is the same name
// spelt twice (markedName).

// titleRespelt reports whether titles a and b are one title written two
// ways: not the same but for case, and the same words once hyphens, spaces
// and British spellings are read alike (variantKey, britishAmerican).
func titleRespelt(a, b string) bool {
	if a == b || strings.EqualFold(a, b) {
		return false
	}
	x, y := variantKey(a), variantKey(b)
	return x != "" && (x == y || britishAmerican(x) == britishAmerican(y))
}

// nameMarks are the marks a stylized name carries (TVXQ!, Yahoo!, E*Trade).
const nameMarks = "!?*+"

// markedName reports whether a and b differ only by the marks of a
// stylized name (nameMarks), one of them having one.
func markedName(a, b string) bool {
	strip := func(s string) string {
		return strings.Map(func(r rune) rune {
			if strings.ContainsRune(nameMarks, r) {
				return -1
			}
			return r
		}, s)
	}
	return a != b && strip(a) == strip(b) && strip(a) != ""
}
