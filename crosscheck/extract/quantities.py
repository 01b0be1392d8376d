"""Quantity mentions: an amount, its unit, and how firmly it is stated.

The forms news copy uses are read here: digits with separators, "13-year-old", "US$3.3 billion",
"€500m", "NOK 500 million", "12.4k", "2 1/2", "2½", ranges, hedges and bounds, and number words of
any size ("twelve thousand four hundred", "half a billion", "two and a half miles"). A run of number
words is found with a pattern built from the lexicon and its value computed by text2num, whole or
not at all: a wrong partial read ("twelve thousand" of "twelve thousand four hundred") is worse
than none.

What cannot be compared is found too, so that a sentence holding it is not taken for silent:
vague amounts ("dozens of people", "tens of thousands") and number words that make no one number.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter, itemgetter
from types import ModuleType

from text_to_num import text2num  # type: ignore[import-untyped]

from ..lexicon import alternation, current, pattern, per_language, table, words
from ..lexicon.units import Unit, currency, is_currency_code
from ..text import Token, fold
from .dates import YEAR

# --- the grammar of amounts, per language ------------------------------------------------------

_W = r"(?![\w])"  # a word ends here ("ten" is not "tenth")
_CODE = r"[A-Z]{3}(?![\w$])"  # any three capitals, kept when ISO 4217 lists them
# A code before the amount may be written against its digits ("EUR100 million", "USD25.6 billion"),
# kept only as `_glued` allows.
_CODE_BEFORE = r"[A-Z]{3}(?![A-Za-z_$])"


@dataclass(frozen=True)
class _Grammar:
    """The patterns of one language's amounts, as text to compile or to build on."""

    run: str  # a run of number words: "twelve thousand four hundred", "doscientos treinta y cinco"
    base: str  # a number below a thousand in words: "two", "ciento veinte"
    word_amount: str  # any amount in words, fractions and dozens included
    mults: str  # scale words after a number word: "thousand", "mil millones"
    article: str  # "a", "an"; "un", "una"
    quantity: str  # an amount with its hedge, currency, range, scale and unit
    unit_words: str  # the unit spellings, longest first


def _grammar(lx: ModuleType) -> _Grammar:
    ones = alternation(lx.NUMBER_WORDS[1:10])
    one = re.escape(lx.NUMBER_WORDS[1]) + _W  # "one third of a mile"
    tens_joiner = alternation(lx.TENS_JOINERS)
    hundreds = alternation(lx.HUNDREDS_WORDS) + _W if lx.HUNDREDS_WORDS else None
    tens = alternation(lx.TENS_WORDS)
    below_hundred = rf"(?:{tens}(?:{tens_joiner}{ones}{_W})?{_W}|{alternation(lx.NUMBER_WORDS)}{_W})"
    # "ciento veinte", "doscientos": Spanish hundreds are words of their own, not a scale
    base = rf"(?:{hundreds}(?:\s+{below_hundred})?|{below_hundred})" if hundreds else below_hundred
    article = alternation(lx.NUMBER_ARTICLES) + _W
    mults = r"(?:[\s-]+" + alternation(lx.WORD_SCALES) + _W + r")+"
    joined = r"(?:\s+" + re.escape(lx.NUMBER_JOINER) + r")?[\s-]+"
    # "twelve thousand four hundred", "one hundred and eighty-five", "a hundred": a word may follow a
    # number word only after a scale word, as in English numbers ("nineteen eighty-four" is two runs).
    # "mil trescientos", "mil millones": a scale word that is a number alone opens a run as well, in
    # lower case ("la Guerra de los Mil Días" is a name)
    bare_scale = r"|(?-i:" + alternation(lx.BARE_SCALES) + r")" + _W + r"(?:" + mults + r")?" if lx.BARE_SCALES else ""
    run = (
        r"(?:(?:(?:" + base + r"|" + article + r")" + mults + bare_scale + r")(?:" + joined + base + mults + r")*"
        r"(?:" + joined + base + r")?|" + base + r")"
    )
    count = r"(?:(?:" + base + r"|" + article + r")\s+)?" + alternation(lx.COUNT_WORDS) + _W
    fraction = alternation(lx.FRACTION_WORDS) + _W
    fractions = alternation(w + "s" for w in lx.FRACTION_WORDS) + _W
    plain_fraction = alternation(w for w in lx.FRACTION_WORDS if w not in lx.ORDINAL_FRACTIONS) + _W
    spellings = article_units(lx)
    unit_words = alternation(spellings)  # longest first: "miles" before "mi", "per cent" before "per"
    # What "half a", "a quarter of a" must be followed by to be an amount: a scale, a dozen or a unit.
    of_a_what = r"(?=[\s-]+(?:" + alternation([*lx.WORD_SCALES, *lx.COUNT_WORDS]) + "|" + unit_words + r")" + _W + ")"
    of = r"\s+" + re.escape(lx.FRACTION_OF)
    of_a = of + r"\s+" + article + of_a_what
    after_fraction = r"(?:" + mults + r"|[\s-]+" + alternation(lx.COUNT_WORDS) + _W + r")?"
    # "two and a half", or hyphenated before a noun: "a five-and-a-half hour final"
    and_a = r"(?:\s+" + re.escape(lx.NUMBER_JOINER) + r"\s+|-" + re.escape(lx.NUMBER_JOINER) + r"-)"
    word_amount = "|".join(
        [
            # "half a billion", "half a mile", "a half-mile", "a quarter of a million", "a third of a mile"
            rf"(?:(?:{article}|{one})\s+)?(?:(?:{plain_fraction}(?:{of})?|{fraction}{of})\s+{article}|{plain_fraction})"
            rf"{of_a_what}{after_fraction}",
            # "three quarters", "two-thirds", "three quarters of a mile"
            rf"{base}[\s-]+{fractions}(?:{of_a})?{after_fraction}",
            count,  # "a dozen", "two dozen"
            # "twelve thousand four hundred"; "two and a half", "one and a half million", "two and three quarters"
            rf"{run}(?:{and_a}(?:{article}[\s-]{fraction}|{base}[\s-]+{fractions}){after_fraction})?",
        ]
    )
    vulgar = "[" + "".join(lx.VULGAR_FRACTIONS) + "]"
    ordinal = r"(?i:" + alternation(lx.ORDINAL_SUFFIXES) + r")\b"  # "the 5TH president" in a capitals headline
    # "22 and a half years", "22-and-a-half years": digits with a fraction said in words, as with words
    digits_and_a = rf"\d+(?i:{and_a}(?:{article}[\s-]{fraction}|{base}[\s-]+{fractions}))"
    # one look-behind per zone: each must have a fixed width. A digit is looked for first: the
    # digits open every form after them, and the look-behinds are otherwise tried at every word
    clock_offset = r"(?=\d)" + "".join(rf"(?<!(?i:{re.escape(zone)})[+\-\u2212])" for zone in lx.TIME_ZONES)
    digit_amount = "|".join(
        [
            digits_and_a,
            r"\d{1,3}(?:[\s-]+[1-9]/(?:[2-9]|1[0-6])(?![\d/])|[ \u00a0]?" + vulgar + ")",  # "2 1/2", "2-1/2", "2½"
            # "10/08" is a date, "$150,000/month" a rate; a number cut before ",50" is no number
            # "at 11.50am" and "(0040 GMT)" are times of day, "GMT+8" a clock's offset: no amount
            clock_offset
            + _digits(lx.DECIMAL_MARKS)
            + r"(?![\d:]|/\d|[,.]\d)(?!"
            + ordinal
            + r")(?!\s?(?i:"
            + alternation([*lx.CLOCK_MARKS, *lx.TIME_ZONES])
            + r")(?!\w))",
            vulgar,  # "½ mile"
        ]
    )
    # The words an amount in words may open with, tried once before the forms that open with them.
    first_words = [
        *lx.NUMBER_WORDS,
        *lx.TENS_WORDS,
        *lx.HUNDREDS_WORDS,
        *lx.NUMBER_ARTICLES,
        *lx.BARE_SCALES,
        *lx.FRACTION_WORDS,
        *lx.COUNT_WORDS,
    ]
    first_word = "(?=[" + "".join(sorted({w[0] for w in first_words})) + "])(?=" + alternation(first_words) + _W + ")"
    num = r"(?:" + digit_amount + r"|(?i:" + first_word + "(?:" + word_amount + r")))"
    num2 = r"(?:" + digit_amount + r"|(?i:" + run + r"))"  # the end of a range: "3 to 4", "two to three million"
    # One-letter scales: in lower case as the lexicon says; in capitals ("$5M", "12.4K") only with a
    # currency, or "K" (a capital M without one may be a name: "3M").
    short_scales = [s for s in lx.SCALES if len(s) == 1]
    capital_scales = [s.upper() for s in short_scales]
    scales = alternation(s for s in lx.SCALES if len(s) > 1)
    # "20 mil millones de dólares", "un billón de pesos": a word may join a scale to its unit
    unit_joiner = r"(?:\s+" + alternation(lx.SCALE_UNIT_JOINERS) + r"(?=\s+(?i:" + unit_words + r")(?!\w)))?"
    # Any symbol of the table, and letters before a dollar sign ("Z$") as a currency of their own.
    currency_symbol = r"(?:" + alternation(currency_symbols(lx)) + r"|[A-Z]{1,3}\$)"
    # A measure's noun hyphened to its figure: "a magnitude-7.8 earthquake" (each a look-behind of its own width).
    measured = "".join(r"(?<=(?<![\w-])(?i:" + re.escape(noun) + r")-)|" for noun in lx.MEASURE_NOUNS)
    # A hedge's first letter is looked for first (_starting), and so is a currency's first
    # character: a symbol's, or a capital (a code, "US$")
    currency_start = (
        r"(?=[" + "".join(sorted({re.escape(c[0]) for c in currency_symbols(lx) if not "A" <= c[0] <= "Z"})) + r"A-Z])"
    )
    quantity = (
        r"(?P<hedge>" + _starting(lx.HEDGES) + r"(?i:\b" + alternation(lx.HEDGES) + r"\s+))?"
        r"(?P<cur>" + currency_start + r"(?:" + currency_symbol + r"|(?<![\w$])" + _CODE_BEFORE + r")\s?)?"
        r"(?(cur)|(?:" + measured + r"(?<![\w.,/:'’-])))(?P<num>" + num + r")"  # a sign or a code may touch the digits
        r"(?:\s*(?:"
        + alternation([*lx.RANGE_MARKS, *lx.RANGE_WORDS])
        + r")\s*(?:"
        + currency_symbol
        + r")?(?P<num2>"
        + num2
        + r"))?"
        r"(?:\s*-?\s*(?P<scale>(?i:"
        + scales
        + r")|"
        + alternation([*short_scales, *capital_scales])
        + r")(?![\w]))?"
        + (unit_joiner if lx.SCALE_UNIT_JOINERS else "")  # after a scale word, digits' or words' ("un billón de")
        + r"(?:\s+(?P<curafter>"
        + _CODE
        + r"))?"
        r"(?:(?:\s*|-)(?P<unit>(?i:" + unit_words + r"))(?![\w]))?"
        r"(?P<old>-" + alternation(lx.AGE_WORDS) + r"\b|\s+" + alternation(lx.AGE_WORDS[:1]) + r"\b)?"
    )
    return _Grammar(run, base, word_amount, mults, article, quantity, unit_words)


