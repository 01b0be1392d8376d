"""The language crosscheck reads: word tables (one module per language, `en` for English) and the
few helpers that turn a table into part of a regular expression.

Rules live in the modules that apply them; what they look for lives here, so that a word, a unit
or a currency is added in one place and every rule that needs it reads it. Each table entry has
examples of where it applies and where it must not in `examples.yaml`, run by the tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import en


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
    return norm in _NEGATIONS or norm.endswith(en.NEGATED_ENDING)


_NEGATIONS = frozenset(en.NEGATIONS)


def without_possessive(word: str) -> str:
    """A name without the possessive ending that makes it an owner: "Nicklaus's" -> "Nicklaus"."""
    for ending in en.POSSESSIVE_ENDINGS:
        word = word.removesuffix(ending)
    return word


def is_country_adjective(norm: str) -> bool:
    """Whether a word (in normal form) is a country's adjective ("Polish", "French", "Mexican")
    from the tables, not a given name (many of which end as such adjectives do: "Ryan", "Adrian")."""
    return norm in _COUNTRY_ADJECTIVES


_COUNTRY_ADJECTIVES = frozenset((*en.NATIONALITIES, *en.DEMONYMS))
