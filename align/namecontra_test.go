package align

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/language"
)

// TestNameContraCost checks nameContraCost on a small document with the
// core lexicon: a 1-1 link is charged only when its Korean segment names
// someone the document's English names too, its English segment names
// someone else inside the sentence, neither name is on the other side and
// no word is translated; a merge, for each Korean member whose name the
// English lacks.
func TestNameContraCost(t *testing.T) {
	opts := Options{CoreLexicon: true}
	opts.Lexicon = opts.lexicon()
	koDoc := []string{
		"베를루스코니 총리는 나폴리에 소각 설비를 세운다고 밝혔다.",
		"그는 계획을 밝혔다.",
		"베를루스코니 총리는 정부 예산을 발표했다.",
	}
	enDoc := []string{
		"Prime Minister Silvio Berlusconi visited Naples on Monday.",
		"Traders on Wall Street bought heavily.",
		"He gave no details.",
		"Berlusconi spoke to reporters.",
		"The government announced the budget in Stockholm.",
	}
	ko := features(koDoc, language.Korean, opts)
	en := features(enDoc, language.English, opts)
	newLattice(ko, en)
	for _, c := range []struct {
		name   string
		ko, en int
		want   float64
	}{
		{"different names, nothing translated", 0, 1, wNameContra},
		{"the same name", 0, 3, 0},
		{"the English names no one", 0, 2, 0},
		{"the Korean names no one", 1, 1, 0},
		{"different names, a word translated", 2, 4, 0},
	} {
		if got := nameContraCost(ko[c.ko:c.ko+1], en[c.en:c.en+1]); got != c.want {
			t.Errorf("%s: nameContraCost = %v, want %v", c.name, got, c.want)
		}
		if got := nameContraCost(en[c.en:c.en+1], ko[c.ko:c.ko+1]); got != c.want {
			t.Errorf("%s, English as the source: nameContraCost = %v, want %v", c.name, got, c.want)
		}
	}
	if !namesContradict(&ko[2], &en[4]) {
		t.Errorf("namesContradict(ko2, en4) = false, want true (the translated word alone spares it)")
	}
	for _, c := range []struct {
		name string
		ko   []feature
		en   int
		want float64
	}{
		{"a merge member's name not in the English", ko[0:2], 1, wNameMember},
		{"a merge member's name in the English", ko[0:2], 3, 0},
		{"two members' names not in the English", []feature{ko[0], ko[2]}, 1, 2 * wNameMember},
		{"no member names anyone", ko[1:2], 1, 0},
	} {
		if got := nameContraCost(c.ko, en[c.en:c.en+1]); got != c.want {
			t.Errorf("%s: nameContraCost = %v, want %v", c.name, got, c.want)
		}
		if got := nameContraCost(en[c.en:c.en+1], c.ko); got != c.want {
			t.Errorf("%s, English as the source: nameContraCost = %v, want %v", c.name, got, c.want)
		}
	}
	// An English member of a split is not charged.
	if got := nameContraCost(ko[0:1], en[1:3]); got != 0 {
		t.Errorf("a 1-2 link: nameContraCost = %v, want 0", got)
	}
}