# An apostrophe marking the millions, every mark after it grouping thousands ("12'743,051"), or
# every group (Swiss "1'250'000").
_APOSTROPHE_GROUPED = r"\d{1,3}['’]\d{3}(?:['’.,]\d{3})*"


def _starting(words: Iterable[str]) -> str:
    """A look-ahead for the first letters of `words`, without case, to put before their
    alternation: without it the alternation is tried at every character of the text searched, at
    several times the cost of one test of a character."""
    return r"(?=(?i:[" + "".join(sorted({re.escape(w[0].lower()) for w in words})) + r"]))"


def _digits(decimal_marks: tuple[str, ...]) -> str:
    """Digits as the language groups them. English: thousands grouped with commas, or with the
    thin and no-break spaces of SI style ("12 400"); Indian grouping writes lakhs and crores in
    pairs ("7,50,000", "1,20,00,000"). A language written with either mark for decimals
    (Spanish: "2.500,5" in Spain, "2,500.5" in Mexico) groups with either."""
    apostrophe = _APOSTROPHE_GROUPED + r"(?![.,]\d)"  # "12'743,051", Swiss "1'000'000"
    spaced = r"\d{1,3}(?: \d{3})+(?![\d.,])"  # "2 207": read only in an article that groups so (find_quantities)
    if decimal_marks == (".",):
        return (
            r"(?:" + apostrophe + r"|\d{1,3}(?:[,\u00a0\u2009\u202f]\d{3})+(?:\.\d+)?"
            r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|" + spaced + r"|\d+(?:\.\d+)?)"
        )
    return (
        r"(?:" + apostrophe + r"|\d{1,3}(?:[.,\u00a0\u2009\u202f]\d{3})+(?:[.,]\d+)?|" + spaced + r"|\d+(?:[.,]\d+)?)"
    )


def article_units(lx: ModuleType) -> dict[str, Unit]:
    """Every unit spelling an article in this language is read with, in lower case. A unit is the
    same record in every language ("km", "USD"); a language may have units of its own ("mdd":
    millions of dollars in Mexican copy)."""
    return {
        spelling: Unit(name, dimension, factor)
        for name, dimension, factor, spellings in lx.UNITS
        for spelling in spellings
    }


def currency_symbols(lx: ModuleType) -> dict[str, str]:
    """Symbol as written -> ISO code, as this language's copy writes them (Mexican "$" is pesos)."""
    return {symbol: code for code, symbols in lx.CURRENCIES.items() for symbol in symbols}


GRAMMAR = per_language(_grammar)
_QUANTITY_RE = pattern(lambda lx: GRAMMAR().quantity)
UNIT_SPELLINGS = table(article_units)
# One-letter scales ("m", "k"), and as capitals ("M", "K"): a name as well as a scale without a currency.
_SHORT_SCALES = words(lambda lx: (s for s in lx.SCALES if len(s) == 1))
_CAPITAL_SCALES = words(lambda lx: (s.upper() for s in lx.SCALES if len(s) == 1))
CURRENCY_SYMBOLS = table(currency_symbols)


AGE_OPENER_REACH = 24  # characters before a span searched for what opens an age: ", de solo 20 años"


def _age_openers(lx: ModuleType) -> str:
    """What opens an age before its number, a quantifier between ("de solo 20 años"). An opener
    written after a comma is set off, as an age is, and so opens one at a sentence's start too
    ("Con solo 20 años, el murciano"), never after a verb ("castigado con 25 años")."""
    if not lx.AGE_OPENERS:
        return r"(?!)"
    set_off = [o.removeprefix(",").strip() for o in lx.AGE_OPENERS if o.startswith(",")]
    inside = [o for o in lx.AGE_OPENERS if not o.startswith(",")]
    leads = [r"(?:^|[,.;:!?\n])\s*" + alternation(set_off)] * bool(set_off) + [r"\b" + alternation(inside)] * bool(
        inside
    )
    return "(?:" + "|".join(leads) + r")\s+(?:" + alternation(lx.QUANTIFIERS) + r"\s+)?$"


AGE_OPENER_RE = pattern(_age_openers, re.IGNORECASE)
_AGED_NOUN_RE = pattern(
    lambda lx: (r"\b" + alternation(lx.AGED_NOUNS) + r"\s+" + re.escape(lx.OF) + r"\s+$") if lx.AGED_NOUNS else r"(?!)",
    re.IGNORECASE,
)
_OF_AFTER_RE = pattern(lambda lx: r"\s+" + re.escape(lx.OF) + r"\s", re.IGNORECASE)


def _a_persons_age(text: str, start: int, end: int) -> bool:
    """Whether years after a person's noun and "de" are that person's age: "el golfista de 43
    años", not "un piloto de 20 años de experiencia" (a span of something named after it)."""
    return _AGED_NOUN_RE.search(text, max(0, start - AGE_OPENER_REACH), start) is not None and not _OF_AFTER_RE.match(
        text, end
    )


