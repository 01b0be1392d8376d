"""A saved or fetched web page as an article: its main text and metadata, and
where in the page as stored each piece of that text stands.

trafilatura finds the article in a page (not the navigation, cookie banner,
adverts, comments or "most read" lists) and, through htmldate, its
publication date from JSON-LD, Open Graph, meta tags, the URL or a byline;
a hand-written extractor would get each of those wrong in its own way. It
is imported only when a page is met, so reading text articles never pays
for it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
import re
from array import array
from dataclasses import dataclass

from .text import LineIndex


@dataclass(frozen=True)
class Page:
    """What a page says about itself, and its main text with one paragraph per line."""

    text: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    lang: str | None = None


# Never the article, whatever else a page holds: on a page with no article, the extractor's last
# resort takes whatever text is left, a menu or the cookie notice.
NEVER_ARTICLE = [
    "//nav",
    "//footer",
    "//*[@role='navigation' or @role='contentinfo']",
    *(f"//*[contains(@id, '{word}') or contains(@class, '{word}')]" for word in ("cookie", "consent", "gdpr")),
]


def extract(html_text: bytes | str, url: str | None = None) -> Page | None:
    """The article in a page, or None when the page has no article text (an index, an error page)."""
    import trafilatura

    found = trafilatura.bare_extraction(
        html_text,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        deduplicate=False,
        # Only the dates a page states for itself (JSON-LD, meta tags, <time>, a byline, the URL):
        # the extensive search also guesses from any year on the page, "© 2024" in the footer.
        date_extraction_params={"extensive_search": False, "original_date": True, "max_date": _today()},
        prune_xpath=NEVER_ARTICLE,
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


def _today() -> str:
    return dt.date.today().isoformat()


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


# --- where the text read stands in the page as stored ---------------------------------------------

# Characters a reader does not see and extraction drops: whitespace, and the invisible format
# characters (soft hyphen, zero-width space and joiners, word joiner, byte-order mark).
_UNSEEN = "\\s\u00ad\u200b-\u200d\u2060\ufeff"
_UNSEEN_RE = re.compile(f"[{_UNSEEN}]+")
# One pass over the page: what is never shown (comments, scripts, styles, templates, tags), entities,
# unseen runs, and the shown characters between them. A tag ends at the next "<" as well as at ">",
# so a stray "<" never makes the scan read ahead more than once.
_MARKUP_RE = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|template)\b[^<>]*>.*?(?:</\1\s*>|\Z)"
    r"|<[A-Za-z/!?][^<>]*>?"
    r"|(?P<entity>&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);?)"
    rf"|[{_UNSEEN}]+"
    rf"|(?P<shown>[^<&{_UNSEEN}]+|[<&])",
    re.DOTALL | re.IGNORECASE,
)
# The marks extraction adds that are not in the page: list bullets and table cell rules.
_ADDED_RE = re.compile(r"^\s*[-*\u2022]\s+|\s*\|\s*")
# How far past the last paragraph found the next one is looked for: further than any block of
# adverts or links between two paragraphs, and a bound on the work a paragraph not found costs.
SEARCH_REACH = 200_000


def _squeezed(text: str) -> str:
    return _UNSEEN_RE.sub("", text)


class Located:
    """The page's shown characters, each tied to its place in the page as stored, and the text
    read from the page tied to them paragraph by paragraph.

    Comparing without whitespace makes tags between words, line breaks and entities such as
    &nbsp; no obstacle; following the text's paragraphs in order through the page (each looked
    for after the last one found) finds the article's own words rather than the same words in a
    menu or a "related" list above it. Built once per page, in one pass over it and one over the
    text: linear in their size.
    """

    def __init__(self, stored: str, text: str) -> None:
        self.text = text
        self._page_lines, self._text_lines = LineIndex(stored), LineIndex(text)
        shown: list[str] = []
        # Runs of shown characters: where each starts among them, and where it starts and ends in
        # the page (an entity is one run, all of whose characters stand at the entity).
        self._run_at = array("q")
        self._run_start = array("q")
        self._run_end = array("q")
        count = 0
        for m in _MARKUP_RE.finditer(stored):
            if m.lastgroup == "shown":
                piece = m.group()
            elif m.lastgroup == "entity":
                piece = _squeezed(html.unescape(m.group()))
            else:
                continue
            if piece:
                shown.append(piece)
                self._run_at.append(count)
                self._run_start.append(m.start())
                self._run_end.append(m.end())
                count += len(piece)
        self.shown = "".join(shown)
        self._run_at.append(count)  # where a run past the last would start: every run's length is known
        # Stretches of the text found in the page, in order in both: where each starts and ends in
        # the text, and where it starts among the shown characters.
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._found_at: list[int] = []
        cursor = line_start = 0
        for line in text.split("\n"):
            whole = [(0, len(line))]
            for start, end in whole if self._find(line, cursor) is not None else _between_marks(line):
                at = self._find(line[start:end], cursor)
                if at is not None:
                    self._starts.append(line_start + start)
                    self._ends.append(line_start + end)
                    self._found_at.append(at)
                    cursor = at + len(_squeezed(line[start:end]))
            line_start += len(line) + 1

    def _find(self, piece: str, cursor: int) -> int | None:
        squeezed = _squeezed(piece)
        if not squeezed:
            return None
        at = self.shown.find(squeezed, cursor, cursor + SEARCH_REACH + len(squeezed))
        return at if at >= 0 else None

    def page_position(self, start: int, end: int) -> tuple[int, int, int, int] | None:
        """Line, column, end line and end column of text[start:end] in the page as stored, if found there."""
        found = self.in_page(start, end)
        return None if found is None else (*self._page_lines.position(found[0]), *self._page_lines.position(found[1]))

    def text_position(self, line: int, column: int, words: str) -> tuple[int, int, int, int] | None:
        """Where `words`, which start at this line and column of the page as stored, stand in the
        text read from it, if they do."""
        try:
            first = self._shown_after(self._page_lines.offset(line, column))
        except IndexError:
            return None
        at = None if first is None else self._text_offset(first)
        if at is None or self.text[at : at + len(words)] != words:
            return None
        return (*self._text_lines.position(at), *self._text_lines.position(at + len(words)))

    def in_page(self, start: int, end: int) -> tuple[int, int] | None:
        """Where text[start:end] stands in the page as stored, or None if it is not found there."""
        first, last = self._shown_index(start), self._shown_index(end - 1)
        if first is None or last is None or last < first:
            return None
        run, last_run = self._run(first), self._run(last)
        stored_start = self._run_start[run] + (0 if self._entity(run) else first - self._run_at[run])
        if self._entity(last_run):
            return stored_start, self._run_end[last_run]
        return stored_start, self._run_start[last_run] + last - self._run_at[last_run] + 1

    def _shown_index(self, offset: int) -> int | None:
        """The shown character that the text's character at `offset` was found as, if it was."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0 or not 0 <= offset < self._ends[i] or not _squeezed(self.text[offset]):
            return None
        return self._found_at[i] + len(_squeezed(self.text[self._starts[i] : offset]))

    def _text_offset(self, index: int) -> int | None:
        """The text's character found as the shown character `index`, if one was."""
        i = bisect.bisect_right(self._found_at, index) - 1
        if i < 0:
            return None
        wanted = index - self._found_at[i]
        for offset in range(self._starts[i], self._ends[i]):
            if _squeezed(self.text[offset]):
                if wanted == 0:
                    return offset
                wanted -= 1
        return None

    def _run(self, index: int) -> int:
        return bisect.bisect_right(self._run_at, index) - 1

    def _entity(self, run: int) -> bool:
        return self._run_end[run] - self._run_start[run] != self._run_at[run + 1] - self._run_at[run]

    def _shown_after(self, offset: int) -> int | None:
        """The shown character at the page's `offset`, else the first one after it."""
        run = bisect.bisect_right(self._run_start, offset) - 1
        if run >= 0 and offset < self._run_end[run]:
            return self._run_at[run] + (0 if self._entity(run) else offset - self._run_start[run])
        return self._run_at[run + 1] if run + 1 < len(self._run_start) else None


def _between_marks(line: str) -> list[tuple[int, int]]:
    """The stretches of a line between the marks extraction added (bullets, table rules): each
    looked for on its own when the line is not found whole."""
    pieces, start = [], 0
    for m in _ADDED_RE.finditer(line):
        if m.start() > start:
            pieces.append((start, m.start()))
        start = m.end()
    if start < len(line):
        pieces.append((start, len(line)))
    return pieces
