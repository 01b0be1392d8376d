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
from types import ModuleType

from .extract.dates import find_dates
from .lexicon import alternation, capitalised, char_class, current, pattern, per_language, words
from .text import LineIndex, Token, tokenize


def _credit(credit: str) -> str:
    """A credit as a pattern: whole words where it begins or ends with a letter ("Getty Images")."""
    return (
        (r"\b" if credit[0].isalnum() else "")
        + re.escape(credit).replace(r"\ ", " ")
        + (r"\b" if credit[-1].isalnum() else "")
    )


def _lines(phrases) -> str:
    """Phrases as they fill a whole line, compared in lower case."""
    return alternation(phrases).replace(r"\s+", " ")


CAPTION_RE = pattern(
    lambda lx: (
        "|".join(_credit(c) for c in lx.CAPTION_CREDITS) + r"|\|\s*[\w-]+(?:\.[\w-]+)+\s*$"
    )  # "… | example.com": a credit at the end of the line
)
# "... in the EU referendum Getty", "... good deal for Britain (Reuters)": a credit closing the line.
END_CREDIT_RE = pattern(lambda lx: r"(?<!\S)" + alternation(lx.END_CREDITS) + r"\s*$")
CAPTION_LABEL_RE = pattern(lambda lx: alternation(lx.CAPTION_LABELS), re.IGNORECASE)
PICTURE_RE = pattern(lambda lx: r"\(" + alternation(lx.PICTURE_MARKERS) + r"(?:[ ,][^()]{0,40})?\)", re.IGNORECASE)
CREDIT_LINE_MAX_WORDS = 4  # what a line holding only a credit has besides it: "Photograph: Stefan Rousseau/PA"
# The credits as plain text: a cheap test that spares most prose lines the regular expression.
CAPTION_MARKER_RE = pattern(lambda lx: alternation([*lx.CAPTION_CREDITS, "|"]).replace(r"\s+", " "))
IMAGE_SLUG_RE = pattern(
    lambda lx: (
        r"^[a-z0-9]+(?:[-_][a-z0-9]+){2,}$|^!\[|\."
        + alternation(lx.IMAGE_EXTENSIONS)
        + r"\b|^"
        + alternation(lx.IMAGE_EXTENSIONS)
        + r"\b"
    ),
    re.IGNORECASE,
)
# What an image line may start with: a Markdown image, or a file name's extension.
_IMAGE_STARTS = per_language(
    lambda lx: "!" + "".join(sorted({e[0] for e in lx.IMAGE_EXTENSIONS} | {e[0].upper() for e in lx.IMAGE_EXTENSIONS}))
)
BYLINE_RE = pattern(
    lambda lx: (
        r"^"
        + _lines(lx.BYLINE_LEADS)
        + r"\s+"
        + lx.BYLINE_LINK
        + r"\b"
        + r"|^[\w .'-]{2,40}\b"
        + alternation(lx.BYLINE_ROLES)
        + r"s?:"
    ),
)
BY_RE = pattern(
    lambda lx: (
        r"^"
        + capitalised([lx.BYLINE_LINK])[0]
        + r"\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:,|\s+"
        + lx.GIVEN_NAME_JOINERS[0]
        + r"\b|$)"
    )
)
BOILERPLATE_RE = pattern(
    lambda lx: (
        r"^(?:"
        + _lines(lx.BOILERPLATE_LINES)
        + "|"
        + _lines(lx.BOILERPLATE_OPENINGS)
        + ".*"
        + r"|"
        + _lines(lx.SHARE_LEADS)
        + r" \w+|\d+ "
        + _lines(lx.READING_TIME_UNITS)
        + " "
        + lx.READ
        + ")$"
    ),
    re.IGNORECASE,
)
RELATED_LINK_RE = pattern(lambda lx: _lines(lx.RELATED_LINK_LEADS), re.IGNORECASE)
# "06 Jul 2024 6 minute read": a byline's reading time beside its date is part of the date line
READING_TIME_RE = pattern(lambda lx: r"\b\d+ " + _lines(lx.READING_TIME_UNITS) + " " + lx.READ + r"\b", re.IGNORECASE)
# The signature line a social post embedded in a page ends with: a dash, the author, the handle in
# brackets, the post's date ("— Port Wings (@portwings) July 6, 2015"). The date is the post's: no
# evidence, but the page is no older (scope.py).
EMBEDDED_POST_RE = pattern(lambda lx: r"[" + "".join(lx.EMBEDDED_POST_DASHES) + r"]\s*[^()\n]{1,60}\(@\w{1,30}\)")
SKIP_TO_CONTENT_RE = pattern(lambda lx: r"\b" + _lines(lx.SKIP_TO_CONTENT) + r"\b", re.IGNORECASE)
TAIL_RE = pattern(
    lambda lx: r"^(?:" + _lines(lx.TAIL_HEADINGS) + ":?|" + _lines(lx.TAIL_OPENINGS) + r"\b.*)$",
    re.IGNORECASE,
)
_PUBLISHED = per_language(lambda lx: tuple(label.lower() for label in lx.PUBLISHED_LABELS))
META_RE = pattern(
    lambda lx: (
        r"^\s*(?P<kind>"
        + _lines(lx.PUBLISHED_LABELS + lx.UPDATED_LABELS)
        + r")(?:\s+"
        + lx.LABEL_LINK
        + r")?\s*:?\s+(?P<value>.+)$"
    ),
    re.IGNORECASE,
)
# The same label after the stamp it names: "May 4, 2020, 1:50 PM EDT (Updated)".
META_AFTER_RE = pattern(
    lambda lx: (
        r"^\s*(?P<value>.+?)[\s(\[|·•,-]*(?P<kind>" + _lines(lx.PUBLISHED_LABELS + lx.UPDATED_LABELS) + r")[\s)\]]*$"
    ),
    re.IGNORECASE,
)
_NUMERIC_DATE = r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b"
STAMP_RE = pattern(
    lambda lx: (
        r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*"
        + alternation(lx.TIME_SUFFIXES)
        + r"(?!\w))?"
        + "|"
        + _NUMERIC_DATE
        + r"|\b"
        + alternation(lx.TIME_ZONES)
        + r"\b"
    ),
    re.IGNORECASE,
)
DATE_LINE_REST_RE = pattern(lambda lx: r"[\s" + "".join(re.escape(m) for m in lx.DATE_LINE_MARKS) + r"]*")
# "date 2023-07-26", "date 2023-07": a page's stamp, never part of the sentence it runs into
DATE_LINE_RE = pattern(
    lambda lx: r"^\s*\ufeff?\s*" + alternation(lx.DATE_LABELS) + r"\s*:?\s*(?P<value>\d{4}-\d{2}(?:-\d{2})?)\b",
    re.IGNORECASE,
)


