"""What a value is about (docs/claims-format.md, What a value is about).

A sentence that names a claim's topic often holds other figures too: the
other side's share ("51.9% to 48.1%"), a distance beside a depth, a part
beside a total, a price beside a deal's value. A value is compared with the
claim only when the words around it tie it to the topic; one tied to
something else is no evidence; one tied to nothing crosscheck can see is
left to the claim kind, which reports it as `unclear` rather than guess a
conflict. Every word these rules read is a table in the lexicon.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, chain, pairwise
from operator import itemgetter
from typing import Literal, overload

from ..extract.dates import DateMention, complete, period_bounds
from ..extract.quantities import (
    NOT_HEADS,
    PRONOUNS,
    UNIT_SPELLINGS,
    QuantityMention,
    article_units,
    find_quantities,
    joined_nouns,
    toll_named_before,
)
from ..lexicon import (
    DEFAULT_LANGUAGE,
    alternation,
    current,
    is_country_adjective,
    pattern,
    phrase_table,
    reading,
    same_place,
    sequence,
    table,
    without_possessive,
    words,
)
from ..lexicon.units import Unit
from ..model import Claim, Entity, QuantityExpect
from ..text import Token, is_finite_past, is_past_form, stem, tokenize
from ..zones import Sentence
from .topic import (
    BY_END,
    BY_START,
    CLAUSE_BREAK_RE,
    OWNED_REACH,
    STRONG_MARKS,
    Article,
    Marks,
    names_a_later_round,
    phrase_at,
    phrase_before,
    token_range,
)

CLAUSE_OPENERS = words("CLAUSE_OPENERS")
PHRASE_OPENERS = words("PHRASE_OPENERS")
RELATIVES = words("RELATIVE_PRONOUNS")
VALUE_LINKS = words("VALUE_LINKS")
PARTS = phrase_table("PART_MARKERS")
INCLUSION_LEADS = phrase_table("INCLUSION_LEADS")
MEMBER_LEADS = phrase_table("MEMBER_LEADS")
INCLUSION_REACH = 8  # words from "including" to the topic: "including members of the Brazilian football team"
PARTITIVES = phrase_table("PARTITIVE_OPENERS")
DISTANCE_MARKERS = words("DISTANCE_MARKERS")
ORDINAL_SUFFIXES = words("ORDINAL_SUFFIXES")
ORDINAL_WORDS = words(lambda lx: (*lx.ORDINAL_VALUES, *lx.ORDINAL_TENS))  # a word an ordinal said in words starts with
DISTANCE_WORDS = words("DISTANCE_WORDS")
SIZE_JOINERS = words("SIZE_JOINERS")
PAYMENT_FORMS = words("PAYMENT_FORMS")
COMPENSATIONS = words("COMPENSATION_WORDS")
PART_OF = words("PART_OF")
GROUP_VERB_AUXILIARIES = words(lambda lx: (*lx.COPULAS, *lx.AUXILIARIES_BEFORE_PARTICIPLE))  # "were", "have been"
SHARE_MARKS = sequence(
    lambda lx: (spelling for spelling, unit in article_units(lx).items() if unit.dimension == "percent")
)
NOUN_JOINERS = words("NOUN_JOINERS")
NEUTRAL_MODIFIERS = words("NEUTRAL_MODIFIERS")
# the verbs, auxiliaries and modals that stand before a topic word used as a verb: "will cost"
NOT_QUALIFIERS = words(
    lambda lx: (
        *lx.VALUE_LINKS,
        *lx.FUTURE_MARKERS,
        *lx.AUXILIARIES_BEFORE_PARTICIPLE,
        *lx.POSSIBILITY_WORDS,
        *lx.CAPABILITY_WORDS,
        *lx.NEGATIONS,
    )
)
MEASURE_OF = table(lambda lx: {word: measure for measure, words in lx.MEASURES.items() for word in words})
RATE_MARKERS = words("RATE_MARKERS")
NOW_WORDS = words("NOW_WORDS")
WHEN_WORDS = words("WHEN_WORDS")
DATING_WHEN = words("DATING_WHEN_WORDS")
TOPIC_KEY = "topic:"
TABLE_ROW_RE = re.compile(r"\s*[A-Z][\w.'’ -]{1,60}:\s*\d")  # "Petro Poroshenko: 15.95"
AGE_WORDS = words("AGE_WORDS")
EARLIER_AGE_OPENERS = words("EARLIER_AGE_OPENERS")
PAST_COPULAS = words("PAST_COPULAS")
PERSONAL_PRONOUNS = words("PERSONAL_PRONOUNS")
RACE_NOUNS = words("RACE_NOUNS")
RACE_OPENERS = words("RACE_OPENERS")
RACE_QUALIFIERS = words("RACE_QUALIFIERS")
DIFFERENCE_BEFORE = phrase_table("DIFFERENCE_BEFORE")
DIFFERENCE_AFTER = words("DIFFERENCE_AFTER")
RATE_OPENERS = phrase_table("RATE_OPENERS")
RATE_ADJECTIVES = table(lambda lx: lx.RATE_ADJECTIVES)
PERIODS = words(lambda lx: lx.RATE_ADJECTIVES.values())
INDEFINITE = words("NUMBER_ARTICLES")  # "a", "an": "$150,000 a month"
NEUTRAL_HEADS = words("NEUTRAL_HEADS")
AGE_CLAIM_WORDS = words(lambda lx: (*lx.AGE_WORDS, *lx.AGE_NOUNS))
AGE_NOUN_WORDS = words("AGE_NOUNS")
LABEL_NOUNS = words("LABEL_NOUNS")
LABEL_MARK_RE = pattern(
    lambda lx: r"(?<!\w)(?:" + alternation(lx.LABEL_MARKS) + r")\s?\Z"
)  # "Jane Doe No. 1", "suspect #2": the mark right before a number makes it a label
LIST_JOINERS = words("LIST_JOINERS")
NUMBER_WORDS = words("NUMBER_WORDS")
MANY_WORDS = words("MANY_WORDS")
SCALE_WORDS = words("SCALES")
MARKET_WORDS = words("MARKET_WORDS")
REQUESTS = words("REQUEST_WORDS")
SPEECH = words("SPEECH_VERBS")
PLACE_OPENERS = words("PLACE_OPENERS")
DIVISIONS = words("DIVISION_NOUNS")
ROLE_AS_WORDS = words("ROLE_AS")
OFFICE_WORDS = words(lambda lx: (*lx.TITLES, *lx.INSTITUTION_WORDS, *lx.GROUP_NOUNS, *lx.BODY_NOUNS, *lx.PERSON_NOUNS))
PLUPERFECTS = words("PLUPERFECT_AUXILIARIES")
PLUPERFECT_CONTRACTIONS = sequence(lambda lx: lx.PLUPERFECT_CONTRACTIONS)
PLUPERFECT_EARLIER = words("PLUPERFECT_EARLIER")
NAME_PARTICLES = words("NAME_PARTICLES")
WORTH = words("WORTH_WORDS")
EVENT_OF = table(lambda lx: {word: kind for kind, words in lx.EVENT_NOUNS.items() for word in words})
EVENT_LINKS = words("EVENT_LINKS")
HONORIFICS = words("HONORIFICS")
GIVEN = words("GIVEN_MARKERS")
SECURITY = words("SECURITY_WORDS")
NEGATING_PREFIXES = words("NEGATING_PREFIXES")
# The symbols of the magnitude scales, as written after a magnitude ("7.9 Mw", "8.1 Ms"), in
# their own case: "Ms" is a title too, but never right after a figure.
MAGNITUDE_SCALES = sequence(lambda lx: lx.MAGNITUDE_SCALES)
NOT_NAME_PARTS = words(lambda lx: (*lx.QUANTIFIERS, *(h for h in lx.HEDGES if " " not in h)))  # "All 150", "Some 40"
POSSIBILITIES = words("POSSIBILITY_WORDS")
PROPOSALS = words("PROPOSAL_WORDS")
# the possibility words that make any figure a possibility, not only a penalty ("faces 10 years")
NOT_PENALTY_POSSIBILITIES = words(lambda lx: set(lx.POSSIBILITY_WORDS) - set(lx.PENALTY_POSSIBILITIES))
DISTRIBUTIVES = words("DISTRIBUTIVE_WORDS")
DISTRIBUTIVE_STOPS = words("DISTRIBUTIVE_STOPS")
STANDING_LINKS = words("STANDING_LINKS")
PLACING_LINKS = words("PLACING_LINKS")
SHARE_HOLDER_VERBS = words("SHARE_HOLDER_VERBS")
HOLDER_REACH = 6  # words from a share's verb back to its holder: "Castillo appears to have won decisively, winning"
PLACING_REACH = 3  # words from a placing's holder to its rank: "was a distant third"
OBJECT_PRONOUNS = words("OBJECT_PRONOUNS")
PRONOUN_REACH = 4  # sentences back to the person a pronoun opening a sentence stands for
COMPARISONS = words("COMPARISON_WORDS")
PLACE_WORDS = words("PLACE_WORDS")
JOINED_REACH = 4  # words from a place word to the topic it opens: "at a youth camp on Utoya"
COMPARISON_FILLERS = words("COMPARISON_FILLERS")
COMPARISON_REACH = 5  # words from a comparing word to the story's name: "compared with the toll in Haiti"
PROGRESS_NOUNS = words("PROGRESS_NOUNS")
PROGRESS_PARTICIPLES = words("PROGRESS_PARTICIPLES")
PROGRESS_OPENERS = words("PROGRESS_OPENERS")
PROGRESS_VERBS = words("PROGRESS_VERBS")
THE = words("DEFINITE_ARTICLES")
PROGRESS_REACH = 5  # words from a share to the word that makes it the count's progress
KIN_NOUNS = words("KIN_NOUNS")
MAKE_UP_NOUNS = words("MAKE_UP_NOUNS")
COUNTED_KIND = table(lambda lx: {noun: kind for kind, nouns in lx.COUNTED_KINDS.items() for noun in nouns})
CURRENCY_COUNTRY_MARKS = words("CURRENCY_COUNTRY_MARKS")
POSSESSIVE_WORDS = words("POSSESSIVES")
PREDICATE_JOINERS = words("PREDICATE_JOINERS")
CAPABILITIES_AND_LIMITS = words(lambda lx: (*lx.CAPABILITY_WORDS, *lx.LIMIT_WORDS))
LIMITS = words("LIMIT_WORDS")
LIMIT_REACHED_LEADS = words("LIMIT_REACHED_LEADS")
LIMIT_REACH = 3  # words from the lead to the limit word: "to its prescribed maximum altitude"
EXPECTATIONS = words("EXPECTATION_WORDS")
EARLIER_EXPECTING = words("EARLIER_EXPECTING")
PARTICIPLE_AUXILIARIES = words("AUXILIARIES_BEFORE_PARTICIPLE")
EXPECTING_REACH = 3  # words from a pluperfect or a first plan's adverb to its expectation: "había llegado a prever"
GERUND_ENDINGS = sequence(lambda lx: lx.GERUND_ENDINGS)
PERSON_RELATIVES = words("PERSON_RELATIVES")
FRONTING = words("FRONTING_WORDS")
NAME_RELATIVES = words("NAME_RELATIVES")
# Why a figure right after the article that opens a sentence is read at all ("The 12 jurors left"):
# only where it agrees; one that disagrees may be a name's part or another occasion's ("A 6.1
# magnitude earthquake added to the chaos", "The 20-time grand slam champion has since lost").
OPENING_NAME = "after the sentence's opening word ({}): maybe part of a name"
# Words ending like a participle that open no continuation of the clause: a part ("including"),
# a source ("according to"), a time ("following the count"), a new clause.
NOT_CONTINUING = words(
    lambda lx: (
        *(marker.split()[0] for marker in lx.PART_MARKERS),
        *lx.SENTENCE_OPENERS,
        *lx.FRONTING_WORDS,
        *lx.CLAUSE_OPENERS,
        *lx.SPEECH_VERBS,
    )
)
# The modals among the possibility words ("could", "might", "podría"), which a participle clause
# after their predicate goes on with; not its nouns ("un rotundo rechazo a la propuesta").
MODAL_POSSIBILITIES = words(lambda lx: set(lx.POSSIBILITY_WORDS) & set(lx.PROSPECT_WORDS))
PERFECT_AUXILIARIES = words("PERFECT_AUXILIARIES")
THREATS = phrase_table("THREAT_PHRASES")
CHOICES = phrase_table("CHOICE_PHRASES")
BOUNDARIES = words("BOUNDARY_NOUNS")
DEFINING = words("DEFINING_VERBS")
BOUNDARY_REACH = 6  # words from a defined figure to its boundary noun: "50 miles to be the “boundary”"
SUITS = words("SUIT_NOUNS")
SUIT_REACH = 3  # words from a figure to the suit noun it modifies: "a $50 million libel lawsuit"
COMPLEMENT_LINK_WORDS = words("COMPLEMENT_LINKS")
THE_OTHERS = words("THE_OTHERS")
MAGNITUDE_STEPS = words("MAGNITUDE_STEPS")
SUBSET_LEADS = words("SUBSET_LEADS")
BASE_LEADS = words("BASE_LEADS")
BASE_OPENERS = words(lambda lx: (*lx.DETERMINERS, *lx.POSSESSIVES))  # "to its 52-week high", "over the month"
NUMBER_VALUES = table(lambda lx: {w: n for n, w in enumerate(lx.NUMBER_WORDS)})
SEVERAL_WORDS = words("SEVERAL_WORDS")
KIND_COUNTED = words("KIND_COUNTED")
KIND_STEMS = words(lambda lx: (t.stem for w in lx.KIND_COUNTED for t in tokenize(w)))  # "counts" -> "count"
THRESHOLD_TAILS = phrase_table("THRESHOLD_TAILS")
EVENT_STEMS = words(lambda lx: (stem(w) for kind in lx.EVENT_NOUNS.values() for w in kind))
CALENDAR = words(lambda lx: lx.MONTH_NAMES + lx.WEEKDAY_NAMES)
DETERMINERS = words("DETERMINERS")
OTHER_OCCURRENCE = words("OTHER_OCCURRENCE")
LINKING = words(lambda lx: (*lx.VALUE_LINKS, *lx.DETERMINERS))
COPULAS = words("COPULAS")
OFFSET_WORDS = words("OFFSET_WORDS")
SCALE_UNIT_JOINERS = words("SCALE_UNIT_JOINERS")
JOINED_UNIT_RE = re.compile(r"\d-[^\W\d_]")  # "300-metre", "13-year": a figure joined to its unit
# a number word joined to its unit ("a two-day pre-breathe protocol"), the last word not itself a
# number word: "twenty-five" is one number
SPELT_JOINED_UNIT_RE = re.compile(r"[^\W\d_]-([^\W\d_]+)$")
GLUED_UNIT_RE = re.compile(r"\d[^\W\d_]+$")  # "100m", "10km": a figure written together with its unit
# An age joined to a person's noun the sentence does not tie to the claim's person ("the
# 39-year-old star", "el tenista de 36 años"): news names a person so after the first mention, but
# the noun may be someone else's ("su hijo de 22 años"), so only a question when it differs.
AGE_OF_A_NOUN = "the age of the {}, maybe not the claim's person"
BRACKETED_RE = re.compile(r"\([^)]*\)")  # an aside in brackets, left out of a statement's clause
CLAUSE_END_RE = re.compile(r"[,;]|\.(?:\s|$)")  # a statement's clause ends at a comma, a semicolon or a full stop
PERSON_NOUNS = words("PERSON_NOUNS")
WIDE_PERSON_NOUNS = words("WIDE_PERSON_NOUNS")
OWNED_VALUES = words("OWNED_VALUE_NOUNS")
SPAN_ENDS = words("SPAN_ENDS")
ANOTHER = words("ANOTHER_WORDS")
INCREMENTS = words("INCREMENT_MARKERS")
# Words after a bare number that link it on rather than name what it counts: "revised to 275 from 288".
LINKING_ON = words(lambda lx: (*lx.DATE_RELATIONS, *lx.COMPLEMENT_LINKS, *lx.LIST_JOINERS))
NOT_PERSON_WORDS = words(
    lambda lx: (*lx.INSTITUTION_WORDS, *lx.GENERIC_NAME_WORDS, *(w for title in lx.TITLES for w in title.split()))
)
TOLL_OF = table(lambda lx: {word: kind for kind, words in lx.TOLLS.items() for word in words})
TOLL_WORDS = words(lambda lx: (w for ws in lx.TOLLS.values() for w in ws))
AGE_CLOSERS = sequence(lambda lx: (*lx.CLAUSE_MARKS, *lx.SENTENCE_END_MARKS))
QUOTE_MARKS = "\"'“”‘’«»"
POSSESSIVE_MARKS = ("'", "’")  # after a plural: "five years' jail"
LINK_REACH = 4  # words between a topic and its value
PREDICATE_REACH = 12  # words from a clause's subject, the topic, to a value in what the clause says of it
# Words between a clause's subject and a value that tie the value to something else: a new clause,
# a speaker, a time, a margin, a range or a month ("beat him by 10 points", "entre un 58,3% y").
PREDICATE_STOPS = words(
    lambda lx: (
        *lx.CLAUSE_OPENERS,
        *lx.RELATIVE_PRONOUNS,
        *lx.SPEECH_VERBS,
        *lx.WHEN_WORDS,
        *lx.MARGIN_LEADS,
        lx.RANGE_OPENER,
        *lx.RANGE_LEADS,
        *lx.MONTH_NAMES,
        lx.THAT,
    )
)
RESTATED_HEAD = 2  # words of a noun phrase a name set off by commas restates: "their candidate", "el líder opositor"
APPOSITION_REACH = 12  # words of a phrase set off by commas after a subject: ", from the National Unity party,"
NAME_TAIL = 2  # words a name may run on past the fact sheet's form of it: "Sandra Torres Casanova"
LABELLED_NAME = 4  # capitalised words from a topic word to a label: "acquire Pioneer Natural Resources Co (NYSE:PXD)"
PARTICIPLE_REACH = 3  # words from a participle to its object, the value: "winning just 121"
NAME_COMPLEMENT = 5  # words of a complement after a name: "Xóchitl Gálvez de la coalición opositora"
NEAR = 6  # words between a value and the topic it may still be about
# Words of a value's clause that a rule looking for a word anywhere before the value reads back
# through (the development corpus's longest clause has 96 words either side of a value); a clause
# of 100,000 words (a table flattened to one line) then costs each value no more than a short one.
CLAUSE_REACH = 120
LABEL_MARK_REACH = 6  # characters of a label mark and its space before a number: "Nos. 3"
LABEL_REACH = 20  # words of a list of numbers before a value read back to its label: "counts 3 and 4 and 5"
SUBJECT_HEAD = 4  # words before a subject's head noun: "The official death toll"
SUBJECT_REACH = 20  # words of a subject's complements: "the toll in the collapse of a building in Surfside"
PREPOSITIONS = words("VALUE_PREPOSITIONS")
HOLDING_LINKS = words("SUBJECT_HOLDING_LINKS")
CLAUSE_BREAK_MARKS = sequence(lambda lx: lx.CLAUSE_MARKS)
LINK_VERBS = words(lambda lx: set(lx.VALUE_LINKS) - set(lx.VALUE_PREPOSITIONS) - set(lx.DETERMINERS))


@dataclass(frozen=True, slots=True)
class About:
    """What the words around a value tie it to: the claim's `topic`, something `other`
    (`why` says what), or nothing crosscheck can see (`unknown`). `distance` counts the
    words to the nearest mention of the topic not cut off by a strong clause break; None
    when the sentence names no topic (it carries on the one before). `agreeing_only`: a figure
    read only where it agrees with the claim, whatever else is said of it ("The 12 jurors": maybe
    part of a name)."""

    kind: Literal["topic", "other", "unknown"]
    why: str = ""
    distance: int | None = None
    agreeing_only: bool = False


class Norms(Sequence[str]):
    """The normal forms of tokens [start, stop), read in place, after an optional `lead` word
    (the slash of "$150,000/month" read as "per"): a value's rules read a few words either side
    of it, and copying its whole clause for each value would cost as much as the clause is long."""

    __slots__ = ("_lead", "_start", "_stop", "_tokens")

    def __init__(self, tokens: Sequence[Token], start: int, stop: int, lead: str | None = None) -> None:
        self._tokens, self._start, self._stop, self._lead = tokens, start, max(start, stop), lead

    def __len__(self) -> int:
        return self._stop - self._start + (self._lead is not None)

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            if step == 1 and self._lead is None:  # "before[-3:]": the tokens' own slice, read at once
                return [t.norm for t in self._tokens[self._start + start : self._start + stop]]
            return [self[k] for k in range(start, stop, step)]
        size = self._stop - self._start + (self._lead is not None)  # len(self), read on every lookup
        k = i + size if i < 0 else i
        if not 0 <= k < size:
            raise IndexError(i)
        if self._lead is not None:
            if k == 0:
                return self._lead
            k -= 1
        return self._tokens[self._start + k].norm


def about(
    art: Article,
    s: Sentence,
    start: int,
    end: int,
    claim: Claim,
    *,
    length: bool = False,
    span: bool = False,
    money: bool = False,
    an_age: bool = False,
    share: bool = False,
) -> About:
    """What the value at [start, end) in sentence s is about, for this claim.

    `length`: the value is a length, which "from" or a compass point makes a distance;
    `span`: a length of time, which "after" or "later" makes an offset; `money`: an amount,
    which "in" and a noun make that noun's ("$65 million in federal aid"); `an_age`: an age written as
    one ("the 43-year-old"), the person's as the article is written; `share`: a percentage, even
    one written without its sign ("el 55,18 de los votos")."""
    text, tokens = art.text, s.tokens
    first, last = token_range(tokens, start, end)
    topic = topic_tokens(art, s, claim)
    words = art.matcher.words[claim.id]
    stems = words.topic
    low, high = clause_span(art, s, first, last)

    before = Norms(tokens, low, first)
    after_start = _after_conversion(art, s, last)
    if money and after_start < high and _country_mark(tokens[after_start]):
        after_start += 1  # "$119.59 U.S. per share": the country's letters say whose dollars
    nxt = tokens[after_start] if after_start < high else None
    following = Norms(tokens, after_start, high)
    bare = _bare(text, start, end)

    age = _another_age(art, s, first, last, topic, stems, an_age)
    if age:
        return About("other", age)
    # Tied to something else: another claim's own figure, another time, a part, a name, a rate.
    other = _another_claims_figure(art, s, first, claim)
    if other:  # "stopped the clock at 9.69sec" where the fact sheet's "9.69" is the previous record
        return About("other", f"'{tokens[first].text}' names the topic of claim '{other}'")
    row_label = _labelled_by_another(art, s, first, topic, stems)
    if row_label:  # a results table's row: "Yulia Tymoshenko: 14.85" for Zelensky's figure
        return About("other", f"the figure of '{row_label}', the row's label")
    together = _joined_to_the_topic(art, s, claim, low, high) if words.toll else None
    if together:  # "killed 77 people in a bombing and shooting attack" for the shooting's toll
        return About("unknown", f"counts {together} and the topic together, not the topic alone")
    included = _the_topic_only_included(art, s, first, topic)
    if included:  # "76 dead including Brazil's Chapecoense football team" for the players' toll
        return About("other", f"a total that includes the topic ('… {included} …'), not the topic's own count")
    compared = _compared_with_the_story(art, s, low, first, last)
    if compared:  # "the death toll of 214 … is a thousand times lower than that of Haiti's"
        return About("unknown", f"set against {compared}'s: the figure may be another's")
    standing = _standing_of_another(art, s, first, topic, stems)
    if standing:  # "with Vox on 33 seats and his PP on 136" for Vox's seats
        return About("other", f"the figure of {standing} ('{standing} {tokens[first - 1].text} …')")
    placing = _a_placings_holder(art, s, first, topic, words)
    if placing:  # "Daniel Bailey, Bolt's training partner, was fourth in 9.93" for Bolt's time
        return About("other", f"the result of {placing[0]}, who placed '{placing[1]}'")
    owner = _another_owners_record(art, s, first, words)
    if owner:  # "the triumph renewed talk of a run at Jack Nicklaus's record of 18 majors"
        return About("other", f"said of {owner}'s {tokens[first - 2].text}, not the claim's")
    other_time = another_time(art, s, low, high, skip=range(first, last))
    if other_time and an_age and not (first > low and another_time(art, s, low, first, skip=range(first, last))):
        # "The 43-year-old hadn't won a major since 2008": the date is the verb's, the age the writer's
        return About("unknown", f"an age in a clause that {other_time} dates: maybe the age at that time")
    if (
        other_time
        and _measures_the_topic(text, tokens, last, high, topic, counted=bare)
        and not _possibility(art, s, first, last, low, high, topic, penalty=span or money)  # "faces up to 65 years"
    ):
        # "blasted off on May 5 on a nearly 90 million-mile journey": the date may be only the verb's
        return About("unknown", f"said of {other_time}: maybe another occurrence than the claim's")
    if other_time and _dates_what_it_counts(art, s, low, first, last):
        # "guilty on all three counts of indecent assault against Andrea Constand in 2004"
        return About("unknown", f"'{other_time}' after what the figure counts: maybe when those happened")
    if other_time:
        return About("other", f"said of {other_time}, another occurrence than the claim's")
    when_time = _a_when_clauses_time(art, s, low, first, last)
    if when_time:  # "jugaron en 2012 la final más larga, cuando el serbio se impuso en 5 horas y 53 minutos"
        return About("unknown", f"in a clause that '{when_time}' before it dates: maybe another occurrence's")
    stood_for = _a_pronouns_stranger(art, s, first, claim, words)
    if stood_for:  # "He estimates he walked about 25 miles", after "Jhonatan Acosta, 30, was found safe …"
        return About(
            "unknown",
            f"said of '{tokens[0].text}', {stood_for} as its paragraph tells: a name the fact sheet never uses",
        )
    stranger = _a_strangers_relative(art, s, low, first, topic)
    if stranger:  # "Serena Williams, who has 23 Grand Slam titles"
        return About("unknown", f"said of {stranger}, a name the fact sheet never uses")
    relative = _a_relatives_figure(text, tokens, low, first, words)
    if relative:  # "His adult sons received two-year bans" for their father's ban
        return About("unknown", f"said of {relative}, maybe not of the claim's person")
    nearest = topic_marks(art, s, claim).last(0, first)
    owner = art.another_owner(s, nearest) if nearest is not None else None
    if owner:  # "Google's acquisition of Waze, each for just more than $1 billion"
        return About("unknown", f"said of {owner}: a name the fact sheet never uses")
    if before and before[-1] in WORTH and not topic_marks(art, s, claim).any(_hangs_on(art, s, low), first - 1):
        return About("other", "what something else is worth")  # "The company, which is worth $427 billion"
    difference = _difference(text, tokens, first, after_start, topic, words)
    if difference:
        return About("other", f"the size of a change ('{difference}'), not the claim's figure")
    possibility = _possibility(art, s, first, last, low, high, topic, penalty=span or money)
    if possibility and words.limit:  # "could face up to 25 years" for a claim of a maximum, or one count's
        return About("unknown", f"a limit or a prospect ('{possibility}'), as the claim's: maybe of a part")
    proposed = _the_topic_proposed(tokens, first, last, low, topic) if possibility else None
    if proposed:  # "la propuesta de adquisición por 68.700 millones" for the deal's price
        quoted = text[tokens[proposed.start].start : tokens[proposed.stop - 1].end]
        return About("unknown", f"the topic as proposed ('{quoted}'): maybe not what was agreed in the end")
    if possibility:
        return About("other", f"a possibility ('{possibility}'), not what happened")
    carried = _possibility_carried(art, s, low)
    if carried:  # "Aramco could offer 1%-2% of its shares, raising as much as $20 billion"
        return About("other", f"a possibility ('{carried}') the participle clause goes on, not what happened")
    expected = _earlier_expectation(s, first, last, low, high, topic)
    if expected:  # "the $2 trillion valuation that the prince had initially hoped for"
        return About("other", f"what was expected before ('{expected}'), not what happened")
    boundary = _boundary(art, s, first, last, low)
    if boundary:  # "the Kármán line, 100 kilometers above sea level"
        return About("other", f"what defines a boundary ('{boundary}'), not what happened")
    each = None if words.rates else _for_each(art, s, first, after_start, low, high)
    if each is not None and _one_of_those_each(tokens, each, low, topic):
        return About("topic")  # "the SPD and CDU / CSU each gained 25 percent" for the SPD's share
    if each is not None:  # "The three felony counts each carry a 10-year sentence"
        return About("other", f"a figure for each one ('{tokens[each].text}'), not their total")
    own = _given_noun(tokens, _after_conversion(art, s, last), len(tokens))  # "includes $4bn in cash"
    next_noun = after_start if nxt is not None and after_start == last else None
    for part in PARTS:
        if part[-1] in THE:
            continue  # "entre los 149 pasajeros", "among the 80,000": the group a part is of, the whole
        if words.rest and part[-1] in SUBSET_LEADS:
            continue  # "the jury deadlocked on the other ten" for "a mistrial on the other 10 counts": the claim's rest
        # "including five Britons", "entre ellos cinco británicos": the part counts the topic's own noun
        part_noun = next_noun if own is None and part in MEMBER_LEADS else own
        if tuple(before[-len(part) :]) == part and not (
            part_noun is not None and (part_noun in topic or tokens[part_noun].stem in stems)
        ):
            if part[-1] in ANOTHER and _another_group(art, s, claim, first, after_start, high):
                break  # "30 personas murieron y otras 300 resultaron heridas": other people, all the injured
            if part[-1] in INCREMENTS and any(low <= i < first - len(part) for i in topic):
                # "Berkshire and 3G will invest another $10 billion": more of the topic, maybe all the claim's
                return About("unknown", f"more of the topic ('{' '.join(part)} …'): maybe a part of its whole")
            return About("other", f"a part ('{' '.join(part)} …'), not the whole")
    opener = phrase_at(tokens, 0, PARTITIVES.tuple())
    if opener and _first_mark(art, s, ",", s.start, start) is not None and first > len(opener):
        return About("other", f"a part of the whole the sentence opens with ('{' '.join(opener)} …')")
    scaled = nxt is not None and after_start == last and nxt.text in MAGNITUDE_SCALES
    if (
        bare
        and nxt is not None
        and after_start == last
        and nxt.is_capitalised
        and not nxt.is_upper
        and after_start not in topic
        and nxt.stem not in stems
        and not scaled  # "upgraded to 7.9 Mw": the scale the magnitude is measured on, no name
        and not art.headline_case(s)  # "All 148 Aboard Feared Dead": a headline's capitals are no names
    ):
        named = _name_before_the_topic(art, s, after_start, high, topic, words)
        if named is not None:
            return named  # "44 Argentine sailors", "431 Whole Foods supermarkets"
        people = _a_places_people(art, s, first, after_start, high, words)
        if people is not None:
            return people  # "At least 112,000 Haitians are confirmed dead"
        return About("other", f"part of a name ('{text[start:end]} {nxt.text}')")  # "10 Downing Street"
    if (
        nxt is not None
        and after_start == last
        and nxt.is_capitalised
        and not nxt.is_upper
        and nxt.text.endswith(current.PLURAL_ENDING)
        and not scaled  # "8.1 Ms": a surface-wave magnitude, not a group
        and after_start not in topic
        and nxt.stem not in stems
        and not art.headline_case(s)
    ):
        return About("other", f"counts {nxt.text}, a group of the whole")  # "Four Americans", "33 Chileans"
    where = _a_places_relative(art, s, first, words) if words.toll else None
    if where:  # "Graves County, where 24 people were killed" for the state's toll
        return About("unknown", f"said of {where}, a place within the claim's: maybe a part of its toll")
    fronted = _fronted_place(art, s, first)
    if fronted:
        return About(
            "unknown", f"said of {fronted}, a place the fact sheet never names"
        )  # "In Bangladesh, four deaths"
    aged = age_lead(text, tokens, s, first, start, end) if bare and words.states_age else None  # "At 35, Boric"
    joined_name = (
        bare
        and not aged
        and first
        and not text[tokens[first - 1].end : start].strip()
        and tokens[first - 1].norm not in NOT_NAME_PARTS
        and not tokens[first - 1].text.endswith(current.POSSESSIVE_ENDINGS)  # "WhatsApp's 450 million users"
    )
    if joined_name and tokens[first - 1].is_capitalised and first - 1 not in topic and not art.headline_case(s):
        written = f"'{tokens[first - 1].text} {text[start:end]}'"
        if first == 1 and tokens[0].norm in DETERMINERS:
            # "The 12 jurors left": an article capitalised for opening the sentence, which a figure
            # that agrees is no name with (the reader takes only such a one: agreeing_only)
            return About("unknown", OPENING_NAME.format(written), agreeing_only=True)
        return About("other", f"part of a name ({written})")  # "Channel 4"
    spelt = text[start:end].isalpha()  # "As to count two": a number word labels as digits do
    label = _list_label(text, tokens, low, first, last) if bare or spelt else None
    if label is not None and tokens[label].norm in LABEL_NOUNS:
        labelled = label - 1
        if labelled >= 0 and (labelled in topic or tokens[labelled].stem in stems):
            return About("topic")  # "major number 15" for a count of majors: the topic's ordinal
        return About("other", f"a label ('{tokens[label].norm} {text[start:end]}')")  # "Powell was on track 6"
    if label is not None and _labels_the_topics_members(text, tokens, label, first, last, topic, stems):
        return About("other", f"labels {tokens[label].text} one by one ('{tokens[label].text} … {text[start:end]}')")
    mark = LABEL_MARK_RE.compiled.search(text, max(s.start, start - LABEL_MARK_REACH), start) if bare else None
    tagged = next((k for k in range(first - 1, -1, -1) if tokens[k].end <= mark.start()), None) if mark else None
    if mark and not (tagged is not None and (tagged in topic or tokens[tagged].stem in stems)):
        # "suspect #2"; the topic's own ("Miner No. 28", "major No. 15") is read on as before
        return About("other", f"a label ('{mark.group().strip()} {text[start:end]}')")
    if bare and before and before[-1] in AGE_NOUN_WORDS and not words.states_age:
        return About("other", f"an age ('{before[-1]} {text[start:end]}')")  # "He won the presidency at age 40"
    if bare and set_off_after_a_name(text, s, first, start, end) and not words.states_age:
        return About("other", f"an age ('{tokens[first - 1].text}, {text[start:end]},')")  # "Holmes, 37, was"
    lead = None if words.states_age or not bare else _set_off_age(text, tokens, s, first, start, end)
    if lead:  # "becoming, at 27, the oldest woman", "Gaige Grosskreutz, then 26," for a score or a count
        return About("other", f"an age ('{lead} {text[start:end]}')")
    figures, place = art.figure_place(s, start)
    previous = figures[place - 1] if place > 0 else None
    if bare and previous is not None and previous.unit is not None and not text[previous.end : start].strip():
        return About("other", f"part of a measure in two units ('… {text[start:end]}')")  # "the 6ft 5in Jamaican"
    part_before = previous if previous is not None and _a_parts_whole(text, tokens, previous, first) else None
    if part_before is not None and (words.subset or words.wholes):
        return About("other", f"the whole of a part ('{part_before.text} {current.OF} …')")  # "10 de 18"
    if part_before is not None:
        verb = _the_groups_verb(tokens, last, high, topic, text, whole=True)
        if verb is not None:  # "71 of the 77 passengers were killed": the killed are the part
            return About(
                "other", f"the whole of a part ('{part_before.text} {current.OF} … {text[start:end]}'), not the {verb}"
            )
    if _changed_from(tokens, figures, place, first, last):
        return About("other", f"the value before a change ('from {text[start:end]} to …')")  # "rose from 65 to 75"
    change = None if words.states_change else _changed_by(tokens, figures, place, first, last, topic)
    if change:  # "Aramco shares rose 10 percent to 35.2 riyals": the rise, not a level
        return About("other", f"the size of a change ('{change} {text[start:end]} to …'), not the claim's figure")
    in_percent = share or any(mark in text[start:end].lower() for mark in SHARE_MARKS)  # "gained 122 seats": a level
    rise = _a_changes_size(tokens, first, topic) if in_percent and not words.states_change else None
    if rise:  # "Las acciones de Kraft subieron 34%" for Kraft's shareholders' stake: a rise, maybe
        return About("unknown", f"the size of a change ('{rise} {text[start:end]}'), maybe not the claim's level")
    joiner = _the_other_sides(art, s, place, first)
    if joiner is not None and _sides_owner_is_the_topic(art, s, place, joiner, topic):
        return About("topic")  # "frente al 47,83% de … Luisa González" for González's share
    if joiner is not None:
        joiner_words = " ".join(t.text for t in tokens[joiner[0] : joiner[1]])
        return About("other", f"the other side's figure ('… {joiner_words} {text[start:end]}')")  # "50.2% … to 49.8%"
    nxt_side = place + 1 if 0 <= place < len(figures) - 1 else None
    side_joiner = (
        _the_other_sides(art, s, nxt_side, token_range(tokens, figures[nxt_side].start, figures[nxt_side].end)[0])
        if nxt_side is not None
        else None
    )
    if (
        nxt_side is not None
        and side_joiner is not None
        and _sides_owner_is_the_topic(art, s, nxt_side, side_joiner, topic)
    ):
        # "Bolsonaro lost the runoff 49.1% to da Silva's 50.9%", "Noboa … el 52,17% de los votos,
        # frente al 47,83% de … Luisa González" for the other's share
        return About("other", "the other side's figure, before the topic's")
    threshold = next((t for t in THRESHOLD_TAILS if tuple(following[: len(t)]) == t), None)
    if threshold:  # "19 earthquakes of magnitude 6.5 or larger": a class, not the quake's magnitude
        return About("other", f"the threshold of a class ('{text[start:end]} {' '.join(threshold)}')")
    if (
        before
        and before[-1] in SUBSET_LEADS
        and not (span or length or money or words.subset)
        and not (before[-1] in ANOTHER and _another_group(art, s, claim, first, after_start, high))
    ):
        return About("other", f"a part of the whole ('{tokens[first - 1].text} {text[start:end]} …')")
    if following[:1] and following[0] in THE_OTHERS and not (before and before[-1] in TOLL_OF) and not words.rest:
        return About("other", f"the others besides someone ('{text[start:end]} {following[0]}')")  # "32 others"
    whole = figures[place + 1] if 0 <= place < len(figures) - 1 else None
    claims_whole = whole is not None and whole.value in words.wholes  # "136 of the 350 seats" for "137 of the 350"
    if following[:1] == [current.OF] and len(following) > 1 and following[1][:1].isdigit() and not claims_whole:
        total = f"{text[start:end]} {current.OF} {following[1]}"
        return About("other", f"a part of a total ('{total}')")  # "308 of 382 areas"
    share = in_percent  # "52% of the British public"
    # the two words before the share, though a clause ends there: "obtained 49.87% after | 100% of the votes"
    progress = _progress(Norms(tokens, max(0, first - 2), first), following, stems) if share else None
    if progress:  # "With 99% of votes counted, Milei had 55.7%"
        return About("other", f"how much of the count is in ('{text[start:end]} … {progress}'), not a share")
    whole_share = not following or following[0] == current.OF  # "50.2% of the vote", not "a 20% stake"
    holder = _an_entitys_share(art, s, claim, first, topic) if share and whole_share else None
    if holder:  # "leftist Pedro Castillo had 50.2% of the vote" for the turnout
        return About("other", f"the share of {holder} ('{holder} … {text[start:end]}'), not the claim's topic")
    if (
        following[:1] == [current.OF]
        and len(following) > 1
        and following[1] in PART_OF
        and not share
        and not length
        and not claims_whole
    ):
        # "67 of the passengers"; a length "of the" is from somewhere ("a 11 millones de kilómetros de la Tierra")
        group = f"a part of a group ('{text[start:end]} {current.OF} {following[1]} …')"
        if _the_groups_verb(tokens, after_start, high, topic, text) is not None:
            return About("topic")  # "71 of the 77 passengers were killed" for the toll: the part is the killed
        if a_part_of_the_claims_group(text, tokens, after_start, high, words):
            # "guilty on five of the six counts" for a claim of the counts it was convicted on: the
            # part may be the claim's own count, or a part of its total; unclear when it disagrees
            return About("unknown", f"{group}: maybe the claim's count, maybe a part of it")
        return About("other", group)
    if nxt is not None and nxt.text.islower() and nxt.stem in words.parts and after_start == last and not aged:
        return About("other", f"counts {nxt.text}, a part of the claim's total")  # "144 passengers were aboard"
    # a number word before a nationality counts those nationals, as digits count any plural noun:
    # "Entre los pasajeros había dos españoles" (Spanish writes nationalities in lower case)
    nationals = (
        not bare and nxt is not None and text[start:end].lower() in NUMBER_WORDS and is_country_adjective(nxt.norm)
    )
    if (bare or nationals) and after_start == last:
        counted_at = _past_the_topics_name(tokens, after_start, high, topic)
        run = _counted_run(text, tokens, counted_at, high)
        noun = _counted_noun(tokens, run, topic, words)
        if noun and counted_at > after_start and tokens[_head(run)].stem in words.said:
            noun = None  # "500 National Guard troops" for a claim that says "troops": its own noun
        if noun:
            return About("other", f"counts {noun}")  # "200 shipping containers", "3,608 tons of cargo"
    number = next((i for i in range(last - 1, first - 1, -1) if tokens[i].text[:1].isdigit()), first)
    kinds = _toll_kinds(tokens, number + 1, high)
    if words.toll in kinds and len(kinds) > 1:  # "more than 300 missing or dead", "the 302 dead and missing"
        return About("unknown", f"counts the {' and the '.join(sorted(kinds))} together, not the {words.toll} alone")
    union = joined_nouns(text, tokens, after_start, high) if bare else None
    if union and not all(tokens[i].stem in words.counts or tokens[i].stem in stems for i in union):
        return About("other", f"counts {' and '.join(tokens[i].text for i in union)}")  # "150 passengers and crew"
    slashed = nxt is not None and text[end : nxt.start] == current.RATE_SLASH and nxt.text.isalpha()  # "$150,000/month"
    rate = slashed or (
        following[:1]
        and following[0] in RATE_MARKERS
        and len(following) > 1
        and following[1].isalpha()
        # "16 mil millones de dólares por la adquisición", "$16 billion per the terms": what an
        # amount pays for, not per what ("seis años por el actual presidente" stays as it was)
        and not (money and following[1] in DETERMINERS)
        and following[1] not in NUMBER_WORDS  # "por uno de los tornados": by one of them, no rate
        and following[1] not in DISTANCE_MARKERS  # "130 kilómetros al suroeste": a direction, no rate
    )
    if slashed:
        following = Norms(tokens, after_start, high, lead=current.RATE_SLASH)
    if rate and (after_start in topic or after_start + 1 - slashed in topic or following[1] in words.rates):
        # "$196 per share" for a claim of the price per share, "$150,000 a month" for a monthly fee
        # "Its shares sunk to a low of $2.85 a share", whatever the claim's own "a share"
        market = _market_word(art, s, claim, low, first)
        if market:  # "shares were trading at $135 per share": the market's price, not an offer
            return About("unknown", f"a market price ('{market}'), maybe not the claim's")
        return About("topic")
    if rate:
        return About("other", f"a rate ({following[0]} {following[1]})")
    period = RATE_ADJECTIVES.get(following[0]) if following[:1] and not words.rates else None
    if period is not None:  # "una multa de veinte euros diarios" for the fine's total
        return About("other", f"a rate ({following[0]}), not the claim's figure")
    counted_rate = following[1:3] if len(following) > 2 and following[1] in RATE_MARKERS else []
    if words.rates and counted_rate and counted_rate[1] in PERIODS and counted_rate[1] not in words.rates:
        return About("other", f"a rate ({' '.join(counted_rate)}), not the claim's")  # "300 million users a day"
    opener = next((o for o in RATE_OPENERS if tuple(following[: len(o)]) == o), None)
    if opener and _the_claims_rate(tokens, after_start + len(opener), high, art.matcher.topic_stems[claim.id]):
        # "$107.50 for each Time Warner share", "$171 for every Hess share" for a claim "per share"
        market = _market_word(art, s, claim, low, first)
        return About("unknown", f"a market price ('{market}'), maybe not the claim's") if market else About("topic")
    if opener:
        return About("other", "a rate")
    if (
        length
        and following[:1]
        and following[0] in DISTANCE_MARKERS
        and not stems & DISTANCE_WORDS.set()
        and not words.states_distance
    ):  # not for a claim that states a distance itself: "lies about 105 km north-east of Rome"
        return About("other", "a distance from somewhere")
    forms = _given_in_several(text, tokens, after_start, len(tokens)) if money else ()  # commas end no clause here
    in_topic = [j in topic or tokens[j].stem in stems for j in forms]
    if any(in_topic) and not all(in_topic):
        together = " and ".join(tokens[j].text for j in forms)
        return About("other", f"an amount in {together} together, not in one of them alone")
    given_in = _given_in(tokens, after_start, high) if money else None
    if (
        given_in is not None
        and not any(j in topic or tokens[j].stem in stems for j in given_in)
        and not _paid_as_the_topics_compensation(tokens, first, given_in, topic, words)
    ):
        return About("other", f"an amount in {tokens[given_in[-1]].text}")  # "$65 million in federal aid"
    worth = _worth_of(tokens, after_start, len(tokens)) if money else None  # past a conversion's bracket
    if worth is not None and not (worth in topic or tokens[worth].stem in stems):
        return About("other", f"an amount's worth of {tokens[worth].text}")  # "$12 billion worth of shares"
    if length and _a_size(tokens, first, last, low, high):
        return About("other", "a size (one figure by another), not one length")
    # a figure joined to its unit ("a 300-metre runway", a length "100m world record") before a noun
    joined = (
        (nxt is not None and nxt.start == end + 1 and text[end] == "-")
        or JOINED_UNIT_RE.search(text, start, end)
        or _spelt_joined(text[start:end])
        or (length and GLUED_UNIT_RE.search(text, start, end))
    )
    modifier = joined and nxt is not None and nxt.text.isalpha() and nxt.text.islower() and nxt.norm not in NOT_HEADS
    # "the bridge is a 0.75-mile span": what the figure describes stands for the topic
    stands_for_topic = modifier and _stands_for(text, tokens, range(first - 1, low - 1, -1), topic, stems)
    race = _a_race(tokens, first, after_start, high) if length else None  # owned too: "Bolt's 100m final"
    if race is not None:  # "the men's 100 metres", "the 100m final" for a claim of a height
        return About("other", f"names a race ('{f'{text[start:end]} {race}'.strip()}'), not a measure")
    measure = MEASURE_OF.get(following[0]) if length and following else None
    if measure and words.measures and measure not in words.measures:
        return About("other", f"a {measure} ('{following[0]}'), not the claim's {' or '.join(sorted(words.measures))}")
    if (
        length
        and words.measures
        and current.DEFAULT_MEASURE not in words.measures  # "the tunnel stretches 2 km": a length is the default
        and not measure
        and not (modifier and not stands_for_topic)  # "the 100m world record holder": the record's, read below
        and not _names_a_measure(art, s, claim)
    ):
        claimed = " or ".join(sorted(words.measures))  # "90 metres" in "Bolt was clear at 90 metres"
        return About("unknown", f"a length its sentence does not say is a {claimed}, as the claim's is")
    if span and _of_a_noun(text, tokens, end, after_start, high, topic, stems):
        return About("other", f"describes the {tokens[after_start].text}")  # "five years' jail"
    tenure = _a_tenure(text, tokens, first, after_start, high) if span else None
    if tenure:  # "in his virtually 30 years as a judge" for the prison term he handed down
        return About("unknown", f"the time someone has held a role ('{tenure}'), maybe not the claim's span")
    if span and following[:1] and following[0] in OFFSET_WORDS:
        if words.offset:  # "crashed just 13 minutes later" for a claim of the minutes after take-off
            return About("unknown", f"a time since or until something ('{following[0]}'), maybe not the claim's")
        return About("other", f"a time since or until something else ('{following[0]}')")  # "17 days after"
    kind, counted = _tolls(tokens, low, first, number + 1, high), words.toll  # "27 muertos y cuatro desaparecidos"
    event = _in_another_event(tokens, after_start, len(tokens), words) if kind else None  # "… after an avalanche"
    if event:  # "At least 18 people died in the avalanche" for the earthquake's toll
        return About("unknown", f"a toll of the {event}, which the claim does not name")
    if kind and counted and kind != counted:
        return About("other", f"counts the {kind}")
    phrased = _toll_of_the_event(text, tokens, low, first) if not kind and bare else None
    if phrased and phrased != counted:  # "the death toll from the quake has risen to 278" for its magnitude
        return About("other", f"counts the {phrased}")
    if (
        counted
        and bare
        and not kind
        and after_start < high
        and (after_start in topic or tokens[after_start].stem in stems)
        and tokens[after_start].norm not in WIDE_PERSON_NOUNS  # "188 people on board" is everyone aboard
        and not art.word_marks(s, TOLL_WORDS).any(0, len(tokens))
    ):  # "More than 1,000 firefighters were sent" for the firefighters killed
        return About("unknown", f"counts {tokens[after_start].text}, in a sentence that says nothing of the {counted}")
    if kind and not counted and words.counts and not stems & TOLL_WORDS.set():
        # the words it counts, or the one after it: "148 Passengers"
        counting = {i for i in (*_counted_run(text, tokens, after_start, high), after_start) if i < high}
        if not any(_counts_the_claims(tokens[i], words) or tokens[i].stem in stems for i in counting):
            return About("other", f"counts the {kind}")  # "the 302 dead" for a count of students aboard

    another = _and_one_more(tokens, after_start, high) if _counts_persons(words, nxt) else None
    if another:  # "a plane carrying six passengers and a pilot" for the people aboard
        return About("unknown", f"a part: '{another}' follows it")
    more = _one_more(art, s, figures[place] if 0 <= place < len(figures) else None, last)
    if more:  # "grabs against three men, while a fourth complainant said …": three of four
        return About("unknown", f"a part: '{more}' follows, one more than it")
    made_up = _make_up(text, tokens, after_start)
    made_up = _second_of_a_make_up(text, tokens, first, after_start) if made_up is None else made_up
    if made_up is not None and (
        made_up in topic or tokens[made_up].stem in stems or _counts_the_claims(tokens[made_up], words)
    ):  # "the six-man, six-woman panel" for the jury's size: one part of it
        return About("unknown", f"a part of the {tokens[made_up].text}'s make-up, counted by sex, not its size")
    if made_up is not None:  # "the nine men and three women jurors" for a count of the complainants
        return About("other", f"a part of the {tokens[made_up].text}'s make-up, counted by sex")
    counts_topic = nxt is not None and (after_start in topic or nxt.stem in stems)
    body = _a_bodys_members(tokens, first, topic, stems | words.said) if counts_topic else None
    if body:  # "the jury of nine men and three women" for a count of the complainants (as "men")
        return About("unknown", f"counts the members of the {body}, which the claim does not name")

    bought = _a_strangers_purchase(art, s, first, topic) if money else None
    if bought:  # "SoftBank also bought the Japanese Vodafone branch for 15 billion dollars"
        return About("unknown", f"paid for {bought}, which the fact sheet never names: maybe another purchase")
    # A count of the topic's noun is its holder's, when the topic is a name; when it is a noun
    # ("Grand Slam") and the statement names the holder, the count may be the subject's own:
    # "Novak Djokovic se quedó sin poder agrandar su palmarés a 24 Grand Slams" for Alcaraz's.
    named_topic = counts_topic and any(item in art.matcher.claims.entities for item in claim.about)
    actor = None if named_topic else _another_actors_figure(art, s, first, claim, topic, words)
    if actor:  # "The Conservative Party have been declared winners, after securing over 360 seats … for Labour"
        return About("unknown", f"said of {actor}, the sentence's subject, whom the claim is not about")

    beaten = _a_beaten_ones_link(art, s, first, topic)
    if beaten is not None:  # "beating …, Álvaro Delgado, with almost 50 percent": the winner's share
        return beaten
    said_before = _said_before(art, s, low, first)
    if said_before:  # "He'd previously talked about a valuation for Aramco of $2 trillion"
        return About("unknown", f"said before ('{said_before}'): maybe an earlier figure, since revised")
    division = _a_divisions_result(art, s, claim, words) if not (money or length or span) else None
    if division:  # "el triunfo del Rechazo, con 56%, en la comuna de #Petorca" for the national share
        return About("unknown", f"in a sentence about {division}, a part of the whole: maybe that part's result")

    # Tied to the topic: named right beside it, or reached over linking words.
    if previous is not None and _restates(art, s, previous, start, topic, stems):
        return About("topic")  # "Gustavo Petro obtained 10,692,503 votes (50.69 percent)"
    if _for_the_topic(text, tokens, after_start, topic):
        return About("topic")  # '7.8 million for "Leave"', "votes": what the figure is for
    if money and _paid_for_a_party(art, s, first, topic):
        return About("topic")  # "Facebook is purchasing the popular messaging app WhatsApp for $16 billion"
    if nxt is not None and (after_start in topic or nxt.stem in stems):
        return About("topic")  # "the $3 billion Merida Initiative", "185 deaths"
    if nxt is None and _named_past_conversion(art, s, first, last, after_start, topic, stems):
        return About("topic")  # "the controversial $59 billion (£46 billion) swoop on UK drugmaker Shire"
    topic_noun = next(
        (i for i in _counted_run(text, tokens, after_start, high) if i in topic or tokens[i].stem in stems), None
    )
    if topic_noun is not None and (
        bare or (spelt and all(tokens[i].stem in words.said for i in range(after_start, topic_noun)))
    ):  # "34 copper mine workers" for the workers; a number word only past words of the statement
        return About("topic")  # ("all nine federal charges" for nine federal counts)
    if modifier and nxt is not None:  # "a 300-metre runway", "the 28-nation bloc", "the 100m world record"
        if words.states_age and _apposition(text, tokens, first, topic):
            return About("topic")  # "Reeva Steenkamp, a 30-year-old model": the model is Steenkamp
        run = _counted_run(text, tokens, after_start, high)
        if any(i in topic or tokens[i].stem in stems for i in run):
            return About("topic")  # "his 30-year-old model girlfriend": the run of nouns ends in the topic
        named = _name_before_the_topic(art, s, run.stop, high, topic, words) if run and run.stop < high else None
        if named is not None:  # "the five-day orbital Polaris Dawn mission": the words before a name describe it
            return named
        if an_age and run and run.stop in topic and tokens[run.stop].is_capitalised:
            return About("topic")  # "82-year-old aviation pioneer Wally Funk": the words before a name describe it
        if not stands_for_topic:
            if (
                an_age
                and words.person
                and words.states_age
                and not _anothers_age(text, tokens, first, run or range(after_start + 1), topic)
            ):
                return About("unknown", AGE_OF_A_NOUN.format(nxt.text))  # "the 39-year-old star"
            return About("other", f"describes the {nxt.text}")  # "a 300-metre runway", "the 28-nation bloc"
        return About("topic")  # "the bridge is a 0.75-mile span": the span is the bridge
    if len(before) >= 2 and before[-1] == current.OF and (first - 2 in topic or tokens[first - 2].stem in stems):
        start_of = first - 2
        while start_of - 1 in topic:
            start_of -= 1  # "previous world record of 9.69": before the whole topic phrase
        if start_of and tokens[start_of - 1].norm in OTHER_OCCURRENCE:
            return About(
                "other", f"said of the {tokens[start_of - 1].text} {tokens[first - 2].text}, another occurrence"
            )
        kind = _another_kind(text, tokens, first - 2, art.matcher.story_words)
        if kind:  # "a U.S. record of 9.71", "an American national record of 9.71"
            return About("unknown", f"said of the {kind} {tokens[first - 2].text}: maybe another kind than the claim's")
    if _named_count_after(text, tokens, end, after_start, high, topic, stems):
        return About("topic")  # "elevó a 147 el número de muertos": the figure, then what it counts
    stranger = _a_strangers_figure(art, s, low, first, claim)
    if stranger:  # "Matt Damon's The Martian cost $108m", "Sequoia Capital invested about $8 million"
        return About("unknown", f"said of {stranger}, a name the fact sheet never uses")
    owned = _owned_by_topic(art, s, claim, low, first)
    if owned:  # "Bolt's starting speed was 0.146": the speed's figure, not Bolt's
        return About("unknown", f"said of {owned}: maybe not the claim's measure")
    if _linked(tokens, range(first - 1, low - 1, -1), topic, stems) or _subject(text, tokens, first, low, topic):
        return About("topic")  # "the toll rose to 148", "the toll from the floods in Spain rose to 158"
    headed = None  # "a magnitude of 6.4" in a sentence that never ties it to the topic: the magnitude's
    if len(before) >= 2 and before[-1] == current.OF and tokens[first - 2].text.isalpha():
        head = tokens[first - 2]
        if first - 2 in topic or head.stem in stems:
            return About("topic")  # "a depth of 5km", "a turnout of 72.2%"
        if an_age and words.person and words.states_age and not _anothers_age(text, tokens, first, range(last), topic):
            return About("unknown", AGE_OF_A_NOUN.format(head.text))  # "el tenista de 36 años"
        if head.norm not in NEUTRAL_HEADS and head.norm not in COPULAS and head.text.islower() and not aged:
            # "a closing price of £11.89"; a copula is no noun: "el balance … es de 142 muertos"
            headed = About("other", f"about the {head.text}")
            # a noun the claim's statement gives its own figure leaves the reading below to tie
            # it to the topic ("a time of 9.58 seconds" for "a world record time of 9.58 seconds")
            if head.stem not in words.said or head.stem in words.others_heads:
                return headed
    opening = text[tokens[first - 1].end if first else s.start : start]
    if "(" in opening and first >= 2 and tokens[first - 1].is_capitalised and first - 1 not in topic:
        return About("other", f"about {tokens[first - 1].text}")  # "England (53.4 per cent)"
    if _linked(tokens, range(after_start, high), topic, stems) or (kind and kind == counted):
        return About("topic")  # "65 had been killed", "17 people died"
    run = _counted_run(text, tokens, after_start, high)
    if (
        (bare or spelt)
        and run
        and _counts_the_claims(tokens[_head(run)], words)
        and _linked(tokens, range(run.stop, high), topic, stems)
    ):
        return About("topic")  # "29 miners were trapped": the claim's own noun, then the topic
    if _said_of_the_subject(art, s, first, topic, place):
        return About("topic")  # "Sandra Torres, from the UNE party, adds 1.3 million votes (35%)"
    if headed:  # the noun's figure stays its own unless the topic stands near before the noun: "the
        # earthquake occurred at 11:47 PM (1802 GMT) on Friday and had a magnitude of 6.4", "The
        # first earthquake measured a magnitude of 7.7 and a second measured 7.6" for the second
        near = _distance(art, s, first - 2, first - 1, claim)
        if near is None or near > NEAR or not any(i < first for i in topic):
            return headed
    return About("unknown", distance=_distance(art, s, first, last, claim))


def _spelt_joined(value: str) -> bool:
    """Whether a figure is a number word joined to its unit by a hyphen: "two-day", "three-hour"."""
    joined = SPELT_JOINED_UNIT_RE.search(value)
    return joined is not None and joined.group(1).lower() not in NUMBER_WORDS


def _names_a_measure(art: Article, s: Sentence, claim: Claim) -> bool:
    """Whether the sentence names one of the measures the claim's length is ("depth", "height")."""
    measures = art.matcher.words[claim.id].measures
    return art.memo(("measured", s.index, claim.id), lambda: any(MEASURE_OF.get(t.norm) in measures for t in s.tokens))


