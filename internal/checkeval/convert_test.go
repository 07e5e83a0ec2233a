package checkeval

import (
	"strings"
	"testing"

	"bitext/check"
	"bitext/glossary"
)

func TestHyphenate(t *testing.T) {
	for _, c := range []struct{ ko, rom, want string }{
		{"길부", "ghilboo", "ghil-boo"},   // ㄹ final, ㅂ initial
		{"병원", "byungwon", "byung-won"}, // ㅇ final, 원 starts with w
		{"창일", "changil", "chang-il"},   // not chan-gil: 일 starts with its vowel
		{"효상", "hyoshang", "hyo-shang"}, // no final
		{"혜영", "hyeyoung", "hye-young"}, // 영 starts with y, not hyeyo-ung
		{"석진", "seokjin", "seok-jin"},
		{"병욱", "byungwook", "byung-wook"}, // ㅜ after w
		{"도읍", "doeup", "doeup"},          // do-eup or doe-up: kept whole
		{"기준", "kijune", "kijune"},        // ki-june or kiju-ne: kept whole
	} {
		r := []rune(c.ko)
		got := c.rom
		if k := hyphenate(r[0], r[1], c.rom); k > 0 {
			got = c.rom[:k] + "-" + c.rom[k:]
		}
		if got != c.want {
			t.Errorf("hyphenate(%s, %s) = %s, want %s", c.ko, c.rom, got, c.want)
		}
	}
}

// The two layouts, in rows written for this test (made-up names).
func TestConvertShared(t *testing.T) {
	members := "name_ko\tname_hanja\tname_en_official\tparty_ko\tdistrict_ko\n" +
		"한길부\t韓吉夫\tHAN GHILBOO\t가나당\t울산 울주군\n" +
		"오갑석\t吳甲錫\tOH GAB SEOK\t가나당\t비례대표\n" +
		"문태흠\t文泰欽\tMoon, Tae Heum\t다라당\t충남 보령시\n" +
		"문태흠\t文太欽\tMOON TAEHEUM\t다라당\t충남 서천군\n"
	agencies := "name_ko\tname_en\tabbr_en\ttype\n" +
		"가나부\tMinistry of Examples\tMOEX\tministry\n" +
		"다라청\tExample Agency\t\tagency\n"
	g1, err := ConvertShared("members.tsv", []byte(members))
	if err != nil {
		t.Fatal(err)
	}
	g2, err := ConvertShared("agencies.tsv", []byte(agencies))
	if err != nil {
		t.Fatal(err)
	}
	g, _ := glossary.Merge(g1, g2)
	var got []string
	for _, e := range g.Entries {
		var forms []string
		for _, term := range e.Terms {
			s := term.Lang.String() + ":" + term.Text + ":" + term.Status.String()
			if term.Short != "" {
				s += ":short=" + term.Short
			}
			forms = append(forms, s)
		}
		got = append(got, e.ID+" "+string(e.Type)+" "+strings.Join(forms, " "))
	}
	want := []string{
		"na20-han-ghilboo person ko:한길부:preferred en:Han Ghil-boo:preferred:short=Han en:Han Ghilboo:admitted",
		"na20-oh-gabseok person ko:오갑석:preferred en:Oh Gab-seok:preferred:short=Oh en:Oh Gabseok:admitted",
		"na20-moon-taeheum person ko:문태흠:preferred en:Moon Tae-heum:preferred:short=Moon en:Moon Taeheum:admitted",
		"na20-moon-taeheum-2 person ko:문태흠:preferred en:Moon Tae-heum:preferred:short=Moon en:Moon Taeheum:admitted",
		"agency-moex organization ko:가나부:preferred en:Ministry of Examples:preferred en:MOEX:admitted",
		"agency-example-agency organization ko:다라청:preferred en:Example Agency:preferred",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("converted:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, bad := range []string{"", "a\tb\n1\t2\n", "name_ko\tname_en\tabbr_en\ttype\n가나부\n",
		"name_ko\tname_hanja\tname_en_official\tparty_ko\tdistrict_ko\n한길부\t韓\tHAN\t당\t구\n"} {
		_, err := ConvertShared("x.tsv", []byte(bad))
		if _, ok := err.(*check.SyntaxError); !ok {
			t.Errorf("ConvertShared(%q): error %v, want a *check.SyntaxError", bad, err)
		}
	}
}

// FuzzConvertShared: a third-party list gives a glossary whose every
// entry has a Korean and an English preferred form, or a
// *check.SyntaxError; never a panic.
func FuzzConvertShared(f *testing.F) {
	f.Add("name_ko\tname_hanja\tname_en_official\tparty_ko\tdistrict_ko\n한길부\t韓吉夫\tHAN GHILBOO\t당\t구\n")
	f.Add("name_ko\tname_en\tabbr_en\ttype\n가나부\tMinistry of Examples\tMOEX\tministry\n")
	f.Add("name_ko\tname_hanja\tname_en_official\tparty_ko\tdistrict_ko\n문태흠\t文\tMoon, Tae Heum\t당\t구\n")
	f.Fuzz(func(t *testing.T, s string) {
		g, err := ConvertShared("x.tsv", []byte(s))
		if err != nil {
			if _, ok := err.(*check.SyntaxError); !ok {
				if _, ok := err.(*glossary.SyntaxError); !ok {
					t.Fatalf("error %v (%T) is no syntax error", err, err)
				}
			}
			return
		}
		for _, e := range g.Entries {
			ko, en := false, false
			for _, term := range e.Terms {
				if term.Status == glossary.Preferred {
					ko = ko || term.Lang.String() == "ko"
					en = en || term.Lang.String() == "en"
				}
			}
			if !ko || !en {
				t.Fatalf("entry %s lacks a preferred form: %+v", e.ID, e.Terms)
			}
		}
	})
}
