"""Extractors, one behaviour per test: dates, quantities, names, attribution, words."""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.extract import attribution, dates
from crosscheck.extract.names import PhraseIndex, VariantFinder
from crosscheck.extract.quantities import find_quantities, find_unreadable_numbers, find_vague_amounts
from crosscheck.lexicon import reading
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
        # an abbreviated month after a bound keeps its day (Mexican, Nuance, Pfizer and Boston coverage)
        ("for the period from Dec. 1, 2018", (2018, 12, 1, "day")),
        ("scheduled to decide on the purchase by Dec. 21, declined", (None, 12, 21, "day")),
        ("decided by EU antitrust regulators by Oct. 19, a filing showed", (None, 10, 19, "day")),
        ("attacks on U.S. soil since Sept. 11, 2001.", (2001, 9, 11, "day")),
        ("prices have risen since Dec. 2018", (2018, 12, None, "month")),
        # a number before an abbreviated month and its day is no day (oath-keepers, breivik coverage)
        ("convictions against all 19 Jan. 6 defendants", (None, 1, 6, "day")),
        ("a hearing where he requested release on parole 19 Jan. 19, 2022.", (2022, 1, 19, "day")),
        ("the 12 Sept. 11 plotters", (None, 9, 11, "day")),
        ("on 19 Jan. 2022", (2022, 1, 19, "day")),
    ],
)
def test_date_forms(text, expected):
    found = dates.find_dates(text)
    assert len(found) == 1, found
    d = found[0]
    assert (d.year, d.month, d.day, d.precision) == expected


@pytest.mark.parametrize(
    "text, lang, month, qualifier",
    [
        # a month named as a period is that month, not the month before the article's
        ("Un año después de anunciar la compra el pasado mes de abril, Microsoft la cerró.", "es", 4, "el pasado"),
        ("La votación se celebró en el mes de octubre.", "es", 10, "en"),
        ("The rover landed in the month of April.", "en", 4, "in"),
    ],
)
def test_a_month_named_as_a_period_is_that_month(text, lang, month, qualifier):
    with reading(lang):
        (d,) = dates.find_dates(text)
    assert (d.month, d.qualifier, d.relative) == (month, qualifier, None)


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
        # spans shorter than a day and longer than a week, masses, speeds and areas
        ("trapped for 408 hours", 408, "hour", None),
        ("a world record of 9.58 seconds", 9.58, "second", None),
        ("landed after seven minutes of terror", 7, "minute", None),
        ("for two weeks", 2, "week", None),
        ("sentenced to 18 months", 18, "month", None),
        ("a 500 kg bomb", 500, "kg", None),
        ("about 3 tonnes of debris", 3, "tonne", "about"),
        ("winds of 40km/h", 40, "km/h", None),
        ("gusts of up to 25 mph", 25, "mph", "up to"),
        ("over 2,000 square kilometres", 2000, "km2", "over"),
        ("burnt 5,000 hectares", 5000, "hectare", None),
        ("paid $150,000/month", 150000, "USD", None),
    ],
)
def test_quantity_forms(text, value, unit, hedge):
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    assert q.value == pytest.approx(value)
    assert (q.unit.name if q.unit else None) == unit
    assert q.hedge == hedge


# A one-letter scale glued to digits before a unit or a count of people is the scale of what
# follows (curiosity-landing "has travelled 350m miles", colombia-referendum "displaced about 7m
# people", brexit-referendum "72 percent of 46.5m voters"); alone, or naming a race, it is metres.
@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The Mars Science Lab has travelled 350m miles since its launch", 3.5e8, "mile"),
        ("a 52-year war that had displaced about 7m people", 7e6, "people"),
        ("At least 72 percent of 46.5m voters turned out", 4.65e7, None),
        ("33 men trapped 670m underground", 670, "m"),
        ("the 100m runners lined up in Berlin", 100, "m"),
        ("a peak speed of 44.172 km an hour at 65m in the 100m sprint", 100, "m"),
    ],
)
def test_a_glued_scale_before_what_it_counts(text, value, unit):
    q = find_quantities(text)[-1]
    assert q.value == pytest.approx(value)
    assert (q.unit.name if q.unit else None) == unit


