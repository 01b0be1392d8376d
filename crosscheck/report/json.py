"""The JSON report, exactly as docs/report-format.md defines it (schema crosscheck-report/1)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping

from ..model import (
    VERDICTS,
    DateExpect,
    Evidence,
    Finding,
    PeopleExpect,
    PersonExpect,
    QuantityExpect,
    Report,
    TermExpect,
)

SCHEMA = "crosscheck-report/1"


def render(report: Report) -> str:
    return dumps(to_dict(report))


def dumps(data: dict) -> str:
    """JSON that reads and diffs well and writes fast at archive size: small values
    indented, and every item of a long list compact on a line of its own.

    (Python's fast C encoder is not used when indenting, which made a
    500,000-finding report take seconds.)
    """

    def item(value) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))

    def block(value, indent: str) -> str:
        if isinstance(value, dict) and value:
            inner = indent + "  "
            body = ",\n".join(f"{inner}{item(k)}: {block(v, inner)}" for k, v in value.items())
            return "{\n" + body + "\n" + indent + "}"
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            inner = indent + "  "
            return "[\n" + ",\n".join(inner + item(v) for v in value) + "\n" + indent + "]"
        return item(value)

    return block(data, "") + "\n"


def to_dict(report: Report) -> dict:
    counts: dict[str, int] = {v: report.count(v) for v in VERDICTS}
    new = len(report.new_failing()) if report.has_baseline else None
    out: dict[str, object] = {
        "schema": SCHEMA,
        "claims_file": report.claims_file,
        "scope": _scope(report.scope),
        "sources": [_source(s) for s in report.sources],
        "claims": [_claim(c, report) for c in report.claims],
        "findings": [_finding(f, report) for f in report.findings],
        "misspellings": [
            _drop_none(
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
            for m in report.misspellings
        ],
        "warnings": [
            _drop_none({"source": w.source, "message": w.message, "line": w.line, "column": w.column})
            for w in report.warnings
        ],
        "summary": {
            "sources": len(report.sources),
            "claims": len(report.claims),
            **counts,
            "misspellings": len(report.misspellings),
            "warnings": len(report.warnings),
            "new": new,
            "suppressed": sum(1 for f in report.findings.notable() if f.suppressed),
        },
    }
    if report.changes:
        out["changes"] = [{"claim": c.claim, "source": c.source, "old": c.old, "new": c.new} for c in report.changes]
    if report.has_baseline:
        out["baseline"] = {
            "stale": [
                {
                    "claim": e.claim,
                    "source": e.source,
                    "fingerprint": e.fingerprint,
                    "quotes": list(e.quotes),
                    "reason": e.reason,
                }
                for e in report.stale
            ]
        }
    return out


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _scope(scope) -> dict | None:
    if scope is None:
        return None
    out = {"event": scope.event, "date": _date(scope.date), "window_days": scope.window_days}
    if scope.window_days_after is not None:
        out["window_days_after"] = scope.window_days_after
    return out


def _source(s) -> dict:
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


def _claim(claim, report: Report) -> dict:
    if not hasattr(claim, "expect"):  # a claim read back from a JSON report
        return {"id": claim.id, "statement": claim.statement, "kind": claim.kind, "expected": claim.expected}
    kind = "date" if isinstance(claim.expect, DateExpect) else claim.expect.kind
    return {"id": claim.id, "statement": claim.statement, "kind": kind, "expected": expected(claim, report.entities)}


def _finding(f: Finding, report: Report) -> dict:
    new = f.new if f.new is not None or not report.has_baseline else False  # with a baseline, silence is never new
    out = {
        "claim": f.claim,
        "source": f.source,
        "verdict": f.verdict,
        "evidence": [_evidence(e) for e in f.evidence],
        "fingerprint": report.fingerprint(f),
        "new": new,
        "suppressed": f.suppressed,
    }
    if f.note:
        out["note"] = f.note
    return out


def _evidence(e: Evidence) -> dict:
    found = {"value": e.found.value}
    if e.found.unit is not None:
        found["unit"] = e.found.unit
    found["text"] = e.found.text
    out = {
        "stance": e.stance,
        "zone": e.zone,
        "line": e.line,
        "column": e.column,
        "end_line": e.end_line,
        "end_column": e.end_column,
        "quote": e.quote,
        "found": found,
        "hedged": e.hedged,
        "attributed_to": e.attributed_to,
    }
    optional = {"precision": e.precision, "resolved_with": e.resolved_with, "note": e.note}
    out.update(_drop_none(optional))
    if e.missing is not None:
        out["missing"] = list(e.missing)
    if e.extra is not None:
        out["extra"] = list(e.extra)
    out["context"] = e.context
    return out


def _drop_none(d: Mapping[str, object]) -> dict[str, object]:
    return {k: v for k, v in d.items() if v is not None}


DISCOVER_SCHEMA = "crosscheck-discover/1"


def render_discovery(discovery) -> str:
    return dumps(discovery_dict(discovery))


def discovery_dict(discovery) -> dict:
    return {
        "schema": DISCOVER_SCHEMA,
        "sources": [_source(s) for s in discovery.sources],
        "disagreements": [
            {
                "id": d.id,
                "kind": d.kind,
                "subject": d.subject,
                "attribute": d.attribute,
                "score": d.score,
                "summary": d.describe(),
                "sides": [
                    {
                        "value": side.value,
                        "text": side.text,
                        "sources": list(side.sources),
                        "statements": [_statement(s) for s in side.statements],
                    }
                    for side in d.sides
                ],
            }
            for d in discovery.disagreements
        ],
        "warnings": [
            _drop_none({"source": w.source, "message": w.message, "line": w.line, "column": w.column})
            for w in discovery.warnings
        ],
        "summary": {
            "sources": len(discovery.sources),
            "statements": discovery.statements,
            "disagreements": len(discovery.disagreements),
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
