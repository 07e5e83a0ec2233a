package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// Session 16 (helper T9): the lenient side reads another inflection of a
// listed form's last word (inflected.go), on our own sentences with a small
// list of our own after held-out-glossary-14's false alarms (seen).
const session16Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
experts,term,en,experts,preferred,,,,,,,,,,,
experts,term,en,analysts,admitted,,,,,,,,,,,
experts,term,ko,전문가,preferred,,,,,,,,,,,
immigration,term,en,immigration,preferred,,,,,,,,,,,
immigration,term,en,migrants,admitted,,,,,,,,,,,
immigration,term,ko,이민,preferred,,,,,,,,,,,
dismissal,term,en,dismissal,preferred,,,,,,,,,,,
dismissal,term,en,fired,admitted,,,,,,,,,,,
dismissal,term,ko,해임,preferred,,,,,,,,,,,
charges,term,en,charges,preferred,,,,,,,,,,,
charges,term,en,charged,admitted,,,,,,,,,,,
charges,term,ko,혐의,preferred,,,,,,,,,,,
troops,term,en,armed forces,preferred,,,,,,,,,,,
troops,term,ko,군대,preferred,,,,,,,,,,,
briefing,term,en,briefing,preferred,,,,,,,,,,,
briefing,term,ko,브리핑,preferred,,,,,,,,,,,
parties,term,en,political parties,preferred,,,,,,,,,,,
parties,term,ko,정당,preferred,,,,,,,,,,,
stoppage,term,en,stopped,preferred,,,,,,,,,,,
stoppage,term,ko,중단,preferred,,,,,,,,,,,
firemen,term,en,firefighters,preferred,,,,,,,,,,,
firemen,term,en,firemen,forbidden,,,,,,,,,,,
firemen,term,ko,소방관,preferred,,,,,,,,,,,
`

// TestInflectedForm: a listed plural covers its singular and a listed past
// form the verb's other forms where target-term-missing asks whether a form
// is absent; a word that only starts with them, a verb for a listed plural,
// a verb for a listed -ing noun and a forbidden form's inflection do not.
func TestInflectedForm(t *testing.T) {
	c := caseChecker(t, "session16.csv", session16Glossary)
	session14Cases(t, c, []pairCase{
		{"a singular for a listed plural", "외부 전문가가 말했다.", "An outside analyst said.", ""},
		{"a possessive singular", "외부 전문가의 의견이다.", "It is an outside analyst's view.", ""},
		{"a compound's plural last word", "이민 노동자가 늘었다.", "More migrant workers came.", ""},
		{"the verb's base for a listed past form", "차관 해임을 원했다.", "He wanted to fire the deputy.", ""},
		{"the -ing form for a listed past form", "학살 혐의로 기소했다.", "They indicted him, charging him with genocide.", ""},
		{"a doubled consonant", "공사 중단을 했다.", "They had to stop the work.", ""},
		{"a plural's last word, the words before it", "정당이 모였다.", "Every political party met.", ""},
		{"the plural's words before it differ", "정당이 모였다.", "Every party met.", "target-term-missing 1:1  => political parties (target)"},
		{"a word starting with the stem", "차관 해임을 원했다.", "He praised the firefighters.", "target-term-missing 1:1  => dismissal (target)"},
		{"a verb for a listed plural", "군대가 들어왔다.", "They were armed and forced the gate.", "target-term-missing 1:1  => armed forces (target)"},
		{"a verb for a listed -ing noun", "브리핑에서 말했다.", "He will brief reporters.", "target-term-missing 1:1  => briefing (target)"},
		{"a forbidden form's singular", "소방관이 왔다.", "A fireman came.", "target-term-missing 1:1  => firefighters (target)"},
	})
}

// TestOtherInflections lists the words read for a listed form's last word.
func TestOtherInflections(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want []string
	}{
		{"analysts", []string{"analyst"}},
		{"parties", []string{"party"}},
		{"charges", []string{"charg", "charge"}},
		{"press", nil},
		{"news", nil},
		{"briefing", nil},
		{"fired", []string{"fir", "fire", "fires", "firing", "firs"}},
	} {
		got := otherInflections(tc.w)
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%s: %s not read (%v)", tc.w, w, got)
			}
		}
		if tc.want == nil && got != nil {
			t.Errorf("%s: got %v, want none", tc.w, got)
		}
	}
}

// TestSharedForm: one English form listed for two entries (a list that
// gives officials for both 당국 and 관계자, as house lists do) renders
// either entry; the entries' other forms still render only their own.
func TestSharedForm(t *testing.T) {
	const shared = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
authorities,term,en,authorities,preferred,,,,,,,,,,,
authorities,term,en,officials,admitted,,,,,,,,,,,
authorities,term,ko,당국,preferred,,,,,,,,,,,
officials,term,en,officials,preferred,,,,,,,,,,,
officials,term,en,spokesperson,admitted,,,,,,,,,,,
officials,term,ko,관계자,preferred,,,,,,,,,,,
`
	c := caseChecker(t, "shared.csv", shared)
	session14Cases(t, c, []pairCase{
		{"the shared form for the first entry", "정부 당국이 밝혔다.", "Government officials said.", ""},
		{"the shared form for the second entry", "정부 관계자가 밝혔다.", "Government officials said.", ""},
		{"the first entry's own form", "정부 당국이 밝혔다.", "The authorities said.", ""},
		{"the second entry's own form for the first", "정부 당국이 밝혔다.", "A spokesperson said.", "target-term-missing 1:1  => authorities (target)"},
		{"the first entry's own form for the second", "정부 관계자가 밝혔다.", "The authorities said.", "target-term-missing 1:1  => officials (target)"},
	})
}