AGE_BEFORE_RE = pattern(lambda lx: r"\b" + alternation(lx.AGE_PREPOSITIONS) + r"\s+$", re.IGNORECASE)
AGO_AFTER_RE = pattern(lambda lx: r"\s+" + re.escape(lx.AGO) + r"\b", re.IGNORECASE)
AGO_BEFORE_RE = pattern(lambda lx: r"\b" + re.escape(lx.AGO) + r"\s+$", re.IGNORECASE)  # "hace 13 años"


def _ago(text: str, start: int, end: int) -> bool:
    """Whether a span is counted back from the time of writing: "20 years ago", "hace 20 años"."""
    if current.AGO_BEFORE_SPAN:
        return AGO_BEFORE_RE.search(text, max(0, start - 12), start) is not None
    return AGO_AFTER_RE.match(text, end) is not None


_RANGE_AND_RE = pattern(lambda lx: r"\b" + alternation(lx.RANGE_WORDS[1:]) + r"\b")
_K_DISTANCE_RE = pattern(lambda lx: r"[\s-]*" + alternation(lx.K_DISTANCE_NOUNS) + r"\b", re.IGNORECASE)
_SCALED_RE = pattern(lambda lx: GRAMMAR().mults, re.IGNORECASE)
_CAPITALS_BEFORE_RE = re.compile(r"(?<![\w])[A-Z]{2,}[\s,]*$")
_CAPITALS_AFTER_RE = re.compile(r"[\s,]*[A-Z]{2,}(?![\w])")


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
    word: bool = False  # a number word alone ("climbed to seven"): a figure only where tied to the topic


# --- the value of what was written ------------------------------------------------------------------

_WORD_SCALE_VALUES = table(lambda lx: {w: lx.SCALES[w] for w in lx.WORD_SCALES})
_FRACTION_VALUES = table(lambda lx: lx.FRACTION_WORDS | {w + "s": v for w, v in lx.FRACTION_WORDS.items()})
_ARTICLES = words("NUMBER_ARTICLES")


class Unreadable(ValueError):
    """Number words that make no one number."""


def word_value(text: str) -> float:
    """The value of an amount in words: "twelve thousand four hundred" 12400, "half a billion"
    5e8, "two and a half" 2.5, "three quarters" 0.75, "two dozen" 24. Raises Unreadable."""
    return _word_value(text, current.code)


@lru_cache(maxsize=4096)
def _word_value(text: str, language: str) -> float:
    words = text.lower().replace("-", " ").split()
    if words and words[-1] in current.COUNT_WORDS:  # "a dozen", "two dozen", "half a dozen"
        return (word_value(" ".join(words[:-1])) if words[:-1] else 1.0) * current.COUNT_WORDS[words[-1]]
    scale = 1.0
    while words and words[-1] in _WORD_SCALE_VALUES and any(w in _FRACTION_VALUES for w in words):
        scale *= _WORD_SCALE_VALUES[words.pop()]  # "half a billion", "one and a half million"
    fraction_at = next((i for i, w in enumerate(words) if w in _FRACTION_VALUES), None)
    if fraction_at is None:
        return _whole(words) * scale
    fraction = _FRACTION_VALUES[words[fraction_at]]
    head, tail = words[:fraction_at], words[fraction_at + 1 :]
    if tail and tail[0] == current.FRACTION_OF:  # "a quarter of a": the "of a" says no more
        tail = tail[1:]
    if tail and tail[0] in _ARTICLES:
        tail = tail[1:]
    if tail:
        raise Unreadable(text)
    if head and head[-1] in _ARTICLES:
        head = head[:-1]  # "and a half", "a quarter"
        if head and head[-1] == current.NUMBER_JOINER:  # "two and a half"
            head = head[:-1]
            last_scale = _WORD_SCALE_VALUES.get(head[-1], 1.0) if head else 1.0  # "a million and a half"
            return (_whole(head) + fraction * last_scale) * scale
        return fraction * scale
    if len(head) >= 2 and head[-2] == current.NUMBER_JOINER:  # "two and three quarters"
        return (_whole(head[:-2]) + _whole(head[-1:]) * fraction) * scale
    return (_whole(head) if head else 1.0) * fraction * scale  # "three quarters", "half a"


TEXT2NUM_LARGEST = 1e9  # the largest scale text2num reads


def _whole(words: list[str]) -> float:
    if words and words[0] in _ARTICLES:
        words = [current.NUMBER_WORDS[1], *words[1:]]  # "a hundred"
    # text2num reads up to billions; a scale beyond ("trillion", Spanish "billón") is split off here
    i = next((i for i, w in enumerate(words) if _WORD_SCALE_VALUES.get(w, 0.0) > TEXT2NUM_LARGEST), None)
    if i is not None:  # "two trillion three hundred billion"
        high = _whole(words[:i]) if words[:i] else 1.0
        rest = words[i + 1 :]
        if rest and rest[0] == current.NUMBER_JOINER:
            rest = rest[1:]
        return high * _WORD_SCALE_VALUES[words[i]] + (_whole(rest) if rest else 0.0)
    try:
        return float(text2num(" ".join(words), current.code))
    except ValueError:
        raise Unreadable(" ".join(words)) from None


def _number(text: str, decimal: str | None = ".") -> float:
    """The value of an amount as written; `decimal` is the article's decimal mark (None: not told)."""
    if not text[0].isdigit() and text[0] not in current.VULGAR_FRACTIONS:
        return word_value(text)
    if text[-1].isalpha():  # "22 and a half": the digits, and the fraction said in words after the joiner
        whole, fraction = _JOINED_FRACTION_RE.compiled.split(text, maxsplit=1)
        return float(whole) + word_value(fraction)
    if text[-1] in current.VULGAR_FRACTIONS:  # "2½", "½"
        return (float(text[:-1].rstrip()) if len(text) > 1 else 0.0) + current.VULGAR_FRACTIONS[text[-1]]
    if "/" in text:  # "2 1/2"
        whole, fraction = text.replace("-", " ").rsplit(None, 1)
        numerator, denominator = (int(n) for n in fraction.split("/"))
        if numerator >= denominator:
            raise Unreadable(text)
        return float(whole) + numerator / denominator
    if APOSTROPHE_GROUPED_RE.fullmatch(text):
        return float(re.sub(r"\D", "", text))  # "12'743,051": a millions mark, every mark after it groups
    if current.DECIMAL_MARKS == (".",):
        return float(re.sub(r"[,\u00a0\u2009\u202f ]", "", text))
    return _either_mark(text, decimal)


APOSTROPHE_GROUPED_RE = re.compile(_APOSTROPHE_GROUPED)
_JOINED_FRACTION_RE = pattern(lambda lx: r"[\s-]+" + re.escape(lx.NUMBER_JOINER) + r"[\s-]+", re.IGNORECASE)
_GROUP_SPACES_RE = re.compile(r"[\u00a0\u2009\u202f ]")


def _either_mark(text: str, decimal: str | None) -> float:
    """Digits of a language that writes decimals with either mark ("2.500,5" in Spain, "2,500.5"
    in Mexico): two marks, the last is the decimal one; one mark repeated groups thousands; one
    mark before other than three digits is a decimal mark. One mark before three digits ("2.500")
    is read as the article writes its decimals, and is unreadable when the article does not say,
    unless the digits end in "00" ("80.000 espectadores", "71.300 millones", "1.500 millones"): a
    decimal is not written with zeros at its end, so only grouping writes them (but for a lone
    zero before the mark, "0,500", which no grouping writes either)."""
    text = _GROUP_SPACES_RE.sub("", text)
    marks = [c for c in text if c in ".,"]
    if not marks:
        return float(text)
    if len(set(marks)) == 2:
        point = marks[-1]
    elif len(marks) > 1:
        point = None  # "2.500.000": grouping only
    elif len(text) - text.index(marks[0]) - 1 != 3:
        point = marks[0]  # "1,5", "40.25"
    elif text.endswith("000") or (text.endswith("00") and not text.startswith("0")):
        point = None  # "120.000 habitantes", "71.300 millones": no one writes a decimal with zeros at its end
    elif decimal is None:
        raise Unreadable(text)  # "2.500": 2,500 in Spain, 2.5 in Mexico
    else:
        point = marks[0] if marks[0] == decimal else None
    whole, _, fraction = text.rpartition(point) if point else (text, "", "")
    return float(re.sub(r"[.,]", "", whole) + ("." + fraction if point else ""))


