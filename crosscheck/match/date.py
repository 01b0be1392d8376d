"""Date claims: dates said of the topic, resolved against the article's
publication date where relative, and compared at the coarser precision of
the claim and the article (docs/claims-format.md, Dates)."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace
from functools import cached_property
from itertools import pairwise

from ..extract import attribution as attrib
from ..extract import dates as dates_mod
from ..extract.dates import ISO_DAY_RE, RELATIONS, DateMention
from ..extract.quantities import QuantityMention
from ..lexicon import alternation, current, is_country_adjective, pattern, per_language, phrase_table, sequence, words
from ..lexicon.units import lookup
from ..model import Claim, DateExpect, Evidence, Found, Stance
from ..text import FUTURE_WORDS, Token, is_finite_past, is_past_form, tokenize
from ..zones import DATELINE_DASHES, DATELINE_RE, Sentence
from .about import (
    CALENDAR,
    CLAUSE_OPENERS,
    GERUND_ENDINGS,
    NEAR,
    POSSESSIVE_WORDS,
    WHEN_WORDS,
    About,
    about,
    apposed_age,
)
from .topic import (
    BY_END,
    BY_START,
    Article,
    Marks,
    evidence_sentences,
    follows,
    in_quotation,
    in_quoted_sentence,
    negated,
    person_at,
    phrase_before,
    token_range,
)

SPEECH = words("SPEECH_VERBS")
FIGURE_DATE_GAP_RE = pattern(
    lambda lx: r"\s+(?:[a-z]+\s+){0,2}" + alternation(lx.FIGURE_DATE_LINKS) + r"?\s*"
)  # "4,000 cars on"
# The most words FIGURE_DATE_GAP_RE lets stand between a figure and its date: two, and a link.
FIGURE_GAP_WORDS = per_language(lambda lx: 2 + max(len(link.split()) for link in lx.FIGURE_DATE_LINKS))


SUBJECT_WORDS = 4  # a sentence's subject before a phrase set off by commas: "The Riverside Bridge,"
STATUS = phrase_table("DATE_STATUS")
PERIOD_LEADS = phrase_table("PERIOD_LEADS")
SINCE_STATES = phrase_table("SINCE_STATES")
RELATIVE_OPENERS = words("RELATIVE_PRONOUNS")
NOUN_LINKS = words("NOUN_LINKS")
COMPLEMENT_LINKS = words("COMPLEMENT_LINKS")
DETERMINERS = words("DETERMINERS")
DEFINITE_ARTICLES = words("DEFINITE_ARTICLES")
DATE_ARTICLES = words("DATE_ARTICLES")
PRONOUNS = words("PERSONAL_PRONOUNS")
ANAPHORS = words("ANAPHORS")
BOUND_PARTS = words(
    lambda lx: tuple(lx.PERIOD_PARTS)
)  # "by early Tuesday", "until late Monday"; not "before dawn Wednesday"
DATE_GLUE = words(lambda lx: (*lx.DATE_GLUE, *lx.PERIOD_PARTS, *lx.FRAME_PREPOSITIONS, *lx.TIME_PREPOSITIONS))
WHERE_PREPOSITIONS = words("WHERE_PREPOSITIONS")
PLACE_REACH = (
    6  # words from a preposition of place to the last word of its phrase ("near the Bahanaga Bazar railway station")
)
ALTERNATIVE_JOINERS = words("ALTERNATIVE_JOINERS")
YEAR_JOINERS = words("YEAR_JOINERS")  # "en noviembre del año pasado": the month's year, written apart
DISCOURSE = words("DISCOURSE")  # "But in November 2022, the empire came crashing down": the date still fronted
UNDOING = words("UNDOING_VERBS")


class Spans:
    """Where a sentence names the claim's topic, for the rules that date it: the spans (first,
    last) in order, with lookups by token, by start and by end, so that a rule asking about the
    topic near a date costs the same however often a long sentence names the topic."""

    def __init__(self, art: Article, s: Sentence, spans: list[tuple[int, int]]) -> None:
        self.art, self.sentence, self.spans = art, s, spans
        tokens = s.tokens
        self.tokens = frozenset(i for a, b in spans for i in range(a, b))
        self.start_set = frozenset(a for a, _ in spans)
        self.starts = Marks.holding(self.start_set, len(tokens))
        self.longest = max((b - a for a, b in spans), default=0)
        self._by_end: dict[int, list[tuple[int, int]]] = {}
        for a, b in spans:
            self._by_end.setdefault(b, []).append((a, b))
        self._ends = sorted(self._by_end)
        self._by_start: dict[int, list[tuple[int, int]]] = {}
        for a, b in spans:
            self._by_start.setdefault(a, []).append((a, b))

    def __bool__(self) -> bool:
        return bool(self.spans)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self.spans)

    def ending(self, b: int) -> list[tuple[int, int]]:
        """The spans that end right before token b."""
        return self._by_end.get(b, [])

    def starting(self, a: int) -> list[tuple[int, int]]:
        return self._by_start.get(a, [])

    def ends_within(self, lo: int, hi: int) -> list[int]:
        """Where the spans that end in [lo, hi) end, in order."""
        return self._ends[bisect_left(self._ends, lo) : bisect_left(self._ends, hi)]

    @cached_property
    def heads(self) -> Marks:
        """Where the spans start, but those that only complete a noun before them ("Residents of
        the tower", "in the death of George Floyd"): the topic as a subject."""
        return Marks(
            i in self.start_set and not completes_a_noun(self.art, self.sentence, i, COMPLEMENT_LINKS)
            for i in range(len(self.sentence.tokens))
        )

    def covering(self, i: int) -> list[tuple[int, int]]:
        """The spans that hold token i."""
        return [(a, b) for k in range(max(0, i - self.longest + 1), i + 1) for a, b in self.starting(k) if i < b]


def evidence(art: Article, claim: Claim, sentences: list[Sentence]) -> list[Evidence]:
    expect = claim.expect
    assert isinstance(expect, DateExpect)
    out = []
    lede = evidence_sentences(art, claim)[1]  # a lede sentence the headline makes evidence says so itself
    for s in sentences:
        found_dates, quantities = art.values(s)
        hits = [(h.first, h.last) for h in art.hits_in(s, f"topic:{claim.id}")]
        kept = [
            (a, b)
            for a, b in hits
            if not _describes_another(art.text, s.tokens, b) and not _counted(s.tokens, quantities, a, b)
        ]
        topics = Spans(art, s, kept)
        if hits and not topics:
            continue  # "toured the fire-ravaged town Aug. 21": the topic only describes another noun
        either = _alternatives(art.text, found_dates)
        figures = [
            q
            for q in quantities
            if not q.word
            and not any(
                _within(s.tokens, q.start, q.end, t) for t in topics.covering(token_range(s.tokens, q.start, q.end)[0])
            )
        ]  # "the two leaders met on Tuesday": a number word alone dates nothing
        figures_by_end = sorted(figures, key=BY_END)
        years_of = {}  # "November last year": the year period is the month's, one date with it
        for d in found_dates:
            if (year := _year_of(art, s, d)) is not None:
                years_of[d] = year
        read_with = set()  # year periods read with their month: not again as a date of their own
        for d in found_dates:
            if d in read_with:
                continue  # a month dropped above leaves its year to be read alone, as it always was
            first, last = token_range(s.tokens, d.start, years_of[d].end if d in years_of else d.end)
            since_word = current.SINCE_WORD
            k = first - 1  # the word before the date, past an article after a bound ("desde el 5 de agosto")
            if k >= 1 and s.tokens[k].norm in DATE_ARTICLES and s.tokens[k - 1].norm in (*RELATIONS, since_word):
                k -= 1
            j = k  # past the part of the period or of the day after a bound: "by early Tuesday", "until late Monday"
            while j >= 1 and s.tokens[j].norm in BOUND_PARTS and k - j < len(BOUND_PARTS):
                j -= 1
            if j < k and j >= 0 and s.tokens[j].norm in (*RELATIONS, since_word):
                k = j
            before = s.tokens[k].norm if k >= 0 else ""
            if ISO_DAY_RE.fullmatch(d.text):  # how machines date a page; prose never writes a day so
                continue  # "explodes minutes after launch 2023-04-21": a page's stamp, not prose about the event
            if follows(s.tokens, first, STATUS):
                continue  # "(as at 25 February 2011)" dates a figure or a status
            if period_lead(art.text, s.tokens, d, first):
                continue  # "proclaimed Maduro president for 2025 to 2031": the term's years, not the act's
            if _attributive_date(s.tokens, d, first, last, topics):
                continue  # "Einstein's 1915 general theory", "a 2019 report": the noun's year, not the topic's
            since = k if before == since_word else first
            began = (d.qualifier == since_word or before == since_word) and (
                began_at(s.tokens, since) or _topic_since(art, s, since, topics) or _rank_since(s.tokens, since, topics)
            )
            possessive = d.text.endswith(current.POSSESSIVE_ENDINGS)  # "after Tuesday's quake": "after" is the quake's
            if not began and (d.qualifier in RELATIONS or (before in RELATIONS and not possessive)):
                continue  # "stalled since 2016" bounds another period
            owns_topic = possessive and topics.starts.any(last, last + 3)
            if _dates_a_statement(art, s, first, last, topics.tokens) or negated(
                art, s, first, conditions=not owns_topic
            ):
                continue  # "the White House said on Monday" dates the statement
            # "in Thursday's historic referendum" and "trapped 33 miners since Thursday" date the topic
            if not owns_topic and not began and dates_a_figure(art.text, s, d, first, figures_by_end):
                continue  # "the toll rose to 158 on Thursday" dates the figure
            modifier = not began and _modifies_the_topic(s.tokens, d, first, last, topics)
            attached = "topic" if began or modifier else _attachment(art, s, claim, first, last, topics)
            if attached == "topic" and not began and not modifier:
                attached = _event(art, s, first, last, topics, claim, possessive)
            elif attached == "brought about":
                attached = "topic"  # "rose on Monday, achieving the first powered flight": the gerund says the event
            if attached == "other":
                continue  # "bid farewell Monday", in a clause of its own: dates that clause's event
            item = _date_item(art, s, d, expect)
            if (
                item is not None
                and item.stance == "conflicts"
                and expect.precision != "day"  # a day's claim is asked about in _date_item
                and not _fronted(art, s, first, last)
                and _another_period(art, expect, item)
            ):  # "Since launching its first astronaut into space in 2003", for a launch in 2018
                item = replace(item, stance="unclear", note=_OUTSIDE_NOTE)
            if attached == "loose":
                if (
                    item is None
                    or item.stance != "supports"
                    or _PRECISION_RANK[d.precision] < _PRECISION_RANK.get(expect.precision, 0) - 1
                ):
                    continue  # a date loosely placed that disagrees, or a bare year for a day ("his 2023 earnings")
                item = replace(item, note=_LOOSE_NOTE)
                attached = "unclear"
            if (
                item is not None
                and item.note == NO_WEEK_OTHER_DAY
                and attached == "topic"
                and _weekday_on_the_topic(art, s, first, last, topics)
                and not _ahead(art, s, d)
            ):  # "fue declarado este lunes culpable", "was found guilty Wednesday": the topic's own day
                item = replace(item, stance="conflicts", note=NO_WEEK)
            if (
                item is not None
                and item.note == _OUTSIDE_NOTE
                and attached == "topic"
                and _on_the_claims_verb(art, s, first, art.matcher.words[claim.id].events)
            ):
                item = replace(item, stance="conflicts", note=None)  # "the capsule landed in Utah in September 2021"
            elif (
                item is not None
                and item.note == _OUTSIDE_NOTE
                and _another_period(art, expect, item)
                and not _after_publication(art, s, first, item)  # a plan then: a question, below
            ):
                continue  # "found guilty on three counts related to his purchase of a firearm in 2018"
            if (
                item is not None
                and attached == "unclear"
                and item.stance != "supports"
                and _closes_an_act_clause(art, s, claim, first, topics)
            ):
                continue  # "sued the former president for raping her … in 1996": the charge's date
            if item is not None and attached == "unclear" and item.stance == "conflicts":
                if _another_period(art, expect, item):
                    continue  # "the last inspection was carried out in summer 2013", for a crash in 2015
                item = replace(item, stance="unclear", note=_ATTACHED_NOTE)
            by_topic = (
                d.weekday is not None
                and first >= 1
                and s.tokens[first - 1].norm == current.NOUN_DAY_LINK
                and bool(topics.ending(first - 1))
            )  # "the death toll from the original earthquake on Saturday could rise": the quake's day
            if (
                item is not None
                and item.stance == "conflicts"
                and (owns_topic or by_topic)
                and _past_reading_agrees(art, d, expect)
            ):
                item = replace(item, stance="unclear", note=_OWNED_NOTE)
            nearest = topics.starts.last(0, first)
            owner = art.another_owner(s, nearest) if nearest is not None and item is not None else None
            if item is not None and owner and item.stance == "conflicts":
                item = replace(item, stance="unclear", note=_OWNER_NOTE.format(owner))
            party = _another_party(art, s, topics, claim) if item is not None and item.stance == "conflicts" else None
            if item is not None and party is not None:
                item = replace(item, stance="unclear", note=_PARTY_NOTE.format(party))
            act = _whose_act(art, s, topics, claim) if item is not None and item.stance == "conflicts" else None
            if item is not None and act is not None:
                item = replace(item, stance="unclear", note=_ACT_NOTE.format(act))
            theirs = _another_claims_day(art, s, d, claim) if item is not None and item.stance == "conflicts" else None
            if item is not None and theirs:  # "On Saturday, May 30" beside the launch, for the docking's day
                item = replace(item, stance="unclear", note=_THEIRS_NOTE.format(theirs))
            if item is not None and item.stance == "conflicts" and _still_to_come(art, s, first, expect):
                item = replace(item, stance="unclear", note=_TO_COME_NOTE)
            elif item is not None and item.stance == "conflicts" and _planned(art, s, first):
                item = replace(item, stance="unclear", note=_PLAN_NOTE)  # "Kelly is scheduled to be sentenced on May 4"
            elif item is not None and item.stance == "conflicts" and _after_publication(art, s, first, item):
                item = replace(item, stance="unclear", note=_AHEAD_NOTE)  # "at his sentencing on May 4 next year"
            if item is not None and not topics and item.stance == "conflicts" and s.index not in lede:
                item = replace(item, stance="unclear", note=_CARRIED_NOTE)
            if item is not None and d in either:
                item = replace(item, stance="unclear", note=_EITHER_NOTE)
            noun = _closing_noun_date(art, s, first, last, topics) if item and item.stance == "conflicts" else None
            if item is not None and noun:  # "the longest sentence to date over the unrest on Jan. 6, 2021."
                item = replace(item, stance="unclear", note=_NOUN_DATE_NOTE.format(noun))
            started = _started(art, s, claim, first, last, topics) if item and item.stance == "conflicts" else None
            if item is not None and started and not _states_a_start(claim):
                item = replace(item, stance="unclear", note=_START_NOTE.format(started))
            if item is not None:
                out.append(item)
                if d in years_of:
                    read_with.add(years_of[d])
        if expect.precision in ("year", "day"):
            out.extend(_counted_back(art, s, claim, expect, quantities))
    if any(e.stance == "supports" and e.note != _LOOSE_NOTE for e in out):  # a loose agreement settles nothing
        out = [replace(e, stance="unclear", note=_FAR_NOTE) if _far_date(e, expect) else e for e in out]
        out = [replace(e, stance="unclear", note=_COUNTED_DAY_NOTE) if _counted_day(e) else e for e in out]
    return out


_LOOSE_NOTE = "agrees with the claim; the topic is named in another clause of the sentence"
DATING_WHEN = words("DATING_WHEN_WORDS")
WHEN_REACH = 3  # words from a date to the "when" of the clause that says what happened then: "Sunday for Kenya, when"
# How much of a date a mention says: a claim's date is supported by a loosely placed one only when
# it says at most one step less ("in March" for a day, "in 1997" for a month; never a bare year
# for a day: "pushing his 2023 earnings" beside a final played that year).
_PRECISION_RANK = {"decade": 0, "year": 1, "month": 2, "week": 2, "weekday": 3, "day": 3}
_START_NOTE = "the date of a start ('{}'): the claim's event may have come after it"
START_WORDS = words("START_WORDS")
START_OBJECTS = words(
    lambda lx: (lx.INFINITIVE_MARKER, *lx.POSSESSIVES, *lx.DETERMINERS)
)  # "began to", "resumed their"


MODIFIER_PARTICIPLES = words("MODIFIER_PARTICIPLES")


_OUTSIDE_NOTE = "a date outside the scope window: it may date another occurrence"
EVENT_VERB_REACH = (
    5  # words from the claim's own verb to the date it governs: "convicted of involuntary manslaughter in 2009"
)


def _on_the_claims_verb(art: Article, s: Sentence, first: int, events: frozenset[str]) -> bool:
    """Whether the date at token `first` follows the claim's own event verb in the same stretch
    of words ("was convicted of involuntary manslaughter in 2009", "landed in Utah in September
    2021"): a slip about the claim's event, however far from the window, not another occasion."""
    text, tokens = art.text, s.tokens
    if art.tense(s, first) or (first and tokens[first - 1].norm in POSSESSIVE_WORDS):
        return False  # "when he's sentenced on May 4", "convicted for his 2012 tax returns"
    for k in range(first - 1, max(-1, first - 1 - EVENT_VERB_REACH), -1):
        if text[tokens[k].end : tokens[k + 1].start].strip():
            return False  # a mark between: another phrase
        if tokens[k].stem in events and is_past_form(tokens[k].norm):
            return not any(
                t.norm in WHEN_WORDS for t in tokens[max(0, k - 3) : k]
            )  # not "when he's sentenced on May 4"
    return False


WEEKDAY_REACH = 2  # words between the topic and a weekday said of it: "proclamó oficialmente este martes"
MARK_RE = re.compile(r"[^\w\s]")


def _weekday_on_the_topic(art: Article, s: Sentence, first: int, last: int, topics: Spans) -> bool:
    """Whether a weekday is said right of the words naming the topic, in one stretch of words:
    right after them, past adverbs and the words that lead to a date at most ("was found guilty
    Wednesday", "proclamó oficialmente este martes", "approved on Sunday"), or right before them
    ("fue declarado este lunes culpable"). With no week to count from, another weekday than the
    claim's then still says the topic happened on another day, as the contract reads it. One past
    another word ("the bridge opens on Sunday", "delayed results Monday in an election", "on
    Tuesday during the launch countdown") may date another act, another occurrence or a
    statement: a question."""
    text, tokens = art.text, s.tokens
    for a, b in topics:
        if a == last:
            gap, between = text[tokens[last - 1].end : tokens[a].start], range(0)
        elif b <= first and first - b <= WEEKDAY_REACH:
            gap, between = text[tokens[b - 1].end : tokens[first].start], range(b, first)
        else:
            continue
        if not MARK_RE.search(gap) and all(_leads_to_a_date(tokens[k]) for k in between):
            return True
    return False


def _leads_to_a_date(t: Token) -> bool:
    return t.norm.endswith(current.ADVERB_ENDING) or t.norm in DATE_GLUE


def _counted(tokens: Sequence[Token], quantities: list[QuantityMention], a: int, b: int) -> bool:
    """Whether a topic match at tokens [a, b) is a plural noun that a figure right before it
    counts ("17,641 votos nuevos contabilizados", "2 Australian Open titles"): that many things,
    not the one occurrence a date claim is about, so what dates them is not the topic's date. A
    whole number of more than one, written in digits and without a unit: "a 7.1 quake" is one."""
    return tokens[b - 1].norm.endswith(current.PLURAL_ENDING) and any(
        q.unit is None
        and not q.word
        and q.high is None
        and q.value > 1
        and float(q.value).is_integer()
        and token_range(tokens, q.start, q.end)[1] == a
        for q in quantities
    )


def _describes_another(text: str, tokens: Sequence[Token], b: int) -> bool:
    """Whether a topic match ending before token `b` is the first half of a modifier joined by a
    hyphen to a participle ("the fire-ravaged town", "quake-hit areas", "the storm-battered
    coast"): it describes another noun, whose date it is not."""
    return (
        b < len(tokens)
        and text[tokens[b - 1].end : tokens[b].start] == "-"
        and (is_past_form(tokens[b].norm) or tokens[b].norm in MODIFIER_PARTICIPLES)
    )


def _started(art: Article, s: Sentence, claim: Claim, first: int, last: int, topics: Spans) -> str | None:
    """The activity that a date's clause says was started ("the jury began to deliberate on
    Oct. 6", "They began deliberating on Friday"), as written; None when the clause starts
    nothing, or only the topic itself ("The trial began on Sept. 13": the trial's own day)."""
    tokens = s.tokens
    clause = ClauseMap(art, s, range(first, last))
    starts = art.memo(("starts", s.index, claim.id), lambda: _starts(tokens, topics))
    for stretch in clause.ranges(clause[first]):
        for k in starts.within(stretch.start, min(stretch.stop, len(tokens) - 1)):
            what = _started_what(tokens, k)
            if first <= k + 1 < last or first <= what < last:
                continue  # the date's own words
            return art.text[tokens[k].start : tokens[what].end]
    return None


def _started_what(tokens: Sequence[Token], k: int) -> int:
    """What the start word at token k starts: "began to deliberate", "resumed their search"."""
    return k + 1 + (tokens[k + 1].norm in START_OBJECTS)


def _starts(tokens: Sequence[Token], topics: Spans) -> Marks:
    """The start words of a sentence that start something else than the topic."""
    return Marks(
        k < len(tokens) - 1
        and t.norm in START_WORDS
        and (what := _started_what(tokens, k)) < len(tokens)
        and what not in topics.tokens
        and tokens[what].norm not in DATE_GLUE
        for k, t in enumerate(tokens)
    )


def _states_a_start(claim: Claim) -> bool:
    """Whether the claim itself is about a start ("Deliberations began on 29 May")."""
    return any(t.norm in START_WORDS for t in tokenize(claim.statement))


_COUNTED_DAY_NOTE = (
    "another day, counted from the publication date ('on Monday', 'yesterday'), in an article that "
    "states the claim's date: likely another event's day"
)


def _counted_day(e: Evidence) -> bool:
    """Whether a disagreeing date is a weekday or a relative day resolved against the publication
    date ("Earlier on Thursday", "Monday"): beside the claim's own date, such a day dates the
    press conference, the update or the pledge the sentence tells more often than the event."""
    return e.stance == "conflicts" and e.resolved_with == "publication" and not any(c.isdigit() for c in e.found.text)


_FAR_NOTE = "a year or more from the claim's date in an article that states it: likely another event's date"


def _far_date(e: Evidence, expect: DateExpect) -> bool:
    """Whether a disagreeing date is a year or more from the claim's (by its year), in an article
    that also states the claim's date: "On August 24, 2012, the man who killed 77 people in a July
    22, 2011, bombing …" dates the sentencing, not the attacks."""
    if e.stance != "conflicts":
        return False
    year = str(e.found.value)[:4]
    return year.isdigit() and abs(int(year) - expect.value.year) >= 1


_ATTACHED_NOTE = "the date may belong to another word of the sentence, not to the topic"
_CARRIED_NOTE = "the sentence does not name the topic: the date may be of something else it tells"
_OWNER_NOTE = "said of {}: a name the fact sheet never uses, maybe another occurrence"
_EITHER_NOTE = "one of two dates given as alternatives ('… or …'): neither is said to be the date"


def _alternatives(text: str, found: list[DateMention]) -> set[DateMention]:
    """Dates offered as alternatives ("their verdict on either July 20 or August 24", "the vote
    could be held on 23 June or 30 June"): what may be, not what was."""
    out: set[DateMention] = set()
    for a, b in pairwise(found):
        if text[a.end : b.start].strip().lower() in ALTERNATIVE_JOINERS:
            out.update((a, b))
    return out


def _another_period(art: Article, expect: DateExpect, item: Evidence) -> bool:
    """Whether a date the words do not tie to the claim's own verb lies in a year outside the scope
    window while the claim's own date lies inside it: two signs, each short of proof, that it
    dates something else ("passed into the service of Germanwings in January 2014", "the
    28-year-old" for a crash in 2015, "found guilty on three counts related to his purchase of a
    firearm in 2018", "the highest since the presidential election in 1969"); a claim of history
    outside the window ("built in 1967") is read as ever."""
    window = art.matcher.window
    if window is None or not _claim_in_window(window, expect):
        return False
    years = [int(y) for y in re.findall(r"\b(1\d{3}|2\d{3})\b", str(item.found.value))]
    return bool(years) and all(not window[0].year <= y <= window[1].year for y in years)


def _claim_in_window(window: tuple[dt.date, dt.date], expect: DateExpect) -> bool:
    """Whether the claim's date (its year, for a claim of a year) lies in the scope window."""
    value = expect.value
    if expect.precision == "year":
        return window[0].year <= value.year <= window[1].year
    if expect.precision == "month":
        return (window[0].year, window[0].month) <= (value.year, value.month) <= (window[1].year, window[1].month)
    return window[0] <= value <= window[1]


_OWNED_NOTE = "the weekday owns the topic's noun, which may be past or to come; read as past, it is the claim's date"


def _past_reading_agrees(art: Article, d: DateMention, expect: DateExpect) -> bool:
    """Whether a weekday owning the topic ("after Tuesday's earthquake"), read as to come by the
    sentence's future ("the cabinet will consider … after Tuesday's earthquake"), would be the
    claim's date read as past: the noun's own time is not the sentence's."""
    published = art.dating.published
    if published is None or d.weekday is None or d.day is not None or d.relative is not None:
        return False
    return dates_mod.resolve_weekday(d.weekday, None, published, future=False) == expect.value


_THEIRS_NOTE = "the date of claim '{}', whose topic the sentence names"


def _another_claims_day(art: Article, s: Sentence, d: DateMention, claim: Claim) -> str | None:
    """Another date claim of the fact sheet that the date agrees with, whose topic the sentence
    names: the date is that claim's event's, not a conflict of this one."""
    for other in art.other_claims_named(s, claim):
        if isinstance(other.expect, DateExpect):
            item = _date_item(art, s, d, other.expect)
            if item is not None and item.stance == "supports":
                return other.id
    return None


_TO_COME_NOTE = "told as still to come in an article written after the claim's date: another occasion"
_PLAN_NOTE = "told as still to come: a plan when written, which the event may not have kept"


_AHEAD_NOTE = "a date after the article was written: a plan or a forecast then, which the event may not have kept"


def _after_publication(art: Article, s: Sentence, first: int, item: Evidence) -> bool:
    """Whether the date found begins after the article's publication day, in a clause not told as
    past: the article could only tell it as a plan ("at his sentencing on May 4 next year", "the
    next date on the list of launch options falls on Monday, Sept. 5"), and plans move. Told as
    past ("The deal signed on October 26"), a later date is the article's error."""
    published = art.dating.published
    if published is None or art.tense(s, first) is False:
        return False
    begins = str(item.found.value).split(" to ")[0]
    parts = [int(p) for p in begins.split("-") if p.isdigit()]
    if not parts or len(parts) > 3:
        return False
    year, month, day = (*parts, 1, 1)[:3]
    try:
        return dt.date(year, month, day) > published
    except ValueError:
        return False


PLAN_VERBS = words("PLAN_VERBS")
PLAN_REACH = 8  # words from a plan's verb to its date: "targeted to close in the first half of next year"


def _a_year(text: str) -> bool:
    """Whether a word, or a date's text, is a year written alone: "2025", not "2025s" nor "25"."""
    return len(text) == 4 and text.isdigit()


def _range_link(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """The token of the year that a span of years starting at year token `i` ends on ("2025 to
    2031", "2025-2031", "2025–2031"), if it is one."""
    after = i + 1
    if after < len(tokens) and tokens[after].norm == current.RANGE_WORDS[0]:
        after += 1  # "2025 to 2031"
    elif after < len(tokens) and text[tokens[i].end : tokens[after].start].strip() not in current.RANGE_MARKS:
        return None
    return after if after < len(tokens) and _a_year(tokens[after].text) else None


def period_lead(text: str, tokens: Sequence[Token], d: DateMention, first: int) -> tuple[str, ...] | None:
    """The phrase of PERIOD_LEADS before a span of years that the bare year at token `first`
    begins or ends ("proclaimed Maduro president for 2025 to 2031", "para el periodo 2025–2031"):
    the period the act is for (a term, a season, a budget), not when it was done."""
    if d.month is not None or d.day is not None or first >= len(tokens) or not _a_year(tokens[first].text):
        return None
    start = first
    if _range_link(text, tokens, first) is None:  # the span's end: find its start
        start = next((k for k in (first - 2, first - 1) if k >= 0 and _range_link(text, tokens, k) == first), -1)
        if start < 0 or not _a_year(tokens[start].text):
            return None
    return phrase_before(tokens, start, PERIOD_LEADS)


def _planned(art: Article, s: Sentence, first: int) -> bool:
    """Whether the date's clause says it was planned ("Kelly is scheduled to be sentenced on May
    4, 2022", "targeted to close in the first half of next year"): the plan when written, which
    the event may not have kept (the sentencing came on 29 June)."""
    tokens = s.tokens
    clause = ClauseMap(art, s, range(first, first + 1))
    return any(
        tokens[k].norm in PLAN_VERBS and clause[k] == clause[first] for k in range(max(0, first - PLAN_REACH), first)
    )


def _still_to_come(art: Article, s: Sentence, first: int, expect: DateExpect) -> bool:
    """Whether the sentence tells its date as to come ("Scholz will be elected on December 6")
    in an article published after the claim's day, month or year had passed: what was still to
    come then is not the claim's event."""
    published = art.dating.published
    if published is None or published <= _claim_bounds(expect)[1]:
        return False
    return art.tense(s, first) is True or _told_to_come_in_its_clause(art, s, first)


def _told_to_come_in_its_clause(art: Article, s: Sentence, first: int) -> bool:
    """Whether the date's own clause shows the future before it ("López Obrador, quien será
    presidente de 2018 a 2024, recibió la banda"), however near a verb of another clause stands:
    the date is told as to come by its own clause's verb."""
    clause = ClauseMap(art, s, range(first, first + 1))
    own = clause[first]
    return any(s.tokens[k].norm in FUTURE_WORDS for r in clause.ranges(own) for k in range(r.start, min(r.stop, first)))


_PARTY_NOTE = "the topic's verb is done to {}, whom the claim does not name: it may be another occasion"
TITLE_WORDS = words(lambda lx: lx.TITLES + lx.TITLE_QUALIFIERS + lx.PARTY_LINKS)


def _another_party(art: Article, s: Sentence, topics: Spans, claim: Claim) -> str | None:
    """The person a topic verb is done to, when neither the claim's statement nor the story's
    event names them: "Kim had already met prime minister Lee Hsien Loong on Sunday" is another
    meeting than Trump and Kim's, "the jury convicted Kim Potter on Thursday" another trial. A
    fact of the sentence, worked out once for all its dates."""
    return art.memo(("party", s.index, claim.id), lambda: _party(art, s, topics, claim))


def _party(art: Article, s: Sentence, topics: Spans, claim: Claim) -> str | None:
    toks = s.tokens
    named = art.matcher.words[claim.id].names
    party = None
    for a, b in topics:
        if b - a != 1 or not is_finite_past(toks[a]):
            return None  # a noun ("the summit") or a phrase: what it is, not what was done
        j = b
        while j < len(toks) and toks[j].norm in TITLE_WORDS:
            j += 1  # "met prime minister Lee", "met with Lee"
        person = person_at(art, s, j, forward=True)
        if person is None or any(toks[k].norm in named for k in range(person.first, person.last)):
            return None
        party = person.name
    return party


_ACT_NOTE = "'{}' without the name of whose act it is: it may be another's"


def _whose_act(art: Article, s: Sentence, topics: Spans, claim: Claim) -> str | None:
    """The verb a sentence names the topic by alone, when the claim's statement says whose act it
    dates and the sentence names others but none of them: "a £10m renovation which completed in
    2016 … at the west London tower block" for the tower's completion, "Established in 1984 by
    Leonard Bosack" for another company's founding. A fact of the sentence, worked out once for
    all its dates."""
    return art.memo(("act", s.index, claim.id), lambda: _act(art, s, topics, claim))


def _act(art: Article, s: Sentence, topics: Spans, claim: Claim) -> str | None:
    toks = s.tokens
    words = art.matcher.words[claim.id]
    if not topics or not words.doers:
        return None
    if any((t.is_capitalised and t.norm in words.doers) or t.norm in words.doer_noun for t in toks):
        return None
    if in_quotation(art, s, toks[topics.spans[0][0]].start):
        return None  # "“Today, we successfully landed on Mars”": the speaker's own act
    if not all(b - a == 1 and toks[a].stem in words.events for a, b in topics):
        return None  # a noun or a name of the topic says whose it is
    if any(t.norm in ANAPHORS for t in toks):
        return None  # "it found the submarine last Friday", "Founded in 2004, it …": the sentence before's
    if not any(t.is_capitalised and t.norm not in CALENDAR for t in toks[1:]):
        return None  # "The building collapsed on Monday": a noun may stand for the statement's name
    return toks[topics.spans[0][0]].text


OWNED_REACH = 4  # words from "last week's" to the noun it dates: "last week's deadly highway bridge collapse"


def _event(art: Article, s: Sentence, first: int, last: int, topics: Spans, claim: Claim, possessive: bool) -> str:
    """What event a date in the topic's clause dates, for a claim whose topic names its event by
    a verb ("built", "opened"): "The bridge collapsed into the river on August 1, 2007" dates
    what the bridge did ("other"); "last week's deadly bridge collapse" and "had been warned as
    early as 1990" may date another of its events: the topic is there, its event is not
    ("unclear"). Claims named by a noun only ("the quake") are dated by whatever their
    sentence says happened to them ("topic")."""
    events = art.matcher.words[claim.id].events
    if not possessive and _an_agents_other_act(art, s, first, last, topics, claim):
        return "unclear"  # "A Connecticut jury yesterday ended its first full day of deliberations"
    tokens = s.tokens
    if not events:  # a claim named by nouns only in the article's language
        verb_named = art.matcher.words[claim.id].verb_named
        return "loose" if verb_named and _only_happened(art, s, first, last, topics) else "topic"
    if possessive:  # the noun the date owns: the last of the lower-case words after it
        j = last
        while j + 1 < min(len(tokens), last + OWNED_REACH) and tokens[j + 1].text.islower():
            j += 1
        return "topic" if j < len(tokens) and (j in topics.tokens or tokens[j].stem in events) else "unclear"
    clause = ClauseMap(art, s, range(first, last))
    own = clause[first]
    stretch = next(r for r in clause.ranges(own) if first in r)  # going back from the date, its clause ends here
    marked = art.memo(  # the words that say what a date in their clause dates, going back from it
        ("event words", s.index, claim.id),
        lambda: Marks(t.stem in events or i in topics.tokens or is_finite_past(t) for i, t in enumerate(tokens)),
    )
    word = marked.last(
        stretch.start, _where_before(tokens, stretch.start, first, topics.tokens)
    )  # not "his rented … mansion"
    if word is not None:
        if (
            word
            and tokens[word - 1].norm == current.INFINITIVE_MARKER
            and (tokens[word].stem in events or word in topics.tokens)
            and not _governed_by_an_event(tokens, word - 1, stretch.start, events)
        ):
            # "he reiterated his desire to complete the acquisition last week", "the CMA, which moved
            # to block the deal in April": what was wanted or moved to; the date is the wanting's,
            # as in "set out in 2016 to retrieve" below ("sued to block the merger in November" is
            # the claim's own act, suing)
            return "unclear"
        if tokens[word].stem in events:
            return "topic"
        if word in topics.tokens:
            verb = _governing_verb(tokens, word, clause)
            if (
                verb is not None
                and verb.stem not in events
                and verb.norm not in COPULA_WORDS
                and not _the_statements_act(art, claim, verb, tokens[word])
            ):
                return "unclear"  # "Musk closed the deal to buy Twitter on Thursday": the closing's day
            return "topic"
        # a finite past: the topic as that verb's subject ("The bridge collapsed … on Aug. 1, 2007"):
        # another event of the topic's thing; else ("Cheers erupted on Tuesday as …") not clear
        # ("Residents of the tower had been warned": the tower is not the one warned)
        subject = any(topics.heads.any(r.start, min(r.stop, word)) for r in clause.ranges(own))
        if subject and _happened(tokens, word, first):
            # "The disaster struck Friday", "His inauguration is scheduled to take place on 1 January":
            # the date is the event's; but a noun alone ("The announcement came late Thursday") may
            # name another of its kind, and a plan may have moved: evidence only when it agrees
            return "loose"
        return "other" if subject else "unclear"
    # what follows the date in its clause, or in the next one when the date opens the sentence
    # ("On September 9, a 6.9-magnitude earthquake hit Morocco"): its event after it
    fronted = first <= FRONTED_REACH and last < len(tokens) and clause[last] != own
    ahead = [*clause.ranges(own), *(clause.ranges(clause[last]) if fronted else ())]
    naming = art.memo(
        ("event named", s.index, claim.id),
        lambda: Marks(t.stem in events or i in topics.tokens for i, t in enumerate(tokens)),
    )
    found = [at for r in ahead if (at := naming.first(max(r.start, last), r.stop)) is not None]
    named = min(found, default=None)
    if named is not None and not fronted and tokens[named - 1].norm == current.INFINITIVE_MARKER:
        # "The spacecraft set out in 2016 to retrieve material": the date is the setting out's, where
        # a fronted date dates the whole clause ("Last month, the team were shocked to find …")
        return "unclear"
    return "topic" if named is not None else "unclear"  # "ties with Venezuela that were severed in 2019"


HAPPENED = phrase_table("HAPPENED_PHRASES")


def _only_happened(art: Article, s: Sentence, first: int, last: int, topics: Spans) -> bool:
    """Whether the last verb before the date in its clause only says that the topic, its subject,
    happened then ("La tragedia ocurrió el jueves"), for a claim the fact sheet names by a verb
    ("collapsed") in another language than the article's: read as "The disaster struck Thursday"
    is for it in English (_event), evidence only when it agrees, since the noun may name another
    of its kind."""
    tokens = s.tokens
    clause = ClauseMap(art, s, range(first, last))
    own = clause[first]
    stretch = next(r for r in clause.ranges(own) if first in r)
    verb = next((k for k in range(first - 1, stretch.start - 1, -1) if is_finite_past(tokens[k])), None)
    if verb is None or verb in topics.tokens:
        return False
    subject = any(topics.heads.any(r.start, min(r.stop, verb)) for r in clause.ranges(own))
    return subject and _happened(tokens, verb, first)


def _happened(tokens: Sequence[Token], verb: int, first: int) -> bool:
    """Whether the words from the verb at token `verb` to the date at `first` only say that the
    topic, their subject, happened or is set to happen then (HAPPENED_PHRASES: "struck", "took
    place", "came in", "is scheduled for"), with nothing but the date's glue and a time of day
    after them: the date is the topic's own, not another act of the topic's thing ("The bridge
    collapsed on Aug. 1", for when it was built). A verb with an object ("struck a reef") is not."""
    k = _where_before(tokens, verb + 1, first)  # "took place in Odisha's Balasore on June 2": past where
    while k > verb and (tokens[k - 1].norm in DATE_GLUE or _of_a_clock(tokens[k - 1])):
        k -= 1  # "came in around 3:15 p.m. Eastern on Monday": past the date's glue and its hour
    said = phrase_before(tokens, k, HAPPENED)
    return said is not None and k - len(said) <= verb < k


AGENT_NOUNS = words("AGENT_NOUNS")
STATEMENT_FUNCTION_WORDS = words("ENGLISH_FUNCTION_WORDS")  # the statement's words that say what no act is about
ACT_REACH = 2  # glue words between an agent (or the date after it) and its verb: "the jury on Friday ended"
AGENT_REACH = 8  # words between an agent and its act's date: "Last year, Disney Chairman and CEO Bob Iger"


def _an_agents_other_act(art: Article, s: Sentence, first: int, last: int, topics: Spans, claim: Claim) -> bool:
    """Whether the topic, when it is one who acts (a person the claim is about, a jury, a
    commission: AGENT_NOUNS), does an act in the date's clause whose verb and what it is done to
    are both missing from the claim's statement: "A Connecticut jury yesterday ended its first full day
    of deliberations" (the claim: the jury returned its verdict), "Last year, Disney Chairman and
    CEO Bob Iger emphasized the benefits of the takeover" (he agreed to remain CEO), "The European
    Commission last month asked customers" (it cleared the deal). An agent does many things; the
    date is that act's, which may not be the claim's event."""
    tokens = s.tokens
    said = art.matcher.words[claim.id]
    clause = ClauseMap(art, s, range(first, last))
    own = clause[first]
    fronted = first <= FRONTED_REACH and last < len(tokens) and clause[last] != own  # "Last year, Iger emphasized"
    stretches = [*clause.ranges(own), *(clause.ranges(clause[last]) if fronted else ())]
    near = [
        span
        for r in stretches
        for k in topics.starts.within(max(r.start, first - AGENT_REACH), min(r.stop, last + AGENT_REACH))
        for span in topics.starting(k)
    ]  # the agent stands by its act's date: a long sentence costs no more per date
    for a, b in near:
        if not topics.heads.any(a, a + 1):
            continue
        person = said.person and all(t.is_capitalised for t in tokens[a:b])
        if not person and not any(t.norm in AGENT_NOUNS for t in tokens[a:b]):
            continue
        verb, glue = b, 0
        while verb < len(tokens) and (first <= verb < last or tokens[verb].norm in DATE_GLUE) and glue <= ACT_REACH:
            glue += not first <= verb < last
            verb += 1  # past the date or its glue: "The European Commission last month asked"
        if verb >= len(tokens) or clause[verb] != clause[a] or not is_finite_past(tokens[verb]):
            continue
        if tokens[verb].norm in COPULA_WORDS or tokens[verb].norm in current.PAST_MARKERS:
            continue  # "the jury was", "the jury had reached": the act is the word after
        done_to = range(verb + 1, min(len(tokens), verb + 1 + OBJECT_REACH))
        named = [
            t
            for k in (verb, *done_to)
            if clause[k] == clause[verb] and not first <= k < last
            for t in (tokens[k],)
            if t.text.isalpha() and t.norm not in STATEMENT_FUNCTION_WORDS
        ]
        if not any(
            t.stem in said.said or t.stem in said.events or t.stem in said.topic or t.norm in said.names for t in named
        ) and not any(k in topics.tokens for k in done_to):
            return True
    return False


INFINITIVE_REACH = 4  # words from a verb to the infinitive that depends on it: "announced its intention to"


def _governed_by_an_event(tokens: Sequence[Token], to: int, start: int, events: frozenset[str]) -> bool:
    """Whether the verb an infinitive (its marker at token `to`) depends on is one of the claim's
    event verbs: "sued to block the merger", "announced its intention to acquire Monsanto"."""
    verb = next(
        (k for k in range(to - 1, max(start, to - INFINITIVE_REACH) - 1, -1) if is_finite_past(tokens[k])), None
    )
    return verb is not None and tokens[verb].stem in events


OBJECT_REACH = 5  # words between a verb and the noun it acts on: "closed the USD 44-billion deal"
OBJECT_OPENERS = words(lambda lx: (*lx.DETERMINERS, *lx.POSSESSIVES))


def _governing_verb(tokens: Sequence[Token], i: int, clause: ClauseMap) -> Token | None:
    """The verb whose object the topic's noun is, its noun phrase opened by a determiner: a
    finite past ("closed the deal", "completed its takeover", "mulled over their verdict") or an
    infinitive ("sent jurors out to consider their verdicts"): the date then dates that act.
    "pronounced Jackson dead" has no object phrase: the topic is what was said of him."""
    for k in range(i - 1, max(0, i - 1 - OBJECT_REACH), -1):
        if clause[k] != clause[i] or clause[k - 1] != clause[i]:
            return None
        if tokens[k].norm not in OBJECT_OPENERS:
            continue
        verb = k - 1 - (k > 1 and tokens[k - 1].norm in VERB_PARTICLES)  # "mulled over their verdict"
        if is_finite_past(tokens[verb]) or (verb and tokens[verb - 1].norm == current.INFINITIVE_MARKER):
            return tokens[verb]
    return None


def _the_statements_act(art: Article, claim: Claim, verb: Token, noun: Token) -> bool:
    """Whether a verb and the topic's noun it governs are the act the claim's statement dates,
    both among its words: "returned the verdicts on Thursday" for "The jury returned its verdicts
    on Wednesday", "signed the agreement on Monday" for "signed the agreement on 26 September";
    not "closed the deal" for a statement that never says "closed"."""
    said = art.matcher.words[claim.id].said
    return is_finite_past(verb) and verb.stem in said and noun.stem in said  # not "to win the title"


VERB_PARTICLES = words("VERB_PARTICLES")


FRONTED_REACH = 2  # words before a date that opens its sentence: "On", "Last", "In early"
SPEAKER_REACH = 5  # words of a speaker between a fronted date and their verb: "major news outlets reported"


def _fronted(art: Article, s: Sentence, first: int, last: int) -> bool:
    """Whether the date opens its sentence, set off by a comma ("In April 2022, the CMA blocked
    the deal", "Last December, Disney made an initial offer"): it dates the whole clause after it."""
    tokens = s.tokens
    return first <= FRONTED_REACH and last < len(tokens) and "," in art.text[tokens[last - 1].end : tokens[last].start]


def _dates_a_statement(art: Article, s: Sentence, first: int, last: int, topic: frozenset[int] = frozenset()) -> bool:
    """Whether the date at tokens [first, last) dates a statement, not an event: by its speech
    verb ("the White House said on Monday", attribution.statement_word), or opening its
    sentence, set off by a comma, before what its subject then says ("On February 11, 2016, major
    news outlets reported that … humankind had detected gravitational waves"). Not when that
    verb is one of the topic's words (`topic`, token indices): "Kroger earlier this month
    announced", "In May, Walmart announced", for a claim about the announcement, date the topic."""
    tokens = s.tokens
    word = attrib.statement_word(tokens, first, last)
    if word is not None:
        return word not in topic
    if not _fronted(art, s, first, last):
        return False
    clause = ClauseMap(art, s, range(first, last))
    for k in range(last, min(len(tokens), last + SPEAKER_REACH + 1)):
        if clause[k] != clause[last]:
            return False
        if tokens[k].norm in attrib.SPEECH_VERBS:
            return k > last and k not in topic  # a speaker before the verb: "On Monday, said …" is no statement's date
    return False


FRAME_WORDS = words(lambda lx: (*lx.FRAME_PREPOSITIONS, *lx.FRAME_LEADS))


def _within(tokens: Sequence[Token], start: int, end: int, hit: tuple[int, int]) -> bool:
    """Whether the text [start, end) lies inside the topic's words (a figure in "magnitude 7.1")."""
    a, b = hit
    return b > a and tokens[a].start <= start and end <= tokens[b - 1].end


COPULA_WORDS = words("COPULAS")
ATTRIBUTIVE_REACH = 3  # words from a year to the noun it modifies: "the 1915 general theory"


def _attributive_date(tokens: Sequence[Token], d: DateMention, first: int, last: int, topics: Spans) -> bool:
    """Whether a bare year, or a day without its year, stands before a noun as its modifier, after
    a determiner or a possessive ("Einstein's 1915 general theory", "the 2016 election", "a 2019
    report", "the Jan. 6 attack"), and the noun is not the topic: the date is that noun's."""
    day = d.year is None and d.month is not None and d.day is not None and d.weekday is None
    if not (_a_year(d.text) or day) or first == 0 or last >= len(tokens):
        return False  # a bare year or a day: "the 1994 treaty", "the Jan. 6 attack"
    before, after = tokens[first - 1], tokens[last]
    if before.norm in DATE_ARTICLES:
        return False  # Spanish "en el 2004 contra Constand": the article of the year itself
    if not (before.norm in DETERMINERS or before.text.endswith(current.POSSESSIVE_ENDINGS)):
        return False
    if first >= 2 and tokens[first - 2].norm in COPULA_WORDS:
        return False  # "the Merida Initiative, which is a 2008 pact": the noun stands for the topic
    if last + 1 < len(tokens) and (after.text.isupper() or is_country_adjective(after.norm)):
        after = tokens[last + 1]  # "the 2016 US presidential election", "the 2014 French Open"
    if not (after.text.isalpha() and after.text.islower()):
        return False
    run = range(last, min(len(tokens), last + ATTRIBUTIVE_REACH))
    return not any(i in topics.tokens for i in run)


_NOUN_DATE_NOTE = "the date of '{}', another noun than the topic: maybe another event's"
NOUN_DATE_REACH = 3  # words of the noun a date after "on" closes: "over the Balasore rail accident on Wednesday"


def _closing_noun_date(art: Article, s: Sentence, first: int, last: int, topics: Spans) -> str | None:
    """The noun a date ends its clause after, past "on" ("del" in Spanish), when a determiner opens
    that noun inside the sentence and no topic word is in it ("it's the longest sentence to date
    over the unrest on Jan. 6, 2021.", "an inquiry into the crash on Sunday."): the noun's day, as
    a date before a noun is ("the Jan. 6 attack"), which may be another event's; None otherwise.
    A noun that opens its sentence is its subject, whose verb the date may come before ("The jury
    on Tuesday convicted …"), a date followed by more words may date what follows, and after the
    topic's own verb the noun is where or on what it acted ("crashed into the asteroid Dimorphos on
    27 September"): the date is the verb's."""
    tokens = s.tokens
    if first < 3 or tokens[first - 1].norm != current.NOUN_DAY_LINK:
        return None
    if last < len(tokens) and not art.text[tokens[last - 1].end : tokens[last].start].strip(" ").startswith((",", ";")):
        return None
    for det in range(first - 2, max(0, first - 2 - NOUN_DATE_REACH), -1):
        if tokens[det].norm in DETERMINERS:
            noun = range(det + 1, first - 1)
            if not noun or any(
                k in topics.tokens or is_past_form(tokens[k].norm) or tokens[k].norm in DAY_PARTS for k in noun
            ):
                return None  # "la noche del 3 de mayo": a part of the day is the date's own
            if any(k < det and is_past_form(tokens[k].norm) for k in topics.tokens):
                return None  # "splashed down in the Pacific on Monday": the topic's verb, whose day it is
            return art.text[tokens[det + 1].start : tokens[first - 2].end]
    return None


def _modifies_the_topic(tokens: Sequence[Token], d: DateMention, first: int, last: int, topics: Spans) -> bool:
    """Whether a bare year, or a day without its year, stands before the topic's own noun as its
    modifier, after a definite article or an owner and maybe the noun's adjectives ("the massive March 6
    earthquakes", "since its 2009 founding"): the date is the topic's, as in "Tuesday's quake",
    not a word of the sentence's that may be another's (the other nouns: _attributive_date)."""
    day = d.year is None and d.month is not None and d.day is not None and d.weekday is None
    if not (_a_year(d.text) or day) or first == 0:
        return False
    k = first - 1
    while (
        k > max(0, first - 1 - ATTRIBUTIVE_REACH)
        and _a_plain_word(tokens[k])
        and not (_opens_a_noun(tokens[k]) or tokens[k].norm in DETERMINERS)
    ):
        k -= 1  # "the massive March 6 earthquakes": the noun's adjectives before the date
    if not _opens_a_noun(tokens[k]) or (k == first - 1 and tokens[k].norm in DATE_ARTICLES):
        return False  # "en el 2004": the article of the year itself
    run = range(last, min(len(tokens), last + ATTRIBUTIVE_REACH))
    noun = next(  # "founding", "deadly earthquakes", up to a mark ("its 2009 founding — while it fights")
        (j for j in run if not _a_plain_word(tokens[j]) or tokens[j].start - tokens[j - 1].end > 1), run.stop
    )
    return any(j in topics.tokens for j in range(last, noun))


def _a_plain_word(t: Token) -> bool:
    return t.text.isalpha() and t.text.islower()


def _opens_a_noun(t: Token) -> bool:
    """A definite article or an owner: "the", "its", "Turkey's"; after "a" the noun is one not
    known yet ("he will avoid the need for a June 15 runoff"), maybe another occurrence."""
    return t.norm in DEFINITE_ARTICLES or t.norm in POSSESSIVE_WORDS or t.text.endswith(current.POSSESSIVE_ENDINGS)


def began_at(tokens: Sequence[Token], since: int) -> bool:
    """ "in force since 2004", "operating since 2004": the start of the topic itself."""
    return follows(tokens, since, SINCE_STATES)


SINCE_REACH = 3  # words between a topic and its "since": "has trapped 33 miners since last Thursday"


def _topic_since(art: Article, s: Sentence, since: int, topics: Spans) -> bool:
    """Whether "since" follows the topic itself in its clause, past at most an object or a place
    and no verb of another subject ("was on the job since September 2013", "was First Officer at
    Germanwings since", "has trapped 33 miners since last Thursday"): the date is when the topic
    began, not a bound of another period ("talks on the pact have stalled since 2016"), nor of its
    serving ("has been serving a 25-year prison sentence since 2007": SERVING_WORDS)."""
    toks = s.tokens
    clause = art.clauses(s).ids
    return any(
        clause[a] == clause[since]
        and not any(is_finite_past(toks[i]) for i in range(b, since))
        and not any(t.norm in RANKS for t in toks[max(0, a - RANK_REACH) : a])
        and not any(t.norm in RANKS for t in toks[b:since])  # "the quake was the deadliest since 1960"
        and not any(t.norm in SERVING for t in toks[max(0, a - SERVING_REACH - 1) : a])  # "serving a sentence since"
        for b in range(since - SINCE_REACH, since + 1)
        for a, _ in topics.ending(b)
    )


SERVING = words("SERVING_WORDS")
SERVING_REACH = 4  # words between a verb of serving and the topic's noun: "serving a 25-year prison sentence"
RANK_MARKERS = words("RANK_MARKERS")
RANKED_SINCE_REACH = 8  # words from a ranking topic to its "since": "worst election result, in terms of seats, since"


def _rank_since(tokens: Sequence[Token], since: int, topics: Spans) -> bool:
    """Whether "since" ends the noun phrase of a topic that is itself a rank ("Labour suffered their
    worst election result, in terms of seats, since 1935", "the most violent explosion of Fuego
    volcano since 1974", for a claim about the worst since when): the year is the one the rank
    reaches back to, the claim's own, past the ranked noun's complements and asides, with no
    verb between (a verb opens another clause, whose period "since" may bound)."""
    return any(
        any(t.norm in RANKS or t.norm in RANK_MARKERS for t in tokens[a:b])
        and not any(is_past_form(t.norm) for t in tokens[b:since])
        for b in range(max(0, since - RANKED_SINCE_REACH), since + 1)
        for a, _ in topics.ending(b)
    )


# Words that rank the topic against its kind, which makes "since" the last time before: "the
# deadliest quake since 1960", "the quake was the deadliest since 1960", "the first
# calendar-year Grand Slam since 1969" (the quake and the Grand Slam did not begin in 1960 or 1969).
RANKS = words(lambda lx: (*lx.SUPERLATIVES, *lx.NOVELTY_WORDS["first"]))
RANK_REACH = 3  # words from the rank to the topic: "the first calendar-year Grand Slam"


class ClauseMap:
    """The clause of every token as a date's rules read them: the sentence's clauses (worked out
    once, Article.clauses) with the marks inside the date's own tokens breaking nothing ("August
    5, 2010"), and a short subject joined to its verb past a phrase set off by commas ("The
    Riverside Bridge, planned since 2011, opened on 17 May": the subject's clause goes on after
    the phrase). A view, not a list: each lookup costs the same however long the sentence."""

    def __init__(self, art: Article, s: Sentence, keep: range) -> None:
        base = art.clauses(s)
        self.base, n = base, len(base.ids)
        self.low = self.high = -1  # the base clauses the date's own tokens join into one
        if keep and keep.start < n:
            self.low, self.high = base.ids[keep.start], base.ids[min(keep.stop, n) - 1]
        self.count = self._merged(base.ids[-1]) + 1 if n else 0
        self.joined = (
            self.count >= 3
            and self._start(1) - self._start(0) <= SUBJECT_WORDS
            and s.tokens[self._start(2)].norm not in CLAUSE_OPENERS
        )

    def _merged(self, c: int) -> int:
        if self.low < 0 or c <= self.low:
            return c
        return self.low if c <= self.high else c - (self.high - self.low)

    def _base(self, c: int) -> tuple[int, int]:
        """The base clauses [first, last] that clause c (before joining) spans."""
        if self.low < 0 or c < self.low:
            return c, c
        return (c, self.high) if c == self.low else (c + self.high - self.low,) * 2

    def _start(self, c: int) -> int:
        return self.base.starts[self._base(c)[0]]

    def __getitem__(self, k: int) -> int:
        c = self._merged(self.base.ids[k])
        return 0 if self.joined and c == 2 else c

    def __len__(self) -> int:
        return len(self.base.ids)

    def index(self, c: int) -> int:
        """The first token of clause c."""
        return self._start(c)

    def ranges(self, c: int) -> list[range]:
        """The tokens of clause c, in order: one stretch, or two for a subject joined to its verb."""
        if c >= self.count or (self.joined and c == 2):
            return []
        parts = [c, 2] if self.joined and c == 0 else [c]
        return [range(self.base.starts[self._base(p)[0]], self.base.ends[self._base(p)[1]]) for p in parts]


def _attachment(art: Article, s: Sentence, claim: Claim, first: int, last: int, topics: Spans) -> str:
    """What a date in a sentence naming the topic dates: "topic", "other" (a verb of another
    clause: "bid farewell Monday by grieving relatives", with the quake named elsewhere),
    "unclear" ("Results from the EU referendum on Friday": the results' or the referendum's), or
    "loose" (the topic named earlier, the date in a clause nothing ties to it: evidence only
    when it agrees, since a date that disagrees may be any other event's)."""
    if not topics:
        return "topic"  # a sentence that carries the topic on ("It struck on Tuesday")
    toks = s.tokens
    if not in_quotation(art, s, toks[first].start) and art.memo(
        ("quoted topic", s.index, claim.id), lambda: all(in_quoted_sentence(art, s, toks[a].start) for a, _ in topics)
    ):
        return "other"  # "On June 25, the judge entered the order, “As to … the verdict …”": the quoting
    if _undoes_the_topic(art, s, first, last, topics, claim):
        return "other"  # "In October 2018, the Supreme Court annulled the pardon": the annulment's date
    clause = ClauseMap(art, s, range(first, last))
    own = clause[first]
    stretches = clause.ranges(own)
    if any(topics.starts.any(r.start, r.stop) for r in stretches):
        glue = _glue_before(art, s, first)  # only glue words stand between tokens [glue, first) and the date
        for b in topics.ends_within(glue, first + 1):
            for a, _ in topics.ending(b):
                if clause[a] == own and completes_a_noun(art, s, a):
                    return "unclear"
        if dates_the_verb(art, s, clause, first, last, topics) and not _says_it_of_a_named_person(
            art, s, clause, last, topics, claim
        ):
            return "other" if _another_act(art, s, clause, first, last, topics, claim) else "unclear"
        if _topics_end_before(toks, clause, own, topics, first):
            return "unclear"  # "found guilty of the manslaughter of his girlfriend Reeva Steenkamp last year"
        start = clause.index(own)
        topic = min(j for r in stretches if (j := topics.starts.first(r.start, r.stop)) is not None)
        if (
            topic >= last
            and _not_glue(art, s).count(start, first) > SUBJECT_WORDS
            and not _finite_pasts(art, s).any(last, topic)
        ):  # past a short subject ("Jurors on Thursday found him guilty") the date ends another phrase
            return "unclear"  # "a 40% premium over the company's closing price on Friday and the biggest deal"
        return "topic"
    # A date standing alone before the first comma ("On Tuesday, the quake struck") dates the
    # main clause: the topic's, unless the topic is only in a clause that another word opens.
    line_start = max(_line_start(art, s, toks[first].start), _dateline(art, s))  # a heading's words, a dateline's
    if describes_topic(toks, clause, own, topics):
        start = clause.index(own)
        if toks[start].norm in RELATIVE_OPENERS and _own_subject(toks, start + 1):
            return "unclear"  # "the meeting, which the president cancelled last month": his act
        return "topic"
    on_line = bisect_left(toks, line_start, key=BY_START)  # the first token on the date's line
    opened = on_line
    while opened < first and toks[opened].norm in DISCOURSE:
        opened += 1  # "But in November 2022,", "Y el 5 de octubre,": a word that only links it to the last sentence
    untimed = _not_time(art, s)  # "At 7:20 a.m. EST on December 25,", "Early Tuesday morning,": the date alone
    alone = not any(untimed.any(max(r.start, opened), min(r.stop, first)) for r in stretches)
    # after it, a part of the day only: a clock after a date at a line's start is a page's stamp ("29 May 2022 11:34")
    alone = alone and not any(_not_day_part(art, s).any(last, r.stop) for r in stretches if r.start <= last < r.stop)
    earlier = [j for r in stretches if r.start < first for j in (min(r.stop, first) - 1,)]  # the last before it
    # a bracketed "(Jun 10)" has no earlier word in its clause: not fronted
    fronted = own == 0 or (bool(earlier) and toks[max(earlier)].start < line_start)
    fronted = fronted or 0 < on_line == stretches[0].start  # the clause opens the line: "MINNEAPOLIS — On Monday,"
    if alone and fronted:  # a fronted date dates the main clause
        after = next((r.stop for r in stretches if r.start <= first < r.stop), len(toks))
        main_clause = clause[after] if after < len(toks) else own + 1  # past a dateline, the sentence's
        if _a_statement(toks, clause, main_clause, topics.tokens):
            return "other"  # "On Monday, the White House said the leaders would meet on June 12"
        main = [
            (a, b) for a, b in topics if not (a and toks[a - 1].norm in SUBJECT_RELATIVES)
        ]  # "On Thursday, Perseverance, a rover that launched in July 2020, will land": not the main verb
        if not any(toks[clause.index(clause[a])].norm not in CLAUSE_OPENERS for a, _ in main):
            return "other"
        if all(completes_a_noun(art, s, a, COMPLEMENT_LINKS) for a, _ in main):
            return "unclear"  # "On June 23, the EC accepted … a condition for the closing of the merger"
        return "topic"
    if alone:
        return "unclear"  # a date set off on its own: which clause it dates is not said
    if _brought_about(art, s, clause, last, topics, claim):
        return "brought about"
    if _goes_on(art, s, clause, own, first, topics):
        return "topic"  # "Santos signed the deal with Londono, known as Timochenko, in Cartagena on September 26"
    if toks[0].norm in FRAME_WORDS and any(topics.starts.any(r.start, r.stop) for r in clause.ranges(0)):
        return "unclear"  # "In a hard-fought referendum ..., voters decided Thursday": the frame's event?
    when = next((k for k in range(last, min(len(toks), last + WHEN_REACH + 1)) if toks[k].norm in DATING_WHEN), None)
    if topics.starts.any(0, first) or (when is not None and topics.starts.any(when + 1, len(toks))):
        # "Santos signed the deal with the leader of the FARC Rodrigo Londono, better known by his
        # nom de guerre Timochenko, in the Caribbean city of Cartagena on September 26", "at his
        # sentencing, set for June 27": the topic named before the date, in a clause the reading
        # above cannot tie to it; an agreeing date is the topic's, another may be anything's. So
        # with a clause after the date that names the topic and says when ("a shock defeat Sunday
        # when they voted", "a black Sunday for Kenya, when the country lost 32 … in the crash").
        return "loose"
    return "other"


ACT_CLAUSE_LEADS = words("ACT_CLAUSE_LEADS")
ACT_CLAUSE_FORMS = sequence(lambda lx: lx.ACT_CLAUSE_FORMS)
ACT_CLAUSE_REACH = 14  # words from the act's verb to the date that closes its clause


def _closes_an_act_clause(art: Article, s: Sentence, claim: Claim, first: int, topics: Spans) -> bool:
    """Whether the date at token `first` closes a clause that a preposition of ACT_CLAUSE_LEADS
    opens with a verb of another act after the topic: "sued the former president for raping her
    in a dressing room … in 1996", "his conviction of lying to police about a staged hate crime in
    Jan. 2019", "jailed for shooting dead girlfriend Reeva Steenkamp on Valentine's Day last year".
    That clause tells the charge or the cause, and the date is its act's. The verb is none of the
    claim's own, no topic word stands between it and the date, and no mark, clause word or verb
    of its own tense sets the date apart ("for the merger, which closed in May")."""
    toks = s.tokens
    lo = max(1, first - ACT_CLAUSE_REACH)
    for v in range(first - 1, lo - 1, -1):
        t = toks[v]
        if topics.covering(v) or t.norm in CLAUSE_OPENERS or t.norm in SUBJECT_RELATIVES:
            return False
        if is_finite_past(t) and toks[v - 1].norm not in DETERMINERS:
            return False  # "for raping her and was arrested in 2023": a verb of its own; not "a staged hate crime"
        verb_form = t.text.islower() and t.norm.endswith(ACT_CLAUSE_FORMS.tuple())
        if not (verb_form and toks[v - 1].norm in ACT_CLAUSE_LEADS):
            continue
        if t.stem in _claim_verbs(art, claim):
            return False
        return bool(topics.ends_within(0, v)) and NO_MARK_RE.fullmatch(art.text, t.end, toks[first].start) is not None
    return False


def _undoes_the_topic(art: Article, s: Sentence, first: int, last: int, topics: Spans, claim: Claim) -> bool:
    """Whether the date at tokens [first, last) dates a verb of UNDOING_VERBS whose object the topic
    is, rather than the topic: before the verb with no other finite past between ("In October
    2018, the Supreme Court annulled the pardon", "the court on Wednesday overturned his
    conviction") or right after the object, past glue only ("overturned his conviction in June").
    A date between the verb and its object describes the object ("overturned his 2020 rape
    conviction"): the topic's. A claim whose own words undo is not undone by them. (A date right
    after the verb, "was overturned in June", already dates that verb: `dates_the_verb`.)"""
    tokens, marks = s.tokens, art.word_marks(s, UNDOING)
    if not marks.any(0, len(tokens)):
        return False
    verbs = _claim_verbs(art, claim)
    glue = _glue_before(art, s, first)
    pasts, reach = _finite_pasts(art, s), current.UNDOING_REACH
    for v in marks.within(0, len(tokens)):
        if topics.covering(v) or tokens[v].stem in verbs:
            continue
        objects = [
            (a, b)
            for k in topics.starts.within(v + 1, min(len(tokens), v + reach + 2))
            for a, b in topics.starting(k)
            if not pasts.any(v + 1, a) and NO_MARK_RE.fullmatch(art.text, tokens[v].end, tokens[a].start)
        ]
        if not objects:
            continue
        if last <= v and not pasts.any(last, v):
            return True
        if any(glue <= b <= first for _, b in objects):
            return True
    return False


def _says_it_of_a_named_person(
    art: Article, s: Sentence, clause: ClauseMap, last: int, topics: Spans, claim: Claim
) -> bool:
    """Whether the verb right after a date (ending at token `last`) says the topic of a person the
    claim names, its object: "Jurors on Thursday found former officer Derek Chauvin guilty", "A jury
    on Tuesday found former president Donald Trump liable", "declared William Ruto the winner". The verb's
    act is the topic (the finding is the verdict), and so is its date; "cleared the $9.7 billion
    deal" or "found him guilty" name no one the claim does, and stay unclear."""
    tokens = s.tokens
    verb = _not_glue(art, s).first(last, len(tokens))
    if verb is None or clause[verb] != clause[last - 1] or not is_finite_past(tokens[verb]):
        return False
    j = verb + 1
    while j < min(len(tokens), verb + 1 + OBJECT_REACH) and tokens[j].text.isalpha() and tokens[j].text.islower():
        j += 1  # "found former officer Derek Chauvin": what the object is before its name
    person = person_at(art, s, j, forward=True)
    if person is None or clause[person.last - 1] != clause[verb]:
        return False
    if not any(tokens[k].norm in art.matcher.words[claim.id].names for k in range(person.first, person.last)):
        return False
    k = person.last
    while k < len(tokens) and tokens[k].norm in DETERMINERS:
        k += 1  # "declared William Ruto the winner"
    return bool(topics.starting(k)) and clause[k] == clause[verb]


ASIDES = 1  # clauses without a verb between a date's and the verb it goes on: "Santos signed the deal with
# Londono, better known as Timochenko, in Cartagena on September 26"; more is a list ("in Lahaina, Maui, Hawaii")


PARTICIPLE_ENDINGS = per_language(
    lambda lx: tuple(e for e in (*lx.PERFECT_PARTICIPLE_ENDINGS, lx.PRESENT_PARTICIPLE_ENDING) if e)
)
PARTICIPLE_LENGTH = 5  # the shortest participle read by its ending: "dicho", "going"


def _participle(t: Token) -> bool:
    """A lower-case word with a participle's ending ("computadas", "following"): a verb the
    date after it may go on, in a phrase otherwise without one."""
    return (
        t.text.islower()
        and len(t.norm) >= PARTICIPLE_LENGTH
        and t.norm.endswith(PARTICIPLE_ENDINGS())
        and t.norm not in DATE_GLUE  # "during the night from Sunday to Monday"
    )


def _goes_on(art: Article, s: Sentence, clause: ClauseMap, own: int, first: int, topics: Spans) -> bool:
    """Whether the date's clause, opened by no clause word and with no verb of its own, goes on
    the last clause before it that has one (a finite past), past asides without one, and that
    clause names the topic: "which opened its first store in Austin, Texas, back in 1980", "the liftoff of
    NASA's Space Launch System (SLS) rocket on Nov. 16", "splashed down off the coast of
    Pensacola, Florida at 2:48 p.m. EDT on Sunday, August 2". A comma or a bracket set the aside
    off; the date is still the verb's. Not when that clause has a date of its own ("burned
    several days ago, in Lahaina, Maui, Hawaii on August 10": a caption's), when a clause with a
    verb follows the date's, which may open it ("and, for a few moments late on Monday night, he
    was"), past more than ASIDES asides, when a participle stands before the date in its phrase,
    or when the date is told as to come ("que concluirán hoy 6 de junio")."""
    toks = s.tokens
    pasts = _finite_pasts(art, s)
    start = toks[clause.index(own)].norm
    if start in CLAUSE_OPENERS or start in SUBJECT_RELATIVES or art.tense(s, first) is True:
        return False
    if any(_participle(t) for r in clause.ranges(own) for t in toks[r.start : min(r.stop, first)]):
        return False  # "las actas computadas este jueves", "following the events of the Jan. 6"
    if any(pasts.any(r.start, r.stop) for r in clause.ranges(own)) or any(
        is_finite_past(toks[i]) or toks[i].norm in COPULA_WORDS or toks[i].norm in current.PAST_MARKERS
        for r in clause.ranges(own + 1)
        for i in r
    ):
        return False
    for c in range(own - 1, max(-1, own - 1 - ASIDES - 1), -1):
        stretches = clause.ranges(c)
        if any(pasts.any(r.start, r.stop) for r in stretches):
            dated = any(
                r.start <= token_range(toks, d.start, d.end)[0] < r.stop for d in art.values(s)[0] for r in stretches
            )
            return not dated and any(topics.starts.any(r.start, r.stop) for r in stretches)
    return False


RESULT_GERUNDS = words("RESULT_GERUNDS")
RESULT_REACH = OBJECT_REACH + 1  # from a gerund to its topic: "breaking his own pole vault world record"
NO_MARK_RE = re.compile(r"[^,;:()\[\]\"“”—–]*")  # text without a mark that sets a phrase off


def _brought_about(art: Article, s: Sentence, clause: ClauseMap, last: int, topics: Spans, claim: Claim) -> bool:
    """Whether the phrase after the date's clause, past its comma, opens with a gerund that says
    the topic came about by that clause's act, then: the gerund is the claim's own verb
    ("slammed the door … on Tuesday, convicting the former leader", "shook the video game
    universe on Tuesday, announcing that it's acquiring Activision"), or one that brings the topic
    about as its object (RESULT_GERUNDS: "rose into the air … on Monday, achieving the first
    powered flight", "on Sunday brought down the curtain …, breaking his own world record"). The
    date's clause opens with no clause word; the phrase has no date of its own; the date is not
    told as to come. A gerund that only names the topic's noun ("meeting", "hearing") or acts on
    it ("calling off the summit") says nothing of when the topic was."""
    toks, base = s.tokens, clause.base
    nxt = base.ids[last - 1] + 1  # the sentence's own clauses: a phrase after a short subject is joined to none here
    if nxt >= len(base.starts) or art.tense(s, last - 1) is True:
        return False
    phrase = range(base.starts[nxt], base.ends[nxt])
    g = phrase.start
    if art.text[toks[g - 1].end : toks[g].start].strip() != ",":
        return False  # the phrase right after the date's clause, set off by a comma
    gerund = toks[g]
    if not (gerund.text.islower() and gerund.norm.endswith(GERUND_ENDINGS.tuple())):
        return False
    opener = toks[base.starts[nxt - 1]].norm
    if opener in CLAUSE_OPENERS or opener in SUBJECT_RELATIVES:
        return False  # "which rose on Monday, …": a clause of another noun
    if any(phrase.start <= token_range(toks, d.start, d.end)[0] < phrase.stop for d in art.values(s)[0]):
        return False  # "…, ending a search begun on 23 June": the phrase has a date of its own
    if gerund.stem in _claim_verbs(art, claim):
        return True
    if gerund.norm not in RESULT_GERUNDS:
        return False
    k = topics.starts.first(g + 1, min(len(toks), g + 1 + RESULT_REACH))
    return k is not None and NO_MARK_RE.fullmatch(art.text, toks[g].end, toks[k].start) is not None


def _claim_verbs(art: Article, claim: Claim) -> frozenset[str]:
    """The stems of the claim's verbs an article may say as gerunds: its event verbs ("convicted")
    and the words of its topic phrases but those that are gerunds themselves, as nouns
    ("meeting", "hearing") are: "announce" makes "announcing" the claim's own act. Once per
    article and claim."""

    def verbs() -> frozenset[str]:
        about = (t for phrase in claim.about for t in tokenize(phrase))
        ending = GERUND_ENDINGS.tuple()
        return art.matcher.words[claim.id].events | {
            t.stem for t in about if t.text.islower() and not t.norm.endswith(ending)
        }

    return art.memo(("claim verbs", claim.id), verbs)


def _topics_end_before(tokens: Sequence[Token], clause: ClauseMap, own: int, topics: Spans, first: int) -> bool:
    """Whether every span of the topic in the date's clause ends before it, the last more than NEAR
    words before it, a time of day not counted."""
    ends = [
        b
        for r in clause.ranges(own)
        for a in (topics.starts.last(r.start, r.stop),)
        if a is not None
        for k in range(max(r.start, a - topics.longest + 1), a + 1)
        for _, b in topics.starting(k)
    ]  # the spans that start last in the clause: one of them ends last
    latest = max(ends, default=None)
    if latest is None or latest > first:
        return False
    stop = _where_before(tokens, latest, first)
    return sum(not _of_a_clock(t) for t in tokens[latest:stop]) > NEAR


def _where_before(tokens: Sequence[Token], latest: int, first: int, topic: Collection[int] = ()) -> int:
    """Where the phrases of place right before a date and its preposition start, back to token
    `latest`: each opened by a preposition of place (WHERE_PREPOSITIONS) at most PLACE_REACH words
    before its end, with a name in it and no word of the topic nor of a clock ("at Bomas in Nairobi on Tuesday",
    "near the Bahanaga Bazar railway station in Balasore on May 2"). Two complements in a row,
    they say where and when one act happened, so they set the date no farther from the topic's
    words; `first` when none stands there, or when no preposition leads the date ("the sense of
    chaos in Haiti today": an adverb of time may belong to any word)."""
    k = first - 1
    while k >= latest and tokens[k].norm in DATE_GLUE:
        k -= 1
    stop = first
    while first - 1 > k >= latest:
        opener = next(
            (p for p in range(k - 1, max(latest, k - PLACE_REACH) - 1, -1) if tokens[p].norm in WHERE_PREPOSITIONS),
            None,
        )
        if opener is None:
            break
        phrase = range(opener + 1, k + 1)
        if not any(tokens[i].is_capitalised for i in phrase) or any(
            i in topic or _of_a_clock(tokens[i]) for i in phrase
        ):
            break  # no name, or the topic's words or a time of day ("in around 3:15 p.m. Eastern")
        stop, k = opener, opener - 1
    return stop


CLOCK_WORDS = words(lambda lx: (*lx.CLOCK_MARKS, *lx.TIME_ZONES))


def _of_a_clock(t: Token) -> bool:
    """Whether a token is part of a time of day, which tells the date's hour and sets it no
    farther from its verb: "The verdict came in around 3:15 p.m. Eastern on Monday"."""
    return t.text.isdigit() or t.norm in CLOCK_WORDS


def _glue_before(art: Article, s: Sentence, first: int) -> int:
    """Where the run of glue words ("on", "the") right before token `first` starts."""
    other = _not_glue(art, s).last(0, first)
    return 0 if other is None else other + 1


def _not_glue(art: Article, s: Sentence) -> Marks:
    return art.memo(("not glue", s.index), lambda: Marks(t.norm not in DATE_GLUE for t in s.tokens))


DAY_PARTS = words("DAY_PARTS")


def _not_time(art: Article, s: Sentence) -> Marks:
    """The words of a sentence that are neither glue nor part of a time of day (its clock, its zone,
    a part of the day: DAY_PARTS): beside a date, those tell its hour and make no phrase of their
    own ("Early Tuesday morning, the bridge collapsed")."""
    return art.memo(
        ("not time", s.index),
        lambda: Marks(not (t.norm in DATE_GLUE or t.norm in DAY_PARTS or _of_a_clock(t)) for t in s.tokens),
    )


def _not_day_part(art: Article, s: Sentence) -> Marks:
    """The words of a sentence that are neither glue nor a part of the day."""
    return art.memo(
        ("not day part", s.index), lambda: Marks(not (t.norm in DATE_GLUE or t.norm in DAY_PARTS) for t in s.tokens)
    )


def _finite_pasts(art: Article, s: Sentence) -> Marks:
    return art.memo(("finite pasts", s.index), lambda: Marks(is_finite_past(t) for t in s.tokens))


def _line_start(art: Article, s: Sentence, offset: int) -> int:
    """Where the line holding `offset` starts, if a line break stands between the sentence's start
    and it; else 0."""
    breaks = art.line_breaks
    k = bisect_left(breaks, offset) - 1
    return breaks[k] + 1 if k >= 0 and breaks[k] >= s.start else 0


def _dateline(art: Article, s: Sentence) -> int:
    """Where a dateline of a place alone that opens the sentence ends ("BALTIMORE, Md. - ",
    "MINNEAPOLIS — "), else 0: the place is no word of the sentence's, and a date after it
    opens the sentence ("BALTIMORE, Md. - Early Tuesday morning, the bridge collapsed"). The
    article's layout takes such a line for a dateline only with a date or an agency's mark; a
    place in capitals and a dash before the first comma of the body say as much to a date."""

    def end() -> int:
        m = DATELINE_RE.match(art.text, s.start, s.end)
        if m is None or not m.group("caps") or m.group("end") in (".", ":", *DATELINE_DASHES):
            return 0
        return m.end()

    return art.memo(("dateline", s.index), end)


SUBJECT_RELATIVES = words(
    lambda lx: (*lx.RELATIVE_PRONOUNS, lx.THAT)
)  # between a topic and its own verb: "the quake that hit"
STATEMENT_REACH = 6  # words from a main clause's start to its speech verb: "the White House said"


def _a_statement(tokens: Sequence[Token], clause: ClauseMap, main: int, topic: frozenset[int]) -> bool:
    """Whether the clause `main` after a fronted date is someone's statement: "On Monday, the White
    House said …" dates the saying, as "the White House said on Monday" does; not when the speech
    verb is the topic's own word ("In May, Walmart announced", for the announcement)."""
    following = [i for r in clause.ranges(main) for i in r[:STATEMENT_REACH]][:STATEMENT_REACH]
    return any(tokens[i].norm in SPEECH and i not in topic for i in following)


def _own_subject(tokens: Sequence[Token], i: int) -> bool:
    """Whether a relative clause has a subject of its own after its pronoun ("which the president
    cancelled", "which he called"), so the topic is what is acted on, not the actor."""
    return i < len(tokens) and (tokens[i].norm in DETERMINERS or tokens[i].norm in PRONOUNS or tokens[i].is_capitalised)


def describes_topic(tokens: Sequence[Token], clause: ClauseMap, own: int, topics: Spans) -> bool:
    """Whether clause `own` is a relative clause right after the topic ("the Merida Initiative,
    which is a 2008 pact")."""
    start = clause.index(own)
    if topics.ending(start) and own == 1 and start <= SUBJECT_WORDS:
        return True  # "The takeover, agreed last month, ...": a phrase set off after the subject
    return tokens[start].norm in RELATIVE_OPENERS and bool(topics.ending(start))


def completes_a_noun(art: Article, s: Sentence, a: int, links: Collection[str] = NOUN_LINKS) -> bool:
    """Whether the topic at token a is the complement of a noun before it: "Results from the EU
    referendum", "the anniversary of the quake" (a determiner or a name may stand between)."""
    tokens = s.tokens
    plain = art.memo(  # the words that are neither a determiner nor a name's
        ("plain", s.index), lambda: Marks(not (t.norm in DETERMINERS or t.is_capitalised) for t in tokens)
    )
    i = plain.last(0, a)
    return i is not None and i > 0 and tokens[i].norm in links and (i == 1 or tokens[i - 1].text[:1].islower())


def dates_the_verb(art: Article, s: Sentence, clause: ClauseMap, first: int, last: int, topics: Spans) -> bool:
    """Whether a date at tokens [first, last) of its clause belongs to a verb whose subject the
    topic does not head, the topic standing elsewhere, as the verb's object or what a noun
    concerns: "Rescuers scrambled Friday to dig out 34 workers trapped ...", "Jurors on Thursday
    found him guilty of all charges in the death of George Floyd", "the search at the collapse
    site concluded on Friday". Said as unclear: the words do not tie the date to the topic ("The
    quake struck on Tuesday" does, through its subject; "caved in Thursday", through its verb).
    Only the topic's spans in the date's clause count; each test asks for those at one place."""
    tokens = s.tokens
    own = clause[first]
    stretches = clause.ranges(own)
    heads = [j for r in stretches if (j := topics.starts.first(r.start, r.stop)) is not None]
    if not heads:
        return False
    start = clause.index(own)
    if concerned(topics, stretches, last):
        return True
    verb = _dated_verb(art, s, clause, first, last)
    if verb is None:
        return False
    head = start + (tokens[start].norm in CLAUSE_OPENERS)
    if min(heads) < head + SUBJECT_WORDS:
        return False  # the topic heads the clause: its subject
    glue = _glue_before(art, s, first)
    after_glue = _not_glue(art, s).first(last, len(tokens))
    near = [
        *topics.covering(verb),
        *topics.ending(verb),  # "the quake struck Friday": its own verb
        *(topics.ending(verb - 1) if tokens[verb - 1].norm in SUBJECT_RELATIVES else ()),  # "an earthquake that hit"
        *(span for b in topics.ends_within(glue, first + 1) for span in topics.ending(b)),  # only glue to the date
        *(
            (a, b)
            for k in topics.starts.within(
                first - topics.longest + 1, len(tokens) if after_glue is None else after_glue + 1
            )
            for a, b in topics.starting(k)
            if b > first
        ),
    ]
    return not any(clause[a] == own for a, _ in near)


def _dated_verb(art: Article, s: Sentence, clause: ClauseMap, first: int, last: int) -> int | None:
    """The finite past a date at tokens [first, last) goes on in its clause: the word before it
    past glue ("went on trial Monday"), the word after it ("Petro on Thursday retracted"), or one
    after a short subject ("On Thursday the judge cleared him"); None when there is none."""
    tokens = s.tokens
    own = clause[first]
    start = clause.index(own)
    before = first - 1
    if before > start:
        other = _not_glue(art, s).last(start + 1, first)
        before = start if other is None else other
    verb = next((i for i in (before, last) if start <= i < len(tokens) and is_finite_past(tokens[i])), None)
    if verb is None:
        after = range(last, min(len(tokens), last + SUBJECT_WORDS + 1))
        verb = next((i for i in after if clause[i] == own and is_finite_past(tokens[i])), None)
    return None if verb is None or verb <= start else verb


def _another_act(
    art: Article, s: Sentence, clause: ClauseMap, first: int, last: int, topics: Spans, claim: Claim
) -> bool:
    """Whether the verb a date goes on, right before or after it with no mark between, tells
    another act than the topic's: a finite past that is none of the claim's verbs nor a word of its
    topic, the topic neither its subject (before it, no other verb between) nor its object (after
    it, no clause word nor other verb between): "Petro on Thursday retracted his claim that the
    children had been found", "Petro se retractó el jueves de su afirmación de que …", "the judge
    on Monday rejected claims that he was convicted unfairly" date those acts. "found guilty
    Wednesday", "returned the verdicts on Thursday", "the penalty that Engoron ordered on Feb 16",
    "the body of a victim of the collapse was recovered Sunday" keep the topic in the verb, its
    object or its subject. The words between only tell clauses apart; whether the act is another
    rests on the claim's own verbs, so the rule needs no word list of its own."""
    tokens, text = s.tokens, art.text
    verb = _dated_verb(art, s, clause, first, last)
    if verb is None or verb not in (_not_glue(art, s).last(0, first), last) or topics.covering(verb):
        return False  # "the quake that devastated Chile on February 27 has been revised": not next to it
    lo, hi = (verb, first) if verb < first else (last - 1, verb)
    if NO_MARK_RE.fullmatch(text, tokens[lo].end, tokens[hi].start) is None:
        return False  # "the rig that exploded on April 20, vowed": the verb is across a comma
    verbs = _claim_verbs(art, claim)
    if tokens[verb].stem in verbs:
        return False
    if verb and tokens[verb - 1].text.islower() and tokens[verb - 1].norm.endswith(GERUND_ENDINGS.tuple()):
        return False  # "after being convicted last year of …": no finite verb, whose act is not said
    own, pasts = clause[verb], _finite_pasts(art, s)
    for a, b in topics:
        if clause[a] != own:
            continue
        if b <= verb:  # its subject: "the quake that struck", "the body of a victim of the collapse was recovered"
            if not any(
                (pasts.any(i, i + 1) or is_past_form(tokens[i].norm)) and tokens[i].norm not in COPULA_WORDS
                for i in range(b, verb)
            ):
                return False
        elif pasts.any(verb + 1, a) or not any(
            tokens[i].norm in CLAUSE_OPENERS or tokens[i].norm in SUBJECT_RELATIVES or is_past_form(tokens[i].norm)
            for i in range(verb + 1, a)
        ):  # its object, or a verb joined to it may share the date ("completó ayer … y puso fin a … sequía")
            return False
    return True


def concerned(topics: Spans, stretches: list[range], last: int) -> bool:
    """Whether the topic stands in a date's clause (its `stretches`), after the date ending at
    token `last`, only as what a noun concerns: "... guilty of all charges in the death of George
    Floyd"."""
    firsts = [j for r in stretches if (j := topics.starts.first(r.start, r.stop)) is not None]
    return bool(firsts) and min(firsts) > last + 1 and not any(topics.heads.any(r.start, r.stop) for r in stretches)


def _reference(art: Article, s: Sentence, d: DateMention) -> dt.date | None:
    """What a relative date counts from: the publication date, or inside a
    quotation the date of the statement when the sentence gives one."""
    published = art.dating.published
    if published is None:
        return None
    if in_quotation(art, s, d.start):
        said = art.memo(("statement days", s.index), lambda: _statement_days(art, s, published))
        return next((day for other, day in said if other is not d), published)
    return published


def _statement_days(art: Article, s: Sentence, published: dt.date) -> list[tuple[DateMention, dt.date]]:
    """The dates of a sentence that date a statement ("the White House said on Monday"), with
    the day each names, in order."""
    out = []
    for other in art.values(s)[0]:
        first, last = token_range(s.tokens, other.start, other.end)
        if _dates_a_statement(art, s, first, last):
            said = _resolve(art, s, other, published)
            if said is not None:
                out.append((other, said[0]))
    return out


def _ahead(art: Article, s: Sentence, d: DateMention) -> bool:
    """Whether a weekday is told as to come: the tense nearest to it, but a past speech verb it
    dates says the day has been ("they announced Wednesday", before "is set to buy" what is
    announced)."""
    first, last = token_range(s.tokens, d.start, d.end)
    said = attrib.statement_word(s.tokens, first, last)
    return future(art, s, first) and not (said is not None and is_finite_past(s.tokens[said]))


def _resolve(
    art: Article, s: Sentence, d: DateMention, reference: dt.date, ahead: bool | None = None
) -> tuple[dt.date, str] | None:
    """The day a relative date names; `ahead`: whether its sentence speaks of what is to come,
    when the caller has worked it out already."""
    if d.weekday is not None and d.day is None:
        if ahead is None:
            ahead = _ahead(art, s, d)
        return dates_mod.resolve_weekday(d.weekday, d.relative, reference, ahead), "day"
    if d.relative is not None and d.relative in current.RELATIVE_DAYS:
        return dates_mod.resolve_relative_word(d.relative, reference), "day"
    return None


NO_WEEK = "no publication date to resolve it against"
NO_WEEK_OTHER_DAY = (
    "another weekday than the claim's, with no publication date to tell which week: it may date something else"
)


def _date_item(art: Article, s: Sentence, d: DateMention, expect: DateExpect) -> Evidence | None:
    published = art.dating.published
    resolved_with = None
    zone_note = None
    date: dt.date | None = None
    precision = d.precision
    inferred_year = d.year is None
    if d.year is not None and d.month is not None and d.day is not None:
        date = dt.date(d.year, d.month, d.day)
    elif d.day is not None and d.month is not None:
        year, resolved_with = (published.year, "publication") if published else (art.scope_year, "scope")
        shift = _year_after(art, s, d)  # "on February 14 last year"
        if shift is not None and published:
            year, inferred_year = published.year + shift, False
        date = dates_mod.complete(d, year) if year else None
        if date is None:
            return None
        if published and date > published and _after_last(art, s, d):
            date = dates_mod.complete(d, date.year - 1) or date  # "last May 25", written in April: a year before
    elif d.period is not None:
        return _period_item(art, s, d, expect)
    elif d.weekday is not None or d.relative is not None:
        reference = _reference(art, s, d)
        ahead = _ahead(art, s, d)
        resolved = _resolve(art, s, d, reference, ahead) if reference is not None else None
        if resolved is not None:
            date, precision = resolved
            resolved_with = "publication"
            if reference is not None and not ahead and _the_next_day_elsewhere(d, reference, expect):
                date, zone_note = reference + dt.timedelta(days=1), _NEXT_DAY_NOTE
    elif d.month is not None:
        year, resolved_with = (
            (d.year, None) if d.year else ((published.year, "publication") if published else (art.scope_year, "scope"))
        )
        if year is None:
            return None
        base_month = published.month if published else None
        shift = _year_after(art, s, d) if d.year is None and published else None  # "in November last year"
        if shift is not None and published:
            year, base_month, inferred_year = published.year + shift, None, False
        if d.year is None and base_month is not None:
            if d.shift < 0 and d.month >= base_month:
                year -= 1
            elif d.shift <= 0 and d.month > base_month and _told_as_past(art, s, d):
                year -= 1  # "He was convicted in November", written in March: last November
            elif d.shift > 0 and d.month <= base_month:
                year += 1
        date = dt.date(year, d.month, 1)
    elif d.year is not None:
        date = dt.date(d.year, 1, 1)
    else:
        return None

    if expect.precision != "day" and inferred_year and not d.shift:
        return None  # the year was only the publication's: it says nothing of the topic's year or month
    if date is None:
        # a weekday or "tomorrow" with nothing to count from
        if expect.precision != "day":
            return None
        # another weekday than the claim's says the day is not the claim's only if it dates the
        # claim's event, which nothing here can check: with no week to count from, a question
        other_day = d.weekday is not None and d.weekday != expect.value.weekday()
        name = dates_mod.weekday_name(d.weekday) if d.weekday is not None else d.relative
        return art.evidence(
            s,
            d.start,
            d.end,
            "unclear",
            Found(name, d.text),
            precision="weekday",
            note=NO_WEEK_OTHER_DAY if other_day else NO_WEEK,
        )
    stance, shown_precision = _compare_date(expect, date, precision)
    note = zone_note
    window = art.matcher.window
    # a year alone is outside only when the whole year is: "in 2011" may be the scope's own year
    outside = window is not None and (
        not window[0] <= date <= window[1]
        if shown_precision == "day"
        else date.year not in (window[0].year, window[1].year)
    )
    if stance == "conflicts" and expect.precision == "day" and outside:
        stance, note = "unclear", _OUTSIDE_NOTE
    if stance == "conflicts" and resolved_with == "scope" and d.month is not None and d.shift:
        stance, note = "unclear", f"no publication date: '{d.text}' may fall in the scope's year or the one beside it"
    value = (
        date.isoformat()
        if shown_precision == "day"
        else f"{date:%Y-%m}"
        if shown_precision == "month"
        else str(date.year)
    )
    end = year_of.end if (year_of := _year_of(art, s, d)) is not None else d.end  # "November last year"
    return art.evidence(
        s,
        d.start,
        end,
        stance,
        Found(value, art.text[d.start : end]),
        precision=shown_precision,
        resolved_with=resolved_with,
        note=note,
    )


_NEXT_DAY_NOTE = (
    "read as the day after the publication date: where the event happened, the clock is ahead of the outlet's"
)


def _the_next_day_elsewhere(d: DateMention, reference: dt.date, expect: DateExpect) -> bool:
    """Whether a (past) weekday naming the day after the publication date can be that very day,
    and that is the claim's date. An outlet dates its page by its own clock; an event in a time
    zone ahead of it ("a major earthquake on Tuesday afternoon local time" in New Zealand, on a
    page dated Monday in Boston) falls on the next day, where counting back would make it six
    days earlier and a false conflict."""
    return (
        d.weekday is not None
        and d.relative is None
        and (d.weekday - reference.weekday()) % 7 == 1
        and expect.value == reference + dt.timedelta(days=1)
    )


def _year_after(art: Article, s: Sentence, d: DateMention) -> int | None:
    """The shift of a year period written right after a year-less date: "February 14 last year"
    and "in November last year" are a year before the publication's, "June 3 next year" a year
    after, "en junio de este año" the publication's own."""
    year = _year_of(art, s, d)
    return None if year is None else year.shift


def _year_of(art: Article, s: Sentence, d: DateMention) -> DateMention | None:
    """The year period written right after a year-less date, which is that date's year: one
    date with it, not a date of its own ("In November last year, 112 workers were killed")."""
    if d.year is not None or d.month is None:
        return None
    dates = art.values(s)[0]  # in order, none overlapping: only the next can stand right after it
    k = bisect_left(dates, d.end, key=BY_START)
    if k == len(dates) or dates[k].period != "year":
        return None
    gap = art.text[d.end : dates[k].start].split()
    return dates[k] if len(gap) <= 1 and all(w.lower() in YEAR_JOINERS for w in gap) else None


def _period_item(art: Article, s: Sentence, d: DateMention, expect: DateExpect) -> Evidence:
    """A coarse date ("last week", "earlier this month", "in the 1960s") is a period: the claim's
    date inside it supports, outside it conflicts, and partly inside settles nothing."""
    reference = None if d.period == "decade" else _reference(art, s, d)
    bounds = dates_mod.period_bounds(d, reference)
    if bounds is None:
        return art.evidence(
            s,
            d.start,
            d.end,
            "unclear",
            Found(d.text, d.text),
            precision=d.period,
            note=NO_WEEK,
        )
    low, high = bounds
    want_low, want_high = _claim_bounds(expect)
    if (low <= want_low and want_high <= high) or (want_low <= low and high <= want_high):
        stance: Stance = "supports"
    elif high < want_low or want_high < low:
        stance = "conflicts"
    else:
        stance = "unclear"
    shown = f"{low.isoformat()} to {high.isoformat()}"
    return art.evidence(
        s,
        d.start,
        d.end,
        stance,
        Found(shown, d.text),
        precision=d.period,
        resolved_with=None if reference is None else "publication",
        note=None if stance != "unclear" else "the period only partly covers the claim's date",
    )


def _claim_bounds(expect: DateExpect) -> tuple[dt.date, dt.date]:
    v = expect.value
    if expect.precision == "year":
        return dt.date(v.year, 1, 1), dt.date(v.year, 12, 31)
    if expect.precision == "month":
        return dt.date(v.year, v.month, 1), dates_mod.month_end(v.year, v.month)
    return v, v


def _told_as_past(art: Article, s: Sentence, d: DateMention) -> bool:
    """Whether the date's clause tells of what happened ("was convicted in November"): a month
    later in the year than the publication's is then the year before's."""
    return art.tense(s, token_range(s.tokens, d.start, d.end)[0]) is False


def _after_last(art: Article, s: Sentence, d: DateMention) -> bool:
    """Whether "last" stands right before the date ("the arrest last May 25")."""
    first, _ = token_range(s.tokens, d.start, d.end)
    return first > 0 and s.tokens[first - 1].norm == current.LAST


def _counted_back(
    art: Article, s: Sentence, claim: Claim, expect: DateExpect, quantities: list[QuantityMention]
) -> list[Evidence]:
    """Spans counted back from the publication date (else the scope year): an age for a year
    claim ("13-year-old", "13 years ago": the reference year less the age), a number of days
    ago for a day claim ("the mine collapsed 70 days ago"; exact counts only, a hedged "about 70
    days ago" names no one day).

    Only the topic's: "the 13-year-old Merida Initiative" is, "his nine-year-old daughter" and
    "the 54-year-old" foreman are not; a span tied to nothing visible is unclear."""
    out: list[Evidence] = []
    published = art.dating.published
    for q in quantities:
        apposed = expect.precision == "year" and art.matcher.words[claim.id].person and apposed_age(art, s, q, claim)
        if apposed and q.age is None:  # "Mr. Arévalo, 64, said": the person's age, whatever else the number could be
            q = replace(q, age="old", unit=YEARS, bare=f"{q.bare or q.text} (an age)")
        lasting = q.age is None and expect.precision == "year" and _lasting(art, s, q, claim)
        implied = _implied(art, q, expect, lasting)
        if implied is None:
            continue
        what = About("topic") if apposed else about(art, s, q.start, q.end, claim, an_age=q.age == "old")
        if lasting and not implied[0]:
            note = f"{implied[2]}, if the {q.bare} run to the publication date (it may have ended before)"
            found = Found(implied[1], q.bare)
            out.append(art.evidence(s, q.start, q.end, "unclear", found, precision=expect.precision, note=note))
            continue
        if what.kind == "other" or (q.age == "old" and what.kind != "topic" and _names_someone(art, s, q)):
            continue
        if q.age == "old" and not art.matcher.words[claim.id].person and _a_person_next(art, s, q):
            continue  # "28-year-old Andreas Lubitz crashed the plane": his age, not the crash's
        agrees, shown, note = implied
        stance: Stance = "supports" if agrees else "conflicts"
        if stance == "conflicts" and what.kind == "unknown" and (what.distance is None or what.distance > NEAR):
            window = art.matcher.window
            if (
                window
                and _claim_in_window(window, expect)
                and not window[0].year <= int(str(shown)[:4]) <= window[1].year
            ):
                continue  # "the 28-year-old" co-pilot, for a crash in 2015: someone's age, not the topic's
            stance, note = "unclear", note + "; not clearly the topic's"
        out.append(
            art.evidence(
                s,
                q.start,
                q.end,
                stance,
                Found(shown, q.bare),
                hedged=q.hedge is not None,
                precision=expect.precision,
                resolved_with="publication" if published else "scope",
                note=note,
            )
        )
    return out


def _lasting(art: Article, s: Sentence, q: QuantityMention, claim: Claim) -> bool:
    """Whether a number of years is how long the topic has lasted: joined to the topic's noun
    ("the 52-year war", "a 13-year-old initiative" is an age already) or "of" it ("52 years of
    war"). Read to the publication date it gives the year the topic began."""
    if q.unit is None or q.unit.name != "year" or q.high is not None:
        return False
    _, last = token_range(s.tokens, q.start, q.end)
    topic = art.memo(
        ("hit words", s.index, claim.id),
        lambda: frozenset(i for h in art.hits_in(s, f"topic:{claim.id}") for i in range(h.first, h.last)),
    )
    joined = "-" in q.text and last in topic and art.text[q.end : s.tokens[last].start] in (" ", "\n")
    of = last + 1 < len(s.tokens) and s.tokens[last].norm == current.LASTING_OF and last + 1 in topic
    return joined or of


YEARS = lookup("year")


def _implied(
    art: Article, q: QuantityMention, expect: DateExpect, lasting: bool = False
) -> tuple[bool, int | str, str] | None:
    """(whether it agrees, the year or day it implies, the note) for a span the claim can read:
    an age, or (`lasting`) how long the topic has lasted, read as an age."""
    if (q.age is None and not lasting) or q.high is not None or q.unit is None:
        return None
    published = art.dating.published
    if expect.precision == "year" and q.unit.name == "year":
        ref_year = published.year if published else art.scope_year
        if ref_year is None:
            return None
        age = int(q.value)
        whole = q.age != "ago" or lower_bound(q)  # "13 years old", "more than two years ago": N years and some months
        years = {ref_year - age, ref_year - age - 1} if whole else {ref_year - age}
        shown = " or ".join(str(y) for y in sorted(years, reverse=True))
        return expect.value.year in years, max(years), f"an age: implies {shown}"
    if expect.precision == "day" and q.unit.name == "day" and q.age == "ago" and published and q.hedge is None:
        if not float(q.value).is_integer():
            return None
        day = published - dt.timedelta(days=int(q.value))
        return day == expect.value, day.isoformat(), f"counted back from the publication date: {day.isoformat()}"
    return None


LOWER_BOUNDS = words("LOWER_BOUNDS")


def lower_bound(q: QuantityMention) -> bool:
    """Whether a figure's hedge makes its number a lower bound ("more than two years ago", "hace
    más de dos años"): a bound keeps its stated number, so the span is that many whole years and
    some months, as an age is; "about" or "nearly" two years ago may be a few months short."""
    return q.hedge in LOWER_BOUNDS


def _a_person_next(art: Article, s: Sentence, q: QuantityMention) -> bool:
    """Whether a person's name follows an age: "28-year-old Andreas Lubitz"."""
    _, last = token_range(s.tokens, q.start, q.end)
    person = person_at(art, s, last, forward=True)  # a name of the fact sheet's may be a thing's
    return person is not None and (person.entity is None or person.entity in art.matcher.person_ids)


def _names_someone(art: Article, s: Sentence, q: QuantityMention) -> bool:
    """Whether "-year-old" describes a person or another noun: "his nine-year-old daughter",
    "the 54-year-old" (the noun left out is a person), "Urzua, 54,"."""
    tokens = s.tokens
    _, last = token_range(tokens, q.start, q.end)
    nxt = tokens[last] if last < len(tokens) else None
    return nxt is None or not nxt.is_capitalised  # a capitalised noun after it may be the topic's name


def future(art: Article, s: Sentence, near: int) -> bool:
    """Whether a sentence speaks of what is to come (text.Tenses); news about plans is the
    default when no word shows a tense."""
    return art.tense(s, near) is not False


def dates_a_figure(text: str, s: Sentence, d: DateMention, first: int, quantities: list[QuantityMention]) -> bool:
    """Whether the date (at token `first`) directly follows a figure: "rose to 158 on Thursday",
    "5% in March". A span is no figure that changes by the day: "ran 9.58 seconds on Sunday"
    dates the run. Only a figure ending a few words before can (FIGURE_GAP_WORDS), so only those
    are tried: `quantities` are in order of their ends."""
    reach = s.tokens[max(0, first - FIGURE_GAP_WORDS() - 1)].start  # a figure ending by here is too far
    for k in range(bisect_right(quantities, d.start, key=BY_END) - 1, -1, -1):  # by their ends
        q = quantities[k]
        if q.end <= reach:
            return False
        if (
            FIGURE_DATE_GAP_RE.fullmatch(text, q.end, d.start)
            and (q.unit is None or q.unit.dimension != "time")
            and not _attributive_figure(text, s, q, d)
            and not _past_the_figure(s.tokens, token_range(s.tokens, q.start, q.end)[1], first)
        ):
            return True
    return False


NOUN_DETERMINERS = words(lambda lx: (w for w in lx.DETERMINERS if w not in lx.DATE_ARTICLES))


def _past_the_figure(tokens: Sequence[Token], after: int, first: int) -> bool:
    """Whether the words between a figure (ending before token `after`) and a date (at `first`)
    take the date from it: a finite past ("Air France flight 447 crashed on June 1, 2009": the
    crash's day, not the figure's), or a determiner that makes the date open a noun phrase ("for
    $50 million over a December 2018 op-ed": the op-ed's)."""
    between = tokens[after:first]
    return any(is_finite_past(t) for t in between) or (bool(between) and between[-1].norm in NOUN_DETERMINERS)


FIGURE_NOUN_RE = re.compile(r"\s+([^\W\d]+)")  # a word right after a figure: the noun it describes
FIGURE_LINKS = words(lambda lx: (link.split()[0] for link in lx.FIGURE_DATE_LINKS))
DESCRIBING_WORDS = 2  # words between a determiner and its figure: "a powerful Category 4 hurricane"
FIGURE_OWNERS = words(lambda lx: (*lx.DETERMINERS, *lx.POSSESSIVES))
# Words that end the words describing a figure: a list goes on, or a date of its own ("20 evacuados
# desde el lunes y 40 detenidos": "el" is the Monday's)
NOT_DESCRIBING = words(
    lambda lx: (*lx.LIST_JOINERS, *lx.DATE_GLUE, *lx.FRAME_PREPOSITIONS, *lx.WEEKDAY_NAMES, *lx.MONTH_NAMES)
)


def _attributive_figure(text: str, s: Sentence, q: QuantityMention, d: DateMention) -> bool:
    """Whether a figure describes the noun right after it, a determiner or a possessive before it
    ("the 7.0 magnitude quake on Jan 12", "their $20 billion merger earlier this week", "a
    powerful Category 4 hurricane Wednesday"): the date then dates what that noun did, not a
    count that changes by the day ("the toll rose to 158 on Thursday")."""
    noun = FIGURE_NOUN_RE.match(text, q.end, d.start)
    if noun is None or noun.group(1) in FIGURE_LINKS or not noun.group(1).islower():
        return False  # "at the age of 66 in July 2019": no noun, the date's own link
    tokens = s.tokens
    first = token_range(tokens, q.start, q.end)[0]
    after = q.start  # where the word after token k starts: the figure's own start, "$" and all
    for k in range(first - 1, max(-1, first - 2 - DESCRIBING_WORDS), -1):
        t = tokens[k]
        if text[t.end : after].strip() not in ("", "-") or not t.text.isalpha():
            return False  # a mark or a figure between: "rose, to 158" (a hyphen joins: "the magnitude-7.0 quake")
        if t.norm in FIGURE_OWNERS:
            return True
        if t.norm in NOT_DESCRIBING:
            return False  # "20 evacuados desde el lunes y 40 detenidos"
        after = t.start
    return False


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
