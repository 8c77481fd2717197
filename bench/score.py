#!/usr/bin/env python3
"""Precision, recall and F1 per field of crimestats/1 records against a gold.jsonl.

usage: score.py GOLD.jsonl PRED.jsonl

A small stand-in for the shared eval/score.py, used by run.sh when that is
not beside the repository: the same fields and the same matching rules
(lists are sets; money and drug quantities match within 0.5%, other
numbers exactly; names case-insensitively).
"""
import json
import sys

FIELDS = ["counts_value", "counts", "money", "percentages", "dates", "places",
          "operations", "drugs", "drug_quantities", "published"]


def gold_shape(rec):
    """A crimestats/1 record in the gold shape; gold records pass through."""
    if "schema" not in rec:
        return rec
    dates = []
    for d in rec.get("dates", []):
        dates += [v for v in (d.get("value"), d.get("until")) if v]
    return {
        "published": rec.get("published"),
        "counts": rec.get("counts", []),
        "money": rec.get("money", []),
        "percentages": [p["value"] for p in rec.get("percentages", [])],
        "dates": dates,
        "places": [p["name"] for p in rec.get("places", [])],
        "operations": [o["name"] for o in rec.get("operations", [])],
        "drugs": [d["drug"] for d in rec.get("drugs", [])],
        "drug_quantities": rec.get("drug_quantities", []),
    }


def facts(rec, field):
    """Each fact of one field as a tuple: (numbers..., strings...)."""
    if field == "counts_value":
        return {(float(c["value"]),) for c in rec.get("counts", [])}
    if field == "counts":
        return {(float(c["value"]), str(c.get("category")).lower()) for c in rec.get("counts", [])}
    if field == "money":
        return {(float(m["amount"]), str(m.get("currency")).upper()) for m in rec.get("money", [])}
    if field == "percentages":
        return {(float(p),) for p in rec.get("percentages", [])}
    if field == "drug_quantities":
        return {(float(q["quantity"]), str(q.get("drug")).lower(), str(q.get("unit")).lower())
                for q in rec.get("drug_quantities", [])}
    if field == "published":
        return {(rec["published"],)} if rec.get("published") else set()
    return {(str(x).strip().lower(),) for x in rec.get(field, [])}


def same(field, g, p):
    if g[1:] != p[1:]:
        return False
    if isinstance(g[0], float):
        tolerance = 0.005 if field in ("money", "drug_quantities") else 0.0
        return abs(g[0] - p[0]) <= tolerance * max(abs(g[0]), abs(p[0]))
    return g[0] == p[0]


def load(path):
    with open(path, encoding="utf-8") as f:
        return {r["id"]: gold_shape(r) for r in map(json.loads, filter(str.strip, f))}


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    gold, pred = load(argv[0]), load(argv[1])
    totals = {f: [0, 0, 0] for f in FIELDS}  # tp, fp, fn
    for gid, g in gold.items():
        p = pred.get(gid, {})
        for field in FIELDS:
            unmatched = list(facts(p, field))
            for fact in facts(g, field):
                hit = next((i for i, q in enumerate(unmatched) if same(field, fact, q)), None)
                if hit is None:
                    totals[field][2] += 1
                else:
                    totals[field][0] += 1
                    unmatched.pop(hit)
            totals[field][1] += len(unmatched)
    print(f"{'field':16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>7} {'fp':>7} {'fn':>7}")
    overall = [0, 0, 0]
    for field in FIELDS + ["overall"]:
        tp, fp, fn = overall if field == "overall" else totals[field]
        if field not in ("counts_value", "overall"):
            overall = [a + b for a, b in zip(overall, totals[field])]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{field:16} {p:6.3f} {r:6.3f} {f1:6.3f} {tp:7d} {fp:7d} {fn:7d}")


if __name__ == "__main__":
    main(sys.argv[1:])
