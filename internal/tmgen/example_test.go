package tmgen_test

import (
	"fmt"

	"bitext/internal/tmgen"
)

func ExampleGenerator() {
	g := tmgen.New(tmgen.Builtin(), 1)
	units := g.Units(1000)
	queries := g.Queries(units, 3)
	again := tmgen.New(tmgen.Builtin(), 1).Units(1000)
	fmt.Println(len(units), units[999] == again[999])
	for _, q := range queries {
		fmt.Println(q.Source, q.Edit, q.Want < len(units))
	}
	// Output:
	// 1000 true
	// en words true
	// en numbers true
	// en clause true
}
