"""SARIF 2.1.0 for code-scanning dashboards: one rule per claim, one result
per contradiction, with stable fingerprints and baseline state."""

from __future__ import annotations

from collections.abc import Iterator

from .. import __version__
from ..model import CONTRADICTIONS, Report
from .json import Holding, Rows, chunks, dumps

# A warm run reads back only these findings' quotes: SARIF results are the contradictions.
QUOTES_READ = CONTRADICTIONS

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"


def stream(report: Report) -> Iterator[str]:
    return chunks(document(report))


def document(report: Report) -> dict:
    """The SARIF log, its results as Rows made while they are written."""
    rules = [
        {
            "id": c.id,
            "name": c.id,
            "shortDescription": {"text": c.statement},
            "fullDescription": {"text": f"The fact sheet says: {c.statement}"},
            "defaultConfiguration": {"level": "error"},
        }
        for c in report.claims
    ]
    rules.append(
        {
            "id": "misspelling",
            "name": "misspelling",
            "shortDescription": {"text": "A near-miss spelling of a name in the fact sheet"},
            "defaultConfiguration": {"level": "warning"},
        }
    )
    index = {str(r["id"]): i for i, r in enumerate(rules)}
    return _log(rules, Rows(_results(report, index)))


def _results(report: Report, index: dict[str, int]) -> Iterator[dict]:
    """One result per contradiction, then one per misspelling, made as they are written."""
    claims = {c.id: c for c in report.claims}
    for f in report.findings.notable():
        if not f.contradiction:
            continue
        claim = claims[f.claim]
        deciding = [e for e in f.evidence if e.stance == "conflicts"]
        result = {
            "ruleId": f.claim,
            "ruleIndex": index[f.claim],
            "level": "error" if report.fails(f) else "note",
            "kind": "fail",
            "message": {"text": f"{f.verdict}: {claim.statement} The source says \u201c{deciding[0].quote}\u201d."},
            "locations": [_location(f.source, e) for e in deciding],
            "partialFingerprints": {"crosscheckFindingHash/v1": f.fingerprint},
            "properties": {"verdict": f.verdict},
        }
        if report.has_baseline:
            result["baselineState"] = "new" if f.new else "unchanged"
        if f.suppressed:
            result["suppressions"] = [
                {
                    "kind": "external" if f.suppressed_by == "claims" else "inSource",
                    "justification": f.note or "suppressed",
                }
            ]
        yield result
    for m in report.misspellings:
        yield {
            "ruleId": "misspelling",
            "ruleIndex": index["misspelling"],
            "level": "warning",
            "message": {"text": f"{m.found} looks like a misspelling of {m.canonical}"},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": m.source},
                        "region": {
                            "startLine": m.line,
                            "startColumn": m.column,
                            "endColumn": m.column + len(m.found),
                        },
                    }
                }
            ],
        }


def _location(path: str, e) -> dict:
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": path},
            "region": {
                "startLine": e.line,
                "startColumn": e.column,
                "endLine": e.end_line,
                "endColumn": e.end_column,
                "snippet": {"text": e.quote},
            },
        }
    }


DISCOVER_RULES = {
    "quantity": "The sources give different figures for the same thing",
    "date": "The sources give different years for the same thing",
    "person": "The sources name different people in the same role",
    "term": "Some sources call it a first, others a revival",
    "rank": "Some sources call it the largest (or worst, or a record), others not",
    "spelling": "The sources spell a name two ways",
}


def render_discovery(discovery) -> str:
    """One rule per kind of disagreement; one result per statement that departs from the majority."""
    kinds = list(DISCOVER_RULES)
    rules = [
        {
            "id": f"discover-{k}",
            "name": f"discover-{k}",
            "shortDescription": {"text": text},
            "defaultConfiguration": {"level": "warning"},
        }
        for k, text in DISCOVER_RULES.items()
    ]
    results = []
    for d in discovery.disagreements:
        for side in d.sides[1:]:
            for s in side.statements:
                results.append(
                    {
                        "ruleId": f"discover-{d.kind}",
                        "ruleIndex": kinds.index(d.kind),
                        "level": "warning",
                        "message": {"text": f"{d.title}: {s.text} here, but {d.describe()}."},
                        "locations": [_location(s.source, s)],
                        "partialFingerprints": {"crosscheckDisagreement/v1": f"{d.id}:{side.value}"},
                        "properties": {"disagreement": d.id, "score": d.score},
                    }
                )
    return dumps(_log(rules, results))


def _log(rules: list, results: list | Rows) -> dict:
    """One SARIF 2.1.0 run of crosscheck, for checks and for `discover` alike. The run is
    written on one line, its results as they are made (one result per line was slower)."""
    run = Holding(
        {
            "tool": {"driver": {"name": "crosscheck", "version": __version__, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }
    )
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
