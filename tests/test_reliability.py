"""Every bad input we know of, run as a real process: a clear answer, the right
exit status, never a traceback. docs/reliability.md lists the same cases.
"""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from crosscheck import check, render, scope, sources, suppress
from crosscheck.claims import load_claims
from crosscheck.extract import attribution
from crosscheck.extract.dates import find_dates
from crosscheck.extract.quantities import find_quantities, find_unreadable_numbers, find_vague_amounts
from crosscheck.match import Matcher
from crosscheck.match.about import about
from crosscheck.model import Finding
from crosscheck.text import LineIndex, Tenses, tokenize
from crosscheck.verdicts import verdict
from crosscheck.zones import Layout, analyse

CLAIMS = """version: 1
scope: {date: 2021-10-08, window_days: 60}
entities:
  merida: {name: Merida Initiative, aliases: [Merida]}
claims:
  - id: merida-age
    statement: The Merida Initiative is 13 years old.
    about: [merida]
    expect: {quantity: 13, unit: year}
"""
ARTICLE = "Merida pact under review\n\nThe Merida Initiative is 13 years old.\n"


@dataclass
class Case:
    id: str
    what: str
    files: dict[str, str | bytes] | Callable[[Path], None]
    args: tuple[str, ...] = ("check",)
    exit: int = 0
    says: tuple[str, ...] = ()
    never: tuple[str, ...] = ()  # what must not be in the output (a raw terminal escape)


def _symlink(target: str, link: str) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        (root / "claims.yaml").write_text(CLAIMS)
        (root / "sources").mkdir(exist_ok=True)
        (root / "sources" / "a.txt").write_text(ARTICLE)
        outside = root / "outside"
        outside.mkdir(exist_ok=True)
        (outside / "secret.txt").write_text(ARTICLE.replace("13", "99"))
        os.symlink(root / target, root / link)

    return make


def _loops(root: Path) -> None:
    (root / "claims.yaml").write_text(CLAIMS)
    (root / "sources").mkdir()
    (root / "sources" / "a.txt").write_text(ARTICLE)
    os.symlink("y.txt", root / "sources" / "x.txt")  # x.txt -> y.txt -> x.txt
    os.symlink("x.txt", root / "sources" / "y.txt")
    os.symlink(".", root / "sources" / "again")  # a folder that contains itself


BASELINE = '{"schema": "crosscheck-baseline/1", "entries": []}\n'
PAGE = (
    '<!DOCTYPE html><html><head><meta charset="{charset}"><title>Merida pact under review</title></head><body>'
    '<nav><a href="/">Home</a></nav><article><h1>Merida pact under review</h1><p>The Merida Initiative is 13 years'
    " old. Officials from both countries met in {city} on Friday to review the pact.</p></article>"
    "<footer>\u00a9 2024 The Desk</footer></body></html>"
)


def _page(charset: str = "utf-8", city: str = "Mexico City", encoding: str = "utf-8") -> bytes:
    return PAGE.format(charset=charset, city=city).encode(encoding, errors="replace")


def _huge_page(root: Path) -> None:
    build(root, {"claims.yaml": CLAIMS, "sources/a.html": _page()})
    with open(root / "sources" / "huge.html", "wb") as f:
        f.truncate(11 * 1024 * 1024)


def _linked_output(target: str) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        build(root, {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE})
        os.symlink(target, root / "r.txt")

    return make


def _fifo_input(name: str) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        build(root, {"sources/a.txt": ARTICLE})
        os.mkfifo(root / name)

    return make


def _sparse(name: str, size: int) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        build(root, {"sources/a.txt": ARTICLE})
        with open(root / name, "wb") as f:
            f.truncate(size)

    return make


def _tampered(root: Path) -> None:
    build(root, {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE})
    report = json.loads(run(root, "check", "--format", "json").stdout)
    del report["findings"][0]["claim"]
    (root / "r.json").write_text(json.dumps(report))


def _lines_report(change):
    """A JSON Lines report of a small run, with one of its lines changed."""

    def make(root: Path) -> None:
        build(root, {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE})
        lines = run(root, "check", "--format", "jsonl").stdout.splitlines()
        lines[2] = change(lines[2])
        (root / "r.jsonl").write_text("\n".join(lines) + "\n")

    return make


def _fifo(root: Path) -> None:
    (root / "claims.yaml").write_text(CLAIMS)
    (root / "sources").mkdir()
    (root / "sources" / "a.txt").write_text(ARTICLE)
    os.mkfifo(root / "sources" / "pipe.txt")


def _huge(root: Path) -> None:
    (root / "claims.yaml").write_text(CLAIMS)
    (root / "sources").mkdir()
    (root / "sources" / "a.txt").write_text(ARTICLE)
    with open(root / "sources" / "huge.txt", "wb") as f:
        f.truncate(11 * 1024 * 1024)  # sparse: no time or disk spent


def _bomb() -> str:
    text = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    for i in range(1, 9):
        text += f"{chr(97 + i)}: &{chr(97 + i)} [" + ", ".join([f"*{chr(96 + i)}"] * 9) + "]\n"
    return text


def claims_case(id: str, what: str, claims: str, says: tuple[str, ...], exit: int = 2) -> Case:
    return Case(id, what, {"claims.yaml": claims, "sources/a.txt": ARTICLE}, exit=exit, says=says)


