"""Suppressions editors write: in an article, and in the claims file.

In a source, `<!-- crosscheck: ignore merida-age -->` silences that claim for
the next paragraph (or, inside a paragraph, the next sentence), and
`<!-- crosscheck: off -->` … `<!-- crosscheck: on -->` a block (for every
claim, or the ids listed). In claims.yaml a claim may `accept` findings per
source with a reason. A suppressed finding keeps its verdict and evidence
and is shown as suppressed: it only stops failing the run.
"""

from __future__ import annotations

import fnmatch
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from itertools import accumulate
from operator import attrgetter

from .model import Claim, Finding
from .zones import Layout

SENTENCE_END_RE = re.compile(r"[.!?]+[\"'”’)]*(?=\s|$)")
LINE_BREAK_RE = re.compile(r"[\r\n]")
NOT_SPACE_RE = re.compile(r"\S")
# The ids part is bounded, so an unclosed comment cannot make matching quadratic.
COMMENT_RE = re.compile(
    r"<!--[ \t]*crosscheck[ \t]*:[ \t]*(?P<verb>ignore|off|on)\b(?P<ids>[^<>]{0,300}?)-->", re.IGNORECASE
)


@dataclass(frozen=True)
class Region:
    claims: frozenset[str] | None  # None: every claim
    start: int
    end: int
    line: int


def regions(text: str, layout: Layout, claim_ids: set[str]) -> tuple[list[Region], list[tuple[int, int, str]]]:
    """The suppressed stretches of an article, and (line, column, message) for unknown ids."""
    lines = layout.lines
    out: list[Region] = []
    problems: list[tuple[int, int, str]] = []
    block: Region | None = None
    ends = _Ends(text)
    for m in COMMENT_RE.finditer(text):
        line, col = lines.position(m.start())
        ids = frozenset(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", m.group("ids").lower()))
        for unknown in sorted(ids - claim_ids):
            problems.append((line, col, f"suppression names '{unknown}', which is not a claim id"))
        wanted = frozenset(ids & claim_ids) if ids else None  # only unknown ids: suppress nothing
        verb = m.group("verb").lower()
        if verb == "off":
            if block is None:
                block = Region(wanted, m.end(), len(text), line)
        elif verb == "on":
            if block is not None:
                out.append(replace(block, end=m.start()))
                block = None
        else:
            span = _next_text(text, layout, m.end(), ends)
            if span:
                out.append(Region(wanted, span[0], span[1], line))
    if block is not None:
        out.append(block)
    return out, problems


def _next_text(text: str, layout: Layout, offset: int, ends: _Ends) -> tuple[int, int] | None:
    """The sentence after an inline comment, or the paragraph after a comment on its own line."""
    line_end = ends.line_end(offset)
    if NOT_SPACE_RE.search(text, offset, line_end):
        end = ends.sentence_end(offset)
        return offset, end if end is not None else line_end
    k = bisect_left(layout.sentences, offset, key=attrgetter("start"))  # the first sentence from the comment on
    if k == len(layout.sentences):
        return None
    s = layout.sentences[k]
    if s.paragraph < 0:
        return offset, s.end
    _first, last = layout.paragraphs[s.paragraph]
    return offset, layout.sentences[last - 1].end


class _Ends:
    """Where the line and the first sentence end after an offset, found for many comments of one
    article: line breaks are found once, and one search for a sentence's end serves every
    comment before the end it finds, so comments in a long line with no full stop do not each
    read the rest of it again."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks = [m.start() for m in LINE_BREAK_RE.finditer(text)]
        self._found: tuple[int, re.Match[str] | None] = (len(text) + 1, None)  # (searched from, first end found)

    def line_end(self, offset: int) -> int:
        k = bisect_left(self._breaks, offset)
        return self._breaks[k] if k < len(self._breaks) else len(self.text)

    def sentence_end(self, offset: int) -> int | None:
        searched, found = self._found
        if not (searched <= offset and (found is None or found.start() >= offset)):
            found = SENTENCE_END_RE.search(self.text, offset)
            self._found = (offset, found)
        return found.end() if found else None


def apply(
    findings: list[Finding | None], claims: tuple[Claim, ...], source_key: str, in_text: list[Region]
) -> list[Finding | None]:
    """Mark failing findings whose conflicting evidence is all suppressed, or that the claim accepts."""
    by_id = {c.id: c for c in claims}
    covers: dict[str, _Cover] = {}
    out = []
    for f in findings:
        if f is None or not f.contradiction:
            out.append(f)
            continue
        accepted = next((a for a in by_id[f.claim].accept if _matches(a.source, source_key)), None)
        if accepted is not None:
            out.append(
                replace(
                    f, suppressed=True, suppressed_by="claims", note=f"accepted in the claims file: {accepted.reason}"
                )
            )
            continue
        deciding = [e for e in f.evidence if e.stance == "conflicts"]
        if f.claim not in covers:
            covers[f.claim] = _Cover([r for r in in_text if r.claims is None or f.claim in r.claims])
        if deciding and all(covers[f.claim].covers(e.start, e.end) for e in deciding):
            first = next(
                r for r in covers[f.claim].regions if r.start <= deciding[0].start and deciding[0].end <= r.end
            )
            out.append(
                replace(
                    f, suppressed=True, suppressed_by="source", note=f"suppressed in the source (line {first.line})"
                )
            )
        else:
            out.append(f)
    return out


class _Cover:
    """The suppressed stretches one claim's evidence may lie in (in the article's order), with
    whether a stretch covers some text found by bisection: an article may hold thousands of
    suppressions and its findings thousands of conflicting items."""

    def __init__(self, regions: list[Region]) -> None:
        self.regions = regions
        self._by_start = sorted(regions, key=attrgetter("start"))
        self._reach = list(accumulate((r.end for r in self._by_start), max))  # the farthest end so far

    def covers(self, start: int, end: int) -> bool:
        k = bisect_right(self._by_start, start, key=attrgetter("start")) - 1
        return k >= 0 and self._reach[k] >= end


def _matches(pattern: str, key: str) -> bool:
    name = key.rsplit("/", 1)[-1]
    return fnmatch.fnmatchcase(key, pattern) or fnmatch.fnmatchcase(name, pattern)
