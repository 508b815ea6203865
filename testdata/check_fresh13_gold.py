#!/usr/bin/env python3
"""Checks testdata/fresh13-gold.json against the held-out articles in testdata/fresh13, with the
same rules as check_demo_gold.py.

    python3 testdata/check_fresh13_gold.py        (from the repository root)

fresh13 is a held-out set of 10 wire-style articles (GNA, Andina, SPA, Armenpress, LETA, BSS,
fijivillage, ACP, CNA Taiwan, Pajhwok) about real political events of 2021-2025 in West Africa,
the Andes, the Gulf/Yemen, the Caucasus, the Baltics, South Asia (twice), Oceania, Central Africa
and Central America/Taiwan, written for this repository (facts real, sentences our own; bylines,
photographers, sign-offs and the minor speakers are invented, and the officials' quoted words are
our own wording of positions they took). The gold was written blind: before any run of dateline
on these files. It is meant for measuring PLOVER events (and quotes, entities and structure) on
copy no rule was tuned on; do not tune on it, and report only aggregate figures from it.

Annotation conventions of the gold: those of fresh4 (see testdata/check_fresh4_gold.py) and the
README's "How events are coded" (both sides of talks, a visit as the visitor's, hosts and
mediators talking with each party both ways, one-sided commitments and offers of help as AGREE
plus the act hypothetical, releases and the lifting of measures as RETREAT, summoning an envoy as
ACCUSE, expelling or recalling envoys and cutting relations as SANCTION, granting asylum as AID,
a collective with no country ('the international community', 'their allies') as a null target,
a denial as answering the accusation before it, clashes as each side's act, an act with no doer
named as not coded). The Houthis and the Saudi-led coalition are coded YEM and SAU, the M23 and
the AFC COD, the FDLR RWA, the Taliban government (the IEA) AFG, the TTP PAK; the ICRC has no
country. Dates: published comes from the dateline's full date (SPA Abha, with the Hijri date
before it; BSS Dhaka; ACP Kinshasa), a furniture date line (fijivillage 'Thursday 20/01/2022',
day/month, a page with no dateline at all, so its dateline place and agency are null; Pajhwok
'25 Dec 2024 - 14:32') or the month/day of the dateline with weekday words and office-holders'
terms (date_clues: GNA, Andina, Armenpress, LETA, CNA).
"""
import json, sys

sys.path.insert(0, "testdata")
import check_demo_gold as c

c.DEMO = "testdata/fresh13"
errs = []
gold = json.load(open("testdata/fresh13-gold.json", encoding="utf-8"))
ids = [g["id"] for g in gold]
if len(ids) != len(set(ids)):
    errs.append("testdata/fresh13-gold.json: duplicate ids")
for g in gold:
    errs += c.check(g)
print("\n".join(errs) if errs else f"ok: {len(gold)} gold articles checked")
sys.exit(1 if errs else 0)
