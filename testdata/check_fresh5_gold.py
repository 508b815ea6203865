#!/usr/bin/env python3
"""Checks testdata/fresh5-gold.json against the held-out articles in testdata/fresh5, with the
same rules as check_demo_gold.py.

    python3 testdata/check_fresh5_gold.py        (from the repository root)

fresh5 is a held-out set of 10 wire-style articles (TASS, AP, Kyodo, AFP, Xinhua, Anadolu,
Yonhap, dpa, IRNA, Interfax) about real political events of 2017-2023, written for this repository
(facts real, sentences our own). The gold was written blind: before any run of dateline on
these files. It is meant for measuring PLOVER events; do not tune on it.

Annotation conventions of the gold: those of fresh4 (see testdata/check_fresh4_gold.py), with
published null for the AFP Bamako page (no dated dateline, no date line).
"""
import json, sys

sys.path.insert(0, "testdata")
import check_demo_gold as c

c.DEMO = "testdata/fresh5"
errs = []
gold = json.load(open("testdata/fresh5-gold.json", encoding="utf-8"))
ids = [g["id"] for g in gold]
if len(ids) != len(set(ids)):
    errs.append("testdata/fresh5-gold.json: duplicate ids")
for g in gold:
    errs += c.check(g)
print("\n".join(errs) if errs else f"ok: {len(gold)} gold articles checked")
sys.exit(1 if errs else 0)