def month_abbreviation(lx: ModuleType) -> str:
    """A month as a dateline or a caption writes it: "Oct", "Sept.", "June" (and "oct", "junio"
    where the language writes months in lower case)."""
    months = {m[:3] for m in lx.MONTH_NAMES} | set(lx.MONTH_ABBREVIATIONS)
    cased = [*capitalised(months), *(months if lx.DATE_NAMES_IN_LOWER_CASE else ())]
    return alternation(cased) + r"[a-z]*\.?"


def _dateline_date(lx: ModuleType) -> str:
    """ "Oct 4", "June 3, 2021"; day first where the language writes it so: "5 oct", "5 de octubre"."""
    month = month_abbreviation(lx)
    first = month + r"\s+\d{1,2}(?:,\s*\d{4})?"
    if not lx.YEAR_JOINERS:
        return first
    joiner = r"(?:\s+" + alternation(lx.YEAR_JOINERS) + r")?"
    return r"(?:" + first + r"|\d{1,2}" + joiner + r"\s+" + month + r"(?:" + joiner + r"\s+\d{4})?)"


_DATELINE_MARK = r"[A-Za-z][\w .&'-]{1,30}"  # the agency's mark: "(Reuters)", "/TASS/"
DATELINE_DASHES = (".-", ".—")  # a dateline's own closing mark, never a sentence's: "MADRID.-"


def _dateline_end(lx: ModuleType) -> str:
    return r"(?P<end>" + alternation(lx.DATELINE_ENDS) + r")\s+"


