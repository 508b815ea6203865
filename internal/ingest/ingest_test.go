package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
)

// walk runs Walk and collects records and errors.
func walk(t *testing.T, opts Options, paths ...string) ([]dateline.Raw, []error) {
	t.Helper()
	var raws []dateline.Raw
	var errs []error
	err := Walk(context.Background(), paths, opts, func(r dateline.Raw) error {
		raws = append(raws, r)
		return nil
	}, func(err error) { errs = append(errs, err) })
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return raws, errs
}

func write(t *testing.T, dir, name string, content []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestErrorString(t *testing.T) {
	tests := []struct {
		name string
		e    *Error
		want string
	}{
		{"with line", &Error{Path: "a.jsonl", Line: 3, Err: errors.New("broken JSON")}, "a.jsonl:3: broken JSON"},
		{"no line", &Error{Path: "b.txt", Err: ErrEmpty}, "b.txt: empty file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.e.Error(); got != tt.want {
				t.Errorf("got %q want %q", got, tt.want)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name, path, head, want string
	}{
		{"txt", "a.txt", "MOSCOW, July 21 (Reuters) - ...", "text"},
		{"html by content", "a.txt", "  <!DOCTYPE html><html>", "html"},
		{"html by ext", "a.htm", "hello", "html"},
		{"html no ext", "page", "<html lang=en>", "html"},
		{"jsonl", "a.jsonl", `{"title":"x"}`, "json"},
		{"json no ext", "dump", `{"title":"x"}`, "json"},
		{"warc", "x.dat", "WARC/1.0\r\n", "warc"},
		{"unknown ext text", "notes.md", "Some words", "text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := sniff(tt.path, []byte(tt.head)); got != tt.want {
				t.Errorf("sniff(%q, %q) = %q, want %q", tt.path, tt.head, got, tt.want)
			}
		})
	}
}

func TestWalkFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b.txt", []byte("PARIS (AFP) - Text b."))
	write(t, dir, "a.html", []byte("<html><body><p>Text a.</p></body></html>"))
	write(t, dir, "sub/c.txt", []byte("LONDON - Text c."))
	write(t, dir, ".hidden.txt", []byte("secret"))
	write(t, dir, ".git/x.txt", []byte("secret"))
	write(t, dir, "empty.txt", nil)
	write(t, dir, "blank.txt", []byte(" \n\n "))
	write(t, dir, "bin.txt", []byte("abc\x00def"))
	raws, errs := walk(t, Options{}, dir)
	var got []string
	for _, r := range raws {
		got = append(got, filepath.Base(r.Source)+":"+r.Format)
	}
	if strings.Join(got, " ") != "a.html:html b.txt:text c.txt:text" {
		t.Errorf("records %v", got)
	}
	if len(errs) != 3 {
		t.Fatalf("errors %v", errs)
	}
	for _, e := range errs {
		var ie *Error
		if !errors.As(e, &ie) {
			t.Errorf("%v is not an *Error", e)
		}
	}
	if !errors.Is(errs[0], ErrBinary) || !errors.Is(errs[1], ErrEmpty) || !errors.Is(errs[2], ErrEmpty) {
		t.Errorf("errors %v", errs)
	}
	n, _ := Count([]string{dir})
	if n != 6 {
		t.Errorf("Count = %d, want 6", n)
	}
	if raws[0].Modified.IsZero() {
		t.Error("no modification time")
	}
}

func TestWalkMissing(t *testing.T) {
	raws, errs := walk(t, Options{}, "does/not/exist.txt")
	if len(raws) != 0 || len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "does/not/exist.txt: ") {
		t.Fatalf("raws %v errs %v", raws, errs)
	}
}

func TestTooLarge(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "big.txt", bytes.Repeat([]byte("word "), 300))
	_, errs := walk(t, Options{MaxRecordBytes: 1000}, p)
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) {
		t.Fatalf("errs %v", errs)
	}
}

