package main

import (
	"math/rand"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// English-only lines (0-1 links). An edition adds three kinds, and so does
// this program, each drawn at random for every addition:
//
//   - a credit or footer line at the end of the document (at most one per
//     document, asked for with probability 0.35 when none is there yet),
//     from footer templates filled with agencies, reporters' names and
//     cities;
//   - a context sentence (probability 0.55 of the rest) from templates
//     filled with what the document itself names: a person (the last of
//     two capitalized words, as news style names people on second
//     reference), an organisation (an acronym of the document), a place
//     (a country or city the document names) or a year the document
//     mentions. A context line about a person is put right after the
//     sentence that names that person in seven cases of ten (where an
//     editor explains who someone is), else after a random link;
//   - a sentence taken from the English side of another document of the
//     same part (background copied from related coverage): real news
//     prose of 40 to 220 characters, never the headline.
//
// The template banks, names, agencies and cities are split in two halves
// by position: the development part uses the even entries and the
// held-out part the odd ones, so held-out lines are worded and filled
// differently from anything the aligner was tuned on, and borrowed
// sentences never cross parts either.

// material is what one part's additions are made from.
type material struct {
	contexts, footers          []string
	persons, agencies, cities  []string
	pool                       []borrowed // English sentences of the part's documents
	heldOut                    bool
	contextShare, footerChance float64
	low                        map[string]bool // words the part's English writes in lower case (merges.go)
	topic                      bool            // -borrow topic: borrow sentences sharing the document's words (nearby.go)
}

type borrowed struct {
	doc, text string
}

func newMaterial(docs []doc, heldOut bool) *material {
	half := func(xs []string) []string {
		var out []string
		for i, x := range xs {
			if (i%2 == 1) == heldOut {
				out = append(out, x)
			}
		}
		return out
	}
	m := &material{
		contexts: half(contextTemplates), footers: half(footerTemplates),
		persons: half(reporters), agencies: half(agencies), cities: half(cities),
		heldOut: heldOut, contextShare: 0.55, footerChance: 0.35,
	}
	var ens []string
	for _, d := range docs {
		for _, p := range d.pairs {
			ens = append(ens, p.en)
		}
	}
	m.low = newVocab(ens).low
	for _, d := range docs {
		for i, p := range d.pairs {
			n := utf8.RuneCountInString(p.en)
			if i == 0 || n < 40 || n > 220 || !wholeSentence(p.en) {
				continue
			}
			m.pool = append(m.pool, borrowed{d.corpus + "/" + d.id, p.en})
		}
	}
	return m
}

// wholeSentence reports whether s starts with a capital letter or an
// opening quotation mark and ends with a full stop, question or
// exclamation mark (possibly inside a closing quotation mark), which
// leaves out fragments of badly cut pairs.
func wholeSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	l, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "\"'”’"))
	return (unicode.IsUpper(r) || strings.ContainsRune("\"“‘'", r)) && strings.ContainsRune(".!?", l)
}

// contextTemplates are English-only context sentences, written for this
// set. Slots: {Name} a person of the document, {Org} an acronym of the
// document, {Place} a place it names, {Year} a year it mentions.
var contextTemplates = []string{
	"{Name} did not respond to a request for comment.",
	"{Name} has not commented publicly on the matter.",
	"{Name} is a former adviser to the government.",
	"{Name}'s office declined to comment on the report.",
	"{Name} has held the post since {Year}.",
	"It was the first such remark by {Name} since {Year}.",
	"{Name}, a longtime critic of the policy, is expected to speak again next week.",
	"Attempts to reach {Name} by phone were unsuccessful.",
	"{Org} did not immediately reply to questions sent by email.",
	"{Org} has faced similar criticism in the past.",
	"A spokesperson for {Org} said the figures were still being reviewed.",
	"{Org} is expected to publish its full findings later this month.",
	"{Place} has seen a string of similar cases in recent years.",
	"The population of {Place} has been shrinking for more than a decade.",
	"Elections in {Place} are due next year.",
	"Residents of {Place} have complained about the issue for years.",
	"Prices there have risen sharply since {Year}.",
	"The law was last revised in {Year}.",
	"The comparable figure in {Year} was lower, according to official data.",
	"The rule has been in place since {Year}, officials said.",
	"It was not immediately clear how many people were affected.",
	"The figures could not be independently verified.",
	"Officials are expected to give more details later this week.",
	"The announcement comes amid growing public concern over the issue.",
	"Critics say the plan lacks detail and leaves key questions open.",
	"Talks on the issue have stalled several times in recent years.",
	"The story has drawn wide attention on social media.",
	"Such disputes are not uncommon in the region.",
	"Local media had reported the plan earlier in the day.",
	"Opposition lawmakers have called for a parliamentary hearing.",
	"South Korea has one of the lowest birth rates in the world.",
	"The won has weakened against the dollar this year.",
	"Seoul and Tokyo have long been at odds over wartime history.",
	"Chuseok is the Korean harvest festival, when millions travel to their hometowns.",
	"The National Assembly has 300 seats.",
	"The two Koreas remain technically at war, as the 1950-53 Korean War ended in an armistice rather than a peace treaty.",
	"The ministry oversees the country's schools and universities.",
	"The company is one of the country's largest employers.",
	"Under the current rules, such cases are handled by local courts.",
	"The measure still needs the approval of the cabinet.",
}

