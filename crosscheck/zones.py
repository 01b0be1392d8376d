"""Split an article into zones: headline, subheadings, dateline, captions,
boilerplate and body, then the body into paragraphs and sentences.

Web text arrives with navigation, photo credits and "More from …" lists mixed
in. Only the headline and body are evidence, so the zones decide what a claim
may ever be matched against. Lines are classified first (a credit line is a
caption wherever it stands); consecutive body lines form a paragraph, so
hard-wrapped text keeps its sentences whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from .text import LineIndex, Token, tokenize

CAPTION_RE = re.compile(
    r"REUTERS/|Reuters/|\bPHOTO:|\bPhoto:|\bPhoto by\b|\bPhotograph:|\(AP Photo|\bAP Photo/"
    r"|\bvia Getty Images\b|\bGetty Images\b|photo_camera|\bIMAGE:|\bImage:|\bFile photo\b|\bFILE PHOTO\b"
    r"|/AFP\b|\bAFP via\b|\bvia REUTERS\b|\bPool via\b|/Pool\b|\bEPA-EFE\b|\bShutterstock\b|\bCredit:"
    r"|\|\s*[\w-]+(?:\.[\w-]+)+\s*$"
)
# Literal pieces of CAPTION_RE: a cheap test that spares most prose lines the regular expression.
CAPTION_MARKERS = ("REUTERS", "Reuters/", "PHOTO", "Photo", "AP Photo", "Getty", "photo_camera", "IMAGE", "Image:",
                   "File photo", "AFP", "Pool", "EPA-EFE", "Shutterstock", "Credit:", "|")
CAPTION_MARKER_RE = re.compile("|".join(map(re.escape, CAPTION_MARKERS)))
IMAGE_SLUG_RE = re.compile(
    r"^[a-z0-9]+(?:[-_][a-z0-9]+){2,}$|^!\[|\.(?:jpe?g|png|gif|webp)\b|^(?:webp|jpe?g|png|gif)\b",
    re.IGNORECASE,
)
BYLINE_RE = re.compile(
    r"^(?:Reporting|Reported|Writing|Written|Editing|Edited|Additional reporting|Compiled)\s+by\b"
    r"|^[\w .'-]{2,40}\b(?:Coordinator|Correspondent|Editor|Reporter|Contributor|Author)s?:",
)
BY_RE = re.compile(r"^By\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:,|\s+and\b|$)")
BOILERPLATE_RE = re.compile(
    r"^(?:advertisement|advert|sponsored|skip to (?:main )?content|leave a (?:reply|comment)|share"
    r"|share (?:this|on) \w+|comments?|\d+ min(?:ute)?s? read|read more|click here.*|print|e-?mail"
    r"|copy link|listen to (?:this )?article.*|sign up.*|subscribe.*|follow us.*|all rights reserved.*"
    r"|©.*|\(c\) .*|copyright .*|our standards:.*|image:?|photo:?)$",
    re.IGNORECASE,
)
SKIP_TO_CONTENT_RE = re.compile(r"\bskip to (?:main )?content\b", re.IGNORECASE)
TAIL_RE = re.compile(
    r"^(?:more (?:from|in|on)\b.*|related(?: (?:stories|articles|coverage|content|news|posts))?:?"
    r"|recommended.*|most (?:read|popular|viewed).*|read next|you may also like.*|trending.*|latest news)$",
    re.IGNORECASE,
)
META_RE = re.compile(
    r"^\s*(?P<kind>Published|Updated|Posted|First published|Last updated|Last modified)(?:\s+on)?\s*:?\s+(?P<value>.+)$",
    re.IGNORECASE,
)
DATE_LINE_RE = re.compile(r"^\s*\ufeff?\s*date\s*:?\s*(?P<value>\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE_RE = re.compile(
    r"(?P<place>[A-Z][A-Z.'\- ]{1,40}[A-Z.](?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?)\s*,?\s*"
    r"(?P<date>" + MONTH_ABBR + r"\s+\d{1,2}(?:,\s*\d{4})?)?\s*"
    r"(?:\((?P<outlet>[A-Za-z][\w .&'-]{1,30})\))?\s*[-—–]+\s+"
)
MD_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+")
CLOSING_PUNCTUATION = ".!?:;,"
QUOTES = "\"'“”‘’«»"
SUBHEADING_MAX_WORDS = 10
SUBHEADING_MAX_CHARS = 80
KICKER_MAX_WORDS = 2
HEADLINE_MAX_WORDS = 25

ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr gen sen rep gov lt col capt prof inc corp co ltd no vs etc jan feb mar apr jun "
    "jul aug sep sept oct nov dec mt ft adm sgt maj rev hon pres supt dept approx est fig al".split()
)
LAST_WORD_RE = re.compile(r"([\w.]+)\.$")
SENTENCE_END_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    zone: str  # headline | body
    paragraph: int  # -1 for the headline
    section: int  # 0 before the first subheading
    text: str = field(repr=False, compare=False, default="")  # the whole article

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """The sentence's words, made on first use: most sentences of an article never
        mention a claim, and are never split into words."""
        return tokenize(self.text, self.start, self.end)


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch of text that is never evidence, with its zone."""

    zone: str  # subheading | dateline | caption | boilerplate
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Section:
    """A subheading and the paragraphs under it, up to the next one."""

    index: int
    tokens: tuple[Token, ...]  # the subheading's words


