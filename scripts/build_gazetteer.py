#!/usr/bin/env python3
"""Regenerates data/gazetteer.tsv, the places extractor's gazetteer.

Reads the shared open-data table (../shared/data/gazetteer/uk-places.tsv, built
from GeoNames, mySociety and ONS data; see that folder's README.md), checks it
against the ONS police force area list, applies our hand-kept additions and
corrections (data/places_extra.tsv), and adds our hand-kept places abroad
(data/places_world.tsv: the world's countries, Ireland, the US, Australia,
Canada, New Zealand, and world cities). Nothing is copied by hand.

    python3 scripts/build_gazetteer.py [--source DIR] [--world FILE] [--out FILE]

What it does to the source, and why:
  - keeps villages of 1,000 people or more (the issue's floor): smaller ones
    add odd names (Martin, Kerry) that are mostly people in news text;
  - maps the source's types onto the extractor's: "London borough" and
    "district" become borough, "suburb" becomes town;
  - keeps one area per name: where an area and the settlement it is named
    after share a name (London the region and the city, Newport the county
    and the city; Glasgow City the council area and Glasgow the city), the
    settlement, which is what the name means in news;
    of areas alone (West Midlands the region and the county), the one with a
    police force;
  - drops exact duplicates (same name, type, county, region and country),
    keeping the most populous;
  - writes "St" for "Saint" in UK names (St Neots), as the places do, and
    hyphenates linked names (Barrow-in-Furness, Ross-on-Wye);
  - writes coordinates to 4 decimals (about 10 m), enough for a map.
"""

import argparse
import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
COLUMNS = ["name", "type", "county", "police_force", "region", "country",
           "lat", "lon", "population", "alt_names"]
EXTRA_COLUMNS = ["action"] + COLUMNS + ["note"]
TYPE_MAP = {"London borough": "borough", "district": "borough", "suburb": "town"}
AREA_TYPES = {"country", "region", "county", "police_area", "borough"}
SETTLEMENT_TYPES = {"city", "town", "village"}
VILLAGE_FLOOR = 1000
UK_COUNTRIES = {"England", "Scotland", "Wales", "Northern Ireland"}


def read_source(path):
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    rows = []
    for rec in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        row = {c: (rec.get(c) or "").strip() for c in COLUMNS}
        row["authority"] = (rec.get("authority") or "").strip()
        row["type"] = TYPE_MAP.get(row["type"], row["type"])
        row["population"] = int(float(row["population"] or 0))
        if row["type"] == "village" and row["population"] < VILLAGE_FLOOR:
            continue
        rows.append(row)
    return rows


def st_for_saint(rows):
    """UK places are written "St Neots", not "Saint Neots" (GeoNames spells
    some out). The matcher reads "Saint" and "St" alike, so no alternative
    is needed."""
    for r in rows:
        if r["name"].startswith("Saint ") and r["country"] in UK_COUNTRIES:
            r["name"] = "St " + r["name"][len("Saint "):]


HYPHENATED_LINKS = {"on", "in", "under", "le", "en", "by", "cum", "super", "the"}


def hyphenate_links(rows):
    """Barrow-in-Furness, Ross-on-Wye, Chapel-en-le-Frith: GeoNames writes
    some with spaces, and a name is compared as written. "upon" names stay
    as they are usually written (Kingston upon Thames)."""
    for r in rows:
        words = r["name"].split(" ")
        if r["type"] not in SETTLEMENT_TYPES or r["country"] not in UK_COUNTRIES or len(words) < 3:
            continue
        if any(w in HYPHENATED_LINKS for w in words[1:-1]) and not any(w == "upon" for w in words):
            r["name"] = "-".join(words)  # the matcher reads spaces and hyphens alike


def read_force_areas(path):
    with open(path, encoding="utf-8") as f:
        return [r["PFA19NM"].strip() for r in csv.DictReader(f) if r["PFA19NM"].strip()]