// footerTemplates are credit and footer lines of an English edition,
// written for this set. Slots: {Agency}, {Person}, {Person2}, {City},
// {Weekday}.
var footerTemplates = []string{
	"{Agency} contributed to this report.",
	"This article was translated from Korean by the English edition desk.",
	"Reporting by {Person}; editing by {Person2}.",
	"{Person} is a staff reporter based in {City}.",
	"Translated by {Person}.",
	"Additional reporting by {Agency} in {City}.",
	"Write to {Person} at the newsroom's English desk.",
	"The original Korean article appeared in the print edition on {Weekday}.",
	"Photos courtesy of {Agency}.",
	"With reporting from {Agency}.",
	"This story has been corrected to fix the spelling of a name.",
	"Edited by {Person2}.",
	"{Person} reported from {City}.",
	"An earlier version of this article misstated the date of the meeting.",
	"Follow our coverage on the English edition's website.",
	"Copyright 2026. All rights reserved.",
}

var reporters = []string{
	"Kim Min-ji", "Lee Seung-hoon", "Park Jae-won", "Choi Yoon-ah", "Jung Da-eun", "Sarah Kim",
	"David Lee", "Michael Yoon", "Jane Moon", "Chris Han", "Emily Cho", "John Park",
}

var agencies = []string{"Yonhap", "Reuters", "AFP", "The Associated Press", "Newsis", "Bloomberg", "News1", "Kyodo"}

var cities = []string{"Seoul", "Busan", "Washington", "Tokyo", "Incheon", "Beijing", "Sejong", "Hong Kong"}

// places are what a {Place} slot is filled with when the document's
// English names it.
var places = []string{
	"Seoul", "Busan", "Incheon", "Daegu", "Gwangju", "Daejeon", "Ulsan", "Jeju", "Gyeonggi", "Sejong",
	"South Korea", "North Korea", "Japan", "China", "Taiwan", "Russia", "Ukraine", "Germany", "France",
	"Britain", "India", "Brazil", "Australia", "Canada", "Mexico", "Italy", "Spain", "Turkey", "Iran",
	"Israel", "London", "Paris", "Tokyo", "Beijing", "Washington", "Moscow", "Berlin", "New York",
	"California", "Texas", "Florida", "Scotland", "Hong Kong", "Singapore", "Vietnam",
}

var (
	acronym = regexp.MustCompile(`\b[A-Z]{2,6}\b`)
	year    = regexp.MustCompile(`\b(19[5-9][0-9]|20[0-2][0-9])\b`)
)

// entities are what a document's English side names.
type entities struct {
	persons, orgs, places, years []string
	mention                      map[string]int // person -> index of the first pair naming it
}

func findEntities(d doc) entities {
	e := entities{mention: map[string]int{}}
	seen := map[string]bool{}
	add := func(list *[]string, x string) {
		if !seen[x] {
			seen[x] = true
			*list = append(*list, x)
		}
	}
	for i, p := range d.pairs {
		w := strings.Fields(p.en)
		for k := 1; k+1 < len(w); k++ {
			a, b := strings.Trim(w[k], ",.;:'\"()"), strings.Trim(w[k+1], ",.;:'\"()")
			if capitalized(a) && capitalized(b) && !stop[a] && !stop[b] && !notNames[b] && len(b) > 2 {
				if _, ok := e.mention[b]; !ok {
					e.mention[b] = i
				}
				add(&e.persons, b)
			}
		}
		for _, a := range acronym.FindAllString(p.en, -1) {
			if a != "I" && a != "TV" && a != "AM" && a != "PM" {
				add(&e.orgs, a)
			}
		}
		for _, y := range year.FindAllString(p.en, -1) {
			add(&e.years, y)
		}
		for _, pl := range places {
			if strings.Contains(p.en, pl) {
				add(&e.places, pl)
			}
		}
	}
	// A person is named again on its own (second reference); capitalized
	// pairs that are not names ("World Wide Web") rarely are.
	var again []string
	for _, p := range e.persons {
		c := 0
		for _, q := range d.pairs {
			for _, w := range strings.Fields(q.en) {
				if strings.Trim(w, ",.;:'\"()’s") == p {
					c++
				}
			}
		}
		if c >= 2 {
			again = append(again, p)
		}
	}
	if len(again) > 0 {
		e.persons = again
	}
	for _, l := range [][]string{e.persons, e.orgs, e.places, e.years} {
		sort.Strings(l)
	}
	return e
}