// TestHyphenatedForm: a listed form of two words written with a hyphen for
// its space, inflected, renders the entry; its words apart in another
// order do not.
func TestHyphenatedForm(t *testing.T) {
	c := caseChecker(t, "hyphen.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
yellow-card,term,en,yellow card,preferred,,,,,,,,,,,
yellow-card,term,ko,옐로카드,preferred,,,,,,,,,,,
`)
	session14Cases(t, c, []pairCase{
		{"hyphenated and inflected", "그는 옐로카드를 받았다.", "He was yellow-carded.", ""},
		{"hyphenated", "그는 옐로카드를 받았다.", "He got a yellow-card.", ""},
		{"another order", "그는 옐로카드를 받았다.", "He got a card, yellow.", "target-term-missing 1:1  => yellow card (target)"},
	})
}

// TestNorthSurnameTitle: a North Korean spelling of a family name before
// a title (리 외무상) is the person the English names by surname ("Ri
// said"); the English without the name still lacks the title.
func TestNorthSurnameTitle(t *testing.T) {
	c := caseChecker(t, "north.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
fm,title,en,foreign minister,preferred,,,,,,,,,,,
fm,title,ko,외무상,preferred,,,,,,,,,,,
`)
	session14Cases(t, c, []pairCase{
		{"Ri for 리", "리 외무상은 제재를 비판했다.", "Ri criticized the sanctions.", ""},
		{"Lee for 리", "리 외무상은 제재를 비판했다.", "Lee criticized the sanctions.", ""},
		{"Rim for 림", "림 외무상은 제재를 비판했다.", "Rim criticized the sanctions.", ""},
		{"no name", "리 외무상은 제재를 비판했다.", "He criticized the sanctions.", "target-term-missing 1:1  => foreign minister (target)"},
		{"another name", "리 외무상은 제재를 비판했다.", "Kim criticized the sanctions.", "target-term-missing 1:1  => foreign minister (target)"},
	})
}

// TestPeopleOfPlace: a listed name's word in y written in s is the
// place's people, no near miss; a misspelling beside it still is one.
func TestPeopleOfPlace(t *testing.T) {
	g, err := glossary.Decode(strings.NewReader(`id,type,lang,term,status
free-saxony,organization,en,Free Saxony,preferred
free-saxony,organization,ko,자유로운 작센,preferred
`), glossary.FormatCSV, "people.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	for _, tc := range []struct{ name, text, want string }{
		{"the people", "In Dresden the Free Saxons, another far-right group, joined the protest.", ""},
		{"a misspelling", "In Dresden the Free Saxany group joined the protest.", "near-miss 1:16 Free Saxany => Free Saxony"},
	} {
		if got := brief(c.Text("a.txt", tc.text, language.English)); got != tc.want {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, got, tc.want)
		}
	}
	if !peopleOther("Free Saxons", "Free Saxony") || peopleOther("Free Saxon", "Free Saxony") || peopleOther("Free Tys", "Free Tyy") {
		t.Error("peopleOther")
	}
}

// TestPeopleRendering: the people of a listed place or body's name render
// it where target-term-missing asks; a common word in y does not.
func TestPeopleRendering(t *testing.T) {
	c := caseChecker(t, "people.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
free-saxony,organization,en,Free Saxony,preferred,,,,,,,,,,,
free-saxony,organization,ko,자유로운 작센,preferred,,,,,,,,,,,
party,term,en,political party,preferred,,,,,,,,,,,
party,term,ko,정당,preferred,,,,,,,,,,,
`)
	session14Cases(t, c, []pairCase{
		{"the people", "드레스덴에서 자유로운 작센이 시위에 가담했다.", "In Dresden the Free Saxons joined the protest.", ""},
		{"a common word", "정당이 모였다.", "The political parts met.", "target-term-missing 1:1  => political party (target)"},
	})
}