@dataclass(frozen=True, slots=True)
class Dateline:
    start: int
    end: int
    place: str
    date: str | None
    outlet: str | None


@dataclass(frozen=True, slots=True)
class MetaLine:
    kind: str  # published | updated | date
    value: str
    start: int


@dataclass(frozen=True)
class Layout:
    lines: LineIndex
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[tuple[int, int], ...]  # sentence index ranges [first, last + 1)
    lead: frozenset[int]  # paragraphs the headline's topic covers
    sections: tuple[Section, ...]
    regions: tuple[Region, ...]
    dateline: Dateline | None
    meta: tuple[MetaLine, ...]
    headline: Sentence | None


def _kind_of_line(line: str) -> str:
    stripped = line.strip().strip("\ufeff").strip()
    if not stripped:
        return "blank"
    if META_RE.match(stripped) or DATE_LINE_RE.match(stripped):
        return "meta"
    if stripped.startswith("<!--") and stripped.endswith("-->"):
        return "boilerplate"  # an HTML comment, such as a crosscheck suppression
    if (CAPTION_MARKER_RE.search(stripped) and CAPTION_RE.search(stripped)) \
            or (" " not in stripped or "." in stripped or stripped[:1] in "!wjpgWJPG") \
            and IMAGE_SLUG_RE.search(stripped):
        return "caption"
    words = len(stripped.split())
    if BYLINE_RE.match(stripped) or (BY_RE.match(stripped) and words <= 8):
        return "byline"
    if SKIP_TO_CONTENT_RE.search(stripped) and words <= 8:
        return "boilerplate"
    if words <= 8 and TAIL_RE.match(stripped):
        return "tail"
    if words <= 8 and BOILERPLATE_RE.match(stripped):
        return "boilerplate"
    if MD_HEADING_RE.match(line):
        return "heading"
    return "text"


def _words(text: str) -> int:
    return len(text.split())


def _headline_follows(text: str, spans: list[tuple[int, int]], kinds: list[str], i: int) -> bool:
    """Whether the next text line reads as a headline: short, with no closing full stop."""
    for (s, e), kind in zip(spans[i + 1:], kinds[i + 1:]):
        if kind in ("text", "heading"):
            line = MD_HEADING_RE.sub("", text[s:e]).strip()
            return _words(line) <= HEADLINE_MAX_WORDS and not line.rstrip(QUOTES + " ").endswith((".", "!", "?"))
    return False


