"""Disagreements nobody wrote a claim for.

A fact sheet only catches what an editor thought to write down. Here the
sources are compared with each other instead: every typed statement an
article makes about a named subject (an amount, a year or date, a person
holding a titled role, a "first" or "revived") is collected, statements about
the same subject and attribute are grouped across sources, and the groups
whose sources hold different values are the disagreements, with every side
quoted. Capitalised names spelt two ways are compared too.

Only statements about the story's occurrence are set against each other: an
article dated far from the others (an anniversary piece) and a figure whose
clause dates it well before its article ("a fire in November that killed
112") tell of another occurrence. A figure that changed as the story went on
(a toll rising day by day) is a timeline, latest first, not two camps.

Two passes over the articles keep memory flat: the first learns the names
(capitalised runs) and which words the corpus also writes in lower case; the
second attaches statements to those names.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import pairwise
from operator import attrgetter
from pathlib import Path
from types import ModuleType

from rapidfuzz.distance import DamerauLevenshtein

from . import scope as scope_mod
from . import sources as sources_mod
from .extract.dates import MONTHS, WEEKDAYS, YEAR, DateMention, find_dates, month_end, period_bounds
from .extract.names import NameRun, capitalised_runs
from .extract.quantities import QuantityMention, find_quantities, joined_nouns, toll_named_before
from .lexicon import (
    alternation,
    char_class,
    current,
    is_negation,
    pattern,
    phrase_table,
    reading,
    table,
    words,
)
from .lexicon.units import Unit, lookup
from .model import SourceInfo, Warning, counted, gathered
from .pipeline import source_title
from .text import LineIndex, Token, fold, normalise_word, phrase_before, stem, tokenize
from .zones import Layout, Sentence, analyse

LEADING = words("SENTENCE_OPENERS")
CALENDAR = words(lambda lx: (*MONTHS, *WEEKDAYS))
RUN_CONNECTORS = words(lambda lx: (*lx.NAME_PARTICLES, *lx.NAME_JOINERS))

# The two sides of a novelty statement, stemmed.
NOVELTY = table(lambda lx: {stem(normalise_word(w)): side for side, words in lx.NOVELTY_WORDS.items() for w in words})
OCCASIONS = words("OCCASIONS")
# Superlatives: "the largest protest" against "the second-largest" or "one of the largest protests".
SUPERLATIVES = words(lambda lx: (stem(w) for w in lx.SUPERLATIVES))
ORDINALS = words("ORDINALS")
HEAD_STOP = words("HEAD_STOP")
# Words that make the capitalised words before a name a title ("Foreign Minister").
TITLES = words("TITLES")
TOLL = table(lambda lx: {stem(normalise_word(w)): name for name, words in lx.TOLLS.items() for w in words})
# a count's toll word as the table writes it: "lives" (lost), never "living", which shares its stem
TOLL_WORD = table(lambda lx: {normalise_word(w): name for name, words in lx.TOLLS.items() for w in words})
# the words a count of people is carried with ("459 people aboard", "228 people on board", "44
# personas a bordo"), one or two words each: the count of everyone aboard, not a toll's
CARRIED = table(
    lambda lx: {
        tuple(normalise_word(w) for w in phrase.split()): name
        for name, phrases in lx.CARRIED_COUNTS.items()
        for phrase in phrases
    }
)
DEFINITE = words("DEFINITE_ARTICLES")
NOUN_SKIPS = words(lambda lx: (*lx.NOUN_SUBJECT_SKIPS, *lx.NUMBER_WORDS))  # "the two countries": a count
NOUN_REACH = 3  # words after an article searched for its noun: "the ill-fated passenger ferry"
NOUN_SOURCES = 3  # sources that must introduce a noun with an article for it to be a subject
QUANTITY_REACH = 8  # words between a figure and the subject it is about
# Words between a noun subject and its figure: the noun is the clause's subject, the words its verb
# ("the bridge was 1,907 feet long", "the ferry was carrying 476 people"); a noun further off, or
# after the figure, is as often part of another phrase ("for the last eight minutes of the flight").
NOUN_FIGURE_REACH = 3
YEAR_RE = pattern(
    lambda lx: r"\b" + alternation(lx.YEAR_PREPOSITIONS) + r"\s+(" + YEAR + r")\b(?![-–]\d)", re.IGNORECASE
)
POSSESSIVES = words("POSSESSIVES")
VALUE_LINKS = words("VALUE_LINKS")  # "the toll rose to 148": words between a toll and its number
STATE_LINKS = words(lambda lx: (*lx.COPULAS, *lx.REMAIN_WORDS))  # "nine remain in critical care"
# the words right before a number that make it the total a toll reached ("rose to 148", "stands
# at 75"), not a change ("rose by 20") nor a bound ("rises past 100")
TOTAL_PREPOSITIONS = words(lambda lx: set(lx.TOTAL_LINKS) & set(lx.VALUE_PREPOSITIONS))
LOWER_BOUNDS = words("LOWER_BOUNDS")
UPPER_BOUNDS = words("UPPER_BOUNDS")
APPROXIMATIONS = words("APPROXIMATIONS")
APPROXIMATE_SLACK = (
    0.06  # "about nine minutes" is 9:29 (5% off); "around 15 years" is not 13, nor "approximately 120 km" 80 miles
)
PRONOUNS = words("ANAPHORS")
# A clause ends at these marks, and at a comma before a space (not the one in "1,960").
CLAUSE_BREAK_RE = pattern(lambda lx: char_class([m for m in lx.CLAUSE_MARKS if m != ","] + list(lx.BRACKETS)) + r"|,\s")
APPOSITION_RE = re.compile(r"^,\s")  # the comma right after a name
# "and" between a time word and a figure: the time word dates the other predicate
PREDICATE_JOINERS = words("PREDICATE_JOINERS")
PREDICATE_JOINER_RE = pattern(lambda lx: r"\b" + alternation(lx.PREDICATE_JOINERS) + r"\b", re.IGNORECASE)
DATING_WHEN_RE = pattern(  # "since 1970, when …": a clause telling what happened at the time word before it
    lambda lx: r",?\s+" + alternation(lx.DATING_WHEN_WORDS) + r"\b", re.IGNORECASE
)
SET_OFF_RE = re.compile(r", ")  # "Lee Joon-seok, 69,": a bare number set off after a name
# "Andreas Lubitz, a 28-year-old pilot", "Greg Jolstad, de 43 años": an age in an apposition
APPOSED_AGE_RE = pattern(
    lambda lx: (
        r",\s+(?:"
        + alternation((*lx.DETERMINERS, *(o.removeprefix(",").strip() for o in lx.AGE_OPENERS if o.startswith(","))))
        + r"\s+)?"
    ),
    re.IGNORECASE,
)


def _bare_signs(lx: ModuleType) -> dict[str, tuple[str, ...]]:
    """Each currency sign with no letter that other signs end with, and those marked signs:
    "$" and "US$", "A$", "S$", …. An article that writes a marked sign writes the bare one for
    another currency: "US$26.2 billion ($35.2 billion)" on an Australian page."""
    signs = {s for symbols in lx.CURRENCIES.values() for s in symbols}
    marked = {
        bare: tuple(sorted(s for s in signs if s != bare and s.endswith(bare)))
        for bare in signs
        if not any(c.isalpha() for c in bare)
    }
    return {bare: signs for bare, signs in marked.items() if signs}


BARE_SIGNS = table(_bare_signs)
SPAN = "time"  # the dimension of spans, where a possible term ("faces up to 40 years") is common
POSSIBLE = ":possible"  # the attribute's mark of a possible term: "time:possible", a "time figure"
SPEECH_VERBS = words("SPEECH_VERBS")  # "NHS England said 78 people …": who says it, not what it counts
CONDITIONALS = words("CONDITIONALS")  # "if", "unless", "whether": what follows is not told as so
MARKET = ":market"  # the attribute's mark of a market's figure: "currency:usd:market"
MARKET_WORDS = words("MARKET_WORDS")  # "shares were trading at $135": the market's price, not a deal's
CURRENCY_PREFIX = "currency:"
PERCENT = "percent"
POSSIBILITIES = words("POSSIBILITY_WORDS")  # "guidelines recommend 12.5 years", "could face up to 40 years"
OFFSETS = words("OFFSET_WORDS")  # "about 11 months after the video": when something happened, no span
DURATION_LEADS = words("DURATION_LEADS")  # "for eight minutes before impact": a duration all the same
AGE_CLOSERS = words(lambda lx: (*lx.CLAUSE_MARKS, *lx.SENTENCE_END_MARKS))
AGE = "age"  # the attribute of a person's age, compared with ages only
AGE_MARK = "old"  # a figure's `age` when it is one: "59 years old", "46-year-old"
HYPHEN = "-"  # "46-year-old": an age joined to the noun after it
EARLIER_AGE_OPENERS = words("EARLIER_AGE_OPENERS")  # "when he is 59 years old": an age at another time
AGE_UNIT = "year"  # an age is compared in years, written "69" or "28-year-old"
OLDEST = 120  # no age beyond it: "Shinzo Abe, 1955" is no age

# How checkable a kind of statement is: a figure or date is settled by one document.
CHECKABLE = {"quantity": 3.0, "date": 3.0, "person": 2.5, "spelling": 2.0, "term": 1.5, "rank": 1.5}
# Kinds whose statements belong to one occurrence: a figure of an earlier fire is not the story's.
# (A holder named by a later article is the post's later holder, and a spelling is of any time.)
OCCURRING = {"quantity", "date", "term", "rank"}
OTHER_OCCURRENCE_DAYS = 180  # an article dated this far from the story's middle tells of another
EARLIER_DAYS = 45  # a clause dated this long before its article is background
ELSEWHERE_SHARE = 4  # at most one source in this many may tell of an event the others do not name


COUNT_PREFIX = "count:"  # the attribute of a count of a noun: "count:flat"
MEASURE = "measure"  # the attribute of a fraction that measures a noun: "a 7.8-magnitude quake"
COUNTED_ALIKE = table(  # "floors" and "storeys", "plantas": one count
    lambda lx: {stem(normalise_word(w)): name for name, nouns in lx.COUNTED_ALIKE.items() for w in nouns}
)
COUNTED_RE = re.compile(r"^[^A-Za-z]*")  # what stands before a count's noun as written: "120 ", "6,825-"


@dataclass(frozen=True)
class Statement:
    """One thing one article says: where, in its own words, and the value read from them."""

    source: str
    kind: str  # quantity | date | person | term | spelling
    subject: str  # the subject's key (folded words)
    attribute: str  # a unit dimension, "count:<noun>", "year", "holder", "novelty", "rank" or "spelling"
    value: str  # comparable form: "13 year", "2008", "first", "marcelo ebrard", "antony blinken"
    amount: float | None  # for quantities: in the unit of `value`, for tolerance
    high: float | None
    text: str  # the value as written
    quote: str  # the sentence, or the name for spellings
    line: int
    column: int
    end_line: int
    end_column: int
    zone: str
    hedged: bool = False
    about: str = ""  # the subject as this article writes it, where that differs from the key
    cue: DateMention | None = None  # a time word in the figure's clause ("in November")
    step: float = 0.0  # half the place of the last digit written ("£24bn": half a billion): rounding
    floor: bool = False  # a lower bound ("more than $1bn"): any larger figure agrees with it
    ceiling: bool = False  # an upper bound ("up to 40 years"): any smaller figure agrees with it
    approximate: bool = False  # "about nine minutes": a precise figure near it agrees with it
    joined_age: bool = False  # "22-year-old Park Ji-young": an age joined before what it describes

    @property
    def tolerance(self) -> float:
        """How far from its amount a figure still agrees, in its unit: half its last digit's place
        ("£24bn": half a billion), and for an approximation ("about nine minutes") at least
        APPROXIMATE_SLACK of it, so 9:29 is the same duration."""
        approximate = APPROXIMATE_SLACK * abs(self.amount or 0.0) if self.approximate else 0.0
        return max(self.step, approximate)

    @property
    def unit(self) -> Unit | None:
        """A quantity's unit, named last in its comparable value ("26200000000 USD")."""
        return lookup(self.value.split()[-1]) if self.kind == "quantity" else None

    def in_unit(self, amount: float, unit: Unit) -> float:
        """One of this statement's amounts (its value, its range's top, its rounding) in `unit`."""
        return self.unit.convert(amount, unit) if self.unit is not None else float("nan")


