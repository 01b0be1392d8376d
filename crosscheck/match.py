"""Locate each claim's topic in an article and attach the values said about it.

Evidence is a headline or body sentence that names the topic, the sentences
that continue it ("He said …", "The initiative …"), and the lead paragraphs
under a headline about the topic, less whatever the claim's `exclude`
phrases rule out (claims-format.md, Where evidence comes from). Only values
inside those sentences are compared with the claim: a value elsewhere in the
article is about something else.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Sequence

from .claims import Claim, ClaimsFile, DateExpect, PeopleExpect, PersonExpect, QuantityExpect, TermExpect
from .extract import attribution as attrib
from .extract import dates as dates_mod
from .extract.dates import RELATIONS, DateMention
from .extract.names import NAME_PARTICLES, PhraseHit, PhraseIndex, VariantFinder
from .extract.quantities import QuantityMention, find_quantities
from .model import Evidence, Found, Misspelling
from .scope import Dating
from .scope import window as scope_window
from .sources import Source
from .text import Phrase, Token, fold_for_search, is_irregular_past, tokenize, triggers
from .zones import Layout, Sentence

NEGATIONS = frozenset("not no never neither nor without hardly cannot".split())
CONDITIONALS = frozenset("if unless whether".split())
CONDITION_REACH = 12  # words between "if" and the word it conditions
DISCOURSE = frozenset("however but and also still meanwhile additionally moreover yet so instead further "
                      "furthermore indeed".split())
ANAPHORS = frozenset("he she it they this these those its their his her such both".split())
FUTURE = frozenset("will would shall 'll going expected scheduled set upcoming ahead plans plan due".split())
PAST = frozenset("was were had did earlier last ago yesterday".split())
AUXILIARY_BEFORE_PARTICIPLE = frozenset("be been being is are has have will would to".split())
CLAUSE_BREAK_RE = re.compile(r"[,;:()\"“”]|\s[-–—]\s")
# Words that make a capitalised run a title or an institution rather than a person's name.
NOT_NAME_WORDS = frozenset(
    "secretary minister president vice attorney general foreign homeland security state department house white "
    "office ministry affairs defense defence justice initiative dialogue framework agency council committee "
    "commission administration government party union nations united states republic kingdom city university "
    "bank fund court senate congress parliament army police force forces service services news times post press "
    "agreement treaty summit conference organization organisation development cooperation economic national "
    "international federal public safety health chief director advisor adviser ambassador governor senator "
    "representative spokesman spokesperson spokeswoman deputy prime mr mrs ms dr sir lady lord cabinet team group "
    "delegation side mexican american canadian french british chinese russian european us uk eu un ag "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december north south east west new the".split()
)
FRAME_RE = re.compile(r"(?:(?:Back|Early|Late)\s+)?(?:In|During|By)\s+(?:(?:early|late|mid-?)\s*)?"
                      r"(?:[A-Z][a-z]+\.?\s+)?(?P<year>1[89]\d\d|20\d\d)\s*,")
FIGURE_DATE_GAP_RE = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:on|by|as of|in|at)?\s*")  # "4,000 cars on"
MEMBER_CUES = (("led", "by"), ("includ",), ("accompani", "by"), ("join", "by"), ("along", "with"))


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity named in a sentence (tokens [first, last)), exactly or misspelt."""

    entity: str
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Person:
    """Someone named in a sentence: a known entity, or an unknown name."""

    entity: str | None
    name: str
    first: int
    last: int


