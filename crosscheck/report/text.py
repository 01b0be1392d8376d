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
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ..errors import visible as clean
from ..model import Change, Entry, Evidence, Finding, Misspelling, Report, counted
from ..model import Warning as ReportWarning
from .glyphs import GLYPHS, LABELS

T = TypeVar("T")

STYLES = {
    "supports": "green",
    "conflicts": "bold red",
    "mixed": "bold yellow",
    "silent": "dim",
    "out_of_scope": "blue",
    "unclear": "magenta",
}
HIGHLIGHTS = {
    "supports": "bold green",
    "conflicts": "bold reverse red",
    "unclear": "bold magenta",
}  # an evidence's words
STATUS_LABELS = {"new": "NEW", "accepted": "(accepted)", "suppressed": "(suppressed)"}
STATUS_STYLES = {"new": "bold red", "accepted": "green", "suppressed": "dim"}
CONTEXT_CHARS = 110
TRAILING_RE = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)


def stream(
    report: Report, color: bool | None = None, width: int | None = None, everything: bool = False
) -> Iterator[str]:
    return _printed(report_parts(report, everything, width or 80), color, width)


def _printed(parts: Iterable[RenderableType], color: bool | None, width: int | None) -> Iterator[str]:
    """The text of each part as rich prints it, with or without colour, given as soon as it is printed."""
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
    for part in parts:
        console.print(part)
        yield TRAILING_RE.sub(r"\1", buffer.getvalue())
        buffer.seek(0)
        buffer.truncate()


SCREENFUL = 40  # conflicts, mixed and unclear findings listed in full; beyond, the top ones of each claim
TOP_PER_CLAIM = 3
SHOWN_OF_LARGE = 10  # a large run's misspellings, warnings and other lists: the first ones, and how many more


def report_parts(report: Report, everything: bool = False, width: int = 80) -> Iterator[RenderableType]:
    """What the terminal shows, part by part. A run with more findings to read than a screen
    holds shows the top contradictions of each claim and counts the rest, unless `everything`
    is asked for: a 10,000-article archive would otherwise print for minutes."""
    labels = {s.path: f"S{i + 1}" for i, s in enumerate(report.sources)}
    notable = report.findings.notable()
    failing = [f for f in notable if f.verdict in ("conflicts", "mixed")]
    unclear = [f for f in notable if f.verdict == "unclear"]
    noted = [
        f for f in notable if f.verdict in ("supports", "silent") and any(e.stance == "unclear" for e in f.evidence)
    ]
    large = not everything and len(failing) + len(unclear) > SCREENFUL
    yield _matrix(report, labels, width)
    yield _legend()
    if len(report.sources) <= MATRIX_MAX_SOURCES:
        yield _sources(report, labels)
    yield _summary(report)
    strongest = _strongest(report, failing) if large else {}
    if large:
        yield from _top_contradictions(report, strongest, labels)
    else:
        if failing:
            yield Text("\nConflicts and mixed", style="bold underline")
            yield from (_finding(report, finding, labels) for finding in failing)
        if unclear:
            yield Text("\nUnclear", style="bold underline")
            yield from (_finding(report, finding, labels) for finding in unclear)
        if noted:  # values about a topic that crosscheck read but could not compare: said, never dropped
            yield Text("\nAlso read, not compared", style="bold underline")
            yield from (_finding(report, finding, labels, only="unclear") for finding in noted)
    shown = SHOWN_OF_LARGE if large else None
    if report.changes:
        yield Text("\nChanged verdicts", style="bold underline")
        yield from _first(report.changes, shown, _change, "changed verdicts")
    if report.stale:
        title = (
            f"Resolved since {report.compared_with}"
            if report.compared_with
            else "Accepted before, no longer found (crosscheck baseline --prune removes them)"
        )
        yield Text("\n" + title, style="bold underline")
        yield from _first(report.stale, shown, _stale, "entries")
    if report.misspellings:
        yield Text("\nMisspellings", style="bold underline")
        yield from _first(report.misspellings, shown, _misspelling, "misspellings")
    if report.warnings:
        yield Text("\nWarnings", style="bold underline")
        yield from _first(report.warnings, shown, _warning, "warnings")
    if large:
        yield _rest(strongest, len(failing), len(unclear), len(noted))


