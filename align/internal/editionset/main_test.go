package main

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

func TestSplitSentence(t *testing.T) {
	for _, c := range []struct{ in, a, b string }{
		{"The central bank cut its key rate on Thursday, but analysts expect another cut next year.",
			"The central bank cut its key rate on Thursday.", "But analysts expect another cut next year."},
		{"Exports rose for a third straight month in October; imports fell more than expected.",
			"Exports rose for a third straight month in October.", "Imports fell more than expected."},
		{"Short one, and short two.", "", ""},
		{"The method involves extracting immune cells from a patient, and then reinjecting the cells into the body.", "", ""},
		{"Nickel mining is also important in the province, but is mostly concentrated on the opposite coast.", "", ""},
		{"The talks were held in the northern city of Kaesong, which was the site of earlier meetings.",
			// session 14: "which" after a name repeats the name
			"The talks were held in the northern city of Kaesong.", "Kaesong was the site of earlier meetings."},
		{`"We will cut the rate again, and we will do it soon," the governor said at the meeting.`, "", ""},
		// Splits an editor would not make (session 13, helper A9): a
		// comma inside a phrase, an HTML entity, a verb that does not agree
		// with the pronoun, second halves with no subject or no verb, a
		// parenthesis between dashes, a quotation closed after the
		// boundary, a subordinate first clause, a time phrase taken for a
		// subject, a question.
		{"The striker took a glancing, but powerful blow to the head in the second half.", "", ""},
		{"The stall at the night market sells pickled jalape&ntilde; os and grilled corn all evening.", "", ""},
		{"The ministry publishes monthly trade figures, which are usually revised a month later.",
			"The ministry publishes monthly trade figures.", "They are usually revised a month later."},
		{"The singer has toured under several stage names, but this year announced a return to her own.", "", ""},
		// Session 14: the second half takes the first half's subject
		// (sharedSubject), which session 13 refused for want of one.
		{"The union called off the strike on Friday morning, and said talks would resume next week.",
			"The union called off the strike on Friday morning.", "The union said talks would resume next week."},
		{"Heavy rain is expected to cause flooding in the river valleys, and landslides in the hills.", "", ""},
		{"Hundreds of farmers - many of them from the south - also joined the march to the capital.", "", ""},
		{"But we think the public has a right to know, just as voters have a right to know,' the senator added.", "", ""},
		{"As part of a wider push into the health market, which is growing while clothing sales fall, the chain will open clinics.", "", ""},
		{"Is the new tariff a genuine attempt at reform, or just another way to raise revenue for the treasury?", "", ""},
		{"Both stadiums were built by the city before the league expanded; Central Park in 1950, St. Mary's a decade later.", "", ""},
		{"The witness said she reported the theft to the police at once, but later agreed to drop the complaint.", "", ""},
		{"The service can be used only in the capital right now, and generally won't work on older phones.", "", ""},
		{"The reporters spoke with the two brothers, now 18 and 20, and their cousin Mina about what it's like to live there.", "", ""},
		{"And now a page from our weekend almanac: May 3, 1901, a long time ago; COUNTING ... the day the city hall was opened.", "", ""},
		{"The coach said the team had prepared well for the final, but this time the defence let them down.", "", ""},
	} {
		a, b, ok := splitSentence(c.in)
		if ok != (c.a != "") || a != c.a || b != c.b {
			t.Errorf("splitSentence(%q) = %q, %q, %v", c.in, a, b, ok)
		}
	}
}

