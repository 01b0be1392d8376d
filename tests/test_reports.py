"""Golden files for every report format, and the JSON contract's shape.

Regenerate after an intended change with: UPDATE_GOLDEN=1 pytest tests/test_reports.py
"""

from __future__ import annotations

import json
import os

import pytest

from crosscheck.report import render
from crosscheck.report.markdown import escape
from crosscheck.report.text import clean

from conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture
def report(sample_report):
    return sample_report


@pytest.mark.parametrize("fmt, name", [("json", "sample.json"), ("markdown", "sample.md"), ("text", "sample.txt")])
def test_golden(report, fmt, name):
    out = render(report, fmt, color=False, width=80)
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(out, encoding="utf-8")
    assert out == path.read_text(encoding="utf-8")


def test_json_follows_the_contract(report):
    data = json.loads(render(report, "json"))
    assert data["schema"] == "crosscheck-report/1"
    assert set(data) >= {"claims_file", "scope", "sources", "claims", "findings", "misspellings", "warnings",
                         "summary"}
    assert len(data["findings"]) == len(data["claims"]) * len(data["sources"])
    order = [(f["claim"], f["source"]) for f in data["findings"]]
    claim_order = [c["id"] for c in data["claims"]]
    assert order == sorted(order, key=lambda p: (claim_order.index(p[0]), p[1]))
    for f in data["findings"]:
        assert set(f) >= {"claim", "source", "verdict", "evidence", "fingerprint", "new", "suppressed"}
        assert (f["evidence"] == []) == (f["verdict"] in ("silent", "out_of_scope"))
        for e in f["evidence"]:
            assert set(e) >= {"stance", "zone", "line", "column", "end_line", "end_column", "quote", "found",
                              "hedged", "attributed_to"}
    summary = data["summary"]
    assert sum(summary[v] for v in ("supports", "conflicts", "mixed", "silent", "out_of_scope", "unclear")) == 50
    assert all("/" in s["path"] and "\\" not in s["path"] for s in data["sources"])


def test_text_report_has_no_escape_codes_without_colour(report):
    assert "\x1b" not in render(report, "text", color=False)
    assert "\x1b[" in render(report, "text", color=True)


def test_text_fits_80_columns(report):
    assert max(len(line) for line in render(report, "text", color=False, width=80).splitlines()) <= 80


def test_article_text_cannot_drive_the_terminal_or_markdown():
    hostile = "evil \x1b[2J\x1b]0;title\x07 | <script>x</script> [link](http://x)"
    assert "\x1b" not in clean(hostile) and "\x07" not in clean(hostile)
    md = escape(hostile)
    assert "\\<script\\>" in md and "\\[link\\]" in md and "\\|" in md
    assert "<script>" not in md
