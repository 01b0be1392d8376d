"""JSON Lines (schema crosscheck-report-lines/1, docs/report-format.md): one record per
line, for archives and pipelines that read a report as it comes and never hold it whole.

Each record is an object whose `record` says what it is: a `header` (schema,
claims file, scope, claims), one `source` per article, one `finding` per
(claim, source) pair in the JSON report's order and with its fields, then
`misspelling`, `warning`, `change` and `stale` records, and a closing
`summary`. A line is always one record: the line separators JSON allows
inside strings are escaped too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..model import Report
from .json import (
    change_data,
    claim_data,
    discovery_dict,
    findings,
    misspelling_data,
    scope_data,
    source_data,
    stale_data,
    summary,
    warning_data,
)

SCHEMA = "crosscheck-report-lines/1"
DISCOVER_SCHEMA = "crosscheck-discover-lines/1"
LINE_BREAKS = ("\u0085", "\u2028", "\u2029")  # not escaped by json.dumps, yet line ends to some readers


def line(record: str, data: dict) -> str:
    return _escaped(json.dumps({"record": record, **data}, ensure_ascii=False, separators=(", ", ": "))) + "\n"


def _escaped(text: str) -> str:
    """The line separators JSON leaves as they are, escaped (each is one character, never part of
    a longer escape, so lines joined are escaped as each would be)."""
    for mark in LINE_BREAKS:
        if mark in text:
            text = text.replace(mark, f"\\u{ord(mark):04x}")
    return text


def stream(report: Report) -> Iterator[str]:
    yield line(
        "header",
        {
            "schema": SCHEMA,
            "claims_file": report.claims_file,
            "scope": scope_data(report.scope),
            "claims": [claim_data(c, report) for c in report.claims],
        },
    )
    for s in report.sources:
        yield line("source", source_data(s))
    for lines in findings(report):  # a few hundred, each as the JSON report has it: the record's name goes first
        if lines:
            yield _escaped("\n".join([f'{{"record": "finding", {text[1:]}' for text in lines]) + "\n")
    for m in report.misspellings:
        yield line("misspelling", misspelling_data(m))
    for w in report.warnings:
        yield line("warning", warning_data(w))
    for c in report.changes:
        yield line("change", change_data(c))
    for e in report.stale:
        yield line("stale", stale_data(e))
    yield line("summary", summary(report))


def render_discovery(discovery) -> str:
    data = discovery_dict(discovery)
    records = [line("header", {"schema": DISCOVER_SCHEMA})]
    records += [line("source", s) for s in data["sources"]]
    records += [line("disagreement", d) for d in data["disagreements"]]
    records += [line("warning", w) for w in data["warnings"]]
    records.append(line("summary", data["summary"]))
    return "".join(records)
