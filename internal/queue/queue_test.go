package queue

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/pipeline"
	"github.com/dateline-news/dateline/internal/sqlite"
)

// startNATS runs an in-process NATS server with JetStream on a loopback
// port, its store in a temporary folder, and connects to it.
func startNATS(t *testing.T) (*nats.Conn, jetstream.JetStream) {
	t.Helper()
	srv, err := server.NewServer(&server.Options{
		Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: t.TempDir(), NoLog: true, NoSigs: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	go srv.Start()
	t.Cleanup(srv.Shutdown)
	if !srv.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats-server did not start")
	}
	nc, err := nats.Connect(srv.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	return nc, js
}

var (
	pipeOnce sync.Once
	pipe     *pipeline.Pipeline
	pipeErr  error
)

// testPipe is the real pipeline, built once for the package's tests.
func testPipe(t *testing.T) *pipeline.Pipeline {
	t.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = pipeline.New(context.Background(), pipeline.Options{}) })
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return pipe
}

func openStore(t *testing.T) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

var (
	towns   = []string{"VIENNA", "GENEVA", "ANKARA", "CAIRO", "NAIROBI", "LIMA", "OSLO", "HANOI"}
	leaders = []string{"the foreign minister", "the prime minister", "the president", "the defence minister"}
)

// story is the nth small wire story, each different.
func story(n int) dateline.Raw {
	town := towns[n%len(towns)]
	text := fmt.Sprintf("Talks on grain exports resume in %s\n\n%s, March %d (Reuters) - Delegations met in %s on Tuesday "+
		"for round %d of talks on grain exports, %s said.\n\n\"We expect progress,\" %s told reporters.\n",
		town[:1]+strings.ToLower(town[1:]), town, n%27+1, town, n+1, leaders[n%len(leaders)], leaders[(n+1)%len(leaders)])
	return dateline.Raw{Source: fmt.Sprintf("wire/%02d.txt", n), Format: "text", Bytes: []byte(text)}
}

