package check

import (
	"slices"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Session 23 (helper T57): entries of our own.
const session23T57Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
evo-morales,person,ko,에보 모랄레스,preferred,,,,,,,,,,,
evo-morales,person,en,Evo Morales,preferred,,Morales,,,,,,,,,
joko-widodo,person,ko,조코 위도도,preferred,,,,,,,,,,,
joko-widodo,person,en,Joko Widodo,preferred,,Widodo,,,,,,,,,
peter-sovalis,person,ko,피터 소발리스,preferred,,,,,,,,,,,
peter-sovalis,person,en,Peter Sovalis,preferred,,Sovalis,,,,,,,,,
hun-sen,person,ko,훈센,preferred,,,,,,,,,,,
hun-sen,person,en,Hun Sen,preferred,,Hun Sen,,,,,,,,,
sam-rainsy,person,ko,삼 랭시,preferred,,,,,,,,,,,
sam-rainsy,person,en,Sam Rainsy,preferred,,Sam Rainsy,,,,,,,,,
chin-young,person,ko,진영,preferred,,,,,,,,,,,
chin-young,person,en,Chin Young,preferred,,Chin,,,,,,,,,
david-shipley,person,ko,데이비드 시플리,preferred,,,,,,,,,,,
david-shipley,person,en,David Shipley,preferred,,Shipley,,,,,,,,,
alvaro-uribe,person,ko,알바로 우리베,preferred,,,,,,,,,,,
alvaro-uribe,person,en,Alvaro Uribe,preferred,,Uribe,,,,,,,,,
president-uribe,title,ko,우리베 대통령,preferred,,,,,,2002-08-07,2010-08-07,,,,
president-uribe,title,en,President Alvaro Uribe,preferred,,,,,,2002-08-07,2010-08-07,,,,
`

// The lead's decision (session 23): a person given in the English as
// another person is an error. The given names kept before another
// surname ("Evo Moreno", "Joko Wiranto") and another listed person in the
// person's place ("Sam Rainsy" for 훈센) are errors (check13m); a surname
// with the Korean's consonants in order is another transliteration (the
// warning stays), and a two-syllable form with a place's particle (진영에)
// is no person.
func TestAnotherPersonGiven(t *testing.T) {
	c := caseChecker(t, "session23t57.csv", session23T57Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"에보 모랄레스가 연설했다.", "Evo Moreno gave a speech.", "error evo-morales"},
		{"조코 위도도가 팔루를 방문했다.", "Joko Wiranto visited Palu.", "error joko-widodo"},
		{"훈센이 기자회견을 열었다.", "Sam Rainsy held a news conference.", "error hun-sen"},
		{"피터 소발리스가 말했다.", "Peter Tsouvallaris said.", "warning peter-sovalis"},
		{"편집장이 매케인 진영에 보낸 이메일에서 밝혔다.", "In an e-mail to the McCain campaign, editor David Shipley said.", ""},
	} {
		var got []string
		for _, f := range c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English}) {
			if f.Rule == RuleTargetMissing {
				got = append(got, f.Severity.String()+" "+f.Term)
			}
		}
		var want []string
		if tc.want != "" {
			want = []string{tc.want}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s / %s: got %q, want %q", tc.src, tc.tgt, got, want)
		}
	}
}

// A titled form past its day written after the person's full name is the
// dated error (알바로 우리베 대통령 in a story after his term; check13m),
// as the titled form alone; not within its day.
func TestTitledInsideName(t *testing.T) {
	c := caseChecker(t, "session23t57.csv", session23T57Glossary)
	for _, tc := range []struct {
		day  string
		want []string
	}{
		{"2015-01-01", []string{"deprecated-term 우리베 대통령"}},
		{"2005-01-01", nil},
	} {
		day, _ := time.Parse("2006-01-02", tc.day)
		var got []string
		for _, f := range c.TextOn("a.txt", "메모\n\n알바로 우리베 대통령 관련 기사가 나왔다.", language.Korean, day) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.day, got, tc.want)
		}
	}
}

// Session 23 (helper T57): entries of our own for koreanRespelt.
const session23T57RespeltGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
celso-amorim,person,ko,세우수 아모링,preferred,,,Brazilian foreign minister 2003-01-01 to 2010-12-31,,,,,,,,
celso-amorim,person,ko,셀소 아모림,admitted,,,,,,,,,,,
celso-amorim,person,en,Celso Amorim,preferred,,Amorim,,,,,,,,,
celso-amorim,person,en,Celso Amorin,deprecated,,,,,,,,,,,
baja-california,place,ko,바하칼리포르니아,preferred,,,,,,,,,,,
baja-california,place,ko,바하 캘리포니아,admitted,,,,,,,,,,,
baja-california,place,en,Baja California,preferred,,,,,,,,,,,
alaska,place,ko,알래스카,preferred,,,,,,,,,,,
alaska,place,ko,알래스카주,admitted,,,,,,,,,,,
alaska,place,en,Alaska,preferred,,,,,,,,,,,
`

// Two listed Hangul forms of one person or place, each word begun by one
// consonant or, the spaces left out, a fifth of the letters changed, are
// one name written a second way in one Korean article (check13m); a form
// and the same with 주 after it are not.
func TestKoreanRespelt(t *testing.T) {
	c := caseChecker(t, "session23t57r.csv", session23T57RespeltGlossary)
	for _, tc := range []struct{ text, want string }{
		{"메모\n\n세우수 아모링 씨가 월요일 발언했다. 이어 셀소 아모림 씨가 다시 발언했다.", "inconsistent 셀소 아모림"},
		{"메모\n\n바하칼리포르니아 소식이 나왔다. 이어 바하 캘리포니아 소식이 나왔다.", "inconsistent 바하 캘리포니아"},
		{"메모\n\n알래스카 소식이 나왔다. 이어 알래스카주 소식이 나왔다.", ""},
	} {
		got := ""
		for _, f := range c.TextOn("a.txt", tc.text, language.Korean, time.Time{}) {
			got = string(f.Rule) + " " + f.Found
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
