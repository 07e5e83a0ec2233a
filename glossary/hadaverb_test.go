package glossary

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/language"
)

// Tests of hadaverb.go.

// TestHadaVerb: a Korean form of an entry of type term is found inside its
// 하다 or 되다 verb (보이콧했다, 압수 수색한, 각하됐다); a name's form is not
// (동 in 동해), nor a term before another word (금리하락), nor a short or
// Latin form.
func TestHadaVerb(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.csv")
	const csv = `id,type,lang,term,status
boycott,term,ko,보이콧,preferred
boycott,term,en,boycott,preferred
search,term,ko,압수 수색,preferred
search,term,en,search and seizure,preferred
dismissal,term,ko,각하,preferred
dismissal,term,en,dismissal,preferred
weapons,term,ko,무기,preferred
weapons,term,en,weapons,preferred
rate,term,ko,금리,preferred
rate,term,en,interest rate,preferred
east,place,ko,동,preferred
east,place,en,Dong,preferred
g20,term,ko,G20,preferred
g20,term,en,G20,preferred
`
	m := csvMatcher(t, path, csv)
	for _, tc := range []struct{ text, want string }{
		{"야당은 선거를 보이콧했다.", "야당은 선거를 [보이콧]<했다>."},
		{"야당은 선거를 보이콧하기로 했다.", "야당은 선거를 [보이콧]<하기로> 했다."},
		{"검찰이 압수 수색하는 장면", "검찰이 [압수 수색]<하는> 장면"},
		{"회의가 무기한 연기됐다.", "회의가 무기한 연기됐다."},
		{"소송은 각하됐다.", "소송은 [각하]<됐다>."},
		{"보이콧은 끝났다.", "[보이콧]<은> 끝났다."},
		{"금리하락이 이어졌다.", "금리하락이 이어졌다."},
		{"동해에서", "동해에서"},
		{"G20했다", "G20했다"},
		{"보이콧하락", "보이콧하락"},
	} {
		if got := render(tc.text, m.FindAll(tc.text)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestHadaVerbContext: a form with a context of its own (a homograph the
// list marks) is not read in its verb, even beside its context.
func TestHadaVerbContext(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.csv")
	const csv = `id,type,lang,term,status,context
captain,term,ko,주장,preferred,선수|팀
captain,term,en,captain,preferred,
`
	m := csvMatcher(t, path, csv)
	for _, tc := range []struct{ text, want string }{
		{"선수들은 주장했다.", "선수들은 주장했다."},
		{"팀의 주장은 말했다.", "팀의 [주장]<은> 말했다."},
	} {
		if got := render(tc.text, m.FindAll(tc.text)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// csvMatcher writes csv to path, loads it and returns its Korean matcher.
func csvMatcher(t *testing.T, path, csv string) *Matcher {
	t.Helper()
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return g.Matcher(language.Korean)
}

// TestHasWordHadaForm: a one-syllable Korean context word followed by a
// 하다 form is no word (a derived verb, 파했다), and reading it does not
// panic (HasWord's output has no term).
func TestHasWordHadaForm(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		want       bool
	}{
		{"모임이 파했다", "파", false},
		{"파를 기록했다", "파", true},
	} {
		if got := HasWord(tc.text, tc.word); got != tc.want {
			t.Errorf("HasWord(%q, %q) = %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
}
