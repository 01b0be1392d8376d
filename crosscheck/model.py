"""What a check finds, as small frozen records every report format renders.

Renderers read only this module: what a verdict means, which findings fail
the run and what exit status that gives are decided here once, so the text
report, JSON, SARIF, JUnit and GitHub annotations can never disagree.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import IntEnum
from functools import cached_property
from itertools import chain
from typing import Any, Literal, get_args

from .errors import Problem
from .lexicon.units import Unit

Verdict = Literal["supports", "conflicts", "mixed", "silent", "out_of_scope", "unclear"]
Stance = Literal["supports", "conflicts", "unclear"]
FailOn = Literal["conflicts", "new", "never"]
Status = Literal["new", "accepted", "suppressed"]

VERDICTS: tuple[Verdict, ...] = get_args(Verdict)
STATUSES: tuple[Status, ...] = get_args(Status)
CONTRADICTIONS: frozenset[Verdict] = frozenset({"conflicts", "mixed"})


class ExitStatus(IntEnum):
    """The process's answer (docs/report-format.md, Exit status), for CI to act on."""

    OK = 0  # nothing fails the run
    FINDINGS = 1  # a finding fails it
    BAD_INPUT = 2  # a usage or input error, said with file, line and column
    INTERRUPTED = 130  # Ctrl-C
    TERMINATED = 143  # SIGTERM (128 + 15, as a shell reports a process the signal ended)


# --- the fact sheet: what the editor states ---------------------------------------------------


@dataclass(frozen=True)
class Entity:
    """A named thing and every spelling the editor knows for it; `not_variants`
    are near-spellings that are someone else."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    not_variants: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Scope:
    """The occurrence the claims describe: articles dated outside its window are about another one."""

    event: str | None
    date: dt.date | None
    window_days: int | None
    window_days_after: int | None = None


@dataclass(frozen=True)
class QuantityExpect:
    value: float
    unit: Unit | None
    tolerance: float | None  # absolute, in the claim's unit
    tolerance_percent: float | None
    text: str
    kind: str = "quantity"


@dataclass(frozen=True)
class DateExpect:
    value: dt.date  # first day of the month or year when less precise
    precision: str  # day | month | year
    text: str
    kind: str = "date"


@dataclass(frozen=True)
class TermExpect:
    term: str
    supports: tuple[str, ...]
    conflicts: tuple[str, ...]
    kind: str = "term"


@dataclass(frozen=True)
class PersonExpect:
    person: str
    role: tuple[str, ...] = ()
    kind: str = "person"


@dataclass(frozen=True)
class PeopleExpect:
    people: tuple[str, ...]
    kind: str = "people"


Expect = QuantityExpect | DateExpect | TermExpect | PersonExpect | PeopleExpect


@dataclass(frozen=True)
class Accept:
    """A finding the editor accepts for one source (a path inside the sources folder, or a glob)."""

    source: str
    reason: str


@dataclass(frozen=True)
class Claim:
    """One fact an editor states, and how to find what articles say about it.

    The statement is for people; what crosscheck reads is split in two, because
    finding a topic and judging it are different work: `about` (entity ids or
    literal phrases) says which sentences are about the claim at all, and
    `expect` (one typed value per claim, so that a finding has one verdict)
    says what those sentences must say. `exclude` and `accept` are the
    editor's ways to overrule the reading, and `line` lets every message point
    back into the file.
    """

    id: str
    statement: str
    about: tuple[str, ...]
    expect: Expect
    exclude: tuple[str, ...] = ()
    line: int = 0
    accept: tuple[Accept, ...] = ()


@dataclass(frozen=True)
class ClaimsFile:
    """The fact sheet as read, with the warnings its reading raised (kept to show in the report)."""

    path: str
    claims: tuple[Claim, ...]
    entities: dict[str, Entity] = field(default_factory=dict)
    scope: Scope | None = None
    version: int = 1
    warnings: tuple[Problem, ...] = ()

    def topic_phrases(self, claim: Claim) -> tuple[str, ...]:
        """The words that locate a claim's topic: entity names or literal phrases."""
        phrases: list[str] = []
        for item in claim.about:
            entity = self.entities.get(item)
            phrases.extend(entity.names if entity else (item,))
        return tuple(phrases)

    def person_entities(self) -> set[str]:
        """Entities the claims treat as people (named by person or people claims)."""
        ids: set[str] = set()
        for claim in self.claims:
            if isinstance(claim.expect, PersonExpect):
                ids.add(claim.expect.person)
            elif isinstance(claim.expect, PeopleExpect):
                ids.update(claim.expect.people)
        return ids


