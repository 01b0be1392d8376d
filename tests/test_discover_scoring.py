"""The scorer benchmarks/accuracy.py holds discover to: which results match an editor's listed
disagreements, on small hand-made results (the JSON discover writes) and lists."""

from __future__ import annotations

import importlib.util
import sys

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
assert _spec is not None and _spec.loader is not None
accuracy = importlib.util.module_from_spec(_spec)
sys.modules["accuracy"] = accuracy  # its dataclasses look their module up
_spec.loader.exec_module(accuracy)


def _result(id_: str, *sides: tuple[str, str, list[str]]) -> dict:
    return {
        "id": id_,
        "summary": id_,
        "sides": [
            {"value": value, "text": text, "sources": [f"stories/x/sources/{s}" for s in sources]}
            for value, text, sources in sides
        ],
    }


TOLL = {
    "id": "toll",
    "subject": "the death toll",
    "sides": [
        {"value": "1127", "sources": ["a.txt", "b.txt"]},
        {"value": "381", "sources": ["c.txt"]},
        {"value": "80", "sources": ["d.txt"]},
    ],
}
NAME = {
    "id": "name",
    "subject": "the owner's name",
    "sides": [{"value": "Sohel Rana", "sources": ["a.txt"]}, {"value": "Sohail Rana", "sources": ["e.txt"]}],
}
OPENED = {
    "id": "opened",
    "subject": "when the bridge opened",
    "sides": [{"value": "1967-11-09", "sources": ["a.txt"]}, {"value": "1967-11-19", "sources": ["f.txt"]}],
}


def test_numbers_are_compared_after_normalising_and_two_sides_suffice():
    found = _result("t", ("1127 people", "1,127 people", ["a.txt"]), ("381 people", "381 dead", ["c.txt"]))
    assert accuracy.matches(found, TOLL)
    assert not accuracy.complete(found, TOLL)  # b.txt and the side of 80 are missing


def test_one_matching_side_is_not_a_match():
    assert not accuracy.matches(_result("t", ("1127 people", "1,127", ["a.txt"]), ("12 people", "12", ["c.txt"])), TOLL)


def test_the_sources_must_overlap():
    elsewhere = _result("t", ("1127 people", "1,127", ["x.txt"]), ("381 people", "381", ["y.txt"]))
    assert not accuracy.matches(elsewhere, TOLL)


def test_names_are_folded_and_dates_exact():
    assert accuracy.matches(
        _result("n", ("sohel rana", "Sohel Rana", ["a.txt"]), ("x", "SOHAIL RANA", ["e.txt"])), NAME
    )
    assert accuracy.matches(
        _result("d", ("1967-11-09", "Nov 9", ["a.txt"]), ("1967-11-19", "Nov 19", ["f.txt"])), OPENED
    )
    assert not accuracy.matches(_result("d", ("1967-11-09", "", ["a.txt"]), ("1967", "1967", ["f.txt"])), OPENED)


def test_complete_sides_need_every_listed_side_with_all_its_sources():
    whole = _result(
        "t", ("1127 people", "1,127", ["a.txt", "b.txt", "z.txt"]), ("381", "381", ["c.txt"]), ("80", "80", ["d.txt"])
    )
    assert accuracy.complete(whole, TOLL)


def test_precision_top_five_recall_and_completeness():
    results = [
        _result("noise-1", ("1", "1", ["a.txt"]), ("2", "2", ["b.txt"])),
        _result("toll", ("1127", "1,127", ["a.txt", "b.txt"]), ("381", "381", ["c.txt"]), ("80", "80", ["d.txt"])),
        *[_result(f"noise-{n}", ("1", "1", ["a.txt"]), ("2", "2", ["b.txt"])) for n in range(2, 6)],
        _result("name", ("sohel rana", "Sohel Rana", ["a.txt"]), ("sohail rana", "Sohail Rana", ["e.txt"])),
    ]
    score = accuracy.score_results("x", results, [TOLL, NAME, OPENED])
    assert (score.results, score.matched, score.top, score.top_matched) == (7, 2, 5, 1)
    assert (score.listed, score.found, score.complete) == (3, 2, 2)
    assert (round(score.precision, 3), score.top_precision, round(score.recall, 3)) == (0.286, 0.2, 0.667)
    assert "missed: opened (when the bridge opened)" in score.wrong


LENGTH = {
    "id": "length",
    "subject": "the ferry's length",
    "sides": [{"value": "146 m", "sources": ["a.txt"]}, {"value": "137 m (450 ft)", "sources": ["b.txt"]}],
}


def test_measures_are_compared_in_one_unit_within_their_rounding():
    # 481 ft is 146.6 m: it rounds to what 146 m was rounded from; 450 ft (137.2 m) does not
    assert accuracy.matches(_result("l", ("481 ft", "481 feet", ["a.txt"]), ("450 ft", "450-foot", ["b.txt"])), LENGTH)
    assert not accuracy.matches(_result("l", ("450 ft", "450 ft", ["a.txt"]), ("400 ft", "400 ft", ["b.txt"])), LENGTH)
    # a bare number is compared exactly, units or not
    assert not accuracy.matches(_result("t", ("1128 people", "1,128", ["a.txt"]), ("381", "381", ["c.txt"])), TOLL)
