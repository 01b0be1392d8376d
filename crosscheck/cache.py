"""Results of unchanged articles, kept between runs (default `.crosscheck-cache/`).

One SQLite file: its transactions make every write atomic, and concurrent
runs wait for each other rather than corrupt it. A stat index (path, size,
modification time) maps each article to the digest of its bytes, so an
unchanged article is not even read again. The index is trusted only where
it is proof: the inode-change time (which no tool can set, unlike the
modification time `cp -p`, `rsync -t` and `touch -r` copy) and the inode
must match too, and a file changed within STAT_RACE of being hashed is
hashed again next time, since a second edit in the same clock tick would
leave every stamp as it was. A result is keyed by crosscheck's
code, the claims, the article's place in its sources folder, its manifest
fields and that digest, and stored as JSON, not pickle, so that a cache
somebody else wrote cannot run code. An entry that cannot be read is ignored
and rebuilt; a database that cannot be opened is replaced.

A run writing JSON also keeps, in a table of its own (`ready`), each article's
report lines as the JSON writer made them (encode_ready), keyed by the result's
key, the writer's code and the path the lines name: a warm JSON run reads those
rather than every quote of every result. They are dropped as results are.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
import stat
import sys
import time
from collections.abc import Callable, Container, Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import __version__
from .errors import InputError
from .lexicon import READ_LANGUAGES
from .model import (
    FINGERPRINT_LENGTH,
    VERDICTS,
    ClaimsFile,
    Evidence,
    Finding,
    Found,
    Misspelling,
    SourceInfo,
    SourceResult,
    Verdict,
    Warning,
)
from .output import write
from .sources import MAX_SOURCE_BYTES, Task

DEFAULT_FOLDER = ".crosscheck-cache"
KEEP_RUNS = 5  # results unused for this many runs are dropped (3 to 5, see Cache.close)
# Ready JSON lines are used only by runs writing JSON: a desk that reads the terminal report every
# day and writes JSON once a week keeps them over its other runs.
KEEP_READY_RUNS = 25
REFRESH_RUNS = 2  # a used result's mark is written again only when older than this (see Cache.close)
STAMP = "size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER, inode INTEGER, device INTEGER"
STAT_RACE_NS = 2_000_000_000  # coarser than any file system's clock tick (FAT's is 2 s)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """crosscheck's version and the code that computes results: a change to either invalidates them all."""
    digest = hashlib.blake2b(__version__.encode(), digest_size=16)
    package = Path(__file__).parent
    for path in result_modules():
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def result_modules() -> list[Path]:
    """The pipeline and every module of the package it imports, directly or not.

    Found from the import statements rather than listed by hand, so a new
    reading module (a claim kind, a lexicon) is covered the day it is
    imported, and a renderer or the command line never invalidates results.
    """
    package = Path(__file__).parent
    todo, seen = [package / "pipeline.py"], set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        if path.parent != package:  # importing a subpackage's module runs its __init__ too
            todo.append(path.parent / "__init__.py")
        for m in RELATIVE_IMPORT_RE.finditer(path.read_text(encoding="utf-8")):
            dots, module, names = m.group("dots"), m.group("module"), m.group("names")
            base = path.parents[len(dots) - 1]
            target = base.joinpath(*module.split(".")) if module else base
            # "from .x import y": module x, or y if a submodule; "from . import y": only y
            candidates = ([target] if module else []) + [target / n for n in IMPORTED_NAME_RE.findall(names)]
            todo.extend(found for c in candidates if (found := _module_file(c)) is not None)
    # Each language's tables are imported by name, when an article in it is met: no import
    # statement names them, and every one of them computes results.
    seen.update(package / "lexicon" / f"{code}.py" for code in READ_LANGUAGES)
    return sorted(seen)


# Relative imports as written, read with a pattern rather than a parse: every run computes the
# cache key, and parsing the package took a third of a second.
RELATIVE_IMPORT_RE = re.compile(
    r"^[ \t]*from[ \t]+(?P<dots>\.+)(?P<module>[\w.]*)[ \t]+import[ \t]+(?P<names>\([^)]*\)|[^\n]*)", re.M
)
IMPORTED_NAME_RE = re.compile(r"(?<![\w.])([A-Za-z_]\w*)(?:\s+as\s+\w+)?")


