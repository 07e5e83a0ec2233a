package check

import (
	"testing"
)

// Session 17 (helper T11): renderings of places, bodies and terms the list
// does not give, read on the lenient side (termrendered.go), on our own
// sentences with a small list of our own; every entry type is reported
// missing (caseChecker).
const termRenderedGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
shenzhen,place,ko,선전,preferred,,,,,,,,,,,
shenzhen,place,en,Shenzhen,preferred,,,,,,,,,,,
nobel-prize,term,ko,노벨상,preferred,,,,,,,,,,,
nobel-prize,term,en,Nobel Prize,preferred,,,,,,,,,,,
patriot-missile,term,ko,패트리어트 미사일,preferred,,,,,,,,,,,
patriot-missile,term,en,Patriot missile,preferred,,,,,,,,,,,
controversy,term,ko,논란,preferred,,,,,,,,,,,
controversy,term,en,controversy,preferred,,,,,,,,,,,
depression,term,ko,우울증,preferred,,,,,,,,,,,
depression,term,en,depression,preferred,,,,,,,,,,,
endeavour,term,ko,엔데버호,preferred,,,,,,,,,,,
endeavour,term,en,endeavour,preferred,,,,,,,,,,,
beijing-olympics,term,ko,베이징 올림픽,preferred,,,,,,,,,,,
beijing-olympics,term,en,Beijing Olympic Games,preferred,,,,,,,,,,,
governor,title,ko,지사,preferred,,,,,,,,,,,
governor,title,en,governor,preferred,,,,,,,,,,,
`

// TestTermRendered: a word the core lexicon gives for the Korean (another
// sense of the Korean form too), another word of a one-word form's stem
// and the form's words with a year between them are renderings; a word of
// the entry's own form alone, a name's word the lexicon does not know, a
// respelling, a word between that is no number and a title's stem are not.
func TestTermRendered(t *testing.T) {
	c := caseChecker(t, "termrendered.csv", termRenderedGlossary)
	for _, tc := range []struct{ name, src, tgt, want string }{
		{"another sense of the Korean form", "그들은 선전 활동을 비판했다.", "They criticised the propaganda campaign.", ""},
		{"the place absent", "그는 선전에서 공장을 열었다.", "He opened a factory in Guangdong.", "error"},
		{"a word of the entry's own form alone", "그는 노벨상을 받았다.", "He won the Pulitzer Prize.", "error"},
		{"a name's word the lexicon does not know", "폴란드에 패트리어트 미사일을 배치한다.", "Interceptor missiles will be placed in Poland.", "error"},
		{"the stem's family", "논란이 많은 법안이 통과됐다.", "The controversial bill was passed.", ""},
		{"inside a compound", "그는 우울증 약을 먹었다.", "He took anti-depressants.", ""},
		{"a respelling, not the family", "엔데버호가 발사됐다.", "The endeavor was launched.", "error"},
		{"a year between the form's words", "베이징 올림픽 경기장에 전력을 공급한다.", "Wind will power the venues of the Beijing 2008 Olympic Games.", ""},
		{"a word between", "베이징 올림픽 경기장에 전력을 공급한다.", "Wind will power the venues of the Beijing Summer Olympic Games.", "error"},
		{"a title's stem", "지사가 말했다.", "The government said.", "error"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, fs := koPair(c, tc.src, tc.tgt); got != tc.want {
				t.Errorf("%q: target-term-missing %q, want %q\n%s", tc.tgt, got, tc.want, brief(fs))
			}
		})
	}
}

// TestLowerNameAndClass: a body's name less its first word in lower case
// after an opener or a possessive, and a place described by the class its
// Korean name carries, render the entry; a shorter end, no opener, another
// class or no class word in the Korean do not.
func TestLowerNameAndClass(t *testing.T) {
	c := caseChecker(t, "session15.csv", session15Glossary+
		"bnpb,organization,en,National Disaster Mitigation Agency,preferred,,,,,,,,,,,\n"+
		"bnpb,organization,ko,재난완화기구,preferred,,,,,,,,,,,\n"+
		"beijing,place,en,Beijing,preferred,,,,,,,,,,,\n"+
		"beijing,place,ko,베이징,preferred,,,,,,,,,,,\n"+
		"nevada,place,en,Nevada,preferred,,,,,,,,,,,\n"+
		"nevada,place,ko,네바다주,preferred,,,,,,,,,,,\n"+
		"ub,place,en,Ulan Bator,preferred,,,,,,,,,,,\n"+
		"ub,place,ko,울란바토르,preferred,,,,,,,,,,,\n")
	const bnpb = "target-term-missing 1:1  => National Disaster Mitigation Agency (target)"
	const beijing = "target-term-missing 1:1  => Beijing (target)"
	session14Cases(t, c, []pairCase{
		{"the name in lower case", "인도네시아의 재난완화기구에 따르면 접근이 제한됐다.", "Access is limited, the country's disaster mitigation agency said.", ""},
		{"the whole name in lower case", "재난완화기구에 따르면 접근이 제한됐다.", "Access is limited, the national disaster mitigation agency said.", ""},
		{"two words only", "재난완화기구에 따르면 접근이 제한됐다.", "Access is limited, the mitigation agency said.", bnpb},
		{"no opener", "재난완화기구에 따르면 접근이 제한됐다.", "Access is limited, disaster mitigation agency officials said.", bnpb},
		{"the city for 베이징시", "베이징시는 차량 홀짝제를 시행했지만 베이징 일부지역의 가시거리는 나빴다.", "Visibility was poor in parts of the city.", ""},
		{"another class", "베이징시는 차량 홀짝제를 시행했지만 베이징 일부지역의 가시거리는 나빴다.", "Visibility was poor in parts of the country.", beijing},
		{"no class word in the Korean", "베이징 일부지역의 가시거리는 나빴다.", "Visibility was poor in parts of the city.", beijing},
		{"the state for a form ending in 주", "네바다주 당국은 주의를 당부했다.", "The state taxi authority urged caution.", ""},
		{"the capital for 수도, a weekday after", "몽골의 수도 울란바토르에서의 소요가 진정됐다.", "Calm returned to the Mongolian capital Thursday.", ""},
		{"the capital, no 수도", "울란바토르에서의 소요가 진정됐다.", "Calm returned to the Mongolian capital Thursday.", "target-term-missing 1:1  => Ulan Bator (target)"},
		{"the capital, a name after it", "몽골의 수도 울란바토르에서의 소요가 진정됐다.", "Calm returned to the capital Ulaanbaatar.", "target-term-missing 1:1  => Ulan Bator (target)"},
	})
}
