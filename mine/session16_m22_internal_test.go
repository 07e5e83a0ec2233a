package mine

import (
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/lexicon"
	"bitext/tm"
)

// TestFinalTS: an English word's final ts, tz or ds is the one sound
// Korean writes 츠 or 즈 (session 16, helper M22): 매사추세츠 ~
// Massachusetts, 리츠 ~ Ritz, 우즈 ~ Woods pair by their sounds; inside a
// word the two letters stay (왓슨 ~ Watson, 허드슨 ~ Hudson).
func TestFinalTS(t *testing.T) {
	for _, tt := range []struct {
		ko, en string
		same   bool
	}{
		{"매사추세츠", "Massachusetts", true},
		{"리츠", "Ritz", true},
		{"로버츠", "Roberts", true},
		{"리처즈", "Richards", true},
		{"왓슨", "Watson", true},
		{"허드슨", "Hudson", true},
		{"로도스", "Rhodes", true},
		{"매사추세츠", "Massachusetts Avenue", false},
	} {
		if got := koreanSkeleton(tt.ko) == skeleton(tt.en, true); got != tt.same {
			t.Errorf("%s %q ~ %s %q: same %v, want %v", tt.ko, koreanSkeleton(tt.ko), tt.en, skeleton(tt.en, true), got, tt.same)
		}
	}
	checkPairCases(t, false, []pairCase{
		{"final ts", "그는 매사추세츠에서 태어났다.", "He was born in Massachusetts.", "매사추세츠\tMassachusetts", ""},
		{"final tz", "그는 리츠 호텔에 묵었다.", "He stayed at the Ritz hotel.", "리츠\tRitz", ""},
		{"final ds", "우즈는 우승했다.", "Woods won the title.", "우즈\tWoods", ""},
	})
}

// TestCommonNounsM22: a disease and the words for many that open a
// sentence are no names once read by their sounds (에이즈 ~ Aids).
func TestCommonNounsM22(t *testing.T) {
	st := NewState()
	for i, p := range [][2]string{
		{"에이즈가 퍼졌다.", "Then Aids spread."},
		{"에이즈가 줄었다.", "Then Aids receded."},
	} {
		d := time.Date(2026, 3, i+1, 0, 0, 0, 0, time.UTC)
		st.Add(&tm.Unit{ID: int64(i + 1), Created: d, Changed: d, Variants: []tm.Variant{
			{Lang: language.Korean, Text: p[0]}, {Lang: language.English, Text: p[1]}}})
	}
	for _, c := range st.Result(Options{}).Candidates {
		if c.Korean == "에이즈" {
			t.Errorf("에이즈 ~ %s is a candidate", c.Renderings[0].Text)
		}
	}
}

// TestLatinType: a name the Korean text writes in Latin letters is typed
// an organisation's, not a place's, acronym or not (Inrupt, YouGov).
func TestLatinType(t *testing.T) {
	core := lexicon.Core()
	for _, c := range [][3]string{
		{"Inrupt는 회사입니다.", "Inrupt is a company.", "Inrupt"},
		{"YouGov의 새로운 여론 조사", "A new poll from YouGov", "YouGov"},
		{"FBI가 수사한다.", "The FBI investigates.", "FBI"},
	} {
		got := pairsOf(c[0], c[1], core, newMemo())
		if typ, ok := got[[2]string{c[2], c[2]}]; !ok || typ != Organization {
			t.Errorf("%s: %v, want %s ~ %s typed organization", c[0], got, c[2], c[2])
		}
	}
}

// TestDottedLatin: an abbreviation with full stops the Korean text writes
// in Latin letters keeps its last full stop (D.C. ~ D.C., not D.C).
func TestDottedLatin(t *testing.T) {
	checkPairCases(t, false, []pairCase{
		{"D.C.", "18개 주, D.C. 새로운 망명 정책에 대한 도전을 지지", "18 states, D.C. support challenge to new asylum policy", "D.C.\tD.C.", "D.C\tD.C"},
		{"an acronym without stops", "FBI가 수사한다.", "The FBI investigates.", "FBI\tFBI", "FBI.\tFBI."},
	})
}

// TestSinoStemVeto: a Sino-Korean form longer than its word's stem is not
// vetoed by the stem's translations (상해: the stem 상 "prize"), so 상해 ~
// Shanghai pairs with the core lexicon too.
func TestSinoStemVeto(t *testing.T) {
	checkPairCases(t, false, []pairCase{
		{"상해", "그는 상해를 방문했다.", "He visited Shanghai.", "상해\tShanghai", ""},
		{"상해, a title after it", "상해 시장이 말했다.", "The mayor of Shanghai said.", "상해\tShanghai", ""},
	})
}

