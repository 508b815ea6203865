package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// config holds defaults a user sets once, in $XDG_CONFIG_HOME/dateline/config
// (or the file named by $DATELINE_CONFIG): lines of "key = value", '#' starts
// a comment. Keys: kb, cues, event-lexicon (files, comma-separated), db.
type config struct {
	path string
	kb   []string
	cues []string
	lex  []string
	db   string
}

// configPath is where the user's config file is looked for.
func configPath() string {
	if p := os.Getenv("DATELINE_CONFIG"); p != "" {
		return p
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "dateline", "config")
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
				if !filepath.IsAbs(p) {
					p = filepath.Join(filepath.Dir(path), p)
				}
				out = append(out, p)
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
			c.db = v
		default:
			return c, fmt.Errorf("%s:%d: unknown key %q (known: kb, cues, event-lexicon, db)", path, n, k)
		}
	}
	if err := sc.Err(); err != nil {
		return c, fmt.Errorf("config %s: %w", path, err)
	}
	return c, nil
}

// resolveDB is the database a command uses: --db when given, else the config
// file's db, else the flag's default.
func resolveDB(changed bool, flag string) (string, error) {
	if changed {
		return flag, nil
	}
	cfg, err := loadConfig(configPath())
	if err != nil {
		return "", err
	}
	if cfg.db != "" {
		return cfg.db, nil
	}
	return flag, nil
}
