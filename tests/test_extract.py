"""Extractors, one behaviour per test: dates, quantities, names, attribution, words."""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.extract import attribution, dates
from crosscheck.extract.names import PhraseIndex, VariantFinder
from crosscheck.extract.quantities import find_quantities
from crosscheck.model import Entity
from crosscheck.text import LineIndex, Phrase, fold, tokenize

# --- words -------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, text",
    [
        ("revive", "the talks were revived"),
        ("revive", "a revival of the talks"),
        ("reactivate", "the reactivation of the pact"),
        ("meeting", "they will meet on Friday"),
        ("border", "both borders"),
        ("High Level", "the High-Level talks"),
        ("Lopez Obrador", "President López Obrador"),
        ("rebuild", "the bridge was rebuilt"),
        ("US", "the U.S. delegation"),
    ],
)
def test_phrases_match_inflections_accents_and_hyphens(phrase, text):
    index = PhraseIndex([("k", phrase)])
    assert index.find(tokenize(text)), f"{phrase!r} should match {text!r}"


@pytest.mark.parametrize(
    "phrase, text",
    [
        ("US", "let us go"),
        ("meeting", "the meat market"),
        ("Smith", "Smithson said"),
    ],
)
def test_phrases_do_not_overmatch(phrase, text):
    assert not PhraseIndex([("k", phrase)]).find(tokenize(text))


def test_fold_removes_case_and_accents():
    assert fold("Andrés Manuel LÓPEZ") == "andres manuel lopez"


def test_line_index_counts_code_points_and_all_line_endings():
    text = "ab\r\ncé\rd\nef"
    index = LineIndex(text)
    assert index.position(text.index("é")) == (2, 2)
    assert index.position(text.index("d")) == (3, 1)
    assert index.position(text.index("f")) == (4, 2)


def test_phrase_caps_are_kept_per_word():
    assert Phrase.parse("HLED talks").caps == (True, False)


# --- dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Updated October 8th, 2021 at 14:32 IST", (2021, 10, 8, "day")),
        ("on 9 September", (None, 9, 9, "day")),
        ("Friday, 8 October", (None, 10, 8, "day")),
        ("in October 2021", (2021, 10, None, "month")),
        ("last June", (None, 6, None, "month")),
        ("a 2008 pact", (2008, None, None, "year")),
        ("2021-10-04", (2021, 10, 4, "day")),
        ("the 8th of October 2021", (2021, 10, 8, "day")),
        ("Oct. 4, 2021", (2021, 10, 4, "day")),
        ("next Friday", (None, None, None, "weekday")),
        ("tomorrow", (None, None, None, "day")),
    ],
)
def test_date_forms(text, expected):
    found = dates.find_dates(text)
    assert len(found) == 1, found
    d = found[0]
    assert (d.year, d.month, d.day, d.precision) == expected


@pytest.mark.parametrize(
    "text", ["at 14:32 IST", "may be late", "a March on Washington", "2,015 people", "31 February", "$2020"]
)
def test_not_dates(text):
    assert dates.find_dates(text) == []


def test_weekday_resolution():
    monday = dt.date(2021, 10, 4)
    friday = dt.date(2021, 10, 8)
    assert dates.resolve_weekday(4, None, monday, future=True) == friday
    assert dates.resolve_weekday(4, None, monday, future=False) == dt.date(2021, 10, 1)
    assert dates.resolve_weekday(4, None, friday, future=True) == friday
    assert dates.resolve_weekday(4, "next", friday, future=True) == dt.date(2021, 10, 15)
    assert dates.resolve_weekday(4, "last", monday, future=True) == dt.date(2021, 10, 1)


def test_metadata_date_takes_scope_year_when_missing():
    assert dates.parse_metadata_date("Oct 4", 2021) == (dt.date(2021, 10, 4), "scope")
    assert dates.parse_metadata_date("October 8th, 2021 at 14:32", None) == (dt.date(2021, 10, 8), None)


@pytest.mark.parametrize("value", ["2021/10/08 10:32 GMT", "8 Oct. 2021, 10:32", "Friday 8th October 2021"])
def test_free_form_metadata_dates_are_read_by_dateparser(value):
    assert dates.parse_metadata_date(value, None)[0] == dt.date(2021, 10, 8)


