"""Parallel, cached and distributed runs give exactly the report a plain run gives."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from crosscheck import check
from crosscheck.model import SourceResult
from crosscheck.report import render


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """250 synthetic articles (enough to go parallel) and their 12-claim fact sheet."""
    folder = tmp_path_factory.mktemp("corpus")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "corpus.py"),
            str(folder),
            "--articles",
            "250",
            "--claims",
            "12",
            "--seed",
            "3",
        ],
        check=True,
    )
    return folder


def report_json(corpus, **options) -> dict:
    report = check(corpus / "claims.yaml", [corpus / "sources"], **options)
    return json.loads(render(report, "json"))


@pytest.fixture(scope="module")
def plain(corpus):
    return report_json(corpus)


def test_the_corpus_exercises_every_verdict_kind(plain):
    summary = plain["summary"]
    assert summary["sources"] == 250 and summary["claims"] == 12
    assert all(summary[v] > 0 for v in ("supports", "conflicts", "silent", "out_of_scope"))


def test_jobs_give_identical_output(corpus, plain):
    assert report_json(corpus, jobs=2) == plain


def test_cache_gives_identical_output_and_is_used(corpus, plain, tmp_path):
    cache = tmp_path / "cache"
    assert report_json(corpus, cache_dir=cache) == plain  # cold: fills the cache
    with sqlite3.connect(cache / "cache.sqlite") as db:
        assert db.execute("SELECT COUNT(*) FROM results").fetchone()[0] == 250
    assert report_json(corpus, cache_dir=cache, jobs=2) == plain  # warm


def test_a_changed_article_is_checked_again(corpus, tmp_path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(corpus, copy)
    cache = tmp_path / "cache"
    before = report_json(copy, cache_dir=cache)
    article = sorted((copy / "sources").rglob("*.txt"))[0]
    text = article.read_text()
    article.write_text(text.replace("officials", "officials. The weather was mild", 1), encoding="utf-8")
    fresh = report_json(copy, cache_dir=tmp_path / "other-cache")
    assert report_json(copy, cache_dir=cache) == fresh
    assert before["sources"][0]["title"] != fresh["sources"][0]["title"]  # the edit reached the report


def test_results_in_use_are_kept_and_unused_ones_dropped(corpus, tmp_path):
    """A result used in every run stays however many runs there are; one no run uses any more
    (an article deleted, or edited) is dropped within KEEP_RUNS runs, so the cache does not
    grow without end. Warm runs rewrite a result's mark only every few runs."""
    from crosscheck.cache import KEEP_RUNS

    cache = tmp_path / "cache"
    files = sorted((corpus / "sources").rglob("*.txt"))
    kept, gone = files[:3], files[3:5]
    check(corpus / "claims.yaml", kept + gone, cache_dir=cache)

    def stored() -> int:
        with contextlib.closing(sqlite3.connect(cache / "cache.sqlite")) as db:
            return db.execute("SELECT COUNT(*) FROM results").fetchone()[0]

    assert stored() == 5
    for _ in range(KEEP_RUNS + 1):
        check(corpus / "claims.yaml", kept, cache_dir=cache)
    assert stored() == 3
    for _ in range(3 * KEEP_RUNS):
        check(corpus / "claims.yaml", kept, cache_dir=cache)
    assert stored() == 3


def test_a_corrupt_entry_is_rebuilt_and_a_corrupt_database_replaced(corpus, plain, tmp_path):
    cache = tmp_path / "cache"
    report_json(corpus, cache_dir=cache)
    with sqlite3.connect(cache / "cache.sqlite") as db:
        db.execute("UPDATE results SET data = '{not json'")
    assert report_json(corpus, cache_dir=cache) == plain
    (cache / "cache.sqlite").write_bytes(b"this is not a database" * 100)
    for leftover in cache.glob("cache.sqlite-*"):
        leftover.unlink()
    assert report_json(corpus, cache_dir=cache) == plain


