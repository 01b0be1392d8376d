"""GitHub Actions workflow commands: one annotation per failing finding.

GitHub shows only ten errors and ten warnings per step, so new
contradictions come first as errors, then accepted or suppressed ones as
notices, and misspellings as warnings; the full picture goes to the step
summary (see cli). Annotations point at the first conflicting words.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import CONTRADICTIONS, Finding, Report, counted
from .text import clean

# A warm run reads back only these findings' quotes: annotations quote the contradictions, and
# the step summary (the Markdown report) the unclear findings too.
QUOTES_READ = CONTRADICTIONS | {"unclear"}


def _data(text: str) -> str:
    return clean(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _command(level: str, path: str, e, title: str, message: str) -> str:
    where = f"file={_prop(path)},line={e.line},col={e.column},endLine={e.end_line},endColumn={e.end_column}"
    return f"::{level} {where},title={_prop(title)}::{_data(message)}"


def _message(statements: dict[str, str], f: Finding) -> str:
    lines = [f"{f.verdict}: {statements[f.claim]}"]
    for e in f.evidence:
        who = f" (according to {e.attributed_to})" if e.attributed_to else ""
        lines.append(f"{e.stance} at line {e.line}: \u201c{e.quote}\u201d{who}")
    if f.note:
        lines.append(f.note)
    return "\n".join(lines)


def stream(report: Report) -> Iterator[str]:
    contradictions = [f for f in report.findings.notable() if f.contradiction]
    fails_run = [f for f in contradictions if report.fails(f)]
    statements = {c.id: c.statement for c in report.claims}
    for f in fails_run:
        e = next(e for e in f.evidence if e.stance == "conflicts")
        label = "new contradiction" if f.new else "contradiction"
        yield _command("error", f.source, e, f"crosscheck {label}: {f.claim}", _message(statements, f)) + "\n"
    for f in contradictions:
        if report.fails(f):
            continue
        e = next(e for e in f.evidence if e.stance == "conflicts")
        why = "suppressed" if f.suppressed else "accepted in the baseline" if f.new is False else "not failing the run"
        yield _command("notice", f.source, e, f"crosscheck {f.claim} ({why})", _message(statements, f)) + "\n"
    for m in report.misspellings:
        yield (
            f"::warning file={_prop(m.source)},line={m.line},col={m.column},"
            f"title={_prop('crosscheck misspelling')}::{_data(f'{m.found} → {m.canonical}')}\n"
        )
    yield (
        f"crosscheck: {counted(len(report.sources), 'source')} × {counted(len(report.claims), 'claim')}, "
        f"{counted(len(contradictions), 'contradiction')}, {len(fails_run)} failing the run\n"
    )


def render_discovery(discovery) -> str:
    """A warning at each statement that departs from what most sources say."""
    out = []
    for d in discovery.disagreements:
        majority = d.sides[0]
        for side in d.sides[1:]:
            for s in side.statements:
                held = len(majority.sources)
                message = (
                    f"{s.text} here, but {held} source{'s say' if held != 1 else ' says'} "
                    f"{majority.text}. ({d.describe()})"
                )
                out.append(_command("warning", s.source, s, f"crosscheck discover: {d.title}", message))
    out.append(
        f"crosscheck discover: {counted(len(discovery.sources), 'source')}, "
        f"{counted(len(discovery.disagreements), 'disagreement')}"
    )
    return "\n".join(out) + "\n"