func TestNameInside(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Traders on Wall Street bought heavily.", true},
		{"Scheduled for tonight, the rally is late.", false}, // the first word
		{"He met the UN envoy.", false},                      // an acronym
		{"He met Kim.", false},                               // three classes
		{"He met Mr. Albence on Monday.", true},
	} {
		if got := nameInside(c.s); got != c.want {
			t.Errorf("nameInside(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestNoLexHitLocal: noLexHit from the lattice's numbering (and the
// blooms) says what counting the id lists says, for every 1-1 pair of
// random documents, either side as the source, numbered or not.
func TestNoLexHitLocal(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	hits, none := 0, 0
	for _, vocab := range []int32{5, 40, 300, 2000} {
		for doc := 0; doc < 20; doc++ {
			ko, en := randomLexFeatures(rng, 1+rng.Intn(30), 1+rng.Intn(30), vocab)
			numbered := doc%3 != 2
			if numbered {
				setLexLocal(ko, en)
			}
			for i := range ko {
				for j := range en {
					want := noLexHitCounted(ko[i:i+1], en[j:j+1])
					if got := noLexHit(ko[i:i+1], en[j:j+1]); got != want {
						t.Fatalf("vocab %d, numbered %v, ko%d en%d: noLexHit %v, counted %v", vocab, numbered, i, j, got, want)
					}
					if got := noLexHit(en[j:j+1], ko[i:i+1]); got != want {
						t.Fatalf("vocab %d, numbered %v, en%d ko%d: noLexHit %v, counted %v", vocab, numbered, j, i, got, want)
					}
					if want {
						none++
					} else {
						hits++
					}
				}
			}
		}
	}
	if hits == 0 || none == 0 {
		t.Fatalf("%d pairs with a hit, %d without: both kinds wanted", hits, none)
	}
}

// TestContrastCost: a Korean member past the first of a merge that opens
// with a contrastive costs wContrast when the English sentence has no
// contrastive word, and nothing when it has one or the member is first.
func TestContrastCost(t *testing.T) {
	ko := features([]string{
		"정부는 새 예산안을 발표했다.",
		"그러나 야당은 이에 반대했다.",
		"하지만, 시장은 차분했다.",
	}, language.Korean, Options{})
	en := features([]string{
		"The government announced a new budget.",
		"The government announced a new budget, but the opposition objected.",
		"The government announced a new budget; the opposition, however, objected.",
		"But the opposition objected.",
	}, language.English, Options{})
	for _, c := range []struct {
		name string
		ko   []feature
		en   int
		want float64
	}{
		{"a second member opens with 그러나, no contrast in the English", ko[0:2], 0, wContrast},
		{"the English says but", ko[0:2], 1, 0},
		{"the English says however", ko[0:2], 2, 0},
		{"two members past the first, no contrast", ko[0:3], 0, 2 * wContrast},
		{"the contrastive member first", ko[1:2], 0, 0},
		{"no contrastive member", []feature{ko[0], ko[0]}, 0, 0},
	} {
		if got := contrastCost(c.ko, &en[c.en]); got != c.want {
			t.Errorf("%s: contrastCost = %v, want %v", c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"But the opposition objected.", true},
		{"Still, prices rose.", true},
		{"The butter was still warm.", true},
		{"The buttery rebuttal stilled them.", false},
		{"Prices rose.", false},
		{"NEVERTHELESS, prices rose.", true},                 // twelve letters, upper case
		{"Nevertheless-ish thinking; unnevertheless.", true}, // a hyphen parts words
		{"Unnevertheless prices rose.", false},               // too long a word
		{"Prices rose (but slowly).", true},
		{"Prices rose—yet slowly.", true},
	} {
		if got := contrastsEnglish(c.s); got != c.want {
			t.Errorf("contrastsEnglish(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"그러나 야당은 반대했다.", true},
		{"하지만, 시장은 차분했다.", true},
		{"그리고 야당은 반대했다.", false}, // a continuation, not a contrast
		{"야당은 그러나 반대했다.", false},
	} {
		if got := contrastsKorean(c.s); got != c.want {
			t.Errorf("contrastsKorean(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// nameInsideRef is nameInside as written in session 13 (helper A7), a
// pass of its own over the words; TestNameInsideOnePass compares.
func nameInsideRef(s string) bool {
	first := true
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !(r < 128 && (unicode.IsLetter(r) || r == '-' || r == '\'')) }) {
		w = strings.Trim(w, "-'")
		if w == "" {
			continue
		}
		if first {
			first = false
			continue
		}
		if w[0] < 'A' || w[0] > 'Z' || len(w) < 2 || isUpperWord(w) {
			continue
		}
		if len(englishSkeleton(w)) >= 4 {
			return true
		}
	}
	return false
}

// TestNameInsideOnePass: englishNamesMid's mid is what a pass of its own
// over the words (nameInsideRef) says, on the English lines of the
// repository's aligned articles and on made-up edge cases.
func TestNameInsideOnePass(t *testing.T) {
	lines := []string{
		"", "'", "- Trump", "'Berlusconi's' visit", "He met Albence's aide.", "He met O'Brien.",
		"Reuters' reporter Kang-Min left.", "UN envoy Ghebreyesus", "A B C Dd Eeee Ffff",
		"He met Schwarz's.", "Schwarz's team won.", "a Trump", "— Traders on Wall Street",
	}
	files, _ := filepath.Glob("../testdata/align/*.en.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	inside := 0
	for _, s := range lines {
		want := nameInsideRef(s)
		if got := nameInside(s); got != want {
			t.Errorf("nameInside(%q) = %v, want %v", s, got, want)
		}
		if want {
			inside++
		}
	}
	if len(files) == 0 || inside == 0 {
		t.Fatalf("%d files, %d lines with a name inside: nothing compared", len(files), inside)
	}
}
