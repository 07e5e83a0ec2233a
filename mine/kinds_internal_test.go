package mine

import (
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/glossary"
	"bitext/tm"
)

// TestKindLists: a country, territory or region is a place and a club or
// an armed group an organisation whatever the units show (session 12,
// helper M10); the lists need both forms, so a person of a country's
// English name (조던 ~ Jordan) keeps the evidence's type.
func TestKindLists(t *testing.T) {
	tests := []struct {
		name, ko, en       string
		typ                glossary.Type
		person, place, org int
		want               glossary.Type
	}{
		{"a country with a title after it", "엘살바도르", "El Salvador", Person, 4, 1, 0, Place},
		{"a country spelt with a space", "엘 살바도르", "El Salvador", Person, 4, 1, 0, Place},
		{"a country said and told", "러시아", "Russia", Place, 9, 3, 0, Place},
		{"a country a company's units show", "파나마", "Panama", Place, 0, 0, 3, Place},
		{"a territory", "홍콩", "Hong Kong", Person, 2, 0, 0, Place},
		{"a region", "중동", "Middle East", Person, 1, 0, 0, Place},
		{"a person of a country's English name", "조던", "Jordan", Place, 3, 1, 0, Person},
		{"a country's Korean name with another English", "조지아", "George", Person, 3, 0, 0, Person},
		{"a club of one word", "레인저스", "Rangers", Person, 5, 2, 0, Organization},
		{"a club by its last word", "벨파스트 자이언츠", "Belfast Giants", Person, 0, 0, 0, Organization},
		{"a club by its first word", "레알 마드리드", "Real Madrid", Person, 1, 0, 0, Organization},
		{"a club named by its town", "맨체스터 유나이티드", "Manchester United", Place, 0, 2, 0, Organization},
		{"a club by its Korean word", "맨체스터 유나이티드", "Man Utd", Place, 0, 2, 0, Organization},
		{"a body by its last word", "클리브랜드 클리닉", "Cleveland Clinic", Person, 0, 0, 0, Organization},
		{"an armed group", "탈레반", "Taliban", Person, 4, 1, 0, Organization},
		{"an armed group in places", "헤즈볼라", "Hezbollah", Place, 0, 3, 0, Organization},
		{"a state of the United States", "사우스캐롤라이나", "South Carolina", Person, 1, 0, 0, Place},
		{"a place's noun ending the English", "솔트 레이크", "Salt Lake", Person, 0, 0, 0, Place},
		{"a landmark", "거대 피라미드", "Great Pyramid", Person, 0, 0, 0, Place},
		{"a company named without a company's word", "닐슨", "Nielsen", Person, 3, 0, 0, Organization},
		{"a company in places", "보잉", "Boeing", Place, 0, 2, 0, Organization},
		{"a delivery company without evidence", "페덱스", "FedEx", Place, 0, 0, 0, Organization},
		{"a surname that is also a company's left to its units", "포드", "Ford", Person, 3, 0, 0, Person},
		{"a person", "트럼프", "Trump", Person, 5, 0, 0, Person},
		{"a person's full name", "존 스트리트", "John Street", Person, 0, 0, 0, Person},
		{"a city", "멕시코 시티", "Mexico City", Place, 0, 2, 0, Place},
	}
	for _, tt := range tests {
		p := &pairStats{Ko: tt.ko, En: tt.en, Type: tt.typ, Person: tt.person, Place: tt.place, Org: tt.org, Units: 6}
		if got := kindOf(p); got != tt.want {
			t.Errorf("%s: kindOf(%s ~ %s) = %s, want %s", tt.name, tt.ko, tt.en, got, tt.want)
		}
	}
}

// TestCommonNouns: a common noun written as a loanword and a word for
// leaving the EU are no candidates (session 12, helper M10); a name in
// the same sentences is.
func TestCommonNouns(t *testing.T) {
	st := NewState()
	for i, p := range [][2]string{
		{"인터넷이 끊겼다.", "Then Internet access failed."},
		{"인터넷이 돌아왔다.", "Then Internet access came back."},
		{"브렉시트가 다가온다.", "Then Brexit comes closer."},
		{"브렉시트가 미뤄졌다.", "Then Brexit was delayed."},
		{"소프트웨어가 바뀌었다.", "Then Software changed hands."},
		{"소프트웨어가 팔렸다.", "Then Software was sold."},
		{"인터폴이 나섰다.", "Then Interpol stepped in."},
		{"인터폴이 발표했다.", "Then Interpol announced it."},
	} {
		d := time.Date(2026, 3, i+1, 0, 0, 0, 0, time.UTC)
		st.Add(&tm.Unit{ID: int64(i + 1), Created: d, Changed: d, Variants: []tm.Variant{
			{Lang: language.Korean, Text: p[0]}, {Lang: language.English, Text: p[1]}}})
	}
	got := map[string]bool{}
	for _, c := range st.Result(Options{}).Candidates {
		got[c.Korean+" ~ "+c.Renderings[0].Text] = true
	}
	for _, k := range []string{"인터넷 ~ Internet", "브렉시트 ~ Brexit", "소프트웨어 ~ Software"} {
		if got[k] {
			t.Errorf("%s is a candidate: %v", k, got)
		}
	}
	if !got["인터폴 ~ Interpol"] {
		t.Errorf("인터폴 ~ Interpol is no candidate: %v", got)
	}
}

// TestUntyped: a one-word name no unit types ranks below one as frequent
// that its units type, and a country no unit types keeps its score.
func TestUntyped(t *testing.T) {
	st := NewState()
	for i, p := range [][2]string{
		{"슬라이다이얼이 출시됐다.", "Then Slydial came out."},
		{"슬라이다이얼이 인기다.", "Then Slydial caught on."},
		{"매케인 의원이 웃었다.", "Then McCain laughed."},
		{"매케인 의원이 말했다.", "Then McCain spoke."},
		{"엘살바도르가 이겼다.", "Then El Salvador won."},
		{"엘살바도르가 졌다.", "Then El Salvador lost."},
	} {
		d := time.Date(2026, 3, i+1, 0, 0, 0, 0, time.UTC)
		st.Add(&tm.Unit{ID: int64(i + 1), Created: d, Changed: d, Variants: []tm.Variant{
			{Lang: language.Korean, Text: p[0]}, {Lang: language.English, Text: p[1]}}})
	}
	score := map[string]float64{}
	for _, c := range st.Result(Options{}).Candidates {
		score[c.Korean] = c.Score
	}
	if score["슬라이다이얼"] != 1 || score["매케인"] != 2 || score["엘살바도르"] != 2 {
		t.Errorf("scores %v, want 슬라이다이얼 1, 매케인 2, 엘살바도르 2", score)
	}
}