CASES = [
    # --- the claims file -----------------------------------------------------------
    claims_case(
        "claims-yaml-syntax",
        "YAML syntax error",
        "claims:\n  - id: a\n   about: [x]\n",
        ("claims.yaml:3:", "YAML syntax error"),
    ),
    claims_case(
        "claims-yaml-unclosed",
        "a bracket left open: found where the parser gives up, said where it was opened",
        CLAIMS.replace("about: [", "about: [ 'unclosed, ", 1),
        ("YAML syntax error", "a bracket or quote opened at line 8, column 14 may not be closed"),
    ),
    claims_case(
        "claims-unknown-key",
        "unknown key, with a suggestion",
        CLAIMS.replace("about:", "abuot:"),
        ("unknown key 'abuot'", "did you mean 'about'?"),
    ),
    claims_case(
        "claims-missing-id",
        "claim without an id",
        CLAIMS.replace("  - id: merida-age\n    statement", "  - statement"),
        ("claim has no 'id'",),
    ),
    claims_case(
        "claims-duplicate-id",
        "two claims with one id",
        CLAIMS + "  - {id: merida-age, about: [merida], expect: {year: 2008}}\n",
        ("used twice",),
    ),
    claims_case(
        "claims-unknown-entity",
        "person naming an unknown entity",
        CLAIMS + "  - {id: who, about: [mayor], expect: {person: merdia}}\n",
        ("'merdia', which is not an entity id", "did you mean 'merida'?"),
    ),
    claims_case(
        "claims-no-kind", "expect with no kind", CLAIMS.replace("{quantity: 13, unit: year}", "{}"), ("names no kind",)
    ),
    claims_case(
        "claims-two-kinds",
        "expect with two kinds",
        CLAIMS.replace("unit: year}", "unit: year, year: 2008}"),
        ("two kinds",),
    ),
    claims_case(
        "claims-bad-date",
        "an impossible date",
        CLAIMS.replace("2021-10-08", "2021-13-45"),
        ("claims.yaml:2:15", "'2021-13-45' is no day of the calendar", "check the month and the day"),
    ),
    claims_case(
        "claims-bad-number",
        "a quantity that is not a number",
        CLAIMS.replace("quantity: 13", "quantity: lots"),
        ("is not a number",),
    ),
    claims_case(
        "claims-unknown-unit",
        "a unit crosscheck does not know",
        CLAIMS.replace("unit: year", "unit: parsec"),
        ("'parsec' is not a unit",),
    ),
    claims_case(
        "claims-bad-tolerance",
        "a tolerance that is not a number or a percentage",
        CLAIMS.replace("unit: year}", "unit: year, tolerance: some}"),
        ("tolerance 'some' is not valid",),
    ),
    claims_case(
        "claims-empty-list", "an empty word list", CLAIMS.replace("about: [merida]", "about: []"), ("empty list",)
    ),
    claims_case(
        "claims-wrong-version",
        "an unsupported version",
        CLAIMS.replace("version: 1", "version: 3"),
        ("unsupported version 3",),
    ),
    claims_case(
        "claims-many-errors",
        "several mistakes are all listed at once",
        CLAIMS.replace("unit: year", "unit: parsec").replace("version: 1", "version: 3").replace("about:", "abuot:"),
        ("unsupported version", "parsec", "abuot"),
    ),
    claims_case(
        "claims-extension-keys",
        "x- keys are ignored",
        CLAIMS.replace("claims:", "x-desk: politics\nclaims:").replace("    about:", "    x-note: hi\n    about:"),
        (),
        exit=0,
    ),
    claims_case("claims-alias-bomb", "a billion-laughs alias bomb", _bomb() + CLAIMS, ("too many aliases",)),
    claims_case(
        "claims-deep",
        "a very deeply nested document",
        "a: " + "[" * 20000 + "]" * 20000 + "\n" + CLAIMS,
        ("nested too deeply",),
    ),
    claims_case(
        "claims-huge-quantity",
        "a quantity past floating point",
        CLAIMS.replace("quantity: 13", 'quantity: "1e400"'),
        ("claims.yaml:9:24", "quantity '1e400' is out of range"),
    ),
    claims_case(
        "claims-nan-quantity",
        "a quantity that is not a number at all (.nan)",
        CLAIMS.replace("quantity: 13", "quantity: .nan"),
        ("claims.yaml:9:24", "is out of range"),
    ),
    claims_case(
        "claims-long-integer",
        "a 400-digit quantity",
        CLAIMS.replace("quantity: 13", "quantity: " + "9" * 400),
        ("claims.yaml:9:24", "(400 characters) is out of range"),
    ),
    claims_case(
        "claims-infinite-tolerance",
        "an infinite tolerance",
        CLAIMS.replace("unit: year}", "unit: year, tolerance: .inf}"),
        ("tolerance inf is not valid",),
    ),
    claims_case(
        "claims-version-true",
        "version: true, which YAML reads as a boolean",
        CLAIMS.replace("version: 1", "version: true"),
        ("claims.yaml:1:10", "unsupported version True"),
    ),
    claims_case(
        "claims-window-past-calendar",
        "a window longer than the calendar",
        CLAIMS.replace("window_days: 60", "window_days: 100000000000"),
        ("claims.yaml:2:40", "is longer than the calendar"),
    ),
    claims_case(
        "claims-window-5000-digits",
        "a 5,000-digit window",
        CLAIMS.replace("window_days: 60", "window_days: " + "9" * 5000),
        ("claims.yaml:2:40", "(5000 characters) is longer than the calendar"),
    ),
    claims_case(
        "claims-window-at-calendar-end",
        "a window that runs past 9999-12-31",
        CLAIMS.replace("2021-10-08", "9999-12-31"),
        ('"date": "9999-12-31"', '"supports": 1'),
        exit=0,
    ),
    claims_case(
        "claims-window-at-calendar-start",
        "a window that runs before 0001-01-01",
        CLAIMS.replace("2021-10-08", "0001-01-01"),
        ('"date": "0001-01-01"', '"supports": 1'),
        exit=0,
    ),
    claims_case(
        "claims-python-tag",
        "a !!python tag in a statement",
        CLAIMS.replace("statement: The", "statement: !!python/object:os.system The"),
        ("claims.yaml:7:16", "the YAML tag !!python/object:os.system is not allowed"),
    ),
    claims_case(
        "claims-id-newline",
        "a claim id with a line break stays one line",
        CLAIMS.replace("id: merida-age", 'id: "merida\\nage"'),
        ("claim id 'merida\\x0aage' must be",),
    ),
    claims_case(
        "claims-term-both-ways",
        "a term word that both supports and conflicts",
        CLAIMS
        + "  - {id: first, about: [merida], expect: {term: first, supports: [first], conflicts: [revived, First]}}\n",
        ("claims.yaml:10:", "'First' is both a word that supports the claim and one that conflicts"),
    ),
    claims_case(
        "claims-exclude-is-about",
        "exclude naming what the claim is about",
        CLAIMS.replace("about: [merida]", "about: [merida]\n    exclude: [merida initiative]"),
        ("claims.yaml:9:15", "exclude 'merida initiative' is also what the claim is about"),
    ),
    claims_case(
        "claims-people-twice",
        "one person listed twice in people",
        CLAIMS + "  - {id: who, about: [merida], expect: {people: [merida, merida]}}\n",
        ("warning", "people names 'merida' twice"),
        exit=0,
    ),
    claims_case("claims-empty", "an empty claims file", "", ("the claims file is empty",)),
    Case(
        "claims-not-utf8",
        "a claims file that is not UTF-8",
        {"claims.yaml": CLAIMS.encode("utf-16-le"), "sources/a.txt": ARTICLE},
        exit=2,
        says=("not UTF-8",),
    ),
    Case("claims-missing", "no claims file", {"sources/a.txt": ARTICLE}, exit=2, says=("claims file not found",)),
    Case(
        "claims-is-a-folder",
        "the claims path is a folder",
        {"claims.yaml/x": "", "sources/a.txt": ARTICLE},
        exit=2,
        says=("cannot read the claims file",),
    ),
    Case(
        "validate-ok",
        "crosscheck validate on a good file",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE},
        args=("validate",),
        says=("1 claim, 1 entity: valid",),
    ),
    Case(
        "config-unknown-key",
        "a misspelt key in crosscheck.toml",
        {
            "claims.yaml": CLAIMS,
            "sources/a.txt": ARTICLE,
            "crosscheck.toml": 'claims = "claims.yaml"\nformt = "json"\n',
        },
        exit=2,
        says=("crosscheck.toml:2:1: unknown key 'formt' (did you mean 'format'?)",),
    ),
    Case(
        "config-bad-value",
        "a value the option refuses, in pyproject.toml's [tool.crosscheck]",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE, "pyproject.toml": "[tool.crosscheck]\njobs = 0\n"},
        exit=2,
        says=("pyproject.toml:2:1: 'jobs': 0 is not in the range x>=1",),
    ),
    Case(
        "config-not-toml",
        "a configuration file that is not TOML",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE, "crosscheck.toml": "format: json\n"},
        exit=2,
        says=("crosscheck.toml:1:7: is not valid TOML",),
    ),
    Case(
        "validate-bad",
        "crosscheck validate on a bad file",
        {"claims.yaml": CLAIMS.replace("unit: year", "unit: parsec"), "sources/a.txt": ARTICLE},
        args=("validate",),
        exit=2,
        says=("parsec",),
    ),
    # --- sources -----------------------------------------------------------------------
    Case(
        "source-utf8-bom",
        "UTF-8 with a byte-order mark",
        {"claims.yaml": CLAIMS, "sources/a.txt": "\ufeff" + ARTICLE.replace("13", "15")},
        exit=1,
        says=('"line": 3', '"column": 1', '"title": "Merida pact under review"'),
    ),
    Case(
        "source-utf16",
        "UTF-16 with a byte-order mark",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE.replace("13", "15").encode("utf-16")},
        exit=1,
        says=('"line": 3', '"column": 1', '"title": "Merida pact under review"'),
    ),
    Case(
        "source-crlf",
        "CRLF line endings",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE.replace("13", "15").replace("\n", "\r\n").encode()},
        exit=1,
        says=('"line": 3', '"column": 1', '"title": "Merida pact under review"'),
    ),
    Case(
        "source-cr",
        "old Mac CR line endings",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE.replace("13", "15").replace("\n", "\r").encode()},
        exit=1,
        says=('"line": 3', '"column": 1', '"title": "Merida pact under review"'),
    ),
    Case(
        "source-cp1252",
        "a Windows-1252 file",
        {"claims.yaml": CLAIMS, "sources/a.txt": ("Café talks\n\n" + ARTICLE).encode("cp1252")},
        says=("not UTF-8; decoded as CP-1252", "sources/a.txt"),
    ),
    Case("source-empty", "an empty file", {"claims.yaml": CLAIMS, "sources/a.txt": ""}, says=('"silent": 1',)),
    Case(
        "source-binary",
        "a binary file",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE, "sources/b.txt": b"\x89PNG\x00\x00\x01"},
        says=("binary file; skipped", '"status": "skipped"'),
    ),
    Case(
        "source-binary-text",
        "a binary file, the terminal report (the note says it was skipped, once)",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE, "sources/b.txt": b"\x89PNG\x00\x00\x01"},
        args=("check", "--format", "text"),
        says=("sources/b.txt  binary file; skipped",),
        never=("skipped: binary",),
    ),
    Case(
        "sources-none-read",
        "every article skipped: a run that read nothing must not pass",
        {"claims.yaml": CLAIMS, "sources/b.txt": b"\x89PNG\x00\x00\x01"},
        exit=2,
        says=("binary file; skipped", "error: no article was read from sources"),
    ),
    Case("source-huge", "a file over the 10 MB limit", _huge, says=("larger than 10 MB; skipped",)),
    Case(
        "page-no-article",
        "a web page with no article text (a menu and a cookie notice)",
        {
            "claims.yaml": CLAIMS,
            "sources/a.html": _page(),
            "sources/b.html": '<html><body><nav><a href="/">Home</a></nav><div class="cookie-banner"><p>We use '
            "cookies to improve your experience.</p></div><footer>\u00a9 2024</footer></body></html>",
        },
        says=("a web page with no article text", '"status": "skipped"', '"supports": 1'),
    ),
    Case(
        "page-declared-charset",
        "a web page in the Windows-1252 it declares",
        {"claims.yaml": CLAIMS, "sources/a.html": _page("windows-1252", "Querétaro", "cp1252")},
        says=('"supports": 1', '"warnings": 0'),
    ),
    Case(
        "page-broken-utf8",
        "a web page that declares UTF-8 and is not",
        {"claims.yaml": CLAIMS, "sources/a.html": _page("utf-8", "Querétaro", "cp1252")},
        says=("not UTF-8; decoded as CP-1252", '"supports": 1'),
    ),
    Case(
        "page-unknown-charset",
        "a web page that declares a charset no one knows",
        {"claims.yaml": CLAIMS, "sources/a.html": _page("x-klingon", "Querétaro")},
        says=("declares the unknown charset 'x-klingon'; read as UTF-8", '"supports": 1'),
    ),
    Case(
        "page-malformed",
        "a web page with unclosed tags, a stray '<' and '&', and no <html> or <body>",
        {
            "claims.yaml": CLAIMS,
            "sources/a.html": "<p>The Merida Initiative is 13 years old <b>said officials & others < all of them"
            "<p>The review of the pact goes on in Mexico City this week, officials said",
        },
        says=('"supports": 1',),
    ),
    Case("page-huge", "a web page over the 10 MB limit", _huge_page, says=("larger than 10 MB; skipped",)),
    Case(
        "page-binary",
        "a binary file named .html",
        {"claims.yaml": CLAIMS, "sources/a.html": _page(), "sources/b.html": b"\x89PNG\x00\x00\x01"},
        says=("binary file; skipped", '"supports": 1'),
    ),
    Case("source-fifo", "a named pipe where an article should be", _fifo, says=("not a regular file",)),
    Case(
        "source-broken-link",
        "a broken symbolic link",
        _symlink("missing.txt", "sources/gone.txt"),
        says=("cannot be read", '"status": "skipped"'),
    ),
    Case(
        "source-link-outside",
        "a link to a file outside the sources folder",
        _symlink("outside/secret.txt", "sources/secret.txt"),
        says=("not followed",),
    ),
    Case(
        "source-link-followed",
        "the same, with --follow-symlinks",
        _symlink("outside/secret.txt", "sources/secret.txt"),
        args=("check", "--follow-symlinks"),
        exit=1,
        says=('"source": "sources/secret.txt"',),
    ),
    Case(
        "source-link-loop",
        "links that lead to each other and a folder that contains itself, followed",
        _loops,
        args=("check", "--follow-symlinks"),
        says=("sources/x.txt", "Too many levels of symbolic links", '"supports": 1'),
    ),
    Case(
        "source-same-names",
        "files with one name in two folders",
        {"claims.yaml": CLAIMS, "sources/a/x.txt": ARTICLE, "sources/b/x.txt": ARTICLE.replace("13", "15")},
        exit=1,
        says=("sources/a/x.txt", "sources/b/x.txt"),
    ),
    Case(
        "source-bad-front-matter",
        "malformed front matter",
        {"claims.yaml": CLAIMS, "sources/a.md": "---\ntitle: [unclosed\n---\n" + ARTICLE},
        exit=2,
        says=("sources/a.md:2:17", "front matter syntax error"),
    ),
    Case(
        "source-front-matter-bomb",
        "an alias bomb in front matter",
        {"claims.yaml": CLAIMS, "sources/a.md": "---\n" + _bomb() + "---\n" + ARTICLE},
        exit=2,
        says=("sources/a.md", "too many aliases"),
    ),
    Case(
        "source-deep-front-matter",
        "very deeply nested front matter",
        {"claims.yaml": CLAIMS, "sources/a.md": "---\ntitle: " + "[" * 5000 + "]" * 5000 + "\n---\n" + ARTICLE},
        exit=2,
        says=("sources/a.md:2:", "nested too deeply"),
    ),
    Case(
        "source-bad-manifest",
        "a manifest that is not a mapping of files",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE, "sources/sources.yaml": "- a.txt\n"},
        exit=2,
        says=("sources/sources.yaml:1:1", "must map file names"),
    ),
    Case(
        "manifest-bad-date",
        "a manifest date that is not a date",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE, "sources/sources.yaml": "a.txt: {published: 99999-99-99}\n"},
        says=("a.txt: published '99999-99-99' is not a date (write YYYY-MM-DD); not used", '"line": 1, "column": 20'),
    ),
    Case(
        "manifest-list-value",
        "a manifest field given a list and a mapping",
        {
            "claims.yaml": CLAIMS,
            "sources/a.txt": ARTICLE,
            "sources/sources.yaml": "a.txt:\n  outlet: [AP, Reuters]\n  title: {main: x}\n",
        },
        says=("outlet must be one value, not a list; not used", '"line": 2, "column": 11', '"line": 3, "column": 10'),
    ),
    Case(
        "manifest-missing-file",
        "a manifest entry for a file that is not there, and a key crosscheck does not use",
        {
            "claims.yaml": CLAIMS,
            "sources/a.txt": ARTICLE,
            "sources/sources.yaml": "a.txt: {outlet: AP, autor: Smith}\nb.txt: {outlet: Reuters}\n",
        },
        says=("no article 'b.txt' in this folder", "a.txt: key 'autor' is not used", '"line": 2'),
    ),
    Case(
        "validate-manifest",
        "validate says what check would of a folder: a manifest entry for no file, a key not used, a PDF",
        {
            "claims.yaml": CLAIMS,
            "sources/a.txt": ARTICLE,
            "sources/notes.pdf": "x",
            "sources/sources.yaml": "a.txt: {outlet: AP, autor: Smith}\nb.txt: {outlet: Reuters}\n",
        },
        args=("validate",),
        says=(
            "warning: sources/sources.yaml:2:1: no article 'b.txt' in this folder",
            "a.txt: key 'autor' is not used",
            "warning: sources/notes.pdf: not read: a PDF",
            "valid",
        ),
    ),
    Case(
        "validate-no-sources",
        "crosscheck validate with a sources folder that is not there",
        {"claims.yaml": CLAIMS},
        args=("validate", "--sources", "articles"),
        says=(
            "warning: articles: no such file or folder (pass --sources with a folder of articles (.txt, .md, .html)); "
            "check would stop here, with exit status 2",
            "1 claim, 1 entity: valid",
        ),
    ),
    Case(
        "front-matter-unused",
        "front matter with a list title, a date that is not one, a misspelt key and a key nobody uses",
        {
            "claims.yaml": CLAIMS,
            "sources/a.md": "---\ntitle: [a, b]\npublished: someday\npubished: 2021-10-04\nfoo: 1\nauthor: X\n---\n"
            + ARTICLE,
            "sources/b.md": "---\nfoo: 2\ntags: [x]\n---\n" + ARTICLE,
        },
        says=(
            "front matter title must be one value, not a list; not used",
            "front matter published 'someday' is not a date",
            "front matter key 'pubished' is not used (did you mean 'published'?)",
            "front matter key 'foo' is not used (2 files: sources/a.md, sources/b.md)",
        ),
        never=("'author'", "'tags'"),
    ),
    Case(
        "front-matter-conventions",
        "a site generator's keys: date, site_name, link",
        {
            "claims.yaml": CLAIMS,
            "sources/a.md": "---\ndate: 2021-10-04\nsite_name: Daily Planet\nlink: https://x.example/a\n---\n"
            + ARTICLE,
        },
        says=(
            '"outlet": "Daily Planet"',
            '"published": "2021-10-04"',
            '"url": "https://x.example/a"',
            '"warnings": []',
        ),
    ),
    Case(
        "sources-other-files",
        "a PDF, a Word file, an image and an unknown file beside the articles",
        {
            "claims.yaml": CLAIMS,
            "sources/a.txt": ARTICLE,
            "sources/b.pdf": "x",
            "sources/c.docx": "x",
            "sources/d.png": "x",
            "sources/e.xyz": "x",
        },
        says=("sources/b.pdf", "not read: a PDF", "not read: a word-processor document", "not read: an image"),
    ),
    Case("sources-missing", "no sources folder", {"claims.yaml": CLAIMS}, exit=2, says=("no such file or folder",)),
    Case(
        "sources-empty",
        "a sources folder with no articles",
        {"claims.yaml": CLAIMS, "sources/notes.pdf": "x"},
        exit=2,
        says=("no articles (.txt, .md, .html) found", "error: no article was read"),
    ),
    Case(
        "sources-empty-text",
        "a sources folder with no articles, the terminal report (its matrix has no column)",
        {"claims.yaml": CLAIMS, "sources/notes.pdf": "x"},
        args=("check", "--format", "text"),
        exit=2,
        says=("0 sources × 1 claim", "error: no article was read"),
    ),
    Case(
        "sources-empty-markdown",
        "a sources folder with no articles, the Markdown report (a sentence, not a table with no body)",
        {"claims.yaml": CLAIMS, "sources/notes.pdf": "x"},
        args=("check", "--format", "markdown"),
        exit=2,
        says=(
            "No article was read, so no claim was checked",
            "no verdict, 0 misspellings",
            "error: no article was read",
        ),
        never=("|---|", "``"),
    ),
    Case(
        "sources-device",
        "--sources naming a device, not a folder",
        {"claims.yaml": CLAIMS},
        args=("check", "--sources", "/dev/zero"),
        exit=2,
        says=("error: /dev/zero: not a folder or an article file",),
    ),
    Case(
        "discover-device",
        "discover with --sources naming a device",
        {},
        args=("discover", "--sources", "/dev/null"),
        exit=2,
        says=("error: /dev/null: not a folder or an article file",),
    ),
    Case(
        "discover-empty",
        "discover on a folder with no articles (the warning is a sentence, not a record)",
        {"sources/notes.pdf": "x"},
        args=("discover",),
        exit=2,
        says=(
            "warning: no articles (.txt, .md, .html) found in sources",
            "No article was read, so nothing was compared.",
            "error: sources: no article was read",
        ),
        never=("Warning(", "No disagreements found"),
    ),
    Case(
        "source-utf32",
        "UTF-32 with a byte-order mark",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE.replace("13", "15").encode("utf-32")},
        exit=1,
        says=('"line": 3', '"column": 1', '"title": "Merida pact under review"'),
    ),
    Case(
        "source-utf32-be",
        "big-endian UTF-32 with a byte-order mark",
        {"claims.yaml": CLAIMS, "sources/a.txt": b"\x00\x00\xfe\xff" + ARTICLE.encode("utf-32-be")},
        exit=0,
        says=('"supports": 1',),
    ),
    # --- hostile text ----------------------------------------------------------------------
    Case(
        "text-terminal-escapes",
        "an article that tries to clear and retitle the terminal",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE.replace("13 years", "15 years \x1b[2J\x1b]0;pwned\x07")},
        args=("check", "--format", "text"),
        exit=1,
        says=("\\x1b[2J",),
        never=("\x1b",),
    ),
    Case(
        "text-escapes-file-name",
        "a file name that tries to clear and retitle the terminal",
        {"claims.yaml": CLAIMS, "sources/\x1b[2J\x1b]0;pwned\x07.txt": ARTICLE.replace("13", "15")},
        args=("check", "--format", "text"),
        exit=1,
        says=("sources/\\x1b[2J\\x1b]0;pwned\\x07.txt",),
        never=("\x1b",),
    ),
    Case(
        "text-escapes-statement",
        "a claim id and statement with terminal escapes, in the text report and in an error",
        {
            "claims.yaml": CLAIMS.replace("statement: The", 'statement: "\\e[2J The').replace("old.", 'old."'),
            "sources/a.txt": ARTICLE.replace("13", "15"),
        },
        args=("check", "--format", "text"),
        exit=1,
        says=("claim: \\x1b[2J The Merida",),
        never=("\x1b",),
    ),
    Case(
        "text-script",
        "an article with HTML and Markdown in it, as Markdown",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE.replace("is 13 years", "is <b>|</b> 15 years")},
        args=("check", "--format", "markdown"),
        exit=1,
        says=("\\<b\\>\\|\\</b\\> 15 years",),
    ),
    Case(
        "text-junit-control",
        "control characters in an article, as JUnit XML",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE.replace("is 13 years", "is \x08\x0b\x1b 15 years")},
        args=("check", "--format", "junit"),
        exit=1,
        says=("<failure",),
    ),
    # --- command line and outputs -------------------------------------------------------------
    Case(
        "cli-unknown-option",
        "an unknown option",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE},
        args=("check", "--colour"),
        exit=2,
        says=("No such option",),
    ),
    Case(
        "cli-output-folder",
        "--output naming a folder",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE, "reports/keep": ""},
        args=("check", "--format", "json", "--output", "reports"),
        exit=2,
        says=("error:",),
    ),
    Case(
        "output-onto-claims",
        "--output naming the claims file",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE},
        args=("check", "--output", "claims.yaml"),
        exit=2,
        says=("error: claims.yaml: is the claims file this run reads",),
    ),
    Case(
        "output-onto-baseline",
        "--output naming the baseline the check compares with",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE, "b.json": BASELINE},
        args=("check", "--baseline", "b.json", "--output", "b.json"),
        exit=2,
        says=("error: b.json: is the baseline this run reads",),
    ),
    Case(
        "output-onto-article",
        "--output naming an article given as a source file",
        {"claims.yaml": CLAIMS, "a.txt": ARTICLE},
        args=("check", "--sources", "a.txt", "--output", "a.txt"),
        exit=2,
        says=("error: a.txt: is an article this run reads",),
    ),
    Case(
        "output-into-sources",
        "--output that would be read as an article next time",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE},
        args=("check", "--format", "markdown", "--output", "sources/report.md"),
        exit=2,
        says=("is inside the sources folder sources",),
    ),
    Case(
        "output-link-to-claims",
        "--output naming a link to the claims file",
        _linked_output("claims.yaml"),
        args=("check", "--output", "r.txt"),
        exit=2,
        says=("error: r.txt: is the claims file this run reads",),
    ),
    Case(
        "output-device-full",
        "--output onto a full device",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE},
        args=("check", "--output", "/dev/full"),
        exit=2,
        says=("error: /dev/full: cannot write: No space left on device",),
    ),
    Case(
        "output-parent-not-folder",
        "--output inside something that is not a folder",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE, "afile": "x"},
        args=("check", "--output", "afile/r.json"),
        exit=2,
        says=("error: afile/r.json: cannot write: Not a directory",),
    ),
    Case(
        "prune-empty-run",
        "baseline --prune on a sources folder with no articles",
        {"claims.yaml": CLAIMS, "empty/notes.pdf": "x", "b.json": BASELINE},
        args=("baseline", "--prune", "--sources", "empty", "--output", "b.json"),
        exit=2,
        says=("error: empty: no article was read; b.json is left as it is",),
    ),
    Case(
        "discover-same-output",
        "discover writing the report and the draft claims to one file",
        {"sources/a.txt": ARTICLE, "sources/b.txt": ARTICLE.replace("13", "15")},
        args=("discover", "--suggest-claims", "s.yaml", "--output", "s.yaml"),
        exit=2,
        says=("error: s.yaml: is named by both --output and --suggest-claims",),
    ),
    Case(
        "claims-fifo",
        "--claims naming a named pipe",
        _fifo_input("claims.yaml"),
        exit=2,
        says=("cannot read the claims file: not a regular file",),
    ),
    Case(
        "claims-device",
        "--claims naming an endless device",
        {"sources/a.txt": ARTICLE},
        args=("check", "--claims", "/dev/urandom"),
        exit=2,
        says=("error: /dev/urandom: cannot read the claims file: not a regular file",),
    ),
    Case(
        "claims-too-large",
        "a claims file over 5 MB",
        _sparse("claims.yaml", 6 * 1024 * 1024),
        exit=2,
        says=("error: claims.yaml: the claims file is larger than 5 MB",),
    ),
    Case(
        "baseline-device",
        "--baseline naming /dev/zero",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE},
        args=("check", "--baseline", "/dev/zero"),
        exit=2,
        says=("error: /dev/zero: cannot read the baseline: not a regular file",),
    ),
    Case(
        "diff-device",
        "diff of /dev/zero with itself",
        {},
        args=("diff", "/dev/zero", "/dev/zero"),
        exit=2,
        says=("error: /dev/zero: cannot read the report: not a regular file",),
    ),
    Case(
        "diff-tampered",
        "diff of a report whose finding lost its claim",
        _tampered,
        args=("diff", "r.json", "r.json"),
        exit=2,
        says=("error: r.json: malformed report: a 'claim' field is missing",),
    ),
    Case(
        "diff-jsonl-cut",
        "diff of a JSON Lines report whose third line was cut short",
        _lines_report(lambda line: line[: len(line) // 2]),
        args=("diff", "r.jsonl", "r.jsonl"),
        exit=2,
        says=("error: r.jsonl:3:", "not valid JSON"),
    ),
    Case(
        "diff-jsonl-not-record",
        "diff of a JSON Lines report with a line that is JSON but not a record",
        _lines_report(lambda line: "[1, 2]"),
        args=("diff", "r.jsonl", "r.jsonl"),
        exit=2,
        says=("error: r.jsonl:3:1: not a report record (a JSON object with a 'record' field)",),
    ),
    Case(
        "cli-bad-baseline",
        "a baseline that is not JSON",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE, "b.json": "{oops"},
        args=("check", "--baseline", "b.json"),
        exit=2,
        says=("b.json:1:2", "not valid JSON"),
    ),
    Case(
        "cli-foreign-baseline",
        "a JSON file that is not a baseline",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE, "b.json": "[]"},
        args=("check", "--baseline", "b.json"),
        exit=2,
        says=("not a crosscheck baseline",),
    ),
    Case(
        "cli-diff-not-report",
        "crosscheck diff on files that are not reports",
        {"claims.yaml": CLAIMS, "x.json": "{}"},
        args=("diff", "x.json", "x.json"),
        exit=2,
        says=("not a crosscheck JSON report",),
    ),
    # --- fetch: nothing here reaches the network; tests/test_fetch.py serves pages on 127.0.0.1 --------
    Case(
        "fetch-no-url",
        "fetch with no URL, no --from and no --feed",
        {},
        args=("fetch",),
        exit=2,
        says=("error: no URL to fetch (give URLs, --from FILE or --feed URL)",),
    ),
    Case(
        "fetch-bad-url",
        "a URL that is not http or https, among good ones: nothing is fetched",
        {},
        args=("fetch", "https://news.example/a", "www.news.example/b", "--feed", "ftp://news.example/feed"),
        exit=2,
        says=(
            "error: www.news.example/b: not an http or https URL (write each URL in full, starting with https://)",
            "error: ftp://news.example/feed: not an http or https URL",
        ),
    ),
    Case(
        "fetch-list-bad-url",
        "a URL list with a line that is not a URL",
        {"urls.txt": "# today\nhttps://news.example/a\n  news.example/b\n"},
        args=("fetch", "--from", "urls.txt"),
        exit=2,
        says=("error: urls.txt:3:3: 'news.example/b' is not an http or https URL",),
    ),
    Case(
        "fetch-list-missing",
        "--from naming no file",
        {},
        args=("fetch", "--from", "urls.txt"),
        exit=2,
        says=("error: urls.txt: URL list not found",),
    ),
    Case(
        "fetch-list-device",
        "--from naming an endless device",
        {},
        args=("fetch", "--from", "/dev/zero"),
        exit=2,
        says=("error: /dev/zero: cannot read the URL list: not a regular file",),
    ),
    Case(
        "fetch-list-not-utf8",
        "a URL list that is not UTF-8",
        {"urls.txt": b"https://news.example/\xff\n"},
        args=("fetch", "--from", "urls.txt"),
        exit=2,
        says=("error: urls.txt: the URL list is not UTF-8 text (save it as UTF-8)",),
    ),
    Case(
        "fetch-sources-file",
        "--sources naming a file, not a folder",
        {"notes.txt": "mine"},
        args=("fetch", "http://127.0.0.1:9/a", "--sources", "notes.txt"),
        exit=2,
        says=("error: notes.txt: is not a folder (pass --sources with a folder)",),
    ),
    Case(
        "fetch-bad-timeout",
        "a timeout of zero seconds",
        {},
        args=("fetch", "https://news.example/a", "--timeout", "0"),
        exit=2,
        says=("Invalid value for '--timeout'",),
    ),
]


