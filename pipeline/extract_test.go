package pipeline

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"bitext/article"
)

func TestExtract(t *testing.T) {
	tests := []struct {
		name, kind, text string
		want             article.Text
	}{
		{"plain", KindText, "Seoul hosts summit\n\nBy Kim Min-su\n\n2026-03-14\n\nThe leaders met.\nThey agreed.\n\nThe next summit is in Seoul.\n",
			article.Text{Headline: "Seoul hosts summit", Byline: "By Kim Min-su", Date: "2026-03-14", Paras: []string{"The leaders met. They agreed.", "The next summit is in Seoul."}}},
		{"plain korean", KindText, "한일 정상회담\r\n\r\n김민수 기자\r\n\r\n2026년 3월 14일\r\n\r\n두 정상이 만났다.\r\n",
			article.Text{Headline: "한일 정상회담", Byline: "김민수 기자", Date: "2026년 3월 14일", Paras: []string{"두 정상이 만났다."}}},
		{"plain no header", KindText, "The leaders met.\n\nThey agreed.\n",
			article.Text{Paras: []string{"The leaders met.", "They agreed."}}},
		{"markdown front matter", KindMarkdown, "---\ntitle: \"Band to tour\"\nbyline: By Jung Ha-neul\ndate: 2026-06-09\n---\n\nThe **band** will [tour](https://x.org) *12* cities.\n\n- Los Angeles\n- Chicago\n\n> \"Fans asked,\" the agency said.\n\n```\ncode\n```\n",
			article.Text{Headline: "Band to tour", Byline: "By Jung Ha-neul", Date: "2026-06-09", Paras: []string{"The band will tour 12 cities.", "Los Angeles", "Chicago", "\"Fans asked,\" the agency said."}}},
		{"markdown heading", KindMarkdown, "# KOSPI reclaims 3,000\n\n**By Bae Yu-jin** 2026-11-05\n\n## Market\n\nStocks rose.\n",
			article.Text{Headline: "KOSPI reclaims 3,000", Byline: "By Bae Yu-jin", Date: "2026-11-05", Paras: []string{"Market", "Stocks rose."}}},
		{"markdown korean byline and date on one line", KindMarkdown, "# 코스피 3,000 회복\n\n**배유진 기자** 2026-11-05\n\n주가가 올랐다.\n",
			article.Text{Headline: "코스피 3,000 회복", Byline: "배유진 기자", Date: "2026-11-05", Paras: []string{"주가가 올랐다."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Extract(tt.text, tt.kind)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n%#v\nwant\n%#v", got, tt.want)
			}
		})
	}
}

func TestExtractHTML(t *testing.T) {
	data, err := os.ReadFile("../testdata/articles/busan-film.en.html")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Extract(string(data), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	if got.Headline != "Busan film festival opens with 241 films from 64 countries" {
		t.Errorf("headline %q", got.Headline)
	}
	if got.Byline != "Yoon So-hee" && got.Byline != "By Yoon So-hee" {
		t.Errorf("byline %q", got.Byline)
	}
	if got.ISODate() != "2026-10-01" {
		t.Errorf("date %q", got.Date)
	}
	if len(got.Paras) != 5 {
		t.Fatalf("%d paragraphs, want 5: %q", len(got.Paras), got.Paras)
	}
	if !strings.HasPrefix(got.Paras[0], "The 31st Busan") || !strings.Contains(got.Paras[2], "online screening room for the first time") {
		t.Errorf("paragraphs %q", got.Paras)
	}
	for _, p := range got.Paras {
		if strings.Contains(p, "Most read") || strings.Contains(p, "Copyright") || strings.Contains(p, "Home") {
			t.Errorf("page furniture kept: %q", p)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("Headline\n\nBy X\n\n2026-01-02\n\nBody.", KindText)
	f.Add("---\ntitle: t\n---\n# h\n\n*a* [b](c)", KindMarkdown)
	f.Add("<html><body><article><h1>t</h1><p>a</p></article></body></html>", KindHTML)
	f.Fuzz(func(t *testing.T, text, kind string) {
		got, err := Extract(text, kind)
		if err != nil {
			return
		}
		for _, p := range got.Paras {
			if strings.TrimSpace(p) == "" && kind != KindHTML {
				t.Fatalf("empty paragraph in %q", got.Paras)
			}
		}
	})
}
