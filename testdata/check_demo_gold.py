#!/usr/bin/env python3
"""Checks testdata/demo-gold.json (and demo-gold-feed.json) against the files in data/demo.

    python3 testdata/check_demo_gold.py        (from the repository root)

For every gold article: the input exists; each body_must_contain snippet occurs in it; each
body_must_not_contain string occurs in it but not inside the body (a furniture line of its own
is allowed there, e.g. a "Read also" box); each quote's words occur in it, in at most three
unbroken runs (a quote split around its cue), with quotation marks ignored; each entity is named
by one of its aliases; event types and modes are valid. Where date_clues are given, the year is
recomputed: the years 2000-2026 whose month/day falls inside every role window and whose weekday
is each weekday word or the day after it (a wire story's weekday is its day or the day before)
must be exactly the gold's year, or several when the gold date is null.
Prints the problems and exits 1 when there are any.
"""
import datetime as dt, html, json, os, re, sys

DEMO = "data/demo"
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
            "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
MODES = {"asserted", "reported", "hypothetical", "negated"}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MARKS = re.compile(r"(?<!\w)['‘’]|['‘’](?!\w)")


def norm(s):
    s = MARKS.sub(" ", (s or "").replace("’", "'").replace("‘", "'")).lower()
    return re.findall(r"[\w']+", s)


def in_runs(q, toks, parts=3):
    """q occurs in toks as at most `parts` unbroken runs, in order."""
    def find(sub, start):
        for i in range(start, len(toks) - len(sub) + 1):
            if toks[i:i + len(sub)] == sub:
                return i
        return -1

    def rec(q, start, parts):
        if not q:
            return True
        if parts == 0:
            return False
        for k in range(len(q), 0, -1):
            i = find(q[:k], start)
            if i >= 0 and rec(q[k:], i + k, parts - 1):
                return True
        return False
    return rec(q, 0, parts)


def load(gid):
    """Returns (whole text, body region) of a gold article's input."""
    if gid.startswith("feed"):
        n = int(gid.split("#")[1]) if "#" in gid else 3
        rec = [json.loads(l) for l in open(os.path.join(DEMO, "feed.jsonl"), encoding="utf-8")][n - 1]
        return rec["title"] + "\n" + rec["text"], rec["text"]
    for ext in (".txt", ".html"):
        p = os.path.join(DEMO, gid + ext)
        if os.path.exists(p):
            text = open(p, encoding="utf-8").read()
            if ext == ".html":
                paras = [html.unescape(re.sub(r"<[^>]+>", "", m)) for m in re.findall(r"<p>(.*?)</p>", text, re.S)]
                return html.unescape(text), paras
            return text, None
    raise FileNotFoundError(gid)


def check(g):
    errs = []
    gid = g["id"]
    try:
        text, body = load(gid)
    except FileNotFoundError:
        return [f"{gid}: no input file"]
    first, last = g["body_must_contain"][0], g["body_must_contain"][-1]
    if isinstance(body, list):
        idx = [k for k, p in enumerate(body) if first in p or last in p]
        body = "\n\n".join(body[idx[0]:idx[-1] + 1]) if idx else ""
    elif body is None:
        i = text.find(first)
        body = text[text.rfind("\n", 0, i) + 1:] if i >= 0 else text
    lines = {l.strip() for l in text.splitlines()}
    for s in g["body_must_contain"]:
        if s not in text:
            errs.append(f"{gid}: body_must_contain not in input: {s!r}")
    for s in g["body_must_not_contain"]:
        if s not in text:
            errs.append(f"{gid}: body_must_not_contain not in input: {s!r}")
        elif s in body and s.strip() not in lines:
            errs.append(f"{gid}: body_must_not_contain occurs inside the body: {s!r}")
    toks = norm(text)
    for q in g["quotes"]:
        if not in_runs(norm(q["text"]), toks):
            errs.append(f"{gid}: quote not in input: {q['text'][:60]!r}")
        if not q["speaker"]:
            errs.append(f"{gid}: quote without speaker: {q['text'][:60]!r}")
    low = text.lower()
    for e in g["entities"]:
        if not any(a.lower() in low for a in e["aliases"]):
            errs.append(f"{gid}: entity not named in input: {e['name']}")
    for v in g["events"]:
        if v["type"] not in TYPES or v["mode"] not in MODES:
            errs.append(f"{gid}: bad event {v}")
    c = g.get("date_clues")
    if c:
        md = tuple(c["month_day"])
        wins = [(dt.date.fromisoformat(a), dt.date.fromisoformat(b)) for a, b in c["role_windows"]]
        years = []
        for y in range(2000, 2027):
            try:
                d = dt.date(y, *md)
            except ValueError:
                continue
            if all(a <= d <= b for a, b in wins) and all(
                    DAYS[d.weekday()] == w or DAYS[(d - dt.timedelta(1)).weekday()] == w for w in c["weekdays"]):
                years.append(y)
        if g["published"] and years != [int(g["published"][:4])]:
            errs.append(f"{gid}: date clues give years {years}, gold says {g['published']}")
        if not g["published"] and len(years) < 2:
            errs.append(f"{gid}: meant undecidable, but date clues give {years}")
    if g["published"]:
        d = dt.date.fromisoformat(g["published"])
        if c and (d.month, d.day) != tuple(c["month_day"]):
            errs.append(f"{gid}: month/day of published differs from date_clues")
    return errs


def main():
    errs, n = [], 0
    for path in ("testdata/demo-gold.json", "testdata/demo-gold-feed.json"):
        gold = json.load(open(path, encoding="utf-8"))
        ids = [g["id"] for g in gold]
        if len(ids) != len(set(ids)):
            errs.append(f"{path}: duplicate ids")
        for g in gold:
            n += 1
            errs += check(g)
    print("\n".join(errs) if errs else f"ok: {n} gold articles checked")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
