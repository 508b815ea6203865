package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"

	"github.com/dateline-news/dateline"
)

// warcRecord is one WARC record's named headers and block.
type warcRecord struct {
	Header textproto.MIMEHeader
	Block  []byte
}

// warcReader reads WARC records (ISO 28500) one at a time.
type warcReader struct {
	br  *bufio.Reader
	max int
	n   int   // records read
	off int64 // bytes consumed
	// resync makes next skip lines up to the next version line ("WARC/..."),
	// after a broken record whose end cannot be known.
	resync bool
}

// errSkipped marks a record too large to keep; the reader has moved past it.
var errSkipped = errors.New("skipped")

// errTruncated marks a stream that ends inside a record.
var errTruncated = errors.New("truncated")

// errStop marks a read error after which the stream cannot be read on.
var errStop = errors.New("the rest of the file is not read")

// errNotWARC marks a record that does not start with a WARC version line.
var errNotWARC = errors.New("not a WARC record")

var errLineTooLong = errors.New("header line too long")

// next returns the next record, io.EOF at the end. A record larger than max
// is skipped and reported with an error wrapping ErrTooLarge; the reader can
// go on after it. A stream that ends inside a record gives an error wrapping
// errTruncated, one that cannot be read on an error wrapping errStop. After
// any other error the caller may set resync and go on with the record after
// the broken one.
func (w *warcReader) next() (*warcRecord, error) {
	// version line, after any blank lines between records (or, when
	// resyncing, after whatever is left of a broken record)
	var version string
	for {
		line, err := w.line()
		t := strings.TrimSpace(line)
		if w.resync && !strings.HasPrefix(t, "WARC/") {
			t = "" // what is left of a broken record
			if errors.Is(err, errLineTooLong) {
				continue
			}
		}
		if t != "" {
			version = t
			w.resync = false
			break
		}
		if errors.Is(err, io.EOF) {
			return nil, io.EOF
		}
		if err != nil {
			return nil, fmt.Errorf("record %d: %w (%w)", w.n+1, err, errStop)
		}
	}
	w.n++
	if !strings.HasPrefix(version, "WARC/") {
		return nil, fmt.Errorf("record %d: %w (starts %q)", w.n, errNotWARC, clip(version, 20))
	}
	h := textproto.MIMEHeader{}
	for {
		line, err := w.line()
		switch {
		case errors.Is(err, io.EOF):
			return nil, fmt.Errorf("record %d: %w header: %v", w.n, errTruncated, err)
		case errors.Is(err, errLineTooLong):
			return nil, fmt.Errorf("record %d: %w", w.n, err)
		case err != nil:
			return nil, fmt.Errorf("record %d: %w (%w)", w.n, err, errStop)
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			break
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("record %d: bad header line %q", w.n, clip(line, 40))
		}
		h.Add(strings.TrimSpace(k), strings.TrimSpace(v))
	}
	n, err := strconv.ParseInt(h.Get("Content-Length"), 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("record %d: bad Content-Length %q", w.n, h.Get("Content-Length"))
	}
	if n > int64(w.max) {
		d, err := io.CopyN(io.Discard, w.br, n)
		w.off += d
		if err != nil {
			return nil, fmt.Errorf("record %d: %w block: %v", w.n, errTruncated, err)
		}
		w.skipEnd()
		return nil, fmt.Errorf("record %d: %w: %d bytes, more than %d (%w)", w.n, ErrTooLarge, n, w.max, errSkipped)
	}
	block := make([]byte, n)
	m, err := io.ReadFull(w.br, block)
	w.off += int64(m)
	if err != nil {
		return nil, fmt.Errorf("record %d: %w block (%d of %d bytes)", w.n, errTruncated, m, n)
	}
	w.skipEnd()
	return &warcRecord{Header: h, Block: block}, nil
}

// line reads one header line, bounded to 64 KiB.
func (w *warcReader) line() (string, error) {
	var sb strings.Builder
	for {
		chunk, err := w.br.ReadSlice('\n')
		w.off += int64(len(chunk))
		if sb.Len()+len(chunk) > 64<<10 {
			return "", errLineTooLong
		}
		sb.Write(chunk)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return sb.String(), err
	}
}

