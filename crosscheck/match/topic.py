"""Where a claim's topic is in an article, and what every claim kind shares.

Evidence is a headline or body sentence that names the topic, the sentences
that continue it ("He said …", "The initiative …"), and the lead paragraphs
under a headline about the topic, less whatever the claim's `exclude`
phrases rule out (docs/claims-format.md, Where evidence comes from). Only
values inside those sentences are compared with the claim: a value elsewhere
in the article is about something else. Each claim kind's own module reads
the values; this one finds the sentences, who said them, and who is named.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import compress, count, pairwise
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar

from ..extract import attribution as attrib
from ..extract import dates as dates_mod
from ..extract.dates import DateMention
from ..extract.names import NAME_PARTICLES, PhraseHit
from ..extract.quantities import QuantityMention, find_quantities
from ..lexicon import (
    DEFAULT_LANGUAGE,
    alternation,
    capitalised,
    char_class,
    current,
    is_country_adjective,
    is_negation,
    language,
    pattern,
    phrase_table,
    sequence,
    tables,
    without_possessive,
    words,
)
from ..model import Claim, DateExpect, Evidence, Found, Misspelling, Stance
from ..scope import Dating
from ..sources import Source
from ..text import FUTURE_WORDS, Tenses, Token, fold_for_search, is_past_form, phrase_before, tokenize
from ..zones import Layout, Sentence

if TYPE_CHECKING:
    from . import Matcher

CONDITIONALS = words("CONDITIONALS")
CONDITION_OPENERS = phrase_table("CONDITION_OPENERS")
CONDITION_PHRASES = phrase_table("CONDITION_PHRASES")
CONDITION_PHRASE_ENDS = words(lambda lx: (p.split()[-1] for p in lx.CONDITION_PHRASES))  # each phrase's last word
NOT_CONDITION_OPENERS = phrase_table("NOT_CONDITION_OPENERS")
NEGATING_PAIRS = words(lambda lx: (tuple(p.split()) for p in lx.NEGATING_PHRASES))
NEGATED_ADJECTIVES = words("NEGATED_ADJECTIVES")  # "la cifra no oficial": an adjective, no denial
COUNTERFACTUALS = sequence(lambda lx: (tuple(c.split()) for c in lx.COUNTERFACTUALS))
AUXILIARIES = words("AUXILIARIES_BEFORE_PARTICIPLE")
COUNTERFACTUAL_WORDS = words(lambda lx: (c.split()[0] for c in lx.COUNTERFACTUALS))  # each phrase's first word
DISCOURSE = words("DISCOURSE")
CLAUSE_OPENERS = words("CLAUSE_OPENERS")
OTHER_OCCURRENCE = words("OTHER_OCCURRENCE")
OTHER_OCCURRENCE_OPENERS = words("OTHER_OCCURRENCE_OPENERS")
NOT_IN_NAMES = words("NOT_IN_NAMES")
ANAPHORS = words("ANAPHORS")
EPITHETS = words("EPITHET_NOUNS")
EPITHET_REACH = 3  # words from the article to the noun: "El ahora mandatario electo", "The 65-year-old leader"
RECALLING = words("RECALLING_DETERMINERS")
RECALLED = words("RECALLED_NOUNS")
DEFINITE_ARTICLES = words("DEFINITE_ARTICLES")
GIVEN_NAME_JOINERS = words("GIVEN_NAME_JOINERS")
CLAUSE_BREAK_RE = pattern(
    lambda lx: char_class(lx.CLAUSE_MARKS + lx.QUOTATION_MARKS) + r"|\s" + char_class(lx.DASHES) + r"\s"
)
STRONG_MARKS = sequence(lambda lx: lx.STRONG_CLAUSE_MARKS)
LABEL_BRACKETS = sequence(lambda lx: lx.NAME_LABEL_BRACKETS)  # the opening mark, then the closing one
LABEL_WORDS = 3  # words of a bracketed label after a name: "(Perú Libre)", "(NasdaqGS:CELG)"
# Words that make a capitalised run a title or an institution rather than a person's name.
NOT_NAME_WORDS = words(
    lambda lx: (
        lx.TITLES
        + lx.TITLE_QUALIFIERS
        + lx.HONORIFICS
        + lx.INSTITUTION_WORDS
        + lx.NATIONALITIES
        + lx.ABBREVIATED_BODIES
        + lx.MONTH_NAMES
        + lx.WEEKDAY_NAMES
    )
)
# A sentence opening with a time frame is about that time: "In 1957, floods …".
FRAME_RE = pattern(
    lambda lx: (
        r"(?:"
        + alternation(capitalised(lx.FRAME_LEADS))
        + r"\s+"
        + alternation(lx.FRAME_PREPOSITIONS)
        + r"|"
        + alternation(capitalised(lx.FRAME_PREPOSITIONS))
        + r")\s+(?:"
        + alternation(lx.FRAME_QUALIFIERS)
        + r"-?\s*)?"
        r"(?:[A-Z][a-z]+\.?\s+)?(?P<year>1[89]\d\d|20\d\d)\s*,"
    )
)


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity named in a sentence (tokens [first, last)), exactly or misspelt."""

    entity: str
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Person:
    """Someone named in a sentence: a known entity, or an unknown name."""

    entity: str | None
    name: str
    first: int
    last: int


OPENING_PARAGRAPHS = 2  # where an article says what it is about, under its headline
T = TypeVar("T")


class Marks:
    """The tokens of a sentence that have some property, in order: whether a stretch holds one,
    and the nearest one to a token, are then found by bisection. A rule that looks back or ahead
    through a sentence for each value asks these instead, so that its time does not grow with
    the sentence's length (a paragraph of a live blog or a flattened table can be one sentence
    of 100,000 words)."""

    __slots__ = ("at",)

    def __init__(self, flags: Iterable[bool]) -> None:
        self.at = list(compress(count(), flags))  # the loop in C: a Marks is made per sentence and table

    @classmethod
    def holding(cls, indexes: Iterable[int], size: int) -> Marks:
        """The Marks of the tokens whose indexes are given, among `size` tokens: made from the few
        marked ones, not by a test of every token of the sentence."""
        marks = cls.__new__(cls)
        marks.at = sorted(i for i in indexes if 0 <= i < size)
        return marks

    def any(self, lo: int, hi: int) -> bool:
        """Whether a token in [lo, hi) has the property."""
        k = bisect_left(self.at, lo)
        return k < len(self.at) and self.at[k] < hi

    def count(self, lo: int, hi: int) -> int:
        """How many tokens in [lo, hi) have the property."""
        return max(0, bisect_left(self.at, hi) - bisect_left(self.at, lo))

    def last(self, lo: int, hi: int) -> int | None:
        """The last token in [lo, hi) that has the property."""
        k = bisect_left(self.at, hi) - 1
        return self.at[k] if k >= 0 and self.at[k] >= lo else None

    def first(self, lo: int, hi: int) -> int | None:
        """The first token in [lo, hi) that has the property."""
        k = bisect_left(self.at, lo)
        return self.at[k] if k < len(self.at) and self.at[k] < hi else None

    def within(self, lo: int, hi: int) -> Iterator[int]:
        """Every token in [lo, hi) that has the property, in order, read in place."""
        at = self.at
        return (at[k] for k in range(bisect_left(at, lo), bisect_left(at, hi)))


