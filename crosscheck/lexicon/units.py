"""Units as records: the lexicon's unit and currency tables, looked up by any spelling.

Both sides read units from here: the claims file's `unit` and the article extractor, so a unit
the claims file accepts is always one articles are read for.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import en


@dataclass(frozen=True)
class Unit:
    """A unit of a dimension: amounts convert only inside one (each currency is its own)."""

    name: str  # canonical name shown in reports
    dimension: str
    factor: float  # multiply by this to get the dimension's base unit

    def convert(self, value: float, to: Unit) -> float:
        return value * self.factor / to.factor


UNITS = tuple(Unit(name, dimension, factor) for name, dimension, factor, _ in en.UNITS)
# Every spelling read after an amount, in lower case, its words single-spaced.
BY_SPELLING: dict[str, Unit] = {
    spelling: unit for unit, (*_, spellings) in zip(UNITS, en.UNITS) for spelling in spellings
}
_BY_NAME = {unit.name: unit for unit in UNITS}
CLAIM_ONLY = {spelling: _BY_NAME[name] for spelling, name in en.CLAIM_ONLY_UNITS.items()}
# Symbol as written -> ISO code.
CURRENCY_SYMBOLS = {symbol: code for code, symbols in en.CURRENCIES.items() for symbol in symbols}


def currency(code: str) -> Unit:
    """The currency with this ISO code: the table's unit if it has one, else a unit of its own."""
    code = code.upper()
    known = BY_SPELLING.get(code.lower())
    if known is not None and known.dimension.startswith("currency:"):
        return known
    return Unit(code, f"currency:{code}", 1.0)


def lookup(name: str) -> Unit | None:
    """The unit an editor or an article means by `name`, or None if unknown.

    Three capital letters are an ISO currency code (MXN, SGD): crosscheck
    knows there is such a currency even without a rate for it.
    """
    key = " ".join(name.strip().split())
    symbol = CURRENCY_SYMBOLS.get(key) or CURRENCY_SYMBOLS.get(key.upper())
    if symbol is not None:
        return currency(symbol)
    unit = BY_SPELLING.get(key.lower()) or CLAIM_ONLY.get(key.lower())
    if unit is not None:
        return unit
    if len(key) == 3 and key.isalpha() and key.isupper():
        return currency(key)
    return None