// notNames are capitalized words that end a name-like pair without being
// a person's name.
var notNames = map[string]bool{"Department": true, "Ministry": true, "Olympic": true, "Olympics": true, "Committee": true,
	"University": true, "Council": true, "Association": true, "Bank": true, "Court": true, "Street": true, "Office": true,
	"Agency": true, "Company": true, "House": true, "Union": true, "Assembly": true, "Service": true, "Group": true,
	"Party": true, "Police": true, "Center": true, "Centre": true, "Institute": true, "Airport": true, "Station": true,
	"Pig": true, "Day": true, "Cup": true, "League": true, "Club": true, "Road": true, "River": true, "City": true}

var slot = regexp.MustCompile(`\{[A-Za-z0-9]+\}`)

// fill fills a template's slots; ok is false when the document lacks
// something a slot needs.
func fill(t string, e entities, m *material, rng *rand.Rand) (s, person string, ok bool) {
	ok = true
	pick := func(xs []string) string {
		if len(xs) == 0 {
			ok = false
			return ""
		}
		return xs[rng.Intn(len(xs))]
	}
	s = slot.ReplaceAllStringFunc(t, func(k string) string {
		switch k {
		case "{Name}":
			person = pick(e.persons)
			return person
		case "{Org}":
			return pick(e.orgs)
		case "{Place}":
			return pick(e.places)
		case "{Year}":
			return pick(e.years)
		case "{Agency}":
			return pick(m.agencies)
		case "{Person}", "{Person2}":
			return pick(m.persons)
		case "{City}":
			return pick(m.cities)
		case "{Weekday}":
			return pick([]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"})
		}
		ok = false
		return k
	})
	return s, person, ok
}

// addition is one English-only line and the pair it follows.
type addition struct {
	after  int
	text   string
	footer bool
}

// additions draws k English-only lines for a document of n pairs whose
// operations are op (a context line never follows the first half of a
// merge).
func additions(d doc, op []int, k int, m *material, rng *rand.Rand) []addition {
	n := len(d.pairs)
	e := findEntities(d)
	var out []addition
	var topic []borrowed // -borrow topic: the candidates, found once
	footer := false
	randomAfter := func() int {
		i := 1 + rng.Intn(max(n-1, 1))
		if i >= n || op[i] == opMerge {
			i = n - 1
		}
		return i
	}
	for a := 0; a < k; a++ {
		if !footer && rng.Float64() < m.footerChance {
			for try := 0; try < 20; try++ {
				if s, _, ok := fill(m.footers[rng.Intn(len(m.footers))], e, m, rng); ok {
					out = append(out, addition{n - 1, s, true})
					footer = true
					break
				}
			}
			continue
		}
		if rng.Float64() < m.contextShare {
			for try := 0; try < 20; try++ {
				s, person, ok := fill(m.contexts[rng.Intn(len(m.contexts))], e, m, rng)
				if !ok {
					continue
				}
				after := randomAfter()
				if i, named := e.mention[person]; named && i > 0 && op[i] != opMerge && rng.Float64() < 0.7 {
					after = i
				}
				out = append(out, addition{after, s, false})
				break
			}
			continue
		}
		if m.topic {
			if topic == nil {
				topic = topicCandidates(d, m)
			}
			if len(topic) > 0 {
				b := topic[rng.Intn(len(topic))]
				after := randomAfter()
				if i := nearestPair(d, op, b.text); i > 0 && rng.Float64() < topicNear {
					after = i
				}
				out = append(out, addition{after, b.text, false})
				continue
			}
		}
		self := d.corpus + "/" + d.id
		for try := 0; try < 20 && len(m.pool) > 0; try++ {
			b := m.pool[rng.Intn(len(m.pool))]
			if b.doc != self {
				out = append(out, addition{randomAfter(), b.text, false})
				break
			}
		}
	}
	return out
}