def _is_subheading(line: str) -> bool:
    stripped = line.strip().strip(QUOTES + " ").strip()
    if not stripped or not any(c.isalpha() for c in stripped):
        return False
    if stripped[-1] in CLOSING_PUNCTUATION or stripped[0].islower():
        return False
    return _words(stripped) <= SUBHEADING_MAX_WORDS and len(stripped) <= SUBHEADING_MAX_CHARS


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside [start, end), not cutting after "U.S." or "Dr."."""
    spans = []
    cursor = start
    for m in SENTENCE_END_RE.finditer(text, start, end):
        before = text[max(cursor, m.start() - 40):m.start() + 1]  # the word before the stop is enough
        word = LAST_WORD_RE.search(before)
        if m.group().startswith(".") and word:
            w = word.group(1).lower()
            if w in ABBREVIATIONS or len(w) == 1 or re.fullmatch(r"(?:[a-z]\.)+[a-z]", w):
                continue
        spans.append((cursor, m.end()))
        cursor = m.end()
        while cursor < end and text[cursor].isspace():
            cursor += 1
    if cursor < end:
        spans.append((cursor, end))
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in spans) if e > s]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def analyse(text: str, body_start: int = 0, title_span: tuple[int, int] | None = None) -> Layout:
    """Zones, paragraphs and sentences of `text` (front matter ends at body_start).

    title_span, when front matter gives a title, is where its value stands:
    that is the headline, and the first line of the body is not.
    """
    index = LineIndex(text)
    spans = [(s, e) for s, e in index.line_spans(text) if s >= body_start]
    kinds = [_kind_of_line(text[s:e]) for s, e in spans]
    regions: list[Region] = []
    meta: list[MetaLine] = []

    # A "More from …" list runs to the end of the article.
    for i, kind in enumerate(kinds):
        if kind == "tail":
            for j in range(i, len(kinds)):
                if kinds[j] != "blank":
                    kinds[j] = "boilerplate"
            break

    for (s, e), kind in zip(spans, kinds):
        if kind == "meta":
            line = text[s:e]
            m = META_RE.match(line.strip())
            if m:
                meta.append(MetaLine("published" if m.group("kind").lower() in ("published", "posted", "first published")
                                     else "updated", m.group("value"), s))
            else:
                d = DATE_LINE_RE.match(line)
                meta.append(MetaLine("date", d.group("value"), s + d.start("value")))

    headline: tuple[int, int] | None = title_span
    if headline is None:
        for i, kind in enumerate(kinds):
            if kind not in ("text", "heading"):
                continue
            s, e = spans[i]
            content = MD_HEADING_RE.sub("", text[s:e]).strip()
            if _words(content) <= KICKER_MAX_WORDS and _headline_follows(text, spans, kinds, i):
                kinds[i] = "boilerplate"  # a kicker or section label such as "Americas"
                continue
            headline = (s + text[s:e].index(content[0]) if content else s, e)
            kinds[i] = "headline"
            break

    # Subheadings: short unpunctuated lines standing alone between paragraphs.
    for i, kind in enumerate(kinds):
        if kind == "heading" or (kind == "text" and _is_subheading(text[spans[i][0]:spans[i][1]])
                                 and (i == 0 or kinds[i - 1] == "blank")
                                 and (i + 1 == len(kinds) or kinds[i + 1] == "blank")):
            kinds[i] = "subheading"

    sentences: list[Sentence] = []
    paragraphs: list[tuple[int, int]] = []
    sections: list[Section] = []
    headline_sentence = None
    if headline is not None:
        hs, he = _trim(text, *headline)
        headline_sentence = Sentence(0, hs, he, "headline", -1, 0, text)
        sentences.append(headline_sentence)

    section = 0
    para_bounds: list[tuple[int, int, int]] = []  # (start, end, section)
    # gaps_before[i]: only captions, bylines or boilerplate separate paragraph i from i - 1
    gaps_before: list[bool] = []
    para_start = para_end = -1
    nonbody_since_paragraph = False
    for (s, e), kind in zip([*spans, (len(text), len(text))], [*kinds, "blank"]):
        if kind == "text":
            if para_start < 0:
                para_start = s
            para_end = e
            continue
        if para_start >= 0:
            para_bounds.append((para_start, para_end, section))
            gaps_before.append(nonbody_since_paragraph)
            para_start, nonbody_since_paragraph = -1, False
        if kind in ("blank", "headline"):
            continue
        ts, te = _trim(text, s, e)
        if kind == "subheading":
            section += 1
            sections.append(Section(section, tokenize(text, ts, te)))
            regions.append(Region("subheading", ts, te))
            continue
        regions.append(Region("caption" if kind == "caption" else "boilerplate", ts, te))
        nonbody_since_paragraph = bool(para_bounds)

    dateline = None
    for p, (ps, pe, sec) in enumerate(para_bounds[:3]):
        m = DATELINE_RE.match(text, ps, pe)
        if m and (m.group("date") or m.group("outlet")):
            dateline = Dateline(ps, m.end(), m.group("place").strip(), m.group("date"), m.group("outlet"))
            regions.append(Region("dateline", ps, ps + len(m.group().rstrip())))
            para_bounds[p] = (m.end(), pe, sec)
            break

    for p, (ps, pe, sec) in enumerate(para_bounds):
        first = len(sentences)
        for ss, se in split_sentences(text, ps, pe):
            sentences.append(Sentence(len(sentences), ss, se, "body", p, sec, text))
        paragraphs.append((first, len(sentences)))

    lead: set[int] = set()
    if headline_sentence is not None and para_bounds:
        lead.add(0)
        # A standfirst is set off from the lede by a byline, photo or advert:
        # the headline's topic then covers the lede as well.
        if len(para_bounds) > 1 and gaps_before[1] and para_bounds[1][2] == para_bounds[0][2]:
            lead.add(1)

    regions.sort(key=lambda r: r.start)
    return Layout(index, tuple(sentences), tuple(paragraphs), frozenset(lead), tuple(sections), tuple(regions),
                  dateline, tuple(meta), headline_sentence)
