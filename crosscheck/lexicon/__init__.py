"""The languages crosscheck reads: word tables (one module per language, `en` for English, `es` for
Spanish) and the few helpers that turn a table into part of a regular expression.

Rules live in the modules that apply them; what they look for lives here, so that a word, a unit
or a currency is added in one place and every rule that needs it reads it. Each table entry has
examples of where it applies and where it must not in `examples.yaml` (`examples.es.yaml` for
Spanish), run by the tests.

Each article is read in its own language: the pipeline reads it inside `reading(code)`, and
`current` stands for that language's module, so `current.NEGATIONS` is "no", "nunca"... in a
Spanish article and "not", "never"... in an English one. What a module builds from the tables
(a set, a pattern) is built once per language, on first use: `words`, `table`, `sequence`,
`pattern` and `per_language` below. The language is a context variable, so threads reading
articles side by side (a Dask worker's) each keep their own. Outside any `reading`, the language
is English: claims files are read in English, and their words compiled again per language.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from types import ModuleType
from typing import Any, Generic, TypeVar, overload

from . import en

READ_LANGUAGES = ("en", "es")  # ISO 639 codes of the languages that have a module here
DEFAULT_LANGUAGE = "en"  # read where nothing else is said, and always loaded

_reading: ContextVar[ModuleType] = ContextVar("reading", default=en)


def tables(code: str) -> ModuleType:
    """The module of a language crosscheck reads (imported on first use: an English run never
    loads the Spanish tables)."""
    if code not in READ_LANGUAGES:
        raise ValueError(f"no word tables for language '{code}'")
    return importlib.import_module(f"{__name__}.{code}")


@contextmanager
def reading(code: str) -> Iterator[ModuleType]:
    """Read in language `code` inside the block: every table comes from its module."""
    token = _reading.set(tables(code))
    try:
        yield _reading.get()
    finally:
        _reading.reset(token)


class _Current:
    """The module of the language being read, attribute by attribute: `current.NEGATIONS`, and
    `current.code` for its ISO code.

    Every attribute is looked up here directly (`__getattribute__`), never first on the object:
    a check of 300 news articles reads tables here half a million times, and a `__getattr__`
    would be reached only after the ordinary lookup failed, raising an error each time."""

    __slots__ = ()

    def __getattribute__(self, name: str) -> Any:
        module = _reading.get()
        if name == "code":
            return module.__name__.rsplit(".", 1)[-1]
        return getattr(module, name)


current = _Current()


def language() -> ModuleType:
    """The module of the language being read."""
    return _reading.get()


T = TypeVar("T")


class per_language(Generic[T]):
    """What `build` makes of a language's tables, made once per language and returned for the
    language being read."""

    __slots__ = ("_build", "built")

    def __init__(self, build: Callable[[ModuleType], T]) -> None:
        self._build = build
        self.built: dict[ModuleType, T] = {}  # read directly on hot paths: one lookup, no call

    def __call__(self) -> T:
        lx = _reading.get()
        try:
            return self.built[lx]
        except KeyError:
            made = self.built[lx] = self._build(lx)
            return made


class words(Collection[T]):
    """A set of words (or phrases as tuples of words) from the tables of the language being read:
    `words("NEGATIONS")` for one table (every module naming it shares one set per language), or
    `words(lambda lx: ...)` for what a module makes of several."""

    __slots__ = ("_built", "_of")

    @overload
    def __init__(self: words[str], build: str) -> None: ...

    @overload
    def __init__(self, build: Callable[[ModuleType], Iterable[T]]) -> None: ...

    def __init__(self, build: str | Callable[[ModuleType], Iterable[Any]]) -> None:
        if isinstance(build, str):
            self._of = _TABLE_SETS.setdefault(build, _table_set(build))
        else:
            self._of = per_language(lambda lx: frozenset(build(lx)))
        self._built = self._of.built

    def __contains__(self, item: object) -> bool:
        built = self._built.get(_reading.get())
        return item in (built if built is not None else self._of())

    def __iter__(self) -> Iterator[T]:
        return iter(self._of())

    def __len__(self) -> int:
        return len(self._of())

    def set(self) -> frozenset[T]:
        """The words as a frozenset, for set operations and for a loop's many lookups."""
        built = self._built.get(_reading.get())
        return built if built is not None else self._of()


def _table_set(name: str) -> per_language[frozenset[Any]]:
    return per_language(lambda lx: frozenset(getattr(lx, name)))


_TABLE_SETS: dict[str, per_language[frozenset[Any]]] = {}  # table name -> its words, per language


