"""Who a sentence attributes its statement to, and which dates date a
statement ("the White House said on Monday") rather than the event.

Editors weigh "according to the White House" differently from the outlet's
own words, so evidence reports the source when the sentence names one; a
bare "He said" takes the person the previous sentence named.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import char_class, current, pattern, phrase_table, words
from ..text import Token

SPEECH_VERBS = words("SPEECH_VERBS")
COMMUNICATION_NOUNS = words("COMMUNICATION_NOUNS")
AUXILIARIES = words("SPEECH_AUXILIARIES")
_BEFORE_VERB = words(lambda lx: (*lx.SPEECH_AUXILIARIES, *lx.SPEECH_NEGATIONS))
PRONOUNS = words("PERSONAL_PRONOUNS")
GROUP_NOUNS = words("GROUP_NOUNS")
DETERMINERS = words("DETERMINERS")
DATE_GLUE = words("DATE_GLUE")
CLAUSE_BREAK_RE = pattern(lambda lx: char_class(lx.CLAUSE_MARKS + lx.QUOTATION_MARKS))
# Words before a name that are not part of it: "Mayor Grace Okafor" is Grace Okafor.
ACCORDING_TO = phrase_table("ACCORDING_TO")
ACCORDING_FIRST = words(lambda lx: (p.split()[0] for p in lx.ACCORDING_TO))
TITLES = words(lambda lx: lx.TITLES + lx.TITLE_QUALIFIERS + lx.HONORIFICS)


def _gap_is_clause_break(text: str, left: Token, right: Token) -> bool:
    return CLAUSE_BREAK_RE.search(text[left.end : right.start]) is not None


def _capitalised_start(text: str, tokens: Sequence[Token], i: int) -> int:
    """The first of the capitalised words running up to token i within its clause."""
    j = i
    while j > 0 and tokens[j - 1].is_capitalised and not _gap_is_clause_break(text, tokens[j - 1], tokens[j]):
        j -= 1
    return j


def _name_before(text: str, tokens: Sequence[Token], i: int) -> str | None:
    """The capitalised name or noun phrase ending at token i (inclusive)."""
    if tokens[i].norm in GROUP_NOUNS:
        if i == 0:
            return tokens[0].text.lower()  # "Officials said": capitalised only because it opens the sentence
        j = _capitalised_start(text, tokens, i)  # "U.S. officials said": the group with the words naming it
        if j < i:
            return text[tokens[j].start : tokens[i].end]
    if tokens[i].is_capitalised:
        j = _capitalised_start(text, tokens, i)
        if tokens[j].norm in DETERMINERS and j < i:
            j += 1  # "The White House" is the White House
        while j < i - 1 and tokens[j].norm in TITLES:
            j += 1  # "Mayor Grace Okafor" is Grace Okafor
        return text[tokens[j].start : tokens[i].end]
    j = i
    while j > 0 and i - j < 5 and tokens[j].norm not in DETERMINERS:
        if _gap_is_clause_break(text, tokens[j - 1], tokens[j]):
            break
        j -= 1
    if tokens[j].norm in DETERMINERS and j < i:
        return text[tokens[j].start : tokens[i].end]
    return None


def _name_after(text: str, tokens: Sequence[Token], i: int) -> str | None:
    """The capitalised name starting at token i, after an optional "the"."""
    if i < len(tokens) and tokens[i].norm in DETERMINERS:
        i += 1
    if i >= len(tokens) or not tokens[i].is_capitalised:
        return None
    j = i
    while (
        j + 1 < len(tokens)
        and tokens[j + 1].is_capitalised
        and not _gap_is_clause_break(text, tokens[j], tokens[j + 1])
    ):
        j += 1
    return text[tokens[i].start : tokens[j].end]


def attribution(text: str, tokens: Sequence[Token], previous: str | None) -> str | None:
    """Whom the sentence's statement is attributed to, if it says so."""
    phrases, first_words = ACCORDING_TO.tuple(), ACCORDING_FIRST.set()
    for i in range(len(tokens) - 1):
        if tokens[i].norm not in first_words:
            continue
        for words_of in phrases:
            if tuple(t.norm for t in tokens[i : i + len(words_of)]) == words_of:
                return _name_after(text, tokens, i + len(words_of)) or previous
    speech = SPEECH_VERBS.set()
    for v, tok in enumerate(tokens):
        if tok.norm not in speech or not tok.text[0].islower():
            continue  # "United States" has no verb in it
        i = v - 1
        while (i >= 0 and tokens[i].norm in _BEFORE_VERB) or (
            i >= 0 and tokens[i].norm.endswith(current.ADVERB_ENDING) and not tokens[i].is_capitalised
        ):
            i -= 1
        if i >= 0 and not _gap_is_clause_break(text, tokens[i], tokens[min(i + 1, v)]):
            if tokens[i].norm in PRONOUNS:
                return previous
            name = _name_before(text, tokens, i)
            if name:
                return name
        if v + 1 < len(tokens) and not _gap_is_clause_break(text, tok, tokens[v + 1]):
            name = _name_after(text, tokens, v + 1)
            if name:
                return name
            if v > 0 and _gap_is_clause_break(text, tokens[v - 1], tok):
                phrase = _phrase_to_clause_end(text, tokens, v + 1)  # ", said the ambassador."
                if phrase:
                    return phrase
    return None


def _phrase_to_clause_end(text: str, tokens: Sequence[Token], i: int) -> str | None:
    """A short noun phrase after an inverted speech verb, running to the clause's end."""
    if tokens[i].norm not in DETERMINERS:
        return None
    j = i
    while j + 1 < len(tokens) and j - i < 4 and not _gap_is_clause_break(text, tokens[j], tokens[j + 1]):
        j += 1
    if j + 1 < len(tokens) and not _gap_is_clause_break(text, tokens[j], tokens[j + 1]):
        return None  # the clause goes on: "said the talks would resume"
    return text[tokens[i].start : tokens[j].end]


def last_name(text: str, tokens: Sequence[Token]) -> str | None:
    """The last capitalised name of two or more words, for "He said" in the next sentence."""
    best = None
    i = 1  # the first word of a sentence is capitalised anyway
    while i < len(tokens):
        if tokens[i].is_capitalised and tokens[i].text[0].isalpha():
            j = i
            while (
                j + 1 < len(tokens)
                and tokens[j + 1].is_capitalised
                and not _gap_is_clause_break(text, tokens[j], tokens[j + 1])
            ):
                j += 1
            if j > i:
                best = text[tokens[i].start : tokens[j].end]
            i = j + 1
        else:
            i += 1
    return best


def is_statement_date(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the date at tokens [first, last) dates a statement, not an event.

    "said on Monday", "announced Tuesday", "a phone briefing on Thursday",
    "on Monday said".
    """
    return statement_word(tokens, first, last) is not None


def statement_word(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """The speech verb or communication noun that the date at tokens [first, last) dates (see
    is_statement_date), or None: where it stands tells whether the statement is itself the topic."""
    i = first - 1
    steps = 0
    while i >= 0 and steps < 4:
        norm = tokens[i].norm
        if norm in SPEECH_VERBS or norm in COMMUNICATION_NOUNS:
            return i
        if norm not in DATE_GLUE and norm not in AUXILIARIES:
            break
        i -= 1
        steps += 1
    if last < len(tokens) and tokens[last].norm in SPEECH_VERBS:
        return last
    if last + 1 < len(tokens) and tokens[last].norm in AUXILIARIES and tokens[last + 1].norm in SPEECH_VERBS:
        return last + 1
    return None
