// Package mineeval measures the glossary miner (package mine) against a
// hand-made reference glossary: it builds a TM from lines of Korean-English
// TSV files (one unit per line, in order, dated one day per 20 lines from
// 2020-01-01 so first/last seen dates differ), mines it and reports the
// precision of the top candidates and the recall of the reference. The
// reference covers some lines of one file (the judged lines); the archive
// mined may hold more (Options.Archive), and then only candidates whose
// forms occur together in a judged line are judged against it. Besides,
// the first Top candidates of the whole archive, in the miner's order,
// are judged by hand-made verdicts on each pair (Options.Verdicts,
// ReadVerdicts, Score): the issue's "precision of the top 100
// candidates", whether the reference lists a pair or not.
//
//	rep, err := mineeval.Run(ctx, mineeval.Options{Corpus: "kpc.tsv", From: 1, To: 200,
//		Reference: "ref.tsv", TMDir: dir, Top: 100})
//	found, total := rep.Recall(true)
//	fmt.Printf("%.3f %d/%d\n", rep.Precision(), found, total)
//	fmt.Printf("judged %.3f\n", mineeval.Count(rep.Whole).Precision())
package mineeval

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"bitext/lexicon"
	"bitext/mine"
	"bitext/tm"
	_ "bitext/tm/sqlite" // the harness builds SQLite TMs
)

// Source is a range of lines of a Korean-English TSV file.
type Source struct {
	Path     string
	From, To int // 1-based inclusive line range; To 0 means to the end
}

// Options of Run.
type Options struct {
	Corpus   string // TSV file: Korean, tab, English per line
	From, To int    // the judged lines: 1-based inclusive range; To 0 means to the end
	// Archive, when set, is what the TM is built from (it should hold the
	// judged lines); empty means the judged lines only.
	Archive   []Source
	Reference string // reference glossary: type, Korean, English per line
	TMDir     string // folder for the TM built from the corpus
	Top       int    // candidates judged for precision (default 100)
	MinCount  int    // mine.Options.MinCount
	// Lexicon learns a lexicon from the part's TM (lexicon.Learn) and
	// gives it to the miner.
	Lexicon bool
	// Core adds the core lexicon (lexicon.WithCore) to the lexicon, or
	// gives it alone without Lexicon: evidence for translated names
	// (미국 United States) without a memory's lexicon.
	Core bool
	// Verdicts judge the top candidates of the whole archive
	// (Report.Whole); nil leaves every one unjudged.
	Verdicts Verdicts
}

// Ref is one reference name.
type Ref struct {
	Type, Ko, En string
	Line         int
	// Repeated is set when the Korean and English forms occur together in
	// two or more units of the archive (what MinCount 2 can find).
	Repeated bool
	Found    bool
	// For a name not found, what the miner gave instead (session 9):
	// AsEn is the first rendering of the candidate of the same Korean
	// form, AsKo the Korean form of a candidate rendered as the English;
	// both empty when neither form is a candidate.
	AsEn, AsKo string
}

// Judged is one judged candidate.
type Judged struct {
	Rank    int
	Ko, En  string
	Type    string
	Units   int
	Correct bool
}

// Report is the outcome.
type Report struct {
	Units      int      // units of the archive
	Judged     int      // judged lines among them
	Candidates int      // name candidates (titles left out) judged: forms in a judged line
	Top        []Judged // judged against the reference
	// Whole are the first Top candidates of the whole archive in score
	// order (titles too), judged by Options.Verdicts.
	Whole    []Scored
	Refs     []Ref
	MineTime time.Duration
}

// Precision is the share of the candidates judged against the reference
// (Top) that it lists.
func (r *Report) Precision() float64 {
	if len(r.Top) == 0 {
		return 0
	}
	n := 0
	for _, j := range r.Top {
		if j.Correct {
			n++
		}
	}
	return float64(n) / float64(len(r.Top))
}

