"""A Markdown report for sharing: the matrix as a table, then conflicts with quotes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from ..errors import visible as clean
from ..model import CONTRADICTIONS, Report, counted
from .glyphs import GLYPHS, LABELS

# A warm run reads back only these findings' quotes: the contradictions and the unclear ones.
QUOTES_READ = CONTRADICTIONS | {"unclear"}

STATUS_FLAGS = {"new": " **NEW**", "accepted": " *(accepted)*", "suppressed": " *(suppressed)*"}

# each character Markdown reads as syntax, with a backslash before it; line ends made spaces
_LITERAL = str.maketrans({**{c: "\\" + c for c in "\\`*_{}[]<>|#!~"}, "\n": " ", "\r": " "})


def escape(text: str) -> str:
    """Article text as literal Markdown: no links, HTML, emphasis or table breaks."""
    return clean(text).translate(_LITERAL)


def stream(report: Report) -> Iterator[str]:
    return _joined(_lines(report))


def _joined(lines: Iterable[str]) -> Iterator[str]:
    """The lines joined, without trailing whitespace, and ending with one newline, written as
    they come: whitespace is held back until some text follows it."""
    held, separator = "", ""
    for line in lines:
        text = separator + line
        separator = "\n"
        kept = text.rstrip()
        if kept:
            yield held + kept
            held = text[len(kept) :]
        else:
            held += text
    yield "\n"


def _lines(report: Report) -> Iterator[str]:
    labels = {s.path: f"S{i + 1}" for i, s in enumerate(report.sources)}
    yield from ["# crosscheck report", ""]
    if report.sources:
        yield "| claim | " + " | ".join(labels[s.path] for s in report.sources) + " |"
        yield "|---|" + "---|" * len(report.sources)
        # a claim's column of cells, a silent pair with nothing to say drawn without making its finding
        silent = GLYPHS["silent"]
        for claim, column in zip(report.claims, zip(*report.findings.rows), strict=True):
            cells = (silent if f is None else GLYPHS[f.verdict] + STATUS_FLAGS.get(f.status or "", "") for f in column)
            yield f"| `{claim.id}` | " + " | ".join(cells) + " |"
        yield from ["", " ".join(f"{g} {LABELS.get(v, v)}" for v, g in GLYPHS.items()), ""]
    else:  # no column to draw: say so rather than print a table with no body
        yield "No article was read, so no claim was checked: see the warnings below."
    for s in report.sources:
        line = f"- **{labels[s.path]}** {escape(s.title) if s.title else f'`{s.path}`'}"
        details = [escape(d) for d in (s.outlet, s.reference_date and s.reference_date.isoformat()) if d]
        if details:
            line += " — " + ", ".join(details)
        if s.scope_note:
            line += f" ({escape(s.scope_note)})"
        yield line + (f" · `{s.path}`" if s.title else "")
    counts = ", ".join(f"{report.count(v)} {LABELS.get(v, v)}" for v in GLYPHS if report.count(v)) or "no verdict"
    statuses = Counter(f.status for f in report.findings.notable())
    if report.has_baseline:
        counts += f", **{len(report.new_failing())} new**, {statuses['accepted']} accepted"
    if statuses["suppressed"]:
        counts += f", {statuses['suppressed']} suppressed"
    yield from [
        "",
        f"**{counted(len(report.sources), 'source')} × {counted(len(report.claims), 'claim')}:** {counts}, "
        f"{counted(len(report.misspellings), 'misspelling')}, {counted(len(report.warnings), 'warning')}",
        "",
    ]
    for title, wanted in (("Conflicts and mixed", ("conflicts", "mixed")), ("Unclear", ("unclear",))):
        findings = [f for f in report.findings.notable() if f.verdict in wanted]
        if not findings:
            continue
        yield from [f"## {title}", ""]
        for f in findings:
            claim = report.claim(f.claim)
            flag = STATUS_FLAGS.get(f.status or "", "")
            yield f"### {GLYPHS[f.verdict]} `{f.claim}` × {labels[f.source]} `{f.source}`: {f.verdict}{flag}"
            yield from ["", f"> {escape(claim.statement)}", ""]
            for e in f.evidence:
                who = f" — according to {escape(e.attributed_to)}" if e.attributed_to else ""
                hedge = " (hedged)" if e.hedged else ""
                where = f"line {e.line}, column {e.column}"
                yield f"- {GLYPHS[e.stance]} {e.stance}: {where}: “{escape(e.quote)}”{hedge}{who}"
            yield ""
    if report.changes:
        yield from ["## Changed verdicts", "", "| claim | source | before | now |", "|---|---|---|---|"]
        yield from (f"| `{c.claim}` | `{c.source}` | {c.old or '—'} | {c.new or '—'} |" for c in report.changes)
        yield ""
    if report.stale:
        yield from (
            [f"## Resolved since `{report.compared_with}`", ""]
            if report.compared_with
            else ["## Accepted before, no longer found", "", "Remove them with `crosscheck baseline --prune`.", ""]
        )
        yield from (f"- `{e.claim}` × `{e.source}`: {escape('; '.join(e.quotes))}" for e in report.stale)
        yield ""
    if report.misspellings:
        yield from ["## Misspellings", ""]
        yield from (
            f"- `{m.source}:{m.line}:{m.column}` {escape(m.found)} → {escape(m.canonical)}" for m in report.misspellings
        )
        yield ""
    if report.warnings:
        yield from ["## Warnings", ""]
        yield from (
            f"- `{w.source}`: {escape(w.message)}" if w.source else f"- {escape(w.message)}" for w in report.warnings
        )
        yield ""


def render_discovery(discovery) -> str:
    found = discovery.disagreements
    out = [
        "# What the sources disagree on",
        "",
        f"{counted(len(found), 'disagreement')} among {counted(discovery.statements, 'statement')} "
        f"from {counted(len(discovery.sources), 'source')}, most checkable and most contested first.",
        "",
    ]
    if found:
        out += ["| # | subject | sides (sources holding each) | score |", "|---|---|---|---|"]
        out += [f"| {i} | {escape(d.title)} | {escape(d.describe())} | {d.score:g} |" for i, d in enumerate(found, 1)]
    for i, d in enumerate(found, 1):
        out += ["", f"## {i}. {escape(d.title)}", ""]
        for n, side in enumerate(d.sides):
            out.append(
                f"- **{escape(side.text)}** ({'majority, ' if n == 0 and d.has_majority else ''}"
                f"{'latest, ' if n == 0 and d.over_time else ''}{side.support})"
            )
            out += [
                f"  - `{s.source}:{s.line}:{s.column}`{_dated(discovery, s.source)} “{escape(s.quote)}”"
                for s in side.statements
            ]
    return "\n".join(out) + "\n"


def _dated(discovery, path: str) -> str:
    date = discovery.date_of(path)
    return f" ({date})" if date else ""
