#!/usr/bin/env python3
"""Checks testdata/fresh8-gold.json against the held-out articles in testdata/fresh8, with the
same rules as check_demo_gold.py.

    python3 testdata/check_fresh8_gold.py        (from the repository root)

fresh8 is a held-out set of 10 wire-style articles (Notimex, SUNA, IANS, AP, KUNA, Interfax,
NZPA, Ukrinform, Agência Brasil, WAFA) about real political events of 1995-2019 in Latin
America, East Africa, South Asia, Southeast Asia, the Middle East, the Caucasus, the Pacific and
Europe, written for this repository (facts real, sentences our own; bylines, photographers and
the minor speakers are invented). The gold was written blind: before any run of dateline on these
files. It is meant for measuring PLOVER events; do not tune on it.

Annotation conventions of the gold: those of fresh4 (see testdata/check_fresh4_gold.py) and the
README's "How events are coded". Dates: published comes from the dateline's year (Agência Brasil
Brasília, 1995: no date_clues, the clue check starts in 2000), a furniture date line (AP Phnom
Penh 'Published ... February 7, 2011'; Ukrinform '26.11.2018 21:05', a page with no dateline at
all, so its dateline place and agency are null) or the month/day of the dateline with weekday
words and office-holders' terms (date_clues: Notimex, SUNA, IANS, KUNA, Interfax, NZPA); it is
null for the WAFA Ramallah page (no month/day anywhere, only 'on Sunday').
"""
import json, sys

sys.path.insert(0, "testdata")
import check_demo_gold as c

c.DEMO = "testdata/fresh8"
errs = []
gold = json.load(open("testdata/fresh8-gold.json", encoding="utf-8"))
ids = [g["id"] for g in gold]
if len(ids) != len(set(ids)):
    errs.append("testdata/fresh8-gold.json: duplicate ids")
for g in gold:
    errs += c.check(g)
print("\n".join(errs) if errs else f"ok: {len(gold)} gold articles checked")
sys.exit(1 if errs else 0)
