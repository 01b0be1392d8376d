"""Units editors write, grouped by dimension, with factors to a base unit.

Conversion happens only inside a dimension. Each currency is a dimension of
its own: crosscheck has no exchange rates, and S$ is not US$.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    name: str  # canonical name shown in reports
    dimension: str
    factor: float  # multiply by this to get the dimension's base unit

    def convert(self, value: float, to: "Unit") -> float:
        return value * self.factor / to.factor


_UNITS = (
    (Unit("year", "time", 365.2425), ("year", "years", "yr", "yrs", "y")),
    (Unit("day", "time", 1.0), ("day", "days", "d")),
    (Unit("m", "length", 1.0), ("m", "metre", "metres", "meter", "meters")),
    (Unit("km", "length", 1000.0), ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")),
    (Unit("mile", "length", 1609.344), ("mile", "miles", "mi")),
    (Unit("ft", "length", 0.3048), ("ft", "foot", "feet")),
    (Unit("USD", "currency:USD", 1.0), ("usd", "$", "us$", "dollar", "dollars", "us dollar", "us dollars")),
    (Unit("EUR", "currency:EUR", 1.0), ("eur", "€", "euro", "euros")),
    (Unit("GBP", "currency:GBP", 1.0), ("gbp", "£", "pound", "pounds", "pound sterling")),
    (Unit("percent", "percent", 1.0), ("%", "percent", "per cent", "pct")),
    (Unit("people", "people", 1.0), ("people", "person", "persons", "deaths", "dead", "victims")),
)

# Symbols of other currencies: amounts in them are kept apart from USD.
CURRENCY_SYMBOLS = {
    "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
    "S$": "SGD", "A$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD",
    "MX$": "MXN", "R$": "BRL", "₩": "KRW", "₽": "RUB", "CHF": "CHF",
}

_BY_NAME: dict[str, Unit] = {}
for _unit, _names in _UNITS:
    for _name in _names:
        _BY_NAME[_name] = _unit


def currency(code: str) -> Unit:
    code = code.upper()
    known = _BY_NAME.get(code.lower())
    if known is not None and known.dimension.startswith("currency:"):
        return known
    return Unit(code, f"currency:{code}", 1.0)


def lookup(name: str) -> Unit | None:
    """The unit an editor or an article means by `name`, or None if unknown.

    Three capital letters are an ISO currency code (MXN, SGD): crosscheck
    knows there is such a currency even without a rate for it.
    """
    key = " ".join(name.strip().split())
    if key in CURRENCY_SYMBOLS:
        return currency(CURRENCY_SYMBOLS[key])
    unit = _BY_NAME.get(key.lower())
    if unit is not None:
        return unit
    if len(key) == 3 and key.isalpha() and key.isupper():
        return currency(key)
    return None


def known_names() -> list[str]:
    """Every spelling crosscheck reads, for "did you mean"."""
    return sorted({name for _, names in _UNITS for name in names if name.isalpha()})


def canonical_names() -> list[str]:
    return [unit.name for unit, _ in _UNITS]
