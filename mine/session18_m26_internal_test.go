package mine

import (
	"testing"

	"bitext/glossary"
	"bitext/lexicon"
)

// Session 18 (helper M26): rules chosen on dev-9's misses and wrong types
// (NTREX lines 1601-1800), each test failing without its rule.

// TestTitledSurname: a bare word of one syllable before a Korean title,
// which the English writes after an honorific, is paired though the
// lexicon knows the word as another (본 "this, main" ~ Mr Bone); without
// the honorific the lexicon's veto stands.
func TestTitledSurname(t *testing.T) {
	lex := lexicon.WithCore(nil)
	for _, tc := range []struct {
		ko, en string
		ok     bool
	}{
		{"본 의원은 솔리훌에서 열린 집회에서 말했다.", "Mr Bone told the rally in Solihull.", true},
		{"본 의원은 여론이 바뀌었다는 말을 부인했다.", "Mr Bone dismissed suggestions that opinion had changed.", true},
		{"본 의원은 솔리훌에서 열린 집회에서 말했다.", "Bone told the rally in Solihull.", false},
	} {
		_, ok := pairsOf(tc.ko, tc.en, lex, newMemo())[[2]string{"본", "Bone"}]
		if ok != tc.ok {
			t.Errorf("pairsOf(%q, %q): 본 ~ Bone %v, want %v", tc.ko, tc.en, ok, tc.ok)
		}
	}
}

// TestAirline: Air as the first or last English word, 에어 as the Korean
// one, is an airline's name: an organisation whatever the units show.
func TestAirline(t *testing.T) {
	for _, tc := range []struct {
		ko, en string
		want   glossary.Type
	}{
		{"에어 니우기니", "Air Niugini", Organization},
		{"배틱 에어", "Batik Air", Organization},
		{"에어 캐나다", "Air Canada", Organization},
		{"에어", "Air", Place},
	} {
		p := &pairStats{Ko: tc.ko, En: tc.en, Type: Person, Person: 1}
		if tc.want == Place {
			p.Type, p.Person = Place, 0
		}
		if got := kindOf(p); got != tc.want {
			t.Errorf("kindOf(%s ~ %s) = %s, want %s", tc.ko, tc.en, got, tc.want)
		}
	}
}

// TestSurnameOfFullName: a one-word candidate whose units show no more of
// a place's evidence than of a person's is a person's when the archive
// pairs a person's full name ending in it on both sides, in any number of
// units (마이클 샌포드 ~ Michael Sanford in one); not after a place's word
// (South Boston), nor a country.
func TestSurnameOfFullName(t *testing.T) {
	st := NewState()
	add := func(p pairStats) {
		p.Sim = 1
		st.Pairs[p.Ko+"\t"+p.En] = &p
	}
	add(pairStats{Ko: "샌포드", En: "Sanford", Type: Place, Units: 3, Person: 1, Place: 1})
	add(pairStats{Ko: "마이클 샌포드", En: "Michael Sanford", Type: Person, Units: 1})
	add(pairStats{Ko: "캐버노", En: "Kavanaugh", Type: Place, Units: 2})
	add(pairStats{Ko: "브렛 캐버노", En: "Brett Kavanaugh", Type: Person, Units: 1})
	add(pairStats{Ko: "보스턴", En: "Boston", Type: Place, Units: 2})
	add(pairStats{Ko: "사우스 보스턴", En: "South Boston", Type: Person, Units: 1})
	add(pairStats{Ko: "팔루", En: "Palu", Type: Place, Units: 4, Place: 2})
	add(pairStats{Ko: "존 팔루", En: "John Palu", Type: Person, Units: 1})
	want := map[string]glossary.Type{"샌포드": Person, "캐버노": Person, "보스턴": Place, "팔루": Place}
	for _, c := range st.Result(Options{}).Candidates {
		if w, ok := want[c.Korean]; ok && c.Type != w {
			t.Errorf("%s ~ %s typed %s, want %s", c.Korean, c.Renderings[0].Text, c.Type, w)
		}
		delete(want, c.Korean)
	}
	if len(want) > 0 {
		t.Errorf("no candidates %v", want)
	}
}