// TestNewspaperHeads: a name ending in a newspaper's word is an
// organisation's whatever its units show (in the Des Moines Register).
func TestNewspaperHeads(t *testing.T) {
	st := NewState()
	for i, p := range [][2]string{
		{"그는 데스모인 레지스터에 광고를 실었다.", "He ran an ad in the Des Moines Register."},
		{"데스모인 레지스터에서 그는 비난했다.", "In the Des Moines Register he accused China."},
	} {
		d := time.Date(2026, 3, i+1, 0, 0, 0, 0, time.UTC)
		st.Add(&tm.Unit{ID: int64(i + 1), Created: d, Changed: d, Variants: []tm.Variant{
			{Lang: language.Korean, Text: p[0]}, {Lang: language.English, Text: p[1]}}})
	}
	found := false
	for _, c := range st.Result(Options{}).Candidates {
		if c.Korean == "데스모인 레지스터" {
			found = true
			if c.Type != Organization {
				t.Errorf("데스모인 레지스터 ~ %s typed %s, want organization", c.Renderings[0].Text, c.Type)
			}
		}
	}
	if !found {
		t.Errorf("no candidate 데스모인 레지스터: %v", st.Result(Options{}).Candidates)
	}
}

// TestNameWords: a legislature's or a committee's translated name of
// nameWords pairs with its English rendering, and two of them one after
// the other with theirs (상원 법사위원회 ~ Senate Judiciary Committee); a
// title made of one (상원의원, senator) does not.
func TestNameWords(t *testing.T) {
	checkPairCases(t, false, []pairCase{
		{"상원", "상원은 법안을 통과시켰다.", "The Senate passed the bill.", "상원\tSenate", ""},
		{"하원", "하원은 법안을 통과시켰다.", "The House of Representatives passed the bill.", "하원\tHouse of Representatives", ""},
		{"two", "그는 상원 법사위원회에서 증언했다.", "He testified before the Senate Judiciary Committee.", "상원 법사위원회\tSenate Judiciary Committee", ""},
		{"the second alone", "법사위원회는 투표했다.", "The Judiciary Committee voted.", "법사위원회\tJudiciary Committee", ""},
		{"a senator", "매사추세츠주 상원의원이 말했다.", "The Massachusetts senator said.", "", "상원의원\tSenate"},
		{"no rendering", "상원은 법안을 통과시켰다.", "Congress passed the bill.", "", "상원\tCongress"},
	})
}

// TestNameWordsKept: a nameWords pair whose English is one head noun of
// organisations' names (Senate) is a candidate, not left out as the head
// noun alone.
func TestNameWordsKept(t *testing.T) {
	st := NewState()
	for i, p := range [][2]string{
		{"상원은 법안을 통과시켰다.", "The Senate passed the bill."},
		{"상원은 법안을 부결시켰다.", "The U.S. Senate rejected the bill."},
	} {
		d := time.Date(2026, 3, i+1, 0, 0, 0, 0, time.UTC)
		st.Add(&tm.Unit{ID: int64(i + 1), Created: d, Changed: d, Variants: []tm.Variant{
			{Lang: language.Korean, Text: p[0]}, {Lang: language.English, Text: p[1]}}})
	}
	for _, c := range st.Result(Options{}).Candidates {
		if c.Korean == "상원" && c.Renderings[0].Text == "Senate" {
			return
		}
	}
	t.Errorf("no candidate 상원 ~ Senate: %v", st.Result(Options{}).Candidates)
}

// TestNameWordsType: a body of nameWords is typed an organisation's
// however else the unit pairs it (연방준비제도 ~ Federal Reserve, typed
// place by the core lexicon's words before).
func TestNameWordsType(t *testing.T) {
	got := pairsOf("연방준비제도는 금리를 올렸다.", "The Federal Reserve raised rates.", lexicon.Core(), newMemo())
	if typ := got[[2]string{"연방준비제도", "Federal Reserve"}]; typ != Organization {
		t.Errorf("%v: want 연방준비제도 ~ Federal Reserve typed organization", got)
	}
}

// TestQualifierCopula: a noun of the core lexicon with the copula's 인
// before an acronym's name qualifies it (단체인 독일산업협회(BDI)).
func TestQualifierCopula(t *testing.T) {
	checkPairCases(t, false, []pairCase{
		{"단체인", "독일의 주요 산업 단체인 독일산업협회(BDI)는 촉구했습니다.", "Germany's leading organization for industry, the Federation of German Industries (BDI), has called on the US.",
			"독일산업협회\tFederation of German Industries", "단체인 독일산업협회\tFederation of German Industries"},
	})
	if qualifier("캠페인") {
		t.Error("캠페인 is a qualifier")
	}
}
