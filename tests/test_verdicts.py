"""Verdicts from evidence, and fingerprints that survive unrelated edits."""

from __future__ import annotations

import pytest

from conftest import finding
from crosscheck.model import Evidence, Found, fingerprint
from crosscheck.verdicts import verdict


def ev(stance: str, quote: str = "q", line: int = 1) -> Evidence:
    return Evidence(stance, "body", 0, 1, line, 1, line, 2, quote, Found(quote, quote))


@pytest.mark.parametrize(
    "stances, expected",
    [
        ([], "silent"),
        (["supports"], "supports"),
        (["conflicts"], "conflicts"),
        (["supports", "conflicts"], "mixed"),
        (["unclear"], "unclear"),
        (["supports", "unclear"], "supports"),
        (["conflicts", "unclear"], "conflicts"),
    ],
)
def test_verdict(stances, expected):
    assert verdict([ev(s) for s in stances]) == expected


def test_fingerprint_ignores_position_but_not_words():
    a = fingerprint("c", "x.txt", [ev("conflicts", "around 15 years", line=3)])
    assert a == fingerprint("c", "x.txt", [ev("conflicts", "Around 15 years", line=40)])
    assert a != fingerprint("c", "x.txt", [ev("conflicts", "around 16 years", line=3)])
    assert a != fingerprint("c", "y/x.txt", [ev("conflicts", "around 15 years", line=3)])


def test_fingerprint_survives_added_lines_and_another_folder(corpus, tmp_path, monkeypatch):
    claims = """
claims:
  - id: cost
    statement: The bridge cost $240 million.
    about: [bridge]
    expect: {quantity: 240 million, unit: USD}
"""
    body = "Bridge opens today\n\nThe Riverside Bridge cost $300 million.\n"
    first = finding(corpus(claims, {"a.txt": body}), "cost")
    second = finding(corpus(claims, {"a.txt": body.replace("\n\n", "\n\nNew line.\n\nAnother.\n\n", 1)}), "cost")
    assert first.verdict == second.verdict == "conflicts"
    assert first.fingerprint == second.fingerprint
    assert first.evidence[0].line != second.evidence[0].line
    monkeypatch.chdir(tmp_path.parent)
    from crosscheck import check

    moved = check(tmp_path / "claims.yaml", [tmp_path / "sources"])
    assert moved.findings[0].fingerprint == second.fingerprint