// Recall is the share of reference names found; repeated restricts it to
// the names seen in two or more units.
func (r *Report) Recall(repeated bool) (found, total int) {
	for _, ref := range r.Refs {
		if repeated && !ref.Repeated {
			continue
		}
		total++
		if ref.Found {
			found++
		}
	}
	return found, total
}

func key(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(norm.NFC.String(s)), " "))
}

// koKey and enKey compare a name without the word for its kind of place,
// which the reference writes where the text does (애리조나주, 로도스섬,
// Fujian Province) and a candidate may leave out, or the other way round;
// koKey also without spaces, which Korean writers put between a name's
// words or not (신화 통신, 신화통신).
func koKey(s string) string {
	s = strings.ReplaceAll(key(s), " ", "")
	for _, suf := range []string{"주", "섬", "성", "시", "행"} {
		if t, ok := strings.CutSuffix(s, suf); ok && len([]rune(t)) >= 2 {
			return t
		}
	}
	return s
}

func enKey(s string) string {
	s = key(s)
	// An English name compares without its article, which the
	// reference writes where the text does (The Hague) and a candidate
	// may leave out, or the other way round (session 14, helper M17).
	if t, ok := strings.CutPrefix(s, "the "); ok && t != "" {
		s = t
	}
	for _, suf := range []string{" province", " island", " state"} {
		if t, ok := strings.CutSuffix(s, suf); ok && t != "" {
			return t
		}
	}
	return s
}

// ReadReference reads a reference glossary: lines of type, Korean, English
// separated by tabs; # starts a comment line.
func ReadReference(path string) ([]Ref, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var refs []Ref
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "\t")
		if len(p) != 3 || p[1] == "" || p[2] == "" {
			return nil, fmt.Errorf("mineeval: %s:%d: want type, Korean and English separated by tabs", path, n)
		}
		refs = append(refs, Ref{Type: p[0], Ko: p[1], En: p[2], Line: n})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("mineeval: %s: %w", path, err)
	}
	return refs, nil
}

// ReadCorpus returns lines From..To of a Korean-English TSV file as units,
// dated one day per 20 lines from 2020-01-01.
func ReadCorpus(path string, from, to int) ([]tm.Unit, error) {
	return readCorpus(path, from, to, 0)
}

// readCorpus is ReadCorpus with the first line dated day0 days later.
func readCorpus(path string, from, to, day0 int) ([]tm.Unit, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var units []tm.Unit
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	ko, en := 0, 1
	base := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for sc.Scan() {
		n++
		if n == 1 {
			if k, e, ok := header(sc.Text()); ok {
				ko, en = k, e
				continue
			}
		}
		if n < from || to > 0 && n > to {
			continue
		}
		p := strings.SplitN(sc.Text(), "\t", max(ko, en)+2)
		if len(p) <= max(ko, en) {
			return nil, fmt.Errorf("mineeval: %s:%d: want Korean, tab, English", path, n)
		}
		p[0], p[1] = p[ko], p[en]
		d := base.AddDate(0, 0, day0+(n-from)/20)
		units = append(units, tm.Unit{TUID: fmt.Sprintf("%s:%d", filepath.Base(path), n), SourceLang: language.Korean, Created: d, Changed: d,
			Context:  tm.Context{DocID: fmt.Sprintf("%s:%d", filepath.Base(path), n)},
			Variants: []tm.Variant{{Lang: language.Korean, Text: p[0]}, {Lang: language.English, Text: p[1]}}})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("mineeval: %s: %w", path, err)
	}
	if len(units) == 0 {
		return nil, errors.New("mineeval: no lines in the range")
	}
	return units, nil
}

// header reports whether line is a header naming its columns, "ko" and
// "en" among them (WMT24++'s document_id, segment_id, ko, en), and which
// columns hold the Korean and the English (session 22, helper M40).
func header(line string) (ko, en int, ok bool) {
	f := strings.Split(line, "\t")
	ko, en = slices.Index(f, "ko"), slices.Index(f, "en")
	return ko, en, ko >= 0 && en >= 0
}

