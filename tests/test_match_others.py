"""Whose a value is, on wording of our own: another post, another noun, another holder, another
occurrence; one rule per test, each on wording of at least two kinds of story."""

from __future__ import annotations

import pytest

from conftest import finding

HEAD = """
version: 1
scope:
  event: The flight and the inquiry
  date: 2024-05-17
  window_days: 30
"""

CAPTAIN = (
    HEAD
    + """
entities:
  suneja: {name: Bhavye Suneja, aliases: [Suneja]}
  harvino: {name: Harvino}
claims:
  - id: captain
    statement: The captain was Bhavye Suneja.
    about: [captain, pilot, piloto]
    expect: {person: suneja, role: [captain, pilot, piloto]}
"""
)

CHAIR = (
    HEAD
    + """
entities:
  okafor: {name: Grace Okafor, aliases: [Okafor]}
  ruiz: {name: Tom Ruiz, aliases: [Ruiz]}
claims:
  - id: chair
    statement: The inquiry's chair is Grace Okafor.
    about: [chair, inquiry, presidenta]
    expect: {person: okafor, role: [chair, presidenta]}
"""
)


def _article(text: str, lang: str) -> str:
    front = f"---\nlang: {lang}\n---\n" if lang != "en" else ""
    return f"{front}Report\n\n{text}\n"


@pytest.mark.parametrize(
    "claims, claim, lang, text",
    [
        (CAPTAIN, "captain", "en", "The jet was flown by Captain Suneja, with co-pilot Harvino at his side."),
        (CAPTAIN, "captain", "en", "Assisted by co-pilot Harvino, Suneja was at the controls of the jet."),
        (CAPTAIN, "captain", "es", "El avión lo pilotaba Suneja, con el co-piloto Harvino a su lado."),
        (CHAIR, "chair", "en", "Inquiry chair Grace Okafor opened the hearing; co-chair Tom Ruiz read the terms."),
        (CHAIR, "chair", "es", "La presidenta Grace Okafor abrió la sesión; la co-presidenta Tom Ruiz leyó los términos."),
    ],
)
def test_a_co_title_is_another_post(corpus, claims, claim, lang, text):
    """ "co-pilot Harvino" beside the captain, "co-chair Tom Ruiz" beside the chair (both known to
    the fact sheet): a prefix joined by a hyphen makes the title another post, whose holder is no
    conflict."""
    r = corpus(claims, {"a.txt": _article(text, lang)}, base=False)
    assert finding(r, claim).verdict in ("supports", "silent")

