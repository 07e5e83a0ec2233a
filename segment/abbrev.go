package segment

// Kinds of abbreviation, by what may follow them.
const (
	abbrNone      = iota
	abbrTitle     // Mr. Gen. Rep. Dr.: a name follows, never a sentence end
	abbrNever     // e.g. i.e. vs.: never at a sentence end
	abbrNumber    // No. 2, p. 55, Vol. 3
	abbrMonth     // Oct. 5
	abbrTime      // a.m. p.m.
	abbrInitial   // a single letter: E. Smith, but "you and I. Did"
	abbrAmbiguous // Co. Inc. Jr. U.S.: ends a sentence when a sentence opener follows
)

var abbreviations = map[string]int{}

func init() {
	add := func(kind int, words ...string) {
		for _, w := range words {
			abbreviations[w] = kind
		}
	}
	add(abbrTitle, "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "maj", "capt",
		"cmdr", "cmdt", "adm", "sgt", "cpl", "pvt", "rep", "reps", "sen", "sens", "gov", "govs",
		"pres", "rev", "hon", "st", "mt", "ft", "amb", "supt", "insp", "messrs", "mmes", "mme",
		"mlle", "msgr", "brig", "lieut", "det", "atty", "sec", "asst", "assoc", "adj", "gens", "pfc", "spc", "cpt", "supt")
	add(abbrNever, "vs", "v", "cf", "viz", "approx", "ca", "e.g", "i.e")
	add(abbrNumber, "no", "nos", "vol", "vols", "p", "pp", "art", "arts", "fig", "figs", "ch",
		"chap", "para", "nr", "n°", "op", "tel", "ext", "rm", "sq")
	add(abbrMonth, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
	add(abbrTime, "a.m", "p.m")
	add(abbrAmbiguous, "co", "corp", "inc", "ltd", "jr", "sr", "bros", "univ", "dept", "assn",
		"ave", "blvd", "rd", "hwy", "intl", "natl", "govt", "etc", "al", "esq", "mfg", "est",
		"cos", "dist", "div", "min", "max", "mil", "km", "kg", "mln", "bln", "tn", "yr", "yrs",
		"mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "ph.d", "u.s", "u.n",
		"u.k", "e.u", "u.s.a", "s.korea", "n.korea")
}

// states are the AP abbreviations of U.S. states, matched with their
// capital ("Ill." but not "ill."), which end a sentence like Co. does.
var states = map[string]bool{}

func init() {
	for _, w := range []string{"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga",
		"Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
		"Nev", "Okla", "Ore", "Pa", "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo"} {
		states[w] = true
	}
}

// starters are words that usually open a sentence. After an abbreviation
// that may end a sentence (Co., U.S., a.m., an initial), one of them
// decides that it does.
var starters = map[string]bool{}

func init() {
	for _, w := range []string{
		"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its",
		"Their", "Our", "My", "Your", "This", "That", "These", "Those", "There", "Then", "But",
		"And", "Or", "So", "Yet", "In", "On", "At", "For", "To", "With", "As", "After",
		"Before", "During", "When", "While", "Where", "What", "Why", "How", "Who", "Whom",
		"Which", "If", "However", "Meanwhile", "Also", "Still", "Both", "Some", "Many", "Most",
		"All", "Mr", "Mrs", "Ms", "Dr", "Did", "Do", "Does", "Is", "Are", "Was", "Were", "Will",
		"Would", "Can", "Could", "Should", "Shall", "May", "Might", "Must", "Has", "Have", "Had",
		"Such", "Each", "Every", "Other", "Another", "Under", "According", "Since", "Although",
		"Though", "Earlier", "Later", "Now", "Here", "Not", "No", "Neither", "Nor", "Instead",
		"Officials", "Experts", "Analysts", "Critics", "Still", "Nevertheless", "Besides",
		"Moreover", "Furthermore", "Thus", "Therefore", "Last", "Next", "Separately",
		"Asked", "Let", "Please", "Let's", "Its", "One", "Two", "Three",
	} {
		starters[w] = true
	}
}

// timeFollowers go on a sentence after a.m. or p.m.: "at 10 a.m. Monday".
var timeFollowers = map[string]bool{}

func init() {
	for _, w := range []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
		"Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "January",
		"February", "March", "April", "May", "June", "July", "August", "September", "October",
		"November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
		"Oct", "Nov", "Dec", "KST", "EST", "EDT", "CST", "CDT", "PST", "PDT", "GMT", "UTC", "ET",
		"PT", "CET", "JST", "Korea", "Seoul", "Beijing", "Tokyo", "Washington", "New", "Eastern",
		"Pacific", "Central"} {
		timeFollowers[w] = true
	}
}

// timePrepositions open a time phrase at the start of a sentence.
var timePrepositions = map[string]bool{
	"at": true, "by": true, "until": true, "till": true, "before": true, "after": true,
	"around": true, "from": true, "since": true, "about": true, "between": true,
}

// abbrevKind classifies the word before a full stop: tok is the word
// without the final full stop ("U.S", "Gen", "a.m", "E").
func abbrevKind(tok string) int {
	if len(tok) == 0 || len(tok) > 12 {
		return abbrNone
	}
	var buf [16]byte
	n := 0
	dotted := false
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c == '.' {
			dotted = true
		}
		buf[n] = c
		n++
	}
	low := buf[:n]
	if k, ok := abbreviations[string(low)]; ok {
		return k
	}
	if states[tok] {
		return abbrAmbiguous
	}
	if n == 1 && isASCIILetter(low[0]) {
		return abbrInitial
	}
	if dotted && isDottedLetters(low) {
		return abbrAmbiguous
	}
	return abbrNone
}

// isDottedLetters matches letters in groups of one to three joined by full
// stops: u.s, ph.d, u.s.a.
func isDottedLetters(b []byte) bool {
	run := 0
	groups := 0
	for _, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			run++
			if run > 3 {
				return false
			}
		case c == '.':
			if run == 0 {
				return false
			}
			run = 0
			groups++
		default:
			return false
		}
	}
	return run > 0 && groups > 0
}