def test_cached_results_share_the_strings_that_recur(corpus):
    """Decoded from the cache (or from a worker), an article's records hold one copy of its
    path, and every result one copy of each claim id, verdict, stance and zone: an archive's
    half a million records would otherwise each keep their own."""
    from crosscheck.cache import decode, encode
    from crosscheck.claims import load_claims

    claims = load_claims(corpus / "claims.yaml")
    report = check(claims, [corpus / "sources"])
    results = [
        decode(encode(SourceResult(info, row)), claims)
        for info, row in zip(report.sources, report.findings.rows, strict=True)
    ]
    findings = [f for r in results for f in r.findings if f is not None]
    evidence = [e for f in findings for e in f.evidence]
    assert len(findings) > 100 and len(evidence) > 100
    assert all(f.source is r.info.path for r in results for f in r.findings if f is not None)
    for values in (
        [f.claim for f in findings],
        [f.verdict for f in findings],
        [e.stance for e in evidence],
        [e.zone for e in evidence],
    ):
        assert len({id(v) for v in values}) == len(set(values))


def test_cli_cache_beside_the_claims_and_no_cache(corpus, tmp_path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(corpus, copy)
    run = [sys.executable, "-m", "crosscheck", "check", "--format", "json", "--output", "-"]
    subprocess.run([*run, "--no-cache"], cwd=copy, capture_output=True, check=False)
    assert not (copy / ".crosscheck-cache").exists()
    subprocess.run(run, cwd=copy, capture_output=True, check=False)
    assert (copy / ".crosscheck-cache" / "cache.sqlite").is_file()


def test_the_cache_never_shows_in_git_status(corpus, tmp_path):
    """Like pytest's and ruff's caches, it ignores itself, whatever the repository's own .gitignore says."""
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(corpus, copy)
    subprocess.run(["git", "init", "-q"], cwd=copy, check=True)
    subprocess.run([sys.executable, "-m", "crosscheck", "check", "--output", "report.txt"], cwd=copy, check=False)
    assert (copy / ".crosscheck-cache" / "cache.sqlite").is_file()
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"], cwd=copy, capture_output=True, text=True, check=True
    ).stdout
    assert "report.txt" in status and ".crosscheck-cache" not in status


def test_dask_engine_on_a_local_cluster(corpus, plain):
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        assert report_json(corpus, engine="dask", scheduler=cluster.scheduler_address) == plain


def test_dask_without_a_scheduler_runs_one_worker_process_per_job(corpus, plain, capfd):
    """Not threads in this process: they share one core (the GIL) and, unguarded, its objects."""
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    import psutil

    workers: set[psutil.Process] = set()

    def watch(done: int, total: int) -> None:
        for child in psutil.Process().children(recursive=True):
            with contextlib.suppress(psutil.Error):  # one that has just ended
                if "spawn_main" in " ".join(child.cmdline()):
                    workers.add(child)

    assert report_json(corpus, engine="dask", jobs=2, progress=watch) == plain
    assert len(workers) == 2
    assert not [w for w in workers if w.is_running() and w.status() != psutil.STATUS_ZOMBIE], "workers outlived the run"
    assert capfd.readouterr().err == ""  # nothing from the cluster starting, working or shutting down


def test_the_prefilter_never_changes_a_report(corpus, plain, monkeypatch, sample_report):
    """Sentences the automaton passes over must be ones that could not match: with every
    sentence matched, the reports are the same."""
    from crosscheck.match import topic

    monkeypatch.setattr(topic, "may_mention", lambda automaton, text: automaton is not None)
    assert report_json(corpus) == plain
    unfiltered = check(ROOT / "claims.yaml", [ROOT / "sources"])
    assert [(f.claim, f.verdict, f.evidence) for f in unfiltered.findings] == [
        (f.claim, f.verdict, f.evidence) for f in sample_report.findings
    ]
    assert [m.found for m in unfiltered.misspellings] == [m.found for m in sample_report.misspellings]


def test_progress_bar_only_for_a_person_watching_a_long_run(monkeypatch):
    from crosscheck import cli

    class Stream:
        def __init__(self, tty: bool) -> None:
            self.tty = tty

        def isatty(self) -> bool:
            return self.tty

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(cli.sys, "stderr", Stream(True))
    monkeypatch.setattr(cli.sys, "stdout", Stream(True))
    assert cli._watched("text", None) is True
    assert cli._watched("json", None) is False  # JSON on the terminal: no bar mixed in
    assert cli._watched("json", "out.json") is True
    monkeypatch.setattr(cli.sys, "stdout", Stream(False))
    assert cli._watched("text", None) is False  # piped
    monkeypatch.setenv("CI", "true")
    assert cli._watched("text", "out.txt") is False
    bar = cli._progress_bar()
    bar(0, 50)
    bar(50, 50)
    assert bar.task is None  # a short run never shows a bar
    bar.close()


