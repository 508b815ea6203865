#!/usr/bin/env python3
"""Checks testdata/fresh6-gold.json against the held-out articles in testdata/fresh6, with the
same rules as check_demo_gold.py.

    python3 testdata/check_fresh6_gold.py        (from the repository root)

fresh6 is a held-out set of 10 wire-style articles (EFE, AP, AFP, PTI, Xinhua, Kyodo, Yonhap,
Anadolu, IRNA, dpa) about real political events of 2010-2025 in Latin America, Africa, South
Asia, East Asia, the Middle East and Europe, written for this repository (facts real, sentences
our own). The gold was written blind: before any run of dateline on these files. It is meant
for measuring PLOVER events; do not tune on it.

Annotation conventions of the gold: those of fresh4 (see testdata/check_fresh4_gold.py), with
published taken from the dateline's year (EFE Quito, IRNA Tehran) or a furniture date line
(AP Caracas, AFP Kinshasa, Anadolu Ankara) where the page gives one, and null for the dpa
Minsk page (no dated dateline, no date line).
"""
import json, sys

sys.path.insert(0, "testdata")
import check_demo_gold as c

c.DEMO = "testdata/fresh6"
errs = []
gold = json.load(open("testdata/fresh6-gold.json", encoding="utf-8"))
ids = [g["id"] for g in gold]
if len(ids) != len(set(ids)):
    errs.append("testdata/fresh6-gold.json: duplicate ids")
for g in gold:
    errs += c.check(g)
print("\n".join(errs) if errs else f"ok: {len(gold)} gold articles checked")
sys.exit(1 if errs else 0)
