package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline/internal/postgres"
)

// config holds defaults a user sets once, in $XDG_CONFIG_HOME/dateline/config
// (or the file named by $DATELINE_CONFIG): lines of "key = value", '#' starts
// a comment. Keys: kb, cues, event-lexicon (files, comma-separated), db,
// postgres (a PostgreSQL DSN, used instead of db). Files are relative to the
// config file's folder, or to the home folder after "~/".
type config struct {
	path     string
	kb       []string
	cues     []string
	lex      []string
	db       string
	postgres string
}

// configPath is where the user's config file is looked for. A file named by
// $DATELINE_CONFIG must exist: a mistyped name is an error, not a silent
// empty config (the default file may be missing).
func configPath() (string, error) {
	if p := os.Getenv("DATELINE_CONFIG"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("config %s (named by DATELINE_CONFIG): %w", p, err)
		}
		return p, nil
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", nil
	}
	return filepath.Join(dir, "dateline", "config"), nil
}

// userConfig reads the user's config file (see configPath).
func userConfig() (config, error) {
	p, err := configPath()
	if err != nil {
		return config{}, err
	}
	return loadConfig(p)
}

// loadConfig reads the config file; a missing file is an empty config.
func loadConfig(path string) (config, error) {
	c := config{path: path}
	if path == "" {
		return c, nil
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return c, fmt.Errorf("config: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	files := func(v string) []string {
		var out []string
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, configFile(path, p))
			}
		}
		return out
	}
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return c, fmt.Errorf("%s:%d: want key = value", path, n)
		}
		switch k, v = strings.TrimSpace(k), strings.TrimSpace(v); k {
		case "kb":
			c.kb = files(v)
		case "cues":
			c.cues = files(v)
		case "event-lexicon":
			c.lex = files(v)
		case "db":
			if v != "" {
				c.db = configFile(path, v)
			}
		case "postgres":
			c.postgres = v
		default:
			return c, fmt.Errorf("%s:%d: unknown key %q (known: kb, cues, event-lexicon, db, postgres)", path, n, k)
		}
	}
	if err := sc.Err(); err != nil {
		return c, fmt.Errorf("config %s: %w", path, err)
	}
	return c, nil
}

// configFile is the file a config file at config names by p: "~/" starts
// in the user's home folder, and a relative path is relative to the config
// file's folder (not to wherever a command is run: a database named in the
// config is the same one from every folder).
func configFile(config, p string) string {
	if rest, ok := strings.CutPrefix(p, "~/"); ok {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, rest)
		}
	}
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(filepath.Dir(config), p)
}

// storeTarget is the database a command uses: a SQLite file or a PostgreSQL
// DSN.
type storeTarget struct {
	file, postgres string
}

func (t storeTarget) String() string {
	if t.postgres != "" {
		return postgres.Redact(t.postgres)
	}
	return t.file
}

// resolveStore picks the database of a command with --db and --postgres
// flags: --postgres or --db when given (not both), else the config file's
// postgres, else its db, else the --db default.
func resolveStore(cmd *cobra.Command, db string) (storeTarget, error) {
	fl := cmd.Flags()
	pg, _ := fl.GetString("postgres")
	switch {
	case fl.Changed("postgres") && fl.Changed("db"):
		return storeTarget{}, errors.New("give --db or --postgres, not both")
	case fl.Changed("postgres"):
		if pg == "" {
			return storeTarget{}, errors.New("--postgres: want a DSN such as postgres://user@host/dbname")
		}
		return storeTarget{postgres: pg}, nil
	case fl.Changed("db"):
		return storeTarget{file: db}, nil
	}
	cfg, err := userConfig()
	if err != nil {
		return storeTarget{}, err
	}
	if cfg.postgres != "" {
		return storeTarget{postgres: cfg.postgres}, nil
	}
	if cfg.db != "" {
		return storeTarget{file: cfg.db}, nil
	}
	return storeTarget{file: db}, nil
}