func TestJSONLines(t *testing.T) {
	dir := t.TempDir()
	lines := []string{
		`{"title":"Russia warns US","text":"MOSCOW, July 21 (Reuters) - Body.","date":"2018-07-21","url":"https://example.com/a"}`,
		`{"headline":"Second","body":["Para one.","Para two."],"publishedAt":"2019-01-02T10:00:00Z","link":"https://example.com/b"}`,
		``,
		`{"title": "broken", "text": }`,
		`{"Content":"Only text here.","Published":1546300800}`,
		`{"foo":"bar"}`,
		`{"title":"` + strings.Repeat("x", 3000) + `"}`,
		`{"title":"Last","content":"After the long one."}`,
	}
	p := write(t, dir, "news.jsonl", []byte(strings.Join(lines, "\n")+"\n"))
	raws, errs := walk(t, Options{MaxRecordBytes: 2000}, p)
	if len(raws) != 4 {
		t.Fatalf("got %d records: %+v", len(raws), raws)
	}
	want := []struct{ src, title, text, date, url string }{
		{p + "#1", "Russia warns US", "MOSCOW, July 21 (Reuters) - Body.", "2018-07-21", "https://example.com/a"},
		{p + "#2", "Second", "Para one.\n\nPara two.", "2019-01-02T10:00:00Z", "https://example.com/b"},
		{p + "#4", "", "Only text here.", "1546300800", ""},
		{p + "#7", "Last", "After the long one.", "", ""},
	}
	for i, w := range want {
		r := raws[i]
		if r.Source != w.src || r.Title != w.title || r.Text != w.text || r.Date != w.date || r.URL != w.url || r.Format != "json" {
			t.Errorf("record %d = %+v, want %+v", i, r, w)
		}
	}
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	wantErr := []string{p + ":4: broken JSON", p + ":6: record has no title", p + ":7: record too large"}
	if len(msgs) != len(wantErr) {
		t.Fatalf("errors %q", msgs)
	}
	for i := range wantErr {
		if !strings.HasPrefix(msgs[i], wantErr[i]) {
			t.Errorf("error %d = %q, want prefix %q", i, msgs[i], wantErr[i])
		}
	}
}

// A scraped page kept whole in a record ({"url": …, "html": "<html>…"}) is
// read as the HTML page it is, not stored with an empty body.
func TestJSONLinesHTMLField(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>T</title></head><body><article><p>MOSCOW, July 21 (Reuters) - Body.</p></article></body></html>`
	b, _ := json.Marshal(map[string]string{"title": "Russia warns US", "url": "https://example.com/a", "html": page})
	p := write(t, dir, "pages.jsonl", append(b, '\n'))
	raws, errs := walk(t, Options{}, p)
	if len(errs) != 0 || len(raws) != 1 {
		t.Fatalf("records %+v, errors %v", raws, errs)
	}
	if r := raws[0]; r.Format != "html" || string(r.Bytes) != page || r.Title != "Russia warns US" || r.URL != "https://example.com/a" {
		t.Errorf("record = %+v, want the page read as HTML", r)
	}
}

func TestJSONArrayAndPretty(t *testing.T) {
	dir := t.TempDir()
	arr := write(t, dir, "arr.json", []byte("[\n {\"title\":\"A\",\"text\":\"a\"},\n {\"title\":\"B\",\"text\":\"b\"}\n]\n"))
	pretty := write(t, dir, "one.json", []byte("{\n  \"title\": \"C\",\n  \"text\": \"c\"\n}\n"))
	raws, errs := walk(t, Options{}, arr, pretty)
	if len(errs) != 0 || len(raws) != 3 || raws[1].Title != "B" || raws[1].Source != arr+"#2" || raws[2].Title != "C" {
		t.Fatalf("raws %+v errs %v", raws, errs)
	}
}

// TestHugeLine checks that a 50 MB single line is refused without reading it
// into memory whole (the cap bounds what is kept).
func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 50 MB")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "huge.jsonl")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"title":"huge","text":"`)
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	for i := 0; i < 50; i++ {
		f.Write(chunk)
	}
	f.WriteString("\"}\n{\"title\":\"ok\",\"text\":\"fine\"}\n")
	f.Close()
	raws, errs := walk(t, Options{}, p)
	if len(raws) != 1 || raws[0].Title != "ok" || raws[0].Source != p+"#2" {
		t.Fatalf("raws %+v", raws)
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) || !strings.HasPrefix(errs[0].Error(), p+":1: ") {
		t.Fatalf("errs %v", errs)
	}
}

// warcRec builds one WARC record.
func warcRec(typ, uri, ct string, block string) string {
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2019-09-05T10:00:00Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, uri, ct, len(block), block)
}

func httpResp(ct, body string) string {
	return fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", ct, len(body), body)
}

func testWARC() string {
	page := "<html><body><p>BEIRUT (AP) — Text.</p></body></html>"
	return warcRec("warcinfo", "", "application/warc-fields", "software: test\r\n") +
		warcRec("request", "https://example.com/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n") +
		warcRec("response", "https://example.com/a", "application/http; msgtype=response", httpResp("text/html; charset=utf-8", page)) +
		warcRec("response", "https://example.com/logo.png", "application/http; msgtype=response", httpResp("image/png", "PNG")) +
		warcRec("response", "<https://example.com/b>", "application/http; msgtype=response", httpResp("text/html", "<p>Second</p>"))
}

