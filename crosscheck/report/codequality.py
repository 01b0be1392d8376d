"""GitLab Code Quality: one issue per contradiction and per misspelling, so a merge
request shows the contradictions it brings, at their lines.

GitLab tells new issues from old by `fingerprint` alone, so each must be unique in
the report and kept across runs: a finding's own fingerprint, and for a misspelling
its source, its words and which occurrence of them it is, never its line.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator

from ..model import CONTRADICTIONS, Report

# A warm run reads back only these findings' quotes: an issue quotes a contradiction.
QUOTES_READ = CONTRADICTIONS

# GitLab's scale is info, minor, major, critical, blocker.
FAILS_RUN = "major"
MISSPELLING = "minor"
NOT_FAILING = "info"  # accepted in the baseline, suppressed, or --fail-on never
LEAD = "info"  # what `discover` finds: leads, not verdicts


def stream(report: Report) -> Iterator[str]:
    return _array(_issues(report))


def _array(issues: Iterable[dict]) -> Iterator[str]:
    """A JSON array, one issue to a line, each written as it is made."""
    opening = "[\n"
    for issue in issues:
        yield opening + json.dumps(issue, ensure_ascii=False)
        opening = ",\n"
    yield "[]\n" if opening == "[\n" else "\n]\n"


def _issues(report: Report) -> Iterator[dict]:
    for f in report.findings.notable():
        if not f.contradiction:
            continue
        e = next(e for e in f.evidence if e.stance == "conflicts")
        if report.fails(f):
            severity, why = FAILS_RUN, " (new)" if f.new else ""
        else:
            severity = NOT_FAILING
            why = " (suppressed)" if f.suppressed else " (accepted in the baseline)" if f.new is False else ""
        yield _issue(
            f"{f.verdict}{why}: {report.claim(f.claim).statement} The source says \u201c{e.quote}\u201d.",
            f.claim,
            report.fingerprint(f),
            severity,
            f.source,
            e.line,
        )
    keys = {s.path: s.key for s in report.sources}
    occurrences = _Occurrences()
    for m in report.misspellings:
        yield _issue(
            f"{m.found} looks like a misspelling of {m.canonical}.",
            "misspelling",
            occurrences.fingerprint("misspelling", keys.get(m.source, m.source), m.found, m.canonical),
            MISSPELLING,
            m.source,
            m.line,
        )


def render_discovery(discovery) -> str:
    """An issue at each statement that departs from what most sources say."""
    occurrences = _Occurrences()
    issues = []
    for d in discovery.disagreements:
        held = len(d.sides[0].sources)
        for side in d.sides[1:]:
            for s in side.statements:
                issues.append(
                    _issue(
                        f"{d.title}: {s.text} here, but {held} source{'s say' if held != 1 else ' says'} "
                        f"{d.sides[0].text}. ({d.describe()})",
                        f"discover-{d.kind}",
                        occurrences.fingerprint("discover", d.id, str(side.value), s.source, s.text),
                        LEAD,
                        s.source,
                        s.line,
                    )
                )
    return "".join(_array(issues))


class _Occurrences:
    """Fingerprints from what an issue says, and which occurrence of it this is, never its line."""

    def __init__(self) -> None:
        self.seen: Counter[tuple[str, ...]] = Counter()

    def fingerprint(self, *what: str) -> str:
        self.seen[what] += 1
        return hashlib.sha256("\n".join([*what, str(self.seen[what])]).encode("utf-8")).hexdigest()[:16]


def _issue(description: str, check: str, fingerprint: str, severity: str, path: str, line: int) -> dict:
    return {
        "description": description,
        "check_name": check,
        "fingerprint": fingerprint,
        "severity": severity,
        "location": {"path": path, "lines": {"begin": line}},
    }
