// Package queued is a batch run shared by several workers through the job
// queue (bitext/queue): `bitext run --queue` enqueues its articles,
// `bitext worker` runs them (pipeline.RunPart) and merges the combined
// report (pipeline.Merge) when the run is finished.
//
// A run is identified by its settings as resolved, not as spelled: the
// config file by its absolute path and content, the out folder, the
// glossaries and a TM file by their absolute clean paths, a PostgreSQL TM
// by its parsed connection (host, port, database, user and parameters,
// the password dropped, whether it came from the URL, PGPASSWORD or
// ~/.pgpass), the output formats after the config's defaults. Workers
// started with `--config bitext.toml` and `--config /srv/bitext.toml`, or
// with the password in the URL and in PGPASSWORD, find the same run; a
// worker whose resolved settings differ from the run's is refused before
// it touches the out folder (*SettingsError, *RunError).
//
//	set, err := queued.Resolve(queued.Options{Out: "/srv/out", TM: os.Getenv("BITEXT_TM")})
//	res, err := queued.Enqueue(ctx, q, set, "", []string{"/srv/articles"})
//	env, err := queued.Prepare(ctx, set, pipeline.Setup{})
//	defer env.Close()
//	err = queued.Work(ctx, q, env, queued.WorkOptions{Run: res.Run, Worker: "host:123"})
//	rep, err := queued.Merge(ctx, q, env, res.Run, queued.MergeOptions{})
package queued

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"

	"bitext/pipeline"
	"bitext/tm"
	"bitext/tm/postgres"
)

// Options are the flags of `bitext run` that change a run's outputs, as
// given.
type Options struct {
	Config   string // --config; "" reads ./bitext.toml when there is one
	Out      string // --out; "" takes the config's, else ./out
	TM       string // --tm; "" takes BITEXT_TM, the config's, else ./bitext.tm
	Glossary []string
	Formats  string // --formats, comma-separated; "" takes the config's
	// Getenv reads BITEXT_TM (nil: os.Getenv).
	Getenv func(string) string
}

// Settings are the resolved settings every worker of a run shares. Their
// JSON (no secrets in it) is recorded with the run in the queue.
type Settings struct {
	Config   string   `json:"config"` // absolute; "" without a config file
	ConfigID string   `json:"config_sha256,omitempty"`
	Out      string   `json:"out"`
	TM       string   `json:"tm"` // absolute path, or the connection without password
	Glossary []string `json:"glossary"`
	Formats  []string `json:"formats"`

	tmOpen string          // the TM as given, to open it (a DSN may hold a password)
	cfg    pipeline.Config // the config read
}

// Resolve reads the config and resolves o. A config file that cannot be
// read is a *pipeline.EnvError; one that does not parse is the error of
// pipeline.LoadConfig; a PostgreSQL DSN that does not parse is a
// *postgres.Error (its password hidden).
func Resolve(o Options) (Settings, error) {
	getenv := o.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	var s Settings
	cfgPath := o.Config
	if cfgPath == "" {
		if _, err := os.Stat(pipeline.DefaultConfigFile); err == nil {
			cfgPath = pipeline.DefaultConfigFile
		}
	}
	s.cfg = pipeline.DefaultConfig()
	if cfgPath != "" {
		data, err := os.ReadFile(cfgPath)
		if err != nil {
			return s, &pipeline.EnvError{Path: cfgPath, Err: err}
		}
		cfg, err := pipeline.LoadConfig(cfgPath)
		if err != nil {
			return s, err
		}
		s.cfg = cfg
		sum := sha256.Sum256(data)
		s.Config, s.ConfigID = absClean(cfgPath), hex.EncodeToString(sum[:])
	}
	s.Out = o.Out
	if s.Out == "" {
		s.Out = s.cfg.Output.Dir
	}
	if s.Out == "" {
		s.Out = "out"
	}
	s.Out = absClean(s.Out)
	s.tmOpen = o.TM
	if s.tmOpen == "" {
		s.tmOpen = getenv("BITEXT_TM")
	}
	if s.tmOpen == "" {
		s.tmOpen = s.cfg.TM.Path
	}
	if s.tmOpen == "" {
		s.tmOpen = tm.Location("", nil)
	}
	tmID, err := CanonicalTM(s.tmOpen)
	if err != nil {
		return s, err
	}
	s.TM = tmID
	s.Glossary = []string{}
	for _, g := range o.Glossary {
		s.Glossary = append(s.Glossary, absClean(g))
	}
	s.Formats = []string{}
	if o.Formats != "" {
		for _, f := range strings.Split(o.Formats, ",") {
			if f = strings.TrimSpace(f); f != "" {
				s.Formats = append(s.Formats, f)
			}
		}
		s.cfg.Output.Formats = s.Formats
	} else {
		s.Formats = append(s.Formats, s.cfg.Output.Formats...)
	}
	return s, nil
}

