//go:build unix

package main

import (
	"bufio"
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSecondInterrupt runs a child process (this test binary) that stops
// cleanly on the first SIGINT and then hangs, as a run whose clean stop takes
// too long: the second SIGINT must end it at once. Before, the second Ctrl-C
// was swallowed like the first.
func TestSecondInterrupt(t *testing.T) {
	if os.Getenv("DATELINE_TEST_INTERRUPT_CHILD") == "1" {
		ctx, stop := interruptible(context.Background(), os.Stderr)
		defer stop()
		os.Stdout.WriteString("ready\n")
		<-ctx.Done()
		os.Stdout.WriteString("stopping\n")
		time.Sleep(time.Minute) // a clean stop that hangs
		os.Exit(0)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestSecondInterrupt$")
	cmd.Env = append(os.Environ(), "DATELINE_TEST_INTERRUPT_CHILD=1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(out)
	expect := func(want string) {
		t.Helper()
		if !lines.Scan() || lines.Text() != want {
			t.Fatalf("child said %q (%v); want %q", lines.Text(), lines.Err(), want)
		}
	}
	expect("ready")
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	expect("stopping")
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case err := <-waited:
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("child ended with %v; want killed by the second SIGINT", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the second SIGINT did not end the child")
	}
	if !strings.Contains(stderr.String(), "Ctrl-C again to quit at once") {
		t.Errorf("stderr %q; want the first interrupt told", stderr.String())
	}
}
