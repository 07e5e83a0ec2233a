package glossary
import ("bytes";"math/rand";"os";"testing";"time")
func TestHangTmp(t *testing.T){
	seeds := [][]byte{}
	for _, p := range []string{"testdata/cases.csv", "testdata/lint/house.csv", "testdata/lint/broken.csv"} { d,_ := os.ReadFile(p); seeds = append(seeds, d) }
	seeds = append(seeds, []byte("id\tlang\tterm\tshort\nx\tko\t\"한국\t\n"))
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		d := append([]byte(nil), seeds[r.Intn(len(seeds))]...)
		for k := 0; k < 1+r.Intn(5); k++ {
			switch r.Intn(3) {
			case 0: if len(d)>0 { j:=r.Intn(len(d)); d = append(d[:j], d[j+1:]...) }
			case 1: j:=r.Intn(len(d)+1); d = append(d[:j], append([]byte{byte(r.Intn(256))}, d[j:]...)...)
			case 2: if len(d)>0 { d[r.Intn(len(d))] = byte(r.Intn(256)) }
			}
		}
		done := make(chan bool)
		go func(){ g, err := Decode(bytes.NewReader(d), FormatAuto, "f.csv"); if err==nil { var b bytes.Buffer; g.WriteCSV(&b, ','); Decode(&b, FormatCSV, "b") }; close(done) }()
		select { case <-done: case <-time.After(2*time.Second): os.WriteFile("/tmp/gl/hang.bin", d, 0644); t.Fatalf("hang on %q", d) }
	}
}