def test_ranges_keep_both_ends():
    (q,) = find_quantities("between 13 and 15 years")
    assert (q.value, q.high) == (13, 15)
    (q,) = find_quantities("13-15 years")
    assert (q.value, q.high) == (13, 15)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lopez Obrador's vote count was projected to be between 53% and 53.8%.", [(53, 53.8)]),
        ("Time Warner shareholders would own between 14.4% and 15.7% of the company.", [(14.4, 15.7)]),
        # no range opener: a change, or two figures
        ("The share rose from 10% to 20% in a year.", [(10, None), (20, None)]),
        ("They won 3% and 4% in the two districts.", [(3, None), (4, None)]),
    ],
)
def test_a_range_with_the_unit_at_both_ends_is_one_range(text, expected):
    assert [(q.value, q.high) for q in find_quantities(text)] == expected


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


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # number words of any size, read whole
        ("Twelve thousand four hundred runners finished the marathon.", 12400, None),
        ("The quake killed one hundred and eighty-five people.", 185, "people"),
        ("a thousand-year-old church", 1000, "year"),
        ("two million three hundred thousand voters", 2.3e6, None),
        ("Two hundred and fifty thousand people marched.", 250000, "people"),
        ("The debt reached two trillion three hundred billion dollars.", 2.3e12, "USD"),
        ("A hundred people were rescued.", 100, "people"),
        ("two dozen victims", 24, "people"),
        # fractions and mixed forms (chile-miners, rosetta-philae, and news of other kinds)
        ("33 miners trapped half a mile below the Atacama Desert", 0.5, "mile"),
        ("The fund was worth half a billion dollars.", 5e8, "USD"),
        ("The march was two and a half miles long.", 2.5, "mile"),
        ("The team ran 2 1/2 miles.", 2.5, "mile"),
        ("The wall stretched 2½ miles.", 2.5, "mile"),
        ("Turnout was a quarter of a million.", 250000, None),
        ("The bridge spans three quarters of a mile.", 0.75, "mile"),
        ("The tunnel runs two-thirds of a mile.", 2 / 3, "mile"),
        ("Sales rose to one and a half million euros.", 1.5e6, "EUR"),
        ("half a dozen people", 6, "people"),
        # digits with the fraction said in words (chauvin-trial, perseverance-landing, a prison term)
        ("Chauvin was jailed for 22-and-a-half years for murder.", 22.5, "year"),
        ("There was a tense 11 and a half minute wait after entry.", 11.5, "minute"),
        ("She was sentenced to 7 And A Half Years in a headline.", 7.5, "year"),
        ("The toll road cost 2 and a half million dollars.", 2.5e6, "USD"),
        ("The rover drove 3 and three quarters miles.", 3.75, "mile"),
        ("a half-mile stretch", 0.5, "mile"),
        # scales
        ("The petition drew 12.4k signatures.", 12400, None),
        ("She won the 10k race.", 10, "km"),
        ("The start-up raised $5M.", 5e6, "USD"),  # a capital M with a currency
        ("The post drew 12.4K likes.", 12400, None),
        ("He ran the 5K race.", 5, "km"),
        ("The launch cost ₹615 crore.", 6.15e9, "INR"),
        ("The rally drew 12\u202f400 people.", 12400, "people"),  # SI-style grouping with a narrow space
        # any ISO 4217 code, before or after the amount
        ("Equinor will pay NOK 500 million for the field.", 5e8, "NOK"),
        ("The fine was 500 million NOK.", 5e8, "NOK"),
        ("Ericsson set aside SEK 3bn.", 3e9, "SEK"),
        ("Safaricom earned KES 20 billion.", 2e10, "KES"),
        ("Lima raised PEN 3 million.", 3e6, "PEN"),
        ("SoftBank agreed a value up to USD 40 billion.", 4e10, "USD"),
    ],
)
def test_amount_forms(text, value, unit):
    q = find_quantities(text)[-1]
    assert q.value == pytest.approx(value)
    assert (q.unit.name if q.unit else None) == unit