class sequence(Sequence[T]):
    """A tuple built from the tables of the language being read: `for phrase in PARTS`."""

    def __init__(self, build: Callable[[ModuleType], Iterable[T]]) -> None:
        self._of = per_language(lambda lx: tuple(build(lx)))

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[T, ...]: ...

    def __getitem__(self, index: int | slice) -> T | tuple[T, ...]:
        return self._of()[index]

    def __iter__(self) -> Iterator[T]:
        return iter(self._of())

    def __len__(self) -> int:
        return len(self._of())

    def __contains__(self, item: object) -> bool:
        return item in self._of()

    def tuple(self) -> tuple[T, ...]:
        """The entries as a tuple ("str.endswith" takes no other sequence)."""
        return self._of()


def phrase_table(name: str) -> sequence[tuple[str, ...]]:
    """A table of phrases as tuples of words, of the language being read: `phrase_table("PART_MARKERS")`
    holds ("of", "them") for "of them", matched against tokens' normal forms."""
    return sequence(lambda lx: (tuple(p.split()) for p in getattr(lx, name)))


K = TypeVar("K")
V = TypeVar("V")


class table(Mapping[K, V]):
    """A mapping built from the tables of the language being read: `MEASURE_OF.get(word)`."""

    def __init__(self, build: Callable[[ModuleType], Mapping[K, V]]) -> None:
        self._of = per_language(lambda lx: dict(build(lx)))

    def __getitem__(self, key: K) -> V:
        return self._of()[key]

    def __contains__(self, key: object) -> bool:
        built = self._of.built.get(_reading.get())
        return key in (built if built is not None else self._of())

    def get(self, key: K, default: Any = None) -> Any:
        built = self._of.built.get(_reading.get())
        return (built if built is not None else self._of()).get(key, default)

    def __iter__(self) -> Iterator[K]:
        return iter(self._of())

    def __len__(self) -> int:
        return len(self._of())


class pattern:
    """A regular expression built from the tables of the language being read, compiled on first
    use in each language."""

    def __init__(self, build: Callable[[ModuleType], str], flags: int | re.RegexFlag = 0) -> None:
        self._of = per_language(lambda lx: re.compile(build(lx), flags))

    @property
    def compiled(self) -> re.Pattern[str]:
        built = self._of.built.get(_reading.get())
        return built if built is not None else self._of()

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        built = self._of.built.get(_reading.get())
        return (built if built is not None else self._of()).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        built = self._of.built.get(_reading.get())
        return (built if built is not None else self._of()).match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._of().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._of().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self._of().sub(repl, string, count)


def alternation(phrases: Iterable[str]) -> str:
    """A non-capturing group matching any of `phrases` literally, longest first (so "Sept" is
    tried before "Sep"), a space inside a phrase matching any run of white space."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + ")"


def char_class(marks: Iterable[str]) -> str:
    """A character class matching any one of `marks`."""
    return "[" + "".join(re.escape(m) for m in marks) + "]"


def capitalised(words: Iterable[str]) -> list[str]:
    """Words as they open a sentence or a name: "january" -> "January"."""
    return [w[:1].upper() + w[1:] for w in words]


def is_negation(norm: str) -> bool:
    """Whether a word (in normal form) negates what follows: "not", "never", "wasn't"."""
    negations, ending = _NEGATIONS()
    return norm in negations or bool(ending and norm.endswith(ending))


_NEGATIONS = per_language(lambda lx: (frozenset(lx.NEGATIONS), lx.NEGATED_ENDING))


def without_possessive(word: str) -> str:
    """A name without the possessive ending that makes it an owner: "Nicklaus's" -> "Nicklaus"."""
    for ending in current.POSSESSIVE_ENDINGS:
        word = word.removesuffix(ending)
    return word


def is_country_adjective(norm: str) -> bool:
    """Whether a word (in normal form) is a country's adjective ("Polish", "French", "Mexican")
    from the tables, not a given name (many of which end as such adjectives do: "Ryan", "Adrian")."""
    return norm in _COUNTRY_ADJECTIVES


_COUNTRY_ADJECTIVES = words(lambda lx: (*lx.NATIONALITIES, *lx.DEMONYMS))


def same_place(word: str, names: Iterable[str]) -> bool:
    """Whether a word (in normal form) names the place of one of `names` (normal forms): the place
    itself, a country's adjective the tables give it ("french" for "france"), or a word that begins
    as it does ("mexican" for "mexico", "kentuckians" for "kentucky")."""
    place = current.DEMONYMS.get(word, word)
    return any(w == place or (len(place) >= 4 and w[:4] == place[:4]) for w in names)
