"""Date mentions: full, partial, relative, weekday-only and year-less.

A regular expression finds candidate spans and splits them into day, month
and year; dateparser reads the free-form metadata values the patterns do not
know, once per distinct span. Scanning whole articles with dateparser's
search would be far too slow. Relative mentions are kept unresolved
here: what they mean depends on the publication date, which the matching
stage knows.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from ..lexicon import alternation, capitalised, char_class, current, pattern, table, words
from ..text import fold

MONTHS = table(lambda lx: {fold(name): i for i, name in enumerate(lx.MONTH_NAMES, 1)} | lx.MONTH_ABBREVIATIONS)
WEEKDAYS = table(lambda lx: {fold(name): i for i, name in enumerate(lx.WEEKDAY_NAMES)})
HOLIDAYS = table(lambda lx: lx.HOLIDAYS)


def _cased(lx: ModuleType, words: Iterable[str]) -> list[str]:
    """Month and weekday names as the language writes them: capitalised in English, in lower
    case (and capitalised, opening a sentence) in Spanish."""
    return [*capitalised(words), *(words if lx.DATE_NAMES_IN_LOWER_CASE else ())]


def _either_case(words: Iterable[str]) -> str:
    """Words in lower case or capitalised: "Last", "last"."""
    return alternation(w for word in words for w in (word, *capitalised([word])))


def _month(lx: ModuleType) -> str:
    return (
        r"(?:"
        + alternation(_cased(lx, lx.MONTH_NAMES))
        + "|"
        + alternation(_cased(lx, lx.MONTH_ABBREVIATIONS))
        + r"\.?)"
    )


def _day(lx: ModuleType) -> str:
    return r"(?:[12]\d|3[01]|0?[1-9])" + alternation(lx.ORDINAL_SUFFIXES) + "?"


def _of_year(lx: ModuleType) -> str:
    """What stands between a month and its year: a comma or a space in English ("June 3, 2021"),
    a word in Spanish ("3 de junio de 2021")."""
    joined = r"(?:" + alternation(lx.YEAR_JOINERS) + r"\s+)?" if lx.YEAR_JOINERS else ""
    return r",?\s+" + joined


YEAR = r"(?:1[89]\d\d|20\d\d)"  # a year as news writes one, 1800-2099
ISO_DAY = r"(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"  # a day as machines write it: "2023-04-21"
# A text that is a day written so: a page's stamp, or a fact sheet's date ("2021-10-32" is the
# shape of one even where no such day exists).
ISO_DAY_RE = re.compile(ISO_DAY)


def _date_pattern(lx: ModuleType) -> str:
    month, day, weekday, of_year = _month(lx), _day(lx), alternation(_cased(lx, lx.WEEKDAY_NAMES)), _of_year(lx)
    the, of = lx.DAY_WORDS
    percent = next(spellings for name, *_, spellings in lx.UNITS if name == "percent")
    decade = r"(?:(?P<dy>1[89]\d0|20\d0)['’]?s|(?P<dword>" + _either_case(lx.DECADE_WORDS) + r"))"
    coarse = (
        r"(?P<coarse>\b(?:(?P<cpart>" + _either_case(lx.PERIOD_PARTS) + r")\s+)?"
        r"(?P<cshift>"
        + _either_case(lx.PERIOD_SHIFTS)
        + r")\s+(?P<cperiod>"
        + alternation(lx.PERIODS)
        + r")\b"
        + (  # "la semana pasada", "el año pasado": the shift after its period
            r"|(?P<cperiod2>" + alternation(lx.PERIODS) + r")\s+(?P<cshift2>" + _either_case(lx.PERIOD_SHIFTS) + r")\b"
            if lx.SHIFT_AFTER_PERIOD
            else ""
        )
        + ")"
        r"|(?P<ago>\b" + _ago(lx) + r"\b)"
        r"|(?P<decade>\b(?:(?P<dpart>" + _either_case(lx.PERIOD_PARTS) + r")[-\s]+)?" + decade + r"(?![\w-]))"
    )
    # Every form but a period before its shift ("semana pasada") opens a word: the pattern is
    # tried at each character of a sentence, and one test of a word's start there rules out
    # every form at once, rather than each form testing it in turn.
    opens = r"\b" if not lx.SHIFT_AFTER_PERIOD else r"(?=\b|" + char_class(sorted({p[:1] for p in lx.PERIODS})) + ")"
    return (
        opens + "(?:" + coarse + r"|(?P<iso>\b" + ISO_DAY + r"\b)"
        # a date opens a word: "obtiene 10" holds no "ene 10" (Spanish "enero")
        r"|(?P<abs>\b(?:(?P<wd1>" + weekday + r"),?\s+(?:" + the + r"\s+)?)?"
        # a number before an abbreviated month with its full stop and a day is no day: "all 19
        # Jan. 6 defendants", "parole 19 Jan. 19, 2022" write the month first, as the stop shows
        r"(?:(?P<d1>" + day + r")(?:\s+" + of + r")?\s+(?P<m1>" + month + r")(?!\.\s+" + day + r"(?![\d:]))"
        r"(?:" + of_year + r"(?P<y1>" + YEAR + r"))?"
        r"|(?P<m2>" + month + r")\s+(?P<d2>" + day + r")(?![\d:])(?:,?\s+(?P<y2>" + YEAR + r"))?"
        r"|(?P<m3>" + month + r")" + of_year + r"(?:" + of + r"\s+)?(?P<y3>" + YEAR + r"))\b)"
        r"|(?P<qm>\b(?:"
        + (_either_case([lx.MONTH_PREFIX]) + "|" if lx.MONTH_PREFIX else "")  # "mid-June"; none in Spanish
        + r"(?P<qual>"
        + _either_case(lx.MONTH_QUALIFIERS)
        + r")\s+(?:(?i:"
        + alternation(lx.MONTH_NOUN_LINKS)
        + r")\s+)?)"  # "el pasado mes de abril"
        # past an abbreviation's full stop too: "since Dec. 12, 2018" is a day, not "since Dec"
        r"(?P<m4>" + month + r")(?!\w)(?!\.?\s+\d)(?!\.?" + of_year + YEAR + r"))"
        r"|(?P<wd>\b(?:(?P<rel>" + _either_case(lx.WEEKDAY_RELATIVES) + r")\s+)?(?P<wday>" + weekday + r")(?:['’]s)?\b)"
        # "on Valentine's Day last year": the year is counted, which the coarse period reads alone
        r"|(?P<holiday>\b(?P<hname>" + alternation(lx.HOLIDAYS) + r")(?:,?\s+(?P<hy>" + YEAR + r"))?\b"
        r"(?!\s+" + _either_case(lx.PERIOD_SHIFTS) + r"\s+" + alternation(lx.PERIODS) + r"\b))"
        r"|(?P<word>\b(?P<rword>" + _either_case(lx.RELATIVE_DAYS) + r")\b)"
        r"|(?P<year>(?<![\d$€£.,/-])\b(?P<yy>" + YEAR + r")\b(?![\d,.]\d|\s*" + alternation(percent) + r"|-\d))" + ")"
    )


def _ago(lx: ModuleType) -> str:
    """A span counted back: "a decade ago" in English, "hace una década" in Spanish, the word
    before or after the span as the language puts it."""
    span = r"(?P<span>" + _either_case(lx.AGO_SPANS) + r")"
    ago = _either_case([lx.AGO])
    return ago + r"\s+" + span if lx.AGO_BEFORE_SPAN else span + r"\s+" + ago


DATE_RE = pattern(_date_pattern)
# What a coarse date's words mean, looked up in normal form: "año" is a year, "a finales de" late.
_PERIOD_OF = table(lambda lx: {fold(word): period for word, period in lx.PERIODS.items()})
_PART_OF = table(lambda lx: {fold(word): part for word, part in lx.PERIOD_PARTS.items()})
_SHIFT_OF = table(lambda lx: {fold(word): shift for word, shift in lx.PERIOD_SHIFTS.items()})
_MONTH_SHIFT_OF = table(lambda lx: {fold(word): shift for word, shift in lx.MONTH_SHIFTS.items()})

# Words before a date that make it a bound of some other period, not the date of the event:
# "stalled since 2016", "until June".
RELATIONS = words("DATE_RELATIONS")


_NOT_A_DAY = frozenset(("next", "last", "this", "period"))  # relatives that name no day by themselves


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    relative: str | None = None  # next | last | this | period, or a word of RELATIVE_DAYS ("yesterday", "ayer")
    qualifier: str | None = None  # for a bare month, the word before it as written: "last", "in", "el pasado"
    period: str | None = None  # a coarse date: week | month | year (from the publication) | decade
    # periods from the publication's: "last week" -1, "a decade ago" -10 (years); for a bare month,
    # which one of its name (MONTH_SHIFTS): "last June", "el pasado junio" -1, "next June" 1
    shift: int = 0
    part: str | None = None  # earlier | later | early | mid | late

    @property
    def precision(self) -> str:
        if self.period is not None:
            return self.period
        if self.day is not None or (self.relative is not None and self.relative not in _NOT_A_DAY):
            return "day"
        if self.weekday is not None:
            return "weekday"
        if self.month is not None:
            return "month"
        return "year"


@lru_cache(maxsize=4096)
def parse_free_form(span: str) -> dt.date | None:
    """A full date in a form the patterns above do not know ("2021/10/08 10:32 GMT",
    "08.10.2021"), read by dateparser once per distinct span.

    Imported lazily: its first call costs a few hundred milliseconds, which
    the editor's command pays only when an article needs it. One thread at a
    time: dateparser before 1.4.3 shares its language caches and settings
    between threads (a KeyError, or a date read with another call's settings).
    """
    import dateparser

    with _DATEPARSER_LOCK:
        parsed = dateparser.parse(
            span,
            languages=["en"],
            settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]},
        )
    return parsed.date() if parsed else None


_DATEPARSER_LOCK = threading.Lock()


def _month_number(name: str) -> int:
    return MONTHS[fold(name.rstrip("."))]


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    end = len(text) if end is None else end
    out: list[DateMention] = []
    for m in DATE_RE.finditer(text, start, end):
        span = m.group()
        if m.group("coarse"):
            part = _PART_OF.get(fold(m.group("cpart") or ""))
            shift = _SHIFT_OF[fold(m.group("cshift") or m.group("cshift2"))]
            period = _PERIOD_OF[fold(m.group("cperiod") or m.group("cperiod2"))]
            out.append(DateMention(m.start(), m.end(), span, relative="period", period=period, shift=shift, part=part))
        elif m.group("ago"):
            period = current.AGO_SPANS[" ".join(fold(m.group("span")).split())]
            period, count = ("year", current.DECADE_YEARS) if period == "decade" else (period, 1)
            out.append(DateMention(m.start(), m.end(), span, relative="period", period=period, shift=-count))
        elif m.group("decade"):
            start = int(m.group("dy")) if m.group("dy") else current.DECADE_WORDS[fold(m.group("dword"))]
            part = _PART_OF.get(fold(m.group("dpart") or ""))
            out.append(DateMention(m.start(), m.end(), span, year=start, period="decade", part=part))
        elif m.group("iso"):
            y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
            try:
                dt.date(y, mo, d)
            except ValueError:
                continue
            out.append(DateMention(m.start(), m.end(), span, y, mo, d))
        elif m.group("abs"):
            mention = _absolute(m)
            if mention is not None:
                out.append(mention)
        elif m.group("qm"):
            qual = fold(m.group("qual") or current.MONTH_PREFIX.rstrip("-"))
            mstart = m.start("m4") if qual in current.MONTH_WITHIN else m.start()
            month, shift = _month_number(m.group("m4")), _MONTH_SHIFT_OF.get(qual, 0)
            out.append(DateMention(mstart, m.end(), text[mstart : m.end()], month=month, qualifier=qual, shift=shift))
        elif m.group("wd"):
            rel = fold(m.group("rel") or "") or None
            rel = current.WEEKDAY_RELATIVES[rel] if rel else None
            out.append(DateMention(m.start(), m.end(), span, weekday=WEEKDAYS[fold(m.group("wday"))], relative=rel))
        elif m.group("holiday"):
            month, day = HOLIDAYS[" ".join(m.group("hname").split())]
            year = int(m.group("hy")) if m.group("hy") else None
            out.append(DateMention(m.start(), m.end(), span, year, month, day))
        elif m.group("word"):
            out.append(DateMention(m.start(), m.end(), span, relative=" ".join(fold(m.group("rword")).split())))
        elif m.group("year"):
            out.append(DateMention(m.start(), m.end(), span, year=int(m.group("yy"))))
    return out


def _absolute(m: re.Match) -> DateMention | None:
    weekday = WEEKDAYS[fold(m.group("wd1"))] if m.group("wd1") else None
    if m.group("m3"):
        return DateMention(m.start(), m.end(), m.group(), int(m.group("y3")), _month_number(m.group("m3")))
    month_name = m.group("m1") or m.group("m2")
    day_text = m.group("d1") or m.group("d2")
    year_text = m.group("y1") or m.group("y2")
    month, day = _month_number(month_name), int(re.sub(r"\D", "", day_text))
    if year_text:
        try:
            date = dt.date(int(year_text), month, day)
        except ValueError:
            return None
        return DateMention(m.start(), m.end(), m.group(), date.year, date.month, date.day, weekday)
    try:
        dt.date(2000, month, day)  # a leap year: 29 February is a possible year-less date
    except ValueError:
        return None
    return DateMention(m.start(), m.end(), m.group(), None, month, day, weekday)


def complete(mention: DateMention, year: int) -> dt.date | None:
    """A year-less day and month, completed with `year`."""
    if mention.month is None or mention.day is None:
        return None
    try:
        return dt.date(year, mention.month, mention.day)
    except ValueError:
        return None


def resolve_weekday(weekday: int, relative: str | None, reference: dt.date, future: bool) -> dt.date:
    """The day a weekday names, seen from `reference` (the publication date).

    "on Friday" in an article published on a Friday is that day; otherwise
    the tense decides between the coming and the past one. "this Friday" and "este viernes" are
    this week's, to come unless the verb tells them as past ("became this Sunday" in translated
    news, "anunció este jueves"); languages that never write so set THIS_WEEKDAY_BY_TENSE off.
    """
    ahead = (weekday - reference.weekday()) % 7
    behind = (reference.weekday() - weekday) % 7
    if relative == "next":
        return reference + dt.timedelta(days=ahead or 7)
    if relative == "last":
        return reference - dt.timedelta(days=behind or 7)
    if ahead == 0 or (relative == "this" and (future or not current.THIS_WEEKDAY_BY_TENSE)):
        return reference + dt.timedelta(days=ahead)  # "this Friday": the coming one, unless told as past
    return reference + dt.timedelta(days=ahead) if future else reference - dt.timedelta(days=behind)


def weekday_name(weekday: int) -> str:
    return dt.date(2024, 1, 1 + weekday).strftime("%A")  # 1 January 2024 was a Monday


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def period_bounds(mention: DateMention, reference: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a coarse date: "last week" and "earlier this month" counted from
    `reference` (the publication date), a decade from itself. None when it needs a reference
    and there is none."""
    if mention.period == "decade" and mention.year is not None:
        low, high = dt.date(mention.year, 1, 1), dt.date(mention.year + 9, 12, 31)
    elif reference is None:
        return None
    elif mention.period == "week":
        monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=mention.shift)
        low, high = monday, monday + dt.timedelta(days=6)
    elif mention.period == "month":
        index = reference.year * 12 + reference.month - 1 + mention.shift
        low = dt.date(index // 12, index % 12 + 1, 1)
        high = month_end(low.year, low.month)
    elif mention.period == "year":
        low, high = dt.date(reference.year + mention.shift, 1, 1), dt.date(reference.year + mention.shift, 12, 31)
    else:
        return None
    span = (high - low).days
    if mention.part == "earlier" and reference is not None and mention.shift == 0 and mention.period != "decade":
        high = min(high, reference)
    elif mention.part == "later" and reference is not None and mention.shift == 0 and mention.period != "decade":
        low = max(low, reference)
    elif mention.part in ("early", "earlier"):
        high = low + dt.timedelta(days=span // 2)
    elif mention.part in ("late", "later"):
        low = high - dt.timedelta(days=span // 2)
    elif mention.part == "mid":
        low, high = low + dt.timedelta(days=span // 4), high - dt.timedelta(days=span // 4)
    return low, high


def resolve_relative_word(word: str, reference: dt.date) -> dt.date:
    return reference + dt.timedelta(days=current.RELATIVE_DAYS[word])


def as_date(value: object) -> dt.date | None:
    """A date from YAML (a date, a datetime, or ISO text such as "2021-10-04T09:00")."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


FULL_DATE_RE = pattern(
    lambda lx: (
        r"\b" + ISO_DAY + r"\b"
        r"|\b(?P<d1>"
        + _day(lx)
        + r")(?:\s+"
        + lx.DAY_WORDS[1]
        + r")?\s+(?P<m1>"
        + _month(lx)
        + r")"
        + _of_year(lx)
        + r"(?P<y1>"
        + YEAR
        + r")\b"
        r"|\b(?P<m2>" + _month(lx) + r")\s+(?P<d2>" + _day(lx) + r"),?\s+(?P<y2>" + YEAR + r")\b"
    )
)


def full_dates(text: str, start: int, end: int) -> list[tuple[int, dt.date]]:
    """(offset, date) of every date with day, month and year written out, in one scan:
    what an undated article's reference date is taken from."""
    out = []
    for m in FULL_DATE_RE.finditer(text, start, end):
        try:
            if m.group("iy"):
                date = dt.date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
            else:
                day = int(re.sub(r"\D", "", m.group("d1") or m.group("d2")))
                date = dt.date(int(m.group("y1") or m.group("y2")), _month_number(m.group("m1") or m.group("m2")), day)
        except ValueError:
            continue
        out.append((m.start(), date))
    return out


def parse_metadata_date(value: str, fallback_year: int | None) -> tuple[dt.date | None, str | None]:
    """The date on a "Published …" line, in front matter or a dateline, and how its year was found."""
    for d in find_dates(value):
        if d.day is None or d.month is None:
            continue
        if d.year is not None:
            return dt.date(d.year, d.month, d.day), None
        if fallback_year is not None:
            return complete(d, fallback_year), "scope"
    value = value.strip()
    if len(value) <= 60 and re.search(r"\d", value):
        return parse_free_form(value), None
    return None, None
