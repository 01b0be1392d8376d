"""Quantity mentions: an amount, its unit, and how firmly it is stated.

Written by hand rather than with a quantity library: the forms news copy
uses are few (digits with separators, number words, "13-year-old",
"US$3.3 billion", "€500m", ranges, hedges and bounds) and a general parser
costs seconds of start-up that the editor's command cannot afford.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import units
from ..units import Unit

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES = {w: i for i, w in enumerate(_ONES)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
WORD_VALUES |= {"a dozen": 12, "dozen": 12, "a hundred": 100, "a thousand": 1000}
_WORDNUM = (r"(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_ONES[1:10]) + r"))?"
            r"|" + "|".join(sorted(_ONES, key=len, reverse=True)) + r"|a dozen|dozen|a hundred|a thousand)")
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_NUM = r"(?:" + _DIGITS + r"(?![\d:/])(?!(?:st|nd|rd|th)\b)|(?i:" + _WORDNUM + r")\b)"
_CURRENCY_CODES = r"(?:USD|EUR|GBP|JPY|CNY|INR|MXN|CAD|AUD|SGD|CHF|BRL|HKD|NZD|KRW|RUB|ZAR)"
_CURRENCY_SYMBOL = r"(?:US\$|[A-Z]{1,3}\$|\$|€|£|¥|₹|₩|₽)"
_HEDGES = ("around", "about", "approximately", "roughly", "nearly", "almost", "some", "close to",
           "an estimated", "estimated", "more than", "over", "at least", "up to", "less than", "fewer than",
           "under", "as many as", "as much as", "upwards of", "just over", "just under", "well over",
           "at most", "no more than", "no fewer than", "between")
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "bn": 1e9, "mn": 1e6, "tn": 1e12, "k": 1e3, "m": 1e6}
_UNIT_WORDS = (r"years?|yrs?|days?|kilomet(?:re|er)s?|kms?|miles?|mi|metres?|meters?|m|ft|feet|foot"
               r"|%|percent|per\s+cent|people|persons?|deaths|dead|victims|dollars?|euros?|pounds?")

QUANTITY_RE = re.compile(
    r"(?P<hedge>(?i:\b(?:" + "|".join(h.replace(" ", r"\s+") for h in _HEDGES) + r")\s+))?"
    r"(?P<cur>(?:" + _CURRENCY_SYMBOL + r"|" + _CURRENCY_CODES + r")\s?)?"
    r"(?<![\w.,/:-])(?P<num>" + _NUM + r")"
    r"(?:\s*(?:-|–|to|and)\s*(?:" + _CURRENCY_SYMBOL + r")?(?P<num2>" + _NUM + r"))?"
    r"(?:\s*-?\s*(?P<scale>(?i:thousand|million|billion|trillion|bn|mn|tn)|m|k)(?![\w]))?"
    r"(?:\s+(?P<curafter>" + _CURRENCY_CODES + r")\b)?"
    r"(?:(?:\s*|-)(?P<unit>(?i:" + _UNIT_WORDS + r"))(?![\w]))?"
    r"(?P<old>-olds?\b|\s+old\b)?"
)
AGE_BEFORE_RE = re.compile(r"\b(?:for|after)\s+$", re.IGNORECASE)
AGO_AFTER_RE = re.compile(r"\s+ago\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class QuantityMention:
    start: int
    end: int
    text: str
    value: float
    high: float | None  # upper end of a range
    unit: Unit | None
    hedge: str | None  # "around", "more than", …
    age: str | None  # old | for | after | ago: a time span that dates its subject
    bare: str = ""  # the amount and unit as written, without the hedge


def _number(text: str) -> float:
    t = " ".join(text.lower().replace("-", " ").split())
    if t in WORD_VALUES:
        return float(WORD_VALUES[t])
    if " " in t and t.split()[0] in WORD_VALUES:
        return float(sum(WORD_VALUES[w] for w in t.split()))
    return float(text.replace(",", ""))


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[QuantityMention]:
    end = len(text) if end is None else end
    out = []
    for m in QUANTITY_RE.finditer(text, start, end):
        mention = _mention(text, m)
        if mention is not None:
            out.append(mention)
    return out


def _mention(text: str, m: re.Match) -> QuantityMention | None:
    hedge = " ".join(m.group("hedge").split()).lower() if m.group("hedge") else None
    num2 = m.group("num2")
    if num2 and hedge != "between" and re.search(r"\band\b", text[m.end("num"):m.start("num2")]):
        return None  # "3 and 4" is two numbers, a range only after "between"
    if hedge == "between" and not num2:
        hedge = None
    value = _number(m.group("num"))
    high = _number(num2) if num2 else None
    cur = (m.group("cur") or "").strip() or m.group("curafter")
    scale_word = m.group("scale")
    unit_word = (m.group("unit") or "").lower()
    if scale_word in ("m", "k") and not cur and not unit_word.startswith(("dollar", "euro", "pound")):
        if scale_word == "m" and not unit_word:
            unit_word, scale_word = "m", None  # 500m without a currency is metres
        else:
            scale_word = None
    scale = _SCALES.get((scale_word or "").lower(), 1.0) if scale_word else 1.0
    unit = _unit(cur, unit_word)
    word_number = not m.group("num")[0].isdigit()
    if word_number and unit is None and not scale_word:
        return None  # "one of the", "some ten": a bare number word is rarely a figure
    is_year = (unit is None and not scale_word and high is None and not cur
               and re.fullmatch(r"(?:1[89]|20)\d\d", m.group("num")) is not None)
    if is_year:
        return None
    age = None
    if unit is not None and unit.name == "year":
        if m.group("old") and high is None:
            age = "old"
        elif AGE_BEFORE_RE.search(text[max(0, m.start() - 8):m.start()]) and not hedge:
            age = text[max(0, m.start() - 8):m.start()].split()[-1].lower()
        elif AGO_AFTER_RE.match(text, m.end()):
            age = "ago"
    span_start = m.start("hedge") if hedge else (m.start("cur") if m.group("cur") else m.start("num"))
    span_end = m.end()
    while span_end > span_start and text[span_end - 1].isspace():
        span_end -= 1
    bare_start = m.start("cur") if m.group("cur") else m.start("num")
    return QuantityMention(span_start, span_end, text[span_start:span_end], value * scale,
                           high * scale if high is not None else None, unit, hedge, age, text[bare_start:span_end])


def _unit(currency: str | None, unit_word: str) -> Unit | None:
    if currency:
        code = units.CURRENCY_SYMBOLS.get(currency, currency.upper())
        return units.currency(code)
    if not unit_word:
        return None
    word = " ".join(unit_word.split())
    if word in ("dollar", "dollars"):
        return units.currency("USD")
    return units.lookup(word)
