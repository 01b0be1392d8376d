"""The benchmark's news-prose corpus is what its figures claim: deterministic, real prose under a
fact sheet crosscheck accepts, with most sentences naming a claim's topic."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT
from crosscheck import check


def build(folder, articles: int, seed: int = 7) -> None:
    command = [sys.executable, str(ROOT / "benchmarks" / "prose.py"), str(folder), "--articles", str(articles)]
    subprocess.run([*command, "--seed", str(seed)], check=True)


def corpus_bytes(folder) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_same_seed_gives_the_same_bytes_and_another_seed_others(tmp_path):
    build(tmp_path / "a", 12)
    build(tmp_path / "b", 12)
    build(tmp_path / "c", 12, seed=8)
    assert corpus_bytes(tmp_path / "a") == corpus_bytes(tmp_path / "b")
    assert corpus_bytes(tmp_path / "a") != corpus_bytes(tmp_path / "c")


def test_the_prose_corpus_is_checked_and_says_something_of_most_articles(tmp_path):
    build(tmp_path, 40)
    report = check(tmp_path / "claims.yaml", [tmp_path / "sources"])
    assert len(report.claims) == 50 and len(report.sources) == 40
    assert not [w for w in report.warnings if w.source and w.source.endswith("claims.yaml")]  # a sheet as written
    speaking = {f.source for f in report.findings.notable()}
    assert len(speaking) >= 36  # articles about the story: nearly every one says something about a claim
    assert report.count("conflicts") and report.count("supports")


@pytest.mark.slow
def test_bench_measures_every_format_cold_and_warm(tmp_path):
    out = tmp_path / "figures.json"
    args = ["--articles", "30", "--runs", "1", "--formats", "text,json", "--no-sample", "--json", str(out)]
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench.py"), *args], check=True, capture_output=True)
    figures = json.loads(out.read_text())
    for measure in ("cold, text", "warm, text", "cold, json", "warm, json", "one article changed, json"):
        assert figures[measure]["cpu_s"] > 0 and figures[measure]["peak_mb"] > 0
    assert figures["CPU per article, cold, ms"] > 0