DATELINE_RE = pattern(
    lambda lx: (
        r"(?P<place>(?P<caps>["
        + lx.CAPITALS
        + r"]["
        + lx.CAPITALS
        + r".'\- ]{1,40}["
        + lx.CAPITALS
        + r".])|[A-Z][a-z]+(?:\s[A-Za-z][a-z]+)?(?=,))"
        r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*,?\s*"
        r"(?P<date>" + _dateline_date(lx) + r")?\s*,?\s*"
        r"(?:\((?P<outlet>" + _DATELINE_MARK + r")\)|/(?P<agency>" + _DATELINE_MARK + r")/)?\s*"
        r"(?:" + _dateline_end(lx) + r"|(?<=\d)(?P<bare>\s+)(?=[A-Z]))"
    )
)  # "BERLIN, March 26 Lufthansa's chief executive said …": a copy that lost the agency's mark
# "July 8 (Reuters) - Tesla …": an agency dateline whose copy lost the place; the agency's mark
# is required, so that a lede opening with a date ("July 8 was …") stays text.
PLACELESS_DATELINE_RE = pattern(
    lambda lx: r"(?P<date>" + _dateline_date(lx) + r")\s*\((?P<outlet>" + _DATELINE_MARK + r")\)\s*" + _dateline_end(lx)
)
CAPTION_DATE_RE = pattern(
    lambda lx: (
        rf"\b(?:{lx.CAPTION_DATE_WORDS[0]}\s+)?(?:"
        + alternation(capitalised(lx.WEEKDAY_NAMES))
        + r",?\s+)?"
        + month_abbreviation(lx)
        + rf"\s+\d{{1,2}},\s+\d{{4}},?\s+{lx.CAPTION_DATE_WORDS[1]}\s+"
        + r"[A-Z][\w.'-]*(?:,?\s+[A-Z][\w.'-]*){0,3}\.(?=\s|$)"
    )
)
BULLET_RE = pattern(lambda lx: r"\s*" + char_class(lx.BULLETS) + r"\s+\S")
MD_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+")
CLOSING_PUNCTUATION = ".!?:;,"
QUOTES = "\"'“”‘’«»"
SUBHEADING_MAX_WORDS = 10
SUBHEADING_MAX_CHARS = 80
KICKER_MAX_WORDS = 2
HEADLINE_MAX_WORDS = 40  # some sites' headlines run to 30 words and more
DATE_LINE_MAX_CHARS = 60
RUN_ON_WORDS = 5  # words after a date stamp that make the rest of its line text
# A line longer than this is no hard wrap (text is wrapped at 72 to 80 columns): ending a
# sentence, it ends a paragraph of web text written one paragraph per line.
LONG_LINE_CHARS = 80

ABBREVIATIONS = words(lambda lx: (*lx.ABBREVIATIONS, *lx.MONTH_ABBREVIATIONS))
LAST_WORD_RE = re.compile(r"([\w.]+)\.$")
SENTENCE_END_MARKS = words("SENTENCE_END_MARKS")


def _sentence_start(lx: ModuleType) -> str:
    return r"[\"“‘(\[" + "".join(lx.OPENING_MARKS) + "]?[" + lx.CAPITALS + "0-9]"


def _glued_start(lx: ModuleType) -> str:
    """A word in capitals and lower case, then a space or a mark, glued to the full stop after a
    word in lower case or a bracket, as pages that drop the space write it ("… de la Cámara de
    los Comunes.Los tories", "en Guayaquil (suroeste).El dirigente", "near Mitsamiouli.Prior
    to"): not "U.S.The" nor "p.m.The" (a capital or one letter before the stop), not an address
    ("Collin.Eaton@wsj.com", "credit.SkZ9Yivkdo")."""
    lower = lx.CAPITALS.lower()
    return rf"(?<=[{lower}]{{2}}\.|[{lower}]\)\.)(?=[{lx.CAPITALS}][{lower}]+[\s,;:'’\"”])"


