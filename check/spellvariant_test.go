package check

import "testing"

// Session 15, helper T8 (issue #11): inconsistent reports spelling variants
// only. Entries like house12's and house13's (seen) and our own sentences.
const spellVariantGlossary = `id,type,lang,term,status
tropical-depression,term,ko,열대성 저기압,preferred
tropical-depression,term,en,tropical depression,preferred
tropical-depression,term,en,tropical storm,admitted
tropical-depression,term,en,tropical cyclone,admitted
evacuation,term,ko,대피,preferred
evacuation,term,en,evacuation,preferred
evacuation,term,en,evacuated,admitted
evacuation,term,en,evacuees,admitted
news-conference,term,ko,기자회견,preferred
news-conference,term,en,news conference,preferred
news-conference,term,en,press conferences,admitted
news-conference,term,en,press briefing,admitted
shooting,term,ko,총격,preferred
shooting,term,en,shooting,preferred
shooting,term,en,shot,admitted
shooting,term,en,shots,admitted
national-assembly,organization,ko,국회,preferred
national-assembly,organization,en,National Assembly,preferred
national-assembly,organization,en,parliament,admitted
national-assembly,organization,en,Parliament,admitted
organization-un,organization,ko,국제기구,preferred
organization-un,organization,en,World Health Organization,preferred
organization-un,organization,en,World Health Organisation,admitted
centre,organization,ko,센터,preferred
centre,organization,en,Trade Center,preferred
centre,organization,en,Trade Centre,admitted
chung-eui-yong,person,ko,정의용,preferred
chung-eui-yong,person,en,Chung Eui-yong,preferred
chung-eui-yong,person,en,Chung Eui-young,admitted
muhammad,person,ko,무함마드 유누스,preferred
muhammad,person,en,Muhammad Yunus,preferred
muhammad,person,en,Mohammed Yunus,admitted
`

// TestInconsistentSpellingVariants: the six default inconsistent false
// alarms of held-out-glossary-12 and -13 (two words a list admits, two forms
// of one stem, a lower-case common noun after the proper name) are no
// finding; spelling variants still are.
func TestInconsistentSpellingVariants(t *testing.T) {
	c := caseChecker(t, "spellvariant.csv", spellVariantGlossary)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The tropical depression grew. It reached tropical storm strength.", false},
		{"The tropical depression grew. Tropical cyclones are rated by wind.", false},
		{"Residents evacuated the town, and evacuees slept in schools.", false},
		{"She spoke at a press briefing. Two press conferences followed.", false},
		{"The shooting began at noon. He was shot twice.", false},
		{"Officials spoke to the European Parliament. Later the parliament voted.", false},
		{"Experts of the World Health Organization met. Later the World Health Organisation said no.", true},
		{"Shops in the Trade Center opened. Later the Trade Centre closed.", true},
		{"Chung Eui-yong arrived. Chung Eui-young left.", true},
		{"Muhammad Yunus arrived. Mohammed Yunus left.", true},
	} {
		got := reportsInconsistent(c, tc.text)
		if got != tc.want {
			t.Errorf("TextOn(%q): inconsistent %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestSpellingVariant(t *testing.T) {
	for _, tc := range []struct {
		a, b  string
		names bool
		want  bool
	}{
		{"Kim Jong Un", "Kim Jong-un", true, true},
		{"Thomas Bjørn", "Thomas Bjorn", true, true},
		{"Leroy Sané", "Leroy Sane", true, true},
		{"Blair MacPherson", "Blair Macpherson", true, true},
		{"Nuri al-Maliki", "Nouri al-Maliki", true, true},
		{"Michel Sleiman", "Michel Suleiman", true, true},
		{"Eui-yong Chung", "Chung Eui-yong", true, true},
		{"Mohammed", "Muhammad", true, true},
		{"Mohammed", "Muhammad", false, false}, // skeleton: names only
		{"centre", "center", false, true},
		{"defence", "defense", false, true},
		{"programme", "program", false, true},
		{"colour", "color", false, true},
		{"cease-fire", "ceasefire", false, true},
		{"the Worldwide Web", "World Wide Web", false, true},
		{"Parliament", "parliament", true, false},
		{"tropical storm", "tropical depression", false, false},
		{"press conferences", "press briefing", false, false},
		{"evacuees", "evacuated", false, false},
		{"shot", "shooting", false, false},
		{"Snoop Lion", "Snoop Dogg", true, false},
		{"Tories", "Conservatives", true, false},
		{"quake", "earthquake", false, false},
	} {
		if got := spellingVariant(tc.a, tc.b, tc.names); got != tc.want {
			t.Errorf("spellingVariant(%q, %q, %v) = %v, want %v", tc.a, tc.b, tc.names, got, tc.want)
		}
	}
}
