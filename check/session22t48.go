package check

import (
	"strings"
	"time"

	"bitext/glossary"
)

// Session 22 (helper T48, issue #11): what house55 and house56 found.
//
//   - The lead's decision applied to company titles: check13d's "Microsoft
//     Chief Executive Bill Gates" for 스티브 발머 마이크로소프트 최고경영자
//     was a warning (another person's full name read as the person absent)
//     because no Korean title of the list translated "Chief Executive".
//     The common titles of office in a company or an organization
//     (최고경영자 the chief executive or CEO, 회장 the chairman or
//     president, 사장 the president or chief executive, 이사장 the
//     chairman) are now titles titledFullName knows: another person's full
//     name after one is an error, as after 법무장관's Attorney General.

func init() {
	for title, roles := range map[string][]string{
		"최고경영자": {"executive", "ceo"},
		"회장":    {"chairman", "chairwoman", "president"},
		"사장":    {"president", "executive", "ceo"},
		"이사장":   {"chairman", "chairwoman"},
	} {
		titleRolesExtra[title] = append(titleRolesExtra[title], roles...)
	}
}

// orgTitleRoles returns the English title words of a Korean title that
// follows one word naming the person's company or country at src[i:]
// (스티브 발머 마이크로소프트 최고경영자, 제프 세션스 미국 법무장관): the
// first word a bare Hangul word, the second a title with up to two
// syllables of a particle. nil otherwise.
func orgTitleRoles(src string, i int) []string {
	w := hangulWordAt(src, i)
	j := i + len(w)
	if w == "" || j+1 >= len(src) || src[j] != ' ' {
		return nil
	}
	return koreanTitleRoles(hangulWordAt(src, j+1))
}

// renamedTo reports whether the dated form m, past its last day, is
// followed in its sentence by a form of its entry right on day: the text
// tells of the renaming (러들럼 초등학교는 버락 오바마 초등학교가 되었습니다,
// house55's g55-kpc-test 1578, a false error: a story of the day the school
// took its new name reads its old name so). A forbidden form is no
// former name.
func renamedTo(text string, ms []glossary.Match, m glossary.Match, day time.Time) bool {
	if m.Term.Status.Forbidden() {
		return false
	}
	if day.IsZero() {
		day = today()
	}
	for _, o := range ms {
		if o.Entry != m.Entry || o.Start < m.End || o.Short || o.Term.Status.Forbidden() || !o.Term.UsedAt(day) {
			continue
		}
		if !strings.ContainsAny(text[m.End:o.Start], ".!?\n") {
			return true
		}
	}
	return false
}

// placeOfVariant reports whether forms a and b of one entry, of three
// words or more, are one name but for a capitalized place after a last
// "of" (St. Teresa of Calcutta, St. Teresa of Kolkata): the place's old
// and new spelling, so the two in one article are two spellings of one
// name (check13c-missed, unreported before).
func placeOfVariant(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	n := len(wa)
	if n < 3 || len(wb) != n || wa[n-2] != "of" || wa[n-1] == wb[n-1] || !upperAt(wa[n-1], 0) || !upperAt(wb[n-1], 0) {
		return false
	}
	for i := range n - 1 {
		if wa[i] != wb[i] {
			return false
		}
	}
	return true
}

// academicTitles are titles before a person's name, in lower case, that
// titleWords lacks because they translate no office: titledDoubled reads
// a doubled letter the listed surname lacks after them as the person
// misrendered ("Professor Charles Czeissler" for 찰스 체이슬러,
// check13c-missed, unreported before), as after President.
var academicTitles = []string{"professor", "prof.", "dr."}
