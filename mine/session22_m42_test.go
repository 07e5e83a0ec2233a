package mine_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"bitext/mine"
	"bitext/tm"
)

// TestM42ColdAndCached: the vowel readings of session 22's helper M42
// (koVowels) give the same candidates from scratch and from the cache,
// and pair a surname of a short skeleton whose English vowels are spelt
// with r or w, and one whose th before a final y Korean writes as s:
// 켈러허 ~ Kelleher, 롤러 ~ Lawler, 매카시 ~ McCarthy.
func TestM42ColdAndCached(t *testing.T) {
	pairs := [][2]string{
		{"데니스 켈러허 회장은 이번 승인이 실수라고 말했다.", "Dennis Kelleher, the president, said the approval is a mistake."},
		{"켈러허는 투자자들이 피해를 볼 것이라고 말했다.", "Kelleher said investors would suffer."},
		{"마이크 롤러 의원이 뉴스위크에 밝혔다.", "Representative Mike Lawler told Newsweek."},
		{"롤러는 법안 통과를 미루는 것이 옳다고 말했다.", "Lawler said it is right to delay the bills."},
		{"전 하원 의장 케빈 매카시 간의 합의였다.", "It was a deal struck with former Speaker Kevin McCarthy."},
		{"매카시의 합의를 지지한 의원들이 반대했다.", "Republicans who backed McCarthy's deal objected."},
	}
	full := coldCachedRun(t, pairs)
	for ko, en := range map[string]string{"켈러허": "Kelleher", "롤러": "Lawler", "매카시": "McCarthy"} {
		if c := find(full, ko); c == nil || c.Renderings[0].Text != en {
			t.Errorf("%s: %+v, want ~ %s", ko, c, en)
		}
	}
}

// coldCachedRun stores pairs as one-pair documents in a new TM, mines it
// from scratch, again from the cache the first run wrote, and with Run,
// fails the test unless the three agree, and returns Run's result.
func coldCachedRun(t *testing.T, pairs [][2]string) *mine.Result {
	t.Helper()
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
	cold, err := mine.RunCached(ctx, s, mine.Options{}, tmPath, false)
	if err != nil {
		t.Fatal(err)
	}
	cached, err := mine.RunCached(ctx, s, mine.Options{}, tmPath, false)
	if err != nil {
		t.Fatal(err)
	}
	full, err := mine.Run(ctx, s, mine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sameResult(t, "cached", cached, cold)
	sameResult(t, "run", full, cold)
	return full
}
