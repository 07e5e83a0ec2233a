package check

import (
	"strings"
	"testing"
)

// An entry as house43 gives the minister: every allowed English form with
// the article prefix, none without.
const articleSurnameGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
karim-moallem,person,ko,카림 알무알렘,preferred,,,,,,,,,,,
karim-moallem,person,ko,무알렘,admitted,,,,,,,,,,,
karim-moallem,person,en,Karim al-Moallem,preferred,,al-Moallem,,,,,,,,,
karim-moallem,person,en,Karim al-Muallem,admitted,,,,,,,,,,,
karim-moallem,person,en,Karim al-Mualem,deprecated,,,,,,,,,,,
ri-ulsol,person,ko,리을설,preferred,,,,,,,,,,,
ri-ulsol,person,en,Ri Ul-sol,preferred,,,,,,,,,,,
`

// TestArticleSurnameRespelt: where every allowed form writes the article
// prefix, the surname alone in a usual respelling (Al-Moualem for a listed
// al-Muallem) names the person; a vowel more or another surname stays
// missing; a Korean given name with a capital (Ul-sol) still reads as one.
// The first two cases fail without givenNameLast in respelledNamed.
func TestArticleSurnameRespelt(t *testing.T) {
	c := caseChecker(t, "articlesurname.csv", articleSurnameGlossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"무알렘 장관은 시리아 정부가 재건 지원을 환영할 것이라고 말했다.", "Al-Moualem said the Syrian regime would welcome help in rebuilding.", ""},
		{"무알렘 장관은 말했다.", "Minister Al-Moualem said so.", ""},
		{"무알렘 장관은 말했다.", "Al-Moualeem said so.", "karim-moallem"},
		{"무알렘 장관은 말했다.", "Al-Masri said so.", "karim-moallem"},
	} {
		if got := pairTerms(c, tc.src, tc.tgt, RuleTargetMissing); !strings.HasPrefix(got, tc.want) || (tc.want == "") != (got == "") {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
	for _, tc := range []struct {
		name string
		want bool
	}{{"Karim al-Muallem", false}, {"Mohamed el-Baradei", false}, {"Ri Ul-sol", true}, {"Han Seung-soo", true}, {"Kim al-jong", true}} {
		if got := givenNameLast(strings.Fields(tc.name)); got != tc.want {
			t.Errorf("givenNameLast(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
