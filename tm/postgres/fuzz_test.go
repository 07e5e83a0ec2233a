package postgres_test

import (
	"net/url"
	"strings"
	"testing"

	"bitext/tm/postgres"
)

// FuzzRedact: whatever the password, the redacted DSN does not hold it.
func FuzzRedact(f *testing.F) {
	for _, s := range []string{"s3cret", "p@ss:word/with?odd&chars", "한국어비밀번호", "'quoted'", "a%20b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, pw string) {
		if len(pw) < 6 || strings.Contains("postgres://kim:@db.example/tm?sslmode=require host=db.example password= dbname=tm xxxxx", pw) {
			t.Skip()
		}
		dsn := "postgres://kim:" + url.PathEscape(pw) + "@db.example/tm?sslmode=require"
		if got := postgres.Redact(dsn); strings.Contains(got, pw) || strings.Contains(got, url.PathEscape(pw)) {
			t.Errorf("Redact(%q) = %q", dsn, got)
		}
		if !strings.ContainsAny(pw, " '\\&") {
			kv := "host=db.example password=" + pw + " dbname=tm"
			if got := postgres.Redact(kv); strings.Contains(got, pw) {
				t.Errorf("Redact(%q) = %q", kv, got)
			}
		}
	})
}