LATER_ROUNDS = phrase_table("LATER_ROUNDS")
ROUND_PLANS = sequence(lambda lx: (*(tuple(p.split()) for p in lx.ROUND_PLANS), *((v,) for v in lx.PLAN_VERBS)))
PAST_WORDS = words("PAST_MARKERS")
ROUND_CLAUSE_RE = re.compile(r"[,;:()\u2013\u2014]")  # a mark between the round and what is to come: another clause


def rounds_to_come(text: str, tokens: Sequence[Token]) -> Iterator[tuple[int, int]]:
    """The later rounds of a vote a sentence tells as still to come, as (first token, end token):
    after a word of what is to come in their clause ("the two candidates who will enter the second
    round of voting on April 21"), or with a plan right after them ("the runoff to be held on April
    11", "la segunda vuelta prevista para abril"). A word of the past between ("was") ends the look."""
    rounds = LATER_ROUNDS.tuple()
    for i in range(len(tokens)):
        phrase = phrase_at(tokens, i, rounds)
        if phrase is not None and _told_as_to_come(text, tokens, i, i + len(phrase)):
            yield i, i + len(phrase)


def _told_as_to_come(text: str, tokens: Sequence[Token], first: int, end: int) -> bool:
    for k in range(first - 1, max(-1, first - 1 - current.ROUND_REACH), -1):
        if ROUND_CLAUSE_RE.search(text, tokens[k].end, tokens[k + 1].start) or tokens[k].norm in PAST_WORDS:
            break
        if tokens[k].norm in FUTURE_WORDS:
            return True
    return phrase_at(tokens, end, ROUND_PLANS.tuple()) is not None


def names_a_later_round(statement: str) -> bool:
    """Whether a claim's statement names a later round of a vote ("Lula won 50.90% of the valid
    votes in the second round"), in the article's language or the default one (always loaded): a
    fact sheet in English is read beside Spanish articles."""
    norms = tuple(t.norm for t in tokenize(statement))
    phrases = {tuple(p.split()) for lx in (tables(DEFAULT_LANGUAGE), language()) for p in lx.LATER_ROUNDS}
    return any(norms[i : i + len(p)] == p for p in phrases for i in range(len(norms)))


