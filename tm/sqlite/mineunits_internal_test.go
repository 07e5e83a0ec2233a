package sqlite

import (
	"encoding/json"
	"testing"

	"bitext/tm"
	"bitext/tm/internal/backend"
)

// TestOriginFile checks originFile against the JSON decoder on extras
// EncodeExtras writes and on others: where it answers, the same file.
func TestOriginFile(t *testing.T) {
	units := []tm.Unit{
		{},
		{TUID: "1", Origin: tm.Origin{Kind: tm.OriginTMX, File: "s30.tmx", Review: "translated"}},
		{Origin: tm.Origin{File: "desk.tmx"}},
		{Origin: tm.Origin{Kind: tm.OriginTMX}},
		{TUID: `"origin":{"Kind":"x","File":"no"}`, Origin: tm.Origin{File: "yes.tmx"}},
		{Origin: tm.Origin{Kind: tm.OriginTMX, File: `a "quoted" \\ file.tmx`}},
		{Notes: []tm.Note{{Value: "origin"}}},
		{TUID: `origin`, Props: []tm.Prop{{Type: "x-origin", Value: "wire"}}},
	}
	var cases [][]byte
	for _, u := range units {
		cases = append(cases, backend.EncodeExtras(&u, true))
	}
	cases = append(cases, []byte(""), []byte("{}"), []byte(`{"origin":null}`), []byte(`{"origin":{"file":"lower.tmx"}}`))
	fast := 0
	for _, data := range cases {
		var want string
		var d originOnly
		if json.Unmarshal(data, &d) == nil && d.Origin != nil {
			want = d.Origin.File
		}
		got, ok := originFile(data)
		if ok {
			fast++
			if got != want {
				t.Errorf("originFile(%s) = %q, want %q", data, got, want)
			}
		}
	}
	if fast < 4 {
		t.Errorf("originFile answered %d of %d, want the usual shapes answered", fast, len(cases))
	}
}
