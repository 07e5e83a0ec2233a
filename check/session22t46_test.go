package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Session 22 (helper T46): house51's and house52's kinds, with entries of
// our own.
const session22T46Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
william-barr,person,ko,윌리엄 바,preferred,,바,,,,,,,,,
william-barr,person,en,William Barr,preferred,,Barr,,,,,,,,,
hillary-clinton,person,ko,힐러리 클린턴,preferred,,클린턴,,,,,,,,,
hillary-clinton,person,en,Hillary Clinton,preferred,,Clinton,,,,,,,,,
ban-ki-moon,person,ko,반기문,preferred,,,,,,,,,,,
ban-ki-moon,person,en,Ban Ki-moon,preferred,,,,,,,,,,,
kim-yong-nam,person,ko,김영남,preferred,,,,,,,,,,,
kim-yong-nam,person,ko,김용남,admitted,,,,,,,,,,,
kim-yong-nam,person,en,Kim Yong Nam,preferred,,,,,,,,,,,
ri-chol,person,ko,리철,preferred,,,,,,,,,,,
ri-chol,person,ko,이철,admitted,,,,,,,,,,,
ri-chol,person,en,Ri Chol,preferred,,,,,,,,,,,
choe-ryong-hae,person,ko,최룡해,preferred,,,,,,,,,,,
choe-ryong-hae,person,ko,최용해,admitted,,,,,,,,,,,
choe-ryong-hae,person,en,Choe Ryong Hae,preferred,,,,,,,,,,,
ri-son-gwon,person,ko,리선권,preferred,,,,,,,,,,,
ri-son-gwon,person,ko,이선권,admitted,,,,,,,,,,,
ri-son-gwon,person,en,Ri Son Gwon,preferred,,,,,,,,,,,
`

func t46Pair(t *testing.T, src, tgt string) string {
	t.Helper()
	c := caseChecker(t, "session22t46.csv", session22T46Glossary)
	var got []string
	for _, f := range c.Pair("p.tsv", Pair{Source: src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English}) {
		got = append(got, string(f.Rule)+" "+f.Severity.String())
	}
	return strings.Join(got, "; ")
}

// A person the Korean names with a title, given in the English as another
// person's full name after the title, is an error whatever the titles
// (the lead's decision; check12z's Attorney General Eric Holder for 제프
// 세션스 법무장관); the person's own name after the title, a surname
// alone and a description are not another person.
func TestTitledFullName(t *testing.T) {
	for _, tc := range []struct{ src, tgt, want string }{
		{"윌리엄 바 법무장관은 사임했다.", "Attorney General Eric Holder resigned.", "target-term-missing error"},
		{"힐러리 클린턴 장관은 베이징에 도착했다.", "Secretary Condoleezza Rice arrived in Beijing.", "target-term-missing error"},
		{"윌리엄 바 법무장관은 사임했다.", "Attorney General William Barr resigned.", ""},
		{"힐러리 클린턴 국무장관은 베이징에 도착했다.", "Secretary of State Condoleezza Rice arrived in Beijing.", "target-term-missing error"},
		{"힐러리 클린턴 국무장관은 베이징에 도착했다.", "Secretary of State Hillary Clinton arrived in Beijing.", ""},
		{"윌리엄 바 법무장관은 사임했다.", "Secretary of the Treasury Steven Mnuchin resigned.", "target-term-missing error"},
		{"윌리엄 바 법무장관은 사임했다.", "Secretary of state Steven Mnuchin resigned.", "target-term-missing warning"},
		{"윌리엄 바 법무장관은 사임했다.", "The attorney general resigned.", "target-term-missing warning"},
		{"반기문 특사는 양곤에 도착했다.", "Envoy Kofi Annan arrived in Yangon.", "target-term-missing error"},
		{"반기문 특사는 김영남을 만났다.", "Envoy Kim Yong Nam met Ban Ki-moon.", ""},
	} {
		if g := t46Pair(t, tc.src, tc.tgt); g != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, g, tc.want)
		}
	}
}

// Two spellings of one person in one Korean article, one the other with
// the initial-sound law (두음법칙) undone at any syllable's start (ㄹ/ㅇ,
// ㄹ/ㄴ, ㄴ/ㅇ, the vowel and final kept), are a second spelling: at the
// first syllable (리선권 then 이선권, 리철 then 이철, as before) and now at
// the given name's first (최룡해 then 최용해, check12y-missed, unreported
// before); a vowel changed alone (김영남 then 김용남) was one before.
func TestInitialLawPair(t *testing.T) {
	text := func(body string) string {
		c := caseChecker(t, "session22t46.csv", session22T46Glossary)
		var got []string
		for _, f := range c.Text("a.txt", "메모\n\n"+body, language.Korean) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		return strings.Join(got, "; ")
	}
	for _, tc := range []struct{ body, want string }{
		{"리철 부장이 왔다. 그러나 이철 부장은 떠났다.", "inconsistent 이철"},
		{"리선권 위원장이 왔다. 그러나 이선권 위원장은 떠났다.", "inconsistent 이선권"},
		{"최룡해 상임위원장이 연설했다. 그러나 최용해 상임위원장의 연설은 짧았다.", "inconsistent 최용해"},
		{"김영남 위원장이 왔다. 그러나 김용남 위원장은 떠났다.", "inconsistent 김용남"},
	} {
		if g := text(tc.body); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.body, g, tc.want)
		}
	}
	for _, tc := range []struct {
		x, y rune
		want bool
	}{
		{'룡', '용', true}, {'용', '룡', true}, {'렬', '열', true}, {'로', '노', true}, {'녀', '여', true},
		{'룡', '농', false}, {'로', '오', false}, {'룡', '룡', false}, {'봉', '롱', false},
	} {
		if g := initialLawPair(tc.x, tc.y); g != tc.want {
			t.Errorf("initialLawPair(%c, %c) = %v, want %v", tc.x, tc.y, g, tc.want)
		}
	}
}