def _said_of_the_subject(art: Article, s: Sentence, first: int, topic: frozenset[int], place: int) -> bool:
    """Whether the value stands in what its clause says of the clause's subject, a name of the
    topic: one plain run of lower-case words leads back from the value to the name, which opens
    the clause, maybe past a phrase set off by commas ("Labour has won 395 seats with a 34.6%
    share", "Sandra Torres, from the UNE party, adds 1.3 million votes (35%)"). Another name, a
    clause opener, a range, a margin or a figure of the same unit on the way ties the value to
    something else, and a bare number before a noun counts that noun ("killed 21 children")."""
    text, tokens, figures = art.text, s.tokens, art.values(s)[1]
    if not 0 <= place < len(figures):
        return False
    value = figures[place]
    if place + 1 < len(figures) and text[value.end : figures[place + 1].start].strip() == ",":
        return False  # "to take office on 17, 19, 20 or 26 May": one of a series, not the subject's figure
    _, last = token_range(tokens, value.start, value.end)
    if (
        value.unit is None
        and last < len(tokens)
        and tokens[last].text.isalpha()
        and tokens[last].text.islower()
        and tokens[last].norm not in LINKING_ON
    ):
        return False  # "killed 21 children" counts the children; "revised to 275 from 288" is the toll
    stops = PREDICATE_STOPS.set()
    reach = tokens[max(0, first - PREDICATE_REACH - 1)].start  # the walk back below goes no further
    same = {
        i
        for f in _figures_back(art, s, place, reach)
        if f.unit == value.unit and text[f.end : f.end + 1] != "-"
        for i in range(*token_range(tokens, f.start, f.end))
    }  # "won 50.2% of the vote to 49.8%": the first is the subject's (not "the three-train crash")
    j, seen, apposed, continued = first - 1, 0, False, False
    while j >= 0 and j not in topic:
        gap = text[tokens[j].end : tokens[j + 1].start]
        if gap.strip() == "," and not continued and _continues_the_clause(tokens, j + 1, first):
            continued = True  # "The Partido Popular has won the election, gaining 136 seats": the subject's
        elif gap.strip() == "," and not continued and _relative_clause_goes_on(text, tokens, j, first, topic, same):
            return True  # "Guillermo Lasso, quien … se impuso en la jornada electoral, con más del 54%"
        elif gap.strip() and gap != "-" and not (j == first - 1 and gap.strip() == "("):  # "votes (35%)"
            named = _apposed_name(text, tokens, j, topic)
            if named is None:
                return False
            j, apposed = named, True
            break
        token = tokens[j]
        seen += 1
        if token.norm in PERSON_RELATIVES and _relative_of_the_topic(text, tokens, j, topic):
            return True  # "Xóchitl Gálvez, quien recibió el 28.2%": the name the relative stands for
        if token.norm in NAME_RELATIVES and _relative_of_the_name(text, tokens, j, topic):
            return True  # "a Keiko Fujimori, que alcanza el 49,82%"
        named = token.is_capitalised and token.norm not in CALENDAR  # "the toll … on Friday was revised to 275"
        if "\n" in gap or token.norm in stops or named or j in same or seen > PREDICATE_REACH:
            return False
        j -= 1
    if j < 0:
        return False
    if tokens[j].norm in PERSON_RELATIVES and _relative_of_the_topic(text, tokens, j, topic):
        return True  # "Xóchitl Gálvez, who took 29.1%", where the pronoun is marked as the name it stands for
    if not tokens[j].is_capitalised and not (first and tokens[first - 1].norm in PREPOSITIONS):
        return False  # a noun as subject only when the value is what it comes to: "the toll … was revised to 275"
    if not apposed and text[tokens[j].end : tokens[j + 1].start].strip():
        named = _apposed_name(text, tokens, j, topic)  # "Sandra Torres, of the UNE party, adds …"
        if named is not None:
            j, apposed = named, True
    restated = None if apposed else _restated_subject(text, tokens, j, topic)
    if restated is not None:
        return True  # "discovered that their candidate, Edmundo Gonzalez, had actually won the election with 67%"
    if not apposed and text[tokens[j].end : tokens[j + 1].start].strip():
        return False  # "Lula, the country's former president from 2003-2010": said in the apposition
    while j - 1 in topic:
        j -= 1
    start = _clause_start(text, tokens, j, 0)
    return start is not None and j - start <= SUBJECT_HEAD


