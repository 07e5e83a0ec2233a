package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// Tests of session 27, helper T100: a Korean form right after the given
// names of a listed full form spaced otherwise (spacedFullBefore,
// firstmention_spacedfull.go) and the Urdu and Persian romanizations of
// Muslim given names (arabicFamilies, glossary/lint_given.go).

// The entry as house132 lists it.
const assad132 = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until
bashar-assad,person,ko,바샤르 알아사드,preferred,,,,,,,
bashar-assad,person,ko,바샤르 아사드,admitted,,,,,,,
bashar-assad,person,ko,아사드 대통령,admitted,,,,,,2000-07-17,2024-12-08
bashar-assad,person,ko,바샤르 알-아사드,deprecated,,,,,,,
bashar-assad,person,en,Bashar Assad,preferred,,Assad,,,,,
bashar-assad,person,en,Bashar al-Assad,admitted,,,,,,,
`

// TestSpacedFullBefore: 바샤르 알 아사드 대통령 names him in full (g132
// ntrex-odd#article 1467, judged false, as g90's); the titled surname
// alone, after another given name or after the given name further back,
// is still a first mention.
func TestSpacedFullBefore(t *testing.T) {
	c := caseChecker(t, "assad.csv", assad132)
	day := time.Date(2018, 11, 1, 0, 0, 0, 0, time.UTC)
	const want = "bashar-assad 아사드 대통령"
	for _, tc := range []struct{ text, want string }{
		{"미국은 주로 바샤르 알 아사드 대통령에 반대하는 쿠르드족을 훈련하고 있다.", ""},
		{"미국은 주로 바샤르 알-아사드 대통령에 반대하는 쿠르드족을 훈련하고 있다.", ""},
		{"미국은 주로 바샤르  알 아사드 대통령에 반대하는 쿠르드족을 훈련하고 있다.", ""},
		{"미국은 주로 아사드 대통령에 반대하는 쿠르드족을 훈련하고 있다.", want},
		{"미국은 주로 하페즈 알 아사드 대통령에 반대하는 쿠르드족을 훈련하고 있다.", want},
		{"미국은 주로 바샤르와 알 아사드 대통령에 반대하는 쿠르드족을 훈련하고 있다.", want},
		{"미국은 주로 압바샤르 알 아사드 대통령에 반대하는 쿠르드족을 훈련하고 있다.", want},
		{"바샤르 알은 주로 아사드 대통령에 반대하는 쿠르드족을 훈련하고 있다.", want},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, day), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// The entry as house132 lists it.
const qureshi132 = `id,type,lang,term,status,case,short,note
shah-mehmood-qureshi,person,ko,샤 메흐무드 쿠레시,preferred,,,
shah-mehmood-qureshi,person,ko,마크둠 샤 마무드 쿠레시,admitted,,,
shah-mehmood-qureshi,person,ko,쿠레시 외무장관,admitted,,,
shah-mehmood-qureshi,person,en,Shah Mehmood Qureshi,preferred,,Qureshi,
shah-mehmood-qureshi,person,en,Makhdoom Shah Mehmood Qureshi,admitted,,,
shah-mehmood-qureshi,person,en,Shah Mehmood Qureishi,deprecated,,,
`

func TestUrduRomanizations(t *testing.T) {
	const src = "유엔은 성명에서 마크둠 샤 마무드 쿠레시 외무장관이 반기문 유엔 사무총장과 만난 자리에서 이같이 요청했다고 밝혔다."
	for _, tc := range []struct{ name, tgt, want string }{
		{"Mahmood for Mehmood", "Makhdoom Shah Mahmood Qureshi made the request during a meeting with the secretary-general.", ""},
		{"Mehmood as listed", "Makhdoom Shah Mehmood Qureshi made the request during a meeting with the secretary-general.", ""},
		{"Mahmud for Mehmood", "Shah Mahmud Qureshi made the request during a meeting with the secretary-general.", ""},
		{"another given name", "Shah Hamid Qureshi made the request during a meeting with the secretary-general.", "target-term-missing"},
		{"forbidden surname", "Shah Mahmood Qureishi made the request during a meeting with the secretary-general.", "target-term-missing"},
	} {
		c := caseChecker(t, "q.csv", qureshi132)
		c.Missing = []glossary.Type{glossary.Person}
		_, fs := koPair(c, src, tc.tgt)
		var got []string
		for _, f := range fs {
			if f.Rule == RuleTargetMissing || f.Rule == RuleNearMiss {
				got = append(got, f.Rule)
			}
		}
		if s := strings.Join(got, "; "); s != tc.want {
			t.Errorf("%s: findings %q, want %q\n%s", tc.name, s, tc.want, brief(fs))
		}
	}
}

// The entries as house132 lists them: Goldwasser in spellings the Korean
// of KPC test 500 does not use.
const soldiers132 = `id,type,lang,term,status,case,short,note
ehud-goldwasser,person,ko,에후드 골드바서,preferred,,,
ehud-goldwasser,person,ko,헤후드 골드와서,deprecated,,,
ehud-goldwasser,person,en,Ehud Goldwasser,preferred,,Goldwasser,
eldad-regev,person,ko,엘다드 레게브,preferred,,,
eldad-regev,person,ko,엘다브 레게브,deprecated,,,
eldad-regev,person,en,Eldad Regev,preferred,,Regev,
`

// TestCountedPairOneListed: "the bodies of two Israeli soldiers" for two
// Korean names joined by 와, one of them listed (g132 and g91 kpc-test 500,
// judged false), is a description; a count of three, "two" without a
// noun for persons, or a person joined to no one is still a finding.
func TestCountedPairOneListed(t *testing.T) {
	const src = "이스라엘 국방부는 16일 오전 헤즈볼라가 2006년 납치한 이스라엘 군 소속 에후드 우디 골드와서와 엘다드 레게브의 시신을 이스라엘로 보냈다고 밝혔다."
	const src91 = "이스라엘 국방부는 16일 오전 헤즈볼라가 2006년 납치한 이스라엘 군 소속 골드와서와 엘다브 레게브의 시신을 이스라엘로 보냈다고 밝혔다."
	const tgt = "Earlier Wednesday, Hezbollah released to Israel the bodies of two Israeli soldiers who had been abducted in 2006, the Israel Defense Forces said."
	const goldwasser91 = `id,type,lang,term,status,case,short,note
ehud-goldwasser,person,ko,에후드 골드바서,preferred,,,
ehud-goldwasser,person,ko,골드와서,admitted,,,
ehud-goldwasser,person,en,Ehud Goldwasser,preferred,,Goldwasser,
`
	for _, tc := range []struct {
		name, csv, src, tgt string
		missing             bool
	}{
		{"132: the second one listed", soldiers132, src, tgt, false},
		{"91: the first one listed", goldwasser91, src91, tgt, false},
		{"a count of three", soldiers132, src, strings.Replace(tgt, "two", "three", 1), true},
		{"two of no persons", soldiers132, src, strings.Replace(tgt, "two Israeli soldiers", "two Israeli tanks", 1), true},
		{"joined to no one", soldiers132, strings.Replace(src, "에후드 우디 골드와서와 ", "", 1), tgt, true},
	} {
		c := caseChecker(t, "s.csv", tc.csv)
		c.Missing = []glossary.Type{glossary.Person}
		got, fs := koPair(c, tc.src, tc.tgt)
		if (got != "") != tc.missing {
			t.Errorf("%s: target-term-missing %q, want found %v\n%s", tc.name, got, tc.missing, brief(fs))
		}
	}
}
