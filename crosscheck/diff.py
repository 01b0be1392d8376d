"""What changed between two JSON (or JSON Lines) reports: new and resolved
contradictions, and changed verdicts, so an editor can compare two runs in any
report format."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

from . import baseline
from .errors import InputError, Problem
from .inputs import MB, read_bytes
from .model import (
    Change,
    Entry,
    Evidence,
    Finding,
    Findings,
    Found,
    Misspelling,
    Report,
    ReportedClaim,
    Scope,
    SourceInfo,
    Warning,
)

MAX_REPORT_BYTES = 1024 * MB
SCHEMA = "crosscheck-report/1"
LINES_SCHEMA = "crosscheck-report-lines/1"
REWRITE = "write it again with: crosscheck check --format json --output FILE"


def load_report(path: str | Path) -> Report:
    """A JSON report, or a JSON Lines one (told apart by its first line, a header record)."""
    path = Path(path)
    raw = read_bytes(path, "report", MAX_REPORT_BYTES)
    try:
        text = raw.decode("utf-8")
        data = _from_lines(text, str(path)) if _is_lines(text) else json.loads(text)
        if not isinstance(data, dict) or data.get("schema") not in (SCHEMA, LINES_SCHEMA):
            raise InputError(
                Problem(
                    str(path),
                    1,
                    1,
                    f"not a crosscheck JSON report (schema {SCHEMA}) or JSON Lines report ({LINES_SCHEMA})",
                    "write one with: crosscheck check --format json --output FILE",
                )
            )
        return _report(data, str(path))
    except json.JSONDecodeError as exc:
        raise InputError(Problem(str(path), exc.lineno, exc.colno, f"not valid JSON: {exc.msg}")) from None
    except UnicodeDecodeError as exc:
        raise InputError(Problem(str(path), None, None, f"not UTF-8 text (byte {exc.start})", REWRITE)) from None
    except KeyError as exc:
        said = f"malformed report: a {exc.args[0]!r} field is missing"
        raise InputError(Problem(str(path), None, None, said, REWRITE)) from None
    except (TypeError, ValueError, AttributeError) as exc:
        said = f"malformed report: a field has a value of the wrong kind ({exc})"
        raise InputError(Problem(str(path), None, None, said, REWRITE)) from None


def _is_lines(text: str) -> bool:
    try:
        first = json.loads(text.split("\n", 1)[0])
    except json.JSONDecodeError:
        return False  # the JSON report's first line is "{" alone
    return isinstance(first, dict) and first.get("record") == "header"


LISTS = {"source": "sources", "finding": "findings", "misspelling": "misspellings", "warning": "warnings"}


def _from_lines(text: str, path: str) -> dict:
    """A JSON Lines report in the JSON report's shape; the records a comparison does not use
    (and any it does not know) are passed over."""
    data: dict = {name: [] for name in LISTS.values()}
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(Problem(path, number, exc.colno, f"not valid JSON: {exc.msg}")) from None
        if not isinstance(record, dict):
            raise InputError(Problem(path, number, 1, "not a report record (a JSON object with a 'record' field)"))
        kind = record.pop("record", None)
        if kind == "header":
            data.update(record)
        elif kind in LISTS:
            data[LISTS[kind]].append(record)
    return data


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _report(data: dict, path: str) -> Report:
    claims = tuple(ReportedClaim(c["id"], c["statement"], c["kind"], c.get("expected") or {}) for c in data["claims"])
    sources = tuple(
        SourceInfo(
            s["path"],
            s.get("key", s["path"]),
            s.get("title"),
            s.get("outlet"),
            s.get("url"),
            _date(s.get("published")),
            _date(s.get("reference_date")),
            s.get("date_from"),
            s.get("in_scope", True),
            s.get("scope_note"),
            s.get("status", "checked"),
        )
        for s in data["sources"]
    )
    findings = Findings.of(
        tuple(c.id for c in claims),
        tuple(s.path for s in sources),
        (
            Finding(
                f["claim"],
                f["source"],
                f["verdict"],
                tuple(_evidence(e) for e in f["evidence"]),
                f["fingerprint"],
                f.get("new"),
                f.get("suppressed", False),
                f.get("note"),
            )
            for f in data["findings"]
        ),
    )
    misspellings = tuple(
        Misspelling(
            m["source"],
            m["line"],
            m["column"],
            m["found"],
            m["canonical"],
            m["entity"],
            m.get("zone", "body"),
            m.get("note"),
        )
        for m in data.get("misspellings", ())
    )
    warnings = tuple(
        Warning(w.get("source"), w["message"], w.get("line"), w.get("column")) for w in data.get("warnings", ())
    )
    said = data.get("scope")  # for the story's name in the HTML page's title
    scope = (
        Scope(said.get("event"), _date(said.get("date")), said.get("window_days"), said.get("window_days_after"))
        if said
        else None
    )
    return Report(data.get("claims_file", path), claims, sources, findings, scope, misspellings, warnings)


def _evidence(e: dict) -> Evidence:
    found = e.get("found") or {}
    context = e.get("context") or e["quote"]
    at = max(context.find(e["quote"]), 0)  # offsets are not in the report: find the quote in its sentence
    return Evidence(
        e["stance"],
        e["zone"],
        at,
        at + len(e["quote"]),
        e["line"],
        e["column"],
        e["end_line"],
        e["end_column"],
        e["quote"],
        Found(found.get("value"), found.get("text", ""), found.get("unit")),
        e.get("hedged", False),
        e.get("attributed_to"),
        e.get("precision"),
        e.get("resolved_with"),
        tuple(e["missing"]) if "missing" in e else None,
        tuple(e["extra"]) if "extra" in e else None,
        context,
        0,
        at,
        at + len(e["quote"]),
        e.get("note"),
    )


def _verdicts(report: Report, keys: dict[str, str]) -> dict[tuple[str, str], str]:
    """(claim, path inside the sources folder) -> verdict, for every pair of a report."""
    out = {(claim, keys[path]): "silent" for claim in report.findings.claims for path in report.findings.sources}
    out.update({(f.claim, keys.get(f.source, f.source)): f.verdict for f in report.findings.notable()})
    return out


def diff(old: Report, new: Report, old_name: str = "the old report") -> Report:
    """The new report, with the old one's contradictions as its baseline and verdict changes listed.

    Pairs are matched by the path inside the sources folder, so two runs from
    different folders compare.
    """
    old_keys = {s.path: s.key for s in old.sources}
    new_keys = {s.path: s.key for s in new.sources}
    accepted = baseline.Baseline(
        tuple(
            Entry(
                f.claim,
                old_keys.get(f.source, f.source),
                f.fingerprint,
                f.verdict,
                tuple(e.quote for e in f.evidence if e.stance == "conflicts"),
                "",
                "",
                "",
            )
            for f in old.findings.notable()
            if f.contradiction
        )
    )
    compared = baseline.compare(new, accepted)
    before, after = _verdicts(old, old_keys), _verdicts(new, new_keys)
    changes = tuple(
        Change(c, s, before.get((c, s)), after.get((c, s)))
        for c, s in sorted(before.keys() | after.keys())
        if before.get((c, s)) != after.get((c, s))
    )
    return replace(compared, changes=changes, compared_with=old_name)