@pytest.mark.parametrize(
    "text, read",
    [
        ("The side won 3 and lost 2.", [3, 2]),  # "and" before a number is no fraction
        ("The term ran between 2 and 3 years.", [2]),  # a range
    ],
)
def test_digits_and_a_joiner_without_a_fraction_stay_apart(text, read):
    assert [q.value for q in find_quantities(text)] == read


@pytest.mark.parametrize(
    "text, lang, value, unit, hedge",
    [
        # one of a unit written with an article: hedged, or with a half after it
        ("The bridge was about a mile and a half long.", "en", 1.5, "mile", "about"),
        ("The Starship exploded about a minute after takeoff.", "en", 1, "minute", "about"),
        ("The ship had blocked the canal for nearly a week.", "en", 1, "week", "nearly"),
        ("Jurors took less than an hour to reach a verdict.", "en", 1, "hour", "less than"),
        ("The siege lasted two years and a half.", "en", 2.5, "year", None),
        ("Los bomberos tardaron una hora y media en llegar.", "es", 1.5, "hour", None),
        ("El rescate duró casi un año.", "es", 1, "year", "casi"),
    ],
)
def test_one_of_a_unit_written_with_an_article(text, lang, value, unit, hedge):
    with reading(lang):
        (q,) = find_quantities(text)
    assert (q.value, q.unit.name if q.unit else None, q.hedge) == (pytest.approx(value), unit, hedge)


@pytest.mark.parametrize(
    "text, value",
    [
        # after a count of millions a mark can only group thousands, whichever mark the article uses
        ("De acuerdo con el PREP, había alcanzado 15 millones 620,726 de votos.", 15620726),
        ("Sumaron 35 millones 923.984 sufragios en el cómputo.", 35923984),
        # the millions in words, the rest in digits
        ("Bukele obtuvo dos millones 700.725 sufragios, indicó el Tribunal.", 2700725),
        ("El candidato sumó un millón 434.856 votos en la segunda vuelta.", 1434856),
        ("Los daños suman tres millones 250 mil pesos.", 3250000),
    ],
)
def test_the_thousands_after_a_count_of_millions_are_read_whole(text, value):
    with reading("es"):
        (q,) = find_quantities(text)
        assert q.value == value and not find_unreadable_numbers(text)


def test_the_thousands_after_millions_in_english_words_are_read_whole():
    (q,) = find_quantities("Nuevas Ideas won two million 700,725 votes.")
    assert q.value == 2700725


def test_a_count_after_a_million_in_words_is_no_part_of_it():
    assert [q.value for q in find_quantities("a million 18-year-olds")] == [1e6, 18]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Nadal ganó en cinco horas y 24 minutos de partido.", 324, "minute"),
        ("Djokovic se impuso en 5 horas y 53 minutos.", 353, "minute"),
        ("El maratón lo ganó en 2 horas, 1 minuto y 39 segundos.", 7299, "second"),
        ("Fue condenado a cuatro años y seis meses de prisión.", 54, "month"),
    ],
)
def test_spanish_spans_in_parts_read_as_one_figure(text, value, unit):
    with reading("es"):
        (q,) = find_quantities(text)
    assert q.value == pytest.approx(value) and q.unit.name == unit


@pytest.mark.parametrize(
    "text, lang, read",
    [
        # two spans, not one: months then hours are no parts of one time
        ("tras un juicio de tres meses y 35 horas de deliberaciones", "es", [(3, "month"), (35, "hour")]),
        ("a trial of three months and 35 hours of deliberations", "en", [(3, "month"), (35, "hour")]),
        # "between" opens a range, not a span in parts
        ("una pena de entre un año y cuatro meses", "es", [(1, "year"), (4, "month")]),
        ("a sentence of between 2 years and 6 months", "en", [(2, "year"), (6, "month")]),
    ],
)
def test_spans_that_are_no_parts_of_one_time(text, lang, read):
    with reading(lang):
        assert [(q.value, q.unit.name) for q in find_quantities(text) if q.unit] == read


