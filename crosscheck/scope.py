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

from .extract import dates
from .model import Scope
from .sources import Source
from .zones import Layout


@dataclass(frozen=True)
class Dating:
    published: dt.date | None
    reference: dt.date | None
    date_from: str | None  # front_matter | manifest | text | body
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
    body = [(s.start, s.end) for s in layout.sentences if s.zone == "body"]
    starts = [start for start, _ in body]
    latest = None
    if body:
        for offset, date in dates.full_dates(source.text, body[0][0], body[-1][1]):
            i = bisect.bisect_right(starts, offset) - 1
            if i >= 0 and offset < body[i][1] and (latest is None or date > latest):
                latest = date  # only dates in body sentences: not captions, bylines or lists
    return Dating(None, latest, "body" if latest else None, outlet)


def _from_text(text: str, layout: Layout, scope_year: int | None) -> dt.date | None:
    """A "Published …" line, else a "date YYYY-MM-DD" line, else "Updated …", else the dateline."""
    by_kind: dict[str, dt.date] = {}
    for meta in layout.meta:
        if meta.kind in by_kind:
            continue
        found = dates.as_date(meta.value) if meta.kind == "date" else dates.parse_metadata_date(meta.value, None)[0]
        if found:
            by_kind[meta.kind] = found
    for kind in ("published", "date", "updated"):
        if kind in by_kind:
            return by_kind[kind]
    if layout.dateline and layout.dateline.date:
        return dates.parse_metadata_date(layout.dateline.date, scope_year)[0]
    return None


def window(scope: Scope | None) -> tuple[dt.date, dt.date] | None:
    if scope is None or scope.date is None or scope.window_days is None:
        return None
    after = scope.window_days_after if scope.window_days_after is not None else scope.window_days
    return scope.date - dt.timedelta(days=scope.window_days), scope.date + dt.timedelta(days=after)


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
