package server

import (
	"bytes"
	"context"
	"image/png"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/sqlite"
)

// chromiumPath is where Debian's chromium package puts the browser.
const chromiumPath = "/usr/bin/chromium"

// browser drives headless Chromium through its command line: no new Go
// dependencies, one process per page.
type browser struct {
	artifacts string
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	if testing.Short() {
		t.Skip("browser tests skipped in -short mode")
	}
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("no browser at %s (install Debian's chromium): %v", chromiumPath, err)
	}
	dir := os.Getenv("DATELINE_ARTIFACTS")
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return &browser{artifacts: dir}
}

func (b *browser) run(t *testing.T, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update",
		"--disable-sync", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
		"--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, chromiumPath, append(base, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, tail(stderr.String(), 2000))
	}
	return stdout.Bytes()
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// dom loads url and returns the DOM after the page has loaded.
func (b *browser) dom(t *testing.T, url string) string {
	t.Helper()
	return string(b.run(t, "--virtual-time-budget=3000", "--dump-dom", url))
}

// screenshot saves a PNG of url and checks that it is an image with
// something drawn on it.
func (b *browser) screenshot(t *testing.T, url, name string, height int) string {
	t.Helper()
	path := filepath.Join(b.artifacts, name+".png")
	b.run(t, "--virtual-time-budget=3000", "--screenshot="+path, "--window-size=1280,"+itoa(height), url)
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot %s: %v", path, err)
	}
	r := img.Bounds()
	if r.Dx() != 1280 || r.Dy() != height {
		t.Errorf("screenshot %s is %dx%d", path, r.Dx(), r.Dy())
	}
	colours := map[[3]uint32]bool{}
	for y := r.Min.Y; y < r.Max.Y; y += 7 {
		for x := r.Min.X; x < r.Max.X; x += 7 {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			colours[[3]uint32{cr >> 8, cg >> 8, cb >> 8}] = true
		}
	}
	if len(colours) < 20 {
		t.Errorf("screenshot %s looks blank (%d colours)", path, len(colours))
	}
	t.Logf("screenshot: %s", path)
	return path
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

// visibleText strips tags from a DOM dump, roughly: enough to check what a
// reader sees rather than attribute values.
func visibleText(dom string) string {
	var b strings.Builder
	in := false
	for _, r := range dom {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func TestBrowser(t *testing.T) {
	br := newBrowser(t)
	s, arts := fixtureServer(t)
	srv := httptest.NewServer(s)
	defer srv.Close()
	pages := []struct {
		name   string
		path   string
		height int
		see    []string // text a reader sees
		dom    []string // markup that must be there
	}{
		{"search", "/", 1100,
			[]string{"6 articles", "published 2021-04-15 to 2022-07-22", "Lavrov and Blinken hold first talks in Reykjavik",
				"NATO ministers to discuss air defence", "date unknown", "Most quoted"},
			[]string{`href="/static/style.css"`}},
		{"search-results", "/?q=sanctions", 700,
			[]string{"Articles found", "U.S. expels diplomats, imposes new sanctions on Russia"},
			[]string{"<mark>sanctions</mark>"}},
		{"article", "/article/" + arts[0].ID, 1000,
			[]string{"Lavrov and Blinken hold first talks in Reykjavik", "Published 2021-05-20", "REYKJAVIK", "Reuters",
				"Sergey Lavrov (1)", "Antony Blinken (1)", "CONSULT", "THREATEN", "reported", "Events 3"},
			[]string{`<mark class="q c0" title="Sergey Lavrov (direct)">`, `<mark class="q c1" title="Antony Blinken (indirect)">`,
				`<a class="ent" href="/actor/sergey-lavrov"`, `<a class="ent" href="/actor/USA"`}},
		{"article-unresolved", "/article/" + arts[5].ID, 800,
			[]string{"Publication date unknown", "unresolved speaker (1)", "hypothetical"},
			[]string{`<mark class="q cx"`}},
		{"actor", "/actor/sergey-lavrov", 1000,
			[]string{"Sergey Lavrov", "Roles over time", "Foreign Minister", "2021-05-20",
				"We are ready to discuss all issues with Washington", "Events as source 2", "Events as target 0", "Antony Blinken"},
			nil},
		{"pair", "/pair/USA/RUS", 1300,
			[]string{"United States and Russia", "United States about Russia", "Russia about United States",
				"the United States would respond to any aggressive actions by Russia", "We are ready to discuss all issues with Washington",
				"4 verbal cooperation", "3 verbal conflict", "1 material conflict"},
			[]string{`<svg`, `class="chart"`, `<rect`}},
		{"network", "/network", 1300,
			[]string{"Who agrees with, and who accuses, whom", "Russia", "United States", "Ukraine"},
			[]string{`<svg`, `class="graph"`, `<path class="edge"`, `href="/pair/USA/RUS"`}},
		{"network-actors", "/network?by=actor&tone=conflict", 1100,
			[]string{"Volodymyr Zelenskyy", "Russian forces"},
			[]string{`<path class="edge"`}},
		{"not-found", "/article/no-such-article", 500,
			[]string{"404", "no article"},
			nil},
	}
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			dom := br.dom(t, srv.URL+p.path)
			text := visibleText(dom)
			for _, w := range p.see {
				if !strings.Contains(text, w) {
					t.Errorf("page %s: a reader does not see %q\n%s", p.path, w, tail(text, 1500))
				}
			}
			for _, w := range p.dom {
				if !strings.Contains(dom, w) {
					t.Errorf("page %s: DOM lacks %q", p.path, w)
				}
			}
			br.screenshot(t, srv.URL+p.path, p.name, p.height)
		})
	}
}