def test_a_figure_of_its_own_after_millions_stays_a_question():
    with reading("es"):
        # (not a count of people, which is never a fraction: "620,726 personas" reads as grouped)
        assert [q.value for q in find_quantities("Costó 2 millones. Pesaba 620,726 kilos.")] == [2e6]
        assert len(find_unreadable_numbers("Costó 2 millones. Pesaba 620,726 kilos.")) == 1
        assert [q.value for q in find_quantities("Costó 2 millones. Votaron 620,726 personas.")] == [2e6, 620726]


@pytest.mark.parametrize("text", ["The well was capped a mile under the surface.", "A week later, he was freed."])
def test_an_article_alone_before_a_unit_is_no_count(text):
    assert find_quantities(text) == []


def test_a_range_in_words_takes_the_scale_of_its_end():
    (q,) = find_quantities("between two and three thousand people")
    assert (q.value, q.high) == (2000, 3000)
    (q,) = find_quantities("two to three million people")
    assert (q.value, q.high) == (2e6, 3e6)


@pytest.mark.parametrize(
    "text, read",
    [
        ("Gate 12 ABC", [("12", None)]),  # three capitals that are no currency
        ("Flight 0820 GMT", []),  # a time of day and its zone
        ("ARM shares: 32 billion ARM", [("32 billion", None)]),
        ("the TOP 10 list", [("10", None)]),  # a code that is also a word needs a scale
        ("SOFTBANK PAYS NOK 5 BILLION", [("5 BILLION", None)]),  # a line of capitals
        ("Leave won 52 PCT", [("52 PCT", "percent")]),
        ("a third term and the fifth day", []),  # ordinals, not fractions
        ("three quarters of voters", []),  # a proportion, not an amount
        ("3M shares fell", [("3", None)]),  # a capital M without a currency may be a name
        ("nineteen eighty-four", []),  # never a wrong partial read
        ("the COP26 summit and the ABC123 flight", []),  # capitals against digits name something
        ("shares priced at SAR32", []),  # a code against its digits, not the language's, needs a scale
    ],
)
def test_what_is_not_an_amount_or_not_a_currency(text, read):
    assert [(q.text, q.unit.name if q.unit else None) for q in find_quantities(text)] == read


@pytest.mark.parametrize(
    "text, read",
    [
        # a currency written against the digits (notre-dame-fire, aramco-ipo, sbf-verdict)
        ("will donate EUR100 million to the effort", [("EUR100 million", "EUR", 1e8)]),
        ("a mammoth USD25.6 billion initial public offering", [("USD25.6 billion", "USD", 25.6e9)]),
        ("Aramco raised SAR110 billion", [("SAR110 billion", "SAR", 110e9)]),
        ("he stole $US8 billion from customers", [("$US8 billion", "USD", 8e9)]),
    ],
)
def test_a_currency_against_the_digits_is_read(text, read):
    assert [(q.text, q.unit.name if q.unit else None, q.value) for q in find_quantities(text)] == read


@pytest.mark.parametrize(
    "text, read",
    [
        # a measure's noun hyphened to its figure (turkey-syria-quake, haiti-quake, ecuador-quake-2016)
        ("hit by a magnitude-7.8 earthquake", [("7.8", 7.8)]),
        ("the Magnitude-7.0 quake", [("7.0", 7.0)]),
        # another word hyphened to digits is still a name or a model
        ("the COVID-19 wards and the Boeing 737-800", [("737-800", 737.0)]),
        ("a supermagnitude-5 event", []),
    ],
)
def test_a_measures_noun_hyphened_to_its_figure_is_read(text, read):
    assert [(q.text, q.value) for q in find_quantities(text)] == read


