package export

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"bitext/tm"
	"bitext/tm/sqlite"
)

// TestTMXProvenance: the aligned pairs of a run's TMX import into a TM as
// what they are, machine alignments nobody reviewed, not as translations.
func TestTMXProvenance(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTMX(&buf, sampleDoc(), nil); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.tm"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := tm.ImportTMX(ctx, s, &buf, "sample.tmx")
	if err != nil || res.Added == 0 {
		t.Fatalf("import: %+v, %v", res, err)
	}
	err = s.Iterate(ctx, tm.ExportOptions{}, func(u tm.Unit) error {
		if u.Origin.Kind != tm.OriginAlignment || u.Origin.Review != tm.Unreviewed || u.Origin.Confidence == 0 {
			t.Errorf("unit %q: origin %+v, want an unreviewed alignment with its confidence", u.Variants[0].Text, u.Origin)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