# A sentence ends before a space and a capital, or right before an opening quotation mark and a
# capital, as pages that drop the space write it ("… said Prime Minister Lee.“It cost some money"),
# or right before a word glued to the stop (_glued_start). A run of marks is tried from its first
# mark only, so a line of 500,000 dots is read in linear time.
SENTENCE_END_RE = pattern(
    lambda lx: (
        "(?<!"
        + char_class(lx.SENTENCE_END_MARKS)
        + ")"
        + char_class(lx.SENTENCE_END_MARKS)
        + r"+[\"'”’)\]]*(?:(?=\s+"
        + _sentence_start(lx)
        + "|“["
        + lx.CAPITALS
        + "])|"
        + _glued_start(lx)
        + ")"
    )
)
SENTENCE_START_RE = pattern(lambda lx: r"\s*" + _sentence_start(lx))


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

    zone: str  # subheading | dateline | caption | boilerplate (an embedded post's signature among it)
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
    place: str  # "" when the copy lost it: "July 8 (Reuters) -"
    date: str | None
    outlet: str | None


@dataclass(frozen=True, slots=True)
class MetaLine:
    kind: str  # published | updated | date | dateline (a line that is only a date)
    value: str
    start: int


@dataclass(frozen=True)
class Layout:
    lines: LineIndex
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[tuple[int, int], ...]  # sentence index ranges [first, last + 1)
    # Paragraphs that start on the line right after the previous one (web text written one
    # paragraph per line): a bare "He said" there still speaks for the person named before.
    run_on: frozenset[int]
    lead: frozenset[int]  # paragraphs the headline's topic covers
    sections: tuple[Section, ...]
    regions: tuple[Region, ...]
    dateline: Dateline | None
    meta: tuple[MetaLine, ...]
    headline: Sentence | None
    posts: tuple[tuple[int, int], ...]  # embedded posts' signature lines: the page is no older than their dates


def is_date_line(line: str) -> bool:
    """A line holding only a date or a time stamp: "Monday, February 28, 2011; 2:20 AM",
    "16:00, Feb 23 2011", "12:51pm". What is left once they are taken out is only marks."""
    found = [(d.start, d.end) for d in find_dates(line) if d.relative not in current.RELATIVE_DAYS]
    found += [m.span() for m in STAMP_RE.finditer(line)]
    if not found:
        return False
    found += [m.span() for m in READING_TIME_RE.finditer(line)]
    cursor = 0
    for start, end in sorted(found):
        if start > cursor and not DATE_LINE_REST_RE.fullmatch(line, cursor, start):
            return False
        cursor = max(cursor, end)
    return bool(DATE_LINE_REST_RE.fullmatch(line, cursor))


def _stamp_then_label(line: str) -> re.Match | None:
    """ "May 4, 2020, 1:50 PM EDT (Updated)": a page's stamp with its label after it."""
    m = META_AFTER_RE.match(line) if len(line) <= DATE_LINE_MAX_CHARS else None
    return m if m and is_date_line(m.group("value")) else None


def _kind_of_line(line: str) -> str:
    stripped = line.strip().strip("\ufeff").strip()
    if not stripped:
        return "blank"
    if META_RE.match(stripped) or DATE_LINE_RE.match(stripped) or _stamp_then_label(stripped):
        return "meta"
    if len(stripped) <= DATE_LINE_MAX_CHARS and any(c.isdigit() for c in stripped) and is_date_line(stripped):
        return "dateline"
    if stripped.startswith("<!--") and stripped.endswith("-->"):
        return "boilerplate"  # an HTML comment, such as a crosscheck suppression
    if (
        (CAPTION_MARKER_RE.search(stripped) and CAPTION_RE.search(stripped))
        or END_CREDIT_RE.search(stripped)
        or CAPTION_LABEL_RE.match(stripped)
        or (
            (" " not in stripped or "." in stripped or stripped[:1] in _IMAGE_STARTS())
            and IMAGE_SLUG_RE.search(stripped)
        )
    ):
        return "caption"
    if (
        f" {current.CAPTION_DATE_WORDS[1]} "
        in stripped  # a cheap test first: most lines hold no "…, 2021 in Surfside."
        and (m := CAPTION_DATE_RE.search(stripped))
        and len(split_sentences(stripped, 0, m.end())) == 1
    ):
        return "caption"  # the agency's way of closing a caption, in the line's first sentence
    words = len(stripped.split())
    if BYLINE_RE.match(stripped) or (BY_RE.match(stripped) and words <= 8):
        return "byline"
    if RELATED_LINK_RE.match(stripped):
        return "boilerplate"  # "Read more: …"
    if EMBEDDED_POST_RE.match(stripped):
        return "post"  # "— Port Wings (@portwings) July 6, 2015": an embedded post's signature, which dates the page
    if SKIP_TO_CONTENT_RE.search(stripped) and words <= 8:
        return "boilerplate"
    if words <= 8 and TAIL_RE.match(stripped):
        return "tail"
    if words <= 8 and BOILERPLATE_RE.match(stripped):
        return "boilerplate"
    if MD_HEADING_RE.match(line):
        return "heading"
    return "text"


