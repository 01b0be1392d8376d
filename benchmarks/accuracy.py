"""How often crosscheck reaches the verdict a careful editor would, story by story.

    python benchmarks/accuracy.py [--json FILE] [--story NAME ...] [--wrong] [--record] [--discover]

Runs `check` on the bundled sample and on every story of the development
corpus (tests/corpus/<story>/ with claims.yaml, sources/ and gold.yaml, the
gold written from the contract before crosscheck was run on the story), and
scores each report against its gold file:

- pairs, and accuracy: the verdict is the gold's, or one the gold accepts;
- conflict precision: of the pairs reported as conflicts or mixed, how many
  the gold calls so (a reported conflict the gold does not accept is a false
  alarm: the editor's cost);
- conflict recall: of the pairs the gold calls conflicts or mixed, how many
  are reported so;
- misspellings found of those in the gold, and misspelling false alarms.

Stories whose gold says `held_out: true` are kept out of rule design and
reported apart. `--wrong` lists every pair that is not right. `--record`
writes the figures to tests/corpus/recorded.json, the floor that
tests/test_accuracy.py keeps every story at or above.

Then `discover` is scored on every story with a disagreements file (the
sample's tests/data/sample-disagreements.yaml, tests/corpus/<story>/
disagreements.yaml: what a careful editor lists before running anything). A
result matches a listed disagreement when its sides' values match at least
two of the listed sides' values (numbers after normalising, lengths and other
measures in one unit within their rounding: "146 m" is "481 ft", dates and years
exactly, names folded) and its sources overlap the listed ones:

- precision: matched results / results, and over discover's top 5;
- recall: listed disagreements matched / listed;
- complete sides: of the matched results, how many show every listed side
  with every source the list gives it.

`--discover` scores discover alone (it takes seconds, not minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crosscheck import check, discover  # noqa: E402
from crosscheck.lexicon.units import Unit, lookup  # noqa: E402
from crosscheck.report.json import discovery_dict  # noqa: E402
from crosscheck.text import fold  # noqa: E402

CONFLICTING = {"conflicts", "mixed"}
RECORDED = ROOT / "tests" / "corpus" / "recorded.json"
TOP = 5  # the results an editor reads first
MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
NUMBER_RE = re.compile(r"[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?")


@dataclass(frozen=True)
class Score:
    story: str
    held_out: bool
    pairs: int
    right: int
    flagged_right: int  # reported conflicting, and the gold says so
    false_alarms: int  # reported conflicting, and the gold accepts no conflicting verdict
    missed: int  # the gold says conflicting, reported otherwise
    misspellings: int
    misspellings_found: int
    misspelling_false_alarms: int
    wrong: tuple[str, ...] = field(default=())

    @property
    def accuracy(self) -> float:
        return self.right / self.pairs if self.pairs else 1.0

    @property
    def precision(self) -> float:
        flagged = self.flagged_right + self.false_alarms
        return self.flagged_right / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        expected = self.flagged_right + self.missed
        return self.flagged_right / expected if expected else 1.0


@dataclass(frozen=True)
class Story:
    name: str
    claims: Path
    sources: Path
    gold: Path


def stories() -> list[Story]:
    found = [Story("sample", ROOT / "claims.yaml", ROOT / "sources", ROOT / "tests" / "data" / "sample-gold.yaml")]
    for folder in sorted((ROOT / "tests" / "corpus").iterdir()):
        if (folder / "gold.yaml").is_file():
            found.append(Story(folder.name, folder / "claims.yaml", folder / "sources", folder / "gold.yaml"))
    return found


def score(story: Story) -> Score:
    gold = yaml.safe_load(story.gold.read_text(encoding="utf-8"))
    names = gold.get("sources") or {}
    cwd = os.getcwd()
    os.chdir(story.claims.parent)  # paths in the report as an editor in the story's folder sees them
    try:
        report = check(story.claims.name, [os.path.relpath(story.sources)])
    finally:
        os.chdir(cwd)
    got = {(f.claim, Path(f.source).name): f.verdict for f in report.findings}
    right = flagged_right = false_alarms = missed = 0
    wrong = []
    pairs = 0
    for claim, per_source in gold["verdicts"].items():
        for key, entry in per_source.items():
            pairs += 1
            name = Path(names.get(key, key)).name
            expected = entry["verdict"]
            allowed = {expected, *(entry.get("accept") or [])}
            verdict = got.get((claim, name), "missing")
            if verdict in allowed:
                right += 1
            else:
                wrong.append(f"{claim} × {key} ({name}): got {verdict}, expected {expected}")
            flagged, should = verdict in CONFLICTING, expected in CONFLICTING
            if flagged and should:
                flagged_right += 1
            elif flagged and not allowed & CONFLICTING:
                false_alarms += 1
            elif should and not flagged:
                missed += 1
    expected_names = {
        (Path(names.get(m["source"], m["source"])).name, m["found"].casefold()) for m in gold.get("misspellings") or []
    }
    found_names = {(Path(m.source).name, m.found.casefold()) for m in report.misspellings}
    for source, name in sorted(found_names - expected_names):
        wrong.append(f"misspelling false alarm in {source}: {name}")
    for source, name in sorted(expected_names - found_names):
        wrong.append(f"misspelling missed in {source}: {name}")
    return Score(
        story.name,
        bool(gold.get("held_out")),
        pairs,
        right,
        flagged_right,
        false_alarms,
        missed,
        len(expected_names),
        len(expected_names & found_names),
        len(found_names - expected_names),
        tuple(wrong),
    )


def total(name: str, scores: list[Score]) -> Score:
    return Score(
        name,
        False,
        *(
            sum(getattr(s, f) for s in scores)
            for f in (
                "pairs",
                "right",
                "flagged_right",
                "false_alarms",
                "missed",
                "misspellings",
                "misspellings_found",
                "misspelling_false_alarms",
            )
        ),
    )


def table(scores: list[Score]) -> str:
    head = (
        f"{'story':<30} {'pairs':>5} {'accuracy':>8} {'precision':>9} {'recall':>6} "
        f"{'misspellings':>12} {'false alarms':>12}"
    )
    lines = [head, "-" * len(head)]
    for s in scores:
        label = s.story + (" (held out)" if s.held_out else "")
        lines.append(
            f"{label:<30} {s.pairs:>5} {s.accuracy:>8.3f} {s.precision:>9.3f} {s.recall:>6.3f} "
            f"{s.misspellings_found:>6}/{s.misspellings:<5} {s.false_alarms:>12}"
        )
    return "\n".join(lines)


@dataclass(frozen=True)
class DiscoverScore:
    story: str
    results: int
    matched: int  # results that match a listed disagreement
    top: int  # results among the first TOP
    top_matched: int
    listed: int
    found: int  # listed disagreements some result matches
    complete: int  # matched results showing every listed side with all its sources
    wrong: tuple[str, ...] = field(default=())

    @property
    def precision(self) -> float:
        return self.matched / self.results if self.results else 1.0

    @property
    def top_precision(self) -> float:
        return self.top_matched / self.top if self.top else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.listed if self.listed else 1.0

    @property
    def completeness(self) -> float:
        return self.complete / self.matched if self.matched else 1.0


@dataclass(frozen=True)
class Listed:
    """A story whose sources have a disagreements file."""

    name: str
    sources: Path
    disagreements: Path


def listed_stories() -> list[Listed]:
    found = [Listed("sample", ROOT / "sources", ROOT / "tests" / "data" / "sample-disagreements.yaml")]
    for folder in sorted((ROOT / "tests" / "corpus").iterdir()):
        if (folder / "disagreements.yaml").is_file():
            found.append(Listed(folder.name, folder / "sources", folder / "disagreements.yaml"))
    return found


def _numbers(text: str) -> set[float]:
    """The numbers a value is written with: "2100000000 USD", "$2.1 billion", "1,127 people"."""
    words = fold(text).replace(",", "").split()
    found = set()
    for i, word in enumerate(words):
        m = NUMBER_RE.search(word)
        if m is None:
            continue
        number = float(m.group())
        following = words[i + 1] if i + 1 < len(words) else ""
        found.add(number * MULTIPLIERS.get(following, 1.0))
    return found


MEASURE_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?)[\s-]*([^\W\d_]+)")


def _measures(text: str) -> set[tuple[float, Unit, float]]:
    """The amounts with a unit a value is written with ("146 m", "481 feet", "450-foot"), each with
    half the place of its last digit (what it was rounded from)."""
    found = set()
    for m in MEASURE_RE.finditer(text):
        unit = lookup(m.group(2))
        if unit is None:
            continue
        digits = m.group(1).replace(",", "")
        step = 0.5 * 10 ** -len(digits.partition(".")[2])
        found.add((float(digits), unit, step))
    return found


def _same_measure(a: tuple[float, Unit, float], b: tuple[float, Unit, float]) -> bool:
    """Two amounts in units of one dimension, compared in the first's unit as check compares them:
    they agree when the ranges they were rounded from meet ("146 m" and "481 ft", 146.6 m)."""
    (value_a, unit_a, step_a), (value_b, unit_b, step_b) = a, b
    if unit_a.dimension != unit_b.dimension or unit_a == unit_b:
        return False
    return abs(value_a - unit_b.convert(value_b, unit_a)) <= step_a + unit_b.convert(step_b, unit_a)


def _same_value(listed: str, side: dict) -> bool:
    """A listed value against a result's side: numbers after normalising, anything else folded."""
    listed = str(listed)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", listed.strip()):  # a date: exactly
        return listed.strip() in (str(side["value"]).strip(), str(side["text"]).strip())
    want = _numbers(listed)
    if want and NUMBER_RE.match(fold(listed).replace(",", "").lstrip("$€£ ")):
        have = _numbers(str(side["value"])) | _numbers(str(side["text"]))
        if any(abs(a - b) <= 1e-6 * max(abs(a), abs(b)) for a in want for b in have):
            return True
        measured = _measures(str(side["value"])) | _measures(str(side["text"]))
        return any(_same_measure(a, b) for a in _measures(listed) for b in measured)
    folded = " ".join(fold(listed).split())
    return folded in (" ".join(fold(str(side["value"])).split()), " ".join(fold(str(side["text"])).split()))


