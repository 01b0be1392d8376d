"""Evidence per (claim, article): the claims compiled once, then each claim
read by the module of its kind.

`topic` finds the sentences about a claim's topic (shared by every kind);
`quantity`, `date`, `term`, `person` and `people` read the values in them.
A new claim kind is a module with an `evidence` function (and `phrases`, if
it needs words of its own found), registered in KINDS.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from operator import itemgetter
from types import ModuleType
from typing import Any

from ..extract.names import PhraseIndex, VariantFinder
from ..lexicon import alternation, current, per_language, without_possessive, words
from ..model import Claim, ClaimsFile, Evidence, PersonExpect
from ..scope import Dating
from ..scope import window as scope_window
from ..sources import Source
from ..text import Phrase, Token, fold_for_search, tokenize, triggers
from ..zones import Layout, Sentence
from . import date, people, person, quantity, term
from .about import BRACKETED_RE, ClaimWords, claim_words
from .person import claim_role_owner
from .topic import Article, build_automaton, evidence_sentences

# A lede sentence is evidence because the headline names the topic (docs/claims-format.md, Where
# evidence comes from); a value in it that disagrees may be about whatever the sentence itself is
# about ("Residents of the tower that collapsed were set to pay ..." over "The association
# approved the assessment in April"), so it is a question for the editor, not a conflict.
EXCLUDED_HEADLINE_NOTE = "the headline names what the claim excludes: the article may be about that occasion"
HEADLINE_ONLY_NOTE = "only the headline names the topic: this sentence may be about something else"
ROUND_TO_COME_NOTE = "the article tells the '{}' as still to come: its figures of the vote may be an earlier round's"
SHARED_SECTION_NOTE = "the section's heading also names what the claim excludes: this may be about that"


# Coverage of a similar event (another bridge collapse, another mine, another trial) reads like
# the story's own: an article that never names the story's place or people may be about another
# occurrence, so what disagrees in it is a question, not a conflict.
NOT_STORY_NAMES = words(
    lambda lx: (
        *lx.GENERIC_NAME_WORDS,
        *lx.MONTH_NAMES,
        *lx.WEEKDAY_NAMES,
        *(w for title in lx.TITLES for w in title.split()),
        *lx.TITLE_QUALIFIERS,
        *lx.HONORIFICS,
        *lx.INSTITUTION_WORDS,
        *lx.ROLE_QUALIFIERS,
    )
)
STORY_NOTE = "the article never names the story's places or people ({}): it may be about another event"
PARTIES_NOTE = "the article's opening never names {}, a party to the story's event: it may be about another event"


@dataclass(frozen=True, slots=True)
class StoryNames:
    """The names that tell an article is about this story: the capitalised words of the
    scope's event, the entities' names and the claims' statements, folded as article text is
    for searching."""

    pattern: re.Pattern[str] | None
    shown: tuple[str, ...]

    def count_in(self, text: str, most: int = 2) -> int:
        """How many times the text names the story (up to `most`); `most` when there are no names to look for."""
        if self.pattern is None:
            return most
        return sum(1 for _ in zip(range(most), self.pattern.finditer(fold_for_search(text))))

    def stranger(self, name: str) -> bool:
        """Whether a name is one the fact sheet never uses ("Bangladesh", "Sequoia Capital",
        "Yahoo"); never, when there are no names to compare with."""
        return self.pattern is not None and not self.count_in(name, 1)


def _fact_sheet(claims: ClaimsFile) -> list[Token]:
    """Every word the editor wrote about the story: the scope's event, the claims' statements and
    topic phrases ("New Zealand's Prime Minister is John Key")."""
    texts = [claims.scope.event] if claims.scope and claims.scope.event else []
    texts += [p for c in claims.claims for p in (c.statement, *c.about)]
    return [t for text in texts for t in tokenize(text)]


def _story_names(claims: ClaimsFile, said: list[Token]) -> StoryNames:
    words = [t.text for t in said]
    words.extend(t.text for entity in claims.entities.values() for name in entity.names for t in tokenize(name))
    lower = {w for w in words if w.islower()}  # written in lower case too: "Collapse of the bridge", "the collapse"
    bare = (without_possessive(w) for w in words)  # "New Zealand's Prime Minister"
    shown = tuple(dict.fromkeys(w for w in bare if _tells_the_story(w) and w.lower() not in lower))
    if not shown:
        return StoryNames(None, ())
    folded = sorted({fold_for_search(w).strip() for w in shown}, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in folded if w) + r")(?![\w])")
    return StoryNames(pattern, shown)


def _parties(claims: ClaimsFile) -> tuple[StoryNames, ...]:
    """The entities the scope's event names ("Microsoft's acquisition of LinkedIn"): with two or
    more, an article that names only some of them where it says what it is about may be on
    another event of one of them (Microsoft buying GitHub)."""
    event = claims.scope.event if claims.scope and claims.scope.event else ""
    event = fold_for_search(BRACKETED_RE.sub(" ", event))  # "(ESA Rosetta mission)": context, no party
    event = _places_said(event)
    found = []
    for entity in claims.entities.values():
        names = [fold_for_search(n).strip() for n in entity.names]
        if any(_party_re(n).search(event) for n in names if n):
            pattern = re.compile(
                r"(?<![\w])(?:"
                + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n)
                + r")(?![\w])"
            )
            found.append(StoryNames(pattern, (entity.name,)))
    return tuple(found) if len(found) >= 2 else ()


def _places_said(event: str) -> str:
    """The event's words without a "between X and Y" that says where, after a noun that is no
    encounter ("the Line 12 overpass of the Metro between Tezonco and Olivos"), up to the next
    comma: the summit's or the talks' "between" still names their parties."""
    between = alternation(current.BETWEEN_WORDS)
    encounters = alternation(tuple(fold_for_search(n).strip() for n in current.ENCOUNTER_NOUNS))
    # an encounter's noun may be two words ("segunda vuelta"), not only the word before "between"
    span = re.compile(rf"(?<![\w-])((?:{encounters})\s+)?(?:{between})\s+[^,;]*")
    return span.sub(lambda m: m[0] if m[1] else " ", event)


def _party_re(name: str) -> re.Pattern[str]:
    """A name in an event's words as a party to it: opening them, owning the event ("Microsoft's
    acquisition") or after a word that names a party ("of LinkedIn", "between X and Y"); not a
    place or a thing it happened on ("touchdown on comet 67P")."""
    bound = r"(?![\w/-])"
    return re.compile(
        rf"(?:^\s*|(?<![\w/-])(?:{alternation(current.PARTY_OPENERS)})\s+){re.escape(name)}{bound}|(?<![\w/-]){re.escape(name)}['’]s\b"
    )


def _tells_the_story(word: str) -> bool:
    return word[:1].isupper() and len(word) > 2 and word.lower() not in NOT_STORY_NAMES


def _no_phrases(claim: Claim) -> Iterable[tuple[str, str]]:
    return ()


@dataclass(frozen=True)
class Kind:
    """How one kind of claim is read: its values in the topic's sentences, and
    the words of its own (keyed "<key>:<claim id>") that the phrase index must find."""

    evidence: Callable[[Article, Claim, list[Sentence]], list[Evidence]]
    phrases: Callable[[Claim], Iterable[tuple[str, str]]] = _no_phrases


KINDS: dict[str, Kind] = {
    "quantity": Kind(quantity.evidence),
    "date": Kind(date.evidence),
    "term": Kind(term.evidence, term.phrases),
    "person": Kind(person.evidence, person.phrases),
    "people": Kind(people.evidence),
}


@dataclass(frozen=True)
class Reading:
    """What the claims' words are in one language: their stems (a phrase matches with the
    inflections of the article's language) and what each claim's words say of its figure."""

    index: PhraseIndex
    topic_stems: dict[str, set[tuple[str, ...]]]
    head_nouns: dict[str, set[str]]
    words: dict[str, ClaimWords]  # what each claim's words say of its figure
    role_owner: dict[str, str | None]  # "LinkedIn's chief executive": LinkedIn
    phrase_triggers: Any  # pyahocorasick's automaton (untyped), None with nothing to find
    name_triggers: Any
    story_words: frozenset[str]  # "the referendum turnout" names the story's own
    stated_others: dict[str, frozenset[tuple[str, ...]]]  # a people claim's statement names these others


class Matcher:
    """The claims compiled once: one phrase index for every topic, exclusion,
    entity, term and role phrase, then evidence per (claim, article). What depends on the
    article's language (stems, the lexicon's words) is compiled once per language, on first use."""

    def __init__(self, claims: ClaimsFile) -> None:
        self.claims = claims
        self.entities = claims.entities
        # "Barry and June Steenkamp": a given name joined to another's full name shares its surname.
        self.by_given_and_surname = {
            (words[0].norm, words[-1].norm): eid
            for eid, entity in claims.entities.items()
            if len(words := tokenize(entity.name)) >= 2
        }
        self.person_ids = claims.person_entities()
        self.variants = VariantFinder(claims.entities.values())
        said = _fact_sheet(claims)
        self.story_names = _story_names(claims, said)
        self.parties = _parties(claims)
        self.scope_year = claims.scope.date.year if claims.scope and claims.scope.date else None
        self.window = scope_window(claims.scope)
        self._reading = per_language(self._read)

    def _read(self, lx: ModuleType) -> Reading:
        claims = self.claims
        phrases: list[tuple[str, str]] = []
        for eid, entity in claims.entities.items():
            phrases.extend((f"entity:{eid}", name) for name in entity.names)
        topic_stems: dict[str, set[tuple[str, ...]]] = {}
        head_nouns: dict[str, set[str]] = {}
        said: dict[str, ClaimWords] = {}
        role_owner: dict[str, str | None] = {}
        for claim in claims.claims:
            topic = claims.topic_phrases(claim)
            phrases.extend((f"topic:{claim.id}", p) for p in topic)
            phrases.extend((f"exclude:{claim.id}", p) for p in claim.exclude)
            phrases.extend(KINDS[claim.expect.kind].phrases(claim))
            stems = {Phrase.parse(p).stems for p in topic}
            topic_stems[claim.id] = {s for s in stems if s}
            head_nouns[claim.id] = {s[-1] for s in stems if s}
            if isinstance(claim.expect, PersonExpect) and claim.expect.role:
                role_owner[claim.id] = claim_role_owner(claim.statement, claim.expect.role)
            event = claims.scope.event if claims.scope else None
            said[claim.id] = claim_words(claim, topic_stems[claim.id], claims.entities, event)
        not_variants = [n for e in claims.entities.values() for n in e.not_variants]
        # A phrase starts with its first word; a misspelt name keeps all its words but one.
        # Words as written, so a name's every spelling counts ("Utøya": utoya and utoeya).
        first_words = {tokenize(text)[0].text for _, text in phrases if tokenize(text)}
        name_words = {
            t.text
            for entity in claims.entities.values()
            for name in entity.names
            for t in tokenize(name)
            if len(tokenize(name)) >= 2
        }
        return Reading(
            PhraseIndex(phrases, others=not_variants),
            topic_stems,
            head_nouns,
            said,
            role_owner,
            build_automaton({t for word in first_words for t in triggers(word)}),
            build_automaton({t for word in name_words for t in triggers(word)}),
            frozenset(t.stem for t in _fact_sheet(claims)),
            {c.id: people.stated_others(c, claims.entities, said[c.id].stated_names) for c in claims.claims},
        )

    @property
    def index(self) -> PhraseIndex:
        return self._reading().index

    @property
    def topic_stems(self) -> dict[str, set[tuple[str, ...]]]:
        return self._reading().topic_stems

    @property
    def head_nouns(self) -> dict[str, set[str]]:
        return self._reading().head_nouns

    @property
    def words(self) -> dict[str, ClaimWords]:
        return self._reading().words

    @property
    def role_owner(self) -> dict[str, str | None]:
        return self._reading().role_owner

    @property
    def phrase_triggers(self) -> Any:
        return self._reading().phrase_triggers

    @property
    def name_triggers(self) -> Any:
        return self._reading().name_triggers

    @property
    def story_words(self) -> frozenset[str]:
        return self._reading().story_words

    @property
    def stated_others(self) -> dict[str, frozenset[tuple[str, ...]]]:
        return self._reading().stated_others

    def article(self, source: Source, layout: Layout, dating: Dating) -> Article:
        return Article(source, layout, dating, self)

    def evidence(self, art: Article, claim: Claim) -> list[Evidence]:
        sentences, lede = evidence_sentences(art, claim)
        if not sentences:
            return []
        found = KINDS[claim.expect.kind].evidence(art, claim, sentences)
        lede_spans = [(s.start, s.end) for s in sentences if s.index in lede]
        shared = art.shared_sections.get(claim.id, set())
        shared_spans = [(s.start, s.end) for s in sentences if s.section in shared]
        return [
            self._question(art, claim, e, lede_spans, shared_spans) if e.stance == "conflicts" else e for e in found
        ]

    def _question(
        self,
        art: Article,
        claim: Claim,
        e: Evidence,
        lede_spans: list[tuple[int, int]],
        shared_spans: list[tuple[int, int]],
    ) -> Evidence:
        """A conflict the words do not tie to this story's topic, said as a question (unclear)."""
        headline = art.layout.headline
        if headline is not None and headline.index in art.excluded.get(claim.id, ()):
            # "Massa wins Argentina's first round" over an article whose sentences never say so again
            return replace(e, stance="unclear", note=EXCLUDED_HEADLINE_NOTE)
        if self.words[claim.id].later_round and art.round_to_come is not None:
            # "the two candidates who will enter the second round of voting on April 21": not the run-off's result
            return replace(e, stance="unclear", note=ROUND_TO_COME_NOTE.format(art.round_to_come))
        if _within(shared_spans, e.value_start):
            # "Arévalo wins in Guatemala, and run-off confirmed in Ecuador" over the section
            return replace(e, stance="unclear", note=SHARED_SECTION_NOTE)
        if not art.names_the_story and not art.names_the_story_at(e.value_start):
            return replace(e, stance="unclear", note=STORY_NOTE.format(", ".join(self.story_names.shown)))
        missing = art.parties_missing
        if missing:
            return replace(e, stance="unclear", note=PARTIES_NOTE.format(", ".join(missing)))
        if _within(lede_spans, e.value_start):
            return replace(e, stance="unclear", note=e.note or HEADLINE_ONLY_NOTE)
        return e


def _within(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether an offset falls in one of the spans (in order, none overlapping)."""
    k = bisect_right(spans, offset, key=itemgetter(0)) - 1
    return k >= 0 and offset < spans[k][1]
