package segeval

import "testing"

func TestParseSize(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"100MB", 100e6, true},
		{"100mb", 100e6, true},
		{"1GB", 1e9, true},
		{"512KB", 512e3, true},
		{"1.5M", 1.5e6, true},
		{"64MiB", 64 << 20, true},
		{"2000", 2000, true},
		{"2000B", 2000, true},
		{"lots", 0, false},
		{"-5MB", 0, false},
		{"MB", 0, false},
	} {
		got, err := ParseSize(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d ok=%v", c.in, got, err, c.want, c.ok)
		}
	}
}
