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

// EachNameKey gives NameKeys' keys one at a time, without strings: here
// the keys of 왕이 (Wang Yi) long enough to count for the aligner.
func ExampleEachNameKey() {
	romanize.EachNameKey("왕이", func(key []byte) {
		if len(key) >= 5 {
			fmt.Println(string(key))
		}
	})
	// Output:
	// wanki
	// iwank
}