def test_cache_key_covers_exactly_the_code_that_computes_results():
    """Found by following imports from the pipeline: every reading module is in the key
    (a new claim kind included), renderers and the command line are not."""
    from crosscheck import cache

    package = Path(cache.__file__).parent
    covered = {p.relative_to(package).as_posix() for p in cache.result_modules()}
    kinds = {f"match/{p.name}" for p in (package / "match").glob("*.py")}
    assert kinds <= covered
    assert {"pipeline.py", "zones.py", "extract/quantities.py", "verdicts.py"} <= covered
    assert {"lexicon/en.py", "lexicon/es.py"} <= covered  # the Spanish tables are imported by name, not statement
    assert not {p for p in covered if p.startswith("report/")}
    assert not covered & {"cli.py", "engines.py", "cache.py", "runner.py", "diff.py", "baseline.py", "__init__.py"}


def test_silent_fingerprints_are_made_with_the_article_and_kept_in_the_cache(corpus, tmp_path):
    """Each article's result carries its silent pairs' fingerprints, and a warm run reads them from
    the cache: the fingerprints a report writes are those of the claim and the source hashed, and a
    cached result whose fingerprints do not fit the claims is read again rather than trusted."""
    from crosscheck.cache import decode, encode
    from crosscheck.claims import load_claims
    from crosscheck.model import fingerprint

    claims = load_claims(corpus / "claims.yaml")
    cold = check(claims, [corpus / "sources"], cache_dir=tmp_path)
    warm = check(claims, [corpus / "sources"], cache_dir=tmp_path)
    assert len(warm.silent_prints) > 10  # every article with a silent pair (not those out of scope)
    for report in (cold, warm):
        for s in report.sources:
            for c in report.claims:
                assert report.silent_fingerprint(c.id, s.path) == fingerprint(c.id, s.key, ())
    result = SourceResult(
        warm.sources[0], warm.findings.rows[0], silent_prints=warm.silent_prints[warm.sources[0].path]
    )
    assert decode(encode(result), claims).silent_prints == result.silent_prints
    with pytest.raises(ValueError):
        decode(encode(SourceResult(warm.sources[0], warm.findings.rows[0], silent_prints="0" * 16)), claims)


def test_a_result_read_without_its_quotes_gives_each_findings_quotes_when_asked(corpus):
    """A result read back with no verdict's quotes keeps each finding's quotes as stored, and gives
    the same evidence as one read whole when a report asks for them; a claim with nothing stored
    has none, and a result missing one of its lines is not trusted."""
    from crosscheck.cache import decode, encode, evidence_from
    from crosscheck.claims import load_claims

    claims = load_claims(corpus / "claims.yaml")
    report = check(claims, [corpus / "sources"])
    asked = 0
    for source, row in zip(report.sources, report.findings.rows, strict=True):
        text = encode(SourceResult(source, row))
        whole, unread = decode(text, claims), decode(text, claims, frozenset())
        assert not any(f.evidence for f in unread.findings if f)
        for f in filter(None, whole.findings):
            assert evidence_from(unread.quotes[f.claim]) == f.evidence
            asked += bool(f.evidence)
        assert unread.quotes.get("no-such-claim") is None
        if "\n" in text:
            with pytest.raises(ValueError):
                decode(text[: text.rindex("\n")] + "]", claims, frozenset())
    assert asked > 10


def ready_run(folder, cache, ready=None):
    """A run as `crosscheck check -f json` makes it, each article's JSON lines kept in the cache."""
    from crosscheck.cli import _ready_lines

    return check(folder / "claims.yaml", [folder / "sources"], cache_dir=cache, ready=ready or _ready_lines())


