"""The bundled sample reaches every verdict of the gold file, and only those."""

from __future__ import annotations

import pytest
import yaml

from conftest import ROOT

GOLD = yaml.safe_load((ROOT / "tests" / "data" / "sample-gold.yaml").read_text(encoding="utf-8"))
PAIRS = [(claim, key, entry) for claim, per_source in GOLD["verdicts"].items() for key, entry in per_source.items()]


@pytest.fixture
def report(sample_report):
    return sample_report


@pytest.mark.parametrize("claim, key, entry", PAIRS, ids=[f"{c}-{k}" for c, k, _ in PAIRS])
def test_gold_verdict(report, claim, key, entry):
    name = GOLD["sources"][key]
    (finding,) = [f for f in report.findings if f.claim == claim and f.source.endswith(name)]
    assert finding.verdict == entry["verdict"], entry.get("note") or entry.get("trap")


def test_misspellings_exactly(report):
    found = {(m.source.rsplit("/", 1)[-1], m.found) for m in report.misspellings}
    expected = {(GOLD["sources"][m["source"]], m["found"]) for m in GOLD["misspellings"]}
    assert found == expected


def test_evidence_positions_point_at_the_quote(report):
    for finding in report.findings:
        text = (ROOT / finding.source).read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        for e in finding.evidence:
            start = sum(len(line) for line in lines[: e.line - 1]) + e.column - 1
            end = sum(len(line) for line in lines[: e.end_line - 1]) + e.end_column - 1
            assert text[start:end] == e.quote


def test_sample_sources_are_dated_as_documented(report):
    dated = {
        s.path.rsplit("/", 1)[-1]: (s.published and s.published.isoformat(), s.date_from, s.in_scope)
        for s in report.sources
    }
    assert dated["001_3d24113b92786948.txt"] == ("2021-10-08", "text", True)
    assert dated["003_50daa5a507398577.txt"] == ("2021-10-04", "text", True)
    assert dated["004_7c6d55d3d2da189f.txt"] == (None, "body", False)
    assert dated["000_1e04174fb47e0844.txt"] == (None, None, True)