# --- what the articles say -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Found:
    """A value as the article states it, normalised so it can be compared and shown."""

    value: object  # a number, an ISO date, a word, an entity id or a list of them
    text: str
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """One quote that bears on a claim: where it is (offsets for highlighting,
    line and column for editors and CI) and what it says, with what qualifies
    it (hedged, attributed, resolved against the publication date)."""

    stance: Stance
    zone: str  # headline | body
    start: int  # character offsets of the quote in the text read (a web page's: the article read from it)
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


@dataclass(frozen=True, slots=True)
class Finding:
    """The verdict for one (claim, source) pair and the evidence behind it.

    `new` is None without a baseline; `suppressed` findings keep their
    verdict and evidence but no longer fail the run, and `suppressed_by` says
    where the editor accepted them (so no renderer has to read the note).
    """

    claim: str
    source: str
    verdict: Verdict
    evidence: tuple[Evidence, ...] = ()
    fingerprint: str = ""  # "" for a finding without evidence: see Report.fingerprint
    new: bool | None = None
    suppressed: bool = False
    note: str | None = None
    suppressed_by: Literal["claims", "source"] | None = None

    @property
    def contradiction(self) -> bool:
        """Conflicting evidence decides it: the findings an editor must look at."""
        return self.verdict in CONTRADICTIONS

    @property
    def status(self) -> Status | None:
        """What the desk has made of it, one word for every format: suppressed (in the article or
        the claims) before anything a baseline says, then new or accepted for a contradiction
        compared with a baseline; None otherwise."""
        if self.suppressed:
            return "suppressed"
        if not self.contradiction or self.new is None:
            return None
        return "new" if self.new else "accepted"

    @classmethod
    def silent(cls, claim: str, source: str) -> Finding:
        """A silent finding with nothing to say: made when a report asks for every pair."""
        return cls(claim, source, "silent")


FINGERPRINT_LENGTH = 16  # hex digits


def fingerprint(claim: str, source_key: str, evidence: Sequence[Evidence]) -> str:
    """Identifies a finding across runs (docs/report-format.md).

    Built from the claim id, the path inside the sources folder and the
    normalised quotes and values of the evidence that decides the verdict,
    never from line numbers: adding lines elsewhere keeps it, and so does
    running from another folder; changing the conflicting words changes it.
    """
    deciding = [e for e in evidence if e.stance == "conflicts"] or list(evidence)
    parts = sorted(f"{e.stance}|{_normal(e.quote)}|{_normal(str(e.found.value))}" for e in deciding)
    digest = hashlib.sha256("\n".join([claim, source_key, *parts]).encode("utf-8"))
    return digest.hexdigest()[:FINGERPRINT_LENGTH]


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


