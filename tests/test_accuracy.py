"""A regression guard on accuracy: the sample stays perfect, and every story of the
development corpus stays at or above the figures recorded for it
(benchmarks/accuracy.py --record). Not a timed test: figures, not seconds."""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
assert _spec is not None and _spec.loader is not None
accuracy = importlib.util.module_from_spec(_spec)
sys.modules["accuracy"] = accuracy  # its dataclasses look their module up
_spec.loader.exec_module(accuracy)

RECORDED = json.loads(accuracy.RECORDED.read_text(encoding="utf-8"))
STORIES = {story.name: story for story in accuracy.stories()}


def test_every_story_has_a_recorded_floor():
    assert set(STORIES) == set(RECORDED)


def test_the_sample_is_perfect():
    score = accuracy.score(STORIES["sample"])
    assert score.wrong == ()
    assert (score.accuracy, score.precision, score.recall) == (1.0, 1.0, 1.0)


@pytest.mark.parametrize("name", sorted(set(STORIES) - {"sample"}))
def test_story_stays_at_or_above_its_recorded_figures(name):
    score = accuracy.score(STORIES[name])
    floor = RECORDED[name]
    assert round(score.accuracy, 4) >= floor["accuracy"], score.wrong
    assert round(score.precision, 4) >= floor["precision"], score.wrong
    assert round(score.recall, 4) >= floor["recall"], score.wrong
