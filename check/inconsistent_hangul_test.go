package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// Tests of inconsistent_hangul.go.

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

// TestKoreanSameSound: two one-word Korean forms of a person with one
// consonant skeleton in one article are one name spelled twice (미한나
// after 미아나, as check11f's 리한나 after 리아나: sameSound); a given name
// and a surname listed as two forms are not.
func TestKoreanSameSound(t *testing.T) {
	c := t18Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"제목\n\n미아나는 새 앨범을 냈다.\n\n미한나는 투어를 시작한다.", "mianna 미한나"},
		{"제목\n\n로자 반텔은 배우다.\n\n반텔은 웃었다. 로자는 말했다.", ""},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleInconsistent); got != tc.want {
			t.Errorf("%q: inconsistent %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestHangulVariant: two admitted Hangul forms of one entry that differ in
// one syllable's vowel (쌍둥이, 쌍동이) or by a space for an epenthetic 스
// (미들스보로, 미들 보로) are two spellings in one article (check12h's
// planted pairs); two words of two syllables, or a consonant changed, are
// not read so.
func TestHangulVariant(t *testing.T) {
	c := t33Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"쌍둥이가 태어났다. 그러나 쌍동이 사진은 공개되지 않았다.", "twins-x 쌍동이"},
		{"미들스보로에서 단속이 있었다. 그러나 미들 보로 주민들은 몰랐다.", "middle-x 미들 보로"},
		{"쌍둥이가 태어났다. 쌍둥이 사진은 공개되지 않았다.", ""},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleInconsistent); got != tc.want {
			t.Errorf("%q: inconsistent %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, p := range [][3]string{{"쌍둥이", "쌍동이", "true"}, {"정부", "정보", "false"}, {"쌍둥이", "쌍중이", "false"},
		{"미들 보로", "미들스보로", "true"}, {"미들스보로", "미들 보로", "true"}, {"미들 보로", "미들서보로", "false"}, {"쌍둥이", "쌍둥이", "false"}} {
		if got := hangulVariant(p[0], p[1]); (got && p[2] != "true") || (!got && p[2] == "true") {
			t.Errorf("hangulVariant(%q, %q) = %v", p[0], p[1], got)
		}
	}
}

// TestTitledSurname: a Korean surname and title after the person's full
// name (house39: 트럼프 대통령 after 도널드 트럼프) is a second reference, no
// second spelling; a respelt name still is one.
func TestTitledSurname(t *testing.T) {
	c := t39Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"도널드 트럼프 대통령이 말했다. 트럼프 대통령은 덧붙였다.", ""},
		{"이명박 대통령이 말했다. 이명백 대통령은 덧붙였다.", "lee-x 이명백"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleInconsistent); got != tc.want {
			t.Errorf("%q: inconsistent %q, want %q", tc.text, got, tc.want)
		}
	}
}