def build(root: Path, files) -> None:
    if callable(files):
        files(root)
        return
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")


def run(root: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "crosscheck", *args],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        errors="replace",
    )


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case: Case, tmp_path: Path):
    build(tmp_path, case.files)
    args = case.args
    if args == ("check",) or args == ("check", "--follow-symlinks"):
        args = (*args, "--format", "json")
    before = {
        p: p.read_bytes()
        for p in tmp_path.rglob("*")
        if p.is_file() and not p.is_symlink() and p.stat().st_size < 1_000_000 and not p.is_fifo()
    }
    result = run(tmp_path, *args)
    out = result.stdout + result.stderr
    assert "Traceback" not in out, out
    assert result.returncode == case.exit, out[-2000:]
    for words in case.says:
        assert words in out, f"{words!r} not in:\n{out[-3000:]}"
    for words in case.never:
        assert words not in out, f"{words!r} in:\n{out[-3000:]}"
    if args[0] == "check" and "--format" in args and args[args.index("--format") + 1] == "json" and result.stdout:
        json.loads(result.stdout)
    after = {p: p.read_bytes() for p in before if p.exists()}
    assert after == before, "an input file was modified"


def test_every_case_is_documented():
    doc = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    missing = [c.id for c in CASES if f"`{c.id}`" not in doc]
    assert not missing, f"docs/reliability.md lacks {missing}"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"lists every bad input tried ({len(CASES)} cases," in readme  # the count the README gives


