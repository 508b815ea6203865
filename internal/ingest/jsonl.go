package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
)

// readLine reads one line (without its end) of at most max bytes. A longer
// line is skipped to its end and reported with tooLong; memory stays bounded
// by max. err is io.EOF after the last line.
func readLine(br *bufio.Reader, max int, buf []byte) (line []byte, tooLong bool, err error) {
	buf = buf[:0]
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > max+2 { // room for "\r\n"
				tooLong = true
				buf = buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		switch {
		case err == nil:
			return bytes.TrimRight(buf, "\r\n"), tooLong, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if len(buf) == 0 && !tooLong {
				return nil, false, io.EOF
			}
			return bytes.TrimRight(buf, "\r\n"), tooLong, nil
		default:
			return nil, tooLong, err
		}
	}
}

// readJSONLines reads JSON Lines (one article object per line). A file
// whose first line is a lone "[" or "{" is read as a JSON array or a stream
// of (pretty-printed) objects instead.
func readJSONLines(ctx context.Context, r io.Reader, path string, base dateline.Raw, max int, fn func(dateline.Raw) error, errfn func(error)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(512); startsPretty(head) {
		return readJSONStream(ctx, br, path, base, max, fn, errfn)
	}
	var buf []byte
	lineNo, rec := 0, 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, tooLong, err := readLine(br, max, buf)
		if errors.Is(err, io.EOF) {
			break
		}
		lineNo++
		if err != nil {
			errfn(&Error{Path: path, Line: lineNo, Err: err})
			return nil
		}
		buf = line[:0]
		if !tooLong && len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		rec++
		if tooLong {
			errfn(&Error{Path: path, Line: lineNo, Err: fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, max)})
			continue
		}
		raw, err := parseRecord(line, base, rec)
		if err != nil {
			errfn(&Error{Path: path, Line: lineNo, Err: err})
			continue
		}
		if err := fn(raw); err != nil {
			return err
		}
	}
	if rec == 0 {
		errfn(&Error{Path: path, Err: ErrEmpty})
	}
	return nil
}

// startsPretty reports whether the first line of head is a lone "[" or "{".
func startsPretty(head []byte) bool {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	first, _, _ := bytes.Cut(head, []byte("\n"))
	first = bytes.TrimSpace(first)
	return string(first) == "[" || string(first) == "{" ||
		(len(first) > 0 && first[0] == '[') // a one-line array
}

// readJSONStream reads a JSON array of article objects, or a sequence of
// objects in any layout.
func readJSONStream(ctx context.Context, br *bufio.Reader, path string, base dateline.Raw, max int, fn func(dateline.Raw) error, errfn func(error)) error {
	dec := json.NewDecoder(br)
	array := false
	if b, _ := br.Peek(1); len(b) > 0 {
		head, _ := br.Peek(512)
		t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
		if len(t) > 0 && t[0] == '[' {
			if _, err := dec.Token(); err != nil {
				errfn(&Error{Path: path, Err: fmt.Errorf("reading JSON: %w", err)})
				return nil
			}
			array = true
		}
	}
	rec := 0
	for dec.More() {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec++
		var msg json.RawMessage
		if err := dec.Decode(&msg); err != nil {
			errfn(&Error{Path: path, Err: fmt.Errorf("record %d: %w", rec, err)})
			return nil
		}
		if len(msg) > max {
			errfn(&Error{Path: path, Err: fmt.Errorf("record %d: %w: more than %d bytes", rec, ErrTooLarge, max)})
			continue
		}
		raw, err := parseRecord(msg, base, rec)
		if err != nil {
			errfn(&Error{Path: path, Err: fmt.Errorf("record %d: %w", rec, err)})
			continue
		}
		if err := fn(raw); err != nil {
			return err
		}
	}
	if array {
		if _, err := dec.Token(); err != nil {
			errfn(&Error{Path: path, Err: fmt.Errorf("reading JSON: %w", err)})
		}
	}
	if rec == 0 {
		errfn(&Error{Path: path, Err: ErrEmpty})
	}
	return nil
}

