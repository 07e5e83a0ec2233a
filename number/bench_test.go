package number

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// articlePairs reads the Korean and English sides of the sample articles
// of testdata/articles (news in both languages, with their numbers).
func articlePairs(tb testing.TB) (ko, en []string) {
	tb.Helper()
	files, err := filepath.Glob("../testdata/articles/*.ko.*")
	if err != nil || len(files) == 0 {
		tb.Fatalf("number: no sample articles: %v", err)
	}
	for _, f := range files {
		stem := strings.TrimSuffix(f, filepath.Ext(f))
		stem = strings.TrimSuffix(stem, ".ko")
		ens, _ := filepath.Glob(stem + ".en.*")
		if len(ens) != 1 {
			continue
		}
		k, err1 := os.ReadFile(f)
		e, err2 := os.ReadFile(ens[0])
		if err1 != nil || err2 != nil {
			tb.Fatal(err1, err2)
		}
		ko, en = append(ko, string(k)), append(en, string(e))
	}
	return ko, en
}

// benchLines splits texts into their non-empty lines (segments, as a TSV
// of pairs gives them).
func benchLines(texts []string) []string {
	var out []string
	for _, t := range texts {
		for l := range strings.SplitSeq(t, "\n") {
			if strings.TrimSpace(l) != "" {
				out = append(out, l)
			}
		}
	}
	return out
}

func benchExtract(b *testing.B, texts []string, lang language.Tag) {
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Extract(t, lang)
		}
	}
}

// BenchmarkExtractArticles extracts the numbers of each sample article,
// whole and line by line, in each language.
func BenchmarkExtractArticles(b *testing.B) {
	ko, en := articlePairs(b)
	b.Run("en", func(b *testing.B) { benchExtract(b, en, language.English) })
	b.Run("ko", func(b *testing.B) { benchExtract(b, ko, language.Korean) })
	b.Run("en-lines", func(b *testing.B) { benchExtract(b, benchLines(en), language.English) })
	b.Run("ko-lines", func(b *testing.B) { benchExtract(b, benchLines(ko), language.Korean) })
}

// BenchmarkContradictionsArticles compares the numbers of each sample
// article with those of its English edition, as package check does for a
// pair: each article, then all articles as one pair (long lists).
func BenchmarkContradictionsArticles(b *testing.B) {
	ko, en := articlePairs(b)
	var sn, tn [][]Number
	for i := range ko {
		sn, tn = append(sn, Extract(ko[i], language.Korean)), append(tn, Extract(en[i], language.English))
	}
	b.Run("each", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i := range sn {
				Contradictions(sn[i], tn[i])
			}
		}
	})
	allS := Extract(strings.Join(ko, "\n"), language.Korean)
	allT := Extract(strings.Join(en, "\n"), language.English)
	b.Run("all", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Contradictions(allS, allT)
		}
	})
	// A short source against a long target, as in benchcheck's pairs:
	// each Korean article against all the English ones.
	b.Run("one-to-all", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i := range sn {
				Contradictions(sn[i], allT)
			}
		}
	})
}

// BenchmarkPairArticles is what package check does with the numbers of
// a pair: both sides extracted, then compared.
func BenchmarkPairArticles(b *testing.B) {
	ko, en := articlePairs(b)
	size := 0
	for i := range ko {
		size += len(ko[i]) + len(en[i])
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i := range ko {
			Contradictions(Extract(ko[i], language.Korean), Extract(en[i], language.English))
		}
	}
}