def test_ctrl_c_exits_130_without_traceback(tmp_path: Path):
    build(tmp_path, {"claims.yaml": CLAIMS})
    (tmp_path / "sources").mkdir()
    for i in range(3000):
        (tmp_path / "sources" / f"{i:05}.txt").write_text(ARTICLE * 20)
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "r.json").write_text("previous report\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "crosscheck", "check", "--format", "json", "--output", "reports/r.json"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # as a terminal starts it: a suite run in the background (`cmd &`) passes Ctrl-C on as ignored
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(1.5)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err
    assert (tmp_path / "reports" / "r.json").read_text() == "previous report\n"
    assert not [p for p in (tmp_path / "reports").iterdir() if p.name.endswith(".tmp")]


def test_two_runs_writing_one_report_never_corrupt_it(tmp_path: Path):
    build(tmp_path, {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE})
    cmd = [sys.executable, "-m", "crosscheck", "check", "--format", "json", "--output", "reports/r.json"]
    procs = [subprocess.Popen(cmd, cwd=tmp_path) for _ in range(4)]
    for p in procs:
        p.wait(timeout=60)
    assert json.loads((tmp_path / "reports" / "r.json").read_text())["schema"] == "crosscheck-report/1"
    assert [p.name for p in (tmp_path / "reports").iterdir()] == ["r.json"]


ADVERSARIAL = {
    "repeated-char": "a" * 500_000,
    "repeated-dots": "." * 500_000,
    "digit-run": "1" * 500_000,
    "digit-commas": "1," * 250_000,
    "long-sentence": " ".join(["Merida"] * 25_000 + ["word"] * 25_000) + ".",
    "capitalised-run": "Anthony Blinken " * 30_000,
    "unclosed-comments": "<!-- crosscheck: off " * 25_000,
    "hedges": "around " * 70_000 + "15 years",
    "abbreviations": "U.S. " * 100_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_text_is_handled_in_linear_time(tmp_path: Path, name: str):
    """Each input is large enough that quadratic matching would take minutes; linear takes a second or two."""
    build(tmp_path, {"claims.yaml": CLAIMS, "sources/a.txt": ADVERSARIAL[name]})
    started = time.monotonic()
    result = run(tmp_path, "check", "--format", "json", timeout=120)
    assert result.returncode in (0, 1) and "Traceback" not in result.stderr
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("how", ["cp -p", "touch -r", "rsync -t"])
def test_an_edit_that_keeps_size_and_time_is_never_served_from_the_cache(tmp_path: Path, how: str):
    """Tools that copy a modification time (cp -p, touch -r, rsync -t) leave size and mtime as they
    were: the cache must still see the new words."""
    build(tmp_path, {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE, "new.txt": ARTICLE.replace("13", "15")})
    article, edited = tmp_path / "sources" / "a.txt", tmp_path / "new.txt"
    stamp = article.stat()
    os.utime(edited, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    time.sleep(2.1)  # older than a clock tick: the first run trusts the file's stamps next time
    assert run(tmp_path, "check", "--format", "json").returncode == 0
    if how == "rsync -t":  # a new file renamed over the old one
        os.replace(edited, article)
    else:  # the same file rewritten, its time put back
        article.write_bytes(edited.read_bytes())
        os.utime(article, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    now = article.stat()
    assert (now.st_size, now.st_mtime_ns) == (stamp.st_size, stamp.st_mtime_ns)
    second = run(tmp_path, "check", "--format", "json")
    assert second.returncode == 1, second.stdout[-2000:]
    assert '"conflicts": 1' in second.stdout


STREAMS = [
    # (id, shell redirection or environment, exit, what stderr or stdout says)
    ("stdout-closed", ">&-", {}, 2, "error: stdout: standard output is closed: the report has nowhere to go"),
    ("stdout-full", ">/dev/full", {}, 2, "error: stdout: cannot write the report: No space left on device"),
    ("stdout-ascii", "", {"PYTHONIOENCODING": "ascii"}, 1, "\\u2713"),
]


@pytest.mark.parametrize("case", STREAMS, ids=[c[0] for c in STREAMS])
def test_standard_output_that_is_closed_full_or_narrow(tmp_path: Path, case):
    _id, redirect, env, status, says = case
    build(tmp_path, {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE.replace("13", "15")})
    shell = f'exec "$0" -m crosscheck check {redirect} 2>err.txt'
    result = subprocess.run(
        ["bash", "-c", shell, sys.executable],
        cwd=tmp_path,
        capture_output=not redirect,
        text=True,
        timeout=60,
        env={**os.environ, "NO_COLOR": "1", **env},
    )
    out = (result.stdout or "") + (tmp_path / "err.txt").read_text()
    assert "Traceback" not in out, out
    assert result.returncode == status, out
    assert says in out, out


def test_output_through_a_link_writes_where_it_points(tmp_path: Path):
    """The link is kept and the file it names gets the report: replacing the link would quietly
    leave the real report stale."""
    build(tmp_path, {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE, "reports/real.json": "old\n"})
    os.symlink("reports/real.json", tmp_path / "latest.json")
    assert run(tmp_path, "check", "--format", "json", "--output", "latest.json").returncode == 0
    assert (tmp_path / "latest.json").is_symlink()
    assert json.loads((tmp_path / "reports" / "real.json").read_text())["schema"] == "crosscheck-report/1"


def test_every_stream_case_is_documented():
    doc = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    assert not [c[0] for c in STREAMS if f"`{c[0]}`" not in doc]


def _started(pid: int) -> str | None:
    """When a process started (a pid can be reused), or None once it has ended: a zombie has
    ended, only its exit status is left for a parent to collect."""
    try:
        state, *fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return None if state == "Z" else fields[18]


def _descendants(pid: int) -> set[tuple[int, str]]:
    """The live processes `pid` started, and those they started, each with its start time."""
    found = set()
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            pids = [int(p) for p in children.read_text().split()]
        except OSError:
            continue
        for child in pids:
            started = _started(child)
            if started is not None:
                found |= {(child, started), *_descendants(child)}
    return found


def _alive(processes: set[tuple[int, str]], within: float) -> set[tuple[int, str]]:
    """Those of `processes` still running after waiting up to `within` seconds for them to end."""
    deadline = time.monotonic() + within
    while True:
        left = {(pid, started) for pid, started in processes if _started(pid) == started}
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.05)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="finds the run's workers in /proc")
@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["sigterm", "sigkill"])
def test_workers_end_with_the_run(tmp_path: Path, how: signal.Signals):
    """SIGTERM ends a --jobs run as Ctrl-C does, workers and all; SIGKILL gives the run no
    chance to end anything, and its workers must notice and end by themselves."""
    build(tmp_path, {"claims.yaml": CLAIMS, "reports/r.json": "previous report\n"})
    (tmp_path / "sources").mkdir()
    for i in range(3000):
        (tmp_path / "sources" / f"{i:05}.txt").write_text(ARTICLE * 20)
    # stderr to a file: a pipe would be held open by any worker left behind, and reading it would hang
    with open(tmp_path / "stderr", "w") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "crosscheck", "check", "--format", "json", "--output", "reports/r.json", "-j", "2"],
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    workers: set[tuple[int, str]] = set()
    try:
        deadline = time.monotonic() + 60
        while len(workers) < 2 and proc.poll() is None and time.monotonic() < deadline:
            workers = _descendants(proc.pid)
            time.sleep(0.05)
        assert len(workers) >= 2, "the run never started its workers"
        time.sleep(0.3)  # busy with articles
        assert proc.poll() is None, "the run ended before it could be stopped"
        proc.send_signal(how)
        proc.wait(timeout=20)
        assert not _alive(workers, within=5), "workers outlived the run"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pid, _started_at in _alive(workers, within=0):
            os.kill(pid, signal.SIGKILL)
    err = (tmp_path / "stderr").read_text()
    if how == signal.SIGTERM:
        assert proc.returncode == 143, err
        assert err == "terminated\n"
    else:
        assert proc.returncode == -signal.SIGKILL and err == ""
    assert (tmp_path / "reports" / "r.json").read_text() == "previous report\n"
    assert [p.name for p in (tmp_path / "reports").iterdir()] == ["r.json"]


