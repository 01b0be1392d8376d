"""The JSON report, exactly as docs/report-format.md defines it (schema crosscheck-report/1)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from json.encoder import encode_basestring
from pathlib import Path

from ..model import (
    FINGERPRINT_LENGTH,
    VERDICTS,
    Change,
    ClaimsFile,
    DateExpect,
    Entry,
    Evidence,
    Finding,
    Findings,
    Misspelling,
    PeopleExpect,
    PersonExpect,
    QuantityExpect,
    Report,
    SourceResult,
    TermExpect,
    Warning,
)

SCHEMA = "crosscheck-report/1"
LINES_AT_ONCE = 500  # findings written in one piece: few calls, and a few hundred kilobytes held


def stream(report: Report) -> Iterator[str]:
    return chunks(document(report))


class Rows:
    """A list of JSON objects written one by one as they are made: an archive's
    half a million findings are never all in memory, as objects or as text."""

    __slots__ = ("items",)

    def __init__(self, items: Iterable[object]) -> None:
        self.items = items


class Raw(str):
    """A value already written as compact JSON."""


class Lines(list):
    """Items of a long list already written as compact JSON, one a line: written in one piece."""


class Holding(dict):
    """An object written on one line that holds Rows: written key by key, so the Rows stream."""


def dumps(data: dict) -> str:
    return "".join(chunks(data))


def chunks(data: dict) -> Iterator[str]:
    """JSON that reads and diffs well and writes fast at archive size: small values
    indented, and every item of a long list (a list of objects, or Rows) compact
    on a line of its own; given as pieces, each written as soon as it is made.

    (Python's fast C encoder is not used when indenting, which made a
    500,000-finding report take seconds.)
    """
    yield from _block(data, "")
    yield "\n"


def _block(value, indent: str) -> Iterator[str]:
    inner = indent + "  "
    if isinstance(value, dict) and value:
        opening = "{\n"
        for key, item in value.items():
            yield f"{opening}{inner}{_item(key)}: "
            yield from _block(item, inner)
            opening = ",\n"
        yield "\n" + indent + "}"
    elif isinstance(value, Rows) or (isinstance(value, list) and value and all(isinstance(v, dict) for v in value)):
        opening = "[\n"
        for item in value.items if isinstance(value, Rows) else value:
            if isinstance(item, Lines):  # lines in one piece: an archive has half a million of them
                if not item:
                    continue
                yield opening + inner
                yield f",\n{inner}".join(item)
            elif isinstance(item, (Rows, Holding)):  # written as they come
                yield opening + inner
                yield from _compact(item)
            else:
                yield opening + inner + _item(item)
            opening = ",\n"
        yield "[]" if opening == "[\n" else "\n" + indent + "]"
    else:
        yield _item(value)


def _compact(value) -> Iterator[str]:
    """A value on one line, as `_item` writes it, with any Rows in it written as they come."""
    if isinstance(value, Rows):
        separator = "["
        for item in value.items:
            yield separator
            yield from _compact(item)
            separator = ", "
        yield "[]" if separator == "[" else "]"
    elif isinstance(value, Holding):
        separator = "{"
        for key, item in value.items():
            yield f"{separator}{_item(key)}: "
            yield from _compact(item)
            separator = ", "
        yield "{}" if separator == "{" else "}"
    else:
        yield _item(value)


_item = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode  # one encoder for every item


def document(report: Report) -> dict:
    """The report as the contract lays it out, its findings as Rows made while they are written."""
    out: dict[str, object] = {
        "schema": SCHEMA,
        "claims_file": report.claims_file,
        "scope": scope_data(report.scope),
        "sources": [source_data(s) for s in report.sources],
        "claims": [claim_data(c, report) for c in report.claims],
        "findings": Rows(Lines(lines) for lines in findings(report)),
        "misspellings": [misspelling_data(m) for m in report.misspellings],
        "warnings": [warning_data(w) for w in report.warnings],
        "summary": summary(report),
    }
    if report.changes:
        out["changes"] = [change_data(c) for c in report.changes]
    if report.has_baseline:
        out["baseline"] = {"stale": [stale_data(e) for e in report.stale]}
    return out


def summary(report: Report) -> dict[str, object]:
    return {
        "sources": len(report.sources),
        "claims": len(report.claims),
        **{v: report.count(v) for v in VERDICTS},
        "misspellings": len(report.misspellings),
        "warnings": len(report.warnings),
        "new": len(report.new_failing()) if report.has_baseline else None,
        "suppressed": sum(1 for f in report.findings.notable() if f.suppressed),
    }


def misspelling_data(m: Misspelling) -> dict[str, object]:
    return _drop_none(
        {
            "source": m.source,
            "line": m.line,
            "column": m.column,
            "found": m.found,
            "canonical": m.canonical,
            "entity": m.entity,
            "zone": m.zone,
            "note": m.note,
        }
    )


def warning_data(w: Warning) -> dict[str, object]:
    return _drop_none({"source": w.source, "message": w.message, "line": w.line, "column": w.column})


def change_data(c: Change) -> dict[str, object]:
    return {"claim": c.claim, "source": c.source, "old": c.old, "new": c.new}


def stale_data(e: Entry) -> dict[str, object]:
    return {
        "claim": e.claim,
        "source": e.source,
        "fingerprint": e.fingerprint,
        "quotes": list(e.quotes),
        "reason": e.reason,
    }


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def scope_data(scope) -> dict | None:
    if scope is None:
        return None
    out = {"event": scope.event, "date": _date(scope.date), "window_days": scope.window_days}
    if scope.window_days_after is not None:
        out["window_days_after"] = scope.window_days_after
    return out


def source_data(s) -> dict:
    out = {
        "path": s.path,
        "key": s.key,
        "title": s.title,
        "outlet": s.outlet,
        "url": s.url,
        "published": _date(s.published),
        "reference_date": _date(s.reference_date),
        "date_from": s.date_from,
        "in_scope": s.in_scope,
        "scope_note": s.scope_note,
        "lang": s.lang,
    }
    if s.status != "checked":
        out["status"] = s.status
    return out


def expected(claim, entities: dict | None = None) -> dict:
    e = claim.expect
    if isinstance(e, QuantityExpect):
        value = int(e.value) if float(e.value).is_integer() else e.value
        out: dict[str, object] = {"value": value, "unit": e.unit.name if e.unit else None, "text": e.text}
        if e.tolerance is not None:
            out["tolerance"] = e.tolerance
        elif e.tolerance_percent is not None:
            out["tolerance"] = f"{e.tolerance_percent:g}%"
        return out
    if isinstance(e, DateExpect):
        shown = (
            e.value.isoformat()
            if e.precision == "day"
            else f"{e.value:%Y-%m}"
            if e.precision == "month"
            else str(e.value.year)
        )
        return {"value": shown, "precision": e.precision, "text": e.text}
    if isinstance(e, TermExpect):
        return {"value": e.term, "supports": list(e.supports), "conflicts": list(e.conflicts), "text": e.term}
    names = entities or {}
    if isinstance(e, PersonExpect):
        name = names[e.person].name if e.person in names else e.person
        held: dict[str, object] = {"value": e.person, "text": name}
        if e.role:
            held["role"] = list(e.role)
        return held
    assert isinstance(e, PeopleExpect)
    return {"value": list(e.people), "text": ", ".join(names[p].name if p in names else p for p in e.people)}


def claim_data(claim, report: Report) -> dict:
    if not hasattr(claim, "expect"):  # a claim read back from a JSON report
        return {"id": claim.id, "statement": claim.statement, "kind": claim.kind, "expected": claim.expected}
    kind = "date" if isinstance(claim.expect, DateExpect) else claim.expect.kind
    return {"id": claim.id, "statement": claim.statement, "kind": kind, "expected": expected(claim, report.entities)}


def findings(report: Report) -> Iterator[list[str]]:
    """Every pair's record as a line, in lists of up to LINES_AT_ONCE (claims in file order,
    then sources by path): written a few hundred at a time, so that an archive's half a million
    findings are never all held, nor a claim's ten thousand. The silent pairs with nothing to
    say, most of an archive's, are written straight from their names as `finding_line` would
    write them, each claim's and each source's part of the line encoded once, their
    fingerprints as the articles' results made them."""
    new = "false" if report.has_baseline else "null"  # with a baseline, silence is never new
    table = report.findings
    fingerprint = report.silent_fingerprint
    sources = [f'"source": {_item(source)}, "verdict": "silent", "evidence": [], ' for source in table.sources]
    made = [report.silent_prints.get(source, "") for source in table.sources]  # claims in order, as table.claims
    ready = [report.ready.get(source, ()) for source in table.sources]
    if ready and all(ready) and all(made):  # a warm run's: each line that says something as a run wrote it
        for c, claim in enumerate(table.claims):
            head = f'{{"claim": {_item(claim)}, '
            at, end = c * FINGERPRINT_LENGTH, (c + 1) * FINGERPRINT_LENGTH
            tail = f'", "new": {new}, "suppressed": false}}'
            column = [
                kept[c] or f'{head}{written}"fingerprint": "{prints[at:end]}{tail}'
                for kept, written, prints in zip(ready, sources, made)
            ]
            for start in range(0, len(column), LINES_AT_ONCE):
                yield column[start : start + LINES_AT_ONCE]
        return
    for c, claim in enumerate(table.claims):
        head = f'{{"claim": {_item(claim)}, '
        at, end = c * FINGERPRINT_LENGTH, (c + 1) * FINGERPRINT_LENGTH
        lines = []
        for source, written, row, prints, kept in zip(table.sources, sources, table.rows, made, ready, strict=True):
            f = row[c]
            if kept and (line := kept[c]) is not None:  # as an earlier run wrote it (see source_lines)
                lines.append(line)
            elif f is not None:
                lines.append(finding_line(f, report))
            else:
                known = prints[at:end] if prints else fingerprint(claim, source)
                lines.append(f'{head}{written}"fingerprint": "{known}", "new": {new}, "suppressed": false}}')
            if len(lines) == LINES_AT_ONCE:
                yield lines
                lines = []
        yield lines