// TestSplitSentenceSession14: one sentence of our own for each split kind
// session 14 takes back, and for the kinds it must still refuse.
func TestSplitSentenceSession14(t *testing.T) {
	checkSplits(t, []splitCase{
		{"adverb before the subject", "The ministry raised the entry fee last spring, and now the agency plans to cut it again.",
			"The ministry raised the entry fee last spring.", "Now the agency plans to cut it again."},
		{"phrase closed by a comma", "The visitors led by two goals at the break; after the restart, the home side scored three times.",
			"The visitors led by two goals at the break.", "After the restart, the home side scored three times."},
		{"quantity as subject", "The ferry carried forty passengers on the night crossing, and all of them were rescued by the coast guard.",
			"The ferry carried forty passengers on the night crossing.", "All of them were rescued by the coast guard."},
		{"more than N", "Heavy snow closed the mountain roads on Sunday, but more than 200 drivers were rescued before dark.",
			"Heavy snow closed the mountain roads on Sunday.", "But more than 200 drivers were rescued before dark."},
		{"that as a demonstrative", "The factory missed its output target in March, but that was the first miss in two years.",
			"The factory missed its output target in March.", "But that was the first miss in two years."},
		// "that opening a clause" was refused until A12 took a report's
		// second claim (TestSplitSentenceA12, "two claims").
		{"that opening a clause", "The council approved the plan on Monday, and that the budget would cover it was never in doubt.", "", ""},
		{"verb in -s after a pronoun", "The cooperative lends money to small farmers in the valley; it also operates a seed bank for members.",
			"The cooperative lends money to small farmers in the valley.", "It also operates a seed bank for members."},
		{"which before a past verb", "The orchestra hired a new conductor from Vienna in the spring, which surprised many of its longtime players.",
			"The orchestra hired a new conductor from Vienna in the spring.", "It surprised many of its longtime players."},
		{"which after a name", "The union has asked for talks with Hanbit Logistics, which employs about 3,000 drivers across the country.",
			"The union has asked for talks with Hanbit Logistics.", "Hanbit Logistics employs about 3,000 drivers across the country."},
		{"which after a place", "Thousands of visitors are expected at this year's fair in Tolvaro, which will be opened by the mayor.",
			"Thousands of visitors are expected at this year's fair in Tolvaro.", "It will be opened by the mayor."},
		{"which in a cleft sentence", "In the end it was the goalkeeper's late save, more than anything, which decided the match for the hosts.", "", ""},
		{"which as an object", "The poet read from the new collection of her letters, which she wrote during the long war years.", "", ""},
		{"who after a name", "The award went to the physicist Mira Castell, who spent a decade building the detector in a salt mine.",
			"The award went to the physicist Mira Castell.", "Mira Castell spent a decade building the detector in a salt mine."},
		{"who after a plural noun", "The council thanked the local volunteers, who cleared the beach after the oil spill last week.",
			"The council thanked the local volunteers.", "They cleared the beach after the oil spill last week."},
		{"who after a singular noun", "The council thanked the night engineer, who repaired the flooded pumps within hours.", "", ""},
		{"who after a place", "The festival drew crowds to the old market in Tolvaro, who came to see the lantern parade at night.", "", ""},
		{"who after the last of two names", "The prize was shared by Ana Ruiz and Tomas Berg, who built the first prototype in a garage.", "", ""},
		{"whose after a name", "The prize went to the novelist Dana Whitfield, whose first book sold over a million copies in Europe.",
			"The prize went to the novelist Dana Whitfield.", "Dana Whitfield's first book sold over a million copies in Europe."},
		{"where", "The delegates flew to the coastal city of Parnu, where they signed the fisheries agreement on Friday.",
			"The delegates flew to the coastal city of Parnu.", "There, they signed the fisheries agreement on Friday."},
		{"where inside the sentence", "One of my clearest memories of the old office, where I once worked late every night, is the smell of coffee.", "", ""},
		{"saying", "The company raised its forecast for the year, saying demand for its chips had recovered faster than expected.",
			"The company raised its forecast for the year.", "The company said demand for its chips had recovered faster than expected."},
		{"adding that", "Mayor Ilse Brandt defended the new parking fees on Tuesday, adding that the money would go to bus routes.",
			"Mayor Ilse Brandt defended the new parking fees on Tuesday.", "Mayor Ilse Brandt added that the money would go to bus routes."},
		{"saying with no subject to repeat", "In a statement released late on Tuesday night, saying the money would go to bus routes, officials confirmed it.", "", ""},
		{"and before a pronoun", "The singer cancelled the last three concerts of the tour and she apologised to her fans online.",
			"The singer cancelled the last three concerts of the tour.", "She apologised to her fans online."},
		{"and in a report", "The coach said the players were very tired and they needed a long rest before the final.", "", ""},
		{"but without a comma", "The home team led for most of the second half but the visitors scored twice in the final minutes.",
			"The home team led for most of the second half.", "But the visitors scored twice in the final minutes."},
		{"shared subject after a passive", "The driver was arrested at the border crossing on Monday, and charged with smuggling cigarettes.", "", ""},
		{"shared subject with a clause between", "The inspector said the tanks had leaked for months, and ordered the plant to close at once.", "", ""},
		{"meaning", "The old bridge will close for repairs in May, meaning commuters must take the ferry for six weeks.",
			"The old bridge will close for repairs in May.", "That means commuters must take the ferry for six weeks."},
		{"when before the past", "The company last raised its prices in 2019, when demand for steel surged after the long strike.",
			"The company last raised its prices in 2019.", "That was when demand for steel surged after the long strike."},
		{"when before the present", "The shop opens its doors at nine on weekdays, when the first trains are due from the coast.", "", ""},
		{"as", "Oil prices fell for a third straight day, as traders worried about weak demand in Asia.",
			"Oil prices fell for a third straight day.", "Traders worried about weak demand in Asia."},
		{"boundary between dashes", "The new rules - which take effect in June, and they apply to all banks - were welcomed by investors.", "", ""},
		{"quotation opened at the start", "'They want to delay the vote again and we are here today to stop them,' the organiser told the crowd.", "", ""},
		{"after a colon", "The menu was simple: grilled fish and rice for the crew, as the cook had run out of everything else.", "", ""},
	})
}

