// Package server serves a dateline store over HTTP: a read-only JSON API
// (documented by the OpenAPI file at /api/openapi.json) and a server-rendered
// web UI (search, article, actor, pair and network pages). Everything the UI
// needs is embedded in the binary; pages load nothing from the network.
//
// The server depends only on the dateline.Store interface and on the extract
// contract's JSON for single articles.
package server

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

//go:embed openapi.json
var openAPI []byte

// Defaults for Options.
const (
	DefaultTimeout = 10 * time.Second
	DefaultLimit   = 50
	MaxLimit       = 500
	maxParam       = 500 // longest accepted query parameter, in bytes
)

// Options tune a Server.
type Options struct {
	// Timeout bounds each request; 0 means DefaultTimeout.
	Timeout time.Duration
	// MaxLimit caps the page size of listings; 0 means MaxLimit.
	MaxLimit int
	// Logf logs server errors (never shown to clients); nil means log.Printf.
	Logf func(format string, args ...any)
}

// Server is the HTTP handler over one store.
type Server struct {
	st    dateline.Store
	opts  Options
	mux   *http.ServeMux
	pages map[string]*template.Template
}

// New returns a server over st.
func New(st dateline.Store, opts Options) (*Server, error) {
	if st == nil {
		return nil, errors.New("server: no store")
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxLimit <= 0 {
		opts.MaxLimit = MaxLimit
	}
	if opts.Logf == nil {
		opts.Logf = log.Printf
	}
	s := &Server{st: st, opts: opts, mux: http.NewServeMux()}
	if err := s.parseTemplates(); err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	s.routes(http.FileServerFS(static))
	return s, nil
}

func (s *Server) routes(static http.Handler) {
	m := s.mux
	// JSON API.
	m.HandleFunc("/api/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(openAPI)
	})
	m.Handle("/api/stats", s.api(s.apiStats))
	m.Handle("/api/articles", s.api(s.apiArticles))
	m.Handle("/api/articles/{id}", s.api(s.apiArticle))
	m.Handle("/api/actors", s.api(s.apiActors))
	m.Handle("/api/actors/{id}", s.api(s.apiActor))
	m.Handle("/api/quotes", s.api(s.apiQuotes))
	m.Handle("/api/events", s.api(s.apiEvents))
	m.Handle("/api/network", s.api(s.apiNetwork))
	m.Handle("/api/timeline", s.api(s.apiTimeline))
	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.writeError(w, r, errorf(http.StatusNotFound, "no such endpoint: %s", r.URL.Path))
	})
	// Web UI.
	m.Handle("/static/", http.StripPrefix("/static/", static))
	m.Handle("/{$}", s.page(s.pageSearch))
	m.Handle("/article/{id}", s.page(s.pageArticle))
	m.Handle("/actors", s.page(s.pageActors))
	m.Handle("/actor/{id}", s.page(s.pageActor))
	m.Handle("/pair/{a}/{b}", s.page(s.pagePair))
	m.Handle("/network", s.page(s.pageNetwork))
	m.Handle("/chart/pair/{a}/{b}", s.page(s.chartPair))
	m.Handle("/chart/network", s.page(s.chartNetwork))
	m.Handle("/", s.page(func(w http.ResponseWriter, r *http.Request) error {
		return errorf(http.StatusNotFound, "no such page: %s", r.URL.Path)
	}))
}

// ServeHTTP serves the API and the UI: read-only (GET and HEAD), each request
// bounded by the timeout.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		s.writeError(w, r, errorf(http.StatusMethodNotAllowed, "method %s not allowed: the server is read-only", r.Method))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.Timeout)
	defer cancel()
	w.Header().Set("X-Content-Type-Options", "nosniff")
	s.mux.ServeHTTP(w, r.WithContext(ctx))
}

// httpError is an error with the HTTP status to answer it with; its message is
// shown to the client.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func errorf(status int, format string, args ...any) error {
	return &httpError{status, fmt.Sprintf(format, args...)}
}

// classify maps any error to a status and a message safe to show: store
// errors become 404 (not found), 503 (timeout) or 500 (logged, not shown).
func (s *Server) classify(r *http.Request, err error) (int, string) {
	var he *httpError
	switch {
	case errors.As(err, &he):
		return he.status, he.msg
	case errors.Is(err, dateline.ErrNotFound):
		return http.StatusNotFound, "not found"
	case errors.Is(err, context.DeadlineExceeded):
		s.opts.Logf("server: %s %s: %v", r.Method, r.URL, err)
		return http.StatusServiceUnavailable, "the request took too long"
	case errors.Is(err, context.Canceled):
		return 499, "request canceled"
	default:
		s.opts.Logf("server: %s %s: %v", r.Method, r.URL, err)
		return http.StatusInternalServerError, "internal error"
	}
}

func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := s.classify(r, err)
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeJSON(w, status, map[string]string{"error": msg})
		return
	}
	s.renderError(w, r, status, msg)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"error": "internal error"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte("\n"))
}

// api adapts a JSON handler: it returns the value to encode, or an error.
func (s *Server) api(h func(*http.Request) (any, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v, err := h(r)
		if err != nil {
			s.writeError(w, r, err)
			return
		}
		if raw, ok := v.(json.RawMessage); ok {
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
			w.Write(raw)
			return
		}
		writeJSON(w, http.StatusOK, v)
	})
}

