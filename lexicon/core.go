package lexicon

import (
	"bufio"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
)

// coreText is the core lexicon: everyday Korean news vocabulary with its
// English renderings, written by hand (see the file's header; nothing in it
// was taken from a corpus).
//
//go:embed core.txt
var coreText string

// coreFile names the embedded file in errors.
const coreFile = "lexicon/core.txt"

// coreProb is the probability given to every translation of the core
// lexicon. The aligner reads only which words translate a stem, not how
// likely; the value orders a core translation after a TM's sure ones.
const coreProb = 0.2

// Core returns the core lexicon, a hand-written table of a few thousand
// everyday Korean news stems and their English words (core.txt), reduced
// the way Stem and EnglishWords reduce text. It gives word evidence for
// text a translation memory has not seen, and for alignments without a
// memory; see WithCore.
//
//	lexicon.Core().Translations("대통령") // [president presidential]
var Core = sync.OnceValue(func() *Lexicon {
	l, err := ReadCore(strings.NewReader(coreText), coreFile)
	if err != nil {
		panic(err) // the embedded file is tested (TestCoreParses)
	}
	return l
})

// CoreSum is a short hash of the core lexicon's file, which changes when
// the file does (a run includes it in its rerun signature).
func CoreSum() string {
	sum := sha256.Sum256([]byte(coreText))
	return hex.EncodeToString(sum[:8])
}

// ReadCore reads a core lexicon file: lines "Korean forms = English words",
// blank lines and lines starting with # ignored. Each Korean form is
// reduced by Stem (function stems are left out) and each English word by
// EnglishWords (stop words are left out); every English word of a line
// translates every Korean form of it. A line without "=", or with no
// Korean stem or no English word left after reduction, is a SyntaxError.
func ReadCore(r io.Reader, file string) (*Lexicon, error) {
	l := &Lexicon{ko: map[string]int32{}, en: map[string]int32{}}
	s := bufio.NewScanner(r)
	s.Buffer(make([]byte, 0, 1<<16), 1<<20)
	line := 0
	for s.Scan() {
		line++
		t := strings.TrimSpace(s.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		ko, en, ok := strings.Cut(t, "=")
		if !ok {
			return nil, &SyntaxError{file, line, "want Korean forms = English words"}
		}
		var stems []string
		for _, w := range strings.Fields(ko) {
			if !allHangul(w) {
				return nil, &SyntaxError{file, line, fmt.Sprintf("Korean form %q is not all Hangul", w)}
			}
			// The form as written (a noun followed by a particle in text
			// reduces to it) and as Stem reduces it bare (a verb's
			// ending stripped; a bare noun in text reduces the same way).
			for _, st := range []string{w, Stem(w)} {
				if !functionStems[st] && !slices.Contains(stems, st) {
					stems = append(stems, st)
				}
			}
		}
		words := EnglishWords(en)
		if len(stems) == 0 || len(words) == 0 {
			return nil, &SyntaxError{file, line, "no Korean stem or no English word left"}
		}
		for _, st := range stems {
			for _, w := range words {
				if id, ok := l.ko[st]; ok && slicesContainsWord(l, id, w) {
					continue
				}
				l.add(st, w, coreProb)
			}
		}
	}
	if err := s.Err(); err != nil {
		return nil, fmt.Errorf("lexicon: %s: %w", file, err)
	}
	return l, nil
}

// WithCore returns l with the core lexicon (Core) as a prior: every stem
// keeps l's translations, learned from a memory's real pairs, first, and
// the core adds its own (for the stems l lacks, and beside l's for the
// stems both know). A nil or empty l gives the core alone. The results
// for the last few lexicons are kept, so an aligner may call it for every
// document.
func WithCore(l *Lexicon) *Lexicon {
	if l == nil || l.Len() == 0 {
		return Core()
	}
	coreCache.Lock()
	defer coreCache.Unlock()
	for _, c := range coreCache.pairs {
		if c.in == l {
			return c.out
		}
	}
	out := union(l, Core())
	coreCache.pairs = append(coreCache.pairs, corePair{l, out})
	if len(coreCache.pairs) > 4 {
		coreCache.pairs = coreCache.pairs[1:]
	}
	return out
}

type corePair struct{ in, out *Lexicon }

var coreCache struct {
	sync.Mutex
	pairs []corePair
}

// union returns a's translations, then b's that a does not have for the
// same stem.
func union(a, b *Lexicon) *Lexicon {
	out := &Lexicon{ko: map[string]int32{}, en: map[string]int32{}, units: a.units}
	for _, l := range []*Lexicon{a, b} {
		for k, es := range l.trans {
			for _, e := range es {
				stem, word := l.kos[k], l.ens[e.en]
				if id, ok := out.ko[stem]; ok && slicesContainsWord(out, id, word) {
					continue
				}
				out.add(stem, word, e.p)
			}
		}
	}
	return out
}