func TestMergeSentences(t *testing.T) {
	// A document's vocabulary: "officials" in lower case, "Park" a name.
	v := newVocab([]string{"Local officials met Park on Monday.", "The talks were held in Seoul by Park and officials."})
	for _, c := range []struct{ name, a, b, want string }{
		{"pronoun lower-cased", "Exports rose.", "They beat forecasts.", "Exports rose, and they beat forecasts."},
		{"contrast opener", "Exports rose.", "But imports fell.", "Exports rose, but imports fell."},
		{"however opener", "Exports rose.", "However, imports fell.", "Exports rose, but imports fell."},
		{"however inside", "Exports rose.", "Officials, however, stayed away.", "Exports rose, but officials stayed away."},
		{"still kept", "Exports rose.", "Still, the won fell.", "Exports rose, but still, the won fell."},
		{"name kept", "Exports rose.", "Samsung led the gains.", "Exports rose, and Samsung led the gains."},
		{"vocabulary word", "Exports rose.", "Officials cheered the figures.", "Exports rose, and officials cheered the figures."},
		{"vocabulary name", "Exports rose.", "Park cheered the figures.", "Exports rose, and Park cheered the figures."},
		{"acronym", "Exports rose.", "KOSPI gained 2 percent.", "Exports rose, and KOSPI gained 2 percent."},
		{"I kept", "I was there.", "I saw the fire.", "I was there and saw the fire."},
		{"same subject dropped", "He met Kim on Monday.", "He said the talks went well.", "He met Kim on Monday and said the talks went well."},
		{"same name subject", "The ministry announced the plan.", "The ministry will review it in May.", "The ministry announced the plan and will review it in May."},
		{"different subject", "He met Kim on Monday.", "She said the talks went well.", "He met Kim on Monday, and she said the talks went well."},
		{"it is no shared subject", "It rained all week.", "It is the wettest June on record.", "It rained all week, and it is the wettest June on record."},
		{"this: which", "Exports fell 5 percent.", "This was the biggest drop in a decade.", "Exports fell 5 percent, which was the biggest drop in a decade."},
		{"that as a determiner", "Exports fell.", "That drop was expected.", "Exports fell, and that drop was expected."},
		{"and opener", "Exports rose.", "And imports fell.", "Exports rose, and imports fell."},
		{"so opener", "Exports rose.", "So the won gained.", "Exports rose, so the won gained."},
		{"meanwhile opener", "Exports rose.", "Meanwhile, imports fell.", "Exports rose, while imports fell."},
		{"contraction", "Exports rose.", "It's the third rise.", "Exports rose, and it's the third rise."},
		{"question", "Why now?", "Nobody said.", "Why now? Nobody said."},
		{"quotation opens", "He spoke.", `"We will win," he said.`, `He spoke: "We will win," he said.`},
		{"quotation open", `He said: "We will win.`, `Nobody doubts it."`, `He said: "We will win. Nobody doubts it."`},
		{"quotation closed", `He praised their "pursuit of justice."`, `The man was 20.`, `He praised their "pursuit of justice," and the man was 20.`},
		{"quotation alone", `"Today, there's neither."`, `He said bars close.`, `"Today, there's neither." He said bars close.`},
	} {
		got := mergeSentences(c.a, c.b, v, nil)
		if got != c.want {
			t.Errorf("%s: mergeSentences(%q, %q) = %q, want %q", c.name, c.a, c.b, got, c.want)
		}
		if strings.Contains(got, "; ") {
			t.Errorf("%s: %q joined with a semicolon", c.name, got)
		}
	}
}

