#!/usr/bin/env python3
"""Write a synthetic corpus of crime news articles with their true facts.

usage: generate.py OUT_DIR [--mb N] [--seed S] [--reference-date YYYY-MM-DD]
                           [--profile dense|news] [--gazetteer PATH]

Writes OUT_DIR/articles/NNN/ID.txt (2-6 KB each, N megabytes in all, 1 MB =
10^6 bytes), OUT_DIR/gold.jsonl (one line per article, in the shape of
GUIDELINES.md, so the benchmark can report recall at scale) and
OUT_DIR/meta.json (how the corpus was made). The same seed always gives the
same bytes.

Every sentence comes from the templates below: facts (counts, money,
percentages, dates, places, operations, drugs, drug quantities) are drawn at
random and recorded as they are written, and filler sentences carry numbers
that are NOT facts (ages, sentences in years, phone numbers, references) so
precision is tested too. Places come from the project's gazetteer
(data/gazetteer.tsv) or, before that exists, from the shared source table.
"""
import argparse
import datetime as dt
import hashlib
import json
import os
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
GAZETTEER_CANDIDATES = [
    REPO / "data" / "gazetteer.tsv",
    REPO.parent / "shared" / "data" / "gazetteer" / "uk-places.tsv",
    Path("/work/shared/data/gazetteer/uk-places.tsv"),
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
                "eight", "nine", "ten", "eleven", "twelve"]
# Compass-point regions read as bare directions in running text, and words
# the templates use in capitals: neither makes a fair place to plant.
AVOID_PLACES = {"north east", "north west", "south east", "south west",
                "london", "march", "street", "police"}
SURNAMES = ["Whitcombe", "Okafor", "Brannigan", "Lindqvist", "Pemberton-Hale",
            "Achterberg", "Mulvaney", "Szymanska", "Carrow", "Delacourt",
            "Fitzwarren", "Oyelaran", "Quennell", "Rashford-Lowe", "Tolliver",
            "Vasquez", "Wetherall", "Yardley-Khan", "Brightwater", "Castellan"]
RANKS = ["Detective Inspector", "Detective Sergeant", "Chief Inspector",
         "Superintendent", "Detective Chief Inspector", "Inspector"]
OPERATION_NAMES = ["Kestrel", "Tundra", "Lanyard", "Orchid", "Granite",
                   "Meridian", "Foxglove", "Tempest", "Quarry", "Sentinel",
                   "Juniper", "Halyard", "Cobalt", "Marigold", "Vesper",
                   "Bramble", "Onyx", "Pinnacle", "Saffron", "Wolfram"]

# drug as written -> canonical name (GUIDELINES.md)
DRUGS = [("cocaine", "cocaine"), ("crack cocaine", "crack cocaine"),
         ("heroin", "heroin"), ("cannabis", "cannabis"), ("skunk", "cannabis"),
         ("ketamine", "ketamine"), ("MDMA", "mdma"), ("spice", "spice"),
         ("amphetamine", "amphetamine"), ("ecstasy", "ecstasy")]


def number_text(n, rng, sentence_start=False):
    """How a count is written: a word for small numbers, else digits with commas."""
    if n <= 12 and rng.random() < 0.4:
        word = NUMBER_WORDS[n]
        return word.capitalize() if sentence_start else word
    return f"{n:,}"


def money_text(amount, currency, rng):
    """A money amount as papers write it; returns the text for `amount`."""
    sign = {"GBP": "£", "USD": "$", "EUR": "€"}[currency]
    if amount >= 1_000_000:
        millions = amount / 1_000_000
        shown = f"{millions:g}"
        return sign + shown + rng.choice(["m", " million", "m"])
    if amount >= 10_000 and amount % 1000 == 0 and rng.random() < 0.3:
        return f"{sign}{amount // 1000}k"
    return f"{sign}{amount:,}"


def pick_amount(rng):
    kind = rng.random()
    if kind < 0.25:
        return rng.choice([1.2, 2.5, 3, 4.75, 1.5, 12, 2, 6.3]) * 1_000_000
    if kind < 0.6:
        return rng.randrange(10, 900) * 1000
    return rng.randrange(50, 99_999)