// Field names accepted for each Raw field, lower case, in order of preference.
var (
	titleKeys = []string{"title", "headline"}
	textKeys  = []string{"text", "body", "content", "articlebody", "article_body", "maintext", "fulltext", "full_text"}
	dateKeys  = []string{"date", "published", "publishedat", "published_at", "datepublished", "date_published", "date_publish", "pubdate", "publish_date", "publication_date"}
	urlKeys   = []string{"url", "link", "source_url", "canonical_url"}
	htmlKeys  = []string{"html", "raw_html", "rawhtml", "html_content", "content_html", "page_html"}
)

// parseRecord reads one JSON article object.
func parseRecord(b []byte, base dateline.Raw, rec int) (dateline.Raw, error) {
	if !utf8.Valid(b) {
		// json.Unmarshal would turn the bad bytes into U+FFFD without a word.
		return dateline.Raw{}, fmt.Errorf("invalid UTF-8 at byte %d of the record (the file is in another encoding or damaged)", invalidUTF8At(b))
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(b, &obj); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field == "" {
			return dateline.Raw{}, fmt.Errorf("want a JSON object (an article), got %s", jsonKind(b))
		}
		return dateline.Raw{}, fmt.Errorf("broken JSON: %w", err)
	}
	if obj == nil {
		return dateline.Raw{}, errors.New("want a JSON object (an article), got null")
	}
	fields := make(map[string]json.RawMessage, len(obj))
	for k, v := range obj {
		lk := strings.ToLower(k)
		if _, dup := fields[lk]; !dup {
			fields[lk] = v
		}
	}
	raw := base
	raw.Format = "json"
	raw.Source = base.Source + "#" + strconv.Itoa(rec)
	raw.Bytes = bytes.Clone(b)
	raw.Title = pick(fields, titleKeys)
	raw.Text = pick(fields, textKeys)
	raw.Date = pick(fields, dateKeys)
	raw.URL = pick(fields, urlKeys)
	if strings.TrimSpace(raw.Text) == "" {
		if h := pick(fields, htmlKeys); strings.TrimSpace(h) != "" {
			// a scraped page kept whole ({"url": …, "html": "<html>…"}):
			// read as the HTML page it is
			raw.Format = "html"
			raw.Bytes = []byte(h)
			return raw, nil
		}
	}
	if strings.TrimSpace(raw.Title) == "" && strings.TrimSpace(raw.Text) == "" {
		return dateline.Raw{}, errors.New("record has no title or text field")
	}
	return raw, nil
}

// pick returns the first of keys present as a usable value: a string, a
// number, or an array of strings (joined as paragraphs).
func pick(fields map[string]json.RawMessage, keys []string) string {
	for _, k := range keys {
		v, ok := fields[k]
		if !ok {
			continue
		}
		var s string
		if json.Unmarshal(v, &s) == nil {
			if strings.TrimSpace(s) != "" {
				return s
			}
			continue
		}
		var n json.Number
		if json.Unmarshal(v, &n) == nil {
			return n.String()
		}
		var list []string
		if json.Unmarshal(v, &list) == nil && len(list) > 0 {
			return strings.Join(list, "\n\n")
		}
	}
	return ""
}

// invalidUTF8At returns the offset of the first byte of b that is not valid
// UTF-8.
func invalidUTF8At(b []byte) int {
	i := 0
	for i < len(b) {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		i += n
	}
	return i
}

// jsonKind names the kind of JSON value b holds.
func jsonKind(b []byte) string {
	t := bytes.TrimSpace(b)
	switch {
	case len(t) == 0:
		return "nothing"
	case t[0] == '[':
		return "an array"
	case t[0] == '"':
		return "a string"
	case t[0] == 't' || t[0] == 'f':
		return "a boolean"
	default:
		return "a number"
	}
}
