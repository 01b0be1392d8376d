"""Quantity claims: amounts said of the topic, compared after unit conversion
within a dimension (docs/claims-format.md, Quantities)."""

from __future__ import annotations

from ..extract.quantities import QuantityMention
from ..model import Claim, Evidence, Found, QuantityExpect, Stance
from ..zones import Sentence
from .topic import Article, negated, token_range


def evidence(art: Article, claim: Claim, sentences: list[Sentence]) -> list[Evidence]:
    expect = claim.expect
    assert isinstance(expect, QuantityExpect)
    out = []
    for s in sentences:
        for q in art.values(s)[1]:
            first, _ = token_range(s.tokens, q.start, q.end)
            if negated(s.tokens, first, art.text):
                continue
            stance = _compare_quantity(expect, q)
            if stance is None:
                continue
            found = Found(_number(q.value), q.bare, q.unit.name if q.unit else None)
            note = "amount in another currency: not converted" if stance == "unclear" else None
            out.append(art.evidence(s, q.start, q.end, stance, found, hedged=q.hedge is not None, note=note))
    return out


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _compare_quantity(expect: QuantityExpect, q: QuantityMention) -> Stance | None:
    """supports / conflicts / unclear, or None when the mention is another kind of fact."""
    if expect.unit is None:
        if q.unit is not None and q.unit.dimension != "people":
            return None  # a bare count also reads "217 people"
        value, high, converted = q.value, q.high, False
    else:
        if q.unit is None:
            return None
        if q.unit.dimension != expect.unit.dimension:
            both_money = q.unit.dimension.startswith("currency:") and expect.unit.dimension.startswith("currency:")
            return "unclear" if both_money else None
        value = q.unit.convert(q.value, expect.unit)
        high = q.unit.convert(q.high, expect.unit) if q.high is not None else None
        converted = q.unit.name != expect.unit.name
    if expect.tolerance is not None:
        tolerance = expect.tolerance
    elif expect.tolerance_percent is not None:
        tolerance = abs(expect.value) * expect.tolerance_percent / 100
    else:
        tolerance = abs(expect.value) * 0.01 if converted else 0.0
    tolerance += 1e-9 * max(1.0, abs(expect.value))
    low, top = (value, high) if high is not None else (value, value)
    return "supports" if low - tolerance <= expect.value <= top + tolerance else "conflicts"