class Article:
    """One article's text, built sentence by sentence, and its gold facts."""

    def __init__(self, ref):
        self.ref = ref
        self.paragraphs = []
        self.published = None
        self.counts = set()
        self.money = set()
        self.percentages = set()
        self.dates = set()
        self.places = set()
        self.operations = set()
        self.drugs = set()
        self.quantities = set()

    def gold(self, article_id):
        def num(x):
            return int(x) if float(x).is_integer() else x
        return {
            "id": article_id,
            "reference_date": self.ref.isoformat(),
            "published": self.published,
            "counts": [{"value": num(v), "category": c} for v, c in sorted(self.counts)],
            "money": [{"amount": num(a), "currency": c} for a, c in sorted(self.money)],
            "percentages": [num(p) for p in sorted(self.percentages)],
            "dates": sorted(self.dates),
            "places": sorted(self.places),
            "operations": sorted(self.operations),
            "drugs": sorted(self.drugs),
            "drug_quantities": [{"drug": d, "quantity": num(q), "unit": u}
                                for d, q, u in sorted(self.quantities)],
        }


class Generator:
    def __init__(self, gazetteer, rng, ref, profile="dense"):
        self.rng = rng
        self.ref = ref
        # "dense": 55% of sentences carry facts (about one fact per 58 bytes), a stress test.
        # "news": about one fact per 170 bytes, as in real articles, the rest reporting prose.
        self.fact_share = 0.55 if profile == "dense" else 0.22
        self.profile = profile
        self.towns, self.counties, self.forces = load_places(gazetteer)
        taken = {p.lower() for p in self.towns + self.counties}
        self.surnames = [s for s in SURNAMES if s.lower() not in taken]
        self.operation_names = [o for o in OPERATION_NAMES if o.lower() not in taken]

    # --- fact phrases: each returns text and records its fact -------------

    def place(self, a, kind=None):
        pool = self.counties if kind == "county" else self.towns
        name = self.rng.choice(pool)
        a.places.add(name)
        return name

    def count(self, a, low=2, high=400, sentence_start=False, qualifier=True):
        n = self.rng.randint(low, high)
        text = number_text(n, self.rng, sentence_start)
        if qualifier and not text[0].isalpha() and self.rng.random() < 0.25:
            hedge = self.rng.choice(["more than", "around", "at least", "almost", "over"])
            text = (hedge.capitalize() if sentence_start else hedge) + " " + text
        return n, text

    def money(self, a):
        amount = pick_amount(self.rng)
        currency = "GBP" if self.rng.random() < 0.88 else self.rng.choice(["USD", "EUR"])
        a.money.add((amount, currency))
        return money_text(amount, currency, self.rng)

    def percentage(self, a):
        p = self.rng.randint(2, 85) if self.rng.random() < 0.7 else round(self.rng.uniform(1, 60), 1)
        a.percentages.add(p)
        shown = f"{p:g}"
        return shown + self.rng.choice(["%", " per cent", " percent", "pc", "%"])

    def date(self, a):
        """A calendar reference before the reference date, at a random precision."""
        rng, ref = self.rng, self.ref
        kind = rng.random()
        if kind < 0.3:
            day = ref - dt.timedelta(days=rng.randint(1, 900))
            a.dates.add(day.isoformat())
            return "on " + rng.choice([f"{day.day} {MONTHS[day.month - 1]} {day.year}",
                                       f"{MONTHS[day.month - 1]} {day.day}, {day.year}",
                                       f"{day.day:02d}/{day.month:02d}/{day.year}"])
        if kind < 0.45:
            # No year: the most recent such day not after the reference date.
            day = ref - dt.timedelta(days=rng.randint(1, 300))
            a.dates.add(day.isoformat())
            return f"on {day.day} {MONTHS[day.month - 1]}"
        if kind < 0.65:
            year = ref.year - rng.randint(0, 3)
            month = rng.randint(1, ref.month if year == ref.year else 12)
            a.dates.add(f"{year}-{month:02d}")
            return f"in {MONTHS[month - 1]} {year}"
        if kind < 0.78:
            year = ref.year - rng.randint(1, 12)
            a.dates.add(str(year))
            return f"in {year}"
        if kind < 0.86:
            first = ref.year - rng.randint(3, 10)
            last = first + rng.randint(1, 3)
            a.dates.update({str(first), str(last)})
            return f"between {first} and {last}"
        if kind < 0.93:
            a.dates.add(str(ref.year - 1))
            return "last year"
        first = ref.year - rng.randint(1, 6)
        a.dates.update({str(first), str(first + 1)})
        return f"in {first}/{(first + 1) % 100:02d}"

    def operation(self, a):
        name = self.rng.choice(self.operation_names)
        a.operations.add("Operation " + name)
        return ("Op " if self.rng.random() < 0.15 else "Operation ") + name

    def drug(self, a):
        written, canonical = self.rng.choice(DRUGS)
        a.drugs.add(canonical)
        return written, canonical

    def quantity(self, a):
        rng = self.rng
        form = rng.random()
        # Plants and pills name their own drug; the other forms name one drawn here.
        written, canonical = self.drug(a) if form < 0.7 else ("", "")
        if form < 0.3:
            q = rng.randint(5, 950)
            unit_text = rng.choice(["g", " grams", " grammes", "g"])
            text, unit = f"{q}{unit_text} of {written}", "g"
        elif form < 0.55:
            q = rng.choice([1, 2, 3, 5, 8, 12, 20, 1.5, 2.5])
            unit_text = rng.choice(["kg", " kilos", "kg"])
            text, unit = f"{q:g}{unit_text} of {written}", "kg"
        elif form < 0.7:
            q = rng.randint(10, 400)
            text, unit = f"{q} wraps of {written}", "wraps"
        elif form < 0.85:
            q = rng.randint(20, 900)
            text, unit, canonical = f"{q} cannabis plants", "plants", "cannabis"
            a.drugs.add("cannabis")
        else:
            q = rng.randint(50, 3000)
            text, unit, canonical = f"{q:,} ecstasy pills", "pills", "ecstasy"
            a.drugs.add("ecstasy")
        a.quantities.add((canonical, q, unit))
        return text

    def officer(self):
        return f"{self.rng.choice(RANKS)} {self.rng.choice(self.surnames)}"

    # --- sentences ----------------------------------------------------------

    def fact_sentence(self, a):
        rng = self.rng
        kind = rng.randrange(16)
        if kind == 0:
            n, t = self.count(a, sentence_start=True)
            a.counts.add((n, "arrests"))
            if rng.random() < 0.5:
                return f"{t} people were arrested {self.date(a)} in {self.place(a)}."
            return (f"Officers in {self.place(a)} made {t.lower()} arrests and seized {self.money(a)} "
                    f"in cash as part of {self.operation(a)}.")
        if kind == 1:
            n, t = self.count(a, 2, 90)
            a.counts.add((n, "charges"))
            return f"Detectives said {t} suspects have since been charged with conspiracy to supply {self.drug(a)[0]}."
        if kind == 2:
            n, t = self.count(a, 2, 300)
            a.counts.add((n, "safeguarded"))
            return f"Officers also safeguarded {t} vulnerable {rng.choice(['people', 'children', 'young people', 'adults'])} during the week of action."
        if kind == 3:
            n, t = self.count(a, 20, 3000)
            a.counts.add((n, "offences"))
            return (f"Figures show {t} {rng.choice(['knife crime offences', 'burglaries', 'offences', 'drug offences'])} "
                    f"were recorded in {self.place(a, 'county')} {self.date(a)}, a rise of {self.percentage(a)}.")
        if kind == 4:
            n, t = self.count(a, 2, 150)
            a.counts.add((n, "seizures"))
            return f"Searches recovered {t} {rng.choice(['mobile phones', 'knives', 'weapons', 'vehicles', 'firearms'])} and {self.money(a)} in cash."
        if kind == 5:
            n, t = self.count(a, 2, 60)
            a.counts.add((n, "lines"))
            return f"Since the launch of {self.operation(a)}, {t} county lines have been closed down across {self.place(a, 'county')}."
        if kind == 6:
            n, t = self.count(a, 3, 120)
            a.counts.add((n, "warrants"))
            return f"Officers executed {t} warrants at addresses in {self.place(a)} and {self.place(a)}."
        if kind == 7:
            n, t = self.count(a, 20, 600)
            a.counts.add((n, "officers"))
            return f"The operation involved {t} officers from {self.force(a)} and partner agencies."
        if kind == 8:
            n, t = self.count(a, 2, 80)
            a.counts.add((n, "victims"))
            return f"Police believe {t} victims were targeted by the gang {self.date(a)}."
        if kind == 9:
            return f"Officers found {self.quantity(a)} with an estimated street value of {self.money(a)}."
        if kind == 10:
            return f"A search of the property {self.date(a)} uncovered {self.quantity(a)} and {self.quantity(a)}."
        if kind == 11:
            return (f"{rng.choice(['Drug-related crime', 'Robbery', 'Violent crime', 'Shoplifting'])} in {self.place(a)} "
                    f"{rng.choice(['fell', 'dropped', 'rose', 'increased'])} by {self.percentage(a)} {self.date(a)}.")
        if kind == 12:
            if rng.random() < 0.5:
                return f"The council has set aside {self.money(a)} to fund youth outreach work in {self.place(a)}."
            return (f"A confiscation order for {self.money(a)} was made {self.date(a)}, "
                    f"with {self.officer()} saying the money would be returned to the community.")
        if kind == 13:
            n, t = self.count(a, 2, 40)
            a.counts.add((n, "convictions"))
            return f"The force said {t} members of the network were convicted at {self.place(a)} Crown Court {self.date(a)}."
        if kind == 14:
            return f"{self.operation(a)} was launched {self.date(a)} to tackle the supply of {self.drug(a)[0]} in {self.place(a)}."
        n, t = self.count(a, 5, 900)
        a.counts.add((n, "people"))
        return f"Around the same time, {t} residents responded to a survey about drug dealing in {self.place(a)}."

    def force(self, a):
        area, force = self.rng.choice(self.forces)
        a.places.add(area)
        return force

    def other_sentence(self):
        if self.profile == "news" and self.rng.random() < 0.6:
            return self.prose_sentence()
        return self.filler_sentence()

    def filler_sentence(self):
        """A sentence with no fact of the gold kinds, but with decoy numbers."""
        rng = self.rng
        kind = rng.randrange(10)
        if kind == 0:
            return f"A {rng.randint(17, 64)}-year-old man was later remanded in custody."
        if kind == 1:
            return f"He was jailed for {rng.choice(NUMBER_WORDS[2:])} years and will serve half of the term."
        if kind == 2:
            return (f'"This sends a clear message that we will keep pursuing those who bring harm to our communities," '
                    f"said {self.officer()}.")
        if kind == 3:
            return f"Anyone with information should call 101 quoting reference {rng.randint(10, 99)}/{rng.randint(10000, 99999)}."
        if kind == 4:
            return "The investigation is continuing and further enquiries are being carried out."
        if kind == 5:
            return f"{self.officer()} thanked residents who had come forward with information."
        if kind == 6:
            return f"The court heard that the defendant, aged {rng.randint(18, 55)}, had used a rented flat as a base."
        if kind == 7:
            return "Information can also be passed on anonymously to Crimestoppers on 0800 555 111."
        if kind == 8:
            return "Neighbours described hearing shouting in the early hours before officers arrived."
        return f"Over the past {rng.choice(['five', 'three', 'ten'])} years, the team has focused on disrupting supply routes."

    def prose_sentence(self):
        """Reporting that carries no fact of the gold kinds: how most of a real article reads."""
        rng = self.rng
        name = rng.choice(self.surnames)
        kind = rng.randrange(14)
        if kind == 0:
            return ("Residents on the estate said they had noticed strangers coming and going at all hours, "
                    "and several had raised concerns with their local councillor.")
        if kind == 1:
            return ('"We know how much this matters to people who live here, and we will not stop," '
                    f"{self.officer()} told reporters outside the station.")
        if kind == 2:
            return (f"Mr {name}, who represented himself, told the jury he had only been looking after the bag "
                    "for a friend and had no idea what was inside.")
        if kind == 3:
            return ("The judge said the defendant had shown little remorse and described the offending as "
                    "sophisticated, planned and driven by greed.")
        if kind == 4:
            return ("Community groups have called for more youth services, arguing that young people are being "
                    "drawn into dealing because there is so little else on offer.")
        if kind == 5:
            return ("A spokesperson for the council said it was working closely with partners to make the area "
                    "safer, including improved lighting and more CCTV.")
        if kind == 6:
            return (f"Ms {name} was described by her family as kind, funny and devoted to her children, and "
                    "tributes have been left at the scene.")
        if kind == 7:
            return ("Officers were seen carrying bags of evidence from the property throughout the afternoon while "
                    "a cordon remained in place on the road.")
        if kind == 8:
            return (f"Defending, barrister {rng.choice(['Alex', 'Sam', 'Jo', 'Chris'])} {name} said his client had "
                    "been exploited by older men and had since turned his life around.")
        if kind == 9:
            return ("The case is one of a number brought after months of surveillance by specialist teams working "
                    "across force boundaries.")
        if kind == 10:
            return (f"Speaking after the hearing, {self.officer()} praised the bravery of the witnesses who gave "
                    "evidence.")
        if kind == 11:
            return ("Parents at a nearby school said they had been warned to keep an eye on their children's "
                    "phones and to report anything suspicious.")
        if kind == 12:
            return "He will be sentenced at a later date and was remanded in custody until then."
        return ("Campaigners say the figures show that enforcement alone will not solve the problem, and have "
                "urged ministers to invest in treatment.")

    def headline(self, a):
        rng = self.rng
        kind = rng.randrange(4)
        if kind == 0:
            return f"Drugs raids in {self.place(a)} lead to arrests"
        if kind == 1:
            return f"Court told of county lines gang operating in {self.place(a, 'county')}"
        if kind == 2:
            return "Police step up crackdown on drug dealing"
        return f"{self.operation(a)}: what we know so far"

    def article(self, target_bytes):
        rng = self.rng
        a = Article(self.ref)
        lines = [self.headline(a), ""]
        if rng.random() < 0.35:
            a.published = self.ref.isoformat()
            a.dates.add(a.published)
            lines += [f"Published {self.ref.day} {MONTHS[self.ref.month - 1]} {self.ref.year}", ""]
        size = sum(len(x) + 1 for x in lines)
        while size < target_bytes:
            sentences = [self.fact_sentence(a) if rng.random() < self.fact_share else self.other_sentence()
                         for _ in range(rng.randint(1, 4))]
            paragraph = " ".join(sentences)
            lines += [paragraph, ""]
            size += len(paragraph.encode()) + 2
        lines += rng.choice([["Share this article", "Sign up to our newsletter"],
                             ["Related stories", "More from this section"],
                             ["Follow us on social media for the latest news."]])
        return "\n".join(lines) + "\n", a