class Article:
    """What the claims ask of one article, computed once and shared by all claims."""

    def __init__(self, source: Source, layout: Layout, dating: Dating, matcher: "Matcher") -> None:
        self.source = source
        self.text = text = source.text
        self.layout = layout
        self.dating = dating
        self.scope_year = matcher.scope_year
        self.lines = layout.lines
        # One pass of an automaton over each sentence decides whether it can name any
        # phrase at all; only those are split into words and matched.
        self.hits: dict[int, list[PhraseHit]] = {}
        named: list[Token] = []  # words of the stretches that may hold a misspelt name
        for sentence in layout.sentences:
            folded = fold_for_search(text[sentence.start:sentence.end])
            if _mentions(matcher.phrase_triggers, folded):
                found = matcher.index.find(sentence.tokens)
                if found:
                    self.hits[sentence.index] = found
            if _mentions(matcher.name_triggers, folded):
                named.extend(sentence.tokens)
        for region in layout.regions:  # captions, bylines, lists: misspellings count there too
            if _mentions(matcher.name_triggers, fold_for_search(text[region.start:region.end])):
                named.extend(tokenize(text, region.start, region.end))
        named.sort(key=lambda t: t.start)
        self.section_hits = {sec.index: matcher.index.find(sec.tokens) for sec in layout.sections}
        self.variants = matcher.variants.find(text, named)
        self._values: dict[int, tuple[list[DateMention], list[QuantityMention]]] = {}
        self._attributions: dict[int, str | None] = {}
        self._carried: dict[int, str | None] = {}  # who a "He said" after each sentence would be
        # Which sentences name which claim's topic or exclusion: most claims are absent from
        # any one article, and then cost nothing.
        self.topical: dict[str, list[int]] = {}
        self.excluded: dict[str, set[int]] = {}
        self.topic_stems: dict[int, set[tuple[str, ...]]] = {}
        for index, hits in sorted(self.hits.items()):
            sentence = layout.sentences[index]
            for h in hits:
                kind, _, claim_id = h.key.partition(":")
                if kind == "topic":
                    self.topic_stems.setdefault(index, set()).add(h.phrase.stems)
                    if not _negated(sentence.tokens, h.first, self.text):
                        found = self.topical.setdefault(claim_id, [])
                        if not found or found[-1] != index:
                            found.append(index)
                elif kind == "exclude":
                    self.excluded.setdefault(claim_id, set()).add(index)
        self.excluded_sections: dict[str, set[int]] = {}
        for section, hits in self.section_hits.items():
            for h in hits:
                kind, _, claim_id = h.key.partition(":")
                if kind == "exclude":
                    self.excluded_sections.setdefault(claim_id, set()).add(section)

    def attributed_to(self, sentence: Sentence) -> str | None:
        """Who a sentence is attributed to; "He said" takes the person named just before.

        Worked out only for sentences that become evidence: from the paragraph's start,
        or the last sentence already worked out, forward to this one.
        """
        sentences = self.layout.sentences
        i = sentence.index
        while i not in self._attributions and i > 0 and sentences[i - 1].paragraph == sentence.paragraph:
            i -= 1
        if i in self._attributions:  # resume after the last sentence worked out
            start, previous = i + 1, self._carried[i]
        else:  # from the paragraph's first sentence
            start, previous = i, None
        for s in sentences[start:sentence.index + 1]:
            self._attributions[s.index] = attrib.attribution(self.text, s.tokens, previous)
            previous = self._attributions[s.index] or attrib.last_name(self.text, s.tokens) or previous
            self._carried[s.index] = previous
        return self._attributions[sentence.index]

    def hits_in(self, sentence: Sentence, key: str) -> list[PhraseHit]:
        return [h for h in self.hits.get(sentence.index, ()) if h.key == key]

    def mentions(self, sentence: Sentence) -> list[Mention]:
        found = [Mention(h.key[len("entity:"):], h.first, h.last)
                 for h in self.hits.get(sentence.index, ()) if h.key.startswith("entity:")]
        starts = {t.start: i for i, t in enumerate(sentence.tokens)}
        for v in self.variants:
            if sentence.start <= v.start and v.end <= sentence.end and v.start in starts:
                first = starts[v.start]
                found.append(Mention(v.entity, first, first + (v.last - v.first)))
        found.sort(key=lambda m: (m.first, -(m.last - m.first)))
        out: list[Mention] = []
        for m in found:
            if not out or m.first >= out[-1].last:
                out.append(m)
        return out

    def values(self, sentence: Sentence) -> tuple[list[DateMention], list[QuantityMention]]:
        """Dates and quantities of a sentence: a number inside a date is not a quantity,
        and "2,000 people" is a count, not a year."""
        if sentence.index not in self._values:
            found_dates = dates_mod.find_dates(self.text, sentence.start, sentence.end)
            quantities = find_quantities(self.text, sentence.start, sentence.end)
            # "2000 metres" is a length, not the year 2000; "8 October 2021" holds no quantity.
            found_dates = [d for d in found_dates
                           if not (d.precision == "year" and any(q.unit and q.start < d.end and d.start < q.end
                                                                 for q in quantities))]
            quantities = [q for q in quantities
                          if not any(d.start < q.end and q.start < d.end for d in found_dates)]
            self._values[sentence.index] = (found_dates, quantities)
        return self._values[sentence.index]

    def misspellings(self) -> list[Misspelling]:
        out = []
        for v in self.variants:
            line, col = self.lines.position(v.start)
            out.append(Misspelling(self.source.shown, line, col, v.found, v.canonical, v.entity,
                                   self.zone_at(v.start)))
        return out

    def zone_at(self, offset: int) -> str:
        for region in self.layout.regions:
            if region.start <= offset < region.end:
                return region.zone
        h = self.layout.headline
        return "headline" if h and h.start <= offset < h.end else "body"

    def evidence(self, sentence: Sentence, start: int, end: int, stance: str, found: Found,
                 left: int = 4, right: int = 0, **fields) -> Evidence:
        """An evidence item quoting [start, end) with a few words of context from its clause."""
        toks = sentence.tokens
        qs, qe = start, end
        before = [t for t in toks if t.end <= start]
        after = [t for t in toks if t.start >= end]
        cursor = start
        for t in reversed(before[-left:] if left else []):
            if CLAUSE_BREAK_RE.search(self.text[t.end:cursor]):
                break
            qs = cursor = t.start
        cursor = end
        for t in after[:right]:
            if CLAUSE_BREAK_RE.search(self.text[cursor:t.start]):
                break
            qe = cursor = t.end
        line, col = self.lines.position(qs)
        end_line, end_col = self.lines.position(qe)
        return Evidence(stance, sentence.zone, qs, qe, line, col, end_line, end_col, self.text[qs:qe], found,
                        attributed_to=self.attributed_to(sentence),
                        context=self.text[sentence.start:sentence.end], context_start=sentence.start,
                        value_start=start, value_end=end, **fields)


