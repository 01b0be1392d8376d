"""A deterministic news-prose corpus: N articles recombined from real coverage, and M claims.

    python benchmarks/prose.py OUT_DIR [--articles 10000] [--claims 50] [--seed 7]

The synthetic corpus (corpus.py) is mostly filler that the phrase pre-filter throws away. Articles
written about the event being checked are not: almost every sentence names a topic. This corpus
takes the development corpus's stories (tests/corpus), merges the fact sheets of enough of them to
reach M claims, and writes each article from paragraphs of real articles about one of those
stories, recombined, with figures, dates and names varied (a figure scaled, a day moved, a name
misspelt), so that reading costs what it costs on real news. The same seed gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from pathlib import Path

import corpus  # the command line every corpus builder shares (run as a script, beside it)
import yaml

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "tests" / "corpus"
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\w])")
DAY_OF_MONTH = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})\b"
)
OUTLETS = ["Reuters", "AP", "AFP", "BBC News", "The Guardian", "CNN", "Al Jazeera", "NPR", "Bloomberg", "DW"]


@dataclass(frozen=True)
class Story:
    name: str
    sheet: dict
    paragraphs: tuple[str, ...]
    titles: tuple[str, ...]
    names: tuple[str, ...]
    date: dt.date


def load(folder: Path) -> Story:
    sheet = yaml.safe_load((folder / "claims.yaml").read_text(encoding="utf-8"))
    paragraphs: list[str] = []
    titles: list[str] = []
    for path in sorted((folder / "sources").iterdir()):
        body = FRONT_MATTER.sub("", path.read_text(encoding="utf-8", errors="replace"))
        blocks = [b.strip() for b in re.split(r"\n\s*\n", body) if b.strip()]
        if blocks:
            titles.append(blocks[0].splitlines()[0][:160])
        paragraphs += [b for b in blocks[1:] if len(b.split()) >= 8]
    names = tuple(
        name
        for entity in (sheet.get("entities") or {}).values()
        for name in [entity["name"], *entity.get("aliases", [])]
        if len(name) > 4
    )
    scope = sheet.get("scope") or {}
    date = scope.get("date") or dt.date(2020, 1, 1)
    return Story(folder.name, sheet, tuple(paragraphs), tuple(titles), names, date)


def merged_sheet(stories: list[Story], claims: int) -> dict:
    """One fact sheet over several stories: keys prefixed so they stay apart, no scope (each story
    has its own), and the story's claims in order until there are enough."""
    entities: dict[str, dict] = {}
    out: list[dict] = []
    for n, story in enumerate(stories):
        prefix = f"s{n}"
        for key, entity in (story.sheet.get("entities") or {}).items():
            entities[f"{prefix}-{key}"] = entity
        for claim in story.sheet["claims"]:
            if len(out) == claims:
                break
            claim = dict(claim, id=f"{prefix}-{claim['id']}")
            keys = story.sheet.get("entities") or {}
            for field in ("about", "exclude"):  # an entity named by its key keeps naming it
                if isinstance(claim.get(field), list):
                    claim[field] = [f"{prefix}-{w}" if w in keys else w for w in claim[field]]
            expect = dict(claim["expect"])
            if isinstance(expect.get("person"), str):
                expect["person"] = f"{prefix}-{expect['person']}"
            if isinstance(expect.get("people"), list):
                expect["people"] = [f"{prefix}-{p}" for p in expect["people"]]
            claim["expect"] = expect
            out.append(claim)
    return {"version": 1, "entities": entities, "claims": out}


def vary(paragraph: str, story: Story, rng: random.Random) -> str:
    """Figures scaled, days moved and names misspelt now and then, so articles disagree as real
    coverage does and no two are the same text."""

    def figure(m: re.Match[str]) -> str:
        whole = int(m.group(1).replace(",", ""))
        if 1900 <= whole <= 2100 or rng.random() < 0.6:
            return m.group(0)
        changed = max(1, round(whole * rng.choice([0.5, 0.8, 0.9, 1.1, 1.25, 2])))
        text = f"{changed:,}" if "," in m.group(1) else str(changed)
        return text + (f".{m.group(2)}" if m.group(2) else "")

    def day(m: re.Match[str]) -> str:
        if rng.random() < 0.7:
            return m.group(0)
        return f"{m.group(1)} {min(28, max(1, int(m.group(2)) + rng.randint(-3, 3)))}"

    text = DAY_OF_MONTH.sub(day, NUMBER.sub(figure, paragraph))
    for name in story.names:
        if name in text and rng.random() < 0.05 and len(name) > 5:
            i = rng.randrange(1, len(name) - 2)
            if name[i].isalpha() and name[i + 1].isalpha():
                text = text.replace(name, name[:i] + name[i + 1] + name[i] + name[i + 2 :], 1)
    return text


def article(story: Story, rng: random.Random) -> str:
    words = min(2000, max(150, int(rng.gauss(630, 260))))
    chosen: list[str] = []
    start = rng.randrange(len(story.paragraphs))
    step = rng.choice([1, 1, 2, 3])
    count = 0
    i = start
    while count < words:
        paragraph = vary(story.paragraphs[i % len(story.paragraphs)], story, rng)
        chosen.append(paragraph)
        count += len(paragraph.split())
        i += step if rng.random() < 0.8 else rng.randrange(len(story.paragraphs))
    published = story.date + dt.timedelta(days=rng.randint(-2, 12))
    title = yaml.safe_dump(rng.choice(story.titles), width=1000, allow_unicode=True)
    head = [
        "---",
        f"title: {title.strip().removesuffix('...').strip()}",
        f"outlet: {rng.choice(OUTLETS)}",
        f"published: {published.isoformat()}",
        "---",
    ]
    return "\n".join(head) + "\n" + "\n\n".join(chosen) + "\n"


def build(out: Path, articles: int, claims: int, seed: int) -> None:
    rng = random.Random(seed)
    folders = sorted(p for p in STORIES.iterdir() if (p / "claims.yaml").exists())
    rng.shuffle(folders)
    stories: list[Story] = []
    total = 0
    for folder in folders:
        if total >= claims:
            break
        story = load(folder)
        if story.paragraphs:
            stories.append(story)
            total += len(story.sheet["claims"])
    out.mkdir(parents=True, exist_ok=True)
    (out / "sources").mkdir(exist_ok=True)
    header = "# " + ", ".join(s.name for s in stories) + " (recombined; see benchmarks/prose.py)\n"
    sheet = yaml.safe_dump(merged_sheet(stories, claims), sort_keys=False, allow_unicode=True, width=1000)
    (out / "claims.yaml").write_text(header + sheet, encoding="utf-8")
    for n in range(articles):
        folder = out / "sources" / f"{n // 1000:03d}"
        folder.mkdir(exist_ok=True)
        (folder / f"{n:06d}.txt").write_text(article(rng.choice(stories), rng), encoding="utf-8")


if __name__ == "__main__":
    corpus.main(build, __doc__ or "")