_WHOLE_COUNTS = words("WHOLE_COUNT_WORDS")
_NEXT_WORD_RE = re.compile(r"\s+(\w+)")
# One mark before three digits, not "000" (which only grouping writes, so it says nothing of the
# article's marks): "3,271 evacuadas", "44.263 votos".
_ONE_GROUP_RE = re.compile(r"(?<![\d.,'’])\d{1,3}([.,])(?!000)\d{3}(?![\d]|[.,]\d)")


def counts_whole(text: str, end: int) -> bool:
    """Whether the word right after a figure ending at `end` counts whole people or votes ("3,271
    evacuadas", "44.263 votos"): a mark before the figure's last three digits then groups."""
    m = _NEXT_WORD_RE.match(text, end)
    return m is not None and fold(m.group(1)) in _WHOLE_COUNTS


_DECIMAL_SIGN_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:([.,])\d{3})+(?!\1)([.,])\d|(?<![\d.,])\d+([.,])\d{1,2}(?![\d.,])")
_GROUPED_RE = re.compile(r"(?<![\d.,])\d{1,3}([.,])\d{3}\1\d{3}(?![\d])")
# After an apostrophe marking the millions, a mark groups the thousands ("13'021,063")
_APOSTROPHE_THEN_MARK_RE = re.compile(r"(?<![\d.,])\d{1,3}['’]\d{3}([.,])\d{3}(?![\d])")


@lru_cache(maxsize=8)
def decimal_mark(text: str) -> str | None:
    """The decimal mark an article writes where its language allows either: "." or ",", as its
    unambiguous figures show ("1,5 millones", "2.500.000" in Spain), or None when they do not.
    What it decides is how one mark before three digits reads, so a mark that groups the
    thousands after an apostrophe for the millions ("13'021,063") settles it, though the same
    copy writes short decimals with that mark too ("61,86%")."""
    after_apostrophe = {m.group(1) for m in _APOSTROPHE_THEN_MARK_RE.finditer(text)}
    if len(after_apostrophe) == 1:
        return "," if after_apostrophe == {"."} else "."
    votes = {".": 0, ",": 0}
    for m in _DECIMAL_SIGN_RE.finditer(text):
        mark = m.group(2) or m.group(3)
        votes[mark] += 1
    for m in _GROUPED_RE.finditer(text):
        votes["," if m.group(1) == "." else "."] += 1
    if _WHOLE_COUNTS:
        for m in _ONE_GROUP_RE.finditer(text):
            if counts_whole(text, m.end()):  # "3,271 evacuadas": the mark groups, the other one is decimal
                votes["," if m.group(1) == "." else "."] += 1
    if votes["."] == votes[","]:
        return None
    return "." if votes["."] > votes[","] else ","


# --- finding amounts ------------------------------------------------------------------------------


def find_quantities(
    text: str, start: int = 0, end: int | None = None, bare_words: bool = False
) -> list[QuantityMention]:
    """Every amount in text[start:end]. A number word alone ("has climbed to seven") is rarely a
    figure ("one of the", "some ten"): kept, marked `word`, only with `bare_words`, and never
    "one"."""
    end = len(text) if end is None else end
    out = []
    pattern, pos = _QUANTITY_RE.compiled, start
    while (m := pattern.search(text, pos, end)) is not None:
        pos = m.end()
        if _two_numbers(text, m):
            # "113 and 228 people": two numbers, a range only after "between"; read each on its own
            m = pattern.match(text, m.start(), m.end("num"))
            if m is None:
                continue
            pos = m.end()
        if _FOOTNOTE_RE.fullmatch(text, max(0, m.start("num") - 1), min(len(text), m.end() + 1)):
            continue  # "in opinion polls.[7][8][5]": a reference mark, no figure
        spaced = m.group("num").rfind(" ") if m.group("num")[:1].isdigit() else -1
        if spaced > 0 and not _groups_with_spaces(text, m.start("num")):
            pos = m.start("num") + spaced + 1  # "on March 12 300 people": two numbers, read from the last
            continue
        mention = _mention(text, m, bare_words)
        if mention is not None:
            out.append(mention)
    out.extend(_one_unit(text, start, end, out))
    scores = _scores(text, start, end)
    if scores:  # "beat Medvedev 6-3, 7-6(5), 6-3": the tie-break's 5 is no figure
        out = [q for q in out if not any(a <= q.start < b for a, b in scores)]
    out.sort(key=lambda q: q.start)
    return _between_ranges(text, _chained_scales(text, _compound_spans(text, out)))


def _between_ranges(text: str, found: list[QuantityMention]) -> list[QuantityMention]:
    """A range whose two ends each carry the unit, read as one: "between 53% and 53.8%", "entre
    un 58,3% y un 60,7%". Only after the range opener: "rose from 10% to 20%" is a change, and
    "3% and 4%" two figures."""
    out: list[QuantityMention] = []
    for q in found:
        prev = out[-1] if out else None
        start = _range_start(text, prev) if prev is not None and prev.high is None else None
        if (
            prev is not None
            and start is not None
            and q.high is None
            and q.hedge is None
            and prev.unit is not None
            and prev.unit == q.unit
            and prev.value < q.value
            and _RANGE_JOINER_RE.fullmatch(text, prev.end, q.start)
        ):
            bare = text[prev.end - len(prev.bare) : q.end]
            text_ = text[start : q.end]
            out[-1] = replace(
                prev, start=start, end=q.end, text=text_, high=q.value, hedge=current.RANGE_OPENER, bare=bare
            )
            continue
        out.append(q)
    return out


def _range_start(text: str, q: QuantityMention) -> int | None:
    """Where the range opener before `q` starts ("between", "entre un"), or None without one."""
    if q.hedge == current.RANGE_OPENER:
        return q.start
    opener = _RANGE_OPENER_THEN_ARTICLE_RE.search(text, max(0, q.start - HEDGE_REACH), q.start)
    return opener.start() if opener else None


# "and" with an article after it, between the two ends of a range: " y un ", " and "
_RANGE_JOINER_RE = pattern(
    lambda lx: r"\s+" + alternation(lx.RANGE_WORDS[1:]) + r"\s+(?:" + alternation(lx.DETERMINERS) + r"\s+)?",
    re.IGNORECASE,
)
_RANGE_OPENER_THEN_ARTICLE_RE = pattern(
    lambda lx: r"\b" + re.escape(lx.RANGE_OPENER) + r"\s+(?:" + alternation(lx.DETERMINERS) + r"\s+)?$",
    re.IGNORECASE,
)


def _one_unit(text: str, start: int, end: int, found: list[QuantityMention]) -> list[QuantityMention]:
    """One of a unit written with an article, hedged or with a half after it: "about a mile and a
    half long", "nearly a week", "una hora y media". Alone ("a mile under the surface", "a year
    ago") the article is rarely a count, so it is left unread."""
    out = []
    reach = list(itertools.accumulate((q.end for q in found), max))  # found is in order of starts
    for m in _ONE_UNIT_RE.finditer(text, start, end):
        hedged = _HEDGE_BEFORE_RE.search(text, max(start, m.start() - HEDGE_REACH), m.start())
        part = m.group("part")
        k = bisect_left(found, m.end(), key=attrgetter("start")) - 1  # the last figure to start before the match ends
        if not (hedged or part) or (k >= 0 and m.start() < reach[k]):
            continue
        unit = _unit(None, " ".join(m.group("unit").lower().split()))
        if unit is None:
            continue
        value = 1.0 + (current.TRAILING_FRACTIONS[" ".join(fold(part).split())] if part else 0.0)
        age = "ago" if unit.dimension == "time" and _ago(text, m.start(), m.end()) else None
        first = hedged.start() if hedged else m.start()
        hedge = " ".join(hedged.group(1).split()).lower() if hedged else None
        out.append(QuantityMention(first, m.end(), text[first : m.end()], value, None, unit, hedge, age, m.group(0)))
    return out