def _name_first(text: str, tokens: Sequence[Token], last: int, topic: frozenset[int]) -> int:
    """The first word of the name ending at token `last`: back over the topic's words and, up to
    NAME_TAIL words, capitalised ones joined by a single space."""
    first = last
    while first - 1 >= 0 and (first - 1 in topic or (last - first < NAME_TAIL and tokens[first - 1].is_capitalised)):
        if text[tokens[first - 1].end : tokens[first].start] != " ":
            break
        first -= 1
    return first


def _restated_subject(text: str, tokens: Sequence[Token], j: int, topic: frozenset[int]) -> int | None:
    """The first word of the noun phrase that opens a clause and that the topic's name, ending at
    token j and set off by commas right after it, restates: "that their candidate, Edmundo
    Gonzalez, had won", "su candidata, Luisa González, obtuvo". The phrase is a determiner and at
    most RESTATED_HEAD lower-case words, and nothing of the clause comes before it ("Noboa
    derrotó a su rival, Luisa González, con el 47%": the name is the object's)."""
    if j + 1 >= len(tokens) or text[tokens[j].end : tokens[j + 1].start].strip() != ",":
        return None
    n = _name_first(text, tokens, j, topic)  # "Edmundo Gonzalez Urrutia"
    if n < 2 or text[tokens[n - 1].end : tokens[n].start].strip() != ",":
        return None
    for lead in range(n - 1, max(-1, n - 2 - RESTATED_HEAD), -1):
        t = tokens[lead]
        if not (t.text.isalpha() and t.text.islower()) or t.norm in PREPOSITIONS:
            return None
        if lead < n - 1 and text[tokens[lead].end : tokens[lead + 1].start].strip():
            return None
        if t.norm in DETERMINERS or t.norm in POSSESSIVE_WORDS:
            return lead if _clause_start(text, tokens, lead, 0) == lead else None
    return None


def _relative_clause_goes_on(
    text: str, tokens: Sequence[Token], comma: int, first: int, topic: frozenset[int], same: set[int]
) -> bool:
    """Whether the value at token `first` ends, after the comma following token `comma`, a
    phrase that a preposition opens (at most PARTICIPLE_REACH words: "con más del 54%", "with
    52%"), with no subject of its own, and the clause before the comma is a relative clause that
    a pronoun for persons opens right after the topic's name and a comma ("Guillermo Lasso, quien
    hace casi dos meses se impuso en la jornada electoral del país vecino, con más del 54%"): the
    phrase goes on with what that clause says of the name. The clause names no one (else the
    phrase may be said of that other name) and holds no figure of the value's unit."""
    lead = comma + 1
    if tokens[lead].norm not in PREPOSITIONS or first - lead > PARTICIPLE_REACH:
        return False
    if any(not (t.text.isalpha() and t.text.islower()) for t in tokens[lead:first]):
        return False
    for k in range(comma, max(0, comma - SUBJECT_REACH), -1):  # the clause is the name's complement
        gap = text[tokens[k - 1].end : tokens[k].start]
        if tokens[k].is_capitalised or k in same or "\n" in gap:
            return False
        if gap.strip() == ",":
            return tokens[k].norm in PERSON_RELATIVES and _relative_of_the_topic(text, tokens, k, topic)
        if gap.strip():
            return False
    return False


def _continues_the_clause(tokens: Sequence[Token], i: int, first: int) -> bool:
    """Whether the word at token i, opening a phrase after a comma, is a present participle whose
    unspoken subject is the clause's and whose object is the value at token `first`, at most
    PARTICIPLE_REACH words on with no preposition between: "has won the election, gaining 136 of
    the 350 seats", "winning just 121" (not "closing with a 2-under 70", a score; not a name,
    "Reading", nor a word that only ends like one, "during"). A link that gives a figure to the
    subject of its clause may stand right before the value or its definite article: "appears to
    have won decisively, winning with 50.2% of the vote", "ganando con el 50,2%"."""
    token = tokens[i]
    lead = first - 1
    if lead > i and tokens[lead].norm in THE:
        lead -= 1
    held = lead > i and tokens[lead].norm in HOLDING_LINKS
    return (
        token.text.islower()
        and token.norm.endswith(GERUND_ENDINGS.tuple())
        and token.norm not in NOT_CONTINUING
        and first - i <= PARTICIPLE_REACH
        and not any(tokens[k].norm in PREPOSITIONS for k in range(i + 1, lead if held else first))
    )


def _relative_of_the_topic(text: str, tokens: Sequence[Token], j: int, topic: frozenset[int]) -> bool:
    """Whether the relative pronoun at token j follows a name of the topic and a comma, with
    at most NAME_TAIL more capitalised words of the name, or a complement of it, between: "su
    rival, Xóchitl Gálvez, quien …", "Xóchitl Gálvez Ruiz, quien …", "Xóchitl Gálvez de la
    coalición opositora, quien …". A pronoun for persons stands for a person's name, so what its
    clause says is said of the topic (not of the coalition)."""
    if j == 0 or text[tokens[j - 1].end : tokens[j].start].strip() != ",":
        return False
    named = j - 1
    while named > 0 and named not in topic and j - 1 - named < NAME_TAIL and tokens[named].is_capitalised:
        named -= 1
    if named in topic:
        return True
    for link in range(j - 2, max(0, j - 2 - NAME_COMPLEMENT), -1):
        if text[tokens[link].end : tokens[link + 1].start].strip():
            return False  # a mark inside: no plain complement
        if tokens[link].norm in COMPLEMENT_LINK_WORDS:
            return link - 1 in topic and not text[tokens[link - 1].end : tokens[link].start].strip()
    return False


def _relative_of_the_name(text: str, tokens: Sequence[Token], j: int, topic: frozenset[int]) -> bool:
    """Whether the relative pronoun at token j follows a comma and the topic's name, itself no
    noun's complement, maybe past a phrase set off by commas that names no one: "saca ventaja a
    Keiko Fujimori, que alcanza el 49,82%", "a Rodolfo Hernández, de la derecha, que alcanzó el
    46,85%". After "la compra de Celgene," or "el partido de Keiko Fujimori," the pronoun may
    stand for the noun the name completes; after "aliada de Rafael Correa," for that other name;
    after a common noun of the topic for any noun of the phrase."""
    if j < 2 or text[tokens[j - 1].end : tokens[j].start].strip() != ",":
        return False
    end = j - 1  # the name's last word
    if end not in topic:
        opening = _apposition_before(text, tokens, end)
        if opening is None or opening < 1 or any(t.is_capitalised for t in tokens[opening:j]):
            return False
        end = opening - 1
        if end not in topic:
            return False
    named = _name_first(text, tokens, end, topic)  # "Keiko Fujimori"
    if not all(t.is_capitalised for t in tokens[named : end + 1]):
        return False
    return named == 0 or tokens[named - 1].norm not in COMPLEMENT_LINK_WORDS


def _apposed_name(text: str, tokens: Sequence[Token], last: int, topic: frozenset[int]) -> int | None:
    """The topic's name before a phrase set off by commas that ends at token `last`, when the
    phrase follows it: "Sandra Torres Casanova, from the National Unity of Hope (UNE),"."""
    opening = _apposition_before(text, tokens, last) or 0
    named = opening - 1
    while named > 0 and named not in topic and opening - named <= NAME_TAIL and tokens[named].is_capitalised:
        named -= 1  # "Sandra Torres Casanova, from …": the name goes on past the fact sheet's
    return named if named >= 0 and named in topic else None


def _apposition_before(text: str, tokens: Sequence[Token], last: int) -> int | None:
    """The first word of a phrase set off by commas that ends at token `last`."""
    if text[tokens[last].end : tokens[last + 1].start].strip(" )") != ",":
        return None
    for j in range(last, max(last - APPOSITION_REACH, 0), -1):
        gap = text[tokens[j - 1].end : tokens[j].start]
        if any(mark in gap for mark in STRONG_MARKS.tuple()) and not _bracketed_acronym(text, tokens, j):
            return None
        if gap.strip() == ",":
            return j
    return None


BRACKETED_ACRONYM_RE = re.compile(r"\s*\(\s*[A-Z]{2,5}\s*\)\s*")  # " (PM) ", " (UNE)"


def _bracketed_acronym(text: str, tokens: Sequence[Token], j: int) -> bool:
    """Whether the mark before token `j` opens or closes a bracketed acronym, which a phrase set
    off by commas may hold: "from the National Unity of Hope (UNE), adds"."""
    for k in (j, j - 1):
        if 0 < k < len(tokens) - 1:
            m = BRACKETED_ACRONYM_RE.match(text, tokens[k - 1].end)
            if m and tokens[k].start < m.end() <= tokens[k + 1].start:
                return True
    return False


def topic_distance(art: Article, s: Sentence, first: int, last: int, claim: Claim) -> int | None:
    """Words from tokens [first, last) to the nearest mention of the claim's topic that no
    strong clause break cuts off (None when the sentence names no topic but carries it on)."""
    return _distance(art, s, first, last, claim)


def counted_noun(art: Article, s: Sentence, start: int, end: int, claim: Claim) -> str | None:
    """The noun a bare number counts when it is not what the claim counts: "335 out of 382
    results", "people from 20 nations"; None when it counts the claim's thing or nothing."""
    tokens = s.tokens
    _, last = token_range(tokens, start, end)
    if last >= len(tokens) or tokens[last].start - end > 1:
        return None
    nxt = tokens[last]
    if not (nxt.text.isalpha() and nxt.text.islower()) or nxt.norm in NOT_HEADS or nxt.norm in RATE_MARKERS:
        return None
    run = [nxt]  # the noun is the run's head: "382 voting areas" counts areas, "27 vidas humanas" lives
    for t in tokens[last + 1 : last + 3]:
        if not (t.text.isalpha() and t.text.islower()) or t.norm in NOT_HEADS or t.start - run[-1].end > 1:
            break
        run.append(t)
    nxt = run[_head(range(len(run)))]
    words = art.matcher.words[claim.id]
    if nxt.stem in words.topic or _counts_the_claims(nxt, words):
        return None
    return nxt.text


def topic_tokens(art: Article, s: Sentence, claim: Claim) -> frozenset[int]:
    """Where the sentence names the topic, and the relative pronoun that stands for it right
    after ("The Lakeside Tunnel, which is 2 km long"); worked out once per sentence."""
    return art.memo(("topic", s.index, claim.id), lambda: _topic_tokens(art, s, claim))


def topic_marks(art: Article, s: Sentence, claim: Claim) -> Marks:
    """The topic's tokens (topic_tokens) in order, to find the nearest by bisection."""

    def marks() -> Marks:
        topic = topic_tokens(art, s, claim)  # looked up once, not once per token of the sentence
        return Marks.holding(topic, len(s.tokens))

    return art.memo(("topic marks", s.index, claim.id), marks)


def _topic_tokens(art: Article, s: Sentence, claim: Claim) -> frozenset[int]:
    tokens = s.tokens
    topic = {i for h in art.hits_in(s, f"topic:{claim.id}") for i in range(h.first, h.last)}
    return frozenset(topic | {i + 1 for i in topic if i + 1 < len(tokens) and tokens[i + 1].norm in RELATIVES})


def _counted_run(text: str, tokens: Sequence[Token], i: int, high: int) -> range:
    """The lower-case words right after a number that name what it counts (up to three; a
    hyphenated compound counts as one: "the 40-year-old steel-and-concrete bridge")."""
    j, words = i, 0
    while j < high:
        t = tokens[j]
        hyphened = j > i and text[tokens[j - 1].end : t.start] == "-"
        if not hyphened and (words == 3 or (t.norm in NOT_HEADS)):
            break
        if not (t.text.isalpha() and t.text.islower()):
            break
        if j > i and not hyphened and is_past_form(t.norm):
            break  # "450 million users located across the globe": the count's noun ends before its verb
        if j > i and t.start - tokens[j - 1].end > 1:
            break
        if t.norm in NEGATING_PREFIXES and j + 1 < high and text[t.end : tokens[j + 1].start] == "-":
            break  # "89 non-student passengers": not students
        words += not hyphened
        j += 1
    return range(i, j)


def _given_in(tokens: Sequence[Token], i: int, high: int) -> range | None:
    """The words an amount is given in: "in federal aid", "in Adobe's market value" (an owner,
    then up to three lower-case words after "in", the last its noun); None for a place, a date or
    a form of payment ("in cash"). A form of payment a market word qualifies is the market's
    worth, not a payment: "in market value", "en valor de mercado"."""
    if i + 1 >= high or tokens[i].norm != current.GIVEN_IN:
        return None
    first = i + 1
    if first + 1 < high and (
        tokens[first].text.endswith(current.POSSESSIVE_ENDINGS) or tokens[first].norm in POSSESSIVE_WORDS
    ):
        first += 1  # "in Adobe's market value", "in its revenue"
    j = first
    while j < min(high, first + 3) and tokens[j].text.isalpha() and tokens[j].text.islower():
        if tokens[j].norm in NOT_HEADS:
            break  # "in federal aid to cover …"
        j += 1
    head = j - 1
    if head < first:
        return None
    markets = SECURITY.set()
    of_a_market = j + 1 < high and tokens[j].norm == current.OF and tokens[j + 1].norm in markets
    if tokens[head].norm in PAYMENT_FORMS and not ((head > first and tokens[head - 1].norm in markets) or of_a_market):
        return None
    return range(i + 1, j + 2 if of_a_market else j)


def _paid_as_the_topics_compensation(
    tokens: Sequence[Token], first: int, given_in: range, topic: frozenset[int], words: ClaimWords
) -> bool:
    """Whether an amount given "in compensation" ("in damages", "en compensación") is still the
    claim's: compensation says what the amount is paid as, not another sum beside it, so it is the
    claim's own kind of amount when the claim's words say compensation ("$965 million in
    damages" for the damages awarded) and the phrase names no other kind ("$2m in compensatory
    damages" for the punitive ones), and the topic's when the topic's noun governs it ("la
    confiscación de unos 12.600 millones de dólares en compensación al tráfico" for a forfeiture).
    Paid beside the claim's figure with nothing tying it to the topic ("a $50,000 fine and $24
    million in restitution" for the fine), it stays another sum."""
    given = [tokens[j] for j in given_in]
    if not any(t.norm in COMPENSATIONS for t in given):
        return False
    if words.compensation and (len(given) == 1 or all(t.stem in words.said for t in given)):
        return True
    return first >= 2 and tokens[first - 1].norm == current.OF and first - 2 in topic


def _given_noun(tokens: Sequence[Token], i: int, high: int) -> int | None:
    """The noun an amount is given in, right after it: "$4bn in cash" (None otherwise). A part
    given in the claim's own noun is the claim's figure; a count of it ("an additional 12
    bodies") stays a part of the total."""
    if i + 1 < high and tokens[i].norm == current.GIVEN_IN:
        t = tokens[i + 1]
        if t.text.isalpha() and t.text.islower() and t.norm not in NOT_HEADS:
            return i + 1
    return None


def _given_in_several(text: str, tokens: Sequence[Token], i: int, high: int) -> tuple[int, ...]:
    """The nouns of a list an amount is given in ("$19bn in cash, stock and earnouts", "$3
    billion in cash and stock"): the amount is all of them together; () when not a list."""
    if i + 3 >= high or tokens[i].norm != current.GIVEN_IN:
        return ()
    nouns = [i + 1]
    j = i + 2
    while j + 1 < high and (tokens[j].norm in NOUN_JOINERS or text[tokens[j - 1].end : tokens[j].start].strip() == ","):
        nxt = j + 1 if tokens[j].norm in NOUN_JOINERS else j
        if nxt >= high:
            break
        nouns.append(nxt)
        if tokens[j].norm in NOUN_JOINERS:
            break
        j = nxt + 1
    plain = all(
        tokens[k].text.isalpha() and tokens[k].text.islower() and tokens[k].norm not in NOT_LISTED for k in nouns
    )  # "$4 billion in cash, and another $12 billion": a second amount, no list
    then = tokens[nouns[-1] + 1] if nouns[-1] + 1 < len(tokens) else None
    if then is not None and then.text[:1].isdigit():
        return ()  # "in cash and some 12 billion in stock"
    return tuple(nouns) if plain and len(nouns) >= 2 and tokens[nouns[-2] + 1].norm in NOUN_JOINERS else ()


NOT_LISTED = words(
    lambda lx: (
        *NOT_HEADS,
        *lx.DETERMINERS,
        *lx.THE_OTHERS,
        *lx.NUMBER_WORDS,
        *(w for w in (*lx.PART_MARKERS, *lx.HEDGES) if " " not in w),
    )
)  # "$4 billion in cash and approximately $12 billion": a second amount, no list of forms
WORTH_OF = sequence(lambda lx: lx.WORTH_OF.split())
WORTH_REACH = 3  # words after "worth of" to the noun: "worth of Facebook Class A shares"


def _worth_of(tokens: Sequence[Token], i: int, high: int) -> int | None:
    """The noun an amount is the value of: "$12 billion worth of Facebook shares"."""
    if tuple(t.norm for t in tokens[i : i + len(WORTH_OF)]) != WORTH_OF.tuple():
        return None
    start = i + len(WORTH_OF)
    return next(
        (
            k
            for k in range(start, min(high, start + WORTH_REACH))
            if tokens[k].text.isalpha() and tokens[k].text.islower()
        ),
        None,
    )


def _of_a_noun(
    text: str, tokens: Sequence[Token], end: int, i: int, high: int, topic: frozenset[int], stems: frozenset[str]
) -> bool:
    """Whether a span of time is a possessive of the noun after it, not the topic: "five years'
    jail", "ten years' experience"."""
    if i >= high or text[end : end + 1] not in POSSESSIVE_MARKS:
        return False
    t = tokens[i]
    return t.text.isalpha() and t.text.islower() and i not in topic and t.stem not in stems


def _for_the_topic(text: str, tokens: Sequence[Token], i: int, topic: frozenset[int]) -> bool:
    """Whether the value is followed by "for" and the topic, quotation marks allowed between:
    '7.8 million for "Leave"', "52% for Leave"."""
    if i + 1 >= len(tokens) or tokens[i].norm != current.FOR_WORD:
        return False
    j = i + 2 if tokens[i + 1].norm in DETERMINERS and i + 2 < len(tokens) else i + 1  # "for the summit"
    gap = text[tokens[i].end : tokens[j].start]
    if j == i + 2:
        gap = gap.replace(tokens[i + 1].text, " ", 1)
    return j in topic and not gap.strip(" " + QUOTE_MARKS)


PRICE_REACH = 12  # words from the topic's verb or noun to the "for" before what was paid


def _one_more(art: Article, s: Sentence, figure: QuantityMention | None, last: int) -> str | None:
    """The ordinal after a count that adds one to it in the same sentence ("three men, while a
    fourth complainant", "tres hombres y un cuarto"): the count is a part of a larger whole."""
    if figure is None or figure.high is not None or not float(figure.value).is_integer():
        return None
    tokens = s.tokens
    ordinals = art.memo(("ordinals", s.index), lambda: _ordinals(tokens))
    at = ordinals.get(int(figure.value) + 1, [])
    k = bisect_left(at, last)
    return f"{tokens[at[k]].text} {tokens[at[k] + 1].text}" if k < len(at) else None


def _ordinals(tokens: Sequence[Token]) -> dict[int, list[int]]:
    """Where a sentence says "a fourth", "un cuarto": each ordinal's value, and where its article stands."""
    out: dict[int, list[int]] = {}
    values = current.ORDINAL_VALUES  # the language's, once
    for k in range(len(tokens) - 1):
        value = values.get(tokens[k + 1].norm)
        if value is not None and tokens[k].norm in NUMBER_ARTICLES:
            out.setdefault(value, []).append(k)
    return out


def _counts_persons(words: ClaimWords, noun: Token | None) -> bool:
    """Whether a claim counts people (a toll, those aboard), or the figure's noun is a person's."""
    return bool(words.toll) or "people" in words.counts or (noun is not None and noun.norm in PERSON_NOUNS)


def _and_one_more(tokens: Sequence[Token], noun: int, high: int) -> str | None:
    """One more of another kind joined right after a count's noun ("six passengers and a pilot",
    "seis pasajeros y un piloto"): the count is a part of the whole they make together."""
    k = noun + 1
    if k + 2 > high or not tokens[noun].text.isalpha() or tokens[k].norm not in LIST_JOINERS:
        return None
    if tokens[k + 1].norm not in NUMBER_ARTICLES or not tokens[k + 2].text.isalpha():
        return None
    if tokens[k + 2].stem == tokens[noun].stem:
        return None  # "six passengers and a passenger's dog" is no other kind
    return f"{tokens[k].text} {tokens[k + 1].text} {tokens[k + 2].text}"


NUMBER_ARTICLES = words("NUMBER_ARTICLES")
BODY_NOUNS = words("BODY_NOUNS")
BODY_LINKS = phrase_table("BODY_LINKS")


def _a_bodys_members(tokens: Sequence[Token], first: int, topic: frozenset[int], stems: frozenset[str]) -> str | None:
    """The body a count after "of" makes up ("the jury of nine men", "a panel of seven men", "un
    jurado de siete hombres"), when the body is not the claim's topic: its make-up, not the claim's
    people."""
    link = phrase_before(tokens, first, BODY_LINKS)
    body = first - len(link) - 1 if link else -1
    if body < 0:
        return None
    noun = tokens[body]
    return noun.text if noun.norm in BODY_NOUNS and body not in topic and noun.stem not in stems else None