PROSE_WORDS = 12  # words of a line that reads as an article's prose, not a list's headline
PROSE_LINES = 2  # such lines in a row that end a list of other stories


def _prose_again(text: str, spans: list[tuple[int, int]], kinds: list[str], start: int) -> int:
    """Where the article's prose comes back after a list of other stories: the first of
    PROSE_LINES text lines in a row (blank lines between) of closed sentences, each of at least
    PROSE_WORDS words; the end when it never does."""
    run: list[int] = []
    for j in range(start, len(kinds)):
        if kinds[j] == "blank":
            continue
        line = text[spans[j][0] : spans[j][1]].strip()
        core = line.rstrip(QUOTES + ")]")
        if kinds[j] == "text" and _words(line) >= PROSE_WORDS and core and core[-1] in SENTENCE_END_MARKS:
            run.append(j)
            if len(run) == PROSE_LINES:
                return run[0]
        else:
            run = []
    return len(kinds)


def _words(text: str) -> int:
    return len(text.split())


class _Lines:
    """The article's lines and their kinds, for rules that look at a line's neighbours."""

    def __init__(self, text: str, spans: list[tuple[int, int]], kinds: list[str]) -> None:
        self.text, self.spans, self.kinds = text, spans, kinds

    def line(self, k: int) -> str:
        return self.text[self.spans[k][0] : self.spans[k][1]].strip()

    def is_text(self, k: int) -> bool:
        return 0 <= k < len(self.kinds) and self.kinds[k] == "text"

    def alone(self, k: int) -> bool:
        """A text line with no text line directly above or below it."""
        return self.is_text(k) and not self.is_text(k - 1) and not self.is_text(k + 1)

    def closes(self, k: int) -> bool:
        """Whether the line ends with a sentence's closing mark ("... on Tuesday.", '... back."')."""
        core = self.line(k).rstrip(QUOTES + ")]")
        return bool(core) and core[-1] in SENTENCE_END_MARKS


def _pictured_lines(lines: _Lines) -> None:
    """A line standing alone that says where someone is in the photo ("(pictured)", "(L)")
    and is no closed sentence is a caption."""
    for k in range(len(lines.kinds)):
        if lines.alone(k) and not lines.closes(k) and PICTURE_RE.search(lines.line(k)):
            lines.kinds[k] = "caption"


def _credit_only(line: str) -> bool:
    """A caption line that holds a credit and little else: "Photo: ESA", "PA Images"."""
    rest = CAPTION_RE.sub(" ", line)
    return rest != line and _words(rest) <= CREDIT_LINE_MAX_WORDS and not any(m in rest for m in SENTENCE_END_MARKS)


