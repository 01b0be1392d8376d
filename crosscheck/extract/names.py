"""Names: where entities and claim phrases are mentioned, runs of capitalised
words that may be people, and near-miss spellings of entity names.

Phrases are found in one pass over an article's tokens: a phrase index keyed
by first stem, so the cost grows with the article, not with the number of
claims times the article.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import JaroWinkler

from ..lexicon import without_possessive, words
from ..text import Phrase, Token, name_forms, tokenize

NAME_PARTICLES = words("NAME_PARTICLES")
FUNCTION_WORDS = words(lambda lx: (*lx.NAME_PARTICLES, *lx.NAME_FUNCTION_WORDS))
MIN_VARIANT_LETTERS = 4
MIN_SIMILARITY = 0.8
MAX_LENGTH_DIFFERENCE = 2  # letters a misspelt name word may add or drop
NAME_GLUE = "-/"  # what joins the parts of a name without a space: "Paul-Henri", "67P/Churyumov"


@dataclass(frozen=True, slots=True)
class PhraseHit:
    key: str  # what the phrase stands for (an entity id, or the phrase itself)
    phrase: Phrase
    first: int  # token indexes [first, last)
    last: int


ENTITY_KEY = "entity:"  # the key prefix of an entity's names and aliases in a PhraseIndex
EXCLUDE_KEY = "exclude:"  # the key prefix of a claim's exclude phrases


class PhraseIndex:
    """Many phrases, matched together in one scan of a token sequence.

    Entity names and aliases are names: their words written with a capital match as written
    (normalised), never by stem, so the alias "Harris" finds neither "Harri" nor "Harrison".
    They are the phrases keyed `ENTITY_KEY…`, the same texts under any other key (an entity
    in a claim's `about`), and `names`. `others` are names of someone else (an entity's
    `not_variants`, "James Cameron"): a phrase found inside one is not found.
    """

    def __init__(
        self, phrases: Iterable[tuple[str, str]], names: Iterable[str] = (), others: Iterable[str] = ()
    ) -> None:
        phrases = list(phrases)
        name_texts = set(names) | {text for key, text in phrases if key.startswith(ENTITY_KEY)}
        self._by_first: dict[str, list[tuple[str, Phrase]]] = defaultdict(list)
        seen = set()
        for key, text in phrases:
            phrase = Phrase.parse(text, name=text in name_texts)
            if phrase.stems and (key, phrase.stems, phrase.caps, phrase.forms) not in seen:
                seen.add((key, phrase.stems, phrase.caps, phrase.forms))
                for first in phrase.first_stems():
                    self._by_first[first].append((key, phrase))
        for entries in self._by_first.values():
            entries.sort(key=lambda e: -len(e[1].stems))
        self._others: dict[str, list[Phrase]] = defaultdict(list)
        for text in others:
            phrase = Phrase.parse(text, name=True)
            for first in phrase.first_stems():
                self._others[first].append(phrase)

    def find(self, tokens: Sequence[Token]) -> list[PhraseHit]:
        hits = []
        for i, tok in enumerate(tokens):
            for key, phrase in self._by_first.get(tok.stem, ()):
                if phrase.matches_at(tokens, i):
                    hits.append(PhraseHit(key, phrase, i, i + len(phrase.stems)))
        if hits and self._others:
            spans = [
                (i, i + len(p.stems))
                for i, tok in enumerate(tokens)
                for p in self._others.get(tok.stem, ())
                if p.matches_at(tokens, i)
            ]
            # only what lies inside someone else's longer name: "June Steenkamp", another's
            # not_variant, is still June Steenkamp's own full name; and a phrase that excludes
            # ("Skilling", inside "Jeffrey Skilling") is found wherever it stands
            by_start: dict[int, list[int]] = {}  # where each name starts -> where it ends
            for a, b in spans:
                by_start.setdefault(a, []).append(b)
            longest = max(b - a for a, b in spans) if spans else 0
            hits = [
                h
                for h in hits
                if h.key.startswith(EXCLUDE_KEY)
                or not any(
                    h.last <= b and (a, b) != (h.first, h.last)
                    for a in range(h.first - longest + 1, h.first + 1)
                    for b in by_start.get(a, ())
                )
            ]
        return hits


@dataclass(frozen=True, slots=True)
class NameRun:
    """Consecutive capitalised words, such as "Foreign Minister Marcelo Ebrard"."""

    first: int
    last: int  # token indexes [first, last)
    start: int
    end: int


def _joined(text: str, left: Token, right: Token, glue: str = "-") -> bool:
    gap = text[left.end : right.start]
    if gap.strip() == "":
        return "\n" not in gap and "\r" not in gap
    if len(gap) == 1 and gap in glue:  # "Paul-Henri"; "67P/Churyumov" where glue allows "/"
        return True
    return gap.startswith(".") and gap[1:].strip() == "" and len(left.text) == 1  # "Antony J. Blinken"


def capitalised_runs(
    text: str,
    tokens: Sequence[Token],
    connectors: Collection[str] = NAME_PARTICLES,
    min_words: int = 1,
    numbers: bool = False,
    glue: str = "-",
) -> list[NameRun]:
    """Runs of capitalised words joined by spaces (never a line break) or a hyphen ("glue"),
    with small `connectors` inside ("López de la Cruz"); with `numbers`, figures inside or
    before a name are words of it ("Comet 67P", "Apollo 11")."""

    def word(tok: Token) -> bool:
        text = tok.text  # is_capitalised read in place: this runs on every word of an article
        return (text[:1].isupper() and text[0].isalpha()) or (numbers and text[0].isdigit())

    runs = []
    n = len(tokens)
    i = 0
    while i < n:
        if not word(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < n and _joined(text, tokens[j - 1], tokens[j], glue):
            if word(tokens[j]):
                j += 1
            elif (
                tokens[j].text in connectors
                and j + 1 < n
                and _joined(text, tokens[j], tokens[j + 1], glue)
                and tokens[j + 1].is_capitalised
            ):
                j += 2
            else:
                break
        if j - i >= min_words and any(tokens[k].text[0].isalpha() for k in range(i, j)):
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

    Compared word by word, on words as written (normalised, never by stem), so "Jane Smith"
    is never "John Smith" and "Jayden Harri" is a misspelling of "Jayden Harris"; accents,
    case and transliteration are folded first, so "Lopez Obrador" is the same name as
    "López Obrador" and "Lech Walesa" as "Lech Wałęsa", not variants. The parts of a
    hyphenated name are words ("Paul-Henry" for "Paul-Henri"), and so are figures in a name
    ("67P/Churyumov-Gerasimenco"). A variant is reported as written in full: the entity's
    longest name it misspells. The opening words of a longer name are spelt right ("Social
    Democratic candidate", of "Social Democratic Party"): never a variant of a shorter alias
    ("Social Democrats").
    """

    def __init__(self, entities: Iterable) -> None:
        # Per name: entity id, canonical name, its words and each word's spellings.
        self._names: list[tuple[str, str, tuple[Token, ...], tuple[frozenset[str], ...]]] = []
        self._exact: set[tuple[str, ...]] = set()
        self._not: set[tuple[str, ...]] = set()
        # A variant differs in one word only, so it shares another word with the name:
        # index names by their words to compare each run with a few names, not all.
        self._by_word: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for entity in entities:
            for name in entity.names:
                toks = tokenize(name)
                norms = tuple(t.norm for t in toks)
                self._exact.add(norms)
                self._exact.update(norms[:k] for k in range(2, len(norms)))  # "Social Democratic" (Party)
                if len(toks) >= 2:
                    for position, tok in enumerate(toks):
                        for key in {tok.norm, tok.stem}:
                            self._by_word[key].append((len(self._names), position))
                    forms = tuple(name_forms(t.text) for t in toks)
                    self._names.append((entity.id, entity.name, toks, forms))
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
        for run in capitalised_runs(text, tokens, FUNCTION_WORDS, min_words=2, numbers=True, glue=NAME_GLUE):
            words = tokens[run.first : run.last]
            candidates = set()
            for i, word in enumerate(words):
                for key in {word.norm, word.stem}:
                    for name_index, position in self._by_word.get(key, ()):
                        offset = i - position
                        if 0 <= offset <= len(words) - len(self._names[name_index][2]):
                            candidates.add((name_index, offset))
            # The longest name first, so a variant is the whole name as written.
            for name_index, off in sorted(candidates, key=lambda c: (-len(self._names[c[0]][2]), c[1], c[0])):
                eid, canonical, name, forms = self._names[name_index]
                k = len(name)
                window = words[off : off + k]
                if any(run.first + off + x in taken for x in range(k)):
                    continue
                if self._is_variant(window, name, forms):
                    # "Armand Duplanti's": the name as written, without its possessive
                    end = window[-1].start + len(without_possessive(window[-1].text))
                    found.append(
                        Variant(
                            window[0].start,
                            end,
                            text[window[0].start : end],
                            eid,
                            canonical,
                            run.first + off,
                            run.first + off + k,
                        )
                    )
                    taken.update(range(run.first + off, run.first + off + k))
        found.sort(key=lambda v: v.start)
        return found

    def _is_variant(self, window: Sequence[Token], name: Sequence[Token], forms: Sequence[frozenset[str]]) -> bool:
        norms = tuple(t.norm for t in window)
        if norms in self._exact or norms in self._not:
            return False
        differing = [(w, n) for w, n, f in zip(window, name, forms) if w.norm not in f]
        if len(differing) != 1:
            return False
        w, n = differing[0]
        if n.norm in FUNCTION_WORDS or w.norm in FUNCTION_WORDS:
            return False
        if not (w.norm.isalpha() and n.norm.isalpha()) or min(len(w.norm), len(n.norm)) < MIN_VARIANT_LETTERS:
            return False
        if not w.is_capitalised:
            return False
        # Jaro-Winkler rewards a shared beginning: a word that only goes on longer
        # ("Holdingspublished", "Chamberlain" for "Chambers") is another word, not a slip.
        if abs(len(w.norm) - len(n.norm)) > MAX_LENGTH_DIFFERENCE:
            return False
        return JaroWinkler.normalized_similarity(w.norm, n.norm) >= MIN_SIMILARITY
