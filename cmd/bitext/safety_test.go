package main

import (
	"path/filepath"
	"testing"
)

// TestTMRecord: what the run's state records of its TM for `bitext
// import`: a file's absolute path, a PostgreSQL DSN without its password.
func TestTMRecord(t *testing.T) {
	abs, _ := filepath.Abs("t.tm")
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"t.tm", abs},
		{"postgres://desk:s3cret@db.example:5432/tm?sslmode=require", "postgres://desk@db.example:5432/tm?sslmode=require"},
		{"postgresql://db.example/tm?password=s3cret&sslmode=disable", "postgresql://db.example/tm?sslmode=disable"},
		{"postgres://db.example/tm", "postgres://db.example/tm"},
		{"host=db.example dbname=tm password=s3cret user=desk", "host=db.example dbname=tm user=desk"},
		{"host=db.example password='s3 cr\\'et' dbname=tm", "host=db.example dbname=tm"},
		{"https://example.com/tm", ""},
	} {
		if got := tmFilePath(c.in); got != c.want {
			t.Errorf("tmFilePath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
