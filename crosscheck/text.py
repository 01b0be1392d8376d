"""Words, their normal forms and their places in the file as stored.

Every later stage works on tokens that keep their character offsets into the
decoded text, so that evidence can always be quoted and located exactly,
whatever normalisation matching needed.
"""

from __future__ import annotations

import bisect
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import NamedTuple

import snowballstemmer

from .lexicon import current, en, per_language, table, words
from .lexicon import language as _reading_language

# An abbreviation such as "U.S." is one token, so that "U.S." and "US" are the
# same word; a number keeps its separators; a word keeps inner apostrophes.
_TOKEN_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}"  # U.S. / U.K. / e.g.
    r"|\d+(?:[.,]\d+)*"
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*"
)
_POSSESSIVE_RE = re.compile(r"['’]s?$")

# Irregular verb forms the stemmer cannot relate to their base: "rebuilt" is
# an inflection of "rebuild" as "revived" is of "revive".
_IRREGULAR = table(lambda lx: {form: base for base, forms in lx.IRREGULAR_VERBS.items() for form in forms.split()})


class Token(NamedTuple):
    """One word, where it stands, and its normal and stemmed forms.

    A named tuple rather than a frozen dataclass: an archive has millions of
    words, and tuples are several times cheaper to create.
    """

    start: int
    end: int
    text: str
    norm: str
    stem: str

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_upper(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")


def _transliterate(m: re.Match[str]) -> str:
    from anyascii import anyascii  # imported when a first non-ASCII word is met: ~10 ms of start-up

    text = m.group()
    ascii_text = anyascii(text)
    if ascii_text or not text.strip():
        return ascii_text
    decomposed = unicodedata.normalize("NFKD", text)  # a script anyascii does not know: keep its letters
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Case- and accent-free form, transliterated: "López" and "lopez", "Wałęsa" and
    "walesa", "Ørsted" and "orsted" compare equal.

    anyascii does the transliteration (one spelling per letter, as English copy most often
    writes it); it runs only on the non-ASCII stretches, since this runs on every word."""
    if text.isascii():
        return text.lower()
    return _NON_ASCII_RE.sub(_transliterate, text.casefold()).lower()


@lru_cache(maxsize=65536)
def normalise_word(word: str) -> str:
    folded = fold(word).replace(".", "")
    folded = _POSSESSIVE_RE.sub("", folded) if len(folded) > 2 else folded
    return folded.replace("’", "'")


_SECOND = en.SECOND_TRANSLITERATIONS  # names are names in every language: spelt as English copy spells them


def is_name_word(word: str) -> bool:
    """A word written with a capital ("Harris", "McCain", "AMLO"): a name word in a claims file."""
    return any(c.isupper() for c in word)


@lru_cache(maxsize=4096)
def name_forms(word: str) -> frozenset[str]:
    """The normal forms a name word written so has in articles: its own ("Harris": harris, never
    "harri" or "harrison"), and for a letter English copy writes two ways, both spellings
    ("Utøya": utoya and utoeya; "Ærø": aero and aeroe)."""
    norm = normalise_word(word)
    lowered = unicodedata.normalize("NFC", word.casefold())
    if not any(c in _SECOND for c in lowered):
        return frozenset((norm,))
    return frozenset((norm, normalise_word("".join(_SECOND.get(c, c) for c in lowered))))


def is_past_form(norm: str) -> bool:
    """ "scrambled", "found", "built": a past form, by its "-ed" ending (not "red", "bed") or as
    an irregular verb's."""
    return (len(norm) > 3 and norm.endswith(current.PAST_ENDINGS)) or is_irregular_past(norm)


FUTURE_WORDS = words(lambda lx: (m for m in lx.FUTURE_MARKERS if not m.startswith("'")))  # "will", not "'ll"
_FUTURE_ENDINGS = per_language(lambda lx: tuple(m for m in lx.FUTURE_MARKERS if m.startswith("'")))  # "they'll"
_PAST = words("PAST_MARKERS")
_SPEECH = words("SPEECH_VERBS")
_PERFECT = words("PERFECT_AUXILIARIES")
_PERFECT_PARTICIPLES = per_language(lambda lx: tuple(lx.PERFECT_PARTICIPLE_ENDINGS))
_AUXILIARY_BEFORE_PARTICIPLE = words("AUXILIARIES_BEFORE_PARTICIPLE")
# a past form after one of these is an adjective: "the designated landing site", "its revised toll"
_NOT_BEFORE_A_VERB = words(lambda lx: (*lx.DETERMINERS, *lx.POSSESSIVES))


def is_finite_past(t: Token) -> bool:
    """A verb in the past tense written in lower case: "scrambled", "found", "anunció" (an ending
    only the word as written shows: its accent is gone from the normal form)."""
    return t.text[:1].islower() and (is_past_form(t.norm) or t.text.endswith(current.WRITTEN_PAST_ENDINGS))


class Tenses:
    """Whether a sentence speaks of what is to come ("will meet on Friday": True) or of what
    happened ("struck on Tuesday": False), as the tense nearest to a token says: in "The toll
    in the collapse Wednesday has climbed to seven, an official said, adding that he expected the
    toll to rise" the date's clause reports, and the plan is another clause's. A speech verb
    shows the tense of what is told, not its own, unless `tellings` asks when things were said:
    "On February 11, 2020, his lawyer stated that he would appeal" was said on a past day. None
    when no word shows a tense.

    The words that show a tense are found in one pass; the one nearest each date of the
    sentence is then found by bisection, not by a pass over the sentence for each date."""

    def __init__(self, tokens: Sequence[Token], tellings: bool = False) -> None:
        self.tokens, self.tellings = tokens, tellings
        shown = [(i, future) for i in range(len(tokens)) if (future := self._shown(i)) is not None]
        self.at = [i for i, _ in shown]
        self.future = [future for _, future in shown]

    def _told(self, i: int) -> bool:
        """Whether token i is a speech verb, which shows the tense of what is told, not its own."""
        t = self.tokens[i]
        return t.norm in _SPEECH.set() and not (self.tellings and is_finite_past(t))

    def _shown(self, i: int) -> bool | None:
        """The tense token i shows by itself and its neighbours: True for what is to come, False
        for what happened, None for none."""
        tokens = self.tokens
        t = tokens[i]
        if self._told(i):
            return None  # "officials said": the telling, not the tense of what is told
        before = tokens[i - 1].norm if i else ""
        after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
        if t.norm in FUTURE_WORDS.set() or t.norm.endswith(_FUTURE_ENDINGS()):
            return True
        if t.norm in _PAST.set() or (
            is_finite_past(t)
            and (before in _PERFECT or before not in _AUXILIARY_BEFORE_PARTICIPLE)
            and before not in _NOT_BEFORE_A_VERB
            and after != current.AGENT_WORD
        ):
            return False  # a finite past verb or a perfect ("has climbed"), not "is opened" nor "led by"
        if before in _PERFECT and t.norm.endswith(_PERFECT_PARTICIPLES()):
            return False  # "ha completado este jueves": a perfect the past endings do not show
        return None

    def near(self, near: int) -> bool | None:
        """The tense nearest token `near` (the one to come when two are as near), None for none."""
        candidates: list[tuple[int, bool]] = []  # (distance, future)
        k = bisect.bisect_left(self.at, near)
        for j in (k - 1, k):
            if 0 <= j < len(self.at):
                candidates.append((abs(self.at[j] - near), self.future[j]))
        tokens = self.tokens
        for i in range(max(0, near - PARTICIPLE_REACH), min(near, len(tokens))):
            # "Esta decisión, emitida el viernes": a participle dating what was done
            before = tokens[i - 1].norm if i else ""
            if self._shown(i) is None and not self._told(i) and _adjectival_participle(tokens[i], before):
                candidates.append((near - i, False))
        if not candidates:
            return None
        nearest = min(distance for distance, _ in candidates)
        return any(future for distance, future in candidates if distance == nearest)


PARTICIPLE_REACH = 2  # words from a participle to the date it governs: "emitida el viernes"


def _adjectival_participle(t: Token, before: str) -> bool:
    """A regular past participle standing alone, not after an article ("el partido"): the
    "-ado"/"-ido" forms, not the short irregular endings ("-to": "junto", "pacto")."""
    endings = tuple(e for e in _PERFECT_PARTICIPLES() if len(e) >= 3)
    return bool(endings) and len(t.norm) > 5 and t.norm.endswith(endings) and before not in _NOT_BEFORE_A_VERB


def is_irregular_past(norm: str) -> bool:
    """ "struck", "met", "held": a past form the "-ed" ending would not reveal."""
    if norm not in _IRREGULAR:
        return False  # most words: told before the language's participle ending is looked up
    ending = current.PARTICIPLE_ENDING
    return norm not in _BASES and not (ending and norm.endswith(ending))


_BASES = words("IRREGULAR_VERBS")


class _Stemming:
    """A language's stemmer, with the stems and forms already found (a run meets the same words
    again and again).

    A Snowball stemmer keeps the word it is working on in itself, so threads reading articles
    side by side (a Dask worker's) take turns with it: shared unguarded, it gave one thread's
    word another's stem, or raised IndexError. Only a word never seen before is stemmed, so
    they seldom wait; the dicts are only read and written whole, which the GIL keeps safe.
    """

    def __init__(self, stemmer_name: str) -> None:
        self.stemmer = snowballstemmer.stemmer(stemmer_name)
        self.lock = threading.Lock()
        self.stems: dict[str, str] = {}
        self.forms: dict[str, tuple[str, str]] = {}  # word as written -> (normal form, stem)


_STEMMING = per_language(lambda lx: _Stemming(lx.STEMMER))
_CACHE_LIMIT = 500_000


def stem(norm: str) -> str:
    """Inflection-free form, so "revive" also finds "revived" and "revival"."""
    stemming = _STEMMING.built.get(_reading_language()) or _STEMMING()
    found = stemming.stems.get(norm)
    if found is not None:
        return found
    if len(stemming.stems) > _CACHE_LIMIT:
        stemming.stems.clear()
    stemmed = stemming.stems[norm] = _stem(norm, stemming)
    return stemmed


def _stem(norm: str, stemming: _Stemming) -> str:
    if not norm.isalpha():
        return norm
    base = _IRREGULAR.get(norm)
    again = current.REPEAT_PREFIX
    if base is None and again and norm.startswith(again) and norm[len(again) :] in _IRREGULAR:
        base = again + _IRREGULAR[norm[len(again) :]]  # rebuilt, remade
    with stemming.lock:
        return stemming.stemmer.stemWord(base or norm)


def _forms(word: str, known: dict[str, tuple[str, str]]) -> tuple[str, str]:
    if len(known) > _CACHE_LIMIT:
        known.clear()
    norm = normalise_word(word)
    forms = known[word] = (norm, stem(norm))
    return forms


_NOT_WORD_RE = re.compile(r"[^\w']+")


# ASCII punctuation becomes a space (dots vanish, as in "U.S."), in one C-level pass.
_ASCII_FOLD = str.maketrans(
    {c: (None if c == "." else " ") for c in map(chr, range(128)) if not (c.isalnum() or c in "_'")}
)


def fold_for_search(text: str) -> str:
    """Text folded as words are normalised (case, accents, dots, apostrophes), each word
    after a space, so that triggers (see `triggers`) can be matched at word starts."""
    if text.isascii():
        return " " + text.lower().translate(_ASCII_FOLD)
    return " " + _NOT_WORD_RE.sub(" ", fold(text).replace(".", "").replace("’", "'"))


def triggers(word: str) -> set[str]:
    """Word beginnings one of which starts every word whose stem is this word's stem (see
    `_triggers`). `word` is a normal form, or a name word as written, whose every spelling
    counts ("Utøya": the beginnings of utoya and utoeya)."""
    found: set[str] = set()
    for norm in name_forms(word):
        found |= _triggers(norm)
    return found


def _triggers(norm: str) -> set[str]:
    """Word beginnings one of which starts every word whose stem is this word's stem.

    Snowball rewrites only a word's ending (y→i, an added e as in "using" →
    "use", "tying" → "tie"), so a stem less its last letter begins every form
    (up to eight letters; three of a four-letter stem); a three-letter stem is
    itself a beginning unless it ends in e, i or y, when two letters are;
    irregular forms ("met" for "meet") are added. Each is
    returned after a space, the word boundary of `fold_for_search`.
    tests/test_extract.py checks this over 260,000 English words.
    """
    target = stem(norm)
    found = {_beginning(target), *_IRREGULAR_BEGINNINGS().get(target, ())}
    if len(target) >= 3 and target[2] == "i":
        found.add(target[:2] + "y")  # cry → cri
    if len(target) == 3 and target.endswith("ie"):
        found.add(target[0] + "yi")  # tying → tie
    return {" " + t for t in found if t}


def _irregular_beginnings(lx: ModuleType) -> dict[str, set[str]]:
    """The beginnings of the irregular forms ("met" for "meet"; "retold", "rebuilt"), by the stem
    of their base."""
    found: dict[str, set[str]] = {}
    again = lx.REPEAT_PREFIX
    for form, base in _IRREGULAR.items():
        found.setdefault(stem(base), set()).add(_beginning(form))
        if again:
            found.setdefault(stem(again + base), set()).add(_beginning(again + form))
    return found


_IRREGULAR_BEGINNINGS = per_language(_irregular_beginnings)


def _beginning(word: str) -> str:
    if len(word) >= 5:
        return word[: min(8, len(word) - 1)]
    if len(word) == 4:
        return word[:3]
    if len(word) == 3 and word[-1] not in "eiy":
        return word
    return word[:2]


def phrase_before(tokens: Sequence[Token], first: int, phrases: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The first of the phrases (in their table's order) that stands right before token `first`."""
    return next(
        (p for p in phrases if first >= len(p) and tuple(t.norm for t in tokens[first - len(p) : first]) == p), None
    )


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    end = len(text) if end is None else end
    known = _STEMMING().forms
    tokens = []
    make = tuple.__new__  # Token's own constructor is a Python call per word; the tuple's is not
    for m in _TOKEN_RE.finditer(text, start, end):
        word = m.group()
        norm, stemmed = known.get(word) or _forms(word, known)
        s, e = m.span()
        tokens.append(make(Token, (s, e, word, norm, stemmed)))
    return tuple(tokens)


@dataclass(frozen=True)
class Phrase:
    """A phrase as claims give it, matched word by word: a lower-case word on its stem (any
    inflection), a name word on its normal form (`name_forms`), never by stem.

    Words written in capitals (US, AMLO) must be capitals in the article too,
    so that the pronoun "us" is never the country.
    """

    text: str
    stems: tuple[str, ...]
    caps: tuple[bool, ...]
    # Per word: the normal forms a name word must have, or None for a word matched by its stem.
    forms: tuple[frozenset[str] | None, ...] = ()
    # Per word: written as a verb ("presided", "presiding"), which a title sharing its stem before
    # a name is not ("President Trump").
    verbs: tuple[bool, ...] = ()
    norms: tuple[str, ...] = ()  # the words as written: a grammar word ("que") matches only so

    @classmethod
    def parse(cls, text: str, name: bool = False) -> Phrase:
        """`name`: the phrase is an entity's name or alias, whose words written with a capital
        are name words ("Harris" is not "Harri"; "Philae lander" still matches "landers")."""
        toks = tokenize(text)
        forms = tuple(name_forms(t.text) if name and is_name_word(t.text) else None for t in toks)
        verbs = tuple(t.text.islower() and _verb_form(t.norm) for t in toks)
        return cls(
            text,
            tuple(t.stem for t in toks),
            tuple(t.is_upper for t in toks),
            forms if any(f is not None for f in forms) else (),
            verbs if any(verbs) else (),
            tuple(t.norm for t in toks),
        )

    def first_stems(self) -> set[str]:
        """The stems a word beginning this phrase may have (its name forms' stems, for a name)."""
        if self.forms and self.forms[0] is not None:
            return {stem(f) for f in self.forms[0]}
        return {self.stems[0]} if self.stems else set()

    def matches_at(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether the phrase stands at token i; never from the end of a title ("President-elect"
        is no election)."""
        n = len(self.stems)
        if n == 0 or i + n > len(tokens):
            return False
        forms = self.forms
        for k in range(n):
            tok = tokens[i + k]
            accepted = forms[k] if forms else None
            if accepted is None:
                if tok.stem != self.stems[k]:
                    return False
                if tok.norm != self.norms[k] and tok.norm in _GRAMMAR_WORDS:
                    return False  # Spanish "que" shares its stem with "Queen", not its word
            elif tok.norm not in accepted:
                return False
            if self.caps[k] and not tok.is_upper:
                return False
            if self.verbs and self.verbs[k] and _a_title(tokens, i + k):
                return False
        return not (i and tokens[i].norm in _TITLE_SUFFIXES and tokens[i - 1].norm in _TITLE_WORDS)


_TITLE_SUFFIXES = words("TITLE_SUFFIXES")
_GRAMMAR_WORDS = words(
    lambda lx: (*lx.DETERMINERS, *lx.RELATIVE_PRONOUNS, lx.THAT, *lx.VALUE_PREPOSITIONS, *lx.NAME_FUNCTION_WORDS)
)
_TITLE_WORDS = words("TITLES")


def _verb_form(norm: str) -> bool:
    ending = current.PRESENT_PARTICIPLE_ENDING
    return is_past_form(norm) or bool(ending and norm.endswith(ending) and len(norm) > len(ending) + 2)


def in_a_name(tokens: Sequence[Token], i: int) -> bool:
    """A capitalised word, not the sentence's first, beside another capitalised word: part of a
    name ("Nueva Zelanda", "New York")."""
    if i == 0 or not tokens[i].is_capitalised:
        return False
    return tokens[i - 1].is_capitalised or (i + 1 < len(tokens) and tokens[i + 1].is_capitalised)


def _a_title(tokens: Sequence[Token], i: int) -> bool:
    """A capitalised word that is no verb form, right before another capitalised word: a title
    before a name ("President Trump"), which a verb sharing its stem never matches."""
    tok = tokens[i]
    return tok.is_capitalised and not _verb_form(tok.norm) and i + 1 < len(tokens) and tokens[i + 1].is_capitalised


class LineIndex:
    """Maps character offsets to 1-based line and column in the file as stored.

    Lines end at \\n, \\r\\n or \\r, as report-format.md says; columns count
    code points.
    """

    def __init__(self, text: str) -> None:
        starts = [0]
        for m in re.finditer(r"\r\n|\r|\n", text):
            starts.append(m.end())
        self._starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        """The character offset of a 1-based line and column: what `position` gave."""
        if line < 1:
            raise IndexError(line)
        return self._starts[line - 1] + column - 1

    def line_spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each line's content, without its line ending."""
        spans = []
        for i, start in enumerate(self._starts):
            end = self._starts[i + 1] if i + 1 < len(self._starts) else len(text)
            while end > start and text[end - 1] in "\r\n":
                end -= 1
            spans.append((start, end))
        return spans
