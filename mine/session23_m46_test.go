package mine_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"bitext/lexicon"
	"bitext/mine"
	"bitext/tm"
)

// TestM46CountryAdjectiveFirst: a lexicon learned from a news archive
// gives a country's adjective as its best translation (한국 = korean,
// korea, south), so no run was the form's best and 한국 ~ South Korea
// was never made with --lexicon; the country table's name whose words
// are all among the translations is paired (countryRun; session 23,
// helper M46), from scratch, from the cache and with Run alike. Not a
// run the table does not list for the form (South Korean, the
// adjective). Fails without countryRun.
func TestM46CountryAdjectiveFirst(t *testing.T) {
	lex, err := lexicon.Read(strings.NewReader("# bitext lexicon v1 units=100\n한국\tkorean\t0.5\n한국\tkorea\t0.3\n한국\tsouth\t0.2\n"), "test.lexicon")
	if err != nil {
		t.Fatal(err)
	}
	pairs := [][2]string{
		{"한국 정부는 반대했다.", "The government of South Korea objected."},
		{"대표단이 한국을 방문했다.", "The delegation visited South Korea on Monday."},
		{"한국은 동맹국이다.", "South Korea is an ally."},
	}
	var units []tm.Unit
	for i, p := range pairs {
		units = append(units, docUnit(fmt.Sprint("d", i), p[0], p[1]))
	}
	ctx := context.Background()
	tmPath := filepath.Join(t.TempDir(), "t.tm")
	s, err := tm.Open(ctx, "sqlite:"+tmPath)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Add(ctx, units); err != nil {
		t.Fatal(err)
	}
	o := mine.Options{Lexicon: lex}
	cold, err := mine.RunCached(ctx, s, o, tmPath, false)
	if err != nil {
		t.Fatal(err)
	}
	cached, err := mine.RunCached(ctx, s, o, tmPath, false)
	if err != nil {
		t.Fatal(err)
	}
	full, err := mine.Run(ctx, s, o)
	if err != nil {
		t.Fatal(err)
	}
	sameResult(t, "cached", cached, cold)
	sameResult(t, "run", full, cold)
	c := find(full, "한국")
	if c == nil || c.Renderings[0].Text != "South Korea" {
		t.Fatalf("한국: %+v, want ~ South Korea", c)
	}
	if slices.Contains(renderings(c), "South Korean") {
		t.Errorf("한국 ~ %v, want no adjective", renderings(c))
	}
}

// TestM46PartInLongerName: a name the miner paired in one unit alone
// (덴버(Denver)) counts the units where it opens a longer name it made,
// a club's, a body's or a place's (덴버 너기츠 ~ Denver Nuggets), once a
// unit, and so reaches --min-count (partCounts, partRescues; session
// 23, helper M46), from scratch, from the cache and with Run alike. Not
// a unit that pairs both (counted once), nor a person's given name
// (브렛 of 브렛 캐버노 ~ Brett Kavanaugh). Fails without partRescues.
func TestM46PartInLongerName(t *testing.T) {
	full := coldCachedRun(t, [][2]string{
		{"여기 덴버(Denver)에서 경기를 한다.", "We play here in Denver."},
		{"제임스는 덴버 너기츠(Denver Nuggets)와의 개막전에 출전한다.", "James will play against the Denver Nuggets."},
	})
	c := find(full, "덴버")
	if c == nil || c.Renderings[0].Text != "Denver" || c.Units != 2 {
		t.Fatalf("덴버: %+v, want ~ Denver in 2 units", c)
	}
	// Both in one unit: the unit counts once, so 덴버 ~ Denver stays in
	// one unit.
	full = coldCachedRun(t, [][2]string{
		{"여기 덴버(Denver)에서 덴버 너기츠(Denver Nuggets)와 경기를 한다.", "We play the Denver Nuggets here in Denver."},
		{"제임스는 제퍼슨과 함께 출전한다.", "James will play with Jefferson."},
	})
	if c := find(full, "덴버"); c != nil {
		t.Errorf("덴버: %+v, want no candidate (one unit)", c)
	}
	// A given name inside a person's name is no part counted.
	full = coldCachedRun(t, [][2]string{
		{"브렛(Brett)이 말했다.", "Brett said."},
		{"브렛 캐버노(Brett Kavanaugh) 판사가 말했다.", "Judge Brett Kavanaugh said."},
	})
	if c := find(full, "브렛"); c != nil {
		t.Errorf("브렛: %+v, want no candidate (a given name)", c)
	}
}