def load_places(path):
    """Towns and cities, counties, and (area, force) pairs where the force is named after its area."""
    rows, header = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            # The header is the first line naming a "name" column, commented out or not.
            fields = line.rstrip("\n").lstrip("# ").split("\t")
            if header is None and "name" in fields and "type" in fields:
                header = fields
                continue
            if line.startswith("#") or not line.strip():
                continue
            rows.append(dict(zip(header or ["name", "type"], fields)))
    # A name shared by two places (seven Newports) has no single right answer.
    seen = Counter(r["name"] for r in rows)

    def usable(r):
        name = r["name"]
        return seen[name] == 1 and name.lower() not in AVOID_PLACES and "," not in name

    def population(r):
        try:
            return int(r.get("population") or 0)
        except ValueError:
            return 0

    towns = sorted(r["name"] for r in rows
                   if usable(r) and r.get("type") in ("city", "town") and population(r) >= 40000)
    counties = sorted(r["name"] for r in rows if usable(r) and r.get("type") == "county")
    forces = sorted({(r["name"], r["police_force"]) for r in rows
                     if usable(r) and r.get("type") in ("county", "region")
                     and " and " not in r["name"]
                     and r.get("police_force") in (r["name"] + " Police", r["name"] + " Constabulary")})
    if not towns or not counties or not forces:
        sys.exit(f"generate.py: {path}: no usable places (need name, type, population, police_force columns)")
    return towns, counties, forces


