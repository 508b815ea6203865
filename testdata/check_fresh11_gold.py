#!/usr/bin/env python3
"""Checks testdata/fresh11-gold.json against the held-out articles in testdata/fresh11, with the
same rules as check_demo_gold.py.

    python3 testdata/check_fresh11_gold.py        (from the repository root)

fresh11 is a held-out set of 10 wire-style articles (Yonhap, PTI, Xinhua, Interfax, AFP, dpa,
Prensa Latina, Bernama, MENA, Reuters) about real political events of 2019-2025 in East Asia,
South Asia/Canada, the Gulf, Russia/Ukraine, the Sahel, Germany/Russia, Cuba/the US,
Malaysia/North Korea, Gaza/Egypt and the Caucasus, written for this repository (facts real,
sentences our own; photographers, bylines, sign-offs and the minor speakers are invented, and the
officials' quoted words are our own wording of positions they took). The gold was written blind:
before any run of dateline on these files. It is meant for measuring PLOVER events (and quotes,
entities and structure) on copy no rule was tuned on; do not tune on it, and report only
aggregate figures from it.

Annotation conventions of the gold: those of fresh4 (see testdata/check_fresh4_gold.py) and the
README's "How events are coded" (both sides of talks, hosts and mediators both ways with each
party, one-sided commitments as AGREE plus the act hypothetical, releases, withdrawals and eased
sanctions as RETREAT, summoning an envoy as ACCUSE, recalling or expelling diplomats as
SANCTION, a missile launch with no target as MOBILIZE with a null target, a deed blamed by its
victim's side as the blamed side's, reported). Hamas and the Gaza factions are coded PSE, the
Vatican VAT, the UAE ARE. Dates: published comes from the dateline's full date (MENA Cairo), a
furniture date line (Interfax '3 January 2024, 17:12', AFP '24/09/2023 21:48' day/month, dpa
'Wednesday, 4 December 2019') or the month/day of the dateline with weekday words and
office-holders' terms (date_clues: Yonhap, PTI, Xinhua, Prensa Latina, Bernama, Reuters).
"""
import json, sys

sys.path.insert(0, "testdata")
import check_demo_gold as c

c.DEMO = "testdata/fresh11"
errs = []
gold = json.load(open("testdata/fresh11-gold.json", encoding="utf-8"))
ids = [g["id"] for g in gold]
if len(ids) != len(set(ids)):
    errs.append("testdata/fresh11-gold.json: duplicate ids")
for g in gold:
    errs += c.check(g)
print("\n".join(errs) if errs else f"ok: {len(gold)} gold articles checked")
sys.exit(1 if errs else 0)