HEDGE_REACH = 24  # characters of a hedge before an article: "approximately "
_HEDGE_BEFORE_RE = pattern(lambda lx: r"\b(" + alternation(lx.HEDGES) + r")\s+$", re.IGNORECASE)
_ONE_UNIT_RE = pattern(
    lambda lx: (
        r"\b(?i:" + alternation(lx.NUMBER_ARTICLES) + r")\s+"
        r"(?P<unit>(?i:"
        + GRAMMAR().unit_words
        + r"))(?![\w])"
        + (
            r"(?:\s+(?P<part>(?i:" + alternation(lx.TRAILING_FRACTIONS) + r"))(?![\w]))?"
            if lx.TRAILING_FRACTIONS
            else r"(?P<part>(?!))?"
        )
    )
)


_MARK_GROUPED_RE = re.compile(r"\d[.,]\d{3}(?!\d)")
_SPACE_OPENER_RE = pattern(
    lambda lx: r"(?:\d\s|\b(?i:" + alternation([*lx.MONTH_NAMES, *lx.MONTH_ABBREVIATIONS]) + r")\.?\s)$"
)


def _groups_with_spaces(text: str, start: int) -> bool:
    """Whether digits grouped by plain spaces at `start` are one number ("destroyed more than 2 200
    structures", "4 000 films"): only in an article that never groups thousands with a mark, and
    not after a month's day ("March 12 300 people") or another number ("+1300 555 135")."""
    return not _marks_thousands(text) and not _SPACE_OPENER_RE.search(text, max(0, start - 12), start)


@lru_cache(maxsize=8)
def _marks_thousands(text: str) -> bool:
    return _MARK_GROUPED_RE.search(text) is not None


def _score_run(lx: ModuleType) -> str:
    """Two or more results in a row, games or points a side, a tie-break's in brackets: "6-3,
    7-6(5), 6-3", "7(7)-6(3) 6-1", "1-6 1-0", "6-3, 7-6 (5) y 6-3"."""
    side = r"\d{1,2}(?:\(\d{1,2}\))?"
    result = side + "-" + side + r"(?:\s?\(\d{1,2}(?:-\d{1,2})?\))?"
    joiner = r"[,;]?\s+(?:(?i:" + alternation(lx.LIST_JOINERS) + r")\s+)?"
    return rf"(?<![\w.,/-]){result}(?:{joiner}{result})+(?![\w/-])"


_SCORE_RUN_RE = pattern(_score_run)
_SIDES_RE = re.compile(r"(\d+)(?:\(\d+\))?-(\d+)")