def source_lines(result: SourceResult, claims: ClaimsFile) -> list[str]:
    """An article's lines, one per claim in order, as `findings` writes them in a report without a
    baseline: kept in the cache beside its result (engines.ReadyLines), so that a warm run writes
    them rather than reading every quote back and encoding it again. A silent pair's line is left
    empty: it is written from its fingerprint (cache.encode_ready keeps no such line)."""
    info = result.info
    table = Findings(tuple(c.id for c in claims.claims), (info.path,), (result.findings,))
    prints = {info.path: result.silent_prints} if result.silent_prints else {}
    alone = Report(claims.path, claims.claims, (info,), table, silent_prints=prints)
    return ["" if f is None else finding_line(f, alone) for f in result.findings]


@lru_cache(maxsize=1)
def writer_digest() -> str:
    """The code that writes a finding's line (this module): lines another version wrote are never used."""
    return hashlib.blake2b(Path(__file__).read_bytes(), digest_size=16).hexdigest()


# A finding's line is written field by field, each string by the encoder's own C function,
# rather than as dicts handed to the encoder: the same bytes `_item` writes for the record as a
# dict (tests/test_report.py reads lines back and encodes them again), in a third of the time.
# A warm archive run writes a hundred thousand findings that say something, most with two or
# three quotes.
_text = encode_basestring
_BOOL = {True: "true", False: "false", None: "null"}