def _captions_by_credits(lines: _Lines) -> None:
    """The words a credit line belongs to are a caption too (docs: Where evidence comes from):
    - the lines directly above a credited line that run on into it (it opens in lower case,
      or holds only the credit), set off from the text above them: none ends a sentence but
      the last of a wrapped caption ("The Philae lander on its way to the comet," /
      "photographed by the Rosetta spacecraft." / "Photograph: AP"; a caption hard-wrapped
      over three lines, the credit on the last);
    - with a line that is only a credit: the line right before it, or else the line right
      after it, or else the one line standing alone before it across a blank line, when that
      line is no closed sentence ("Accomazzo (L) after the Philae had touched down" / "" /
      "Photo: ESA").
    A body paragraph ends with its full stop, so it is never taken for a caption."""
    kinds = lines.kinds
    for i in range(len(kinds)):
        if kinds[i] != "caption":
            continue
        line = lines.line(i)
        only = _credit_only(line)
        run = []
        k = i - 1
        while lines.is_text(k) and (only or (line[:1].islower() and not CAPTION_LABEL_RE.match(line))):
            run.append(k)
            k -= 1
        if run and all(not lines.closes(j) or (j == i - 1 and only and len(run) > 1) for j in run):
            for j in run:
                kinds[j] = "caption"
            continue
        if not only or run:
            continue
        if lines.alone(i + 1) and not lines.closes(i + 1):
            kinds[i + 1] = "caption"
            continue
        k = i - 1
        while k >= 0 and kinds[k] == "blank":
            k -= 1
        if k < i - 1 and not lines.is_text(i + 1) and lines.alone(k) and not lines.closes(k):
            kinds[k] = "caption"


def _repeated_headline(lines: _Lines, headline: str) -> None:
    """Pages print their title twice (the page title, then the article's own heading): a later
    line that is the headline again is not body text, or it would run on into the lede's
    first sentence and lend that sentence its topic words."""
    words = headline.split()
    for k, kind in enumerate(lines.kinds):
        if kind == "text" and lines.line(k).split() == words:
            lines.kinds[k] = "boilerplate"


def _headline_follows(text: str, spans: list[tuple[int, int]], kinds: list[str], i: int) -> bool:
    """Whether the next text line reads as a headline."""
    for j, kind in enumerate(kinds[i + 1 :], i + 1):
        if kind in ("text", "heading"):
            return _headline_like(text, spans, kinds, j, strict=True)
    return False


def _headline_like(text: str, spans: list[tuple[int, int]], kinds: list[str], i: int, strict: bool = False) -> bool:
    """Whether line i reads as a headline: one sentence at most, not too long ("Quake toll
    rises past 100", "Will Britain leave?", a one-sentence dek closed by a full stop), and
    standing on its own rather than running on into the next line ("TOKYO (Reuters) - Japan's
    SoftBank has" / "agreed to buy ..."). A paragraph of several sentences is the lede,
    whatever line it stands on. `strict`, for the line after a short label that would make the
    label a kicker: a sentence closed by a full stop is then a lede, not the headline."""
    s, e = spans[i]
    line = MD_HEADING_RE.sub("", text[s:e]).strip()
    if not line or _words(line) > HEADLINE_MAX_WORDS or len(split_sentences(line, 0, len(line))) > 1:
        return False
    if strict and _closes_sentence(line, len(line.rstrip(QUOTES + ") ]"))):
        return False
    if i + 1 < len(kinds) and kinds[i + 1] == "text":  # the next line follows directly
        following = text[spans[i + 1][0] : spans[i + 1][1]].lstrip()
        return not following[:1].islower()
    return True


def _closes_sentence(text: str, end: int) -> bool:
    """Whether the mark just before `end` is a full stop that ends a sentence: not the stop
    of an abbreviation ("Corp.", "U.S.") or an initial."""
    if end == 0 or text[end - 1] != ".":
        return False
    word = LAST_WORD_RE.search(text[max(0, end - 40) : end])
    return not (word and _is_abbreviation(word.group(1)))


def _is_abbreviation(word: str) -> bool:
    """A word ending in a full stop that does not end a sentence: "Dr", "U.S", "J"."""
    w = word.lower()
    # an initial is a letter: "injured 9. These two explosions …" ends a sentence
    return w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", w) is not None


def _ends_sentence(text: str, start: int, end: int, next_start: int, next_end: int) -> bool:
    """Whether the line [start, end) ends a sentence that the next line does not carry on."""
    line = text[start:end].rstrip()
    core = line.rstrip(QUOTES + ")]")
    if not core or core[-1] not in SENTENCE_END_MARKS or (core[-1] == "." and not _closes_sentence(core, len(core))):
        return False
    return SENTENCE_START_RE.match(text, next_start, next_end) is not None


