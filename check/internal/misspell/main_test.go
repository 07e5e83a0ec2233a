package main

import (
	"math/rand"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"bitext/glossary"
)

// Each edit kind writes what a typist's slip writes.
func TestMisspell(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, tc := range []struct {
		w, kind string
		i       int
		want    string
	}{
		{"paragliding", "dropped", 3, "pargliding"},
		{"paragliding", "doubled", 4, "paraggliding"},
		{"paragliding", "swapped", 5, "paragilding"},
		{"paragliding", "swapped", 10, ""}, // no letter after the last
		{"tariff", "swapped", 4, ""},       // ff swapped is ff
	} {
		if got := misspell(tc.w, tc.kind, tc.i, rng); got != tc.want {
			t.Errorf("misspell(%q, %s, %d) = %q, want %q", tc.w, tc.kind, tc.i, got, tc.want)
		}
	}
	for i := 0; i < 50; i++ {
		got := misspell("tariff", "neighbour", 1, rng)
		if len(got) != 6 || got[0] != 't' || got[2:] != "riff" || !strings.ContainsRune(qwerty['a'], rune(got[1])) {
			t.Fatalf("neighbour of a in tariff: %q", got)
		}
	}
	if misspell("tariff", "neighbour", 0, rng) == "tariff" {
		t.Error("a neighbour key wrote the letter itself")
	}
}

// The QWERTY neighbours are symmetric: a key's neighbour has it for one.
func TestQwertySymmetric(t *testing.T) {
	if len(qwerty) != 26 {
		t.Fatalf("%d letters", len(qwerty))
	}
	for k, ns := range qwerty {
		for i := 0; i < len(ns); i++ {
			if !strings.ContainsRune(qwerty[ns[i]], rune(k)) {
				t.Errorf("%c is a neighbour of %c, not the other way", ns[i], k)
			}
		}
	}
}

func TestWhereAndHalves(t *testing.T) {
	for _, tc := range []struct {
		kind string
		i, n int
		want string
	}{
		{"dropped", 0, 8, "edge"}, {"dropped", 7, 8, "edge"}, {"dropped", 3, 8, "inside"},
		{"swapped", 6, 8, "edge"}, {"swapped", 5, 8, "inside"},
		{"doubled", 7, 8, "inside"}, {"doubled", 0, 8, "inside"}, // a letter doubled keeps the first and the last
		{"neighbour", 7, 8, "edge"},
	} {
		if got := where(tc.kind, tc.i, tc.n); got != tc.want {
			t.Errorf("where(%s, %d, %d) = %s, want %s", tc.kind, tc.i, tc.n, got, tc.want)
		}
	}
	for path, want := range map[string]string{
		"x/house.csv": "dev", "house20.csv": "dev", "house21.csv": "held-out", "house32.csv": "held-out",
		"house33.csv": "held-out-2", "house36.csv": "held-out-2", "house37.csv": "",
		"house0.csv": "", "notes.csv": "", "myhouse.csv": "",
	} {
		if got := halfOf(path); got != want {
			t.Errorf("halfOf(%s) = %q, want %q", path, got, want)
		}
	}
}

// Only one-word lower-case forms, not forbidden, four letters or more.
func TestOneWordForms(t *testing.T) {
	g, err := glossary.Load("testdata/lists/house.csv")
	if err != nil {
		t.Fatal(err)
	}
	forms, entry, _ := oneWordForms(g)
	if got := strings.Join(forms, " "); got != "paragliding cryptography tariff" {
		t.Errorf("forms %q", got)
	}
	if entry["tariff"] != "tariff" {
		t.Errorf("entry %v", entry)
	}
}

func TestReadArticles(t *testing.T) {
	base := filepath.Join("testdata", "shared", "corpus", "ntrex128-newstest2019")
	arts, err := readArticles(base+".ko-en.tsv", base+".docid.txt", 2)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"The first story\n\nThe town council met on Monday to talk about roads.", "Another story\n\nThe mayor spoke about the weather."}
	if strings.Join(arts, "|") != strings.Join(want, "|") {
		t.Errorf("articles %q", arts)
	}
}

// The whole run on a fixture: three forms, four kinds each, counted in
// the half of their file; the checker finds some (a near miss of
// paragliding or cryptography with strange letters) and the report says
// both halves apart.
func TestRun(t *testing.T) {
	var b strings.Builder
	if err := run(&b, filepath.Join("testdata", "shared"), "testdata/lists/*.csv", 1, "all", 20); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"dev half (1 glossaries: house.csv ... house.csv), seed 1",
		"held-out half (1 glossaries: house21.csv ... house21.csv), seed 1",
		"  4-5 letters 0 of 0\n",
		"  6-7 letters 4 of 4 (100%)\n", // tariff: six letters or more since session 20's T35 (0 of 4 before)
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	if !strings.Contains(out, "  precision: ") || !strings.Contains(out, "other near-miss findings: ") {
		t.Errorf("no precision line:\n%s", out)
	}
	if len(regexp.MustCompile(`(?m)^  all: \d+ of 12 \(`).FindAllString(out, -1)) != 2 {
		t.Errorf("not 12 cases a half:\n%s", out)
	}
	if strings.Contains(out, "  all: 0 of") {
		t.Errorf("nothing found:\n%s", out)
	}
	b.Reset()
	if err := run(&b, filepath.Join("testdata", "shared"), "testdata/lists/*.csv", 1, "dev", 20); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "held-out") || !strings.Contains(out, b.String()) {
		t.Errorf("dev alone differs from dev in all:\n%s", b.String())
	}
}
