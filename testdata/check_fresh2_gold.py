#!/usr/bin/env python3
"""Checks testdata/fresh2-gold.json against the held-out articles in testdata/fresh2, with the same
rules as check_demo_gold.py (snippets, furniture, quote words, entity names, event codes, date
arithmetic).

    python3 testdata/check_fresh2_gold.py       (from the repository root)
"""
import json, sys

import check_demo_gold as c

c.DEMO = "testdata/fresh2"
errs = []
gold = json.load(open("testdata/fresh2-gold.json", encoding="utf-8"))
for g in gold:
    errs += c.check(g)
print("\n".join(errs) if errs else f"ok: {len(gold)} gold articles checked")
sys.exit(1 if errs else 0)
