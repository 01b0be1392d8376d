"""Only what fails the run, a line for each conflicting quote, then one line of counts:
for a pre-commit hook or a log, where the whole report would bury what is new."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import visible
from ..model import CONTRADICTIONS, Report, counted

# A warm run reads back only these findings' quotes: a line quotes a contradiction.
QUOTES_READ = CONTRADICTIONS


def _line(text: str) -> str:
    """Text from a file, shown on one line and never obeyed by the terminal."""
    return visible(text, one_line=True)


def stream(report: Report) -> Iterator[str]:
    failing = others = 0
    for f in report.findings.notable():
        if not f.contradiction:
            continue
        if not report.fails(f):
            others += 1
            continue
        failing += 1
        label = "new " if f.new else ""
        for e in f.evidence:
            if e.stance == "conflicts":
                who = f" (according to {_line(e.attributed_to)})" if e.attributed_to else ""
                yield (
                    f"{_line(f.source)}:{e.line}:{e.column}: {label}{f.verdict} {_line(f.claim)}: "
                    f"\u201c{_line(e.quote)}\u201d{who}\n"
                )
    counts = f"{counted(len(report.sources), 'source')} × {counted(len(report.claims), 'claim')}"
    verdict = f"{counted(failing, 'contradiction')} {'fails' if failing == 1 else 'fail'} the run"
    yield f"crosscheck: {counts}: {verdict}" + (f"; {others} more accepted or suppressed" if others else "") + "\n"


def render_discovery(discovery) -> str:
    """A line for each statement that departs from what most sources say, then the count."""
    lines = []
    for d in discovery.disagreements:
        for side in d.sides[1:]:
            for s in side.statements:
                lines.append(
                    f"{_line(s.source)}:{s.line}:{s.column}: {_line(d.title)}: "
                    f"\u201c{_line(s.text)}\u201d, but most sources say "
                    f"\u201c{_line(d.sides[0].text)}\u201d"
                )
    lines.append(
        f"crosscheck discover: {counted(len(discovery.sources), 'source')}, "
        f"{counted(len(discovery.disagreements), 'disagreement')}"
    )
    return "\n".join(lines) + "\n"