// runWorkers runs n workers on one store until the queue is drained.
func runWorkers(t *testing.T, js jetstream.JetStream, st dateline.Store, n int, logf func(string, ...any)) Stats {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var (
		mu    sync.Mutex
		total Stats
		wg    sync.WaitGroup
	)
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := &Worker{Pipe: testPipe(t), Store: st, Workers: 2, Logf: logf, RetryDelay: 50 * time.Millisecond,
				Drain: 500 * time.Millisecond}
			s, err := w.Run(ctx, js)
			if err != nil {
				t.Errorf("worker: %v", err)
			}
			if s != nil {
				mu.Lock()
				total.Stored += s.Stored
				total.Duplicates += s.Duplicates
				total.Bad += s.Bad
				total.Retries += s.Retries
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return total
}

func streamMsgs(t *testing.T, js jetstream.JetStream) uint64 {
	t.Helper()
	s, err := js.Stream(context.Background(), Stream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return info.State.Msgs
}

// TestEndToEnd publishes N stories twice through the publisher (the stream
// drops the second copies) and once more without message ids (as after the
// duplicate window), runs two workers, and checks that every story is stored
// exactly once and the queue is left empty.
func TestEndToEnd(t *testing.T) {
	const n = 12
	nc, js := startNATS(t)
	ctx := context.Background()
	pub, err := NewPublisher(ctx, nc)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for round := range 2 {
		for i := range n {
			raw := story(i)
			queued, err := pub.Publish(ctx, raw)
			if err != nil {
				t.Fatal(err)
			}
			if queued != (round == 0) {
				t.Errorf("round %d, %s: queued = %v", round, raw.Source, queued)
			}
			if round == 0 {
				want = append(want, MsgID(raw))
			}
		}
	}
	for i := range n {
		data, err := Encode(story(i))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := js.Publish(ctx, Subject, data); err != nil {
			t.Fatal(err)
		}
	}
	if got := streamMsgs(t, js); got != 2*n {
		t.Fatalf("stream holds %d messages; want %d", got, 2*n)
	}
	st := openStore(t)
	var logs []string
	var mu sync.Mutex
	total := runWorkers(t, js, st, 2, func(f string, a ...any) {
		mu.Lock()
		defer mu.Unlock()
		logs = append(logs, fmt.Sprintf(f, a...))
	})
	if total.Stored != n || total.Duplicates != n || total.Bad != 0 {
		t.Errorf("workers: %s; want %d stored, %d already stored, 0 bad; log %q", &total, n, n, logs)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != n {
		t.Errorf("store has %d articles; want %d", stats.Articles, n)
	}
	hits, err := st.SearchArticles(ctx, dateline.ArticleQuery{Page: dateline.Page{Limit: -1}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hits {
		got = append(got, h.ID)
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("stored ids %v; want %v", got, want)
	}
	if left := streamMsgs(t, js); left != 0 {
		t.Errorf("%d messages left on the work queue; want 0", left)
	}
}

// TestBadRecords puts an undecodable message and an input the pipeline
// rejects ahead of a good story: both are reported in one line each and
// dropped, and the story behind them is stored.
func TestBadRecords(t *testing.T) {
	nc, js := startNATS(t)
	ctx := context.Background()
	pub, err := NewPublisher(ctx, nc)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := js.Publish(ctx, Subject, []byte("{not json")); err != nil {
		t.Fatal(err)
	}
	for _, raw := range []dateline.Raw{
		{Source: "feeds/empty.txt", Format: "text", Bytes: []byte("   \n\n  ")},
		story(3),
	} {
		if _, err := pub.Publish(ctx, raw); err != nil {
			t.Fatal(err)
		}
	}
	st := openStore(t)
	var logs []string
	var mu sync.Mutex
	total := runWorkers(t, js, st, 1, func(f string, a ...any) {
		mu.Lock()
		defer mu.Unlock()
		logs = append(logs, fmt.Sprintf(f, a...))
	})
	if total.Stored != 1 || total.Bad != 2 {
		t.Errorf("worker: %s; want 1 stored, 2 bad", &total)
	}
	if len(logs) != 2 {
		t.Fatalf("log = %q; want two lines", logs)
	}
	slices.Sort(logs)
	if !strings.HasPrefix(logs[0], "feeds/empty.txt: ") || !strings.HasPrefix(logs[1], "queue message 1: dropped: ") {
		t.Errorf("log = %q; want lines naming feeds/empty.txt and queue message 1", logs)
	}
	for _, l := range logs {
		if strings.Contains(l, "\n") {
			t.Errorf("log line %q spans lines", l)
		}
	}
	if left := streamMsgs(t, js); left != 0 {
		t.Errorf("%d messages left on the work queue; want 0", left)
	}
}

// failingStore fails its first Put, as a database that is briefly away.
type failingStore struct {
	dateline.Store
	mu    sync.Mutex
	fails int
}

func (f *failingStore) Put(ctx context.Context, a *dateline.Article) (bool, error) {
	f.mu.Lock()
	fail := f.fails > 0
	f.fails--
	f.mu.Unlock()
	if fail {
		return false, errors.New("database is locked")
	}
	return f.Store.Put(ctx, a)
}

// TestStoreFailureRetries checks that an input whose store failed is not
// acknowledged but delivered again, and then stored.
func TestStoreFailureRetries(t *testing.T) {
	nc, js := startNATS(t)
	ctx := context.Background()
	pub, err := NewPublisher(ctx, nc)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pub.Publish(ctx, story(5)); err != nil {
		t.Fatal(err)
	}
	st := &failingStore{Store: openStore(t), fails: 1}
	var logs []string
	total := runWorkers(t, js, st, 1, func(f string, a ...any) { logs = append(logs, fmt.Sprintf(f, a...)) })
	if total.Stored != 1 || total.Retries != 1 || total.Bad != 0 {
		t.Errorf("worker: %s; want 1 stored after 1 retry", &total)
	}
	if len(logs) != 1 || !strings.HasPrefix(logs[0], "wire/05.txt: database is locked (will retry") {
		t.Errorf("log = %q", logs)
	}
}

// TestPublishTooLarge checks that an input over the server's max payload is
// refused with an error naming it, before anything is sent.
func TestPublishTooLarge(t *testing.T) {
	nc, _ := startNATS(t)
	pub, err := NewPublisher(context.Background(), nc)
	if err != nil {
		t.Fatal(err)
	}
	big := dateline.Raw{Source: "huge.html", Format: "html", Bytes: make([]byte, nc.MaxPayload())}
	_, err = pub.Publish(context.Background(), big)
	if !errors.Is(err, ErrTooLarge) || !strings.HasPrefix(err.Error(), "huge.html: ") {
		t.Errorf("Publish(huge) error = %v; want ErrTooLarge naming huge.html", err)
	}
}

func TestRecordRoundTrip(t *testing.T) {
	in := dateline.Raw{Source: "feed.jsonl#3", Format: "json", Bytes: []byte{0, 1, 2, 255}, URL: "https://example.org/a",
		Title: "T", Text: "body", Date: "2020-01-02", Modified: time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)}
	data, err := Encode(in)
	if err != nil {
		t.Fatal(err)
	}
	out, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if out.Source != in.Source || string(out.Bytes) != string(in.Bytes) || out.URL != in.URL || !out.Modified.Equal(in.Modified) ||
		out.Title != in.Title || out.Text != in.Text || out.Date != in.Date || out.Format != in.Format {
		t.Errorf("round trip = %+v; want %+v", out, in)
	}
	for name, bad := range map[string]string{
		"not-json":   "{",
		"no-source":  `{"format":"text","bytes":""}`,
		"bad-format": `{"source":"x","format":"pdf"}`,
	} {
		if _, err := Decode([]byte(bad)); err == nil {
			t.Errorf("%s: Decode succeeded", name)
		}
	}
}

func FuzzDecode(f *testing.F) {
	good, _ := Encode(story(1))
	f.Add(good)
	f.Add([]byte(`{"source":"x","format":"text","bytes":"aGk="}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		raw, err := Decode(data)
		if err != nil {
			return
		}
		again, err := Encode(raw)
		if err != nil {
			t.Fatal(err)
		}
		if back, err := Decode(again); err != nil || back.Source != raw.Source || string(back.Bytes) != string(raw.Bytes) {
			t.Fatalf("re-decode = %+v, %v", back, err)
		}
	})
}