// Run builds the TM, mines it and judges the result.
func Run(ctx context.Context, o Options) (*Report, error) {
	if o.Top <= 0 {
		o.Top = 100
	}
	refs, err := ReadReference(o.Reference)
	if err != nil {
		return nil, err
	}
	archive := o.Archive
	if len(archive) == 0 {
		archive = []Source{{o.Corpus, o.From, o.To}}
	}
	var units, judged []tm.Unit
	for _, src := range archive {
		us, err := readCorpus(src.Path, src.From, src.To, len(units)/20)
		if err != nil {
			return nil, err
		}
		units = append(units, us...)
	}
	for _, u := range units {
		if isJudged(u, o) {
			judged = append(judged, u)
		}
	}
	if len(judged) == 0 {
		return nil, fmt.Errorf("mineeval: the archive holds no line %d-%d of %s", o.From, o.To, o.Corpus)
	}
	for i := range refs {
		n := 0
		for _, u := range units {
			if koWord(u.Variants[0].Text, refs[i].Ko) && enWord(u.Variants[1].Text, refs[i].En) {
				n++
			}
		}
		refs[i].Repeated = n >= 2
	}
	s, err := tm.Open(ctx, "sqlite:"+filepath.Join(o.TMDir, "mineeval.tm"))
	if err != nil {
		return nil, err
	}
	defer s.Close()
	if _, err := s.Add(ctx, units); err != nil {
		return nil, err
	}
	start := time.Now()
	mo := mine.Options{MinCount: o.MinCount}
	if o.Lexicon {
		if mo.Lexicon, err = lexicon.Learn(ctx, s, lexicon.DefaultIterations, 0); err != nil {
			return nil, err
		}
	}
	if o.Core {
		mo.Lexicon = lexicon.WithCore(mo.Lexicon)
	}
	res, err := mine.Run(ctx, s, mo)
	if err != nil {
		return nil, err
	}
	rep := &Report{Units: len(units), Judged: len(judged), MineTime: time.Since(start), Refs: refs,
		Whole: Score(res.Candidates, o.Verdicts, o.Top)}
	byKo := map[string][]int{}
	for i, r := range refs {
		byKo[koKey(r.Ko)] = append(byKo[koKey(r.Ko)], i)
	}
	byEn := map[string][]int{}
	for i, r := range refs {
		byEn[enKey(r.En)] = append(byEn[enKey(r.En)], i)
	}
	for _, c := range res.Candidates {
		if c.Type == mine.Title {
			continue // titles are not names; the reference lists names
		}
		for _, i := range byKo[koKey(c.Korean)] {
			if refs[i].AsEn == "" {
				refs[i].AsEn = c.Renderings[0].Text
			}
			for _, rd := range c.Renderings {
				if enKey(rd.Text) == enKey(refs[i].En) {
					refs[i].Found = true
				}
			}
		}
		for _, rd := range c.Renderings {
			for _, i := range byEn[enKey(rd.Text)] {
				if refs[i].AsKo == "" {
					refs[i].AsKo = c.Korean
				}
			}
		}
		if !together(judged, c.Korean, c.Renderings[0].Text) {
			continue // the reference does not cover the lines it is in
		}
		rep.Candidates++
		if len(rep.Top) < o.Top {
			j := Judged{Rank: len(rep.Top) + 1, Ko: c.Korean, En: c.Renderings[0].Text, Type: string(c.Type), Units: c.Units}
			for _, i := range byKo[koKey(c.Korean)] {
				if enKey(c.Renderings[0].Text) == enKey(refs[i].En) {
					j.Correct = true
				}
			}
			rep.Top = append(rep.Top, j)
		}
	}
	return rep, nil
}