def _names(paths) -> set[str]:
    return {Path(p).name for p in paths}


def _pairing(result: dict, listed: dict) -> list[tuple[dict, dict]]:
    """The listed sides a result shows, each with the result's side that shows it."""
    return [(want, side) for want in listed["sides"] for side in result["sides"] if _same_value(want["value"], side)]


def matches(result: dict, listed: dict) -> bool:
    shown = {id(want) for want, _ in _pairing(result, listed)}
    listed_sources = _names(s for want in listed["sides"] for s in want["sources"])
    result_sources = _names(s for side in result["sides"] for s in side["sources"])
    return len(shown) >= 2 and bool(listed_sources & result_sources)


def complete(result: dict, listed: dict) -> bool:
    """Every listed side shown by a side of the result that names all its sources."""
    pairs = _pairing(result, listed)
    return all(
        any(w is want and _names(want["sources"]) <= _names(side["sources"]) for w, side in pairs)
        for want in listed["sides"]
    )


def score_results(story: str, results: list[dict], listed: list[dict]) -> DiscoverScore:
    """discover's results (as its JSON writes them, best first) against the listed disagreements."""
    matched = top_matched = complete_count = 0
    found: set[str] = set()
    wrong = []
    for n, result in enumerate(results):
        hits = [entry for entry in listed if matches(result, entry)]
        if hits:
            matched += 1
            top_matched += n < TOP
            found.update(entry["id"] for entry in hits)
            if any(complete(result, entry) for entry in hits):
                complete_count += 1
            else:
                wrong.append(f"incomplete sides: {result['id']} ({result['summary']})")
        else:
            wrong.append(f"no such disagreement: {result['id']} ({result['summary']})")
    wrong += [f"missed: {entry['id']} ({entry['subject']})" for entry in listed if entry["id"] not in found]
    return DiscoverScore(
        story,
        len(results),
        matched,
        min(len(results), TOP),
        top_matched,
        len(listed),
        len(found),
        complete_count,
        tuple(wrong),
    )