// page adapts an HTML handler that may fail.
func (s *Server) page(h func(http.ResponseWriter, *http.Request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.writeError(w, r, err)
		}
	})
}

// params reads and checks query parameters, keeping the first problem.
type params struct {
	r        *http.Request
	maxLimit int
	err      error
}

func (s *Server) params(r *http.Request) *params {
	return &params{r: r, maxLimit: s.opts.MaxLimit}
}

func (p *params) fail(format string, args ...any) {
	if p.err == nil {
		p.err = errorf(http.StatusBadRequest, format, args...)
	}
}

// str returns a trimmed parameter, at most maxParam bytes long, in UTF-8
// and without NUL bytes (which no store can take: PostgreSQL rejects them in
// text and SQLite's full-text queries end at them).
func (p *params) str(name string) string {
	v := strings.TrimSpace(p.r.URL.Query().Get(name))
	if len(v) > maxParam {
		p.fail("parameter %s: longer than %d bytes", name, maxParam)
		return ""
	}
	if err := checkText(v); err != nil {
		p.fail("parameter %s: %v", name, err)
		return ""
	}
	return v
}

// checkText rejects text a store cannot search for: invalid UTF-8 or NUL.
func checkText(v string) error {
	if !utf8.ValidString(v) {
		return errors.New("not valid UTF-8")
	}
	if strings.IndexByte(v, 0) >= 0 {
		return errors.New("contains a NUL byte")
	}
	return nil
}

// oneOf returns a parameter that must be one of allowed (case-insensitive);
// def when absent.
func (p *params) oneOf(name, def string, allowed ...string) string {
	v := p.str(name)
	if v == "" {
		return def
	}
	for _, a := range allowed {
		if strings.EqualFold(v, a) {
			return a
		}
	}
	p.fail("parameter %s: %q is not one of %s", name, v, strings.Join(allowed, ", "))
	return def
}

func (p *params) int(name string, def, lo int) int {
	v := p.str(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo {
		p.fail("parameter %s: want an integer >= %d, got %q", name, lo, v)
		return def
	}
	return n
}

// page reads limit (default DefaultLimit, capped at the maximum) and offset.
func (p *params) page() dateline.Page {
	l := p.int("limit", DefaultLimit, 1)
	if l > p.maxLimit {
		l = p.maxLimit
	}
	return dateline.Page{Limit: l, Offset: p.int("offset", 0, 0)}
}

func (p *params) date(name string) dateline.Date {
	v := p.str(name)
	if v == "" {
		return dateline.Date{}
	}
	d, err := dateline.ParseDate(v)
	if err != nil {
		p.fail("parameter %s: want a date YYYY-MM-DD, got %q", name, v)
	}
	return d
}

// dates reads from and to.
func (p *params) dates() dateline.DateRange {
	r := dateline.DateRange{From: p.date("from"), To: p.date("to")}
	if !r.From.IsZero() && !r.To.IsZero() && r.To.Before(r.From) {
		p.fail("parameters from and to: %s is after %s", r.From, r.To)
	}
	return r
}

// eventTypes are the 16 PLOVER types, in quad order.
var eventTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

var eventModes = []string{dateline.Asserted, dateline.Reported, dateline.Hypothetical, dateline.Negated}

// modes reads a comma-separated list of event modes.
func (p *params) modes() []string {
	v := p.str("mode")
	if v == "" {
		return nil
	}
	var out []string
	for _, m := range strings.Split(v, ",") {
		m = strings.ToLower(strings.TrimSpace(m))
		ok := false
		for _, a := range eventModes {
			ok = ok || m == a
		}
		if !ok {
			p.fail("parameter mode: %q is not one of %s", m, strings.Join(eventModes, ", "))
			return nil
		}
		out = append(out, m)
	}
	return out
}

// Listen listens on addr for Serve. An address in use is said so, with
// what to do about it.
func Listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return nil, fmt.Errorf("serve: %s is in use (another dateline serve?): pick another with --addr, such as --addr 127.0.0.1:0 for any free port", addr)
	}
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	return ln, nil
}

// ListenAndServe serves st on addr until ctx ends, then shuts down
// gracefully. logf receives the address once listening, and server errors.
func ListenAndServe(ctx context.Context, st dateline.Store, addr string, logf func(string, ...any)) error {
	ln, err := Listen(addr)
	if err != nil {
		return err
	}
	return Serve(ctx, st, ln, logf)
}

// Serve serves st on ln (which it closes) until ctx ends, then shuts down
// gracefully. logf receives the address, and server errors.
func Serve(ctx context.Context, st dateline.Store, ln net.Listener, logf func(string, ...any)) error {
	if logf == nil {
		logf = log.Printf
	}
	h, err := New(st, Options{Logf: logf})
	if err != nil {
		ln.Close()
		return err
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      DefaultTimeout + 5*time.Second,
		IdleTimeout:       time.Minute,
	}
	logf("dateline: serving on http://%s/ (Ctrl-C to stop)", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil {
			return fmt.Errorf("serve: shutdown: %w", err)
		}
		return nil
	}
}
