"""What a check finds, as small frozen records every report format renders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Callable, Iterable, Iterator

VERDICTS = ("supports", "conflicts", "mixed", "silent", "out_of_scope", "unclear")
FAILING = frozenset({"conflicts", "mixed"})


@dataclass(frozen=True)
class Found:
    value: object  # a number, an ISO date, a word, an entity id or a list of them
    text: str
    unit: str | None = None


@dataclass(frozen=True)
class Evidence:
    stance: str  # supports | conflicts | unclear
    zone: str  # headline | body
    start: int  # character offsets of the quote in the decoded text
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    quote: str
    found: Found
    hedged: bool = False
    attributed_to: str | None = None
    precision: str | None = None
    resolved_with: str | None = None
    missing: tuple[str, ...] | None = None
    extra: tuple[str, ...] | None = None
    context: str = ""  # the whole sentence, for readers
    context_start: int = 0  # offsets in the decoded text, like start and end
    value_start: int = 0  # the deciding words
    value_end: int = 0
    note: str | None = None


@dataclass(frozen=True)
class Finding:
    claim: str
    source: str
    verdict: str
    evidence: tuple[Evidence, ...] = ()
    fingerprint: str = ""  # "" for a finding without evidence: see verdicts.fingerprint_of
    new: bool | None = None
    suppressed: bool = False
    note: str | None = None

    @classmethod
    def silent(cls, claim: str, source: str) -> "Finding":
        """A silent finding, built without the dataclass __init__.

        An archive run has half a million of them and a frozen dataclass's
        __init__ costs four times as much as filling the instance directly;
        the fields are the defaults but for claim, source and verdict.
        """
        finding = object.__new__(cls)
        finding.__dict__.update(_SILENT, claim=claim, source=source)
        return finding


_SILENT = {"claim": "", "source": "", "verdict": "silent", "evidence": (), "fingerprint": "", "new": None,
           "suppressed": False, "note": None}


class Findings(Sequence):
    """One finding per (claim, source) pair: claims in file order, then sources by path.

    A silent pair with nothing to say is kept as None and made only when asked
    for. At archive size such pairs are nine in ten, and most reports (SARIF,
    GitHub annotations, the exit status) only look at the others: `notable`.
    """

    __slots__ = ("claims", "sources", "rows")

    def __init__(self, claims: tuple[str, ...], sources: tuple[str, ...],
                 rows: tuple[tuple[Finding | None, ...], ...]) -> None:
        self.claims = claims  # ids
        self.sources = sources  # paths
        self.rows = rows  # one per source, one entry per claim

    @classmethod
    def of(cls, claims: tuple[str, ...], sources: tuple[str, ...], findings: Iterable[Finding]) -> "Findings":
        """From a full list in report order (a JSON report read back, say)."""
        at = {(f.claim, f.source): f for f in findings}
        return cls(claims, sources, tuple(tuple(_notable(at.get((c, s))) for c in claims) for s in sources))

    def __len__(self) -> int:
        return len(self.claims) * len(self.sources)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        claim, source = divmod(range(len(self))[index], len(self.sources))
        return self.rows[source][claim] or Finding.silent(self.claims[claim], self.sources[source])

    def __iter__(self) -> Iterator[Finding]:
        for c, claim in enumerate(self.claims):
            for s, row in enumerate(self.rows):
                yield row[c] or Finding.silent(claim, self.sources[s])

    def notable(self) -> list[Finding]:
        """Every finding but the silent ones with nothing to say, in report order."""
        return [row[c] for c in range(len(self.claims)) for row in self.rows if row[c] is not None]

    def replace_notable(self, change: Callable[[Finding], Finding]) -> "Findings":
        return Findings(self.claims, self.sources,
                        tuple(tuple(change(f) if f is not None else None for f in row) for row in self.rows))


def _notable(finding: Finding | None) -> Finding | None:
    if finding is None or (finding.verdict == "silent" and not finding.evidence and not finding.note
                           and not finding.suppressed):
        return None
    return finding


@dataclass(frozen=True)
class SourceInfo:
    path: str
    key: str  # path inside its sources folder
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    reference_date: dt.date | None = None
    date_from: str | None = None
    in_scope: bool = True
    scope_note: str | None = None
    status: str = "checked"  # checked | skipped


@dataclass(frozen=True)
class Misspelling:
    source: str
    line: int
    column: int
    found: str
    canonical: str
    entity: str
    zone: str = "body"


@dataclass(frozen=True)
class Warning:
    source: str | None
    message: str
    line: int | None = None
    column: int | None = None


@dataclass(frozen=True)
class SourceResult:
    """Everything one article says about every claim: the unit of work that runs
    in any process, is cached, and is all that is kept of an article while a run goes on."""

    info: SourceInfo
    findings: tuple[Finding | None, ...]  # one per claim, in claims order; None: silent, nothing to say
    misspellings: tuple[Misspelling, ...] = ()
    warnings: tuple[Warning, ...] = ()

    def relocated(self, shown: str) -> "SourceResult":
        """The same result for the same article seen from another folder."""
        old = self.info.path
        if old == shown:
            return self
        return SourceResult(replace(self.info, path=shown),
                            tuple(replace(f, source=shown) if f else None for f in self.findings),
                            tuple(replace(m, source=shown) for m in self.misspellings),
                            tuple(replace(w, source=shown) if w.source == old else w for w in self.warnings))


@dataclass(frozen=True)
class Report:
    claims_file: str
    claims: tuple  # tuple[claims.Claim, ...]
    sources: tuple[SourceInfo, ...]
    findings: Findings
    scope: object = None  # claims.Scope | None
    misspellings: tuple[Misspelling, ...] = ()
    warnings: tuple[Warning, ...] = ()
    has_baseline: bool = False
    entities: dict = field(default_factory=dict)  # id -> claims.Entity, for names in reports
    stale: tuple = ()  # baseline.Entry items that no longer occur
    changes: tuple = ()  # diff.Change items, when comparing two reports
    compared_with: str | None = None  # the older report a diff compares with

    def new_failing(self) -> list[Finding]:
        """Contradictions not accepted before; without a baseline, every one is new."""
        return [f for f in self.failing() if f.new or not self.has_baseline]

    def claim(self, claim_id: str):
        """The claim with this id (claims are few; findings are many)."""
        return next(c for c in self.claims if c.id == claim_id)

    @cached_property
    def _counts(self) -> dict[str, int]:
        counts = dict.fromkeys(VERDICTS, 0)
        notable = self.findings.notable()
        for f in notable:
            counts[f.verdict] += 1
        counts["silent"] += len(self.findings) - len(notable)
        return counts

    def count(self, verdict: str) -> int:
        return self._counts[verdict]

    @cached_property
    def _failing(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings.notable() if f.verdict in FAILING and not f.suppressed)

    def failing(self) -> list[Finding]:
        return list(self._failing)
