package mine_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"bitext/lexicon"
	"bitext/mine"
	"bitext/tm"
)

// Mining rules checked cold and through the cache, giving the same
// candidates.

// TestM41ColdAndCached: the rules of session 22's helper M41 give the same
// candidates from scratch and from the cache (a second run reading the
// pairs the first stored), and the forms they leave out stay out: 마이크
// 존슨 ~ Mike Johnson without 하원, no MAX of 737 MAX, Freedom Caucus an
// organisation.
func TestM41ColdAndCached(t *testing.T) {
	pairs := [][2]string{
		{"마이크 존슨 하원 의장이 합의에 대해 말했다.", "House Speaker Mike Johnson spoke of the deal."},
		{"마이크 존슨 하원 의장은 투표를 앞두고 있다.", "House Speaker Mike Johnson faces a vote."},
		{"극우 성향의 프리덤 코커스 소속인 의원이 이탈했다.", "A member of the hard-right Freedom Caucus derailed the votes."},
		{"프리덤 코커스는 더 삭감해야 했다고 주장했다.", "The Freedom Caucus said it should have cut more."},
		{"내가 탈 비행기가 보잉 737 MAX인지 알아보는 방법", "How to find out if you're flying on a Boeing 737 MAX"},
		{"보잉 737 MAX 9 제트기 대부분이 운항 중지됐다.", "Most Boeing 737 MAX 9 jets were grounded."},
		{"총리는 프랑스 파리에서 열리는 정상회담에 앞서 밝혔다.", "PARIS, France (CNN) -- As he prepared to attend a summit, the prime minister said so."},
		{"총리는 프랑스 파리에서 열리는 회담 전에 밝혔다.", "PARIS, France (CNN) -- Before the talks, the prime minister said so."},
	}
	full := coldCachedRun(t, pairs)
	if c := find(full, "마이크 존슨"); c == nil || c.Renderings[0].Text != "Mike Johnson" {
		t.Errorf("마이크 존슨: %+v, want ~ Mike Johnson", c)
	}
	for _, ko := range []string{"마이크 존슨 하원", "MAX", "파리에서"} {
		if c := find(full, ko); c != nil {
			t.Errorf("%s ~ %s: no candidate wanted", ko, c.Renderings[0].Text)
		}
	}
	if c := find(full, "프리덤 코커스"); c == nil || c.Type != mine.Organization {
		t.Errorf("프리덤 코커스: %+v, want an organisation", c)
	}
}

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

// TestM43SameSkeleton: two Hangul spellings of one name that write the
// same consonants (블래시 포드 and 블레이시 포드) both keep the English,
// though the one in more units claims it (session 22, helper M43); from
// scratch, from the cache and with Run alike. Fails without sameSkeleton.
func TestM43SameSkeleton(t *testing.T) {
	pairs := [][2]string{
		{"크리스틴 블레이시 포드 교수가 증언했다.", "Professor Christine Blasey Ford testified."},
		{"크리스틴 블레이시 포드 교수는 눈물을 흘렸다.", "Christine Blasey Ford wept."},
		{"크리스틴 블레이시 포드 교수의 변호인이 말했다.", "A lawyer for Christine Blasey Ford said so."},
		{"크리스틴 블래시 포드 교수가 청문회에 나왔다.", "Christine Blasey Ford came to the hearing."},
		{"크리스틴 블래시 포드 교수는 말했다.", "Christine Blasey Ford said."},
	}
	full := coldCachedRun(t, pairs)
	for _, ko := range []string{"크리스틴 블레이시 포드", "크리스틴 블래시 포드"} {
		if c := find(full, ko); c == nil || c.Renderings[0].Text != "Christine Blasey Ford" {
			t.Errorf("%s: %+v, want ~ Christine Blasey Ford", ko, c)
		}
	}
}

// renderings returns the texts of c's renderings.
func renderings(c *mine.Candidate) []string {
	var out []string
	for _, r := range c.Renderings {
		out = append(out, r.Text)
	}
	return out
}

// coldCachedRunCore is coldCachedRun with the core lexicon, as `bitext
// eval mine` mines by default.
func coldCachedRunCore(t *testing.T, pairs [][2]string) *mine.Result {
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
	o := mine.Options{Lexicon: lexicon.Core()}
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
	return full
}
