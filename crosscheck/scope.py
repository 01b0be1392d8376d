"""Which occurrence a source describes: its reference date and the scope window.

A retrospective about the 2023 dialogue must not be read as contradicting
claims about the 2021 one, so each source gets a reference date (its
publication date, else the latest full date in its body) and is checked
only if that date falls inside the claims' window.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from operator import attrgetter

from .extract import dates
from .lexicon import alternation, capitalised, pattern
from .model import Scope
from .sources import Source
from .text import Tenses
from .zones import EMBEDDED_POST_RE, Layout

# Words before a full date that make it a deadline or a plan, or the start of a span ("not seen
# since the Dec. 11, 1972"), never the date a source was written.
PLAN_RE = pattern(
    lambda lx: (
        r"(?<![\w-])(?P<plan>(?i:"
        + alternation((*lx.PLAN_WORDS, lx.SINCE_WORD))
        + r"))\s+(?:"
        + alternation(lx.DETERMINERS)
        + r"\s+)?(?:"
        + alternation(capitalised(lx.WEEKDAY_NAMES))
        + r",?\s+)?$"
    )
)
PLAN_REACH = 40  # characters before the date where the plan word may stand


@dataclass(frozen=True)
class Dating:
    published: dt.date | None
    reference: dt.date | None
    date_from: str | None  # front_matter | page | manifest | text | body
    outlet: str | None  # from a dateline such as "WASHINGTON, Oct 4 (Reuters) -"


def date_source(source: Source, layout: Layout, scope: Scope | None) -> Dating:
    scope_year = scope.date.year if scope and scope.date else None
    outlet = layout.dateline.outlet if layout.dateline else None
    published, origin = None, None
    if "published" in source.fields:
        value = source.fields["published"]
        published = dates.as_date(value) or dates.parse_metadata_date(str(value), scope_year)[0]
        origin = source.fields_from["published"] if published else None
    if published is None:
        published = _from_text(source.text, layout, scope_year)
        origin = "text" if published else None
    if published is not None:
        return Dating(published, published, origin, outlet)
    text = source.text
    spans = [(s.start, s.end) for s in layout.sentences]  # the headline and the body
    starts = [start for start, _ in spans]
    latest = None
    tenses: dict[int, Tenses] = {}  # per sentence: its dates ask for the tense near each
    if spans:
        for offset, date in dates.full_dates(text, spans[0][0], spans[-1][1]):
            i = bisect.bisect_right(starts, offset) - 1
            if i < 0 or offset >= spans[i][1]:
                continue  # only dates in sentences: not captions, bylines or lists
            if PLAN_RE.search(text, max(spans[i][0], offset - PLAN_REACH), offset):
                continue  # "before Jan. 30, 2022", "scheduled for 3 May 2025", "since Dec. 11, 1972"
            tokens = layout.sentences[i].tokens
            if i not in tenses:
                tenses[i] = Tenses(tokens, tellings=True)
            if tenses[i].near(bisect.bisect_left(tokens, offset, key=attrgetter("start"))):
                continue  # "he would be released on December 10, 2035": what is to come
            if latest is None or date > latest:
                latest = date
    for posted in _posts_dates(text, layout, spans[0][0] if spans else source.body_start):
        latest = posted if latest is None or posted > latest else latest
    return Dating(None, latest, "body" if latest else None, outlet)


def _posts_dates(text: str, layout: Layout, start: int) -> list[dt.date]:
    """The dates of social posts the page embeds, from their signature lines as zoning found them
    ("— SpaceX (@SpaceX) January 16, 2025"): the page is no older than a post it shows. The
    signature is the platform's, often in English whatever the page's language, so it is read as one."""
    found = []
    for line_start, line_end in layout.posts:
        signed = EMBEDDED_POST_RE.match(text, line_start, line_end)
        if signed and line_start >= start:
            date = dates.parse_free_form(text[signed.end() : line_end].strip()[:40])
            if date is not None:
                found.append(date)
    return found


def _from_text(text: str, layout: Layout, scope_year: int | None) -> dt.date | None:
    """A "Published …" line, else a "date YYYY-MM-DD" line, else "Updated …", else the dateline."""
    by_kind: dict[str, dt.date] = {}
    for meta in layout.meta:
        if meta.kind in by_kind:
            continue
        found = dates.as_date(meta.value) if meta.kind == "date" else dates.parse_metadata_date(meta.value, None)[0]
        if found:
            by_kind[meta.kind] = found
    for meta in layout.meta:
        if meta.kind == "dateline" and "dateline" not in by_kind:
            found = dates.parse_metadata_date(meta.value, None)[0]
            if found:
                by_kind["dateline"] = found  # the first line that is only a full date
    for kind in ("published", "date", "updated", "dateline"):
        if kind in by_kind:
            return by_kind[kind]
    if layout.dateline and layout.dateline.date:
        return dates.parse_metadata_date(layout.dateline.date, scope_year)[0]
    return None


def window(scope: Scope | None) -> tuple[dt.date, dt.date] | None:
    if scope is None or scope.date is None or scope.window_days is None:
        return None
    after = scope.window_days_after if scope.window_days_after is not None else scope.window_days
    return _shifted(scope.date, -scope.window_days), _shifted(scope.date, after)


def _shifted(date: dt.date, days: int) -> dt.date:
    """date + days, stopping at the calendar's ends: a window from 9999-12-31 reaches no further."""
    try:
        return date + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def judge(dating: Dating, scope: Scope | None) -> tuple[bool, str | None]:
    """(in scope?, the note a reader needs to trust that answer)."""
    bounds = window(scope)
    if bounds is None:
        return True, None
    if dating.reference is None:
        return True, "no publication date or full date found; checked as in scope"
    low, high = bounds
    if dating.reference < low or dating.reference > high:
        how = "published" if dating.date_from != "body" else "latest full date in the text"
        return False, (
            f"{how} {dating.reference.isoformat()}, outside the scope window {low.isoformat()} to {high.isoformat()}"
        )
    return True, None
