"""Term claims: a supporting or a conflicting word said of the topic ("the first
dialogue" against "revived the dialogue"), unless negated or asked."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Claim, Evidence, Found, Stance, TermExpect
from ..zones import Sentence
from .topic import Article, is_question, negated


def phrases(claim: Claim) -> Iterator[tuple[str, str]]:
    """Index keys: the words that support ("term+") and those that conflict ("term-")."""
    expect = claim.expect
    assert isinstance(expect, TermExpect)
    yield from ((f"term+:{claim.id}", p) for p in (expect.term, *expect.supports))
    yield from ((f"term-:{claim.id}", p) for p in expect.conflicts)


def evidence(art: Article, claim: Claim, sentences: list[Sentence]) -> list[Evidence]:
    out = []
    for s in sentences:
        if is_question(art.text, s):
            continue
        hits = art.hits_in(s, f"term+:{claim.id}") + art.hits_in(s, f"term-:{claim.id}")
        hits.sort(key=lambda h: (h.first, -(h.last - h.first)))
        end = -1
        for h in hits:
            if h.first < end or negated(s.tokens, h.first, art.text):
                continue
            end = h.last
            stance: Stance = "supports" if h.key.startswith("term+") else "conflicts"
            start, stop = s.tokens[h.first].start, s.tokens[h.last - 1].end
            found = Found(h.phrase.text, art.text[start:stop])
            out.append(art.evidence(s, start, stop, stance, found, left=3, right=4))
    return out