def _paragraph_per_line(text: str, start: int, end: int, next_start: int, next_end: int) -> bool:
    """Whether web text puts one paragraph per line here: a long line [start, end) ending a
    sentence, followed directly by another text line. Hard-wrapped text has short lines,
    and a line of it rarely ends where a sentence does."""
    return len(text[start:end].strip()) > LONG_LINE_CHARS and _ends_sentence(text, start, end, next_start, next_end)


def _runs_on_past_blank(text: str, para_end: int, spans: list[tuple[int, int]], kinds: list[str], k: int) -> bool:
    """Whether a paragraph cut mid-sentence by a blank line goes on below it: archive copies
    put a blank line after every wrapped line ("Mr Arora invested over $3 billion in a" / "" /
    "smattering of global startups."). The line below must open in lower case or with a figure
    ("rose to" / "" / "148 on Thursday")."""
    i = para_end - 1
    while i >= 0 and text[i].isspace():  # the paragraph's last mark, without copying the text before it
        i -= 1
    if i < 0 or text[i] in SENTENCE_END_MARKS or text[i] in QUOTES + ":)]":
        return False
    return _opens_below(text, spans, kinds, k)


def _opens_below(text: str, spans: list[tuple[int, int]], kinds: list[str], k: int) -> bool:
    """Whether the first text line at or after line k, past blank lines, carries a sentence on:
    it opens in lower case or with a figure."""
    j = k
    while j < len(kinds) and kinds[j] == "blank":
        j += 1
    if j >= len(kinds) or kinds[j] != "text":
        return False
    first = text[spans[j][0] : spans[j][1]].lstrip()[:1]
    return first.isdigit() or (first.isalpha() and first.islower())


