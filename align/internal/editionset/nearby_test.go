package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand"
	"testing"
)

// borrowDocs is a small part of our own: four stories, two of them on the
// same matter (a port strike in Busan), so a borrowed line by topic has a
// document to come from.
func borrowDocs() []doc {
	mk := func(id string, ens ...string) doc {
		d := doc{id: id, corpus: "test"}
		for i, e := range ens {
			d.pairs = append(d.pairs, pair{ko: fmt.Sprintf("문장 %d입니다.", i), en: e})
		}
		return d
	}
	return []doc{
		mk("strike-1", "Dockworkers strike in Busan",
			"Dockworkers at the port of Busan walked off the job on Monday over a pay dispute.",
			"The union said about 4,000 members joined the strike, halting container traffic.",
			"Shipping companies warned that exports of cars and steel could be delayed.",
			"Union leader Park Sang-min said the walkout would continue until wages rose.",
			"The port handles about three quarters of the country's container cargo.",
			"Park said talks with the port authority had broken down last week.",
			"Police were deployed near the terminals, but no clashes were reported."),
		mk("strike-2", "Busan port strike enters second day",
			"The dockworkers' strike at Busan port entered its second day on Tuesday, with container traffic at a standstill.",
			"The port authority said it would meet the union again on Wednesday to discuss wages.",
			"Carmakers said exports of vehicles were piling up at the terminals.",
			"The union's pay demand is a raise of 9 percent, against the 3 percent offered.",
			"Economists said a long strike could cut exports this quarter."),
		mk("films", "Film festival opens",
			"The Jeonju International Film Festival opened on Thursday with a record 230 films from 48 countries.",
			"Organizers said ticket sales had doubled since the pandemic years.",
			"The opening film, a drama about a family in Gangwon, drew long queues.",
			"Actor Kim Hye-jin, who heads the jury this year, praised the young directors.",
			"The festival runs until May 10."),
		mk("rates", "Central bank holds rates",
			"The Bank of Korea kept its benchmark interest rate unchanged at 3.5 percent on Thursday.",
			"Governor Rhee Chang-yong said inflation was slowing but household debt remained high.",
			"Markets had widely expected the decision, and the won was little changed.",
			"Rhee said a cut was possible later in the year if prices kept easing.",
			"Analysts expect the first cut in the fourth quarter."),
	}
}

func editedHash(docs []doc, m *material) string {
	h := sha256.New()
	enc := json.NewEncoder(h)
	for seed := int64(0); seed < 60; seed++ {
		for _, d := range docs {
			if err := enc.Encode(editDoc(d, rand.New(rand.NewSource(seed)), m)); err != nil {
				panic(err)
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// TestBorrowDefaultUnchanged: without -borrow topic the edits are those of
// the generator before the option (the hashes were taken at 9fa22a2, whose
// editDoc has no such option).
func TestBorrowDefaultUnchanged(t *testing.T) {
	docs := borrowDocs()
	for _, c := range []struct {
		heldOut bool
		want    string
	}{{false, "75342576a3250480"}, {true, "a48c3fd32e819c28"}} {
		if got := editedHash(docs, newMaterial(docs, c.heldOut)); got != c.want {
			t.Errorf("held-out %v: edits hash %s, want %s (the default output changed)", c.heldOut, got, c.want)
		}
	}
}

// TestBorrowTopic: with -borrow topic a borrowed line of a strike story
// comes from the other strike story, next to the pair it shares most with.
func TestBorrowTopic(t *testing.T) {
	docs := borrowDocs()
	m := newMaterial(docs, false)
	m.topic = true
	c := topicCandidates(docs[0], m)
	if len(c) == 0 {
		t.Fatal("no candidates by topic")
	}
	for _, b := range c {
		if b.doc != "test/strike-2" {
			t.Errorf("candidate %q from %s, want test/strike-2", b.text, b.doc)
		}
	}
	if i := nearestPair(docs[0], make([]int, len(docs[0].pairs)), "Carmakers said exports of vehicles were piling up at the terminals."); i != 3 {
		t.Errorf("nearest pair %d, want 3 (exports of cars and steel)", i)
	}
	borrowedN, topical := 0, 0
	other := map[string]bool{}
	for _, p := range docs[1].pairs {
		other[p.en] = true
	}
	for seed := int64(0); seed < 300; seed++ {
		m.contextShare, m.footerChance = 0, 0
		op := make([]int, len(docs[0].pairs))
		for _, a := range additions(docs[0], op, 2, m, rand.New(rand.NewSource(seed))) {
			borrowedN++
			if other[a.text] {
				topical++
			}
		}
	}
	if borrowedN == 0 || topical != borrowedN {
		t.Errorf("%d of %d borrowed lines from the other strike story", topical, borrowedN)
	}
}
