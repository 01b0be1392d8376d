"""Units as a claims file names them: the lexicon's units, and the names an editor is offered
when a claim's unit is unknown.

The records and the lookup live in `crosscheck.lexicon.units`, below both the claims and the
article extractors, so that both read one table.
"""

from __future__ import annotations

from .lexicon import en
from .lexicon.units import CURRENCY_SYMBOLS, Unit, currency, lookup

__all__ = ["CURRENCY_SYMBOLS", "Unit", "canonical_names", "currency", "known_names", "lookup"]


def known_names() -> list[str]:
    """Every spelling of a word crosscheck reads, for "did you mean"."""
    spellings = [s for *_, names in en.UNITS for s in names] + list(en.CLAIM_ONLY_UNITS)
    return sorted({name for name in spellings if name.isalpha()})


def canonical_names() -> list[str]:
    return [name for name, *_ in en.UNITS]