// TestMergeWhile: the plain join is ", and" or ", while", drawn from the
// seeded generator, both with the second sentence in lower case.
func TestMergeWhile(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	seen := map[string]int{}
	for i := 0; i < 200; i++ {
		got := mergeSentences("Exports rose.", "The won fell.", nil, rng)
		switch got {
		case "Exports rose, and the won fell.", "Exports rose, while the won fell.":
			seen[got]++
		default:
			t.Fatalf("got %q", got)
		}
	}
	if n := seen["Exports rose, while the won fell."]; n < 20 || n > 80 {
		t.Errorf("%d of 200 joins with while, want about a quarter", n)
	}
}

// TestEditDocGold: every sentence of both sides is in exactly one gold
// link, in order, and the links are of the kinds the edits make.
func TestEditDocGold(t *testing.T) {
	var d doc
	d.id, d.corpus = "x", "test"
	for i := 0; i < 20; i++ {
		d.pairs = append(d.pairs, pair{ko: fmt.Sprintf("문장 %d입니다.", i),
			en: fmt.Sprintf("Sentence %d says that the economy grew, and the central bank held its rate steady.", i)})
	}
	other := doc{id: "y", corpus: "test", pairs: []pair{{ko: "제목", en: "Headline"}, {ko: "다른 문장입니다.", en: "Another document's sentence, long enough to be borrowed as background."}}}
	for seed := int64(1); seed <= 50; seed++ {
		o := editDoc(d, rand.New(rand.NewSource(seed)), newMaterial([]doc{d, other}, seed%2 == 0))
		i, j := 0, 0
		kinds := map[string]int{}
		for _, g := range o.Gold {
			for _, x := range g[0] {
				if x != i {
					t.Fatalf("seed %d: source %d out of order", seed, x)
				}
				i++
			}
			for _, x := range g[1] {
				if x != j {
					t.Fatalf("seed %d: target %d out of order", seed, x)
				}
				j++
			}
			kinds[fmt.Sprintf("%d-%d", len(g[0]), len(g[1]))]++
		}
		if i != len(o.Ko) || j != len(o.En) {
			t.Fatalf("seed %d: covered %d/%d and %d/%d", seed, i, len(o.Ko), j, len(o.En))
		}
		if kinds["1-0"] != o.Edits.Drops || kinds["1-2"] != o.Edits.Splits || kinds["2-1"] != o.Edits.Merges || kinds["0-1"] != o.Edits.Additions {
			t.Fatalf("seed %d: links %v, edits %+v", seed, kinds, o.Edits)
		}
		if o.Edits.Drops != 3 || o.Edits.Merges < 1 || o.Edits.Splits < 1 {
			t.Errorf("seed %d: edits %+v, want 3 drops (15%% of 20) and at least one merge and split", seed, o.Edits)
		}
	}
}

