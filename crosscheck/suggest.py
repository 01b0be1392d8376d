"""A draft fact sheet from what the sources disagree on.

Each disagreement becomes a claim whose expectation is what most sources
say (for a figure that changed as the story went on, the latest value), so
`crosscheck check` with the draft reproduces the disagreement as conflicts.
The majority is not always right: the file says so at the top and beside
every claim, and the editor decides before it is used.
"""

from __future__ import annotations

import json

from .discovery import Disagreement, Discovery, slug
from .lexicon import DEFAULT_LANGUAGE, READ_LANGUAGES, tables
from .lexicon.en import NOVELTY_WORDS, TOLLS
from .lexicon.units import lookup

HEADER = """\
# DRAFT fact sheet written by `crosscheck discover --suggest-claims`.
# REVIEW EVERY CLAIM BEFORE USE. Each one expects what most of the {sources}
# sources say, and the majority is not always right: check the value against a
# primary source, correct it, and delete the claims you do not want.
# Sides and their sources are listed above each claim. Add a `scope:` (the event's
# date and a window) if articles about other occurrences should be set aside.
version: 1
"""


def _q(text: str) -> str:
    """A YAML scalar that means exactly `text` (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str) -> str:
    return " ".join(text.split())


def suggest_claims(discovery: Discovery) -> str | None:
    """The draft claims.yaml text: one claim per disagreement (a spelling becomes an entity),
    or None when no disagreement makes a claim (a fact sheet needs at least one)."""
    entities: dict[str, list[str]] = {}  # id -> YAML lines
    claims: list[list[str]] = []
    notes: list[str] = []  # disagreements no claim can express
    used: set[str] = set()

    def entity(name: str, note: str | None = None) -> str:
        base = slug(name)
        if base not in entities:
            lines = [f"  {base}:", f"    name: {_q(name)}"]
            if note:
                lines.insert(0, f"  # {_comment(note)}")
            entities[base] = lines
        return base

    for n, d in enumerate(discovery.disagreements, 1):
        majority = d.sides[0]
        header = [f"  # {n}. {_comment(d.title)}: {_comment(d.describe())}"]
        if d.over_time:
            header.append(
                f"  #    OVER TIME: the value changed as the story went on; this expects the latest "
                f"({majority.when}). Decide which value the fact sheet checks."
            )
        elif not d.has_majority:
            header.append(
                "  #    NO MAJORITY: the sources are split evenly and this expects the first side "
                "alphabetically. Decide which is right."
            )
        header += [f"  #    {_comment(side.text)}: {', '.join(side.sources)}" for side in d.sides]
        if d.kind == "rank":  # a ranking is not a kind of claim (yet): the editor checks it by hand
            notes.extend(
                [line for line in header if "NO MAJORITY" not in line]
                + ["  #    not written as a claim: check this ranking by hand", ""]
            )
            continue
        unit = majority.value.rsplit(" ", 1)[-1] if d.kind == "quantity" and not d.counted else None
        if unit is not None and lookup(unit) is None:  # "AU$" where a page's symbol is no known currency
            notes.extend([*header, f"  #    not written as a claim: crosscheck knows no unit '{unit}'", ""])
            continue
        if d.kind == "spelling":
            others = ", ".join(f"“{side.text}”" for side in d.sides[1:])
            entity(majority.text, f"{n}. spelt {others} elsewhere; check reports those spellings as misspellings")
            continue
        claim_id = _unique(d.id, used)
        said = majority.value if d.kind == "quantity" and not d.counted else majority.text  # "120 flats" says what
        basis = f"the latest value, {majority.when}" if d.over_time else "what most sources say"
        statement = f"{d.subject}: {said} ({basis}; unverified)"
        lines = [*header, f"  - id: {claim_id}", f"    statement: {_q(statement)}"]
        if d.kind == "person":
            holder = entity(majority.text)
            lines += [
                f"    about: [{_q(d.subject)}]",
                "    expect:",
                f"      person: {holder}",
                f"      role: [{_q(d.subject)}]",
            ]
        elif d.subject in TOLLS:  # a toll is found by what is counted, not by a name
            lines += [f"    about: [{', '.join(map(_q, _words(discovery, 'TOLLS', d.subject)))}]", "    expect:"]
            lines += _expect(d, discovery)
        else:
            counted = f", {_q(d.counted)}" if d.counted else ""  # "120 flats": the flats are what is counted
            lines.append(f"    about: [{entity(d.subject)}{counted}]")
            lines += ["    expect:", *_expect(d, discovery)]
        claims.append(lines)
    if not claims:
        return None
    out = [HEADER.format(sources=len(discovery.sources)).rstrip("\n")]
    if entities:
        out.append("\nentities:")
        for lines in entities.values():
            out.extend(lines)
    out.append("\nclaims:")
    for lines in claims:
        out.append("")
        out.extend(lines)
    if notes:
        out.append("")
        out.extend(notes[:-1])
    return "\n".join(out) + "\n"


def _words(discovery: Discovery, table: str, key: str) -> list[str]:
    """A table's words for `key` in every language the sources were read in, English first: a
    draft's word lists mix languages as an editor's may, so a Spanish article's "murieron"
    counts the toll an English one writes "killed"."""
    read = {s.lang for s in discovery.sources if s.lang in READ_LANGUAGES}
    codes = [DEFAULT_LANGUAGE, *sorted(read - {DEFAULT_LANGUAGE})]
    return list(dict.fromkeys(w for code in codes for w in getattr(tables(code), table)[key]))


def _expect(d: Disagreement, discovery: Discovery) -> list[str]:
    majority = d.sides[0]
    if d.kind == "quantity":
        if d.counted:  # a count of a noun has no unit: "120 flats"
            return [f"      quantity: {majority.value}"]
        amount, unit = majority.value.rsplit(" ", 1)
        return [f"      quantity: {amount}", f"      unit: {_q(unit)}"]
    if d.kind == "date":
        return [f"      year: {majority.value}"]
    term = majority.value
    other = next(side for side in NOVELTY_WORDS if side != term)
    return [
        f"      term: {_q(NOVELTY_WORDS[term][0])}",
        f"      supports: [{', '.join(map(_q, _words(discovery, 'NOVELTY_WORDS', term)))}]",
        f"      conflicts: [{', '.join(map(_q, _words(discovery, 'NOVELTY_WORDS', other)))}]",
    ]


def _unique(base: str, used: set[str]) -> str:
    candidate, n = base, 1
    while candidate in used:
        n += 1
        candidate = f"{base}-{n}"
    used.add(candidate)
    return candidate