ORPHAN = """
import os, threading, time
from crosscheck.engines import _exit_when_orphaned

parent = os.getpid()
worker = os.fork()
if worker == 0:  # a worker whose parent ends at once, with nothing to tell it
    os.close(1)
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()
    time.sleep(60)
    os._exit(0)
print(worker)
"""


@pytest.mark.skipif(not hasattr(os, "fork") or not Path("/proc").is_dir(), reason="orphans a forked process")
def test_an_orphaned_worker_ends_where_the_kernel_would_not_end_it():
    """Where the kernel cannot be asked to end a worker with its parent, a watchdog thread does."""
    done = subprocess.run([sys.executable, "-c", ORPHAN], capture_output=True, text=True, timeout=30)
    worker = int(done.stdout)
    started = _started(worker)
    left = _alive({(worker, started)} if started else set(), within=5)
    for pid, _started_at in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "the orphaned worker is still running"


# --- time linear in a paragraph's length, stage by stage ------------------------------------------
#
# Real pages write long paragraphs (a table flattened to one line, a transcript, a live blog), and
# a rule that reads its whole sentence again for each value makes a paragraph of 156 KB take
# minutes. Each stage is timed (processor time, the best of two runs) on one paragraph of n and of
# 4n copies of a sentence that names the topic with a figure: linear time grows about 4 times,
# quadratic 16 times. The sample's fact sheet and the sample's own topic sentences.

