package clean

import (
	"strings"

	"golang.org/x/net/html"
)

// looksLikeHTML reports whether a JSON record's text is HTML markup (feeds
// often carry the article's HTML in "content").
func looksLikeHTML(s string) bool {
	low := strings.ToLower(head(s, 4096))
	for _, t := range []string{"<p>", "<p ", "<br", "</p>", "<div", "</div>", "<li>"} {
		if strings.Contains(low, t) {
			return true
		}
	}
	return false
}

// blockTags end a paragraph.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true, "section": true,
	"article": true, "header": true, "footer": true, "figure": true, "figcaption": true,
	"table": true, "tr": true, "pre": true, "hr": true,
}

// htmlText turns an HTML fragment into text with a blank line between
// blocks; scripts, styles and figure captions are left out.
func htmlText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var sb strings.Builder
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return sb.String()
		case html.TextToken:
			if skip == 0 {
				sb.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			switch tag {
			case "script", "style", "noscript", "figcaption", "iframe", "template":
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
				continue
			}
			if blockTags[tag] {
				sb.WriteString("\n\n")
			}
		}
	}
}
