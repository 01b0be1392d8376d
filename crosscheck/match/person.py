"""Person claims: who holds the role the claim names ("Foreign Minister Marcelo
Ebrard", "Ebrard, Mexico's foreign minister"); someone else in it conflicts."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..extract.names import PhraseHit
from ..lexicon import en
from ..model import Claim, Evidence, Found, PersonExpect, Stance
from ..zones import Sentence
from .topic import Article, Person, negated, person_at


def phrases(claim: Claim) -> Iterator[tuple[str, str]]:
    """Index keys: the role phrases, which locate a holder as well as the topic does."""
    expect = claim.expect
    assert isinstance(expect, PersonExpect)
    yield from ((f"role:{claim.id}", p) for p in expect.role)


def evidence(art: Article, claim: Claim, sentences: list[Sentence]) -> list[Evidence]:
    expect = claim.expect
    assert isinstance(expect, PersonExpect)
    out = []
    key = f"role:{claim.id}" if expect.role else f"topic:{claim.id}"
    for s in sentences:
        for h in art.hits_in(s, key):
            if negated(s.tokens, h.first, art.text):
                continue
            holder = _holder(art, s, h)
            if holder is None:
                continue
            stance: Stance = "supports" if holder.entity == expect.person else "conflicts"
            start, end = s.tokens[holder.first].start, s.tokens[holder.last - 1].end
            found = Found(holder.entity or holder.name, holder.name)
            out.append(
                art.evidence(
                    s, min(start, s.tokens[h.first].start), max(end, s.tokens[h.last - 1].end), stance, found, left=1
                )
            )
    return out


def _holder(art: Article, s: Sentence, h: PhraseHit) -> Person | None:
    """Who holds the role: "Foreign Minister Marcelo Ebrard" or "Ebrard, Mexico's foreign minister"."""
    toks = s.tokens
    if h.last < len(toks) and re.fullmatch(r"\s*,?\s*", art.text[toks[h.last - 1].end : toks[h.last].start]):
        person = person_at(art, s, h.last, forward=True)
        if person:
            return person
    # "Marcelo Ebrard, Mexico's foreign minister" / "Ebrard, the foreign secretary"
    i = h.first - 1
    while i >= 0 and h.first - i <= 2 and (toks[i].norm in en.ROLE_OWNERS or toks[i].text.endswith(("'s", "’s"))):
        i -= 1
    if 0 <= i < h.first and "," in art.text[toks[i].end : toks[i + 1].start]:
        return person_at(art, s, i, forward=False)
    return None