def _make_up(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """The body a count of men or women at token i makes up with another count after it, named
    last: "the nine men and three women jurors", "the six-man, six-woman panel". The body's
    token, or None."""
    j = i
    if j >= len(tokens) or tokens[j].norm not in MAKE_UP_NOUNS:
        return None
    j += 1 + (j + 1 < len(tokens) and tokens[j + 1].norm in NOUN_JOINERS)
    if j >= len(tokens) or not (tokens[j].text[:1].isdigit() or tokens[j].norm in NUMBER_WORDS):
        return None
    return _body(text, tokens, j + 1)


def _second_of_a_make_up(text: str, tokens: Sequence[Token], first: int, i: int) -> int | None:
    """The body whose make-up a count joined to "man" or "woman" at token `first` ends, after
    such a count of the other sex: "six-woman" in "the six-man, six-woman panel". The body's
    token, or None. (Counts not joined, "seven women and five men", are read as they stand: a
    body may not follow them, as in "a jury of seven women and five men has found".)"""
    k = first - 1 - (first > 0 and tokens[first - 1].norm in NOUN_JOINERS)  # the other count's noun
    if k < 1 or i >= len(tokens) or tokens[k].norm not in MAKE_UP_NOUNS:
        return None
    if not (tokens[k - 1].text[:1].isdigit() or tokens[k - 1].norm in NUMBER_WORDS):
        return None
    if text[tokens[k - 1].end : tokens[k].start] != "-" or text[tokens[first].end : tokens[i].start] != "-":
        return None
    return _body(text, tokens, i)


def _body(text: str, tokens: Sequence[Token], j: int) -> int | None:
    """The body's noun after the count of men or women at token j ("women jurors"): not a verb
    ("five women deliberated"), nor past a mark ("five women, the jury")."""
    if j + 1 >= len(tokens) or tokens[j].norm not in MAKE_UP_NOUNS:
        return None
    body = tokens[j + 1]
    noun = body.norm in BODY_NOUNS or body.norm.endswith(current.PLURAL_ENDING)
    return j + 1 if noun and body.text.islower() and not text[tokens[j].end : body.start].strip() else None


def _another_group(art: Article, s: Sentence, claim: Claim, first: int, after: int, high: int) -> bool:
    """Whether "another" before the figure at token `first` sets it against a group of another
    kind named before it, not against more of the topic's: "Al menos 30 personas murieron y otras
    300 resultaron heridas" for the injured (not "the toll rose to 20 and another 12 were
    killed", where the 20 are the topic's too)."""
    tokens, topic, stems = s.tokens, topic_tokens(art, s, claim), art.matcher.words[claim.id].topic
    numbers = art.memo(
        ("numbers", s.index),
        lambda: Marks(NUMBER_RE.fullmatch(t.text) is not None or t.norm in NUMBER_WORDS for t in tokens),
    )
    if not numbers.any(0, first - 1):
        return False
    named = art.memo(
        ("topic words", s.index, claim.id),
        lambda: Marks(i in topic or t.stem in stems for i, t in enumerate(tokens)),
    )
    return not named.any(0, first) and _linked(tokens, range(after, high), topic, stems)


def whole_of_a_part(art: Article, s: Sentence, q: QuantityMention, claim: Claim) -> str | None:
    """The part a figure is the whole of, as written, when that whole counts another noun than
    the claim's ("13,1 millones de los 17,4 millones de habitantes" for the voters, "13.1 million
    of the 17.4 million residents"): a larger group than the claim's, maybe; None otherwise ("74
    of the 97 victims" for a toll is the toll itself)."""
    if q.unit is not None:
        return None  # "four of the 459 people aboard" for a toll in people: a count of the claim's kind
    figures, place = art.figure_place(s, q.start)
    previous = figures[place - 1] if place > 0 else None
    tokens = s.tokens
    first, last = token_range(tokens, q.start, q.end)
    if previous is None or not art.text[previous.end : q.start].replace(" ", "").isalpha():
        return None  # "157 personas (de 33 nacionalidades)": a bracket of its own
    if not _a_parts_whole(art.text, tokens, previous, first):
        return None
    if last < len(tokens) and tokens[last].norm in SCALE_UNIT_JOINERS:
        last += 1  # "17,4 millones de habitantes"
    run = _counted_run(art.text, tokens, last, len(tokens))
    words = art.matcher.words[claim.id]
    if not run or any(tokens[k].stem in words.topic or _counts_the_claims(tokens[k], words) for k in run):
        return None  # "12 million of the 17.4 million voters cast …": the claim's own count
    return art.text[previous.start : q.end]


def _the_topic_only_included(art: Article, s: Sentence, first: int, topic: frozenset[int]) -> str | None:
    """The words opening a list of members ("including", "entre ellos") when the topic is named in
    the sentence only inside such a list and the figure at token `first` stands before the list:
    the figure counts the group the list is of, of which the topic is a part ("76 dead including
    Brazil's Chapecoense football team" for the players killed). A figure inside the list ("including
    19 players") is read as before."""
    tokens, text = s.tokens, art.text
    if not topic:
        return None
    after = first > max(topic)
    leads = INCLUSION_LEADS.tuple()
    lead = None
    for t in sorted(topic):
        found = next(
            (
                (k, phrase)
                for k in range(t - 1, max(-1 if after else first, t - 1 - INCLUSION_REACH), -1)
                if (phrase := phrase_at(tokens, k, leads)) and k + len(phrase) <= t
            ),
            None,
        )
        if found is None or CLAUSE_BREAK_RE.search(text, tokens[found[0]].end, tokens[t].start):
            return None
        if after and not _an_aside(text, tokens, found[0], max(topic), first):
            return None
        lead = lead or found[1]
    return " ".join(lead) if lead else None


def _an_aside(text: str, tokens: Sequence[Token], lead: int, topic_end: int, first: int) -> bool:
    """Whether the list opened at token `lead` is set off by commas before the figure at token
    `first`, which the main clause goes on to give ("a plane carrying 81 people, including members
    of the team, has crashed, killing 76 people"), not a relative clause of the list's ("…,
    including 22 players, 19 of whom died")."""
    opened = lead > 0 and "," in text[tokens[lead - 1].end : tokens[lead].start]
    closed = next((k for k in range(topic_end, first) if "," in text[tokens[k].end : tokens[k + 1].start]), None)
    return opened and closed is not None and not any(tk.norm in RELATIVES for tk in tokens[closed + 1 : first])


def _the_groups_verb(
    tokens: Sequence[Token], i: int, high: int, topic: frozenset[int], text: str, whole: bool = False
) -> str | None:
    """The topic's verb said of a part and its group ("71 of the 77 passengers were killed"), from
    token i: "of", a determiner and the whole's figure (or, with `whole`, right after the whole's
    figure), the group's noun, the verb's auxiliaries, then the topic's word."""
    if not whole:
        if i >= high or tokens[i].norm != current.OF:
            return None
        i += 1 + (i + 1 < high and tokens[i + 1].norm in PART_OF)
        if i < high and (tokens[i].text[:1].isdigit() or tokens[i].norm in NUMBER_WORDS):
            i += 1
    run = _counted_run(text, tokens, i, high)
    if not run or any(k in topic for k in run):
        return None  # "74 of the 97 victims": a count of the topic's own noun is read as before
    k = run.stop
    while k < high and tokens[k].norm in GROUP_VERB_AUXILIARIES:
        k += 1
    return tokens[k].text if k < high and k > run.stop and k in topic and is_past_form(tokens[k].norm) else None


def _a_parts_whole(text: str, tokens: Sequence[Token], previous: QuantityMention, first: int) -> bool:
    """Whether the figure at token `first` follows another and "of" ("10 of the 18 counts", "10 de
    18 cargos"): the whole the figure before is a part of."""
    k = first - 1
    if k > 0 and tokens[k].norm in DETERMINERS:
        k -= 1
    return k > 0 and tokens[k].norm == current.OF and token_range(tokens, previous.start, previous.end)[1] == k


def _paid_for_a_party(art: Article, s: Sentence, first: int, topic: frozenset[int]) -> bool:
    """Whether an amount is what the topic's verb or noun pays for a name of the story, the object
    between them in one stretch of words: "Facebook is purchasing the popular messaging app
    WhatsApp for $16 billion", "Disney is buying a large part of the Murdoch family's 21st Century
    Fox for about $52.4 billion". An object the fact sheet never names ("bought Instagram for $1
    billion") leaves the amount to the other rules."""
    tokens, story = s.tokens, art.matcher.story_names
    paid = first - 1
    if paid < 1 or tokens[paid].norm != current.FOR_WORD or story.pattern is None:
        return False
    party = False
    entities = _named(art, s)
    for k in range(paid - 1, max(-1, paid - 1 - PRICE_REACH), -1):
        if CLAUSE_BREAK_RE.search(art.text, tokens[k].end, tokens[k + 1].start):
            return False  # "Seagen, which specializes in ADC treatments, for $43M": a clause between
        if k in topic:
            return party and tokens[k].norm in PURCHASE_WORDS
        figure = NUMBER_RE.fullmatch(tokens[k].text) and tokens[k].end < tokens[k + 1].start  # not "21st"
        if tokens[k].norm == current.FOR_WORD or figure:
            return False  # another "for", or a figure between ("bought it in 2012 for"): the amount may be theirs
        named = k > 0 and tokens[k].is_capitalised and not story.stranger(tokens[k].text)
        party = party or named or entities.any(k, k + 1)
    return False


def _a_strangers_purchase(art: Article, s: Sentence, first: int, topic: frozenset[int]) -> str | None:
    """What the topic's purchase verb pays an amount for, when that object names only what the
    fact sheet never uses ("SoftBank also bought the Japanese Vodafone branch for 15 billion
    dollars", "He bought the software program firm CA Technologies for $18.9 billion"): the
    buyer's other purchase, maybe, not the claim's (_paid_for_a_party's mirror)."""
    tokens, story = s.tokens, art.matcher.story_names
    paid = first - 1
    if paid < 1 or tokens[paid].norm != current.FOR_WORD or story.pattern is None:
        return None
    entities = _named(art, s)
    strange = False
    for k in range(paid - 1, max(-1, paid - 1 - PRICE_REACH), -1):
        if CLAUSE_BREAK_RE.search(art.text, tokens[k].end, tokens[k + 1].start):
            return None
        if k in topic:
            if not strange or tokens[k].norm not in PURCHASE_WORDS:
                return None
            return art.text[tokens[k + 1].start : tokens[paid - 1].end]
        figure = NUMBER_RE.fullmatch(tokens[k].text) and tokens[k].end < tokens[k + 1].start
        if tokens[k].norm == current.FOR_WORD or figure or entities.any(k, k + 1):
            return None  # a name of the story ("bought WhatsApp for"), or a figure or a "for" between
        if k > 0 and tokens[k].is_capitalised and not _a_place_mark(tokens[k]):
            if not story.stranger(tokens[k].text):
                return None
            strange = True  # "Vodafone", "CA Technologies"
    return None


def _a_place_mark(token: Token) -> bool:
    """Whether a capitalised word says where something is from, not what it is: "the Japanese
    Vodafone branch", "UK chip designer"."""
    return is_country_adjective(token.norm) or token.norm in ABBREVIATED_BODIES


def _named(art: Article, s: Sentence) -> Marks:
    """The tokens of a sentence that name an entity of the fact sheet (Article.mentions)."""

    def named() -> Marks:
        within = {k for m in art.mentions(s) for k in range(m.first, m.last)}
        return Marks.holding(within, len(s.tokens))

    return art.memo(("named", s.index), named)


PURCHASE_WORDS = words("PURCHASE_WORDS")
ABBREVIATED_BODIES = words("ABBREVIATED_BODIES")
NUMBER_RE = re.compile(r"[\d.,]+")


def _apposition(text: str, tokens: Sequence[Token], first: int, topic: frozenset[int]) -> bool:
    """Whether the phrase a value opens stands in apposition to the topic: "Steenkamp, a …"."""
    return (
        first >= 2
        and tokens[first - 1].norm in DETERMINERS
        and first - 2 in topic
        and "," in text[tokens[first - 2].end : tokens[first - 1].start]
    )


def _a_size(tokens: Sequence[Token], first: int, last: int, low: int, high: int) -> bool:
    """Whether the figure at tokens [first, last) is one side of a size: "15 x 15km"."""
    before = first - 2 >= low and tokens[first - 1].norm in SIZE_JOINERS and tokens[first - 2].text[:1].isdigit()
    after = last + 1 < high and tokens[last].norm in SIZE_JOINERS and tokens[last + 1].text[:1].isdigit()
    return before or after


def qualified(text: str, tokens: Sequence[Token], first: int, story: frozenset[str]) -> str | None:
    """The word that makes a topic's noun at token `first` another kind of it: "the emergency
    response costs" (None for "the total cost", "the voter turnout", "the referendum turnout"
    when the fact sheet (`story`: every word of it) speaks of the referendum, a name such as
    "Leave", or a possessive)."""
    if first == 0 or not tokens[first].text.islower() or text[tokens[first - 1].end : tokens[first].start] != " ":
        return None
    if is_past_form(tokens[first].norm):
        return None  # "the quake killed 180": a verb, which no word before it makes another kind
    t = tokens[first - 1]
    if not (t.text.isalpha() and t.text.islower()) or t.stem in story:
        return None
    if (
        first >= 2
        and text[tokens[first - 2].end : t.start] == "-"
        and (tokens[first - 2].text[:1].isdigit() or tokens[first - 2].norm in NUMBER_WORDS)
    ):
        return None  # "a seven-month journey": how long, not what kind
    if t.norm in DETERMINERS or t.norm in NOT_HEADS or t.norm in NEUTRAL_MODIFIERS or t.norm in NOT_QUALIFIERS:
        return None
    if t.norm in NUMBER_WORDS and current.KINDS_FOLLOW_THE_NOUN:
        return None  # "dejó al menos dos muertos": the count itself, not a kind of the dead
    if t.norm.endswith(current.ADVERB_ENDING):
        return None  # "eventually cost"
    return None if t.norm in PERSON_NOUNS else t.text


def _another_kind(text: str, tokens: Sequence[Token], i: int, story: frozenset[str]) -> str | None:
    """The word before a topic noun that makes it another kind of it, a lower-case one (see
    qualified) or a name the fact sheet never uses ("a U.S. record" for a world record)."""
    if i == 0 or tokens[i - 1].norm in PRONOUNS:
        return None  # "found her guilty of four counts": whom, not what kind
    word = qualified(text, tokens, i, story)
    if word:
        return word
    t = tokens[i - 1]
    if t.is_capitalised and t.stem not in story and i - 1 > 0 and text[t.end : tokens[i].start] == " ":
        return t.text
    return None


def _changed_from(tokens: Sequence[Token], figures: list[QuantityMention], place: int, first: int, last: int) -> bool:
    """Whether the figure (figures[place], at tokens [first, last)) is the starting point of a
    change to the next figure: "the toll rose from 65 to 75", "dropped it from 9.74 to 9.58"."""
    if first == 0 or tokens[first - 1].norm != current.CHANGE_FROM:
        return False
    if last >= len(tokens) or tokens[last].norm != current.CHANGE_TO or not 0 <= place < len(figures) - 1:
        return False
    following = figures[place + 1]
    return token_range(tokens, following.start, following.end)[0] == last + 1


CHANGE_VERBS = words("CHANGE_VERBS")
CHANGE_BY = words("CHANGE_BY")


BOUND_PHRASES = sequence(lambda lx: (tuple(b.split()) for b in (*lx.LOWER_BOUNDS, *lx.UPPER_BOUNDS)))


def _a_changes_size(tokens: Sequence[Token], first: int, topic: frozenset[int]) -> str | None:
    """The verb of a rise or a fall right before a percentage, with no new level after it ("shares
    jumped 34%", "se dispararon más de un 34%"): the figure may be the change, not a level."""
    k = first
    for _ in range(3):  # "rose by more than 34%", "subieron más de un 34%"
        if k > 0 and tokens[k - 1].norm in CHANGE_BY:
            k -= 1
            continue
        bound = phrase_before(tokens, k, BOUND_PHRASES.tuple())
        if bound is None:
            break
        k -= len(bound)
    verb = k - 1
    return tokens[verb].text if verb >= 0 and tokens[verb].norm in CHANGE_VERBS and verb not in topic else None


def _changed_by(
    tokens: Sequence[Token], figures: list[QuantityMention], place: int, first: int, last: int, topic: frozenset[int]
) -> str | None:
    """The verb of a rise or a fall that the figure (figures[place], at tokens [first, last))
    measures, with the new level after "to": "shares rose 10 percent to 35.2 riyals", "gained 47
    seats to 365", "subieron un 10% a 35,2". None when no such verb stands right before it."""
    verb = first - 1
    if verb > 0 and tokens[verb].norm in CHANGE_BY:
        verb -= 1  # "rose by 10 percent"
    if verb < 0 or tokens[verb].norm not in CHANGE_VERBS or verb in topic:
        return None
    if (
        last + 1 < len(tokens)
        and tokens[last].norm != current.CHANGE_TO
        and tokens[last].text.isalpha()
        and tokens[last].text.islower()
    ):
        last += 1  # "gained 47 seats to 365": the noun the change counts
    if last >= len(tokens) or tokens[last].norm != current.CHANGE_TO or not 0 <= place < len(figures) - 1:
        return None
    level = figures[place + 1]
    return tokens[verb].text if token_range(tokens, level.start, level.end)[0] == last + 1 else None


SIDE_REACH = 5  # words from one side's figure to the joiner before the other's
SIDE_OWNER_REACH = 14  # words after the other side's figure that may name its owner, title and party first
SIDE_VERBS = words(lambda lx: (*lx.AUXILIARIES_BEFORE_PARTICIPLE, *lx.PERFECT_AUXILIARIES))
OTHER_SIDE_JOINERS = phrase_table("OTHER_SIDE_JOINERS")
SIDE_OWNER_LEADS = words("SIDE_OWNER_LEADS")
OWNED_NOUN_REACH = 2  # lower-case words from a bare figure to its owner's lead: "4.216.273 sufragios de González"


def _side_joiner(tokens: Sequence[Token], first: int) -> tuple[int, int] | None:
    """The first and last-but-one token of the nearest joiner of sides ("to", "against", "frente
    al") a few words before token `first`."""
    for k in range(first - 1, max(-1, first - 1 - SIDE_REACH), -1):
        for phrase in OTHER_SIDE_JOINERS:
            if tuple(t.norm for t in tokens[k : k + len(phrase)]) == phrase and k + len(phrase) <= first:
                return k, k + len(phrase)
    return None


def _the_other_sides(art: Article, s: Sentence, place: int, first: int) -> tuple[int, int] | None:
    """_other_sides, worked out once per figure: each claim reading the sentence asks it, and the
    figure before asks it of this one."""
    return art.memo(("other sides", s.index, place, first), lambda: _other_sides(art, s, place, first))


def _other_sides(art: Article, s: Sentence, place: int, first: int) -> tuple[int, int] | None:
    """The joiner when the figure (figures[place], at token `first`) follows one after a figure of
    the same unit a few words before it: "the No side won 50.2% of the vote to 49.8%", "by 51.9% to
    48.1%", "7,034,664 votes against his rival's 4,012,417" (the other side's; a bare figure only
    after its owner's possessive)."""
    tokens, figures = s.tokens, art.values(s)[1]
    joiner = _side_joiner(tokens, first)  # "… to 49.8%", "… to the No side's 44.7%", "frente al 49,22%"
    if joiner is None or place < 0:
        return None
    owned = any(t.text.endswith(current.POSSESSIVE_ENDINGS) for t in tokens[joiner[1] : first]) or _owner_named_after(
        tokens, token_range(tokens, figures[place].start, figures[place].end)[1]
    )
    unit = figures[place].unit
    if unit is None and not owned:
        return None
    for q in _figures_back(art, s, place, 0):
        if q.end > tokens[joiner[0]].start:
            return None  # another figure between: "rose from 10% to 12% and then to 15%"
        after = token_range(tokens, q.start, q.end)[1]
        if joiner[0] - after > SIDE_REACH:
            return None
        between = tokens[after : joiner[0]]  # "of the vote", never a verb: "The 26-year-old is alleged to"
        if (q.unit == unit or (unit is None and q.unit is not None)) and not any(
            t.norm in SIDE_VERBS or is_past_form(t.norm) for t in between
        ):
            return joiner
    return None


def _owner_named_after(tokens: Sequence[Token], k: int) -> bool:
    """Whether a name follows the bare figure ending before token k, past the noun it counts and
    a lead to its owner ("frente a los 4.216.273 sufragios de González", "against the 4,216,273
    votes of González"): the figure is that name's, as after a possessive ("González's")."""
    stop = min(len(tokens) - 1, k + OWNED_NOUN_REACH)
    while k < stop and tokens[k].text.isalpha() and tokens[k].text.islower() and tokens[k].norm not in SIDE_OWNER_LEADS:
        k += 1
    return k + 1 < len(tokens) and tokens[k].norm in SIDE_OWNER_LEADS and tokens[k + 1].is_capitalised


def _sides_owner_is_the_topic(
    art: Article, s: Sentence, place: int, joiner: tuple[int, int], topic: frozenset[int]
) -> bool:
    """Whether the words that name the owner of the other side's figure (figures[place], after the
    joiner) name the topic: before it as a possessive ("to da Silva's 50.9%") or after it behind
    a lead, up to the next figure ("frente al 47,83% de la candidata …, Luisa González", "against
    44.13% of the far-right candidate José Antonio Kast"), not a name said after it of something
    else ("51.9% to 48.1%, and Leave campaigners celebrated" for Leave's share)."""
    tokens, figures = s.tokens, art.values(s)[1]
    first, last = token_range(tokens, figures[place].start, figures[place].end)
    earlier = figures[place - 1]
    adjacent = token_range(tokens, earlier.start, earlier.end)[1] == joiner[0] and joiner[1] == first
    if adjacent and earlier.value < figures[place].value:
        return False  # "compares to 22.1% to 22.8% for … Anaya": maybe a range, not two sides
    if any(k in topic for k in range(joiner[1], first)):
        return True
    if last >= len(tokens) or tokens[last].norm not in SIDE_OWNER_LEADS:
        return False
    stop = min(len(tokens), last + SIDE_OWNER_REACH)
    if place + 1 < len(figures):
        stop = min(stop, token_range(tokens, figures[place + 1].start, figures[place + 1].end)[0])
    return any(k in topic for k in range(last, stop))


def _figures_back(art: Article, s: Sentence, place: int, reach: int) -> Iterator[QuantityMention]:
    """The figures of the sentence before figures[place], nearest first, as far back as one may
    end past offset `reach`: read in place, not copied (a sentence may hold thousands). Figures
    are in order of their starts, and one may hold another ("11 and a half minutes"), so the
    farthest end so far says when none before can reach."""
    figures = art.values(s)[1]
    ends = art.memo(("figure ends", s.index), lambda: list(accumulate((q.end for q in figures), max)))
    for k in range(place - 1, -1, -1):
        if ends[k] <= reach:
            return
        yield figures[k]


PLACE_NAME_REACH = 3  # words of a place's name in a fronted phrase: "In Tibet Autonomous Region,"


def _fronted_place(art: Article, s: Sentence, first: int) -> str | None:
    """The place a sentence opens with ("In Bangladesh, four deaths have been reported"), when
    the fact sheet never names it: the figures after it are that place's."""
    tokens = s.tokens
    if len(tokens) < 3 or tokens[0].norm not in PLACE_OPENERS or not tokens[1].is_capitalised:
        return None
    j = 1
    while (
        j < len(tokens)
        and j <= PLACE_NAME_REACH
        and (tokens[j].is_capitalised or tokens[j].norm in NAME_PARTICLES)
        and not art.text[tokens[j - 1].end : tokens[j].start].strip()
    ):
        j += 1  # "In Agusan del Sur,", not on past the comma: "In Camiguin, Roxas got …"
    if j > first or art.text[tokens[j - 1].end : tokens[j].start].strip() != ",":
        return None
    name = art.text[tokens[1].start : tokens[j - 1].end]
    return name if art.matcher.story_names.stranger(name) else None


def _said_before(art: Article, s: Sentence, low: int, first: int) -> str | None:
    """The past perfect with a word of an earlier time opening the figure's clause ("had
    previously announced that the toll was 2,946", "He'd earlier reported at least 70 deaths",
    "había informado previamente"): what was said or done before the news, maybe since revised.
    The auxiliaries are found once a sentence: a sentence may be a whole flattened page."""
    tokens = s.tokens
    a = art.memo(("said before", s.index), lambda: Marks(_earlier_perfect(tokens, k) for k in range(len(tokens))))
    k = a.last(low, first)
    if k is None:
        return None
    near = [i for i in (k - 1, k + 1, k + 2) if low <= i < first and tokens[i].norm in PLUPERFECT_EARLIER]
    if not near:
        return None  # the earlier word stands past the clause: "had, as previously …"
    return " ".join(t.text for t in tokens[min(k, *near) : max(k, *near) + 1])


def _earlier_perfect(tokens: Sequence[Token], a: int) -> bool:
    """Whether token a is a past perfect's auxiliary with a word of an earlier time beside it:
    "previamente había", "had previously", "había informado previamente"."""
    norm = tokens[a].norm
    if norm not in PLUPERFECTS and not norm.endswith(PLUPERFECT_CONTRACTIONS.tuple()):
        return False
    return any(0 <= i < len(tokens) and tokens[i].norm in PLUPERFECT_EARLIER for i in (a - 1, a + 1, a + 2))


TENURE_REACH = 3  # words from a possessive to the span it owns: "his virtually 30 years"


def _a_tenure(text: str, tokens: Sequence[Token], first: int, after: int, high: int) -> str | None:
    """The span a possessive owns and a role follows ("in his virtually 30 years as a judge",
    "en sus 30 años como juez"): how long someone has held a role, not a span the story gives."""
    if after >= high or tokens[after].norm not in ROLE_AS_WORDS:
        return None
    owner = next(
        (k for k in range(first - 1, max(-1, first - 1 - TENURE_REACH), -1) if tokens[k].norm in POSSESSIVE_WORDS), None
    )
    if owner is None or after + 1 >= high:
        return None
    role = after + 1 + (tokens[after + 1].norm in DETERMINERS or tokens[after + 1].norm in INDEFINITE)
    return text[tokens[owner].start : tokens[min(role, high - 1)].end]


DIVISION_LEAD_REACH = 3  # words from a possessive or a part marker to a division: "among the four provinces"


def _a_divisions_result(art: Article, s: Sentence, claim: Claim, words: ClaimWords) -> str | None:
    """The part of a country a sentence ties its figures to, for a claim of a share or a count
    whose statement names no such part: "la comuna de #Petorca", "Zamboanga del Norte province"
    (a name the fact sheet never uses), "su mismo estado de origen", "among the four provinces"
    (a part told by its owner or its group). A count of votes or a share said there may be that
    part's result; the noun alone ("state media", "ha estado") ties nothing."""
    expect = claim.expect
    if not isinstance(expect, QuantityExpect) or words.toll or words.measure_only:
        return None
    if expect.unit is not None and expect.unit.dimension != "percent":
        return None  # an amount, a length, a span, a head count: a place does not split it so
    found = art.memo(("division", s.index), lambda: _division_phrase(art, s))
    if found is None or found[1] in words.said:
        return None  # "Biden won 306 electoral votes in the states": the claim's own division
    return found[0]


def _division_phrase(art: Article, s: Sentence) -> tuple[str, str] | None:
    """The first phrase of a sentence naming one part of a country, with its noun's stem. A
    name binds the noun only in a place phrase ("en la comuna de #Petorca", "in Zamboanga del
    Norte province"): "Manhattan district attorney" names an office. An office or a body after
    the noun ("his state's governor", "her home state legislature") is no place either."""
    text, tokens = art.text, s.tokens
    for k, t in enumerate(tokens):
        if t.norm not in DIVISIONS or not t.text.islower():
            continue
        if k + 1 < len(tokens) and tokens[k + 1].norm in OFFICE_WORDS:
            continue  # "district attorney", "state court", "county jury"
        det = k - 1 if k and tokens[k - 1].norm in DETERMINERS else k
        later = k + 2 < len(tokens) and tokens[k + 1].norm == current.OF and tokens[k + 2].is_capitalised
        if later and det and tokens[det - 1].norm in PLACE_WORDS:  # "en la comuna de #Petorca"
            j = _name_end(text, tokens, k + 2)
            name = text[tokens[k + 2].start : tokens[j].end]
            if art.matcher.story_names.stranger(name):
                return text[t.start : tokens[j].end], t.stem
        if k > 1 and tokens[k - 1].is_capitalised and text[tokens[k - 1].end : t.start] == " ":
            start = k - 1
            while start > 1 and (
                tokens[start - 1].is_capitalised
                or (tokens[start - 1].norm in NAME_PARTICLES and tokens[start - 2].is_capitalised)
            ):
                start -= 1  # "Zamboanga del Norte"
            lead = start - 1 if start and tokens[start - 1].norm in DETERMINERS else start
            name = text[tokens[start].start : tokens[k - 1].end]
            if lead and tokens[lead - 1].norm in PLACE_WORDS and art.matcher.story_names.stranger(name):
                return f"{name} {t.text}", t.stem  # "in Zamboanga del Norte province"
        if k and tokens[k - 1].norm == current.OF:
            continue  # "head of state", "secretary of state": a noun's complement, no place
        lead_words = range(max(0, k - DIVISION_LEAD_REACH), k)
        owner = next((i for i in lead_words if tokens[i].norm in POSSESSIVE_WORDS), None)
        if owner is not None:  # "su mismo estado", "his home state"
            return text[tokens[owner].start : t.end], t.stem
        i = k  # "among the four provinces": a part marker, then determiners and numbers only
        while i > lead_words.start and (
            tokens[i - 1].norm in DETERMINERS or tokens[i - 1].text.isdigit() or tokens[i - 1].norm in NUMBER_WORDS
        ):
            i -= 1
        for j in range(i, k):  # "entre las cuatro provincias": the marker may take the determiner in
            marker = phrase_before(tokens, j, PARTS.tuple())
            if marker is not None:
                return text[tokens[j - len(marker)].start : t.end], t.stem
    return None


def _name_end(text: str, tokens: Sequence[Token], first: int) -> int:
    """The last token of the name opening at `first`, its particles joined, its words one space
    apart: "Zamboanga del Norte" (not on past a comma: "de Oaxaca, Sheinbaum")."""
    j = first
    while (
        j + 1 < len(tokens)
        and text[tokens[j].end : tokens[j + 1].start] == " "
        and (tokens[j + 1].is_capitalised or (tokens[j + 1].norm in NAME_PARTICLES and j + 2 < len(tokens)))
    ):
        j += 1
    while tokens[j].norm in NAME_PARTICLES and j > first:
        j -= 1
    return j


WHERE_REACH = 4  # words from "where" to the figure: "where at least 24 people were killed"


def _a_places_relative(art: Article, s: Sentence, first: int, words: ClaimWords) -> str | None:
    """The place a "where" clause holding the figure hangs on, when the claim's statement never
    names it: "Graves County, where 24 people were killed", "a county east of Houston where four
    people died" count that place's dead, maybe a part of the claim's toll."""
    tokens = s.tokens
    where = next(
        (k for k in range(first - 1, max(0, first - 1 - WHERE_REACH), -1) if tokens[k].norm == current.WHERE), None
    )
    if where is None or where == 0 or not tokens[where - 1].is_capitalised:
        return None
    start = _name_start(tokens, where - 1)
    if any(t.norm in words.names for t in tokens[start:where]):
        return None  # "Texas, where 68 people died": the claim's own place
    return art.text[tokens[start].start : tokens[where - 1].end]


SUBJECT_VERB_REACH = 3  # words from a name to the value's verb: "Sequoia Capital invested about $8 million"


def _a_strangers_relative(art: Article, s: Sentence, low: int, first: int, topic: frozenset[int]) -> str | None:
    """The name a relative pronoun opening the value's clause stands for, when the fact sheet
    never uses it: "the record of Serena Williams, who has 23 Grand Slam titles" is her count."""
    tokens = s.tokens
    i = low - 1 if low and tokens[low - 1].norm in RELATIVES else low  # the clause may open past "who"
    if not (i < first and tokens[i].norm in RELATIVES and i >= 2 and tokens[i - 1].is_capitalised):
        return None
    if first - i > SUBJECT_VERB_REACH:
        return None
    k = i - 1
    while k - 1 >= 0 and tokens[k - 1].is_capitalised and not art.text[tokens[k - 1].end : tokens[k].start].strip():
        k -= 1
    name = art.text[tokens[k].start : tokens[i - 1].end]
    named = _named(art, s).any(k, i) or any(x in topic for x in range(k, i))
    return name if art.matcher.story_names.stranger(name) and not named else None


def _another_actors_figure(
    art: Article, s: Sentence, first: int, claim: Claim, topic: frozenset[int], words: ClaimWords
) -> str | None:
    """Another of the fact sheet's named actors, when the claim is about one of them and the
    sentence opens with the other as the subject of a verb, and nothing between it and the
    figure names the claim's topic, the claim's names or anyone else the figure may be given
    to: "The Conservative Party have officially been declared winners …, after securing over
    360 seats on a disastrous night for Labour" for Labour's seats. The claim is about an actor
    its topic names, or one its statement names when its topic is a noun ("Alcaraz's second
    Grand Slam" for "Djokovic … 24 Grand Slams"). A speaker ("Comelec said …") is no such subject."""
    own = {item for item in claim.about if item in art.matcher.claims.entities} | words.named
    if not own:
        return None  # a claim about "the counts" or "the toll": whoever acts may give its figure
    text, tokens = art.text, s.tokens
    i, j = _opening_name(tokens, _past_a_fronted_phrase(art, s, first), topic)
    if j == i or j >= first or not tokens[j].text.isalpha() or not tokens[j].text.islower():
        return None
    if text[tokens[j - 1].end : tokens[j].start] != " " or tokens[j].norm in SPEECH:
        return None  # "Bob Balaram, chief engineer of the $80 million Ingenuity project": an apposition, no verb
    if not any(i <= m.first and m.last <= j and m.entity not in own for m in art.mentions(s)):
        return None
    if any(without_possessive(t.norm) in words.stated_names for t in tokens[i:j]):
        return None  # "Alcaraz won his second Grand Slam": the claim's own (the scope's event may name a rival)
    stops = (OBJECT_PRONOUNS, RELATIVES, PREDICATE_JOINERS, LIST_JOINERS)
    for k in range(j, first):
        token = tokens[k]
        if k in topic or without_possessive(token.norm) in words.names or token.norm == current.THAT:
            return None  # "Comelec gave Duterte 16.6 million votes": the claim's own name
        if any(token.norm in stop for stop in stops) or _strong_gap(text, tokens, k):
            return None  # "… fined them $1 million", "… and the Spaniard won his second": another's
        if (
            k > j
            and token.is_capitalised
            and tokens[k - 1].norm not in DETERMINERS
            and not tokens[k - 1].is_capitalised
        ):
            return None  # "Engoron slapped Trump's sons with a two-year ban": a name the figure may be given to
    return text[tokens[i].start : tokens[j - 1].end]


BEATING_VERBS = phrase_table("BEATING_VERBS")
# words from a verb of beating to the name it beats: "beating the candidate of the ruling party, Álvaro Delgado"
BEATEN_REACH = 10
HOLDING_GAP = 2  # lower-case words between "with" and its figure: "con casi el 50%"


def beaten_before(art: Article, s: Sentence, first: int) -> tuple[str, int, range] | None:
    """The verb of beating ("beating", "lost to", "venciendo a") and the tokens of the name of the
    fact sheet it takes as its object, when that name stands right before the "with" ("con")
    that holds the figure at token `first`: "beating the candidate of the ruling National Party,
    Álvaro Delgado, with almost 50 percent" is the winner's figure, the verb's subject's, not
    Delgado's. Another name, a figure or a mark other than a comma between the verb and the name,
    and the name may be what the figure is said of: None."""
    tokens, text = s.tokens, art.text
    link = next(
        (
            k
            for k in range(first - 1, max(-1, first - 2 - HOLDING_GAP), -1)
            if tokens[k].norm in HOLDING_LINKS
            and all(t.text.isalpha() and t.text.islower() for t in tokens[k + 1 : first])
        ),
        None,
    )
    if not link:
        return None
    named = [m for m in art.mentions(s) if m.last <= link]
    name = max(named, key=lambda m: m.last, default=None)
    if name is None or name.last != link:
        return None
    if text[tokens[name.last - 1].end : tokens[link].start].strip() not in ("", ","):
        return None
    others = {i for m in named if m is not name for i in range(m.first, m.last)}
    for end in range(name.first, max(0, name.first - BEATEN_REACH) - 1, -1):
        verb = phrase_before(tokens, end, BEATING_VERBS.tuple())
        if verb is None:
            continue
        between = tokens[end : name.first]
        gap = text[tokens[end - 1].end : tokens[name.first].start]
        if others & set(range(end, name.first)) or any(t.text[:1].isdigit() for t in between):
            return None
        if any(mark in gap for mark in CLAUSE_BREAK_MARKS.tuple() if mark != ","):
            return None
        return text[tokens[end - len(verb)].start : tokens[end - 1].end], end - len(verb), range(name.first, name.last)
    return None


def _a_beaten_ones_link(art: Article, s: Sentence, first: int, topic: frozenset[int]) -> About | None:
    """A figure after "with" past the name a verb of beating takes (beaten_before) is the verb's
    subject's: for a claim about the one beaten a question (the words do not give it to that
    name), for a claim about the subject, named last before the verb, its own figure: "The Frente
    Amplio candidate, Yamandú Orsi, has won …, beating …, Álvaro Delgado, with almost 50 percent"."""
    beaten = beaten_before(art, s, first)
    if beaten is None:
        return None
    verb, start, name = beaten
    if topic & set(name) or topic & set(range(name.stop, first)):
        return About("unknown", f"after the name '{verb}' takes: the figure of its subject, not of the one named")
    named = {i for m in art.mentions(s) if m.last <= start for i in range(m.first, m.last)}
    subject = max((i for i in named | topic if i < start), default=None)
    if subject is not None and subject in topic and subject not in named - topic:
        return About("topic")
    return None


def _past_a_fronted_phrase(art: Article, s: Sentence, first: int) -> int:
    """Where a sentence's subject starts past a phrase fronted before it and set off by its comma
    ("With over 94 percent of the votes counted, Moreno is in the lead with 51.07 percent", "On
    Sunday, the Conservatives …"), when that comma comes before the figure; else 0: the phrase
    says when or how, not who holds the figure."""
    tokens = s.tokens
    if not tokens or tokens[0].norm not in FRONTING:
        return 0
    comma = _first_mark(art, s, ",", tokens[0].end, tokens[first].start)
    return 0 if comma is None else bisect_left(tokens, comma + 1, key=BY_START)


def _strong_gap(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether a strong clause mark (";", a bracket) stands right after token k."""
    after = text[tokens[k].end : tokens[k + 1].start] if k + 1 < len(tokens) else ""
    return any(mark in after for mark in STRONG_MARKS.tuple())


def _a_pronouns_stranger(art: Article, s: Sentence, first: int, claim: Claim, words: ClaimWords) -> str | None:
    """The person a sentence's opening pronoun stands for, when that pronoun is the subject of
    the figure's verb ("He estimates he walked about 25 miles") and the paragraph named the
    person as the subject of an earlier sentence, every sentence since going on with the
    pronoun ("Jhonatan Acosta, 30, was found safe … He also drank rainwater …"), with a name the
    fact sheet never uses and none of the claim's."""
    tokens = s.tokens
    if s.paragraph < 0 or not tokens or tokens[0].norm not in PERSONAL_PRONOUNS:
        return None
    if _names_the_claims(art, s, claim, words):
        return None  # "He walked 25 miles with Operación Esperanza": the claim's own names are in it
    subject = max(k for k in range(first) if tokens[k].norm in PERSONAL_PRONOUNS)  # "He estimates he walked"
    if first - subject > SUBJECT_VERB_REACH + 1 or tokens[subject + 1].norm in SPEECH:
        return None  # "He said 63 corpses were still at a school": what he said, not his figure
    for b in reversed(art.layout.sentences[max(0, s.index - PRONOUN_REACH) : s.index]):
        if b.paragraph != s.paragraph or _names_the_claims(art, b, claim, words):
            return None
        name = _opening_person(art.text, b.tokens)
        if name:
            return name if art.matcher.story_names.stranger(name) else None
        if not _carries_a_pronoun(b.tokens):
            return None  # "Trailing him was Mar Roxas …": who the pronoun stands for is not told
    return None


def _names_the_claims(art: Article, s: Sentence, claim: Claim, words: ClaimWords) -> bool:
    """Whether a sentence names the claim's entity or a name its statement gives."""
    return any(m.entity in claim.about for m in art.mentions(s)) or any(
        t.is_capitalised and t.norm not in DETERMINERS and without_possessive(t.norm) in words.stated_names
        for t in s.tokens
    )


def _opening_person(text: str, tokens: Sequence[Token]) -> str | None:
    """The name of two or more capitalised words a sentence opens with, set off by a comma or
    followed by a verb: "Jhonatan Acosta, 30, was found safe", "Mohsen al-Sheikh, a 52-year-old
    actor, exemplifies …" (a name's particles may join it)."""
    j = 0
    while j + 1 < len(tokens) and (tokens[j + 1].is_capitalised or tokens[j + 1].norm in NAME_PARTICLES):
        if text[tokens[j].end : tokens[j + 1].start] not in (" ", "-"):
            break
        j += 1
    if j < 1 or j + 1 >= len(tokens) or not tokens[j].is_capitalised or not tokens[0].is_capitalised:
        return None
    if tokens[0].norm in DETERMINERS or any(t.norm in CALENDAR for t in tokens[: j + 1]):
        return None  # "The White House", "In December 2022, he …"
    gap = text[tokens[j].end : tokens[j + 1].start]
    if gap.strip() != "," and not (gap == " " and tokens[j + 1].text.isalpha() and tokens[j + 1].text.islower()):
        return None
    return text[tokens[0].start : tokens[j].end]


def _carries_a_pronoun(tokens: Sequence[Token]) -> bool:
    """Whether a sentence speaks of someone by a pronoun before it names anyone: "And in addition
    to his less palatable meals, he ate wild fruits, the BBC reports"."""
    for k, t in enumerate(tokens):
        if t.norm in PERSONAL_PRONOUNS:
            return True
        if k and t.is_capitalised:
            return False
    return False


def _a_relatives_figure(text: str, tokens: Sequence[Token], low: int, first: int, words: ClaimWords) -> str | None:
    """The relative the value's clause opens with, someone's ("His adult sons", "Trump's wife"),
    when the claim's statement never speaks of such a relative."""
    for i in range(low, min(first, low + SUBJECT_HEAD + 1)):
        if tokens[i].norm not in KIN_NOUNS or tokens[i].stem in words.said:
            continue
        if i + 1 < first and tokens[i + 1].norm in NOUN_JOINERS:
            continue  # "embraced his mother and then his 11-year-old daughter": one of a list, no subject
        owner = next(
            (
                j
                for j in range(low, i)
                if tokens[j].norm in POSSESSIVE_WORDS or tokens[j].text.endswith(current.POSSESSIVE_ENDINGS)
            ),
            None,
        )
        if owner is not None:
            return text[tokens[owner].start : tokens[i].end]
    return None


def _a_strangers_figure(art: Article, s: Sentence, low: int, first: int, claim: Claim) -> str | None:
    """The name the value's clause opens with as its subject, when the fact sheet never uses it
    and no topic word stands between it and the value but a verb ("The Martian cost $108m"):
    the figure is that thing's or that person's. A speaker ("Police said …") is no such subject."""
    tokens, topic = s.tokens, topic_tokens(art, s, claim)
    opening, name_end = art.memo(("clause subject", s.index, claim.id, low), lambda: _opening_name(tokens, low, topic))
    i, j = min(opening, first), min(name_end, first)
    if j == i or j >= first or (i == 0 and j - i == 1 and not tokens[i].text.endswith(current.POSSESSIVE_ENDINGS)):
        return None  # a sentence's single first word may be a common noun: "Police said …"
    if not tokens[j].text.islower() or tokens[j].norm in SPEECH or first - j > SUBJECT_VERB_REACH:
        return None
    if art.text[tokens[j - 1].end : tokens[j].start] != " ":
        return None  # "Daniel Flynn\nclock • 2 min read": a byline, no subject
    if any(k in topic for k in range(j + 1, first)):
        return None  # "Facebook's purchase … for $16bn": a topic word past the verb ties the figure to the story
    name = art.text[tokens[i].start : tokens[j - 1].end]
    if not art.matcher.story_names.stranger(name) or _named(art, s).any(i, j):
        return None
    return name


RATE_NOUN_REACH = 3  # words from "for each" to the noun it counts: "for each Time Warner share"


def _the_claims_rate(tokens: Sequence[Token], i: int, high: int, topic: set[tuple[str, ...]]) -> bool:
    """Whether the words after "for each" / "por cada" (from token i) name the noun of a rate
    the claim's topic gives ("per share", "a share"): "$171 for every Hess share" is the claim's
    price per share, "$5 for each visitor" is not."""
    nouns = {stems[-1] for stems in topic if len(stems) > 1 and stems[0] in RATE_MARKERS}
    return any(t.stem in nouns for t in tokens[i : min(high, i + RATE_NOUN_REACH)])


def _market_word(art: Article, s: Sentence, claim: Claim, low: int, first: int) -> str | None:
    """A word of the market in the value's clause before it, not the topic's: "shares were
    trading at $135 per share"."""
    topic = topic_tokens(art, s, claim)
    markets = art.memo(
        ("market", s.index, claim.id),
        lambda: Marks(t.norm in MARKET_WORDS and i not in topic for i, t in enumerate(s.tokens)),
    )
    market = markets.first(low, first)
    return s.tokens[market].text if market is not None else None


def _opening_name(tokens: Sequence[Token], low: int, topic: frozenset[int]) -> tuple[int, int]:
    """The run of capitalised words, none the topic's, that a clause starting at token `low`
    opens with past its determiners and honorifics: its tokens [i, j)."""
    i = low
    while i < len(tokens) and (tokens[i].norm in DETERMINERS or tokens[i].norm in HONORIFICS):
        i += 1
    j = i
    while j < len(tokens) and tokens[j].is_capitalised and j not in topic:
        j += 1
    return i, j


def _owned_by_topic(art: Article, s: Sentence, claim: Claim, low: int, first: int) -> str | None:
    """The noun a possessive topic owns earlier in the value's clause (at most CLAUSE_REACH
    words back), when no topic word is in it: "Bolt's starting speed was 0.146" (None for "the
    quake's toll rose to 148" when the toll is a topic word)."""
    text, tokens, topic = art.text, s.tokens, topic_tokens(art, s, claim)
    stems = art.matcher.words[claim.id].topic
    owners = art.memo(
        ("owners", s.index, claim.id),
        lambda: Marks(
            i in topic and t.text.endswith(("'s", "’s")) and i + 1 < len(tokens) and tokens[i + 1].text.islower()
            for i, t in enumerate(tokens)
        ),
    )
    for i in owners.within(max(low, first - CLAUSE_REACH), first - 1):
        j = i + 1
        while j < first and j - i <= 3 and tokens[j].text.isalpha() and tokens[j].text.islower():
            if j in topic or tokens[j].stem in stems or tokens[j].norm in OWNED_VALUES:
                return None  # "the quake's toll rose to 148", "López Obrador's support at 49 percent"
            if tokens[j].norm in NOT_HEADS:
                break
            j += 1
        if j > i + 1:
            return text[tokens[i].start : tokens[j - 1].end]
    return None


OLDEST = 120  # no age beyond it: "Shinzo Abe, 1955" is no age


def apposed_age(art: Article, s: Sentence, q: QuantityMention, claim: Claim) -> bool:
    """Whether a bare whole number set off right after the name of the claim's topic is that
    person's age, as news writes one ("Ms Steenkamp, 29,", "Mr. Arévalo, 64, said"), or an age
    written as one and set off after that name ("Petro, de 62 años,", "Arévalo de León, un
    académico de 64 años")."""
    if q.age == "old":
        first = token_range(s.tokens, q.start, q.end)[0]
        if not (first and s.tokens[first - 1].norm in NOUN_LINKS):
            return False  # "Holmes, the 37-year-old founder": an age joined to the noun it describes
        named = _apposed_to(art.text, s.tokens, first)
        return named is not None and named in topic_tokens(art, s, claim)
    if q.unit is not None or q.word or q.age is not None or q.high is not None or q.hedge is not None:
        return False
    if not (float(q.value).is_integer() and 0 < q.value < OLDEST):
        return False
    first, _ = token_range(s.tokens, q.start, q.end)
    return first - 1 in topic_tokens(art, s, claim) and set_off_after_a_name(art.text, s, first, q.start, q.end)


AGE_LEADS = phrase_table("AGE_LEADS")
AGE_TAILS = phrase_table("AGE_TAILS")


def age_lead(text: str, tokens: Sequence[Token], s: Sentence, first: int, start: int, end: int) -> str | None:
    """The words that make a bare whole number an age in years, as news writes one with no unit:
    after an age noun ("aged 39", "at the age of 43"), or set off after a lead ("At 35, Boric will
    become", "Gaige Grosskreutz, then 26.", "who was 26 at the time"). None when nothing does."""
    if not first or not text[start:end].isdigit() or not 0 < int(text[start:end]) < OLDEST:
        return None
    noun = first - 1 - (tokens[first - 1].norm == current.OF)  # "at the age of 43"
    if noun >= 0 and tokens[noun].norm in AGE_NOUN_WORDS:
        return text[tokens[noun].start : tokens[first - 1].end]
    lead = phrase_before(tokens, first, AGE_LEADS)
    if lead is None:
        return None
    last = token_range(tokens, start, end)[1]
    set_off = end >= s.end or text[end : end + 1] in AGE_CLOSERS
    if not (set_off or phrase_at(tokens, last, AGE_TAILS.tuple()) is not None):
        return None  # "then 26 people", "closed at 35 cents"
    return text[tokens[first - len(lead)].start : tokens[first - 1].end]


def _set_off_age(text: str, tokens: Sequence[Token], s: Sentence, first: int, start: int, end: int) -> str | None:
    """The lead of an age set off as news sets one ("At 27, she", "becoming, at 27, the oldest",
    "Grosskreutz, then 26."): the lead opens the sentence or follows a clause mark, and the number
    closes its phrase (age_lead). A lead run on in its clause ("the toll stood at 35.") sets a level."""
    lead = age_lead(text, tokens, s, first, start, end)
    if lead is None:
        return None
    opens = first - len(lead.split())
    if opens > 0 and text[tokens[opens - 1].end : tokens[opens].start].strip() not in AGE_CLOSERS:
        return None
    return lead


def set_off_after_a_name(text: str, s: Sentence, first: int, start: int, end: int) -> bool:
    """Whether a bare number stands set off by commas (or brackets) right after a capitalised
    name, as news writes a person's age: "Holmes, 37, was found guilty", "for shooting Ms
    Steenkamp, 29, through a locked door", "Maxwell (60) was found guilty" (a sentence may end on
    it: "Lubitz, 27.")."""
    tokens = s.tokens
    if first == 0 or not tokens[first - 1].is_capitalised:
        return False
    opening = text[tokens[first - 1].end : start]
    if opening == " (":  # "Maxwell (60) was found guilty", not a leaderboard's "Woods (17)" (holes played)
        return re.match(r"\) [a-z]", text[end : end + 3]) is not None
    return opening == ", " and (text[end : end + 1] in AGE_CLOSERS or end >= s.end)


NAME_REACH = 4  # words of the topic's name between a number and its noun: "10 Flushing Meadows finals"


def _past_the_topics_name(tokens: Sequence[Token], i: int, high: int, topic: frozenset[int]) -> int:
    """Where the noun a number counts starts, past the topic's name written between them: "his
    fourth title from 10 Flushing Meadows finals" counts finals, "460 Whole Foods stores" stores.
    A name that is not the topic's ("44 Argentine sailors") is left to the words around, and a
    noun the claim's statement says after the name is the claim's count ("500 National Guard
    troops")."""
    j = i
    while j < min(high, i + NAME_REACH) and j in topic and tokens[j].text[:1].isupper():
        j += 1
    return j if j < high and j > i and tokens[j].text.islower() else i


def _counted_noun(tokens: Sequence[Token], run: range, topic: frozenset[int], words: ClaimWords) -> str | None:
    """The plural noun a bare number counts when it is something else than the claim counts,
    people or the topic: "200 shipping containers", "3,608 tons of cargo" (not "100 others").
    A topic noun that names no person counts that thing for a claim whose statement counts
    people: "16,000 schools" for the children killed at a school, "30 tornadoes" for their toll."""
    if not run:
        return None
    head = tokens[_head(run)]
    if (
        ((_head(run) in topic or head.stem in words.topic) and not _a_things_noun(head, words))
        or _counts_the_claims(head, words)
        or head.norm in PERSON_NOUNS
        or head.norm in THE_OTHERS
        or head.norm in UNIT_SPELLINGS
        or head.norm in MAGNITUDE_STEPS  # "8,9 grados en la escala de Richter": the scale's steps
        or not head.norm.endswith(current.PLURAL_ENDING)
    ):
        return None
    return head.text


def _a_things_noun(noun: Token, words: ClaimWords) -> bool:
    """Whether a topic noun names a thing for a claim whose statement counts people: in no table
    of people or tolls, without a person's ending, not what the statement counts ("school" for
    "19 children died in the collapse of the school", "tornadoes" for "The tornadoes killed 57
    people"). A count of it ("16,000 schools", "30 tornadoes") counts that thing, not people."""
    return (
        words.persons is not None
        and noun.norm not in PERSON_NOUNS
        and not noun.norm.endswith(current.PERSON_NOUN_ENDINGS)
        and noun.norm not in TOLL_WORDS
        and not _counts_the_claims(noun, words)
    )


def _name_before_the_topic(
    art: Article, s: Sentence, i: int, high: int, topic: frozenset[int], words: ClaimWords
) -> About | None:
    """What a figure counts when the capitalised words right after it (from token i) describe
    the topic's noun that follows them ("44 Argentine sailors", "12 French crew", "431 Whole Foods
    supermarkets"), rather than being a name the figure is part of ("10 Downing Street"). A name
    of the fact sheet's is the story's own: the figure is the topic's; another may single out a
    group of the whole ("12 French crew" among more), which is a question when it disagrees.
    None when no topic noun follows the name."""
    tokens, j = s.tokens, i
    while j < high and tokens[j].is_capitalised and art.text[tokens[j - 1].end : tokens[j].start] == " ":
        j += 1
    if j >= high or art.text[tokens[j - 1].end : tokens[j].start] != " " or not tokens[j].text.islower():
        return None
    if is_past_form(tokens[j].norm) or any(tokens[k].stem in words.parts for k in range(i, j)):
        return None  # "The 32 Chileans trapped in the mine": the name is the noun, a part the statement names
    if not (j in topic or tokens[j].stem in words.topic or _counts_the_claims(tokens[j], words)):
        return None
    name = art.text[tokens[i].start : tokens[j - 1].end]
    if not art.matcher.story_names.stranger(name):
        return About("topic")
    return About("unknown", f"counts {name} {tokens[j].text}: the name may single out a group of the whole")


def _a_places_people(art: Article, s: Sentence, first: int, noun: int, high: int, words: ClaimWords) -> About | None:
    """What the figure at token `first` counts when the capitalised word after it, at `noun`, is
    the plural of a country's adjective, a people ("112,000 Haitians are confirmed dead", "75
    Kentuckians were confirmed dead"), for a claim whose statement counts people: the people of
    that place. Of the place the claim's own statement names (Haiti, Kentucky), the story's own:
    the figure is the topic's. Of another, or set among others ("58 Brazilians were among the
    passengers", "61 French people and 58 Brazilians"), None: read as before, a group or a name."""
    tokens = s.tokens
    singular = tokens[noun].norm.removesuffix(current.PLURAL_ENDING)
    if words.persons is None or singular == tokens[noun].norm:
        return None
    if not (is_country_adjective(singular) or singular.endswith(current.DEMONYM_ENDINGS)):
        return None
    among = any(phrase_at(tokens, k, MEMBER_LEADS.tuple()) for k in range(noun + 1, high))
    listed = first > 0 and tokens[first - 1].norm in LIST_JOINERS
    if noun + 1 < high and is_past_form(tokens[noun + 1].norm):
        return None  # "The 32 Chileans trapped in the mine": a group the participle singles out
    return About("topic") if same_place(singular, words.stated_names) and not among and not listed else None


def counted_head(text: str, tokens: Sequence[Token], i: int) -> Token | None:
    """The noun of the lower-case words starting at token i, right after a number: "deadly
    earthquakes" in "two deadly earthquakes"; None when no such word follows."""
    run = _counted_run(text, tokens, i, len(tokens))
    return tokens[_head(run)] if run else None


def _head(run: range) -> int:
    """The noun of a run of words after a number: its last word in English ("200 shipping
    containers"), its first in Spanish, which puts adjectives after the noun ("27 vidas humanas")."""
    return run[-1] if current.HEAD_NOUN_LAST else run[0]


def of_one_kind(art: Article, s: Sentence, end: int, claim: Claim) -> str | None:
    """The claim's counted noun right after a figure, narrowed by "of" and a kind the claim's
    statement never names ("eight counts of sex trafficking", "two counts of bank fraud"): a count
    of one kind, maybe a part of the claim's total. The words, or None."""
    tokens, words = s.tokens, art.matcher.words[claim.id]
    noun = token_range(tokens, end, end)[0]
    if noun + 2 >= len(tokens) or not _counts_the_claims(tokens[noun], words) or tokens[noun + 1].norm != current.OF:
        return None  # "five charges of tax fraud" for a claim that counts counts
    if tokens[noun].norm not in KIND_COUNTED:
        return None  # "90 pages of reasoning": what the pages hold, not a kind of them
    kind = tokens[noun + 2]
    if not (kind.text.isalpha() and (kind.text.islower() or kind.text.istitle())) or kind.norm in DETERMINERS:
        return None  # "all 30 counts of the indictment"; "6 charges of International Distribution" is a kind
    if kind.norm in KIND_COUNTED:
        return None  # "the lesser offenses of Count One": a count named, not a kind
    if kind.stem in words.topic or any(w.startswith(kind.stem) for w in words.said):
        return None  # "nine counts of racketeering" for the nine, "60 inches of rain" for the rainfall
    if noun + 3 < len(tokens) and tokens[noun + 3].norm in LIST_JOINERS:
        return None  # "eight felonies of tax and bank fraud": several kinds, maybe all of them
    return f"{tokens[noun].text} {tokens[noun + 1].text} {kind.text}"


def _counts_the_claims(noun: Token, words: ClaimWords) -> bool:
    """Whether a noun counts what the claim's figure counts: its own noun, one the language
    writes for it ("136 escaños" for seats), or people."""
    return (
        noun.stem in words.counts
        or COUNTED_KIND.get(noun.norm) in words.counts
        or (noun.norm in PERSON_NOUNS and "people" in words.counts)
    )


def _another_age(
    art: Article, s: Sentence, first: int, last: int, topic: frozenset[int], stems: frozenset[str], an_age: bool
) -> str | None:
    """Why an age is someone else's or of another time: "10-year-old Charlie" and "the 29-year-old
    Matsuyama" name another person; "since he was 17 years old" is an age long past."""
    text, tokens = art.text, s.tokens
    if last < len(tokens) and tokens[last - 1].norm in AGE_WORDS and not art.headline_case(s):
        nxt = tokens[last]
        if nxt.is_capitalised and last not in topic and nxt.stem not in stems and not _a_demonym(tokens, last):
            return f"the age of {nxt.text}, not the topic's"
        if nxt.is_capitalised and last not in topic and nxt.stem not in stems and _a_demonym_noun(text, tokens, last):
            return f"the age of the {nxt.text}, not the topic's"  # "the 36-year-old Serbian will walk away"
        owner = tokens[first - 1] if first else None
        owned = (
            owner is not None
            and owner.text.endswith(current.POSSESSIVE_ENDINGS)
            and nxt.text.islower()
            and not any(i in topic or tokens[i].stem in stems for i in _counted_run(text, tokens, last, len(tokens)))
        )  # "Pistorius's 29-year-old girlfriend" is the claim's when the claim is about the girlfriend
        if owned and owner is not None:
            return f"the age of {owner.text} {nxt.text}, not the topic's"  # "Smollett's 92-year-old grandmother"
    described = _set_off_after(text, tokens, first) if an_age else None
    if described is not None and described not in topic and tokens[described].stem not in stems:
        return f"the age of the {tokens[described].text}, not the topic's"  # "el serbio, con 36 años,"
    k = first - 1
    if (
        k >= 2
        and tokens[k].norm in PAST_COPULAS
        and tokens[k - 2].norm in EARLIER_AGE_OPENERS
        and (tokens[k - 1].norm in PERSONAL_PRONOUNS or tokens[k - 1].is_capitalised)
    ):
        return f"an age at another time ('{tokens[k - 2].text} {tokens[k - 1].text} {tokens[k].text}')"
    return None


def _set_off_after(text: str, tokens: Sequence[Token], first: int) -> int | None:
    """The noun an age opened after a comma describes, when a determiner names it: "el serbio,
    con 36 años," is the Serbian's age, "el español, de solo 20 años," the Spaniard's. None when
    no such noun stands before the age's opener."""
    for k in range(first - 1, max(0, first - 1 - OPENER_WORDS), -1):  # "de solo", "con"
        if not (tokens[k].text.isalpha() and tokens[k].text.islower()):
            return None
        if text[tokens[k - 1].end : tokens[k].start].strip() == ",":
            noun = tokens[k - 1]
            described = noun.text.isalpha() and noun.text.islower() and k > 1 and tokens[k - 2].norm in DETERMINERS
            return k - 1 if described else None
    return None


OPENER_WORDS = 2  # words of an age's opener and a quantifier after it: "de solo", "con apenas"
APPOSITION_WORDS = 4  # words between the comma and an age set off after a name: ", un académico de 64 años"
NOUN_LINKS = words("NOUN_LINKS")


def _anothers_age(text: str, tokens: Sequence[Token], first: int, noun: range, topic: frozenset[int]) -> bool:
    """Whether an age (at token `first`) joined to a noun (the tokens `noun`, up to its end) is
    the age of a name the sentence gives it other than the topic's: set off after one ("Nina
    Halimi, a 27-year-old law student") or right after the noun ("the 77-year-old opposition
    figure Raila Odinga", "his 11-year-old daughter Sam", "su hijo de 22 años, Paul")."""
    before = _apposed_to(text, tokens, first)
    if before is not None and before not in topic:
        return True
    after = noun.stop
    return after < len(tokens) and tokens[after].is_capitalised and after not in topic


def _apposed_to(text: str, tokens: Sequence[Token], first: int) -> int | None:
    """The capitalised name an age (at token `first`) is set off after, a comma between and only
    lower-case words of the age's own after it: "Petro, de 62 años," and "Arévalo de León, un
    académico de 64 años" are the name's age; "Murdaugh, cuyo hijo de 22 años" and "la esposa de
    Murdaugh, de 52 años," may be another person's. None when no such name stands there."""
    for k in range(first - 1, max(0, first - 1 - APPOSITION_WORDS), -1):
        t = tokens[k]
        if not (t.text.isalpha() and t.text.islower()) or t.norm in KIN_NOUNS or t.norm in POSSESSIVE_WORDS:
            return None
        if text[tokens[k - 1].end : t.start].strip() == ",":
            name = k - 1
            if not tokens[name].is_capitalised:
                return None
            start = name
            while start > 0 and tokens[start - 1].is_capitalised:
                start -= 1
            owned = start > 1 and tokens[start - 1].norm in NOUN_LINKS and tokens[start - 2].text.islower()
            return None if owned else name
    return None


def _a_demonym(tokens: Sequence[Token], i: int) -> bool:
    """Whether a capitalised word is a country's adjective before a noun ("American superstar"),
    not a name ("Matsuyama hopes")."""
    t = tokens[i]
    if is_country_adjective(t.norm):
        return True
    before_noun = i + 1 < len(tokens) and tokens[i + 1].text.isalpha() and tokens[i + 1].text.islower()
    return before_noun and t.norm.endswith(current.DEMONYM_ENDINGS)


VERB_WORDS = words(lambda lx: (*lx.FUTURE_MARKERS, *lx.MODAL_LINKS, *lx.COPULAS, *lx.VALUE_LINKS))
PHRASE_VERBS = words(lambda lx: (*lx.FUTURE_MARKERS, *lx.MODAL_LINKS, *lx.COPULAS))  # a phrase's own verb


def _a_demonym_noun(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether a country's adjective stands as a noun for a person: before a verb or a mark
    ("the 36-year-old Serbian will walk away", "the 25-year-old Brazilian, who"), not before
    the noun it describes ("the 20-year-old Spanish star")."""
    norm = tokens[i].norm
    if not (is_country_adjective(norm) or norm.endswith(current.DEMONYM_ENDINGS)):
        return False
    if i + 1 >= len(tokens) or text[tokens[i].end : tokens[i + 1].start].strip():
        return True
    nxt = tokens[i + 1]
    return nxt.norm in VERB_WORDS or is_past_form(nxt.norm)


def _name_start(tokens: Sequence[Token], last: int) -> int:
    """Where the run of capitalised words ending at token `last` starts, its words one space
    apart: "Jack Nicklaus's", "Yulia Tymoshenko"."""
    start = last
    while start > 0 and tokens[start - 1].is_capitalised and tokens[start - 1].end + 1 == tokens[start].start:
        start -= 1
    return start


def _labelled_by_another(
    art: Article, s: Sentence, first: int, topic: frozenset[int], stems: frozenset[str]
) -> str | None:
    """The name a figure follows after a colon, as a results table's row gives it ("Petro
    Poroshenko: 15.95"), when that name is not the topic's."""
    text, tokens = art.text, s.tokens
    k = first - 1
    if k < 0 or text[tokens[k].end : tokens[first].start].strip() != ":" or not tokens[k].is_capitalised:
        return None
    start = _name_start(tokens, k)  # "Yulia Tymoshenko"
    if any(i in topic or tokens[i].stem in stems for i in range(start, k + 1)):
        return None
    breaks = art.line_breaks
    line = bisect_left(breaks, tokens[start].start)  # the line's own break is breaks[line], if any
    line_start = breaks[line - 1] + 1 if line else 0
    if text[line_start : tokens[start].start].strip():
        return None  # "in four Olympics: 22 medals": a colon inside a sentence, not a row
    nxt = bisect_left(breaks, tokens[first].start)  # the break that ends the figure's line
    below = nxt < len(breaks) and TABLE_ROW_RE.match(text, breaks[nxt] + 1, _line_end(breaks, nxt + 1, len(text)))
    above = line and TABLE_ROW_RE.match(text, breaks[line - 2] + 1 if line >= 2 else 0, line_start - 1)
    if not (below or above):
        return None  # "Grenfell Tower: 58 feared dead": a headline's colon, not a table
    return text[tokens[start].start : tokens[k].end]


def _line_end(breaks: list[int], k: int, end: int) -> int:
    """Where the line ended by breaks[k] ends, its break left out (`end` for the last line)."""
    return breaks[k] if k < len(breaks) else end


RESTATED_RE = re.compile(r"\s*(?:[^\W\d_]+\s*){0,2}\(\s*")  # "10,692,503 votes (": a figure in brackets after another
RESTATING_RE = pattern(
    lambda lx: (
        r"\s*(?:[^\W\d_]+\s*){0,3}[,—–]\s*"
        + alternation(lx.RESTATING_LINKS)
        + r",?\s+(?:"
        + alternation([*lx.DETERMINERS, *lx.VALUE_PREPOSITIONS])
        + r"\s+){0,2}"
    ),
    re.IGNORECASE,
)  # "33 millones de votos, lo que representa el", "$4 billion — or": the same figure in another form


def restating(text: str, end: int, start: int) -> bool:
    """Whether the words between a figure ending at `end` and one at `start` give the first again
    in another form: "$4 billion — or $6.85 per share", "10,692,503 votes (50.69 percent)"."""
    return bool(RESTATED_RE.fullmatch(text, end, start) or RESTATING_RE.compiled.fullmatch(text, end, start))


def _restates(
    art: Article, s: Sentence, previous: QuantityMention, start: int, topic: frozenset[int], stems: frozenset[str]
) -> bool:
    """Whether a figure gives another's in another form, in brackets right after it and its noun
    ("obtained 10,692,503 votes (50.69 percent)") or after a restating phrase ("recibió 33
    millones de votos, lo que representa el 59.35 por ciento", "won 31.7% of the vote, or 122
    seats"), and that figure's verb ties it to the topic: the same holder's figure."""
    text, tokens = art.text, s.tokens
    if not restating(text, previous.end, start):
        return False
    first, last = token_range(tokens, previous.start, previous.end)
    low, _ = clause_span(art, s, first, last)
    return _linked(tokens, range(first - 1, low - 1, -1), topic, stems) or _subject(text, tokens, first, low, topic)


def _progress(before: Sequence[str], following: Sequence[str], stems: frozenset[str]) -> str | None:
    """The word that makes a share how much of the count is in: a noun of the count's units past
    its "of" ("98% of polling stations"), or a participle when a frame word opens the share ("With
    99% of votes counted", "al 97% escrutado") or a verb of counting before it ("After counting
    100% of the votes", "haber escrutado el 80,78%"); None when the claim is about that progress."""
    if not following or not (following[0] == current.OF or following[0] in PROGRESS_PARTICIPLES):
        return None
    near = before[-2:]
    if near and near[-1] in THE:
        near = near[:-1]  # "escrutado el 80,78%": the verb before the share's article
    if near and near[-1] in PROGRESS_VERBS and stem(near[-1]) not in stems:
        return near[-1]
    framed = any(w in PROGRESS_OPENERS for w in before[-2:])  # "With 99% of", "con el 99,95% de"
    for w in following[:PROGRESS_REACH]:
        if stem(w) in stems:
            continue
        if w in PROGRESS_NOUNS or (framed and w in PROGRESS_PARTICIPLES):
            return w
    return None


def _an_entitys_share(art: Article, s: Sentence, claim: Claim, first: int, topic: frozenset[int]) -> str | None:
    """The name of the fact sheet a share is held by, when the claim is not about it: the subject
    of a verb that gives a share ("leftist Pedro Castillo had 50.2% of the vote", "Castillo
    obtuvo el 50,12%") for a claim of the turnout, whose "voted" the share's "of the vote" echoes.
    The claim's topic or another figure between the name and the share leaves it to the rules.
    A name's possessive right before the share gives it too: "compared to Fujimori's 49.8%"."""
    tokens = s.tokens
    k = first - 1
    ends = {m.last - 1: m for m in art.mentions(s)}
    owner = ends.get(k)
    if owner is not None and tokens[k].text.endswith(current.POSSESSIVE_ENDINGS):
        return None if owner.entity in claim.about else " ".join(t.text for t in tokens[owner.first : owner.last])
    while k > 0 and (tokens[k].norm in DETERMINERS or tokens[k].norm in PLACING_LINKS):
        k -= 1  # "winning with", "obtuvo el"
    if k < 1 or tokens[k].norm not in SHARE_HOLDER_VERBS:
        return None
    for j in range(k - 1, max(-1, k - 1 - HOLDER_REACH), -1):
        if j in topic or NUMBER_RE.fullmatch(tokens[j].text):
            return None
        m = ends.get(j)
        if m is not None:
            if m.entity in claim.about or tokens[j].text.endswith(current.POSSESSIVE_ENDINGS):
                return None  # the claim's own name, or an owner ("Johnson's Conservatives won")
            if m.first and m.first - 1 in topic and art.text[tokens[m.first - 1].end : tokens[m.first].start] == "-":
                return None  # "la fórmula Delgado-Ripoll alcanzó": a pair of names, the claim's among them
            return " ".join(t.text for t in tokens[m.first : m.last])
    return None


def _joined_to_the_topic(art: Article, s: Sentence, claim: Claim, low: int, high: int) -> str | None:
    """Another thing joined to the topic by "and" in the figure's clause, which the claim's
    statement never names: "a bombing and shooting attack" for the shooting, "in Oslo's
    government quarter and at a youth camp on Utoya" for the island, or several of its kind ("two
    deadly earthquakes"). The figure then counts both. A fact of the clause, worked out once for
    all its figures."""
    return art.memo(("joined", s.index, claim.id, low, high), lambda: _joined_in(art, s, claim, low, high))


def _joined_in(art: Article, s: Sentence, claim: Claim, low: int, high: int) -> str | None:
    tokens, words, topic = s.tokens, art.matcher.words[claim.id], topic_marks(art, s, claim)
    joiners, places = LIST_JOINERS.set(), art.word_marks(s, PLACE_WORDS)
    several = (
        None if words.several else next(filter(None, (_several(tokens, t, low, words) for t in range(low, high))), None)
    )
    if several:
        return several  # "two deadly earthquakes in September that killed 465 people"
    for t in topic.within(low, high):
        if t - 2 >= low and tokens[t - 1].norm in joiners and _another_conjunct(tokens[t - 2], tokens[t], words):
            return tokens[t - 2].text  # "bombing and shooting"
        opener = places.last(max(low, t - 1 - JOINED_REACH), t)
        if opener is None or opener - 1 <= low or tokens[opener - 1].norm not in joiners:
            continue
        before = places.last(low, opener - 1)
        if before is not None and not topic.any(before, opener):
            other = _capitalised(art, s).first(before + 1, opener - 1)
            if other is not None and tokens[other].stem not in words.said:
                return tokens[other].text  # "in Oslo's government quarter and at a youth camp on Utoya"
    return None


def _capitalised(art: Article, s: Sentence) -> Marks:
    return art.memo(("capitalised", s.index), lambda: Marks(t.is_capitalised for t in s.tokens))


SEVERAL_REACH = 2  # words from a count to the topic's plural noun: "two deadly earthquakes"


def _several(tokens: Sequence[Token], t: int, low: int, words: ClaimWords) -> str | None:
    """An event's noun counted in the plural, when the claim's statement counts no such thing:
    "two deadly earthquakes … that killed 465 people" is a toll of both, not of the claim's one."""
    if words.several or not _plural_event(tokens[t]):
        return None  # an event's noun only: "six muertos" counts the dead, not several tolls
    for p in range(t - 1, max(low, t - 1 - SEVERAL_REACH) - 1, -1):
        count = tokens[p]
        value = int(count.text) if count.text.isdigit() else NUMBER_VALUES.get(count.norm)
        if (value is not None and value > 1) or count.norm in SEVERAL_WORDS:
            return f"{count.text} {tokens[t].text}"
    return None


def _states_a_distance(statement: str) -> bool:
    """Whether a claim's statement gives its figure as a distance from somewhere ("lies about 105
    km north-east of Rome"), in English or in the language being read: a fact sheet in English is
    read against Spanish articles too ("a más de 130 kilómetros al suroeste")."""
    for code in dict.fromkeys((DEFAULT_LANGUAGE, current.code)):
        with reading(code):
            if any(t.stem in DISTANCE_MARKERS or t.norm in DISTANCE_MARKERS for t in tokenize(statement)):
                return True
    return False


def _stated_ordinal_nouns(claim: Claim) -> frozenset[str]:
    """The nouns a claim's statement puts its own figure before as an ordinal ("minute" in "opened
    the scoring in the 74th minute"), read in the language being read."""
    if not isinstance(claim.expect, QuantityExpect):
        return frozenset()
    statement, value = claim.statement, claim.expect.value
    tokens = tokenize(statement)
    out = set()
    for i in range(len(tokens) - 1):
        rank, after = ordinal(statement, tokens, i)
        if rank == value and after < len(tokens) and tokens[after].text.isalpha() and tokens[after].text.islower():
            out.add(tokens[after].norm)
    return frozenset(out)


def ordinal(text: str, tokens: Sequence[Token], i: int) -> tuple[int | None, int]:
    """The rank an ordinal at token i says ("24th", "24.º", "fifth", "quinto"), and the token
    after it; None when the token is no ordinal."""
    t = tokens[i]
    if t.text.isdigit() and i + 1 < len(tokens) and text[t.end : tokens[i + 1].end].lower() in ORDINAL_SUFFIXES:
        return int(t.text), i + 2
    if t.norm not in ORDINAL_WORDS:
        return None, i  # most words: told at once, before a look at the words beside them
    if i > 0 and _tens_before(text, tokens, i - 1) is not None:
        return None, i  # "twenty-second", "décimo cuarto": read from its tens
    tens = _tens_before(text, tokens, i)
    if tens is not None:
        return tens, i + 2
    rank = current.ORDINAL_VALUES.get(t.norm)
    return (rank, i + 1) if rank is not None else (None, i)


def _tens_before(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """The rank of tens at token i with an ordinal of units right after it ("twenty-second",
    "décimo cuarto": 22, 14), or None."""
    tens = current.ORDINAL_TENS.get(tokens[i].norm)
    if tens is None or i + 1 >= len(tokens) or text[tokens[i].end : tokens[i + 1].start] not in ("", " ", "-"):
        return None
    units = current.ORDINAL_VALUES.get(tokens[i + 1].norm)
    return tens + units if units is not None and units < 10 else None


def _names_several(statement: str) -> bool:
    """Whether a claim's statement names its events in the plural, in English or in the language
    being read (a fact sheet in English is read against Spanish articles too; an English run
    never loads another language's tables)."""
    for code in dict.fromkeys((DEFAULT_LANGUAGE, current.code)):
        with reading(code):
            if any(_plural_event(t) for t in tokenize(statement)):
                return True
    return False


def _plural_event(token: Token) -> bool:
    return token.stem in EVENT_STEMS and token.norm != token.stem and token.norm.endswith(current.PLURAL_ENDING)


def _another_conjunct(other: Token, topic_word: Token, words: ClaimWords) -> bool:
    return (
        other.text.isalpha()
        and other.text.islower() == topic_word.text.islower()
        and other.stem not in words.said
        and other.stem not in words.topic
    )


def _compared_with_the_story(art: Article, s: Sentence, low: int, first: int, last: int) -> str | None:
    """The story's name a figure is compared with later in its sentence ("… lower than that of
    Haiti's"), when the figure's own clause does not name the story before it."""
    shown = art.matcher.story_names.shown
    if not shown:
        return None
    compared = art.memo(("compared", s.index), lambda: _comparisons(art, s))
    k = bisect_left(compared, last, key=itemgetter(0))
    if k == len(compared):
        return None  # most sentences compare nothing: their names need not be looked up
    named = art.memo(("story named", s.index), lambda: Marks(without_possessive(t.text) in shown for t in s.tokens))
    return None if named.any(low, first) else compared[k][1]


def _comparisons(art: Article, s: Sentence) -> list[tuple[int, str]]:
    """Where a sentence compares something with the story's name, and the name: "than that of
    Haiti's", "compared with the toll in Haiti"."""
    tokens, shown = s.tokens, art.matcher.story_names.shown
    out = []
    for k in art.word_marks(s, COMPARISONS).at:
        j = k + 1
        while j < min(len(tokens), k + 1 + COMPARISON_REACH) and (
            tokens[j].norm in COMPARISON_FILLERS
            or (
                tokens[j].text.isalpha()
                and tokens[j].text.islower()
                and tokens[j].norm not in NUMBER_WORDS
                and tokens[j].norm not in LIST_JOINERS
            )
        ):
            j += 1  # "than that of Haiti's", "compared with the toll in Haiti"; a figure stops it: a bound
        gap = art.text[tokens[k].end : tokens[j].start] if j < len(tokens) else ","
        if "," not in gap and tokens[j].is_capitalised and without_possessive(tokens[j].text) in shown:
            out.append((k, without_possessive(tokens[j].text)))
    return out


def _standing_of_another(
    art: Article, s: Sentence, first: int, topic: frozenset[int], stems: frozenset[str]
) -> str | None:
    """The name a figure is given to by a standing link ("Poroshenko on 16%"), when that name is
    not the topic's; a sentence's first word may be a headline's verb ("Guilty on 2 counts")."""
    tokens, k = s.tokens, first - 1
    if k < 2 or tokens[k].norm not in STANDING_LINKS or not tokens[k - 1].is_capitalised or art.headline_case(s):
        return None
    start = _name_start(tokens, k - 1)
    if start == 0 or any(i in topic or tokens[i].stem in stems for i in range(start, k)):
        return None
    return " ".join(t.text for t in tokens[start:k])


def _a_placings_holder(
    art: Article, s: Sentence, first: int, topic: frozenset[int], words: ClaimWords
) -> tuple[str, str] | None:
    """The name a figure after a rank is the result of, and the rank, when the claim is not
    about that name: "Daniel Bailey, Bolt's training partner, was fourth in 9.93" is Bailey's
    time (the phrase set off by commas describes him), "the Social Democrats a distant third on
    15 per cent" their share. Who finished in that place holds the figure, not the winner."""
    text, tokens = art.text, s.tokens
    k = first - 1
    if k >= 0 and tokens[k].norm in DETERMINERS:
        k -= 1  # "tercero con el 15 %"
    if k < 2 or tokens[k].norm not in PLACING_LINKS or tokens[k - 1].norm not in current.ORDINAL_VALUES:
        return None
    rank = k - 1
    j = rank
    while (
        j > 0
        and rank - j < PLACING_REACH
        and tokens[j - 1].text.isalpha()
        and tokens[j - 1].text.islower()
        and not text[tokens[j - 1].end : tokens[j].start].strip()
    ):
        j -= 1  # "was a distant third"
    end = j - 1
    if end >= 0 and text[tokens[end].end : tokens[j].start].strip() == ",":
        apposed = _apposition_before(text, tokens, end)  # ", Bolt's training partner,"
        end = apposed - 1 if apposed else -1
    if end < 0 or not tokens[end].is_capitalised or tokens[end].norm in PRONOUNS:
        return None
    start = _name_start(tokens, end)
    while start < end and tokens[start].text.endswith(current.POSSESSIVE_ENDINGS):
        start += 1  # "Tobago's Richard Thompson": the country's runner
    if any(i in topic or tokens[i].norm in words.names for i in range(start, end + 1)):
        return None  # "Roxas came second with 9.9 million" for Roxas's count
    return text[tokens[start].start : tokens[end].end], text[tokens[rank].start : tokens[first - 1].end]


def _another_owners_record(art: Article, s: Sentence, first: int, words: ClaimWords) -> str | None:
    """The owner of the noun a figure is "of", when the claim is not about them: "Jack Nicklaus's
    record of 18 majors" for Woods's count of majors is Nicklaus's, and so is "Rafael Nadal's
    previous record tally of 22" for Djokovic's: the words between an owner and its noun describe
    the noun, they do not change whose it is."""
    tokens = s.tokens
    if first < 3 or tokens[first - 1].norm != current.OF or not tokens[first - 2].text.islower():
        return None
    j = first - 3
    while j > 0 and first - 2 - j < OWNED_REACH and tokens[j].text.islower() and tokens[j].text.isalpha():
        j -= 1  # "previous record tally": the noun's own words
    if not tokens[j].is_capitalised or not tokens[j].text.endswith(current.POSSESSIVE_ENDINGS):
        return None
    if without_possessive(tokens[j].norm) in CALENDAR:
        return None  # "Sunday's final crowd of 75,784": a day's, the story's own
    start = _name_start(tokens, j)  # "Jack Nicklaus's"
    if any(without_possessive(t.norm) in words.names for t in tokens[start : j + 1]):
        return None  # "Woods's tally of 15 majors": the claim's own person
    return without_possessive(art.text[tokens[start].start : tokens[j].end])


def _another_claims_figure(art: Article, s: Sentence, first: int, claim: Claim) -> str | None:
    """The claim one of whose topic phrases is the figure itself ("9.69" for the previous record):
    the fact sheet says what that figure is about, and it is not this claim, unless it is this
    claim's own value ("9.58" names the record run for its date and its venue as well)."""
    number = s.tokens[first].text.replace(",", "")
    if not number.replace(".", "", 1).isdigit():
        return None
    if isinstance(claim.expect, QuantityExpect) and float(number) == claim.expect.value:
        return None
    own = f"{TOPIC_KEY}{claim.id}"
    return next(
        (
            h.key[len(TOPIC_KEY) :]
            for h in art.hits_at(s, first)
            if h.key.startswith(TOPIC_KEY) and h.key != own and h.last == first + 1
        ),
        None,
    )


def _list_label(text: str, tokens: Sequence[Token], low: int, first: int, last: int) -> int | None:
    """The word a figure at tokens [first, last) may be a label after, read back past the numbers
    of a list it ends or stands in: "counts 3 and 4", "lanes 4 or 5" in its clause, and past
    commas ("los artículos 75, 80, 133 y 154") when the list goes on after the figure or has
    already been read back, not "room 12, 40 people"; None when no word stands there."""
    k, commas = first - 1, False
    listed = _a_list_goes_on(text, tokens, last)
    while first - 1 - k < LABEL_REACH:
        if k - 1 >= low and tokens[k].norm in LIST_JOINERS and tokens[k - 1].text[:1].isdigit():
            k -= 2  # every number of the list is a label
        elif (
            k >= 1
            and (listed or k < first - 1)
            and tokens[k].text[:1].isdigit()
            and text[tokens[k].end : tokens[k + 1].start].strip() == ","
        ):
            k, commas = k - 1, True
        else:
            break
    return k if k >= 0 and (k >= low or commas) else None  # out of the clause only along a list


def _labels_the_topics_members(
    text: str, tokens: Sequence[Token], label: int, first: int, last: int, topic: frozenset[int], stems: frozenset[str]
) -> bool:
    """Whether a figure stands in a list of numbers right after the topic's plural noun ("Jurors
    11, 58, 14, 45, 9 and 52 will serve as alternates", "holes 13, 15 and 16", "units 1 and 3"):
    one noun is counted once and before it, so numbers listed after it name its members one by
    one, not how many there are."""
    noun = tokens[label]
    return (
        (label in topic or noun.stem in stems)
        and noun.text.isalpha()
        and noun.norm.endswith(current.PLURAL_ENDING)
        and tokens[label + 1].text[:1].isdigit()
        and not text[noun.end : tokens[label + 1].start].strip()
        and (label < first - 1 or _a_list_goes_on(text, tokens, last))
    )


def _a_list_goes_on(text: str, tokens: Sequence[Token], last: int) -> bool:
    """Whether another number of a list follows the figure ending before token `last`, after a
    comma or a list joiner ("75, 80 y 133": 75 and 80 do): so a number before it set off by a
    comma is the list's, not a count of its own."""
    if last >= len(tokens):
        return False
    nxt = tokens[last]
    if nxt.norm in LIST_JOINERS:
        return last + 1 < len(tokens) and tokens[last + 1].text[:1].isdigit()
    return nxt.text[:1].isdigit() and text[tokens[last - 1].end : nxt.start].strip() == ","


def _a_race(tokens: Sequence[Token], first: int, after: int, high: int) -> str | None:
    """The noun that makes a length a race's name ("the 100m final": "final", past a qualifier of
    its title or record: "the 100m world record"), or "" when the
    words before it name one and nothing follows it ("won the men's 100 metres in 9.58"); None
    if neither ("the 90 metres of track", "the 1.95m Jamaican": a length of something; "the 100
    metres" alone is as often a distance as a race)."""
    nxt = tokens[after] if after < high else None
    if nxt is not None and nxt.norm in RACE_QUALIFIERS and after + 1 < high and tokens[after + 1].norm in RACE_NOUNS:
        return f"{nxt.text} {tokens[after + 1].text}"  # "the 100m world record": the race's record
    if nxt is not None and nxt.norm in RACE_NOUNS:
        return nxt.text
    if first and tokens[first - 1].norm in RACE_OPENERS and (nxt is None or nxt.norm in NOT_HEADS):
        return ""
    return None


def _difference(
    text: str, tokens: Sequence[Token], first: int, after: int, topic: frozenset[int], words: ClaimWords | None
) -> str | None:
    """The words that make a figure the size of a change ("lopping off 0.11sec", "0.11 seconds
    faster than"), unless they are the topic's own or the claim states a change itself."""
    if words is not None and words.states_change:
        return None  # "The 9.58 took 0.11 seconds off the old record": the claim is a change
    if words is not None and after + 1 < len(tokens) and _counts_the_claims(tokens[after], words):
        after += 1  # "736 mil 817 votos más que a ella": the claim's own noun, then the change
    if (
        after < len(tokens)
        and tokens[after].norm in DIFFERENCE_AFTER
        and after not in topic
        and not text[tokens[after - 1].end : tokens[after].start].strip(" %")
    ):
        return tokens[after].text  # "0.13 seconds clear", not "got 13.18 million, behind Kuchma"
    for phrase in DIFFERENCE_BEFORE:
        opening = first - len(phrase)
        if tuple(t.norm for t in tokens[max(0, opening) : first]) == phrase and not topic & set(range(opening, first)):
            return " ".join(phrase)
    return None


def _possibility(
    art: Article,
    s: Sentence,
    first: int,
    last: int,
    low: int,
    high: int,
    topic: frozenset[int],
    *,
    penalty: bool,
) -> str | None:
    """A word near the figure that makes it a request, a limit or a prospect ("guidelines
    recommend 12.5 years", "the 30 years prosecutors had requested"), unless it is the topic's
    own; a phrase after it that makes it a threat ("40 years hanging over her"); or one earlier
    in its clause that makes it a capability ("a chamber that can reach a submarine at depths of
    850 feet"). Facing is a prospect only for a `penalty` (a span, an amount): the charges
    someone faced were brought ("all seven counts he faced")."""
    tokens, reach = s.tokens, current.POSSIBILITY_REACH
    low = _definite_attribute(tokens, first, last, low, topic)
    ahead = range(last, min(high, last + reach))
    joiners = PREDICATE_JOINERS.set()
    possibilities = POSSIBILITIES.set() if penalty else NOT_PENALTY_POSSIBILITIES.set()
    stop = next((i for i in ahead if tokens[i].norm in joiners), ahead.stop)  # "exceeds 5,000 and could …"
    for i in [*range(max(low, first - reach), first), *range(last, stop)]:
        if tokens[i].norm in possibilities and i not in topic and not _a_limit_reached(tokens, i):
            return tokens[i].text
    following = [t.norm for t in tokens[last : min(high, last + reach)]]
    for threat in THREATS:  # "a sentence of almost 40 years hanging over her": what she faces
        if any(tuple(following[k : k + len(threat)]) == threat for k in range(len(following))):
            return " ".join(threat)
    capability = next(
        (i for i in art.word_marks(s, CAPABILITIES_AND_LIMITS).within(low, first) if not _a_limit_reached(tokens, i)),
        None,
    )
    if capability is not None:
        return tokens[capability].text
    choice = _choice(art, s, low, first)
    if choice:  # "had the option of sentencing him to the jail for up to one year"
        return choice
    suit = _suit(tokens, first, last, high)
    if suit:
        return suit
    if first and tokens[first - 1].norm in GIVEN:
        return None  # "urged them to pay the $15 million in assessments": the amount is given, not asked
    request = art.word_marks(s, REQUESTS).first(low, first)
    return tokens[request].text if request is not None else None


def _a_limit_reached(tokens: Sequence[Token], i: int) -> bool:
    """Whether the limit word at `i` names the limit something reached, after a lead and the words of
    its noun phrase ("sentencing Murray to the maximum of four years", "climbed to its prescribed maximum
    altitude of 10 feet"): what happened, at the limit. After an upper bound ("up to a maximum of 10
    years") it is a bound again."""
    if tokens[i].norm not in LIMITS:
        return False
    leads = LIMIT_REACHED_LEADS.set()
    for j in range(i - 1, max(-1, i - 1 - LIMIT_REACH), -1):
        if tokens[j].norm in leads:
            return phrase_before(tokens, j + 1, BOUND_PHRASES.tuple()) is None
        if not (tokens[j].text.islower() and tokens[j].text.isalpha()):
            return False
    return False


ATTRIBUTE_REACH = 2  # adjectives between a determiner and the figure: "the massive $1 billion breakup fee"
ATTRIBUTE_STOPS = words(lambda lx: (*lx.POSSIBILITY_WORDS, *lx.REQUEST_WORDS))  # a possibility or a request


def _definite_attribute(tokens: Sequence[Token], first: int, last: int, low: int, topic: frozenset[int]) -> int:
    """Where the possibility words before a figure are looked for: from the determiner of a
    definite noun phrase the figure describes, right before the topic's noun ("could hamper the
    launch of the $10 billion observatory", "calling off his $44 billion acquisition", "the
    potential impact of the massive $1 billion breakup fee", "Mr Musk's US$54.20-a-share offer").
    Such a phrase names a thing with the figure it has; a possibility before it is said of what
    may happen to the thing, not of its figure. An indefinite phrase is what is asked or faced
    ("sought a 30-year sentence", "faces a $5,000 fine"), and a possibility within the phrase
    ("the proposed $27.7 billion deal", "the maximum 40-year term") is still one: for both, `low`."""
    if last >= len(tokens) or last not in topic:
        return low
    stops = ATTRIBUTE_STOPS.set()
    for k in range(first - 1, max(low, first - 1 - ATTRIBUTE_REACH) - 1, -1):
        t = tokens[k]
        if t.norm in THE or t.norm in POSSESSIVE_WORDS or t.text.endswith(current.POSSESSIVE_ENDINGS):
            return k
        if t.norm in stops or not (t.text.islower() and t.text.isalpha()):
            return low
    return low


def _choice(art: Article, s: Sentence, low: int, first: int) -> str | None:
    """A phrase of a choice someone had earlier in the figure's clause ("had the option of
    sentencing him to the jail for up to one year", "la opción de recaudar 29.400 millones"):
    the figure is what could have been, not what was done. The phrases are found once a sentence."""
    tokens, choices = s.tokens, CHOICES.tuple()
    marks = art.memo(
        ("choices", s.index), lambda: Marks(phrase_at(tokens, i, choices) is not None for i in range(len(tokens)))
    )
    i = marks.first(low, first)
    phrase = phrase_at(tokens, i, choices) if i is not None else None
    return " ".join(phrase) if phrase else None


def _the_topic_proposed(
    tokens: Sequence[Token], first: int, last: int, low: int, topic: frozenset[int]
) -> range | None:
    """The words before a figure that name the topic itself as a proposal: "the proposed
    acquisition for $68.7 billion", "la propuesta de adquisición por 68.700 millones", "la
    compra propuesta", or the proposal before the figure and the topic right after it ("the
    proposed $27.7 billion acquisition", "his proposed $54.20 per share price"), or the topic's
    verb planned ("plans to buy Albertsons for $24.6 billion"). A proposed or planned deal's
    price is the claim's deal's price as first put, which the claim may be about: a figure that
    agrees is the deal's, one that differs may have changed; it is no possibility beside the
    story (a "possible takeover" stays one)."""
    for i in range(max(low, first - current.POSSIBILITY_REACH), first):
        if tokens[i].norm not in PROPOSALS:
            continue
        if last in topic:
            return range(i, last + 1)
        if i + 2 < first and tokens[i + 1].norm == current.INFINITIVE_MARKER:
            if i + 2 in topic:  # "plans to buy Albertsons for …"; not "the plant intends to hire 500"
                return range(i, i + 3)
            continue
        after = i + 2 if i + 2 < first and tokens[i + 1].norm == current.OF else i + 1
        if after < first and after in topic:
            return range(i, after + 1)
        if i > low and i - 1 in topic:
            return range(i - 1, i + 1)
    return None


SUIT_STOPS = words(lambda lx: (*lx.COMPLEMENT_LINKS, *lx.VALUE_LINKS, *lx.DETERMINERS))  # a complement's link


def _suit(tokens: Sequence[Token], first: int, last: int, high: int) -> str | None:
    """The suit noun a figure is the claim of: right after it ("a $100 million countersuit", "a
    $50 million libel lawsuit") or before it and a complement's link ("a suit for $10 million",
    "una demanda por 50 millones"). A suit is a request, even the topic's own ("counterclaim"): it
    says what was asked for, not what was awarded."""
    suits, links = SUITS.set(), SUIT_STOPS.set()
    for i in range(last, min(high, last + SUIT_REACH)):
        if tokens[i].norm in suits:
            return tokens[i].text
        if tokens[i].norm in links:
            break  # "awarded $10 million in the suit": the award, in the suit
    if first >= 2 and tokens[first - 1].norm in COMPLEMENT_LINK_WORDS and tokens[first - 2].norm in suits:
        return tokens[first - 2].text
    return None


def _boundary(art: Article, s: Sentence, first: int, last: int, low: int) -> str | None:
    """The boundary a figure defines: set off after the boundary's noun ("the Kármán line, 100
    kilometers above sea level"), or set as it by a defining verb before the figure and the noun
    after it ("consider an altitude of 50 miles to be the boundary", "considers 100 kilometers,
    or 62 miles, the edge of space"). A definition says where a line is, not how far anything went."""
    tokens, bounds = s.tokens, BOUNDARIES.set()
    if first and tokens[first - 1].norm in bounds and "," in art.text[tokens[first - 1].end : tokens[first].start]:
        return tokens[first - 1].text
    reach = current.POSSIBILITY_REACH
    if any(t.norm in DEFINING for t in tokens[max(low, first - reach) : first]):
        return next((t.text for t in tokens[last : last + BOUNDARY_REACH] if t.norm in bounds), None)
    return None


def _possibility_carried(art: Article, s: Sentence, low: int) -> str | None:
    """A possibility in the clause before a participle clause that holds the figure: the
    participle goes on that predicate, and so does its modal ("Aramco could offer 1%-2% of its
    shares, raising as much as $20 billion"). A modal of the perfect guesses at a cause of what
    happened, whose effect is still a fact ("may have stopped, causing the vehicle to be dragged
    55 meters")."""
    tokens = s.tokens
    if not (low and tokens[low].norm.endswith(GERUND_ENDINGS.tuple()) and not tokens[low].is_capitalised):
        return None  # not "…, Boeing said" nor "…, Fernando"
    start, _ = art.clauses(s).span(low - 1, low)
    possibilities, perfect = MODAL_POSSIBILITIES.set(), PERFECT_AUXILIARIES.set()
    for i in range(start, low):
        if tokens[i].norm in possibilities and not (i + 1 < low and tokens[i + 1].norm in perfect):
            return tokens[i].text
    return None


def _earlier_expectation(s: Sentence, first: int, last: int, low: int, high: int, topic: frozenset[int]) -> str | None:
    """A word of expecting, dated before the fact by a past or pluperfect auxiliary or a first
    plan's adverb, that governs the figure: earlier in its clause with no other predicate between
    ("was initially expected to raise as much as $100 billion from the sale of up to five
    percent"), or in a relative clause on the figure's noun ("the $2 trillion valuation that the
    prince had initially hoped for"). The figure is what someone counted on, which the event may
    not have kept. A forecast in the present ("are expected to own 69%") may be the fact: not read."""
    tokens = s.tokens
    expecting, earlier, joiners = EXPECTATIONS.set(), EARLIER_EXPECTING.set(), PREDICATE_JOINERS.set()

    def expects(i: int) -> bool:
        return (
            tokens[i].norm in expecting
            and i not in topic
            and any(t.norm in earlier for t in tokens[max(low, i - EXPECTING_REACH) : i])
        )

    for i in range(first - 1, max(low, first - CLAUSE_REACH) - 1, -1):
        if tokens[i].norm in joiners:
            break  # "surpassed 70 and was initially expected to grow": another predicate's
        if expects(i):
            return tokens[i].text
    that = next((j for j in range(last, min(high, last + 2)) if tokens[j].norm == current.THAT), None)
    if that is not None:
        return next((tokens[j].text for j in range(that + 1, min(high, that + CLAUSE_REACH)) if expects(j)), None)
    return _expected_that(s, first, topic)


def _expected_that(s: Sentence, first: int, topic: frozenset[int]) -> str | None:
    """A word of expecting, as a finite past verb, whose "that" clause holds the figure however
    many commas set off a phrase within it: "SpaceX hoped that, at best, the flight would last 90
    minutes", "el gobierno esperaba que la venta recaudara 100.000 millones". The clause says
    what someone counted on before the fact. After an auxiliary of the participle the word is no
    finite past verb ("it is expected that it will be full"): a forecast, not read; nor is a
    figure past another predicate ("hoped that … but it lasted four minutes")."""
    tokens = s.tokens
    expecting, joiners, auxiliaries = EXPECTATIONS.set(), PREDICATE_JOINERS.set(), PARTICIPLE_AUXILIARIES.set()
    that = current.THAT  # the language's, once
    for i in range(first - 1, max(0, first - CLAUSE_REACH), -1):
        if tokens[i].norm in joiners:
            return None
        if tokens[i].norm == that and tokens[i - 1].norm in expecting and i - 1 not in topic:
            return None if i >= 2 and tokens[i - 2].norm in auxiliaries else tokens[i - 1].text
    return None


def _one_of_those_each(tokens: Sequence[Token], each: int, low: int, topic: frozenset[int]) -> bool:
    """Whether a distributive word right after a subject joins the topic to others ("the SPD and
    CDU / CSU each gained 25 percent", "Lopez and Ruiz each won 41.5%"): the figure is every one's,
    so the topic's own."""
    if each <= low or (each - 1 not in topic and not tokens[each - 1].text[:1].isupper()):
        return False  # "the counts each carry": no names joined right before the word
    joined = [k for k in range(low, each) if tokens[k].norm in LIST_JOINERS]
    return bool(joined) and any(k in topic for k in range(low, each))


def _for_each(art: Article, s: Sentence, first: int, after: int, low: int, high: int) -> int | None:
    """_distributive, worked out once per figure: each claim reading the sentence asks it."""
    return art.memo(
        ("for each", s.index, first, after, low, high), lambda: _distributive(art, s, first, after, low, high)
    )


def _distributive(art: Article, s: Sentence, first: int, after: int, low: int, high: int) -> int | None:
    """A distributive word in the figure's clause ("the counts each carry 10 years", "10 years
    on each count", "$4.1 billion each"), as its token: the figure is every one's, not the total.
    "each of the 17 counts" names the total, and a claim of a rate ("per share") reads these as
    its own."""
    tokens, of = s.tokens, current.OF
    figures = art.memo(
        ("figure words", s.index),
        lambda: Marks(t.text[:1].isdigit() or t.norm in NUMBER_WORDS.set() for t in tokens),
    )
    stops = DISTRIBUTIVE_STOPS.set()
    distributive = art.memo(
        ("distributive", s.index),
        lambda: Marks(
            t.norm in DISTRIBUTIVES and not (i + 1 < len(tokens) and tokens[i + 1].norm in stops)
            for i, t in enumerate(tokens)
        ),
    )
    before = figures.last(low, first)
    start = low if before is None else before + 1  # "giving each miner one spoonful … 17 days"
    ahead = range(after, min(high, after + current.POSSIBILITY_REACH))
    nxt = figures.first(after, high)
    stop = ahead.stop if nxt is None else nxt  # the next figure's own
    for i in chain(distributive.within(start, first), distributive.within(after, min(stop, ahead.stop))):
        if i < first and first - i <= 4 and any(t.norm == of for t in tokens[i + 1 : min(first, i + 3)]):
            continue  # "for each of the 17 counts", "cada uno de los 17 cargos": the total
        return i
    return None


def a_part_of_the_claims_group(text: str, tokens: Sequence[Token], i: int, high: int, words: ClaimWords) -> bool:
    """Whether the words from token i ("of the six counts", "of six sexual abuse counts", "of the
    counts against him") make a figure a part of a group of the noun the claim counts, for a claim
    that gives its own figure as such a part ("guilty on five of the six counts"), or a group the
    article counts itself ("won 203 of the 650 seats", "guilty on five of the six counts" for a
    claim of five counts): the part may be the claim's own count, not another group ("67 of the
    passengers" for all the passengers)."""
    if i + 1 >= high or tokens[i].norm != current.OF:
        return False
    i += 1 + (tokens[i + 1].norm in PART_OF)
    numbered = i < high and (tokens[i].text[:1].isdigit() or tokens[i].norm in NUMBER_WORDS)
    if not (words.wholes or numbered):
        return False
    i += numbered  # the whole's number: "of the six counts"
    run = _counted_run(text, tokens, i, high)
    return bool(run) and tokens[_head(run)].stem in words.counts


def _bare(text: str, start: int, end: int) -> bool:
    """A number written alone: digits with no unit or sign, after any hedge ("over 3000")."""
    words = text[start:end].split()
    if len(words) >= 2 and words[-1].lower() in SCALE_WORDS:
        words = words[:-1]  # "450 million monthly users": a count all the same
    return bool(words) and words[-1].replace(",", "").replace(".", "").isdigit()


def _distance(art: Article, s: Sentence, first: int, last: int, claim: Claim) -> int | None:
    """Words to the nearest topic mention no strong clause break cuts off; one in the same plain
    clause with no other name or figure between ("the Merida Initiative has been on the books
    for 13 years") counts as NEAR however many words stand between.

    Only the nearest mention on each side can be the nearest one not cut off: a break or an
    opener that cuts off the nearer cuts off those beyond it too, and a stretch plain up to a
    farther mention is plain up to the nearer. Whether a stretch holds a break is looked up
    in the sentence's Stretches, so the answer costs the same however long the sentence is."""
    topic = topic_tokens(art, s, claim)
    if not topic:
        return None
    order = topic_marks(art, s, claim).at
    stretches = art.stretches(s)
    odd = art.memo(("not plain", s.index, claim.id), lambda: _not_plain(s.tokens, topic, stretches.labels))
    best = len(s.tokens)
    before, at = bisect_left(order, first), bisect_left(order, last)
    nearest = {order[k] for k in (before - 1, before, at) if 0 <= k < len(order)}
    for i in nearest:
        lo, hi = (i, first) if i < first else (last - 1, i)
        # a label bracketed after the topic's name is part of it: "Celgene Corporation (NasdaqGS:CELG) for"
        label = _name_label(s.tokens, stretches.labels, i, hi) if i < first else None
        start, stop = label or (hi + 1, hi + 1)  # the label's gaps: [start, stop)
        if (
            stretches.strong.any(lo + 1, start)
            or stretches.cuts.any(start, stop)
            or stretches.strong.any(stop, hi + 1)
            or stretches.openers.any(lo + 1, hi)
        ):
            continue
        plain = (
            not stretches.breaks.any(lo + 1, start)
            and not stretches.bends.any(start, stop)
            and not stretches.breaks.any(stop, hi + 1)
            and not stretches.marked.any(lo + 1, hi)
            and not odd.any(lo + 1, hi)
        )
        words = hi - lo - (stop - start - 1 if label else 0)  # nor do its words stand between
        best = min(best, min(words, NEAR) if plain else words)
    return best


def _name_label(tokens: Sequence[Token], labels: Marks, i: int, hi: int) -> tuple[int, int] | None:
    """The gaps [start, stop) of a label bracketed right after the topic's word at token i and
    at most LABELLED_NAME capitalised words after it (the name running on, or the name the word
    governs), when the label ends before token hi: a part of the name, neither a break nor words
    between the topic and what the clause says of it ("to acquire Celgene Corporation
    (NasdaqGS:CELG) for $73 billion"). A label after another name, past a lower-case word
    ("Arévalo (Semilla) and Torres (UNE)"), still sets that name apart."""
    start = labels.first(i + 1, hi)
    if start is None or start - i - 1 > LABELLED_NAME or not all(t.is_capitalised for t in tokens[i + 1 : start]):
        return None
    end = start
    while end + 1 < hi and labels.any(end + 1, end + 2):
        end += 1
    return (start, end + 2) if end + 1 < hi else None


def _not_plain(tokens: Sequence[Token], topic: frozenset[int], labels: Marks) -> Marks:
    """The words that keep a stretch from being one plain clause about the topic: another name
    or a figure (a name's possessive modifies a noun of the clause: "kneeling on Floyd's neck for
    nine minutes"), but not a label bracketed after a name ("Pedro Castillo (Perú Libre) obtuvo")."""
    labelled = set(labels.at)
    return Marks(
        (t.is_capitalised and j not in topic and j not in labelled and not t.text.endswith(current.POSSESSIVE_ENDINGS))
        or t.text[:1].isdigit()
        for j, t in enumerate(tokens)
    )


def _subject(text: str, tokens: Sequence[Token], first: int, low: int, topic: frozenset[int]) -> bool:
    """Whether the value follows a verb whose subject is the topic, past the phrases that
    complete the subject: "The death toll from the floods in eastern Spain rose to 158"."""
    i = first - 1
    while i >= low and tokens[i].norm in PREPOSITIONS:
        i -= 1
    if i < low or tokens[i].norm not in LINK_VERBS:
        return False
    start, stop = _clause_start(text, tokens, i, low), i  # the subject: tokens [start, stop)
    if start == i:  # "The Socialist PSOE, led by Pedro Sánchez, gained 122 seats": past the apposition
        opener = _apposition_opener(text, tokens, i)
        if opener is not None:
            start, stop = _clause_start(text, tokens, opener - 1, 0), opener
    if start is not None and start == low and low and tokens[low - 1].norm in PHRASE_OPENERS:
        # "El número de muertos tras las inundaciones en Libia se ha elevado a 11.300": the phrase
        # complements the subject, which runs on before it
        start = _clause_start(text, tokens, low - 1, 0)
    if start is None:
        return False  # too long a subject to tell its head
    # the subject's head opens it: "The death toll in the collapse of a 12-story building … has risen to
    # 54" is the toll's figure, not the storeys'
    return any(j in topic for j in range(start, min(stop, start + SUBJECT_HEAD)))


def _clause_start(text: str, tokens: Sequence[Token], i: int, low: int) -> int | None:
    """Where the clause of token i starts, going back to a break, a verb of saying or a "when"
    word; None past SUBJECT_REACH words."""
    start = i
    while start > low and not CLAUSE_BREAK_RE.search(text[tokens[start - 1].end : tokens[start].start]):
        if tokens[start - 1].norm in SPEECH or tokens[start - 1].norm == current.THAT:
            break  # "Numerous reports say the death toll in Nepal has surpassed 4,000": what is told
        if tokens[start - 1].norm in WHEN_WORDS:
            break  # "was pulled out at 4:25pm as the death toll from the collapse reached 1,043"
        start -= 1
        if i - start > SUBJECT_REACH:
            return None
    return start


def _apposition_opener(text: str, tokens: Sequence[Token], verb: int) -> int | None:
    """The first word of a phrase set off by commas right before a verb, when it opens with a
    participle or a relative pronoun (", led by Pedro Sánchez,", ", who leads the party,")."""
    if verb == 0 or "," not in text[tokens[verb - 1].end : tokens[verb].start]:
        return None
    j = _clause_start(text, tokens, verb - 1, 0)
    if not j or "," not in text[tokens[j - 1].end : tokens[j].start]:
        return None
    return j if is_past_form(tokens[j].norm) or tokens[j].norm in RELATIVES else None


MEASURED_REACH = 4  # words from a figure to the topic it measures: "3,000 tons of ammonium nitrate"


def _measures_the_topic(
    text: str, tokens: Sequence[Token], after: int, high: int, topic: frozenset[int], *, counted: bool
) -> bool:
    """Whether the words right after a figure name the topic it measures, with no mark between
    ("a nearly 90 million-mile journey", "$65 million in foreign bank accounts", "3,000 tons of
    ammonium nitrate"): the figure is the topic's own, whatever time the clause gives its verb.
    A bare number right before the topic's noun counts them at that time ("had 12 stores in
    1985"), so `counted` figures need a word between."""
    for k in range(after + counted, min(high, after + MEASURED_REACH)):
        if k > after and text[tokens[k - 1].end : tokens[k].start].strip(" -"):
            return False
        if k in topic:  # a whole topic phrase: "prison" alone is no "prison term"
            return True
    return False


def another_time(art: Article, s: Sentence, low: int, high: int, skip: range) -> str | None:
    """A year or a day outside the scope window in the value's clause, or in the clause it hangs
    on: "the 1931 earthquake, which killed 256 people", "bought for $39bn in 2013", "the 7.1
    magnitude quake on September 4, which was recorded at a depth of 33km" (a day's missing year
    is the publication's, else the scope's)."""
    window = art.matcher.window
    if window is None:
        return None
    tokens = s.tokens
    start = _hangs_on(art, s, low)
    if start == low and skip.start == low and _verbless(art, s, low, high):
        start = clause_span(art, s, low - 1, low)[0]  # "salió a Bolsa en 2015, 20 dólares por acción"
    if high + 1 < len(tokens) and tokens[high].norm in WHEN_WORDS:
        high = clause_span(art, s, high + 1, high + 2)[1]  # "posted 9.69 seconds when winning … in 2008"
    now = art.word_marks(s, NOW_WORDS).last(start, skip.start)
    if now is not None:
        start = now + 1  # "was founded in 2009 and now processes about 450 million users": now's figure
    years = art.memo(("other years", s.index), lambda: _other_years(tokens, window))
    year = years.first(start, min(high, skip.start)) if skip.start > start else None
    high = _next_predicate(art, s, skip.stop, high)  # "raising $25.6 billion and eclipsing Alibaba's IPO of 2014"
    year = years.first(max(start, skip.stop), high) if year is None else year
    if year is not None:
        return tokens[year].text
    lo, hi = tokens[start].start, tokens[high - 1].end
    dates = art.memo(("other dates", s.index), lambda: _other_dates(art, s, window))
    for k in range(bisect_left(dates, lo, key=BY_START), len(dates)):
        if dates[k].start >= hi:
            break
        if token_range(tokens, dates[k].start, dates[k].end)[0] not in skip:
            return dates[k].text
    return None


COUNTED_OF_REACH = 2  # words from the figure to the "of" of what it counts: "three counts of", "four of 11"


def _dates_what_it_counts(art: Article, s: Sentence, low: int, first: int, last: int) -> bool:
    """Whether the figure's time is only after it, past an "of" that tells what it counts ("all
    three counts of indecent assault against Andrea Constand in 2004", "34 counts of falsifying
    records … during the 2016 election"): the year dates the deeds counted, which may well be
    before the story's occurrence of the figure (the verdict on them). Not a time before the
    figure ("constructed in 2015 and is 300 metres long") nor one right after it ("bought for $39bn
    in 2013"): those date the figure's own clause."""
    tokens = s.tokens
    of = next((k for k in range(last, min(len(tokens), last + COUNTED_OF_REACH)) if tokens[k].norm == current.OF), None)
    return of is not None and another_time(art, s, low, of, skip=range(first, last)) is None  # none up to the "of"


def _a_when_clauses_time(art: Article, s: Sentence, low: int, first: int, last: int) -> str | None:
    """A year or a day outside the scope window in the clause before the value's, when a word
    that dates a clause by the one before opens the value's ("they played the longest final in
    2012, when the Serb won in 5 hours 53 minutes", "the record was set in 2008, when he ran
    9.69"): the figure may be that time's. Not sure enough to drop it ("when" may also say what
    happened since), so a question."""
    tokens = s.tokens
    opener = next((k for k in (low - 1, low) if k > 0 and tokens[k].norm in DATING_WHEN), None)
    if opener is None:
        return None
    start = clause_span(art, s, opener - 1, opener)[0]
    return another_time(art, s, start, opener, skip=range(first, last + 1))


def _next_predicate(art: Article, s: Sentence, after: int, high: int) -> int:
    """Where another predicate of the clause begins after the value, at the first "and" or "but"
    after it when a verb follows ("and narrowly eclipsing", "but was"): what it tells is dated
    apart from the value."""
    tokens = s.tokens
    k = art.word_marks(s, PREDICATE_JOINERS).first(after, high - 1)
    if k is None:
        return high
    j = k + 1
    while j < high - 1 and tokens[j].norm.endswith(current.ADVERB_ENDING):
        j += 1  # "and narrowly eclipsing"
    verb, ending = tokens[j].norm, current.PRESENT_PARTICIPLE_ENDING
    return k if (ending and verb.endswith(ending)) or is_past_form(verb) else high


def _other_years(tokens: Sequence[Token], window: tuple[dt.date, dt.date]) -> Marks:
    """The years a sentence writes outside the scope window, but for the end of a term ("es el
    nuevo presidente de México hasta 2024": how long a term runs from now)."""

    def other(i: int, t: Token) -> bool:
        if not (len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("18", "19", "20")):
            return False
        if i and tokens[i - 1].norm in SPAN_ENDS and int(t.text) > window[1].year:
            return False
        return not window[0].year <= int(t.text) <= window[1].year

    return Marks(other(i, t) for i, t in enumerate(tokens))


def _other_dates(art: Article, s: Sentence, window: tuple[dt.date, dt.date]) -> list[DateMention]:
    """The dates of a sentence outside the scope window: a period ("at the Beijing Olympics last
    year"), or a day (a missing year is the publication's, else the scope's)."""
    published = art.dating.published
    out = []
    for d in art.values(s)[0]:
        if d.period in ("year", "decade") and published is not None:
            bounds = period_bounds(d, published)  # "at the Beijing Olympics last year"
            if bounds is not None and (bounds[1] < window[0] or bounds[0] > window[1]):
                out.append(d)
                continue
        if d.day is None or d.month is None:
            continue
        year = d.year or (published.year if published else art.scope_year)
        day = complete(d, year) if year else None
        if day is not None and not window[0] <= day <= window[1]:
            out.append(d)
    return out


VERBLESS_REACH = 6  # words of a phrase set off by a comma that goes on the clause before: "20 dólares por acción"


def _verbless(art: Article, s: Sentence, low: int, high: int) -> bool:
    """Whether the value's clause is a short phrase that ends its sentence, set off by a comma,
    without a verb of its own, after a clause told in the past: it goes on that clause's verb
    ("el precio al que salió a Bolsa en 2015, 20 dólares por acción"). A clause before it without
    a verb ("Unlike the 2010 quake, 20 people remain missing") is fronted, not what it goes on."""
    tokens = s.tokens
    if not (0 < low < high == len(tokens) and high <= low + VERBLESS_REACH):
        return False
    if not art.text[tokens[low - 1].end : tokens[low].start].strip().startswith(","):
        return False  # "in 2014, $25 billion": the comma, then maybe a currency's sign
    if any(is_finite_past(t) or t.norm in PHRASE_VERBS for t in tokens[low:high]):
        return False
    before = clause_span(art, s, low - 1, low)[0]
    return any(is_finite_past(t) for t in tokens[before:low])


def _hangs_on(art: Article, s: Sentence, low: int) -> int:
    """Where the clause that the value's clause hangs on starts: the one before a relative
    pronoun ("the 1931 earthquake, which killed 256"), or before the bracket the value stands
    in ("the 4 September 2010 Darfield Earthquake (magnitude 7.1, depth 10-11km)"); else `low`."""
    tokens = s.tokens
    if low > 1 and tokens[low - 1].norm in RELATIVES:
        return clause_span(art, s, low - 2, low - 1)[0]
    opening = _last_mark(art, s, "(", tokens[0].start, tokens[low].start)
    if opening is not None and _last_mark(art, s, ")", opening, tokens[low].start) is None:
        before = bisect_right(tokens, opening, key=BY_END) - 1  # the last token that ends by the bracket
        if before >= 0:
            return clause_span(art, s, before, before + 1)[0]
    return low


def _last_mark(art: Article, s: Sentence, mark: str, start: int, end: int) -> int | None:
    """Where the mark last stands in the text [start, end) of a sentence (str.rfind, by bisection)."""
    at = art.marks_at(s, mark)
    k = bisect_left(at, end) - 1
    return at[k] if k >= 0 and at[k] >= start else None


def _first_mark(art: Article, s: Sentence, mark: str, start: int, end: int) -> int | None:
    """Where the mark first stands in the text [start, end) of a sentence (str.find, by bisection)."""
    at = art.marks_at(s, mark)
    k = bisect_left(at, start)
    return at[k] if k < len(at) and at[k] < end else None


def clause_span(art: Article, s: Sentence, first: int, last: int) -> tuple[int, int]:
    """Token range of the clause a value stands in (topic.Clauses), its opening word left out."""
    low, high = art.clauses(s).span(first, last)
    if low < first and s.tokens[low].norm in CLAUSE_OPENERS:
        low += 1
    return low, high


def _country_mark(token: Token) -> bool:
    return token.norm in CURRENCY_COUNTRY_MARKS and not token.text.islower()


def _after_conversion(art: Article, s: Sentence, i: int) -> int:
    """The first word after a value, past a conversion in brackets: "1,960-mile (3,155-km) border"."""
    tokens = s.tokens
    if i < len(tokens) and "(" in art.text[tokens[i - 1].end : tokens[i].start] and tokens[i].text[:1].isdigit():
        closing = _first_mark(art, s, ")", tokens[i - 1].end, s.end)
        return len(tokens) if closing is None else bisect_right(tokens, closing, key=BY_START)
    return i


PHRASE_ADJECTIVES = 2  # words between a determiner and the value it opens: "the controversial $59bn"


def _named_past_conversion(
    art: Article, s: Sentence, first: int, last: int, after_start: int, topic: frozenset[int], stems: frozenset[str]
) -> bool:
    """Whether a value with its conversion in brackets describes the topic's noun right after
    them, the value opening a noun phrase (a determiner or an owner before it, maybe past an
    adjective or two): "the controversial $59bn (£46bn) deal", "The ¥6.2 trillion ($57
    billion) takeover". The bracket closes the clause the value stands in, so that noun is past
    the clause's end. Without the determiner the word after may say where, not what ("is now 19
    miles (30 km) away")."""
    tokens, text = s.tokens, art.text
    if not (
        last < after_start < len(tokens)
        and text[tokens[after_start - 1].end : tokens[after_start].start].strip() == ")"
        and (after_start in topic or tokens[after_start].stem in stems)
    ):
        return False
    for k in range(first - 1, max(-1, first - 2 - PHRASE_ADJECTIVES), -1):
        if tokens[k].norm in DETERMINERS or tokens[k].text.endswith(current.POSSESSIVE_ENDINGS):
            return True
        if not (tokens[k].text.isalpha() and tokens[k].text.islower()):
            return False
        if k + 1 < first and text[tokens[k].end : tokens[k + 1].start].strip():
            return False  # "the deal, massive $59bn": a mark between
    return False


def _stands_for(
    text: str, tokens: Sequence[Token], indexes: range, topic: frozenset[int], stems: frozenset[str]
) -> bool:
    """Whether the noun a figure describes is the topic itself: reached from the topic over a
    copula ("the bridge is a 0.75-mile span") or set off as an apposition ("the bridge, a
    0.75-mile span"). A topic word running straight into the noun's determiner is a verb and its
    object ("lifting the 1.6-foot-high craft 10 feet"): the object is another thing."""
    copulas, determiners = COPULAS.set(), DETERMINERS.set()
    copula = False
    for n, i in enumerate(indexes):
        if n > LINK_REACH:
            return False
        if i in topic or tokens[i].stem in stems:
            return copula or n == 0 or bool(text[tokens[i].end : tokens[i + 1].start].strip())
        if tokens[i].norm in copulas:
            copula = True
        elif tokens[i].norm not in determiners:
            return False
    return False


def _named_count_after(
    text: str, tokens: Sequence[Token], end: int, after: int, high: int, topic: frozenset[int], stems: frozenset[str]
) -> bool:
    """Whether the figure ending at `end` is followed, with no mark between, by a neutral noun
    and "of" that lead to the topic: "elevó este jueves a 17 el número de víctimas mortales",
    "raised to 147 the number of dead". The verb put the figure first; the noun says what it is."""
    k = after
    if k < high and tokens[k].norm in DETERMINERS:
        k += 1
    if k + 1 >= high or tokens[k].norm not in NEUTRAL_HEADS or tokens[k + 1].norm != current.OF:
        return False
    if text[end : tokens[k].start].strip(" ") != " ".join(t.text for t in tokens[after:k]):
        return False  # "rose to 64, the number of …": a mark between, an apposition of its own
    return _linked(tokens, range(k + 2, high), topic, stems)


def _linked(
    tokens: Sequence[Token],
    indexes: range,
    topic: frozenset[int],
    stems: frozenset[str],
    through: frozenset[str] = frozenset(),
) -> bool:
    """Whether a topic word is reached from the value over linking words only (or `through`)."""
    words = through or LINKING
    for n, i in enumerate(indexes):
        if n > LINK_REACH:
            return False
        if i in topic or tokens[i].stem in stems:
            return True
        if tokens[i].norm not in words:
            return False
    return False


def _toll_kinds(tokens: Sequence[Token], last: int, high: int) -> set[str]:
    """The tolls a count names right after its number, joined: "302 dead and missing", "300
    missing or dead" (`last`: the token after the number, which the mention may run past)."""
    kinds = set()
    for t in tokens[last : min(high, last + 3)]:
        if t.norm in TOLL_OF:
            kinds.add(TOLL_OF[t.norm])
        elif t.norm not in NOUN_JOINERS:
            break
    return kinds


EVENT_REACH = 9  # words from a count to its event: "the 17 people killed in Mount Everest after an avalanche"


def _in_another_event(tokens: Sequence[Token], after: int, high: int, words: ClaimWords) -> str | None:
    """The kind of event a toll is said to be of ("died in the avalanche", "killed in an
    aftershock"), when the claim's statement and the scope's event name another kind."""
    for i in range(after, min(high, after + EVENT_REACH) - 1):
        if tokens[i].norm not in EVENT_LINKS:
            continue
        j = i + 1
        while j < min(high, i + 4) and tokens[j].norm in DETERMINERS:
            j += 1
        if j < high and tokens[j].norm in EVENT_OF and EVENT_OF[tokens[j].norm] not in words.occurrences:
            return tokens[j].text
    return None


TOLL_PHRASE_REACH = 6  # words of the event a toll names before its verb: "from Saturday's earthquake in Ecuador"


def _toll_of_the_event(text: str, tokens: Sequence[Token], low: int, first: int) -> str | None:
    """The toll whose phrase names the event before the verb that gives the figure at token `first`
    ("the death toll from the quake has risen to 278", "the toll in the earthquake stands at
    278", "el número de muertos por el sismo subió a 77"): the figure counts that toll, whatever
    event the phrase names, the topic's own included. Back from the figure over linking words
    (VALUE_LINKS), then over the event's words, in one clause, to a toll word right before a
    word of TOLL_PHRASE_OPENERS."""
    k = first - 1
    while k > low and tokens[k].norm in VALUE_LINKS:
        k -= 1
    if k == first - 1:
        return None  # no verb or link: "the quake's 278 dead" is read by the words beside it
    return toll_named_before(text, tokens, k, TOLL_PHRASE_REACH, TOLL_OF, CLAUSE_BREAK_RE, low)


def _tolls(tokens: Sequence[Token], low: int, first: int, after: int, high: int) -> str | None:
    """What a count of people is a toll of, from the toll words beside it ("people injured")."""
    following = list(tokens[after : min(high, after + 4)])
    joiner = next((k for k, t in enumerate(following) if t.norm in LIST_JOINERS), len(following))
    if joiner + 1 < len(following) and following[joiner + 1].norm in DETERMINERS:
        following = following[:joiner]  # "ha subido a 413 y los heridos superan": a new subject's group, not its
    for t in [*following[:joiner], *reversed(tokens[max(low, first - 3) : first]), *following[joiner:]]:
        kind = TOLL_OF.get(t.norm)  # "killed at least 114 people and displaced thousands": the dead
        if kind:
            return kind
    return None


@dataclass(frozen=True, slots=True)
class ClaimWords:
    """What a claim's own words say of its figure, worked out once when the claims are compiled:
    its topic's content words, the toll it counts, the noun its figure counts, whether it states an
    age, what its length measures."""

    topic: frozenset[str]
    toll: str | None
    compensation: bool  # its words say its figure is compensation ("in damages", "indemnización")
    counts: frozenset[str]
    parts: frozenset[str]  # nouns its statement counts with other figures: the parts of its total
    states_age: bool
    measures: frozenset[str]  # what its length measures, when its words say: length, depth, height, width
    events: frozenset[str]  # stems of its topic's verbs in the past ("built", "opened"): the events it dates
    person: bool  # its topic names a person: an age of theirs is written as an age, never as a span
    names: frozenset[str]  # capitalised words of its statement and the scope's event: who it is about
    stated_names: frozenset[str]  # capitalised words of its statement alone (the event may name a rival)
    doers: frozenset[str]  # the names its statement gives the act it dates, by or to whom it is done
    doer_noun: frozenset[str]  # the noun of the subject of that act, as "capsule" in "The sample capsule landed"
    occurrences: frozenset[str]  # the kinds of event its statement, its topic and the scope's event name
    said: frozenset[str]  # stems of its statement's words: "moment magnitude" makes "a 7.9-magnitude quake" its measure
    others_heads: frozenset[str]  # its statement's nouns of its other figures: "dividend" in "a dividend of $6.85"
    rates: frozenset[str]  # the periods its statement gives its figure by: "a month", "monthly"
    stated_unit: Unit | None  # the unit a claim without one writes its figure in: "9.58 seconds"
    states_change: bool  # its statement gives its figure as a change: "took 0.11 seconds off the record"
    wholes: frozenset[float]  # the totals its statement gives its figure as a part of: 350 in "137 of the 350 seats"
    measure_only: bool  # its statement's figure counts no noun: "a moment magnitude of 7.1."
    subset: bool  # its statement gives its figure as a subset: "a mistrial on the other 10 counts"
    rest: bool  # a subset, or it counts charges, which a verdict splits into parts: "10 other charges" may be its own
    limit: bool  # its statement gives its figure as a limit or a prospect: "carry a maximum of 25 years"
    offset: bool  # its statement gives its span up to or from an event: "13 minutes after take-off"
    several: bool  # its statement names its events in the plural: "The earthquakes killed about 59,500"
    named: frozenset[str]  # the entities its statement names: "alcaraz" for "Alcaraz's second"
    persons: str | None = None  # the person noun its figure counts: "people", "passengers"; None for no person
    # its topic is named by a verb in the past ("collapsed") in the default language, the fact
    # sheet's, or the article's, even where `events`, in the article's language, is empty: one
    # claim is read one way in every language
    verb_named: bool = False
    place_unit: Unit | None = None  # the unit its statement gives its figure a place in: "the 74th minute"
    states_distance: bool = False  # its statement gives its figure as a distance: "lies about 105 km north-east of"
    later_round: bool = False  # its statement names a later round of a vote: "in the second round"
    ordinal_nouns: frozenset[str] = frozenset()  # nouns its figure is an ordinal of: "minute" in "the 74th minute"
    # the other figures its statement measures against a base of their own, in its figure's
    # dimension: 33 in "a premium of about 44% to the 30-day average (about 33% to its 52-week high)"
    rebased: frozenset[float] = frozenset()


def _whole_at(following: Sequence[Token]) -> int | None:
    """Where the number of a part's whole stands in the words after the part ("of the 350 seats"
    after "137"); None when no whole follows."""
    if len(following) < 3 or following[0].norm != current.OF:
        return None
    k = 1 + (following[1].norm in DETERMINERS)
    number = k < len(following) and (following[k].text[:1].isdigit() or following[k].norm in NUMBER_WORDS)
    return k if number else None  # "of the 350 seats", "of the six counts"


def _against_a_base(said: Sequence[Token], q: QuantityMention, dimension: str | None) -> bool:
    """Whether a statement's figure, in the claim's dimension, is measured against a base named
    right after it, a noun phrase ("about 33% to its unaffected 52-week high", "0.4% over the
    previous month"): the same measure on another base, not an earlier count ("revised from 24 to
    26") nor a part given by its purpose ("about $80 million to build")."""
    if q.unit is None or q.unit.dimension != dimension:
        return False
    first, last = token_range(said, q.start, q.end)
    changed = first > 0 and said[first - 1].norm == current.CHANGE_FROM
    based = last + 1 < len(said) and said[last].norm in BASE_LEADS and said[last + 1].norm in BASE_OPENERS
    return not changed and based


def _in_years(claim: Claim) -> bool:
    expect = claim.expect
    return isinstance(expect, QuantityExpect) and expect.unit is not None and expect.unit.name == "year"


def _a_person(entity: Entity) -> bool:
    """Whether an entity's name reads as a person's: two words or more, all capitalised, none
    an institution's or a title's ("Reeva Steenkamp", not "Merida Initiative")."""
    words = entity.name.split()
    return len(words) >= 2 and all(w[:1].isupper() and w.lower() not in NOT_PERSON_WORDS for w in words)


def _rates(tokens: Sequence[Token], others: frozenset[int]) -> frozenset[str]:
    """The periods a statement gives its figure by ("paid $150,000 a month", "monthly users"):
    a rate over the same period in an article is the claim's figure, not another thing's. A
    period right after another figure of the statement (token indexes `others`) is that figure's:
    "EUR 10,800 in all (18 months at EUR 20 a day)" gives the total by no period."""
    periods = {
        RATE_ADJECTIVES[t.norm] for k, t in enumerate(tokens) if t.norm in RATE_ADJECTIVES and k - 1 not in others
    }
    for k, (t, nxt) in enumerate(pairwise(tokens)):
        if k - 1 in others:
            continue
        if t.norm in RATE_MARKERS and (nxt.norm in PERIODS or t.norm not in INDEFINITE):
            periods.add(nxt.norm)  # "per share", "each year"; "a month" but not "a fee"
    return frozenset(periods)


def _doers(
    said: Sequence[Token], acts: frozenset[str], entities: Mapping[str, Entity]
) -> tuple[frozenset[str], frozenset[str]]:
    """The names a statement gives whoever the act it dates is done by or to, its subject's and its
    object's ("Grenfell Tower was completed", "declared Ruto the winner"; not a place "in
    Cartagena"), in every form the fact sheet gives them but words shared with another entity's
    ("Inc"); and the subject's own noun ("The OSIRIS-REx sample capsule landed"). None when the
    statement names no one ("The peace agreement was signed")."""
    verb = next((i for i, t in enumerate(said) if t.stem in acts), None)
    if verb is None:
        return frozenset(), frozenset()
    done_to = verb + 1
    while done_to < len(said) and said[done_to].is_capitalised:
        done_to += 1
    own = {t.norm for t in (*said[:verb], *said[verb + 1 : done_to]) if t.is_capitalised and t.norm not in DETERMINERS}
    if not own:
        return frozenset(), frozenset()
    forms = {
        entity.id: [{t.norm for t in tokenize(form)} for form in (entity.name, *entity.aliases)]
        for entity in entities.values()
    }
    mine = {key for key, spelt in forms.items() if any(form & own for form in spelt)}
    theirs = {w for key, spelt in forms.items() if key not in mine for form in spelt for w in form}
    head = next((t for t in reversed(said[:verb]) if t.text.isalpha() and t.norm not in VALUE_LINKS), None)
    noun = frozenset({head.norm} if head is not None and head.text.islower() else ())
    return frozenset(own | {w for key in mine for form in forms[key] for w in form} - theirs), noun


def claim_words(
    claim: Claim, topic_stems: set[tuple[str, ...]], entities: Mapping[str, Entity], event: str | None
) -> ClaimWords:
    """What a claim's words say, for articles in the language being read. The statement is read as
    the fact sheet writes it, in English, whatever the article's language ("137 of the 350 seats"
    counts seats, "9.58 seconds" is a time); its topic phrases and `about` words, which an editor
    may write in either language, in the article's."""
    about = [t.norm for t in tokenize(" ".join(claim.about))]
    with reading(DEFAULT_LANGUAGE):
        stated = _stated(claim, entities, event)
    tails = _hyphen_tails(claim, entities)
    return replace(
        stated,
        # content words only: "of" in "Secretary of State" ties nothing
        topic=frozenset(
            s for phrase in topic_stems for s in phrase if s not in VALUE_LINKS and len(s) > 2 and s not in tails
        ),
        toll=stated.toll or next((TOLL_OF[w] for w in about if w in TOLL_OF), None),
        compensation=stated.compensation or any(w in COMPENSATIONS for w in about),
        measures=stated.measures | {MEASURE_OF[w] for w in about if w in MEASURE_OF},
        events=_events(claim),
        verb_named=_named_by_a_verb(claim),
        occurrences=stated.occurrences | {EVENT_OF[w] for w in about if w in EVENT_OF},
        states_distance=_states_a_distance(claim.statement),
        later_round=names_a_later_round(claim.statement),
        ordinal_nouns=_stated_ordinal_nouns(claim),
    )


def _an_offset(statement: str, end: int) -> bool:
    """Whether a statement's figure, ending at `end`, is a span up to or from an event: an offset
    word later in its clause, past a bracket ("13 minutes after take-off (06:20 to 06:33)",
    "four minutes before it broke up", "three days (16, 17 and 21 February) before its verdict")."""
    clause = CLAUSE_END_RE.split(BRACKETED_RE.sub(" ", statement[end:]), maxsplit=1)[0]
    return any(t.norm in OFFSET_WORDS for t in tokenize(clause))


def _hyphen_tails(claim: Claim, entities: Mapping[str, Entity]) -> frozenset[str]:
    """Stems of words a topic phrase joins to the word before with a hyphen ("President-elect"):
    a part of one title, not a topic word of its own ("four election officials" is no count of
    the president-elect's)."""
    phrases = [form for item in claim.about for form in (entities[item].names if item in entities else (item,))]
    tails: set[str] = set()
    for phrase in phrases:
        tokens = tokenize(phrase)
        tails.update(stem(b.norm) for a, b in pairwise(tokens) if phrase[a.end : b.start] == "-")
    return frozenset(tails)


def _events(claim: Claim) -> frozenset[str]:
    """Stems of the verbs in the past a claim's topic is named by ("built", "opened")."""
    return frozenset(
        t.stem for phrase in claim.about for t in tokenize(phrase)[:1] if t.text.islower() and is_past_form(t.norm)
    )


def _named_by_a_verb(claim: Claim) -> bool:
    """Whether the claim's topic is named by a verb in the past in the language read or in the
    default one, always loaded, the fact sheet's own: "collapsed" makes it so for a Spanish
    article too, whose own tables find no past in it (see ClaimWords)."""
    with reading(DEFAULT_LANGUAGE):
        return bool(_events(claim))


def _head_of(said: Sequence[Token], first: int) -> tuple[str, ...]:
    """The stem of the noun a statement's figure is "of", past a hedge ("a special dividend of
    about $6.85" gives "dividend"); nothing when no "of" leads to the figure."""
    k = first - 1
    while k >= 0 and said[k].norm in NOT_NAME_PARTS:
        k -= 1
    if k < 1 or said[k].norm != current.OF or not said[k - 1].text.isalpha():
        return ()
    return (said[k - 1].stem,)


def _ordinal_unit(said: Sequence[Token], expected: float) -> Unit | None:
    """The unit a statement gives its figure a place in ("opened the scoring in the 74th minute"):
    a figure in that unit that agrees ("on 74 minutes", "a los 112 minutos") is the claim's; one
    that does not may be a span ("the opening 45 minutes", "a cuatro minutos del final")."""
    if not float(expected).is_integer():
        return None
    number, suffixes = str(int(expected)), current.ORDINAL_SUFFIXES
    return next(
        (
            UNIT_SPELLINGS[c.norm]
            for a, b, c in zip(said, said[1:], said[2:])
            if a.norm == number and b.start == a.end and b.norm in suffixes and c.norm in UNIT_SPELLINGS
        ),
        None,
    )


def _named_entities(said: Sequence[Token], entities: Mapping[str, Entity]) -> frozenset[str]:
    """The entities a statement names by one of their spellings ("Wimbledon 2023 was Alcaraz's
    second Grand Slam singles title" names Carlos Alcaraz), whom its figure belongs to even when
    its topic words name no one."""
    norms = [without_possessive(t.norm) for t in said]
    spans = {tuple(norms[i:j]) for i in range(len(norms)) for j in range(i + 1, min(len(norms), i + 4) + 1)}
    return frozenset(
        eid
        for eid, entity in entities.items()
        if any(tuple(without_possessive(t.norm) for t in tokenize(form)) in spans for form in entity.names)
    )


def _stated(claim: Claim, entities: Mapping[str, Entity], event: str | None) -> ClaimWords:
    statement = claim.statement
    words = [t.norm for t in tokenize(" ".join((statement, *claim.about)))]
    counts: set[str] = set()
    parts: set[str] = set()
    others_heads: set[str] = set()
    others_ends: set[int] = set()  # the last token of each figure the claim does not expect
    expected = claim.expect.value if isinstance(claim.expect, QuantityExpect) else None
    stated_unit = None
    states_change = False
    measure_only: bool | None = None
    declared = isinstance(claim.expect, QuantityExpect) and claim.expect.unit is not None
    said = tokenize(statement)
    unitless = False  # the statement writes the claim's figure with no unit: "Spacey was 64 when …"
    wholes: set[float] = set()
    rebased: set[float] = set()
    dimension = claim.expect.unit.dimension if isinstance(claim.expect, QuantityExpect) and claim.expect.unit else None
    subset = False
    limit = False
    offset = False
    persons: str | None = None
    figures = find_quantities(statement, bare_words=True)
    for n, q in enumerate(figures):  # "17,410,742 votes were cast" counts votes
        unitless = unitless or (q.value == expected and q.unit is None)
        if q.value == expected:
            first, last = token_range(said, q.start, q.end)
            states_change = states_change or _difference(statement, said, first, last, frozenset(), None) is not None
            subset = subset or (first > 0 and said[first - 1].norm in SUBSET_LEADS)
            reach = range(max(0, first - current.POSSIBILITY_REACH), first)
            limit = limit or any(said[k].norm in POSSIBILITIES for k in reach)  # "faced at most 29 years"
            offset = offset or _an_offset(statement, q.end)
            rest = statement[q.end :].lstrip(" -")  # "a seven-point lead" counts points
            bare = q.unit is None and not rest[:1].isalpha()  # "a magnitude of 7.8 (USGS …)", "7.1."
            measure_only = bare and (measure_only is None or measure_only)  # "faced 30 counts … on all 30"
        if q.value == expected and q.unit is not None and q.unit.dimension != "people" and not declared:
            stated_unit = q.unit  # "a world record time of 9.58 seconds": the figure is in seconds
        following = tokenize(statement, q.end, min(len(statement), q.end + 40))
        whole = _whole_at(following) if q.value == expected else None
        if whole is not None:  # "137 of the 350 seats": 350 is the whole, and the figure counts seats
            wholes.update(w.value for w in figures[n + 1 : n + 2] if w.start == following[whole].start)
            following = following[whole + 1 :]
        noun = following[0].stem if following and following[0].text.isalpha() and following[0].text.islower() else None
        if expected is not None and q.value != expected:
            if _against_a_base(said, q, dimension):
                rebased.add(q.value)
            others_heads.update(_head_of(said, token_range(said, q.start, q.end)[0]))
            others_ends.add(token_range(said, q.start, q.end)[1] - 1)  # "EUR 20 a day": 20's rate
            if noun and q.unit is None and following[0].norm not in NOT_HEADS:  # "275 and then 288": no noun
                parts.add(noun)  # "150 people were aboard (144 passengers and six crew)": passengers are a part
            continue
        if q.unit is not None and q.unit.dimension == "people":
            counts.add("people")
        if following and following[0].norm in PERSON_NOUNS:
            persons = following[0].norm  # "181 passengers"
        elif q.unit is not None and q.unit.dimension == "people":
            persons = persons or "people"
        if noun:
            counts.add(noun)
            run = _counted_run(statement, following, 0, len(following))
            counts.add(following[_head(run)].stem if run else noun)  # "five gold medals" counts medals too
    person = any(_a_person(entities[item]) for item in claim.about if item in entities)
    events = _events(claim)
    doers, doer_noun = _doers(said, events, entities)
    # "Spacey was 64 when the jury acquitted him": a person's figure in years, written with no unit,
    # is an age ("asked for ten years in prison" writes its unit: a span)
    bare_years = _in_years(claim) and unitless
    return ClaimWords(
        topic=frozenset(),  # the article's language's, set by claim_words
        toll=next((TOLL_OF[w] for w in words if w in TOLL_OF), None),
        compensation=any(w in COMPENSATIONS for w in words),
        counts=frozenset(counts),
        parts=frozenset(parts - counts),
        # "Spacey was 64 when the jury acquitted him": a person's figure in years is an age
        states_age=any(t.norm in AGE_CLAIM_WORDS for t in said) or (person and bare_years),
        person=person,
        measures=frozenset(MEASURE_OF[w] for w in words if w in MEASURE_OF),
        events=events,
        names=frozenset(t.norm for t in tokenize(f"{statement} {event or ''}") if t.is_capitalised),
        stated_names=frozenset(without_possessive(t.norm) for t in said if t.is_capitalised),
        doers=doers,
        doer_noun=doer_noun,
        said=frozenset(t.stem for t in said if t.text.isalpha()),
        others_heads=frozenset(others_heads),
        rates=_rates(said, frozenset(others_ends)),
        stated_unit=stated_unit,
        states_change=states_change,
        wholes=frozenset(wholes),
        rebased=frozenset(rebased),
        measure_only=bool(measure_only),
        subset=subset,
        rest=subset or any(c in KIND_STEMS for c in counts),
        limit=limit,
        offset=offset,
        several=_names_several(statement),
        named=_named_entities(said, entities),
        persons="people" if persons in WIDE_PERSON_NOUNS else persons,
        place_unit=None if declared or stated_unit or expected is None else _ordinal_unit(said, expected),
        occurrences=frozenset(
            EVENT_OF[t.norm]
            for t in tokenize(f"{statement} {event or ''} {' '.join(claim.about)}")
            if t.norm in EVENT_OF
        ),
    )