class Findings(Sequence):
    """One finding per (claim, source) pair: claims in file order, then sources by path.

    A silent pair with nothing to say is kept as None and made only when asked
    for. At archive size such pairs are nine in ten, and most reports (SARIF,
    GitHub annotations, the exit status) only look at the others: `notable`.
    """

    __slots__ = ("_notable", "claims", "rows", "sources")

    def __init__(
        self, claims: tuple[str, ...], sources: tuple[str, ...], rows: tuple[tuple[Finding | None, ...], ...]
    ) -> None:
        self.claims = claims  # ids
        self.sources = sources  # paths
        self.rows = rows  # one per source, one entry per claim
        self._notable: tuple[Finding, ...] | None = None

    @classmethod
    def of(cls, claims: tuple[str, ...], sources: tuple[str, ...], findings: Iterable[Finding]) -> Findings:
        """From a full list in report order (a JSON report read back, say)."""
        at = {(f.claim, f.source): f for f in findings}
        return cls(claims, sources, tuple(tuple(_notable(at.get((c, s))) for c in claims) for s in sources))

    def __len__(self) -> int:
        return len(self.claims) * len(self.sources)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self.pair(*divmod(range(len(self))[index], len(self.sources)))

    def pair(self, claim: int, source: int) -> Finding:
        """The finding of the claim and the source at these indices (a matrix cell)."""
        return self.rows[source][claim] or Finding.silent(self.claims[claim], self.sources[source])

    def __iter__(self) -> Iterator[Finding]:
        for c in range(len(self.claims)):
            yield from self.of_claim(c)

    def of_claim(self, claim: int) -> Iterator[Finding]:
        """The findings of the claim at this index, sources in order, silent ones made one at a time."""
        claim_id = self.claims[claim]
        for s, row in enumerate(self.rows):
            yield row[claim] or Finding.silent(claim_id, self.sources[s])

    def notable(self) -> tuple[Finding, ...]:
        """Every finding but the silent ones with nothing to say, in report order (found once:
        a report reads them several times, and an archive has half a million pairs to look through)."""
        if self._notable is None:
            # a claim's column at a time, its None entries dropped by filter: no Python step per pair
            self._notable = tuple(chain.from_iterable(filter(None, column) for column in zip(*self.rows)))
        return self._notable

    def replace_notable(self, change: Callable[[Finding], Finding]) -> Findings:
        return Findings(
            self.claims,
            self.sources,
            tuple(tuple(change(f) if f is not None else None for f in row) for row in self.rows),
        )


def _notable(finding: Finding | None) -> Finding | None:
    if finding is None or (
        finding.verdict == "silent" and not finding.evidence and not finding.note and not finding.suppressed
    ):
        return None
    return finding


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """An article as the report shows it: where it is, what it is, and why it was
    (or was not) judged in scope, so an editor can check the dating."""

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
    lang: str | None = None  # the language it was read in (or is written in, if not read); None if unread

    @property
    def name(self) -> str:
        """How an editor knows the article: its headline and outlet where known, else its path."""
        return f"{self.title or self.path}{f' ({self.outlet})' if self.outlet else ''}"


@dataclass(frozen=True, slots=True)
class Misspelling:
    """A near-miss spelling of an entity's name, reported in every zone."""

    source: str
    line: int
    column: int
    found: str
    canonical: str
    entity: str
    zone: str = "body"
    note: str | None = None  # why its place is not in the file as stored (a web page's)


@dataclass(frozen=True, slots=True)
class Warning:
    """Something an editor should know was not read or not used: never a silent miss."""

    source: str | None
    message: str
    line: int | None = None
    column: int | None = None
    per_run: bool = False  # said once per run, naming the sources it applies to (an unused metadata key)

    def __str__(self) -> str:
        where = (self.source or "") + "".join(f":{n}" for n in (self.line, self.column) if n)
        return f"{where}: {self.message}" if where else self.message


def gathered(warnings: Iterable[Warning]) -> list[Warning]:
    """The warnings of a run, each per-run one once, with the sources it applies to."""
    out: list[Warning] = []
    holders: dict[str, list[str]] = {}
    for w in warnings:
        if not w.per_run:
            out.append(w)
            continue
        if w.message not in holders:
            holders[w.message] = []
            out.append(w)
        if w.source and w.source not in holders[w.message]:
            holders[w.message].append(w.source)
    return [
        Warning(None, f"{w.message} ({_listed(holders[w.message])})") if w.per_run and holders[w.message] else w
        for w in out
    ]


