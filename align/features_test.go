package align

import (
	"math"
	"reflect"
	"testing"

	"golang.org/x/text/language"
)

func TestSkeletons(t *testing.T) {
	for _, c := range []struct{ en, ko string }{
		{"Trump", "트럼프는"},
		{"Johnson", "존슨의"},
		{"Brexit", "브렉시트를"},
		{"Nelson", "넬슨"},
		{"Park", "박"},
	} {
		e, k := englishSkeleton(c.en), koreanSkeleton(c.ko)
		if len(k) < len(e) || k[:len(e)] != e {
			t.Errorf("%s = %q is not a prefix of %s = %q", c.en, e, c.ko, k)
		}
	}
	if got := englishNames("Yoon Suk Yeol met Trump."); !reflect.DeepEqual(got, []string{"NSKL", "TLMP"}) {
		t.Errorf("englishNames = %q", got)
	}
}

func TestLatinTokens(t *testing.T) {
	got := latinTokens("G20 정상회의와 OECD, COVID-19 대응… U.S. 측")
	want := []string{"G20", "OECD", "COVID-19", "U.S"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("latinTokens = %q, want %q", got, want)
	}
	for tok, want := range map[string]bool{"OECD": true, "G20": true, "COVID-19": true, "iPhone": true, "Seoul": false, "the": false, "2019": false} {
		if salient(tok) != want {
			t.Errorf("salient(%q) = %v", tok, !want)
		}
	}
}

func TestAnchorScore(t *testing.T) {
	f := func(s string, lang language.Tag) feature { return extract(s, lang, nil, nil) }
	ko := f("정부는 31일 G20 회의에서 30분간 발언했다.", language.Korean)
	for _, c := range []struct {
		en       string
		positive bool
	}{
		{"The government spoke for 30 minutes at the G20 meeting on Oct. 31.", true},
		{"The weather was fine.", false},
		{"Prices rose 5 percent in 2019, the OECD said.", false},
	} {
		s := anchorScore([]feature{ko}, []feature{f(c.en, language.English)}, 0)
		if (s > 0) != c.positive {
			t.Errorf("anchorScore(%q) = %.2f", c.en, s)
		}
	}
}

func TestLengthCost(t *testing.T) {
	// A pair of the usual ratio costs less than one twice as long.
	ko := segLength("한국은행이 28일 기준금리를 연 3.25%로 0.25%포인트 내렸다.")
	en := segLength("The Bank of Korea cut its benchmark rate by 0.25 percentage point to 3.25 percent on Thursday.")
	if a, b := lengthCost(ko, en), lengthCost(ko, 2*en); a >= b {
		t.Errorf("lengthCost usual %.2f, doubled %.2f", a, b)
	}
}

