package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline/internal/kb"
)

func newKBCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "kb",
		Short: "Work with knowledge-base files",
	}
	cmd.AddCommand(newKBImportCmd())
	return cmd
}

func newKBImportCmd() *cobra.Command {
	var format, output string
	cmd := &cobra.Command{
		Use:   "import FILE...",
		Short: "Convert actor dictionaries into a user knowledge-base file",
		Long: `import converts PETRARCH/Phoenix actor and agent dictionaries into dateline's
knowledge-base TSV (people with dated roles, bodies, groups, generic body
nouns). Pass the result to any command with --kb FILE; it is merged over the
bundled knowledge base.`,
		Example: `  dateline kb import --format phoenix Phoenix.Countries.actors.txt -o phoenix.tsv
  dateline extract --kb phoenix.tsv stories/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "phoenix" {
				return fmt.Errorf("--format %q: only phoenix is known", format)
			}
			all := &kb.Rows{}
			for _, path := range args {
				f, err := os.Open(path)
				if err != nil {
					return err
				}
				rows, st, err := kb.ImportPhoenix(f)
				f.Close()
				if err != nil {
					return fmt.Errorf("%s: %w", path, err)
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "%s: %d entries: %d people with %d roles, %d bodies and groups, %d body nouns; skipped %d places, %d without code, %d bad codes\n",
					path, st.Entries, st.People, st.Roles, st.Orgs, st.Agents, st.Places, st.NoCode, st.BadCodes)
				if st.People+st.Orgs+st.Agents == 0 {
					// Not a dictionary (or one of places only): say so rather
					// than write an empty knowledge base and exit 0.
					return fmt.Errorf("%s: no actor or agent read: is it a PETRARCH/Phoenix dictionary?", path)
				}
				all.Countries = append(all.Countries, rows.Countries...)
				all.Orgs = append(all.Orgs, rows.Orgs...)
				all.People = append(all.People, rows.People...)
				all.Roles = append(all.Roles, rows.Roles...)
				all.Bodies = append(all.Bodies, rows.Bodies...)
				all.Titles = append(all.Titles, rows.Titles...)
			}
			return withOutput(cmd, output, func(w io.Writer) error { return kb.WriteTSV(w, all) })
		},
	}
	cmd.Flags().StringVar(&format, "format", "phoenix", "dictionary format (phoenix)")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to `FILE` instead of standard output")
	return cmd
}

// withOutput calls fn with the file named by path, or with standard output
// when path is "" or "-". A regular file is written under a temporary name
// and renamed over path only when fn and the close succeed, so that a failed
// run (a mistyped --db, a full disk) leaves a file already there untouched.
func withOutput(cmd *cobra.Command, path string, fn func(io.Writer) error) error {
	if path == "" || path == "-" {
		return fn(cmd.OutOrStdout())
	}
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		if !fi.Mode().IsRegular() { // a device or a pipe: write to it directly
			return writeDirect(path, fn)
		}
		mode = fi.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return &fs.PathError{Op: "create", Path: path, Err: err}
	}
	tmp := f.Name()
	err = fn(f)
	if err == nil {
		err = f.Chmod(mode)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

func writeDirect(path string, fn func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	if err := fn(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