def read_extras(path):
    extras = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != len(EXTRA_COLUMNS):
                sys.exit(f"{path}:{number}: expected {len(EXTRA_COLUMNS)} fields, got {len(fields)}")
            rec = dict(zip(EXTRA_COLUMNS, fields))
            rec["population"] = int(rec["population"] or 0)
            rec["line"] = number
            extras.append(rec)
    return extras


def read_world(path, rows):
    """The places abroad: rows in the gazetteer's own columns, each a place
    to add. A row already in the table (same name, type, county, region and
    country) is an error, as is a malformed row."""
    seen = {(r["name"], r["type"], r["county"], r["region"], r["country"]) for r in rows}
    added = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != len(COLUMNS) or not fields[0] or not fields[1]:
                sys.exit(f"{path}:{number}: expected {len(COLUMNS)} fields with a name and a type, got {len(fields)}")
            rec = dict(zip(COLUMNS, fields))
            key = (rec["name"], rec["type"], rec["county"], rec["region"], rec["country"])
            if key in seen:
                sys.exit(f"{path}:{number}: {rec['name']} ({rec['type']}) is already in the gazetteer")
            seen.add(key)
            rec["population"] = int(rec["population"] or 0)
            added.append(rec)
    return added


def alt_list(row):
    return [a for a in row["alt_names"].split(";") if a]


def add_alts(row, alts):
    names = alt_list(row)
    for a in alts:
        if a not in names and a != row["name"]:
            names.append(a)
    row["alt_names"] = ";".join(names)


def apply_extras(rows, extras, path):
    for rec in extras:
        where = f"{path}:{rec['line']}"
        action, name = rec["action"], rec["name"]
        if action == "add":
            if any(r["name"] == name and r["county"] == rec["county"] and r["type"] == rec["type"] for r in rows):
                sys.exit(f"{where}: {name} is already in the source; use alias or force")
            rows.append({c: rec[c] for c in COLUMNS})
        elif action == "alias":
            alts = [a for a in rec["alt_names"].split(";") if a]
            targets = [r for r in rows if r["name"] == name]
            if not targets:
                targets = [r for r in rows if r["name"] in alts]
                for r in targets:
                    r["name"] = name
            if not targets:
                sys.exit(f"{where}: no row called {name} or {', '.join(alts)}")
            for r in targets:
                add_alts(r, alts)
        elif action == "drop":
            before = len(rows)
            rows[:] = [r for r in rows if not (r["name"] == name
                                               and rec["type"] in ("", r["type"])
                                               and rec["county"] in ("", r["county"]))]
            if len(rows) == before:
                sys.exit(f"{where}: nothing to drop called {name}")
        elif action == "force":
            areas = [r for r in rows if r["name"] == name and r["type"] in AREA_TYPES | {"police_area"}]
            if not areas:
                new = {c: rec[c] for c in COLUMNS}
                new["type"] = rec["type"] or "police_area"
                rows.append(new)
                areas = [new]
            for r in areas:
                r["police_force"] = rec["police_force"]
                if rec["type"]:
                    r["type"] = rec["type"]
        else:
            sys.exit(f"{where}: unknown action {action}")


def check_force_areas(extras, ons_areas):
    """Every ONS force area must have a force row (ONS names two differently)."""
    ons_to_ours = {"Metropolitan Police": "Greater London", "Durham": "County Durham"}
    ours = {rec["name"] for rec in extras if rec["action"] == "force"}
    missing = [a for a in ons_areas if ons_to_ours.get(a, a) not in ours]
    if missing:
        sys.exit(f"force areas without a force row: {', '.join(missing)}")


def city_namesakes(area_name, by_name):
    """The city a council area is named after: Glasgow for "Glasgow City",
    Edinburgh for "City of Edinburgh" (news says "Glasgow City Council")."""
    for city in (area_name.removesuffix(" City"), area_name.removeprefix("City of ")):
        if city == area_name:
            continue
        found = [r for r in by_name.get(city, []) if r["type"] == "city" and r["county"] == area_name]
        if found:
            return found
    return []