def _value(value: object) -> str:
    if type(value) is str:
        return _text(value)
    if type(value) is int:
        return int.__repr__(value)
    return _item(value)


def _optional(value: str | None) -> str:
    return "null" if value is None else _text(value)


def finding_line(f: Finding, report: Report) -> str:
    """A finding's record as the contract lays it out (docs/report-format.md), on one line."""
    new = f.new if f.new is not None or not report.has_baseline else False
    line = (
        f'{{"claim": {_text(f.claim)}, "source": {_text(f.source)}, "verdict": {_text(f.verdict)}, '
        f'"evidence": [{", ".join([_evidence_text(e) for e in f.evidence])}], '
        f'"fingerprint": {_text(report.fingerprint(f))}, "new": {_BOOL[new]}, "suppressed": {_BOOL[f.suppressed]}'
    )
    return f'{line}, "note": {_text(f.note)}}}' if f.note else line + "}"


def _evidence_text(e: Evidence) -> str:
    found = e.found
    unit = "" if found.unit is None else f'"unit": {_text(found.unit)}, '
    text = (
        f'{{"stance": {_text(e.stance)}, "zone": {_text(e.zone)}, "line": {e.line:d}, "column": {e.column:d}, '
        f'"end_line": {e.end_line:d}, "end_column": {e.end_column:d}, "quote": {_text(e.quote)}, '
        f'"found": {{"value": {_value(found.value)}, {unit}"text": {_text(found.text)}}}, '
        f'"hedged": {_BOOL[e.hedged]}, "attributed_to": {_optional(e.attributed_to)}'
    )
    if e.precision is not None:
        text += f', "precision": {_text(e.precision)}'
    if e.resolved_with is not None:
        text += f', "resolved_with": {_text(e.resolved_with)}'
    if e.note is not None:
        text += f', "note": {_text(e.note)}'
    if e.missing is not None:
        text += f', "missing": {_item(list(e.missing))}'
    if e.extra is not None:
        text += f', "extra": {_item(list(e.extra))}'
    return f'{text}, "context": {_text(e.context)}}}'


def _drop_none(d: Mapping[str, object]) -> dict[str, object]:
    return {k: v for k, v in d.items() if v is not None}


DISCOVER_SCHEMA = "crosscheck-discover/1"


def render_discovery(discovery) -> str:
    return dumps(discovery_dict(discovery))


def discovery_dict(discovery) -> dict:
    return {
        "schema": DISCOVER_SCHEMA,
        "sources": [source_data(s) for s in discovery.sources],
        "disagreements": [
            {
                "id": d.id,
                "kind": d.kind,
                "subject": d.subject,
                "attribute": d.attribute,
                "score": d.score,
                "summary": d.describe(),
                "over_time": d.over_time,
                "majority": d.sides[0].value if d.has_majority else None,
                "sides": [
                    {
                        "value": side.value,
                        "text": side.text,
                        "sources": list(side.sources),
                        "in_scope": side.held,
                        "latest_date": side.when,
                        "statements": [_statement(s) for s in side.statements],
                    }
                    for side in d.sides
                ],
            }
            for d in discovery.disagreements
        ],
        "set_aside": [{"id": d.id, "summary": d.describe()} for d in discovery.set_aside],
        "warnings": [warning_data(w) for w in discovery.warnings],
        "summary": {
            "sources": len(discovery.sources),
            "statements": discovery.statements,
            "disagreements": len(discovery.disagreements),
            "set_aside": len(discovery.set_aside),
        },
    }


def _statement(s) -> dict:
    return {
        "source": s.source,
        "line": s.line,
        "column": s.column,
        "end_line": s.end_line,
        "end_column": s.end_column,
        "text": s.text,
        "quote": s.quote,
        "zone": s.zone,
        "hedged": s.hedged,
    }
