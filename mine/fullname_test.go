package mine_test

import (
	"context"
	"testing"

	"bitext/mine"
	"bitext/tm"
)

// Two names the English runs together without a comma ("by Mbeki
// Mugabe") each pair their own Korean word: the last pairs alone, and the
// words before it are a name of their own (session 14, helper M18).
func TestNamesRunTogether(t *testing.T) {
	units := []tm.Unit{
		docUnit("d1", "회담에는 타보 음베키 남아공 대통령이 참석했다.", "South African President Thabo Mbeki attended the talks."),
		docUnit("d2", "무가베는 회담이 끝난 후 음베키의 권유로 서명했다.", "Only after being urged by Mbeki Mugabe signed the deal."),
		docUnit("d3", "무가베는 서명을 거부했다.", "Mugabe refused to sign."),
		// A full name the Korean gives too is not split.
		docUnit("d4", "그는 조지 부시를 만났다.", "He met George Bush."),
		docUnit("d5", "부시는 조지 부시의 별명이다.", "Bush is the nickname of George Bush."),
	}
	res, err := mine.Run(context.Background(), openStore(t, units), mine.Options{MinCount: 2})
	if err != nil {
		t.Fatal(err)
	}
	c := find(res, "음베키")
	if c == nil || c.Renderings[0].Text != "Mbeki" || c.Units != 2 {
		t.Errorf("음베키: got %+v, want Mbeki in 2 units; have %v", c, res.Candidates)
	}
	if c := find(res, "무가베"); c == nil || c.Renderings[0].Text != "Mugabe" || c.Units != 2 {
		t.Errorf("무가베: got %+v, want Mugabe in 2 units", c)
	}
	if c := find(res, "조지"); c != nil {
		t.Errorf("조지 of a full name: %+v", c)
	}
}
