package clean

import (
	"regexp"
	"strings"
)

// boilerplateRule is one kind of agency or site trailer: a short pattern on
// a phrase only that trailer uses, never on the agency's name alone, so a
// body sentence that names the agency ("Anadolu Agency reported ...")
// stays.
type boilerplateRule struct {
	agency  string // whose trailer it is ("" for many)
	pattern string // case-insensitive, matched against the whole line or paragraph
	// endOnly rules drop a paragraph only among the last ones of the body
	// (a slug of initials could, rarely, be something else mid-story).
	endOnly bool
	// hint holds lower-case words, '|'-separated, one of which every
	// match contains: lines without any are not tried against the pattern
	// ("" tries every line).
	hint string
}

// boilerplateRules are the trailers removed from the body. Forms the
// cleaner already handles elsewhere: Reuters' "Reporting by ...; Editing
// by ..." and "Our Standards: ..." (trailer), "(END)", IRNA's codes
// ("9417**1421") and dpa's "dpa xx yy" (endMark), "Read also" boxes and "Editor: ..." /
// "Source: ..." lines (isNav), "© AFP" and other photo credits (isCredit).
var boilerplateRules = []boilerplateRule{
	// Anadolu: the note that the site carries a part of the subscribers' service
	{"Anadolu", `\bwebsite contains only a (small )?portion of the news stories\b`, false, "portion"},
	{"Anadolu", `^please contact us for subscription options\.?$`, false, "subscription"},
	// AP: the copyright notice and its republication clause
	{"AP", `\bmay not be published, broadcast,? rewritten,? or redistributed\b`, false, "redistributed"},
	{"AP", `^follow (ap|the associated press)['’]s (full )?coverage\b.{0,200}$`, false, "coverage"},
	// any agency: a copyright line
	{"", `^(©|\(c\)|copyright\b).{0,160}\ball rights reserved\.?$`, false, "rights reserved"},
	{"", `^(©|copyright)\s*(\d{4}\s*)?(agence france-presse|the associated press|associated press|reuters|thomson reuters|tass|xinhua|anadolu agency|yonhap|dpa|interfax)\b[^.]{0,40}\.?$`, false, "©|copyright"},
	// contributor lines that close many wire stories
	{"", `^.{0,300}\bcontributed (reporting )?to this (report|story|article)\.?$`, false, "contributed"},
	// Xinhua: the editor's name and the end word
	{"Xinhua", `^[\[(]?editors?\s*:\s*[\p{L} .,'’-]{2,60}[\])]?$`, false, "editor"},
	{"Xinhua", `^enditem$`, false, "enditem"},
	// Yonhap and others: the writer's e-mail address alone on its line
	{"Yonhap", `^[\w.+-]+@[\w-]+(\.[\w-]+)+$`, false, "@"},
	// Kyodo's end mark
	{"Kyodo", `^==\s*kyodo$`, false, "kyodo"},
	// an agency's name alone on the last line (the copy's source)
	{"", `^[(/]?(interfax(-ukraine)?|ukrinform|unian|yonhap|yonhap news agency|kyodo|kyodo news|belta|ria novosti|afp|ap|reuters|tass|xinhua|anadolu agency|aa)[)/]?$`, true, ""},
	// AFP: the desk's slug of initials at the end ("bur-jm/lch")
	{"AFP", `^[a-z]{2,5}(-[a-z]{2,5})?(/[a-z]{2,5}){1,3}$`, true, "/"},
	// EFE: the agency's name and the desk's initials joined by slashes ("EFE ms/ja")
	{"EFE", `^efe\s+[a-z]{1,5}(-[a-z]{1,5})?(/[a-z]{1,5}){1,3}$`, true, "efe"},
	// PTI: the agency's name and two to four groups of initials in capitals ("PTI AKV NSD")
	{"PTI", `(?-i)^PTI(\s+[A-Z]{2,4}){1,4}$`, true, "pti"},
	// any agency: "ALL RIGHTS RESERVED © Copyright ANSA", "COPYRIGHT © ANTARA 2024", "© 2024 Bernama"
	{"", `^all rights reserved\b[^.!?]{0,100}\.?$`, false, "^all rights"},
	{"", `^(copyright\s*)?(©|\(c\))\s*(copyright\s*)?[\p{L}\d .,&'’/-]{2,60}\.?$`, false, "^©|^c)|^copyright"},
	{"", `^copyright\s+(\d{4}|by)(\s+[^\s.!?]+){1,5}\.?$`, true, "^copyright"},
	// Reuters' feed: "(c) Copyright Thomson Reuters 2021. Click For Restrictions - https://..."
	{"Reuters", `^(\(c\)|©)\s*copyright\b.{0,200}$`, false, "^c)|^©"},
	// Bloomberg: "To contact the reporter on this story: ..."
	{"Bloomberg", `^to contact the (reporters?|editors?)\b.{0,300}$`, true, "^to contact"},
	// Indian sites: "Catch all the Business News ... Download The Mint News App ..."
	{"", `^catch all the\b.{0,300}$`, true, "^catch all"},
	{"", `^download (the|our)\b.{0,60}\bapp\b.{0,150}\b(news|updates|latest|stories|alerts)\b.{0,60}$`, true, "^download"},
	// Indian sites carrying PTI, IANS or ANI copy: the syndication note
	{"", `\b(auto-generated|published|generated) from an? (syndicated (news )?feed|wire agency feed)\b`, false, "syndicated|wire agency feed"},
	{"", `^\(?with (agency )?inputs?( from [\p{L} .,&'’/-]{2,60})?\)?\.?$`, true, "^with"},
	// AP's note on the foundations that support some of its coverage
	{"AP", `\b(ap|the associated press) is solely responsible for all content\b`, false, "solely responsible"},
	{"AP", `\bstandards for working with philanthropies\b`, false, "philanthropies"},
	{"AP", `^more (of )?(ap|the associated press)['’]?s? (coverage|stories|reporting)\b.{0,200}$`, false, "^more"},
	// pleas to follow a channel: "Join ST's Telegram channel and get the latest ..."
	{"", `^join\s+.{0,40}\b(telegram|whatsapp)( channel| group| community)?\b.{0,150}$`, true, "^join"},
	// AP's other links to its coverage: "Find more of AP's coverage at ..."
	{"AP", `^(find|see|read) more (of )?(ap|the associated press)['’]s\b.{0,200}$`, false, "^find more|^see more|^read more"},
	// Reuters' newsletter plugs inside the story: "... energy industry. Sign up here."
	{"Reuters", `^(.{0,200}\bnewsletter\b.{0,200}\s)?sign up here\.?$`, false, "sign up here"},
	// contributor and desk labels closing a story: "Reporter: Andi Firmansyah Editor: Budi Santoso"
	{"", `^((reporters?|writers?|editors?|editing|translators?|translation|translated by|edited by|edition|written by|compiled by|uploaded by|editor in charge|responsible editor|producers?)\s*:\s*[\p{L} .,'’&/-]{2,60}?\s*)+$`, true, "^reporter|^writer|^editor|^editing|^translat|^edition|^edited|^written|^compiled|^uploaded|^producer"},
	// a lone web address after the story
	{"", `^(https?://|www\.)\S+$`, true, "^http|^www."},
	// IRNA and others: a line asking readers to follow the outlet on a network,
	// maybe for its latest news ("Follow us on X for the latest updates")
	{"", `^follow (us|@?[\w.-]+) on (twitter|x|facebook|instagram|telegram|youtube|linkedin|whatsapp|threads|google news)((,|\s+and|\s*&)\s+(twitter|x|facebook|instagram|telegram|youtube|linkedin|whatsapp|threads|google news))*(\s*:?\s*@[\w.]+)?(\s+(for|to get|to read)\s+(the\s+)?(all\s+the\s+)?(latest|more|breaking)\b[^.,;!?]{0,60})?\.?$`, false, "follow"},
}

