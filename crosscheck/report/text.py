"""The terminal report: the claims × sources matrix at a glance, then every
conflict and mixed pair with its quote, then misspellings and warnings.

Each verdict has a glyph as well as a colour, so the matrix reads the same
with NO_COLOR, when piped, or printed. Article text is shown through rich
Text objects, never as markup, with control characters made visible, so an
article cannot restyle or clear the editor's terminal.
"""

from __future__ import annotations

import io
import re

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ..errors import visible as clean
from ..model import Finding, Report

GLYPHS = {"supports": "✓", "conflicts": "✗", "mixed": "±", "silent": "·", "out_of_scope": "○", "unclear": "?"}
STYLES = {
    "supports": "green",
    "conflicts": "bold red",
    "mixed": "bold yellow",
    "silent": "dim",
    "out_of_scope": "blue",
    "unclear": "magenta",
}
LABELS = {"out_of_scope": "out of scope"}
CONTEXT_CHARS = 110
TRAILING_RE = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)


def render(report: Report, color: bool | None = None, width: int | None = None) -> str:
    return _printed(print_report, report, color, width)


def _printed(draw, result, color: bool | None, width: int | None) -> str:
    """What draw(result, console) prints, as text, with or without colour."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=color,
        no_color=color is False,
        width=width or 80,
        highlight=False,
        emoji=False,
        legacy_windows=False,
    )
    draw(result, console)
    return TRAILING_RE.sub(r"\1", buffer.getvalue())


def print_report(report: Report, console: Console) -> None:
    labels = {s.path: f"S{i + 1}" for i, s in enumerate(report.sources)}
    console.print(_matrix(report, labels, console.width))
    console.print(_legend())
    if len(report.sources) <= MATRIX_MAX_SOURCES:
        console.print(_sources(report, labels))
    console.print(_summary(report))
    failing = [f for f in report.findings.notable() if f.verdict in ("conflicts", "mixed")]
    if failing:
        console.print(Text("\nConflicts and mixed", style="bold underline"))
        for finding in failing:
            console.print(_finding(report, finding, labels))
    unclear = [f for f in report.findings.notable() if f.verdict == "unclear"]
    if unclear:
        console.print(Text("\nUnclear", style="bold underline"))
        for finding in unclear:
            console.print(_finding(report, finding, labels))
    noted = [
        f
        for f in report.findings.notable()
        if f.verdict in ("supports", "silent") and any(e.stance == "unclear" for e in f.evidence)
    ]
    if noted:  # values about a topic that crosscheck read but could not compare: said, never dropped
        console.print(Text("\nAlso read, not compared", style="bold underline"))
        for finding in noted:
            console.print(_finding(report, finding, labels, only="unclear"))
    if report.changes:
        console.print(Text("\nChanged verdicts", style="bold underline"))
        for c in report.changes:
            line = Text(f"{clean(c.claim)} × {clean(c.source)}: ")
            line.append(c.old or "(absent)", style=STYLES.get(c.old or "", "dim"))
            line.append(" → ")
            line.append(c.new or "(absent)", style=STYLES.get(c.new or "", "dim"))
            console.print(Padding(line, (0, 0, 0, 2), expand=False))
    if report.stale:
        title = (
            f"Resolved since {report.compared_with}"
            if report.compared_with
            else "Accepted before, no longer found (crosscheck baseline --prune removes them)"
        )
        console.print(Text("\n" + title, style="bold underline"))
        for e in report.stale:
            line = Text(f"{clean(e.claim)} × {clean(e.source)}: ")
            line.append(clean("; ".join(e.quotes)), style="dim")
            console.print(Padding(line, (0, 0, 0, 2), expand=False))
    if report.misspellings:
        console.print(Text("\nMisspellings", style="bold underline"))
        for m in report.misspellings:
            line = Text(f"{clean(m.source)}:{m.line}:{m.column}  ")
            line.append(clean(m.found), style="bold red")
            line.append(f" → {clean(m.canonical)}  ({m.zone}{'; ' + clean(m.note) if m.note else ''})")
            console.print(Padding(line, (0, 0, 0, 2), expand=False))
    if report.warnings:
        console.print(Text("\nWarnings", style="bold underline"))
        for w in report.warnings:
            console.print(Padding(Text(clean(str(w)), style="yellow"), (0, 0, 0, 2), expand=False))


MATRIX_MAX_SOURCES = 24  # beyond this a claims × sources matrix is unreadable: count verdicts per claim


def _tally(report: Report) -> Table:
    table = Table(box=None, pad_edge=False, show_edge=False, padding=(0, 1), header_style="bold")
    table.add_column("claim", no_wrap=True, overflow="ellipsis", max_width=28)
    for verdict, glyph in GLYPHS.items():
        table.add_column(glyph, justify="right", style=STYLES[verdict], no_wrap=True)
    counts = {c.id: {v: (len(report.sources) if v == "silent" else 0) for v in GLYPHS} for c in report.claims}
    for f in report.findings.notable():
        counts[f.claim][f.verdict] += 1
        counts[f.claim]["silent"] -= 1
    for claim in report.claims:
        table.add_row(Text(clean(claim.id)), *(str(counts[claim.id][v]) for v in GLYPHS))
    return table


def _matrix(report: Report, labels: dict[str, str], width: int) -> Group | Table:
    """One table, or several in chunks when the sources do not fit the width; a tally for archives."""
    if len(report.sources) > MATRIX_MAX_SOURCES:
        return _tally(report)
    claim_width = min(max((len(c.id) for c in report.claims), default=5), 28)
    per_table = max(1, (width - claim_width - 6) // 5)
    paths = [s.path for s in report.sources]
    verdicts = {(f.claim, f.source): f for f in report.findings}
    tables = []
    for i in range(0, max(len(paths), 1), per_table):
        chunk = paths[i : i + per_table]
        table = Table(box=None, pad_edge=False, show_edge=False, padding=(0, 1), header_style="bold")
        table.add_column("claim", no_wrap=True, max_width=claim_width, overflow="ellipsis")
        for path in chunk:
            table.add_column(labels[path], justify="center", no_wrap=True)
        for claim in report.claims:
            cells = []
            for path in chunk:
                f = verdicts[(claim.id, path)]
                glyph = GLYPHS[f.verdict] + ("s" if f.suppressed else "")
                cells.append(Text(glyph, style="dim" if f.suppressed else STYLES[f.verdict]))
            table.add_row(Text(clean(claim.id)), *cells)
        tables.append(table)
    return Group(*tables)


def _legend() -> Text:
    text = Text("  ")
    for verdict, glyph in GLYPHS.items():
        text.append(glyph, style=STYLES[verdict])
        text.append(f" {LABELS.get(verdict, verdict)}  ")
    return text


def _sources(report: Report, labels: dict[str, str]) -> Padding:
    table = Table.grid(padding=(0, 2), pad_edge=True)
    table.add_column(no_wrap=True, style="bold")
    table.add_column()
    for s in report.sources:
        text = Text(clean(s.path))
        details = [clean(d) for d in (s.outlet, s.reference_date and s.reference_date.isoformat()) if d]
        if s.lang not in (None, "en") and s.status == "checked":  # a skipped one's note names its language
            details.append(f"language: {s.lang}")
        if details:
            text.append("  " + ", ".join(details), style="dim")
        if s.status == "skipped":
            text.append(f"  skipped: {clean(s.scope_note or '')}", style="yellow")
        elif not s.in_scope:
            text.append(f"  out of scope: {clean(s.scope_note or '')}", style="blue")
        elif s.scope_note:
            text.append(f"  ({clean(s.scope_note)})", style="dim")
        table.add_row(f"  {labels[s.path]}", text)
    return Padding(table, (1, 0, 0, 0), expand=False)


def _summary(report: Report) -> Text:
    text = Text(f"\n{len(report.sources)} sources × {len(report.claims)} claims: ", style="bold")
    parts = []
    for verdict in GLYPHS:
        n = report.count(verdict)
        if n:
            parts.append((f"{n} {LABELS.get(verdict, verdict)}", STYLES[verdict]))
    if report.has_baseline:
        parts.append((f"{len(report.new_failing())} new", "bold red" if report.new_failing() else "green"))
    suppressed = sum(1 for f in report.findings.notable() if f.suppressed)
    if suppressed:
        parts.append((f"{suppressed} suppressed", "dim"))
    parts.append((f"{len(report.misspellings)} misspelling{'s' * (len(report.misspellings) != 1)}", ""))
    parts.append((f"{len(report.warnings)} warning{'s' * (len(report.warnings) != 1)}", ""))
    for i, (part, style) in enumerate(parts):
        text.append(part, style=style)
        if i < len(parts) - 1:
            text.append(", ")
    return text


def _finding(report: Report, finding: Finding, labels: dict[str, str], only: str | None = None) -> RenderableType:
    claim = report.claim(finding.claim)
    head = Text()
    head.append(f"{GLYPHS[finding.verdict]} {finding.verdict.replace('_', ' ')}", style=STYLES[finding.verdict])
    head.append(f"  {clean(finding.claim)}", style="bold")
    head.append(f" × {labels[finding.source]} {clean(finding.source)}")
    if finding.suppressed:
        head.append("  (suppressed)", style="dim")
    if finding.new:
        head.append("  NEW", style="bold red")
    parts: list[RenderableType] = [
        Text(""),
        head,
        Padding(Text(f"claim: {clean(claim.statement)}", style="dim"), (0, 0, 0, 2), expand=False),
    ]
    for e in finding.evidence:
        if only is not None and e.stance != only:
            continue
        line = Text(f"{e.stance:<9} ", style=STYLES.get(e.stance, ""))
        line.append(f"line {e.line}:{e.column}  ")
        line.append_text(_quote(e))
        notes = [
            n
            for n in (
                e.zone if e.zone != "body" else None,
                "hedged" if e.hedged else None,
                f"according to {e.attributed_to}" if e.attributed_to else None,
                f"missing {', '.join(e.missing)}" if e.missing else None,
                f"also named {', '.join(e.extra)}" if e.extra else None,
                f"year from {e.resolved_with}" if e.resolved_with == "scope" else None,
                e.note,
            )
            if n
        ]
        if notes:
            line.append(f"  ({clean('; '.join(notes))})", style="dim")
        parts.append(Padding(line, (0, 0, 0, 2), expand=False))
    return Group(*parts)


def _quote(e) -> Text:
    """The sentence around the quote, trimmed, with the deciding words highlighted."""
    vs, ve = e.value_start - e.context_start, e.value_end - e.context_start
    return _highlighted(e.context, vs, ve, "bold reverse" if e.stance == "conflicts" else "bold")


def _highlighted(context: str, vs: int, ve: int, style: str) -> Text:
    """context[vs:ve] in `style`, with up to CONTEXT_CHARS around it, cut at word boundaries."""
    left = max(0, vs - CONTEXT_CHARS // 2)
    right = min(len(context), ve + CONTEXT_CHARS // 2)
    if left > 0:  # cut at a word boundary
        space = context.find(" ", left, vs)
        left = space + 1 if space >= 0 else left
    if right < len(context):
        space = context.rfind(" ", ve, right)
        right = space if space >= 0 else right
    text = Text("“" + ("…" if left else ""))
    text.append(clean(context[left:vs]))
    text.append(clean(context[vs:ve]), style=style)
    text.append(clean(context[ve:right]))
    text.append(("…" if right < len(context) else "") + "”")
    return text


def render_discovery(discovery, color: bool | None = None, width: int | None = None) -> str:
    return _printed(print_discovery, discovery, color, width)


def print_discovery(discovery, console: Console) -> None:
    """A ranked table of what the sources disagree on, then every side of each with its quotes."""
    found = discovery.disagreements
    table = Table(
        title=f"What the sources disagree on: {len(found)} of {discovery.statements} statements "
        f"compared across {len(discovery.sources)} sources",
        title_justify="left",
    )
    table.add_column("#", justify="right")
    table.add_column("subject")
    table.add_column("sides (sources holding each)")
    table.add_column("score", justify="right")
    for i, d in enumerate(found, 1):
        table.add_row(str(i), Text(clean(d.title)), Text(clean(d.describe())), f"{d.score:g}")
    console.print(table)
    for i, d in enumerate(found, 1):
        console.print(Text(f"\n{i}. {clean(d.title)}", style="bold"))
        for n, side in enumerate(d.sides):
            leads = n == 0 and d.has_majority
            head = Text(f"  {'majority' if leads else 'side':<8} ", style="green" if leads else "bold red")
            head.append(clean(side.text), style="bold")
            head.append(f"  ({len(side.sources)} source{'s' if len(side.sources) != 1 else ''})", style="dim")
            console.print(head)
            for s in side.statements:
                line = Text(f"    {clean(s.source)}:{s.line}:{s.column}  ")
                if discovery.date_of(s.source):
                    line.append(f"({discovery.date_of(s.source)}) ", style="dim")
                line.append_text(_statement_quote(s))
                if s.hedged:
                    line.append("  (hedged)", style="dim")
                console.print(line)
    for w in discovery.warnings:
        console.print(Text(f"warning: {clean(str(w))}", style="yellow"))
    if not found:
        console.print(Text("No disagreements found.", style="green"))


def _statement_quote(s) -> Text:
    """The words the value was read from, inside their sentence, trimmed to a readable width."""
    at = s.quote.find(s.text)
    if at < 0:
        return Text("“" + clean(s.quote[:CONTEXT_CHARS]) + ("…" if len(s.quote) > CONTEXT_CHARS else "") + "”")
    return _highlighted(s.quote, at, at + len(s.text), "bold reverse")
