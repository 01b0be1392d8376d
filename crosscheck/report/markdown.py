"""A Markdown report for sharing: the matrix as a table, then conflicts with quotes."""

from __future__ import annotations

import re

from ..model import Report
from .text import GLYPHS, LABELS, clean

_SPECIAL_RE = re.compile(r"([\\`*_{}\[\]<>|#!~])")


def escape(text: str) -> str:
    """Article text as literal Markdown: no links, HTML, emphasis or table breaks."""
    return _SPECIAL_RE.sub(r"\\\1", clean(text).replace("\n", " ").replace("\r", " "))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def render(report: Report) -> str:
    labels = {s.path: f"S{i + 1}" for i, s in enumerate(report.sources)}
    verdicts = {(f.claim, f.source): f for f in report.findings}
    out = ["# crosscheck report", ""]
    header = "| claim | " + " | ".join(labels[s.path] for s in report.sources) + " |"
    out += [header, "|---|" + "---|" * len(report.sources)]
    for claim in report.claims:
        cells = []
        for s in report.sources:
            f = verdicts[(claim.id, s.path)]
            cells.append(GLYPHS[f.verdict] + (" (suppressed)" if f.suppressed else ""))
        out.append(f"| `{claim.id}` | " + " | ".join(cells) + " |")
    out += ["", " ".join(f"{g} {LABELS.get(v, v)}" for v, g in GLYPHS.items()), ""]
    for s in report.sources:
        line = f"- **{labels[s.path]}** `{s.path}`"
        details = [escape(d) for d in (s.outlet, s.reference_date and s.reference_date.isoformat()) if d]
        if details:
            line += " — " + ", ".join(details)
        if s.scope_note:
            line += f" ({escape(s.scope_note)})"
        out.append(line)
    counts = ", ".join(f"{report.count(v)} {LABELS.get(v, v)}" for v in GLYPHS if report.count(v))
    if report.has_baseline:
        counts += f", **{len(report.new_failing())} new**"
    out += [
        "",
        f"**{len(report.sources)} sources × {len(report.claims)} claims:** {counts}, "
        f"{_plural(len(report.misspellings), 'misspelling')}, {_plural(len(report.warnings), 'warning')}",
        "",
    ]
    for title, wanted in (("Conflicts and mixed", ("conflicts", "mixed")), ("Unclear", ("unclear",))):
        findings = [f for f in report.findings.notable() if f.verdict in wanted]
        if not findings:
            continue
        out += [f"## {title}", ""]
        for f in findings:
            claim = report.claim(f.claim)
            flag = " *(suppressed)*" if f.suppressed else (" **NEW**" if f.new else "")
            out.append(f"### {GLYPHS[f.verdict]} `{f.claim}` × {labels[f.source]} `{f.source}`: {f.verdict}{flag}")
            out += ["", f"> {escape(claim.statement)}", ""]
            for e in f.evidence:
                who = f" — according to {escape(e.attributed_to)}" if e.attributed_to else ""
                hedge = " (hedged)" if e.hedged else ""
                out.append(f"- {e.stance}: line {e.line}, column {e.column}: “{escape(e.quote)}”{hedge}{who}")
            out.append("")
    if report.changes:
        out += ["## Changed verdicts", "", "| claim | source | before | now |", "|---|---|---|---|"]
        out += [f"| `{c.claim}` | `{c.source}` | {c.old or '—'} | {c.new or '—'} |" for c in report.changes]
        out.append("")
    if report.stale:
        out += (
            [f"## Resolved since `{report.compared_with}`", ""]
            if report.compared_with
            else ["## Accepted before, no longer found", "", "Remove them with `crosscheck baseline --prune`.", ""]
        )
        out += [f"- `{e.claim}` × `{e.source}`: {escape('; '.join(e.quotes))}" for e in report.stale]
        out.append("")
    if report.misspellings:
        out += ["## Misspellings", ""]
        out += [
            f"- `{m.source}:{m.line}:{m.column}` {escape(m.found)} → {escape(m.canonical)}" for m in report.misspellings
        ]
        out.append("")
    if report.warnings:
        out += ["## Warnings", ""]
        out += [f"- `{w.source or ''}`: {escape(w.message)}" for w in report.warnings]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_discovery(discovery) -> str:
    found = discovery.disagreements
    out = [
        "# What the sources disagree on",
        "",
        f"{_plural(len(found), 'disagreement')} among {_plural(discovery.statements, 'statement')} "
        f"from {_plural(len(discovery.sources), 'source')}, most checkable and most contested first.",
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
                f"{_plural(len(side.sources), 'source')})"
            )
            out += [
                f"  - `{s.source}:{s.line}:{s.column}`{_dated(discovery, s.source)} “{escape(s.quote)}”"
                for s in side.statements
            ]
    return "\n".join(out) + "\n"


def _dated(discovery, path: str) -> str:
    date = discovery.date_of(path)
    return f" ({date})" if date else ""