def _automaton(strings: set[str]):
    """An Aho-Corasick automaton over `strings` (pyahocorasick: one pass finds them all)."""
    if not strings:
        return None
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for string in strings:
        automaton.add_word(string, string)
    automaton.make_automaton()
    return automaton


def _mentions(automaton, folded: str) -> bool:
    """Whether text (folded by fold_for_search) may hold one of the automaton's words;
    never a false no."""
    if automaton is None:
        return False
    for _ in automaton.iter(folded):
        return True
    return False


def _negated(tokens: Sequence[Token], i: int, text: str) -> bool:
    """A word used negated ("not the first"), in a condition or a question is no evidence."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if CLAUSE_BREAK_RE.search(text[tokens[k].end:tokens[k + 1].start]):
            break
        norm = tokens[k].norm
        if norm in NEGATIONS or norm.endswith("n't"):
            return True
    for k in range(i - 1, max(-1, i - 1 - CONDITION_REACH), -1):  # bounded: a clause can be 50,000 words
        if CLAUSE_BREAK_RE.search(text[tokens[k].end:tokens[k + 1].start]):
            break
        if tokens[k].norm in CONDITIONALS:
            return True
    return False


def _future(tokens: Sequence[Token]) -> bool:
    """Whether a sentence speaks of what is to come ("will meet on Friday") rather
    than what happened ("struck on Tuesday"); news about plans is the default."""
    if any(t.norm in FUTURE for t in tokens):
        return True
    for i, t in enumerate(tokens):
        before = tokens[i - 1].norm if i else ""
        after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
        if t.norm in PAST:
            return False
        if (t.norm.endswith("ed") or is_irregular_past(t.norm)) and t.text[0].islower() and len(t.norm) > 3 \
                and before not in AUXILIARY_BEFORE_PARTICIPLE and after != "by":
            return False  # a finite past verb, not "was opened" nor "led by"
    return True


def _is_question(text: str, sentence: Sentence) -> bool:
    return text[sentence.start:sentence.end].rstrip(" \"'”’)").endswith("?")


def _dates_a_figure(text: str, s: Sentence, d: DateMention, quantities: list[QuantityMention]) -> bool:
    """Whether the date directly follows a figure: "rose to 158 on Thursday", "5% in March"."""
    for q in quantities:
        if q.end <= d.start and FIGURE_DATE_GAP_RE.fullmatch(text, q.end, d.start):
            return True
    return False


def _token_range(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    first = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
    last = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
    return first, max(last, first + 1)


def _in_quotation(text: str, sentence: Sentence, offset: int) -> bool:
    before = text[sentence.start:offset]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


class Matcher:
    """The claims compiled once: one phrase index for every topic, exclusion,
    entity, term and role phrase, then evidence per (claim, article)."""

    def __init__(self, claims: ClaimsFile) -> None:
        self.claims = claims
        self.entities = claims.entities
        self.person_ids = claims.person_entities()
        phrases: list[tuple[str, str]] = []
        for eid, entity in claims.entities.items():
            phrases.extend((f"entity:{eid}", name) for name in entity.names)
        self.topic_stems: dict[str, set[tuple[str, ...]]] = {}
        self.head_nouns: dict[str, set[str]] = {}
        for claim in claims.claims:
            topic = claims.topic_phrases(claim)
            phrases.extend((f"topic:{claim.id}", p) for p in topic)
            phrases.extend((f"exclude:{claim.id}", p) for p in claim.exclude)
            expect = claim.expect
            if isinstance(expect, TermExpect):
                phrases.extend((f"term+:{claim.id}", p) for p in (expect.term, *expect.supports))
                phrases.extend((f"term-:{claim.id}", p) for p in expect.conflicts)
            elif isinstance(expect, PersonExpect):
                phrases.extend((f"role:{claim.id}", p) for p in expect.role)
            stems = {Phrase.parse(p).stems for p in topic}
            self.topic_stems[claim.id] = {s for s in stems if s}
            self.head_nouns[claim.id] = {s[-1] for s in stems if s}
        self.index = PhraseIndex(phrases)
        self.variants = VariantFinder(claims.entities.values())
        # A phrase starts with its first word; a misspelt name keeps all its words but one.
        first_words = {tokenize(text)[0].norm for _, text in phrases if tokenize(text)}
        name_words = {t.norm for entity in claims.entities.values() for name in entity.names
                      for t in tokenize(name) if len(tokenize(name)) >= 2}
        self.phrase_triggers = _automaton({t for word in first_words for t in triggers(word)})
        self.name_triggers = _automaton({t for word in name_words for t in triggers(word)})
        self.scope_year = claims.scope.date.year if claims.scope and claims.scope.date else None
        self.window = scope_window(claims.scope)

    def article(self, source: Source, layout: Layout, dating: Dating) -> Article:
        return Article(source, layout, dating, self)

    # --- where the evidence is ------------------------------------------------

    def evidence_sentences(self, art: Article, claim: Claim) -> list[Sentence]:
        topical = art.topical.get(claim.id)
        if not topical:
            return []
        sentences = art.layout.sentences
        excluded_sections = art.excluded_sections.get(claim.id, set())
        excluded_sentences = art.excluded.get(claim.id, set())
        dated_claim = isinstance(claim.expect, DateExpect) and claim.expect.precision != "day"

        def usable(s: Sentence) -> bool:
            return (s.section not in excluded_sections and s.index not in excluded_sentences
                    and (dated_claim or not self._another_occurrence(art, s)))

        chosen: dict[int, Sentence] = {}
        topical_set = set(topical)
        for i in topical:
            s = sentences[i]
            if not usable(s):
                continue
            chosen[i] = s
            j = i + 1  # the sentences that carry it on, up to the next topic or paragraph
            while (j < len(sentences) and sentences[j].paragraph == s.paragraph and s.paragraph >= 0
                   and j not in topical_set and usable(sentences[j]) and self._continues(art, sentences[j], claim)):
                chosen[j] = sentences[j]
                j += 1
        headline = art.layout.headline
        if headline is not None and headline.index in chosen:
            for p in art.layout.lead:
                first, last = art.layout.paragraphs[p]
                for s in sentences[first:last]:
                    if s.section not in excluded_sections and s.index not in excluded_sentences:
                        chosen.setdefault(s.index, s)
        return [chosen[i] for i in sorted(chosen)]

    def _another_occurrence(self, art: Article, s: Sentence) -> bool:
        """A sentence opening with a time frame outside the scope window ("In 1957, floods …")
        is about another occurrence. Claims of a year or a month still read it: there
        the year is the very thing being checked."""
        if self.window is None:
            return False
        m = FRAME_RE.match(art.text, s.start, s.end)
        if not m:
            return False
        low, high = self.window
        return not low.year <= int(m.group("year")) <= high.year

    def _continues(self, art: Article, s: Sentence, claim: Claim) -> bool:
        """A sentence that starts "He …", "However, it …" or "The initiative …" and
        names no other topic carries on the previous one."""
        if art.topic_stems.get(s.index, set()) - self.topic_stems[claim.id]:
            return False
        toks = s.tokens
        i = 0
        while i < len(toks) and toks[i].norm in DISCOURSE:
            i += 1
        if i >= len(toks):
            return False
        if toks[i].norm in ANAPHORS:
            return True
        return toks[i].norm == "the" and i + 1 < len(toks) and toks[i + 1].stem in self.head_nouns[claim.id]

    # --- what the evidence says ------------------------------------------------

    def evidence(self, art: Article, claim: Claim) -> list[Evidence]:
        sentences = self.evidence_sentences(art, claim)
        if not sentences:
            return []
        expect = claim.expect
        if isinstance(expect, TermExpect):
            return self._terms(art, claim, sentences)
        if isinstance(expect, QuantityExpect):
            return self._quantities(art, expect, sentences)
        if isinstance(expect, DateExpect):
            return self._dates(art, expect, sentences)
        if isinstance(expect, PersonExpect):
            return self._person(art, claim, expect, sentences)
        return self._people(art, expect, sentences)

    def _terms(self, art: Article, claim: Claim, sentences: list[Sentence]) -> list[Evidence]:
        out = []
        for s in sentences:
            if _is_question(art.text, s):
                continue
            hits = art.hits_in(s, f"term+:{claim.id}") + art.hits_in(s, f"term-:{claim.id}")
            hits.sort(key=lambda h: (h.first, -(h.last - h.first)))
            end = -1
            for h in hits:
                if h.first < end or _negated(s.tokens, h.first, art.text):
                    continue
                end = h.last
                stance = "supports" if h.key.startswith("term+") else "conflicts"
                start, stop = s.tokens[h.first].start, s.tokens[h.last - 1].end
                found = Found(h.phrase.text, art.text[start:stop])
                out.append(art.evidence(s, start, stop, stance, found, left=3, right=4))
        return out

    def _quantities(self, art: Article, expect: QuantityExpect, sentences: list[Sentence]) -> list[Evidence]:
        out = []
        for s in sentences:
            for q in art.values(s)[1]:
                first, _ = _token_range(s.tokens, q.start, q.end)
                if _negated(s.tokens, first, art.text):
                    continue
                stance = _compare_quantity(expect, q)
                if stance is None:
                    continue
                found = Found(_number(q.value), q.bare, q.unit.name if q.unit else None)
                note = "amount in another currency: not converted" if stance == "unclear" else None
                out.append(art.evidence(s, q.start, q.end, stance, found, hedged=q.hedge is not None, note=note))
        return out

    def _dates(self, art: Article, expect: DateExpect, sentences: list[Sentence]) -> list[Evidence]:
        out = []
        for s in sentences:
            found_dates, quantities = art.values(s)
            for d in found_dates:
                first, last = _token_range(s.tokens, d.start, d.end)
                if d.qualifier in RELATIONS or (first > 0 and s.tokens[first - 1].norm in RELATIONS):
                    continue  # "stalled since 2016" bounds another period
                if attrib.is_statement_date(s.tokens, first, last) or _negated(s.tokens, first, art.text):
                    continue  # "the White House said on Monday" dates the statement
                if _dates_a_figure(art.text, s, d, quantities):
                    continue  # "the toll rose to 158 on Thursday" dates the figure
                item = self._date_item(art, s, d, expect)
                if item is not None:
                    out.append(item)
            if expect.precision == "year":
                out.extend(self._ages(art, s, expect, quantities))
        return out

    def _reference(self, art: Article, s: Sentence, d: DateMention) -> dt.date | None:
        """What a relative date counts from: the publication date, or inside a
        quotation the date of the statement when the sentence gives one."""
        published = art.dating.published
        if published is None:
            return None
        if _in_quotation(art.text, s, d.start):
            for other in art.values(s)[0]:
                first, last = _token_range(s.tokens, other.start, other.end)
                if other is not d and attrib.is_statement_date(s.tokens, first, last):
                    said = self._resolve(art, s, other, published)
                    if said is not None:
                        return said[0]
        return published

    def _resolve(self, art: Article, s: Sentence, d: DateMention,
                 reference: dt.date) -> tuple[dt.date, str] | None:
        if d.weekday is not None and d.day is None:
            return dates_mod.resolve_weekday(d.weekday, d.relative, reference, _future(s.tokens)), "day"
        if d.relative in ("today", "tonight", "tomorrow", "yesterday"):
            return dates_mod.resolve_relative_word(d.relative, reference), "day"
        return None

    def _date_item(self, art: Article, s: Sentence, d: DateMention, expect: DateExpect) -> Evidence | None:
        published = art.dating.published
        resolved_with = None
        date: dt.date | None = None
        precision = d.precision
        inferred_year = d.year is None
        if d.year is not None and d.month is not None and d.day is not None:
            date = dt.date(d.year, d.month, d.day)
        elif d.day is not None and d.month is not None:
            year, resolved_with = (published.year, "publication") if published else (art.scope_year, "scope")
            date = dates_mod.complete(d, year) if year else None
            if date is None:
                return None
        elif d.weekday is not None or d.relative is not None:
            reference = self._reference(art, s, d)
            if reference is not None:
                date, precision = self._resolve(art, s, d, reference)
                resolved_with = "publication"
        elif d.month is not None:
            year, resolved_with = (d.year, None) if d.year else (
                (published.year, "publication") if published else (art.scope_year, "scope"))
            if year is None:
                return None
            base_month = published.month if published else None
            if d.year is None and base_month is not None:
                if d.qualifier == "last" and d.month >= base_month:
                    year -= 1
                elif d.qualifier == "next" and d.month <= base_month:
                    year += 1
            date = dt.date(year, d.month, 1)
        else:
            date = dt.date(d.year, 1, 1)

        if expect.precision == "year" and inferred_year:
            return None  # the year was only the publication's: it says nothing of the topic's year
        if date is None:
            # a weekday or "tomorrow" with nothing to count from
            if expect.precision != "day":
                return None
            if d.weekday is not None and d.weekday != expect.value.weekday():
                stance = "conflicts"
            else:
                stance = "unclear"
            name = dates_mod.weekday_name(d.weekday) if d.weekday is not None else d.relative
            return art.evidence(s, d.start, d.end, stance, Found(name, d.text), precision="weekday",
                                note="no publication date to resolve it against")
        stance, shown_precision = _compare_date(expect, date, precision)
        value = (date.isoformat() if shown_precision == "day" else
                 f"{date:%Y-%m}" if shown_precision == "month" else str(date.year))
        return art.evidence(s, d.start, d.end, stance, Found(value, d.text), precision=shown_precision,
                            resolved_with=resolved_with)

    def _ages(self, art: Article, s: Sentence, expect: DateExpect,
              quantities: list[QuantityMention]) -> list[Evidence]:
        """"13-year-old" for a year claim: the year is the reference year less the age."""
        out = []
        published = art.dating.published
        ref_year, resolved_with = (published.year, "publication") if published else (art.scope_year, "scope")
        if ref_year is None:
            return out
        for q in quantities:
            if q.age is None or q.high is not None or q.unit is None or q.unit.name != "year":
                continue
            age = int(q.value)
            years = {ref_year - age} if q.age == "ago" else {ref_year - age, ref_year - age - 1}
            stance = "supports" if expect.value.year in years else "conflicts"
            shown = " or ".join(str(y) for y in sorted(years, reverse=True))
            out.append(art.evidence(s, q.start, q.end, stance, Found(max(years), q.bare), hedged=q.hedge is not None,
                                    precision="year", resolved_with=resolved_with,
                                    note=f"an age: implies {shown}"))
        return out

    def _person(self, art: Article, claim: Claim, expect: PersonExpect, sentences: list[Sentence]) -> list[Evidence]:
        out = []
        key = f"role:{claim.id}" if expect.role else f"topic:{claim.id}"
        for s in sentences:
            for h in art.hits_in(s, key):
                if _negated(s.tokens, h.first, art.text):
                    continue
                holder = self._holder(art, s, h)
                if holder is None:
                    continue
                stance = "supports" if holder.entity == expect.person else "conflicts"
                start, end = s.tokens[holder.first].start, s.tokens[holder.last - 1].end
                found = Found(holder.entity or holder.name, holder.name)
                out.append(art.evidence(s, min(start, s.tokens[h.first].start), max(end, s.tokens[h.last - 1].end),
                                        stance, found, left=1))
        return out

    def _holder(self, art: Article, s: Sentence, h: PhraseHit) -> Person | None:
        """Who holds the role: "Foreign Minister Marcelo Ebrard" or "Ebrard, Mexico's foreign minister"."""
        toks = s.tokens
        if h.last < len(toks) and re.fullmatch(r"\s*,?\s*", art.text[toks[h.last - 1].end:toks[h.last].start]):
            person = self._person_at(art, s, h.last, forward=True)
            if person:
                return person
        # "Marcelo Ebrard, Mexico's foreign minister" / "Ebrard, the foreign secretary"
        i = h.first - 1
        while i >= 0 and h.first - i <= 2 and (toks[i].norm in ("the", "his", "her")
                                                or toks[i].text.endswith(("'s", "’s"))):
            i -= 1
        if 0 <= i < h.first and "," in art.text[toks[i].end:toks[i + 1].start]:
            return self._person_at(art, s, i, forward=False)
        return None

    def _person_at(self, art: Article, s: Sentence, i: int, forward: bool) -> Person | None:
        """The name starting (or ending) at token i, if it is a person's."""
        toks = s.tokens
        if not (0 <= i < len(toks)) or not toks[i].is_capitalised:
            return None
        j = i
        step = 1 if forward else -1
        while 0 <= j + step < len(toks):
            a, b = (toks[j], toks[j + step]) if forward else (toks[j + step], toks[j])
            gap = art.text[a.end:b.start]
            nxt = toks[j + step]
            if gap.strip() not in ("", "-", ".") or not (nxt.is_capitalised or nxt.norm in NAME_PARTICLES):
                break
            j += step
        first, last = (i, j + 1) if forward else (j, i + 1)
        for m in art.mentions(s):
            if m.first < last and first < m.last:
                return Person(m.entity, art.text[toks[m.first].start:toks[m.last - 1].end], m.first, m.last)
        return self._unknown_person(art, toks, first, last)

    @staticmethod
    def _unknown_person(art: Article, toks: Sequence[Token], first: int, last: int) -> Person | None:
        words = toks[first:last]
        if len(words) < 2 or any(w.norm in NOT_NAME_WORDS or not w.norm.replace("-", "").isalpha() for w in words):
            return None
        return Person(None, art.text[words[0].start:words[-1].end], first, last)

    def _people(self, art: Article, expect: PeopleExpect, sentences: list[Sentence]) -> list[Evidence]:
        members = set(expect.people)
        named: set[str] = set()
        items: list[tuple[Sentence, list[Person], list[Person]]] = []
        for s in sentences:
            found, extra = self._members(art, s, members)
            if found or extra:
                items.append((s, found, extra))
                named.update(p.entity for p in found)
        missing = tuple(self.entities[m].name for m in expect.people if m not in named)
        out = []
        for s, found, extra in items:
            people = sorted(found + extra, key=lambda p: p.first)
            start, end = s.tokens[people[0].first].start, s.tokens[people[-1].last - 1].end
            stance = "conflicts" if extra else ("supports" if not missing else "unclear")
            value = [p.entity for p in found]
            out.append(art.evidence(s, start, end, stance, Found(value, ", ".join(p.name for p in people)), left=0,
                                    missing=missing, extra=tuple(p.name for p in extra)))
        return out

    def _members(self, art: Article, s: Sentence, members: set[str]) -> tuple[list[Person], list[Person]]:
        """Members named in a sentence, and anyone else named as one of them: in
        the same list, or after "led by", "including", "accompanied by"."""
        toks = s.tokens
        people = self._people_in(art, s)
        found = [p for p in people if p.entity in members]
        extra: list[Person] = []
        if found:
            lo, hi = found[0].first, found[-1].last
            changed = True
            while changed:  # grow the list over ", X", " and X", "X, " and "X and "
                changed = False
                for p in people:
                    if p.first >= hi and _listed(art.text, toks, hi, p.first):
                        hi, changed = p.last, True
                    elif p.last <= lo and _listed(art.text, toks, p.last, lo):
                        lo, changed = p.first, True
            extra = [p for p in people if p.entity not in members and lo <= p.first and p.last <= hi]
        for p in people:
            if p.entity not in members and p not in extra and _after_cue(toks, p.first):
                extra.append(p)
        return found, extra

    def _people_in(self, art: Article, s: Sentence) -> list[Person]:
        toks = s.tokens
        people = [Person(m.entity, art.text[toks[m.first].start:toks[m.last - 1].end], m.first, m.last)
                  for m in art.mentions(s) if m.entity in self.person_ids]
        taken = {i for p in people for i in range(p.first, p.last)}
        i = 0
        while i < len(toks):
            if toks[i].is_capitalised and i not in taken:
                j = i
                while (j + 1 < len(toks) and toks[j + 1].is_capitalised and j + 1 not in taken
                       and art.text[toks[j].end:toks[j + 1].start].strip() in ("", "-", ".")):
                    j += 1
                person = self._unknown_person(art, toks, i, j + 1)
                if person:
                    people.append(person)
                i = j + 1
            else:
                i += 1
        return sorted(people, key=lambda p: p.first)


