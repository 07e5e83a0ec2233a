package check

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

var sarifSchemaPath = flag.String("sarif-schema", "", "path of sarif-schema-2.1.0.json; TestSARIFSchema validates the SARIF output against it")

// TestSARIFSchema validates SARIF output against the official SARIF 2.1.0
// JSON schema. It runs only when given the schema's path, with a flag or
// as the folder of schemas in BITEXT_SCHEMAS (as CI sets it):
//
//	go test ./check -run TestSARIFSchema -sarif-schema ../shared/schemas/sarif-2.1.0/sarif-schema-2.1.0.json
func TestSARIFSchema(t *testing.T) {
	path := *sarifSchemaPath
	if path == "" && os.Getenv("BITEXT_SCHEMAS") != "" {
		path = filepath.Join(os.Getenv("BITEXT_SCHEMAS"), "sarif-2.1.0", "sarif-schema-2.1.0.json")
	}
	if path == "" {
		t.Skip("no -sarif-schema given and BITEXT_SCHEMAS not set")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, fs := range [][]Finding{nil, sample()} {
		var b bytes.Buffer
		if err := Write(&b, FormatSARIF, fs, Summary{}, &WriteOptions{Version: "1.0"}); err != nil {
			t.Fatal(err)
		}
		v, err := jsonschema.UnmarshalJSON(&b)
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(v); err != nil {
			t.Errorf("SARIF output with %d findings does not validate: %v", len(fs), err)
		}
	}
	// The validation can fail: a result with a level outside the enum.
	var b bytes.Buffer
	Write(&b, FormatSARIF, sample(), Summary{}, nil)
	bad := bytes.Replace(b.Bytes(), []byte(`"level": "warning"`), []byte(`"level": "severe"`), 1)
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(bad))
	if err != nil {
		t.Fatal(err)
	}
	if sch.Validate(v) == nil {
		t.Error("a SARIF log with level \"severe\" validates")
	}
}