def _scores(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the runs of results in text[start:end]: one result won by the first side
    ("6-3") is what a range never is, so the run is a match's score, and none of it a figure
    ("aged 6-8, 10-12" stays two ranges)."""
    return [
        m.span()
        for m in _SCORE_RUN_RE.finditer(text, start, end)
        if any(int(a) > int(b) for a, b in _SIDES_RE.findall(m.group()))
    ]


_FOOTNOTE_RE = re.compile(r"\[\d{1,3}\]?")  # "[5]", or "[5" where a copy lost the closing bracket


# What joins the parts of a span: "5 hours and 24 minutes", "3 horas y 45 minutos", "2 hours, 1 minute"
_SPAN_JOINER_RE = pattern(lambda lx: r"(?:\s*,)?\s+(?:" + re.escape(lx.NUMBER_JOINER) + r"\s+)?")
# A span followed by a bare number of one or two digits: "in 9 seconds 58", a time in parts.
_SPAN_IN_PARTS_RE = pattern(lambda lx: r"\s+\d{1,2}(?![\d.,:/])(?!\s*(?i:" + GRAMMAR().unit_words + r")(?!\w))")


_RANGE_OPENER_BEFORE_RE = pattern(lambda lx: r"\b" + re.escape(lx.RANGE_OPENER) + r"\s+$", re.IGNORECASE)
PARTS_RATIO = 61  # hours then minutes (60), years then weeks (52), not months then hours (730)


def _compound_spans(text: str, found: list[QuantityMention]) -> list[QuantityMention]:
    """Spans of time written in parts read as one, in the unit of the last part, whose precision
    it has ("2 hours, 1 minute and 39 seconds": 7299 seconds; "5 horas y 25 minutos": 325
    minutes, not 324). Each part counts in a unit at most PARTS_RATIO of which make the one
    before ("three months and 35 hours of deliberations" are two spans), and "between" opens a
    range, not a span ("between one year and four months"). A span followed by a bare number it
    cannot place ("9 seconds 58") is no figure, and `find_unreadable_numbers` says so."""
    out: list[QuantityMention] = []
    for q in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _is_span(prev)
            and _is_span(q)
            and q.hedge is None
            and prev.hedge != current.RANGE_OPENER
            and not _RANGE_OPENER_BEFORE_RE.search(text, max(0, prev.start - HEDGE_REACH), prev.start)
            and 1 < prev.unit.factor / q.unit.factor <= PARTS_RATIO  # type: ignore[union-attr]
            and _SPAN_JOINER_RE.fullmatch(text, prev.end, q.start)
        ):
            # rounded: the factors of hours and minutes are no exact binary fractions (324.99999…)
            value = round(prev.unit.convert(prev.value, q.unit) + q.value, 6)  # type: ignore[union-attr,arg-type]
            bare = text[prev.end - len(prev.bare) : q.end]
            out[-1] = replace(prev, end=q.end, text=text[prev.start : q.end], value=value, unit=q.unit, bare=bare)
            continue
        out.append(q)
    parts = sorted((q.end, m.end()) for q in out if _is_span(q) and (m := _SPAN_IN_PARTS_RE.match(text, q.end)))
    reach = list(itertools.accumulate((b for _, b in parts), max))  # the farthest a part so far reaches
    # a figure is dropped when a part starting by its end reaches past its start
    return [
        q for q in out if not ((k := bisect_right(parts, q.end, key=itemgetter(0)) - 1) >= 0 and q.start < reach[k])
    ]


def _group_head(lx: ModuleType) -> str:
    """What stands before the scale word of a group: digits, or a number in words ("dos millones
    700.725", "un millón 434.856": words for the millions, digits for the rest)."""
    return r"(?:\d{1,3}|(?<!\w)(?i:" + GRAMMAR().base + "|" + GRAMMAR().article + "))"


# Digits or words and a scale word that open a number written in groups ("35 millones 924 mil 519
# votos", "63 mil 312 millones de pesos", as Mexican outlets print figures; "dos millones 700.725
# sufragios"; "mil 400 millones", a scale word that is a number alone), and digits that continue one.
_SCALED_GROUP_RE = pattern(
    lambda lx: (
        r"(?:("
        + _group_head(lx)
        + r")\s+"
        + (r"|(?=" + alternation(lx.BARE_SCALES) + r"(?!\w))" if lx.BARE_SCALES else "")
        + r")((?i:"
        + alternation(lx.WORD_SCALES)
        + r"))(?!\w)"
    )
)
_GROUP_RE = re.compile(r"\d{1,3}(?![\d.,])")


def _chained_scales(text: str, found: list[QuantityMention]) -> list[QuantityMention]:
    """A number written as groups of digits, each with its scale word, read as one: "35 millones
    924 mil 519 votos" is 35,924,519 votes and "63 mil 312 millones de pesos" 63,312 million pesos,
    where each group alone would be a figure of its own (35 million, 924 thousand, 519)."""
    out: list[QuantityMention] = []
    open_scale = 0.0  # the scale of the last group of out[-1], while another group may follow it
    for q in found:
        value, scale = _next_group(text, out[-1], open_scale, q) if out and open_scale else (None, 0.0)
        if value is None:
            out.append(q)
            opening = _SCALED_GROUP_RE.fullmatch(q.bare) if q.unit is None and q.high is None else None
            open_scale = current.SCALES.get(fold(opening.group(2).lower()), 0.0) if opening else 0.0
            continue
        prev = out[-1]
        bare_start = prev.end - len(prev.bare)
        out[-1] = replace(
            prev,
            end=q.end,
            text=text[prev.start : q.end],
            value=value,
            unit=q.unit,
            age=q.age,
            bare=text[bare_start : q.end],
        )
        open_scale = scale if q.unit is None else 0.0
    return out


THOUSAND = 1e3
MILLION = 1e6
MILLIONS_REACH = 24  # characters from "15 millones " back to its number
_THOUSANDS_RE = re.compile(r"\d{1,3}[.,]\d{3}")
_ONE_MARK_RE = re.compile(r"\d{1,2}[.,]\d{3}")  # "49.874": a share with three decimals, or tens of thousands


def _a_shares_decimals(num: str, value: float) -> bool:
    """Whether digits read as thousands ("49.874" as 49,874) are a percentage's three decimals:
    one mark before three digits that do not end in zeros (a decimal is not written with zeros at
    its end: "un 1.000%" is a thousand percent), read as tens of thousands of percent, which no
    share is. Latin American copy writes the decimal point in "el 50.126% de los votos" beside
    "44.263 votos", where the same mark groups a count's thousands."""
    return value >= 10_000 and _ONE_MARK_RE.fullmatch(num) is not None and not num.endswith("0")


# the thousands and units after a count of millions
_AFTER_MILLIONS_RE = pattern(
    lambda lx: _group_head(lx) + r"\s+" + alternation(w for w in lx.WORD_SCALES if lx.SCALES[w] >= MILLION) + r"\s+$",
    re.IGNORECASE,
)


def _next_group(text: str, prev: QuantityMention, open_scale: float, q: QuantityMention) -> tuple[float | None, float]:
    """The value of `prev` continued by the group `q`, and the scale of `q`'s own word; None when
    `q` is a figure of its own."""
    group = _GROUP_RE.match(q.bare) or (_THOUSANDS_RE.fullmatch(q.bare) if open_scale >= MILLION else None)
    if group is None or q.hedge or q.high is not None or q.age or text[prev.end : q.start].strip():
        return None, 0.0
    digits = float(re.sub(r"\D", "", group.group()))  # "15 millones" then "620,726"
    scaled = _SCALED_GROUP_RE.match(q.bare)
    scale = q.value / digits if digits and scaled else 1.0
    if q.value < open_scale:  # "35 millones" then "924 mil", then "519"
        return prev.value + q.value, scale
    if open_scale == THOUSAND and scale > THOUSAND:  # "63 mil" then "312 millones"
        return (prev.value + digits) * scale, scale
    return None, 0.0


def _is_span(q: QuantityMention) -> bool:
    return q.unit is not None and q.unit.dimension == "time" and q.high is None and q.age is None


def _two_numbers(text: str, m: re.Match) -> bool:
    hedge = " ".join(m.group("hedge").split()).lower() if m.group("hedge") else None
    return (
        bool(m.group("num2"))
        and hedge != current.RANGE_OPENER
        and bool(_RANGE_AND_RE.search(text[m.end("num") : m.start("num2")]))
    )


def _code(text: str, m: re.Match, group: str) -> str | None:
    """The currency code of `group` if it is one: ISO 4217 lists it, it is not a word set in a line
    of capitals ("SOFTBANK PAYS 24 BILLION"), and a code that is also a word ("TOP 10") comes with
    a scale word."""
    code = (m.group(group) or "").strip()
    if not code or not code.isalpha() or not code.isupper():
        return code or None
    if not is_currency_code(code):
        return None
    if code in current.CURRENCIES:
        return code
    if group == "cur" and _CAPITALS_BEFORE_RE.search(text, max(0, m.start(group) - 40), m.start(group)):
        return None
    if group == "curafter" and _CAPITALS_AFTER_RE.match(text, m.end(group)):
        return None
    if code in current.ISO_CODE_WORDS and not m.group("scale"):
        return None
    return code


def _glued(m: re.Match, code: str | None) -> bool:
    """Whether the letters before the digits, when nothing parts them, are a currency: one of
    the language's table ("EUR100 million", "$US8 billion"), or any ISO code before a scale word
    ("USD25.6 billion", "SAR1.7 trillion"). Other capitals against a number name something
    ("COP26", "the G20", "an A380")."""
    written = m.group("cur")
    if not written or not written[-1].isalpha():
        return True  # no sign, a sign ("$5", "US$5"), or one set apart ("EUR 100")
    return code is not None and (code in current.CURRENCIES or bool(m.group("scale")) or not written.isalpha())


ODDS_AGAINST = 1.0  # the second number of odds: "5,000-1"
_CHANGE_FROM_RE = pattern(lambda lx: r"\b" + lx.CHANGE_FROM + r"\s+$", re.IGNORECASE)  # "from 93 to 76"


def _mention(text: str, m: re.Match, bare_words: bool = False) -> QuantityMention | None:
    hedge = " ".join(m.group("hedge").split()).lower() if m.group("hedge") else None
    num2 = m.group("num2")
    if hedge == current.RANGE_OPENER and not num2:
        hedge = None
    num = m.group("num")
    remainder = _THOUSANDS_RE.fullmatch(num) and (
        _AFTER_MILLIONS_RE.search(text, max(0, m.start("num") - MILLIONS_REACH), m.start("num"))
        or counts_whole(text, m.end("num"))
    )
    try:
        decimal = decimal_mark(text) if len(current.DECIMAL_MARKS) > 1 else "."
        # "15 millones 620,726 de votos", "44.263 votos": after millions, or before a count of
        # people or votes, a mark can only group the thousands
        value = float(re.sub(r"\D", "", num)) if remainder else _number(num, decimal)
        high = _number(num2, decimal) if num2 else None
    except Unreadable:
        return None  # find_unreadable_numbers says so
    if high is not None and high == ODDS_AGAINST < value and not text[m.end("num") : m.start("num2")].strip(" -/"):
        high = None  # "the 5,000-1 outsiders": odds, read as the first number
    two_sides = high is not None and high < value and not _CHANGE_FROM_RE.search(text, max(0, m.start() - 8), m.start())
    if num2 and not _SCALED_RE.search(" " + m.group("num")):
        last = num2.lower().replace("-", " ").split()[-1]
        if last in _WORD_SCALE_VALUES and not num2[0].isdigit():
            value *= _WORD_SCALE_VALUES[last]  # "two to three million": both ends in millions
    cur_before = _code(text, m, "cur")
    if not _glued(m, cur_before):
        return None  # "COP26", "ABC123": letters against the digits are part of a name
    cur_after = _code(text, m, "curafter")
    cur = cur_before or cur_after
    scale_word = m.group("scale")
    unit_word = " ".join((m.group("unit") or "").lower().split())
    span_end = m.end()
    if m.group("curafter") and not cur_after:
        if m.group("curafter").lower() in UNIT_SPELLINGS:  # "52 PCT"
            unit_word, span_end = m.group("curafter").lower(), m.end("curafter")
        else:  # "0820 GMT": the amount ends before the letters
            span_end = max(m.end(g) for g in ("num", "num2", "scale") if m.group(g))
            unit_word = ""
    written = "unit" if m.group("unit") else "curafter"  # where the unit's letters stand
    if unit_word in current.LOWER_CASE_UNITS and not (m.group(written) or "").islower():  # "5G", "4G": no grams
        span_end = min(span_end, m.start(written))
        unit_word = ""
    if scale_word in _CAPITAL_SCALES and not cur and not _is_money(unit_word) and scale_word.lower() != "k":
        scale_word = None  # "3M": a name as well as a number
        span_end = min(span_end, m.end("num2") if num2 else m.end("num"))
        unit_word = ""
    if scale_word and scale_word.lower() in _SHORT_SCALES and not cur and not _is_money(unit_word):
        scale_word = scale_word.lower()
        if _scales_a_count(text, m, unit_word):
            pass  # "350m miles", "7m people", "46.5m voters": the scale of what follows
        elif scale_word == "m" and not unit_word:
            unit_word, scale_word = "m", None  # 500m without a currency is metres
        elif scale_word == "k" and not unit_word and _K_DISTANCE_RE.match(text, m.end("scale")):
            unit_word, scale_word = "km", None  # a 10k race
        elif scale_word != "k":
            scale_word = None
    scale = current.SCALES.get(fold(scale_word), 1.0) if scale_word else 1.0
    trailing = _TRAILING_RE.match(text, span_end) if current.TRAILING_FRACTIONS else None
    if trailing is not None:  # "tres días y medio", "un millón y medio de personas": a half of the last unit
        if trailing.group("unit") and unit_word:
            trailing = None  # "20 años y medio años" is no form of either
        else:
            part = current.TRAILING_FRACTIONS[" ".join(fold(trailing.group("part")).split())]
            last = fold(num_text_of(m).split()[-1])
            added = part * (1.0 if unit_word or scale_word else _WORD_SCALE_VALUES.get(last, 1.0))
            if high is not None:
                high += added  # "de cinco a seis años y medio": the range's end
            else:
                value += added
            unit_word = unit_word or " ".join((trailing.group("unit") or "").lower().split())
            span_end = trailing.end()
    unit = _unit(cur, unit_word)
    if unit is not None and unit.dimension == "percent" and not num2 and _a_shares_decimals(num, value):
        value = _number(num, num[-4])  # "Keiko Fujimori, el 49.874%": no share is 49,874 percent
    num_text = m.group("num")
    word_number = not (num_text[0].isdigit() or num_text[0] in current.VULGAR_FRACTIONS)
    alone = word_number and unit is None and not scale_word and not _SCALED_RE.search(f" {num_text} {num2 or ''}")
    if alone and (not bare_words or value < 2 or value != int(value)):
        return None  # "one of the", "some ten", "three quarters": a bare number word is rarely a figure
    is_year = unit is None and not scale_word and high is None and not cur and re.fullmatch(YEAR, num_text) is not None
    if is_year:
        return None
    if two_sides:  # "a margin of 2 to 1", "won 3-2" ("fell from 93 to 76" is a change)
        if unit is None or unit.dimension != "percent":
            return None  # a ratio or a score: no figure
        high = None  # "50.25 to 49.75 per cent": the first side's share
    age = None
    if unit is not None and unit.dimension == "time" and m.group("old") and high is None and span_end == m.end():
        age = "old"  # "13-year-old", "his 3-month-old son"
    elif unit is not None and unit.name == "year":
        opened = AGE_OPENER_RE.search(text, max(0, m.start() - AGE_OPENER_REACH), m.start()) is not None
        if (opened or _a_persons_age(text, m.start(), span_end)) and not hedge and high is None:
            age = "old"  # "Phelps, de 31 años,", "murió a los 86 años": an age as Spanish writes one
        elif AGE_BEFORE_RE.search(text[max(0, m.start() - 8) : m.start()]) and not hedge:
            age = text[max(0, m.start() - 8) : m.start()].split()[-1].lower()
        elif _ago(text, m.start(), span_end):
            age = "ago"
    elif unit is not None and unit.dimension == "time" and _ago(text, m.start(), span_end):
        age = "ago"  # "the mine collapsed 70 days ago"
    if m.group("cur") and not cur_before:
        bare_start = m.start("num")
    else:
        bare_start = m.start("cur") if m.group("cur") else m.start("num")
    span_start = m.start("hedge") if hedge else bare_start
    while span_end > span_start and text[span_end - 1].isspace():
        span_end -= 1
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
        alone,
    )


_PERSONS_AFTER_RE = pattern(lambda lx: r"\s+" + alternation(lx.PERSON_NOUNS) + r"(?![\w-])", re.IGNORECASE)
_DETERMINER_BEFORE_RE = pattern(lambda lx: r"\b" + alternation(lx.DETERMINERS) + r"\s+$", re.IGNORECASE)


def _scales_a_count(text: str, m: re.Match, unit_word: str) -> bool:
    """Whether a one-letter scale glued to digits ("350m") scales what follows it: a unit, which
    never follows another ("350m miles"), or people counted ("7m people", "46.5m voters"), unless
    a determiner makes the figure a race's name ("the 100m runners")."""
    if m.start("scale") != m.end("num2" if m.group("num2") else "num"):
        return False  # "350 m": a unit's symbol set apart
    if unit_word:
        return True
    if not _PERSONS_AFTER_RE.match(text, m.end("scale")):
        return False
    return not _DETERMINER_BEFORE_RE.search(text, max(0, m.start() - DETERMINER_REACH), m.start())


DETERMINER_REACH = 8  # characters before a figure searched for its determiner: "the "


def num_text_of(m: re.Match) -> str:
    """The number as written, its range's end if it has one: "un millón", "dos a tres millones"."""
    return m.group("num2") or m.group("num")


# A fraction after a number and its unit or scale, and the unit after it: "tres días y medio",
# "un millón y medio de personas".
def _trailing(lx: ModuleType) -> str:
    """Built only for a language that says fractions after the unit (TRAILING_FRACTIONS)."""
    joiner = r"(?:" + alternation(lx.SCALE_UNIT_JOINERS) + r"\s+)?" if lx.SCALE_UNIT_JOINERS else ""
    return (
        r"\s+(?P<part>(?i:" + alternation(lx.TRAILING_FRACTIONS) + r"))(?![\w])"
        r"(?:\s+" + joiner + r"(?P<unit>(?i:" + GRAMMAR().unit_words + r"))(?![\w]))?"
    )


_TRAILING_RE = pattern(_trailing)


def _is_money(unit_word: str) -> bool:
    unit = UNIT_SPELLINGS.get(unit_word)
    return unit is not None and unit.dimension.startswith("currency:")


def _unit(symbol: str | None, unit_word: str) -> Unit | None:
    if symbol:
        return currency(CURRENCY_SYMBOLS.get(symbol, symbol.upper()))
    return UNIT_SPELLINGS.get(unit_word) if unit_word else None


# --- what cannot be compared ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VagueAmount:
    """An amount said without a number: "dozens of people", "into double figures"."""

    start: int
    end: int
    text: str
    words: str  # the vague words as the lexicon has them: "tens of thousands"
    noun: str | None  # what is counted, the one or two words after "of": "people", "foreign students"


_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"


def _of_noun(lx: ModuleType) -> str:
    """ "of" and what is counted, up to two words: "of students", "of foreign students"; the noun
    ends before a word of HEAD_STOP ("dozens of students from Japan")."""
    stop = alternation(lx.HEAD_STOP)
    return "".join(
        [
            r"(?:\s+",
            re.escape(lx.FRACTION_OF),
            r"\s+(?:",
            alternation([*lx.DETERMINERS, *lx.POSSESSIVES]),
            r"\s+)?(?P<noun>(?!",
            stop,
            r"\b)",
            _WORD,
            r"(?:[ ](?!",
            stop,
            r"\b)",
            _WORD,
            r")?))",
        ]
    )


VAGUE_RE = pattern(
    lambda lx: r"(?<![\w-])(?P<words>(?i:" + alternation(lx.VAGUE_AMOUNTS) + r"))(?![\w-])(?i:" + _of_noun(lx) + r")?"
)


def find_vague_amounts(text: str, start: int = 0, end: int | None = None) -> list[VagueAmount]:
    """Amounts too vague to compare, with what they count when "of" says it."""
    end = len(text) if end is None else end
    out = []
    for m in VAGUE_RE.finditer(text, start, end):
        words = " ".join(m.group("words").lower().split())
        noun = m.group("noun")
        if words in current.VAGUE_NEEDS_OF and noun is None:
            continue  # "test scores"
        out.append(VagueAmount(m.start(), m.end(), m.group(), words, noun.lower() if noun else None))
    return out


@dataclass(frozen=True, slots=True)
class UnreadableNumber:
    """A number written in a form crosscheck cannot read as one value."""

    start: int
    end: int
    text: str
    why: str
    unit: Unit | None = None  # the unit it was written with, where it had one: "9 seconds 58"


# Number words side by side, spaced or joined by "and", as a reader might take them for one number.


def _any_number_word(lx: ModuleType) -> str:
    return (
        r"(?:"
        + alternation(
            [
                *lx.NUMBER_WORDS,
                *lx.TENS_WORDS,
                *lx.HUNDREDS_WORDS,
                *lx.WORD_SCALES,
                *lx.COUNT_WORDS,
                *lx.FRACTION_WORDS,
                *(w + "s" for w in lx.FRACTION_WORDS),
            ]
        )
        + _W
        + r")"
    )


def _loose_run(lx: ModuleType) -> str:
    article, word = GRAMMAR().article, _any_number_word(lx)
    return (
        r"(?i:(?<![\w-])(?:" + article + r"\s+)?" + word + r"(?:(?:\s+" + re.escape(lx.NUMBER_JOINER) + r")?"
        r"[\s-]+(?:" + article + r"\s+)?" + word + r")+)"
    )


_ANY_NUMBER_WORD_RE = pattern(_any_number_word, re.IGNORECASE)
_LOOSE_RUN_RE = pattern(_loose_run)
_WORD_AMOUNT_RE = pattern(lambda lx: r"(?i:" + GRAMMAR().word_amount + r")")
_JUXTAPOSED = "number words that do not make one number"
_NOT_READ = "number words text2num cannot read as one number"
_IN_PARTS = "a time written in parts crosscheck cannot read as one figure"


def find_unreadable_numbers(text: str, start: int = 0, end: int | None = None) -> list[UnreadableNumber]:
    """Numbers in words that crosscheck cannot read whole ("nineteen eighty-four", "one hundred and
    two hundred"): each with why, so that a sentence holding one is not taken for silent."""
    end = len(text) if end is None else end
    out = []
    loose_run_re, word_amount_re = _LOOSE_RUN_RE, _WORD_AMOUNT_RE
    for m in loose_run_re.finditer(text, start, end):
        run_end = m.end()
        if text[run_end : run_end + 1] == "-" and m.group().count(" ") + m.group().count("-") >= 1:
            # "two five-year terms": the last number word belongs to the compound after it
            run_end = max(m.start(), m.start() + m.group().rstrip().rfind(" "))
        words = text[m.start() : run_end].strip()
        if len(_ANY_NUMBER_WORD_RE.findall(words)) < 2:
            continue
        whole = word_amount_re.fullmatch(words)
        if whole is not None:
            try:
                word_value(words)
            except Unreadable:
                out.append(UnreadableNumber(m.start(), m.start() + len(words), words, _NOT_READ))
            continue
        pieces = list(word_amount_re.finditer(words))
        if len(pieces) > 1 and _side_by_side(words, pieces):
            out.append(UnreadableNumber(m.start(), m.start() + len(words), words, _JUXTAPOSED))
    for q in _mentions_in_parts(text, start, end):
        out.append(UnreadableNumber(q.start, q.end, text[q.start : q.end], _IN_PARTS, q.unit))
    if len(current.DECIMAL_MARKS) > 1 and decimal_mark(text) is None:
        for m in _EITHER_WAY_RE.finditer(text, start, end):
            if _AFTER_MILLIONS_RE.search(text, max(0, m.start() - MILLIONS_REACH), m.start()):
                continue  # "15 millones 620,726": the thousands after millions, read by find_quantities
            if counts_whole(text, m.end()):
                continue  # "44.263 votos": a count, read by find_quantities
            head, mark, tail = m.group(1), m.group(2), m.group(3)
            why = _EITHER_WAY.format(head, mark, tail, f"{float(head + '.' + tail):g}", f"{int(head + tail):,}")
            out.append(UnreadableNumber(m.start(), m.end(), m.group(), why))
    return sorted(out, key=lambda u: u.start)


# One mark before three digits (not ending in "00", which only grouping writes, unless after a lone
# zero), in a language that writes decimals with either mark.
_EITHER_WAY_RE = re.compile(r"(?<![\d.,'’])(\d{1,3})([.,])(?:(?!\d00)|(?<=\b0[.,])(?!000))(\d{3})(?![\d]|[.,]\d)")
_EITHER_WAY = (
    "'{0}{1}{2}' may be {3} or {4}: the article's other figures do not show whether it marks decimals "
    "with a point or a comma"
)


def _parts_hint(lx: ModuleType) -> str:
    """A unit of time with a bare number after it: "seconds 58"."""
    spellings = [s for s, unit in UNIT_SPELLINGS.items() if unit.dimension == "time"]
    return _starting(spellings) + r"(?i:" + alternation(spellings) + r")\s+\d{1,2}(?![\d.,:/])"


_PARTS_HINT_RE = pattern(_parts_hint)


def _mentions_in_parts(text: str, start: int, end: int) -> list[QuantityMention]:
    """Spans followed by a bare number they cannot place ("in 9 seconds 58"), the bare number
    included."""
    out: list[QuantityMention] = []
    if not _PARTS_HINT_RE.search(text, start, end):
        return out  # the common case: no unit of time with a bare number after it
    pattern = _QUANTITY_RE.compiled
    for m in pattern.finditer(text, start, end):
        q = _mention(text, m, False)
        if q is not None and _is_span(q) and (part := _SPAN_IN_PARTS_RE.match(text, q.end)) and part.end() <= end:
            out.append(replace(q, end=part.end()))
    return out


def _side_by_side(words: str, pieces: list[re.Match]) -> bool:
    """Whether numbers read one by one fill the run with only spaces between them ("nineteen
    eighty-four"), not "and" ("one and two": two numbers) nor a hyphen ("a one-two finish")."""
    if pieces[0].start() != 0 or pieces[-1].end() != len(words):
        return False
    return all(words[a.end() : b.start()].isspace() for a, b in itertools.pairwise(pieces))


# What a count counts, read alike by `check` and `discover`.
_NOUN_JOINERS = words("NOUN_JOINERS")
NOT_HEADS = words(lambda lx: (*lx.HEAD_STOP, *lx.VALUE_LINKS, *lx.DISTANCE_MARKERS))  # words that head no noun
_NUMBER_WORDS = words("NUMBER_WORDS")
_MANY_WORDS = words("MANY_WORDS")
PRONOUNS = words(lambda lx: (*lx.PERSONAL_PRONOUNS, *lx.POSSESSIVES))
_DETERMINERS = words("DETERMINERS")


def joined_nouns(text: str, tokens: Sequence[Token], i: int, high: int) -> tuple[int, int] | None:
    """Two nouns a count counts together, right after it: "150 passengers and crew"."""
    if i + 2 >= high or tokens[i + 1].norm not in _NOUN_JOINERS:
        return None
    first, second = tokens[i], tokens[i + 2]
    plain = all(
        t.text.isalpha()
        and t.text.islower()
        and t.norm not in NOT_HEADS
        and t.norm not in _NUMBER_WORDS
        and t.norm not in _MANY_WORDS
        and t.norm not in PRONOUNS
        and t.norm not in _DETERMINERS
        for t in (first, second)
    )  # "142 passengers and six crew", "58 desaparecidos y numerosos daños": two counts, not one of two nouns;
    # "33 seats and his PP on 136": a clause about another, not a second noun
    return (i, i + 2) if plain and text[first.end : second.start].count(" ") == 2 else None


TOLL_PHRASE_OPENERS = words("TOLL_PHRASE_OPENERS")  # "the toll from the quake rose to 148"


def toll_named_before(
    text: str, tokens: Sequence[Token], last: int, reach: int, tolls: Mapping[str, str], breaks: pattern, low: int = 0
) -> str | None:
    """The toll a phrase naming its event ends on, back from token `last` over at most `reach`
    words and no further than `low` ("the death toll from the quake rose to 148", "the toll in
    Derna had surpassed 2,000", "el número de muertos por el sismo subió a 77"): a toll word of
    `tolls` right before a word of TOLL_PHRASE_OPENERS, in the clause (`breaks` ends it). check
    and discover read such a toll alike; each passes its own reach and clause marks."""
    for i in range(last - 1, max(low - 1, last - 1 - reach), -1):
        if breaks.search(text, tokens[i].end, tokens[i + 1].start):
            return None
        if tokens[i].norm in tolls and tokens[i + 1].norm in TOLL_PHRASE_OPENERS:
            return tolls[tokens[i].norm]
    return None
