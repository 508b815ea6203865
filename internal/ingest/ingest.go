// Package ingest reads the inputs of a run: files and folders of plain
// text, HTML, JSON Lines and WARC (each possibly gzip-compressed), turned
// into dateline.Raw records.
//
// Folders are read recursively in lexical order; hidden files and folders
// (names starting with ".") are skipped. The format of a file is found from
// its content first and its extension second. A bad file or record is handed
// to the caller's error function as an *Error naming the file (and line) and
// the walk goes on.
package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dateline-news/dateline"
)

// DefaultMaxRecordBytes caps one file (text, HTML), one JSON line or one WARC
// record when Options.MaxRecordBytes is zero.
const DefaultMaxRecordBytes = 8 << 20

// Options configures a walk.
type Options struct {
	// MaxRecordBytes caps the bytes of one article's input: a whole text or
	// HTML file, one JSON line, one WARC record. Zero means
	// DefaultMaxRecordBytes.
	MaxRecordBytes int
}

func (o Options) max() int {
	if o.MaxRecordBytes <= 0 {
		return DefaultMaxRecordBytes
	}
	return o.MaxRecordBytes
}

// Error is a problem with one input file or one record in it.
type Error struct {
	Path string
	Line int // 1-based line of the record, 0 when not known or not relevant
	Err  error
}

// Error formats as "path:line: reason", the line omitted when zero.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Errors a caller may test for with errors.Is.
var (
	ErrEmpty    = errors.New("empty file")
	ErrBinary   = errors.New("binary file (NUL bytes)")
	ErrTooLarge = errors.New("record too large")
	// ErrTruncated is reported for an HTML file that stops short of its
	// end (truncatedHTML); the file is still handed on, as what it holds
	// may be worth keeping, but its text may be incomplete.
	ErrTruncated = errors.New("truncated HTML: the page stops short of its end (no </body> or </html>); its text is read but may be incomplete")
)

// Count returns the number of files Walk would read under paths (a path that
// cannot be read counts as one, since Walk reports it). It is meant for
// progress bars.
func Count(paths []string) (int, error) {
	n := 0
	for _, p := range paths {
		_ = eachFile(context.Background(), p, func(string, fs.FileInfo) error {
			n++
			return nil
		}, func(error) { n++ })
	}
	return n, nil
}

// Walk reads every file under paths, in order, and calls fn with each
// article found. Problems with a file or record go to errfn (as *Error) and
// the walk goes on; an HTML file cut short (ErrTruncated) is reported and
// still handed to fn. Walk stops and returns the error when fn returns one or
// when ctx is done.
func Walk(ctx context.Context, paths []string, opts Options, fn func(dateline.Raw) error, errfn func(error)) error {
	if errfn == nil {
		errfn = func(error) {}
	}
	for _, p := range paths {
		err := eachFile(ctx, p, func(path string, info fs.FileInfo) error {
			return readFile(ctx, path, info, opts, fn, errfn)
		}, errfn)
		if err != nil {
			return err
		}
	}
	return ctx.Err()
}

// eachFile calls fn for every regular, non-hidden file under root that may
// hold articles (see articleName), in lexical order; a file named on its own
// is always read. Unreadable entries go to errfn.
func eachFile(ctx context.Context, root string, fn func(string, fs.FileInfo) error, errfn func(error)) error {
	info, err := os.Stat(root)
	if err != nil {
		errfn(&Error{Path: root, Err: unwrapPathError(err)})
		return nil
	}
	if !info.IsDir() {
		return fn(root, info)
	}
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			errfn(&Error{Path: path, Err: unwrapPathError(err)})
			if d != nil && d.IsDir() && path != root {
				return fs.SkipDir
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !articleName(d.Name()) {
			return nil
		}
		info, err := d.Info()
		if err == nil && info.Mode()&fs.ModeSymlink != 0 {
			// A link to a file is read as the file; links to folders are
			// not followed (they could loop) but said so.
			info, err = os.Stat(path)
			if err == nil && info.IsDir() {
				errfn(&Error{Path: path, Err: errors.New("a symbolic link to a folder, not followed (name the folder itself)")})
				return nil
			}
		}
		if err != nil {
			errfn(&Error{Path: path, Err: unwrapPathError(err)})
			return nil
		}
		if !info.Mode().IsRegular() {
			return nil
		}
		return fn(path, info)
	})
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Format names.
const (
	formatText = "text"
	formatHTML = "html"
	formatJSON = "json"
	formatWARC = "warc"
)