def score_discover(story: Listed) -> DiscoverScore:
    listed = yaml.safe_load(story.disagreements.read_text(encoding="utf-8"))["disagreements"] or []
    results = discovery_dict(discover([story.sources]))["disagreements"]
    return score_results(story.name, results, listed)


def discover_total(name: str, scores: list[DiscoverScore]) -> DiscoverScore:
    return DiscoverScore(
        name,
        *(
            sum(getattr(s, f) for s in scores)
            for f in ("results", "matched", "top", "top_matched", "listed", "found", "complete")
        ),
    )


def discover_table(scores: list[DiscoverScore]) -> str:
    head = (
        f"{'discover':<30} {'results':>7} {'precision':>9} {'top 5':>6} {'listed':>6} {'recall':>6} "
        f"{'complete sides':>14}"
    )
    lines = [head, "-" * len(head)]
    for s in scores:
        lines.append(
            f"{s.story:<30} {s.results:>7} {s.precision:>9.3f} {s.top_precision:>6.3f} {s.listed:>6} "
            f"{s.recall:>6.3f} {s.complete:>6}/{s.matched:<7}"
        )
    return "\n".join(lines)


def discover_row(s: DiscoverScore) -> dict:
    return {
        **{k: v for k, v in asdict(s).items() if k != "wrong"},
        "precision": round(s.precision, 4),
        "top_precision": round(s.top_precision, 4),
        "recall": round(s.recall, 4),
        "completeness": round(s.completeness, 4),
        "wrong": list(s.wrong),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--story", action="append", help="only these stories (default: all)")
    parser.add_argument("--wrong", action="store_true", help="list every pair (or discover result) that is not right")
    parser.add_argument("--record", action="store_true", help=f"write the floors to {RECORDED.relative_to(ROOT)}")
    parser.add_argument("--discover", action="store_true", help="score discover alone")
    args = parser.parse_args()
    if not args.discover:
        check_figures(args)
    found = [score_discover(s) for s in listed_stories() if not args.story or s.name in args.story]
    corpus = [s for s in found if s.story != "sample"]
    rows = [*found, discover_total("corpus (all)", corpus)] if corpus else found
    if args.wrong:
        for s in found:
            for line in s.wrong:
                print(f"{s.story}: {line}")
        print()
    print(discover_table(rows))
    if args.json and args.discover:
        data = [discover_row(s) for s in rows]
        Path(args.json).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def check_figures(args: argparse.Namespace) -> None:
    chosen = [s for s in stories() if not args.story or s.name in args.story]
    scores = [score(s) for s in chosen]
    corpus = [s for s in scores if s.story != "sample"]
    rows = [
        *scores,
        total("corpus (designed on)", [s for s in corpus if not s.held_out]),
        total("corpus (held out)", [s for s in corpus if s.held_out]),
        total("corpus (all)", corpus),
    ]
    if args.wrong:
        for s in scores:
            for line in s.wrong:
                print(f"{s.story}: {line}")
        print()
    print(table(rows))
    print()
    if args.json:
        data = [
            {
                **{k: v for k, v in asdict(s).items() if k != "wrong"},
                "accuracy": round(s.accuracy, 4),
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "wrong": list(s.wrong),
            }
            for s in rows
        ]
        Path(args.json).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.record:
        floors = {
            s.story: {
                "accuracy": round(s.accuracy, 4),
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
            }
            for s in scores
        }
        RECORDED.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