SAMPLE_CLAIMS = ROOT / "claims.yaml"
GROWTH = 4
MOST_GROWTH = 8  # for 4 times the text: well under the 16 of quadratic time, with room for a busy machine
WATCHDOG = 120  # seconds a timed stage may run before it is taken for quadratic: linear time takes a few


def _paragraph(sentence: str, n: int) -> str:
    """A headline, then one paragraph of n copies of the sentence."""
    return "Merida pact under review\n\n" + sentence * n


def _cpu(work: Callable[[], object]) -> float:
    """Processor seconds for work, the best of two runs (another process busy on the machine
    slows one run, rarely both), without the cyclic garbage collector, whose passes grow with
    everything the test process holds, not with the work (the runner pauses it too)."""
    best = float("inf")
    for _ in range(2):
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            work()
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best


@contextmanager
def _watchdog(seconds: int) -> Iterator[None]:
    """Fail a run that takes far too long, rather than wait for quadratic time to finish."""

    def stop(_signum, _frame):
        raise TimeoutError(f"still running after {seconds} s: quadratic time?")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _article(tmp_path: Path, text: str) -> tuple[sources.Source, Layout, scope.Dating]:
    """An article read from a file, its layout and its dating, as the pipeline makes them."""
    folder = tmp_path / f"sources{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    source = sources.read(sources.tasks_for([folder])[0][0])
    layout = analyse(source.text, source.body_start, source.title_span)
    return source, layout, scope.date_source(source, layout, load_claims(SAMPLE_CLAIMS).scope)


