package glossary

import (
	"fmt"
	"strings"
	"testing"
)

func TestDistance(t *testing.T) {
	long := strings.Repeat("가", 30) // 90 bytes: past the buffers
	for _, c := range []struct {
		a, b string
		max  int
		want int
	}{
		{"Pepperdine", "Pepperdine", 2, 0},
		{"Pepperdene", "Pepperdine", 2, 1},    // one letter changed
		{"Scolari", "Scolaria", 2, 1},         // one added
		{"Thorneycroft", "Thornycroft", 2, 1}, // one dropped
		{"Galliani", "Galilani", 2, 1},        // two beside each other swapped
		{"Cheju", "Jeju", 2, 2},
		{"Kremin", "Kremen", 0, 1}, // over max: max+1
		{"Lee", "Rhee", 1, 2},      // over max: max+1
		{"정의용", "정의영", 1, 1},       // runes, not bytes
		{"abc", "abcdef", 2, 3},    // lengths alone over max
		{long, long + "나", 2, 1},
		{long + "다", long + "라", 1, 1},
	} {
		if got := Distance(c.a, c.b, c.max); got != c.want {
			t.Errorf("Distance(%q, %q, %d) = %d, want %d", c.a, c.b, c.max, got, c.want)
		}
	}
}

func ExampleDistance() {
	fmt.Println(Distance("Pepperdene", "Pepperdine", 2))
	fmt.Println(Distance("Chung Eui-young", "Chung Eui-yong", 2))
	fmt.Println(Distance("Seoul", "Busan", 2)) // more than 2: 3
	// Output:
	// 1
	// 1
	// 3
}
