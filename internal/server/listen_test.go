package server

import (
	"net"
	"strings"
	"testing"
)

// TestListenInUse: an address in use is said so, naming --addr, rather than
// with the bare "bind: address already in use".
func TestListenInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	defer ln.Close()
	if _, err := Listen(ln.Addr().String()); err == nil || !strings.Contains(err.Error(), "is in use") || !strings.Contains(err.Error(), "--addr") {
		t.Errorf("Listen on a used address: %v", err)
	}
	free, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	free.Close()
}
