package queued_test

import (
	"fmt"

	"bitext/pipeline/queued"
)

// The run of a queued batch comes from the settings as resolved: the
// password of the TM's DSN, wherever it is given, is not part of them.
func ExampleCanonicalTM() {
	for _, dsn := range []string{
		"postgres://desk:s3cret@db.example/bitext?search_path=sports,public",
		"host=db.example dbname=bitext user=desk password=s3cret search_path='sports, public'",
	} {
		id, err := queued.CanonicalTM(dsn)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(id)
	}
	// Output:
	// postgres://desk@db.example:5432/bitext?search_path=sports%2Cpublic
	// postgres://desk@db.example:5432/bitext?search_path=sports%2Cpublic
}
