package postgres_test

import (
	"context"
	"testing"

	"bitext/tm"
	"bitext/tm/postgres"
	"bitext/tm/postgres/pgtest"
	"bitext/tm/tmtest"
)

func open(t *testing.T) *postgres.Store {
	t.Helper()
	s, err := postgres.Open(context.Background(), pgtest.Schema(t))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	tmtest.Run(t, func(t *testing.T) tm.Store { return open(t) })
}

func TestConformanceViaRegistry(t *testing.T) {
	tmtest.Run(t, func(t *testing.T) tm.Store {
		s, err := tm.Open(context.Background(), pgtest.Schema(t))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}