func TestWARC(t *testing.T) {
	dir := t.TempDir()
	plain := write(t, dir, "crawl.warc", []byte(testWARC()))
	var zb bytes.Buffer
	zw := gzip.NewWriter(&zb)
	zw.Write([]byte(testWARC()))
	zw.Close()
	gz := write(t, dir, "crawl.warc.gz", zb.Bytes())
	for _, p := range []string{plain, gz} {
		t.Run(filepath.Base(p), func(t *testing.T) {
			raws, errs := walk(t, Options{}, p)
			if len(errs) != 0 {
				t.Fatalf("errs %v", errs)
			}
			if len(raws) != 2 {
				t.Fatalf("got %d pages", len(raws))
			}
			// pages are numbered by their record, as errors number records
			if raws[0].URL != "https://example.com/a" || raws[0].Source != p+"#3" || raws[0].Format != "html" ||
				!strings.Contains(string(raws[0].Bytes), "BEIRUT (AP)") || raws[1].URL != "https://example.com/b" || raws[1].Source != p+"#5" {
				t.Errorf("raws %+v", raws)
			}
		})
	}
}

func TestGzipJSONLines(t *testing.T) {
	dir := t.TempDir()
	var zb bytes.Buffer
	zw := gzip.NewWriter(&zb)
	zw.Write([]byte(`{"title":"A","text":"a"}` + "\n" + `{"title":"B","text":"b"}` + "\n"))
	zw.Close()
	p := write(t, dir, "feed.jsonl.gz", zb.Bytes())
	raws, errs := walk(t, Options{}, p)
	if len(errs) != 0 || len(raws) != 2 || raws[1].Title != "B" || raws[1].Source != p+"#2" {
		t.Fatalf("raws %+v errs %v", raws, errs)
	}
}

func TestWARCTruncated(t *testing.T) {
	dir := t.TempDir()
	w := testWARC()
	p := write(t, dir, "cut.warc", []byte(w[:len(w)-40]))
	raws, errs := walk(t, Options{}, p)
	if len(raws) != 1 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "truncated") {
		t.Fatalf("raws %d errs %v", len(raws), errs)
	}
}

// TestWARCBrokenRecord: a broken record in the middle of a WARC file is
// reported (file, record, reason) and the pages after it are still read
// (before, the rest of the file was dropped); a file that is not a WARC or
// ends inside a record is reported once.
func TestWARCBrokenRecord(t *testing.T) {
	page := func(n int) string {
		return warcRec("response", fmt.Sprintf("https://example.com/%d", n), "application/http; msgtype=response",
			httpResp("text/html", fmt.Sprintf("<p>Page %d</p>", n)))
	}
	longLine := strings.Repeat("x", 70<<10)
	tests := []struct {
		name      string
		warc      string
		wantPages []string // URLs read
		wantErrs  []string // words of each error, in order
	}{
		{"bad length", page(1) + "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: abc\r\n\r\njunk\r\n\r\n" + page(3),
			[]string{"/1", "/3"}, []string{"record 2: bad Content-Length"}},
		{"bad header line", page(1) + "WARC/1.0\r\nnot a header\r\n\r\n<p>WARC/ in text</p>\r\n\r\n" + page(3) + page(4),
			[]string{"/1", "/3", "/4"}, []string{"record 2: bad header line"}},
		{"length too short", page(1) + strings.Replace(page(2), "Content-Length: 77", "Content-Length: 20", 1) + page(3),
			[]string{"/1", "/3"}, []string{"record 2: bad HTTP response", "record 3: not a WARC record"}},
		{"long line in a broken record", page(1) + "WARC/1.0\r\nContent-Length: x\r\n\r\n" + longLine + "\r\n" + page(3),
			[]string{"/1", "/3"}, []string{"record 2: bad Content-Length"}},
		{"two broken", "WARC/1.0\r\nContent-Length: -4\r\n\r\n" + page(2) + "WARC/1.0\r\nbad\r\n\r\n" + page(4),
			[]string{"/2", "/4"}, []string{"record 1: bad Content-Length", "record 3: bad header line"}},
		{"not a WARC", "hello\n" + page(1), nil, []string{"record 1: not a WARC record"}},
		{"truncated", page(1) + page(2)[:60], []string{"/1"}, []string{"record 2: truncated header"}},
		{"truncated block", page(1) + page(2)[:len(page(2))-30], []string{"/1"}, []string{"record 2: truncated block"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var urls []string
			var errs []string
			err := readWARC(context.Background(), strings.NewReader(tt.warc), "c.warc", dateline.Raw{Source: "c.warc"}, 1<<20,
				func(r dateline.Raw) error {
					urls = append(urls, strings.TrimPrefix(r.URL, "https://example.com"))
					return nil
				}, func(err error) { errs = append(errs, err.Error()) })
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(urls, " ") != strings.Join(tt.wantPages, " ") {
				t.Errorf("pages %v; want %v", urls, tt.wantPages)
			}
			if len(errs) != len(tt.wantErrs) {
				t.Fatalf("errors %q; want %d", errs, len(tt.wantErrs))
			}
			for i, e := range errs {
				if !strings.HasPrefix(e, "c.warc: ") || !strings.Contains(e, tt.wantErrs[i]) {
					t.Errorf("error %q; want it to name c.warc and %q", e, tt.wantErrs[i])
				}
			}
		})
	}
}

