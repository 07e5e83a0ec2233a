package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Session 23 (helper T53): a person the English refers to another way is no
// name missing (the lead's verdicts of aa154bb).

const t53Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
barack-obama,person,ko,버락 오바마,preferred,,,,,,,,,,,
barack-obama,person,ko,오바마,admitted,,,,,,,,,,,
barack-obama,person,en,Barack Obama,preferred,,Obama,,,,,,,,,
john-mccain,person,ko,존 매케인,preferred,,,,,,,,,,,
john-mccain,person,ko,매케인,admitted,,,,,,,,,,,
john-mccain,person,en,John McCain,preferred,,McCain,,,,,,,,,
walid-muallem,person,ko,왈리드 무알렘,preferred,,,,,,,,,,,
walid-muallem,person,ko,무알렘,admitted,,,,,,,,,,,
walid-muallem,person,en,Walid Muallem,preferred,,Muallem,,,,,,,,,
`

// t53Findings returns the rule and term of each finding on pr.
func t53Findings(c *Checker, pr Pair) string {
	pr.SourceLang, pr.TargetLang = language.Korean, language.English
	pr.SourceLine, pr.SourceCol, pr.TargetLine, pr.TargetCol = 1, 1, 1, 1
	var got []string
	for _, f := range c.Pair("p.tsv", pr) {
		got = append(got, f.Rule+" "+f.Term)
	}
	return strings.Join(got, "; ")
}

// The thing a person owns, named with "the" after the person was named in
// the article (kpc-dev 305: 오바마의 기도노트, "The note").
func TestPossessedThing(t *testing.T) {
	c := caseChecker(t, "t53p.csv", t53Glossary)
	before := []string{"이스라엘 언론이 버락 오바마 상원의원의 기도노트를 공개했다.", "오바마는 벽 틈 사이에 자필 기도노트를 꽂아뒀다."}
	targetBefore := []string{"The rabbi condemned the removal of a prayer note written by Sen. Barack Obama.", "The candidate placed a note in the cracks of the wall."}
	const src = "이스라엘 일간 마리브는 후에 벽에서 떼 내어진 오바마의 기도노트의 내용을 보도했다."
	for _, tc := range []struct {
		name                 string
		before, targetBefore []string
		src, tgt, want       string
	}{
		{"the note", before, targetBefore, src,
			"The note was subsequently removed from the wall, according to the Israeli newspaper Ma'ariv.", ""},
		// The person never named in the English before: a name missing.
		{"never named", before, []string{"The rabbi condemned the removal of a prayer note.", "A candidate placed a note."}, src,
			"The note was subsequently removed from the wall, according to the Israeli newspaper Ma'ariv.", "target-term-missing barack-obama"},
		// The thing not named in the Korean before: the English leaves out whose.
		{"thing new", []string{"이스라엘 언론이 버락 오바마 상원의원을 비난했다.", "오바마는 벽 틈 사이를 보았다."}, targetBefore, src,
			"The note was subsequently removed from the wall, according to the Israeli newspaper Ma'ariv.", "target-term-missing barack-obama"},
		// A title between the name and the possessive (kpc-test 1923, a broken pair judged real).
		{"titled", before, targetBefore, "이스라엘 일간 마리브는 오바마 의원의 기도노트의 내용을 보도했다.",
			"The note was subsequently removed from the wall, according to the Israeli newspaper Ma'ariv.", "target-term-missing barack-obama"},
	} {
		got := t53Findings(c, Pair{Source: tc.src, Target: tc.tgt, Before: tc.before, TargetBefore: tc.targetBefore})
		if got != tc.want {
			t.Errorf("%s: findings %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A poll lead whose rival the English leaves implied (kpc-dev 78:
// 오바마가 매케인에 6%포인트 차이로 앞섰다, "Obama with a 6-point advantage").
func TestRivalLeftImplied(t *testing.T) {
	c := caseChecker(t, "t53r.csv", t53Glossary)
	named := []string{"If McCain loses that edge, his road to victory will become much tougher.",
		"A sign of just how volatile national surveys are in the summer months."}
	const src = "NBC 여론조사에서는 오바마가 매케인에 6%포인트 차이로 앞섰다."
	for _, tc := range []struct {
		name           string
		targetBefore   []string
		src, tgt, want string
	}{
		{"lead", named, src, "A recent NBC poll showing Obama with a 6-point advantage.", ""},
		// The rival never named in the English before.
		{"never named", []string{"The race tightened."}, src, "A recent NBC poll showing Obama with a 6-point advantage.", "target-term-missing john-mccain"},
		// No lead in the English: the rival dropped from another sentence.
		{"no lead", named, src, "A recent NBC poll showed Obama 6 points up.", "target-term-missing john-mccain"},
		// No lead in the Korean.
		{"no lead in Korean", named, "NBC 여론조사에서는 오바마가 매케인에 6%포인트 차이로 졌다.",
			"A recent NBC poll showing Obama with a 6-point advantage.", "target-term-missing john-mccain"},
	} {
		got := t53Findings(c, Pair{Source: tc.src, Target: tc.tgt, TargetBefore: tc.targetBefore})
		if got != tc.want {
			t.Errorf("%s: findings %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A Korean segment that carries the attribution the English gives in the
// segment before (ntrex 1471: "..."라고 무알렘 장관이 말했다 for the
// quotation alone, "he said" closing the segment before).
func TestAttributionBeside(t *testing.T) {
	c := caseChecker(t, "t53a.csv", t53Glossary)
	said := []string{`"We have called upon the international community to facilitate these returns," he said.`}
	const src = `"정치적으로 이슈화하고 있습니다."라고 무알렘 장관이 말했다.`
	const quote = `"They are politicizing what should be a purely humanitarian issue."`
	for _, tc := range []struct {
		name           string
		targetBefore   []string
		src, tgt, want string
	}{
		{"quote alone", said, src, quote, ""},
		// No attribution in the English before.
		{"no speaker before", []string{`The conditions were fine for refugees to return.`}, src, quote, "target-term-missing walid-muallem"},
		// The English has more than the quotation.
		{"more than the quote", said, src, quote + " The minister added that the war was over.", "target-term-missing walid-muallem"},
		// The name inside the Korean quotation, not its attribution.
		{"named inside", said, `"무알렘 장관은 정치적으로 이슈화하고 있습니다."라고 그가 말했다.`, quote, "target-term-missing walid-muallem"},
	} {
		got := t53Findings(c, Pair{Source: tc.src, Target: tc.tgt, TargetBefore: tc.targetBefore})
		if got != tc.want {
			t.Errorf("%s: findings %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A person the English gives by the role the Korean writes beside the name,
// named earlier, in a pair whose missing numbers are in the English segment
// before: the sentence split across two pairs (kpc-test 1924, "the former
// president" for 김대중 전 대통령). Kim Jong-il, given no role, is still
// missing.
func TestSplitDescribed(t *testing.T) {
	const csv = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
kim-dae-jung,person,ko,김대중,preferred,,,,,,,,,,,
kim-dae-jung,person,en,Kim Dae-jung,preferred,,,,,,,,,,,
kim-jong-il,person,ko,김정일,preferred,,,,,,,,,,,
kim-jong-il,person,en,Kim Jong-il,preferred,,,,,,,,,,,
`
	c := caseChecker(t, "t53s.csv", csv)
	named := "Former President Kim Dae-jung Tuesday officially accepted an invitation from North Korean leader Kim Jong-il to visit Pyongyang."
	const src = "광복 60주년 기념 8•15 민족 대축전에 참가한 북측 대표단은 서울의 한 병원에 입원 중인 김대중 전 대통령을 문병하고 초청 의사를 전달했다."
	const tgt = "15 Liberation Day celebrations made the invitation during a courtesy call on the former president, who has been in a Seoul hospital."
	for _, tc := range []struct {
		name         string
		targetBefore []string
		src, want    string
	}{
		{"split", []string{named, "Senior North Korean officials visiting Seoul for the joint 60th Aug."}, src, ""},
		// The numbers not in the segment before: another sentence.
		{"numbers lost", []string{named, "Senior North Korean officials visited Seoul."}, src, "target-term-missing kim-dae-jung"},
		// The person given no role in the English.
		{"no role", []string{named, "Senior North Korean officials visiting Seoul for the joint 60th Aug."},
			"광복 60주년 기념 8•15 민족 대축전에 참가한 북측 대표단은 김정일 국방위원장의 초청 의사를 전달했다.", "target-term-missing kim-jong-il"},
	} {
		got := t53Findings(c, Pair{Source: tc.src, Target: tgt, TargetBefore: tc.targetBefore})
		if got != tc.want {
			t.Errorf("%s: findings %q, want %q", tc.name, got, tc.want)
		}
	}
}
