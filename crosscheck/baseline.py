"""Accepted contradictions, so CI fails only on new ones.

A baseline records each conflicts or mixed finding an editor reviewed and
accepted, by fingerprint (docs/report-format.md): the fingerprint survives lines
added elsewhere and runs from another folder, and changes when the
conflicting words change, so an edited contradiction counts as new again.
The file is plain, sorted JSON so that a pull request shows exactly which
findings were accepted and why.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import subprocess
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from .errors import InputError, Problem
from .inputs import MB, read_bytes
from .model import Entry, Report

SCHEMA = "crosscheck-baseline/1"
MAX_BASELINE_BYTES = 256 * MB


@dataclass(frozen=True)
class Baseline:
    entries: tuple[Entry, ...] = ()

    @property
    def fingerprints(self) -> frozenset[str]:
        return frozenset(e.fingerprint for e in self.entries)


def load(path: str | Path) -> Baseline:
    path = Path(path)
    missing = Problem(
        str(path), None, None, "baseline file not found", "create it with: crosscheck baseline --output " + str(path)
    )
    raw = read_bytes(path, "baseline", MAX_BASELINE_BYTES, missing)
    try:
        data = json.loads(raw.decode("utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(Problem(str(path), exc.lineno, exc.colno, f"baseline is not valid JSON: {exc.msg}")) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(Problem(str(path), None, None, f"cannot read the baseline: {exc}")) from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("entries"), list):
        raise InputError(Problem(str(path), 1, 1, f"not a crosscheck baseline (expected schema {SCHEMA})"))
    entries = []
    for i, raw in enumerate(data["entries"]):
        try:
            entries.append(
                Entry(
                    raw["claim"],
                    raw["source"],
                    raw["fingerprint"],
                    raw.get("verdict", ""),
                    tuple(raw.get("quotes", ())),
                    raw.get("accepted_by", ""),
                    raw.get("reason", ""),
                    raw.get("accepted_at", ""),
                )
            )
        except (KeyError, TypeError):
            raise InputError(
                Problem(str(path), None, None, f"baseline entry {i + 1} lacks claim, source or fingerprint")
            ) from None
    return Baseline(tuple(entries))


def render(baseline: Baseline) -> str:
    entries = sorted(baseline.entries, key=lambda e: (e.claim, e.source, e.fingerprint))
    data = {"schema": SCHEMA, "entries": [{**asdict(e), "quotes": list(e.quotes)} for e in entries]}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def current_user() -> str:
    """Who accepts findings: git's user.name, else the login name."""
    try:
        name = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        name = ""
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER", "unknown")


def accept(report: Report, previous: Baseline, reason: str, who: str, today: dt.date | None = None) -> Baseline:
    """The baseline after accepting every current contradiction.

    Entries already accepted keep who accepted them, why and when; entries
    that no longer occur stay until `prune` removes them.
    """
    today = today or dt.date.today()
    keys = {s.path: s.key for s in report.sources}
    known = previous.fingerprints
    added = [
        Entry(
            f.claim,
            keys[f.source],
            f.fingerprint,
            f.verdict,
            tuple(e.quote for e in f.evidence if e.stance == "conflicts"),
            who,
            reason,
            today.isoformat(),
        )
        for f in report.findings.notable()
        if f.contradiction and not f.suppressed and f.fingerprint not in known
    ]
    return Baseline(previous.entries + tuple(added))


def prune(report: Report, previous: Baseline) -> Baseline:
    """The baseline without the entries that no longer occur (fixed, or changed)."""
    live = {f.fingerprint for f in report.findings.notable() if f.contradiction}
    return Baseline(tuple(e for e in previous.entries if e.fingerprint in live))


def compare(report: Report, baseline: Baseline) -> Report:
    """Mark every finding new or not, and list accepted entries that no longer occur."""
    known = baseline.fingerprints
    findings = report.findings.replace_notable(lambda f: replace(f, new=f.contradiction and f.fingerprint not in known))
    live = {f.fingerprint for f in findings.notable() if f.contradiction}
    stale = tuple(e for e in baseline.entries if e.fingerprint not in live)
    return replace(report, findings=findings, has_baseline=True, stale=stale)
