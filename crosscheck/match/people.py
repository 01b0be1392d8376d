"""People claims: the members named about the topic, collected across the
article; someone else in the same list or after "led by" conflicts, hosts
and counterparts are not members (docs/claims-format.md, People and persons)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from operator import attrgetter

from ..lexicon import current, sequence, words
from ..model import Claim, Entity, Evidence, Found, PeopleExpect, Stance
from ..text import Token, tokenize
from ..zones import Sentence
from .topic import Article, Person, people_in


def evidence(art: Article, claim: Claim, sentences: list[Sentence]) -> list[Evidence]:
    expect = claim.expect
    assert isinstance(expect, PeopleExpect)
    members = set(expect.people)
    named: set[str] = set()
    items: list[tuple[Sentence, list[Person], list[Person], list[Person], list[Person]]] = []
    stated = art.matcher.stated_others[claim.id]
    for s in sentences:
        found, extra, sampled = _members(art, s, members, claim.id)
        extra = [p for p in extra if _name_form(p.name) not in stated]  # "a Luis Rubiales, Jorge Vilda, …"
        sampled = [p for p in sampled if _name_form(p.name) not in stated]
        apposed = _apposed(art, s, claim.id, members, found + extra + sampled)
        if found or extra or sampled or apposed:
            items.append((s, found, extra, sampled, apposed))
            named.update(p.entity for p in found if p.entity is not None)
    missing = tuple(art.matcher.entities[m].name for m in expect.people if m not in named)
    out = []
    for s, found, extra, sampled, apposed in items:
        people = sorted(found + extra + sampled + apposed, key=lambda p: p.first)
        start, end = s.tokens[people[0].first].start, s.tokens[people[-1].last - 1].end
        asked = sampled + apposed
        stance: Stance = "conflicts" if extra else ("supports" if not missing and not asked else "unclear")
        note = None
        if apposed and not extra:
            names = ", ".join(p.name for p in apposed)
            note = f"{names}: named as one of the topic's by a phrase after the name, which may be another post in it"
        elif sampled and not extra:
            names = ", ".join(p.name for p in sampled)
            note = f"{names}: named after 'including' as one of the topic's, maybe a member's own thing under its name"
        value = [p.entity for p in found]
        out.append(
            art.evidence(
                s,
                start,
                end,
                stance,
                Found(value, ", ".join(p.name for p in people)),
                left=0,
                missing=missing,
                extra=tuple(p.name for p in extra + sampled + apposed),
                note=note,
            )
        )
    return out


def stated_others(claim: Claim, entities: Mapping[str, Entity], said: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """Every form of the entities besides the members that the claim's statement (its words
    `said`) names, whose the members are: "Rubiales's three co-defendants … were Jorge Vilda,
    Albert Luque and Rubén Rivera". Listed with them ("sentó a Luis Rubiales, Jorge Vilda, Albert
    Luque y Rubén Rivera en el banquillo") they are who the members are said of, not someone else
    among them. It depends on the claim alone, so it is worked out once per claim, not per article."""
    if not isinstance(claim.expect, PeopleExpect):
        return frozenset()
    members = set(claim.expect.people)
    return frozenset(
        _name_form(form)
        for e in entities.values()
        if e.id not in members and any(all(t.norm in said for t in tokenize(f)) for f in (e.name, *e.aliases))
        for form in (e.name, *e.aliases)
    )


def _name_form(name: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(name))


def _members(
    art: Article, s: Sentence, members: set[str], claim_id: str
) -> tuple[list[Person], list[Person], list[Person]]:
    """Members named in a sentence, anyone else named as one of them (in the same list, or after
    "led by", "accompanied by"), and anyone else named after a word of SAMPLE_CUES ("four
    international payloads, including ICUBE-Q"): one of the topic's, which may be a member's own
    thing or part under its own name (Pakistan's ICUBE-Q), so a question, not a conflict."""
    toks = s.tokens
    people = people_in(art, s)
    found = [p for p in people if p.entity in members]
    extra: list[Person] = []
    sampled: list[Person] = []
    if found:
        # grow the list over ", X", " and X", "X, " and "X and ": name by name from its ends
        words = current.LIST_WORDS
        k = bisect_left(people, found[-1].last, key=_FIRST)  # the people after the list, in order
        hi = found[-1].last
        while k < len(people) and people[k].first >= hi:
            if _listed(art.text, toks, hi, people[k].first):
                hi = people[k].last
            elif any(t.norm not in words for t in toks[people[k].first : people[k].last]):
                break  # a name between: no one further on can join the list
            k += 1
        k = bisect_right(people, found[0].first, key=_LAST) - 1  # the people before it, nearest first
        lo = found[0].first
        while k >= 0 and people[k].last <= lo:
            if _listed(art.text, toks, people[k].last, lo):
                lo = people[k].first
            elif any(t.norm not in words for t in toks[people[k].first : people[k].last]):
                break
            k -= 1
        inside = [p for p in people if lo <= p.first and p.last <= hi]
        extra = [
            p
            for k, p in enumerate(inside)
            if p.entity not in members
            and not _owned(art.text, toks, p.first)  # "the CEO of Time Warner, and Y"
            and (
                (k and _listed(art.text, toks, inside[k - 1].last, p.first))
                or (k + 1 < len(inside) and _listed(art.text, toks, p.last, inside[k + 1].first))
            )
        ]  # "X, the chief executive of Kering SA, and his father Y": Kering SA is no item of the list
    for p in people:
        if (
            p.entity not in members
            and p not in extra
            and (cue := cue_before(toks, p.first)) is not None
            and _cue_on_topic(art, s, p, claim_id)
        ):
            (sampled if cue in SAMPLE_CUES else extra).append(p)
    return found, extra, sampled


_FIRST, _LAST = attrgetter("first"), attrgetter("last")
OWNER_DESCRIPTION_REACH = 2  # lower-case words between an owner's lead and its name: "del izquierdista Frente Amplio"


def _owned(text: str, toks: Sequence[Token], first: int) -> bool:
    """Whether the name at `first` is what a list's member belongs to, after an owner's lead and
    at most a few lower-case words describing it: "the candidate of Apruebo Dignidad, Gabriel
    Boric", "el candidato del izquierdista Frente Amplio, Yamandú Orsi", "the candidate of the
    ruling National Party, Álvaro Delgado", "el líder del fondo Berkshire Hathaway, Warren Buffett"."""
    if first and toks[first - 1].norm in OWNER_LEADS:
        return True
    k = first - 1
    while k >= 0 and text[toks[k].end : toks[k + 1].start] == " ":
        if toks[k].norm in OWNER_LEADS:
            return True
        if first - 1 - k >= OWNER_DESCRIPTION_REACH or not (toks[k].text.isalpha() and toks[k].text.islower()):
            return False
        k -= 1
    return False


CUE_REACH = 5  # words from the topic to the name a cue gives: "the delegation, led by Blinken"


def _cue_on_topic(art: Article, s: Sentence, person: Person, claim_id: str) -> bool:
    """Whether the cue before a name ("including", "led by") follows the topic's noun: "the
    delegation, including X" lists the topic's members; "top officials in Texas, including Gov.
    Greg Abbott" lists the officials'."""
    ends = art.memo(("topic ends", s.index, claim_id), lambda: {h.last for h in art.hits_in(s, f"topic:{claim_id}")})
    return any(person.first - k in ends for k in range(CUE_REACH + 1))


OWNER_LEADS = words("OWNER_LEADS")
SAMPLE_CUES = sequence(lambda lx: lx.SAMPLE_CUES)
APPOSITION_OPENERS = words("MEMBER_APPOSITIONS")
APPOSITION_REACH = 6  # words from a name's comma to the topic: "Nigel Farage, one of the leaders of the Leave campaign"


def _apposed(art: Article, s: Sentence, claim_id: str, members: set[str], taken: list[Person]) -> list[Person]:
    """Others a phrase set off after their name makes one of the topic's: "Nigel Farage, one
    of the leaders of the Leave campaign", "Alberto Iturra, the lead psychologist on the rescue
    team". A question, not a conflict: the phrase may give another post in the topic's group."""
    toks = s.tokens
    topic = art.memo(
        ("topic starts", s.index, claim_id), lambda: sorted(h.first for h in art.hits_in(s, f"topic:{claim_id}"))
    )
    out = []
    for p in people_in(art, s):
        if p.entity in members or p in taken or p.last >= len(toks):
            continue
        if art.text[toks[p.last - 1].end : toks[p.last].start].strip() != ",":
            continue
        if toks[p.last].norm not in APPOSITION_OPENERS:
            continue  # "Judy Johnston, who delivered many closings": a clause about her, not a post
        if any(
            "," not in art.text[toks[p.last].start : toks[topic[k]].start]
            for k in range(bisect_left(topic, p.last), bisect_right(topic, p.last + APPOSITION_REACH))
        ):
            out.append(p)
    return out


def _listed(text: str, toks: Sequence[Token], end: int, start: int) -> bool:
    """Whether tokens [end, start) only join two list items: ", ", " and ", ", and the "."""
    between = [t.norm for t in toks[end:start]]
    gap = text[toks[end - 1].end : toks[start].start] if end > 0 else ""
    if any(w not in current.LIST_WORDS for w in between):
        return False
    return "," in gap or current.LIST_WORDS[0] in between


def cue_before(toks: Sequence[Token], i: int) -> tuple[str, ...] | None:
    """The cue of MEMBER_CUES the name at i follows ("led by", "including", …: each cue word a
    word's beginning, as written or stemmed: "led" is an irregular form the stem does not show),
    or None."""
    for cue in current.MEMBER_CUES:
        words = toks[i - len(cue) : i] if i >= len(cue) else ()
        if words and all(w.norm.startswith(c) or w.stem.startswith(c) for w, c in zip(words, cue)):
            return cue
    return None
