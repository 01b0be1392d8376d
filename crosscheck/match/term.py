"""Term claims: a supporting or a conflicting word said of the topic ("the first
dialogue" against "revived the dialogue"), unless negated or asked."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from ..lexicon import current, phrase_table, words
from ..model import Claim, Evidence, Found, Stance, TermExpect
from ..text import Token, in_a_name, is_past_form, tokenize
from ..zones import Sentence
from .about import COMPARISONS, NEAR, another_time, clause_span, topic_distance, topic_tokens
from .topic import CLAUSE_BREAK_RE, Article, PhraseHit, follows, is_question, negated

LIST_JOINERS = words("LIST_JOINERS")
OCCASION_NOUNS = words("OCCASION_NOUNS")
HYPHEN = "-"
THRESHOLD_TAILS = phrase_table("THRESHOLD_TAILS")


def phrases(claim: Claim) -> Iterator[tuple[str, str]]:
    """Index keys: the words that support ("term+") and those that conflict ("term-")."""
    expect = claim.expect
    assert isinstance(expect, TermExpect)
    yield from ((f"term+:{claim.id}", p) for p in (expect.term, *expect.supports))
    yield from ((f"term-:{claim.id}", p) for p in expect.conflicts)


def evidence(art: Article, claim: Claim, sentences: list[Sentence]) -> list[Evidence]:
    out = []
    for s in sentences:
        if not is_question(art.text, s):
            out.extend(_sentence(art, s, claim))
    return out


def _denied(art: Article, s: Sentence, i: int) -> bool:
    """Whether a word is negated, itself or as an item of a list a denial reaches as a whole:
    "do not suspect terrorism or arson", "ruled out arson and possible terror-related motives"."""
    text, tokens = art.text, s.tokens
    if negated(art, s, i):
        return True
    for joiner in (i - 1, i - 2):  # the item may carry one modifier after the joiner: "and possible terror"
        if (
            joiner >= 1
            and tokens[joiner].norm in LIST_JOINERS
            and not CLAUSE_BREAK_RE.search(text[tokens[joiner - 1].end : tokens[i].start])
        ):
            return negated(art, s, joiner - 1, conditions=False)
    return False


def _sentence(art: Article, s: Sentence, claim: Claim) -> list[Evidence]:
    """The supporting and conflicting words of one sentence said of the topic.

    A word far from where the sentence names the topic, or past a clause of its own
    ("England voted for Brexit while Scotland backed Remain"), may be said of something
    else: beside a word that agrees near the topic it is dropped, alone it is unclear."""
    hits = art.hits_in(s, f"term+:{claim.id}") + art.hits_in(s, f"term-:{claim.id}")
    hits.sort(key=lambda h: (h.first, -(h.last - h.first)))
    topic_starts = {t.first for t in art.hits_in(s, f"topic:{claim.id}")}
    found = []
    end = -1
    choices = _choices(s.tokens, hits)
    written = _written(tuple(p for _, p in phrases(claim)), current.code) if hits else frozenset()
    for h in hits:
        if h in choices:
            continue  # "jurors could select guilty or not guilty": the choice offered, not the one made
        if any(s.tokens[i].norm not in written and in_a_name(s.tokens, i) for i in range(h.first, h.last)):
            continue  # "en Australia y Nueva Zelanda" is no "nuevamente": a name's word, matched by stem only
        if h.first and art.text[s.tokens[h.first - 1].end : s.tokens[h.first].start] == HYPHEN:
            continue  # "the cash-and-stock transaction" is no "stock transaction": the word is a compound's part
        if h.first < end or _denied(art, s, h.first) or _a_prospect(s.tokens, h.first):
            continue  # "not approved"; "must be ratified", "a referendum to approve the deal"
        if _at_issue(s.tokens, h.first):
            continue  # "the contest over ratifying the peace deal": what was at stake
        if _requested(art, s, h.first, h.last):
            continue  # "prosecutors asked judges to rule him insane": what was asked for, not decided
        if _pleaded(s.tokens, h.first, h.last):
            continue  # "Murdaugh has pleaded not guilty": the defendant's plea, not the verdict
        if h.key.startswith("term-") and (_a_threshold(s.tokens, h.last) or _compared_to(s.tokens, h.first)):
            end = h.last  # nor the claim's word inside it: "larger than the second largest acquisition"
            continue  # "the first major hurricane – category 3 or higher –", "greater than a Category 1"
        if h.key.startswith("term-") and h.last < len(s.tokens) and s.tokens[h.last].norm in OCCASION_NOUNS:
            continue  # "the Beijing Olympics" for a record set in Berlin: the place names another occasion
        if h.key.startswith("term-") and _owned_subject(s.tokens, h.first, topic_tokens(art, s, claim)):
            continue  # "Colombia's congress approves revised deal": the congress acts, not the voters
        if h.key.startswith("term-") and another_time(art, s, *clause_span(art, s, h.first, h.last), skip=range(0)):
            continue  # "when winning Olympic gold in Beijing in 2008": another occurrence's place
        if _describes_the_topic(art.text, s, h.last, topic_starts) and not _listed_compound(art.text, s, h):
            continue  # "anchoring harpoons", "an attack submarine": the harpoons' and the submarine's kind
        end = h.last
        stance: Stance = "supports" if h.key.startswith("term+") else "conflicts"
        distance = topic_distance(art, s, h.first, h.last, claim)
        found.append((h, stance, distance is None or distance <= NEAR))
    agreeing = any(stance == "supports" and near for _, stance, near in found)
    out = []
    for h, stance, near in found:
        note = None
        if stance == "conflicts" and not near:
            if agreeing:
                continue
            stance, note = "unclear", "not clearly said of the topic: too far from where the sentence names it"
        other = _of_others(art.text, s.tokens, h.last) if stance == "conflicts" else None
        if other:  # "Rhodes was acquitted of two other conspiracy charges": a split verdict's other part
            stance, note = "unclear", f"said of others than the claim's ('{other}')"
        if stance == "conflicts" and _failed(art, s, h.first, h.last):
            stance, note = "unclear", "said of a try that failed, not of the one the claim is about"
        against = _ranked_against(s.tokens, h, topic_starts) if stance == "conflicts" else None
        if against:  # "This is the second largest acquisition …, behind the purchase of Whole Foods"
            stance, note = "unclear", f"ranks something else against the topic ('{against}')"
        start, stop = s.tokens[h.first].start, s.tokens[h.last - 1].end
        value = Found(h.phrase.text, art.text[start:stop])
        out.append(art.evidence(s, start, stop, stance, value, left=3, right=4, note=note))
    return out


ALTERNATIVE_JOINERS = words(lambda lx: (tuple(p.split()) for p in lx.ALTERNATIVE_JOINERS))


@lru_cache(maxsize=256)
def _written(phrases: tuple[str, ...], language: str) -> frozenset[str]:
    """The words of a claim's term phrases as written (`language` keys the cache: words are
    normalised as the language being read does)."""
    return frozenset(t.norm for p in phrases for t in tokenize(p))


OTHERS = words(lambda lx: (*lx.THE_OTHERS, *lx.ANOTHER_WORDS))
OTHERS_REACH = 4  # words from a term to the "other" of its object: "acquitted of two other conspiracy charges"


def _of_others(text: str, tokens: Sequence[Token], after: int) -> str | None:
    """The words of a term's object that make it other things than the claim's ("acquitted of two
    other conspiracy charges", "absuelto de otros dos cargos"), up to the first mark; None."""
    for k in range(after, min(len(tokens), after + OTHERS_REACH)):
        if k > after and text[tokens[k - 1].end : tokens[k].start].strip():
            return None
        if tokens[k].norm in OTHERS:
            return text[tokens[after].start : tokens[k].end]
    return None


RANKED_AGAINST = words("RANKED_AGAINST")


def _ranked_against(tokens: Sequence[Token], h: PhraseHit, topic_starts: set[int]) -> str | None:
    """The word that ranks a term's subject against the topic ("This is the second largest
    acquisition in Amazon's history, behind the company's purchase of Whole Foods"): the topic
    named nowhere before the term and again after that word, the rank is the subject's, which the
    sentence does not say is the topic; None."""
    if any(t < h.first for t in topic_starts):
        return None  # "The acquisition of Nuance is the second largest, behind LinkedIn": the topic ranked
    k = next((k for k in range(h.last, len(tokens)) if tokens[k].norm in RANKED_AGAINST), None)
    if k is None or not any(t > k for t in topic_starts):
        return None
    return tokens[k].text


FAILURES = words("FAILURE_WORDS")


def _failed(art: Article, s: Sentence, first: int, last: int) -> bool:
    """Whether the term's clause says the try failed ("He missed on his first attempt", "NASA
    scrubbed its second attempt to launch"), or the clause after it when the term's opens the
    sentence ("On his first attempt to clear 6.21, he failed"): the failed try is not the one the
    claim counts, and a failure may or may not be what the claim denies."""
    clauses = art.clauses(s)
    low, high = clauses.span(first, last)
    if low == 0 and high < len(s.tokens):
        high = clauses.span(high, high + 1)[1]
    return art.word_marks(s, FAILURES).any(low, high)


def _compared_to(tokens: Sequence[Token], first: int) -> bool:
    """Whether a term is what something is compared with ("hurricanes greater than a Category
    1", "larger than the second largest acquisition"): a class's threshold, not the topic's own."""
    k = first - 1
    if k >= 0 and tokens[k].norm in DETERMINERS:
        k -= 1
    return k >= 0 and tokens[k].norm in COMPARISONS


def _a_threshold(tokens: Sequence[Token], after: int) -> bool:
    """Whether the words after a term make it the threshold of a class ("category 3 or higher")."""
    following = tuple(t.norm for t in tokens[after : after + 3])
    return any(following[: len(t)] == t for t in THRESHOLD_TAILS)


def _choices(tokens: Sequence[Token], hits: list[PhraseHit]) -> set[PhraseHit]:
    """The words offered as a choice between the claim's word and its opposite, joined by "or"
    ("select guilty or not guilty", "aceptar o rechazar el acuerdo"): neither is the one chosen."""
    out = set()
    starting: dict[int, list[PhraseHit]] = {}
    for h in hits:
        starting.setdefault(h.first, []).append(h)
    for a in hits:
        for joiner in ALTERNATIVE_JOINERS:  # a phrase of a few words: only hits that far after `a` can follow it
            after = a.last + len(joiner)
            if tuple(t.norm for t in tokens[a.last : after]) != joiner:
                continue
            for b in starting.get(after, ()):
                if a.key[:5] != b.key[:5]:
                    out |= {a, b}
    return out


def _owned_subject(tokens: Sequence[Token], i: int, topic: frozenset[int]) -> bool:
    """Whether the word at token i is the verb of a noun the topic owns: "Colombia's congress
    approves the deal", "Colombia's Congress has approved" (the congress acts, not Colombia's
    voters)."""
    j = i - 1
    while j >= 0 and tokens[j].norm in PASSIVE:
        j -= 1  # "has approved"
    return (
        j >= 1
        and j not in topic
        and tokens[j].text.isalpha()
        and j - 1 in topic
        and tokens[j - 1].text.lower().endswith(current.POSSESSIVE_ENDINGS)
    )


def _requested(art: Article, s: Sentence, first: int, last: int) -> bool:
    """Whether a word earlier in the term's clause makes it what someone asks for or wants
    ("prosecutors asked judges to rule him insane", "Uribe urged voters to reject the deal", "the
    prosecution wanted judges to deem him insane")."""
    low, _ = clause_span(art, s, first, last)
    return art.word_marks(s, REQUESTS).any(low, first)


REQUESTS = words(lambda lx: (*lx.REQUEST_WORDS, *lx.DESIRE_WORDS))
PLEAS = phrase_table("PLEA_PHRASES")
PLEA_NOUNS = words("PLEA_NOUNS")
PROSPECTS = words("PROSPECT_WORDS")


def _pleaded(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the words are what a defendant pleads ("has pleaded not guilty", "se declaró
    inocente", "a not guilty plea"): a party's answer to the charge, which says nothing of what
    the court or the jury decided."""
    if last < len(tokens) and tokens[last].norm in PLEA_NOUNS:
        return True
    return follows(tokens, first, PLEAS)


DETERMINERS = words("DETERMINERS")
POSSESSIVES = words("POSSESSIVES")
NOUN_PHRASE_REACH = 5  # words back from "to" to the determiner of the noun it follows
PASSIVE = words("MODAL_LINKS")  # "must be ratified", "would have passed"


def _a_prospect(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at token i is what may, must or is meant to happen: after a modal
    ("must be ratified", "likely to ratify") or an infinitive's "to" after a noun ("a referendum
    to approve"; "Scotland voted to remain" and "vote to Remain" say what was done)."""
    j = i - 1
    while j >= 0 and tokens[j].norm in PASSIVE:
        j -= 1
    if j < 0:
        return False
    if tokens[j].norm in PROSPECTS:
        return True
    if tokens[j].norm == current.INFINITIVE_MARKER and j > 0:
        if tokens[j - 1].norm in PROSPECTS:
            return True  # "likely to ratify"
        # a noun's purpose: "a referendum to approve the deal", "the plebiscite vote to ratify"
        k = j - 1
        while k >= 0 and j - k <= NOUN_PHRASE_REACH and not is_past_form(tokens[k].norm):
            if tokens[k].norm in DETERMINERS or tokens[k].text.endswith(("'s", "’s")):
                return True  # "this weekend's upcoming plebiscite vote to ratify"
            if k == j - 2 and tokens[k].norm in POSSESSIVES:
                return True  # "their quest to secure a majority", "his bid to win"
            k -= 1
    return False


ISSUE_LINKS = words("ISSUE_LINKS")


def _at_issue(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at token i is a verb's "-ing" form after a preposition of the matter at
    issue ("the contest over ratifying the peace deal", "a referendum on accepting the final
    deal"): what was at stake, not what was decided ("after ratifying the deal" is done)."""
    ending = current.PRESENT_PARTICIPLE_ENDING
    return bool(ending) and i > 0 and tokens[i].norm.endswith(ending) and tokens[i - 1].norm in ISSUE_LINKS


# Words that rank or date the topic's noun rather than name its kind: "the first security
# dialogue", "the largest acquisition", "a revived dialogue".
RANKS = words(lambda lx: (*lx.ORDINALS, *lx.SUPERLATIVES, *(w for words in lx.NOVELTY_WORDS.values() for w in words)))


def _listed_compound(text: str, s: Sentence, h: PhraseHit) -> bool:
    """Whether the words are a compound of several words written as the claim lists it ("the
    all-stock deal", "the eight-storey building"): the kind of thing the claim is about, which a
    single word before the noun ("attack submarine", "guilty verdict") does not say."""
    surface = text[s.tokens[h.first].start : s.tokens[h.last - 1].end]
    return h.last - h.first > 1 and _words(surface) == _words(h.phrase.text)


def _words(phrase: str) -> list[str]:
    """A phrase's words, whether written with hyphens or spaces: "cash-and-stock", "cash and stock"."""
    return phrase.casefold().replace(HYPHEN, " ").split()


def _describes_the_topic(text: str, s: Sentence, last: int, topic_starts: set[int]) -> bool:
    """Whether a word stands right before the topic's noun as its modifier, an "-ing" word or a
    noun: "probe's anchoring harpoons failed" and "a diesel-electric attack submarine" name the
    harpoons' and the submarine's kind, not what happened ("the imploded hull", a past form,
    says what happened; "the first dialogue", a rank, says which one)."""
    t = s.tokens[last - 1]
    return (
        last in topic_starts
        and not is_past_form(t.norm)
        and not is_past_form(s.tokens[last].norm)  # "a collapse trapped them": the topic is a verb
        and t.norm not in RANKS
        and text[t.end : s.tokens[last].start] == " "
        and s.tokens[last].text.islower()
        and t.text.islower()
    )
