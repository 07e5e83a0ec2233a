package check

import (
	"strings"
	"testing"

	"bitext/glossary"
	"golang.org/x/text/language"
)

// Session 22 (helper T47): house53's and house54's kinds, with entries of
// our own.
const session22T47Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
george-w-bush,person,ko,조지 W. 부시,preferred,,,,,,,,,,,
george-w-bush,person,en,George W. Bush,preferred,,,,,,,,,,,
george-w-bush,person,en,Dubya,forbidden,,,,,,,,,,,
zoran-zaev,person,ko,조란 자에브,preferred,,,,,,,,,,,
zoran-zaev,person,en,Zoran Zaev,preferred,,,,,,,,,,,
hillary-clinton,person,ko,힐러리 클린턴,preferred,,,,,,,,,,,
hillary-clinton,person,en,Hillary Clinton,preferred,,,,,,,,,,,
bill-clinton,person,ko,빌 클린턴,preferred,,,,,,,,,,,
bill-clinton,person,en,Bill Clinton,preferred,,,,,,,,,,,
mahmoud-abbas,person,ko,마무드 아바스,preferred,,아바스,,,,,,,,,
mahmoud-abbas,person,ko,마흐무드 아바스,admitted,,,,,,,,,,,
mahmoud-abbas,person,en,Mahmoud Abbas,preferred,,Abbas,,,,,,,,,
nouri-al-maliki,person,ko,누리 알-말리키,preferred,,알-말리키,,,,,,,,,
nouri-al-maliki,person,ko,누리 알 말리키,admitted,,,,,,,,,,,
nouri-al-maliki,person,en,Nouri al-Maliki,preferred,,al-Maliki,,,,,,,,,
nicolas-sarkozy,person,ko,니콜라 사르코지,preferred,,사르코지,,,,,,,,,
nicolas-sarkozy,person,en,Nicolas Sarkozy,preferred,,Sarkozy,,,,,,,,,
anthonius-gunawan-agung,person,ko,안토니우스 구나완 아궁,preferred,,,,,,,,,,,
anthonius-gunawan-agung,person,en,Anthonius Gunawan Agung,preferred,,Agung,,,,,,,,,
nymex,organization,en,New York Mercantile Exchange,preferred,,,,,,,,,,,
nymex,organization,en,Nymex,admitted,,,,,,,,,,,
nymex,organization,en,NYMEX,admitted,,,,,,,,,,,
`

func t47Pair(t *testing.T, src, tgt string) string {
	t.Helper()
	c := caseChecker(t, "session22t47.csv", session22T47Glossary)
	var got []string
	for _, f := range c.Pair("p.tsv", Pair{Source: src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English}) {
		got = append(got, string(f.Rule)+" "+f.Severity.String())
	}
	return strings.Join(got, "; ")
}

func TestTitledSurnameOnly(t *testing.T) {
	for _, tc := range []struct{ src, tgt, want string }{
		// A title and the surname alone, no short form listed: present.
		{"조지 W. 부시 대통령은 이라크 철군 일정을 거부했다.", "President Bush rejected a timetable for leaving Iraq.", ""},
		{"조란 자에브 총리는 국민투표를 요구했다.", "Prime Minister Zaev called for a referendum.", ""},
		{"조란 자에브 총리는 국민투표를 요구했다.", "Macedonia's prime minister, Mr. Zaev, called for a referendum.", ""},
		// The surname alone, no title: present since session 23 (helper
		// T58, surnameAlone).
		{"조지 W. 부시 대통령은 이라크 철군 일정을 거부했다.", "Bush rejected a timetable for leaving Iraq.", ""},
		// More of a name after the surname: another person.
		{"조란 자에브 총리는 국민투표를 요구했다.", "President Zaev Jovanov called for a referendum.", "target-term-missing"},
		// Another person of the list has the surname and the Korean names
		// both: either is named. The Korean naming one only, the surname is
		// that one's (session 24, T65: surnamebearer.go).
		{"힐러리 클린턴 의원과 빌 클린턴 전 대통령은 법안에 반대했다.", "Senator Clinton opposed the bill.", "target-term-missing"},
		{"힐러리 클린턴 의원은 법안에 반대했다.", "Senator Clinton opposed the bill.", ""},
	} {
		got := t47Pair(t, tc.src, tc.tgt)
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}

func TestFormSurname(t *testing.T) {
	for form, want := range map[string]string{"George W. Bush": "Bush", "George W. Bush Jr.": "Bush", "Zoran Zaev": "Zaev", "Dubya": "", "Li Na": ""} {
		if got := formSurname(form); got != want {
			t.Errorf("formSurname(%q) = %q, want %q", form, got, want)
		}
	}
}

func t47Text(t *testing.T, text string, lang language.Tag) string {
	t.Helper()
	c := caseChecker(t, "session22t47.csv", session22T47Glossary)
	var got []string
	for _, f := range c.Text("a.txt", text, lang) {
		got = append(got, string(f.Rule)+" "+f.Data["Found"].(string))
	}
	return strings.Join(got, "; ")
}

func TestRespeltKoreanAndCaseOnlyEarlier(t *testing.T) {
	for _, tc := range []struct {
		text string
		lang language.Tag
		want string
	}{
		// A syllable more inside a word, a hyphen for a space: one name
		// spelt twice in one article.
		{"마무드 아바스 수반이 회담에 참석했다. 마흐무드 아바스 수반은 합의를 환영했다.", language.Korean, "inconsistent 마흐무드 아바스"},
		{"누리 알-말리키 총리가 돌아왔다. 누리 알 말리키 총리는 철군 일정을 언급했다.", language.Korean, "inconsistent 누리 알 말리키"},
		// The same spelling again, the short form: nothing.
		{"마무드 아바스 수반이 회담에 참석했다. 아바스 수반은 합의를 환영했다.", language.Korean, ""},
		// A case-only second spelling after the full name.
		{"The New York Mercantile Exchange said Nymex oil rose; later NYMEX futures fell.", language.English, "inconsistent NYMEX"},
		{"The New York Mercantile Exchange said Nymex oil rose; later Nymex futures fell.", language.English, ""},
	} {
		if got := t47Text(t, tc.text, tc.lang); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
	e := &glossary.Entry{Type: glossary.Person}
	for _, tc := range []struct {
		a, b string
		want bool
	}{{"마무드 아바스", "마흐무드 아바스", true}, {"누리 알-말리키", "누리 알 말리키", true}, {"마무드 아바스", "마무드 아바스", false},
		{"마무드 아바스", "마무드아 아바스", false}, {"한국은행", "한은", false}, {"조지 부시", "조지 W. 부시", false}} {
		if got := respeltKorean(e, tc.a, tc.b); got != tc.want {
			t.Errorf("respeltKorean(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestTitledDoubledAndMiddleChanged(t *testing.T) {
	// A doubled letter in the surname after a title and the listed given
	// name: the person misrendered, an error.
	for _, tc := range []struct{ src, tgt, want string }{
		{"니콜라 사르코지 대통령은 파리로 돌아왔다.", "President Nicolas Sarkozzi returned to Paris.", "target-term-missing error"},
		{"니콜라 사르코지 대통령은 파리로 돌아왔다.", "President Nicolas Sarkozy returned to Paris.", ""},
	} {
		if got := t47Pair(t, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
	if got := titledDoubled("니콜라 사르코지", "Nicolas Sarkozzi returned.", nil); got != "" {
		t.Errorf("no forms: got %q", got)
	}
	// One letter changed inside the middle word of a three-word name: a
	// near miss, not another person.
	for _, tc := range []struct{ text, want string }{
		{"The controller Anthonius Gunawen Agung stayed in the tower.", "near-miss Anthonius Gunawen Agung"},
		{"The controller Anthonius Gunawan Agung stayed in the tower.", ""},
	} {
		if got := t47Text(t, tc.text, language.English); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct {
		words   []string
		j       int
		cw, w   string
		changed bool
	}{
		{[]string{"Anthonius", "Gunawan", "Agung"}, 1, "Gunawen", "Gunawan", true},
		{[]string{"Anthonius", "Gunawan", "Agung"}, 0, "Anthonias", "Anthonius", false},
		{[]string{"Anthonius", "Gunawan", "Agung"}, 1, "Gunawam", "Gunawan", false},
		{[]string{"Jane", "Sullivan"}, 0, "June", "Jane", false},
	} {
		if got := middleChanged(tc.words, tc.j, tc.cw, tc.w); got != tc.changed {
			t.Errorf("middleChanged(%v, %d, %q, %q) = %v", tc.words, tc.j, tc.cw, tc.w, got)
		}
	}
}

func TestParticipleRead(t *testing.T) {
	const csv = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
power-outage,term,en,power outage,preferred,,,,,,,,,,,
power-outage,term,en,power cut,deprecated,,,,,,,,,,,
`
	c := caseChecker(t, "t47power.csv", csv)
	for text, want := range map[string]int{
		"Floods killed 12, with landslides triggered and power cut to thousands.": 0,
		"Storms swept the coast, power cut off in two towns.":                     0,
		"A power cut to thousands of homes followed.":                             1,
		"The power cut lasted a day.":                                             1,
		"Winds brought down lines and power cuts followed.":                       1,
		"There was a storm and power cut.":                                        1,
	} {
		n := 0
		for _, f := range c.Text("a.txt", text, language.English) {
			if f.Rule == RuleDeprecated {
				n++
			}
		}
		if n != want {
			t.Errorf("%q: %d deprecated-term findings, want %d", text, n, want)
		}
	}
}
