package romanize_test

import (
	"fmt"
	"slices"

	"bitext/romanize"
)

func ExampleNameKeys() {
	keys := romanize.NameKeys("이창용")
	for _, en := range []string{"Rhee Chang-yong", "Lee Chang-yong", "Park Chang-yong"} {
		fmt.Println(en, slices.Contains(keys, romanize.Key(en)))
	}
	// Output:
	// Rhee Chang-yong true
	// Lee Chang-yong true
	// Park Chang-yong false
}