// TestEditionOnly: credit, footer and correction lines of news style are
// English-only lines; body sentences that share a word with them are not.
func TestEditionOnly(t *testing.T) {
	for s, want := range map[string]bool{
		"Photos courtesy of the provincial fire service.":             true,
		"Photo by Lee Ji-hoon":                                        true,
		"Additional reporting by Choi Yu-na in Daejeon.":              true,
		"Han Soo-bin reported from Gwangju.":                          true,
		"An earlier version of this story gave the wrong year.":       true,
		"This article has been updated with the minister's response.": true,
		"Correction: the vote was held on Tuesday.":                   true,
		"Follow us on our social media channels for updates.":         true,
		"Oh Se-ri is a staff writer in the Seoul bureau.":             true,
		"AP":             true,
		"— AFP":          true,
		"(AFP/REUTERS)":  true,
		"NEWS1 / NEWSIS": true,
		"The court ruled in favour of the union.":            false,
		"The council reported a deficit for the third year.": false,
		"NATO did not reply.":                                false,
		"A":                                                  false,
		"US":                                                 true,
		"The photo shows the damaged bridge in the morning.": false,
		// Session 14 (helper A14): the desk's contact lines, print notes
		// and wire credits in "with reporting".
		"Write to Han Ji-woo at the economy desk.":                     true,
		"Contact: Seo Yun-ho, the English news desk":                   true,
		"With reporting from Newsis in Busan.":                         true,
		"This column appeared in the print edition of March 3.":        true,
		"The original Korean article was written by Ahn Bo-ra.":        true,
		"She was reporting from the border when the shelling began.":   false,
		"He wrote to the minister twice last year.":                    false,
		"Students were asked to write to their grandparents.":          false,
		"The paper cut its print edition to three days a week.":        false,
		"Its first article, on the budget, drew thousands of replies.": false,
	} {
		if got := editionOnly(s); got != want {
			t.Errorf("editionOnly(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestContinues(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"But the island's rugged landscape took much of the storm's force.", true},
		{"It was the previous standard, officials said.", true},
		{"However, the ministry did not say when.", true},
		{"Which is why the talks stalled.", true},
		{"  And then the rain stopped.", true},
		{"However the ministry put it, the talks stalled.", false}, // no comma: not the linking adverb
		{"Butter prices rose 3 percent.", false},
		{"Its shares fell.", false},
		{"The ministry oversees the country's schools.", false},
		{"but lower case is not a sentence start", false},
		{"\"But we will go on,\" he said.", false}, // a quotation opens the line
		{"", false},
	} {
		if got := continues(c.line); got != c.want {
			t.Errorf("continues(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	if f := extract("But the rain stopped.", language.English, nil, nil); !f.cont {
		t.Error("an English feature opening with But: cont not set")
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"그러나 경기를 하는 것은 힘들었다.", true},
		{"하지만, 정부는 답하지 않았다.", true},
		{"이는 지난해보다 3% 많다.", true},
		{"그러나경기는 힘들었다.", false},
		{"정부는 그러나 답하지 않았다.", false},
		{"", false},
	} {
		if got := continuesKorean(c.line); got != c.want {
			t.Errorf("continuesKorean(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	if f := extract("그러나 비는 그쳤다.", language.Korean, nil, nil); !f.cont || f.english {
		t.Error("a Korean feature opening with 그러나: cont not set")
	}
}

// TestContinuationCost checks that an English line opening with a
// continuation costs wContinues more left unlinked and wContJoin less as
// the second English member of a 1-2 link (and wContOn less, the link
// ending the document: contOnGain), than the same line without the
// opening word, and nothing more.
func TestContinuationCost(t *testing.T) {
	ko := extract("정부는 새 예산안을 발표했지만 야당은 반대했다.", language.Korean, nil, nil)
	// A comma in the first line: a split into lines of one statement each
	// gains wSplitClauses (splitclauses.go), which is not measured here.
	first := extract("The government announced a new budget, its first.", language.English, nil, nil)
	cost := func(second string) (split, alone float64) {
		s := extract(second, language.English, nil, nil)
		l := newLattice([]feature{ko}, []feature{first, s})
		return l.cost(1, 2, bead{1, 2, 0}), l.cost(0, 2, bead{0, 1, 0})
	}
	splitC, aloneC := cost("But the opposition party opposed it.")
	splitP, aloneP := cost("The opposition party opposed it.")
	// The two lines differ in length by "But " (4 characters): compare
	// with the length cost taken out.
	lc := func(s string) float64 {
		return lengthCost(ko.len, first.len+segLength(s))
	}
	dSplit := (splitC - lc("But the opposition party opposed it.")) - (splitP - lc("The opposition party opposed it."))
	if math.Abs(dSplit+wContJoin+wContOn) > 1e-9 {
		t.Errorf("1-2 cost with a continuation %.3f against without, want %.3f", dSplit, -wContJoin-wContOn)
	}
	if d := aloneC - aloneP; math.Abs(d-wContinues) > 1e-9 {
		t.Errorf("0-1 cost with a continuation %.3f more than without, want %.3f", d, wContinues)
	}
	// A Korean sentence opening with a continuation: no cost left
	// unlinked, and wContMatch off a 1-1 link with an English line that
	// opens with one too.
	koC := extract("그러나 야당은 반대했다.", language.Korean, nil, nil)
	koP := extract("야당은 반대했다.", language.Korean, nil, nil)
	en := extract("But the opposition party opposed it.", language.English, nil, nil)
	one := func(ko feature) (link, alone float64) {
		l := newLattice([]feature{ko}, []feature{en})
		return l.cost(1, 1, bead{1, 1, 0}) - lengthCost(ko.len, en.len), l.cost(1, 0, bead{1, 0, 0})
	}
	linkC, koAloneC := one(koC)
	linkP, koAloneP := one(koP)
	if d := linkC - linkP; math.Abs(d+wContMatch) > 1e-9 {
		t.Errorf("1-1 cost of 그러나 … with But … %.3f against without 그러나, want %.3f", d, -wContMatch)
	}
	if koAloneC != koAloneP {
		t.Errorf("1-0 cost of a Korean continuation %.3f, without %.3f; want equal", koAloneC, koAloneP)
	}
}
