"""Date claims: dates said of the topic, resolved against the article's
publication date where relative, and compared at the coarser precision of
the claim and the article (docs/claims-format.md, Dates)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..extract import attribution as attrib
from ..extract import dates as dates_mod
from ..extract.dates import RELATIONS, DateMention
from ..extract.quantities import QuantityMention
from ..lexicon import alternation, en
from ..model import Claim, DateExpect, Evidence, Found, Stance
from ..text import Token, is_irregular_past
from ..zones import Sentence
from .topic import Article, in_quotation, negated, token_range

FUTURE = frozenset(m for m in en.FUTURE_MARKERS if not m.startswith("'"))
FUTURE_ENDINGS = tuple(m for m in en.FUTURE_MARKERS if m.startswith("'"))  # "they'll"
PAST = frozenset(en.PAST_MARKERS)
AUXILIARY_BEFORE_PARTICIPLE = frozenset(en.AUXILIARIES_BEFORE_PARTICIPLE)
FIGURE_DATE_GAP_RE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}" + alternation(en.FIGURE_DATE_LINKS) + r"?\s*"
)  # "4,000 cars on"


def evidence(art: Article, claim: Claim, sentences: list[Sentence]) -> list[Evidence]:
    expect = claim.expect
    assert isinstance(expect, DateExpect)
    out = []
    for s in sentences:
        found_dates, quantities = art.values(s)
        for d in found_dates:
            first, last = token_range(s.tokens, d.start, d.end)
            if d.qualifier in RELATIONS or (first > 0 and s.tokens[first - 1].norm in RELATIONS):
                continue  # "stalled since 2016" bounds another period
            if attrib.is_statement_date(s.tokens, first, last) or negated(s.tokens, first, art.text):
                continue  # "the White House said on Monday" dates the statement
            if dates_a_figure(art.text, d, quantities):
                continue  # "the toll rose to 158 on Thursday" dates the figure
            item = _date_item(art, s, d, expect)
            if item is not None:
                out.append(item)
        if expect.precision == "year":
            out.extend(_ages(art, s, expect, quantities))
    return out


def _reference(art: Article, s: Sentence, d: DateMention) -> dt.date | None:
    """What a relative date counts from: the publication date, or inside a
    quotation the date of the statement when the sentence gives one."""
    published = art.dating.published
    if published is None:
        return None
    if in_quotation(art.text, s, d.start):
        for other in art.values(s)[0]:
            first, last = token_range(s.tokens, other.start, other.end)
            if other is not d and attrib.is_statement_date(s.tokens, first, last):
                said = _resolve(art, s, other, published)
                if said is not None:
                    return said[0]
    return published


def _resolve(art: Article, s: Sentence, d: DateMention, reference: dt.date) -> tuple[dt.date, str] | None:
    if d.weekday is not None and d.day is None:
        return dates_mod.resolve_weekday(d.weekday, d.relative, reference, future(s.tokens)), "day"
    if d.relative in ("today", "tonight", "tomorrow", "yesterday"):
        return dates_mod.resolve_relative_word(d.relative, reference), "day"
    return None


def _date_item(art: Article, s: Sentence, d: DateMention, expect: DateExpect) -> Evidence | None:
    published = art.dating.published
    resolved_with = None
    date: dt.date | None = None
    precision = d.precision
    inferred_year = d.year is None
    if d.year is not None and d.month is not None and d.day is not None:
        date = dt.date(d.year, d.month, d.day)
    elif d.day is not None and d.month is not None:
        year, resolved_with = (published.year, "publication") if published else (art.scope_year, "scope")
        date = dates_mod.complete(d, year) if year else None
        if date is None:
            return None
    elif d.weekday is not None or d.relative is not None:
        reference = _reference(art, s, d)
        resolved = _resolve(art, s, d, reference) if reference is not None else None
        if resolved is not None:
            date, precision = resolved
            resolved_with = "publication"
    elif d.month is not None:
        year, resolved_with = (
            (d.year, None) if d.year else ((published.year, "publication") if published else (art.scope_year, "scope"))
        )
        if year is None:
            return None
        base_month = published.month if published else None
        if d.year is None and base_month is not None:
            if d.qualifier == "last" and d.month >= base_month:
                year -= 1
            elif d.qualifier == "next" and d.month <= base_month:
                year += 1
        date = dt.date(year, d.month, 1)
    elif d.year is not None:
        date = dt.date(d.year, 1, 1)
    else:
        return None

    if expect.precision == "year" and inferred_year:
        return None  # the year was only the publication's: it says nothing of the topic's year
    if date is None:
        # a weekday or "tomorrow" with nothing to count from
        if expect.precision != "day":
            return None
        if d.weekday is not None and d.weekday != expect.value.weekday():
            stance: Stance = "conflicts"
        else:
            stance = "unclear"
        name = dates_mod.weekday_name(d.weekday) if d.weekday is not None else d.relative
        return art.evidence(
            s,
            d.start,
            d.end,
            stance,
            Found(name, d.text),
            precision="weekday",
            note="no publication date to resolve it against",
        )
    stance, shown_precision = _compare_date(expect, date, precision)
    value = (
        date.isoformat()
        if shown_precision == "day"
        else f"{date:%Y-%m}"
        if shown_precision == "month"
        else str(date.year)
    )
    return art.evidence(
        s, d.start, d.end, stance, Found(value, d.text), precision=shown_precision, resolved_with=resolved_with
    )


def _ages(art: Article, s: Sentence, expect: DateExpect, quantities: list[QuantityMention]) -> list[Evidence]:
    """ "13-year-old" for a year claim: the year is the reference year less the age."""
    out: list[Evidence] = []
    published = art.dating.published
    ref_year, resolved_with = (published.year, "publication") if published else (art.scope_year, "scope")
    if ref_year is None:
        return out
    for q in quantities:
        if q.age is None or q.high is not None or q.unit is None or q.unit.name != "year":
            continue
        age = int(q.value)
        years = {ref_year - age} if q.age == "ago" else {ref_year - age, ref_year - age - 1}
        stance: Stance = "supports" if expect.value.year in years else "conflicts"
        shown = " or ".join(str(y) for y in sorted(years, reverse=True))
        out.append(
            art.evidence(
                s,
                q.start,
                q.end,
                stance,
                Found(max(years), q.bare),
                hedged=q.hedge is not None,
                precision="year",
                resolved_with=resolved_with,
                note=f"an age: implies {shown}",
            )
        )
    return out


def future(tokens: Sequence[Token]) -> bool:
    """Whether a sentence speaks of what is to come ("will meet on Friday") rather
    than what happened ("struck on Tuesday"); news about plans is the default."""
    if any(t.norm in FUTURE or t.norm.endswith(FUTURE_ENDINGS) for t in tokens):
        return True
    for i, t in enumerate(tokens):
        before = tokens[i - 1].norm if i else ""
        after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
        if t.norm in PAST:
            return False
        if (
            (t.norm.endswith(en.PAST_ENDING) or is_irregular_past(t.norm))
            and t.text[0].islower()
            and len(t.norm) > 3
            and before not in AUXILIARY_BEFORE_PARTICIPLE
            and after != en.AGENT_WORD
        ):
            return False  # a finite past verb, not "was opened" nor "led by"
    return True


def dates_a_figure(text: str, d: DateMention, quantities: list[QuantityMention]) -> bool:
    """Whether the date directly follows a figure: "rose to 158 on Thursday", "5% in March"."""
    return any(q.end <= d.start and FIGURE_DATE_GAP_RE.fullmatch(text, q.end, d.start) for q in quantities)


def _compare_date(expect: DateExpect, date: dt.date, precision: str) -> tuple[Stance, str]:
    """(stance, the precision compared at): the coarser of the claim's and the article's."""
    order = {"year": 0, "month": 1, "day": 2}
    shown = min(precision, expect.precision, key=order.__getitem__)
    if shown == "day":
        same = date == expect.value
    elif shown == "month":
        same = (date.year, date.month) == (expect.value.year, expect.value.month)
    else:
        same = date.year == expect.value.year
    return ("supports" if same else "conflicts"), shown