const session21T41Second = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
jack-ross,person,ko,잭 로스,preferred,,,,,,,,,,,
jack-ross,person,ko,로스 감독,admitted,,,,,,,,,,,
jack-ross,person,ko,잭 로쓰,admitted,,,,,,,,,,,
jack-ross,person,en,Jack Ross,preferred,,Ross,,,,,,,,,
un-security-council,organization,ko,유엔 안보리,preferred,,,,,,,,,,,
un-security-council,organization,ko,유엔 안전보장이사회,admitted,,,,,,,,,,,
un-security-council,organization,ko,유엔 안전보장위원회,admitted,,,,,,,,,,,
un-security-council,organization,en,U.N. Security Council,preferred,,,,,,,,,,,
`

func t41Inconsistent(t *testing.T, c *Checker, text string) string {
	t.Helper()
	var got []string
	for _, f := range c.Text("a.txt", text, language.Korean) {
		if f.Rule == RuleInconsistent {
			got = append(got, f.Found)
		}
	}
	return strings.Join(got, "|")
}

// A Korean titled second reference with a role word (로스 감독 after 잭
// 로스, house43's held-out-glossary-43 ntrex-odd 1359) and a full name
// after its syllable abbreviation (유엔 안전보장이사회 after 유엔 안보리,
// house44's held-out-glossary-44 ntrex-even 763) are no second spellings;
// a given name respelt, or another full name, still are.
func TestTitledRoleAndAbbreviation(t *testing.T) {
	c := caseChecker(t, "session21t41b.csv", session21T41Second)
	for _, tc := range []struct{ text, want string }{
		{"잭 로스가 말했다. 42세 로스 감독은 기뻐했다.", ""},
		{"잭 로스가 말했다. 잭 로쓰는 기뻐했다.", "잭 로쓰"},
		{"유엔 안보리가 열렸다. 유엔 안전보장이사회는 결의했다.", ""},
		{"유엔 안전보장이사회가 열렸다. 유엔 안전보장위원회는 결의했다.", "유엔 안전보장위원회"},
	} {
		if got := t41Inconsistent(t, c, tc.text); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// Two listed forms differing only in case (Nymex, NYMEX) in one article
// are one name spelt twice, though one is all capitals (check12r's
// spellings, house44); an all-capital abbreviation beside a full name
// (NYMEX after New York Mercantile Exchange) is still none.
func TestCaseOnlyCapitals(t *testing.T) {
	c := caseChecker(t, "session21t41d.csv", session21T41Bodies)
	for _, tc := range []struct{ text, want string }{
		{"Nymex spoke first, and NYMEX spoke again later.", "NYMEX"},
		{"The New York Mercantile Exchange spoke first, and NYMEX spoke again later.", ""},
	} {
		if g := foundOf(c.Text("a.txt", tc.text, language.English), RuleInconsistent); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
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

func TestMergedSyllable(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"칸예 웨스트", "카니예 웨스트", true},
		{"카니예 웨스트", "칸예 웨스트", true},
		{"마크 트웨인", "막 트웨인", false}, // 크 merged would be 맠, not 막
		{"칸예 웨스트", "카녜 웨스트", false},
		{"안보리", "안전보장이사회", false},
		{"칸예 웨스트", "카니예 존스", false},
		{"카이예 웨스트", "캐예 웨스트", false},
	} {
		if got := mergedSyllable(tc.a, tc.b); got != tc.want {
			t.Errorf("mergedSyllable(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	if got := t49Text(t, "카니예 웨스트의 새 앨범이 나왔다. 그러나 칸예 웨스트의 대변인은 말을 아꼈다.", language.Korean); got != "inconsistent 칸예 웨스트" {
		t.Errorf("칸예 웨스트 after 카니예 웨스트: got %q", got)
	}
}

// t52Korean returns rule and found of each finding of a Korean article.
func t52Korean(t *testing.T, body string) string {
	t.Helper()
	c := caseChecker(t, "session23t52k.csv", session23T52Korean)
	var got []string
	for _, f := range c.Text("a.txt", "국제부\n\n"+body, language.Korean) {
		got = append(got, string(f.Rule)+" "+f.Found)
	}
	return strings.Join(got, "; ")
}

const session23T52Korean = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
taiwan,place,ko,대만,preferred,,,,,,,,,,,
taiwan,place,ko,타이완,admitted,,,,,,,,,,,
beijing,place,ko,베이징,preferred,,,,,,,,,,,
beijing,place,ko,북경,admitted,,,,,,,,,,,
wong-kar-wai,person,ko,왕가위,preferred,,,,,,,,,,,
wong-kar-wai,person,ko,왕자웨이,admitted,,,,,,,,,,,
blasey,person,ko,블레이시,preferred,,,,,,,,,,,
blasey,person,ko,포드,admitted,,,,,,,,,,,
christine-blasey-ford,person,ko,크리스틴 블레이시 포드,preferred,,,,,,,,,,,
christine-blasey-ford,person,ko,크리스틴 블래시 포드,admitted,,,,,,,,,,,
united-states,place,ko,미국,preferred,,,,,,,,,,,
united-states,place,ko,미합중국,admitted,,,,,,,,,,,
internet,term,ko,인터넷,preferred,,,,,,,,,,,
internet,term,ko,온라인,admitted,,,,,,,,,,,
`