class Article:
    """What the claims ask of one article, computed once and shared by all claims."""

    def __init__(self, source: Source, layout: Layout, dating: Dating, matcher: Matcher) -> None:
        self.matcher = matcher
        self.source = source
        self.text = text = source.text
        self.layout = layout
        self.dating = dating
        self.scope_year = matcher.scope_year
        self.lines = layout.lines
        # One pass of an automaton over each sentence decides whether it can name any
        # phrase at all; only those are split into words and matched.
        self.hits: dict[int, list[PhraseHit]] = {}
        named: list[Token] = []  # words of the stretches that may hold a misspelt name
        for sentence in layout.sentences:
            folded = fold_for_search(text[sentence.start : sentence.end])
            if may_mention(matcher.phrase_triggers, folded):
                found = [h for h in matcher.index.find(sentence.tokens) if not _names_a_place(sentence.tokens, h)]
                if found:
                    self.hits[sentence.index] = found
            if may_mention(matcher.name_triggers, folded):
                named.extend(sentence.tokens)
        for region in layout.regions:  # captions, bylines, lists: misspellings count there too
            if may_mention(matcher.name_triggers, fold_for_search(text[region.start : region.end])):
                named.extend(tokenize(text, region.start, region.end))
        named.sort(key=lambda t: t.start)
        self.section_hits = {sec.index: matcher.index.find(sec.tokens) for sec in layout.sections}
        self.variants = matcher.variants.find(text, named)
        self._values: dict[int, tuple[list[DateMention], list[QuantityMention]]] = {}
        self._evidence: dict[str, tuple[list[Sentence], set[int]]] = {}  # per claim: asked for by more than one stage
        self._figure_index: dict[int, dict[int, int]] = {}  # per sentence: a figure's start -> its place
        self._attributions: dict[int, str | None] = {}
        self._carried: dict[int, str | None] = {}  # who a "He said" after each sentence would be
        self._memo: dict[Hashable, Any] = {}  # facts of a sentence its values ask for (Article.memo)
        # Which sentences name which claim's topic or exclusion: most claims are absent from
        # any one article, and then cost nothing.
        self.topical: dict[str, list[int]] = {}
        self.excluded: dict[str, set[int]] = {}
        self.elsewhere: dict[str, set[int]] = {}  # sentences about another occurrence ("another collapse")
        self.topic_stems: dict[int, set[tuple[str, ...]]] = {}
        for index, hits in sorted(self.hits.items()):
            sentence = layout.sentences[index]
            for h in hits:
                kind, _, claim_id = h.key.partition(":")
                if kind == "topic":
                    if _market_close(sentence.tokens, h):
                        continue  # "Twitter shares closed at $45.85": the trading day's close
                    self.topic_stems.setdefault(index, set()).add(h.phrase.stems)
                    if _another(sentence.tokens, h.first):
                        self.elsewhere.setdefault(claim_id, set()).add(index)
                    elif not negated(self, sentence, h.first, conditions=not owned(sentence.tokens, h.first)):
                        indices = self.topical.setdefault(claim_id, [])
                        if not indices or indices[-1] != index:
                            indices.append(index)
                elif kind == "exclude":
                    self.excluded.setdefault(claim_id, set()).add(index)
        self.excluded_sections: dict[str, set[int]] = {}
        self.shared_sections: dict[str, set[int]] = {}  # headed by the topic and by what the claim excludes
        for section, hits in self.section_hits.items():
            keys = [h.key.partition(":") for h in hits]
            headed = {claim_id for kind, _, claim_id in keys if kind == "topic"}
            for kind, _, claim_id in keys:
                # "Arévalo wins in Guatemala, and run-off confirmed in Ecuador": a heading that names the
                # topic beside what the claim excludes heads both; its sentences are read one by one
                if kind == "exclude":
                    into = self.shared_sections if claim_id in headed else self.excluded_sections
                    into.setdefault(claim_id, set()).add(section)

    @cached_property
    def line_breaks(self) -> list[int]:
        """Where the text's line breaks ("\\n") stand, in order."""
        return [m.start() for m in re.finditer("\n", self.text)]

    @cached_property
    def round_to_come(self) -> str | None:
        """The words of the first later round of a vote the article tells as still to come ("will
        enter the second round"), if any: the article was written before that round, so its figures
        of the vote are an earlier round's (docs/claims-format.md, What a value is about)."""
        for sentence in self.layout.sentences:
            for first, end in rounds_to_come(self.text, sentence.tokens):
                return self.text[sentence.tokens[first].start : sentence.tokens[end - 1].end]
        return None

    @cached_property
    def names_the_story(self) -> bool:
        """Whether the article is about the story by its names (see StoryNames): named where
        an article says what it is about (the headline, the dateline, the first paragraphs),
        or more than once. A piece on another bridge's collapse that recalls "a bridge in
        Minnesota" once, in passing, is not. A brief of a paragraph or two is taken as it is."""
        names = self.matcher.story_names
        layout = self.layout
        if len(layout.paragraphs) <= OPENING_PARAGRAPHS:
            return True  # a brief or a snippet: too short to be expected to say what it is about
        opening = [layout.headline] if layout.headline else []
        for first, last in layout.paragraphs[:OPENING_PARAGRAPHS]:
            opening.extend(layout.sentences[first:last])
        spans = [(s.start, s.end) for s in opening]
        if layout.dateline:
            spans.append((layout.dateline.start, layout.dateline.end))
        if any(names.count_in(self.text[a:b]) for a, b in spans):
            return True
        return names.count_in(self.text[self.source.body_start :]) >= 2

    @cached_property
    def parties_missing(self) -> tuple[str, ...]:
        """The parties to the story's event (Matcher.parties) the article does not name where it
        says what it is about, nor more than once: the GitHub deal's article names Microsoft
        in its opening and LinkedIn once, in passing."""
        parties = self.matcher.parties
        layout = self.layout
        if not parties or len(layout.paragraphs) <= OPENING_PARAGRAPHS:
            return ()
        opening = [layout.headline] if layout.headline else []
        for first, last in layout.paragraphs[:OPENING_PARAGRAPHS]:
            opening.extend(layout.sentences[first:last])
        text = " ".join(self.text[s.start : s.end] for s in opening)
        body = self.text[self.source.body_start :]
        return tuple(p.shown[0] for p in parties if not p.count_in(text) and p.count_in(body) < 2)

    def names_the_story_at(self, offset: int) -> bool:
        """Whether the paragraph holding `offset` names the story ("The Riverside Bridge cost …")."""
        layout = self.layout
        paragraphs = self.memo(
            "paragraphs", lambda: [(first, last) for first, last in layout.paragraphs if last > first]
        )
        starts = self.memo("paragraph starts", lambda: [layout.sentences[first].start for first, _ in paragraphs])
        k = bisect_right(starts, offset) - 1
        if k < 0:
            return False
        first, last = paragraphs[k]
        if offset >= layout.sentences[last - 1].end:
            return False
        return self.memo(
            ("story named in", k),
            lambda: (
                self.matcher.story_names.count_in(
                    self.text[layout.sentences[first].start : layout.sentences[last - 1].end]
                )
                > 0
            ),
        )

    def another_owner(self, sentence: Sentence, i: int) -> str | None:
        """The name owning the topic's noun at token i, or named as what the owned noun is "of",
        when the fact sheet never uses it: "Yahoo's purchase of blogging site Tumblr", "Google's
        acquisition of Waze", "Facebook's purchase of Instagram" are other deals than
        Facebook's of WhatsApp. None when the noun has no such name, or the story's own."""
        toks = sentence.tokens
        story = self.matcher.story_names
        if not toks[i].text.islower():
            return None
        owner = next(
            (
                k
                for k in (i - 1, i - 2)
                if k >= 0 and toks[k].is_capitalised and toks[k].text.endswith(current.POSSESSIVE_ENDINGS)
            ),
            None,
        )  # "Yahoo's purchase", "Yahoo's $1.1bn purchase"
        if owner is None:
            return None
        names, end = [without_possessive(toks[owner].text)], i
        if i + 1 < len(toks) and toks[i + 1].norm == current.OF:  # "X's purchase of Y": a deal's shape
            for k in range(i + 2, min(len(toks), i + 2 + OWNER_REACH)):
                if toks[k].is_capitalised:
                    names.append(toks[k].text)  # "of blogging site Tumblr"
                    end = k
                    break
                if not toks[k].text.isalpha():
                    break
        if not any(story.stranger(n) for n in names):
            return None
        return self.text[toks[owner].start : toks[end].end]

    def attributed_to(self, sentence: Sentence) -> str | None:
        """Who a sentence is attributed to; "He said" takes the person named just before,
        in the same paragraph or across paragraphs that web text writes one per line.

        Worked out only for sentences that become evidence: from the paragraph's start,
        or the last sentence already worked out, forward to this one.
        """
        sentences = self.layout.sentences
        i = sentence.index
        while i not in self._attributions and i > 0 and self._speaker_carries(sentences[i - 1], sentences[i]):
            i -= 1
        if i in self._attributions:  # resume after the last sentence worked out
            start, previous = i + 1, self._carried[i]
        else:  # from the paragraph's first sentence
            start, previous = i, None
        for s in sentences[start : sentence.index + 1]:
            self._attributions[s.index] = attrib.attribution(self.text, s.tokens, previous)
            previous = self._attributions[s.index] or attrib.last_name(self.text, s.tokens) or previous
            self._carried[s.index] = previous
        return self._attributions[sentence.index]

    def _speaker_carries(self, before: Sentence, sentence: Sentence) -> bool:
        """Whether the person named in `before` may be the "he" of `sentence`: the same
        paragraph, or a paragraph on the very next line (one paragraph per line)."""
        return before.paragraph == sentence.paragraph or (
            sentence.paragraph in self.layout.run_on and before.paragraph == sentence.paragraph - 1
        )

    def other_claims_named(self, sentence: Sentence, claim: Claim) -> list[Claim]:
        """The fact sheet's other claims whose topic the sentence names: a value agreeing with
        one of them is that claim's, not a conflict of this one."""
        named = self.memo(("claims named", sentence.index), lambda: self._claims_named(sentence))
        return [c for c in named if c.id != claim.id]

    def _claims_named(self, sentence: Sentence) -> list[Claim]:
        """The fact sheet's claims whose topic the sentence names, in the fact sheet's order: one
        pass over the sentence's phrases, not one per claim of the fact sheet."""
        keys = {h.key for h in self.hits.get(sentence.index, ())}
        return [c for c in self.matcher.claims.claims if f"topic:{c.id}" in keys]

    def hits_in(self, sentence: Sentence, key: str) -> list[PhraseHit]:
        return self.memo(
            ("hits", sentence.index, key), lambda: [h for h in self.hits.get(sentence.index, ()) if h.key == key]
        )

    def hits_at(self, sentence: Sentence, first: int) -> list[PhraseHit]:
        """The phrases found starting at token `first` of the sentence."""

        def by_first() -> dict[int, list[PhraseHit]]:
            out: dict[int, list[PhraseHit]] = {}
            for h in self.hits.get(sentence.index, ()):
                out.setdefault(h.first, []).append(h)
            return out

        return self.memo(("hits at", sentence.index), by_first).get(first, [])

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """What `compute` gives, worked out once per key: a fact of a whole sentence that each of
        its values asks for (its clauses, where it names a topic) costs one pass, not one per value."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def word_marks(self, sentence: Sentence, table: words[str]) -> Marks:
        """The tokens of a sentence whose normal form is in a table of the lexicon, in order."""

        def marks() -> Marks:
            found = table.set()
            return Marks(t.norm in found for t in sentence.tokens)

        return self.memo(("words", table, sentence.index), marks)

    def tense(self, sentence: Sentence, near: int) -> bool | None:
        """The tense nearest token `near` of the sentence (text.Tenses), worked out once per sentence."""
        return self.memo(("tenses", sentence.index), lambda: Tenses(sentence.tokens)).near(near)

    def marks_at(self, sentence: Sentence, mark: str) -> list[int]:
        """Where a one-character mark stands in the sentence's text, in order."""

        def find() -> list[int]:
            text, out = self.text, []
            at = text.find(mark, sentence.start, sentence.end)
            while at >= 0:
                out.append(at)
                at = text.find(mark, at + 1, sentence.end)
            return out

        return self.memo(("mark", mark, sentence.index), find)

    def stretches(self, sentence: Sentence) -> Stretches:
        return self.memo(("stretches", sentence.index), lambda: Stretches.of(self.text, sentence.tokens))

    def clauses(self, sentence: Sentence) -> Clauses:
        return self.memo(("clauses", sentence.index), lambda: Clauses.of(self.text, sentence.tokens))

    def headline_case(self, sentence: Sentence) -> bool:
        """Whether the sentence capitalises its words as a headline does (title_case)."""
        return self.memo(("title case", sentence.index), lambda: title_case(sentence.tokens))

    def mentions(self, sentence: Sentence) -> list[Mention]:
        return self.memo(("mentions", sentence.index), lambda: self._mentions(sentence))

    def _mentions(self, sentence: Sentence) -> list[Mention]:
        found = [
            Mention(h.key[len("entity:") :], h.first, h.last)
            for h in self.hits.get(sentence.index, ())
            if h.key.startswith("entity:")
        ]
        starts = {t.start: i for i, t in enumerate(sentence.tokens)}
        variant_starts = self.memo("variant starts", lambda: [v.start for v in self.variants])
        for v in self.variants[bisect_left(variant_starts, sentence.start) : bisect_left(variant_starts, sentence.end)]:
            if v.end <= sentence.end and v.start in starts:
                first = starts[v.start]
                found.append(Mention(v.entity, first, first + (v.last - v.first)))
        toks = sentence.tokens
        for m in list(found):
            given = m.first - 2  # "Barry and June Steenkamp": Barry Steenkamp is named too
            if m.last - m.first >= 2 and given >= 0 and toks[m.first - 1].norm in GIVEN_NAME_JOINERS:
                shared = self.matcher.by_given_and_surname.get((toks[given].norm, toks[m.last - 1].norm))
                if shared is not None and shared != m.entity and toks[given].is_capitalised:
                    found.append(Mention(shared, given, given + 1))
            whole = self._with_middle_names(sentence, m)
            if whole is not None:
                found.append(whole)
        # Of overlapping names the longest: "President Park Geun Hye" is Park Geun-hye's full
        # name after a title, not the alias "President Park" and a stray "Geun Hye".
        found.sort(key=lambda m: (-(m.last - m.first), m.first))
        # kept in text order, none overlapping: only the last to start before m.last can overlap m
        out: list[Mention] = []
        for m in found:
            k = bisect_left(out, m.last, key=_FIRST)
            if k == 0 or out[k - 1].last <= m.first:
                out.insert(k, m)
        return out

    def _with_middle_names(self, sentence: Sentence, m: Mention) -> Mention | None:
        """The whole name when a surname the fact sheet knows follows its person's given name,
        with middle names ("Ann Marie Donnelly" for Ann Donnelly, alias Donnelly) or without those
        the fact sheet gives ("Jose Kast" for José Antonio Kast, alias Kast): one person, not
        Donnelly and an unknown "Ann Marie", nor Kast and an unknown "Jose"."""
        toks = sentence.tokens
        surname = toks[m.last - 1].norm
        for given in range(m.first - 1, max(m.first - 2 - MIDDLE_NAMES, -1), -1):
            words = toks[given : m.first]
            if not all(w.is_capitalised for w in words) or any(
                self.text[a.end : b.start] not in (" ", ". ") for a, b in pairwise(toks[given : m.first + 1])
            ):
                return None
            if self.matcher.by_given_and_surname.get((toks[given].norm, surname)) == m.entity:
                return Mention(m.entity, given, m.last)
        return None

    def values(self, sentence: Sentence) -> tuple[list[DateMention], list[QuantityMention]]:
        """Dates and quantities of a sentence: a number inside a date is not a quantity,
        and "2,000 people" is a count, not a year."""
        if sentence.index not in self._values:
            found_dates = dates_mod.find_dates(self.text, sentence.start, sentence.end)
            quantities = find_quantities(self.text, sentence.start, sentence.end, bare_words=True)
            # "2000 metres" is a length, not the year 2000; "8 October 2021" holds no quantity.
            measured = {i for q in quantities if q.unit for i in range(*_overlapping(found_dates, q.start, q.end))}
            found_dates = [d for i, d in enumerate(found_dates) if not (d.precision == "year" and i in measured)]
            quantities = [q for q in quantities if _overlapping(found_dates, q.start, q.end) == (0, 0)]
            self._values[sentence.index] = (found_dates, quantities)
        return self._values[sentence.index]

    def figure_place(self, sentence: Sentence, start: int) -> tuple[list[QuantityMention], int]:
        """A sentence's figures, in text order, and the place of the one starting at `start` (-1 if
        none): its neighbours are then found without a pass over the sentence for each figure."""
        quantities = self.values(sentence)[1]
        index = self._figure_index.get(sentence.index)
        if index is None:
            index = self._figure_index[sentence.index] = {q.start: i for i, q in enumerate(quantities)}
        return quantities, index.get(start, -1)

    def misspellings(self) -> list[Misspelling]:
        out = []
        for v in self.variants:
            line, col = self.lines.position(v.start)
            out.append(Misspelling(self.source.shown, line, col, v.found, v.canonical, v.entity, self.zone_at(v.start)))
        return out

    def zone_at(self, offset: int) -> str:
        regions = self.layout.regions  # in order, none overlapping: only the last to start by `offset` can hold it
        k = bisect_right(regions, offset, key=BY_START) - 1
        if k >= 0 and offset < regions[k].end:
            return regions[k].zone
        h = self.layout.headline
        return "headline" if h and h.start <= offset < h.end else "body"

    def evidence(
        self,
        sentence: Sentence,
        start: int,
        end: int,
        stance: Stance,
        found: Found,
        left: int = 4,
        right: int = 0,
        **fields,
    ) -> Evidence:
        """An evidence item quoting [start, end) with a few words of context from its clause."""
        toks = sentence.tokens
        qs, qe = start, end
        before = bisect_right(toks, start, key=BY_END)  # tokens [0, before) end by `start`
        after = bisect_left(toks, end, key=BY_START)  # tokens [after, …) start at or past `end`
        cursor = start
        for t in reversed(toks[max(0, before - left) : before] if left else ()):
            if CLAUSE_BREAK_RE.search(self.text[t.end : cursor]):
                break
            qs = cursor = t.start
        cursor = end
        for t in toks[after : after + right]:
            if CLAUSE_BREAK_RE.search(self.text[cursor : t.start]):
                break
            qe = cursor = t.end
        line, col = self.lines.position(qs)
        end_line, end_col = self.lines.position(qe)
        context_start, context_end = context(self.text, sentence, qs, qe)
        return Evidence(
            stance,
            sentence.zone,
            qs,
            qe,
            line,
            col,
            end_line,
            end_col,
            self.text[qs:qe],
            found,
            attributed_to=self.attributed_to(sentence),
            context=self.text[context_start:context_end],
            context_start=context_start,
            value_start=start,
            value_end=end,
            **fields,
        )