@pytest.mark.parametrize(
    "text, words, noun",
    [
        ("burying hundreds of people, among whom dozens still were missing", "hundreds", "people"),
        ("some of the tens of thousands of mourners at Hagley Park", "tens of thousands", "mourners"),
        ("Scores of the miners' relatives camped outside.", "scores", "miners"),
        ("Only a handful of survivors were found.", "a handful", "survivors"),
        ("Dozens of foreign students from Japan were hurt.", "dozens", "foreign students"),
        ("Inflation went into double figures.", "double figures", None),
        ("Several hundred rescuers searched the rubble.", "several hundred", None),
    ],
)
def test_vague_amounts_are_found_with_what_they_count(text, words, noun):
    found = find_vague_amounts(text)
    assert (found[0].words, found[0].noun) == (words, noun)
    assert found[0].text in text and not find_quantities(found[0].text)


@pytest.mark.parametrize("text", ["Test scores rose.", "one hundred people", "the Thousand Islands"])
def test_not_vague_amounts(text):
    assert find_vague_amounts(text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("The song was written in nineteen eighty-four.", "nineteen eighty-four"),
        ("The count was twenty twenty-one votes.", "twenty twenty-one"),
        ("between one hundred and two hundred people", "one hundred and two hundred"),
    ],
)
def test_number_words_that_make_no_one_number_are_reported(text, found):
    (u,) = find_unreadable_numbers(text)
    assert u.text == found and text[u.start : u.end] == found and u.why
    assert all(q.value not in (19, 84, 20, 21, 100) for q in find_quantities(text))


@pytest.mark.parametrize(
    "text",
    [
        "twelve thousand four hundred runners",
        "two five-year terms",  # the second number belongs to its compound
        "phases one and two",
        "a one-two finish",
        "two and a half miles",
    ],
)
def test_readable_number_words_are_not_reported(text):
    assert find_unreadable_numbers(text) == []


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
    Entity("spd", "Social Democratic Party of Germany", ("Social Democrats", "Social Democratic Party")),
    Entity("soto", "Carlee Soto-Parisi", ("Carlee Soto Parisi",)),
    Entity("cmsoto", "Carlos M. Soto", ("Carlos Soto",)),
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
        # as written, without the possessive (wording from the Duplantis and UK election coverage)
        ("Davide Cameron’s leap over 6.21 metres", "Davide Cameron"),
        ("Matteo Renzo's party came fourth", "Matteo Renzo"),
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
        # the opening words of a longer name, not a slip of a shorter one (Germany 2021, Sandy Hook)
        "the Social Democratic candidate Olaf Scholz",
        "Carlee Soto, whose sister Victoria was killed",
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
        # the group named by the words before it, not the name after the verb (sample, Kentucky tornadoes)
        ("U.S. officials said the Merida Initiative is 15 years old.", None, "U.S. officials"),
        ("Kentucky officials said the Mayfield factory had 110 workers inside.", None, "Kentucky officials"),
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


@pytest.mark.parametrize(
    "text, values",
    [
        ("The toll stands at 113 and 228 people are still missing.", [113, 228]),
        ("Leave led 17 and Remain 16 of the regions.", [17, 16]),
        ("The range was between 10 and 21 years.", [10]),
    ],
)
def test_two_numbers_joined_by_and_are_both_read(text, values):
    assert [q.value for q in find_quantities(text)] == values


@pytest.mark.parametrize(
    "text, value, high",
    [
        ("Leicester, the 5,000-1 outsiders, won the league.", 5000, None),
        ("Mon Mome won the Grand National at 100-1.", 100, None),
        ("He faces between 5 and 25 years; each charge carries 5-25 years.", 5, 25),
    ],
)
def test_odds_against_are_the_first_number_not_a_range(text, value, high):
    q = find_quantities(text, 0, len(text))[0]
    assert (q.value, q.high) == (value, high)