# --- quantities ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value, unit, hedge",
    [
        ("the $3 billion initiative", 3e9, "USD", None),
        ("US$3.3 billion", 3.3e9, "USD", None),
        ("€500m", 5e8, "EUR", None),
        ("S$ 40 million", 4e7, "SGD", None),
        ("a 1,960-mile border", 1960, "mile", None),
        ("the 13-year-old pact", 13, "year", None),
        ("thirteen years", 13, "year", None),
        ("around 15 years", 15, "year", "around"),
        ("more than 3,000 km", 3000, "km", "more than"),
        ("at least 40 deaths", 40, "people", "at least"),
        ("5% growth", 5, "percent", None),
        ("a 500m stretch", 500, "m", None),
    ],
)
def test_quantity_forms(text, value, unit, hedge):
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    assert q.value == pytest.approx(value)
    assert (q.unit.name if q.unit else None) == unit
    assert q.hedge == hedge


def test_ranges_keep_both_ends():
    (q,) = find_quantities("between 13 and 15 years")
    assert (q.value, q.high) == (13, 15)
    (q,) = find_quantities("13-15 years")
    assert (q.value, q.high) == (13, 15)


@pytest.mark.parametrize(
    "text, age",
    [("the 13-year-old pact", "old"), ("for 13 years", "for"), ("13 years ago", "ago"), ("around 15 years", None)],
)
def test_ages(text, age):
    (q,) = find_quantities(text)
    assert q.age == age


@pytest.mark.parametrize("text", ["in the 21st century", "at 14:32", "a 2008 pact", "someone", "one of them"])
def test_not_quantities(text):
    assert find_quantities(text) == []


# --- names ---------------------------------------------------------------------

ENTITIES = [
    Entity("blinken", "Antony Blinken", ("Blinken", "Antony J. Blinken")),
    Entity("mayorkas", "Alejandro Mayorkas", ("Mayorkas",)),
    Entity("smith", "John Smith", (), ("Joan Smith",)),
    Entity("amlo", "Andrés Manuel López Obrador", ("López Obrador",)),
]


def _variants(text):
    return [(v.found, v.canonical) for v in VariantFinder(ENTITIES).find(text, tokenize(text))]


def test_near_miss_spelling_is_a_variant():
    assert _variants("Photo: Anthony Blinken, Secretary of State") == [("Anthony Blinken", "Antony Blinken")]
    assert _variants("Alejandro Mallorca spoke") == [("Alejandro Mallorca", "Alejandro Mayorkas")]


@pytest.mark.parametrize(
    "text",
    [
        "Andres Manuel Lopez Obrador spoke",  # accent-less form of the same name
        "Joan Smith spoke",  # close, but listed under not_variants
        "Jane Smith spoke",  # a different first name, not close enough
        "ANTONY BLINKEN spoke",  # a case variant
        "Antony Blinken's trip",
    ],
)
def test_not_variants(text):
    assert _variants(text) == []


@pytest.mark.parametrize(
    "word, folded",
    [("Wałęsa", "walesa"), ("Ørsted", "orsted"), ("Utøya", "utoya"), ("Ærø", "aero"), ("Piñera", "pinera")],
)
def test_fold_transliterates(word, folded):
    assert fold(word) == folded


def _entity_hits(names, text, others=()):
    index = PhraseIndex([("entity:e", n) for n in names], others=others)
    return [text_of(text, h) for h in index.find(tokenize(text))]


def text_of(text, hit):
    toks = tokenize(text)
    return text[toks[hit.first].start : toks[hit.last - 1].end]


@pytest.mark.parametrize(
    "name, text",
    [
        ("Wałęsa", "Lech Walesa led the strike"),  # transliterated (Polish)
        ("Ørsted", "Orsted shares rose"),  # transliterated (Danish)
        ("Utøya", "the camp on Utoya island"),  # anyascii's spelling
        ("Utøya", "the camp on Utoeya island"),  # the second spelling English copy uses
        ("Ærø", "the ferry to Aeroe"),
        ("Piñera", "President Pinera hugged him"),  # accent-less (Spanish)
        ("Sebastián Piñera", "Sebastian Pinera's government"),
        ("Philae lander", "both Philae landers"),  # a lower-case word of a name keeps its inflections
        ("Jayden Harris", "JAYDEN HARRIS was found"),  # case
    ],
)
def test_entity_names_match_their_spellings(name, text):
    assert _entity_hits([name], text), f"{name!r} should match {text!r}"


