package mine

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"bitext/lexicon"
	"bitext/romanize"
)

// FuzzPairs: whatever the texts, every pair found is made of text of the
// unit: the English form's words are in the English text, and the Korean
// form's first word starts a word of the Korean text (particles and place
// suffixes are cut from the end).
func FuzzPairs(f *testing.F) {
	f.Add("외교부 장관 정의용은 기자회견을 열었다.", "Foreign Minister Chung Eui-yong held a news conference.")
	f.Add("경제협력개발기구(OECD)는 전망을 낮췄다.", "The Organisation for Economic Co-operation and Development (OECD) cut it.")
	f.Add("로렌스 리버모어 연구소의 IOC 멜버른행", "Lawrence Livermore, IOC, a Melbourne-bound jet")
	f.Add("북한과 일본, 세인트루이스의 두바이 지난", "Officials of North Korea and Japan's St. Louis, Dubai-based China")
	f.Add("대만의 학교, 조이스 \"런던\"에서", "schools in Taiwan. Joyce said (in \"London\"), Mt. Fuji; the Ft. Worth")
	// A lexicon as bitext tm lexicon writes it (translated names, and a
	// word vetoing a match by its consonants).
	lex, err := lexicon.Read(strings.NewReader("# bitext lexicon v1 units=9\n북\tnorth\t0.5\n북\tkorea\t0.3\n"+
		"일본\tjapan\t0.6\n지난\tlast\t0.6\n아프리카\tafrican\t0.4\n대만\ttaiwan\t0.7\n"), "fuzz.lexicon")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, ko, en string) {
		if !utf8.ValidString(ko) || !utf8.ValidString(en) {
			return
		}
		for _, lex := range []*lexicon.Lexicon{nil, lex} {
			pairsInText(t, ko, en, lex)
		}
	})
}

// pairsInText checks the pairs of one unit (FuzzPairs): made of its
// text, and the same with the memo as without.
func pairsInText(t *testing.T, ko, en string, lex *lexicon.Lexicon) {
	got := pairsOf(ko, en, lex, nil)
	// The memo gives the same pairs, fresh and when warm.
	m := newMemo()
	for range 2 {
		if mm := pairsOf(ko, en, lex, m); !maps.Equal(mm, got) {
			t.Fatalf("with the memo %v, without %v", mm, got)
		}
	}
	for p, typ := range got {
		if p[0] == "" || p[1] == "" || typ == "" {
			t.Fatalf("empty pair %q %q", p, typ)
		}
		for _, w := range strings.Fields(p[1]) {
			if !strings.Contains(en, w) {
				t.Fatalf("English form %q: %q not in %q", p[1], w, en)
			}
		}
		first := strings.Fields(p[0])[0]
		if !strings.Contains(ko, first) {
			t.Fatalf("Korean form %q: %q not in %q", p[0], first, ko)
		}
	}
}

// FuzzContainsWords: containsWords is the definition it replaced, word
// for word, on any text.
func FuzzContainsWords(f *testing.F) {
	f.Add("로렌스 리버모어", "리버모어")
	f.Add("Lawrence  Livermore\t", "Livermore")
	f.Add(" a b ", "")
	f.Fuzz(func(t *testing.T, long, short string) {
		want := slices.Contains(strings.Fields(long), short) || strings.Contains(" "+long+" ", " "+short+" ")
		if got := containsWords(long, short); got != want {
			t.Fatalf("containsWords(%q, %q) = %v, want %v", long, short, got, want)
		}
	})
}

// FuzzSkeletonOfWords: the skeleton built from the words' (appendSkel)
// is the skeleton of the form's syllables romanized one by one and
// written apart (session 12: no n+g read as one ng across syllables or
// words), for any Hangul words.
func FuzzSkeletonOfWords(f *testing.F) {
	f.Add("로렌스", "리버모어", "")
	f.Add("산", "길", "간")
	f.Add("런던", "건설", "꼬마")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		var words []string
		for _, w := range []string{a, b, c} {
			w = strings.Map(func(r rune) rune {
				if r < 0xAC00 || r > 0xD7A3 {
					return -1
				}
				return r
			}, w)
			if w != "" {
				words = append(words, w)
			}
		}
		var got []byte
		for _, w := range words {
			got = appendSkel(got, newKoWord(w))
		}
		var syllables []string
		for _, r := range strings.Join(words, "") {
			syllables = append(syllables, romanize.Word(string(r)))
		}
		if want := skeleton(strings.Join(syllables, " "), false); string(got) != want {
			t.Fatalf("%q: from the words %q, of the syllables %q", words, got, want)
		}
		if ks := koreanSkeleton(strings.Join(words, " ")); ks != string(got) {
			t.Fatalf("%q: from the words %q, of the form %q", words, got, ks)
		}
	})
}