def _module_file(path: Path) -> Path | None:
    if path.with_suffix(".py").is_file():
        return path.with_suffix(".py")
    if (path / "__init__.py").is_file():
        return path / "__init__.py"
    return None


def claims_digest(claims: ClaimsFile) -> str:
    text = repr((claims.claims, sorted(claims.entities.items()), claims.scope))
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


class Cache:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.stats = {
            path: (stamp, digest) for path, *stamp, digest in db.execute(f"SELECT path, {STAMP}, digest FROM stats")
        }
        self.new_stats: list[tuple] = []
        last = db.execute("SELECT last FROM runs").fetchone() or db.execute("SELECT MAX(run) FROM results").fetchone()
        self.run = (last[0] or 0) + 1  # a cache of an earlier release has no count of runs: its results say
        self.used: list[str] = []
        self.used_ready: list[str] = []
        self._rows: dict[str, str] | None = None

    @classmethod
    def open(cls, folder: Path) -> Cache | None:
        """The cache in `folder`, or None when it cannot be had (a read-only disk): the run goes on without."""
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _ignored_by_git(folder)
        except (OSError, InputError):  # a folder crosscheck cannot write in
            return None
        path = folder / "cache.sqlite"
        for attempt in range(2):
            try:
                db = sqlite3.connect(path, timeout=60)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("DROP TABLE IF EXISTS files")  # an index without inode-change times: not proof
                db.execute(f"CREATE TABLE IF NOT EXISTS stats (path TEXT PRIMARY KEY, {STAMP}, digest TEXT)")
                db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, data TEXT, run INTEGER)")
                db.execute("CREATE TABLE IF NOT EXISTS ready (key TEXT PRIMARY KEY, data TEXT, run INTEGER)")
                db.execute("CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY CHECK (id = 1), last INTEGER)")
                # A row's run is the run that wrote it; the last run that used it, when later, is kept
                # apart (see close), and old rows are found through an index on their run.
                db.execute("CREATE TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY, run INTEGER) WITHOUT ROWID")
                db.execute("CREATE INDEX IF NOT EXISTS results_run ON results (run)")
                db.execute("CREATE INDEX IF NOT EXISTS ready_run ON ready (run)")
                db.commit()
                return cls(db)
            except sqlite3.OperationalError:
                return None  # locked for too long, or not writable
            except sqlite3.DatabaseError:
                if attempt == 0:  # not a database, or damaged: start again
                    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                        leftover.unlink(missing_ok=True)
        return None

    def key(self, task: Task, claims: str) -> str:
        """The cache key of a task, or "" when the file cannot be read."""
        try:
            info = os.stat(task.path)
        except OSError:
            return ""
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_SOURCE_BYTES:
            return ""  # a pipe would block, and a skipped file has nothing worth keeping
        stamp = [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev]
        known = self.stats.get(task.path)
        if known and known[0] == stamp:
            digest = known[1]
        else:
            try:
                with open(task.path, "rb") as f:
                    digest = hashlib.blake2b(f.read(), digest_size=16).hexdigest()
            except OSError:
                return ""
            if time.time_ns() - info.st_ctime_ns > STAT_RACE_NS:  # else: hashed again next time
                self.new_stats.append((task.path, *stamp, digest))
        material = "\0".join([code_digest(), claims, task.key, repr(task.entry), digest])
        return hashlib.blake2b(material.encode(), digest_size=20).hexdigest()

    def prefetch(self, keys: list[str]) -> None:
        """Read the stored results for these keys in a few queries rather than one each."""
        self._rows = dict(self._chunked("results", [k for k in keys if k]))

    def _chunked(self, table: str, keys: list[str]) -> Iterator[tuple[str, str]]:
        """The (key, data) rows of a table for these keys, read a few hundred keys a query: SQLite
        takes no more than 999 parameters in one."""
        for i in range(0, len(keys), 900):
            chunk = keys[i : i + 900]
            yield from self.db.execute(
                f"SELECT key, data FROM {table} WHERE key IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()

    def get(self, key: str, claims: ClaimsFile, evidence_of: Container[str] | None = None):
        """The stored result for this key, or None; see decode for `evidence_of`."""
        # each prefetched row is let go once decoded: an archive's rows are tens of megabytes
        data = self._rows.pop(key, None) if self._rows is not None else None
        if data is None and self._rows is None:
            row = self.db.execute("SELECT data FROM results WHERE key = ?", (key,)).fetchone()
            data = row[0] if row else None
        if data is None:
            return None
        try:
            result = decode(data, claims, evidence_of)
        except (ValueError, LookupError, TypeError, AttributeError):
            return None  # unreadable (or of an older layout): computed again and overwritten
        self.used.append(key)
        return result

    @staticmethod
    def ready_key(key: str, shown: str, writer: str) -> str:
        """The key of a result's ready JSON lines: the result's key (code, claims, article), the
        writer's code, and the path the lines name the article by."""
        return hashlib.blake2b("\0".join([key, writer, shown]).encode(), digest_size=20).hexdigest()

    def ready(self, keys: dict[int, str], claims: ClaimsFile) -> Iterator[tuple[int, SourceResult]]:
        """The results stored with their JSON lines ready for these keys (by task index), read a
        few hundred at a time: an archive's lines are a couple of hundred megabytes as rows, and
        are held once, as lines, not twice."""
        at = {k: i for i, k in keys.items() if k}
        for key, data in self._chunked("ready", list(at)):
            try:
                result = decode_ready(data, claims)
            except (ValueError, LookupError, TypeError, AttributeError):
                continue  # unreadable: the result is decoded and its lines written again
            self.used_ready.append(key)
            yield at[key], result

    def put_many(self, items: list[tuple[str, str]], ready: Sequence[tuple[str, str]] = ()) -> None:
        """Store (key, encoded result) pairs, (key, ready lines) pairs, and the file digests learnt on the way."""
        if not items and not ready and not self.new_stats:
            return
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO results (key, data, run) VALUES (?, ?, ?)",
                [(key, data, self.run) for key, data in items],
            )
            self.db.executemany(
                "INSERT OR REPLACE INTO ready (key, data, run) VALUES (?, ?, ?)",
                [(key, data, self.run) for key, data in ready],
            )
            self.db.executemany("INSERT OR REPLACE INTO stats VALUES (?, ?, ?, ?, ?, ?, ?)", self.new_stats)
        self.new_stats = []

    def close(self) -> None:
        """Mark the results and lines this run used, drop the results no run used for KEEP_RUNS
        runs and the lines none used for KEEP_READY_RUNS.

        The marks live in a table of their own (`used`), not in the rows: SQLite writes a row again
        whole, blob and all, to change one of its columns, and marking a warm archive run's rows in
        place rewrote a quarter of a gigabyte (0.5 to 0.8 s at 10,000 articles, every third run).
        A mark is written again only when a few runs old. Rows are found by their own run through
        an index: dropping them read every row, lines and all, at the end of every run.
        """
        with self.db:
            fresh = {k for (k,) in self.db.execute("SELECT key FROM used WHERE run >= ?", (self.run - REFRESH_RUNS,))}
            self.db.executemany(
                "INSERT OR REPLACE INTO used (key, run) VALUES (?, ?)",
                [(key, self.run) for key in (*self.used, *self.used_ready) if key not in fresh],
            )
            for table, kept in (("results", KEEP_RUNS), ("ready", KEEP_READY_RUNS)):
                self.db.execute(
                    f"DELETE FROM {table} WHERE run < ?1 AND key NOT IN (SELECT key FROM used WHERE run >= ?1)",
                    (self.run - kept,),
                )
            self.db.execute("DELETE FROM used WHERE run < ?", (self.run - max(KEEP_RUNS, KEEP_READY_RUNS),))
            self.db.execute("INSERT OR REPLACE INTO runs (id, last) VALUES (1, ?)", (self.run,))
        self.db.close()