// Two one-word Hangul names of one place, body or person in one Korean
// article (check13g-missed: 타이완 after 대만, 북경 after 베이징, 왕자웨이
// after 왕가위) and a spelling that drops the 이 of 레이 (check13h-missed:
// 크리스틴 블래시 포드 after 크리스틴 블레이시 포드) are inconsistent; not a
// person's two words of one name (블레이시, 포드), a long name and its
// short one (미합중국, 미국) or two words for a term (인터넷, 온라인).
func TestKoreanTwoNames(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"대만의 소식이 전해졌다. 그러나 타이완의 관계자는 말을 아꼈다.", "inconsistent 타이완"},
		{"베이징의 소식이 전해졌다. 그러나 북경의 관계자는 말을 아꼈다.", "inconsistent 북경"},
		{"왕가위의 영화가 개봉했다. 그러나 왕자웨이는 말을 아꼈다.", "inconsistent 왕자웨이"},
		{"크리스틴 블레이시 포드 씨가 발언했다. 이어 크리스틴 블래시 포드 씨가 다시 발언했다.", "inconsistent 크리스틴 블래시 포드"},
		{"블레이시 교수가 발언했다. 이어 포드 교수가 다시 발언했다.", ""},
		{"미합중국의 소식이 전해졌다. 그러나 미국의 관계자는 말을 아꼈다.", ""},
		{"인터넷의 소식이 전해졌다. 그러나 온라인의 관계자는 말을 아꼈다.", ""},
	} {
		if got := t52Korean(t, tc.body); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.body, got, tc.want)
		}
	}
}

// Two listed spellings of one person in one Korean article, the second
// the first with the Arabic article hyphenated or dropped, or with two
// syllables merged (a transliteration's ㅡ dropped), are a second spelling
// (check13i-missed, check13j-missed: read as a contraction or a short
// reference before); a given name that differs is no second spelling of
// the surname (알리 사미르, 리 사미르).
func TestKoreanSpeltTwice(t *testing.T) {
	c := caseChecker(t, "session23t54.csv", session23T54Glossary)
	for _, tc := range []struct{ first, second, want string }{
		{"하미드 알자부리", "하미드 알-자부리", "inconsistent 하미드 알-자부리"},
		{"하미드 알자부리", "하미드 자부리", "inconsistent 하미드 자부리"},
		{"카를 비요른손", "카를 비욘손", "inconsistent 카를 비욘손"},
		{"피터 휘트필드", "피터 휫필드", "inconsistent 피터 휫필드"},
		{"알리 사미르", "리 사미르", ""},
	} {
		var got []string
		for _, f := range c.Text("a.txt", "메모\n\n"+tc.first+" 씨가 발언했다. 이어 "+tc.second+" 씨가 다시 발언했다.", language.Korean) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s, %s: got %q, want %q", tc.first, tc.second, g, tc.want)
		}
	}
	for _, tc := range []struct {
		long, short string
		want        bool
	}{
		{"비요른", "비욘", true}, {"플리트우드", "플릿우드", true}, {"휘트필드", "휫필드", true},
		{"비요른", "비온", false}, {"플리트우드", "플리우드", false}, {"아사드", "아드", false},
	} {
		if g := mergedLoanSyllable(tc.long, tc.short); g != tc.want {
			t.Errorf("mergedLoanSyllable(%s, %s) = %v, want %v", tc.long, tc.short, g, tc.want)
		}
	}
}