def _evidence(sentence: str, claim_id: str) -> Callable[[Path, int], Callable[[], object]]:
    """The stage that reads one kind of claim: its evidence in a paragraph of the sentence."""

    def stage(tmp_path: Path, n: int) -> Callable[[], object]:
        claims = load_claims(SAMPLE_CLAIMS)
        matcher = Matcher(claims)
        claim = next(c for c in claims.claims if c.id == claim_id)
        source, layout, dating = _article(tmp_path, _paragraph(sentence, n))
        return lambda: matcher.evidence(matcher.article(source, layout, dating), claim)

    return stage


def _reading(tmp_path: Path, n: int) -> Callable[[], object]:
    """sources.py and zones.py: decoding a Windows-1252 file with CRLF line ends, its language, its layout."""
    text = _paragraph("The Merida Initiative, “first” of its kind, is 15 years old – Blinken said on Friday, ", n)
    folder = tmp_path / f"sources{n}"
    folder.mkdir()
    (folder / "a.txt").write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    task = sources.tasks_for([folder])[0][0]

    def work() -> None:
        source = sources.read(task)
        sources.language(source)
        analyse(source.text, source.body_start, source.title_span)

    return work


def _words(tmp_path: Path, n: int) -> Callable[[], object]:
    """text.py: tokens, the tense near each date, line numbers."""
    text = _paragraph("The security dialogue, which will resume, was held on 8 October 2021 in Mexico City, ", n)
    return lambda: (Tenses(tokenize(text)), LineIndex(text))


def _values(tmp_path: Path, n: int) -> Callable[[], object]:
    """extract/: dates, figures, vague and unreadable amounts, who said it."""
    text = _paragraph(
        "about 3,150 km (1,960 miles) and a mile and a half in 9 seconds 58, dozens on 8 October 2021, ", n
    )

    def work() -> None:
        find_dates(text)
        find_quantities(text, bare_words=True)
        find_vague_amounts(text)
        find_unreadable_numbers(text)
        tokens = tokenize(text)
        attribution.attribution(text, tokens, None)
        attribution.last_name(text, tokens)

    return work


def _dating(tmp_path: Path, n: int) -> Callable[[], object]:
    """scope.py: an article without a publication date, dated by the latest full date of its text."""
    source, layout, _ = _article(tmp_path, _paragraph("the talks will resume on 8 October 2021, ", n))
    return lambda: scope.date_source(source, layout, load_claims(SAMPLE_CLAIMS).scope)


def _topic(tmp_path: Path, n: int) -> Callable[[], object]:
    """match/topic.py: where the paragraph names each claim's topic, and a misspelt name."""
    matcher = Matcher(load_claims(SAMPLE_CLAIMS))
    sentence = "If the talks fail, Antony Blinkin said the Merida Initiative and the security dialogue, "
    source, layout, dating = _article(tmp_path, _paragraph(sentence, n))
    return lambda: matcher.article(source, layout, dating).mentions(layout.sentences[-1])


def _about(tmp_path: Path, n: int) -> Callable[[], object]:
    """match/about.py: what each figure of the paragraph is about, for a claim of a figure."""
    claims = load_claims(SAMPLE_CLAIMS)
    matcher = Matcher(claims)
    claim = next(c for c in claims.claims if c.id == "merida-funding")
    sentence = "the Merida Initiative, which got $3 billion (about £2 billion) each year in 2008 and then 15 more "
    source, layout, dating = _article(tmp_path, _paragraph(sentence, n))

    def work() -> None:
        art = matcher.article(source, layout, dating)
        for s in layout.sentences:
            for q in art.values(s)[1]:
                about(art, s, q.start, q.end, claim, money=True)

    return work