// TestAdditions: the development and held-out parts draw their English-only
// lines from disjoint halves of the templates; a borrowed line never comes
// from the document itself; slots are filled from the document.
func TestAdditions(t *testing.T) {
	dev, held := newMaterial(nil, false), newMaterial(nil, true)
	for _, x := range dev.contexts {
		for _, y := range held.contexts {
			if x == y {
				t.Errorf("context %q in both parts", x)
			}
		}
	}
	if len(dev.contexts)+len(held.contexts) != len(contextTemplates) || len(dev.footers)+len(held.footers) != len(footerTemplates) {
		t.Errorf("halves %d+%d, %d+%d", len(dev.contexts), len(held.contexts), len(dev.footers), len(held.footers))
	}
	d := doc{id: "a", corpus: "test", pairs: []pair{
		{ko: "제목", en: "Minister visits Busan"},
		{ko: "문장 1.", en: "Finance Minister Choo Kyung-ho visited Busan on Monday with OECD officials."},
		{ko: "문장 2.", en: "In 2019, analyst Jane Holden told reporters that Holden would stay."},
		{ko: "문장 3.", en: "The visit lasted two days and ended with a dinner for local business leaders."},
	}}
	other := doc{id: "b", corpus: "test", pairs: []pair{{ko: "제목", en: "Other"}, {ko: "다른 문장.", en: "A sentence of another document that is long enough to borrow."}}}
	e := findEntities(d)
	if len(e.persons) != 1 || e.persons[0] != "Holden" || e.mention["Holden"] != 2 {
		t.Errorf("persons %v, mentions %v", e.persons, e.mention)
	}
	if len(e.orgs) != 1 || e.orgs[0] != "OECD" || len(e.years) != 1 || e.years[0] != "2019" || len(e.places) != 1 || e.places[0] != "Busan" {
		t.Errorf("entities %+v", e)
	}
	op := make([]int, len(d.pairs))
	for _, m := range []*material{newMaterial([]doc{d, other}, false), newMaterial([]doc{d, other}, true)} {
		for seed := int64(0); seed < 200; seed++ {
			for _, a := range additions(d, op, 2, m, rand.New(rand.NewSource(seed))) {
				if a.after < 1 || a.after >= len(d.pairs) || strings.Contains(a.text, "{") {
					t.Fatalf("seed %d: addition %+v", seed, a)
				}
				for _, p := range d.pairs {
					if p.en == a.text {
						t.Fatalf("seed %d: borrowed %q from the document itself", seed, a.text)
					}
				}
			}
		}
	}
}

func TestWholeSentence(t *testing.T) {
	for s, want := range map[string]bool{
		"The driver stopped.":                            true,
		`"We will go," he said.`:                         true,
		"“Why now?”":                                     true,
		"45 a.m. ET), the death toll had climbed to 49.": false,
		"and then he left.":                              false,
		"The talks, which began in":                      false,
	} {
		if got := wholeSentence(s); got != want {
			t.Errorf("wholeSentence(%q) = %v", s, got)
		}
	}
}

// splitCase is a sentence and the halves splitSentence must give, none
// when a and b are empty.
type splitCase struct{ name, in, a, b string }

// checkSplits runs splitSentence on each case.
func checkSplits(t *testing.T, cases []splitCase) {
	t.Helper()
	for _, c := range cases {
		a, b, ok := splitSentence(c.in)
		if ok != (c.a != "") || a != c.a || b != c.b {
			t.Errorf("%s: splitSentence(%q) = %q, %q, %v; want %q, %q", c.name, c.in, a, b, ok, c.a, c.b)
		}
	}
}

// TestJoinWord: the first word of a joined sentence.
func TestJoinWord(t *testing.T) {
	v := newVocab([]string{"Some thirty people came to the park.", "Officials met Park in the drink-led bar."})
	for _, c := range []struct{ in, want string }{
		{"The", "the"}, {"It's", "it's"}, {"I", "I"}, {"KOSPI", "KOSPI"}, {"McCarthy", "McCarthy"},
		{"Park", "Park"}, {"Officials", "officials"}, {"Thirty-two", "thirty-two"}, {"Drink-led", "drink-led"},
		{"Hopefully,", "hopefully,"}, {"Announcing", "announcing"}, {"Seoul", "Seoul"},
	} {
		if got := joinWord(c.in, v); got != c.want {
			t.Errorf("joinWord(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
