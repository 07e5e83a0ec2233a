package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"bitext/tm"
	"bitext/tm/sqlite"
	"bitext/tm/tmtest"
)

func TestConformance(t *testing.T) {
	tmtest.Run(t, func(t *testing.T) tm.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.tm"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestConformanceViaRegistry(t *testing.T) {
	tmtest.Run(t, func(t *testing.T) tm.Store {
		s, err := tm.Open(context.Background(), "sqlite:"+filepath.Join(t.TempDir(), "test.tm"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}
