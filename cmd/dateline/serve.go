package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/server"
)

// newServeCmd serves a database over HTTP: the JSON API and the web UI.
func newServeCmd() *cobra.Command {
	var db, addr string
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve a database: JSON API and web pages",
		Long: `serve opens a database read-only in spirit (it never writes to it) and serves
a web UI — article search, articles with quotes highlighted per speaker, actor
pages, pair timelines and a network of who agrees with or accuses whom — and a
JSON API documented at /api/openapi.json. Everything is embedded: the pages
load nothing from the network. Stop it with Ctrl-C.`,
		Example: `  dateline serve --db news.db --addr 127.0.0.1:8080`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(cmd, db, func(st dateline.Store) error {
				return serve(cmd, st, addr)
			})
		},
	}
	storeFlags(cmd, &db)
	cmd.Flags().StringVar(&addr, "addr", defaultAddr, "`HOST:PORT` to listen on")
	return cmd
}

const defaultAddr = "127.0.0.1:8080"

// serve serves st until the command's context ends (Ctrl-C).
func serve(cmd *cobra.Command, st dateline.Store, addr string) error {
	return server.ListenAndServe(cmd.Context(), st, addr, func(format string, a ...any) {
		fmt.Fprintf(cmd.ErrOrStderr(), format+"\n", a...)
	})
}
