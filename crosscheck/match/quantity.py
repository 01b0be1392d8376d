"""Quantity claims: amounts said of the topic, compared after unit conversion
within a dimension (docs/claims-format.md, Quantities)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import accumulate, combinations, pairwise

from ..extract.dates import YEAR
from ..extract.quantities import UNIT_SPELLINGS, QuantityMention, find_unreadable_numbers, find_vague_amounts
from ..lexicon import current, phrase_table, sequence, words
from ..lexicon.units import Unit, lookup
from ..model import Claim, Evidence, Found, QuantityExpect, Stance
from ..text import Token, fold, stem, tokenize
from ..zones import Sentence
from .about import (
    CALENDAR,
    CLAUSE_BREAK_MARKS,
    CLAUSE_OPENERS,
    COUNTED_KIND,
    HOLDING_LINKS,
    NEAR,
    NEUTRAL_HEADS,
    NOT_HEADS,
    ORDINAL_WORDS,
    PAYMENT_FORMS,
    PERSON_NOUNS,
    PREDICATE_STOPS,
    RATE_MARKERS,
    TOLL_OF,
    TOLL_WORDS,
    About,
    ClaimWords,
    a_part_of_the_claims_group,
    about,
    age_lead,
    apposed_age,
    beaten_before,
    counted_head,
    counted_noun,
    of_one_kind,
    ordinal,
    qualified,
    restating,
    topic_distance,
    topic_tokens,
    whole_of_a_part,
)
from .topic import BY_START, Article, evidence_sentences, negated, phrase_at, phrase_before, token_range

PLACE_WORDS = words("PLACE_WORDS")
DETERMINERS = words("DETERMINERS")
DEFINITE_ARTICLES = words("DEFINITE_ARTICLES")
CONVERSION_RE = re.compile(r"\s*[(\[]\s*")  # what stands between an amount and its conversion in brackets
YEARS_RE = re.compile(YEAR + r"\s*[-–]\s*(?:\d\d){1,2}")  # "1973-1990", "2004-08": years as dates read them


def evidence(art: Article, claim: Claim, sentences: list[Sentence]) -> list[Evidence]:
    expect = claim.expect
    assert isinstance(expect, QuantityExpect)
    out: list[Evidence] = []
    by_paragraph: dict[int, list[tuple[Evidence, float]]] = {}
    lede = evidence_sentences(art, claim)[1]
    for s in sentences:
        found = _sentence(art, s, claim, expect)
        out.extend(e for e, _ in found)
        out.extend(_ordinal_counts(art, s, claim, expect))
        if s.index not in lede:  # only the headline ties the lead's figures to the topic: no parts of its total
            by_paragraph.setdefault(s.paragraph, []).extend((e, v) for e, v in found if v is not None)
        if not found:
            out.extend(_not_understood(art, s, claim, expect))
    parts = {e: note for figures in by_paragraph.values() for e, note in _adding_up(figures, expect).items()}
    out = [replace(e, stance="unclear", note=parts[e]) if e in parts else e for e in out]
    if any(e.stance == "supports" for e in out):
        values = {e: v for figures in by_paragraph.values() for e, v in figures}
        out = [
            replace(e, stance="unclear", note=FAR_NOTE)
            if e.stance == "conflicts" and e in values and _far(values[e], float(expect.value))
            else e
            for e in out
        ]
    return out


COUNT_OWNERS = words("COUNT_OWNERS")
WIDE_PERSON_NOUNS = words("WIDE_PERSON_NOUNS")
ORDINAL_FRAMES = words("ORDINAL_FRAMES")
OCCURRENCE_NOUNS = words("OCCURRENCE_NOUNS")
OCCURRENCE_FRAMES = words("OCCURRENCE_FRAMES")
WHOLE_RECORD_SPANS = phrase_table("WHOLE_RECORD_SPANS")
ORDINAL_REACH = 3  # words from an ordinal to the topic's noun: "his 24th Grand Slam singles title"
ORDINAL_NOTE = "an ordinal: the {0} may be an earlier one than the story's, not a count that disagrees"


def _about(art: Article, s: Sentence, q: QuantityMention, claim: Claim) -> About:
    dimension = q.unit.dimension if q.unit else None
    return about(
        art,
        s,
        q.start,
        q.end,
        claim,
        length=dimension == "length",
        span=dimension == "time",
        money=dimension is not None and dimension.startswith("currency:"),
        an_age=q.age == "old",
        share=dimension == "percent",
    )


def _ordinal_counts(art: Article, s: Sentence, claim: Claim, expect: QuantityExpect) -> list[Evidence]:
    """A count said as the rank of the story's occurrence among its owner's: "his 24th Grand Slam
    title", "Woods's 15th major championship", "su quinto título". The same number supports;
    another is a question, not a conflict, since an ordinal may name an earlier occurrence ("his
    20th title came at Wimbledon"). A rank within a frame ("his fifth gold of Rio", "his third
    major this year", "his first title since 2008") counts something else and is left out. An
    ordinal before what the claim counts in ("the sixth day of deliberations", "in the 74th
    minute") is read so too (_ordinal_of_a_measure)."""
    tokens, text = s.tokens, art.text
    topic: frozenset[int] | None = None  # worked out only for a sentence that holds an owner's ordinal
    out = []
    nouns = art.matcher.words[claim.id].ordinal_nouns
    for i, owned, rank, after in art.memo(("owned ordinals", s.index), lambda: _owned_ordinals(text, tokens)):
        measured = expect.unit is not None or nouns
        if measured and after < len(tokens) and _the_claims_measure(tokens[after], expect, nouns):
            topic = topic_tokens(art, s, claim) if topic is None else topic
            found = _ordinal_of_a_measure(art, s, claim, topic, i, rank, after)
            if found is not None:
                out.append(found)
                continue
        if expect.unit is not None:
            continue
        topic = topic_tokens(art, s, claim) if topic is None else topic
        noun = next((k for k in range(after, min(len(tokens), after + ORDINAL_REACH)) if k in topic), None)
        if noun is None:
            continue
        end = noun
        while end + 1 in topic:
            end += 1
        if end + 1 < len(tokens) and tokens[end + 1].norm in ORDINAL_FRAMES and not _whole_record(tokens, end + 1):
            continue  # "his fifth gold of Rio 2016": a count within another frame
        stance = _compare_values(expect, rank, None, converted=False)
        if not owned and stance != "supports":
            continue  # "the 65th floor", "a close second": a place in a row, unless it is the claim's
        start, stop = tokens[i].start, tokens[end].end
        note = ORDINAL_NOTE.format(text[start:stop]) if stance == "conflicts" else None
        value = Found(_number(rank), text[tokens[i].start : tokens[after - 1].end])
        out.append(art.evidence(s, start, stop, "unclear" if note else stance, value, note=note))
    if expect.unit is not None:
        return out  # "for the 14th time" counts occurrences, never an amount in a unit
    for i, rank, after in art.memo(("occurrence ordinals", s.index), lambda: _occurrence_ordinals(text, tokens)):
        topic = topic_tokens(art, s, claim) if topic is None else topic
        if (
            after + 1 < len(tokens)
            and tokens[after + 1].norm in OCCURRENCE_FRAMES
            and not _whole_record(tokens, after + 1)
        ):
            continue  # "for the second time this year", "for the third time in a row": within another frame
        named = next((k for k in range(i - 1, max(-1, i - 1 - current.OCCURRENCE_REACH), -1) if k in topic), None)
        if named is None or CLAUSE_MARK_RE.search(text, tokens[named].end, tokens[i].start):
            continue
        stance = _compare_values(expect, rank, None, converted=False)
        start, stop = tokens[named].start, tokens[after].end
        note = ORDINAL_NOTE.format(text[tokens[i].start : stop]) if stance == "conflicts" else None
        value = Found(_number(rank), text[tokens[i].start : tokens[after - 1].end])
        out.append(art.evidence(s, start, stop, "unclear" if note else stance, value, note=note))
    return out


def _whole_record(tokens: Sequence[Token], i: int) -> bool:
    """Whether the words from token i span the owner's whole record ("in his career", "en su
    historia"): no frame within it, so the ordinal before counts the whole."""
    return phrase_at(tokens, i, WHOLE_RECORD_SPANS.tuple()) is not None


CLAUSE_MARK_RE = re.compile(r"[,;:()\u2013\u2014]")  # a mark between the topic and its ordinal: another clause
MEASURE_REACH = 8  # words from the topic to an ordinal of its measure: "Carvajal who nodded it home in the 74th minute"
MEASURE_NOTE = "an ordinal: the {0} may not be the last, or the claim's count: a question, not a conflict"


def _the_claims_measure(noun: Token, expect: QuantityExpect, nouns: frozenset[str]) -> bool:
    """Whether a noun after an ordinal is what the claim counts in: its unit ("the sixth day" for a
    claim in days), or the noun its statement puts its own ordinal before ("minute" for "opened the
    scoring in the 74th minute")."""
    if noun.norm in nouns:
        return True
    unit = UNIT_SPELLINGS.get(noun.text.lower()) if expect.unit is not None else None  # "day", "día"
    return unit is not None and expect.unit is not None and unit.name == expect.unit.name


def _ordinal_of_a_measure(
    art: Article, s: Sentence, claim: Claim, topic: frozenset[int], i: int, rank: int, after: int
) -> Evidence | None:
    """An ordinal before what the claim counts in, tied to the topic: after "of" ("the sixth day of
    jury deliberations", "el sexto día de deliberaciones") or named before it in its clause
    ("Carvajal's opening goal in the 74th minute"). The day or minute reached is the count when
    it agrees; another is a question (the deliberations may have gone on, the ordinal may be
    another event's), never a conflict."""
    tokens, text, expect = s.tokens, art.text, claim.expect
    assert isinstance(expect, QuantityExpect)
    if after in topic:
        return None  # "his 15th major" for a claim of majors: the topic's own ordinal, read as its count
    frame = after + 1 < len(tokens) and tokens[after + 1].norm == current.OF
    tied = frame and any(k in topic for k in range(after + 2, min(len(tokens), after + 2 + ORDINAL_REACH)))
    if frame and not tied:
        return None  # "deliberated after the fourth day of the trial": another thing's days
    fronted = expect.unit is None and _fronted_on_the_topic(text, tokens, topic, i, after)
    named = next((k for k in range(i - 1, max(-1, i - 1 - MEASURE_REACH), -1) if k in topic), None)
    if not (tied or fronted) and (named is None or CLAUSE_MARK_RE.search(text, tokens[named].end, tokens[i].start)):
        return None
    stance = _compare_values(expect, rank, None, converted=False)
    start, stop = tokens[i].start, tokens[after].end
    # a fronted phrase in the statement's own form goes on the clause after it, which names the
    # topic ("In the 82nd minute, Cucurella's ball allowed Oyarzabal to tap home the winner"): its
    # minute is compared as it stands, unless far from the claim's (another event's)
    said = fronted and not _far(rank, float(expect.value))
    note = MEASURE_NOTE.format(text[start:stop]) if stance == "conflicts" and not said else None
    value = Found(_number(rank), text[start : tokens[after - 1].end])
    return art.evidence(s, start, stop, "unclear" if note else stance, value, note=note)


FRONTED_REACH = 2  # words before a fronted ordinal: "In the 82nd minute,"


def _fronted_on_the_topic(text: str, tokens: Sequence[Token], topic: frozenset[int], i: int, after: int) -> bool:
    """Whether the ordinal at token i opens its sentence in a phrase set off by a comma right after
    its noun, and the clause after it names the topic."""
    if (
        i > FRONTED_REACH
        or after + 1 >= len(tokens)
        or text[tokens[after].end : tokens[after + 1].start].strip() != ","
    ):
        return False
    for k in range(after + 1, len(tokens)):
        if k > after + 1 and CLAUSE_MARK_RE.search(text, tokens[k - 1].end, tokens[k].start):
            return False
        if k in topic:
            return True
    return False


def _occurrence_ordinals(text: str, tokens: Sequence[Token]) -> list[tuple[int, int, int]]:
    """The sentence's ordinals right before a noun of an occurrence, as (token, rank, the noun's
    token): "for the 14th time", "por decimocuarta vez". The topic named just before counts its
    occurrences so: "won the Masters for a fifth time" is the fifth Masters."""
    out = []
    for i in range(1, len(tokens) - 1):
        rank, after = ordinal(text, tokens, i)
        if rank is not None and after < len(tokens) and tokens[after].norm in OCCURRENCE_NOUNS:
            out.append((i, rank, after))
    return out


def _owned_ordinals(text: str, tokens: Sequence[Token]) -> list[tuple[int, bool, int, int]]:
    """The sentence's ordinals after an owner or a determiner, as (token, owned, rank, token after
    it): the same for every claim that reads the sentence, so found once."""
    out: list[tuple[int, bool, int, int]] = []
    ordinal_words = ORDINAL_WORDS.set()
    for i in range(1, len(tokens) - 1):
        if not tokens[i].text.isdigit() and tokens[i].norm not in ordinal_words:
            continue  # no ordinal, as ordinal() would tell: most words, told without the call
        rank, after = ordinal(text, tokens, i)
        if rank is None:
            continue
        owned = tokens[i - 1].norm in COUNT_OWNERS or tokens[i - 1].text.endswith(current.POSSESSIVE_ENDINGS)
        owned = owned or _joined_to_an_owners(text, tokens, i, out)
        if owned or _determined(text, tokens, i):
            out.append((i, owned, rank, after))
    return out


ORDINAL_JOINERS = words("ORDINAL_JOINERS")
JOINED_REACH = 8  # words from an owner's ordinal to one joined to it: "his 14th Roland Garros crown and 22nd"


def _joined_to_an_owners(text: str, tokens: Sequence[Token], i: int, found: list[tuple[int, bool, int, int]]) -> bool:
    """Whether the ordinal at token i is joined by "and" to an owner's ordinal before it in its
    clause ("his 14th Roland Garros crown and 22nd grand-slam title overall"): the same owner's."""
    if tokens[i - 1].norm not in ORDINAL_JOINERS or not found or not found[-1][1]:
        return False
    k = found[-1][0]
    return i - k <= JOINED_REACH and not CLAUSE_MARK_RE.search(text, tokens[k].end, tokens[i].start)


RANK_REACH = 3  # words between a determiner and an ordinal: "a record-breaking 21st", "un histórico 21º"


def _determined(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at token i follows a determiner or an owner and at most RANK_REACH
    lower-case words: "a record 21st Grand Slam title", "el 21º grande", "his record-equalling
    24th". Such an ordinal is a rank like an owner's when it is the claim's; another rank is as
    often a place in a row ("the 65th floor", "a close second") as an earlier occurrence."""
    for k in range(i - 1, max(-1, i - 2 - RANK_REACH), -1):
        if tokens[k].norm in DETERMINERS or tokens[k].norm in COUNT_OWNERS:
            return True
        if not (tokens[k].text.islower() and tokens[k].text.replace("-", "").isalpha()):
            return False
        if text[tokens[k].end : tokens[k + 1].start].strip() not in ("", "-"):
            return False  # "the final, 21st": a mark between
    return False


LOOSE_FAR_NOTE = "far from the claim's value, and no word ties it to the topic: likely another figure"
FAR_NOTE = "far from the claim's value in an article that states it: likely another figure (a part, a fee)"


def _claim_whose_value(q: QuantityMention, claim: Claim, others: Iterable[Claim]) -> Claim | None:
    """Of `others`, the claim of the fact sheet that the figure agrees with, in the same kind of
    unit as `claim`: the figure may be that claim's, not a conflict of this one. Asked of the
    claims whose topic the sentence names, and, when it names none, of every other claim
    ("coronarse en Roland Garros y llegar a los 22 de títulos" for the 14 Roland-Garros titles,
    22 being the Grand Slam count): then a figure that disagrees here is a question."""
    expect = claim.expect
    assert isinstance(expect, QuantityExpect)
    dimension = expect.unit.dimension if expect.unit else None
    for other in others:
        theirs = other.expect
        if (
            other.id != claim.id
            and isinstance(theirs, QuantityExpect)
            and (theirs.unit.dimension if theirs.unit else None) == dimension
            and _compare_quantity(theirs, q) == "supports"
        ):
            return other
    return None


def _nearer_its_topic(art: Article, s: Sentence, q: QuantityMention, claim: Claim, other: Claim) -> bool:
    """Whether a figure that agrees with another claim stands nearer to where the sentence names
    that claim's topic than to where it names this claim's (or the sentence names only that
    one): the other claim's figure for sure ("With 56% of the votes, Gabriel Boric defeated …
    Kast" for Kast's share), no evidence here. One nearer this topic may be the article's slip
    or a figure told of both, which is a question."""
    first, last = token_range(s.tokens, q.start, q.end)
    ours = topic_distance(art, s, first, last, claim)
    theirs = topic_distance(art, s, first, last, other)
    return theirs is not None and (ours is None or theirs < ours)


def _weighed(text: str, figures: Sequence[QuantityMention]) -> set[QuantityMention]:
    """Amounts of money that a bracket restates as a mass, or that restate one: "the 1,260-pound
    (570-kilogram) spacecraft", "a 4-pound (1.8-kilogram) copter". A sum is never weighed, so the
    "pound" is the weight's, and the figure is no price of anything."""

    def kind(q: QuantityMention) -> str:
        return q.unit.dimension.partition(":")[0] if q.unit is not None else ""  # "currency:GBP": "currency"

    out = set()
    for q, nxt in pairwise(figures):
        if {kind(q), kind(nxt)} == {"mass", "currency"} and CONVERSION_RE.fullmatch(text, q.end, nxt.start):
            out.add(q if kind(q) == "currency" else nxt)
    return out


def _in_another_scale(q: QuantityMention, unit: Unit | None, expected: float) -> bool:
    """Whether a span of time is in another unit than the claim's and, converted, far from its
    value: "eight weeks" for a prison term of 22.5 years, "three hours" for ten years. A span
    misreported keeps its unit; one so far off in another unit is another span. (Lengths are
    misreported across units, "700 feet" for 700 metres, so they are compared.)"""
    if unit is None or q.unit is None or q.unit.name == unit.name or not q.unit.dimension == unit.dimension == "time":
        return False
    return _far(q.unit.convert(q.value, unit), expected)


def _far(value: float, expected: float) -> bool:
    if value <= 0 or expected <= 0:
        return False
    return max(value, expected) / min(value, expected) >= current.FAR_FROM_CLAIM


ADDING_UP_MOST = 6  # figures of one paragraph tried as parts; a table of more is not a breakdown


def _adding_up(figures: list[tuple[Evidence, float]], expect: QuantityExpect) -> dict[Evidence, str]:
    """Figures of one paragraph that together make the claim's value ("a van bomb that killed
    eight people, then 69 at the camp" for 77 killed, "443 passengers and 33 crew" for 476
    aboard): parts of the claim's total, so each one that alone disagrees is a question, not a
    conflict (docs/claims-format.md, What a value is about)."""
    if not any(e.stance == "conflicts" for e, _ in figures) or not 2 <= len(figures) <= ADDING_UP_MOST:
        return {}
    if any(e.stance == "supports" for e, _ in figures):
        return {}  # the paragraph states the total itself: the other figures are another matter
    for size in range(2, len(figures) + 1):
        for group in combinations(figures, size):
            total = sum(v for _, v in group)
            if _compare_values(expect, total, None, converted=False) == "supports":
                shown = " + ".join(e.found.text for e, _ in group)
                note = f"a part: {shown} add up to the claim's {_number(expect.value):,}"
                return {e: note for e, _ in group if e.stance == "conflicts"}
    return {}


def _not_understood(art: Article, s: Sentence, claim: Claim, expect: QuantityExpect) -> list[Evidence]:
    """An amount said of the topic that crosscheck cannot compare ("dozens of people", "nineteen
    eighty-four"): said as unclear with why, so that a sentence holding one is never taken for
    silence (docs/claims-format.md, What a value is about)."""
    out = []
    vague = art.memo(("vague amounts", s.index), lambda: find_vague_amounts(art.text, s.start, s.end))
    for v in vague:
        first, last = token_range(s.tokens, v.start, v.end)
        if negated(art, s, first) or not _counts_like(v.noun, expect, claim, art.matcher.words[claim.id]):
            continue
        if not _near(topic_distance(art, s, first, last, claim)):
            continue
        note = f"an amount crosscheck cannot compare: '{v.words}'"
        out.append(art.evidence(s, v.start, v.end, "unclear", Found(v.words, v.text), note=note))
    measure = expect.unit or art.matcher.words[claim.id].stated_unit
    unreadable = art.memo(("unreadable", s.index), lambda: find_unreadable_numbers(art.text, s.start, s.end))
    for n in unreadable:
        if n.unit is not None and not _same_scale(n.unit, measure):
            continue  # "in 9 seconds 58" for a claim of an age in years: another measure
        first, last = token_range(s.tokens, n.start, n.end)
        if _near(topic_distance(art, s, first, last, claim)):
            note = f"a number crosscheck cannot read: {n.why}"
            out.append(art.evidence(s, n.start, n.end, "unclear", Found(n.text, n.text), note=note))
    return out


def _counts_the_same(noun: str, words: ClaimWords) -> bool:
    """Whether a vague amount's noun is one the claim's statement counts or a word of its topic
    ("miles de votos" for the votes), or a person or a toll where the statement counts people."""
    stems = {t.stem for t in tokenize(noun)}
    if stems & (words.counts | words.topic):
        return True
    people = words.persons is not None or "people" in words.counts
    return people and any(w in PERSON_NOUNS or w in TOLL_WORDS for w in fold(noun).split())


SAME_SCALE = 100  # units at most this many times apart measure the same kind of thing: minutes, seconds


def _same_scale(unit: Unit, other: Unit | None) -> bool:
    """Whether a figure in `unit` could state a claim measured in `other`: the same dimension,
    at a neighbouring scale (minutes for seconds, not seconds for years)."""
    if other is None or unit.dimension != other.dimension:
        return False
    return max(unit.factor, other.factor) / min(unit.factor, other.factor) < SAME_SCALE


def _near(distance: int | None) -> bool:
    return distance is None or distance <= NEAR


COUNTED_REACH = 3  # words from a number word to the noun it counts: "three felony counts", "five of six counts"


def _counts_the_claims(s: Sentence, q: QuantityMention, words: ClaimWords) -> bool:
    """Whether a number word counts what the claim's statement counts, a few lower-case words on,
    by its own noun or one the language writes for the same kind ("convicted him on all seven
    counts he faced", "guilty on all three federal gun charges" for "guilty on three felony
    counts"): the words tie it to the topic as a digit's place does. Only an agreeing one is
    taken so: another may count a part ("five of six counts")."""
    _, last = token_range(s.tokens, q.start, q.end)
    for t in s.tokens[last : last + COUNTED_REACH]:
        if not t.text.isalpha() or not t.text.islower():
            return False
        if t.stem in words.counts or COUNTED_KIND.get(t.norm) in words.counts:
            return True
    return False


def _a_part_the_claim_counts(art: Article, s: Sentence, q: QuantityMention, words: ClaimWords) -> bool:
    """Whether an agreeing number word is a part of a group of what the claim counts, as the
    claim's own figure is ("convicted on five of six sexual abuse counts" for "guilty on five of
    the six counts"): the words tie it to the topic as a digit's place does."""
    _, last = token_range(s.tokens, q.start, q.end)
    return a_part_of_the_claims_group(art.text, s.tokens, last, len(s.tokens), words)


def _counts_like(noun: str | None, expect: QuantityExpect, claim: Claim, words: ClaimWords) -> bool:
    """Whether a vague amount counts what the claim's figure measures: people for a head-count,
    money for an amount in a currency, the claim's own noun ("dozens of runners"). A vague amount
    is a count: never a measure that counts no noun ("several hundred" for a magnitude), nor
    the claim's count when it counts another noun than the statement does ("thousands of
    supporters" for the votes, "hundreds of protesters" for the counts), people aside for a
    claim that counts people."""
    counted = expect.unit is None and words.stated_unit is None  # a count with no unit, or a measure
    if counted and words.measure_only:
        return False
    if noun is None:
        return expect.unit is None or expect.unit.dimension == "people"
    unit = lookup(noun.split()[-1])
    if expect.unit is not None and unit is not None:
        return unit.dimension == expect.unit.dimension
    if expect.unit is not None and expect.unit.dimension == "people":
        # in normal form, as the tables are: "un centenar de víctimas", "decenas de muertos"
        return any(w in PERSON_NOUNS or w in TOLL_WORDS for w in fold(noun).split())
    if counted and unit is None and words.counts and not _counts_the_same(noun, words):
        return False
    return expect.unit is None


def _sentence(art: Article, s: Sentence, claim: Claim, expect: QuantityExpect) -> list[tuple[Evidence, float | None]]:
    """The figures of one sentence said about the topic.

    A figure tied to something else is no evidence. One tied to nothing visible
    counts only when it stands alone: beside a figure that agrees it is another
    side's or another thing's figure, and among several it is unclear which is
    the topic's, which the evidence says rather than guess a conflict."""
    found: list[tuple[QuantityMention, Stance, About]] = []
    unitless: list[QuantityMention] = []
    previous: tuple[QuantityMention, About | None] | None = None
    converted: dict[QuantityMention, QuantityMention] = {}  # a conversion in brackets -> the amount it converts
    theirs: set[QuantityMention] = set()  # another claim's figures: no evidence, but still one of the sentence's
    figures = art.values(s)[1]
    if not figures:
        return []  # nothing below finds evidence in a sentence without figures: asked of each claim, it cost a pass
    words = art.matcher.words[claim.id]
    weights = art.memo(("weighed", s.index), lambda: _weighed(art.text, figures))
    for q in figures:
        first, last = token_range(s.tokens, q.start, q.end)
        if negated(art, s, first) or _a_period_of_years(q) or q in weights:
            continue
        if (
            q.high is not None
            and first
            and s.tokens[first - 1].norm == current.CHANGE_FROM
            and not (first > 1 and s.tokens[first - 2].norm in RANGE_LEADS)  # "ranging from 10 to 25 years"
            and s.tokens[first].norm not in BETWEEN  # "penas de entre cinco y 15 años": a range, not a change
        ):
            q = replace(q, value=q.high, high=None)  # "dropped it from 9.74 to 9.58": a change, now 9.58
        if q.age == "old" and not words.states_age:
            continue  # "the 33-year-old": a person's or a thing's age, not a duration the claim states
        if words.states_age and words.person and q.age != "old" and q.unit is not None and q.unit.dimension == "time":
            continue  # "jailed for five years" for a claim of her age: a person's age is written as one
        stance = _compare_quantity(expect, q, words.stated_unit)
        if stance is None and words.place_unit is not None and q.unit is not None:
            placed = _compare_quantity(expect, q, words.place_unit)  # "on 74 minutes" for "the 74th minute"
            stance = placed if placed == "supports" else None
        # A figure of another kind than the claim's is still the claim's as a bare head count, an
        # apposed age or a figure that lost its unit; else what it is about, the dearest step of
        # reading a figure, is not worked out at all.
        head_count = stance is None and _a_head_count(art, s, q, expect)
        apposed = stance is None and words.states_age and words.person and apposed_age(art, s, q, claim)
        if stance is None and expect.unit is not None and expect.unit.dimension == "percent" and unsigned_share(s, q):
            q = replace(q, unit=expect.unit)  # "ganó con el 55,18 de los votos": read as the share it is
            stance = _compare_quantity(expect, q, words.stated_unit)
        lost_unit = stance is None and _without_unit(art, s, q, claim, expect)
        aged = stance is None and not apposed and words.states_age and _an_age_in_years(art, s, q, expect)
        if stance is None and not (head_count or apposed or lost_unit or aged):
            previous = (q, None)
            continue
        if previous is not None and CONVERSION_RE.fullmatch(art.text, previous[0].end, q.start):
            # "£23.4 billion ($31 billion)": the same amount in another unit
            what = previous[1] or _about(art, s, previous[0], claim)
            converted[q] = previous[0]
        else:
            what = _about(art, s, q, claim)
            before, said_before = previous if previous is not None else (None, None)
            if (
                stance == "conflicts"
                and before is not None
                and said_before is not None
                and said_before.kind == "other"
                and restating(art.text, before.end, q.start)
            ):  # "a special dividend of up to $4 billion — or $6.85 per share" for the price per share
                what = About("unknown", f"the figure before in another form, so maybe {said_before.why}")
        previous = (q, what)
        opened = what.agreeing_only  # read only where it agrees, whatever is said of it below
        if (
            q.word
            and stance == "supports"
            and what.kind == "unknown"
            and ((not what.why and _counts_the_claims(s, q, words)) or _a_part_the_claim_counts(art, s, q, words))
        ):
            what = About("topic")  # "found guilty of all three counts", "five offences including …"
        if what.kind == "unknown" and not what.why and _obtained_by_the_topics_relative(art, s, q, claim):
            what = About("topic")  # "a Keiko Fujimori, que alcanza el 49,82%", "Sandra Torres, who received 36.2%"
        if what.kind == "other" or (q.word and what.kind != "topic"):
            continue  # a number word alone counts only where the words tie it to the topic
        if q.word and first and s.tokens[first - 1].norm in DEFINITE_ARTICLES:
            # "the six jurors who were dismissed", "los cuatro Grandes": a group already known
            what = About("unknown", f"'{s.tokens[first - 1].text} {q.text}': a group named before, maybe not the count")
        if q.value in words.wholes and q.value != expect.value:
            what = About("unknown", f"the whole the claim's figure is a part of ('{art.text[q.start : q.end]}')")
        if stance == "conflicts" and q.value in words.rebased:
            # "roughly a 33 percent premium to the stock price as of Aug. 2" for the 44% whose
            # statement adds "about 33% to its 52-week high": the same measure on another base
            what = About("unknown", f"the figure the claim's statement gives on another base ('{q.text}')")
        if stance != "supports" and _one_of_them(art, s, q, claim, expect):
            continue  # "El acusado de 72 se puso en pie", "ha sido condenado a 12" for the 51 defendants
        counted = _topic_figure_counting_another(art, s, q, claim, expect) if stance == "conflicts" else None
        if counted and what.kind == "topic":  # "una ventaja de seis puntos" for a margin in votes
            what = About("unknown", f"counts {counted}, not what the claim counts", what.distance)
        whole = whole_of_a_part(art, s, q, claim) if stance == "conflicts" and what.kind != "other" else None
        if whole:  # "13,1 millones de los 17,4 millones de habitantes" for the 13.1 million voters
            what = About("unknown", f"the whole of a part ('{whole}'): maybe not the count the claim gives")
        counted_in = _counted_in(art, s, q, claim)
        if counted_in and (expect.unit is None or expect.unit.dimension == "people"):
            what = About("unknown", f"a figure in {counted_in}s, not the count the claim gives")  # "a 10-point lead"
        if expect.unit is None and q.unit is not None and q.unit.dimension == "people" and not _counts_people(words):
            continue  # "almost 5 million people" for a magnitude: a count of people, not the claim's figure
        if expect.unit is None and words.measure_only and (_a_plural_count(art, s, q) or _a_counted_subject(art, s, q)):
            continue  # "There have been 19 earthquakes" for a magnitude: a count of quakes, not a measure
        kind_of = of_one_kind(art, s, q.end, claim) if stance == "conflicts" else None
        if kind_of:  # "guilty on all eight counts of violating the Mann Act" for the counts of the whole case
            what = About("unknown", f"counts {kind_of}: one kind of them, maybe a part of the claim's total")
        holder = _a_subjects_figure(art, s, q, claim) if stance == "conflicts" else None
        if holder:  # "Djokovic remains behind him in the Slam count with 20" for Nadal's count
            what = About("unknown", f"said of {holder}, the subject of its clause, not of the claim's")
        compared = _compared_side(art, s, q, claim) if stance == "conflicts" else None
        if compared:  # "a victory with about 53%, more than 20 points than Mesa" for Mesa's share
            what = About("unknown", f"the topic is named only after '{compared}': the other side of a comparison")
        listed = _on_a_list(s, first)
        if listed:  # "The Prosecutor's Office has a list of more than 70 witnesses ready to testify"
            what = About("unknown", f"counts the names on a {listed}: those listed, maybe not those the claim counts")
        in_turn = _given_in_turn(art, s, last) if stance == "conflicts" else None
        if in_turn:  # "They received sentences of 19 and 21 years respectively" for Bolsonaro's 27
            what = About("unknown", f"one of the figures '{in_turn}' gives to several holders: maybe not the claim's")
        lying = (
            _where_a_place_lies(art, s, first, words)
            if stance == "conflicts" and q.unit is not None and q.unit.dimension == "length"
            else None
        )
        if lying:  # "The municipality is roughly 22 miles from the airport" for the crash site's 18 km
            what = About("unknown", f"where the {lying} lies, not what the claim measures: a question")
        members = _a_groups_members(s, first) if stance == "conflicts" and words.toll else None
        if members:  # "un grupo integrado por 50 personas" for the 19 players killed
            what = About("unknown", f"'{members}': the members of a group, not the claim's toll")
        other_claim = _claim_whose_value(q, claim, art.other_claims_named(s, claim)) if stance == "conflicts" else None
        if other_claim and what.kind != "topic" and _nearer_its_topic(art, s, q, claim, other_claim):
            theirs.add(q)  # "With 56% of the votes, Gabriel Boric defeated … Kast" for Kast's share: Boric's
        unnamed_claim = (
            _claim_whose_value(q, claim, art.matcher.claims.claims)
            if stance == "conflicts" and not other_claim and expect.unit is None and words.stated_unit is None
            else None
        )
        if unnamed_claim:  # "coronarse en Roland Garros y llegar a los 22 de títulos" for his 14 there: all his titles
            what = About("unknown", f"the figure of claim '{unnamed_claim.id}': maybe that one's, not this one's")
        if other_claim:  # "Trump was fined $355 million" for the judgment with interest: the fine's figure
            what = About(
                "unknown", f"the figure of claim '{other_claim.id}', whose topic the sentence names", what.distance
            )
        if stance == "conflicts" and _in_another_scale(q, expect.unit or words.stated_unit, float(expect.value)):
            if what.kind != "topic":
                continue  # "sentencing in eight weeks" for a prison term in years: another span
            what = About(
                "unknown", f"in {q.unit.name if q.unit else ''}s, far from the claim's figure: maybe another measure"
            )
        if stance is None and head_count and (what.kind == "topic" or what.why):
            stance = _compare_values(expect, q.value, q.high, converted=False)
        if stance is None and apposed:
            stance = _compare_values(expect, q.value, q.high, converted=False)  # "Ms Steenkamp, 29, …"
            what = About("topic")
        if stance is None and aged:
            stance = _compare_values(expect, q.value, None, converted=False)  # "at the age of 43", "At 35, Boric"
            if what.kind == "unknown" and not what.why and stance == "conflicts":
                what = About("unknown", "an age no word ties to the claim's person", what.distance)
        if stance is None and what.kind == "topic" and lost_unit:
            unitless.append(q)  # "the mission cost around 1.4bn": the page lost its currency sign
            continue
        if stance is None or (
            what.kind == "unknown"
            and not what.why
            and not aged
            and _counts_something_else(art, s, q, claim, expect)
            and not (stance == "supports" and _counts_the_claims(s, q, words))
        ):  # "233,211 votes after a peaceful campaign", "20.7 million votes cast": the claim's noun first
            continue
        if stance != "supports" and opened:
            continue  # "The 20-time grand slam champion has since lost": maybe a name's part, as before
        found.append((q, stance, what))
    portions = _portions(art, s, [q for q, stance, _ in found if stance == "conflicts"], expect, words.toll)
    portions.update(
        (q, "cash paid beside shares: one part of the price, not all of it")
        for q, stance, what in found
        if stance == "conflicts" and what.kind != "other" and not what.why and _beside_shares(s.tokens, q)
    )  # "Celgene shareholders will receive one Bristol-Myers Squibb share and $50 in cash"
    found = [(q, "unclear" if q in portions else stance, what) for q, stance, what in found]
    conflicting = {q for q, stance, _ in found if stance == "conflicts"}
    kinds = _other_kinds(art, s, claim) if conflicting else None  # asked only when it can requalify one
    requalified = conflicting if kinds else set()
    if requalified:  # "the emergency response costs alone would be more than $8 million"
        found = [(q, "unclear" if q in requalified else stance, what) for q, stance, what in found]
    still = {q for q, stance, _ in found if stance == "conflicts"}
    rating = _a_rating(s, words) if still else None
    rated = still if rating else set()
    if rated:  # "enjoys one of the highest favorability ratings …, regularly polling above 70%"
        found = [(q, "unclear" if q in rated else stance, what) for q, stance, what in found]
    parts = (
        _parts(art, s, [q for q, _, _ in found], claim)
        | _groups(art, s, art.values(s)[1], claim)
        | _sides(art, s, [q for q, _, _ in found], claim)
    )
    found = [(q, stance, what) for q, stance, what in found if q not in parts]
    agreeing = any(stance == "supports" for _, stance, _ in found)
    loose = [(q, what) for q, stance, what in found if what.kind == "unknown" and stance == "conflicts"]
    amounts = [(q, what) for q, what in loose if not any(converted.get(q) is p for p, _ in loose)]
    # A sentence whose words tie another figure to the topic gives the topic's own: a loose one
    # beside it is another's ("Sheinbaum, with 59.4%, beat Xóchitl Gálvez, who took 29.1%").
    tied = any(what.kind == "topic" and q not in converted for q, _, what in found)
    nearest = None if tied else _nearest(amounts)  # "77 kilometers (48 miles)": one amount, said twice
    alone = not tied and len(amounts) == 1
    if nearest is None and alone and _said_of_the_opening_subject(art, s, amounts[0][0], claim):
        nearest = amounts[0][0]  # "Gabriel Boric ganó … la Presidencia de Chile al obtener el 55,18 %"
    chosen = {q for q, _ in loose if nearest is not None and nearest in (q, converted.get(q))}
    disagreeing = [q for q, stance, _ in found if stance == "conflicts"]
    split = _split_term(art, s, expect) if disagreeing else None
    purposes = _purposes(art, s, disagreeing, claim)
    breakdown = _breakdowns(art, s, disagreeing, claim)
    out: list[tuple[Evidence, float | None]] = []
    for q, stance, what in found:
        if q in theirs:
            continue
        note = "amount in another currency: not converted" if stance == "unclear" else None
        if q in requalified:
            note = f"said of the {kinds}: maybe another kind than the claim's"
        if q in rated:
            note = f"in a sentence about a rating ('{rating}'): maybe the rating, not the claim's figure"
        if q in portions:
            note = portions[q]
        if what.kind == "unknown" and what.why and stance == "conflicts":
            stance, note = "unclear", what.why  # "trading at $135 per share" for an offer per share
        if stance == "conflicts" and split and q.unit is not None and q.unit.dimension == "time":
            stance, note = "unclear", f"one part of a term split with '{split}': not the whole term"
        if stance == "conflicts" and q in purposes:
            stance, note = "unclear", purposes[q]
        if stance == "conflicts" and q in breakdown:
            stance, note = "unclear", breakdown[q]  # "three counts of …, one for … and another for …"
        if stance == "conflicts" and agreeing:
            continue  # "51.9% to 48.1%", "55.3% and 'Yes' 44.7%": beside the topic's agreeing figure, another's
        region = _one_regions(s, q) if stance == "conflicts" else None
        if region:  # "damage of over $59.6 billion statewide" for the whole country's
            stance, note = "unclear", f"one region's figure ('{region}'): maybe a part of the claim's"
        if stance == "conflicts" and _round_near(q, float(expect.value)):
            stance, note = "unclear", f"a round figure ('{q.bare}'): about so many, near the claim's"
        wider = _wider_count(art, s, q, words, expect) if stance == "conflicts" else None
        if wider:  # "a plane carrying 188 people" for its 181 passengers
            stance, note = "unclear", f"counts all {wider}, maybe more than the claim's {words.persons}"
        value_here = _in_claim_unit(q, expect, words.stated_unit)
        head_count = q.unit is not None and q.unit.dimension == "people"  # an early toll is often far off
        if (
            what.kind == "unknown"
            and stance == "conflicts"
            and value_here
            and not head_count
            and _far(value_here, float(expect.value))
        ):
            stance, note = "unclear", LOOSE_FAR_NOTE  # "would cost him $1billion" for a $44bn deal
        elif what.kind == "unknown" and stance == "conflicts" and q not in chosen:
            stance = "unclear"
            note = (
                f"one of {len(amounts)} figures in the sentence; which is the topic's is not clear"
                if len(amounts) > 1
                else "not clearly about the topic: too far from where the sentence names it"
            )
        value = Found(_number(q.value), q.bare, q.unit.name if q.unit else None)
        item = art.evidence(s, q.start, q.end, stance, value, hedged=q.hedge is not None, note=note)
        out.append((item, value_here if stance != "unclear" else None))
    if not out and unitless:
        assert expect.unit is not None
        for q in unitless:
            note = f"a figure of the topic with no unit: the claim's is {expect.unit.name}"
            value = Found(_number(q.value), q.bare, None)
            out.append((art.evidence(s, q.start, q.end, "unclear", value, hedged=q.hedge is not None, note=note), None))
    return out


def _portions(
    art: Article, s: Sentence, figures: list[QuantityMention], expect: QuantityExpect, toll: str | None
) -> dict[QuantityMention, str]:
    """Figures a sentence marks as a share of something larger, with why: one before a count of
    "more" ("a bomb that killed eight people, then 69 more lives": the first portion), and a total
    of several ("killing 77 people in total", for the toll on one island) that exceeds the claim's,
    which may be a part of it. A count of "more" of another toll than the claim's `toll` adds to
    another count: "254 people have been killed and around 400 more injured" leaves 254 whole."""
    out: dict[QuantityMention, str] = {}
    every = art.values(s)[1]
    tokens = s.tokens
    increments = [
        q
        for q in every
        if (last := token_range(tokens, q.start, q.end)[1]) < len(tokens)
        and tokens[last].norm in INCREMENTS
        and not (toll and last + 1 < len(tokens) and TOLL_OF.get(tokens[last + 1].norm, toll) != toll)
    ]
    for q in figures:
        first, _ = token_range(tokens, q.start, q.end)
        reached = first > 0 and tokens[first - 1].norm in TOTAL_LINKS  # "rose to 64 after … 10 more": the new total
        k = bisect_right(increments, q.end, key=BY_START)  # the first increment after the figure
        later = increments[k] if k < len(increments) else None
        if later is not None and not reached:
            out[q] = f"a portion before '{art.text[later.start : later.end]} more', not the whole"
            continue
        _, last = token_range(tokens, q.start, q.end)
        following = " ".join(t.norm for t in tokens[last : last + 2])
        counted = expect.unit is None or expect.unit.dimension == "people"  # "$300 million in total" is a cost's whole
        larger = counted and (_in_claim_unit(q, expect) or 0) > expect.value
        if larger and any(following.startswith(marker) for marker in TOTAL_MARKERS):
            out[q] = f"a total of several ('{following}'): the claim's figure may be a part of it"
    return out


BREAKDOWN_LINKS = words("BREAKDOWN_LINKS")
PARTITIVE_HEADS = words("PARTITIVE_HEADS")
ELIDED_LEADS = words(lambda lx: (*lx.NUMBER_WORDS, *lx.ANOTHER_WORDS))
MORE_WORDS = words("THE_OTHERS")
LISTING = words("LIST_JOINERS")
BOUNDS = sequence(lambda lx: lx.HEDGES)
BREAKDOWN_REACH = 12  # words from a figure to the next part: "tres cargos de conspiración y tráfico …, uno por"
HEAD_REACH = 3  # words from the first figure to its link: "three counts of", "80 were killed by"
PART_SAID = 6  # words after a part's link that may name what it is of: "11,4% para Jorge Alvarez Máynez"


def _breakdowns(art: Article, s: Sentence, figures: list[QuantityMention], claim: Claim) -> dict[QuantityMention, str]:
    """Figures of a breakdown whose later parts leave the noun out ("three counts of cocaine
    trafficking, one for organized crime and another for making false statements", "4 cargos por
    narcotráfico y uno por mentir", "80 killed by the quake, 12 by the tsunami"): each figure is
    one part of the total, so one that disagrees with the claim is a question, not a conflict,
    unless what it is of is the claim's topic ("29,1% para Xóchitl Gálvez y 11,4% para Jorge
    Máynez" for Gálvez's share). A part is a number (or "another", "otro") after a comma or a list
    joiner, maybe with "more", then a link word; "one of them", "uno de los cuales" are shares,
    "one for each" a rate and "37 por encima de la mayoría" a bound. The figure before it is the
    first part when its own link comes within HEAD_REACH words ("80 were killed by"), or its
    noun right before the list goes on ("12 vouchers, and 11 from"); else the parts are of
    something else ("300 resultaron heridas este viernes por la colisión de trenes, uno de
    pasajeros": trains, not the injured)."""
    if not figures:
        return {}
    text, tokens = art.text, s.tokens
    every = art.values(s)[1]
    spans = [token_range(tokens, q.start, q.end) for q in every]
    inside = {k: i for i, (first, last) in enumerate(spans) for k in range(first, last)}
    topic: frozenset[int] | None = None
    out: dict[QuantityMention, str] = {}
    for k in range(1, len(tokens) - 1):
        part = inside.get(k)
        if (part is not None and spans[part][0] != k) or (part is None and tokens[k].norm not in ELIDED_LEADS):
            continue  # a part starts where its figure does
        if part is not None and not every[part].word and text[every[part].end - 1].isalpha():
            continue  # "más de 50 testigos, 200 horas de testimonio": a figure with its own noun, none left out
        if not (tokens[k - 1].norm in LISTING or "," in text[tokens[k - 1].end : tokens[k].start]):
            continue
        link = spans[part][1] if part is not None else k + 1
        if link < len(tokens) and tokens[link].norm in MORE_WORDS:
            link += 1  # "y uno más por haber mentido"
        if link + 1 >= len(tokens) or tokens[link].norm not in BREAKDOWN_LINKS:
            continue
        after = tokens[link + 1].norm
        if tokens[link].norm == current.OF and (after in PARTITIVE_HEADS or after in DETERMINERS):
            continue  # "one of them", "uno de los cuales": a share of the figure before
        if (after in RATE_MARKERS and after not in DETERMINERS) or _a_bound(tokens, link):
            continue  # "one for each", "uno por cada": a rate; "37 por encima de": a bound
        before = [i for i, (_, last) in enumerate(spans) if last <= k]
        if not before or k - spans[before[-1]][1] > BREAKDOWN_REACH:
            continue
        head = before[-1]
        noun = spans[head][1]  # the token after the figure: its noun, or its link ("29,1% para")
        own = next((j for j in range(noun, min(k, noun + HEAD_REACH)) if tokens[j].norm in BREAKDOWN_LINKS), None)
        if own is None and not (noun + 1 == k or (noun + 2 == k and tokens[noun + 1].norm in LISTING)):
            continue  # "300 resultaron heridas este viernes por la colisión de trenes, uno de pasajeros"
        topic = topic_tokens(art, s, claim) if topic is None else topic
        said = {  # the words that say what each part is of
            head: range((noun if own is None else own) + 1, k),
            part: range(link + 1, min(len(tokens), link + 1 + PART_SAID)),
        }
        shown = text[every[head].start : tokens[link + 1].end]
        note = f"a part of a breakdown ('{shown}…'): one part, not the total"
        for i, words_of in said.items():
            if i is not None and every[i] in figures and not topic.intersection(words_of):
                out[every[i]] = note
    return out


def _a_bound(tokens: Sequence[Token], link: int) -> bool:
    """Whether a link word opens a bound ("37 por encima de la mayoría"), not what a part is of."""
    following = " ".join(t.norm for t in tokens[link : link + 3])
    return any(following.startswith(bound) for bound in BOUNDS)


IN_KIND = words("PAYMENT_IN_KIND")
JOINING = words(lambda lx: (w for w in lx.LIST_JOINERS if w not in lx.ALTERNATIVE_JOINERS))
KIND_REACH = 4  # words from a list joiner to the shares it lists: "one Bristol-Myers Squibb share and"


def _beside_shares(tokens: Sequence[Token], q: QuantityMention) -> bool:
    """Whether a cash amount is listed with shares paid beside it: "one Bristol-Myers Squibb
    share and $50 in cash", "1 Bristol-Myers share, $50 in cash and special rights", "$53.75
    per share in cash and $53.75 per share in AT&T stock". Not "$56.5 billion, or $129 a share"
    (the same price another way) nor "$5 billion in cash and stock" (the forms of the whole)."""
    if q.unit is None or not q.unit.dimension.startswith("currency:"):
        return False
    first, last = token_range(tokens, q.start, q.end)
    before = first > 0 and (tokens[first - 1].norm in JOINING or tokens[first - 1].text == ",")
    if before and (
        _in_kind(tokens, max(0, first - 1 - KIND_REACH), first - 1) or _in_kind(tokens, last, last + 2 * KIND_REACH)
    ):
        return True  # "one … share and $50 in cash", "… in cash and $53.75 per share in AT&T stock"
    joiner = next(
        (k for k in range(last, min(len(tokens), last + 2 * KIND_REACH)) if tokens[k].norm in JOINING), None
    )  # "$53.75 per share in cash and": the joiner after what the amount is paid in
    if joiner is None or (joiner + 1 < len(tokens) and tokens[joiner + 1].norm in PAYMENT_FORMS):
        return False  # "$5 billion in cash and stock": the forms the whole amount is paid in
    return _in_kind(tokens, joiner + 1, joiner + 1 + 2 * KIND_REACH)


def _in_kind(tokens: Sequence[Token], start: int, stop: int) -> bool:
    """Whether shares are paid among tokens [start, stop): not a price per share ("$129 a share")."""
    return any(
        tokens[k].norm in IN_KIND and not (k and tokens[k - 1].norm in RATE_MARKERS)
        for k in range(start, min(stop, len(tokens)))
    )


PURPOSE_LEADS = words("PURPOSE_LEADS")
PURPOSE_REACH = 2  # words from an amount to its purpose: "a $168 million fine for saved interest"
PURPOSE_SHOWN = 3  # words of the purpose the note quotes
PURPOSE_FRONT = 8  # words of a purpose a sentence opens with, up to its comma: "For repairing her reputation,"
PURPOSE_WORDS = 3  # the fewest words of such a purpose, its lead counted: "For punitive damages,"


def _purposes(art: Article, s: Sentence, figures: list[QuantityMention], claim: Claim) -> dict[QuantityMention, str]:
    """Sums of money that each carry their own purpose beside other sums ("$1.7 million
    for reputational repair and $1 million in compensatory damages", "$126 million for profits
    from the sale of the Old Post Office, and $60 million for …"): a breakdown, each figure one
    part of the award or the cost, unless its purpose is the claim's topic."""
    if not figures:
        return {}
    every = art.values(s)[1]
    tokens = s.tokens
    topic = topic_tokens(art, s, claim)
    out: dict[QuantityMention, str] = {}
    fronted = _fronted_purpose(art, s, topic)
    for q in figures:
        money = q.unit is not None and q.unit.dimension.startswith("currency:")  # "29.1% for Gálvez": a side's share
        if money and fronted is not None and q.start > tokens[fronted[-1]].end:
            phrase = art.text[tokens[fronted[0]].start : tokens[fronted[-1]].end]
            out[q] = f"an amount for the purpose its sentence opens with ('{phrase}'): a part, not the whole"
            continue
        if not money or not any(o is not q and o.unit == q.unit for o in every):
            continue
        _, last = token_range(tokens, q.start, q.end)
        lead = next(
            (k for k in range(last, min(len(tokens), last + PURPOSE_REACH)) if tokens[k].norm in PURPOSE_LEADS), None
        )
        if lead is None:
            continue
        following = [o.start for o in every if o.start > q.end]
        stop = min(following, default=s.end)
        purpose = [k for k in range(lead + 1, len(tokens)) if tokens[k].end <= stop]
        if purpose and not topic.intersection(purpose):
            shown = purpose[:PURPOSE_SHOWN]
            phrase = art.text[tokens[lead].start : tokens[shown[-1]].end] + ("…" if len(purpose) > len(shown) else "")
            out[q] = f"one of several amounts, each for its own purpose ('{phrase}'): a part, not the whole"
    return out


def _fronted_purpose(art: Article, s: Sentence, topic: frozenset[int]) -> range | None:
    """The purpose a sentence opens with, set off by a comma, when it is not the claim's topic:
    "For repairing her reputation, Ms Carroll was awarded $1.7m", "Para reparar su reputación, el
    jurado le otorgó 1,7 millones". An amount after it is given for that purpose alone, one part of
    a total the claim may give."""
    tokens = s.tokens
    if not tokens or tokens[0].norm not in PURPOSE_LEADS:
        return None
    comma = next(
        (
            k
            for k in range(1, min(len(tokens), PURPOSE_FRONT + 1))
            if "," in art.text[tokens[k - 1].end : tokens[k].start]
        ),
        None,
    )
    if comma is None or comma < PURPOSE_WORDS or any(k in topic or tokens[k].text[:1].isdigit() for k in range(comma)):
        return None  # "For example,", "For now,", "Para 2025,": no purpose
    return range(0, comma)


INCREMENTS = words("INCREMENT_WORDS")
TOTAL_LINKS = words("TOTAL_LINKS")
TOTAL_MARKERS = sequence(lambda lx: lx.TOTAL_MARKERS)


def _a_plural_count(art: Article, s: Sentence, q: QuantityMention) -> bool:
    """Whether a bare figure counts the plural noun right after it ("19 earthquakes", "two deadly
    earthquakes"), for a claim whose statement gives a measure, not a count."""
    if q.unit is not None or q.hedge is not None or q.value != int(q.value):
        return False  # "125.3 gigaelectronvolts": a measure in a unit crosscheck does not know
    _, last = token_range(s.tokens, q.start, q.end)
    if last >= len(s.tokens) or s.tokens[last].start != q.end + 1:
        return False
    noun = counted_head(art.text, s.tokens, last)  # "two deadly earthquakes", "dos terremotos mortales"
    return noun is not None and noun.norm.endswith(current.PLURAL_ENDING)


# Words back from a figure to the count it is said of: "the number of people killed in … exceeds 5,000".
COUNTED_SUBJECT_REACH = 12


def _a_counted_subject(art: Article, s: Sentence, q: QuantityMention) -> bool:
    """Whether a bare figure is said of a count of people or of a plural noun ("the number of
    people killed in the April 25 earthquake exceeds 5,000", "el número de muertos supera los
    5.000"), for a claim whose statement gives a measure: a count, though the topic stands near.
    Not across a comma: "el total de heridos causados por el movimiento, que tuvo magnitud 7,8"."""
    if q.unit is not None:
        return False
    tokens = s.tokens
    first, _ = token_range(tokens, q.start, q.end)
    comma = art.text.rfind(",", 0, q.start)  # not across a comma
    for k in range(first - 3, max(-1, first - 1 - COUNTED_SUBJECT_REACH), -1):
        if comma >= tokens[k].end:
            return False
        if tokens[k].norm in NEUTRAL_HEADS and tokens[k + 1].norm == current.OF:
            counted = tokens[k + 2]
            return (
                counted.norm in PERSON_NOUNS
                or counted.norm in TOLL_WORDS
                or counted.norm.endswith(current.PLURAL_ENDING)
            )
    return False


def _counts_people(words: ClaimWords) -> bool:
    """Whether a claim with no unit counts something a figure in people can be: a toll, a person
    noun its statement counts ("217 people" for "217 people were aboard"), or a noun of a figure
    written with no unit. A statement that writes its figure in a unit ("about 13 minutes after
    take-off") counts no people, whatever word follows the unit."""
    return words.toll is not None or words.persons is not None or (bool(words.counts) and words.stated_unit is None)


TERM_RELEASES = phrase_table("TERM_RELEASES")
RELEASE_REACH = 3  # words from a span to the release it is served on: "8 months of supervised release"


def _split_term(art: Article, s: Sentence, expect: QuantityExpect) -> str | None:
    """The release a sentence gives a span of, for a claim of a span ("16 months in prison with
    the possibility of 8 months of supervised release", "8 meses de libertad supervisada"): the
    sentence splits the term into parts, so a span of it that disagrees is a part, not the whole
    term (docs/claims-format.md: a part is not the whole)."""
    if expect.unit is None or expect.unit.dimension != "time":
        return None
    tokens = s.tokens
    for q in art.values(s)[1]:
        if q.unit is None or q.unit.dimension != "time":
            continue
        _, last = token_range(tokens, q.start, q.end)
        for start in range(last, min(len(tokens), last + RELEASE_REACH)):
            release = phrase_at(tokens, start, TERM_RELEASES.tuple())
            if release:
                return art.text[tokens[start].start : tokens[start + len(release) - 1].end]
    return None


# Words before a name that make it an object, not its clause's subject: "ahead of Djokovic", "behind Gay".
NOT_SUBJECT_LEADS = words(
    lambda lx: (*lx.VALUE_PREPOSITIONS, *lx.RANKED_AGAINST, *(p.split()[-1] for p in lx.COMPARED_SIDE_LEADS))
)


def _a_subjects_figure(art: Article, s: Sentence, q: QuantityMention, claim: Claim) -> str | None:
    """The subject of its clause that holds a figure after "with" ("con"), one of the fact sheet's
    people other than the claim's, named nearest before it and followed by its verb:
    "He also made sure Djokovic remains behind him in the Slam count with 20" is Djokovic's count,
    not Nadal's: a question, never a conflict. The name nearest before the figure is the holder:
    one of the claim's there, or a clause break between, and the rule does not apply."""
    first, _ = token_range(s.tokens, q.start, q.end)
    tokens = s.tokens
    if first == 0 or tokens[first - 1].norm not in HOLDING_LINKS:
        return None
    words = art.matcher.words[claim.id]
    own = {item for item in claim.about if item in art.matcher.claims.entities} | words.named
    before = [m for m in art.mentions(s) if m.last < first]
    if not own or not before:
        return None
    holder = max(before, key=lambda m: m.last)
    if beaten_before(art, s, first) is not None:
        return None  # "defeating Tomás Ruiz with 52.9%": the one beaten, an object, not the subject
    if holder.entity in own or not tokens[holder.last].text.isalpha() or not tokens[holder.last].text.islower():
        return None  # "Nadal … with 22", "Djokovic's 20": the claim's own, or an owner
    if holder.first > 0 and tokens[holder.first - 1].norm in NOT_SUBJECT_LEADS:
        return None  # "Nadal moved ahead of Djokovic in the Slam count with 21": an object, not the subject
    gap = art.text[tokens[holder.last - 1].end : tokens[first - 1].start]
    if any(mark in gap for mark in CLAUSE_BREAK_MARKS.tuple()):
        return None
    return art.text[tokens[holder.first].start : tokens[holder.last - 1].end]


COMPARED_SIDE_LEADS = phrase_table("COMPARED_SIDE_LEADS")
SIDE_REACH = 3  # lower-case words from a comparison's lead to the name it sets against: "than former president Mesa"


def _compared_side(art: Article, s: Sentence, q: QuantityMention, claim: Claim) -> str | None:
    """The lead of a comparison ("than", "ahead of", "más que") that the sentence names the topic
    right after, and nowhere before the figure: "a victory with about 53%, more than 20 points
    than Mesa", "0.11 ahead of Gay". The name is what the figure is set against, not its holder."""
    topic = topic_tokens(art, s, claim)
    _, last = token_range(s.tokens, q.start, q.end)
    if not topic or min(topic) < last:
        return None
    tokens, named = s.tokens, min(topic)
    for skip in range(SIDE_REACH + 1):
        end = named - skip
        if end <= last or not all(t.text.isalpha() and t.text.islower() for t in tokens[end:named]):
            return None  # "than 20 points": a figure between makes it a bound
        lead = phrase_before(tokens, end, COMPARED_SIDE_LEADS.tuple())
        if lead and end - len(lead) >= last:
            start = end - len(lead)
            if "," in art.text[tokens[start].start : tokens[named].start]:
                return None
            return art.text[tokens[start].start : tokens[end - 1].end]
    return None


def _wider_count(
    art: Article, s: Sentence, q: QuantityMention, words: ClaimWords, expect: QuantityExpect
) -> str | None:
    """The person noun of a head count that counts everyone ("carrying 188 people", "189
    personas"), for a claim in people whose statement counts one kind of person ("181
    passengers"): all of them, maybe more than the claim's (passengers and crew), so one that
    disagrees is a question. A claim with no unit ("Twelve workers were injured") takes people
    as its count, as it always has."""
    if expect.unit is None or words.persons in (None, "people") or q.unit is None or q.unit.dimension != "people":
        return None
    _, last = token_range(s.tokens, q.start, q.end)
    noun = s.tokens[last - 1] if last > 0 else None
    return noun.text if noun is not None and noun.norm in WIDE_PERSON_NOUNS else None


def _counted_in(art: Article, s: Sentence, q: QuantityMention, claim: Claim) -> str | None:
    """The word a bare number is joined to as its unit, when crosscheck knows no such unit and
    it is neither a person nor the topic's noun: "a 10-point lead" is in points, "a 3-goal
    margin" in goals ("a 12-member jury", "the 52-year war" keep theirs)."""
    if q.unit is not None or q.word or art.text[q.end : q.end + 1] != "-":
        return None
    _, last = token_range(s.tokens, q.start, q.end)
    if last >= len(s.tokens) or s.tokens[last].start != q.end + 1:
        return None
    word = s.tokens[last]
    words = art.matcher.words[claim.id]
    if not (word.text.isalpha() and word.text.islower()) or word.norm in PERSON_NOUNS:
        return None
    if word.stem in words.topic or word.stem in words.counts or word.stem in words.said:
        return None  # "a 383,937-vote margin" for a claim of votes, "a 7.9-magnitude quake" for a magnitude
    return word.text


def _in_claim_unit(q: QuantityMention, expect: QuantityExpect, stated: Unit | None = None) -> float | None:
    """A single figure in the claim's unit, for adding up parts and telling a far one; None for
    a range. `stated`: the unit a claim without one writes its figure in ("121.6 grams"), so that
    "8.8 ounces" is weighed in grams, not read as 8.8 of them."""
    if q.high is not None:
        return None
    unit = expect.unit or (
        stated if q.unit is not None and stated is not None and q.unit.dimension == stated.dimension else None
    )
    if unit is None or q.unit is None:
        return float(q.value)
    return float(q.unit.convert(q.value, unit))


def _without_unit(art: Article, s: Sentence, q: QuantityMention, claim: Claim, expect: QuantityExpect) -> bool:
    """Whether a figure the words tie to the topic lacks the unit the claim measures in, with no
    noun after it that it counts ("2,300 below the surface" for a depth in feet, "1.4bn" for
    an amount in euros): something crosscheck cannot compare, never silence."""
    if q.unit is not None or q.word or expect.unit is None or expect.unit.dimension in ("people", "time"):
        return False  # a bare number is a count of people, an age or a span as often as not
    _, last = token_range(s.tokens, q.start, q.end)
    if last < len(s.tokens) and s.tokens[last].norm in PERSON_NOUNS:
        return False  # "the rescue of 33 miners"
    if _counts_the_topics_noun(art, s, q, last, claim):
        return False  # "will receive 1.0250 shares of Chevron for each Hess share", for a price per share
    return counted_noun(art, s, q.start, q.end, claim) is None


UNSIGNED_SHARE_LEADS = words("UNSIGNED_SHARE_LEADS")
UNSIGNED_SHARE_WHOLES = phrase_table("UNSIGNED_SHARE_WHOLES")


def unsigned_share(s: Sentence, q: QuantityMention) -> bool:
    """Whether a bare number up to 100 is a share written without its sign (read so for a claim
    in percent): after the article a share takes (UNSIGNED_SHARE_LEADS) and before the whole it
    is a share of (UNSIGNED_SHARE_WHOLES): "ganó con el 55,18 de los votos", "entre el 53 y el
    53,8 de los votos". A count of votes takes a plural article ("los 55 votos"), never "el"."""
    if q.unit is not None or q.word:
        return False
    if not 0 < q.value <= 100 or (q.high is not None and q.high > 100):
        return False
    first, last = token_range(s.tokens, q.start, q.end)

    if first == 0 or s.tokens[first - 1].norm not in UNSIGNED_SHARE_LEADS:
        return False
    return phrase_at(s.tokens, last, UNSIGNED_SHARE_WHOLES.tuple()) is not None


def _counts_the_topics_noun(art: Article, s: Sentence, q: QuantityMention, last: int, claim: Claim) -> bool:
    """Whether the figure is written right before the topic's own noun in the plural, the noun
    alone ("1.0250 shares of Chevron" for a price per share, "1,0250 acciones de Chevron"): it
    counts those things, so no unit of the claim's was lost. Before more words ("30 overseas
    bank accounts") the noun may be an adjective of another, and it is left to the others."""
    if last >= len(s.tokens):
        return False
    nxt = s.tokens[last]
    after = s.tokens[last + 1] if last + 1 < len(s.tokens) else None
    return (
        nxt.start - q.end <= 1
        and nxt.text.isalpha()
        and nxt.text.islower()
        and nxt.norm.endswith(current.PLURAL_ENDING)
        and nxt.stem in art.matcher.words[claim.id].topic
        and (after is None or not (after.text.isalpha() and after.text.islower()) or after.norm in NOT_HEADS)
    )


def _other_kinds(art: Article, s: Sentence, claim: Claim) -> str | None:
    """The words naming another kind of the topic, when every topic word of the sentence is
    one noun qualified so ("the emergency response costs"); None otherwise."""
    words = art.matcher.words[claim.id]
    hits = art.hits_in(s, f"topic:{claim.id}")
    if words.states_age or not hits or any(h.last - h.first > 1 for h in hits):
        return None  # an age describes its person whatever words stand before: "his 30-year-old model girlfriend"
    amounts = [q for q in art.values(s)[1] if q.unit is not None and q.unit.dimension != "people"]
    ends = list(accumulate((q.end for q in amounts), max))
    found = [
        None
        if h.first and (_within_one(amounts, ends, s.tokens[h.first - 1].start) or _a_numbers_tail(art, s, h.first - 1))
        else qualified(art.text, s.tokens, h.first, art.matcher.story_words)
        for h in hits
    ]  # "a $50bn takeover", "an 18 percent premium": the word before the noun is an amount's, not a kind
    if not all(found):
        return None
    h = hits[0]
    return art.text[s.tokens[h.first - 1].start : s.tokens[h.first].end]


def _a_numbers_tail(art: Article, s: Sentence, i: int) -> bool:
    """Whether the word at token i ends a number written in words over a hyphen ("Thirty-two
    deaths", "twenty-one counts"): the number counts the noun after it, no kind of it."""
    tokens = s.tokens
    if i < 1 or art.text[tokens[i - 1].end : tokens[i].start] != "-":
        return False
    return any(q.high is None and q.start <= tokens[i - 1].start and tokens[i].end <= q.end for q in art.values(s)[1])


LIST_NOUNS = words("LIST_NOUNS")


def _on_a_list(s: Sentence, first: int) -> str | None:
    """The list noun a figure at token `first` counts the entries of ("a list of more than 70
    witnesses ready to testify", "a list of 279 dead who had been identified", "una lista de 80
    testigos"): a list drawn up counts those on it, which may be a part or a plan, not the count
    the claim gives. The noun, or None."""
    if first < 2 or s.tokens[first - 1].norm != current.OF or s.tokens[first - 2].norm not in LIST_NOUNS:
        return None
    return s.tokens[first - 2].text


RESPECTIVE_WORDS = words("RESPECTIVE_WORDS")
RESPECTIVE_REACH = 16  # words from a figure to that word: "$27 million (Rs 223 crore) and $25 million, respectively"


def _given_in_turn(art: Article, s: Sentence, last: int) -> str | None:
    """The word after a figure, in its own clause, that hands the clause's figures out in turn to
    several holders ("They received sentences of 19 and 21 years respectively", "Poe and Binay
    trailed with 13 and 5 votes respectively", "las cifras se mantienen en 52 y 32
    respectivamente"): which holder this one is given to takes counting the lists, so it is a
    question, never a conflict. The word, or None; a ';', a word opening another clause or the
    reach ends the search ("$30 million, while Croatia and Morocco got $27 million and $25 million,
    respectively" is not about the $30 million)."""
    tokens = s.tokens
    for i in range(last, min(last + RESPECTIVE_REACH, len(tokens))):
        if tokens[i].norm in CLAUSE_OPENERS or ";" in art.text[tokens[i - 1].end : tokens[i].start]:
            return None
        if tokens[i].norm in RESPECTIVE_WORDS:
            return tokens[i].text
    return None


PLACE_NOUNS = words("PLACE_NOUNS")
LYING_VERBS = words("LYING_VERBS")
LYING_REACH = 3  # words from a verb of where a place lies to its distance: "situado a unos 60 kilómetros"
PLACE_REACH = 3  # words from a place's noun to that verb: "El pueblo de Tafeghaghte, situado", "the town that sits"


def _where_a_place_lies(art: Article, s: Sentence, first: int, words: ClaimWords) -> str | None:
    """The noun of a place a distance says where it lies ("The municipality is roughly 22 miles
    from the airport", "El pueblo de Tafeghaghte, situado a unos 60 kilómetros al suroeste de
    Marrakech", "the beachside town that sits around 9.6 km north of Miami Beach"): the place's
    own distance, not that of the crash site or the epicentre the claim measures, unless the
    claim's words name that kind of place. The noun, or None."""
    tokens = s.tokens
    verb = next(
        (i for i in range(first - 1, max(first - 1 - LYING_REACH, -1), -1) if tokens[i].norm in LYING_VERBS), None
    )
    if verb is None:
        return None
    for i in range(verb - 1, max(verb - 1 - PLACE_REACH, -1), -1):
        if tokens[i].norm in PLACE_NOUNS:
            own = tokens[i].norm in words.topic or tokens[i].stem in words.said
            return None if own else tokens[i].text
    return None


MEMBERSHIP_LEADS = phrase_table("MEMBERSHIP_LEADS")
MEMBERSHIP_REACH = 2  # words between such a lead and its count: "integrado por más de 50", "made up of about 50"


def _a_groups_members(s: Sentence, first: int) -> str | None:
    """The words before a count that make it the number of a group's members ("la delegación del
    equipo, un grupo integrado por 50 personas", "un jurado compuesto por 12 personas", "a
    delegation made up of 50 people"): for a claim counting the dead, the size of a group some of
    whom died, not the toll. The lead as written, or None."""
    for skip in range(MEMBERSHIP_REACH + 1):
        lead = phrase_before(s.tokens, first - skip, MEMBERSHIP_LEADS.tuple())
        if lead:
            return " ".join(t.text for t in s.tokens[first - skip - len(lead) : first - skip])
    return None


RATINGS = phrase_table("RATING_WORDS")
RATING_OPENERS = words(lambda lx: (p.split()[0] for p in lx.RATING_WORDS))


def _a_rating(s: Sentence, words: ClaimWords) -> str | None:
    """The words naming an opinion rating in the sentence ("favorability ratings", "a popularity
    rating below 20 percent", "índice de aprobación"), when the claim's statement names none: a
    figure beside them may be the rating, which is no share of a vote nor any count."""
    norms = [t.norm for t in s.tokens]
    for i in range(len(norms)):
        if norms[i] not in RATING_OPENERS:
            continue
        for rating in RATINGS:
            if tuple(norms[i : i + len(rating)]) == rating and not any(stem(w) in words.said for w in rating):
                return " ".join(t.text for t in s.tokens[i : i + len(rating)])
    return None


def _within_one(figures: list[QuantityMention], ends: list[int], offset: int) -> bool:
    """Whether the offset lies inside one of the figures (in order of their starts; `ends`: the
    farthest end so far, as one may hold another: "11 and a half minutes")."""
    k = bisect_right(figures, offset, key=BY_START) - 1
    return k >= 0 and offset < ends[k]


def _nearest(loose: list[tuple[QuantityMention, About]]) -> QuantityMention | None:
    """The one figure tied to nothing visible that can still be read as the topic's: the only
    one in a sentence that carries the topic on, or the one clearly nearest to where the
    sentence names the topic (within NEAR words, and the next at least twice as far)."""
    if not loose:
        return None
    if all(what.distance is None for _, what in loose):
        return loose[0][0] if len(loose) == 1 else None
    ranked = sorted((what.distance, i) for i, (_, what) in enumerate(loose) if what.distance is not None)
    best, index = ranked[0]
    if best > NEAR or (len(ranked) > 1 and ranked[1][0] < 2 * best + 2):
        return None
    return loose[index][0]


def _names_a_rival(art: Article, s: Sentence, claim: Claim) -> bool:
    """Whether the sentence names, beside the topic, the topic of another claim measured in the
    same kind of unit, whose figure a loose one may be: "with Labour expected to scrape above 200
    seats" for the Conservatives' seats, "with Petro Poroshenko on 16%" for Zelensky's share."""
    expect = claim.expect
    assert isinstance(expect, QuantityExpect)
    dimension = expect.unit.dimension if expect.unit else None
    topic = topic_tokens(art, s, claim)
    return any(
        isinstance(other.expect, QuantityExpect)
        and (other.expect.unit.dimension if other.expect.unit else None) == dimension
        and any(h.first not in topic for h in art.hits_in(s, f"topic:{other.id}"))
        for other in art.other_claims_named(s, claim)
    )


STATEMENT_MARKS = sequence(lambda lx: lx.STATEMENT_MARKS)
FRONTED_REACH = 6  # words of a phrase set off by a comma before a sentence's subject: "Unos minutos más tarde,"


def _said_of_the_opening_subject(art: Article, s: Sentence, q: QuantityMention, claim: Claim) -> bool:
    """Whether a sentence opens with the topic's name as its subject (maybe after a phrase set
    off by a comma: "Meanwhile, Sandra Torres …", "Por su parte, …") and says one thing of it:
    no word of the sentence opens another clause or names a speaker, a time or a margin, no
    colon or semicolon starts another statement, and it names no rival (_names_a_rival). "El joven
    diputado de izquierda Gabriel Boric, abanderado del Frente Amplio, ganó este domingo la
    Presidencia de Chile al obtener el 55,18 %": the one figure no word ties to anything, too far
    from the name for the nearest to be told, is what the sentence says of its subject."""
    text, tokens = art.text, s.tokens
    named_at = {k for h in art.hits_in(s, f"topic:{claim.id}") for k in range(h.first, h.last)}
    first, _ = token_range(tokens, q.start, q.end)
    head = min(named_at, default=first)
    if head >= first or not tokens[head].is_capitalised or _names_a_rival(art, s, claim):
        return False
    end = head
    while end + 1 in named_at:
        end += 1
    if tokens[end].text.endswith(current.POSSESSIVE_ENDINGS):
        return False  # "Boric's campaign": the subject is another thing, the topic its owner
    start = max(
        (k for k in range(1, min(head, FRONTED_REACH) + 1) if "," in text[tokens[k - 1].end : tokens[k].start]),
        default=0,
    )  # "Meanwhile, Sandra Torres": the subject after the opening phrase
    named = head
    while (
        named > start
        and tokens[named - 1].is_capitalised
        and not text[tokens[named - 1].end : tokens[named].start].strip()
    ):
        named -= 1  # "Gabriel Boric", "Mr Macron": the name's first words
    if start < named and tokens[start].norm in DETERMINERS:
        start += 1  # "The conservative Partido Popular", "El diputado de izquierda Gabriel Boric"
    if any(not (t.text.isalpha() and t.text.islower()) for t in tokens[start:named]):
        return False  # "Kast beat Boric": another name first
    if any(mark in text[tokens[start].start : q.start] for mark in STATEMENT_MARKS):
        return False  # "the CDU again achieved one of the worst results: 16.1%"
    # "Zelensky - who plays the president on TV - got about 30%": a relative too; but not a word
    # that opens a phrase with no subject of its own ("logró su tercer mandato, tras ganar el
    # balotaje con el 50,78%"), nor the words that give a figure again in another form ("obtuvo el
    # voto de 15 millones 534 mil 168 ciudadanos, lo que equivale al 27.9 por ciento")
    stops = PREDICATE_STOPS.set() - PHRASE_OPENERS.set()
    again = _restating_words(art, s)
    return not any(
        t.norm in stops or t.stem in stops
        for k, t in enumerate(tokens)
        if k >= start and k not in named_at and k not in again
    )


def _restating_words(art: Article, s: Sentence) -> frozenset[int]:
    """The tokens between two figures of a sentence that give the first again in another form
    ("15 millones 534 mil 168 ciudadanos, lo que equivale al 27.9 por ciento")."""
    figures = sorted(art.values(s)[1], key=BY_START)
    out: set[int] = set()
    for p, q in pairwise(figures):
        if p.end < q.start and restating(art.text, p.end, q.start):
            out.update(range(*token_range(s.tokens, p.end, q.start)))
    return frozenset(out)


def _parts(art: Article, s: Sentence, figures: list[QuantityMention], claim: Claim) -> set[QuantityMention]:
    """Figures listed place by place ("8 in Oslo and 69 on Utoya", "nine from Spain, four from
    Peru"): each is a part, not the total, unless its place is the claim's topic."""
    tokens = s.tokens
    placed: dict[QuantityMention, int] = {}
    for q in figures:
        _, last = token_range(tokens, q.start, q.end)
        place = last + 1
        if place < len(tokens) and tokens[place].norm in DETERMINERS:
            place += 1  # "18 in the PGC building"
        if place < len(tokens) and tokens[last].norm in PLACE_WORDS and tokens[place].is_capitalised:
            placed[q] = place
    if len(placed) < 2:
        return set()
    topic = topic_tokens(art, s, claim)
    return {q for q, place in placed.items() if place not in topic and tokens[place].norm not in CALENDAR}


OBTAINING = words("OBTAIN_WORDS")
PHRASE_OPENERS = words("PHRASE_OPENERS")
RELATIVE_LEADS = words(lambda lx: (*lx.RELATIVE_PRONOUNS, lx.THAT))
SET_OFF_REACH = 6  # lower-case words of a phrase set off by commas after a name: ", de la derecha,"


def _obtained_by_the_topics_relative(art: Article, s: Sentence, q: QuantityMention, claim: Claim) -> bool:
    """Whether a figure is what a relative clause set off after the topic's name obtains ("saca
    una leve ventaja a Keiko Fujimori, que alcanza el 49,82%", "a Rodolfo Hernández, de la
    derecha, que alcanzó el 46,85%", "beating Sandra Torres, who received 36.2%"): the name's own
    figure, however far the sentence first names it. Past a phrase set off by commas only when
    it names no one ("Luisa González, aliada del expresidente Rafael Correa, que registró": the
    clause may be Correa's)."""
    text, tokens = art.text, s.tokens
    k, _ = token_range(tokens, q.start, q.end)
    k -= 1
    while k >= 0 and tokens[k].norm in DETERMINERS:
        k -= 1  # "alcanza el 49,82%"
    relative = k - 1
    if relative < 1 or tokens[k].norm not in OBTAINING or tokens[relative].norm not in RELATIVE_LEADS:
        return False
    if "," not in text[tokens[relative - 1].end : tokens[relative].start]:
        return False
    topic = topic_tokens(art, s, claim)
    j = relative - 1
    for _ in range(SET_OFF_REACH):
        if j in topic or j < 1 or not (tokens[j].text.isalpha() and tokens[j].text.islower()):
            break
        if "," in text[tokens[j - 1].end : tokens[j].start]:
            j -= 1  # the name before the phrase set off: "Rodolfo Hernández, de la derecha,"
            break
        j -= 1
    return j in topic and not tokens[j].text.endswith(current.POSSESSIVE_ENDINGS)


SIDE_REACH = 4  # words from a side's name to its figure: "la opción Rechazo logró 7.563.786"


def _a_period_of_years(q: QuantityMention) -> bool:
    """Whether a range runs from one year to a later one: "Pinochet's dictatorship (1973-1990)",
    "president for the period of 2022-2026", "five in a row from 2004-08". A period, not an
    amount of anything."""
    if q.high is None or q.unit is not None or not YEARS_RE.fullmatch(q.bare):
        return False
    high = q.high if q.high >= 100 else q.value // 100 * 100 + q.high  # "2004-08" ends in 2008
    return high > q.value


def _sides(art: Article, s: Sentence, figures: list[QuantityMention], claim: Claim) -> set[QuantityMention]:
    """Figures won side by side ("la opción Apruebo obtuvo 4.651.092 votos … y la opción Rechazo
    logró 7.563.786", "Leave won 17.4 million votes and Remain got 16.1 million"): each is one
    side's, a part of the total, unless the side is the claim's topic."""
    tokens = s.tokens
    sides: dict[QuantityMention, int] = {}
    for q in figures:
        first, _ = token_range(tokens, q.start, q.end)
        verb = next(
            (k for k in range(first - 1, max(-1, first - 1 - SIDE_REACH), -1) if tokens[k].norm in OBTAINING), None
        )
        if verb is not None and verb > 0 and tokens[verb - 1].is_capitalised:
            sides[q] = verb - 1
    if len({tokens[i].norm for i in sides.values()}) < 2:
        return set()
    topic = topic_tokens(art, s, claim)
    return {q for q, name in sides.items() if name not in topic}


def _group_candidates(
    s: Sentence, figures: list[QuantityMention]
) -> tuple[dict[QuantityMention, Token], list[tuple[int, str, str]]]:
    """What `_groups` reads of a sentence whatever the claim, found once for every claim naming
    its topic: the figures followed by a noun of persons, and each number followed by a noun and
    "of", as (the number's token, the noun's stem, the three words after "of"). `figures` are
    the sentence's own (Article.values), as `_groups` is always given them."""
    toks = s.tokens
    nouns: dict[QuantityMention, Token] = {}
    for q in figures:
        _, last = token_range(toks, q.start, q.end)
        if last < len(toks) and toks[last].norm in PERSON_NOUNS and toks[last].start - q.end <= 1:
            nouns[q] = toks[last]
    number_words = NUMBER_WORDS.set()
    counted = [
        (i, toks[i + 1].stem, " ".join(t.norm for t in toks[i + 3 : i + 6]))
        for i in range(len(toks) - 3)
        if (toks[i].text[:1].isdigit() or toks[i].norm in number_words) and toks[i + 2].norm in PART_OF_LINKS
    ]
    return nouns, counted


def _groups(art: Article, s: Sentence, figures: list[QuantityMention], claim: Claim) -> set[QuantityMention]:
    """Counts of two kinds of people in one sentence ("144 passengers on board … as well as six
    crew", "12 adults and 3 children"), or of the claim's own noun of two kinds ("2 counts of wire
    fraud and 2 counts of conspiracy"): each is a group of the whole, not the whole, unless the
    claim counts that very group, by its statement's noun or by a topic word ("216 passengers and
    15 crew" for the crew, "98 bomberos, 11 policías y 55 civiles" for the firefighters)."""
    counts = art.matcher.words[claim.id].counts
    nouns, counted = art.memo(("groups", s.index), lambda: _group_candidates(s, figures))
    if nouns:  # a group the claim's topic word names is the claim's own count
        topic = topic_tokens(art, s, claim)
        named = {s.tokens[i].start for i in topic}
        counts = counts | {t.stem for t in nouns.values() if t.start in named}
    toks = s.tokens  # "2 counts of wire fraud and 2 counts of conspiracy", "three counts of … and one count of …"
    # the words after "of" tell the kinds apart: "of the day shift", "of the night shift"
    kinds = {i: kind for i, noun, kind in counted if noun in counts}
    if len(set(kinds.values())) >= 2:
        return {q for q in figures if token_range(toks, q.start, q.end)[1] - 1 in kinds}
    if len({t.norm for t in nouns.values()}) < 2:
        return set()
    whole = min(nouns, key=BY_START)
    if art.text.startswith(":", nouns[whole].end):
        # "la entrada de 7 mil 500 espectadores: 2 mil 200 aficionados argentinos …, la misma
        # cantidad …", "228 people: 216 passengers and 12 crew": the whole, then its groups
        return {q for q, t in nouns.items() if q is not whole and t.stem not in counts}
    return {q for q, t in nouns.items() if t.stem not in counts}


PART_OF_LINKS = words("COUNT_KIND_LINKS")
RANGE_LEADS = words("RANGE_LEADS")
NUMBER_WORDS = words("NUMBER_WORDS")
COUNT_WORDS = words("COUNT_WORDS")
BETWEEN = words("BETWEEN_WORDS")


def _an_age_in_years(art: Article, s: Sentence, q: QuantityMention, expect: QuantityExpect) -> bool:
    """Whether a bare number is an age as news writes one with no unit ("aged 39", "At 35,
    Boric will become"), for a claim of an age in years."""
    if expect.unit is None or expect.unit.name != "year" or q.unit is not None or q.hedge or q.high is not None:
        return False
    first, _ = token_range(s.tokens, q.start, q.end)
    return age_lead(art.text, s.tokens, s, first, q.start, q.end) is not None


def _a_head_count(art: Article, s: Sentence, q: QuantityMention, expect: QuantityExpect) -> bool:
    """A bare number read as people for a claim counted in people: "the toll rose to 148"."""
    return expect.unit is not None and expect.unit.dimension == "people" and q.unit is None and q.age is None


def _counts_something_else(art: Article, s: Sentence, q: QuantityMention, claim: Claim, expect: QuantityExpect) -> bool:
    """A bare count of another noun: "335 out of 382 results", "the 28 nations"."""
    return q.unit is None and counted_noun(art, s, q.start, q.end, claim) is not None


def _topic_figure_counting_another(
    art: Article, s: Sentence, q: QuantityMention, claim: Claim, expect: QuantityExpect
) -> str | None:
    """The plural noun a bare figure tied to a count's topic counts when it is another thing:
    "won with a lead of six percentage points" for a margin in votes is in points, another
    measure. Not for a measure ("magnitude 7.8 earthquake") nor a joined unit ("a 93-page ruling")."""
    if q.unit is not None or (expect.unit is not None and expect.unit.dimension != "people"):
        return None
    if art.matcher.words[claim.id].measure_only or art.text[q.end : q.end + 1] == "-":
        return None  # "a 7.8 magnitude earthquake" for a magnitude, "the 13-story building": not a count
    noun = counted_noun(art, s, q.start, q.end, claim)
    return noun if noun is not None and noun.endswith(current.PLURAL_ENDING) else None


def _one_of_them(art: Article, s: Sentence, q: QuantityMention, claim: Claim, expect: QuantityExpect) -> bool:
    """The topic word nearest a bare figure, when it is the singular of a plural the claim counts
    ("El acusado de 72" for "acusados", "The passenger, 34," for "passengers"): a figure said of
    one of them (an age, a term) is no count of them all. Not for a claim counting one, nor a
    word whose singular and plural are alike ("the accused"), nor a toll, whose singular names
    the count itself ("the death toll was 150")."""
    if q.unit is not None or expect.value <= 1 or q.value <= 1 or art.matcher.words[claim.id].toll:
        return False
    topic = topic_tokens(art, s, claim)
    if not topic:
        return False
    first, last = token_range(s.tokens, q.start, q.end)
    near = min(topic, key=lambda i: min(abs(i - first), abs(i - (last - 1))))
    word = s.tokens[near].norm
    plurals = art.memo(  # the claim's topic words, tokenised once per article, not per figure
        ("topic phrase words", claim.id),
        lambda: frozenset(t.norm for phrase in art.matcher.claims.topic_phrases(claim) for t in tokenize(phrase)),
    )
    return word + current.PLURAL_ENDING in plurals and word not in plurals


REGION_WIDE = words("REGION_WIDE_WORDS")
REGION_REACH = 2  # words from a figure to the word that makes it one region's: "1,200 homes countywide"


def _one_regions(s: Sentence, q: QuantityMention) -> str | None:
    """The word right after a figure, or after the noun it counts, that makes it one region's
    ("damage of over $59.6 billion statewide", "1,200 homes countywide"): a part of a wider
    total, not the whole."""
    _, last = token_range(s.tokens, q.start, q.end)
    return next((t.norm for t in s.tokens[last : last + REGION_REACH] if t.norm in REGION_WIDE), None)


ROUNDING = 0.1  # how far a round figure may be from the claim's and still be about as many


def _round_near(q: QuantityMention, expected: float) -> bool:
    """Whether a figure is a count noun for a round set ("medio centenar de acusados", "a dozen
    victims", "un millar de evacuados") near the claim's figure: about so many, which neither
    agrees nor disagrees with 51 or 13 or 1,020."""
    round_set = any(w in COUNT_WORDS for w in fold(q.bare).split())
    return round_set and abs(q.value - expected) <= ROUNDING * abs(expected)


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _compare_quantity(expect: QuantityExpect, q: QuantityMention, stated: Unit | None = None) -> Stance | None:
    """supports / conflicts / unclear, or None when the mention is another kind of fact.

    `stated`: the unit a claim without one writes its figure in ("a world record time of 9.58
    seconds"): a figure in that dimension is compared in it, a bare figure as it stands."""
    if expect.unit is None and stated is not None and q.unit is not None and q.unit.dimension == stated.dimension:
        return _compare_quantity(replace(expect, unit=stated), q)
    if expect.unit is None:
        if q.unit is not None and q.unit.dimension != "people":
            return None  # a bare count also reads "217 people"
        value, high, converted = q.value, q.high, False
    else:
        if q.unit is None:
            return None
        if q.unit.dimension != expect.unit.dimension:
            both_money = q.unit.dimension.startswith("currency:") and expect.unit.dimension.startswith("currency:")
            return "unclear" if both_money else None
        value = q.unit.convert(q.value, expect.unit)
        high = q.unit.convert(q.high, expect.unit) if q.high is not None else None
        converted = q.unit.name != expect.unit.name
    return _compare_values(expect, value, high, converted)


def _compare_values(expect: QuantityExpect, value: float, high: float | None, converted: bool) -> Stance:
    if expect.tolerance is not None:
        tolerance = expect.tolerance
    elif expect.tolerance_percent is not None:
        tolerance = abs(expect.value) * expect.tolerance_percent / 100
    else:
        tolerance = abs(expect.value) * 0.01 if converted else 0.0
    tolerance += 1e-9 * max(1.0, abs(expect.value))
    low, top = (value, high) if high is not None else (value, value)
    return "supports" if low - tolerance <= expect.value <= top + tolerance else "conflicts"
