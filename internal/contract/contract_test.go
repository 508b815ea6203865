package contract

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
)

func span(text, sub string) dateline.Span {
	i := strings.Index(text, sub)
	return dateline.Span{Field: dateline.InBody, Start: i, End: i + len(sub)}
}

func TestFromOffsetsAreCodePoints(t *testing.T) {
	body := "Erdoğan said «Ankara will respond» to Çavuşoğlu’s critics."
	a := &dateline.Article{ID: "x", Source: "s.txt", Body: body,
		Entities: []dateline.Entity{{ID: "recep-tayyip-erdogan", Name: "Recep Tayyip Erdoğan", Type: dateline.Person,
			Mentions: []dateline.Mention{{Span: span(body, "Erdoğan"), Text: "Erdoğan"}}}},
		Quotes: []dateline.Quote{{Text: "Ankara will respond", Kind: dateline.Direct, Span: span(body, "Ankara will respond"),
			Speaker: dateline.Speaker{Name: "Recep Tayyip Erdoğan", Entity: 0, Mention: "Erdoğan"}, Cue: "said", Parent: -1}},
	}
	c := From(a, Options{})
	runes := []rune(body)
	cases := []struct {
		name       string
		start, end int
		want       string
	}{
		{"mention", c.Entities[0].Mentions[0].Start, c.Entities[0].Mentions[0].End, "Erdoğan"},
		{"quote", c.Quotes[0].Start, c.Quotes[0].End, "Ankara will respond"},
	}
	for _, tc := range cases {
		if got := string(runes[tc.start:tc.end]); got != tc.want {
			t.Errorf("%s: code points [%d,%d) = %q, want %q", tc.name, tc.start, tc.end, got, tc.want)
		}
	}
	if c.Quotes[0].Start == span(body, "Ankara").Start {
		t.Errorf("quote start %d is a byte offset; the text before it has multi-byte letters", c.Quotes[0].Start)
	}
	if c.Quotes[0].Speaker.Entity == nil || *c.Quotes[0].Speaker.Entity != "recep-tayyip-erdogan" {
		t.Errorf("speaker entity = %v, want the entity's id", c.Quotes[0].Speaker.Entity)
	}
	if c.Quotes[0].Parent != nil {
		t.Errorf("parent = %v, want null", *c.Quotes[0].Parent)
	}
}

// TestUnknownIsNull: what the stages did not find is null or an empty list,
// never an empty string or a zero date.
func TestUnknownIsNull(t *testing.T) {
	var buf bytes.Buffer
	if err := NewEncoder(&buf, Options{}).Encode(&dateline.Article{ID: "x", Source: "s.txt", Body: "Text."}); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"url", "headline", "subheadline", "dateline", "published", "published_basis"} {
		if v, ok := got[k]; !ok || v != nil {
			t.Errorf("%s = %v (present %v), want null", k, v, ok)
		}
	}
	for _, k := range []string{"entities", "quotes", "events"} {
		if v, ok := got[k].([]any); !ok || len(v) != 0 {
			t.Errorf("%s = %v, want []", k, got[k])
		}
	}
	if strings.Count(strings.TrimSpace(buf.String()), "\n") != 0 {
		t.Errorf("one article is more than one line: %q", buf.String())
	}
}

func TestRunesAt(t *testing.T) {
	text := "a«b»ç"
	r := runes{text}
	for b := 0; b <= len(text); b++ {
		if want := utf8.RuneCountInString(text[:b]); r.at(b) != want {
			t.Errorf("at(%d) = %d, want %d", b, r.at(b), want)
		}
	}
	if r.at(-1) != 0 || r.at(len(text)+5) != utf8.RuneCountInString(text) {
		t.Error("out-of-range offsets are not clamped")
	}
}

// TestPlaceWithNoPoint: a place the gazetteer knows with no point (its
// Location holds 0, 0) prints null coordinates, not a point in the Gulf of
// Guinea; a place with a point prints it.
func TestPlaceWithNoPoint(t *testing.T) {
	for _, tt := range []struct {
		name     string
		loc      dateline.Location
		lat, lon string
	}{
		{"no point", dateline.Location{Name: "Jonglei", Country: "SSD", Kind: "admin1"}, "null", "null"},
		{"point", dateline.Location{Name: "Idlib", Country: "SYR", Lat: 35.93, Lon: 36.63}, "35.93", "36.63"},
		{"on the equator", dateline.Location{Name: "Quito", Country: "ECU", Lat: -0.23, Lon: -78.52}, "-0.23", "-78.52"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			body := "Fighting was reported."
			a := &dateline.Article{ID: "x", Source: "s.txt", Body: body,
				Events: []dateline.Event{{Type: "ASSAULT", Mode: dateline.Asserted, Quote: -1, Place: &tt.loc}}}
			var buf bytes.Buffer
			if err := NewEncoder(&buf, Options{}).Encode(a); err != nil {
				t.Fatal(err)
			}
			var got struct {
				Events []struct{ Place map[string]json.RawMessage }
			}
			if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
				t.Fatal(err)
			}
			p := got.Events[0].Place
			if string(p["lat"]) != tt.lat || string(p["lon"]) != tt.lon {
				t.Errorf("lat, lon = %s, %s; want %s, %s", p["lat"], p["lon"], tt.lat, tt.lon)
			}
		})
	}
}
