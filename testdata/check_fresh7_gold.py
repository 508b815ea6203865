#!/usr/bin/env python3
"""Checks testdata/fresh7-gold.json against the held-out articles in testdata/fresh7, with the
same rules as check_demo_gold.py.

    python3 testdata/check_fresh7_gold.py        (from the repository root)

fresh7 is a held-out set of 10 wire-style articles (Bernama, Prensa Latina, Xinhua, MENA, TASS,
ANSA, AAP, APP, Reuters, EFE) about real political events of 2002-2021 in Southeast Asia, Latin
America, the Horn of Africa, North Africa, Central Asia, Europe, Oceania, South Asia and West
Africa, written for this repository (facts real, sentences our own). The gold was written blind:
before any run of dateline on these files. It is meant for measuring PLOVER events; do not tune
on it.

Annotation conventions of the gold: those of fresh4 (see testdata/check_fresh4_gold.py). Dates:
published comes from the dateline's year (EFE Madrid), a furniture date line (Xinhua Addis Ababa)
or the month/day of the dateline with weekday words and office-holders' terms (date_clues: Bernama,
Prensa Latina, MENA, TASS, ANSA, AAP, APP); it is null for the Reuters Banjul page (no dated
dateline, no date line).
"""
import json, sys

sys.path.insert(0, "testdata")
import check_demo_gold as c

c.DEMO = "testdata/fresh7"
errs = []
gold = json.load(open("testdata/fresh7-gold.json", encoding="utf-8"))
ids = [g["id"] for g in gold]
if len(ids) != len(set(ids)):
    errs.append("testdata/fresh7-gold.json: duplicate ids")
for g in gold:
    errs += c.check(g)
print("\n".join(errs) if errs else f"ok: {len(gold)} gold articles checked")
sys.exit(1 if errs else 0)
