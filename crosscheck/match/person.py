"""Person claims: who holds the role the claim names ("Foreign Minister Marcelo
Ebrard", "Ebrard, Mexico's foreign minister"); someone else in it conflicts."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import cache

from ..extract.names import PhraseHit, PhraseIndex
from ..lexicon import DEFAULT_LANGUAGE, current, is_country_adjective, reading, same_place, without_possessive, words
from ..model import Claim, Entity, Evidence, Found, PersonExpect, Stance
from ..text import Phrase, Token, fold, is_past_form, tokenize
from ..zones import Sentence
from .about import BRACKETED_ACRONYM_RE, another_time, clause_span
from .topic import Article, Person, negated, people_in, person_at, token_range

ROLE_QUALIFIERS = words("ROLE_QUALIFIERS")
ROLE_PREFIXES = words("ROLE_PREFIXES")
FRONTING = words("FRONTING_WORDS")
ROLE_OWNER_LINKS = words("ROLE_OWNER_LINKS")
ROLE_TIME = words("ROLE_TIME_WORDS")
TITLE_WORDS = words(lambda lx: lx.TITLES + lx.TITLE_QUALIFIERS)
GIVEN_NAME_JOINERS = words("GIVEN_NAME_JOINERS")
# Capitalised words before a title that name no owner: a sentence's first word, "The", a month.
NOT_OWNERS = words(lambda lx: lx.DETERMINERS + lx.SENTENCE_OPENERS + lx.HONORIFICS + lx.MONTH_NAMES + lx.WEEKDAY_NAMES)


def phrases(claim: Claim) -> Iterator[tuple[str, str]]:
    """Index keys: the role phrases, which locate a holder as well as the topic does."""
    expect = claim.expect
    assert isinstance(expect, PersonExpect)
    yield from ((f"role:{claim.id}", p) for p in expect.role)


def evidence(art: Article, claim: Claim, sentences: list[Sentence]) -> list[Evidence]:
    expect = claim.expect
    assert isinstance(expect, PersonExpect)
    out = []
    key = f"role:{claim.id}" if expect.role else f"topic:{claim.id}"
    for s in sentences:
        for h in art.hits_in(s, key):
            if negated(art, s, h.first) or _owns_another(s.tokens, h):
                continue
            if _qualified_title(s.tokens, h.first) and not any(m.last == h.first for m in art.mentions(s)):
                continue  # "Deputy Prime Minister", "former president"; not "a Vinicius Junior strike"
            if _prefixed_title(art.text, s.tokens, h.first):
                continue  # "with co-pilot Harvino": another post, beside the captain's
            owners = owners_at(art.text, s.tokens, h.first, h.last)
            another = _another_owner(art, claim, owners, s.tokens)
            # For a claim whose person does what its role word says, the claim's person right before
            # the word did it: what follows is the deed's object ("Bonmatí claims Ballon d'Or Féminin",
            # "Di Maria scored Argentina's second"), no holder of the role.
            doer = _doer(art, s, h) if _names_the_doer(claim, art) else None
            holder = doer if doer is not None and doer.entity == expect.person else _holder(art, s, h)
            if holder is None:
                holder = _claims_person_as(art, s, h, expect.person)
            if holder is None:
                holder = _claims_person_described(art, s, h, expect.person)
            if holder is None:
                holder = _claims_person_is(art, s, h, expect.person)
            if holder is None or ((another or _timed(art.text, s.tokens, h)) and holder.entity != expect.person):
                continue  # "SoftBank CEO Masayoshi Son", "chief executive of Pilkington", "the next prime minister"
            if holder.entity is None and _names_the_topic(art, s, claim, holder):
                continue  # "part of Mars Snacking, led by Global President Andrew Clarke": what is led
            stance: Stance = "supports" if holder.entity == expect.person else "conflicts"
            if stance == "conflicts" and another_time(art, s, *clause_span(art, s, h.first, h.last), skip=range(0)):
                continue  # "Having sacked their manager Nigel Pearson in the 2015 offseason": a holder of another time
            note = None
            entity = art.matcher.claims.entities.get(expect.person)
            if stance == "conflicts" and holder.entity is None and entity and _cut_short(holder.name, entity):
                stance = "unclear"  # "The magistrate José Manuel Fernández" for José Manuel Fernández-Prieto
                note = f"'{holder.name}' may be {entity.name} with the last part of the surname left out"
            if stance == "conflicts" and _less_specific(h, expect):
                stance = "unclear"  # "Judge Lyng" for a claim about the presiding judge: one of several judges
                note = f"'{h.phrase.text}' is less specific than the claim's role: it may be another holder"
            owner = art.matcher.role_owner.get(claim.id)
            if stance == "conflicts" and owner and not owners and (holder.entity or len(h.phrase.stems) == 1):
                # "CEO Satya Nadella" for LinkedIn's CEO (someone the fact sheet knows, in a story of two
                # companies); "President Barack Obama" for Haiti's president (a one-word title many hold):
                # a title not said to be the claim's owner's may be another organisation's or country's
                stance = "unclear"
                note = f"'{h.phrase.text}' is not said to be {owner}'s: it may be another organisation's"
            start, end = s.tokens[holder.first].start, s.tokens[holder.last - 1].end
            found = Found(holder.entity or holder.name, holder.name)
            span = min(start, s.tokens[h.first].start), max(end, s.tokens[h.last - 1].end)
            out.append(art.evidence(s, *span, stance, found, left=1, note=note))
    return out


def _names_the_topic(art: Article, s: Sentence, claim: Claim, holder: Person) -> bool:
    """Whether a name read as the role's holder is where the sentence names the claim's topic
    ("Mars Snacking, led by Global President Andrew Clarke" for the head of Mars Snacking, "the
    Better Together campaign, headed by Alistair Darling"): the organisation the role is of, never
    a holder of it."""
    return any(t.first <= holder.first and holder.last <= t.last for t in art.hits_in(s, f"topic:{claim.id}"))


def _owns_another(toks: Sequence[Token], h: PhraseHit) -> bool:
    """Whether the role found owns what follows it, a thing or another post ("the head of JAXA's
    lunar programme", "head of NASA’s Jet Propulsion Laboratory’s Mars landing team", "the
    chairman's wife"): its last word is written possessive where the role phrase's is not."""
    return toks[h.last - 1].text.endswith(current.POSSESSIVE_ENDINGS) and not h.phrase.text.endswith(
        current.POSSESSIVE_ENDINGS
    )


def _names_the_doer(claim: Claim, art: Article) -> bool:
    """Whether the claim's statement names its person doing what a role word says ("Ángel Di
    María scored the only goal", "Olga Carmona captained Spain"), not undergoing it ("Alcaraz
    beat Novak Djokovic")."""
    expect = claim.expect
    assert isinstance(expect, PersonExpect)
    entity = art.matcher.entities.get(expect.person)
    return entity is not None and _doer_first(claim.statement, expect.role, tuple(entity.names))


@cache
def _doer_first(statement: str, roles: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """Whether a name ends right where a role phrase starts in the statement (read as the fact
    sheet writes it, in English)."""
    with reading(DEFAULT_LANGUAGE):
        toks = tokenize(statement)
        hits = PhraseIndex([*(("role", r) for r in roles), *(("name", n) for n in names)], names=names).find(toks)
    ends = {h.last for h in hits if h.key == "name"}
    return any(h.key == "role" and h.first in ends for h in hits)


DOER_LINKS = words("DOER_LINKS")
DOER_MODIFIERS = 2  # words between a possessive name and the role noun: "Vinicius Junior's second-half goal"


def _doer(art: Article, s: Sentence, h: PhraseHit) -> Person | None:
    """Who did what the role word says, for a claim whose person does it: the name right before
    the word ("Angel Di Maria scored", "an Angel Di Maria goal", "Vinicius Junior's second-half
    goal"), or after a role noun's link ("un gol de Vinicius", "a goal from defender Olga
    Carmona")."""
    toks = s.tokens
    k = h.first - 1
    while k >= 0 and h.first - 1 - k < DOER_MODIFIERS and _an_epithet(toks[k]):
        k -= 1  # only a possessive reaches past modifiers: "Madrid's second-half goal" is no one's
    if k < h.first - 1 and (k < 0 or not toks[k].text.endswith(current.POSSESSIVE_ENDINGS)):
        k = h.first - 1
    if k >= 0 and art.text[toks[k].end : toks[k + 1].start] in (" ", "-"):
        for m in art.mentions(s):
            if m.last == k + 1:  # "A Vinicius Junior strike": the fact sheet's name, whatever opens the sentence
                return Person(m.entity, art.text[toks[m.first].start : toks[m.last - 1].end], m.first, m.last)
    j = h.last
    if j + 1 < len(toks) and toks[j].norm in DOER_LINKS and art.text[toks[j - 1].end : toks[j].start] == " ":
        lead, _ = _past_object_markers(art.text, toks, j + 1, apposed=True)
        return person_at(art, s, lead, forward=True)
    return None


_NAME_PARTS_RE = re.compile(r"[\s\-‐‑]+")


def _cut_short(name: str, entity: Entity) -> bool:
    """Whether a name the fact sheet does not know is one of the entity's forms with the last
    part of its surname left out, as copy often writes a compound or second surname: "José
    Manuel Fernández" for José Manuel Fernández-Prieto, "Andrés Manuel López" for Andrés Manuel
    López Obrador. A given name and a surname at least, so that "José" alone says nothing."""
    said = [fold(w) for w in _NAME_PARTS_RE.split(name.strip()) if w]
    if len(said) < 2:
        return False
    for form in (entity.name, *entity.aliases):
        full = [fold(w) for w in _NAME_PARTS_RE.split(form.strip()) if w]
        if len(full) > len(said) and full[: len(said)] == said:
            return True
    return False


def _less_specific(h: PhraseHit, expect: PersonExpect) -> bool:
    """Whether the title found is a part of a longer title the claim also gives ("judge" of
    "presiding judge", "chief" of "chief executive"): a post several people may hold."""
    words = h.phrase.stems
    return any(
        len(p.stems) > len(words) and any(p.stems[k : k + len(words)] == words for k in range(len(p.stems)))
        for p in map(Phrase.parse, expect.role)
    )


def _holder(art: Article, s: Sentence, h: PhraseHit) -> Person | None:
    """Who holds the role: "Foreign Minister Marcelo Ebrard" or "Ebrard, Mexico's foreign minister"."""
    toks = s.tokens
    end = _title_end(art.text, toks, h.last)
    gap = art.text[toks[end - 1].end : toks[end].start] if end < len(toks) else None
    if (
        end == h.last
        and h.last + 1 < len(toks)
        and BRACKETED_ACRONYM_RE.fullmatch(art.text[toks[h.last - 1].end : toks[h.last + 1].start])
    ):
        h = PhraseHit(h.key, h.phrase, h.first, h.last + 1)  # "Prime Minister (PM) Lee Hsien Loong"
        end, gap = h.last, " "
    if gap is not None and gap.startswith(".") and _abbreviated_title(toks[end - 1]):
        gap = gap[1:]  # "Texas Gov. Greg Abbott": an abbreviated title's full stop ends no sentence
    if gap is not None and re.fullmatch(r"\s*,?\s*", gap) and not ("," in gap and _fronted(art, s, h)):
        # a title names its holder even as an owner: "captain Wes Morgan's header" (not a verb's object:
        # "whose office oversaw Chauvin's prosecution")
        titled = toks[end - 1].norm in TITLE_WORDS or toks[end - 1].is_capitalised
        before = _apposed_before(art, s, h) if "," in gap else None
        if before is not None:
            return before  # "Mimi Aung, Ingenuity Project Manager, Bob Balaram, …": a list of names and titles
        lead, described = _past_object_markers(art.text, toks, end, apposed="," in gap)
        person = person_at(art, s, lead, forward=True, possessive=titled and "," not in gap)
        if person and (not described or person.entity in art.matcher.person_ids):
            return person  # past an epithet, only someone the fact sheet knows: not "the international Event …"
    # "Marcelo Ebrard, Mexico's foreign minister" / "Ebrard, the foreign secretary" /
    # "Ulamec, the Philae landing manager"
    person = _apposed_before(art, s, h)
    if person is not None:
        return _joined_to_the_next(art, s, end) or person
    found = _subject_as(art, s, h)
    if found is not None:
        return found
    inverted, described = _named_after(art, s, h)
    if inverted is not None and (not described or inverted.entity in art.matcher.person_ids):
        return inverted  # "The runner-up was Mar Roxas", "En segunda posición aparece Ricardo Anaya"
    # Shapes that also fit someone else's name, so only a person the fact sheet knows is taken.
    for shape in (_by_holder, _owned_apposition, _long_apposition, _subject_is):
        person = shape(art, s, h)
        if person is not None and person.entity is not None:
            return person
    return None


ABBREVIATIONS = words("ABBREVIATIONS")
OBJECT_LEADS = words(lambda lx: (*lx.OBJECT_MARKERS, *lx.DETERMINERS))
DETERMINERS = words("DETERMINERS")
NOT_EPITHETS = words(
    lambda lx: (
        *lx.LIST_JOINERS,
        *lx.VALUE_LINKS,
        *lx.RELATIVE_PRONOUNS,
        *lx.OWNER_LEADS,
        *lx.VALUE_PREPOSITIONS,
        *(p.split()[0] for p in lx.ACCORDING_TO),
    )
)
HONORIFICS = words("HONORIFICS")
TITLES = words("TITLES")
TITLE_SUFFIXES = words("TITLE_SUFFIXES")
OBJECT_LEAD_REACH = 4  # words from a role word to its name: "venció al ruso Daniil Medvedev", "the far-right lawyer …"


def _abbreviated_title(t: Token) -> bool:
    """Whether a word is a title cut short before its full stop: "Gov.", "Sen.", "Gen." are
    written with a capital; "vs." is none."""
    return t.norm in ABBREVIATIONS and t.is_capitalised


def _past_object_markers(text: str, toks: Sequence[Token], j: int, apposed: bool = False) -> tuple[int, bool]:
    """The first token of a name after a role word, past the words that lead to a verb's
    object: a marker, an article, a country's adjective ("beat the Russian Daniil Medvedev",
    "derrotó al ruso Daniil Medvedev"), and whether an epithet was among them. `j` itself when
    they lead to no name. After a title set off by a comma (`apposed`) the name may follow a
    description with no article, itself closed by a comma ("his running mate, national
    representative Victoria Villarruel", "su adversario, el ultra derechista, José Antonio Kast")."""
    k, described = j, False
    while k < len(toks) - 1 and k - j < OBJECT_LEAD_REACH:
        t = toks[k]
        epithet = _an_epithet(t) and (apposed or (k > j and toks[j].norm in DETERMINERS))
        if not (t.norm in OBJECT_LEADS or is_country_adjective(t.norm) or epithet or (apposed and _a_title(t))):
            break
        gap = text[t.end : toks[k + 1].start].strip()
        if gap not in ("", "-") and not (gap == "," and apposed and k > j):
            break
        described = described or ((epithet or _a_title(t)) and t.norm not in OBJECT_LEADS)
        k += 1  # "su vicepresidenta, la científica Karin Herrera": an article and an epithet before the name
        if gap == ",":
            break
    if k > j and toks[k].is_capitalised and not is_country_adjective(toks[k].norm):
        return k, described
    return j, False


def _a_title(t: Token) -> bool:
    """A title or rank before a name in a description: "capitán Enrique Balbi"."""
    return t.norm in TITLE_WORDS or t.norm in HONORIFICS


def _an_epithet(t: Token) -> bool:
    """A lower-case noun or adjective that may describe a person before the name: not a verb, a
    participle opening a clause ("replacing John Mackey"), a preposition or a relative pronoun."""
    return (
        t.text.isalpha()
        and t.text.islower()
        and not is_past_form(t.norm)
        and not (current.PRESENT_PARTICIPLE_ENDING and t.norm.endswith(current.PRESENT_PARTICIPLE_ENDING))
        and t.norm not in NOT_EPITHETS
    )


NOT_DESCRIPTIONS = words(
    lambda lx: (
        *lx.DISCOURSE,
        *lx.NEGATIONS,
        *lx.SPEECH_VERBS,
        *lx.PERSONAL_PRONOUNS,
        *lx.SENTENCE_OPENERS,
        *lx.ROLE_OWNERS,
        *lx.ROLE_AS,
    )
)


def _describes(t: Token) -> bool:
    """A lower-case word that may describe a title set off after a name ("Gabriela Gonzalez,
    scientific spokeswoman", "Brian Cogan, federal judge"): not a discourse word, a negation, a
    speech verb, a pronoun ("Smith, says the judge"), an article or a word that opens a clause
    ("la Ley Fundamental, aunque el presidente")."""
    return _an_epithet(t) and t.norm not in NOT_DESCRIPTIONS


def _apposed_before(art: Article, s: Sentence, h: PhraseHit) -> Person | None:
    """The person named before a title set off by a comma, past its owner's words and the words
    describing it: "Marcelo Ebrard, Mexico's foreign minister", "Ulamec, the Philae landing
    manager", "Gabriela Gonzalez, scientific spokeswoman for the LIGO team"."""
    toks = s.tokens
    i = h.first - 1
    while (
        i >= 0
        and h.first - i <= 3
        and "," not in art.text[toks[i].end : toks[i + 1].start]
        and (
            toks[i].norm in current.ROLE_OWNERS
            or toks[i].norm in ROLE_TIME
            or toks[i].text.endswith(("'s", "’s"))
            or toks[i].is_capitalised
            or (_describes(toks[i]) and not any(t.norm in current.ROLE_OWNERS for t in toks[i + 1 : h.first]))
        )
    ):
        i -= 1  # a description after the article, not before it: "last year's world champion", not "aunque el"
    if 0 <= i < h.first and "," in art.text[toks[i].end : toks[i + 1].start]:
        return person_at(art, s, i, forward=False)
    return None


TITLE_OR_QUALIFIER = words(lambda lx: (*TITLE_WORDS, *ROLE_QUALIFIERS))
APPOSITION_REACH = 6  # words of a title's owner phrase or of a longer title: "leader of the Better Together campaign"
JOINED_POST_REACH = 12  # words from a name's comma to a title joined to another post: "a planetary scientist at the
# University of Arizona and the principal investigator"
OWNER_PHRASE_REACH = 10  # words of what a title is of: "de la Coordinadora Nacional para la Reducción de Desastres"
COPULA_WORDS = words(lambda lx: (*lx.COPULAS, *lx.REMAIN_WORDS))
AUXILIARIES = words(lambda lx: (*lx.FUTURE_MARKERS, *lx.PERFECT_AUXILIARIES))


HOLDER_VERBS = words("HOLDER_VERBS")
NEGATIONS = words("NEGATIONS")


def _named_after(art: Article, s: Sentence, h: PhraseHit) -> tuple[Person | None, bool]:
    """The holder named after a verb the title is the subject of: "The runner-up was Mar Roxas",
    "Trailing him at a distant second was former interior minister Mar Roxas", "En segunda
    posición aparece Ricardo Anaya"; and whether a description stood before the name (then only
    someone the fact sheet knows is taken)."""
    toks = s.tokens
    j = _title_end(art.text, toks, h.last)
    if j + 1 >= len(toks) or toks[j].norm not in HOLDER_VERBS or art.text[toks[j - 1].end : toks[j].start] != " ":
        return None, False
    lead, described = _past_object_markers(art.text, toks, j + 1, apposed=True)
    if any(t.norm in NEGATIONS for t in toks[j + 1 : lead]) or "," in art.text[toks[j].end : toks[lead].start]:
        return None, False  # "the winner was not Smith"; "the chairman was, until May, Smith"
    return person_at(art, s, lead, forward=True), described


def _by_holder(art: Article, s: Sentence, h: PhraseHit) -> Person | None:
    """ "The Better Together campaign, headed by former Chancellor Alistair Darling": the role
    as a verb, its holder after "by" and any titles."""
    toks = s.tokens
    j = h.last
    if j >= len(toks) or toks[j].norm != current.AGENT_WORD:
        return None
    j += 1
    while j < len(toks) and (
        toks[j].norm in TITLE_OR_QUALIFIER
        or toks[j].norm in DETERMINERS
        or _demonym_before_title(toks, j)
        or _joins_titles(toks, j)
    ):
        j += 1  # "led by former Colombian President Alvaro Uribe", "by former President and senator Uribe"
    return person_at(art, s, j, forward=True)


def _demonym_before_title(toks: Sequence[Token], j: int) -> bool:
    """Whether the word at j is a country's adjective before a title: one the tables list, or
    a capitalised word of a demonym's ending right before a title ("Colombian President",
    "Scottish Chancellor"), which a given name is not ("Ryan Smith")."""
    t = toks[j]
    if is_country_adjective(t.norm):
        return True
    return (
        t.is_capitalised
        and t.norm.endswith(current.DEMONYM_ENDINGS)
        and j + 1 < len(toks)
        and toks[j + 1].norm in TITLE_OR_QUALIFIER
    )


def _owned_apposition(art: Article, s: Sentence, h: PhraseHit) -> Person | None:
    """ "The leader of the Better Together campaign, Alistair Darling": the title, what it is
    of (or a country's adjective: "la primera ministra bangladesí, Sheikh Hasina"), then the
    holder set off by a comma, past a description ("al vocero de la Armada, capitán Enrique
    Balbi"), or right after it when the fact sheet knows the name ("the captain of the Spanish
    team Olga Carmona")."""
    toks = s.tokens
    j = h.last
    if j + 1 >= len(toks):
        return None
    adjective = _an_epithet(toks[j]) and art.text[toks[j].end : toks[j + 1].start].strip() == ","
    if _owner_goes_on(art.text, toks, h):
        j -= 1  # "El presidente de la Generalitat Valenciana, Carlos Mazón": the role's own owner, named in full
    elif toks[j].norm not in ROLE_OWNER_LINKS and not adjective:
        return None
    known = {m.first: m for m in art.mentions(s) if m.entity in art.matcher.person_ids}
    named = True  # every word so far names what the title is of: no verb, no object marker
    while j + 1 < len(toks) and j - h.last < OWNER_PHRASE_REACH:
        gap = art.text[toks[j].end : toks[j + 1].start]
        named = named and _names_an_owner(toks, j, h.last)
        if j + 1 in known and gap == " " and named and toks[j].norm not in OWNER_PHRASE_OPENERS:
            # "The chairman of the Independent Electoral and Boundaries Commission Wafula Chebukati":
            # no comma, so only a name the fact sheet knows ends what the title is of
            m = known[j + 1]
            return Person(m.entity, art.text[toks[m.first].start : toks[m.last - 1].end], m.first, m.last)
        acronym = BRACKETED_NAME_RE.match(art.text, toks[j].end) if j + 2 < len(toks) else None
        if acronym and toks[j + 1].end < acronym.end() <= toks[j + 2].start:
            j += 1  # "del Centro Europeo de Física de Partículas (CERN), Rolf Heuer"
            gap = art.text[acronym.end() : toks[j + 1].start]
        if gap.strip() == ",":
            lead, _ = _past_object_markers(art.text, toks, j + 1, apposed=True)
            return person_at(art, s, lead, forward=True)
        if gap.strip():
            return None
        j += 1
    return None


def _owner_goes_on(text: str, toks: Sequence[Token], h: PhraseHit) -> bool:
    """Whether a role phrase that names its owner ("presidente de la Generalitat", "jefe de la
    compañía") is followed by more of the owner's name ("Generalitat Valenciana", "compañía
    Ethiopian Airlines"), so that a comma after the name may set off the holder."""
    return (
        h.last < len(toks)
        and any(t.norm in ROLE_OWNER_LINKS for t in toks[h.first + 1 : h.last - 1])
        and toks[h.last].is_capitalised
        and text[toks[h.last - 1].end : toks[h.last].start] == " "
    )


# An organisation's short name in brackets after its full one: "(CERN)", "(Conred)".
BRACKETED_NAME_RE = re.compile(r"\s*\(\s*[A-Z][A-Za-z]{1,7}\s*\)\s*")
OWNER_PHRASE_OPENERS = words(lambda lx: (*lx.ROLE_OWNER_LINKS, *lx.DETERMINERS))
OWNER_PHRASE_JOINERS = words(lambda lx: (*lx.ROLE_OWNER_LINKS, *lx.DETERMINERS, *lx.GIVEN_NAME_JOINERS))


def _names_an_owner(toks: Sequence[Token], j: int, start: int) -> bool:
    """Whether the word at j may be part of the name of what a title is of: a capitalised word,
    a link or an article ("of the Independent Electoral and Boundaries Commission"), or a
    lower-case noun after a country's adjective ("of the Spanish team"), but not after the
    title's own link ("the captain of beating Olga Carmona")."""
    t = toks[j]
    if t.is_capitalised or t.norm in OWNER_PHRASE_JOINERS:
        return True
    return j > start and is_country_adjective(toks[j - 1].norm) and _an_epithet(t)


def _long_apposition(art: Article, s: Sentence, h: PhraseHit) -> Person | None:
    """ "Thomas Zurbuchen, Associate Administrator for the Science Mission Directorate": the
    role found at the end of a longer title set off after the name; or joined by "and" to
    another post the person holds, described in any words but a verb's or a clause's ("John
    Mackey, Whole Foods Market co-founder and CEO", "Dante Lauretta, a planetary scientist at
    the University of Arizona and the principal investigator")."""
    toks = s.tokens
    i = h.first - 1
    joined = False  # the role joined by "and" to another post: its description may have lower-case words
    if i >= 1 and toks[i].norm in current.ROLE_OWNERS and toks[i - 1].norm in GIVEN_NAME_JOINERS:
        i -= 2  # "a planetary scientist at the University of Arizona and the principal investigator"
        joined = True
    elif i >= 1 and toks[i].norm in GIVEN_NAME_JOINERS and _a_post(art.text, toks, i - 1):
        i -= 2  # the other post's noun, and the words glued before it ("co-founder")
        while i >= 0 and art.text[toks[i].end : toks[i + 1].start] == "-":
            i -= 1
        joined = True
    reach = JOINED_POST_REACH if joined else APPOSITION_REACH
    while i >= 0 and h.first - i <= reach and "," not in art.text[toks[i].end : toks[i + 1].start]:
        t = toks[i]
        if not (
            t.is_capitalised
            or t.norm in ROLE_OWNER_LINKS
            or t.norm in current.DETERMINERS
            or (joined and _describes(t) and t.norm not in GIVEN_NAME_JOINERS)
        ):
            return None
        i -= 1
    if joined and any(i < p.first < h.first for p in people_in(art, s)):
        return None  # "Smith, a colleague of Jane Doe and the principal investigator": whose post is unclear
    if 0 <= i < h.first - 1 and "," in art.text[toks[i].end : toks[i + 1].start]:
        return person_at(art, s, i, forward=False)
    return None


def _joined_to_the_next(art: Article, s: Sentence, end: int) -> Person | None:
    """Someone the fact sheet knows whom a title set off after a name goes on to, past "and" and
    another description with no comma: in a list of names and titles, "were Isaacman, mission
    pilot and former U.S. Air Force Thunderbird Scott Poteet, SpaceX engineer …" the title opens
    the next entry, Poteet's, as "co-founder and CEO" names one holder's two posts."""
    toks, text = s.tokens, art.text
    if end >= len(toks) or toks[end].norm not in GIVEN_NAME_JOINERS:
        return None
    known = art.matcher.person_ids
    after = [m for m in art.mentions(s) if end < m.first <= end + JOINED_POST_REACH]
    m = min(after, key=lambda m: m.first, default=None)
    if m is None or m.first == end + 1 or m.entity not in known or "," in text[toks[end].end : toks[m.first].start]:
        return None  # "Lindqvist, mayor and Moreau": no description of the next, maybe three entries
    if not all(t.is_capitalised or _describes(t) or t.norm in DETERMINERS for t in toks[end + 1 : m.first]):
        return None  # "Smith, the mayor and met with Jones": a verb between, not a description
    return Person(m.entity, text[toks[m.first].start : toks[m.last - 1].end], m.first, m.last)


def _a_post(text: str, toks: Sequence[Token], i: int) -> bool:
    """Whether the word at i, right before "and" and a role, may name another post: a title or
    a lower-case noun ("founder", "boss"), written as one word with the role's ("co-founder and
    CEO"), not a name or a verb ("Amazon and CEO", "met and CEO")."""
    t = toks[i]
    return (t.norm in TITLE_WORDS or _an_epithet(t)) and text[t.end : toks[i + 1].start] == " "


def _subject_is(art: Article, s: Sentence, h: PhraseHit) -> Person | None:
    """ "Jeff Weiner will remain CEO of LinkedIn", "Stuart Chambers, who was chairman of ARM",
    "Olaf Scholz was elected chancellor": the subject of a copula, or of a passive verb that
    gives the title, before it."""
    toks = s.tokens
    i = h.first - 1
    if i >= 0 and toks[i].norm in ROLE_TIME:
        i -= 1  # "will be the next prime minister"
    if i >= 0 and toks[i].is_capitalised and toks[i].text.endswith(current.POSSESSIVE_ENDINGS):
        i -= 1  # "will be the UK's next prime minister"
    if i >= 0 and toks[i].norm in current.ROLE_OWNERS:
        i -= 1  # "is the chief executive"
    if i >= 1 and toks[i].norm in APPOINTING and toks[i - 1].norm in COPULA_WORDS:
        i -= 1  # "was elected chancellor", "fue electa vicepresidente", "was named the new CEO"
    if i < 1 or toks[i].norm not in COPULA_WORDS:
        return None
    return _copula_subject(art, s, i)


def _copula_subject(art: Article, s: Sentence, i: int) -> Person | None:
    """The person before the copula at token i, past its auxiliaries ("will remain", "has been"),
    a relative after a comma ("Stuart Chambers, who was chairman") and an aside."""
    toks = s.tokens
    i -= 1
    while i >= 0 and toks[i].norm in AUXILIARIES:
        i -= 1
    if i >= 1 and toks[i].norm in RELATIVE_WHO and "," in art.text[toks[i - 1].end : toks[i].start]:
        i -= 1
    return person_at(art, s, _before_aside(art.text, toks, i), forward=False)


ROLE_LEADS = words("ROLE_LEADS")
ROLE_LEAD_REACH = 4  # words from a copula to the role: "continue in the role of chairman"


def _claims_person_is(art: Article, s: Sentence, h: PhraseHit, person: str) -> Person | None:
    """The claim's person as the subject of a copula or a verb of staying, past words that lead
    from it to the role: "Lázaro Báez, who was also a business associate", "Manuel Roxas is in
    second place", "Rodney McMullen will continue in the role of chairman". An indefinite
    article or a preposition may make the role one post of several ("Smith was a judge"), so only
    the claim's own person is taken: someone else there is no evidence either way."""
    toks = s.tokens
    i = h.first - 1
    while i >= 0 and h.first - i <= ROLE_LEAD_REACH and toks[i].norm in ROLE_LEADS:
        i -= 1
    if i == h.first - 1 or i < 1 or toks[i].norm not in COPULA_WORDS:
        return None  # no lead words: the plain copula is _subject_is's
    named = _copula_subject(art, s, i)  # "Lázaro Báez, who was also", "will continue"
    return named if named is not None and named.entity == person else None


def _before_aside(text: str, toks: Sequence[Token], i: int) -> int:
    """The word before an aside set off by commas that ends at token i, the subject's ("Karin
    Herrera, química bióloga de profesión, fue electa", "Olaf Scholz, 63, was elected"); i when
    no such aside ends there."""
    if i + 1 >= len(toks) or "," not in text[toks[i].end : toks[i + 1].start]:
        return i
    k = i
    while k > 0 and i - k < APPOSITION_REACH:
        t = toks[k]
        if not (t.is_capitalised or t.text.isdigit() or _an_epithet(t) or t.norm in OWNER_PHRASE_JOINERS):
            return i
        if "," in text[toks[k - 1].end : t.start]:
            return k - 1
        k -= 1
    return i


ROLE_AS = words("ROLE_AS")
RELATIVE_WHO = words("PERSON_RELATIVES")  # "Stuart Chambers, who was chairman", "Lázaro Báez, quien era"
APPOINTING = words("APPOINTING_WORDS")
OWNER_WORDS = 3  # words between "as" and the title: "as the Foxes manager"
VERB_REACH = 5  # lower-case words from a name to "as": "has said he will resign as"


def _subject_as(art: Article, s: Sentence, h: PhraseHit) -> Person | None:
    """The holder named as the subject of a verb that gives them the title: "David Cameron
    resigns as Prime Minister", "Cameron has said he will resign as prime minister". A name
    right before "as" is the verb's object ("May replaced Cameron as prime minister"): no holder."""
    toks = s.tokens
    i = h.first - 1
    while (
        i >= 0
        and h.first - i <= OWNER_WORDS
        and (toks[i].norm in current.ROLE_OWNERS or toks[i].norm in ROLE_TIME or toks[i].is_capitalised)
    ):
        i -= 1  # "as the chief executive", "as the Foxes manager", "as the new vice president"
    if i < 1 or toks[i].norm not in ROLE_AS:
        return None
    named = person_at(art, s, i - 1, forward=False)
    if named is not None and named.first >= 1:
        k = named.first - 1 - (toks[named.first - 1].norm == current.ROLE_OWNER_LINKS[0])
        if k >= 0 and toks[k].norm in APPOINTING:
            return named  # "the appointment of Claudio Ranieri as the Foxes manager", "named X as chief executive"
    j = i - 1
    while j >= 0 and i - j <= VERB_REACH and toks[j].text.islower():
        if not re.fullmatch(r"\s+", art.text[toks[j].end : toks[j + 1].start]):
            return None  # "Cameron, who …": a clause set off, or words across punctuation
        j -= 1
    if j < 0 or j == i - 1 or not re.fullmatch(r"\s+", art.text[toks[j].end : toks[j + 1].start]):
        return None
    return person_at(art, s, j, forward=False)


REPLACING = words("REPLACING_WORDS")
AS_OWNER_WORDS = words(lambda lx: (*lx.ROLE_OWNERS, *lx.DETERMINERS, *lx.ROLE_TIME_WORDS))
AS_REACH = 12  # words from a name to "as": "Keir Starmer vowed to bring change to Britain as the next prime minister"
AS_CLAUSE_MARKS = words("CLAUSE_MARKS")


def _claims_person_as(art: Article, s: Sentence, h: PhraseHit, person: str) -> Person | None:
    """The claim's person, the name nearest before "as" and the title in the same clause: the
    clause's subject ("Keir Starmer vowed to bring change to Britain as the next prime minister",
    "Carlo Ancelotti has won more European Cups as a manager") or the one a verb gives the title
    to ("designar ... a Karin Herrera como Vicepresidenta", "acompañado de Francia Márquez, como
    su vicepresidenta"); not the one a verb of replacing takes it from ("May replaced Cameron as
    prime minister"), nor an owner ("Cameron's successor as prime minister"). Someone else there
    may be a verb's object rather than the holder: no evidence either way."""
    toks = s.tokens
    i = h.first - 1
    while i >= 0 and h.first - i <= OWNER_WORDS and (toks[i].norm in AS_OWNER_WORDS or toks[i].is_capitalised):
        i -= 1  # "as a manager", "como su vicepresidencia", "as the Foxes manager"
    if i < 1 or toks[i].norm not in ROLE_AS:
        return None
    before = [p for p in people_in(art, s) if p.last <= i]
    if not before or before[-1].entity != person or i - before[-1].last > AS_REACH:
        return None
    named = before[-1]
    between = art.text[toks[named.last - 1].end : toks[i].start]
    if named.last == i:
        between = between.replace(",", "", 1)  # "Francia Márquez, como su vicepresidenta": set off, still hers
    owner = toks[named.last - 1].text.endswith(current.POSSESSIVE_ENDINGS) or between.startswith(("'", "’"))
    if owner or any(mark in between for mark in AS_CLAUSE_MARKS):
        return None  # another clause between, or "Cameron's successor as prime minister"
    k = named.first - 1
    while k >= 0 and toks[k].norm in OBJECT_LEADS:
        k -= 1  # "reemplazó a David Cameron como primer ministro"
    if k >= 0 and toks[k].norm in REPLACING:
        return None
    return named


DESCRIPTION_REACH = 3  # words describing the holder between the role and the name: "de ultraderecha", "más cercana"


def _claims_person_described(art: Article, s: Sentence, h: PhraseHit, person: str) -> Person | None:
    """The claim's person right after the role and a few lower-case words that describe them,
    an adjective after the noun or a complement ("al empresario patagónico Lázaro Báez", "su
    adversario de ultraderecha José Antonio Kast", "su competidora más cercana, Xóchitl
    Gálvez"), or before it ("beating old foe Daniil Medvedev"). Such a word may also be a verb
    whose object the name is ("el juez condena hoy a Chauvin"), so only the claim's own person is
    taken, with no object marker before the name: someone else there is no evidence either way."""
    toks = s.tokens
    j = _title_end(art.text, toks, h.last)
    k = j
    while k < len(toks) - 1 and k - j < DESCRIPTION_REACH:
        t = toks[k]
        linked = t.norm in ROLE_OWNER_LINKS and k + 1 < len(toks) and _an_epithet(toks[k + 1])
        if not (_an_epithet(t) or linked) or art.text[toks[k - 1].end : t.start] != " ":
            break
        k += 1
    if k == j or k >= len(toks) or art.text[toks[k - 1].end : toks[k].start].strip() not in ("", ","):
        return None
    named = person_at(art, s, k, forward=True)
    return named if named is not None and named.entity == person else None


def _fronted(art: Article, s: Sentence, h: PhraseHit) -> bool:
    """Whether the title ends a phrase fronted before the sentence's subject ("During talks with
    the foreign minister, Ebrard said …"): the name after its comma is the subject, not the holder."""
    toks = s.tokens
    if not toks or toks[0].norm not in FRONTING:
        return False
    commas = art.marks_at(s, ",")  # no comma between the first word and the title
    k = bisect_left(commas, toks[0].end)
    return k == len(commas) or commas[k] >= toks[h.first].start


QUALIFYING = words(lambda lx: (*lx.ROLE_QUALIFIERS, *lx.ORDINALS))


def _qualified_title(toks: Sequence[Token], first: int) -> bool:
    """Whether a word among the titles before the one found makes it another post: "Deputy Prime
    Minister", "former president", "second runner-up" (docs/claims-format.md: a qualified title is
    not the role)."""
    i = first - 1
    while i >= 0 and (toks[i].norm in TITLE_WORDS or _joins_titles(toks, i)):
        if toks[i].norm in QUALIFYING:
            return True
        i -= 1
    return i >= 0 and toks[i].norm in QUALIFYING


def _prefixed_title(text: str, toks: Sequence[Token], first: int) -> bool:
    """Whether the title found is joined by a hyphen to a prefix that makes it another post
    ("co-pilot Harvino" for the captain, "co-chair", "co-founder"): its holder serves beside the
    title's own holder (docs/claims-format.md: a qualified title is not the role)."""
    return first > 0 and toks[first - 1].norm in ROLE_PREFIXES and text[toks[first - 1].end : toks[first].start] == "-"


def _timed(text: str, toks: Sequence[Token], h: PhraseHit) -> bool:
    """Whether a word before the title found, past the titles before it, says when its holder
    holds it ("the next prime minister", "Splunk's current CEO"), or a suffix after it ("Vice
    President-elect Geraldo Alckmin"): someone other than the claim's person there may hold it
    at another time than the claim's."""
    i = h.first - 1
    while i >= 0 and (toks[i].norm in TITLE_WORDS or _joins_titles(toks, i)):
        i -= 1
    end = _title_end(text, toks, h.last)
    return (i >= 0 and toks[i].norm in ROLE_TIME) or toks[end - 1].norm in TITLE_SUFFIXES


def _title_end(text: str, toks: Sequence[Token], end: int) -> int:
    """Where a title found ending at `end` ends, past titles it runs into ("chief executive
    officer", "incumbent President") and a suffix that makes it a post about to be taken
    ("President-elect", "presidenta electa")."""
    while end < len(toks):
        gap = text[toks[end - 1].end : toks[end].start]
        if not ((gap == " " and toks[end].norm in TITLES) or (gap in (" ", "-") and toks[end].norm in TITLE_SUFFIXES)):
            break
        end += 1
    return end


def _joins_titles(toks: Sequence[Token], i: int) -> bool:
    return toks[i].norm in GIVEN_NAME_JOINERS and i > 0 and toks[i - 1].norm in TITLE_WORDS


OWNER_DESCRIPTION = 4  # words from "of" to the owner's name: "of the electric car maker Tesla"


def owners_at(text: str, toks: Sequence[Token], first: int, last: int, article: bool = True) -> list[Token]:
    """The owners a title at tokens [first, last) is given: a capitalised word before it, past
    the other titles of the same person ("SoftBank CEO", "Australian Prime Minister",
    "SoftBank's chairman and CEO"), or a name after "of", "at", "for" ("chief executive of
    Pilkington"), past the other titles after it and a description of the owner ("chief
    executive and founder of SpaceX", "the chief executive of electric car maker Tesla"), in an
    `article` past an article too ("chief executive of the Competition and Markets Authority":
    the claim's own owner is one word, which "the United States" would cut short); not a
    sentence's first word, "The", a month."""
    i = first - 1
    while i >= 0 and (toks[i].norm in TITLE_WORDS or toks[i].norm in ROLE_TIME or _joins_titles(toks, i)):
        i -= 1  # "Cisco's current CEO"
    owners = []
    if i >= 0 and toks[i].is_capitalised and not text[toks[i].end : toks[i + 1].start].strip(" '’s"):
        owners.append(toks[i])
    j = last
    while j + 1 < len(toks) and toks[j].norm in GIVEN_NAME_JOINERS and toks[j + 1].norm in TITLE_WORDS:
        j += 2
    if j + 1 < len(toks) and toks[j].norm in ROLE_OWNER_LINKS:
        k = j + 1 + (article and toks[j + 1].norm in DETERMINERS)
        while k < len(toks) - 1 and k - j <= OWNER_DESCRIPTION and _an_epithet(toks[k]):
            if text[toks[k].end : toks[k + 1].start] != " ":
                break
            k += 1
        if k < len(toks) and toks[k].is_capitalised:
            owners.append(toks[k])
    return [owner for owner in owners if owner.norm not in NOT_OWNERS]


def _another_owner(art: Article, claim: Claim, owners: list[Token], toks: Sequence[Token]) -> bool:
    """Whether a title's owner is a country or an organisation the claim does not name
    ("Australian Prime Minister", "Microsoft CEO" for LinkedIn's; docs/claims-format.md:
    another country's title is not the claim's role), or a name of several words one of which
    the claim does not say ("South Carolina Governor Henry McMaster" for North Carolina's
    governor, "West Virginia Governor" for Virginia's). The claim's own person under such a
    title is still named in the post ("French prosecutor Brice Robin" for the Marseille
    prosecutor): the caller leaves out only another holder."""
    if not owners:
        return False
    owner = art.matcher.role_owner.get(claim.id)  # the statement's "LinkedIn's chief executive"
    named = frozenset(t.norm for t in tokenize(owner)) if owner else _claim_words(claim, art)
    if any(not same_place(o.norm, named) for o in owners):
        return True
    said = _claim_words(claim, art)
    return any(not same_place(t.norm, said) for t in _name_before(toks, owners[0]))


def _name_before(toks: Sequence[Token], owner: Token) -> list[Token]:
    """The capitalised words run on before a title's owner, the rest of its name ("South" in
    "South Carolina Governor"); not a title or a qualifier ("Former Peruvian President"), nor a
    sentence's first word, which is capitalised anyway."""
    k, _ = token_range(toks, owner.start, owner.end)
    first = k
    while (
        first > 1
        and toks[first - 1].is_capitalised
        and toks[first - 1].norm not in TITLE_OR_QUALIFIER
        and toks[first - 1].end + 1 == toks[first].start
    ):
        first -= 1
    return list(toks[first:k])


def claim_role_owner(statement: str, roles: tuple[str, ...]) -> str | None:
    """The owner the claim's statement gives its role: "LinkedIn's chief executive", "the
    chief executive of LinkedIn"; None when the statement names the role without one. Read
    as the fact sheet writes it, in English, whatever the article's language ("Spain's
    coach" is Spain's in a Spanish article too)."""
    with reading(DEFAULT_LANGUAGE):
        toks = tokenize(statement)
        for role in roles:
            phrase = Phrase.parse(role)
            for i in range(len(toks)):
                matched = phrase.matches_at(toks, i)
                owners = owners_at(statement, toks, i, i + len(phrase.stems), article=False) if matched else []
                if owners:
                    return without_possessive(owners[0].text)
    return None


def _claim_words(claim: Claim, art: Article) -> frozenset[str]:
    """The words with which a claim names who or what holds the post: its statement, its
    topic and role phrases, and the names of its entities."""
    expect = claim.expect
    assert isinstance(expect, PersonExpect)
    texts = [claim.statement, *art.matcher.claims.topic_phrases(claim), *expect.role]
    entity = art.matcher.entities.get(expect.person)
    if entity is not None:
        texts.extend(entity.names)
    return frozenset(t.norm for text in texts for t in tokenize(text))
