"""Suppressions in sources and claims, and the baseline of accepted findings."""

from __future__ import annotations

import datetime as dt
import json

from conftest import finding
from crosscheck import baseline

COST = """
claims:
  - id: bridge-cost
    statement: The bridge cost $240 million.
    about: [bridge]
    expect: {quantity: 240 million, unit: USD}
"""
ARTICLE = "Bridge opens today\n\nThe Riverside Bridge cost $300 million.\n\nOther news follows here.\n"


def test_ignore_comment_suppresses_the_next_paragraph(corpus):
    r = corpus(
        COST,
        {
            "a.md": "Bridge opens today\n\n<!-- crosscheck: ignore bridge-cost -->\n"
            "The Riverside Bridge cost $300 million.\n\nThe bridge cost $310 million.\n",
            "b.md": "Bridge opens today\n\n<!-- crosscheck: ignore bridge-cost -->\n"
            "The Riverside Bridge cost $300 million.\n",
        },
    )
    assert finding(r, "bridge-cost", "a.md").suppressed is False  # the second paragraph is not covered
    b = finding(r, "bridge-cost", "b.md")
    assert (b.verdict, b.suppressed) == ("conflicts", True)
    assert "line 3" in b.note


def test_inline_ignore_covers_the_next_sentence_only(corpus):
    r = corpus(
        COST,
        {
            "a.md": "Bridge opens today\n\nIt opened. <!-- crosscheck: ignore bridge-cost --> "
            "The Riverside Bridge cost $300 million. The bridge cost $301 million.\n"
        },
    )
    assert finding(r, "bridge-cost", "a.md").suppressed is False


def test_off_on_block(corpus):
    r = corpus(
        COST,
        {
            "a.md": "Bridge opens today\n\n<!-- crosscheck: off -->\n\n"
            "The Riverside Bridge cost $300 million.\n\n<!-- crosscheck: on -->\n\nMore.\n"
        },
    )
    assert finding(r, "bridge-cost", "a.md").suppressed is True


def test_unknown_id_in_a_suppression_is_a_warning(corpus):
    r = corpus(
        COST,
        {
            "a.md": "Bridge opens today\n\n<!-- crosscheck: ignore bridge-costs -->\n"
            "The Riverside Bridge cost $300 million.\n"
        },
    )
    assert finding(r, "bridge-cost", "a.md").suppressed is False
    (w,) = r.warnings
    assert (w.line, w.column) == (3, 1) and "'bridge-costs'" in w.message


def test_claims_file_accepts_a_finding_for_one_source(corpus):
    claims = COST + "    accept:\n      - {source: a.txt, reason: the outlet stands by its figure}\n"
    r = corpus(claims, {"a.txt": ARTICLE, "b.txt": ARTICLE})
    a, b = finding(r, "bridge-cost", "a.txt"), finding(r, "bridge-cost", "b.txt")
    assert (a.suppressed, b.suppressed) == (True, False)
    assert "the outlet stands by its figure" in a.note
    assert r.failing() == [b]


def test_baseline_round_trip(corpus, tmp_path):
    r = corpus(COST, {"a.txt": ARTICLE})
    accepted = baseline.accept(r, baseline.Baseline(), "reviewed", "Ann", dt.date(2024, 5, 20))
    path = tmp_path / "reports" / "baseline.json"
    path.parent.mkdir()
    path.write_text(baseline.render(accepted))
    data = json.loads(path.read_text())
    assert data["entries"][0]["accepted_by"] == "Ann" and data["entries"][0]["quotes"] == [
        "The Riverside Bridge cost $300 million"
    ]
    compared = baseline.compare(r, baseline.load(path))
    assert [f.new for f in compared.findings] == [False]
    assert compared.new_failing() == [] and compared.stale == ()


def test_changed_value_is_new_and_old_entry_is_stale(corpus):
    first = corpus(COST, {"a.txt": ARTICLE})
    accepted = baseline.accept(first, baseline.Baseline(), "reviewed", "Ann")
    second = corpus(COST, {"a.txt": ARTICLE.replace("$300", "$350")})
    compared = baseline.compare(second, accepted)
    assert [f.new for f in compared.new_failing()] == [True]
    assert len(compared.stale) == 1
    assert baseline.prune(second, accepted).entries == ()


def test_accept_keeps_earlier_entries_and_their_reasons(corpus):
    first = corpus(COST, {"a.txt": ARTICLE})
    accepted = baseline.accept(first, baseline.Baseline(), "first review", "Ann")
    again = baseline.accept(first, accepted, "second review", "Bo")
    assert again.entries == accepted.entries


def test_baseline_render_is_sorted_and_stable(corpus):
    r = corpus(COST, {"b.txt": ARTICLE, "a.txt": ARTICLE.replace("$300", "$400")})
    text = baseline.render(baseline.accept(r, baseline.Baseline(), "x", "y", dt.date(2024, 1, 1)))
    sources = [e["source"] for e in json.loads(text)["entries"]]
    assert sources == ["a.txt", "b.txt"]