func absClean(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return filepath.Clean(p)
}

// CanonicalTM is the identity of a TM location: a file's absolute clean
// path, or a PostgreSQL connection (URL or keyword/value string) parsed as
// the driver parses it (PGHOST, PGPORT, PGUSER, PGDATABASE filled in) and
// written postgres://user@host:port/database?parameters, without its
// password and application_name, parameters sorted.
func CanonicalTM(loc string) (string, error) {
	if !tm.IsPostgres(loc) {
		p := loc
		if rest, ok := strings.CutPrefix(p, "sqlite://"); ok {
			p = rest
		} else if rest, ok := strings.CutPrefix(p, "sqlite:"); ok {
			p = rest
		}
		return absClean(p), nil
	}
	cfg, err := pgconn.ParseConfig(loc)
	if err != nil {
		red := postgres.Redact(loc)
		return "", &postgres.Error{DSN: red, Op: "parse", Err: errors.New(strings.ReplaceAll(err.Error(), loc, red))}
	}
	u := url.URL{Scheme: "postgres", User: url.User(cfg.User), Path: "/" + cfg.Database}
	q := url.Values{}
	if strings.HasPrefix(cfg.Host, "/") {
		q.Set("host", cfg.Host)
		q.Set("port", strconv.Itoa(int(cfg.Port)))
	} else {
		u.Host = net.JoinHostPort(cfg.Host, strconv.Itoa(int(cfg.Port)))
	}
	for k, v := range cfg.RuntimeParams {
		switch k {
		case "application_name":
			continue
		case "search_path":
			parts := strings.Split(v, ",")
			for i := range parts {
				parts[i] = strings.TrimSpace(parts[i])
			}
			v = strings.Join(parts, ",")
		}
		q.Set(k, v)
	}
	u.RawQuery = q.Encode()
	return u.String(), nil
}

// Hash is the settings hash of the run's jobs.
func (s Settings) Hash() string {
	b, _ := json.Marshal(s)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// RunID is name when set (--run), else the run of these settings.
func (s Settings) RunID(name string) string {
	if name != "" {
		return name
	}
	return "run-" + s.Hash()
}

// JSON is the settings as recorded with the run.
func (s Settings) JSON() string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TMLocation is the TM as given (to open it; a DSN may hold a password).
func (s Settings) TMLocation() string { return s.tmOpen }

// TMRecord is the TM as the run's state records it for `bitext import`: a
// file's absolute path, or the DSN as given without its password, its TLS
// settings kept (the import takes the password from PGPASSWORD or
// ~/.pgpass).
func (s Settings) TMRecord() string {
	if tm.IsPostgres(s.tmOpen) {
		return postgres.WithoutPassword(s.tmOpen)
	}
	return s.TM
}

// diff names the settings that differ between a and b (JSON field names).
func diff(a, b Settings) []string {
	var out []string
	add := func(name string, x, y any) {
		bx, _ := json.Marshal(x)
		by, _ := json.Marshal(y)
		if string(bx) != string(by) {
			out = append(out, name)
		}
	}
	add("config", a.Config, b.Config)
	add("config_sha256", a.ConfigID, b.ConfigID)
	add("out", a.Out, b.Out)
	add("tm", a.TM, b.TM)
	add("glossary", a.Glossary, b.Glossary)
	add("formats", a.Formats, b.Formats)
	sort.Strings(out)
	return out
}