def _listed(sources: list[str], shown: int = 3) -> str:
    names = ", ".join(sources[:shown]) + (", …" if len(sources) > shown else "")
    return f"{counted(len(sources), 'file')}: {names}"


def counted(n: int, noun: str, plural: str = "") -> str:
    """ "1 source", "5 sources", "2 entities": a report that says "1 sources" reads as a bug."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


@dataclass(frozen=True)
class SourceResult:
    """Everything one article says about every claim: the unit of work that runs
    in any process, is cached, and is all that is kept of an article while a run goes on."""

    info: SourceInfo
    findings: tuple[Finding | None, ...]  # one per claim, in claims order; None: silent, nothing to say
    misspellings: tuple[Misspelling, ...] = ()
    warnings: tuple[Warning, ...] = ()
    # Each claim's fingerprint for this article as a pair without evidence has it (FINGERPRINT_LENGTH
    # hex digits a claim, claims in order; "" when none is silent): made with the article, so
    # that a warm run's JSON report reads its silent pairs' fingerprints, most of an archive's
    # half a million, rather than hashing each again.
    silent_prints: str = ""
    # The JSON report's line for each claim (claims in order; None for a silent pair, written from
    # its fingerprint), when the run asked for them ready and the cache had them: the findings are
    # then stand-ins that carry only their verdict and status (see Report.ready). Written for the
    # article at this path, and for no other.
    ready: tuple[str | None, ...] = ()
    # Per claim id, the evidence of each finding as the cache keeps it, when the run asked for
    # only some verdicts' quotes and the others were read back without theirs: see Report.quoted.
    quotes: Mapping[str, str] = field(default_factory=dict)

    def relocated(self, shown: str) -> SourceResult:
        """The same result for the same article seen from another folder (its ready lines, which
        name the folder it was seen from, are left behind)."""
        old = self.info.path
        if old == shown:
            return self
        return SourceResult(
            replace(self.info, path=shown),
            tuple(replace(f, source=shown) if f else None for f in self.findings),
            tuple(replace(m, source=shown) for m in self.misspellings),
            tuple(replace(w, source=shown) if w.source == old else w for w in self.warnings),
            self.silent_prints,  # made from the article's place in its folder, not from where it is seen
            quotes=self.quotes,
        )


@dataclass(frozen=True)
class ReportedClaim:
    """A claim as a JSON report describes it (the claims file may have changed since)."""

    id: str
    statement: str
    kind: str
    expected: dict


@dataclass(frozen=True)
class Change:
    """A pair whose verdict differs between two reports (`crosscheck diff`)."""

    claim: str
    source: str
    old: str | None  # None: the pair is new
    new: str | None  # None: the pair is gone


@dataclass(frozen=True)
class Entry:
    """A contradiction the desk has accepted (a baseline entry), kept by fingerprint."""

    claim: str
    source: str  # path inside the sources folder
    fingerprint: str
    verdict: str
    quotes: tuple[str, ...]
    accepted_by: str
    reason: str
    accepted_at: str  # ISO date


@dataclass(frozen=True)
class Report:
    """Everything one run found, and the one place that decides which findings
    fail the run (`fails`) and so the exit status: every format reads it here.
    """

    claims_file: str
    claims: tuple[Claim | ReportedClaim, ...]
    sources: tuple[SourceInfo, ...]
    findings: Findings
    scope: Scope | None = None
    misspellings: tuple[Misspelling, ...] = ()
    warnings: tuple[Warning, ...] = ()
    has_baseline: bool = False
    entities: dict[str, Entity] = field(default_factory=dict)  # for names in reports
    stale: tuple[Entry, ...] = ()  # baseline entries that no longer occur
    changes: tuple[Change, ...] = ()  # when comparing two reports
    compared_with: str | None = None  # the older report a diff compares with
    fail_on: FailOn = "conflicts"
    silent_prints: Mapping[str, str] = field(default_factory=dict)  # per source path: SourceResult.silent_prints
    # Per source path, SourceResult.ready: that article's JSON lines, written by the JSON formats as
    # they are. Its findings in `findings` are stand-ins with a verdict and a status and no evidence,
    # enough for the counts and the exit status: only a run that writes JSON without a baseline asks
    # for them (cli.check).
    ready: Mapping[str, Sequence[str | None]] = field(default_factory=dict)
    quotes: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # per source path: SourceResult.quotes
    read_quotes: Callable[[str], tuple[Evidence, ...]] | None = None  # reads them: the cache's own layout

    def quoted(self, finding: Finding) -> Finding:
        """The finding with its evidence, read back now when the run left it unread (`quotes`): a
        format that shows the quotes of a few findings it picks from them all (HTML) parses only those."""
        stored = self.quotes.get(finding.source)
        line = stored.get(finding.claim) if stored and not finding.evidence else None
        if line is None or self.read_quotes is None:
            return finding
        return replace(finding, evidence=self.read_quotes(line))

    def fails(self, finding: Finding) -> bool:
        """Whether this finding fails the run: a contradiction not suppressed, and with
        --fail-on new one not accepted in the baseline either."""
        if self.fail_on == "never" or not finding.contradiction or finding.suppressed:
            return False
        return self.fail_on == "conflicts" or finding.new is not False

    @property
    def read_nothing(self) -> bool:
        """A check that read no article: it found nothing because it looked at nothing, so it must not pass."""
        return self.compared_with is None and not any(s.status == "checked" for s in self.sources)

    def exit_status(self) -> ExitStatus:
        if self.read_nothing:
            return ExitStatus.BAD_INPUT
        return ExitStatus.FINDINGS if self._failing else ExitStatus.OK

    def new_failing(self) -> list[Finding]:
        """Contradictions not accepted before; without a baseline, every one is new."""
        return [
            f
            for f in self.findings.notable()
            if f.contradiction and not f.suppressed and (f.new or not self.has_baseline)
        ]

    def fingerprint(self, finding: Finding) -> str:
        """A finding's fingerprint; an evidence-free one is computed only when shown."""
        return finding.fingerprint or self.silent_fingerprint(finding.claim, finding.source)

    def silent_fingerprint(self, claim: str, source: str) -> str:
        """`fingerprint(claim, key, ())`: as its article's result made it, or else from the
        claim's hash state copied rather than the claim hashed again for each source."""
        prints = self.silent_prints.get(source)
        if prints:
            at = self._print_at[claim]
            return prints[at : at + FINGERPRINT_LENGTH]
        state = self._claim_hashes.get(claim)
        if state is None:
            state = self._claim_hashes[claim] = hashlib.sha256(f"{claim}\n".encode())
        digest = state.copy()
        digest.update(self._keys[source].encode("utf-8"))
        return digest.hexdigest()[:FINGERPRINT_LENGTH]

    @cached_property
    def _print_at(self) -> dict[str, int]:
        return {c.id: i * FINGERPRINT_LENGTH for i, c in enumerate(self.claims)}

    @cached_property
    def _claim_hashes(self) -> dict[str, Any]:
        return {}

    @cached_property
    def _keys(self) -> dict[str, str]:
        return {s.path: s.key for s in self.sources}

    def claim(self, claim_id: str):
        """The claim with this id: asked once per finding shown, so looked up, not searched."""
        return self._claims[claim_id]

    @cached_property
    def _claims(self) -> dict[str, Claim | ReportedClaim]:
        return {c.id: c for c in self.claims}

    @cached_property
    def _counts(self) -> dict[str, int]:
        counts: dict[str, int] = dict.fromkeys(VERDICTS, 0)
        notable = self.findings.notable()
        for f in notable:
            counts[f.verdict] += 1
        counts["silent"] += len(self.findings) - len(notable)
        return counts

    def count(self, verdict: str) -> int:
        return self._counts[verdict]

    @cached_property
    def _failing(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings.notable() if self.fails(f))

    def failing(self) -> list[Finding]:
        """The findings that fail the run, in report order."""
        return list(self._failing)