def _overlapping(dates: list[DateMention], start: int, end: int) -> tuple[int, int]:
    """The dates [lo, hi) that overlap the text [start, end), (0, 0) for none: dates are found
    one after another, never overlapping, so both their starts and their ends are in order."""
    lo = bisect_right(dates, start, key=BY_END)
    hi = bisect_left(dates, end, key=BY_START)
    return (lo, hi) if lo < hi else (0, 0)


CONTEXT_MOST = 4000  # characters of a sentence quoted whole as an evidence's context


def context(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The stretch of text an evidence item gives as its context: its whole sentence, or in a
    sentence longer than CONTEXT_MOST (a table flattened to one line, a transcript without
    stops) the words around the quote, up to CONTEXT_MOST characters. A report repeats the
    context for every item of a sentence, so a whole sentence of 100,000 characters in each
    would make the report grow with the square of the paragraph's length."""
    if sentence.end - sentence.start <= CONTEXT_MOST:
        return sentence.start, sentence.end
    reach = max(0, CONTEXT_MOST - (end - start)) // 2
    low, high = max(sentence.start, start - reach), min(sentence.end, end + reach)
    if low > sentence.start:
        space = text.find(" ", low, start)
        low = space + 1 if space >= 0 else low
    if high < sentence.end:
        space = text.rfind(" ", end, high)
        high = space if space >= 0 else high
    return low, high


def build_automaton(strings: set[str]):
    """An Aho-Corasick automaton over `strings` (pyahocorasick: one pass finds them all)."""
    if not strings:
        return None
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for string in strings:
        automaton.add_word(string, string)
    automaton.make_automaton()
    return automaton


def may_mention(automaton, folded: str) -> bool:
    """Whether text (folded by fold_for_search) may hold one of the automaton's words;
    never a false no."""
    if automaton is None:
        return False
    for _ in automaton.iter(folded):
        return True
    return False


def negated(art: Article, s: Sentence, i: int, conditions: bool = True) -> bool:
    """A word used negated ("not the first"), in a condition, or of what did not happen
    ("would have anchored") is no evidence. `conditions=False` for what a condition or a
    question takes as given ("whether to declare an emergency after Tuesday's earthquake").

    Worked out once per word: each claim naming the sentence's topic asks it of the same figures."""
    key = ("negated", s.index, i, conditions)
    known = art._memo.get(key)
    if known is None:
        known = art._memo[key] = _negated(art, s, i, conditions)
    return known


def _breaks_between(breaks: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether the text between two words holds a clause break; the common gap, one space or
    none, holds none, and is told without a search."""
    if end - start <= 1 and (end == start or text[start] == " "):
        return False
    return breaks.search(text, start, end) is not None


def _negated(art: Article, s: Sentence, i: int, conditions: bool) -> bool:
    text, tokens = art.text, s.tokens
    lx = language()
    breaks, pairs = CLAUSE_BREAK_RE.compiled, NEGATING_PAIRS.set()  # the language's, once
    adjectives = NEGATED_ADJECTIVES.set()
    for k in range(i - 1, max(-1, i - 1 - lx.NEGATED_INFINITIVE_REACH), -1):
        if _breaks_between(breaks, text, tokens[k].end, tokens[k + 1].start):
            break
        pair = (tokens[k - 1].norm, tokens[k].norm) if k else None
        if pair == lx.NEGATED_INFINITIVE:
            return True  # "not to have secured a premeditated murder conviction"
        if k >= i - 3 and (is_negation(tokens[k].norm) or pair in pairs):
            if k > 0 and tokens[k].text[:1].isupper() and tokens[k].norm != tokens[k].text:
                continue  # "the No side won 50.2%": a side's name, not a denial
            if k + 1 < len(tokens) and tokens[k + 1].norm in adjectives:
                continue  # "la cifra no oficial de muertos asciende a 77": the unofficial toll
            return True
    conditionals = CONDITIONALS.set()
    if (
        conditions
        and art.memo(("opens with a condition", s.index), lambda: _opens_with_a_condition(tokens))
        and _clauses_before(art, s, i) <= 1
    ):
        return True  # "If the deal fails, Facebook will pay $1 billion": the main clause is conditioned
    for k in range(
        i - 1, max(-1, i - 1 - lx.CONDITION_REACH * conditions), -1
    ):  # bounded: a clause can be 50,000 words
        if _breaks_between(breaks, text, tokens[k].end, tokens[k + 1].start):
            break
        if tokens[k].norm in conditionals:
            return True
        if tokens[k].norm in CONDITION_PHRASE_ENDS and follows(tokens, k + 1, CONDITION_PHRASES):
            return True  # "in the event that he is acquitted"
    before = tuple(t.norm for t in tokens[max(0, i - 4) : i])  # "would have anchored", "supposed to have fired"
    if not COUNTERFACTUAL_WORDS.set().intersection(before):
        return False  # the common case, decided without trying each phrase
    return any(
        before[k : k + len(c)] == c and all(w in AUXILIARIES for w in before[k + len(c) :])
        for c in COUNTERFACTUALS
        for k in range(len(before) - len(c) + 1)
    )


def _opens_with_a_condition(tokens: Sequence[Token]) -> bool:
    """Whether a sentence opens with a condition ("If the deal fails, …", "En caso de que la
    operación no llegase a buen término, …"): what its main clause says only holds if it holds.
    "Si bien" (although) grants, it sets no condition."""
    opening = tuple(t.norm for t in tokens[:3])
    if any(opening[: len(p)] == p for p in NOT_CONDITION_OPENERS):
        return False
    if tokens and tokens[0].norm in CONDITIONALS:
        return True
    return any(opening[: len(p)] == p for p in CONDITION_OPENERS)


def _clauses_before(art: Article, s: Sentence, i: int) -> int:
    """How many clause breaks stand between a sentence's start and token i: the condition's
    clause and the main clause after it ("…," said Mr. Musk, who built a 9% stake" is past both)."""
    return art.stretches(s).breaks.count(1, min(i, len(s.tokens) - 1) + 1)


PLACE_HEADS = words("PLACE_HEADS")


def _names_a_place(tokens: Sequence[Token], h: PhraseHit) -> bool:
    """Whether a one-word topic hit only qualifies the place noun after it ("the launch pad",
    "the launch site"): the place is named, not the topic's event."""
    return (
        h.key.startswith("topic:")
        and h.last - h.first == 1
        and h.last < len(tokens)
        and tokens[h.last].text.islower()
        and tokens[h.last].norm in PLACE_HEADS
    )


OWNER_REACH = 4  # words after "of" to the name: "of blogging site Tumblr"
OWNED_REACH = 3  # words from a possessive to the noun it owns: "Tuesday's devastating earthquake"


def owned(tokens: Sequence[Token], i: int) -> bool:
    """Whether the noun at token i is owned by a possessive before it ("Tuesday's devastating
    earthquake", "the city's quake"): a thing a condition or a question takes as given ("whether
    to declare an emergency after Tuesday's earthquake"), never what it asks about."""
    for k in range(i - 1, max(-1, i - 1 - OWNED_REACH), -1):
        if tokens[k].text.endswith(("'s", "’s")):
            return True
        if not tokens[k].text.islower():
            return False
    return False


ANOTHER_REACH = 4  # words from "another" to the topic it opens: "another SpaceX crew launch"
OCCURRENCE_GLUE = words(lambda lx: (*lx.FUTURE_MARKERS, *lx.MODAL_LINKS))  # "Another crew will launch"
NOT_IN_A_PHRASE = words(
    lambda lx: (*lx.DETERMINERS, *lx.VALUE_PREPOSITIONS, *lx.LIST_JOINERS, *lx.COPULAS, *lx.POSSESSIVES)
)  # where a phrase opens, going back: "the", "in", "and", "was", "its"


def _another(tokens: Sequence[Token], i: int) -> bool:
    """Whether the topic's word is named as another occurrence of its kind, right after the
    word or past the nouns, names and auxiliaries of its phrase: "Another collapse occurred on
    Saturday", "another SpaceX crew launch as early as next month", "Another SpaceX crew will
    launch". A figure stops it: "another 50 people died" is a part of the toll."""
    for k in range(i - 1, max(-1, i - 1 - ANOTHER_REACH), -1):
        t = tokens[k]
        if tokens[k + 1].start - t.end > 1:
            return False  # a mark between: "on another planet," project manager"
        if t.norm in OTHER_OCCURRENCE_OPENERS or (k == i - 1 and t.norm in OTHER_OCCURRENCE):
            return True
        if not t.text.isalpha() or not (t.is_capitalised or t.text.islower()):
            return False
        if t.text.islower() and (t.norm in NOT_IN_A_PHRASE or is_past_form(t.norm)) and t.norm not in OCCURRENCE_GLUE:
            return False
    return False


@dataclass(frozen=True, slots=True)
class Clauses:
    """The clause of every token: a new one after a comma, semicolon, bracket, quotation mark or
    spaced dash, and at a word that opens a clause ("while", "which", "after" ...); and where each
    clause starts and ends. Worked out once per sentence (Article.clauses): the clause of a value
    is then looked up, not found by a pass over its sentence."""

    ids: tuple[int, ...]
    starts: tuple[int, ...]  # each clause's first token
    ends: tuple[int, ...]  # one past each clause's last token

    @classmethod
    def of(cls, text: str, tokens: Sequence[Token]) -> Clauses:
        ids, clause = [], 0
        breaks, openers = CLAUSE_BREAK_RE.compiled, CLAUSE_OPENERS.set()  # the language's, once
        for i, t in enumerate(tokens):
            if i and (
                (breaks.search(text, tokens[i - 1].end, t.start) and not _joins_digits(tokens[i - 1], t))
                or t.norm in openers
            ):
                clause += 1
            ids.append(clause)
        starts = [i for i, c in enumerate(ids) if i == 0 or c != ids[i - 1]]
        return cls(tuple(ids), tuple(starts), (*starts[1:], len(ids)))

    def span(self, first: int, last: int) -> tuple[int, int]:
        """The tokens of the clause that tokens [first, last) stand in, the marks inside them
        breaking nothing (a value's own "August 5, 2010" or "1,960-mile"): from the clause of the
        first to that of the last."""
        f = min(first, len(self.ids) - 1)
        return self.starts[self.ids[f]], self.ends[self.ids[max(f, min(last, len(self.ids)) - 1)]]


def _joins_digits(a: Token, b: Token) -> bool:
    """Whether the one mark between tokens a and b stands inside a figure, touching a digit on
    either side: the colon of a time of day ("at 11:30 p.m. on Aug. 12"), which ends no clause."""
    return b.start - a.end == 1 and a.text[-1:].isdigit() and b.text[:1].isdigit()


@dataclass(frozen=True, slots=True)
class Stretches:
    """Where a sentence's clauses may break, worked out once per sentence, so that whether the
    stretch between two of its tokens holds a break is a lookup. Gap j is the text between
    token j - 1 and token j."""

    strong: Marks  # gaps holding a strong clause mark (";", a bracket)
    breaks: Marks  # gaps holding a clause break (CLAUSE_BREAK_RE)
    marked: Marks  # tokens that hold a clause mark themselves: the comma of "3,150"
    openers: Marks  # tokens that open a clause
    labels: Marks  # tokens of a label bracketed after a name: "Pedro Castillo (Perú Libre) obtuvo"
    cuts: Marks  # the strong gaps, a label's brackets and inside left out
    bends: Marks  # the breaking gaps, a label's brackets and inside left out

    @classmethod
    def of(cls, text: str, tokens: Sequence[Token]) -> Stretches:
        gaps = [""] + [text[a.end : b.start] for a, b in pairwise(tokens)]
        strong, breaks, openers = STRONG_MARKS.tuple(), CLAUSE_BREAK_RE.compiled, CLAUSE_OPENERS.set()
        labels = _labels(gaps, tokens)
        bare = [_unbracketed(gap) if j in labels or j - 1 in labels else gap for j, gap in enumerate(gaps)]
        return cls(
            Marks(any(mark in gap for mark in strong) for gap in gaps),
            Marks(breaks.search(gap) is not None for gap in gaps),
            Marks(breaks.search(t.text) is not None for t in tokens),
            Marks(t.norm in openers for t in tokens),
            Marks.holding(labels, len(tokens)),
            Marks(any(mark in gap for mark in strong) for gap in bare),
            Marks(breaks.search(gap) is not None for gap in bare),
        )


def _labels(gaps: Sequence[str], tokens: Sequence[Token]) -> set[int]:
    """The tokens of the short labels bracketed right after a name: at most LABEL_WORDS
    capitalised words with no figure, joined by no comma or strong mark ("Celgene Corporation
    (NasdaqGS:CELG)", "Keiko Fujimori (Fuerza Popular)"). A bracket holding a lower-case word (a
    verb, an aside) or a figure ("England (53.4 per cent)") is no label."""
    opening, closing = LABEL_BRACKETS.tuple()
    strong = STRONG_MARKS.tuple()
    out: set[int] = set()
    for i in range(1, len(tokens) - 1):
        if gaps[i].strip() != opening or not tokens[i - 1].is_capitalised:
            continue
        for k in range(i, min(i + LABEL_WORDS, len(tokens) - 1)):
            word = tokens[k]
            if not word.is_capitalised or any(c.isdigit() for c in word.text):
                break
            if gaps[k + 1].lstrip().startswith(closing):
                if gaps[k + 1].strip() in (closing, closing + ","):  # not a dateline's "Morocco (AP) —"
                    out.update(range(i, k + 1))
                break
            if "," in gaps[k + 1] or any(mark in gaps[k + 1] for mark in strong):
                break
    return out


def _unbracketed(gap: str) -> str:
    """A gap at a label's edge or inside it, without the label's brackets and the words' own joiners."""
    opening, closing = LABEL_BRACKETS.tuple()
    if gap.strip() == opening:
        return " "
    if gap.lstrip().startswith(closing):
        return gap.replace(closing, " ", 1)
    return " "  # inside: "NasdaqGS:CELG" holds a colon of the ticker's, no clause mark


def is_question(text: str, sentence: Sentence) -> bool:
    return text[sentence.start : sentence.end].rstrip(" \"'”’)").endswith("?")


def phrase_at(tokens: Sequence[Token], first: int, phrases: Sequence[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The first of the phrases (in their table's order) that starts at token `first`. Only a
    phrase whose first word is the token's is compared whole: this runs at every token of a
    sentence for some tables, and building each phrase's slice of the sentence there cost more."""
    if 0 <= first < len(tokens):
        norm = tokens[first].norm
        return next(
            (
                p
                for p in phrases
                if (not p or p[0] == norm) and tuple(t.norm for t in tokens[first : first + len(p)]) == p
            ),
            None,
        )
    return next((p for p in phrases if tuple(t.norm for t in tokens[first : first + len(p)]) == p), None)


def follows(tokens: Sequence[Token], first: int, phrases: Sequence[tuple[str, ...]]) -> bool:
    """Whether one of the phrases stands right before token `first`."""
    return phrase_before(tokens, first, phrases) is not None


_FIRST, _LAST = attrgetter("first"), attrgetter("last")
BY_START, BY_END = attrgetter("start"), attrgetter("end")  # keys to bisect tokens, dates and figures by


def token_range(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """The tokens [first, last) over the text [start, end), found by bisection (tokens are in text order)."""
    first = bisect_right(tokens, start, key=BY_END)  # the first token ending past `start`
    last = bisect_left(tokens, end, key=BY_START)  # the first token starting at or past `end`
    return first, max(last, first + 1)


def in_quotation(art: Article, sentence: Sentence, offset: int) -> bool:
    """Whether more quotations open than close between the sentence's start and the offset."""
    opened, closed, straight = (bisect_left(art.marks_at(sentence, m), offset) for m in ("“", "”", '"'))
    return opened > closed or straight % 2 == 1


QUOTED_SENTENCE_RE = re.compile(r"[“\"]\s*[A-Z]")


def in_quoted_sentence(art: Article, sentence: Sentence, offset: int) -> bool:
    """Whether the offset lies in a quoted sentence (“As to Count I, … the verdict …”), not in
    words set off by scare quotes (the "first" dialogue): the quotation opens on a capital."""
    if not in_quotation(art, sentence, offset):
        return False
    opening = max(
        at[k - 1] for at in (art.marks_at(sentence, "“"), art.marks_at(sentence, '"')) if (k := bisect_left(at, offset))
    )
    return QUOTED_SENTENCE_RE.match(art.text, opening) is not None


def evidence_sentences(art: Article, claim: Claim) -> tuple[list[Sentence], set[int]]:
    """The sentences that name the topic or carry it on, and the lede's sentences the headline
    alone makes evidence (returned apart: no word of theirs ties a value to the topic)."""
    if claim.id not in art._evidence:
        art._evidence[claim.id] = _evidence_sentences(art, claim)
    return art._evidence[claim.id]


def _evidence_sentences(art: Article, claim: Claim) -> tuple[list[Sentence], set[int]]:
    topical = art.topical.get(claim.id)
    if not topical:
        return [], set()
    sentences = art.layout.sentences
    excluded_sections = art.excluded_sections.get(claim.id, set())
    excluded_sentences = art.excluded.get(claim.id, set()) | (
        art.elsewhere.get(claim.id, set()) - set(topical)
    )  # "Another collapse occurred on Saturday", even in the lead
    dated_claim = isinstance(claim.expect, DateExpect) and claim.expect.precision != "day"

    def usable(s: Sentence) -> bool:
        return (
            s.section not in excluded_sections
            and s.index not in excluded_sentences
            and not _recalls_the_excluded(art, s, excluded_sentences)
            and (dated_claim or not _another_occurrence(art, s, claim))
        )

    chosen: dict[int, Sentence] = {}
    topical_set = set(topical)
    for i in topical:
        s = sentences[i]
        if not usable(s):
            continue
        chosen[i] = s
        j = i + 1  # the sentences that carry it on, up to the next topic or paragraph
        while (
            j < len(sentences)
            and sentences[j].paragraph == s.paragraph
            and s.paragraph >= 0
            and j not in topical_set
            and usable(sentences[j])
            and _continues(art, sentences[j], claim)
        ):
            chosen[j] = sentences[j]
            j += 1
    headline = art.layout.headline
    lede: set[int] = set()
    if headline is not None and headline.index in chosen:
        for p in art.layout.lead:
            first, last = art.layout.paragraphs[p]
            for s in sentences[first:last]:
                if s.section not in excluded_sections and s.index not in excluded_sentences and s.index not in chosen:
                    chosen[s.index] = s
                    lede.add(s.index)
    return [chosen[i] for i in sorted(chosen)], lede


# A sentence opening with a time frame years back is about that time: "Exactly one year earlier,
# Bolt had stunned the world in Beijing", "Two years ago, a ferry sank".
EARLIER_FRAME_RE = pattern(
    lambda lx: (
        r"(?i:(?:"
        + alternation(lx.HEDGES + lx.QUANTIFIERS)
        + r")\s+)?(?i:a|\d+|"
        + alternation(lx.NUMBER_WORDS)
        + r")\s+(?i:years?|decades?)\s+(?i:"
        + alternation(lx.EARLIER_WORDS)
        + r")\s*,"
    )
)


def _recalls_the_excluded(art: Article, s: Sentence, excluded: set[int]) -> bool:
    """Whether a sentence opens by pointing back at an occurrence ("That accident killed 19
    people", "Aquella tragedia dejó 19 muertos") right after a sentence of its paragraph the claim
    excludes ("… the 2015 burst of another dam near Mariana"): it is about that occurrence too."""
    toks = s.tokens
    if s.index - 1 not in excluded or len(toks) < 2:
        return False
    before = art.layout.sentences[s.index - 1]
    return before.paragraph == s.paragraph and toks[0].norm in RECALLING and toks[1].norm in RECALLED


def _another_occurrence(art: Article, s: Sentence, claim: Claim) -> bool:
    """A sentence opening with a time frame outside the scope window ("In 1957, floods …")
    is about another occurrence, unless the claim's own statement names that year ("Comet 67P
    was discovered in 1969 by …": "In 1969, Churyumov and Gerasimenko discovered …"). Claims of
    a year or a month still read it: there the year is the very thing being checked."""
    window = art.matcher.window
    if window is None:
        return False
    if EARLIER_FRAME_RE.match(art.text, s.start, s.end):
        return True  # "A year earlier, …": the story's window is never years long
    m = FRAME_RE.match(art.text, s.start, s.end)
    if not m:
        return False
    low, high = window
    year = int(m.group("year"))
    return not low.year <= year <= high.year and not re.search(rf"\b{year}\b", claim.statement)


def _continues(art: Article, s: Sentence, claim: Claim) -> bool:
    """A sentence that starts "He …", "However, it …" or "The initiative …" and
    names no other topic carries on the previous one; so does one that opens with a noun for
    the person the sentence before named ("The economist …", _an_epithet_for_the_named)."""
    toks = s.tokens
    i = opening(toks)
    if i is None:
        return False
    if toks[i].norm in DEFINITE_ARTICLES and _an_epithet_for_the_named(art, s, i, claim):
        return True  # whatever other topic it names, as "según el Consejo Nacional Electoral", it speaks of the person
    if art.topic_stems.get(s.index, set()) - art.matcher.topic_stems[claim.id]:
        return False
    if toks[i].norm in ANAPHORS or _subjectless(toks[i]):
        return True
    return (
        toks[i].norm in DEFINITE_ARTICLES and i + 1 < len(toks) and toks[i + 1].stem in art.matcher.head_nouns[claim.id]
    )


def _an_epithet_for_the_named(art: Article, s: Sentence, i: int, claim: Claim) -> bool:
    """Whether the sentence opens, at the article at token i, with a noun for a person by role or
    trade (EPITHET_NOUNS, maybe after a few lower-case words) right after a sentence of its
    paragraph that names one person, the claim's topic, and no one else: "… dijo Lasso ante sus
    partidarios. El dirigente de 65 años … obtenía al menos el 52,48%", "… victory of
    President-elect Andres Manuel Lopez Obrador. The leftist candidate won … 53 percent". After a
    sentence naming two people, which one the noun stands for is not told."""
    if s.index == 0 or epithet(art.text, s.tokens, i) is None:
        return False
    before = art.layout.sentences[s.index - 1]
    if before.paragraph != s.paragraph or before.paragraph < 0 or art.mentions(s) or people_in(art, s):
        return False  # "El candidato superó a Eduardo Frei": another name, maybe the one the noun is for
    named = {k for h in art.hits_in(before, f"topic:{claim.id}") for k in range(h.first, h.last)}
    mentions = art.mentions(before)
    if len({m.entity for m in mentions}) != 1 or not named.issuperset(range(mentions[0].first, mentions[0].last)):
        return False  # one entity named, as the topic: "dijo Lasso", not "Noboa beat González"
    return all(named.issuperset(range(p.first, p.last)) for p in people_in(art, before))


def epithet(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """The noun for a person by role or trade (EPITHET_NOUNS) that the article at token i opens,
    maybe after a few lower-case words ("The leftist candidate", "El ahora mandatario electo"); a
    word joined by hyphens is one ("The 65-year-old leader")."""
    seen = 0
    for k in range(i + 1, len(tokens)):
        seen += text[tokens[k - 1].end : tokens[k].start] != "-"  # "65-year-old" is one word
        if seen > EPITHET_REACH or tokens[k].is_capitalised:
            return None  # "The Labour leader": a name before it, whose the noun is
        if tokens[k].norm in EPITHETS:
            return k
    return None


SUBJECTLESS_OPENERS = words("SUBJECTLESS_OPENERS")


def _subjectless(t: Token) -> bool:
    """A verb that opens its sentence with no subject before it ("Ha logrado 2,2 millones de
    votos", "Logró el 59%"): Spanish leaves out the subject the sentence before named."""
    return t.norm in SUBJECTLESS_OPENERS or (len(t.text) > 2 and t.text.endswith(current.WRITTEN_PAST_ENDINGS))


def opening(tokens: Sequence[Token]) -> int | None:
    """The word a sentence opens with once discourse words are passed ("However, it …": "it")."""
    i = 0
    while i < len(tokens) and tokens[i].norm in DISCOURSE:
        i += 1
    return i if i < len(tokens) else None


CLOSING_WORDS = words("CLOSING_WORDS")
SECURITY_WORDS = words("SECURITY_WORDS")
CLOSING_PRICE_WORDS = words("CLOSING_PRICE_WORDS")


def _market_close(tokens: Sequence[Token], h: PhraseHit) -> bool:
    """Whether a one-word "closed" or "closing" topic is the market's close: after a security
    ("shares closed at $45.85") or before a price ("Twitter's closing price on 1 April")."""
    if h.last - h.first != 1 or tokens[h.first].norm not in CLOSING_WORDS:
        return False
    before = tokens[h.first - 1].norm if h.first else ""
    after = tokens[h.last].norm if h.last < len(tokens) else ""
    return before in SECURITY_WORDS or after in CLOSING_PRICE_WORDS


MIDDLE_NAMES = 2  # words between a given name and the surname: "Ann Marie Donnelly", "Scott D. Sheffield"
# Capitalised words before a name that are no given name of someone else: a sentence's opening
# word ("But Osama Rabae, the head of …": Rabae, not "But Osama Rabae").
NOT_GIVEN_NAMES = words(lambda lx: (*lx.DISCOURSE, *lx.SENTENCE_OPENERS))


def person_at(art: Article, s: Sentence, i: int, forward: bool, possessive: bool = False) -> Person | None:
    """The name starting (or ending) at token i, if it is a person's; `possessive` when a name
    owning what follows still names the person ("captain Wes Morgan's header")."""
    toks = s.tokens
    if not (0 <= i < len(toks)) or not toks[i].is_capitalised:
        return None
    owner = toks[i].text.endswith(current.POSSESSIVE_ENDINGS)
    if forward and owner and i + 1 < len(toks) and toks[i + 1].is_capitalised:
        i += 1  # "defeated Russia's Daniil Medvedev": the country owns the name, the name is the person's
    j = i
    step = 1 if forward else -1
    while 0 <= j + step < len(toks):
        a, b = (toks[j], toks[j + step]) if forward else (toks[j + step], toks[j])
        gap = art.text[a.end : b.start]
        nxt = toks[j + step]
        if gap.strip() not in ("", "-", ".") or not (nxt.is_capitalised or nxt.norm in NAME_PARTICLES):
            break
        j += step
    first, last = (i, j + 1) if forward else (j, i + 1)
    while first < last - 1 and not toks[first].is_capitalised:
        first += 1  # a particle opens no name: "la corte de Manhattan" names Manhattan
    while last - 1 > first and not toks[last - 1].is_capitalised:
        last -= 1
    if toks[last - 1].text.endswith(("'s", "’s", "'", "’")) and not possessive:
        return None  # "oversaw Chauvin's prosecution": whose it is, not who holds it
    mentions = art.mentions(s)  # in order, none overlapping: those over [first, last) are found by bisection
    for k in range(bisect_right(mentions, first, key=_LAST), bisect_left(mentions, last, key=_FIRST)):
        m = mentions[k]
        # the name right next to the title ("Calls Chauvin" in a title-case headline is no name)
        # (an alias may take the title in: "King Mohammed VI" after the role word "King")
        if m.first <= i < m.last if forward else m.last == i + 1:
            before = toks[m.first - 1].norm if m.first else ""
            if not forward and first < m.first and not is_country_adjective(before) and before not in NOT_GIVEN_NAMES:
                other = unknown_person(art, s, m.first - 1, m.last)
                if other is not None:
                    return other  # "James Cameron announced he will resign as …": another given name
            return Person(m.entity, art.text[toks[m.first].start : toks[m.last - 1].end], m.first, m.last)
    return unknown_person(art, s, first, last)


def unknown_person(art: Article, s: Sentence, first: int, last: int) -> Person | None:
    """A run of capitalised words that reads as a person's name: no title, institution or
    calendar word, and none of the small words only a title-case headline capitalises."""
    toks = s.tokens
    words = toks[first:last]
    if len(words) < 2 or any(
        w.norm in NOT_NAME_WORDS or w.norm in NOT_IN_NAMES or not w.norm.replace("-", "").isalpha() for w in words
    ):
        return None
    if art.headline_case(s) and art.text[toks[-1].end : toks[-1].end + 1] not in (".", "!", "?"):
        return None  # "Attorney General Calls Chauvin Guilty Verdict": a headline's capitals, not a name
    if len(words[0].text) == 1 and art.text[words[0].end : words[1].start] in current.AFFILIATION_JOINERS:
        return None  # "Rep. James Comer, R-Kentucky": a party and a state
    return Person(None, art.text[words[0].start : words[-1].end], first, last)


def title_case(toks: Sequence[Token]) -> bool:
    """Whether a line capitalises its words as a headline does: most words of four letters or more
    (and, where it is asked, no sentence-closing mark after it)."""
    long = [t for t in toks if len(t.text) >= 4 and t.text.isalpha()]
    return len(long) >= 4 and sum(t.is_capitalised for t in long) >= 0.7 * len(long)


def people_in(art: Article, s: Sentence) -> list[Person]:
    """Everyone a sentence names, in order: the fact sheet's people and unknown names."""
    return art.memo(("people", s.index), lambda: _people_in(art, s))


def _people_in(art: Article, s: Sentence) -> list[Person]:
    toks = s.tokens
    people = [
        Person(m.entity, art.text[toks[m.first].start : toks[m.last - 1].end], m.first, m.last)
        for m in art.mentions(s)
        if m.entity in art.matcher.person_ids
    ]
    taken = {i for p in people for i in range(p.first, p.last)}
    i = 0
    while i < len(toks):
        if toks[i].is_capitalised and i not in taken:
            j = i
            while (
                j + 1 < len(toks)
                and toks[j + 1].is_capitalised
                and j + 1 not in taken
                and art.text[toks[j].end : toks[j + 1].start].strip() in ("", "-", ".")
            ):
                j += 1
            person = unknown_person(art, s, i, j + 1)
            if person:
                people.append(person)
            i = j + 1
        else:
            i += 1
    return sorted(people, key=lambda p: p.first)
