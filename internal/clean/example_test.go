package clean_test

import (
	"fmt"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/internal/clean"
)

func ExampleParseDateline() {
	p := "MOSCOW, July 21 (Reuters) - Russia said on Tuesday it would respond."
	d, rest, ok := clean.ParseDateline(p)
	fmt.Println(ok, d.Place, d.Agency, d.Month, d.Day)
	fmt.Printf("%q\n%q\n", d.Text, p[rest:])
	// Output:
	// true MOSCOW Reuters 7 21
	// "MOSCOW, July 21 (Reuters) -"
	// "Russia said on Tuesday it would respond."
}

func ExampleClean() {
	page := "All news\nWorld\nLavrov says Russia will respond to new US sanctions\n© EPA-EFE/YURI KOCHETKOV\n" +
		"WASHINGTON, September 5. /TASS/. Russia will respond, Lavrov said on Tuesday.\n\n\"We are ready,\" he said.\n"
	a, err := clean.Clean(dateline.Raw{Source: "lavrov.txt", Format: "text", Bytes: []byte(page)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Headline)
	fmt.Println(a.Dateline.Place, a.Dateline.Agency)
	fmt.Println(a.Captions)
	fmt.Println(a.Body)
	// Output:
	// Lavrov says Russia will respond to new US sanctions
	// WASHINGTON TASS
	// [© EPA-EFE/YURI KOCHETKOV]
	// Russia will respond, Lavrov said on Tuesday.
	//
	// "We are ready," he said.
}
