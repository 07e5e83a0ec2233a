package postgres_test

import (
	"fmt"

	"bitext/tm/postgres"
)

// Redact hides the password of a data source name before it is printed.
func ExampleRedact() {
	fmt.Println(postgres.Redact("postgres://desk:s3cret@db.newsroom.example/bitext?sslmode=verify-full"))
	fmt.Println(postgres.Redact("host=db.newsroom.example user=desk password=s3cret dbname=bitext"))
	// Output:
	// postgres://desk:xxxxx@db.newsroom.example/bitext?sslmode=verify-full
	// host=db.newsroom.example user=desk password=xxxxx dbname=bitext
}

// Migrations are embedded in the binary and applied in order.
func ExampleMigrations() {
	for _, m := range postgres.Migrations() {
		fmt.Printf("%04d %s\n", m.Version, m.Name)
	}
	// Output:
	// 0001 units
	// 0002 trigrams
	// 0003 terms
	// 0004 postings
	// 0005 provenance
}