@pytest.mark.parametrize(
    "name, text",
    [
        ("Harris", "Harri said"),  # a name word is compared as written, never by stem
        ("Harris", "Harrison said"),
        ("Renzi", "Renzo said"),
        ("Chambers", "the chamber voted"),
        ("Segars", "the cigar maker Segar"),
        ("Utøya", "Utah"),
    ],
)
def test_entity_names_do_not_match_other_words(name, text):
    assert not _entity_hits([name], text)


def test_an_entity_name_is_a_name_under_any_key_and_a_topic_phrase_keeps_its_inflections():
    index = PhraseIndex([("entity:harris", "Harris"), ("topic:toll", "Harris"), ("topic:talks", "revive")])
    assert not index.find(tokenize("Harri said"))
    assert [h.key for h in index.find(tokenize("Harris revived the talks"))] == [
        "entity:harris",
        "topic:toll",
        "topic:talks",
    ]


def test_an_alias_inside_a_longer_name_is_a_mention_unless_that_name_is_someone_else():
    """An alias is a spelling the editor says articles use, so "Cameron" in "James Cameron"
    is a mention of the entity, as a misspelling would be; a name the entity lists under
    `not_variants` is someone else, and no phrase inside it is found."""
    names = ["David Cameron", "Cameron"]
    assert _entity_hits(names, "the director James Cameron said") == ["Cameron"]
    assert _entity_hits(names, "the director James Cameron said", others=["James Cameron"]) == []
    assert _entity_hits(names, "Prime Minister Cameron said", others=["James Cameron"]) == ["Cameron"]
    assert _entity_hits(["Key"], "Francis Scott Key wrote it", others=["Francis Scott Key"]) == []
    assert _entity_hits(["John Key", "Key"], "John Key said", others=["Francis Scott Key"]) == ["John Key", "Key"]


def test_triggers_of_a_name_cover_both_spellings():
    from crosscheck.text import fold_for_search, triggers

    for text in ("on Utoeya island", "on Utoya island", "on Utøya island"):
        assert any(t in fold_for_search(text) for t in triggers("Utøya")), text


MORE_ENTITIES = [
    Entity("comet", "67P/Churyumov-Gerasimenko", ("Churyumov-Gerasimenko", "Comet 67P")),
    Entity("juncker", "Jean-Claude Juncker", ("Juncker",)),
    Entity("arm", "ARM Holdings", ("ARM", "Arm Holdings")),
    Entity("chambers", "Stuart Chambers", ("Chambers",)),
    Entity("harris", "Jayden Harris", ()),
    Entity("walesa", "Lech Wałęsa", ("Wałęsa",)),
    Entity("renzi", "Matteo Renzi", ("Renzi",)),
    Entity("cameron", "David Cameron", ("Cameron",)),
    Entity("utoya", "Utøya island", ()),
]


def _more_variants(text):
    return [(v.found, v.canonical) for v in VariantFinder(MORE_ENTITIES).find(text, tokenize(text))]


@pytest.mark.parametrize(
    "text, found",
    [
        ("the lander touched down on 67P/Churyumov-Gerasimenco on Wednesday", "67P/Churyumov-Gerasimenco"),
        ("it bounced on Comet 67P-Churyumo-Gerasimenko yesterday", "67P-Churyumo-Gerasimenko"),
        ("the comet Churyumov-Gerasimenco", "Churyumov-Gerasimenco"),
        ("Commission President Jean-Claud Juncker said", "Jean-Claud Juncker"),  # a part of a hyphenated name
        ("the body of Jayden Harri was found", "Jayden Harri"),  # not a stem of Harris: a misspelling
        ("former prime minister Matteo Renzo", "Matteo Renzo"),
        ("Davide Cameron resigned", "Davide Cameron"),
        ("Stuart Chamber, the chairman", "Stuart Chamber"),
    ],
)
def test_misspelt_names_are_reported_as_written(text, found):
    assert [f for f, _ in _more_variants(text)] == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Cambridge's ARM Holdingspublished at 11:07",  # a word run into the next: not a slip of a letter
        "Stuart Chamberlain, the chairman",  # a longer name that begins the same
        "Lech Walesa led the strike",  # a transliteration is the same name
        "a camp on Utoeya island",  # the second transliteration is the same name too
        "the director James Cameron",  # another first name, not a close one
        "Jayden Harris's family",
        "ARM\nHoldings plc",  # a name never runs over a line break
    ],
)
def test_not_misspelt_names(text):
    assert _more_variants(text) == []