def _change(c: Change) -> RenderableType:
    line = Text(f"{clean(c.claim)} × {clean(c.source)}: ")
    line.append(c.old or "(absent)", style=STYLES.get(c.old or "", "dim"))
    line.append(" → ")
    line.append(c.new or "(absent)", style=STYLES.get(c.new or "", "dim"))
    return Padding(line, (0, 0, 0, 2), expand=False)


def _stale(e: Entry) -> RenderableType:
    line = Text(f"{clean(e.claim)} × {clean(e.source)}: ")
    line.append(clean("; ".join(e.quotes)), style="dim")
    return Padding(line, (0, 0, 0, 2), expand=False)


def _misspelling(m: Misspelling) -> RenderableType:
    line = Text(f"{clean(m.source)}:{m.line}:{m.column}  ")
    line.append(clean(m.found), style="bold red")
    line.append(f" → {clean(m.canonical)}  ({m.zone}{'; ' + clean(m.note) if m.note else ''})")
    return Padding(line, (0, 0, 0, 2), expand=False)


def _warning(w: ReportWarning) -> RenderableType:
    return Padding(Text(clean(str(w)), style="yellow"), (0, 0, 0, 2), expand=False)


def _first(
    items: Sequence[T], shown: int | None, draw: Callable[[T], RenderableType], what: str
) -> Iterator[RenderableType]:
    """Every item; or, given `shown` and more items than that, the first ones and how many more there are."""
    if shown is None or len(items) <= shown:
        yield from map(draw, items)
        return
    yield from map(draw, items[:shown])
    yield Padding(Text(f"… and {len(items) - shown:,} more {what}", style="dim"), (0, 0, 0, 2), expand=False)


MATRIX_MAX_SOURCES = 24  # beyond this a claims × sources matrix is unreadable: count verdicts per claim


def _tally(report: Report, width: int) -> Table:
    # Ids are shown whole while the counts fit beside them: a count has at most as many digits as the sources' count.
    claim_width = _claim_width(report, width - len(GLYPHS) * (len(str(len(report.sources))) + 2))
    table = Table(box=None, pad_edge=False, show_edge=False, padding=(0, 1), header_style="bold")
    table.add_column("claim", no_wrap=True, overflow="ellipsis", max_width=claim_width)
    for verdict, glyph in GLYPHS.items():
        table.add_column(glyph, justify="right", style=STYLES[verdict], no_wrap=True)
    counts: Counter[tuple[str, str]] = Counter((f.claim, f.verdict) for f in report.findings.notable())
    for claim in report.claims:  # the pairs not counted are silent with nothing to say
        counts[claim.id, "silent"] += len(report.sources) - sum(counts[claim.id, v] for v in GLYPHS)
        table.add_row(Text(clean(claim.id)), *(str(counts[claim.id, v]) for v in GLYPHS))
    return table


def _claim_width(report: Report, room: int) -> int:
    """The claim column's width: the longest id whole while `room` is left beside the other
    columns, and never cut below 28 characters."""
    return min(max((len(c.id) for c in report.claims), default=5), max(28, room))


