package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// foreignBodyDatedGlossary is house186's mofa: Korea's foreign ministry,
// 외무부 admitted until 1998-02-27.
const foreignBodyDatedGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
mofa,organization,ko,외교부,preferred,,,,,,,,,,,
mofa,organization,ko,외교통상부,admitted,,,,,,1998-02-28,2013-03-22,,,,
mofa,organization,ko,외무부,admitted,,,,,,,1998-02-27,,,,
mofa,organization,en,Ministry of Foreign Affairs,preferred,,,,,,,,foreign ministry|Foreign Ministry,,,
mofa,organization,en,Foreign Ministry,admitted,,,,,,,,,,,
us-dod,organization,ko,국방부,preferred,,,,,,,,,,,
us-dod,organization,ko,미 국방부,admitted,,,,,,,,,,,
us-dod,organization,ko,전쟁부,admitted,,,,,,,1947-09-17,,,,
us-dod,organization,en,Department of Defense,preferred,,,,,,,,,,,
ndc,organization,ko,국방위원회,preferred,,,,,,,2006-06-29,,,북한|평양,
ndc,organization,en,National Defense Commission,preferred,,,,,,,2006-06-29,,,,
pacom,organization,ko,인도태평양사령부,preferred,,,U.S. Indo-Pacific Command; U.S. Pacific Command until May 30 2018,,,,,,,,
pacom,organization,ko,태평양사령부,admitted,,,,,,,2005-05-30,,,,
pacom,organization,en,Indo-Pacific Command,preferred,,,,,,,,,,,
walter-reed,organization,ko,월터 리드 국립군사의료센터,preferred,,,,,,,,,,,
walter-reed,organization,ko,월터 리드 육군병원,admitted,,,,,,,2005-08-27,,,,
walter-reed,organization,en,Walter Reed National Military Medical Center,preferred,,,,,,,,,,,
`

// TestForeignBodyDated: a Korean body's form past its day names another
// country's body after a foreign place (러시아 외무부, 북한 외무부 장관, 미
// 연방 외무부) or after the same entry named so earlier in the document: no
// deprecated-term. Korea's own body by its old name (한국 외무부, a bare
// 외무부, 한국과 러시아 외무부, a bare one after 한국 외무부, one whose owner
// only the article tells) stays one, as does a foreign entry's own old
// name (미국 전쟁부 for a list's 미 국방부; 북한 국방위원회 for a form that
// counts only beside 북한; 미 태평양사령부 noted as the U.S. command) and a
// proper name of more words.
func TestForeignBodyDated(t *testing.T) {
	c := caseChecker(t, "mofa.csv", foreignBodyDatedGlossary)
	c.Missing = nil
	day := time.Date(2008, 7, 28, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, src, tgt string
		before         []string
		want           string
	}{
		{"Russia's ministry", "이와 관련 러시아 외무부는 성명을 발표했다.", "The Russian Foreign Ministry issued a statement.", nil, ""},
		{"the North's minister", "북한 외무부 장관 리용호가 말했다.", "North Korean Foreign Minister Ri Yong Ho said.", nil, ""},
		{"through a qualifier", "미 연방 외무부가 밝혔다.", "The U.S. federal ministry said.", nil, ""},
		{"with the possessive", "독일의 외무부에 의하면 그렇다.", "So says Germany's foreign ministry.", nil, ""},
		{"named so before in the document", "외무부는 또 제재가 논의된 적이 없다고 전했다.", "It added that sanctions were not discussed.",
			[]string{"러시아 외무부는 성명을 발표했다."}, ""},
		{"Korea's by its old name", "이에 한국 외무부 관계자는 요청했다.", "A Foreign Ministry official in Seoul asked.", nil, "deprecated-term 1:7 외무부 => 외교통상부 (source)"},
		{"bare", "외무부는 항의했다.", "The ministry protested.", nil, "deprecated-term 1:1 외무부 => 외교통상부 (source)"},
		{"coordinated with Korea", "한국과 러시아 외무부가 만났다.", "The ministries of Korea and Russia met.", nil, "deprecated-term 1:9 외무부 => 외교통상부 (source)"},
		{"Korea's named before", "외무부는 또 전했다.", "It added.", []string{"한국 외무부는 성명을 발표했다."}, "deprecated-term 1:1 외무부 => 외교통상부 (source)"},
		{"a foreign place alone before", "외무부는 항의했다.", "The ministry protested.", []string{"일본이 독도를 주장했다."}, "deprecated-term 1:1 외무부 => 외교통상부 (source)"},
		{"a foreign entry's own old name", "미국 전쟁부는 그렇게 밝혔다.", "The U.S. War Department said so.", nil, "deprecated-term 1:4 전쟁부 => 국방부 (source)"},
		{"a foreign entry's form that counts beside the place", "북한 국방위원회는 그렇게 밝혔다.", "The North's National Defense Commission said so.", nil, "deprecated-term 1:4 국방위원회 (source)"},
		{"a foreign entry by its note", "미 태평양사령부는 그렇게 밝혔다.", "The U.S. Pacific Command said so.", nil, "deprecated-term 1:3 태평양사령부 => 인도태평양사령부 (source)"},
		{"a proper name of more words", "미국 월터 리드 육군병원에서 치료를 받았다.", "He was treated at Walter Reed Army Medical Center.", nil, "deprecated-term 1:4 월터 리드 육군병원 => 월터 리드 국립군사의료센터 (source)"},
		{"a pair about another country", "그의 전 외무부 장관인 보리스 존슨은 영국과 EU가 관세를 징수해야 한다고 말했다.", "His former foreign secretary Boris Johnson said so.", nil, "deprecated-term 1:6 외무부 => 외교통상부 (source)"},
	} {
		got := brief(c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English,
			SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, Exact: true, Date: day, Before: tc.before}))
		if got != tc.want {
			t.Errorf("%s: %q: got %q, want %q", tc.name, tc.src, got, tc.want)
		}
	}
	for _, tc := range []struct{ name, text, want string }{
		{"an article: the foreign body bare later", "제목\n\n러시아 외무부는 성명을 냈다. 외무부는 또 말했다.", ""},
		{"an article: Korea's", "제목\n\n한국 외무부는 성명을 냈다. 외무부는 또 말했다.", "deprecated-term 외무부; deprecated-term 외무부"},
		{"an article about another country, no country before", "영국의 메이 총리가 비평가를 고발하다\n한 인터뷰에서 그의 전 외무부 장관인 보리스 존슨은 영국과 EU가 관세를 징수해야 한다고 말했다.", "deprecated-term 외무부"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.Korean) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s: %q: got %q, want %q", tc.name, tc.text, g, tc.want)
		}
	}
}

// TestForeignNoted: an English note or form naming another country than
// South Korea marks its entry as that country's body.
func TestForeignNoted(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"U.S. Indo-Pacific Command; U.S. Pacific Command until May 30 2018", true},
		{"North Korea's top state body 1998 - June 29, 2016", true},
		{"the North's parliament", true},
		{"the Japanese Diet's upper house", true},
		{"Britain's upper house", true},
		{"the Turkish parliament", true},
		{"the Army hospital in Washington", true},
		{"foreign ministry: 외무부 until Feb. 27 1998; 외교통상부 (Ministry of Foreign Affairs and Trade) Feb. 28 1998 - March 22 2013", false},
		{"Ministry of Foreign Affairs", false},
		{"Korean National Police Agency; Seoul's police", false},
		{"", false},
	} {
		if got := foreignNoted(tc.s); got != tc.want {
			t.Errorf("foreignNoted(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
