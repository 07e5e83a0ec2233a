package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Tests of nearmiss_cyrillic.go (session 28, helper T109, issue #11): a
// Cyrillic name in another usual spelling of its й or -вич is no near
// miss unless the list rules on that spelling. People of our own,
// modelled on the judged Viktor Tsoi (Tsoy, g59 g129 g133 g136 g143
// wmt24pp 76) and Sayfullo Habibullaevich Saipov (g136 ntrex-even 1639),
// and on house76's Alexei Navalny (Navalni forbidden; check13x's planted
// Navalnyy).
const cyrillicNearGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
viktor-saloi,person,en,Viktor Saloi,preferred,,Saloi,,,,,,,,,
viktor-saloi,person,en,Victor Saloy,deprecated,,,,,,,,,,,
viktor-saloi,person,ko,빅토르 살로이,preferred,,,,,,,,,,,
oleg-zarutsky,person,en,Oleg Zarutsky,preferred,,Zarutsky,,,,,,,,,
oleg-zarutsky,person,ko,올레그 자루츠키,preferred,,,,,,,,,,,
rustam-nazarov,person,en,Rustam Nazarov,preferred,,Nazarov,,,,,,,,,
rustam-nazarov,person,en,Rustam Kamilovich Nazarov,admitted,,,,,,,,,,,
rustam-nazarov,person,ko,루스탐 나자로프,preferred,,,,,,,,,,,
pavel-baikov,person,en,Pavel Baikov,preferred,,Baikov,,,,,,,,,
pavel-baikov,person,ko,파벨 바이코프,preferred,,,,,,,,,,,
alexei-dubny,person,en,Alexei Dubny,preferred,,Dubny,,,,,,,,,
alexei-dubny,person,en,Alexei Dubni,deprecated,,,,,,,,,,,
alexei-dubny,person,ko,알렉세이 두브니,preferred,,,,,,,,,,,
radek-sobieski,person,en,Radek Sobieski,preferred,,Sobieski,,,,,,,,,
radek-sobieski,person,ko,라덱 소비에스키,preferred,,,,,,,,,,,
victor-kelly,person,en,Victor Kelly,preferred,,Kelly,,,,,,,,,
victor-kelly,person,ko,빅터 켈리,preferred,,,,,,,,,,,
choi-min-ho,person,en,Choi Min-ho,preferred,,Choi,,,,,,,,,
choi-min-ho,person,ko,최민호,preferred,,,,,,,,,,,
`

func TestCyrillicNearMiss(t *testing.T) {
	c := caseChecker(t, "cyrillicnear.csv", cyrillicNearGlossary)
	for _, tc := range []struct{ text, want string }{
		// the final й as y: the list forbids Victor Saloy, a given name
		// of its own, not the ending
		{"The song of Viktor Saloy was played.", ""},
		{"The song of Viktor Saloj was played.", ""},
		{"The song of Victor Saloy was played.", "deprecated-term Victor Saloy"},
		// ий as -iy, -yy, -i
		{"He met Oleg Zarutskiy in May.", ""},
		{"He met Oleg Zarutskyy in May.", ""},
		{"He met Oleg Zarutski in May.", ""},
		// a vowel changed or a letter dropped: a misspelling
		{"He met Oleg Zaretsky in May.", "near-miss Oleg Zaretsky"},
		{"He met Oleg Zarutsy in May.", "near-miss Oleg Zarutsy"},
		// -вич as -vic (ISO 9's č, the háček dropped)
		{"The court named Rustam Kamilovic Nazarov.", ""},
		{"The court named Rustam Kamilovitch Nazarov.", ""},
		{"The court named Rustam Kamilovick Nazarov.", "near-miss Rustam Kamilovick Nazarov"},
		// й between a vowel and a consonant
		{"He met Pavel Baykov in May.", ""},
		{"He met Pavel Beikov in May.", "near-miss Pavel Beikov"},
		// the list rules on the ending: Alexei Dubni forbidden
		{"He met Alexei Dubnyy in May.", "near-miss Alexei Dubnyy"},
		// not a Cyrillic name: a native spelling misspelt
		{"He met Radek Sobiesky in May.", "near-miss Radek Sobiesky"},
		{"He met Victor Kelli in May.", "near-miss Victor Kelli"},
		// a Korean name: never read (house style)
		{"He met Choy Min-ho in May.", "near-miss Choy Min-ho"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.English) {
			got = append(got, f.Rule+" "+f.Found)
		}
		if s := strings.Join(got, "; "); s != tc.want {
			t.Errorf("%q: findings %q, want %q", tc.text, s, tc.want)
		}
	}
}

// TestCyrillicPresent: the person named with the patronymic's -вич as -vic
// is there (no target-term-missing); another patronymic is not.
func TestCyrillicPresent(t *testing.T) {
	c := caseChecker(t, "cyrillicnear.csv", cyrillicNearGlossary)
	const src = "법원은 루스탐 나자로프에게 종신형을 선고했다."
	for _, tc := range []struct {
		tgt   string
		found bool
	}{
		{"The court sentenced Rustam Kamilovic Nazarov to life.", false},
		{"The court sentenced Rustam Kamilovich Nazarov to life.", false},
		{"The court sentenced Rustam Rakhimovich Nazarev to life.", true},
	} {
		got, fs := koPair(c, src, tc.tgt)
		if (got != "") != tc.found {
			t.Errorf("%q: target-term-missing %q, want found %v\n%s", tc.tgt, got, tc.found, brief(fs))
		}
	}
}

func TestCyrillicAlternation(t *testing.T) {
	for _, tc := range []struct {
		w, l string
		want bool
	}{
		{"Tsoy", "Tsoi", true},
		{"Tsoj", "Tsoi", true},
		{"Dmitriy", "Dmitry", true},
		{"Zelenskyy", "Zelensky", true},
		{"Habibullaevic", "Habibullaevich", true},
		{"Shoygu", "Shoigu", true},
		{"Tsoi", "Tsoi", false},
		{"Kremen", "Kremin", false},     // e for i
		{"Blinkin", "Blinken", false},   // e for i
		{"Miler", "Miller", false},      // a letter dropped
		{"Jenkyns", "Jenkins", false},   // y for i after a consonant inside the word
		{"Maiorov", "Mayorov", false},   // before a vowel: я, not й
		{"Tso", "Tsoi", false},          // the ending dropped
		{"Petrovic", "Petrovich", true}, // the ending alone; cyrillicName decides the name
	} {
		if got := cyrillicAlternation(tc.w, tc.l); got != tc.want {
			t.Errorf("cyrillicAlternation(%q, %q) = %v, want %v", tc.w, tc.l, got, tc.want)
		}
	}
}