// readFile reads one file and hands its articles to fn.
func readFile(ctx context.Context, path string, info fs.FileInfo, opts Options, fn func(dateline.Raw) error, errfn func(error)) error {
	f, err := os.Open(path)
	if err != nil {
		errfn(&Error{Path: path, Err: unwrapPathError(err)})
		return nil
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	head, _ := br.Peek(4096)
	if len(head) == 0 {
		errfn(&Error{Path: path, Err: ErrEmpty})
		return nil
	}
	format, gz := sniff(path, head)
	var r io.Reader = br
	if gz {
		zr, err := gzip.NewReader(br)
		if err != nil {
			errfn(&Error{Path: path, Err: fmt.Errorf("gzip: %w", err)})
			return nil
		}
		defer zr.Close()
		zb := bufio.NewReaderSize(zr, 64<<10)
		zhead, _ := zb.Peek(4096)
		if len(zhead) == 0 {
			errfn(&Error{Path: path, Err: ErrEmpty})
			return nil
		}
		format, _ = sniff(strings.TrimSuffix(path, ".gz"), zhead)
		if format != formatWARC && bytes.IndexByte(zhead, 0) >= 0 {
			errfn(&Error{Path: path, Err: binary(zhead)})
			return nil
		}
		r = zb
	} else if format != formatWARC && bytes.IndexByte(head, 0) >= 0 {
		errfn(&Error{Path: path, Err: binary(head)})
		return nil
	}
	base := dateline.Raw{Source: path, Modified: info.ModTime()}
	switch format {
	case formatJSON:
		return readJSONLines(ctx, r, path, base, opts.max(), fn, errfn)
	case formatWARC:
		return readWARC(ctx, r, path, base, opts.max(), fn, errfn)
	}
	b, err := readCapped(r, opts.max())
	if err != nil {
		errfn(&Error{Path: path, Err: err})
		return nil
	}
	if len(bytes.TrimSpace(b)) == 0 {
		errfn(&Error{Path: path, Err: ErrEmpty})
		return nil
	}
	if bytes.IndexByte(b, 0) >= 0 {
		errfn(&Error{Path: path, Err: ErrBinary})
		return nil
	}
	raw := base
	raw.Format = format
	raw.Bytes = b
	if format == formatHTML && truncatedHTML(b) {
		errfn(&Error{Path: path, Err: ErrTruncated})
	}
	return fn(raw)
}

// truncatedHTML reports whether the HTML document b stops short of its end:
// it opens <html> or <body> but closes neither, and does not end with the
// '>' of a tag. A page may leave out </body> and </html>, but then it ends
// with a tag (a script's, a div's); a download or a copy cut off ends in
// the middle of text or of a tag. A fragment with neither <html> nor <body>
// is not judged.
func truncatedHTML(b []byte) bool {
	t := bytes.TrimRight(b, " \t\r\n")
	if len(t) == 0 || t[len(t)-1] == '>' {
		return false
	}
	low := bytes.ToLower(b)
	if !bytes.Contains(low, []byte("<html")) && !bytes.Contains(low, []byte("<body")) {
		return false
	}
	return !bytes.Contains(low, []byte("</body")) && !bytes.Contains(low, []byte("</html"))
}

// binary is the error for a file with NUL bytes that starts with head: text
// in UTF-16 (it has a byte-order mark) is named as such.
func binary(head []byte) error {
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return fmt.Errorf("%w: the text is in UTF-16; save it as UTF-8", ErrBinary)
	}
	return ErrBinary
}

// readCapped reads all of r, failing with ErrTooLarge past max bytes.
func readCapped(r io.Reader, max int) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return nil, err
	}
	if len(b) > max {
		return nil, fmt.Errorf("%w: the file has more than %d bytes", ErrTooLarge, max)
	}
	return b, nil
}

// sniff finds a file's format from its first bytes and its name; gz reports
// gzip-compressed content.
func sniff(path string, head []byte) (format string, gz bool) {
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		return formatWARC, true
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case bytes.HasPrefix(t, []byte("WARC/")):
		return formatWARC, false
	case looksHTML(t):
		return formatHTML, false
	}
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".html", ".htm", ".xhtml":
		return formatHTML, false
	case ".jsonl", ".json", ".ndjson":
		return formatJSON, false
	case ".warc":
		return formatWARC, false
	case ".txt", ".text":
		return formatText, false
	}
	if len(t) > 0 && (t[0] == '{' || t[0] == '[') {
		return formatJSON, false
	}
	return formatText, false
}

// looksHTML reports whether t (trimmed) starts like an HTML document.
func looksHTML(t []byte) bool {
	if len(t) == 0 || t[0] != '<' {
		return false
	}
	low := bytes.ToLower(t[:min(len(t), 512)])
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<?xml", "<!--", "<article", "<div", "<p>", "<p "} {
		if bytes.HasPrefix(low, []byte(p)) {
			return true
		}
	}
	return bytes.Contains(low, []byte("<html"))
}

// articleName reports whether a file met inside a folder may hold articles:
// it has one of the extensions of the formats read here, or none (then its
// content decides). READMEs, images, code and the like in a folder of
// articles are passed over.
func articleName(name string) bool {
	ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz")))
	switch ext {
	case "", ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".json", ".ndjson", ".warc":
		return true
	}
	return false
}
