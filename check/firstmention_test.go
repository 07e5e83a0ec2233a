package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Tests of firstmention.go.

// TestReplacedSurnameT17: a surname cut short, misspelled after the given
// name, or replaced after an honorific is the person misrendered, an error.
func TestReplacedSurnameT17(t *testing.T) {
	c := t17Checker(t)
	for _, tc := range []struct {
		name, src, tgt, want string
	}{
		{"cut", "루디 할보슨이 이끈다.", "Rudi Hal leads it.", "target-term-missing error"},
		// Session 18 (helper T19): the listed 바르가 spells Varga; only its
		// particle 가 cut off made 바르 spell "Var" (house20's Joey Chest for
		// 체스트넛이, an error for the desk; TestCutSurnameSpelt).
		{"cut, the particle cut off spelling it", "레나 바르가가 이끈다.", "Lena Var leads it.", "target-term-missing error"},
		{"misspelt", "마라 루인이 말했다.", "Mara Louin said so.", "target-term-missing error"},
		{"misspelt, not as the Korean spells it", "마라 루인이 말했다.", "Mara Lowden said so.", "target-term-missing warning"},
		{"honorific", "브란트 박사가 경고했다.", "Dr Brandtner warned.", "target-term-missing error"},
		{"right", "브란트 박사가 경고했다.", "Dr Brandt warned.", ""},
		// Session 19 (T26): one letter changed, the first too, is the
		// surname misspelt, an error (the desks' Hillary Cox, Eldad Segev;
		// nearSurname); a warning before.
		{"another first letter", "루디 할보슨이 말했다.", "Rudi Jalvorsen said so.", "target-term-missing error"},
	} {
		got := ""
		for _, f := range session17T15Pair(c, tc.src, tc.tgt) {
			got += f.Rule + " " + f.Severity.String()
		}
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// Session 18 (helper T18): what house17-house19 (seen) still reported
// falsely, on our own sentences with a small list of our own (names made
// up for the test).
const session18T18Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
press-agent,term,ko,홍보담당자,preferred,,,,,,,,,,,
press-agent,term,en,publicist,preferred,,,,,,,,,,,
press-agent,term,en,spokeswoman,admitted,,,,,,,,,,,
press-agent,term,en,spokesman,admitted,,,,,,,,,,,
press-agent,term,en,spokesmen,admitted,,,,,,,,,,,
rosa-vantell,person,ko,반텔,preferred,,,,,,,,,,,
rosa-vantell,person,ko,로자,admitted,,,,,,,,,,,
rosa-vantell,person,en,Rosa Vantell,preferred,,Vantell,,,,,,,,,
dana-quist,person,ko,말로리,preferred,,,,,,,,,,,
dana-quist,person,ko,퀴스트,admitted,,,,,,,,,,,
dana-quist,person,en,Dana Mallory Quist,preferred,,Quist,,,,,,,,,
mara-parish,person,ko,패리시,preferred,,,,,,,,,,,
mara-parish,person,en,Mara Parish,preferred,,Parish,,,,,,,,,
mianna,person,ko,미아나,preferred,,,,,,,,,,,
mianna,person,ko,미한나,admitted,,,,,,,,,,,
mianna,person,en,Mianna,preferred,,,,,,,,,,,
`

func t18Checker(t *testing.T) *Checker {
	t.Helper()
	return caseChecker(t, "session18t18.csv", session18T18Glossary)
}

func t18Rules(fs []Finding, rule string) string {
	var s []string
	for _, f := range fs {
		if f.Rule == rule {
			s = append(s, f.Term+" "+f.Found)
		}
	}
	return strings.Join(s, "; ")
}

// TestTwoFormsOneName: a list holding a given name and a surname as two
// Korean forms of one person: the two side by side are the full name, no
// first mention by the given name (formAfter); the given name alone first
// still is one.
func TestTwoFormsOneName(t *testing.T) {
	c := t18Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"제목\n\n로자 반텔은 배우다.\n\n로자는 웃었다.", ""},
		{"제목\n\n로자는 배우다.\n\n로자 반텔은 웃었다.", "rosa-vantell 로자"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestQuotedBeforePreferred: a short form inside a quotation before the
// one-word preferred form later in the same sentence is the speaker's form
// of address, no first mention (quotedBefore with the preferred form as
// the full name); outside a quotation it is one.
func TestQuotedBeforePreferred(t *testing.T) {
	c := t18Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"제목\n\n“퀴스트 박사, 나는 모릅니다.” 그레이엄은 다나 말로리 퀴스트를 언급하면서 덧붙였다.", ""},
		{"제목\n\n퀴스트 박사가 말했다. 그레이엄은 다나 말로리 퀴스트를 언급했다.", "dana-quist 퀴스트"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

func t22Rules(t *testing.T, text string, day time.Time, rule string) string {
	t.Helper()
	c := caseChecker(t, "session19t22.csv", session19T22Glossary)
	var s []string
	for _, f := range c.TextOn("a.txt", text, language.English, day) {
		if f.Rule == rule {
			s = append(s, f.Term+" "+f.Found)
		}
	}
	return strings.Join(s, "; ")
}

// TestFullFirstMention: a first mention by an admitted form holding the
// full name with a title, or by the form that replaced the preferred form
// past its last day, is a full first mention (check11x's clean false
// alarm, house24's Rev. David Johnson); fullMention.
func TestFullFirstMention(t *testing.T) {
	day := time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)
	early := time.Date(2018, 1, 2, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		day  time.Time
		want string
	}{
		{"Rev. Mark Dorley spoke. Dorley left.", day, ""},
		{"Pope Emeritus Anselm IV wrote a letter. Anselm IV signed it.", day, ""},
		// Not the full name, or another full name (a suffix after it,
		// Kenneth Polite Jr. judged real in held-out-glossary-5): reported
		// as before.
		{"Mark Dorley Jr. spoke. Dorley left.", day, "mark-dorley Mark Dorley Jr."},
		{"Anselm IV wrote a letter. Pope Emeritus Anselm IV signed it.", day, "pope-anselm Anselm IV"},
		// Before the preferred form's last day, the later form is no full
		// name: reported once, as the dated deprecated-term error, no
		// first mention on its span (inconsistent_hangul.go, nearmiss.go, firstmention.go, respelling.go).
		{"Pope Emeritus Anselm IV wrote a letter.", early, ""},
	} {
		if got := t22Rules(t, tc.text, tc.day, RuleFirstMention); got != tc.want {
			t.Errorf("%q on %s: first-mention %q, want %q", tc.text, tc.day.Format(time.DateOnly), got, tc.want)
		}
	}
	if got := t22Rules(t, "Pope Emeritus Anselm IV wrote a letter.", early, RuleDeprecated); got != "pope-anselm Pope Emeritus Anselm IV" {
		t.Errorf("Pope Emeritus Anselm IV on %s: deprecated-term %q", early.Format(time.DateOnly), got)
	}
}

// Session 19 (helper T23): a Korean article that names a person first in a
// spelling the list lacks, then by a listed one-word form, makes no first
// mention by that form (namedBeforeKorean).
func TestNamedBeforeKorean(t *testing.T) {
	const csv = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
walid-muallem,person,ko,왈리드 알-무알렘,preferred,,,,,,,,,,,
walid-muallem,person,ko,무알렘,admitted,,,,,,,,,,,
walid-muallem,person,en,Walid al-Muallem,preferred,,Muallem,,,,,,,,,
ri-yong-ho-2,person,ko,리영호,preferred,,,,,,,,,,,
ri-yong-ho-2,person,ko,이용호,admitted,,,,,,,,,,,
ri-yong-ho-2,person,en,Ri Yong Ho,preferred,,Ri,,,,,,,,,
sutopo,person,ko,수토포 푸루우 누그로호,preferred,,,,,,,,,,,
sutopo,person,ko,누그로호,admitted,,,,,,,,,,,
sutopo,person,en,Sutopo Purwo Nugroho,preferred,,Nugroho,,,,,,,,,
`
	c := caseChecker(t, "t23k.csv", csv)
	for _, tc := range []struct{ text, want string }{
		{"왈리드 알무알렘 외무장관이 말했다.\n무알렘은 떠났다.", ""},
		{"왈리드 알 무알렘 외무장관이 말했다.\n무알렘은 떠났다.", ""},
		{"외무장관이 말했다.\n무알렘은 떠났다.", "first-mention 무알렘"},
		{"외무상 리용호는 말했다.\n이용호는 떠났다.", ""},
		{"외무상 니용호는 말했다.\n이용호는 떠났다.", ""},
		{"외무상 김용호는 말했다.\n이용호는 떠났다.", "first-mention 이용호"},
		{"대변인 수토포 푸어오 누그로호가 말했다.", ""},
		{"대변인 누그로호가 말했다.", "first-mention 누그로호"},
		{"대변인 아구스 푸어오 누그로호가 말했다.", "first-mention 누그로호"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.Korean) {
			got = append(got, f.Rule+" "+f.Found)
		}
		if s := strings.Join(got, "; "); s != tc.want {
			t.Errorf("%q: findings %q, want %q", tc.text, s, tc.want)
		}
	}
}

// Session 19 (helper T23): a country that a body's Korean form holds, named
// in the English as a place, is no short name of the body
// (withoutFormPlaces): kpc-test 1392's dropped airline.
func TestCountryNoShortBodyName(t *testing.T) {
	const csv = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
china-southern,organization,ko,중국 남방항공,preferred,,,,,,,,,,,
china-southern,organization,en,China Southern Airlines,preferred,,,,,,,,,,,
china-southern,organization,en,China Southern,admitted,,,,,,,,,,,
`
	c := caseChecker(t, "t23b.csv", csv)
	for _, tc := range []struct{ src, tgt, want string }{
		{"중국 남방항공 여객기가 광저우 공항을 이륙했다.", "The flight took off from Guangzhou, in southern China, on Monday.", "china-southern"},
		{"중국 남방항공 여객기가 광저우 공항을 이륙했다.", "The China Southern flight took off from Guangzhou on Monday.", ""},
		{"중국 남방항공 여객기가 광저우 공항을 이륙했다.", "A plane of China's southern carrier took off from Guangzhou.", ""}, // a possessive stays
	} {
		if s := pairTerms(c, tc.src, tc.tgt, RuleTargetMissing); s != tc.want {
			t.Errorf("%q: missing %q, want %q", tc.tgt, s, tc.want)
		}
	}
}

// Session 20 (helper T31): house31's and house32's kinds, with entries of
// our own.
const session20T31Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
peter-bramble,person,ko,브램블,preferred,,,,,,,,,,,
peter-bramble,person,en,Peter Bramble,preferred,,Bramble,,,,,,,,,
peter-bramble,person,en,Lord Bramble,admitted,,Bramble,,,,,,,,,
peter-bramble,person,en,Sir Peter,admitted,,Bramble,,,,,,,,,
honour-x,term,ko,훈장,preferred,,,,,,,,,,여왕|기사,
honour-x,term,en,honour,preferred,,,,,,,,,,,
honour-x,term,en,honor,deprecated,,,,,,,,,,,
colour-x,term,ko,색깔,preferred,,,,,,,,,,,
colour-x,term,en,colour,preferred,,,,,,,,,,,
colour-x,term,en,color,deprecated,,,,,,,,,,,
leeds-united,organization,ko,리즈 유나이티드,preferred,,,,,,,,,,,
leeds-united,organization,en,Leeds United,preferred,,,,,,,,,,,
leeds-united,organization,en,United,admitted,,,,,,,,,,,
kim-chun-sig,person,ko,김천식,preferred,,,,,,,,,,,
kim-chun-sig,person,en,Kim Chun-sig,preferred,,Kim,,,,,,,,,
kim-chun-sig,person,en,Kim Cheon-sik,admitted,,Kim,,,,,,,,,
kim-chun-sig,person,en,Kim Chun-shik,deprecated,,,,,,,,,,,
han-duck-soo,person,ko,한덕수,preferred,,,,,,,,,,,
han-duck-soo,person,en,Han Duck-soo,preferred,,Han,,,,,,,,,
han-duck-soo,person,en,Han Deok-su,admitted,,Han,,,,,,,,,
hugh-renn,person,ko,렌 중위,preferred,,,,,,,,,,,
hugh-renn,person,en,Hugh Renn,preferred,,Renn,,,,,,,,,
hugh-renn,person,en,Lt. Renn,admitted,,Renn,,,,,,,,,
zoran-zeller,person,ko,젤러,preferred,,,,,,,,,,,
zoran-zeller,person,ko,젤레르,admitted,,,,,,,,,,,
zoran-zeller,person,en,Zoran Zeller,preferred,,Zeller,,,,,,,,,
`

func t31Checker(t *testing.T) *Checker {
	return caseChecker(t, "session20t31.csv", session20T31Glossary)
}

// TestPeerStyle: a peer's title and the preferred form's surname (Lord
// Bramble for Peter Bramble) is a full first mention, as house31's "Labour
// peer Lord Adonis" was judged; a title and the given name (Sir Peter) is
// not.
func TestPeerStyle(t *testing.T) {
	c := t31Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"Labour peer Lord Bramble spoke. Bramble left.", ""},
		{"Sir Peter spoke. Peter Bramble left.", "peter-bramble Sir Peter"},
		{"Bramble spoke. Lord Bramble left.", "peter-bramble Bramble"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.English, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, p := range [][3]string{{"Baroness Bramble", "Jane Bramble", "true"}, {"Lord Bramble", "Bramble", "false"}, {"Lord Peter", "Peter Bramble", "false"}} {
		if got := peerStyle(p[0], p[1]); got != (p[2] == "true") {
			t.Errorf("peerStyle(%q, %q) = %v", p[0], p[1], got)
		}
	}
}

// TestGlossedFull: a one-word Korean form glossed in brackets by a full
// English form (조란 젤레르(Zoran Zeller): house31's 조란 자에브(Zoran Zaev))
// names the person in full, no first mention; unglossed, or glossed by the
// surname alone, it is one as before.
func TestGlossedFull(t *testing.T) {
	c := t31Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"조란 젤레르(Zoran Zeller)를 포함한 지지자들이 주장했다. 젤러가 말했다.", ""},
		{"젤레르가 주장했다. 젤러가 말했다.", "zoran-zeller 젤레르"},
		{"젤레르(Zeller)가 주장했다. 젤러가 말했다.", "zoran-zeller 젤레르"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestKinGiven: a given name the list admits, right after a kin noun a
// possessive opens, names the person beside the named relative (house34:
// "his wife Zorica", "Ms Davis' son Tyler"); the given name alone, or
// after a kin noun with no possessive, is still a first mention.
func TestKinGiven(t *testing.T) {
	c := t33Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"Prime Minister Ivan Zell, his wife Mira and his son Tomas voted.", ""},
		{"Ms Zellis' son Tomas was 13.", ""},
		{"Ivan Zell's eldest son, Tomas, voted.", ""},
		{"Mira voted. Mira Zellova left.", "mira-zell Mira"},
		{"The son Tomas voted.", "tomas-zell Tomas"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.English, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// Session 20 (helper T34): house35's and house36's kinds, with entries of
// our own.
const session20T34Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
budi-x,person,ko,부디 씨,preferred,,,,,,,,,,,
budi-x,person,ko,부디,admitted,,,,,,,,,,,
budi-x,person,en,Budi Santoso Wirawan,preferred,,Budi,,,,,,,,,
budi-x,person,en,Mr. Budi,admitted,,,,,,,,,,,
lamani-x,person,ko,라마니 씨,preferred,,,,,,,,,,,
lamani-x,person,ko,라마니,admitted,,,,,,,,,,,
lamani-x,person,en,Lamani,preferred,,,,,,,,,,,
mp-x,term,ko,국회 의원,preferred,,,,,,,,,,,
mp-x,term,en,lawmaker,preferred,,,,,,,,,,,
mp-x,term,en,member of parliament,admitted,,,,,,,,,,,
hs-x,term,ko,국가 원수,preferred,,,,,,,,,,,
hs-x,term,en,head of state,preferred,,,,,,,,,,,
sk-x,place,ko,우리나라,preferred,,,,,,,,,,,
sk-x,place,en,South Korea,preferred,,,,,,,,,,,
sk-x,place,en,Korea,admitted,,,,,,,,,,,
sk-x,place,en,South Korean,admitted,,,,,,,,,,,
`

func t34Checker(t *testing.T) *Checker {
	return caseChecker(t, "session20t34.csv", session20T34Glossary)
}

// TestLongerKoreanName: a person's one-word Korean form followed by Hangul
// words that begin as the English preferred form's next words is the full
// name the list does not hold (house35: 수토포 푸어오 누그로호가), no first
// mention by the short form; the form before a title, or alone, still is.
func TestLongerKoreanName(t *testing.T) {
	c := t34Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"대변인 부디 산토소 위라완이 말했다. 부디 씨는 덧붙였다.", ""},
		{"부디 산토소 위라완(Budi Santoso Wirawan)이 말했다.", ""},
		{"부디 대변인이 말했다. 부디 씨는 덧붙였다.", "budi-x 부디"},
		{"부디가 말했다. 부디 씨는 덧붙였다.", "budi-x 부디"},
		{"부디 산토소 말했다.", "budi-x 부디"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestGlossedShort: the preferred Korean form with a bracketed gloss
// between the name and 씨 (house35: 만다기(Mandagi) 씨) is the full form;
// the name with a gloss and no 씨 is still the short form.
func TestGlossedShort(t *testing.T) {
	c := t34Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"라마니(Lamani) 씨를 비롯하여 다른 사람들이 갇혔다. 라마니는 말했다.", ""},
		{"라마니(Lamani)를 비롯하여 다른 사람들이 갇혔다.", "lamani-x 라마니"},
		{"라마니(라마니) 씨가 왔다.", "lamani-x 라마니"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestKoreanTitledFull: the Korean preferred name with a title after it
// (house39: 김정은 위원장) is a full first mention; the name with a suffix
// (케네스 폴라이트 주니어, judged real on held-out-glossary-5) or a
// surname with a title stays a short first mention.
func TestKoreanTitledFull(t *testing.T) {
	c := caseChecker(t, "session21t39k.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
kju-x,person,ko,김정은,preferred,,,,,,,,,,,
kju-x,person,ko,김정은 위원장,admitted,,,,,,,,,,,
kp-x,person,ko,케네스 폴라이트,preferred,,,,,,,,,,,
kp-x,person,ko,케네스 폴라이트 주니어,admitted,,,,,,,,,,,
kp-x,person,ko,폴라이트 차관보,admitted,,,,,,,,,,,
`)
	for _, tc := range []struct{ text, want string }{
		{"김정은 위원장이 말했다.", ""},
		{"케네스 폴라이트 주니어가 말했다.", "kp-x 케네스 폴라이트 주니어"},
		{"폴라이트 차관보가 말했다.", "kp-x 폴라이트 차관보"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestAttributiveFull: the preferred full name used attributively (house39:
// 테리사 메이 내각) names the person in full, so a later short form is no
// first mention; a short form so used is still no mention (session 19's
// 바이든 행정부) and the next short form is the first.
func TestAttributiveFull(t *testing.T) {
	c := caseChecker(t, "session21t39a.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
may-x,person,ko,테리사 메이,preferred,,,,,,,,,,,
may-x,person,ko,메이,admitted,,,,,,,,,,,
may-x,person,ko,메이 총리,admitted,,,,,,,,,,,
`)
	for _, tc := range []struct{ text, want string }{
		{"테리사 메이 내각이 흔들렸다. 메이 총리는 말했다.", ""},
		{"메이 내각이 흔들렸다. 메이 총리는 말했다.", "may-x 메이 총리"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestGivenBeforeTitled: a given name spelt otherwise than the list's
// before the surname and its title (house39: 도날드 트럼프 대통령, the list's
// 도널드) is the full name, no first mention by 트럼프 대통령; the surname
// and title alone still are one.
func TestGivenBeforeTitled(t *testing.T) {
	c := caseChecker(t, "session21t39g.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
trump-x,person,ko,도널드 트럼프,preferred,,,,,,,,,,,
trump-x,person,ko,트럼프 대통령,admitted,,,,,,,,,,,
trump-x,person,en,Donald Trump,preferred,,Trump,,,,,,,,,
`)
	for _, tc := range []struct{ text, want string }{
		{"도날드 트럼프 대통령이 말했다.", ""},
		{"트럼프 대통령이 말했다.", "trump-x 트럼프 대통령"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

const session21T41Quoted = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
christine-blasey-ford,person,ko,크리스틴 블래시 포드,preferred,,,,,,,,,,,
christine-blasey-ford,person,ko,크리스틴 블레이시 포드,admitted,,,,,,,,,,,
christine-blasey-ford,person,ko,포드,admitted,,,,,,,,,,,
christine-blasey-ford,person,en,Christine Blasey Ford,preferred,,Ford,,,,,,,,,
`

// A surname in a quotation whose attribution names the person in full by
// an admitted form (“포드 박사, ...” 그레이엄은 크리스틴 블레이시 포드를
// 언급하면서, house43's held-out-glossary-43 ntrex-even 967) is no first
// mention, as with the preferred form; the surname alone, unquoted, still is.
func TestQuotedBeforeAdmittedFull(t *testing.T) {
	c := caseChecker(t, "session21t41i.csv", session21T41Quoted)
	for _, tc := range []struct{ text, want string }{
		{"“포드 박사, 나는 모릅니다.” 그레이엄은 크리스틴 블레이시 포드를 언급하면서 덧붙였다.", ""},
		{"포드 박사는 말했다. 그레이엄은 크리스틴 블레이시 포드를 언급했다.", "포드"},
	} {
		if g := foundOf(c.Text("a.txt", tc.text, language.Korean), RuleFirstMention); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

// Session 22 (helper T44): a term's abbreviation before the article spells
// it out (check12v-missed's GDP, FTA and WMD).
const session22T44Abbrev = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
gdp,term,ko,국내총생산,preferred,yes,,,,,,,,,,
gdp,term,en,gross domestic product,preferred,yes,,,,,,,,,,
gdp,term,en,GDP,admitted,yes,,,,,,,,,,
eu,organization,ko,유럽연합,preferred,,,,,,,,,,,
eu,organization,en,European Union,preferred,,,,,,,,,,,
eu,organization,en,EU,admitted,,,,,,,,,,,
`

// A term's first mention by its abbreviation, spelled out only later in
// the article, is a first mention (a body's too, since helper T45); not in a quotation, not
// an abbreviation never spelled out, not after the spelled-out form.
func TestAbbreviationFirst(t *testing.T) {
	c := caseChecker(t, "session22t44abbrev.csv", session22T44Abbrev)
	for _, tc := range []struct{ text, want string }{
		{"Economy notes\n\nGDP grew 2 percent, the gross domestic product data showed.", "gdp GDP"},
		{"Economy notes\n\nThe gross domestic product grew.\n\nGDP grew 2 percent.", ""},
		{"Economy notes\n\nGDP grew 2 percent.", ""},
		{"Economy notes\n\n\"GDP grew,\" he said. The gross domestic product data showed it.", ""},
		{"Trade notes\n\nBritain left the EU, and the European Union said so.", "eu EU"}, // a body's too since session 22, helper T45
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.English) {
			if f.Rule == RuleFirstMention {
				got = append(got, f.Term+" "+f.Found)
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

// A body's abbreviation in brackets after the words it glosses, or in the
// standfirst under a headline, is no first mention by itself.
func TestAbbreviationAside(t *testing.T) {
	c := caseChecker(t, "session22t44abbrev.csv", session22T44Abbrev)
	for _, tc := range []struct{ text, want string }{
		{"Trade notes\n\nBritain left the EU, and the European Union said so.", "eu EU"},
		{"Trade notes\n\nThe members of The European Union (EU) met. The European Union said so.", ""},
		{"Brexit: carmakers worried\nAs the latest EU figures show more bad news, we should be outraged\nThe European Union said so.", ""},
		{"Brexit: carmakers worried\nThe latest EU figures show more bad news.\nThe European Union said so.", "eu EU"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.English) {
			if f.Rule == RuleFirstMention {
				got = append(got, f.Term+" "+f.Found)
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

// Session 22 (helper T49): house57's and house58's kinds, with entries of
// our own.
const session22T49Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
nis,organization,ko,국가정보원,preferred,,,,,,,,,,,
nis,organization,ko,국정원,admitted,,,,,,,,,,,
nis,organization,en,National Intelligence Service,preferred,,,,,,,,,,,
nis,organization,en,NIS,admitted,,,,,,,,,,,
mtv-vmas,term,en,MTV Video Music Awards,preferred,yes,,,,,,,,,,
mtv-vmas,term,en,VMAs,admitted,yes,,,,,,,,,,
chief-policymaker,title,ko,정책위 의장,preferred,,,,,,,,,,,
chief-policymaker,title,ko,정책위의장,admitted,,,,,,,,,,,
snoop-dogg,person,ko,스눕 독,preferred,,,,,,,,,,,
snoop-dogg,person,ko,스눕 라이언,admitted,,,,,,2012-07-31,2013-12-31,,,,
sean-combs,person,ko,숀 콤스,preferred,,콤스,,,,,,,,,
kanye-west,person,ko,카니예 웨스트,preferred,,웨스트,,,,,,,,,
tierra-del-sol-gallery,organization,en,Tierra del Sol Gallery,preferred,,,,,,,,,,,
kanye-west,person,ko,칸예 웨스트,admitted,,웨스트,,,,,,,,,
sean-combs,person,ko,퍼프 대디,admitted,,,,,,,2001-03-31,,,,
`

func t49Text(t *testing.T, text string, lang language.Tag) string {
	t.Helper()
	c := caseChecker(t, "session22t49.csv", session22T49Glossary)
	var got []string
	for _, f := range c.Text("a.txt", text, lang) {
		got = append(got, string(f.Rule)+" "+f.Found)
	}
	return strings.Join(got, "; ")
}

func TestKoreanAbbreviationFirst(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// The abbreviation before the full name: a first mention.
		{"국정원은 월요일 성명을 냈다. 국가정보원은 이어 사과했다.", "first-mention 국정원"},
		// The full name first, or never: none.
		{"국가정보원은 월요일 성명을 냈다. 국정원은 이어 사과했다.", ""},
		{"국정원은 월요일 성명을 냈다. 국정원은 이어 사과했다.", ""},
	} {
		if got := t49Text(t, tc.text, language.Korean); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestPluralAbbreviationFirst(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The VMAs opened on Sunday; the MTV Video Music Awards drew many stars.", "first-mention VMAs"},
		{"The MTV Video Music Awards opened on Sunday; the VMAs drew many stars.", ""},
		{"The VMAs opened on Sunday; the VMAs drew many stars.", ""},
	} {
		if got := t49Text(t, tc.text, language.English); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestSpacedTitleTwice(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"한국 정부는 정책위 의장 문제를 언급했다. 이어 정책위의장 문제를 다시 언급했다.", "inconsistent 정책위의장"},
		{"한국 정부는 정책위 의장 문제를 언급했다. 이어 정책위 의장 문제를 다시 언급했다.", ""},
	} {
		if got := t49Text(t, tc.text, language.Korean); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestFormerNameMentions: a former name so named is no second spelling
// (스눕 라이언 after 스눕 독) and, past its day, no first mention (퍼프 대디
// first, among the names he has had); used as the name, both still are.
func TestFormerNameMentions(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"래퍼 스눕 독은 새 앨범을 냈다. 스눕 독은 스눕 라이언이라는 이름을 가졌고 다시 돌아왔다.", ""},
		{"래퍼 스눕 독은 새 앨범을 냈다. 이어 스눕 라이언이 다시 돌아왔다.", "deprecated-term 스눕 라이언; inconsistent 스눕 라이언"},
		{"그는 퍼프 대디, 퍼피, 피디라고도 알려진 디디의 뒤를 따른다. 숀 콤스는 말했다.", ""},
		{"퍼프 대디는 새 앨범을 냈다. 숀 콤스는 말했다.", "deprecated-term 퍼프 대디"}, // once, as the dated error (inconsistent_hangul.go, nearmiss.go, firstmention.go, respelling.go)
	} {
		if got := t49Text(t, tc.text, language.Korean); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestRomanceConnectors: a name with del (or della, da, di, du, des, la)
// is a name for the near-miss scan (check13f's Tierra del Sol Gallary).
func TestRomanceConnectors(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Paintings hung at the Tierra del Sol Gallary on Monday.", "near-miss Tierra del Sol Gallary"},
		{"Paintings hung at the Tierra del Sol Gallery on Monday.", ""},
	} {
		if got := t49Text(t, tc.text, language.English); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// Session 23 (helper T51): a Korean article that named the person in full
// in a Hangul spelling the list lacks (the surname's consonants with other
// vowels), then by a listed one-word form, gave no first mention by it
// (respeltFullBefore; house39's 캐버노 after 브렛 카바노, house43's 몰리나리
// after 프란시스코 몰리너리(Francesco Molinari)).
func TestRespeltFullBefore(t *testing.T) {
	const csv = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
brett-kavanaugh,person,ko,브렛 캐버노,preferred,,,,,,,,,,,
brett-kavanaugh,person,ko,캐버노,admitted,,,,,,,,,,,
brett-kavanaugh,person,en,Brett Kavanaugh,preferred,,Kavanaugh,,,,,,,,,
francesco-molinari,person,ko,프란체스코 몰리나리,preferred,,,,,,,,,,,
francesco-molinari,person,ko,몰리나리,admitted,,,,,,,,,,,
francesco-molinari,person,en,Francesco Molinari,preferred,,Molinari,,,,,,,,,
sarah-palin,person,ko,세라 페일린,preferred,,,,,,,,,,,
sarah-palin,person,ko,페일린,admitted,,,,,,,,,,,
sarah-palin,person,en,Sarah Palin,preferred,,Palin,,,,,,,,,
`
	c := caseChecker(t, "t51k.csv", csv)
	for _, tc := range []struct{ text, want string }{
		// The given name as listed, the surname respelt.
		{"공화당이 브렛 카바노 대법관을 옹호했다.\n공화당이 캐버노의 임명을 강행했다.", ""},
		// The listed English full form glossed after the respelt name.
		{"선수는 프란시스코 몰리너리(Francesco Molinari)와 토미 플릿우드다.\n몰리나리보다 잘했다.", ""},
		// No given name, no gloss: a first mention.
		{"공화당이 카바노 대법관을 옹호했다.\n공화당이 캐버노의 임명을 강행했다.", "first-mention 캐버노"},
		// Another given name (another person of the surname).
		{"선수는 프란시스코 몰리너리와 토미 플릿우드다.\n몰리나리보다 잘했다.", "first-mention 몰리나리"},
		// Other consonants, or a longer word: another name.
		{"공화당이 브렛 카마노 대법관을 옹호했다.\n공화당이 캐버노의 임명을 강행했다.", "first-mention 캐버노"},
		{"공화당이 브렛 카바노스 대법관을 옹호했다.\n공화당이 캐버노의 임명을 강행했다.", "first-mention 캐버노"},
		// A surname of two syllables: too common, still a first mention.
		{"세라 패일을 만났다.\n페일린이 말했다.", "first-mention 페일린"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.Korean) {
			got = append(got, f.Rule+" "+f.Found)
		}
		if s := strings.Join(got, "; "); s != tc.want {
			t.Errorf("%q: findings %q, want %q", tc.text, s, tc.want)
		}
	}
	if hangulConsonants("카바노") != hangulConsonants("캐버노") || hangulConsonants("몰리너리") != hangulConsonants("몰리나리") ||
		hangulConsonants("카마노") == hangulConsonants("캐버노") {
		t.Error("hangulConsonants: 카바노 and 캐버노, 몰리너리 and 몰리나리 alike, 카마노 not")
	}
}

// An abbreviation of a one-word name, no initials, before the name is
// spelled out is a first mention (check13g-missed: KMT before the
// Kuomintang); a name in capitals is no abbreviation of itself.
func TestLettersAbbreviationFirst(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"The KMT won the vote on Saturday; the Kuomintang said it would talk to Beijing.", "first-mention KMT"},
		{"The Kuomintang won the vote on Saturday; the KMT said it would talk to Beijing.", ""},
		{"The NYMEX opened; the Nymex closed.", ""},
	} {
		if got := t52Text(t, tc.body); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.body, got, tc.want)
		}
	}
}

// Session 23 (helper T56): entries of our own, with forms right only
// until a day.
const session23T56Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
prince-arthur,person,en,Prince Arthur,preferred,,Arthur,,,,,,,,,
prince-arthur,person,en,Duke of Kentford,admitted,,,,,,2001-01-01,2020-12-31,,,,
prince-arthur,person,ko,아서 왕자,preferred,,,,,,,,,,,
prince-arthur,person,ko,켄트퍼드 공작,admitted,,,,,,2001-01-01,2020-12-31,,,,
wang-lin,person,ko,왕지린,preferred,,,,,,,,,,,
wang-lin,person,ko,왕린,admitted,,,,,,,,,,,
lu-meifeng,person,ko,노미봉,preferred,,,,,,,,,,,
lu-meifeng,person,ko,루메이펑,admitted,,,,,,,,,,,
lu-meifeng,person,ko,노 대변인,admitted,,,,,,,,,,,
lu-meifeng,person,en,Lu Meifeng,preferred,,,,,,,,,,,
kuroda-ken,person,ko,흑전건,preferred,,,,,,,,,,,
kuroda-ken,person,ko,구로다 겐,admitted,,,,,,,,,,,
kuroda-ken,person,en,Ken Kuroda,preferred,,,,,,,,,,,
bauer-hofer,organization,ko,바우어-호퍼,preferred,,,,,,,,,,,
bauer-hofer,organization,ko,바우어 호퍼,admitted,,,,,,,,,,,
bauer-hofer,organization,en,Bauer-Hofer,preferred,,,,,,,,,,,
marten-laverock,person,ko,마르턴 래버록,preferred,,,,,,,,,,,
marten-laverock,person,ko,마르텐 라버록,admitted,,,,,,,,,,,
marten-laverock,person,en,Marten Laverock,preferred,,,,,,,,,,,
spin-twist,term,ko,스핀/트윅,preferred,,,,,,,,,,,
spin-twist,term,ko,스핀/트위크,admitted,,,,,,,,,,,
spin-twist,term,en,Spin/Twick,preferred,,,,,,,,,,,
ali-samir,person,ko,알리 사미르,preferred,,,,,,,,,,,
ali-samir,person,ko,리 사미르,admitted,,,,,,,,,,,
ali-samir,person,en,Ali Samir,preferred,,,,,,,,,,,
north-vale,place,ko,노스베일,preferred,,,,,,,,,,,
north-vale,place,ko,노스베일주,admitted,,,,,,,,,,,
north-vale,place,en,North Vale,preferred,,,,,,,,,,,
`

// A form past its day at a person's first mention is reported once, as
// the dated deprecated-term error; no first-mention warning on the same
// span (the lead's decision, session 23; check13i, check13l's desk*.txt).
// An admitted form within its day at a first mention is still one.
func TestDatedFirstMentionOnce(t *testing.T) {
	c := caseChecker(t, "session23t56.csv", session23T56Glossary)
	for _, tc := range []struct {
		text string
		lang language.Tag
		want string
	}{
		{"Note\n\nThe Duke of Kentford spoke. Later Prince Arthur left.", language.English, "deprecated-term Duke of Kentford"},
		{"메모\n\n켄트퍼드 공작이 말했다. 이후 아서 왕자가 떠났다.", language.Korean, "deprecated-term 켄트퍼드 공작"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, tc.lang) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

// Session 23 (helper T60): a body with a mixed-case abbreviation.
const session23T60Bodies = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
afv,organization,en,Alliance for Valia,preferred,,,,,,,,,,,
afv,organization,en,AfV,admitted,,,,,,,,,,,
afv,organization,ko,발리아를 위한 동맹,preferred,,,,,,,,,,,
`

// A mixed-case abbreviation before its spelled-out form is a first
// mention (check13t-missed's AfD), as an all-capital one is; after it,
// none.
func TestMixedAbbreviationFirst(t *testing.T) {
	c := caseChecker(t, "session23t60b.csv", session23T60Bodies)
	for _, tc := range []struct{ text, want string }{
		{"Talks\n\nThe AfV came up on Friday; the Alliance for Valia was named again.", "first-mention AfV"},
		{"Talks\n\nThe Alliance for Valia came up on Friday; the AfV was named again.", ""},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.English) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
	for _, f := range []string{"AfD", "MoD", "DfE"} {
		if !mixedAbbreviation(f) {
			t.Errorf("mixedAbbreviation(%s) = false", f)
		}
	}
	for _, f := range []string{"Nato", "BaFin", "NATO", "Af", "A-fD"} {
		if mixedAbbreviation(f) {
			t.Errorf("mixedAbbreviation(%s) = true", f)
		}
	}
}
