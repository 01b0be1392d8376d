"""Quantity mentions: an amount, its unit, and how firmly it is stated.

Written by hand rather than with a quantity library: the forms news copy
uses are few (digits with separators, number words, "13-year-old",
"US$3.3 billion", "€500m", ranges, hedges and bounds) and a general parser
costs seconds of start-up that the editor's command cannot afford.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import alternation, en
from ..lexicon.units import BY_SPELLING, CURRENCY_SYMBOLS, Unit, currency

WORD_VALUES = (
    {w: i for i, w in enumerate(en.NUMBER_WORDS)}
    | {w: 20 + 10 * i for i, w in enumerate(en.TENS_WORDS)}
    | en.COUNT_PHRASES
)
_WORDNUM = (
    r"(?:" + alternation(en.TENS_WORDS) + r"(?:[- ]" + alternation(en.NUMBER_WORDS[1:10]) + r")?"
    r"|" + alternation([*en.NUMBER_WORDS, *en.COUNT_PHRASES]) + r")"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_NUM = r"(?:" + _DIGITS + r"(?![\d:/])(?!" + alternation(en.ORDINAL_SUFFIXES) + r"\b)|(?i:" + _WORDNUM + r")\b)"
_CURRENCY_CODES = alternation(en.CURRENCIES)
# Any symbol of the table, and letters before a dollar sign ("Z$") as a currency of their own.
_CURRENCY_SYMBOL = r"(?:" + alternation(CURRENCY_SYMBOLS) + r"|[A-Z]{1,3}\$)"
_SHORT_SCALES = [s for s in en.SCALES if len(s) == 1]  # read in lower case only: "M" is no million
_SCALES = alternation(s for s in en.SCALES if len(s) > 1)
# Spellings longest first: "miles" before "mi", "per cent" before "per".
_UNIT_WORDS = alternation(BY_SPELLING)

QUANTITY_RE = re.compile(
    r"(?P<hedge>(?i:\b" + alternation(en.HEDGES) + r"\s+))?"
    r"(?P<cur>(?:" + _CURRENCY_SYMBOL + r"|" + _CURRENCY_CODES + r")\s?)?"
    r"(?<![\w.,/:-])(?P<num>" + _NUM + r")"
    r"(?:\s*(?:"
    + alternation([*en.RANGE_MARKS, *en.RANGE_WORDS])
    + r")\s*(?:"
    + _CURRENCY_SYMBOL
    + r")?(?P<num2>"
    + _NUM
    + r"))?"
    r"(?:\s*-?\s*(?P<scale>(?i:" + _SCALES + r")|" + alternation(_SHORT_SCALES) + r")(?![\w]))?"
    r"(?:\s+(?P<curafter>" + _CURRENCY_CODES + r")\b)?"
    r"(?:(?:\s*|-)(?P<unit>(?i:" + _UNIT_WORDS + r"))(?![\w]))?"
    r"(?P<old>-" + alternation(en.AGE_WORDS) + r"\b|\s+" + alternation(en.AGE_WORDS[:1]) + r"\b)?"
)
AGE_BEFORE_RE = re.compile(r"\b" + alternation(en.AGE_PREPOSITIONS) + r"\s+$", re.IGNORECASE)
AGO_AFTER_RE = re.compile(r"\s+" + re.escape(en.AGO) + r"\b", re.IGNORECASE)
_RANGE_AND_RE = re.compile(r"\b" + alternation(en.RANGE_WORDS[1:]) + r"\b")


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
    if num2 and hedge != en.RANGE_OPENER and _RANGE_AND_RE.search(text[m.end("num") : m.start("num2")]):
        return None  # "3 and 4" is two numbers, a range only after "between"
    if hedge == en.RANGE_OPENER and not num2:
        hedge = None
    value = _number(m.group("num"))
    high = _number(num2) if num2 else None
    cur = (m.group("cur") or "").strip() or m.group("curafter")
    scale_word = m.group("scale")
    unit_word = " ".join((m.group("unit") or "").lower().split())
    if scale_word in _SHORT_SCALES and not cur and not _is_money(unit_word):
        if scale_word == "m" and not unit_word:
            unit_word, scale_word = "m", None  # 500m without a currency is metres
        else:
            scale_word = None
    scale = en.SCALES.get(scale_word.lower(), 1.0) if scale_word else 1.0
    unit = _unit(cur, unit_word)
    word_number = not m.group("num")[0].isdigit()
    if word_number and unit is None and not scale_word:
        return None  # "one of the", "some ten": a bare number word is rarely a figure
    is_year = (
        unit is None
        and not scale_word
        and high is None
        and not cur
        and re.fullmatch(r"(?:1[89]|20)\d\d", m.group("num")) is not None
    )
    if is_year:
        return None
    age = None
    if unit is not None and unit.name == "year":
        if m.group("old") and high is None:
            age = "old"
        elif AGE_BEFORE_RE.search(text[max(0, m.start() - 8) : m.start()]) and not hedge:
            age = text[max(0, m.start() - 8) : m.start()].split()[-1].lower()
        elif AGO_AFTER_RE.match(text, m.end()):
            age = "ago"
    span_start = m.start("hedge") if hedge else (m.start("cur") if m.group("cur") else m.start("num"))
    span_end = m.end()
    while span_end > span_start and text[span_end - 1].isspace():
        span_end -= 1
    bare_start = m.start("cur") if m.group("cur") else m.start("num")
    return QuantityMention(
        span_start,
        span_end,
        text[span_start:span_end],
        value * scale,
        high * scale if high is not None else None,
        unit,
        hedge,
        age,
        text[bare_start:span_end],
    )


def _is_money(unit_word: str) -> bool:
    unit = BY_SPELLING.get(unit_word)
    return unit is not None and unit.dimension.startswith("currency:")


def _unit(symbol: str | None, unit_word: str) -> Unit | None:
    if symbol:
        return currency(CURRENCY_SYMBOLS.get(symbol, symbol.upper()))
    return BY_SPELLING.get(unit_word) if unit_word else None
