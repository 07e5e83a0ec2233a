package pgmigrate

import (
	"fmt"
	"testing"
	"testing/fstest"
)

func TestSplitPath(t *testing.T) {
	for in, want := range map[string][]string{
		"":                            nil,
		"public":                      {"public"},
		`"$user", public`:             {"$user", "public"},
		"$user,public":                {"$user", "public"},
		"Sports , public":             {"sports", "public"},
		`"Sports Desk",public`:        {"Sports Desk", "public"},
		`"a""b", x`:                   {`a"b`, "x"},
		" desk_2026 ,, public ":       {"desk_2026", "public"},
		`pg_catalog, "MixedCase", pu`: {"pg_catalog", "MixedCase", "pu"},
	} {
		if got := splitPath(in); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("splitPath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"m/0002_b.sql":  {Data: []byte("B")},
		"m/0001_a.sql":  {Data: []byte("A")},
		"m/README.txt":  {Data: []byte("not a migration")},
		"bad/x_bad.sql": {Data: []byte("")},
	}
	ms, err := Load(fsys, "m")
	if err != nil || len(ms) != 2 || ms[0].Version != 1 || ms[0].Name != "a" || ms[1].SQL != "B" {
		t.Fatalf("Load = %+v, %v", ms, err)
	}
	if _, err := Load(fsys, "bad"); err == nil {
		t.Error("a migration without a version loaded")
	}
}