type boilerplateMatcher struct {
	re      *regexp.Regexp
	endOnly bool
	hints   []string
}

// hinted reports whether low holds one of m's hints (or m has none). A
// hint starting with '^' must open the line: start is low without the
// brackets and dashes that may open it.
func (m boilerplateMatcher) hinted(low, start string) bool {
	if len(m.hints) == 0 {
		return true
	}
	for _, h := range m.hints {
		if h[0] == '^' {
			if strings.HasPrefix(start, h[1:]) {
				return true
			}
		} else if strings.Contains(low, h) {
			return true
		}
	}
	return false
}

// boilerplate is boilerplateRules compiled once; it is never changed.
var boilerplate = func() []boilerplateMatcher {
	out := make([]boilerplateMatcher, len(boilerplateRules))
	for i, r := range boilerplateRules {
		out[i] = boilerplateMatcher{re: regexp.MustCompile(`(?i)` + r.pattern), endOnly: r.endOnly}
		if r.hint != "" {
			out[i].hints = strings.Split(r.hint, "|")
		}
	}
	return out
}()

// maxBoilerplate bounds the length of a trailer paragraph.
const maxBoilerplate = 600

// isBoilerplate reports whether a whole line or paragraph is an agency's
// trailer. atEnd admits the rules that hold only at the end of the body.
func isBoilerplate(t string, atEnd bool) bool {
	t = strings.TrimSpace(t)
	if t == "" || len(t) > maxBoilerplate {
		return false
	}
	low := strings.ToLower(t)
	start := strings.TrimLeft(low, "([ *—–-")
	for _, m := range boilerplate {
		if m.endOnly && !atEnd || !m.hinted(low, start) {
			continue
		}
		if m.re.MatchString(t) {
			return true
		}
	}
	return false
}
