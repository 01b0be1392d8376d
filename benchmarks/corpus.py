"""A deterministic synthetic newsroom corpus: N articles and a fact sheet of M claims.

    python benchmarks/corpus.py OUT_DIR [--articles 10000] [--claims 50] [--seed 7]

Articles are recombined from varied paragraphs: the claims' subjects with
figures, dates and names (right, wrong, hedged, in other units, misspelt),
and unrelated filler, captions, bylines and "More from" lists, so every stage
of crosscheck does real work. The same seed gives the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

FIRST = [
    "Ana",
    "Bruno",
    "Chiara",
    "Dmitri",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Ines",
    "Jonas",
    "Kemal",
    "Lucia",
    "Marek",
    "Nadia",
    "Omar",
    "Priya",
    "Quentin",
    "Rosa",
    "Stefan",
    "Tamar",
    "Ugo",
    "Vera",
    "Wen",
    "Yusuf",
]
LAST = [
    "Almeida",
    "Brandt",
    "Castellano",
    "Dubois",
    "Eriksen",
    "Fontaine",
    "Gallagher",
    "Haddad",
    "Ibarra",
    "Jansen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
    "Quiroga",
    "Rossi",
    "Sandoval",
    "Takahashi",
    "Urquhart",
    "Valdez",
    "Weber",
    "Zielinski",
]
PLACES = [
    "Lisbon",
    "Gdansk",
    "Valencia",
    "Tampere",
    "Brno",
    "Porto",
    "Bilbao",
    "Graz",
    "Turku",
    "Ghent",
    "Split",
    "Kaunas",
    "Aarhus",
    "Malmo",
    "Leipzig",
    "Rennes",
    "Lyon",
    "Bergen",
    "Cork",
    "Riga",
]
KINDS = [
    ("Bridge", "km", (0.4, 3.0)),
    ("Tunnel", "km", (1.0, 20.0)),
    ("Dam", "m", (40, 220)),
    ("Stadium", "people", (15000, 90000)),
    ("Hospital", "USD", (80e6, 900e6)),
    ("Canal", "km", (5, 80)),
    ("Railway", "km", (30, 400)),
    ("Airport", "USD", (300e6, 4e9)),
    ("Port", "EUR", (50e6, 2e9)),
    ("Metro", "km", (8, 60)),
]
FILLER = [
    "Residents gathered near the river on a cold morning, many carrying umbrellas.",
    "Traffic was diverted through the old town for several hours while crews worked.",
    "Local shops reported brisk business during the celebrations, owners said.",
    "A band played while children waved flags from the approach road.",
    "The council will publish a full report next month, a spokesperson said.",
    "Critics have questioned the cost of the scheme and the pace of construction.",
    "Environmental groups asked for more monitoring of the wetlands nearby.",
    "The regional government has promised to improve bus links to the site.",
    "Engineers said the design had been tested against floods and high winds.",
    "Several unions said workers had not been consulted about the new shifts.",
]
BOILER = ["Advertisement", "Share this article", "Sign up for our newsletter", "Read more", "2 min read"]


def money(value: float, unit: str) -> str:
    sym = {"USD": "$", "EUR": "€"}[unit]
    return f"{sym}{value / 1e9:.1f} billion" if value >= 1e9 else f"{sym}{value / 1e6:.0f} million"


def stated(value: float, unit: str, rng: random.Random) -> str:
    if unit in ("USD", "EUR"):
        return money(value, unit)
    if unit == "people":
        return f"{int(value):,} people"
    if unit == "km" and rng.random() < 0.3:
        return f"{value / 1.609344:.1f} miles"
    return f"{value:g} {unit}" if unit != "m" else f"{value:g} metres"


def build(out: Path, articles: int, claims: int, seed: int) -> None:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    (out / "sources").mkdir(exist_ok=True)
    scope = dt.date(2024, 5, 17)
    subjects = []
    people = []
    for i in range(claims):
        kind, unit, (lo, hi) = KINDS[i % len(KINDS)]
        place = PLACES[(i * 7) % len(PLACES)]
        name = f"{place} {kind}" if i < len(PLACES) * 2 else f"{place} {kind} {i}"
        value = round(rng.uniform(lo, hi), 1 if unit in ("km",) else 0)
        person = (rng.choice(FIRST), rng.choice(LAST))
        people.append(person)
        subjects.append((f"s{i}", name, kind.lower(), unit, value, person, f"p{i}"))
    lines = ["version: 1", f"scope: {{event: Infrastructure week, date: {scope}, window_days: 45}}", "entities:"]
    for sid, name, _, _, _, (first, last), pid in subjects:
        lines.append(f"  {sid}: {{name: {name}, aliases: [{name.split()[0]} {name.split()[1]}]}}")
        lines.append(f"  {pid}: {{name: {first} {last}, aliases: [{last}]}}")
    lines.append("claims:")
    for i, (sid, name, _kind, unit, value, person, pid) in enumerate(subjects):
        if i % 5 == 4:
            lines += [
                f"  - id: {sid}-director",
                f"    statement: The {name} is run by {person[0]} {person[1]}.",
                f"    about: [{sid}]",
                f"    expect: {{person: {pid}, role: [director]}}",
            ]
        elif i % 5 == 3:
            lines += [
                f"  - id: {sid}-opening",
                f"    statement: The {name} opened on {scope}.",
                f"    about: [{sid}]",
                "    exclude: [council vote]",
                f"    expect: {{date: {scope}}}",
            ]
        else:
            tol = ", tolerance: 2%" if unit in ("USD", "EUR") else ""
            lines += [
                f"  - id: {sid}-size",
                f"    statement: The {name} measures {value:g} {unit}.",
                f"    about: [{sid}]",
                f"    expect: {{quantity: {value:g}, unit: {unit}{tol}}}",
            ]
    (out / "claims.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    for n in range(articles):
        picked = rng.sample(subjects, k=rng.randint(1, 3))
        sid, name, kind, unit, value, (first, last), pid = picked[0]
        published = scope + dt.timedelta(days=rng.randint(-20, 20) if rng.random() < 0.95 else 400)
        paragraphs = [f"{name} in the spotlight as {rng.choice(['crews finish', 'officials celebrate', 'costs rise'])}"]
        if rng.random() < 0.5:
            paragraphs.append(f"Published {published:%B} {published.day}, {published.year}")
        for _sid, name, _kind, unit, value, (first, last), _pid in picked:
            factor = rng.choice([1, 1, 1, 1.3, 0.7])
            hedge = rng.choice(["", "", "about ", "nearly ", "more than "])
            director = f"{first} {last}" if rng.random() < 0.9 else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if rng.random() < 0.05:
                director = director.replace(last, last[:-1] + "e" if last[-1] != "e" else last[:-1] + "a")
            day = rng.choice(["on Friday", f"on {published.day} {published:%B}", "last week", "on Tuesday"])
            paragraphs += [
                f"The {name} is {hedge}{stated(value * factor, unit, rng)}, according to {rng.choice(PLACES)} "
                f"officials. It was described as the largest project of its kind in the region.",
                f'Director {director} said the {name} opened {day}. "We are proud of the work," '
                f"{director.split()[-1]} said on Monday.",
                rng.choice(FILLER) + " " + rng.choice(FILLER),
            ]
            if rng.random() < 0.3:
                paragraphs.append(
                    f"Workers at the {name}, {published:%B} {published.day}, {published.year}. "
                    f"REUTERS/{rng.choice(FIRST)} {rng.choice(LAST)}"
                )
        paragraphs += [rng.choice(FILLER) + " " + rng.choice(FILLER) for _ in range(rng.randint(8, 16))]
        paragraphs.append(rng.choice(BOILER))
        paragraphs += ["More from the desk", *(f"{rng.choice(PLACES)} council votes on budget" for _ in range(3))]
        folder = out / "sources" / f"{n // 1000:02d}"
        folder.mkdir(exist_ok=True)
        (folder / f"{n:05d}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def main(build: Callable[[Path, int, int, int], None] = build, doc: str = __doc__ or "") -> None:
    """The command line every corpus builder shares: where, how many articles and claims, which seed."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--claims", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    build(args.out, args.articles, args.claims, args.seed)


if __name__ == "__main__":
    main()
