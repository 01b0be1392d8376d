"""How often crosscheck reaches the verdict a careful editor would, story by story.

    python benchmarks/accuracy.py [--json FILE] [--story NAME ...] [--wrong] [--record]

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
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crosscheck import check  # noqa: E402

CONFLICTING = {"conflicts", "mixed"}
RECORDED = ROOT / "tests" / "corpus" / "recorded.json"


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--story", action="append", help="only these stories (default: all)")
    parser.add_argument("--wrong", action="store_true", help="list every pair that is not right")
    parser.add_argument("--record", action="store_true", help=f"write the floors to {RECORDED.relative_to(ROOT)}")
    args = parser.parse_args()
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