@pytest.mark.parametrize(
    "text",
    ["Surveys predicted a win by a margin of 2 to 1.", "Chelsea won 3-2 at home on Monday."],
)
def test_a_ratio_or_a_score_is_no_figure(text):
    assert find_quantities(text, 0, len(text)) == []


@pytest.mark.parametrize(
    "text, value, high",
    [
        ("Colombians voted no by a margin of 50.25 to 49.75 per cent.", 50.25, None),
        ("The toll was cut from 93 to 76 people.", 93, 76),
    ],
)
def test_two_sides_keep_the_first_share_and_a_change_keeps_both_ends(text, value, high):
    q = find_quantities(text, 0, len(text))[0]
    assert (q.value, q.high) == (value, high)


@pytest.mark.parametrize(
    "text, age",
    [
        ("his 3-month-old son", "old"),
        ("a 10-day-old baby", "old"),
        ("the 39-year-old banker", "old"),
        ("the mine collapsed 70 days ago", "ago"),
        ("for 18 months", None),
    ],
)
def test_an_age_is_written_in_any_unit_of_time(text, age):
    (q,) = find_quantities(text)
    assert q.age == age


@pytest.mark.parametrize("text", ["on 10/08/2021 at noon", "a 24/7 service"])
def test_a_slash_between_digits_is_no_rate(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("the record fell by eleven-hundredths of a second", 0.11, "second"),
        ("a hundredth of a second", 0.01, "second"),
        # in parts: in the unit of the last part, whose precision the figure has
        ("ran the marathon in 2 hours, 1 minute and 39 seconds", 7299, "second"),
        ("trapped underground for 69 days and 22 hours", 69 * 24 + 22, "hour"),
        ("broke the tape in 1 hour 59 minutes 40 seconds", 7180, "second"),
        ("an epic lasting five hours and 24 minutes", 324, "minute"),
        ("an almost five-and-a-half hour final", 5.5, "hour"),
        ("a two-and-a-half-hour jury deliberation", 2.5, "hour"),
        ("served four-and-a-half years in prison", 4.5, "year"),
    ],
)
def test_spans_in_parts_and_fractions_of_a_unit_read_as_one_figure(text, value, unit):
    (q,) = find_quantities(text)
    assert q.value == pytest.approx(value) and q.unit.name == unit


@pytest.mark.parametrize(
    "text, unreadable",
    [
        ("crossing the finish line in 9 seconds 58 ahead of Gay", "9 seconds 58"),
        ("the capsule splashed down after 8 days 3 hours later", None),
    ],
)
def test_a_span_followed_by_a_number_it_cannot_place_is_unreadable(text, unreadable):
    found = [u.text for u in find_unreadable_numbers(text)]
    assert found == ([unreadable] if unreadable else [])
    if unreadable:
        assert all(q.text not in unreadable for q in find_quantities(text))


@pytest.mark.parametrize(
    "text",
    [
        "he was already one of the frontrunners in opinion polls.[7][8][5] Zelensky won",
        "The bridge opened in 1967.[12] It carried traffic",
    ],
)
def test_a_reference_mark_is_no_figure(text):
    assert [q.text for q in find_quantities(text) if q.text.isdigit() and int(q.text) < 100] == []


@pytest.mark.parametrize(
    "text, read",
    [
        # Indian grouping in lakhs and crores
        ("Nathan also imposed a $7,50,000 fine.", [750000]),
        ("The mission cost Rs 6,15,00,00,000 in all.", [6150000000]),
        # a number cut before more of its digits is no number at all
        ("The odds were 3.5,4 and 5,0.", []),
        ("They paid $750,000 and 12,400.5 km.", [750000, 12400.5]),
        # an apostrophe marking the millions (Andean outlets) or every group (Swiss style)
        ("The count reached 13'021,063 voters, 97.86% of them valid.", [13021063, 97.86]),
        ("Zurich's budget is CHF 1'250'000 this year.", [1250000]),
        ("The height was 5'11 and the '90s were over.", [5]),
        # thousands grouped with plain spaces, in an article that never groups them with a mark
        ("Wildfires destroyed more than 2 200 structures.", [2200]),
        ("Its library contains more than 4 000 films and 17 000 TV shows.", [4000, 17000]),
        ("Petro won with 11 281 002 votes.", [11281002]),
        # not after a day of a month, another number, or in an article that groups with commas
        ("On March 12 300 people died.", [300]),
        ("Call +1300 555 135 now.", [1300, 135]),
        ("It cost $1,200; 2 200 structures burned.", [1200, 200]),
    ],
)
def test_digit_groups_are_read_whole_or_not_at_all(text, read):
    assert [q.value for q in find_quantities(text)] == read


