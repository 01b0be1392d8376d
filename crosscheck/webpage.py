"""A saved or fetched web page as an article: its main text and metadata.

trafilatura finds the article in a page (not the navigation, cookie banner,
adverts, comments or "most read" lists) and, through htmldate, its
publication date from JSON-LD, Open Graph, meta tags, the URL or a byline;
a hand-written extractor would get each of those wrong in its own way. It
is imported only when a page is met, so reading text articles never pays
for it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """What a page says about itself, and its main text with one paragraph per line."""

    text: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    lang: str | None = None


def extract(html: bytes | str, url: str | None = None) -> Page | None:
    """The article in a page, or None when the page has no article text (an index, an error page)."""
    import trafilatura

    found = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        deduplicate=False,
    )
    document = found.as_dict() if found is not None and not isinstance(found, dict) else found
    if not document or not document.get("text"):
        return None
    return Page(
        document["text"],
        document.get("title") or None,
        document.get("sitename") or None,
        _date(document.get("date")),
        document.get("url") or url,
        document.get("language") or None,
    )


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