# --- attribution -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, previous, who",
    [
        ("The meeting is the first, according to the White House.", None, "White House"),
        ("Spokesman Ned Price had said that it was 13 years old.", None, "Ned Price"),
        ("He said that it was around 15 years.", "Price", "Price"),
        ("The pact is old, said the ambassador.", None, "the ambassador"),
        ("It is old, a senior official said on Monday.", None, "a senior official"),
        ("The United States and Mexico will meet.", None, None),
        ("Officials said the pact is 15 years old.", None, "officials"),
    ],
)
def test_attribution(sentence, previous, who):
    assert attribution.attribution(sentence, tokenize(sentence), previous) == who


@pytest.mark.parametrize(
    "sentence, date_word, expected",
    [
        ("They will meet on Friday, the White House said on Monday.", "Monday", True),
        ("The council announced Tuesday that it would vote.", "Tuesday", True),
        ("Officials said during a phone briefing on Thursday that talks would go on.", "Thursday", True),
        ("The White House on Monday said the talks would go on.", "Monday", True),
        ("They will meet on Friday, the White House said on Monday.", "Friday", False),
    ],
)
def test_statement_dates(sentence, date_word, expected):
    tokens = tokenize(sentence)
    i = next(k for k, t in enumerate(tokens) if t.text == date_word)
    assert attribution.is_statement_date(tokens, i, i + 1) is expected


@pytest.mark.slow
def test_triggers_occur_in_every_inflected_form():
    """The pre-filter's promise, over 260,000 English words and the irregular forms: a word
    whose stem is the phrase word's stem always contains one of its triggers."""
    from english_words import get_english_words_set

    from crosscheck.text import _IRREGULAR, stem, triggers

    words = get_english_words_set(["web2", "gcide"], lower=True, alpha=True) | set(_IRREGULAR)
    by_stem: dict[str, set[str]] = {}
    for word in words:
        by_stem.setdefault(stem(word), set()).add(word)
    missed = [
        (word, other)
        for forms in by_stem.values()
        for word in forms
        for other in forms
        if not any((" " + other).startswith(t) for t in triggers(word))
    ]
    assert not missed, missed[:20]


@pytest.mark.parametrize(
    "text, reference, bounds",
    [
        ("the quake last week", dt.date(2011, 3, 1), (dt.date(2011, 2, 21), dt.date(2011, 2, 27))),
        ("the deal agreed earlier this month", dt.date(2016, 7, 20), (dt.date(2016, 7, 1), dt.date(2016, 7, 20))),
        ("polls close next month", dt.date(2016, 5, 31), (dt.date(2016, 6, 1), dt.date(2016, 6, 30))),
        ("the rover flies later this year", dt.date(2014, 3, 1), (dt.date(2014, 3, 1), dt.date(2014, 12, 31))),
        ("it launched a decade ago", dt.date(2014, 11, 12), (dt.date(2004, 1, 1), dt.date(2004, 12, 31))),
        ("a mine dug in the 1960s", None, (dt.date(1960, 1, 1), dt.date(1969, 12, 31))),
        ("Britain joined in the seventies", None, (dt.date(1970, 1, 1), dt.date(1979, 12, 31))),
        ("the early 2000s boom", None, (dt.date(2000, 1, 1), dt.date(2004, 12, 31))),
    ],
)
def test_coarse_dates_are_periods(text, reference, bounds):
    (d,) = dates.find_dates(text)
    assert dates.period_bounds(d, reference) == bounds


@pytest.mark.parametrize("text", ["the nineties-themed party", "the weekly count", "1960 votes"])
def test_not_coarse_dates(text):
    assert all(d.period is None for d in dates.find_dates(text))


def test_a_period_needs_a_reference_but_a_decade_does_not():
    (week,) = dates.find_dates("last week")
    (decade,) = dates.find_dates("the sixties")
    assert dates.period_bounds(week, None) is None
    assert dates.period_bounds(decade, None) == (dt.date(1960, 1, 1), dt.date(1969, 12, 31))
