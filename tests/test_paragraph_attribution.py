"""A bare "He said" finds its speaker across paragraphs that web text writes one per line,
and only there: a blank line still ends what the previous paragraph named."""

from __future__ import annotations

import pytest
from test_match import FIRST

from conftest import finding

TOLL = """
claims:
  - id: death-toll
    statement: The earthquake killed 185 people.
    about: [death toll, toll]
    expect: {quantity: 185, unit: people}
"""

REFERENDUM = """
claims:
  - id: leave-share
    statement: Leave won 51.9% of the vote.
    about: [leave vote, leave campaign]
    expect: {quantity: 51.9, unit: percent}
"""

SPOKE = {
    "bridge": (
        FIRST,
        "first-crossing",
        "Mayor Grace Okafor told councillors on Tuesday evening that the city would mark it with a week of events.",
        "“The bridge is the first new crossing since the war,” she said.",
        "Grace Okafor",
    ),
    "quake": (
        TOLL,
        "death-toll",
        "Police commander Dave Cliff told reporters in the city centre that the search would go on through the night.",
        "“The death toll stands at 185 people,” he said.",
        "Dave Cliff",
    ),
    "referendum": (
        REFERENDUM,
        "leave-share",
        "UK Independence Party leader Nigel Farage spoke to supporters at a party in a Westminster tower block.",
        "“The leave campaign has won 51.9% of the vote,” he added.",
        "Nigel Farage",
    ),
}


@pytest.mark.parametrize("story", sorted(SPOKE))
def test_he_said_takes_the_speaker_named_on_the_line_before(corpus, story):
    claims, claim_id, named, said, speaker = SPOKE[story]
    r = corpus(claims, {"a.txt": f"Headline of the story\n\n{named}\n{said}\n"})
    assert [e.attributed_to for e in finding(r, claim_id).evidence] == [speaker]


@pytest.mark.parametrize("story", sorted(SPOKE))
def test_a_blank_line_ends_what_the_previous_paragraph_named(corpus, story):
    claims, claim_id, named, said, _ = SPOKE[story]
    r = corpus(claims, {"a.txt": f"Headline of the story\n\n{named}\n\n{said}\n"})
    assert [e.attributed_to for e in finding(r, claim_id).evidence] == [None]


def test_the_speaker_carries_over_several_lines_of_quotation(corpus):
    claims, claim_id, named, said, speaker = SPOKE["bridge"]
    quote = "“We waited eighty years for this, and the whole city will be there to see it,” the mayor went on."
    r = corpus(claims, {"a.txt": f"Headline of the story\n\n{named}\n{quote}\n{said}\n"})
    assert [e.attributed_to for e in finding(r, claim_id).evidence] == [speaker]
