package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Tests of session 27, helper T101: a listed Korean form followed by the
// other allomorph of a paired particle, the writer's slip (부바 왓슨를 for
// 부바 왓슨을), is that form (glossary/particles.go, slip); the planted
// misses of check14x, check14y, check15d, check15j and check16c.

const session27T101Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
bubba-watson,person,ko,버바 왓슨,preferred,,,,,,,,,,,
bubba-watson,person,ko,부바 왓슨,deprecated,,,,,,,,,,,
bubba-watson,person,en,Bubba Watson,preferred,,Watson,,,,,,,,,
rihanna,person,ko,리애나,preferred,,,,,,,,,,,
rihanna,person,ko,리하나,deprecated,,,,,,,,,,,
rihanna,person,en,Rihanna,preferred,,,,,,,,,,,
christian-bale,person,ko,크리스천 베일,preferred,,,,,,,,,,,
christian-bale,person,ko,크리스찬 베일,admitted,,,,,,,,,,,
christian-bale,person,en,Christian Bale,preferred,,Bale,,,,,,,,,
cheong-wa-dae,organization,ko,청와대,preferred,,,,,,,,,,,
cheong-wa-dae,organization,ko,대통령궁,deprecated,,,,,,,,,,,
cheong-wa-dae,organization,en,Cheong Wa Dae,preferred,,,,,,,,,,,
architecture,term,ko,건축술,preferred,,,,,,,,,,,
architecture,term,ko,건축,deprecated,,,,,,,,,,,
architecture,term,en,architecture,preferred,,,,,,,,,,,
`

// TestParticleSlip: the forbidden form before a wrong particle is
// reported (를 after a consonant, 을 after a vowel, 라는 after a
// consonant, and after a person's form 가); a longer word is not the form
// (대통령궁실), nor a noun ending in 가 after a term (건축가, an
// architect), nor 로 after a consonant (a street).
func TestParticleSlip(t *testing.T) {
	c := caseChecker(t, "session27t101.csv", session27T101Glossary)
	day := time.Date(2018, 11, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"외신은 부바 왓슨를 한 기사에 적었다.", "bubba-watson 부바 왓슨"},
		{"외신은 부바 왓슨을 한 기사에 적었다.", "bubba-watson 부바 왓슨"},
		{"외신은 리하나을 언급했다.", "rihanna 리하나"},
		{"기사에 부바 왓슨라는 표기가 나왔다.", "bubba-watson 부바 왓슨"},
		{"부바 왓슨가 우승했다.", "bubba-watson 부바 왓슨"},
		{"외신은 대통령궁를 언급했다.", "cheong-wa-dae 대통령궁"},
		{"외신은 대통령궁실를 언급했다.", ""},
		{"대통령궁로 가는 길이다.", ""},
		{"그는 건축를 공부했다.", "architecture 건축"},
		{"그는 건축가 자격을 땄다.", ""},
		{"부바 왓슨들를 보았다.", ""},
	} {
		fs := c.TextOn("a.txt", tc.text, language.Korean, day)
		if got := t18Rules(fs, RuleDeprecated); got != tc.want {
			t.Errorf("%q: deprecated-term %q, want %q", tc.text, got, tc.want)
		}
	}
	// check15d: both spellings of one person, each before a wrong particle.
	text := "국제부\n\n크리스천 베일가 월요일 회견했고 크리스찬 베일는 다음 날 다시 회견했다."
	if got := t18Rules(c.TextOn("b.txt", text, language.Korean, day), RuleInconsistent); got != "christian-bale 크리스찬 베일" {
		t.Errorf("inconsistent %q, want christian-bale 크리스찬 베일", got)
	}
}