// skipEnd consumes the CRLF CRLF that ends a record.
func (w *warcReader) skipEnd() {
	for i := 0; i < 4; i++ {
		b, err := w.br.Peek(1)
		if err != nil || (b[0] != '\r' && b[0] != '\n') {
			return
		}
		w.br.ReadByte()
		w.off++
	}
}

// readWARC reads the HTML pages in a WARC stream: "response" records with an
// HTTP response of an HTML type, and "resource" records of an HTML type.
func readWARC(ctx context.Context, r io.Reader, path string, base dateline.Raw, max int, fn func(dateline.Raw) error, errfn func(error)) error {
	w := &warcReader{br: bufio.NewReaderSize(r, 64<<10), max: max}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := w.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			switch {
			case errors.Is(err, errSkipped):
			case errors.Is(err, errTruncated), errors.Is(err, errStop), w.n == 1 && errors.Is(err, errNotWARC):
				// the end of the stream, or not a WARC file at all
				errfn(&Error{Path: path, Err: err})
				return nil
			default:
				// a broken record: go on with the next one
				err = fmt.Errorf("%w; skipped to the next record", err)
				w.resync = true
			}
			errfn(&Error{Path: path, Err: err})
			continue
		}
		body, ok, err := htmlPayload(rec)
		if err != nil {
			errfn(&Error{Path: path, Err: fmt.Errorf("record %d: %w", w.n, err)})
			continue
		}
		if !ok {
			continue
		}
		raw := base
		raw.Format = "html"
		// numbered by its record, as errors number records: "crawl.warc#7"
		// is the page of the record an error would call "record 7"
		raw.Source = base.Source + "#" + strconv.Itoa(w.n)
		raw.URL = strings.Trim(rec.Header.Get("WARC-Target-URI"), "<>")
		// WARC-Date is when the page was crawled, not published: not used.
		raw.Bytes = body
		if err := fn(raw); err != nil {
			return err
		}
	}
	if w.n == 0 {
		errfn(&Error{Path: path, Err: ErrEmpty})
	}
	return nil
}

// htmlPayload returns the HTML page a record holds, if any.
func htmlPayload(rec *warcRecord) ([]byte, bool, error) {
	typ := strings.ToLower(rec.Header.Get("WARC-Type"))
	ct := rec.Header.Get("Content-Type")
	switch typ {
	case "resource":
		if isHTMLType(ct) {
			return rec.Block, len(bytes.TrimSpace(rec.Block)) > 0, nil
		}
		return nil, false, nil
	case "response":
	default:
		return nil, false, nil
	}
	if mt, _, _ := mime.ParseMediaType(ct); mt != "application/http" {
		if isHTMLType(ct) {
			return rec.Block, true, nil
		}
		return nil, false, nil
	}
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(rec.Block)), nil)
	if err != nil {
		return nil, false, fmt.Errorf("bad HTTP response: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, false, nil
	}
	if !isHTMLType(resp.Header.Get("Content-Type")) {
		return nil, false, nil
	}
	var body io.Reader = resp.Body
	switch strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))) {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, false, fmt.Errorf("gzip body: %w", err)
		}
		body = zr
	case "deflate":
		zr, err := zlib.NewReader(resp.Body)
		if err != nil {
			return nil, false, fmt.Errorf("deflate body: %w", err)
		}
		body = zr
	default:
		return nil, false, fmt.Errorf("unsupported Content-Encoding %q", resp.Header.Get("Content-Encoding"))
	}
	b, err := io.ReadAll(io.LimitReader(body, int64(len(rec.Block))*20+1<<20))
	if err != nil && len(b) == 0 {
		return nil, false, fmt.Errorf("reading HTTP body: %w", err)
	}
	return b, len(bytes.TrimSpace(b)) > 0, nil
}

func isHTMLType(ct string) bool {
	if ct == "" {
		return false
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
