"""One line per finding, `path:line:col: verdict claim: message`, as compilers and linters write them.

Editors read these into a list to step through (Vim's and Neovim's quickfix with
`errorformat=%f:%l:%c:\\ %m`, Emacs's compilation mode, VS Code's problem
matchers), and reviewdog posts them on a pull request (`-efm='%f:%l:%c: %m'`).
Each line points at the words that decide the verdict: the first conflicting
quote of a contradiction, the first quote of any other finding. With
`failing_only` (`--quiet`) only the findings that fail the run are written.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import visible
from ..model import Evidence, Finding, Report


def _one_line(text: str) -> str:
    return visible(text, one_line=True)


def _where(path: str, line: int | None, column: int | None) -> str:
    return f"{_one_line(path)}:{line}:{column}" if line else _one_line(path)


def _deciding(f: Finding) -> Evidence:
    return next((e for e in f.evidence if e.stance == "conflicts"), f.evidence[0]) if f.contradiction else f.evidence[0]


STATUS_TAGS = {"suppressed": " [suppressed]", "new": " [new]", "accepted": " [accepted in the baseline]"}


def _line(statement: str, f: Finding) -> str:
    e = _deciding(f)
    notes = [
        n
        for n in (
            e.zone if e.zone != "body" else None,
            "hedged" if e.hedged else None,
            f"according to {e.attributed_to}" if e.attributed_to else None,
            e.note,
        )
        if n
    ]
    said = f" ({'; '.join(notes)})" if notes else ""
    message = f"{statement} {e.stance}: \u201c{e.quote}\u201d{said}{STATUS_TAGS.get(f.status or '', '')}"
    return f"{_where(f.source, e.line, e.column)}: {f.verdict} {_one_line(f.claim)}: {_one_line(message)}\n"


def stream(report: Report, failing_only: bool = False) -> Iterator[str]:
    statements = {c.id: c.statement for c in report.claims}
    for f in report.findings.notable():
        if f.evidence and (not failing_only or report.fails(f)):
            yield _line(statements[f.claim], f)
    if failing_only:
        return
    for m in report.misspellings:
        found = _one_line(f"{m.found} \u2192 {m.canonical}" + (f" ({m.zone})" if m.zone != "body" else ""))
        yield f"{_where(m.source, m.line, m.column)}: misspelling {_one_line(m.entity)}: {found}\n"
    for w in report.warnings:
        where = f"{_where(w.source, w.line, w.column)}: " if w.source else ""
        yield f"{where}warning: {_one_line(w.message)}\n"


def render_discovery(discovery) -> str:
    """A line at each statement that departs from what most sources say."""
    out = []
    for d in discovery.disagreements:
        majority = d.sides[0]
        held = len(majority.sources)
        for side in d.sides[1:]:
            for s in side.statements:
                says = f"{held} source{'s say' if held != 1 else ' says'} {majority.text}"
                message = _one_line(f"{d.title}: {s.text} here, but {says}")
                out.append(f"{_where(s.source, s.line, s.column)}: disagreement {message}\n")
    return "".join(out)