def _verdicts(tmp_path: Path, n: int) -> Callable[[], object]:
    """verdicts.py and suppress.py: a verdict from many items, and a suppression before each sentence."""
    claims = load_claims(SAMPLE_CLAIMS)
    matcher = Matcher(claims)
    sentence = "<!-- crosscheck: ignore merida-age --> The Merida Initiative is 15 years old "
    source, layout, dating = _article(tmp_path, _paragraph(sentence, n))
    art = matcher.article(source, layout, dating)
    findings = [Finding(c.id, "a.txt", "conflicts", tuple(matcher.evidence(art, c))) for c in claims.claims]

    def work() -> None:
        regions, _ = suppress.regions(source.text, layout, {c.id for c in claims.claims})
        suppress.apply(findings, claims.claims, "a.txt", regions)
        for f in findings:
            verdict(f.evidence)

    return work


def _reports(tmp_path: Path, n: int) -> Callable[[], object]:
    """report/: every format, for a paragraph with an evidence item in each of its sentences."""
    folder = tmp_path / f"sources{n}"
    folder.mkdir()
    (folder / "a.txt").write_text(
        _paragraph("The security dialogue took place on 9 October 2021, ", n), encoding="utf-8"
    )
    report = check(SAMPLE_CLAIMS, [folder])
    return lambda: (
        [render(report, f) for f in ("json", "markdown", "html", "sarif", "junit", "github")]
        + [render(report, "text", color=False)]
    )


STAGES: dict[str, tuple[Callable[[Path, int], Callable[[], object]], int]] = {
    # stage: (what it times, how many sentences make the smaller paragraph)
    "reading": (_reading, 5000),
    "words": (_words, 1200),
    "values": (_values, 500),
    "dating": (_dating, 1500),
    "topic": (_topic, 600),
    "about": (_about, 400),
    "quantity": (_evidence("The Merida Initiative is 15 years old, ", "merida-age"), 500),
    "date": (_evidence("The security dialogue took place on Friday 8 October 2021, ", "dialogue-date"), 500),
    "term": (_evidence("It was the first High-Level Security Dialogue between the countries, ", "dialogue-first"), 400),
    "person": (_evidence("Mexico's foreign secretary Marcelo Ebrard said, ", "mexico-foreign-secretary"), 1000),
    "people": (
        _evidence("The delegation was Antony Blinken, Merrick Garland and Alejandro Mayorkas, ", "us-delegation"),
        1000,
    ),
    "no-stops": (
        _evidence("The Merida Initiative is 15 years old and the dialogue was on 8 October 2021 ", "merida-age"),
        300,
    ),
    # many short sentences under a headline that names the topic: each is the lede's
    "lede": (
        _evidence("The initiative is 15 years old. It grew. It grew. It grew. It grew. It grew. ", "merida-age"),
        1500,
    ),
    "verdicts": (_verdicts, 1500),
    "reports": (_reports, 400),
}


@pytest.mark.parametrize("stage", list(STAGES))
def test_every_stage_takes_time_linear_in_a_paragraph(tmp_path: Path, stage: str):
    make, n = STAGES[stage]
    with _watchdog(WATCHDOG):
        small = _cpu(make(tmp_path, n))
        large = _cpu(make(tmp_path, GROWTH * n))
    assert large < MOST_GROWTH * max(small, 0.02), (
        f"{stage}: {small:.3f} s, then {large:.3f} s for {GROWTH} times the text"
    )


# --- a linear time budget, whatever the paragraph -------------------------------------------------
#
# Generated articles: the sample's topic sentences with random figures, dates and names, joined
# into one long paragraph (by commas, by "and", by nothing at all, or as many short sentences),
# in awkward encodings and line ends, with invisible and control characters. Each must be checked
# within a budget proportional to its length, at a rate measured on ordinary news text of the
# same length (the sample's articles, repeated): generous for dense text, far short of the time a
# rule that rereads its paragraph for each value takes.

BUDGET = 25  # times the rate of ordinary text: a paragraph of nothing but topic sentences is the densest
LENGTH = 60_000  # characters of each generated article
TOPIC_SENTENCES = (
    "The Merida Initiative is {n} years old",
    "the Merida Initiative dates from {year}",
    "the United States committed about ${n} billion under the Merida Initiative",
    "the U.S.-Mexico border is about {n:,} km ({n} miles) long",
    "the security dialogue took place on {weekday} {day} October {year}",
    "it was the first High-Level Security Dialogue, {n} days after the talks resumed",
    "Mexico's foreign secretary {name} said the talks were held in Mexico City",
    "the U.S. delegation was {name}, Merrick Garland and Alejandro Mayorkas",
    "“Merida is {n}% done,” {name} said (Reuters), not the {n}th time",
)
NAMES = ("Marcelo Ebrard", "Antony Blinken", "Antony Blinkin", "Ebrad", "López Obrador")
JOINERS = (", ", " and ", " ", "; ", " – ", ". ")
ODD_CHARACTERS = ("\u200b", "\u00ad", "\u00a0", "\u0301", "\x1b", "\u202e")


@st.composite
def _long_paragraph(draw) -> tuple[str, str, str]:
    """(the article's text, its encoding, its line end)."""
    sentences = [
        draw(st.sampled_from(TOPIC_SENTENCES)).format(
            n=draw(st.integers(1, 999)),
            year=draw(st.integers(1990, 2030)),
            day=draw(st.integers(1, 31)),
            weekday=draw(st.sampled_from(("Friday", "Monday", "this week's"))),
            name=draw(st.sampled_from(NAMES)),
        )
        for _ in range(draw(st.integers(2, 6)))
    ]
    joiner = draw(st.sampled_from(JOINERS))
    odd = draw(st.sampled_from(("", *ODD_CHARACTERS)))
    unit = joiner.join(sentences) + joiner + odd
    text = "Merida pact under review\n\n" + unit * (LENGTH // len(unit) + 1)
    return (
        text,
        draw(st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "cp1252"))),
        draw(st.sampled_from(("\n", "\r\n", "\r"))),
    )


@pytest.fixture(scope="module")
def ordinary_rate(tmp_path_factory) -> float:
    """Processor seconds per character that ordinary news text (the sample's articles) takes."""
    body = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "sources").glob("*.txt")))
    folder = tmp_path_factory.mktemp("ordinary")
    text = (body * (LENGTH // len(body) + 1))[:LENGTH]
    (folder / "a.txt").write_text(text, encoding="utf-8")
    return _cpu(lambda: check(SAMPLE_CLAIMS, [folder])) / len(text)


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(article=_long_paragraph())
def test_any_long_paragraph_is_checked_within_a_linear_budget(tmp_path_factory, ordinary_rate, article):

    text, encoding, line_end = article
    folder = tmp_path_factory.mktemp("long")
    (folder / "a.txt").write_bytes(text.replace("\n", line_end).encode(encoding, errors="replace"))
    with _watchdog(WATCHDOG):
        elapsed = _cpu(lambda: render(check(SAMPLE_CLAIMS, [folder]), "json"))
    budget = BUDGET * ordinary_rate * len(text)
    assert elapsed < budget, f"{elapsed:.2f} s for {len(text):,} characters ({encoding}): the budget is {budget:.2f} s"


@pytest.mark.parametrize("fmt, options", [("text", ("--all",)), ("json", ())])
def test_a_reader_that_stops_early_is_no_failure(fmt: str, options: tuple[str, ...], tmp_path: Path):
    """`crosscheck check | head -1`: the reader went away, which says nothing about the sources.
    Exit 1 would read as "contradictions found"; the run ends quietly with 0 instead. The report
    must be more than a pipe's buffer (64 KB), or it is all written before the reader goes: the
    terminal report of an archive is a short tally, so it is asked for in full (--all)."""
    build(tmp_path, {"claims.yaml": CLAIMS})
    for i in range(800):  # with --all, about 130 KB of text: the write meets the closed pipe
        (tmp_path / "sources").mkdir(exist_ok=True)
        (tmp_path / "sources" / f"{i:03}.txt").write_text(ARTICLE.replace("13", "15"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "crosscheck", "check", "--format", fmt, *options],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert "Traceback" not in err and "error" not in err, err
