#!/usr/bin/env python3
"""Checks testdata/fresh3-gold.json against the held-out articles in testdata/fresh3, with the
same rules as check_demo_gold.py.

    python3 testdata/check_fresh3_gold.py        (from the repository root)
"""
import json, sys

sys.path.insert(0, "testdata")
import check_demo_gold as c

c.DEMO = "testdata/fresh3"
errs = []
gold = json.load(open("testdata/fresh3-gold.json", encoding="utf-8"))
for g in gold:
    errs += c.check(g)
print("\n".join(errs) if errs else f"ok: {len(gold)} gold articles checked")
sys.exit(1 if errs else 0)
