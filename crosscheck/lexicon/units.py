"""Units as records: the lexicon's unit and currency tables, looked up by any spelling.

Both sides read units from here: the claims file's `unit` and the article extractor, so a unit
the claims file accepts is always one articles are read for.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

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


# ISO 4217 lists these codes, but they name no currency: "no currency involved" and "for testing".
NOT_CURRENCIES = frozenset({"XXX", "XTS"})


@cache
def _iso_4217() -> frozenset[str]:
    """Every current ISO 4217 code, from pycountry's copy of the standard (loaded on first use:
    most articles never put three capital letters beside an amount)."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies) - NOT_CURRENCIES


def is_currency_code(code: str) -> bool:
    """Whether three capital letters are an ISO 4217 currency code ("NOK", "SEK"; not "GMT")."""
    if len(code) != 3 or not code.isascii() or not code.isalpha() or not code.isupper():
        return False
    return code in en.CURRENCIES or code in _iso_4217()


def currency(code: str) -> Unit:
    """The currency with this ISO code: the table's unit if it has one, else a unit of its own."""
    code = code.upper()
    known = BY_SPELLING.get(code.lower())
    if known is not None and known.dimension.startswith("currency:"):
        return known
    return Unit(code, f"currency:{code}", 1.0)


def lookup(name: str) -> Unit | None:
    """The unit an editor or an article means by `name`, or None if unknown.

    Three capital letters are a currency when ISO 4217 lists them (MXN, SGD, NOK): crosscheck
    knows there is such a currency even without a rate for it. Other capitals ("ABC") are not.
    """
    key = " ".join(name.strip().split())
    symbol = CURRENCY_SYMBOLS.get(key) or CURRENCY_SYMBOLS.get(key.upper())
    if symbol is not None:
        return currency(symbol)
    unit = BY_SPELLING.get(key.lower()) or CLAIM_ONLY.get(key.lower())
    if unit is not None:
        return unit
    if is_currency_code(key):
        return currency(key)
    return None
