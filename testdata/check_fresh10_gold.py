#!/usr/bin/env python3
"""Checks testdata/fresh10-gold.json against the held-out articles in testdata/fresh10, with the
same rules as check_demo_gold.py.

    python3 testdata/check_fresh10_gold.py        (from the repository root)

fresh10 is a held-out set of 10 wire-style articles (KNA, PSM, ANA, AAP, CMC, Europa Press, EFE,
Lusa, Ritzau, CNA) about real political events of 2017-2024 in East Africa, the Indian Ocean,
Southern Africa, Australia/China, the Caribbean, the Maghreb, Central America, Mozambique, the
Nordic/Arctic and the Eastern Mediterranean, written for this repository (facts real, sentences
our own; photographers, bylines and the minor speakers are invented, and the officials' quoted
words are our own wording of positions they took). The gold was written blind: before any run of
dateline on these files. It is meant for measuring PLOVER events; do not tune on it.

Annotation conventions of the gold: those of fresh4 (see testdata/check_fresh4_gold.py) and the
README's "How events are coded" (both sides of talks, hosts and mediators both ways with each
party, one-sided commitments as AGREE plus the act hypothetical, releases and withdrawals as
RETREAT, apologies as CONCEDE with SUPPORT optional, summoning an envoy as ACCUSE, cancelling a
visit as SANCTION, foreign troops sent at a state's request as AID). Turkish Cypriots are coded
CYP, Greenland's government GRL. Dates: published comes from the dateline's full date (Lusa
Maputo), a furniture date line (EFE Managua '09/02/2023 - 22:40', day/month) or the month/day of
the dateline with weekday words and office-holders' terms (date_clues: KNA, PSM, ANA, AAP, CMC,
Europa Press, Ritzau, CNA).
"""
import json, sys

sys.path.insert(0, "testdata")
import check_demo_gold as c

c.DEMO = "testdata/fresh10"
errs = []
gold = json.load(open("testdata/fresh10-gold.json", encoding="utf-8"))
ids = [g["id"] for g in gold]
if len(ids) != len(set(ids)):
    errs.append("testdata/fresh10-gold.json: duplicate ids")
for g in gold:
    errs += c.check(g)
print("\n".join(errs) if errs else f"ok: {len(gold)} gold articles checked")
sys.exit(1 if errs else 0)