def _matrix(report: Report, labels: dict[str, str], width: int) -> Group | Table:
    """One table, or several in chunks when the sources do not fit the width; a tally for archives."""
    if len(report.sources) > MATRIX_MAX_SOURCES:
        return _tally(report, width)
    paths = [s.path for s in report.sources]
    # Ids are shown whole while the sources fit beside them; below 28 columns the sources are split instead.
    room = width - sum(max(len(labels[p]), 2) + 2 for p in paths)  # a column: its label or glyph, a space each side
    claim_width = _claim_width(report, room)
    per_table = max(len(paths), 1) if claim_width <= room else max(1, (width - claim_width - 6) // 5)
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
        if s.status == "skipped":  # its note ends by saying so ("binary file; skipped", "…: not checked")
            text.append(f"  {clean(s.scope_note or 'skipped')}", style="yellow")
        elif not s.in_scope:
            text.append(f"  out of scope: {clean(s.scope_note or '')}", style="blue")
        elif s.scope_note:
            text.append(f"  ({clean(s.scope_note)})", style="dim")
        if s.title:  # named as the editor knows it, cut to one line; the path below opens it
            headline = Text(clean(s.title), style="bold", no_wrap=True, overflow="ellipsis")
            table.add_row(f"  {labels[s.path]}", Group(headline, text))
        else:
            table.add_row(f"  {labels[s.path]}", text)
    return Padding(table, (1, 0, 0, 0), expand=False)


def _summary(report: Report) -> Text:
    text = Text(f"\n{counted(len(report.sources), 'source')} × {counted(len(report.claims), 'claim')}: ", style="bold")
    parts = []
    for verdict in GLYPHS:
        n = report.count(verdict)
        if n:
            parts.append((f"{n} {LABELS.get(verdict, verdict)}", STYLES[verdict]))
    statuses = Counter(f.status for f in report.findings.notable())
    if report.has_baseline:
        parts.append((f"{len(report.new_failing())} new", "bold red" if report.new_failing() else "green"))
        parts.append((f"{statuses['accepted']} accepted", STATUS_STYLES["accepted"]))
    if statuses["suppressed"]:
        parts.append((f"{statuses['suppressed']} suppressed", STATUS_STYLES["suppressed"]))
    parts.append((counted(len(report.misspellings), "misspelling"), ""))
    parts.append((counted(len(report.warnings), "warning"), ""))
    for i, (part, style) in enumerate(parts):
        text.append(part, style=style)
        if i < len(parts) - 1:
            text.append(", ")
    return text


def _finding(report: Report, finding: Finding, labels: dict[str, str], only: str | None = None) -> RenderableType:
    claim = report.claim(finding.claim)
    parts: list[RenderableType] = [
        Text(""),
        _head(finding, labels),
        Padding(Text(f"claim: {clean(claim.statement)}", style="dim"), (0, 0, 0, 2), expand=False),
    ]
    parts += [
        Padding(_evidence(e), (0, 0, 0, 2), expand=False) for e in finding.evidence if only is None or e.stance == only
    ]
    return Group(*parts)


def _head(finding: Finding, labels: dict[str, str]) -> Text:
    head = Text()
    head.append(f"{GLYPHS[finding.verdict]} {finding.verdict.replace('_', ' ')}", style=STYLES[finding.verdict])
    head.append(f"  {clean(finding.claim)}", style="bold")
    head.append(f" × {labels[finding.source]} {clean(finding.source)}")
    if finding.status:
        head.append(f"  {STATUS_LABELS[finding.status]}", style=STATUS_STYLES[finding.status])
    return head


def _evidence(e: Evidence, stance: bool = True) -> Text:
    line = Text(f"{GLYPHS[e.stance]} {e.stance:<9} " if stance else "", style=STYLES.get(e.stance, ""))
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
    return line


def _strongest(report: Report, findings: list[Finding]) -> dict[str, list[Finding]]:
    """Each claim's contradictions, strongest first: failing the run, new, conflicts before
    mixed, then the most conflicting quotes; otherwise in report order."""
    by_claim: dict[str, list[Finding]] = {}
    for f in findings:
        by_claim.setdefault(f.claim, []).append(f)
    for listed in by_claim.values():
        listed.sort(
            key=lambda f: (
                not report.fails(f),
                not f.new,
                f.verdict != "conflicts",
                -sum(e.stance == "conflicts" for e in f.evidence),
            )
        )
    return by_claim


def _top_contradictions(
    report: Report, strongest: dict[str, list[Finding]], labels: dict[str, str]
) -> Iterator[RenderableType]:
    """A large run's contradictions: per claim, its counts and its strongest few, each with the words that conflict."""
    if not strongest:
        return
    yield Text(f"\nTop contradictions by claim ({TOP_PER_CLAIM} at most of each)", style="bold underline")
    for claim in report.claims:
        listed = strongest.get(claim.id)
        if not listed:
            continue
        counts = Counter(f.verdict for f in listed)
        heading = Text("\n")
        heading.append(clean(claim.id), style="bold")
        heading.append(": " + ", ".join(f"{counts[v]:,} {v}" for v in ("conflicts", "mixed") if counts[v]))
        heading.append(f"\n  {clean(claim.statement)}", style="dim")
        yield heading
        for f in listed[:TOP_PER_CLAIM]:
            deciding = [e for e in f.evidence if e.stance == "conflicts"]
            yield Group(
                Padding(_head(f, labels), (0, 0, 0, 2), expand=False),
                *(Padding(_evidence(e, stance=False), (0, 0, 0, 4), expand=False) for e in deciding),
            )
        if len(listed) > TOP_PER_CLAIM:
            more = Text(f"… and {len(listed) - TOP_PER_CLAIM:,} more", style="dim")
            yield Padding(more, (0, 0, 0, 2), expand=False)


def _rest(strongest: dict[str, list[Finding]], failing: int, unclear: int, noted: int) -> Text:
    """Where a large run's report says what it left out and how to see it."""
    unlisted = failing - sum(min(len(listed), TOP_PER_CLAIM) for listed in strongest.values())
    left = [f"{unlisted:,} more conflicts and mixed"] if unlisted else []
    left += [f"{unclear:,} unclear"] if unclear else []
    left += [f"{noted:,} with values read but not compared"] if noted else []
    text = Text("\n" + (f"Not listed: {', '.join(left)}.\n" if left else ""), style="bold")
    text.append("Every finding: --all, or --format html or json with --output FILE.")
    return text


def _quote(e) -> Text:
    """The sentence around the quote, trimmed, with the deciding words highlighted."""
    vs, ve = e.value_start - e.context_start, e.value_end - e.context_start
    return _highlighted(e.context, vs, ve, HIGHLIGHTS[e.stance])


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
    return "".join(_printed(discovery_parts(discovery), color, width))


def discovery_parts(discovery) -> Iterator[RenderableType]:
    """A ranked table of what the sources disagree on, then every side of each with its quotes."""
    found = discovery.disagreements
    table = Table(
        title=f"What the sources disagree on: {len(found)} of {counted(discovery.statements, 'statement')} "
        f"compared across {counted(len(discovery.sources), 'source')}",
        title_justify="left",
    )
    table.add_column("#", justify="right")
    table.add_column("subject")
    table.add_column("sides (sources holding each)")
    table.add_column("score", justify="right")
    for i, d in enumerate(found, 1):
        table.add_row(str(i), Text(clean(d.title)), Text(clean(d.describe())), f"{d.score:g}")
    yield table
    for i, d in enumerate(found, 1):
        yield Text(f"\n{i}. {clean(d.title)}", style="bold")
        for n, side in enumerate(d.sides):
            leads = n == 0 and (d.has_majority or d.over_time)
            label = ("latest" if n == 0 else "earlier") if d.over_time else "majority" if leads else "side"
            head = Text(f"  {label:<8} ", style="green" if leads else "bold red")
            head.append(clean(side.text), style="bold")
            head.append(f"  ({side.support})", style="dim")
            yield head
            for s in side.statements:
                line = Text(f"    {clean(s.source)}:{s.line}:{s.column}  ")
                if discovery.date_of(s.source):
                    line.append(f"({discovery.date_of(s.source)}) ", style="dim")
                line.append_text(_statement_quote(s))
                if s.hedged:
                    line.append("  (hedged)", style="dim")
                yield line
    for w in discovery.warnings:
        yield Text(f"warning: {clean(str(w))}", style="yellow")
    if not any(s.status == "checked" for s in discovery.sources):
        yield Text("No article was read, so nothing was compared.", style="yellow")
    elif not found:
        yield Text("No disagreements found.", style="green")


def _statement_quote(s) -> Text:
    """The words the value was read from, inside their sentence, trimmed to a readable width."""
    at = s.quote.find(s.text)
    if at < 0:
        return Text("“" + clean(s.quote[:CONTEXT_CHARS]) + ("…" if len(s.quote) > CONTEXT_CHARS else "") + "”")
    return _highlighted(s.quote, at, at + len(s.text), "bold reverse")