// Two listed Hangul forms of one entry in one Korean article, one name
// written a second way (check13k-missed, check13l-missed: let pass as a
// short reference or as two admitted names before): a Korean (hanja)
// reading and a transcription, the initial-sound rule aside (노미봉 /
// 루메이펑, 흑전건 / 구로다 겐 are not: another surname's sound), a hyphen
// for a space, vowels or a loan's ㅡ syllable changed. A surname and a
// title (노 대변인), another given name (알리 / 리 사미르) and a syllable
// dropped or added that is no loan's ㅡ (왕린 of 왕지린, 노스베일주 after
// 노스베일) are no second spelling.
func TestKoreanSecondName(t *testing.T) {
	c := caseChecker(t, "session23t56.csv", session23T56Glossary)
	for _, tc := range []struct{ first, second, want string }{
		{"왕지린", "왕린", ""},
		{"바우어-호퍼", "바우어 호퍼", "inconsistent 바우어 호퍼"},
		{"마르턴 래버록", "마르텐 라버록", "inconsistent 마르텐 라버록"},
		{"스핀/트윅", "스핀/트위크", "inconsistent 스핀/트위크"},
		{"노미봉", "노 대변인", ""},
		{"알리 사미르", "리 사미르", ""},
		{"노스베일", "노스베일주", ""},
	} {
		var got []string
		for _, f := range c.Text("a.txt", "메모\n\n"+tc.first+" 관련 기사가 나왔다. 이어 "+tc.second+" 관련 기사가 다시 나왔다.", language.Korean) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s then %s: got %q, want %q", tc.first, tc.second, g, tc.want)
		}
	}
	for _, tc := range []struct {
		reading, other string
		want           bool
	}{
		{"양조위", "량차오웨이", true},
		{"유가령", "류자링", true},
		{"손정의", "손 마사요시", true},
		{"노미봉", "루메이펑", false},
		{"노미봉", "노 대변인", false},
		{"흑전건", "구로다 겐", false},
	} {
		if got := koreanReading(tc.reading, tc.other); got != tc.want {
			t.Errorf("koreanReading(%s, %s) = %v, want %v", tc.reading, tc.other, got, tc.want)
		}
	}
}

// The same, through the checker: 량차오웨이 after 양조위 is inconsistent.
func TestKoreanReadingInconsistent(t *testing.T) {
	c := caseChecker(t, "session23t56r.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
tony-leung,person,ko,양조위,preferred,,,,,,,,,,,
tony-leung,person,ko,량차오웨이,admitted,,,,,,,,,,,
tony-leung,person,en,Tony Leung Chiu-wai,preferred,,,,,,,,,,,
`)
	var got []string
	for _, f := range c.Text("a.txt", "메모\n\n양조위 씨가 월요일 발언했다. 이어 량차오웨이 씨가 다시 발언했다.", language.Korean) {
		got = append(got, string(f.Rule)+" "+f.Found)
	}
	if g := strings.Join(got, "; "); g != "inconsistent 량차오웨이" {
		t.Errorf("got %q", g)
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

// A hyphen dropped in a second Korean spelling (안호이저부시 after
// 안호이저-부시, check13o-missed) is inconsistent, as a hyphen for a
// space already is (TestKoreanSecondName); one form alone is not.
func TestKoreanHyphenDropped(t *testing.T) {
	c := caseChecker(t, "session23t59.csv", session23T59Glossary)
	for _, tc := range []struct{ first, second, want string }{
		{"케셀-브라우", "케셀브라우", "inconsistent 케셀브라우"},
		{"케셀-브라우", "케셀-브라우", ""},
	} {
		var got []string
		for _, f := range c.Text("a.txt", "메모\n\n"+tc.first+" 관련 기사가 나왔다. 이어 "+tc.second+" 관련 기사가 다시 나왔다.", language.Korean) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s then %s: got %q, want %q", tc.first, tc.second, g, tc.want)
		}
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"안호이저부시", "안호이저-부시", true},
		{"안호이저-부시", "안호이저 부시", false},
		{"안호이저부시", "안호이저 부시", false},
		{"안호이저-부시", "안호이저-부시", false},
		{"Anheuser-Busch", "AnheuserBusch", false},
	} {
		if got := hyphenDropped(tc.a, tc.b); got != tc.want {
			t.Errorf("hyphenDropped(%s, %s) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