def _ends_paragraph(text: str, line_end: int) -> bool:
    """Whether the text line ending at line_end is a list item ("• Leave won 51.9% …"): a
    paragraph of its own, whether or not it ends a sentence."""
    line_start = text.rfind("\n", 0, line_end) + 1
    return bool(BULLET_RE.match(text, line_start, line_end))


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
        before = text[max(cursor, m.start() - 40) : m.start() + 1]  # the word before the stop is enough
        word = LAST_WORD_RE.search(before)
        if m.group().startswith(".") and word and _is_abbreviation(word.group(1)):
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

    # A "More from …" list runs to the end of the article, unless the article's prose comes back
    # after it (a "Related Stories" box printed above the story).
    i = 0
    while i < len(kinds):
        if kinds[i] != "tail":
            i += 1
            continue
        back = _prose_again(text, spans, kinds, i + 1)
        for j in range(i, back):
            if kinds[j] != "blank":
                kinds[j] = "boilerplate"
        i = back

    for k, ((s, e), kind) in enumerate(zip(spans, kinds)):
        if kind == "meta":
            line = text[s:e]
            m = META_RE.match(line.strip()) or _stamp_then_label(line.strip())
            if m:
                value = m.group("value")
                stamp, colon, entry = value.partition(": ")
                if colon and any(c.isdigit() for c in stamp) and _words(entry) >= RUN_ON_WORDS:
                    # "Updated on August 12 at 10:00 p.m.: At least 17 people died …": a live entry's stamp
                    value, cut = stamp, s + line.index(value) + len(stamp) + len(colon)
                    spans[k], kinds[k] = (cut, e), _kind_of_line(text[cut:e])
                    regions.append(Region("boilerplate", s, cut))
                meta.append(
                    MetaLine(
                        "published" if " ".join(m.group("kind").lower().split()) in _PUBLISHED() else "updated",
                        value,
                        s,
                    )
                )
            elif d := DATE_LINE_RE.match(line):  # a meta line is one or the other
                meta.append(MetaLine("date", d.group("value"), s + d.start("value")))
                if _words(line[d.end() :]) >= RUN_ON_WORDS:
                    # "date 2021-07-09 SURFSIDE: The confirmed death toll …": the stamp, then the lede
                    spans[k], kinds[k] = (s + d.end(), e), _kind_of_line(line[d.end() :])
                    regions.append(Region("boilerplate", s + d.start(), s + d.end()))
        elif kind == "dateline":
            ts, _ = _trim(text, s, e)
            meta.append(MetaLine("dateline", text[ts:e].strip(), ts))

    lines = _Lines(text, spans, kinds)
    _pictured_lines(lines)
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
            if _headline_like(text, spans, kinds, i):
                headline = (s + text[s:e].index(content[0]) if content else s, e)
                kinds[i] = "headline"
            break  # a first line that is a paragraph is the lede: the article has no headline
    if headline is not None:
        _repeated_headline(lines, text[headline[0] : headline[1]])
    _captions_by_credits(lines)

    # Subheadings: short unpunctuated lines standing alone between paragraphs.
    for i, kind in enumerate(kinds):
        if kind == "heading" or (
            kind == "text"
            and _is_subheading(text[spans[i][0] : spans[i][1]])
            and (i == 0 or kinds[i - 1] == "blank")
            and (i + 1 == len(kinds) or kinds[i + 1] == "blank")
            and not _opens_below(text, spans, kinds, i + 1)  # "… rose to" / "" / "148 on Thursday."
        ):
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
    posts: list[tuple[int, int]] = []
    para_bounds: list[tuple[int, int, int]] = []  # (start, end, section)
    # gaps_before[i]: only captions, bylines or boilerplate separate paragraph i from i - 1
    gaps_before: list[bool] = []
    para_start = para_end = -1
    nonbody_since_paragraph = False
    run_on: set[int] = set()  # paragraphs starting on the line right after the previous one
    line_start = -1  # the current paragraph's last line so far
    wrapped = False  # a line of the current paragraph so far ran on mid-sentence: hard-wrapped text
    for k, ((s, e), kind) in enumerate(zip([*spans, (len(text), len(text))], [*kinds, "blank"])):
        if kind == "blank" and para_start >= 0 and _runs_on_past_blank(text, para_end, spans, kinds, k):
            continue
        if kind == "text":
            if para_start >= 0:
                one_per_line = not wrapped and _paragraph_per_line(text, line_start, para_end, s, e)
                if BULLET_RE.match(text, s, e) or _ends_paragraph(text, para_end) or one_per_line:
                    # a list item, or web text written one paragraph per line: a new paragraph
                    para_bounds.append((para_start, para_end, section))
                    gaps_before.append(nonbody_since_paragraph)
                    para_start, nonbody_since_paragraph = -1, False
                    if one_per_line:
                        run_on.add(len(para_bounds))
                else:
                    wrapped = wrapped or not _ends_sentence(text, line_start, para_end, s, e)
            if para_start < 0:
                para_start, wrapped = s, False
            line_start, para_end = s, e
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
        zone = kind if kind in ("caption", "dateline") else "boilerplate"
        regions.append(Region(zone, ts, te))
        if kind == "post":
            posts.append((ts, te))
        nonbody_since_paragraph = bool(para_bounds)

    dateline = None
    for p, (ps, pe, sec) in enumerate(para_bounds[:3]):
        m = DATELINE_RE.match(text, ps, pe)
        outlet = m and (m.group("outlet") or m.group("agency"))
        if m and m.group("bare") is not None and not (m.group("caps") and m.group("date")):
            m = None  # without a mark only "PLACE, Month Day" in capitals says dateline
        marked = m and (  # "MADRID.-": no agency's mark needed
            m.group("end") in DATELINE_DASHES or ((m.group("caps") or "").endswith(".") and m.group("end") == "-")
        )
        if m and (outlet or m.group("end") != ".") and (m.group("date") or (m.group("caps") and (outlet or marked))):
            dateline = Dateline(ps, m.end(), m.group("place").strip(), m.group("date"), outlet)
        elif placeless := PLACELESS_DATELINE_RE.match(text, ps, pe):
            m = placeless
            dateline = Dateline(ps, m.end(), "", m.group("date"), m.group("outlet"))
        if dateline is not None and m is not None:
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
    return Layout(
        index,
        tuple(sentences),
        tuple(paragraphs),
        frozenset(run_on),
        frozenset(lead),
        tuple(sections),
        tuple(regions),
        dateline,
        tuple(meta),
        headline_sentence,
        tuple(posts),
    )
