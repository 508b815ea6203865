package quotes

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dateline-news/dateline/data"
)

// Cue classes.
const (
	ClassSpeech = "speech"
	ClassReport = "report"
	ClassBelief = "belief"
)

// Cue frames: how a cue takes its speaker and content.
const (
	FrameSay       = "say"       // X said (that) Y; Y, X said; Y, said X; X said: Y
	FrameTell      = "tell"      // X told reporters (that) Y
	FrameLead      = "lead"      // only before its content: X warned that Y
	FrameAccording = "according" // according to X, Y; Y, according to X
	FrameName      = "name"      // X called Y “a disgrace”: only with a quotation
)

// cue is one inflected form of a cue, as it stands in text.
type cue struct {
	Lemma string
	Words []string // lower-cased words of the form ("pointed", "out")
	Class string
	Frame string
}

// lexicon maps the first word of each cue form to the forms that start with it,
// longest first.
type lexicon map[string][]cue

// loadLexicon reads the bundled cues and the user's files, later lines
// overriding earlier ones for the same form.
func loadLexicon(files []string) (lexicon, error) {
	lx := lexicon{}
	f, err := data.FS.Open("lexicon/cues.tsv")
	if err != nil {
		return nil, fmt.Errorf("quotes: open bundled cues: %w", err)
	}
	err = lx.read(f, "lexicon/cues.tsv")
	f.Close()
	if err != nil {
		return nil, err
	}
	for _, name := range files {
		uf, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("quotes: open cue file: %w", err)
		}
		err = lx.read(uf, name)
		uf.Close()
		if err != nil {
			return nil, err
		}
	}
	return lx, nil
}

func (lx lexicon) read(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 {
			return fmt.Errorf("quotes: %s:%d: want lemma<TAB>forms[<TAB>class<TAB>frame]", name, n)
		}
		lemma := strings.TrimSpace(cols[0])
		class, frame := ClassSpeech, FrameSay
		if len(cols) > 2 && strings.TrimSpace(cols[2]) != "" {
			class = strings.TrimSpace(cols[2])
		}
		if len(cols) > 3 && strings.TrimSpace(cols[3]) != "" {
			frame = strings.TrimSpace(cols[3])
		}
		switch class {
		case ClassSpeech, ClassReport, ClassBelief:
		default:
			return fmt.Errorf("quotes: %s:%d: unknown class %q", name, n, class)
		}
		switch frame {
		case FrameSay, FrameTell, FrameLead, FrameAccording, FrameName:
		default:
			return fmt.Errorf("quotes: %s:%d: unknown frame %q", name, n, frame)
		}
		for _, form := range strings.Split(cols[1], ",") {
			words := strings.Fields(strings.ToLower(form))
			if len(words) == 0 {
				continue
			}
			lx.add(cue{Lemma: lemma, Words: words, Class: class, Frame: frame})
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("quotes: read %s: %w", name, err)
	}
	return nil
}

func (lx lexicon) add(c cue) {
	k := c.Words[0]
	list := lx[k]
	for i, o := range list {
		if strings.Join(o.Words, " ") == strings.Join(c.Words, " ") {
			list[i] = c
			return
		}
	}
	list = append(list, c)
	// longest first
	for i := len(list) - 1; i > 0 && len(list[i].Words) > len(list[i-1].Words); i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	lx[k] = list
}

// match returns the cue form starting at token i of toks, if any, and the
// number of tokens it spans.
func (lx lexicon) match(toks []tok, i int) (cue, int, bool) {
	list := lx[toks[i].low]
	if len(list) == 0 || !verbAt(toks, i) {
		return cue{}, 0, false
	}
	for _, c := range list {
		if i+len(c.Words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range c.Words[1:] {
			if toks[i+1+k].low != w {
				ok = false
				break
			}
		}
		if ok {
			return c, len(c.Words), true
		}
	}
	return cue{}, 0, false
}