# --- JSON codec for SourceResult: silent findings are left out and rebuilt ---------------------


def _ignored_by_git(folder: Path) -> None:
    """A `.gitignore` of `*` inside the cache, as pytest and ruff write theirs: the cache never shows
    in the newsroom's `git status`, whatever their own .gitignore says. One the user edited is kept."""
    ignore = folder / ".gitignore"
    if not ignore.exists():
        write(str(ignore), "# Written by crosscheck: its cache is never committed.\n*\n")


def _plain(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


_EVIDENCE_FIELDS = [f.name for f in dataclasses.fields(Evidence)]
_FINDING_FIELDS = [f.name for f in dataclasses.fields(Finding)]


LAYOUT = 2  # see encode; a row of an earlier layout is rebuilt


def encode(result: SourceResult) -> str:
    """JSON for a SourceResult: findings and evidence as arrays in field order (compact and
    quick to read back), silent findings left out. An array, one item a line: the article and
    its findings without their evidence, then each finding's evidence (JSON never holds a line
    break), so that a report which reads only some findings' evidence can leave the others'
    lines unparsed (see decode)."""
    findings, evidence = [], []
    for f in result.findings:
        if f is None:
            continue
        row = [getattr(f, name) for name in _FINDING_FIELDS]
        row[_EVIDENCE] = []
        findings.append(row)
        evidence.append(
            [
                [dataclasses.astuple(e.found) if name == "found" else getattr(e, name) for name in _EVIDENCE_FIELDS]
                for e in f.evidence
            ]
        )
    data = {
        "layout": LAYOUT,
        "info": dataclasses.asdict(result.info),
        "findings": findings,
        "misspellings": [dataclasses.asdict(m) for m in result.misspellings],
        "warnings": [dataclasses.asdict(w) for w in result.warnings],
        "silent": result.silent_prints,
    }
    parts = (json.dumps(part, default=_plain, separators=(",", ":"), ensure_ascii=False) for part in [data, *evidence])
    return "[" + ",\n".join(parts) + "]"


def decode(text: str, claims: ClaimsFile, evidence_of: Container[str] | None = None) -> SourceResult:
    """A SourceResult as encode wrote it. The short strings that recur across an archive's
    results (claim ids, verdicts, stances, zones, units, names) are interned, and every
    record of the article shares its path, rather than each keeping a copy of its own.

    With `evidence_of`, only findings of those verdicts get their evidence, the others none:
    stand-ins for a report that reads no more (see runner.check), their evidence kept as
    stored (`quotes`) for one that picks a few of them later (Report.quoted). The wanted lines
    (each ends with the array's comma, or its bracket) are parsed as one array, and the others'
    never: an archive's quotes are most of what its results hold."""
    if evidence_of is None:
        data, *evidence = json.loads(text)
        wanted: Sequence[int] = range(len(evidence))
        count = len(evidence)
    else:
        end = text.find("\n")
        data = json.loads(text[1 : end - 1] if end >= 0 else text[1:-1])
        count = text.count("\n", end) if end >= 0 else 0  # a line per finding after the first
        wanted = [i for i, row in enumerate(data["findings"]) if row[_VERDICT] in evidence_of]
        if wanted:
            lines = text[end + 1 :].split("\n")
            evidence = json.loads(f"[{','.join([lines[i][:-1] for i in wanted])}]")
        else:
            evidence = []
    if data["layout"] != LAYOUT or count != len(data["findings"]):
        raise ValueError("layout")
    info = _info(data["info"])
    rows = data["findings"]
    for i, quotes in zip(wanted, evidence, strict=True):
        rows[i][_EVIDENCE] = quotes
    stored = {}
    for row in rows:
        finding = _finding(row, info.path)
        stored[finding.claim] = finding
    if len(stored) != len(rows):
        raise ValueError("a claim twice")
    # the stored claims in rows' order, as the lines
    kept = {} if evidence_of is None or not count else _Quotes(tuple(stored), text[end + 1 :])
    findings = tuple(map(stored.get, [c.id for c in claims.claims]))
    prints = data["silent"]
    if not isinstance(prints, str) or len(prints) not in (0, FINGERPRINT_LENGTH * len(findings)):
        raise ValueError("silent fingerprints")
    return SourceResult(
        info,
        findings,
        tuple(_misspelling(m, info.path) for m in data["misspellings"]),
        tuple(Warning(**_shared(w, info.path, "message")) for w in data["warnings"]),
        prints,
        quotes=kept,
    )


class _Quotes(Mapping[str, str]):
    """Each finding's evidence line by claim id, the lines split apart only when one is asked for:
    a report that picks a few findings' quotes from an archive's (HTML) asks of few articles, and
    cutting every article's lines apart cost a tenth of its warm run's reading; kept as one
    string, an archive's lines also weigh a few megabytes less."""

    __slots__ = ("_claims", "_lines", "_text")

    def __init__(self, claims: tuple[str, ...], text: str) -> None:
        self._claims = claims  # in the lines' order
        self._text = text  # the lines as stored, one string: lighter than as many (and the head let go)
        self._lines: dict[str, str] | None = None

    def _split(self) -> dict[str, str]:
        if self._lines is None:
            self._lines = dict(zip(self._claims, self._text.split("\n"), strict=True))
        return self._lines

    def __getitem__(self, claim: str) -> str:
        return self._split()[claim]

    def get(self, claim: str, default: str | None = None) -> str | None:  # type: ignore[override]
        """A claim's line, or `default`: asked of every cell of a matrix row, most with no line, so
        answered without raising and catching a KeyError for each."""
        return self._split().get(claim, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._claims)

    def __len__(self) -> int:
        return len(self._claims)


def evidence_from(line: str) -> tuple[Evidence, ...]:
    """A finding's evidence from its line as decode kept it (SourceResult.quotes)."""
    return tuple([_evidence(e) for e in json.loads(line[:-1])])


def encode_ready(result: SourceResult, lines: Sequence[str]) -> str:
    """A result as the JSON formats need it: a first line with the article, its misspellings and
    warnings as encode writes them, its silent pairs' fingerprints, and each finding that says
    something by its claim's place, verdict and status; then the JSON report's line of each of
    those findings, in claims order (a line never holds a line break: JSON escapes it). A silent
    pair's line is not kept: it is written from its fingerprint faster than it is read back."""
    notable = [[c, f.verdict, f.new, f.suppressed] for c, f in enumerate(result.findings) if f is not None]
    head = {
        "info": dataclasses.asdict(result.info),
        "misspellings": [dataclasses.asdict(m) for m in result.misspellings],
        "warnings": [dataclasses.asdict(w) for w in result.warnings],
        "silent": result.silent_prints,
        "notable": notable,
    }
    said = [lines[c] for c, f in enumerate(result.findings) if f is not None]
    return "\n".join([json.dumps(head, default=_plain, separators=(",", ":"), ensure_ascii=False), *said])


_VERDICTS: dict[str, Verdict] = {v: v for v in VERDICTS}  # a verdict read back, as the one shared string


def decode_ready(text: str, claims: ClaimsFile) -> SourceResult:
    """A result as encode_ready wrote it, with its lines (None for a silent pair): the findings
    that say something are stand-ins with their verdict and status and no evidence (Report.ready),
    made without reading a quote, which is what a warm JSON run saves."""
    head, *said = text.split("\n")
    data = json.loads(head)
    notable, prints = data["notable"], data["silent"]
    count = len(claims.claims)
    if len(said) != len(notable) or not isinstance(prints, str) or len(prints) not in (0, FINGERPRINT_LENGTH * count):
        raise ValueError("ready lines")
    info = _info(data["info"])
    findings: list[Finding | None] = [None] * count
    lines: list[str | None] = [None] * count
    ids = [c.id for c in claims.claims]
    for (c, verdict, new, suppressed), line in zip(notable, said):
        findings[c] = _stand_in([ids[c], info.path, _VERDICTS[verdict], (), "", new, suppressed, None, None])
        lines[c] = line
    return SourceResult(
        info,
        tuple(findings),
        tuple(_misspelling(m, info.path) for m in data["misspellings"]),
        tuple(Warning(**_shared(w, info.path, "message")) for w in data["warnings"]),
        prints,
        tuple(lines),
    )


def _info(info: dict) -> SourceInfo:
    for name in ("published", "reference_date"):
        if info[name]:
            info[name] = dt.date.fromisoformat(info[name])
    return SourceInfo(**info)


def _maker(cls: type, converted: dict[str, str], **names: object) -> Callable[[list], Any]:
    """A function making an instance of a frozen slotted dataclass from every one of its fields,
    in order, as encode wrote them; `converted` gives the expression that reads a field back from
    its stored value `x` (with `names` in scope).

    Written out and compiled once, as dataclasses writes its own __init__: a statement per
    field. The fields are filled in a plain class with the same slots, which is then given the
    frozen class (its layout is the same, so Python allows it): an assignment to a slot is the
    interpreter's quickest store, where a frozen __init__ goes through object.__setattr__ for
    each field, and even the slots' own setters, called one by one, took twice as long. A warm
    archive run restores a hundred thousand findings and twice as many pieces of evidence.
    A row of another length was written by another layout: rebuilt, never trusted.
    """
    fields = [f.name for f in dataclasses.fields(cls)]
    slots = getattr(cls, "__slots__", None)
    if tuple(fields) != slots:
        raise TypeError(f"{cls.__name__}: its slots are not its fields")
    shell = type(f"{cls.__name__}Fields", (), {"__slots__": slots})
    scope: dict[str, Any] = {**names, "new": object.__new__, "cls": cls, "shell": shell, "intern": sys.intern}
    lines = ["def make(row):", f"    if len(row) != {len(fields)}:", "        raise KeyError(cls.__name__)"]
    lines.append("    obj = new(shell)")
    for i, name in enumerate(fields):
        if name in converted:
            lines += [f"    x = row[{i}]", f"    obj.{name} = {converted[name]}"]
        else:
            lines.append(f"    obj.{name} = row[{i}]")
    lines += ["    obj.__class__ = cls", "    return obj"]
    exec("\n".join(lines), scope)  # code written here from the classes' field names, never from data
    return scope["make"]


# The short strings that recur across an archive's results are interned.
_INTERNED = "x if x is None else intern(x)"
_found = _maker(Found, {"unit": _INTERNED})
_evidence = _maker(
    Evidence,
    {
        **dict.fromkeys(("stance", "zone", "attributed_to", "precision", "resolved_with", "note"), _INTERNED),
        "found": "make_found(x)",
        "missing": "x if x is None else tuple(x)",
        "extra": "x if x is None else tuple(x)",
    },
    make_found=_found,
)
_restore_finding = _maker(
    Finding,
    {"claim": "intern(x)", "verdict": "intern(x)", "evidence": "tuple([evidence(e) for e in x])"},
    evidence=_evidence,
)
_stand_in = _maker(Finding, {"claim": "intern(x)"})  # a finding of ready lines: see decode_ready
_SOURCE = _FINDING_FIELDS.index("source")
_VERDICT = _FINDING_FIELDS.index("verdict")
_EVIDENCE = _FINDING_FIELDS.index("evidence")


def _finding(row: list, path: str) -> Finding:
    if row[_SOURCE] == path:
        row[_SOURCE] = path
    return _restore_finding(row)


def _misspelling(fields: dict, path: str) -> Misspelling:
    return Misspelling(**_shared(fields, path, "found", "canonical", "entity", "zone"))


def _shared(fields: dict, path: str, *recurring: str) -> dict:
    """The fields with the article's own path object and the recurring strings interned."""
    if fields.get("source") == path:
        fields["source"] = path
    for name in recurring:
        if isinstance(fields.get(name), str):
            fields[name] = sys.intern(fields[name])
    return fields