@pytest.mark.parametrize(
    "text, read",
    [
        ("The telescope was launched on Christmas morning.", [(None, 12, 25)]),
        ("A year ago today it was launched on Christmas Eve.", [(None, 12, 24)]),
        ("He shot her on Valentine's Day 2013.", [(2013, 2, 14)]),
        ("The ferry sank on New Year’s Eve.", [(None, 12, 31)]),
        # a holiday with a counted year is read as the counted period; a season or an island is none
        ("He shot her on Valentine's Day last year.", []),
        ("Christmas Island lies south of Java; Christmas shopping began.", []),
    ],
)
def test_a_holiday_that_names_one_day_is_that_date(text, read):
    assert [(d.year, d.month, d.day) for d in dates.find_dates(text) if d.month] == read


@pytest.mark.parametrize(
    "text",
    ["RUTO IS ELECTED THE 5TH PRESIDENT OF KENYA", "DJOKOVIC WINS HIS 24TH GRAND SLAM TITLE", "the 83rd Masters"],
)
def test_an_ordinal_is_no_amount_in_any_case(text):
    """ "THE 5TH PRESIDENT" in a headline set in capitals ranks, it does not count (wording from the
    Kenyan election and US Open coverage)."""
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    "text",
    ["the first flight data was received at 11.50am", "announced on the radio at 8.35am this morning", "at 8.35 a.m."],
)
def test_a_time_of_day_is_no_amount(text):
    """ "at 11.50am" is a time (wording from the Ingenuity and Scottish referendum coverage)."""
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "votes counted as of 7:40 p.m. local time (0040 GMT)",  # Ecuadorian election
        "0100 GMT — remarkable rescues",  # Turkey-Syria quake live blog
        "the quake struck at 5.46 GMT",  # Japanese quake
        "09:01 AM GMT+8",  # French election
        "3:20 UTC+3 PARIS",
    ],
)
def test_a_clock_time_with_its_zone_is_no_amount(text):
    """A number before a time zone is a time of day, and one after the zone's sign its offset."""
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Djokovic beat Russian Daniil Medvedev 6-3, 7-6(5), 6-3 at Arthur Ashe Stadium",  # US Open 2023
        "with a 7(7)-6(3) 6-1 3-6 6-3 win against the reigning Wimbledon champion",
        "Alcaraz 1-6 1-0 Djokovic*",  # Wimbledon 2023, a live blog's running score
        "Nadal came back to win 2-6, 6-7 (5), 6-4, 6-4, 7-5",  # Australian Open 2022
    ],
)
def test_a_score_is_no_amount(text):
    """A run of results, one of them won by the first side, is a match's score: its tie-breaks
    and sets are no figures."""
    assert find_quantities(text) == []


def test_a_score_in_spanish_leaves_the_figures_beside_it():
    with reading("es"):
        found = find_quantities("ganó por 2-6, 7-6 (5) y 3-6 ante 15.000 personas")
    assert [q.text for q in found] == ["15.000 personas"]


def test_ranges_in_a_row_are_no_score():
    assert [q.text for q in find_quantities("children aged 6-8, 10-12")] == ["6-8", "10-12"]


def test_an_amount_beside_a_clock_time_is_still_read():
    assert [q.text for q in find_quantities("10,019 dead at 10 a.m. (0100 GMT)")] == ["10,019 dead"]
