"""Names: where entities and claim phrases are mentioned, runs of capitalised
words that may be people, and near-miss spellings of entity names.

Phrases are found in one pass over an article's tokens: a phrase index keyed
by first stem, so the cost grows with the article, not with the number of
claims times the article.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import JaroWinkler

from ..lexicon import en
from ..text import Phrase, Token, tokenize

NAME_PARTICLES = frozenset(en.NAME_PARTICLES)
FUNCTION_WORDS = NAME_PARTICLES | frozenset(en.NAME_FUNCTION_WORDS)
MIN_VARIANT_LETTERS = 4
MIN_SIMILARITY = 0.8


@dataclass(frozen=True, slots=True)
class PhraseHit:
    key: str  # what the phrase stands for (an entity id, or the phrase itself)
    phrase: Phrase
    first: int  # token indexes [first, last)
    last: int


class PhraseIndex:
    """Many phrases, matched together in one scan of a token sequence."""

    def __init__(self, phrases: Iterable[tuple[str, str]]) -> None:
        self._by_first: dict[str, list[tuple[str, Phrase]]] = defaultdict(list)
        seen = set()
        for key, text in phrases:
            phrase = Phrase.parse(text)
            if phrase.stems and (key, phrase.stems, phrase.caps) not in seen:
                seen.add((key, phrase.stems, phrase.caps))
                self._by_first[phrase.stems[0]].append((key, phrase))
        for entries in self._by_first.values():
            entries.sort(key=lambda e: -len(e[1].stems))

    def find(self, tokens: Sequence[Token]) -> list[PhraseHit]:
        hits = []
        for i, tok in enumerate(tokens):
            for key, phrase in self._by_first.get(tok.stem, ()):
                if phrase.matches_at(tokens, i):
                    hits.append(PhraseHit(key, phrase, i, i + len(phrase.stems)))
        return hits


@dataclass(frozen=True, slots=True)
class NameRun:
    """Consecutive capitalised words, such as "Foreign Minister Marcelo Ebrard"."""

    first: int
    last: int  # token indexes [first, last)
    start: int
    end: int


def _joined(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    if gap.strip() == "":
        return "\n" not in gap and "\r" not in gap
    if gap == "-":
        return True
    return gap.startswith(".") and gap[1:].strip() == "" and len(left.text) == 1  # "Antony J. Blinken"


def capitalised_runs(
    text: str, tokens: Sequence[Token], connectors: frozenset[str] = NAME_PARTICLES, min_words: int = 1
) -> list[NameRun]:
    runs = []
    n = len(tokens)
    i = 0
    while i < n:
        if not (tokens[i].is_capitalised and tokens[i].text[0].isalpha()):
            i += 1
            continue
        j = i + 1
        while j < n and _joined(text, tokens[j - 1], tokens[j]):
            if tokens[j].is_capitalised and tokens[j].text[0].isalpha():
                j += 1
            elif (
                tokens[j].text in connectors
                and j + 1 < n
                and _joined(text, tokens[j], tokens[j + 1])
                and tokens[j + 1].is_capitalised
            ):
                j += 2
            else:
                break
        if j - i >= min_words:
            runs.append(NameRun(i, j, tokens[i].start, tokens[j - 1].end))
        i = j
    return runs


@dataclass(frozen=True, slots=True)
class Variant:
    start: int
    end: int
    found: str
    entity: str
    canonical: str
    first: int
    last: int


class VariantFinder:
    """Near-miss spellings of multi-word entity names (claims-format.md, Name variants).

    Compared word by word, so "Jane Smith" is never "John Smith"; accents and
    case are folded first, so "Lopez Obrador" is the same name as "López
    Obrador", not a variant.
    """

    def __init__(self, entities: Iterable) -> None:
        self._names: list[tuple[str, str, tuple[Token, ...]]] = []
        self._exact: set[tuple[str, ...]] = set()
        self._not: set[tuple[str, ...]] = set()
        # A variant differs in one word only, so it shares another word with the name:
        # index names by their words to compare each run with a few names, not all.
        self._by_word: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for entity in entities:
            for name in entity.names:
                toks = tokenize(name)
                self._exact.add(tuple(t.norm for t in toks))
                if len(toks) >= 2:
                    for position, tok in enumerate(toks):
                        for key in {tok.norm, tok.stem}:
                            self._by_word[key].append((len(self._names), position))
                    self._names.append((entity.id, entity.name, toks))
            for name in entity.not_variants:
                self._not.add(tuple(t.norm for t in tokenize(name)))

    def find(self, text: str, tokens: Sequence[Token]) -> list[Variant]:
        if not self._names:
            return []
        found: list[Variant] = []
        taken: set[int] = set()
        by_word = self._by_word
        if not any(t.norm in by_word or t.stem in by_word for t in tokens):
            return []  # no word of any name: no variant of one
        for run in capitalised_runs(text, tokens, FUNCTION_WORDS, min_words=2):
            words = tokens[run.first : run.last]
            candidates = set()
            for i, word in enumerate(words):
                for key in {word.norm, word.stem}:
                    for name_index, position in self._by_word.get(key, ()):
                        offset = i - position
                        if 0 <= offset <= len(words) - len(self._names[name_index][2]):
                            candidates.add((name_index, offset))
            for name_index, off in sorted(candidates):
                eid, canonical, name = self._names[name_index]
                k = len(name)
                window = words[off : off + k]
                if any(run.first + off + x in taken for x in range(k)):
                    continue
                if self._is_variant(window, name):
                    found.append(
                        Variant(
                            window[0].start,
                            window[-1].end,
                            text[window[0].start : window[-1].end],
                            eid,
                            canonical,
                            run.first + off,
                            run.first + off + k,
                        )
                    )
                    taken.update(range(run.first + off, run.first + off + k))
        return found

    def _is_variant(self, window: Sequence[Token], name: Sequence[Token]) -> bool:
        norms = tuple(t.norm for t in window)
        if norms in self._exact or norms in self._not:
            return False
        differing = [(w, n) for w, n in zip(window, name) if w.norm != n.norm and w.stem != n.stem]
        if len(differing) != 1:
            return False
        w, n = differing[0]
        if n.norm in FUNCTION_WORDS or w.norm in FUNCTION_WORDS:
            return False
        if not (w.norm.isalpha() and n.norm.isalpha()) or min(len(w.norm), len(n.norm)) < MIN_VARIANT_LETTERS:
            return False
        if not w.is_capitalised:
            return False
        return JaroWinkler.normalized_similarity(w.norm, n.norm) >= MIN_SIMILARITY
