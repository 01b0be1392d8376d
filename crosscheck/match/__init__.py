"""Evidence per (claim, article): the claims compiled once, then each claim
read by the module of its kind.

`topic` finds the sentences about a claim's topic (shared by every kind);
`quantity`, `date`, `term`, `person` and `people` read the values in them.
A new claim kind is a module with an `evidence` function (and `phrases`, if
it needs words of its own found), registered in KINDS.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from ..extract.names import PhraseIndex, VariantFinder
from ..model import Claim, ClaimsFile, Evidence
from ..scope import Dating
from ..scope import window as scope_window
from ..sources import Source
from ..text import Phrase, tokenize, triggers
from ..zones import Layout, Sentence
from . import date, people, person, quantity, term
from .about import ClaimWords, claim_words
from .topic import Article, build_automaton, evidence_sentences

# A lede sentence is evidence because the headline names the topic (docs/claims-format.md, Where
# evidence comes from); a value in it that disagrees may be about whatever the sentence itself is
# about ("Residents of the tower that collapsed were set to pay ..." over "The association
# approved the assessment in April"), so it is a question for the editor, not a conflict.
HEADLINE_ONLY_NOTE = "only the headline names the topic: this sentence may be about something else"


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


class Matcher:
    """The claims compiled once: one phrase index for every topic, exclusion,
    entity, term and role phrase, then evidence per (claim, article)."""

    def __init__(self, claims: ClaimsFile) -> None:
        self.claims = claims
        self.entities = claims.entities
        self.person_ids = claims.person_entities()
        phrases: list[tuple[str, str]] = []
        for eid, entity in claims.entities.items():
            phrases.extend((f"entity:{eid}", name) for name in entity.names)
        self.topic_stems: dict[str, set[tuple[str, ...]]] = {}
        self.head_nouns: dict[str, set[str]] = {}
        self.words: dict[str, ClaimWords] = {}  # what each claim's words say of its figure
        for claim in claims.claims:
            topic = claims.topic_phrases(claim)
            phrases.extend((f"topic:{claim.id}", p) for p in topic)
            phrases.extend((f"exclude:{claim.id}", p) for p in claim.exclude)
            phrases.extend(KINDS[claim.expect.kind].phrases(claim))
            stems = {Phrase.parse(p).stems for p in topic}
            self.topic_stems[claim.id] = {s for s in stems if s}
            self.head_nouns[claim.id] = {s[-1] for s in stems if s}
            self.words[claim.id] = claim_words(claim, self.topic_stems[claim.id])
        not_variants = [n for e in claims.entities.values() for n in e.not_variants]
        self.index = PhraseIndex(phrases, others=not_variants)
        self.variants = VariantFinder(claims.entities.values())
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
        self.phrase_triggers = build_automaton({t for word in first_words for t in triggers(word)})
        self.name_triggers = build_automaton({t for word in name_words for t in triggers(word)})
        self.scope_year = claims.scope.date.year if claims.scope and claims.scope.date else None
        self.window = scope_window(claims.scope)

    def article(self, source: Source, layout: Layout, dating: Dating) -> Article:
        return Article(source, layout, dating, self)

    def evidence(self, art: Article, claim: Claim) -> list[Evidence]:
        sentences, lede = evidence_sentences(art, claim)
        if not sentences:
            return []
        found = KINDS[claim.expect.kind].evidence(art, claim, sentences)
        if not lede:
            return found
        spans = [(s.start, s.end) for s in sentences if s.index in lede]
        return [
            replace(e, stance="unclear", note=e.note or HEADLINE_ONLY_NOTE)
            if e.stance == "conflicts" and any(a <= e.value_start < b for a, b in spans)
            else e
            for e in found
        ]