def _listed(text: str, toks: Sequence[Token], end: int, start: int) -> bool:
    """Whether tokens [end, start) only join two list items: ", ", " and ", ", and the "."""
    between = [t.norm for t in toks[end:start]]
    gap = text[toks[end - 1].end:toks[start].start] if end > 0 else ""
    if any(w not in ("and", "the") for w in between):
        return False
    return "," in gap or "and" in between


def _after_cue(toks: Sequence[Token], i: int) -> bool:
    for cue in MEMBER_CUES:
        n = len(cue)
        if i - n >= 0 and all(toks[i - n + k].stem.startswith(cue[k]) for k in range(n)):
            return True
    return False


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _compare_quantity(expect: QuantityExpect, q: QuantityMention) -> str | None:
    """supports / conflicts / unclear, or None when the mention is another kind of fact."""
    if expect.unit is None:
        if q.unit is not None and q.unit.dimension != "people":
            return None  # a bare count also reads "217 people"
        value, high, converted = q.value, q.high, False
    else:
        if q.unit is None:
            return None
        if q.unit.dimension != expect.unit.dimension:
            both_money = q.unit.dimension.startswith("currency:") and expect.unit.dimension.startswith("currency:")
            return "unclear" if both_money else None
        value = q.unit.convert(q.value, expect.unit)
        high = q.unit.convert(q.high, expect.unit) if q.high is not None else None
        converted = q.unit.name != expect.unit.name
    if expect.tolerance is not None:
        tolerance = expect.tolerance
    elif expect.tolerance_percent is not None:
        tolerance = abs(expect.value) * expect.tolerance_percent / 100
    else:
        tolerance = abs(expect.value) * 0.01 if converted else 0.0
    tolerance += 1e-9 * max(1.0, abs(expect.value))
    low, top = (value, high) if high is not None else (value, value)
    return "supports" if low - tolerance <= expect.value <= top + tolerance else "conflicts"


def _compare_date(expect: DateExpect, date: dt.date, precision: str) -> tuple[str, str]:
    """(stance, the precision compared at): the coarser of the claim's and the article's."""
    order = {"year": 0, "month": 1, "day": 2}
    shown = min(precision, expect.precision, key=order.__getitem__)
    if shown == "day":
        same = date == expect.value
    elif shown == "month":
        same = (date.year, date.month) == (expect.value.year, expect.value.month)
    else:
        same = date.year == expect.value.year
    return ("supports" if same else "conflicts"), shown
