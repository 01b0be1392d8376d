"""Units as a claims file names them: the lexicon's units, and the names an editor is offered
when a claim's unit is unknown.

The records and the lookup live in `crosscheck.lexicon.units`, below both the claims and the
article extractors, so that both read one table.
"""

from __future__ import annotations

import difflib

from .lexicon import en
from .lexicon.units import CURRENCY_SYMBOLS, Unit, currency, is_currency_code, lookup

__all__ = [
    "CURRENCY_SYMBOLS",
    "Unit",
    "canonical_names",
    "currency",
    "is_currency_code",
    "known_names",
    "lookup",
    "unknown_unit_hint",
]


def known_names() -> list[str]:
    """Every spelling of a word crosscheck reads, for "did you mean"."""
    spellings = [s for *_, names in en.UNITS for s in names] + list(en.CLAIM_ONLY_UNITS)
    return sorted({name for name in spellings if name.isalpha()})


def canonical_names() -> list[str]:
    return [name for name, *_ in en.UNITS]


def unknown_unit_hint(name: str) -> str:
    """What to tell an editor whose claim names a unit `lookup` does not know."""
    key = name.strip()
    if len(key) == 3 and key.isalpha() and key.isupper():
        return f"'{key}' is not an ISO 4217 currency code; write a real one such as MXN, NOK or SEK"
    close = difflib.get_close_matches(key.lower(), known_names(), n=1, cutoff=0.75)  # not "sec" for "parsec"
    if close:
        return f"did you mean '{close[0]}'?"
    return "known: " + ", ".join(canonical_names()) + ", or an ISO 4217 currency code such as MXN"
