// Package queue spreads dateline's work over processes with a NATS JetStream
// work queue: a publisher puts each raw input on a stream, and workers on any
// machine take them one at a time, run the pipeline and store the result.
//
// Nothing is lost or stored twice: a message is acknowledged only after the
// store has committed the article (a store error returns it to the queue
// after a delay); a worker that dies leaves its messages to be delivered
// again after the ack wait; inputs are published with a Nats-Msg-Id header
// (the sha256 of their bytes, which is also the article id) so that the
// stream drops a second publication of the same input, and a redelivered
// input is stored once because Store.Put is idempotent by article id. An
// input that cannot be decoded or processed is terminated (never redelivered)
// and reported in one line naming its source.
package queue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dateline-news/dateline"
)

// Names of the stream, its subject and the workers' durable consumer.
const (
	Stream   = "DATELINE_RAW"
	Subject  = "dateline.raw"
	Consumer = "dateline-workers"
)

// DuplicateWindow is how long the stream remembers message ids to drop
// inputs published twice.
const DuplicateWindow = time.Hour

// AckWait is how long the server waits for a worker's answer before it
// delivers a message again; workers signal progress on long articles.
const AckWait = time.Minute

// record is the wire form of a dateline.Raw: JSON, the bytes in base64.
type record struct {
	Source   string    `json:"source"`
	Format   string    `json:"format"`
	Bytes    []byte    `json:"bytes"`
	URL      string    `json:"url,omitempty"`
	Title    string    `json:"title,omitempty"`
	Text     string    `json:"text,omitempty"`
	Date     string    `json:"date,omitempty"`
	Modified time.Time `json:"modified,omitzero"`
}

// Encode turns a raw input into a message body.
func Encode(raw dateline.Raw) ([]byte, error) {
	return json.Marshal(record(raw))
}

// Decode reads a message body written by Encode.
func Decode(data []byte) (dateline.Raw, error) {
	var r record
	if err := json.Unmarshal(data, &r); err != nil {
		return dateline.Raw{}, fmt.Errorf("not a dateline input record: %w", err)
	}
	if r.Source == "" {
		return dateline.Raw{}, errors.New("not a dateline input record: no source")
	}
	switch r.Format {
	case "text", "html", "json":
	default:
		return dateline.Raw(r), fmt.Errorf("%s: unknown input format %q", r.Source, r.Format)
	}
	return dateline.Raw(r), nil
}

// MsgID is the id a raw input is published under: the hex sha256 of its
// bytes, as the article id is.
func MsgID(raw dateline.Raw) string {
	sum := sha256.Sum256(raw.Bytes)
	return hex.EncodeToString(sum[:])
}

// EnsureStream creates the work-queue stream, or updates it to this
// configuration.
func EnsureStream(ctx context.Context, js jetstream.JetStream) (jetstream.Stream, error) {
	st, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        Stream,
		Description: "dateline raw inputs waiting for a worker",
		Subjects:    []string{Subject},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  DuplicateWindow,
	})
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", Stream, err)
	}
	return st, nil
}

// ErrTooLarge is returned for an input larger than the server takes in one
// message (its max_payload, 1 MiB by default).
var ErrTooLarge = errors.New("input too large for one NATS message")

// Publisher puts raw inputs on the stream.
type Publisher struct {
	js  jetstream.JetStream
	max int64
}

// NewPublisher makes sure the stream exists and returns a publisher on nc.
func NewPublisher(ctx context.Context, nc *nats.Conn) (*Publisher, error) {
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, err
	}
	if _, err := EnsureStream(ctx, js); err != nil {
		return nil, err
	}
	return &Publisher{js: js, max: nc.MaxPayload()}, nil
}

// Publish queues one input; queued is false when the stream already had it
// (same bytes published within DuplicateWindow).
func (p *Publisher) Publish(ctx context.Context, raw dateline.Raw) (queued bool, err error) {
	data, err := Encode(raw)
	if err != nil {
		return false, fmt.Errorf("%s: %w", raw.Source, err)
	}
	id := MsgID(raw)
	if n := int64(len(data) + len(id) + 64); p.max > 0 && n > p.max {
		return false, fmt.Errorf("%s: %w (%d bytes encoded; the server takes %d)", raw.Source, ErrTooLarge, n, p.max)
	}
	msg := nats.NewMsg(Subject)
	msg.Data = data
	msg.Header.Set(jetstream.MsgIDHeader, id)
	ack, err := p.js.PublishMsg(ctx, msg)
	if err != nil {
		return false, fmt.Errorf("%s: publish: %w", raw.Source, err)
	}
	return !ack.Duplicate, nil
}

// Processor runs the pipeline over one input (*pipeline.Pipeline is one).
type Processor interface {
	Process(ctx context.Context, raw dateline.Raw) (*dateline.Article, error)
}

// Stats counts what a worker did.
type Stats struct {
	Stored     int64 // articles stored
	Duplicates int64 // articles the store already had
	Bad        int64 // inputs dropped as unreadable or failing the pipeline
	Retries    int64 // store failures sent back to the queue
}

func (s *Stats) String() string {
	return fmt.Sprintf("%d stored, %d already stored, %d bad inputs, %d store retries",
		s.Stored, s.Duplicates, s.Bad, s.Retries)
}

// Worker takes inputs from the stream, runs the pipeline over them and
// stores the articles.
type Worker struct {
	Pipe  Processor
	Store dateline.Store
	// Workers is how many inputs are processed at once (0: one per CPU).
	Workers int
	// Logf reports a bad input or a store failure, one line each; nil is quiet.
	Logf func(format string, args ...any)
	// RetryDelay is how long an input whose store failed waits before it is
	// delivered again (0: 5 seconds).
	RetryDelay time.Duration
	// Drain makes Run return once the queue has stayed empty, with nothing
	// in flight, for this long; 0 waits for more inputs until ctx ends.
	Drain time.Duration
}

