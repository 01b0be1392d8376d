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


def _fifo(root: Path) -> None:
    (root / "claims.yaml").write_text(CLAIMS)
    (root / "sources").mkdir()
    os.mkfifo(root / "sources" / "pipe.txt")


def _huge(root: Path) -> None:
    (root / "claims.yaml").write_text(CLAIMS)
    (root / "sources").mkdir()
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
        ("claims.yaml:2:15", "YYYY-MM-DD"),
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
        {"claims.yaml": CLAIMS, "sources/a.txt": b"\x89PNG\x00\x00\x01"},
        says=("binary file; skipped", '"status": "skipped"'),
    ),
    Case("source-huge", "a file over the 10 MB limit", _huge, says=("larger than 10 MB; skipped",)),
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
    Case("sources-missing", "no sources folder", {"claims.yaml": CLAIMS}, exit=2, says=("no such file or folder",)),
    Case(
        "sources-empty",
        "a sources folder with no articles",
        {"claims.yaml": CLAIMS, "sources/notes.pdf": "x"},
        says=("no .txt or .md articles found",),
    ),
    # --- hostile text ----------------------------------------------------------------------
    Case(
        "text-terminal-escapes",
        "an article that tries to clear and retitle the terminal",
        {"claims.yaml": CLAIMS, "sources/a.txt": ARTICLE.replace("13 years", "15 years \x1b[2J\x1b]0;pwned\x07")},
        args=("check", "--format", "text"),
        exit=1,
        says=("\\x1b[2J",),
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
    if args[0] == "check" and "--format" in args and args[args.index("--format") + 1] == "json" and result.stdout:
        json.loads(result.stdout)
    after = {p: p.read_bytes() for p in before if p.exists()}
    assert after == before, "an input file was modified"


def test_every_case_is_documented():
    doc = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    missing = [c.id for c in CASES if f"`{c.id}`" not in doc]
    assert not missing, f"docs/reliability.md lacks {missing}"


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