// TestBrowserDatabase loads every page over an existing database (for
// instance the one 'dateline demo' builds) when DATELINE_TEST_DB names it:
// each page must load without an error and show its main parts.
func TestBrowserDatabase(t *testing.T) {
	path := os.Getenv("DATELINE_TEST_DB")
	if path == "" {
		t.Skip("DATELINE_TEST_DB not set")
	}
	br := newBrowser(t)
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv := httptest.NewServer(newTestServer(t, st, Options{}))
	defer srv.Close()
	hits, err := st.SearchArticles(ctx, dateline.ArticleQuery{Page: dateline.Page{Limit: 1}})
	if err != nil || len(hits) == 0 {
		t.Fatalf("no articles in %s: %v", path, err)
	}
	stats, err := st.Stats(ctx)
	if err != nil || len(stats.TopSpeakers) == 0 {
		t.Fatalf("no speakers in %s: %v", path, err)
	}
	net, err := st.Network(ctx, dateline.NetworkQuery{Limit: 1})
	if err != nil || len(net.Edges) == 0 {
		t.Fatalf("no events between two sides in %s: %v", path, err)
	}
	e := net.Edges[0]
	pages := []struct {
		name, path string
		see        []string
	}{
		{"db-search", "/", []string{"articles", "Most quoted"}},
		{"db-article", "/article/" + hits[0].ID, []string{"Events", "Actors"}},
		{"db-actor", "/actor/" + stats.TopSpeakers[0].ID, []string{stats.TopSpeakers[0].Name, "What they said"}},
		{"db-pair", "/pair/" + e.Source + "/" + e.Target, []string{"about"}},
		{"db-network", "/network", []string{"Who agrees with"}},
	}
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			text := visibleText(br.dom(t, srv.URL+p.path))
			for _, w := range append(p.see, "dateline") {
				if !strings.Contains(text, w) {
					t.Errorf("page %s: a reader does not see %q\n%s", p.path, w, tail(text, 1500))
				}
			}
			for _, bad := range []string{"internal error", "no such page"} {
				if strings.Contains(text, bad) {
					t.Errorf("page %s says %q", p.path, bad)
				}
			}
			br.screenshot(t, srv.URL+p.path, p.name, 1300)
		})
	}
}
