#!/usr/bin/env python3
"""Checks testdata/fresh9-gold.json against the held-out articles in testdata/fresh9, with the
same rules as check_demo_gold.py.

    python3 testdata/check_fresh9_gold.py        (from the repository root)

fresh9 is a held-out set of 10 wire-style articles (BTA, MIA, AKIpress, AFP, Télam, PNA, APA,
dpa, BNS, Kyodo) about real political events of 2002-2021 in the Balkans, Central Asia, the Horn
of Africa, the Andes, the South China Sea, the Sahel, the Caribbean, the Baltic, the Korean
peninsula and Europe/North Africa, written for this repository (facts real, sentences our own;
bylines, photographers and the minor speakers are invented). The gold was written blind: before
any run of dateline on these files. It is meant for measuring PLOVER events; do not tune on it.

Annotation conventions of the gold: those of fresh4 (see testdata/check_fresh4_gold.py) and the
README's "How events are coded". Dates: published comes from the dateline's full date (MIA
Psarades, '17 June 2018', day month year), a furniture date line (AFP Djibouti '12/06/2008 19:22',
day/month; dpa Port-au-Prince 'Friday, 9 July 2021') or the month/day of the dateline with
weekday words and office-holders' terms (date_clues: BTA, MIA, AKIpress, Télam, PNA, BNS, Kyodo);
it is null for the APA Ouagadougou page (no month/day anywhere, only 'on Friday').
"""
import json, sys

sys.path.insert(0, "testdata")
import check_demo_gold as c

c.DEMO = "testdata/fresh9"
errs = []
gold = json.load(open("testdata/fresh9-gold.json", encoding="utf-8"))
ids = [g["id"] for g in gold]
if len(ids) != len(set(ids)):
    errs.append("testdata/fresh9-gold.json: duplicate ids")
for g in gold:
    errs += c.check(g)
print("\n".join(errs) if errs else f"ok: {len(gold)} gold articles checked")
sys.exit(1 if errs else 0)
