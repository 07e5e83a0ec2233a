package mine_test

import (
	"testing"

	"bitext/mine"
)

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