def test_a_format_reading_some_quotes_is_the_same_report_from_those_alone(corpus, tmp_path):
    """A warm run for a format that reads only some findings' quotes reads back only those
    (its QUOTES_READ): the other findings keep their verdict, status and fingerprint, and the
    report is the same bytes as a run without a cache."""
    from crosscheck.report import FORMATS, quotes_read

    reading_some = {fmt: quotes_read(fmt) for fmt in FORMATS if quotes_read(fmt) is not None}
    assert set(reading_some) == {"sarif", "junit", "codequality", "compact", "github", "markdown", "html"}

    plain = check(corpus / "claims.yaml", [corpus / "sources"])
    cache = tmp_path / "cache"
    check(corpus / "claims.yaml", [corpus / "sources"], cache_dir=cache)
    for fmt, verdicts in reading_some.items():
        warm = check(corpus / "claims.yaml", [corpus / "sources"], cache_dir=cache, evidence_of=verdicts)
        assert render(warm, fmt) == render(plain, fmt), fmt
        assert warm.exit_status() == plain.exit_status()
        left = [(f, p) for f, p in zip(warm.findings.notable(), plain.findings.notable()) if f.verdict not in verdicts]
        assert any(p.evidence for _, p in left) and not any(f.evidence for f, _ in left)  # quotes left unread
        assert [(f.claim, f.verdict, f.fingerprint) for f, _ in left] == [
            (p.claim, p.verdict, p.fingerprint) for _, p in left
        ]


def test_json_written_from_lines_kept_ready_is_the_same_report(corpus, tmp_path):
    """A JSON run keeps each article's lines beside its result, and a warm one writes them as they
    are, with stand-in findings for the counts and the exit status: the same bytes in both JSON
    formats as a run without a cache, whether the cache was filled by a JSON run or another, and
    after a row of lines is damaged."""
    plain = check(corpus / "claims.yaml", [corpus / "sources"])
    expected = {fmt: render(plain, fmt) for fmt in ("json", "jsonl")}
    cache = tmp_path / "cache"
    check(corpus / "claims.yaml", [corpus / "sources"], cache_dir=cache)  # results only, as a text run leaves them
    for run in range(3):  # lines written from the cached results, then read back twice
        report = ready_run(corpus, cache)
        assert len(report.ready) == (0 if run == 0 else 250)
        assert {fmt: render(report, fmt) for fmt in expected} == expected
        assert report.exit_status() == plain.exit_status()
        assert [(f.claim, f.source, f.verdict) for f in report.failing()] == [
            (f.claim, f.source, f.verdict) for f in plain.failing()
        ]
    with contextlib.closing(sqlite3.connect(cache / "cache.sqlite")) as db, db:
        db.execute("UPDATE ready SET data = substr(data, 1, 100) WHERE rowid % 2 = 0")
    damaged = ready_run(corpus, cache)
    assert 0 < len(damaged.ready) < 250 and render(damaged, "json") == expected["json"]
    fresh = ready_run(corpus, tmp_path / "cold")  # computed, its lines kept as it goes
    assert not fresh.ready and render(fresh, "json") == expected["json"]
    assert len(ready_run(corpus, tmp_path / "cold").ready) == 250


def test_lines_kept_ready_are_never_used_by_another_writer_or_from_another_folder(corpus, tmp_path):
    """The lines name the article by the path the run saw it at and are written by the JSON
    writer's code: another version of that code, or the same articles seen from another folder,
    write them again rather than reuse them."""
    import shutil

    from crosscheck.engines import ReadyLines
    from crosscheck.report.json import source_lines

    cache = tmp_path / "cache"
    ready_run(corpus, cache)
    assert len(ready_run(corpus, cache).ready) == 250
    assert not ready_run(corpus, cache, ReadyLines("another writer", source_lines)).ready
    copy = tmp_path / "copy"
    shutil.copytree(corpus, copy)
    moved = ready_run(copy, cache)
    assert not moved.ready and render(moved, "json") == render(check(copy / "claims.yaml", [copy / "sources"]), "json")


def test_lines_kept_ready_outlast_a_few_runs_of_other_formats_then_go(corpus, tmp_path):
    from crosscheck.cache import KEEP_READY_RUNS, KEEP_RUNS

    cache = tmp_path / "cache"
    ready_run(corpus, cache)
    for _ in range(KEEP_RUNS + 1):
        check(corpus / "claims.yaml", [corpus / "sources"], cache_dir=cache)  # a text run: results only
    assert len(ready_run(corpus, cache).ready) == 250  # a week of terminal reports, then JSON: still warm
    for _ in range(KEEP_READY_RUNS + 1):
        check(corpus / "claims.yaml", [corpus / "sources"], cache_dir=cache)
    with contextlib.closing(sqlite3.connect(cache / "cache.sqlite")) as db:
        assert db.execute("SELECT COUNT(*) FROM ready").fetchone()[0] == 0
        assert db.execute("SELECT COUNT(*) FROM results").fetchone()[0] == 250
