#!/usr/bin/env python3
"""Checks testdata/fresh12-gold.json against the held-out articles in testdata/fresh12, with the
same rules as check_demo_gold.py.

    python3 testdata/check_fresh12_gold.py        (from the repository root)

fresh12 is a held-out set of 10 wire-style articles (AP, TT, APS, AA, ANTARA, VNA, Kabar, Tanjug,
PAP, Kyodo) about real political events of 2021-2025 in Latin America, the Nordic countries/Iraq,
the Maghreb, the Horn of Africa, Southeast Asia (twice), Central Asia, the Balkans, Central Europe
and the Pacific, written for this repository (facts real, sentences our own; bylines,
photographers, reporters and the minor speakers are invented, and the officials' quoted words are
our own wording of positions they took). The gold was written blind: before any run of dateline
on these files. It is meant for measuring PLOVER events (and quotes, entities and structure) on
copy no rule was tuned on; do not tune on it, and report only aggregate figures from it.

Annotation conventions of the gold: those of fresh4 (see testdata/check_fresh4_gold.py) and the
README's "How events are coded" (both sides of talks, a host talking with each side both ways and
the sides with each other, three principals meeting coded every pair both ways, one-sided
commitments and assurances as AGREE plus the act hypothetical, summoning an envoy as ACCUSE,
recalling or expelling envoys, import bans, tariffs and halting arms deliveries as SANCTION, a
deed blamed by its victim's side as the blamed side's, reported, a collective with no country
('critics', 'some European countries') as a null target). Kosovo is coded XKX, Somaliland SOM,
the Polisario Front ESH. Dates: published comes from a furniture date line (AP 'Updated ...
January 27, 2025'; AA '12.12.2024', day.month; ANTARA 'Saturday, 24 April 2021'; VNA
'28/07/2025', day/month, whose body names dates, not weekdays) or the month/day of the dateline
with weekday words and office-holders' terms (date_clues: TT, APS, Kabar, Tanjug, PAP, Kyodo; the
Kyodo page has no furniture at all).
"""
import json, sys

sys.path.insert(0, "testdata")
import check_demo_gold as c

c.DEMO = "testdata/fresh12"
errs = []
gold = json.load(open("testdata/fresh12-gold.json", encoding="utf-8"))
ids = [g["id"] for g in gold]
if len(ids) != len(set(ids)):
    errs.append("testdata/fresh12-gold.json: duplicate ids")
for g in gold:
    errs += c.check(g)
print("\n".join(errs) if errs else f"ok: {len(gold)} gold articles checked")
sys.exit(1 if errs else 0)