// TestJSONLinesBadRecords: each bad line of a JSON Lines file gets an error
// naming the line and saying what is wrong in words; invalid UTF-8 is
// reported as for text files (before, json.Unmarshal turned it into U+FFFD
// without a word, and a line that is not an object gave "cannot unmarshal
// string into Go value of type map[string]json.RawMessage").
func TestJSONLinesBadRecords(t *testing.T) {
	tests := []struct {
		name, line string
		want       string // "" for a good record
	}{
		{"good", `{"title":"Talks in Caf\u00e9","text":"PARIS (AFP) - Talks."}`, ""},
		{"latin-1 byte", "{\"title\":\"Caf\xe9 talks\",\"text\":\"x\"}", "invalid UTF-8 at byte 13"},
		{"cut UTF-8", "{\"title\":\"Kyiv \xd0\",\"text\":\"x\"}", "invalid UTF-8 at byte 15"},
		{"string", `"a story"`, "want a JSON object (an article), got a string"},
		{"array", `[{"title":"a"}]`, "want a JSON object (an article), got an array"},
		{"number", `42`, "got a number"},
		{"null", `null`, "got null"},
		{"no text", `{"id": 7}`, "no title or text"},
		{"broken", `{"title": "a",`, "broken JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var raws []dateline.Raw
			var errs []string
			in := `{"title":"first","text":"x"}` + "\n" + tt.line + "\n"
			err := readJSONLines(context.Background(), strings.NewReader(in), "f.jsonl", dateline.Raw{Source: "f.jsonl"}, 1<<16,
				func(r dateline.Raw) error { raws = append(raws, r); return nil },
				func(err error) { errs = append(errs, err.Error()) })
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == "" {
				if len(errs) != 0 || len(raws) != 2 {
					t.Errorf("records %d, errors %q; want 2, none", len(raws), errs)
				}
				return
			}
			if len(raws) != 1 || len(errs) != 1 || !strings.HasPrefix(errs[0], "f.jsonl:2: ") || !strings.Contains(errs[0], tt.want) {
				t.Errorf("records %d, errors %q; want 1 and one error at f.jsonl:2 saying %q", len(raws), errs, tt.want)
			}
		})
	}
}

// TestBinaryFiles: files with NUL bytes are reported as binary; UTF-16 text
// (with a byte-order mark) is named as such, so that the user knows to
// convert it rather than wonder why a story is "binary".
func TestBinaryFiles(t *testing.T) {
	utf16le := []byte{0xff, 0xfe}
	utf16be := []byte{0xfe, 0xff}
	for _, r := range "KYIV (Reuters) - Talks." {
		utf16le = append(utf16le, byte(r), 0)
		utf16be = append(utf16be, 0, byte(r))
	}
	tests := []struct {
		name    string
		content []byte
		want    string
	}{
		{"story-le.txt", utf16le, "UTF-16"},
		{"story-be.txt", utf16be, "UTF-16"},
		{"image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary file"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, dir, tt.name, tt.content)
			raws, errs := walk(t, Options{}, p)
			if len(raws) != 0 || len(errs) != 1 || !errors.Is(errs[0], ErrBinary) || !strings.Contains(errs[0].Error(), tt.want) {
				t.Errorf("raws %d, errs %v; want one error saying %q", len(raws), errs, tt.want)
			}
		})
	}
}

