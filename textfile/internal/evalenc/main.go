// Command evalenc measures textfile.Decode's encoding detection on real
// news: the Korean and English sides of ../shared/corpus, grouped into
// articles (NTREX-128 by its document ids, the other sets by 10 lines),
// written in the legacy encodings a newsroom meets (Korean in CP949,
// English in windows-1252) and read back with encoding auto.
//
//	go run ./textfile/internal/evalenc ../shared/corpus
//
// For each article it reports whether Decode chose the encoding it was
// written in and gave back the text, with the language hint a run gives
// (Korean for originals, English for editions) and without one; and
// whether a UTF-8 article with one damaged byte is refused (not read as a
// legacy encoding). The detection thresholds were fixed before this data
// was looked at; nothing here was tuned on it.
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/unicode/norm"

	"bitext/textfile"
)

type article struct{ ko, en string }

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: evalenc CORPUS_DIR")
		os.Exit(2)
	}
	dir := os.Args[1]
	sets := []struct {
		file, ids string
	}{
		{"ntrex128-newstest2019.ko-en.tsv", "ntrex128-newstest2019.docid.txt"},
		{"kpc-news-v1.dev.ko-en.tsv", ""},
		{"kpc-news-v1.test.ko-en.tsv", ""},
		{"wmt24pp-news.en-ko_KR.para.tsv", ""},
	}
	for _, s := range sets {
		arts, err := load(filepath.Join(dir, s.file), s.ids, dir)
		if err != nil {
			fmt.Fprintln(os.Stderr, "evalenc:", err)
			os.Exit(3)
		}
		eval(s.file, arts)
	}
}

func lines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out, sc.Err()
}

func load(path, ids, dir string) ([]article, error) {
	ls, err := lines(path)
	if err != nil {
		return nil, err
	}
	var doc []string
	if ids != "" {
		if doc, err = lines(filepath.Join(dir, ids)); err != nil {
			return nil, err
		}
	}
	en2ko := strings.Contains(path, "en-ko")
	var arts []article
	var cur article
	for i, l := range ls {
		a, b, ok := strings.Cut(l, "\t")
		if !ok {
			continue
		}
		if en2ko {
			a, b = b, a
		}
		newDoc := i%10 == 0
		if doc != nil {
			newDoc = i == 0 || doc[i] != doc[i-1]
		}
		if newDoc && cur.ko != "" {
			arts = append(arts, cur)
			cur = article{}
		}
		cur.ko += a + "\n\n"
		cur.en += b + "\n\n"
	}
	if cur.ko != "" {
		arts = append(arts, cur)
	}
	return arts, nil
}

type tally struct{ n, ok int }

func (t *tally) add(ok bool) {
	t.n++
	if ok {
		t.ok++
	}
}

func (t tally) String() string { return fmt.Sprintf("%d/%d", t.ok, t.n) }

func eval(name string, arts []article) {
	var koHint, koAny, koAsEn, enHint, enAny, damaged, moji tally
	enASCII, unencodable := 0, 0
	var fails []string
	check := func(t *tally, label string, data []byte, lang textfile.Lang, enc, want string) {
		got, det, err := textfile.Decode("a", data, textfile.Auto, lang, textfile.Limits{FormFeed: true})
		ok := err == nil && det.Encoding == enc && got == norm.NFC.String(want)
		t.add(ok)
		if !ok && len(fails) < 5 {
			fails = append(fails, fmt.Sprintf("%s: %s %v %.60q", label, det.Encoding, err, got))
		}
	}
	for _, a := range arts {
		ko, err := korean.EUCKR.NewEncoder().String(a.ko)
		if err != nil {
			unencodable++
		} else {
			check(&koHint, "ko/Korean", []byte(ko), textfile.Korean, textfile.CP949, a.ko)
			check(&koAny, "ko/any", []byte(ko), textfile.AnyLang, textfile.CP949, a.ko)
			check(&koAsEn, "ko/English", []byte(ko), textfile.English, textfile.CP949, a.ko)
		}
		en, err := charmap.Windows1252.NewEncoder().String(a.en)
		switch {
		case err != nil:
			unencodable++
		case en == a.en:
			enASCII++ // all ASCII: valid UTF-8, nothing to detect
		case mojibake(a.en):
			// The corpus text itself holds Korean punctuation decoded as
			// Latin-1 ("¡°" for “): what windows-1252 would read, but
			// not Western text; counted apart.
			_, _, err := textfile.Decode("a", []byte(en), textfile.Auto, textfile.English, textfile.Limits{FormFeed: true})
			moji.add(err != nil)
		default:
			check(&enHint, "en/English", []byte(en), textfile.English, textfile.Windows1252, a.en)
			check(&enAny, "en/any", []byte(en), textfile.AnyLang, textfile.Windows1252, a.en)
		}
		// One damaged byte in the middle of the UTF-8 Korean text.
		b := []byte(a.ko)
		for i := len(b) / 2; i < len(b); i++ {
			if b[i] >= 0xC0 {
				b[i] = 0xFF
				break
			}
		}
		_, _, err = textfile.Decode("a", b, textfile.Auto, textfile.Korean, textfile.Limits{})
		damaged.add(err != nil)
	}
	fmt.Printf("%s: %d articles\n", name, len(arts))
	fmt.Printf("  Korean in CP949 read as CP949: %s with the Korean hint, %s without, %s with the English hint\n", koHint, koAny, koAsEn)
	fmt.Printf("  English in windows-1252 read as windows-1252: %s with the English hint, %s without (%d all-ASCII editions need no detection)\n", enHint, enAny, enASCII)
	if moji.n > 0 {
		fmt.Printf("  English holding CP949-as-Latin-1 mojibake (\"¡°\" for “) refused: %s\n", moji)
	}
	fmt.Printf("  UTF-8 Korean with one damaged byte refused: %s\n", damaged)
	if unencodable > 0 {
		fmt.Printf("  %d sides not encodable in the legacy encoding, left out\n", unencodable)
	}
	for _, f := range fails {
		fmt.Println("  fail:", f)
	}
}

// mojibake reports whether English text holds two adjacent characters of
// U+00A1-U+00FF, as CP949 punctuation read as Latin-1 gives ("¡°", "¡¯",
// "¢æ") and English spelling does not.
func mojibake(s string) bool {
	prev := false
	for _, r := range s {
		cur := r >= 0xA1 && r <= 0xFF
		if cur && prev {
			return true
		}
		prev = cur
	}
	return false
}
