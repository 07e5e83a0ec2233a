package check

import (
	"strings"
	"testing"
)

// The English entries as house121 and house160 list them (house125's are
// house103's, walid103).
const (
	walid121 = walid103 + `walid,person,en,Walid al-Mualem,deprecated,,,
`
	walid160 = walidHead + `walid,person,en,Foreign Minister Walid al-Moallem,admitted,,,
walid,person,en,Walid al-Moalem,deprecated,,,
walid,person,en,Walid al-Mouallem,deprecated,,,
`
	blinkenList = `id,type,lang,term,status,case,short,note
blinken,person,ko,토니 블링컨,preferred,,,
blinken,person,en,Antony Blinken,preferred,,Blinken,
blinken,person,en,Anthony Blinken,deprecated,,,
`
)

// TestArabicNearMiss: a usual transliteration of a listed Arabic name
// that the list does not forbid is no near miss, as it is no missing
// person (session 28, T113): g103, g121 and g125 ntrex-even 1952 and
// ntrex-odd 1462, near-miss walid-al-moallem "Walid al-Moualem", judged
// false by the lead's session-26 ruling. A spelling the list forbids,
// doubled letters once (house73's and house160's Walid al-Mouallem), a
// doubled consonant moved or a letter tripled, another vowel and a name
// not shown Arabic stay reported.
func TestArabicNearMiss(t *testing.T) {
	const src1952 = "왈리드 알-무알렘 외무장관은 유엔 총회에서 시리아의 상황이 개선되고 있다고 말했다."
	const tgt1952 = "Speaking to the United Nations General Assembly, Foreign minister Walid al-Moualem said conditions in the country are improving."
	const src1958 = "알-무알렘 장관은 시리아 정부가 이 황폐한 나라를 재건하는 데 도움을 주는 것을 환영할 것이라고 말했다."
	const srcBlinken = "토니 블링컨 국무장관이 말했다."
	respelt := func(s string) string { return strings.ReplaceAll(tgt1952, "Moualem", s) }
	for _, tc := range []struct {
		name, csv, src, tgt string
		want                string // the pair's target-term-missing and near-miss findings: rule found; ...
	}{
		{"103 (g103, g125): ou for o, one l", walid103, src1952, tgt1952, ""},
		{"121: ou for o, one l, al-Mualem forbidden", walid121, src1952, tgt1952, ""},
		{"121: the forbidden al-Muallem (deprecated-term's)", walid121, src1952, respelt("Muallem"), ""},
		{"121: the forbidden al-Mualem (deprecated-term's)", walid121, src1952, respelt("Mualem"), ""},
		{"103: the forbidden al-Muallem, one l", walid103, src1952, respelt("Mualem"), "near-miss Walid al-Mualem"},
		{"103: ou for o, i for e after the given name", walid103, src1952, respelt("Moualim"), ""},
		{"103: the article capitalized", walid103, src1952, respelt("Al-Moualem"), ""},
		{"103: a letter tripled", walid103, src1952, respelt("Moualllem"), "near-miss Walid al-Moualllem"},
		{"103: a consonant doubled the list writes once", walid103, src1952, respelt("Mouallemm"), "near-miss Walid al-Mouallemm"},
		{"103: a for e", walid103, src1952, respelt("Moualam"), "target-term-missing "},
		{"73: the forbidden al-Mouallem, one l", walid73, src1952, tgt1952, "near-miss Walid al-Moualem"},
		{"160: the forbidden al-Mouallem, one l", walid160, src1952, tgt1952, "near-miss Walid al-Moualem"},
		{"160: the surname alone, forbidden one l", walid160, src1958, "Al-Moualem said the Syrian regime would welcome help.", "target-term-missing "},
		{"not an Arabic name: e for i", blinkenList, srcBlinken, "Secretary of State Antony Blinkin said.", "target-term-missing "},
	} {
		if s, fs := presenceFindings(t, tc.csv, tc.src, tc.tgt); s != tc.want {
			t.Errorf("%s: %q: findings %q, want %q\n%s", tc.name, tc.tgt, s, tc.want, brief(fs))
		}
	}
}