@dataclass(frozen=True)
class Side:
    value: str
    text: str  # the most common wording
    statements: tuple[Statement, ...]
    sources: tuple[str, ...]  # every source holding it
    held: int = 0  # how many of them are about the story's occurrence: the majority counts these
    when: str | None = None  # the latest date of its sources, for a timeline

    @property
    def support(self) -> str:
        """ "2 sources", or "2 sources, 1 of another occurrence" when the majority leaves some out."""
        n, other = len(self.sources), len(self.sources) - self.held
        said = counted(n, "source")
        return said + (f", {other} of another occurrence" if other else "")


@dataclass(frozen=True)
class Disagreement:
    id: str
    kind: str
    subject: str  # as most sources write it
    attribute: str
    sides: tuple[Side, ...]  # the side most sources hold first; in a timeline, the latest first
    score: float
    over_time: bool = False  # the value changed as the story went on: a timeline, not camps

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({s for side in self.sides for s in side.sources}))

    @property
    def has_majority(self) -> bool:
        """More sources of the story hold the first side than any other (a tie has no majority,
        nor has a timeline)."""
        return not self.over_time and self.sides[0].held > self.sides[1].held

    @property
    def tied(self) -> bool:
        return not self.over_time and self.sides[0].held == self.sides[1].held

    @property
    def counted(self) -> str | None:
        """The noun a count disagreement counts, as the sources write it ("flats", "ton"); None for
        any other kind."""
        if not self.attribute.startswith(COUNT_PREFIX):
            return None
        return COUNTED_RE.sub("", self.sides[0].text) or self.attribute.removeprefix(COUNT_PREFIX)

    @property
    def title(self) -> str:
        if self.counted:
            return f"{self.subject}: number of {self.counted}"
        what = {
            "quantity": f"{self.attribute.split(':')[0]} figure",
            "date": "year",
            "person": "holder",
            "term": "first or revived",
            "rank": "the most, or not",
            "spelling": "spelling",
        }[self.kind]
        return f"{self.subject}: {what}"

    def describe(self) -> str:
        """ "13 years (2 sources) vs around 15 years (1 source)"; "… (tied)" when no side leads;
        "over time, latest first: 381 dead (1 source, 2013-04-29), then …" for a timeline."""

        if self.over_time:
            return "over time, latest first: " + ", then ".join(
                f"{side.text} ({side.support}{', ' + side.when if side.when else ''})" for side in self.sides
            )
        said = " vs ".join(f"{side.text} ({side.support})" for side in self.sides)
        return said + " (tied)" if self.tied else said


@dataclass(frozen=True)
class Discovery:
    sources: tuple[SourceInfo, ...]
    disagreements: tuple[Disagreement, ...]
    warnings: tuple[Warning, ...]
    statements: int  # how many statements were compared
    set_aside: tuple[Disagreement, ...] = ()  # found, but not reproduced when read as a claim

    def date_of(self, path: str) -> str | None:
        """A source's date, if known: sources that disagree are often simply from different times."""
        for info in self.sources:
            if info.path == path and info.reference_date:
                return info.reference_date.isoformat()
        return None


# --- names ---------------------------------------------------------------------------------


