package mine_test

import (
	"fmt"
	"testing"

	"bitext/mine"
)

// A Korean form inside a longer form that claimed it: what it keeps and what
// it pairs.

// TestM44InsideForm: a Korean form inside the longer form that claimed
// its English (로이터 in 로이터통신, 토마스 비욘 in 토마스 비요른: the same
// words but the last, whose letters are in the longer's in their order)
// keeps the English too (session 23, helper M44); from scratch, from the
// cache and with Run alike. Fails without insideForm.
func TestM44InsideForm(t *testing.T) {
	pairs := [][2]string{
		{"로이터통신은 이렇게 보도했다.", "Reuters reported this."},
		{"로이터통신에 따르면 그는 떠났다.", "According to Reuters, he left."},
		{"로이터통신이 전했다.", "Reuters said."},
		{"로이터는 이렇게 보도했다.", "Reuters reported it."},
		{"로이터에 따르면 그는 남았다.", "According to Reuters, he stayed."},
		{"토마스 비요른 단장이 말했다.", "Captain Thomas Bjorn said."},
		{"토마스 비요른 단장이 웃었다.", "Captain Thomas Bjorn smiled."},
		{"토마스 비요른 단장이 떠났다.", "Captain Thomas Bjorn left."},
		{"토마스 비욘 단장이 도착했다.", "Captain Thomas Bjorn arrived."},
		{"토마스 비욘 단장이 발표했다.", "Captain Thomas Bjorn announced it."},
	}
	full := coldCachedRun(t, pairs)
	for ko, en := range map[string]string{"로이터통신": "Reuters", "로이터": "Reuters",
		"토마스 비요른": "Thomas Bjorn", "토마스 비욘": "Thomas Bjorn"} {
		if c := find(full, ko); c == nil || c.Renderings[0].Text != en {
			t.Errorf("%s: %+v, want ~ %s", ko, c, en)
		}
	}
}

// TestM44InsideFormNarrow: not a form of fewer words, nor two spacings of
// one form, nor the longer less a particle's syllable (아이오 of 아이오와,
// "Iowa and"), nor a last word of one syllable.
func TestM44InsideFormNarrow(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"로이터", "로이터통신", true},
		{"토마스 비욘", "토마스 비요른", true},
		{"조코", "조코 위도도", false},
		{"로이터 통신", "로이터통신", false},
		{"아이오", "아이오와", false},
		{"조코 위도", "조코 위도도", false},
		{"존 람", "존 라미", false},
		{"로이터", "로이터", false},
		{"비욘", "요비른", false},
	} {
		if got := mine.InsideForm(c.a, c.b); got != c.want {
			t.Errorf("insideForm(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestM44InsideFormShare: a form inside the longer one keeps the English
// only with a third of the longer's units or more (2 of 7 is a cut form's
// share: 캐나 of 캐나다 on the 1M TM).
func TestM44InsideFormShare(t *testing.T) {
	pairs := [][2]string{
		{"로이터는 이렇게 보도했다.", "Reuters reported it."},
		{"로이터에 따르면 그는 남았다.", "According to Reuters, he stayed."},
	}
	for i := range 7 {
		pairs = append(pairs, [2]string{fmt.Sprintf("로이터통신은 %d일 보도했다.", i+1), fmt.Sprintf("Reuters reported on the %d.", i+1)})
	}
	full := coldCachedRun(t, pairs)
	if c := find(full, "로이터"); c != nil {
		t.Errorf("로이터: %+v, want none (2 units of 로이터통신's 7)", c)
	}
	if c := find(full, "로이터통신"); c == nil || c.Renderings[0].Text != "Reuters" {
		t.Errorf("로이터통신: %+v, want ~ Reuters", c)
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
