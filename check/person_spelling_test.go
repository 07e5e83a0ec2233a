package check

import "testing"

// Tests of person_spelling.go.

const personSpellingGlossary = `id,type,lang,term,status,case,short,note
lee-taek-soo,person,ko,이택수,preferred,,,
lee-taek-soo,person,ko,이택수 국제교육진흥원장,admitted,,,
lee-taek-soo,person,ko,이 원장,admitted,,,
lee-taek-soo,person,en,Lee Taek-soo,preferred,,Lee,
sepe,person,ko,세페,preferred,,,
sepe,person,ko,그레센지오 세페,admitted,,,
sepe,person,en,Crescenzio Sepe,preferred,,Sepe,
kim-jong-un,person,ko,김정은,preferred,,,
kim-jong-un,person,en,Kim Jong-un,preferred,,,
kim-yo-jong,person,ko,김여정,preferred,,,
kim-yo-jong,person,en,Kim Yo-jong,preferred,,,
viktor-tsoi,person,ko,빅토르 초이,preferred,,,
viktor-tsoi,person,en,Viktor Tsoi,preferred,,Tsoi,
viktor-tsoi,person,en,Victor Tsoi,admitted,,Tsoi,
`

// TestPersonSpelling: a listed person the English names in a form the list
// lacks (person_spelling.go) is present; a misspelling, another person or
// another name stays a finding.
func TestPersonSpelling(t *testing.T) {
	c := caseChecker(t, "personspelling.csv", personSpellingGlossary)
	for _, tc := range []struct {
		name, src, tgt string
		found          bool // a target-term-missing finding wanted
	}{
		// romanizedNameWord: the name word of a longer Korean form.
		{"romanized in a longer form", "이택수 국제교육진흥원장은 대화를 할 것이라고 말했다.", "Institute President Rhee Taek-soo said the agency will talk.", false},
		{"given name respelt, surname kept", "이택수 국제교육진흥원장은 대화를 할 것이라고 말했다.", "Institute President Lee Tek-soo said the agency will talk.", true},
		{"a foreign name's word respelt", "나폴리 대주교인 그레센지오 세페 추기경은 블로그에 썼다.", "Seppe wrote in his parish blog.", true},
		// surnameTitleForm: 이 원장 by another spelling of 이 alone.
		{"surname and title, another spelling", "이 원장은 의사소통이 핵심이라고 생각하고 있다.", "Rhee sees communication as key.", false},
		{"surname and title, another surname", "이 원장은 의사소통이 핵심이라고 생각하고 있다.", "Park sees communication as key.", true},
		// soleSurnameFirst: Kim alone, other Kims listed.
		{"surname first, alone", "두 번째 회담에 김정은 위원장이 흥미를 가지고 있다.", "He noted that Kim is interested in a second meeting.", false},
		{"another 김 in the Korean", "김정은 위원장과 김 대변인이 회담에 흥미를 가지고 있다.", "Kim is interested in a second meeting.", true},
		{"another Kim named in full", "두 번째 회담에 김정은 위원장이 흥미를 가지고 있다.", "Kim Young-nam said Kim is interested in a second meeting.", true},
		// yEndingVariant: the final й spelt otherwise.
		{"й as y", "소련 가수 빅토르 초이의 노래를 공연했다.", "He performed Soviet singer Viktor Tsoy's songs.", false},
		{"й as y, another romanization of the given name", "소련 가수 빅토르 초이의 노래를 공연했다.", "He performed Soviet singer Victor Tsoy's songs.", false},
		{"another vowel", "소련 가수 빅토르 초이의 노래를 공연했다.", "He performed Soviet singer Viktor Tsai's songs.", true},
		{"another given name", "소련 가수 빅토르 초이의 노래를 공연했다.", "He performed Soviet singer Vasily Tsoy's songs.", true},
	} {
		got, fs := koPair(c, tc.src, tc.tgt)
		if (got != "") != tc.found {
			t.Errorf("%s: %q: target-term-missing %q, want found %v\n%s", tc.name, tc.tgt, got, tc.found, brief(fs))
		}
	}
}

func TestYStem(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Tsoy", "tso"}, {"Tsoi", "tso"}, {"Zelenskyy", "zelensk"}, {"Zelenskiy", "zelensk"}, {"Zelensky", "zelensk"},
		{"Smith", ""}, {"Yi", ""},
	} {
		if got := yStem(tc.in); got != tc.want {
			t.Errorf("yStem(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