// isJudged reports whether u is one of the judged lines of o.
func isJudged(u tm.Unit, o Options) bool {
	file, line, ok := strings.Cut(u.TUID, ":")
	if !ok || file != filepath.Base(o.Corpus) {
		return false
	}
	var n int
	if _, err := fmt.Sscan(line, &n); err != nil {
		return false
	}
	return n >= o.From && (o.To == 0 || n <= o.To)
}

// together reports whether a unit of us has ko and en at the start of
// words of its texts: as the reference lists a name however it is written
// (Cambodia for Cambodian, 유럽 in 유럽연합), but not inside another word
// (중동 in 동중동, Asia in Eurasia).
func together(us []tm.Unit, ko, en string) bool {
	for _, u := range us {
		if atWord(u.Variants[0].Text, ko) && atWord(u.Variants[1].Text, en) {
			return true
		}
	}
	return false
}

// atWord reports whether w occurs in text after a non-letter or at the
// start.
func atWord(text, w string) bool {
	return occurs(text, w, func(j int) bool {
		r, _ := utf8.DecodeLastRuneInString(text[:j])
		return j == 0 || !unicode.IsLetter(r)
	})
}

// occurs reports whether w occurs in text at a byte offset j for which ok
// is true.
func occurs(text, w string, ok func(j int) bool) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		j += i
		if ok(j) {
			return true
		}
		i = j + 1
	}
}

// enWord reports whether the English form w occurs in text as whole
// words: neither a letter nor a digit just before or after it (ATP is not
// in RATP, Iran not in Iranian; Obama's is Obama). Session 14, helper
// M16: the count of units a reference name is in (Ref.Repeated) matched
// substrings until then.
func enWord(text, w string) bool {
	return occurs(text, w, func(j int) bool {
		before, _ := utf8.DecodeLastRuneInString(text[:j])
		after, _ := utf8.DecodeRuneInString(text[j+len(w):])
		return (j == 0 || !wordRune(before)) && (j+len(w) == len(text) || !wordRune(after))
	})
}

// koWord reports whether the Korean form w occurs in text as a word of
// its own: after a non-letter or at the start, and followed by the end of
// the word or by particles and the suffixes a name takes (오바마는,
// 이라크측에, 오스트리아간의, 텍사스주의), not by more of another word
// (미국인, 박물관, ATP in RATP).
func koWord(text, w string) bool {
	return occurs(text, w, func(j int) bool {
		if before, _ := utf8.DecodeLastRuneInString(text[:j]); j > 0 && wordRune(before) {
			return false
		}
		rest := text[j+len(w):]
		if k := strings.IndexFunc(rest, func(r rune) bool { return !wordRune(r) }); k >= 0 {
			rest = rest[:k]
		}
		return particles(rest, 3)
	})
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// koEndings are the particles and suffixes that follow a name within its
// word: case and topic particles, the copula's forms, and 측 (side), 간
// (between), 씨, 등, 주, 시, 성, 섬, 현, 행 (bound for), 社 (company: IBM社).
var koEndings = []string{"에게서", "으로부터", "로부터", "이라고", "이라는", "에서", "에게", "께서", "으로", "라고", "라는", "이나", "까지", "부터", "보다", "처럼", "조차", "마저", "이며", "이다", "이었", "였다", "한테", "로서", "으로서", "만큼", "대로",
	"은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "만", "로", "서", "선", "엔", "며", "나", "다", "란", "랑", "께", "뿐",
	"측", "간", "씨", "등", "주", "시", "성", "섬", "현", "행", "社"}

// particles reports whether s is empty or made of at most n of
// koEndings.
func particles(s string, n int) bool {
	if s == "" {
		return true
	}
	if n == 0 {
		return false
	}
	for _, e := range koEndings {
		if t, ok := strings.CutPrefix(s, e); ok && particles(t, n-1) {
			return true
		}
	}
	return false
}