@dataclass
class _Names:
    """What the first pass learns: every name as written, and the lower-case vocabulary."""

    runs: Counter  # tuple of norms -> mentions
    sources_of: dict  # tuple of norms -> set of sources
    surface: dict  # tuple of norms -> Counter of how it is written
    lower: set  # norms the corpus also writes in lower case
    nouns: frozenset = frozenset()  # keys of the nouns several sources introduce with an article
    hyphenated: frozenset = frozenset()  # runs always written before their hyphenated last part

    def elsewhere(self, read: Collection[str]) -> frozenset[str]:
        """The sources that write no word of the names the story's sources write (names at least
        half of them, and NOUN_SOURCES or more, write: "Minneapolis", "Germanwings"): an article
        on another event the story's are set beside ("China bridge collapse kills 29", a pilot
        who crashed another airliner), which tells of another occurrence. A name's words the
        corpus also writes in lower case ("river", "tower") identify it only where all its words do.
        Where more than one source in ELSEWHERE_SHARE names none, the folder holds several stories
        side by side, and none is set apart."""
        least = max(NOUN_SOURCES, (len(read) + 1) // 2)
        story = [key for key, shown in self.sources_of.items() if len(shown) >= least]
        marks = {w for key in story for w in ([w for w in key if w not in self.lower] or key)}
        writes: dict[str, set[str]] = defaultdict(set)
        for key, shown in self.sources_of.items():
            if marks.intersection(key):
                for source in shown:
                    writes[source].update(key)
        apart = frozenset(source for source in read if marks and not writes[source])
        return apart if len(apart) * ELSEWHERE_SHARE <= len(read) else frozenset()  # else several stories

    def key_of(self, norms: tuple[str, ...]) -> tuple[str, ...]:
        """The shortest trailing part (two words or more) that the corpus also writes as a name on
        its own: "U.S. Secretary of State Antony Blinken" is about "Antony Blinken"."""
        for i in range(len(norms) - 2, 0, -1):
            if norms[i:] in self.runs:
                return norms[i:]
        titles = [i for i, w in enumerate(norms) if w in TITLES or stem(w) in TITLES]
        if titles and len(norms) - titles[-1] > 2 and current.OF not in norms[titles[-1] + 1 :]:
            return norms[titles[-1] + 1 :]  # "Chief Financial Officer Lars Ek", never written alone
        return norms


def _clean(tokens: Sequence[Token], first: int, last: int, lower: set | None) -> tuple[int, int]:
    """A run without the words that merely start the sentence ("The", "During", "On")."""
    while first < last and (tokens[first].norm in LEADING or tokens[first].norm in CALENDAR):
        first += 1
    while last > first and tokens[last - 1].norm in CALENDAR:
        last -= 1
    if last - first == 1 and lower is not None and tokens[first].norm in lower:
        return first, first  # a capitalised common word, not a name
    if all(t.norm in NUMBER_NAMES for t in tokens[first:last]):
        return first, first  # "• Forty fire trucks …": a number that opens a line, not a name
    return first, last


NUMBER_NAMES = words(lambda lx: (*lx.NUMBER_WORDS, *lx.TENS_WORDS, *lx.HUNDREDS_WORDS))


def _kept(tokens: Sequence[Token], first: int, last: int) -> list[int]:
    """The words of a name that identify it: a middle initial ("Antony J. Blinken") does not."""
    return [
        i
        for i in range(first, last)
        if not (first < i < last - 1 and len(tokens[i].norm) == 1 and tokens[i].norm.isalpha())
    ]


def _body_lines(text: str, body_start: int, lines: LineIndex) -> Iterator[tuple[int, int]]:
    return ((start, end) for start, end in lines.line_spans(text) if start >= body_start)


def _learn(articles: Iterable[tuple[str, str, int, str]]) -> _Names:
    runs: Counter = Counter()
    sources_of: dict = defaultdict(set)
    surface: dict = defaultdict(Counter)
    lower: set = set()
    introduced: dict = defaultdict(set)  # a noun's key -> the sources that write "the <noun>"
    cut: dict = defaultdict(list)  # a run written before "-<lower-case word>" -> (whole name, source, as written)
    alone: set = set()  # runs written with no such word after them
    for shown, text, body_start, lang in articles:
        with reading(lang):
            for start, end in _body_lines(text, body_start, LineIndex(text)):
                tokens = tokenize(text, start, end)
                lower.update(t.norm for t in tokens if t.text[:1].islower())
                for i, tok in enumerate(tokens):
                    head = _noun_after(text, tokens, i) if tok.norm in DEFINITE else None
                    if head is not None:
                        introduced[_noun_key(tokens, *head)].add(shown)
                for run in capitalised_runs(text, tokens, RUN_CONNECTORS):
                    first, last = _clean(tokens, run.first, run.last, None)
                    if first == last:
                        continue
                    norms = tuple(tokens[i].norm for i in _kept(tokens, first, last))
                    runs[norms] += 1
                    sources_of[norms].add(shown)
                    surface[norms][text[tokens[first].start : tokens[last - 1].end]] += 1
                    glued = _glued(text, tokens, last) if last == run.last else None
                    if glued is None:
                        alone.add(norms)
                    else:
                        whole = text[tokens[first].start : tokens[glued - 1].end]
                        cut[norms].append(((*norms, tokens[last].norm), shown, whole))
    # "Kim Jong-un", "Lee Joon-seok": a run the corpus only ever writes before a hyphen and a
    # lower-case word is cut short of its last part ("Hong Kong-based": "Hong Kong" is written alone)
    hyphenated = frozenset(norms for norms in cut if norms not in alone)
    for norms in hyphenated:
        del runs[norms], sources_of[norms], surface[norms]
        for whole_norms, shown, whole in cut[norms]:
            runs[whole_norms] += 1
            sources_of[whole_norms].add(shown)
            surface[whole_norms][whole] += 1
    # a toll's words ("the dead", "the victims") are counted by what they count, not a subject
    nouns = frozenset(key for key, shown in introduced.items() if len(shown) >= NOUN_SOURCES and key[-1] not in TOLL)
    return _Names(runs, dict(sources_of), dict(surface), lower, nouns, hyphenated)


def _addressed(norms: tuple[str, ...]) -> bool:
    """A title or form of address before one word ("Captain Lee", "Judge Cahill", "Mr Nadella")."""
    return len(norms) >= 2 and all(w in ADDRESS or stem(w) in ADDRESS for w in norms[:-1])


def _addressee(norms: tuple[str, ...], keys: dict[tuple[str, ...], tuple[str, ...]]) -> tuple[str, ...]:
    """The one person a title and a name's word point at: the full name the corpus writes with
    that word, and where several people share it ("Lee"), the one it writes with that title before
    it ("Captain Lee Joon-seok"); the run itself where that is not one person."""
    word, address = norms[-1], set(norms[:-1])
    named = {key for key in keys.values() if len(key) >= 2 and word in key and not _addressed(key)}
    titled = {key for run, key in keys.items() if key in named and address & set(run[: len(run) - len(key)])}
    chosen = titled if len(titled) == 1 else named
    return next(iter(chosen)) if len(chosen) == 1 else norms


ADDRESS = words(lambda lx: (*lx.TITLES, *lx.HONORIFICS))


def _runs(text: str, tokens: Sequence[Token], hyphenated: frozenset) -> list[NameRun]:
    """The capitalised runs of a line, each of the `hyphenated` ones with its last part ("Kim
    Jong-un" whole, where the corpus never writes "Kim Jong" otherwise)."""
    runs = capitalised_runs(text, tokens, RUN_CONNECTORS)
    if not hyphenated:
        return runs
    out = []
    for run in runs:
        glued = _glued(text, tokens, run.last)
        if glued is not None:
            first, last = _clean(tokens, run.first, run.last, None)
            if last == run.last and tuple(tokens[i].norm for i in _kept(tokens, first, last)) in hyphenated:
                run = NameRun(run.first, glued, run.start, tokens[glued - 1].end)
        out.append(run)
    return out


def _glued(text: str, tokens: Sequence[Token], last: int) -> int | None:
    """Past the lower-case word a hyphen joins to the name ending at `last` ("Kim Jong-un",
    "Hong Kong-based"), or None."""
    if last >= len(tokens) or text[tokens[last - 1].end : tokens[last].start] != "-":
        return None
    part = tokens[last]  # "un's" is read as "un"
    return last + 1 if part.norm.isalpha() and part.text[0].islower() else None


def _noun_after(text: str, tokens: Sequence[Token], i: int, nouns: frozenset | None = None) -> tuple[int, int] | None:
    """The noun a definite article at `i` introduces, as a token range: the first lower-case word
    after it that is neither a skipped word ("the same bridge") nor, when `nouns` are given, a word
    other than one of them ("the passenger ferry" is the ferry where "the ferry" is learnt); past a
    figure joined to it ("the 24-storey tower", "the 1,907-foot-long bridge"), never past a count
    ("the 120 flats" counts flats). None where the article introduces no noun."""
    n, j = len(tokens), i + 1
    if j < n and tokens[j].text[:1].isdigit():
        j += 1
        joined = False
        while j < n and text[tokens[j - 1].end : tokens[j].start] in ("-", ""):
            j, joined = j + 1, True
        if not joined:
            return None
    k = j
    while k < min(n, j + NOUN_REACH):
        tok = tokens[k]
        if text[tokens[k - 1].end : tok.start] != " " or not (tok.text.isalpha() and tok.text.islower()):
            return None
        if tok.norm in HEAD_STOP:
            return None
        last = k + 1
        while last < n and text[tokens[last - 1].end : tokens[last].start] == "-" and tokens[last].text.isalpha():
            last += 1  # "the co-pilot" is one word
        skipped = tok.norm in NOUN_SKIPS or tok.stem in SUPERLATIVES or tok.norm in ORDINALS
        if not skipped and (nouns is None or _noun_key(tokens, k, last) in nouns):
            return k, last
        k = last
    return None


def _noun_key(tokens: Sequence[Token], first: int, last: int) -> tuple[str, ...]:
    return tuple(t.stem for t in tokens[first:last])


@dataclass(frozen=True)
class _Mention:
    subject: tuple[str, ...]
    first: int  # token indexes in the sentence
    last: int
    role: tuple[str, ...] = ()  # title words before a person's name, folded
    role_first: int = -1
    written: str = ""  # a noun subject as the article writes it: "ferry"
    article: int = -1  # where a noun subject's article stands


class _Lexicon:
    """Finds mentions of the learnt names in a sentence, also in lower case ("the security
    dialogue") and by a person's last name alone, when that points at one name only."""

    def __init__(self, names: _Names) -> None:
        self.names = names
        keys: dict[tuple[str, ...], tuple[str, ...]] = {}
        for norms in names.runs:
            if len(norms) == 1 and norms[0] in names.lower:
                continue
            keys[norms] = names.key_of(norms)
        # "Secretary of Homeland Security John Kelly": a name after an office another run has
        # shown to be one, or a name another run gives alone
        titled = [norms for norms, key in keys.items() if key == norms and any(w in TITLES for w in norms)]
        people = set(keys.values())
        for norms in titled:
            keys[norms] = next((norms[i:] for i in range(1, len(norms) - 1) if norms[i:] in people), norms)
        offices = {norms[: len(norms) - len(key)] for norms, key in keys.items() if key != norms}
        for norms in titled:
            if keys[norms] == norms:
                keys[norms] = next((norms[i:] for i in range(1, len(norms) - 1) if norms[:i] in offices), norms)
        for norms in [norms for norms, key in keys.items() if key == norms and _addressed(norms)]:
            keys[norms] = _addressee(norms, keys)
        self.keys = keys
        tails: dict[tuple[str, ...], set] = defaultdict(set)
        for key in set(keys.values()):
            for i in range(1, len(key)):
                tail = key[i:]
                if len(tail) >= 2 or (tail[0] not in names.lower and tail[0].isalpha()):
                    tails[tail].add(key)
        self.tails = {t: next(iter(k)) for t, k in tails.items() if len(k) == 1 and t not in keys}
        self.longest = max((len(k) for k in keys), default=1)

    def mentions(self, text: str, tokens: Sequence[Token]) -> list[_Mention]:
        out: list[_Mention] = []
        runs = {r.first: r for r in _runs(text, tokens, self.names.hyphenated)}
        i, n = 0, len(tokens)
        while i < n:
            run = runs.get(i)
            if run is not None:
                first, last = _clean(tokens, run.first, run.last, self.names.lower)
                mention = self._named(tokens, first, last) if first < last else None
                if mention is not None:
                    out.append(mention)
                i = run.last
                continue
            hit = self._lower(tokens, i)
            if hit is not None:
                out.append(hit)
                i = hit.last
            else:
                i += 1
        return out

    def nouns(self, text: str, tokens: Sequence[Token]) -> list[_Mention]:
        """The learnt nouns a sentence introduces with an article ("the bridge", "the 24-storey
        tower"): subjects a figure is about where no name is nearer."""
        out = []
        for i, tok in enumerate(tokens):
            head = _noun_after(text, tokens, i, self.names.nouns) if tok.norm in DEFINITE else None
            if head is not None:
                first, last = head
                written = text[tokens[first].start : tokens[last - 1].end]  # "bridge", as a draft claim finds it
                out.append(_Mention(_noun_key(tokens, first, last), first, last, written=written, article=i))
        return out

    def _named(self, tokens: Sequence[Token], first: int, last: int) -> _Mention | None:
        kept = _kept(tokens, first, last)
        norms = tuple(tokens[i].norm for i in kept)
        key = self.keys.get(norms) or self.tails.get(norms)
        if key is None:
            return None
        if key == norms or norms[-len(key) :] != key:
            return _Mention(key, first, last)
        words = norms[: len(norms) - len(key)]
        titled = len(words) >= 2 and any(w in TITLES or stem(w) in TITLES for w in words)
        return _Mention(key, kept[len(words)], last, words if titled else (), first if titled else -1)

    def _lower(self, tokens: Sequence[Token], i: int) -> _Mention | None:
        for size in range(min(self.longest, len(tokens) - i), 1, -1):
            norms = tuple(t.norm for t in tokens[i : i + size])
            key = self.tails.get(norms) or (self.keys.get(norms) if len(norms) > 1 else None)
            if key is not None:
                return _Mention(key, i, i + size)
        return None


# --- statements ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Reading:
    """One sentence as every statement extractor sees it: its words, the subjects it
    names, and the subject a leading pronoun ("He said …") carries over."""

    shown: str
    text: str
    layout: Layout
    sentence: Sentence
    mentions: list[_Mention]
    fallback: _Mention | None
    nouns: list[_Mention]  # the learnt nouns it introduces with an article
    unknown_signs: frozenset[str] = frozenset()  # bare signs the article writes for another currency
    lower: AbstractSet[str] = frozenset()  # norms the corpus also writes in lower case

    @property
    def tokens(self) -> Sequence[Token]:
        return self.sentence.tokens

    def about(self, start: int, end: int) -> list[_Mention]:
        """What a figure is about: the noun it is joined to between its article and the noun ("the
        24-storey tower", "the 11-minute descent"); else the nearest names and nouns in its clause
        ("the bridge was 1,907 feet long"), a name before a noun at the same distance; else, or
        where only nouns are near, the subject a leading pronoun carries over ("He said … the
        threats of around 15 years" is about whom "he" spoke of)."""
        tokens = self.tokens
        opened = [m for m in self.nouns if m.article + 1 < len(tokens) and tokens[m.article + 1].start == start]
        if opened:
            return opened[:1]
        near = _nearest(self.text, tokens, self.mentions + self.nouns, start, end)
        if self.fallback is not None and all(m.written for m in near):
            return [self.fallback]
        return near

    @cached_property
    def dates(self) -> list[tuple[DateMention, bool]]:
        """The sentence's time words, each with whether "since" leads it ("since 2009": a figure
        counted since then is today's, unless a clause opened by "when" after it tells what
        happened then)."""
        sentence = self.sentence
        return [
            (d, self.text[max(sentence.start, d.start - 12) : d.start].lower().split()[-1:] == [current.SINCE_WORD])
            for d in find_dates(self.text, sentence.start, sentence.end)
        ]

    def cue(self, start: int, end: int) -> DateMention | None:
        """The time word nearest a statement in its clause, which may date it to another occurrence;
        not one in another predicate joined by "and" ("was built in 1974 and contains 120 flats").
        A clause opened by a dating "when" right after a time word is dated by it ("the worst
        since 1970, when the sinking of a ferry killed 323", "en 1931, cuando un sismo mató a 256")."""
        near = []
        for d, since in self.dates:
            if d.start < end and d.end > start:
                continue
            between = self.text[d.end : start] if d.end <= start else self.text[end : d.start]
            dating = DATING_WHEN_RE.match(between) if d.end <= start else None
            if dating is not None and not CLAUSE_BREAK_RE.search(between, dating.end()):
                near.append((start - d.end, d))
                continue
            if since or CLAUSE_BREAK_RE.search(between) or PREDICATE_JOINER_RE.search(between):
                continue
            near.append((d.start - end if d.start >= end else start - d.end, d))
        return min(near, key=lambda pair: pair[0])[1] if near else None

    def statement(
        self,
        kind: str,
        subject: tuple[str, ...],
        attribute: str,
        value: str,
        start: int,
        end: int,
        written: str,
        amount: float | None = None,
        high: float | None = None,
        hedged: bool = False,
    ) -> Statement:
        line, column = self.layout.lines.position(start)
        end_line, end_column = self.layout.lines.position(end)
        sentence = self.sentence
        return Statement(
            self.shown,
            kind,
            " ".join(subject),
            attribute,
            value,
            amount,
            high,
            written,
            self.text[sentence.start : sentence.end],
            line,
            column,
            end_line,
            end_column,
            sentence.zone,
            hedged,
            cue=self.cue(start, end) if kind in OCCURRING else None,
        )


def _quantities(r: _Reading) -> Iterator[Statement]:
    """Amounts with a unit, for the subject they are about, or a toll ("killed 17 people")."""
    text, tokens = r.text, r.tokens
    for q in find_quantities(text, r.sentence.start, r.sentence.end, bare_words=True):
        if _led(text, tokens, q.start, CONDITIONALS, reach=current.CONDITION_REACH):
            continue  # "if one person takes 149 people with him into death": a condition, no figure told
        led = _toll_led(text, tokens, q) if q.unit is None else None
        if led is not None:
            yield _toll_statement(r, q, led)
            continue
        if q.unit is None or q.age == "ago" or _aged(r, q) is not None or _stated_age(q):
            continue
        if r.unknown_signs and _bare(text, q, r.unknown_signs):
            continue  # "$35bn" on a page that writes "US$" for US dollars: which dollar is unknown
        # a term someone faces or that is recommended is compared with such terms only, not the one given
        possible = q.unit.dimension == SPAN and _led(text, tokens, q.start, POSSIBILITIES)
        # a share's price or move on the market ("shares were trading at $135", "shares were down
        # 10.19 percent") is compared with the market's figures only, not with a deal's
        market = _traded(q.unit) and _led(text, tokens, q.start, MARKET_WORDS, predicate=True)
        if q.unit.dimension == SPAN and _offset(tokens, q.end) and not _after_word(tokens, q.start, DURATION_LEADS):
            continue  # "about 11 months after the video": when something happened, nobody's span
        if q.unit.dimension == SPAN and _describes_a_person(text, tokens, q):
            continue  # "the 46-year-old Black man": someone's age, no span, and nobody's age by name
        toll = _toll(text, tokens, q.start, q.end) if q.unit.dimension == "people" else None
        if toll is None and q.unit.dimension == LENGTH:
            toll = _dimension(text, tokens, q.end)  # "the 1,907-foot-long bridge": the story's thing's length
        subjects = [_Mention((toll,), 0, 0, written=toll)] if toll else r.about(q.start, q.end) or [UNSAID]
        for subject in subjects:
            dimension = q.unit.dimension + (POSSIBLE if possible else MARKET if market else "")
            found = _figure(r, q, subject.subject, dimension, f"{q.value:.12g} {q.unit.name}", subject.written)
            yield replace(found, joined_age=q.age == AGE_MARK) if q.age == AGE_MARK else found


def _traded(unit: Unit) -> bool:
    """Whether a figure in this unit can be a market's: a price (any currency) or a move in percent."""
    return unit.dimension.startswith(CURRENCY_PREFIX) or unit.dimension == PERCENT


def _toll_statement(r: _Reading, q: QuantityMention, toll: str) -> Statement:
    """A bare number a toll word leads, as a count of people for that toll."""
    return _figure(r, q, (toll,), "people", f"{q.value:.12g} people", toll)


def _figure(
    r: _Reading, q: QuantityMention, subject: tuple[str, ...], dimension: str, shown: str, about: str
) -> Statement:
    """A figure's statement with how it was rounded and bounded, which decide whether two agree."""
    found = r.statement(
        "quantity", subject, dimension, shown, q.start, q.end, q.text, q.value, q.high, q.hedge is not None
    )
    return replace(
        found,
        about=about,
        step=_rounding(q.bare or q.text, q.value),
        floor=q.hedge in LOWER_BOUNDS,
        ceiling=q.hedge in UPPER_BOUNDS,
        approximate=q.hedge in APPROXIMATIONS,
    )


TOLL_LINK_REACH = 3  # words that link a toll to its number: "the death toll has climbed to seven"


def _toll_led(text: str, tokens: Sequence[Token], q: QuantityMention) -> str | None:
    """The toll a number without a unit counts: the toll word (or the words of the people carried)
    right after it ("291 missing", "459 on board") or after linking words ("164 have been
    rescued"), or
    one that leads it through linking words ending in a word of the total reached ("the death toll
    climbed to 145", "put the toll at 4,349") or right before it ("killing 13 and injuring 145").
    Not a change ("rose by 20"), a bound ("rises past 100", "passes 6,800"), another toll's
    number ("dead with 226 missing"), nor a number that counts a noun ("13 children"), a name
    ("3 Americans"), a month's day ("on 22 February") or a year."""
    if q.value != int(q.value) or q.value < 1 or q.age is not None:
        return None
    if not q.word and YEARS[0] <= q.value <= YEARS[1] and "," not in q.text:
        return None
    at = bisect_left(tokens, q.start, key=_START)
    after = bisect_left(tokens, q.end, key=_START)
    if at > 0 and tokens[at - 1].norm in DEFINITE:
        return None  # "among the 30 injured": a group counted before, referred to, not reported
    if after < len(tokens) and text[q.end : tokens[after].start] == " ":
        name = _toll_name(tokens, after)
        if name is not None:  # "291 missing", "459 on board"; not "300 missing or dead", a sum
            others = tokens[after + 1 : after + 1 + TOLL_LINK_REACH]
            summed = any(
                TOLL_WORD.get(t.norm, name) != name and not CLAUSE_BREAK_RE.search(text, q.end, t.start) for t in others
            )
            return None if summed else name
    if after < len(tokens) and (tokens[after].text[:1].isupper() or tokens[after].text[:1].isdigit()):
        return None
    for i in range(after, min(len(tokens), after + 1 + TOLL_LINK_REACH)):  # "164 have been rescued"
        if CLAUSE_BREAK_RE.search(text, q.end, tokens[i].start):
            break
        name = _toll_name(tokens, i) if i > after else None
        if name is not None:  # "65 had been killed", "Five were in critical condition"
            return name
        if tokens[i].norm not in VALUE_LINKS and tokens[i].norm not in STATE_LINKS:
            break
    if _counted_noun(text, tokens, q.end) is not None or at == 0:
        return None
    if CLAUSE_BREAK_RE.search(text, tokens[at - 1].end, q.start):
        return None  # "Twelve dead, 18 in critical care": another clause's figure
    if tokens[at - 1].norm in TOLL_WORD:
        return TOLL_WORD[tokens[at - 1].norm]
    if tokens[at - 1].norm not in TOTAL_PREPOSITIONS:
        return None
    for i in range(at - 2, max(-1, at - 2 - TOLL_LINK_REACH), -1):
        if CLAUSE_BREAK_RE.search(text, tokens[i].end, tokens[i + 1].start):
            return None
        if tokens[i].norm in TOLL_WORD:
            return TOLL_WORD[tokens[i].norm]
        if tokens[i].norm not in VALUE_LINKS:
            return toll_named_before(text, tokens, i, TOLL_PHRASE_REACH, TOLL_WORD, CLAUSE_BREAK_RE)
    return None


TOLL_PHRASE_REACH = 8  # words of the event a toll names before its verb: "from Saturday's earthquake in Ecuador"


UNSAID = _Mention((), 0, 0)  # the subject of a figure near no name: it can only restate a side's value


def _bare(text: str, q: QuantityMention, signs: frozenset[str]) -> bool:
    """Whether a figure is written with one of the bare `signs` alone ("$35bn"), not as part of a
    marked sign ("US$26.2bn")."""
    return q.text.startswith(tuple(signs)) and not text[max(0, q.start - 1) : q.start].isalpha()


def _ages(r: _Reading) -> Iterator[Statement]:
    """A person's age set off after the name ("Lee Joon-seok, 69, faces charges", "Andreas
    Lubitz, a 28-year-old German pilot", "Greg Jolstad, de 43 años") or stated of its subject
    ("Chauvin, who is 45 years old"): the attribute "age", never compared with other spans of
    time; not an age at another time ("when Chauvin is 59 years old"). An age joined to what it
    describes ("the 13-year-old Merida Initiative") is a span like any other, as a thing's age is
    compared with "for 13 years"."""
    for q in find_quantities(r.text, r.sentence.start, r.sentence.end):
        person = _aged(r, q)
        if person is not None:
            subjects = [person]
        elif _stated_age(q) and not _led(r.text, r.tokens, q.start, EARLIER_AGE_OPENERS):
            subjects = [m for m in r.about(q.start, q.end) if not m.written]
        else:
            continue
        for subject in subjects:
            found = r.statement(
                "quantity", subject.subject, AGE, f"{q.value:.12g} year", q.start, q.end, q.text, q.value
            )
            yield replace(found, step=_rounding(q.bare or q.text, q.value))


def _describes_a_person(text: str, tokens: Sequence[Token], q: QuantityMention) -> bool:
    """Whether an age joined to what it describes describes a person ("the 46-year-old Black man",
    "a 20-year-old Black man, Daunte Wright", "the 40-year-old victim"): not a span to compare
    with "for 13 years", and with no name it is nobody's age, so two people's ages under one
    adjective ("Black") are no disagreement."""
    if q.age != AGE_MARK or _stated_age(q):
        return False
    at = bisect_left(tokens, q.end, key=_START)
    for k in range(at, min(len(tokens), at + NOUN_REACH)):
        if text[tokens[k - 1].end if k > at else q.end : tokens[k].start] not in (" ", "-"):
            return False
        if tokens[k].stem in PERSON_HEADS:
            return True
    return False


PERSON_HEADS = words(lambda lx: (stem(normalise_word(w)) for w in (*lx.PERSON_NOUNS, *lx.MAKE_UP_NOUNS)))


def _stated_age(q: QuantityMention) -> bool:
    """Whether a figure is an age stated after its subject ("59 years old"), not one joined to
    what it describes ("the 46-year-old man")."""
    return q.age == AGE_MARK and q.high is None and not q.text[: -len(q.age)].rstrip().endswith(HYPHEN)


def _aged(r: _Reading, q: QuantityMention) -> _Mention | None:
    """The name a figure is the age of, set off right after it; None for any other figure."""
    if q.hedge is not None or q.high is not None:
        return None
    if q.age == "old":
        gap_re = APPOSED_AGE_RE.compiled
    elif q.unit is None and not q.word and q.value == int(q.value) and 0 < q.value < OLDEST:
        if not (q.end >= r.sentence.end or r.text[q.end : q.end + 1] in AGE_CLOSERS):
            return None  # "Smith, 45 minutes later"
        gap_re = SET_OFF_RE
    else:
        return None
    for mention in r.mentions:
        name_end = r.tokens[mention.last - 1].end
        if name_end < q.start and gap_re.fullmatch(r.text, name_end, q.start):
            return mention
    return None


def _counts(r: _Reading) -> Iterator[Statement]:
    """Numbers that count a noun ("24 storeys", "the 24-storey tower", "120 flats"), for the
    subject they are about: two sources counting the same noun of the same subject differently
    disagree, as two amounts in one unit do."""
    text, tokens = r.text, r.tokens
    for q in find_quantities(text, r.sentence.start, r.sentence.end):
        if q.unit is not None or q.age is not None or q.high is not None or q.value != int(q.value):
            continue
        if q.value < 2 or (not q.word and YEARS[0] <= q.value <= YEARS[1]):
            continue  # "one flat" names no count; "2017" is a year
        noun = _counted_noun(text, tokens, q.end)
        if noun is None or noun.stem in TOLL:
            continue  # tolls are counted in people, by _quantities
        if joined_nouns(text, tokens, bisect_left(tokens, noun.start, key=_START), len(tokens)):
            continue  # "more than 460 passengers and crew": one count of two nouns, neither's own
        counted = COUNTED_ALIKE.get(noun.stem, noun.stem)
        alone = [_counted_subject(tokens, q, counted, noun.text)]
        # people counted by what they are ("16 schoolchildren from Haltern") are the story's count of
        # them, as a toll is: the names near them say where they are from, not whose they are
        for subject in alone if _names_people(noun) else r.about(q.start, q.end) or alone:
            found = r.statement(
                "quantity",
                subject.subject,
                f"{COUNT_PREFIX}{counted}",
                f"{q.value:.12g}",
                q.start,
                noun.end,
                text[q.start : noun.end],
                q.value,
                None,
                q.hedge is not None,
            )
            yield replace(  # "more than 200 firefighters" is bounded as an amount is
                found,
                about=subject.written,
                floor=q.hedge in LOWER_BOUNDS,
                ceiling=q.hedge in UPPER_BOUNDS,
                approximate=q.hedge in APPROXIMATIONS,
            )


def _counted_subject(tokens: Sequence[Token], q: QuantityMention, counted: str, written: str) -> _Mention:
    """What a count near no name is about: the noun it counts, where the count heads its clause ("Some
    200 firefighters were deployed", "250 firefighters attended"), as the story's one count of that
    noun; a part of another group ("including 16 children", "of whom 12 children") is nobody's and
    only restates a side's value, as a count "is 24 storeys high" does."""
    at = bisect_left(tokens, q.start, key=_START)
    if phrase_before(tokens, at, PARTS) is not None:
        return UNSAID
    if at and tokens[at - 1].norm in REFERRING:
        return UNSAID  # "the 120 flats in the block", "these 23 flats": a group counted before, referred to
    return _Mention((counted,), 0, 0, written=written)


PARTS = phrase_table("PART_MARKERS")  # "including", "of whom": a count of a part of a group
REFERRING = words(lambda lx: (*lx.DEFINITE_ARTICLES, *lx.RECALLING_DETERMINERS, *lx.POSSESSIVES))


YEARS = (1000, 2100)  # a whole number in this range, written in digits, is read as a year


def _rounding(written: str, value: float) -> float:
    """Half the place value of the last digit written: "£24bn" is any amount from £23.5bn to
    £24.5bn, "24.3bn" one from 24.25bn to 24.35bn. Zero for number words and fractions, whose
    digits do not say where they were rounded."""
    digits = "".join(DIGITS_RE.findall(written))
    if not digits or not value or int(digits) == 0:
        return 0.0
    place = math.log10(abs(value) / int(digits))
    return 0.5 * 10 ** round(place) if abs(place - round(place)) < 1e-9 else 0.0


DIGITS_RE = re.compile(r"\d+")


def _counted_noun(text: str, tokens: Sequence[Token], end: int) -> Token | None:
    """The noun a number counts: a word joined to it by a hyphen ("the 24-storey tower"), or a
    plural right after it or after a few words in lower case that describe it ("120 flats", "325
    high school students", "339 teenage students"); None for anything else ("in 2 weeks' time",
    and "250 of its students", where a word between ends the phrase: a part of a group)."""
    at = bisect_left(tokens, end, key=_START)  # the first token at or past the number's end
    if at < len(tokens) and text[end : tokens[at].start] == "-":
        return tokens[at] if _plain(tokens[at]) else None
    for noun in tokens[at : at + COUNT_MODIFIERS + 1]:
        if text[end : noun.start] != " " or not _plain(noun) or noun.norm in HEAD_STOP or noun.norm in POSSESSIVES:
            return None
        if lookup(noun.norm) is not None:
            return None  # "the 300 people aboard": an amount in a unit, read by _quantities
        if noun.norm.endswith(current.PLURAL_ENDING) and len(noun.norm) > 3:
            return noun
        end = noun.end
    return None


def _plain(t: Token) -> bool:
    """A word in lower case that may be or describe a counted noun ("rose to 113 this morning": no)."""
    return t.text.isalpha() and t.text.islower() and t.norm not in COUNT_STOPS


def _names_people(noun: Token) -> bool:
    """Whether a counted noun names people: one of the table of them, or with a person's ending
    ("reporters", "journalists", "schoolchildren")."""
    return noun.stem in PERSON_HEADS or noun.norm.endswith(current.PERSON_NOUN_ENDINGS)


COUNT_MODIFIERS = 2  # words that may describe a count's noun before it: "325 high school students"


_START = attrgetter("start")  # tokens are in text order: bisect them by where they start
COUNT_STOPS = words(lambda lx: (*lx.SCALES, *lx.MANY_WORDS, *lx.RECALLING_DETERMINERS))  # "rose to 113 this morning"


def _measures(r: _Reading) -> Iterator[Statement]:
    """A fraction beside a noun of MEASURE_NOUNS ("a 7.8-magnitude earthquake", "magnitude 7.9",
    "una magnitud de 7,8"): said of the story's one thing that noun measures, as sources name the
    quake "the earthquake", "the temblor" or "Nepal's quake" but give its magnitude alone."""
    text, tokens = r.text, r.tokens
    for q in find_quantities(text, r.sentence.start, r.sentence.end):
        if q.unit is not None or q.high is not None or q.word or q.value == int(q.value):
            continue
        after = bisect_left(tokens, q.end, key=_START)
        before = bisect_left(tokens, q.start, key=_START) - 1
        if before > 0 and tokens[before].norm == current.OF:
            before -= 1
        if after < len(tokens) and tokens[after].norm in MEASURE_NOUNS and text[q.end : tokens[after].start] in "- ":
            noun, start, end = tokens[after], q.start, tokens[after].end
        elif before >= 0 and tokens[before].norm in MEASURE_NOUNS:
            noun, start, end = tokens[before], tokens[before].start, q.end
        elif (scale := SCALE_RE.match(text, q.end)) is not None:  # "measuring 7.9 on the Richter scale"
            noun, start, end = SCALED[" ".join(scale.group(1).split())], q.start, scale.end()
        else:
            continue
        found = r.statement("quantity", (noun.stem,), MEASURE, f"{q.value:.12g}", start, end, text[start:end], q.value)
        yield replace(found, about=noun.norm)


MEASURE_NOUNS = words("MEASURE_NOUNS")
SCALE_RE = pattern(  # a measure's scale right after its fraction: "7.9 on the Richter scale", "7.8 Mw"
    lambda lx: r"[ \t]*-?[ \t]*(" + alternation(p for ps in lx.MEASURE_SCALES.values() for p in ps) + r")(?!\w)"
)
SCALED = table(  # a scale as written, its spaces made one -> the noun of the measure, as a token
    lambda lx: {" ".join(p.split()): tokenize(noun)[0] for noun, ps in lx.MEASURE_SCALES.items() for p in ps}
)
LENGTH = "length"  # the unit dimension whose figures DIMENSION_WORDS say the dimension of
DIMENSIONS = table(
    lambda lx: {
        tuple(normalise_word(w) for w in words.split()): measure
        for measure, said in lx.MEASURES.items()
        for words in lx.DIMENSION_WORDS
        if normalise_word(words.split()[-1]) in {normalise_word(w) for w in said}
    }
)  # ("long",): "length", ("de", "altura"): "height"
DIMENSION_REACH = 2  # words of a dimension after its figure: "long", "de longitud"


def _dimension(text: str, tokens: Sequence[Token], end: int) -> str | None:
    """The dimension a length states right after its figure ("1,907-foot-long", "145 meters
    long", "62m tall", "270 metros de longitud"), or None: such a length is one dimension of the
    story's thing, compared across articles whatever they call the thing ("the ferry", "the
    Sewol", "she"), as a magnitude is; a length with no such word is a distance or a drop."""
    at = bisect_left(tokens, end, key=_START)
    words: list[str] = []
    for k in range(at, min(len(tokens), at + DIMENSION_REACH)):
        gap = text[tokens[k - 1].end if k > at else end : tokens[k].start]
        if gap not in (("-", " ") if k == at else (" ",)):
            return None
        words.append(tokens[k].norm)
        found = DIMENSIONS.get(tuple(words))
        if found is not None:
            return found
    return None


def _years(r: _Reading) -> Iterator[Statement]:
    """A year after a preposition ("signed in 2008"), for the subject it is about."""
    text, sentence = r.text, r.sentence
    dated: list | None = None  # the sentence's full dates, found once if a year needs them
    for m in YEAR_RE.finditer(text, sentence.start, sentence.end):
        if dated is None:
            dated = [d for d in find_dates(text, sentence.start, sentence.end) if d.day or d.month]
        if any(d.start <= m.start(1) < d.end for d in dated):
            continue  # part of "9 September 2021", not a bare year
        for subject in _nearest(text, r.tokens, r.mentions, m.start(1), m.end(1)):
            yield r.statement("date", subject.subject, "year", m.group(1), m.start(1), m.end(1), m.group(1))


def _novelties(r: _Reading) -> Iterator[Statement]:
    """ "the first dialogue" against "revived the dialogue"."""
    tokens = r.tokens
    for i, tok in enumerate(tokens):
        side = NOVELTY.get(tok.stem)
        if side is None:
            continue
        occasion = side == "first" and _ordinal_of(tokens, i)
        if occasion and tokens[i + 1].norm not in current.OCCASION_OF_NOVELTY:
            continue  # "the first day": an ordinal, not a claim of novelty
        if any(is_negation(t.norm) for t in tokens[max(0, i - 3) : i]):
            continue  # "not the first time": a claim about something else
        mention = _novelty_subject(r.text, tokens, r.mentions, i, look_back=occasion)
        if mention is not None:
            yield r.statement("term", mention.subject, "novelty", side, tok.start, tok.end, tok.text)


def _ranks(r: _Reading) -> Iterator[Statement]:
    """ "the largest protest" against "the second-largest"."""
    tokens = r.tokens
    for i, tok in enumerate(tokens):
        if tok.stem not in SUPERLATIVES:
            continue
        head = _superlative_subject(r.text, tokens, r.mentions, i)
        if head is None:
            continue
        subject, about = head
        ranked, first = _ranked(tokens, i), i
        if ranked:
            first = next(
                (
                    j
                    for j in range(max(0, i - 3), i)
                    if tokens[j].norm in ORDINALS
                    or is_negation(tokens[j].norm)
                    or tokens[j].norm == current.ONE_OF_THE[0]
                ),
                i,
            )
        value = "not the most" if ranked else "the most"
        if ranked and tuple(t.norm for t in tokens[max(0, i - 3) : i]) == current.ONE_OF_THE:
            value = ONE_OF_THE_MOST  # "one of the largest": among the top, which "the largest" is too
        found = r.statement("rank", subject, "rank", value, tok.start, tok.end, r.text[tokens[first].start : tok.end])
        yield replace(found, about=about)


def _holders(r: _Reading) -> Iterator[Statement]:
    """A person after a title ("Foreign Minister Marcelo Ebrard", "the regional president, X,")."""
    text, tokens = r.text, r.tokens
    for mention in r.mentions:
        role, role_first = (mention.role, mention.role_first) if mention.role else _title_before(text, tokens, mention)
        if not role or (_a_profession(role) and not _placed(tokens, role_first, mention.first, r.lower)):
            continue
        start, name_start = tokens[role_first].start, tokens[mention.first].start
        found = r.statement(
            "person",
            _office(role),
            "holder",
            " ".join(mention.subject),
            name_start,
            tokens[mention.last - 1].end,
            text[name_start : tokens[mention.last - 1].end],
        )
        title_end = tokens[mention.first - 1].end
        yield replace(found, about=text[start:title_end].strip(" ,"))


def _a_profession(role: tuple[str, ...]) -> bool:
    """Whether every title word of a role is a trade's (PROFESSION_TITLES: "prosecuting attorney",
    "defense attorney", "police officer"): several people hold it at once, so two holders are no
    disagreement; "attorney general" and "chief prosecutor" are posts."""
    titled = [w for w in role if w in TITLES or stem(w) in TITLES]
    return bool(titled) and all(w in PROFESSIONS or stem(w) in PROFESSIONS for w in titled)


PROFESSIONS = words("PROFESSION_TITLES")


def _placed(tokens: Sequence[Token], first: int, end: int, lower: AbstractSet[str]) -> bool:
    """Whether a trade's title names the place it serves ("Manhattan District Attorney Alvin
    Bragg", "Hennepin County Prosecutor Mike Freeman"): a word of it past the sentence's first,
    capitalised, no title word, and never written in lower case in the corpus, is a proper name,
    and a trade's title for one place is a post one person holds."""
    return any(
        i > 0
        and tokens[i].text[:1].isupper()
        and tokens[i].text.isalpha()
        and tokens[i].norm not in lower
        and tokens[i].norm not in TITLES
        and tokens[i].stem not in TITLES
        for i in range(max(first, 0), end)
    )


# One extractor per kind of statement; each reads a sentence and yields what it states.
EXTRACTORS: tuple[Callable[[_Reading], Iterator[Statement]], ...] = (
    _quantities,
    _ages,
    _counts,
    _measures,
    _years,
    _novelties,
    _ranks,
    _holders,
)


def _statements(shown: str, text: str, layout: Layout, lexicon: _Lexicon) -> list[Statement]:
    out: list[Statement] = []
    previous: list[_Mention] = []
    previous_paragraph = None
    unknown = frozenset(bare for bare, marked in BARE_SIGNS.items() if any(m in text for m in marked))
    for sentence in layout.sentences:
        mentions = lexicon.mentions(text, sentence.tokens)
        carried: list[_Mention] = previous if sentence.paragraph == previous_paragraph else []
        leading_pronoun = bool(sentence.tokens) and sentence.tokens[0].norm in PRONOUNS
        reading = _Reading(
            shown,
            text,
            layout,
            sentence,
            mentions,
            carried[-1] if leading_pronoun and carried else None,
            lexicon.nouns(text, sentence.tokens),
            unknown,
            lexicon.names.lower,
        )
        for extract in EXTRACTORS:
            out.extend(extract(reading))
        previous, previous_paragraph = mentions or carried, sentence.paragraph
    return out


def _office(role: tuple[str, ...]) -> tuple[str, ...]:
    """One key for an office however it is worded: "Homeland Security Secretary" and
    "Secretary of Homeland Security" hold the same words but for the joiner."""
    return tuple(sorted({w for w in role if w not in RUN_CONNECTORS}))


def _title_before(text: str, tokens: Sequence[Token], mention: _Mention) -> tuple[tuple[str, ...], int]:
    """A title written before a person's name in lower case or as an apposition:
    "regional president Carlos Mazón", "the regional president, Carlos Mazón, said"."""
    if len(mention.subject) < 2 or mention.first == 0:
        return (), -1
    j = mention.first - 1
    gap = text[tokens[j].end : tokens[mention.first].start]
    if gap.strip() == ",":
        after = text[tokens[mention.last - 1].end : tokens[mention.last - 1].end + 1]
        if after != ",":
            return (), -1  # "…the president, Carlos" without the closing comma is a list
    elif gap.strip():
        return (), -1
    if tokens[j].norm not in TITLES and stem(tokens[j].norm) not in TITLES:
        return (), -1
    if tokens[j].text.endswith(("'s", "’s")):
        return (), -1  # "the prime minister's Bodyguard Unit": the title's owner, not its holder
    first = j
    while first > 0 and mention.first - first < 4:
        before = tokens[first - 1]
        if not before.text.isalpha() or before.norm in LEADING or text[before.end : tokens[first].start].strip():
            break
        first -= 1
    if first > 0 and (tokens[first - 1].norm in POSSESSIVES or tokens[first - 1].text.endswith(("'s", "’s"))):
        return (), -1  # "its chief executive": the title of whoever "its" is, not a post of its own
    words = tuple(t.norm for t in tokens[first : j + 1])
    return (words, first) if len(words) >= 2 else ((), -1)


ONE_OF_THE_MOST = "one of the most"
# Ranks that can all be true of one subject: "the largest" is also "one of the largest".
COMPATIBLE_RANKS = frozenset({"the most", ONE_OF_THE_MOST})


def _ranked(tokens: Sequence[Token], i: int) -> bool:
    """ "second-largest", "one of the largest", "not the largest": not the top of the ranking."""
    before = [t.norm for t in tokens[max(0, i - 3) : i]]
    return (
        (bool(before) and before[-1] in ORDINALS)
        or tuple(before) == current.ONE_OF_THE
        or any(is_negation(w) for w in before)
    )


def _superlative_subject(
    text: str, tokens: Sequence[Token], mentions: list[_Mention], i: int
) -> tuple[tuple[str, ...], str] | None:
    """What a superlative ranks: a name right after it, else its head noun ("the deadliest
    floods in decades" ranks floods), as (key, as written)."""
    for mention in mentions:
        if i < mention.first <= i + 2 and not text[tokens[i].end : tokens[mention.first].start].strip(" -"):
            return mention.subject, text[tokens[mention.first].start : tokens[mention.last - 1].end]
    head = None
    for j in range(i + 1, min(len(tokens), i + 4)):
        tok = tokens[j]
        if (
            text[tokens[j - 1].end : tok.start].strip(" -")
            or not tok.text.isalpha()
            or not tok.text.islower()
            or tok.norm in HEAD_STOP
        ):
            break
        head = tok
    return ((head.stem,), head.text) if head is not None else None


def _ordinal_of(tokens: Sequence[Token], i: int) -> bool:
    """ "the first time", "the first day": an ordinal of an occasion follows."""
    following = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    return following in OCCASIONS


def _novelty_subject(
    text: str, tokens: Sequence[Token], mentions: list[_Mention], i: int, look_back: bool
) -> _Mention | None:
    """What a novelty word is about: the subject right after it ("the first X", "revived the X"),
    or for "for the first time", the subject earlier in the same clause ("X was held for the first time")."""
    if look_back:
        before = [
            m
            for m in mentions
            if m.last <= i
            and i - m.last <= QUANTITY_REACH
            and not CLAUSE_BREAK_RE.search(text[tokens[m.last - 1].end : tokens[i].start])
        ]
        return before[-1] if before else None
    for mention in mentions:
        if i < mention.first <= i + current.NOVELTY_REACH and not CLAUSE_BREAK_RE.search(
            text[tokens[i].end : tokens[mention.first].start]
        ):
            return mention
    return None


def _offset(tokens: Sequence[Token], end: int) -> bool:
    """Whether the word right after a span makes it an offset dating something else ("11 months
    after the video", "two days later")."""
    at = bisect_left(tokens, end, key=_START)
    return at < len(tokens) and tokens[at].norm in OFFSETS


def _after_word(tokens: Sequence[Token], start: int, leads: Collection[str]) -> bool:
    """Whether the word right before a figure is one of `leads` ("for eight minutes")."""
    at = bisect_left(tokens, start, key=_START)
    return at > 0 and tokens[at - 1].norm in leads


def _led(
    text: str, tokens: Sequence[Token], start: int, leads: Collection[str], predicate: bool = False, reach: int = 0
) -> bool:
    """Whether one of `leads` stands shortly before a figure in its clause: a possibility
    ("guidelines recommend about 12.5 years", "faces a minimum sentence of 12.5 years", "could
    face up to 40 years", as check reads them) or an age at another time ("when he is 59 years
    old"); with `predicate`, in its predicate too, not before an "and" ("owns 30 percent of the
    shares of Betacorp and 60 percent of Gammatel": no market word leads the 60 percent). Within
    `reach` words, or POSSIBILITY_REACH."""
    at = bisect_left(tokens, start, key=_START)
    for i in range(at - 1, max(-1, at - 1 - (reach or current.POSSIBILITY_REACH)), -1):
        if CLAUSE_BREAK_RE.search(text, tokens[i].end, tokens[i + 1].start if i + 1 < len(tokens) else start):
            return False
        if predicate and tokens[i].norm in PREDICATE_JOINERS:
            return False
        if tokens[i].norm in leads:
            return True
    return False


def _toll_name(tokens: Sequence[Token], i: int) -> str | None:
    """What the words at token i say a count of people is: a toll word ("dead"), or the words of
    people carried or in a state ("aboard", "on board", "in critical care")."""
    name = TOLL_WORD.get(tokens[i].norm)
    for n in range(1, CARRIED_WORDS + 1):
        name = name or CARRIED.get(tuple(t.norm for t in tokens[i : i + n]))
    return name


CARRIED_WORDS = 3  # the longest phrase of CARRIED_COUNTS, in words: "in critical care"


def _toll(text: str, tokens: Sequence[Token], start: int, end: int) -> str | None:
    """What a count of people counts, from the nearest toll word in the figure's clause and its
    predicate: not one another predicate joined by "and" holds ("73 people are missing and they
    have formally identified 32 people"; "the toll stands at 113 and 228 people are missing")."""
    at = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
    best, distance = None, len(tokens) + 1
    for i, tok in enumerate(tokens):
        name = _toll_name(tokens, i)
        if name is None or abs(i - at) >= distance:
            continue
        low, high = sorted((tok.end, tokens[at].start if at < len(tokens) else tok.end))
        gap = text[end : tok.start] if tok.start >= end else text[tok.end : start]
        if not CLAUSE_BREAK_RE.search(text[low:high]) and not PREDICATE_JOINER_RE.search(gap):
            best, distance = name, abs(i - at)
    return best


def _nearest(text: str, tokens: Sequence[Token], mentions: list[_Mention], start: int, end: int) -> list[_Mention]:
    """The subjects a figure may be about, in its clause and within QUANTITY_REACH words: the name
    it directly modifies ("the $3 billion Merida Initiative") alone; else the nearest name before it
    (the clause's subject: "Baltic Fibre was founded in 2009") and the nearest after it ("will pay
    $2.3 billion for Baltic Fibre"), each compared with what other sources say of it. A name past a
    comma ("…, according to Aarhus officials") is another clause's, unless the comma opens an
    apposition to it ("Baltic Fibre, founded in 2009, …")."""
    at = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
    upto = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
    inside = [m for m in mentions if m.first < upto and m.last > at]
    if inside:
        return inside[:1]
    before = [
        (at - m.last, bool(m.written), m.subject, n, m)
        for n, m in enumerate(mentions)
        if m.last <= at
        and not (m.last < len(tokens) and tokens[m.last].norm in SPEECH_VERBS)  # "NHS England said 78 …"
        and at - m.last <= (NOUN_FIGURE_REACH if m.written else QUANTITY_REACH)
        and not CLAUSE_BREAK_RE.search(APPOSITION_RE.sub("", text[tokens[m.last - 1].end : start], 1))
    ]
    after = [
        (m.first - upto, bool(m.written), m.subject, n, m)
        for n, m in enumerate(mentions)
        if m.first >= upto
        and not m.written
        and m.first - upto <= QUANTITY_REACH
        and not CLAUSE_BREAK_RE.search(text[end : tokens[m.first].start])
    ]
    if after and min(after)[0] == 0:
        return [min(after)[-1]]
    return [min(found)[-1] for found in (before, after) if found]


# --- spellings -------------------------------------------------------------------------------


def _spellings(names: _Names, lexicon: _Lexicon) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Pairs of names (rare spelling, common spelling) that differ by one letter in one word.

    Names are bucketed by all their words but one, so only names that could
    be variants of each other are compared. Inflections ("Minister",
    "Ministers") and accents ("López", "Lopez") are not spellings, nor is a
    word that is the other with letters added at its end: a noun and its
    adjective ("Latin America", "Latin American"), or a word cut where a page
    ends ("Sohel Ran").
    """
    candidates = [k for k in set(lexicon.keys.values()) if len(k) >= 2 and all(w.isalpha() for w in k)]
    buckets: dict = defaultdict(list)
    for key in candidates:
        for i in range(len(key)):
            buckets[(len(key), i, key[:i] + key[i + 1 :])].append(key)
    pairs = set()
    for (_, i, _rest), keys in buckets.items():
        for a in keys:
            for b in keys:
                wa, wb = a[i], b[i]
                if a >= b or min(len(wa), len(wb)) < 2 or max(len(wa), len(wb)) < 3 or stem(wa) == stem(wb):
                    continue
                if wa.startswith(wb) or wb.startswith(wa):
                    continue
                limit = 1 if max(len(wa), len(wb)) < 8 else 2
                if DamerauLevenshtein.distance(wa, wb) <= limit and wa[0] == wb[0]:
                    pairs.add((a, b))
    return sorted(pairs)


# --- grouping --------------------------------------------------------------------------------


def _same(a: Statement, b: Statement) -> bool:
    """Equal values. Amounts are equal at the precision either was written to ("£24bn" and
    "£24.3bn", "50 per cent" and "49.5%"), and in another unit of the same dimension within 5%,
    as writers round a conversion ("12 miles (20km)"). Counts of people are exact: 150 and 149
    are two tolls, however "150" was rounded."""
    if a.kind == "person":
        return a.value == b.value or _middle_name_added(a.value.split(), b.value.split())
    if a.kind != "quantity":
        return a.value == b.value
    unit_a, unit_b = a.unit, b.unit
    if unit_a is None or unit_b is None:
        return a.value == b.value
    assert a.amount is not None and b.amount is not None  # every quantity statement has its amount
    low_b = unit_b.convert(b.amount, unit_a)
    high_b = unit_b.convert(b.high if b.high is not None else b.amount, unit_a)
    low_a, high_a = a.amount, a.high if a.high is not None else a.amount
    exact = unit_a.dimension == "people" or a.attribute.startswith(COUNT_PREFIX) or a.attribute == MEASURE
    rounded = 0.0 if exact else max(a.tolerance, unit_b.convert(b.tolerance, unit_a))
    converted = CONVERSION_SLACK if unit_a != unit_b else 1e-9
    slack = max(rounded, converted * max(1.0, abs(low_a), abs(low_b)))
    return low_a - slack <= high_b and low_b - slack <= high_a


def _middle_name_added(a: list[str], b: list[str]) -> bool:
    """ "Sarah Huckabee Sanders" and "Sarah Sanders": one person, named with and without a
    middle name (the first and last names the same, the shorter's words in order in the longer)."""
    short, long = sorted((a, b), key=len)
    if len(short) < 2 or len(short) == len(long) or short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long)
    return all(word in rest for word in short)


CONVERSION_SLACK = 0.05  # a figure given in two units is rounded in one of them


def _magnitudes(statements: list[Statement]) -> list[list[Statement]]:
    """Amounts of one subject and dimension split where they jump tenfold: "$196" a share and
    "$26.2 billion" in all, "an 11-foot crack" and "15km" away, are two figures, not two camps.
    A toll that rose day by day climbs in smaller steps and stays whole."""
    if not statements or statements[0].kind != "quantity":
        return [statements]
    if statements[0].attribute == MEASURE:
        return [_most_told(statements)]
    unit = statements[0].unit
    if unit is None or any(s.unit is None for s in statements):
        return [statements]

    def size(s: Statement) -> float:
        return abs(s.in_unit(s.amount or 0.0, unit))

    ordered = sorted(statements, key=size)
    groups: list[list[Statement]] = [[ordered[0]]]
    for before, s in pairwise(ordered):
        if size(s) > MAGNITUDE_JUMP * max(size(before), 1e-12):
            groups.append([])
        groups[-1].append(s)
    return groups


MAGNITUDE_JUMP = 10  # a figure ten times another of the same subject measures something else


def _most_told(statements: list[Statement]) -> list[Statement]:
    """The measures of the story's own thing: those within 5% of the value most sources
    give. Sources differ on a magnitude by a revision or a rounding (7.8 and 7.9); the aftershock's
    6.6 and the 2010 quake's 7.1 measure other quakes."""
    told: dict[float, set[str]] = defaultdict(set)
    for s in statements:
        told[s.amount or 0.0].add(s.source)
    most = max(told, key=lambda value: (len(told[value]), value))
    return [s for s in statements if abs((s.amount or 0.0) - most) <= MEASURE_SPREAD * abs(most)]


MEASURE_SPREAD = 0.05


@dataclass(frozen=True)
class _Occurrences:
    """Which sources tell of the story's occurrence, and the day each was written (an undated one
    counts as written on the story's middle day)."""

    dates: dict[str, dt.date]
    middle: dt.date | None
    other: frozenset[str]  # sources dated far from the story's middle: anniversaries, previews
    later: frozenset[str] = frozenset()  # of those, the ones dated after it that name the story: anniversaries

    @classmethod
    def of(cls, infos: Sequence[SourceInfo], elsewhere: frozenset[str] = frozenset()) -> _Occurrences:
        """From the sources' dates, and the sources that name nothing the story's do (`elsewhere`)."""
        dates = {info.path: info.reference_date for info in infos if info.reference_date is not None}
        days = sorted(dates.values())
        middle = days[len(days) // 2] if days else None
        other = frozenset(
            path for path, day in dates.items() if middle and abs((day - middle).days) > OTHER_OCCURRENCE_DAYS
        )
        later = frozenset(path for path in other - elsewhere if middle and dates[path] > middle)
        return cls(dates, middle, other | elsewhere, later)

    def of_the_story(self, s: Statement) -> bool:
        """Whether a later article's statement is of the story's occurrence: dated by no time word,
        or by one near the story's middle ("In all, 8,856 people died in the April 25, 2015,
        disaster"), not by another year's ("the 1934 quake killed 8,500")."""
        if s.source not in self.later or s.cue is None or self.middle is None:
            return s.source in self.later
        last = _last_day(s.cue, self.dates.get(s.source, self.middle))
        return last is not None and abs((last - self.middle).days) <= OTHER_OCCURRENCE_DAYS

    def about_story(self, s: Statement) -> bool:
        """Whether a statement can be set against the story's others."""
        if s.kind not in OCCURRING:
            return True
        if s.source in self.other:
            return False
        reference = self.dates.get(s.source, self.middle)
        if s.cue is None or reference is None:
            return True
        last = _last_day(s.cue, reference)
        return last is None or (reference - last).days <= EARLIER_DAYS

    def side(self, value: str, statements: Sequence[Statement]) -> Side:
        """A side, its majority counted over the story's sources (a spelling is of any time)."""
        sources = tuple(sorted({s.source for s in statements}))
        wording = Counter(s.text for s in statements).most_common(1)[0][0]
        days = [self.dates[src] for src in sources if src in self.dates]
        return Side(
            value,
            wording,
            tuple(statements),
            sources,
            sum(src not in self.other or statements[0].kind == "spelling" for src in sources),
            max(days).isoformat() if days else None,
        )


def _last_day(d: DateMention, reference: dt.date) -> dt.date | None:
    """The last day a time word can mean, seen from its article's day; None for one that cannot
    be placed, or that is to come."""
    if d.period is not None:
        bounds = period_bounds(d, reference)
        return bounds[1] if bounds else None
    if d.month is None:
        return dt.date(d.year, 12, 31) if d.year is not None else None
    if d.shift > 0:  # "next June", "el próximo junio": to come
        return None
    year = d.year if d.year is not None else reference.year - (d.month > reference.month)
    try:
        return dt.date(year, d.month, d.day) if d.day is not None else month_end(year, d.month)
    except ValueError:
        return None


def _sides(statements: list[Statement], occurrences: _Occurrences) -> list[Side]:
    """Statements of one value together. The most precisely written open the groups and name
    their side: "£24bn" joins "£24.3bn", and the side shows £24.3bn."""
    groups: list[list[Statement]] = []
    for s in sorted(statements, key=_precision):
        for group in groups:
            if _same(group[0], s):
                group.append(s)
                break
        else:
            groups.append([s])
    sides = []
    for group in groups:
        precise = [s for s in group if _precision(s) == _precision(group[0])]
        wording = Counter(s.text for s in precise).most_common(1)[0][0]
        sides.append(occurrences.side(next(s.value for s in precise if s.text == wording), group))
    return _by_support(sides)


def _compatible(statements: list[Statement]) -> bool:
    """Whether one figure fits every statement: the figures stated all agree, every lower bound
    is at or below them and every upper bound at or above them ("more than $1bn" and "$26bn",
    "up to 40 years" and "12.5 years"); bounds alone fit when no floor is above a ceiling."""
    unit = statements[0].unit if statements else None
    if unit is None:
        return False
    stated = [s for s in statements if not (s.floor or s.ceiling)]
    if any(not _same(stated[0], s) for s in stated[1:]):
        return False
    floors = [s.in_unit(s.amount or 0.0, unit) for s in statements if s.floor]
    ceilings = [s.in_unit(s.high if s.high is not None else s.amount or 0.0, unit) for s in statements if s.ceiling]
    if stated:
        top = max(s.in_unit((s.high if s.high is not None else s.amount or 0.0) + s.tolerance, unit) for s in stated)
        bottom = min(s.in_unit((s.amount or 0.0) - s.tolerance, unit) for s in stated)
        floors.append(bottom)
        ceilings.append(top)
    return not floors or not ceilings or max(floors) <= min(ceilings)


def _precision(s: Statement) -> tuple[bool, float]:
    """How coarsely a figure was written, in its unit's base: digits first, the finest first
    (number words say nothing of where they were rounded, and "65" reads better than "sesenta y
    cinco")."""
    unit = s.unit if s.step else None
    return DIGITS_RE.search(s.text) is None, s.step * unit.factor if unit is not None else 0.0


def _by_support(sides: list[Side]) -> list[Side]:
    """The side held by most of the story's sources first (then by most sources, by most
    statements, then by value, for ties)."""
    return sorted(sides, key=lambda side: (-side.held, -len(side.sources), -len(side.statements), side.value))


def _timeline(kind: str, sides: list[Side], occurrences: _Occurrences) -> list[Side] | None:
    """The sides latest first when the value changed as the days passed: a count that rose (or
    fell) from article to article, a post that changed hands. None when they are camps: sides
    said on the same days, or values that go up and down."""
    if kind != "person" and not (kind == "quantity" and sides[0].value.endswith(" people")):
        return None  # lengths and prices are not updated as a story goes on; counts are
    spans = []
    for side in sides:
        days = [occurrences.dates[src] for src in side.sources if src in occurrences.dates]
        if days:
            spans.append((min(days), max(days), side))
        elif kind == "person":
            return None  # an undated holder may be of any time
    if len({span[1] for span in spans}) < 2:
        return None
    if len(spans) == 2 and not (spans[0][1] < spans[1][0] or spans[1][1] < spans[0][0]):
        return None  # two sides said on the same days: camps
    if kind == "quantity" and len(spans) > 2:
        rising = falling = 0
        for a in spans:
            for b in spans:
                if a[1] < b[1]:
                    amount_a, amount_b = a[2].statements[0].amount or 0.0, b[2].statements[0].amount or 0.0
                    rising += amount_a < amount_b
                    falling += amount_a > amount_b
        if len({span[1] for span in spans}) < 2 or min(rising, falling) > (rising + falling) / 5:
            return None  # up and down: not one figure updated
    spans.sort(key=lambda span: (span[1], span[2].statements[0].amount or 0.0), reverse=True)
    dated = [span[2] for span in spans]
    return dated + [side for side in sides if side not in dated]


def _score(kind: str, sides: list[Side]) -> float:
    """How checkable (the kind) times how contested: sources on the less held sides, weighted
    by how evenly the sources split."""
    counts = sorted((len(s.sources) for s in sides), reverse=True)
    involved = len({src for s in sides for src in s.sources})
    minority = sum(counts[1:])
    balance = counts[1] / counts[0] if len(counts) > 1 else 0.0
    return round(CHECKABLE[kind] * (involved + minority) * (0.5 + balance), 2)


def slug(words: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(words)).strip("-")[:48] or "subject"


def find_disagreements(sources: Iterable[str | Path] = ("sources",), follow_links: bool = False) -> Discovery:
    """Every disagreement between the sources, most checkable and most contested first, before
    `check` reads each again (crosscheck.confirm)."""
    source_list = list(sources)
    tasks, passed = sources_mod.tasks_for([Path(p) for p in source_list], follow_links)
    warnings = list(passed)
    if not tasks:
        warnings.append(
            Warning(None, "no articles (.txt, .md, .html) found in " + ", ".join(str(p) for p in source_list))
        )
    by_path = {task.shown: task for task in tasks}
    infos: list[SourceInfo] = []

    def readable() -> Iterator:
        for task in tasks:
            source = sources_mod.read(task)
            lang = None if source.skipped else sources_mod.language(source)
            if lang is not None and lang.read:
                yield source, lang

    names = _learn((source.shown, source.text, source.body_start, lang.code) for source, lang in readable())
    lexicon = _Lexicon(names)
    grouped: dict[tuple[str, str, str], list[Statement]] = defaultdict(list)
    count = 0
    for task in tasks:  # the second pass: zones, then statements, and each source's details
        source = sources_mod.read(task)
        if source.skipped:
            infos.append(
                SourceInfo(source.shown, source.key, status="skipped", in_scope=False, scope_note=source.skipped)
            )
            warnings.append(Warning(source.shown, source.skipped))
            continue
        warnings.extend(source.warnings)
        lang = sources_mod.language(source)
        if not lang.read:  # read with English rules its figures and dates would be wrong
            why = lang.not_read()
            infos.append(SourceInfo(source.shown, source.key, status="skipped", in_scope=False, scope_note=why))
            warnings.append(Warning(source.shown, why))
            continue
        with reading(lang.code):  # the same amount or year in two languages is one statement
            layout = analyse(source.text, source.body_start, source.title_span)
            infos.append(replace(_info(source, layout), lang=lang.code))
            for s in _in_page(source, _statements(source.shown, source.text, layout, lexicon)):
                grouped[(s.kind, s.subject, s.attribute)].append(s)
                count += bool(s.subject)
    found: list[Disagreement] = []
    shown_as = _display(names)
    pairs = _spellings(names, lexicon)
    variants = {frozenset(" ".join(k) for k in pair) for pair in pairs}
    occurrences = _Occurrences.of(infos, names.elsewhere([info.path for info in infos if info.status != "skipped"]))
    grouped = _counts_of_named(grouped, frozenset(" ".join(key) for key in names.nouns))
    grouped = _ages_of_people(grouped)
    restated = _Restatements.of(grouped, occurrences)
    for (kind, subject, attribute), told in grouped.items():
        if not subject:
            continue  # figures read for no subject only complete the sides of others
        for statements in _magnitudes([s for s in told if occurrences.about_story(s)]):
            found.extend(
                restated.complete(d)
                for d in _disagreement(kind, subject, attribute, statements, occurrences, shown_as, variants)
            )
    found.extend(_spelling_disagreements(pairs, names, infos, by_path, occurrences))
    found.sort(key=lambda d: (-d.score, d.id))
    seen: Counter = Counter()
    unique = []
    for d in found:
        seen[d.id] += 1
        unique.append(d if seen[d.id] == 1 else replace(d, id=f"{d.id}-{seen[d.id]}"))
    return Discovery(tuple(infos), tuple(unique), tuple(gathered(warnings)), count)


Grouped = dict[tuple[str, str, str], list[Statement]]  # statements by kind, subject and attribute


def _counts_of_named(
    grouped: dict[tuple[str, str, str], list[Statement]], nouns: frozenset[str]
) -> dict[tuple[str, str, str], list[Statement]]:
    """Counts joined to a common noun they describe ("the 24-storey building", "the 24-storey
    tower") said of the one named subject the sources count the same noun of ("the 27-storey Grenfell Tower"):
    the articles call one thing by its name and by a noun, and its count is one figure. Where
    several names are counted so, or none, the noun's counts stay its own, and so do counts of
    things around it ("more than 100 ships" near "the canal" are not the Red Sea's)."""
    named: dict[tuple[str, str], list[str]] = defaultdict(list)
    counters: dict[str, set[str]] = defaultdict(set)  # a noun's count -> the sources that count it
    for (kind, subject, attribute), told in grouped.items():
        if attribute.startswith(COUNT_PREFIX):
            counters[attribute].update(s.source for s in told)
            if subject and subject not in nouns and not _counts_itself(subject, attribute):
                named[(kind, attribute)].append(subject)
    out: dict[tuple[str, str, str], list[Statement]] = defaultdict(list)
    for (kind, subject, attribute), told in grouped.items():
        if _counts_itself(subject, attribute) and len(counters[attribute]) < NOUN_SOURCES:
            subject = ""  # a noun fewer than NOUN_SOURCES sources count is no recurring subject of the story
        owners = named.get((kind, attribute), []) if subject in nouns else []
        for s in told:
            joined = len(owners) == 1 and JOINED_COUNT_RE.search(s.text) is not None
            out[(kind, owners[0] if joined else subject, attribute)].append(
                replace(s, subject=owners[0], about="") if joined else s
            )
    return out


def _ages_of_people(grouped: Grouped) -> Grouped:
    """An age joined before a name ("22-year-old Park Ji-young") is that person's age where the
    sources give the name an age elsewhere ("Park Ji-young, a 27-year-old crew member"): the name
    is a person's, so the two ages are compared. Of a name no source gives an age ("the
    13-year-old Merida Initiative") it stays a span, compared with "for 13 years"."""
    aged = {subject for kind, subject, attribute in grouped if attribute == AGE}
    out: dict[tuple[str, str, str], list[Statement]] = defaultdict(list)
    for (kind, subject, attribute), told in grouped.items():
        for s in told:
            if s.joined_age and attribute == SPAN and subject in aged:
                out[(kind, subject, AGE)].append(replace(s, attribute=AGE, joined_age=False))
            else:
                out[(kind, subject, attribute)].append(s)
    return out


def _counts_itself(subject: str, attribute: str) -> bool:
    """Whether a count is of its noun near no name ("250 firefighters attended"): `_counted_subject`."""
    return attribute == COUNT_PREFIX + subject


JOINED_COUNT_RE = re.compile(r"\d-\w+$")  # "24-storey": a count that describes its thing, not things counted


def _disagreement(
    kind: str,
    subject: str,
    attribute: str,
    statements: list[Statement],
    occurrences: _Occurrences,
    shown_as: dict[tuple[str, ...], str],
    variants: set[frozenset[str]],
) -> Iterator[Disagreement]:
    """The disagreement in one group of statements, if its sources hold more than one value."""
    sides = _sides(statements, occurrences)
    if kind == "person":  # a holder named only by articles of another time is the post's holder then
        sides = [side for side in sides if side.held]
    if len(sides) < 2 or len({s.source for s in statements}) < 2:
        return  # one article's two figures ("infants of five months and nine months") are two things
    if kind == "person" and _ambiguous(statements):
        return  # one article names two holders: the title is not one post
    if kind == "person" and frozenset(side.value for side in sides) in variants:
        return  # one holder spelt two ways: the spelling disagreement says so
    written = Counter(s.about for s in statements if s.about).most_common(1)
    name = written[0][0] if written else shown_as.get(tuple(subject.split()), subject)
    label = "holder" if kind == "person" else attribute
    timeline = _timeline(kind, sides, occurrences)
    if timeline is None and kind == "quantity" and _compatible(statements):
        return  # "nearly 11,000" and "more than 7,000": one figure fits both
    if kind == "rank" and {side.value for side in sides} <= COMPATIBLE_RANKS:
        return  # "the largest" and "one of the largest" can both be true
    yield Disagreement(
        f"{slug(name)}-{slug(label)}",
        kind,
        name,
        attribute,
        tuple(timeline or sides),
        _score(kind, sides),
        timeline is not None,
    )


@dataclass(frozen=True)
class _Restatements:
    """Every figure by its kind, attribute and exact value, whatever subject it was read for: a
    side's value stated word for word by a source the disagreement does not hold is that side's
    too ("the company's £24.3bn acquisition" beside "ARM Holdings … £24.3 billion"), and so is one
    an article of another occurrence restates (an anniversary piece's final toll), shown as such;
    and a later article's own figure for the disagreement's subject opens a side ("the $27 billion
    LinkedIn purchase", a year on)."""

    by_value: dict[tuple[str, str, str], list[Statement]]
    occurrences: _Occurrences
    later: Grouped  # the figures later articles of the story give ("claimed 72 lives" a year on), by subject

    @classmethod
    def of(cls, grouped: dict[tuple[str, str, str], list[Statement]], occurrences: _Occurrences) -> _Restatements:
        by_value: dict[tuple[str, str, str], list[Statement]] = defaultdict(list)
        for (kind, _subject, attribute), told in grouped.items():
            if kind not in RESTATED:
                continue
            for s in told:
                if s.high is not None or s.floor or s.ceiling:
                    continue  # "10-11km", "more than $1bn": not the figure itself
                if s.source in occurrences.other or occurrences.about_story(s):
                    by_value[(kind, attribute, s.value)].append(s)
        later: Grouped = defaultdict(list)
        for (kind, subject, attribute), told in grouped.items():
            if kind in RESTATED and subject:  # a toll's, or a named subject's: "Microsoft … $27 billion"
                later[(kind, subject, attribute)].extend(s for s in told if occurrences.of_the_story(s))
        return cls(dict(by_value), occurrences, dict(later))

    def complete(self, d: Disagreement) -> Disagreement:
        if d.kind not in RESTATED:
            return d
        subject = d.sides[0].statements[0].subject
        # a toll is what its figure counts ("nearly 300" dead are not 300 missing) and an age is one
        # person's: neither is completed with the same figure read for another subject
        own = d.attribute == AGE or subject in TOLL_NAMES
        sides = []
        for side in d.sides:
            extra: dict[str, Statement] = {}
            for s in self.by_value.get((d.kind, d.attribute, side.value), ()):
                if s.subject != subject and (own or s.subject in TOLL_NAMES):
                    continue
                if s.source not in side.sources and s.source not in extra:
                    extra[s.source] = s
            if extra:
                statements = (*side.statements, *extra.values())
                side = replace(
                    side,
                    statements=statements,
                    sources=tuple(sorted({*side.sources, *extra})),
                    held=side.held + sum(src not in self.occurrences.other for src in extra),
                )
            sides.append(side)
        sides = self._reached_later(sides, self.later.get((d.kind, subject, d.attribute), []))
        ordered = sides if d.over_time else _by_support(sides)
        return replace(d, sides=tuple(ordered), score=_score(d.kind, ordered))

    def _reached_later(self, sides: list[Side], later: list[Statement]) -> list[Side]:
        """A disagreement's sides with the figures later articles of the story give for its subject
        ("the quake killed 185 people", a year on; "at least 30 people" in a late repost; "bought
        LinkedIn for $27 billion" in a retrospective): each joins the side of its figure or, a
        figure no article of the story's days gave, opens the latest side. Neither counts for the
        majority: the figures told after the story's days are shown, not weighed."""
        new: list[list[Statement]] = []
        for s in later:
            at = next((i for i, side in enumerate(sides) if _same(side.statements[0], s)), None)
            if at is not None:
                side = sides[at]
                if s.source not in side.sources:
                    sources = tuple(sorted({*side.sources, s.source}))
                    sides[at] = replace(side, statements=(*side.statements, s), sources=sources)
                continue
            group = next((g for g in new if _same(g[0], s)), None)
            if group is None:
                new.append([s])
            elif s.source not in {t.source for t in group}:
                group.append(s)
        return [self.occurrences.side(group[0].value, group) for group in new] + sides


# the subjects of tolls and of the people carried: what a count of people counts
TOLL_NAMES = words(lambda lx: (*lx.TOLLS, *lx.CARRIED_COUNTS))
RESTATED = {"quantity"}  # kinds whose sides are completed with the same figure read for another subject


def _info(source: sources_mod.Source, layout: Layout) -> SourceInfo:
    dating = scope_mod.date_source(source, layout, None)
    return SourceInfo(
        source.shown,
        source.key,
        source_title(source, layout),
        dating.outlet,
        None,
        dating.published,
        dating.reference,
        dating.date_from,
    )


def _in_page(source: sources_mod.Source, statements: list[Statement]) -> list[Statement]:
    """A web page's statements placed in the page as stored where their words are found there
    (as check places evidence); the others keep their place in the text read from it."""
    if source.located is None:
        return statements
    lines = LineIndex(source.text)
    placed = []
    for s in statements:
        at = _place(source, lines, lines.offset(s.line, s.column), lines.offset(s.end_line, s.end_column))
        placed.append(replace(s, line=at[0], column=at[1], end_line=at[2], end_column=at[3]))
    return placed


def _place(source: sources_mod.Source, lines: LineIndex, start: int, end: int) -> tuple[int, int, int, int]:
    """Line, column, end line and end column of text[start:end]: in a web page as stored where found there."""
    at = source.located.page_position(start, end) if source.located is not None else None
    return at or (*lines.position(start), *lines.position(end))


def _ambiguous(statements: list[Statement]) -> bool:
    holders: dict[str, set] = defaultdict(set)
    for s in statements:
        holders[s.source].add(s.value)
    return any(len(v) > 1 for v in holders.values())


def _display(names: _Names) -> dict[tuple[str, ...], str]:
    """Each name as most articles write it."""
    shown: dict[tuple[str, ...], str] = {}
    for norms, forms in names.surface.items():
        shown[norms] = forms.most_common(1)[0][0]
    return shown


def _spelling_disagreements(
    pairs, names: _Names, infos: list[SourceInfo], by_path: dict, occurrences: _Occurrences
) -> Iterator[Disagreement]:
    if not pairs:
        return
    spans = _name_spans(pairs, names, infos, by_path)
    for a, b in pairs:
        sides = []
        for key in (a, b):
            written = spans.get(key, [])
            if written:
                side = occurrences.side(" ".join(key), written)
                full = Counter(s.text for s in written if len(s.text.split()) >= len(key)).most_common(1)
                sides.append(replace(side, text=full[0][0]) if full else side)  # "Derek Chauvin", not "Chauvin"
        if len(sides) < 2 or len({src for side in sides for src in side.sources}) < 2:
            continue  # one article spelling a name two ways ("Colombo St", "Columbo St") is no disagreement
        sides = _by_support(sides)
        subject = sides[0].text
        yield Disagreement(
            f"{slug(subject)}-spelling", "spelling", subject, "spelling", tuple(sides), _score("spelling", sides)
        )


def _surname_alone(norms: tuple[str, ...], key: tuple[str, ...]) -> bool:
    """Whether a run is the last word of the name `key` alone or after titles ("Chauvin", "Mr Hammond")."""
    return norms[-1] == key[-1] and (len(norms) == 1 or _addressed(norms))


def _name_spans(pairs, names: _Names, infos: list[SourceInfo], by_path: dict) -> dict[tuple[str, ...], list[Statement]]:
    """Where each spelling of a compared name is written, from a third, narrow pass over the
    articles that hold one. Where two spellings differ in the last name alone ("Derek Chauvin",
    "Derek Chavin"), that name written alone, or after a title only ("Chauvin", "Mr Chauvin"), is
    its spelling too: the article that writes "v. Derek Chavin" and then "Chauvin" holds both."""
    wanted = {k for pair in pairs for k in pair}
    surnamed = {k for a, b in pairs if len(a) == len(b) > 1 and a[:-1] == b[:-1] for k in (a, b)}
    holders = {
        src
        for k in wanted
        for norms, srcs in names.sources_of.items()
        if norms[-len(k) :] == k or (k in surnamed and _surname_alone(norms, k))
        for src in srcs
    }
    spans: dict[tuple[str, ...], list[Statement]] = defaultdict(list)
    for info in infos:
        if info.path not in holders or info.status != "checked":
            continue
        source = sources_mod.read(by_path[info.path])
        text, lines = source.text, LineIndex(source.text)
        for start, end in _body_lines(text, source.body_start, lines):
            tokens = tokenize(text, start, end)
            for run in _runs(text, tokens, names.hyphenated):
                kept = _kept(tokens, run.first, run.last)
                norms = tuple(tokens[i].norm for i in kept)
                for key in wanted:
                    alone = key in surnamed and _surname_alone(norms, key)
                    if alone or (len(norms) >= len(key) and norms[-len(key) :] == key):
                        first = tokens[kept[-1] if alone else kept[len(norms) - len(key)]]
                        last = tokens[run.last - 1]
                        line, column, end_line, end_column = _place(source, lines, first.start, last.end)
                        written = text[first.start : last.end]
                        spans[key].append(
                            Statement(
                                info.path,
                                "spelling",
                                " ".join(key),
                                "spelling",
                                " ".join(key),
                                None,
                                None,
                                written,
                                text[start:end],
                                line,
                                column,
                                end_line,
                                end_column,
                                "text",
                            )
                        )
    return spans
