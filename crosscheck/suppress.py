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
from dataclasses import dataclass, replace

from .model import Claim, Finding
from .zones import Layout

SENTENCE_END_RE = re.compile(r"[.!?]+[\"'”’)]*(?=\s|$)")
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
            span = _next_text(text, layout, m.end())
            if span:
                out.append(Region(wanted, span[0], span[1], line))
    if block is not None:
        out.append(block)
    return out, problems


def _next_text(text: str, layout: Layout, offset: int) -> tuple[int, int] | None:
    """The sentence after an inline comment, or the paragraph after a comment on its own line."""
    line_end = min((i for i in (text.find("\n", offset), text.find("\r", offset)) if i >= 0), default=len(text))
    if text[offset:line_end].strip():
        end = SENTENCE_END_RE.search(text, offset)
        return offset, end.end() if end else line_end
    for s in layout.sentences:
        if s.start >= offset:
            if s.paragraph < 0:
                return offset, s.end
            _first, last = layout.paragraphs[s.paragraph]
            return offset, layout.sentences[last - 1].end
    return None


def apply(
    findings: list[Finding | None], claims: tuple[Claim, ...], source_key: str, in_text: list[Region]
) -> list[Finding | None]:
    """Mark failing findings whose conflicting evidence is all suppressed, or that the claim accepts."""
    by_id = {c.id: c for c in claims}
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
        cover = [
            next(
                (
                    r
                    for r in in_text
                    if (r.claims is None or f.claim in r.claims) and r.start <= e.start and e.end <= r.end
                ),
                None,
            )
            for e in deciding
        ]
        covering = [r for r in cover if r is not None]
        if deciding and len(covering) == len(deciding):
            out.append(
                replace(
                    f,
                    suppressed=True,
                    suppressed_by="source",
                    note=f"suppressed in the source (line {covering[0].line})",
                )
            )
        else:
            out.append(f)
    return out


def _matches(pattern: str, key: str) -> bool:
    name = key.rsplit("/", 1)[-1]
    return fnmatch.fnmatchcase(key, pattern) or fnmatch.fnmatchcase(name, pattern)
