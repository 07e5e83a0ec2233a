package tm_test

import (
	"context"
	"testing"

	"golang.org/x/text/language"

	"bitext/tm"
)

// TestLocalize: a fuzzy match differing in a duration and a weekday gets
// both carried into its translation (the example); an exact match
// and a match with nothing to carry over are left as they are.
func TestLocalize(t *testing.T) {
	s := newStore(t)
	en, ko := language.English, language.Korean
	pair := func(e, k string) tm.Unit {
		return tm.Unit{SourceLang: en, Variants: []tm.Variant{{Lang: en, Text: e}, {Lang: ko, Text: k}}}
	}
	if _, err := s.Add(context.Background(), []tm.Unit{
		pair("The ministers met for 30 minutes on Sunday.", "장관들은 일요일 30분간 회동했다."),
		pair("The talks in Seoul ended without an agreement.", "서울 회담은 합의 없이 끝났다."),
	}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ q, suggestion, target string }{
		{"The ministers met for 40 minutes on Monday.", "장관들은 월요일 40분간 회동했다.", "장관들은 일요일 30분간 회동했다."},
		{"The ministers met for 30 minutes on Sunday.", "", "장관들은 일요일 30분간 회동했다."},
		{"The talks in Busan ended without an agreement.", "", "서울 회담은 합의 없이 끝났다."},
	} {
		q := tm.Query{Text: tc.q, Source: en, Target: ko, Min: 50, Top: 1}
		ms, err := s.Lookup(context.Background(), q)
		if err != nil || len(ms) != 1 {
			t.Fatalf("%q: %d matches, %v", tc.q, len(ms), err)
		}
		tm.Localize(q, ms)
		if ms[0].Suggestion != tc.suggestion || ms[0].Target.Text != tc.target {
			t.Errorf("%q: suggestion %q (target %q), want %q", tc.q, ms[0].Suggestion, ms[0].Target.Text, tc.suggestion)
		}
		if (tc.suggestion != "") != (len(ms[0].Localized) > 0) {
			t.Errorf("%q: localized %v", tc.q, ms[0].Localized)
		}
	}
}