func (w *Worker) logf(format string, args ...any) {
	if w.Logf != nil {
		w.Logf(format, args...)
	}
}

// Run consumes inputs until ctx ends (or the queue is drained, with Drain
// set). Inputs being processed or buffered when ctx ends are handed back to
// the queue.
func (w *Worker) Run(ctx context.Context, js jetstream.JetStream) (*Stats, error) {
	if w.Pipe == nil || w.Store == nil {
		return nil, errors.New("worker: no pipeline or no store")
	}
	n := w.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	if _, err := EnsureStream(ctx, js); err != nil {
		return nil, err
	}
	cons, err := js.CreateOrUpdateConsumer(ctx, Stream, jetstream.ConsumerConfig{
		Durable:       Consumer,
		Description:   "dateline workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       AckWait,
		MaxDeliver:    -1,
		MaxAckPending: 1024,
		FilterSubject: Subject,
	})
	if err != nil {
		return nil, fmt.Errorf("consumer %s: %w", Consumer, err)
	}
	it, err := cons.Messages(jetstream.PullMaxMessages(n))
	if err != nil {
		return nil, fmt.Errorf("consumer %s: %w", Consumer, err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		<-runCtx.Done()
		it.Drain() // buffered messages still come out of Next, to be handed back
	}()
	stats := new(Stats)
	var wg sync.WaitGroup
	var fatal atomic.Pointer[error]
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				var opts []jetstream.NextOpt
				if w.Drain > 0 {
					opts = append(opts, jetstream.NextMaxWait(w.Drain))
				}
				msg, err := it.Next(opts...)
				switch {
				case err == nil && runCtx.Err() != nil:
					_ = msg.Nak() // stopping: let another worker have it now
				case err == nil:
					w.handle(runCtx, msg, stats)
				case errors.Is(err, nats.ErrTimeout):
					if empty, err := drained(runCtx, cons); err != nil && runCtx.Err() == nil {
						fatal.CompareAndSwap(nil, &err)
						cancel()
						return
					} else if empty {
						cancel()
						return
					}
				case errors.Is(err, jetstream.ErrMsgIteratorClosed) || runCtx.Err() != nil:
					return
				default:
					err = fmt.Errorf("consumer %s: %w", Consumer, err)
					fatal.CompareAndSwap(nil, &err)
					cancel()
					return
				}
			}
		}()
	}
	wg.Wait()
	if err := fatal.Load(); err != nil {
		return stats, *err
	}
	return stats, ctx.Err()
}

// drained reports whether the consumer has nothing left: no message waiting,
// none delivered and unanswered, none waiting to be delivered again.
func drained(ctx context.Context, cons jetstream.Consumer) (bool, error) {
	info, err := cons.Info(ctx)
	if err != nil {
		return false, fmt.Errorf("consumer %s: %w", Consumer, err)
	}
	return info.NumPending == 0 && info.NumAckPending == 0 && info.NumRedelivered == 0, nil
}

// handle processes one message and answers it: ack after the store commits,
// term for a bad input, nak with a delay on a store error, nak at once when
// the worker is stopping.
func (w *Worker) handle(ctx context.Context, msg jetstream.Msg, stats *Stats) {
	raw, err := Decode(msg.Data())
	if err != nil {
		atomic.AddInt64(&stats.Bad, 1)
		w.logf("%s: dropped: %v", describe(msg), oneLine(err))
		if err := msg.TermWithReason("bad record"); err != nil {
			w.logf("%s: term: %v", describe(msg), err)
		}
		return
	}
	stop := progress(msg)
	defer stop()
	a, err := w.Pipe.Process(ctx, raw)
	if err != nil {
		if ctx.Err() != nil {
			_ = msg.Nak()
			return
		}
		atomic.AddInt64(&stats.Bad, 1)
		w.logf("%s: %v", raw.Source, oneLine(err))
		if err := msg.TermWithReason("pipeline error"); err != nil {
			w.logf("%s: term: %v", raw.Source, err)
		}
		return
	}
	stored, err := w.Store.Put(ctx, a)
	if err != nil {
		if ctx.Err() != nil {
			_ = msg.Nak()
			return
		}
		atomic.AddInt64(&stats.Retries, 1)
		delay := w.RetryDelay
		if delay <= 0 {
			delay = 5 * time.Second
		}
		w.logf("%s: %v (will retry in %s)", raw.Source, oneLine(err), delay)
		if err := msg.NakWithDelay(delay); err != nil {
			w.logf("%s: nak: %v", raw.Source, err)
		}
		return
	}
	if stored {
		atomic.AddInt64(&stats.Stored, 1)
	} else {
		atomic.AddInt64(&stats.Duplicates, 1)
	}
	actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := msg.DoubleAck(actx); err != nil {
		// The article is stored: a redelivery will find it there.
		w.logf("%s: ack: %v", raw.Source, err)
	}
}

// progress tells the server, every third of the ack wait, that msg is still
// being worked on; the returned func stops it.
func progress(msg jetstream.Msg) func() {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(AckWait / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				_ = msg.InProgress()
			}
		}
	}()
	return func() { close(done) }
}

// describe names a message that has no readable source.
func describe(msg jetstream.Msg) string {
	if md, err := msg.Metadata(); err == nil {
		return fmt.Sprintf("queue message %d", md.Sequence.Stream)
	}
	return "queue message"
}

func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}