def file_sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--mb", type=float, default=256, help="corpus size in MB (10^6 bytes); default 256")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--reference-date", default="2023-06-30",
                    help="the date every article is written on (relative dates resolve against it)")
    ap.add_argument("--profile", choices=["dense", "news"], default="dense",
                    help="dense (default): fact-heavy stress text; news: the fact density of real articles")
    ap.add_argument("--gazetteer", type=Path, help="TSV with name and type columns (default: data/gazetteer.tsv, "
                    "else ../shared/data/gazetteer/uk-places.tsv)")
    args = ap.parse_args()

    gazetteer = args.gazetteer or next((p for p in GAZETTEER_CANDIDATES if p.exists()), None)
    if gazetteer is None or not gazetteer.exists():
        sys.exit("generate.py: no gazetteer found; pass --gazetteer PATH")
    ref = dt.date.fromisoformat(args.reference_date)
    rng = random.Random(args.seed)
    gen = Generator(gazetteer, rng, ref, args.profile)

    articles_dir = args.out_dir / "articles"
    articles_dir.mkdir(parents=True, exist_ok=True)
    target = int(args.mb * 1_000_000)
    written = count = 0
    with open(args.out_dir / "gold.jsonl.tmp", "w", encoding="utf-8") as gold:
        while written < target:
            folder = f"{count // 1000:03d}"
            article_id = f"{folder}/article-{count:06d}"
            text, facts = gen.article(rng.randint(2000, 6000))
            data = text.encode("utf-8")
            (articles_dir / folder).mkdir(exist_ok=True)
            (articles_dir / f"{article_id}.txt").write_bytes(data)
            gold.write(json.dumps(facts.gold(article_id), ensure_ascii=False) + "\n")
            written += len(data)
            count += 1
    os.replace(args.out_dir / "gold.jsonl.tmp", args.out_dir / "gold.jsonl")
    meta = {"articles": count, "bytes": written, "seed": args.seed, "reference_date": ref.isoformat(),
            "profile": args.profile, "gazetteer": str(gazetteer), "gazetteer_sha256": file_sha256(gazetteer)}
    (args.out_dir / "meta.json").write_text(json.dumps(meta, indent=1) + "\n")
    print(f"generate.py: {count} articles, {written} bytes in {articles_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