def merge_same_name_areas(rows):
    """One row per area name: London the region and London the city mean the
    city in news, and West Midlands the region and the county mean the county
    (which has a force). An area named like a settlement in it gives way to the
    settlement; of areas alone, the one with a force, then the county, stays
    (abroad, each state's county of that name)."""
    area_rank = {"county": 0, "police_area": 1, "region": 2, "borough": 3}
    by_name = {}
    for r in rows:
        by_name.setdefault(r["name"], []).append(r)
    keep = []
    for name, group in by_name.items():
        areas = [r for r in group if r["type"] in area_rank]
        others = [r for r in group if r["type"] not in area_rank]
        namesakes = [s for s in others if name in (s["county"], s["region"], s.get("authority", ""))]
        namesakes += city_namesakes(name, by_name)
        # An area in another country than the settlement is another place
        # (Manchester the Jamaican parish).
        abroad = [a for a in areas if namesakes and all(a["country"] != s["country"] for s in namesakes)]
        areas = [a for a in areas if a not in abroad]
        if areas and namesakes:
            for s in namesakes:
                for a in areas:
                    add_alts(s, [a["name"]] + alt_list(a))
                    s["police_force"] = s["police_force"] or a["police_force"]
            areas = []
        elif len(areas) > 1:
            areas.sort(key=lambda r: (not r["police_force"], area_rank[r["type"]]))
            # Abroad, counties of one name in different states are different
            # places (Orange County, California and Orange County, Florida),
            # as are areas of one name in different countries (Punjab, India
            # and Punjab, Pakistan).
            first = areas[0]
            areas = [first] + [a for a in areas[1:]
                               if a["country"] not in UK_COUNTRIES and
                               ((first["type"] == a["type"] == "county" and a["region"] != first["region"])
                                or a["country"] != first["country"])]
        keep.extend(areas + abroad + others)
    rows[:] = keep


def dedupe(rows):
    best = {}
    for r in rows:
        key = (r["name"].lower(), r["type"], r["county"], r["region"], r["country"])
        if key not in best or r["population"] > best[key]["population"]:
            if key in best:
                add_alts(r, alt_list(best[key]))
            best[key] = r
        else:
            add_alts(best[key], alt_list(r))
    rows[:] = best.values()


def fmt_coord(value):
    return f"{float(value):.4f}" if value not in ("", None) else ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=REPO.parent / "shared" / "data" / "gazetteer")
    parser.add_argument("--extras", type=Path, default=REPO / "data" / "places_extra.tsv")
    parser.add_argument("--world", type=Path, default=REPO / "data" / "places_world.tsv")
    parser.add_argument("--out", type=Path, default=REPO / "data" / "gazetteer.tsv")
    args = parser.parse_args()

    rows = read_source(args.source / "uk-places.tsv")
    st_for_saint(rows)
    hyphenate_links(rows)
    extras = read_extras(args.extras)
    check_force_areas(extras, read_force_areas(args.source / "src" / "ons_pfa19_names.csv"))
    apply_extras(rows, extras, args.extras)
    rows.extend(read_world(args.world, rows))
    merge_same_name_areas(rows)
    dedupe(rows)
    for r in rows:
        r["alt_names"] = ";".join(dict.fromkeys(a for a in alt_list(r) if a != r["name"]))
        if r["type"] == "county" and not r["county"]:
            r["county"] = r["name"]
    rows.sort(key=lambda r: (r["name"].lower(), r["type"], r["county"]))

    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Generated by scripts/build_gazetteer.py from ../shared/data/gazetteer and "
                  "data/places_extra.tsv and data/places_world.tsv; do not edit. Sources and licences: data/README.md.\n")
        out.write("# " + "\t".join(COLUMNS) + "\n")
        for r in rows:
            values = dict(r, lat=fmt_coord(r["lat"]), lon=fmt_coord(r["lon"]))
            out.write("\t".join(str(values[c]) for c in COLUMNS) + "\n")
    print(f"wrote {len(rows)} places to {args.out}")


if __name__ == "__main__":
    main()
