package mine_test

import (
	"context"
	"fmt"
	"testing"

	"bitext/lexicon"
	"bitext/mine"
	"bitext/tm"
)

// renderings returns the texts of c's renderings.
func renderings(c *mine.Candidate) []string {
	var out []string
	for _, r := range c.Renderings {
		out = append(out, r.Text)
	}
	return out
}

// TestM44CountryAbbreviation: a country's abbreviation the English writes
// (U.S., US, UK) is paired with the country's Korean name, though the
// lexicon reads none (US is the pronoun us, a stop word; U.S. loses its
// last full stop as a sentence's): 미국 is rendered U.S. and US, not the
// pronoun us in lower case, nor the US of USA (session 23, helper M44);
// from scratch, from the cache and with Run alike. Fails without
// abbrevPairs.
func TestM44CountryAbbreviation(t *testing.T) {
	pairs := [][2]string{
		{"미국 기업들은 시장을 지배한다.", "U.S. companies dominate the market."},
		{"미국은 동의했다.", "The U.S. agreed."},
		{"미국에서 노인 인구가 늘었다.", "The older population in the U.S. grew."},
		{"미국 정부가 말했다.", "The US government said."},
		{"미국 대표단이 떠났다.", "The US delegation left."},
		{"미국이 우리를 도왔다.", "America helped us."},
		{"미국이 우리를 지지했다.", "America backed us."},
		{"미국 팀이 이겼다.", "Team USA won."},
		{"영국 정부가 발표했다.", "The UK government announced it."},
		{"영국은 반대했다.", "The UK objected."},
	}
	full := coldCachedRun(t, pairs)
	c := find(full, "미국")
	if c == nil {
		t.Fatalf("no candidate 미국: %+v", full.Candidates)
	}
	got := fmt.Sprint(renderings(c))
	if got != "[U.S. US]" {
		t.Errorf("미국 ~ %s, want [U.S. US] (not us, not the US of USA)", got)
	}
	if c := find(full, "영국"); c == nil || c.Renderings[0].Text != "UK" {
		t.Errorf("영국: %+v, want ~ UK", c)
	}
}

// TestM44AbbreviationAfterName: with the lexicon, which pairs 미국 ~
// United States, the full name stays the first rendering, the
// abbreviations after it though they are in more units (the candidate's
// rank and type are the full name's), and a form rendered by its name and
// its abbreviations is no drift. Fails without the order in State.Result.
func TestM44AbbreviationAfterName(t *testing.T) {
	pairs := [][2]string{
		{"미국 기업들은 시장을 지배한다.", "U.S. companies dominate the market."},
		{"미국은 동의했다.", "The U.S. agreed."},
		{"미국에서 노인 인구가 늘었다.", "The older population in the U.S. grew."},
		{"미국 정부가 말했다.", "The US government said."},
		{"미국 대표단이 떠났다.", "The US delegation left."},
		{"미국은 핵실험을 중지했다.", "The United States suspended nuclear tests."},
		{"미국과 중국이 만났다.", "China and the United States met."},
	}
	var units []tm.Unit
	for i, p := range pairs {
		units = append(units, docUnit(fmt.Sprint("d", i), p[0], p[1]))
	}
	s := openStore(t, units)
	res, err := mine.Run(context.Background(), s, mine.Options{Lexicon: lexicon.Core()})
	if err != nil {
		t.Fatal(err)
	}
	c := find(res, "미국")
	if c == nil {
		t.Fatal("no candidate 미국")
	}
	if got := fmt.Sprint(renderings(c)); got != "[United States U.S. US]" {
		t.Errorf("미국 ~ %s, want [United States U.S. US]", got)
	}
	for _, d := range res.Drift {
		if d.Korean == "미국" {
			t.Errorf("drift %+v: a name and its abbreviations are no drift", d)
		}
	}
}

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
