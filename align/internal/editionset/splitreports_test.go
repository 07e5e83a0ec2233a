package main

import "testing"

// TestSplitSentenceA12: one sentence of our own for each split kind of
// session 14's second round (splitreports.go), and the kinds it refuses.
func TestSplitSentenceA12(t *testing.T) {
	for _, c := range []struct{ name, in, a, b string }{
		{"adding after a quotation", `"The bridge will reopen in May," the mayor said, adding that the repairs would cost about two million dollars.`,
			`"The bridge will reopen in May," the mayor said.`, "The mayor added that the repairs would cost about two million dollars."},
		{"adding after an attribution", "Ticket sales rose sharply after the final, he said, adding that the club would build a second stand.",
			"Ticket sales rose sharply after the final, he said.", "He added that the club would build a second stand."},
		{"adding: the attribution's speaker, not the first words", "The bank raised its key rate by half a point, the governor said, adding that inflation was still too high.",
			"The bank raised its key rate by half a point, the governor said.", "The governor added that inflation was still too high."},
		{"adding: a speaker with no name to repeat", `"We will appeal the ruling," a lawyer for the family of the victim said, adding that the trial had been unfair.`, "", ""},
		{"adding inside the quotation", `"We will rebuild the school, adding two floors and a gym for the town," the mayor said on Monday.`, "", ""},
		{"two claims", "The minister said the plan was sound and fully costed, and that the budget would cover it in full.",
			"The minister said the plan was sound and fully costed.", "The minister said that the budget would cover it in full."},
		{"two claims: no report", "The council approved the plan on Monday, and that the budget would cover it was never in doubt.", "", ""},
		{"a second reporting verb", `Coach Lena Ortiz called the result "a disaster" and said the team would train through the holiday.`,
			`Coach Lena Ortiz called the result "a disaster".`, "Coach Lena Ortiz said the team would train through the holiday."},
		{"said and added", "The mayor said the road would reopen in the spring and added that the cost of the work had doubled.",
			"The mayor said the road would reopen in the spring.", "The mayor added that the cost of the work had doubled."},
		{"said and said", "Police said the man entered the house through a window and said nothing to the family inside.", "", ""},
		{"a quotation closed with a comma", `The governor called the fire "a tragedy for the whole region," and said the state would pay for the repairs.`,
			`The governor called the fire "a tragedy for the whole region."`, "The governor said the state would pay for the repairs."},
		{"citing after an attribution", `"The border is closed until further notice," the ministry said, citing security concerns in the region.`,
			`"The border is closed until further notice," the ministry said.`, "The ministry cited security concerns in the region."},
		{"citing after the subject's verb", "The airline cancelled all flights to the island on Friday, citing the storm approaching from the south.",
			"The airline cancelled all flights to the island on Friday.", "The airline cited the storm approaching from the south."},
		{"citing after a clause of its own", "The ministry said it had closed the border on Sunday, citing security concerns in the region.", "", ""},
		{"warning before a clause", "The union ended the strike on Friday afternoon, warning the plant would close for good next year.", "", ""},
		{"noting that", "The mayor opened the new library on Saturday morning, noting that the town had waited thirty years for it.",
			"The mayor opened the new library on Saturday morning.", "The mayor noted that the town had waited thirty years for it."},
		{"a line of two sentences", `"We had no warning at all," said one of the passengers. "The lights went out and the plane dropped.`,
			`"We had no warning at all," said one of the passengers.`, `"The lights went out and the plane dropped.`},
		{"two sentences inside a quotation", `"We had no warning at all. The lights went out and the plane dropped," said one of the passengers.`, "", ""},
		{"a word in capitals before the full stop", "His comments come as US. Secretary of State Mira Castell seems to be close to a deal with the north.", "", ""},
		{"an irregular past", "The two ministers laid a wreath at the memorial after the parade, which was led by a military band.",
			"The two ministers laid a wreath at the memorial after the parade.", "It was led by a military band."},
		{"who and a plain verb after a plural noun", "The firm will hand a tenth of its shares to its employees, who stand to earn dividends of up to 500 dollars.",
			"The firm will hand a tenth of its shares to its employees.", "They stand to earn dividends of up to 500 dollars."},
		{"who and a plain verb after a singular noun", "The fund pays a small pension to every retired worker, who need not apply for it again.", "", ""},
		{"a pronoun, an adverb and its verb", "He then helped the club recover from relegation, and transformed its finances within two seasons.",
			"He then helped the club recover from relegation.", "He transformed its finances within two seasons."},
		{"a name, an adverb and its verb", "Mayor Ilse Brandt clearly enjoys the job, saying she has never been happier in public life.",
			"Mayor Ilse Brandt clearly enjoys the job.", "Mayor Ilse Brandt said she has never been happier in public life."},
		{"a phrase before the subject", "Before the vote, the mayor announced on the radio that she would run again, saying that the city still needed her at the helm.",
			"Before the vote, the mayor announced on the radio that she would run again.", "The mayor said that the city still needed her at the helm."},
		{"a clause before the subject", "When the vote ended, the mayor announced on the radio that she would run again, saying that the city still needed her at the helm.", "", ""},
		{"and so", "The ferry could not sail in the storm, the port authority said, and so the island was cut off for two days.",
			"The ferry could not sail in the storm, the port authority said.", "So the island was cut off for two days."},
		{"and so on", "The bakery on the corner sells bread, cakes, biscuits, and so on, to the whole of the old town every morning.", "", ""},
		{"a verb in -s sharing the subject", "The mayor is not the first in her family to hold the office and follows in the steps of her grandfather.",
			"The mayor is not the first in her family to hold the office.", "The mayor follows in the steps of her grandfather."},
		{"a noun in -s after a list", "The new director is in charge of sales and operations and plans for the plant in the north.", "", ""},
		{"a second verb after a copula, not a passive", "The new coach has been with the club since 2015, and worked for ten years as a scout in Brazil.",
			"The new coach has been with the club since 2015.", "The new coach worked for ten years as a scout in Brazil."},
	} {
		a, b, ok := splitSentence(c.in)
		if ok != (c.a != "") || a != c.a || b != c.b {
			t.Errorf("%s: splitSentence(%q) = %q, %q, %v; want %q, %q", c.name, c.in, a, b, ok, c.a, c.b)
		}
	}
}