// TestSymlinks: a symbolic link to a file inside a folder is read as the
// file (it was passed over without a word); a broken link and a link to a
// folder (not followed) are reported.
func TestSymlinks(t *testing.T) {
	dir := t.TempDir()
	target := write(t, dir, "store/story.txt", []byte("KYIV (Reuters) - Talks."))
	in := filepath.Join(dir, "in")
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	links := []struct{ name, to string }{
		{"a.txt", target},
		{"b-broken.txt", filepath.Join(dir, "gone.txt")},
		{"c-folder", filepath.Join(dir, "store")},
	}
	for _, l := range links {
		if err := os.Symlink(l.to, filepath.Join(in, l.name)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	raws, errs := walk(t, Options{}, in)
	if len(raws) != 1 || raws[0].Source != filepath.Join(in, "a.txt") || string(raws[0].Bytes) != "KYIV (Reuters) - Talks." {
		t.Errorf("raws %+v; want a.txt read", raws)
	}
	wantErrs := []string{"b-broken.txt: no such file", "c-folder: a symbolic link to a folder"}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errs %v; want %d", errs, len(wantErrs))
	}
	for i, w := range wantErrs {
		if !strings.Contains(errs[i].Error(), w) {
			t.Errorf("error %q; want %q", errs[i], w)
		}
	}
	if n, _ := Count([]string{in}); n != 3 {
		t.Errorf("Count = %d; want 3 (one file, two reported)", n)
	}
}

func FuzzWARC(f *testing.F) {
	f.Add([]byte(testWARC()))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 5\r\n\r\nabc"))
	f.Add([]byte("WARC/1.0\r\nContent-Length: -1\r\n\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		base := dateline.Raw{Source: "f.warc"}
		_ = readWARC(context.Background(), bytes.NewReader(b), "f.warc", base, 1<<16, func(r dateline.Raw) error {
			if r.Format != "html" || !strings.HasPrefix(r.Source, "f.warc#") {
				t.Fatalf("bad raw %+v", r)
			}
			return nil
		}, func(error) {})
	})
}

func FuzzJSONLines(f *testing.F) {
	f.Add([]byte(`{"title":"a","text":"b"}` + "\n" + `{"x":`))
	f.Add([]byte("[\n{\"title\":1}]"))
	f.Fuzz(func(t *testing.T, b []byte) {
		base := dateline.Raw{Source: "f.jsonl"}
		_ = readJSONLines(context.Background(), bytes.NewReader(b), "f.jsonl", base, 1<<12, func(r dateline.Raw) error {
			if r.Title == "" && r.Text == "" {
				t.Fatalf("record without title or text: %q", r.Bytes)
			}
			return nil
		}, func(error) {})
	})
}

func TestArticleName(t *testing.T) {
	for name, want := range map[string]bool{
		"story.txt": true, "page.HTML": true, "feed.jsonl": true, "crawl.warc.gz": true, "feed.jsonl.gz": true,
		"STORY": true, "README.md": false, "photo.jpg": false, "notes.go": false, "archive.tar.gz": false,
	} {
		if got := articleName(name); got != want {
			t.Errorf("articleName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestTruncatedHTML: an HTML file cut short is reported and still read; a
// complete page, one that leaves out its closing tags, and a fragment are not
// reported.
func TestTruncatedHTML(t *testing.T) {
	const page = "<!doctype html><html><head><title>Talks</title></head><body><article><p>Lavrov met Cavusoglu in Moscow on Tuesday.</p><p>They agreed to meet again.</p></article></body></html>\n"
	cut := strings.Index(page, "They agreed")
	tests := []struct {
		name, content string
		truncated     bool
	}{
		{"complete", page, false},
		{"cut in text", page[:cut+8], true},
		{"cut in a tag", page[:strings.Index(page, "</article>")+4], true},
		{"cut after a tag", page[:strings.Index(page, "</article>")], false},
		{"closing tags left out", strings.TrimSuffix(page, "</body></html>\n") + "<script>x()</script>\n", false},
		{"upper-case closing tag", strings.ToUpper(page[:cut]) + "</BODY>", false},
		{"no <html> or <body>", "<article><p>Lavrov met Cavusoglu in Mos", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, t.TempDir(), "page.html", []byte(tt.content))
			raws, errs := walk(t, Options{}, path)
			if len(raws) != 1 || raws[0].Format != formatHTML {
				t.Fatalf("raws = %+v; want the page, read as HTML", raws)
			}
			reported := len(errs) == 1 && errors.Is(errs[0], ErrTruncated) && strings.HasPrefix(errs[0].Error(), path+": truncated HTML")
			if reported != tt.truncated || len(errs) > 1 {
				t.Errorf("errs = %v; want truncated reported: %v", errs, tt.truncated)
			}
		})
	}
}
