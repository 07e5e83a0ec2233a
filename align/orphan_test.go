package align

import (
	"testing"

	"golang.org/x/text/language"
)

// TestSetOrphans: a Korean sentence is an orphan when it has two or more
// anchors and the English says none of them anywhere, nor a name of it.
func TestSetOrphans(t *testing.T) {
	en := []string{
		"The government announced the budget on Monday.",
		"It was not immediately clear how many people were affected.",
		"The KOSPI fell 2 percent.",
	}
	for _, c := range []struct {
		name string
		ko   string
		want bool
	}{
		{"two anchors the English lacks", "첼시는 오후 3시 런던에서 UEFA 유로파 리그 경기를 치른다.", true},
		{"one anchor of two said elsewhere", "KOSPI는 오후 3시 마감했다.", false},
		{"one anchor only", "경기는 UEFA 주관이다.", false},
		{"no anchor", "정부는 예산을 발표했다.", false},
	} {
		opts := Options{CoreLexicon: true}
		opts.Lexicon = opts.lexicon()
		ko := features([]string{"정부는 월요일 예산을 발표했다.", c.ko}, language.Korean, opts)
		ef := features(en, language.English, opts)
		newLattice(ko, ef)
		if ko[1].orphan != c.want {
			t.Errorf("%s: orphan = %v, want %v", c.name, ko[1].orphan, c.want)
		}
		if ko[0].orphan {
			t.Errorf("%s: a sentence the English says is an orphan", c.name)
		}
	}
}

// TestOrphanDropped: a dropped Korean sentence whose anchors the English
// lacks, beside an English line of general context, is left unlinked with
// the line rather than linked to it.
func TestOrphanDropped(t *testing.T) {
	ko := []string{
		"정부는 월요일 내년 예산을 발표했다.",
		"야당은 예산이 너무 적다고 비판했다.",
		"첼시는 목요일 오후 3시 런던에서 UEFA 유로파 리그 경기를 치른다.",
		"장관은 다음 주에 국회에서 설명할 예정이다.",
	}
	en := []string{
		"The government announced next year's budget on Monday.",
		"The opposition criticized the budget as too small.",
		"Similar plans were shelved in the past.",
		"The minister is expected to explain it at the National Assembly next week.",
	}
	links, err := Align(ko, en, Options{CoreLexicon: true})
	if err != nil {
		t.Fatal(err)
	}
	var ko2, en2 string
	for _, l := range links {
		for _, i := range l.Source {
			if i == 2 {
				ko2 = l.Type()
			}
		}
		for _, j := range l.Target {
			if j == 2 {
				en2 = l.Type()
			}
		}
	}
	if ko2 != "1-0" || en2 != "0-1" {
		t.Errorf("the dropped sentence in a %s link, the English line in a %s, want 1-0 and 0-1", ko2, en2)
	}
}
