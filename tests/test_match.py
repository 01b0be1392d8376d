"""Matching and verdicts on wording of our own, one rule per test."""

from __future__ import annotations

import pytest

from conftest import finding

COST = """
claims:
  - id: bridge-cost
    statement: The bridge cost $240 million.
    about: [bridge]
    expect: {quantity: 240 million, unit: USD, tolerance: 5%}
"""

LENGTH = """
claims:
  - id: bridge-length
    statement: The bridge is 1.2 km long.
    about: [bridge]
    expect: {quantity: 1.2, unit: km}
"""

OPENING = """
claims:
  - id: opening-date
    statement: The bridge opened on Friday 17 May 2024.
    about: [bridge, opening ceremony]
    exclude: [council vote]
    expect: {date: 2024-05-17}
"""

FIRST = """
claims:
  - id: first-crossing
    statement: It is the first crossing built in the city since the war.
    about: [bridge]
    expect:
      term: first
      supports: [first, inaugural]
      conflicts: [replace, rebuild, reopen]
"""

MAYOR = """
claims:
  - id: mayor
    statement: The city's mayor is Grace Okafor.
    about: [mayor]
    expect: {person: okafor}
"""

BOARD = """
claims:
  - id: board
    statement: The bridge board is Okafor, Lindqvist and Moreau.
    about: [board]
    expect: {people: [okafor, lindqvist, moreau]}
"""

AGE = """
claims:
  - id: plan-year
    statement: The bridge plan dates from 2011.
    about: [bridge plan]
    expect: {year: 2011}
"""


def test_quantity_with_scale_word_supports(corpus):
    r = corpus(COST, {"a.txt": "City opens new crossing\n\nThe Riverside Bridge cost US$242 million to build.\n"})
    f = finding(r, "bridge-cost")
    assert f.verdict == "supports"
    assert f.evidence[0].found.value == 242_000_000
    assert f.evidence[0].quote.endswith("US$242 million")


def test_quantity_outside_tolerance_conflicts_and_hedge_is_marked(corpus):
    r = corpus(COST, {"a.txt": "City opens new crossing\n\nThe Riverside Bridge cost about $300m in the end.\n"})
    f = finding(r, "bridge-cost")
    assert f.verdict == "conflicts"
    assert f.evidence[0].hedged is True


def test_other_currency_is_unclear_not_converted(corpus):
    r = corpus(COST, {"a.txt": "City opens new crossing\n\nThe Riverside Bridge cost €220 million.\n"})
    assert finding(r, "bridge-cost").verdict == "unclear"


PROBE_COST = """
claims:
  - id: probe-cost
    statement: The Ingenuity helicopter cost $85 million.
    about: [Ingenuity, helicopter, spacecraft, probe]
    expect: {quantity: 85 million, unit: USD, tolerance: 1%}
"""


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        # pounds restated in kilograms are a weight (dart-impact, ingenuity-flight)
        ("Mission control announced the impact of the 1,260-pound (570-kilogram) spacecraft.", "silent"),
        ("The mini 4-pound (1.8-kilogram) copter named Ingenuity carried a bit of wing fabric.", "silent"),
        ("The probe, 300 kg (661 pounds) at launch, reached the asteroid.", "silent"),
        # pounds restated in another currency are still a sum, and pounds alone may be one
        ("The helicopter cost 65 million pounds ($85 million).", "supports"),
        ("The 4-pound helicopter spun up its two blades.", "unclear"),
    ],
)
def test_pounds_restated_as_a_mass_are_a_weight(corpus, sentence, verdict):
    r = corpus(PROBE_COST, {"a.txt": f"Mars news\n\n{sentence}\n"})
    assert finding(r, "probe-cost").verdict == verdict


TAKEOVER = """
claims:
  - id: takeover-value
    statement: Norgas bought Baltic Power for $34 billion.
    about: [takeover, deal, acquisition]
    expect: {quantity: 34 billion, unit: USD, tolerance: 2%}
  - id: comet-distance
    statement: At the landing the comet was 510 million km from Earth.
    about: [Earth, away]
    expect: {quantity: 510 million, unit: km, tolerance: 2%}
"""


@pytest.mark.parametrize(
    "claim, sentence, verdict",
    [
        # the noun after a conversion in brackets is what the value opening the phrase describes
        # (takeda-shire-2018; the wording of amazon-wholefoods and salesforce-slack coverage)
        (
            "takeover-value",
            "Norgas chief Ola Berg clinched the biggest Nordic purchase on Friday as investors approved "
            "the controversial $31 billion (£24 billion) takeover of Baltic Power.",
            "conflicts",
        ),
        (
            "takeover-value",
            "Two years after the first approach, investors at last backed Norgas's $31bn (€29bn) deal "
            "for the Baltic group.",
            "conflicts",
        ),
        # without a determiner or an owner opening the phrase, the word after may say where, not what
        (
            "comet-distance",
            "After a ten-year chase through the solar system, the lander is now 19 miles (30 km) away from the comet.",
            "unclear",
        ),
    ],
)
def test_a_noun_past_a_conversion_in_brackets_is_what_the_value_describes(corpus, claim, sentence, verdict):
    r = corpus(TAKEOVER, {"a.txt": f"Business news\n\n{sentence}\n"})
    assert finding(r, claim).verdict == verdict


SHARE_PRICE = """
claims:
  - id: price-per-share
    statement: The deal valued Hess at $171 per share.
    about: [per share, a share, for each Hess share, por cada acción]
    expect: {quantity: 171, unit: USD}
"""


@pytest.mark.parametrize(
    "claims, claim, sentence, verdict",
    [
        # the topic's own noun right after a figure is what it counts (chevron-hess-2023, in both languages)
        (
            SHARE_PRICE,
            "price-per-share",
            "Hess holders will receive 1.0250 shares of Chevron for each Hess share.",
            "silent",
        ),
        (LENGTH, "bridge-length", "The city counts 12 bridges, the Riverside Bridge the longest.", "silent"),
        # a figure that lost its unit is still a question
        (LENGTH, "bridge-length", "The Riverside Bridge is 1,200 long.", "unclear"),
    ],
)
def test_a_figure_before_the_topics_noun_counts_it(corpus, claims, claim, sentence, verdict):
    r = corpus(claims, {"a.txt": f"Crossing news\n\n{sentence}\n"})
    assert finding(r, claim).verdict == verdict


def test_a_figure_before_the_topics_noun_counts_it_in_spanish(corpus):
    text = "Los accionistas de Hess recibirán 1,0250 acciones de Chevron por cada acción de Hess."
    r = corpus(SHARE_PRICE, {"a.txt": f"---\nlang: es\n---\nNoticias\n\n{text}\n"}, base=False)
    assert finding(r, "price-per-share").verdict == "silent"


SCHOOL_DEAD = """
claims:
  - id: school-dead
    statement: 19 children died in the collapse of the school.
    about: [school, colegio, escuela]
    expect: {quantity: 19, unit: people}
  - id: tornado-toll
    statement: The tornadoes killed 57 people in Kentucky.
    about: [tornado, tornadoes, tornados]
    expect: {quantity: 57, unit: people}
  - id: crew-aboard
    statement: The submarine had 44 people aboard.
    about: [crewmembers, tripulantes]
    expect: {quantity: 44, unit: people}
"""


@pytest.mark.parametrize(
    "lang, claim, sentence, verdict",
    [
        # a topic noun that names no person counts that thing for a head-count (mexico-quake-2017,
        # kentucky-tornadoes-2021), in both languages
        ("en", "school-dead", "The quake damaged 14,000 businesses and 16,000 schools.", "silent"),
        ("en", "tornado-toll", "At least 30 tornadoes touched down across six states.", "silent"),
        ("es", "school-dead", "El sismo dañó 16.000 escuelas.", "silent"),
        ("es", "tornado-toll", "Al menos 30 tornados tocaron tierra en seis estados.", "silent"),
        # the people the claim counts, or a topic noun that names people, are still counted (ara-san-juan)
        ("en", "school-dead", "At least 19 children died at the school.", "supports"),
        ("en", "crew-aboard", "The San Juan and her 44 crewmembers were lost.", "supports"),
        ("es", "crew-aboard", "El submarino y sus 40 tripulantes desaparecieron.", "conflicts"),
    ],
)
def test_a_count_of_a_topic_noun_naming_a_thing_is_no_head_count(corpus, lang, claim, sentence, verdict):
    front = f"---\nlang: {lang}\n---\n" if lang == "es" else ""
    r = corpus(SCHOOL_DEAD, {"a.txt": f"{front}News\n\n{sentence}\n"}, base=lang == "en")
    assert finding(r, claim).verdict == verdict


@pytest.mark.parametrize(
    "lang, claim, sentence, verdict",
    [
        # a figure right after "entre los" / "among the" is the group a part is taken from, the
        # whole (spain-womens-worldcup-2023, ethiopian-302-crash)
        ("es", "crew-aboard", "Entre los 44 tripulantes había dos mujeres.", "supports"),
        ("es", "crew-aboard", "Entre los casi 50 tripulantes del submarino había dos mujeres.", "conflicts"),
        ("es", "crew-aboard", "Entre los 40 tripulantes del ARA San Juan había una mujer.", "conflicts"),
        ("en", "crew-aboard", "Among the 44 crewmembers was a woman.", "supports"),
        # a part marker with no article still makes the figure a part
        ("es", "crew-aboard", "El submarino zarpó con su tripulación, entre ellos 40 marinos.", "silent"),
    ],
)
def test_a_figure_after_among_the_is_the_whole(corpus, lang, claim, sentence, verdict):
    front = f"---\nlang: {lang}\n---\n" if lang == "es" else ""
    r = corpus(SCHOOL_DEAD, {"a.txt": f"{front}News\n\n{sentence}\n"}, base=lang == "en")
    assert finding(r, claim).verdict == verdict


DISTANCE = """
claims:
  - id: city-distance
    statement: The epicentre lies about 105 km north-east of Rome.
    about: [Rome, Roma]
    expect: {quantity: 105, unit: km, tolerance: 10%}
  - id: bridge-length
    statement: The bridge is 1.2 km long.
    about: [bridge, puente]
    expect: {quantity: 1.2, unit: km}
"""


@pytest.mark.parametrize(
    "lang, claim, sentence, verdict",
    [
        # "al" before a compass point gives a direction, no rate (amatrice-quake-2016), and an
        # English statement's "north-east" makes the claim's figure a distance against a Spanish
        # article too (thai-cave-rescue: "cuatro kilómetros adentro de las cuevas")
        (
            "es",
            "city-distance",
            "El sismo se sintió en Roma, situada a 150 kilómetros al suroeste del epicentro.",
            "conflicts",
        ),
        ("es", "city-distance", "Roma está a unos 100 kilómetros al suroeste del epicentro.", "supports"),
        ("en", "city-distance", "Rome, 150 km south-west of the epicentre, felt the quake.", "conflicts"),
        # a claim that states no distance still leaves a distance from somewhere aside
        ("es", "bridge-length", "El puente, a 5 kilómetros al norte de la ciudad, resistió.", "silent"),
    ],
)
def test_a_distance_in_a_direction_is_read_for_a_claim_of_a_distance(corpus, lang, claim, sentence, verdict):
    front = f"---\nlang: {lang}\n---\n" if lang == "es" else ""
    r = corpus(DISTANCE, {"a.txt": f"{front}News\n\n{sentence}\n"}, base=lang == "en")
    assert finding(r, claim).verdict == verdict


LISTED_MEMBERS = """
claims:
  - id: jury-size
    statement: Twelve jurors (seven women and five men) deliberated.
    about: [jury, jurors, jurado, panel]
    expect: {quantity: 12, unit: people}
  - id: reactors
    statement: Three reactors melted down at the plant.
    about: [reactors, units, reactores]
    expect: {quantity: 3}
"""


@pytest.mark.parametrize(
    "lang, claim, sentence, verdict",
    [
        # numbers listed right after the topic's plural noun name its members one by one
        # (rittenhouse-verdict, tohoku-quake), in both languages
        ("en", "jury-size", "Jurors 11, 58, 14, 45, 9 and 52 will now serve as alternates.", "silent"),
        ("en", "reactors", "Units 1 and 2 exploded at the plant.", "silent"),
        ("es", "jury-size", "Los jurados 11, 58 y 14 serán suplentes.", "silent"),
        ("es", "reactors", "Los reactores 1 y 2 explotaron.", "silent"),
        # a count before the noun, or after "of", is still the count
        ("en", "jury-size", "The jury of 12 was seated.", "supports"),
        ("en", "reactors", "Two units exploded at the plant.", "conflicts"),
    ],
)
def test_numbers_listed_after_the_topics_noun_are_labels(corpus, lang, claim, sentence, verdict):
    front = f"---\nlang: {lang}\n---\n" if lang == "es" else ""
    r = corpus(LISTED_MEMBERS, {"a.txt": f"{front}News\n\n{sentence}\n"}, base=lang == "en")
    assert finding(r, claim).verdict == verdict


RESCUED = """
claims:
  - id: rescued
    statement: 172 people were rescued from the ferry.
    about: [rescued, rescue, rescatados]
    expect: {quantity: 172, unit: people}
"""


@pytest.mark.parametrize(
    "lang, sentence, verdict",
    [
        # bodies are a count of the dead, not of the rescued (amatrice-quake-2016, sewol-ferry)
        ("en", "Rescue workers pulled five bodies from the rubble of the hotel.", "silent"),
        ("en", "The rescue teams found 28 bodies inside the ferry.", "silent"),
        ("es", "Los socorristas rescataron cinco cadáveres.", "silent"),
        # people are still the rescued
        ("en", "Rescue divers have recovered 28 people from the ferry.", "conflicts"),
    ],
)
def test_bodies_are_a_count_of_the_dead(corpus, lang, sentence, verdict):
    front = f"---\nlang: {lang}\n---\n" if lang == "es" else ""
    r = corpus(RESCUED, {"a.txt": f"{front}News\n\n{sentence}\n"}, base=lang == "en")
    assert finding(r, "rescued").verdict == verdict


TOLL_OF_A_KIND = """
claims:
  - id: firefighters-killed
    statement: 99 firefighters died in the explosions.
    about: [firefighters, firemen, bomberos]
    expect: {quantity: 99, unit: people}
  - id: climbers-killed
    statement: 16 climbers and guides died in the avalanche.
    about: [sherpas, climbers, guides, alpinistas]
    expect: {quantity: 16, unit: people}
  - id: rescued-alive
    statement: 2,438 people were rescued alive from the rubble.
    about: [rescued, survivors, rescatados]
    expect: {quantity: 2438, unit: people}
"""


@pytest.mark.parametrize(
    "lang, claim, sentence, verdict",
    [
        # a count of the topic's people in a sentence with no word of the claim's toll may count
        # others than the dead (tianjin-explosions, an avalanche's toll), in both languages
        ("en", "firefighters-killed", "More than 1,000 firefighters were sent to the zone.", "unclear"),
        ("en", "climbers-killed", "More than 300 climbers were at base camp.", "unclear"),
        ("es", "firefighters-killed", "Más de 1.000 bomberos fueron enviados a la zona.", "unclear"),
        # with a word of the toll it is the toll; survivors are the rescued (rana-plaza)
        ("en", "firefighters-killed", "The blasts killed 95 firefighters.", "conflicts"),
        ("en", "climbers-killed", "At least 13 Sherpas died.", "conflicts"),
        ("en", "rescued-alive", "Rescuers find 41 survivors in the rubble.", "conflicts"),
    ],
)
def test_a_count_of_the_topics_people_without_the_toll_is_a_question(corpus, lang, claim, sentence, verdict):
    front = f"---\nlang: {lang}\n---\n" if lang == "es" else ""
    r = corpus(TOLL_OF_A_KIND, {"a.txt": f"{front}News\n\n{sentence}\n"}, base=lang == "en")
    assert finding(r, claim).verdict == verdict


def test_unit_conversion_within_dimension(corpus):
    r = corpus(
        LENGTH, {"a.txt": "Crossing opens\n\nThe Riverside Bridge spans three-quarters of a mile, or 1,200 metres.\n"}
    )
    f = finding(r, "bridge-length")
    assert f.verdict == "supports"
    assert [e.found.unit for e in f.evidence] == ["mile", "m"]  # three-quarters of a mile, read since fractions are


def test_miles_restated_stay_within_one_percent(corpus):
    r = corpus(LENGTH, {"a.txt": "Crossing opens\n\nThe Riverside Bridge is a 0.75-mile span.\n"})
    assert finding(r, "bridge-length").verdict == "supports"


def test_range_containing_the_value_supports(corpus):
    r = corpus(LENGTH, {"a.txt": "Crossing opens\n\nThe Riverside Bridge runs 1-1.5 km over the water.\n"})
    assert finding(r, "bridge-length").verdict == "supports"


def test_a_figure_about_another_topic_is_silent(corpus):
    r = corpus(
        COST,
        {
            "a.txt": "City opens new crossing\n\nThe new stadium cost $900 million.\n\n"
            "The Riverside Bridge was delayed by floods.\n"
        },
    )
    assert finding(r, "bridge-cost").verdict == "silent"


def test_continuing_sentence_carries_the_topic(corpus):
    r = corpus(
        COST,
        {
            "a.txt": "City opens new crossing\n\n"
            "Officials praised the Riverside Bridge on Tuesday. It cost nearly $400 million, "
            "the treasurer said.\n"
        },
    )
    f = finding(r, "bridge-cost")
    assert f.verdict == "conflicts"
    assert f.evidence[0].hedged


def test_continuation_stops_at_a_new_paragraph(corpus):
    r = corpus(
        COST,
        {
            "a.txt": "City opens new crossing\n\n"
            "Officials praised the Riverside Bridge on Tuesday.\n\n"
            "It cost nearly $400 million, the treasurer said of the stadium.\n"
        },
    )
    assert finding(r, "bridge-cost").verdict == "silent"


def test_headline_topic_covers_the_first_paragraph(corpus):
    r = corpus(
        COST,
        {
            "a.txt": "Riverside Bridge opens after years of delay\n\n"
            "The crossing, which cost $240 million, carries four lanes.\n\n"
            "A separate tunnel cost $1 billion.\n"
        },
    )
    f = finding(r, "bridge-cost")
    assert f.verdict == "supports"
    assert len(f.evidence) == 1


def test_weekday_resolved_against_publication_date(corpus):
    r = corpus(
        OPENING,
        {
            "a.md": "---\ntitle: Bridge to open\npublished: 2024-05-14\n---\n"
            "The Riverside Bridge will open on Friday, officials said.\n"
        },
    )
    f = finding(r, "opening-date", "a.md")
    assert f.verdict == "supports"
    assert f.evidence[0].found.value == "2024-05-17"
    assert f.evidence[0].resolved_with == "publication"


def test_past_tense_weekday_looks_back(corpus):
    r = corpus(
        OPENING,
        {
            "a.md": "---\npublished: 2024-05-21\n---\n"
            "Crowds lined the river as the Riverside Bridge was opened on Friday.\n"
        },
    )
    assert finding(r, "opening-date", "a.md").verdict == "supports"


def test_a_weekday_without_a_week_to_count_from_is_a_question_whichever_day(corpus):
    r = corpus(
        OPENING,
        {
            "a.txt": "Crossing opens\n\nThe Riverside Bridge opens on Friday.\n",
            "b.txt": "Crossing opens\n\nThe Riverside Bridge opens on Sunday.\n",
        },
    )
    assert finding(r, "opening-date", "a.txt").verdict == "unclear"
    other = finding(r, "opening-date", "b.txt")
    assert other.verdict == "unclear"  # another weekday may date something else: no conflict
    assert "another weekday" in other.evidence[0].note


INSPECTION = """
claims:
  - id: approval-date
    statement: The inspectors approved the bridge on Friday 17 May 2024.
    about: [approved, approval, aprobado, aprobada, aprobaron]
    expect: {date: 2024-05-17}
"""


@pytest.mark.parametrize(
    ("lang", "sentence", "verdict"),
    [
        # the weekday on the topic's own words dates the topic: another weekday is another day
        ("en", "The Riverside Bridge was approved Sunday after a final load test.", "conflicts"),
        ("en", "The Riverside Bridge was approved unanimously on Sunday by the state inspectors.", "conflicts"),
        ("es", "El puente Riverside fue aprobado oficialmente este domingo por los inspectores.", "conflicts"),
        ("es", "El puente Riverside quedó aprobado este domingo, tras la última prueba de carga.", "conflicts"),
        ("en", "The state inspectors on Sunday approved the Riverside Bridge.", "conflicts"),
        # the same weekday, or one another word or a preposition sets apart from the topic: a question
        ("en", "The Riverside Bridge was approved Friday after a final load test.", "unclear"),
        ("en", "Crowds gathered on Sunday before the approval of the Riverside Bridge.", "unclear"),
        ("es", "Los vecinos celebraron este domingo en la plaza que el puente fue aprobado.", "unclear"),
    ],
)
def test_a_weekday_on_the_topics_own_words_conflicts_with_no_week_to_count_from(corpus, lang, sentence, verdict):
    r = corpus(INSPECTION, {"a.txt": f"---\nlang: {lang}\n---\nNews\n\n{sentence}\n"})
    assert finding(r, "approval-date").verdict == verdict


CROWD = """
claims:
  - id: crowd
    statement: The opening ceremony drew a crowd of 1,200.
    about: [crowd, spectators, attendance, espectadores, asistentes]
    expect: {quantity: 1200, unit: people}
"""


@pytest.mark.parametrize(
    ("lang", "sentence", "verdict"),
    [
        # a count of people before a colon is the whole, the counts after it its groups
        (
            "en",
            "The opening of the Riverside Bridge drew 1,500 spectators: 900 residents and 600 visitors.",
            "conflicts",
        ),
        (
            "en",
            "The opening of the Riverside Bridge drew 1,200 spectators: 900 residents and 300 visitors.",
            "supports",
        ),
        (
            "es",
            "La inauguración del puente Riverside reunió a 1.500 espectadores: 900 vecinos y 600 visitantes.",
            "conflicts",
        ),
        # groups side by side, with no whole before them: parts
        (
            "en",
            "The opening of the Riverside Bridge drew 900 residents and 600 visitors, the spectators said.",
            "silent",
        ),
    ],
)
def test_a_count_before_a_colon_is_the_whole_of_the_groups_after_it(corpus, lang, sentence, verdict):
    r = corpus(CROWD, {"a.txt": f"---\nlang: {lang}\n---\nNews\n\n{sentence}\n"})
    assert finding(r, "crowd").verdict == verdict


RUN_OFF = """
version: 1
scope:
  event: The mayoral run-off
  date: 2024-05-17
  window_days: 30
entities:
  vidal:
    name: Marta Vidal
    aliases: [Vidal]
  ruiz:
    name: Tomás Ruiz
    aliases: [Ruiz]
  soto:
    name: Ana Soto
    aliases: [Soto]
claims:
  - id: vidal-share
    statement: Marta Vidal won 52.4% of the vote.
    about: [vidal]
    expect: {quantity: 52.4, unit: percent, tolerance: 0.1}
  - id: ruiz-share
    statement: Tomás Ruiz won 47.6% of the vote.
    about: [ruiz]
    expect: {quantity: 47.6, unit: percent, tolerance: 0.1}
"""


@pytest.mark.parametrize(
    ("lang", "sentence", "verdict"),
    [
        # what a relative clause set off after the name obtains is the name's figure
        (
            "en",
            "Marta Vidal took 52.9% of the vote and beat Tomás Ruiz, the former mayor, who received 45.1%.",
            "conflicts",
        ),
        (
            "es",
            "Marta Vidal obtiene hasta el momento el 52,9% de los votos y aventaja a Tomás Ruiz, de la derecha, "
            "que alcanzó el 45,1%.",
            "conflicts",
        ),
        # past a phrase that names someone else, the clause may be that one's
        (
            "en",
            "Marta Vidal took 52.9% of the vote and beat Tomás Ruiz, an ally of Ana Soto, who received 45.1%.",
            "silent",
        ),
        (
            "es",
            "Marta Vidal obtiene hasta el momento el 52,9% de los votos y aventaja a Tomás Ruiz, aliado de Ana Soto, "
            "que alcanzó el 45,1%.",
            "unclear",
        ),
    ],
)
def test_a_figure_a_relative_clause_of_the_name_obtains_is_the_names(corpus, lang, sentence, verdict):
    r = corpus(RUN_OFF, {"a.txt": f"---\nlang: {lang}\n---\nNews\n\n{sentence}\n"}, base=False)
    assert finding(r, "ruiz-share").verdict == verdict


@pytest.mark.parametrize(
    ("lang", "claim", "sentence", "verdict"),
    [
        # a phrase with no subject of its own keeps the opening subject's: its figure is the topic's
        (
            "es",
            "vidal-share",
            "La alcaldesa Marta Vidal logró un segundo mandato en la ciudad este domingo, tras ganar la segunda "
            "vuelta con el 50,9% de los votos emitidos en las urnas.",
            "conflicts",
        ),
        # the words that give a figure again in another form open no other statement
        (
            "es",
            "ruiz-share",
            "Por su parte, Tomás Ruiz obtuvo en las urnas el voto de 1 millón 534 mil 168 ciudadanos, lo que "
            "equivale al 45,1 por ciento del total de sufragios.",
            "conflicts",
        ),
        (
            "en",
            "ruiz-share",
            "Meanwhile, Tomás Ruiz, the former mayor, won the backing of 1,534,168 voters, that is 45.1 percent of "
            "the ballots cast in the city.",
            "conflicts",
        ),
        # a clause of another subject's still does
        (
            "es",
            "ruiz-share",
            "Por su parte, Tomás Ruiz obtuvo en las urnas el voto de 1 millón 534 mil 168 ciudadanos, mientras que "
            "la participación llegó al 45,1 por ciento del padrón.",
            "unclear",
        ),
        (
            "en",
            "ruiz-share",
            "Meanwhile, Tomás Ruiz, the former mayor, won the backing of 1,534,168 voters, while turnout reached "
            "45.1 percent of the electoral roll.",
            "unclear",
        ),
    ],
)
def test_the_opening_subjects_figure_past_a_phrase_or_a_restating_link(corpus, lang, claim, sentence, verdict):
    r = corpus(RUN_OFF, {"a.txt": f"---\nlang: {lang}\n---\nNews\n\n{sentence}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


@pytest.mark.parametrize(
    ("lang", "sentence", "verdict"),
    [
        # a participle after the comma goes on with the clause's subject, and "with" its figure,
        # whoever else the sentence names (peru-election-2021; the wording of
        # ecuador-election-2021 and venezuela-election-2024)
        (
            "en",
            "Marta Vidal appears to have won comfortably, winning with 50.9% of the vote compared to Ruiz's 49.1%.",
            "conflicts",
        ),
        (
            "es",
            "Marta Vidal se impuso con holgura este domingo, ganando con el 50,9% de los votos frente al 49,1% "
            "de Ruiz.",
            "conflicts",
        ),
        # with an indefinite article the figure is something the subject did, not what it holds
        (
            "en",
            "Marta Vidal appears to have won comfortably, closing with a 50.9% swing in the suburbs compared to "
            "Ruiz's 49.1%.",
            "unclear",
        ),
    ],
)
def test_a_participle_with_a_holding_link_keeps_the_subjects_figure(corpus, lang, sentence, verdict):
    r = corpus(RUN_OFF, {"a.txt": f"---\nlang: {lang}\n---\nNews\n\n{sentence}\n"}, base=False)
    assert finding(r, "vidal-share").verdict == verdict


@pytest.mark.parametrize(
    ("lang", "sentence", "vidal", "ruiz"),
    [
        # a figure after "with" past the name a verb of beating takes is the winner's, the subject's
        # (uruguay-election-2024), past a description or not
        (
            "en",
            "Marta Vidal has won the run-off held this Sunday, beating the candidate of the ruling party, "
            "Tomás Ruiz, with almost 50 percent of the votes.",
            "conflicts",
            "unclear",
        ),
        ("en", "Marta Vidal won on Sunday, defeating Tomás Ruiz with 52.9% of the vote.", "conflicts", "unclear"),
        (
            "es",
            "Marta Vidal ganó la segunda vuelta este domingo, venciendo al candidato oficialista, Tomás Ruiz, "
            "con casi el 50% de los votos.",
            "conflicts",
            "unclear",
        ),
        ("es", "Marta Vidal ganó, derrotando a Tomás Ruiz con el 52,9% de los votos.", "conflicts", "unclear"),
        # the name after "lost to" is the winner's: the figure is the loser's, the subject's
        ("en", "Tomás Ruiz lost to Marta Vidal, with 45.1% of the vote.", "unclear", "conflicts"),
        ("es", "Tomás Ruiz perdió ante Marta Vidal, con el 45,1% de los votos.", "unclear", "conflicts"),
        # a figure after "with" not right past the one beaten is read as before
        ("en", "Tomás Ruiz finished with 45.1% of the vote, behind Marta Vidal.", "unclear", "conflicts"),
    ],
)
def test_a_figure_after_the_one_beaten_is_the_subjects(corpus, lang, sentence, vidal, ruiz):
    r = corpus(RUN_OFF, {"a.txt": f"---\nlang: {lang}\n---\nNews\n\n{sentence}\n"}, base=False)
    assert (finding(r, "vidal-share").verdict, finding(r, "ruiz-share").verdict) == (vidal, ruiz)


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # in a list of names and titles, a title set off after a name that goes on past "and" and a
        # description to a name of the fact sheet's opens that next entry (polaris-dawn-2024: "were
        # Isaacman, mission pilot and former U.S. Air Force Thunderbird Scott Poteet, SpaceX engineer …")
        (
            "On the stage were Lindqvist, mayor and former bridge engineer Grace Okafor, and the architect Moreau.",
            "supports",
        ),
        ("The guests: Moreau, mayor and longtime council member Grace Okafor, and Lindqvist.", "supports"),
        # a title set off after the name with no name after it, or past a phrase of another's, is the first's
        ("Erik Lindqvist, mayor and chief engineer, spoke at the opening.", "conflicts"),
        ("Erik Lindqvist, the mayor and a close friend of Okafor, spoke.", "conflicts"),
        ("On the stage were Lindqvist, mayor and Moreau.", "conflicts"),
    ],
)
def test_a_title_joined_to_the_next_names_description_opens_its_entry(corpus, sentence, verdict):
    r = corpus(MAYOR, {"a.txt": f"News\n\n{sentence}\n"})
    assert finding(r, "mayor").verdict == verdict


@pytest.mark.parametrize(
    ("lang", "sentence", "verdict"),
    [
        # a pair of names joined by a hyphen holds a share together: the claim's name among them, the
        # name nearest the verb is no other holder (uruguay-election-2024: "La fórmula Delgado-Ripoll
        # alcanzó el 45,9%"; the wording of US and Latin American tickets: "the Harris-Walz ticket")
        ("es", "La fórmula Vidal-Soto alcanzó el 52,4%.", "supports"),
        ("es", "El binomio Soto-Vidal obtuvo el 50,1% de los votos.", "conflicts"),
        ("en", "The Vidal-Soto ticket won 52.9% of the vote.", "conflicts"),
        # another's pair is still another's
        ("en", "The Ruiz-Soto ticket won 52.9% of the vote.", "silent"),
    ],
)
def test_a_pair_of_names_joined_by_a_hyphen_holds_the_share_together(corpus, lang, sentence, verdict):
    r = corpus(RUN_OFF, {"a.txt": f"---\nlang: {lang}\n---\nNews\n\n{sentence}\n"}, base=False)
    assert finding(r, "vidal-share").verdict == verdict


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # a name after an owner's lead and words describing it is what a member belongs to, not another
        # member (uruguay-election-2024: "El candidato del izquierdista Frente Amplio, Yamandú Orsi";
        # a buyout story's "el líder del fondo Berkshire Hathaway, Warren Buffett")
        (
            "The board: the chair of the local Riverside Trust, Grace Okafor, Erik Lindqvist and Hélène Moreau.",
            "supports",
        ),
        # set off by a comma, the name after the owner's words is another member
        (
            "The board is the lawyer of the city, Paul Smith, Grace Okafor, Erik Lindqvist and Hélène Moreau.",
            "conflicts",
        ),
        ("The board is Grace Okafor, Erik Lindqvist, Hélène Moreau and Paul Smith.", "conflicts"),
    ],
)
def test_a_name_after_an_owners_lead_and_its_description_is_no_member(corpus, sentence, verdict):
    r = corpus(BOARD, {"a.txt": f"News\n\n{sentence}\n"})
    assert finding(r, "board").verdict == verdict


def test_yearless_date_takes_scope_year_and_says_so(corpus):
    r = corpus(OPENING, {"a.txt": "Crossing opens\n\nThe opening ceremony is set for 17 May.\n"})
    f = finding(r, "opening-date")
    assert f.verdict == "supports"
    assert f.evidence[0].resolved_with == "scope"


def test_statement_date_is_not_the_event_date(corpus):
    r = corpus(
        OPENING,
        {
            "a.md": "---\npublished: 2024-05-13\n---\n"
            "The Riverside Bridge will open on Friday, the council announced on Monday.\n"
        },
    )
    f = finding(r, "opening-date", "a.md")
    assert f.verdict == "supports"
    assert len(f.evidence) == 1


def test_since_date_bounds_another_period(corpus):
    r = corpus(
        OPENING, {"a.txt": "Crossing opens\n\nThe Riverside Bridge, planned since 2011, opened on 17 May 2024.\n"}
    )
    assert finding(r, "opening-date").verdict == "supports"


def test_exclude_drops_sentence_and_section(corpus):
    r = corpus(
        OPENING,
        {
            "a.txt": "Crossing opens\n\nThe Riverside Bridge opened on 17 May 2024.\n\n"
            "The council vote on the bridge was held on 2 March 2023.\n\n"
            "Council vote\n\n"
            "Members debated the bridge on 9 February 2023.\n"
        },
    )
    assert finding(r, "opening-date").verdict == "supports"


def test_caption_is_never_evidence(corpus):
    r = corpus(
        OPENING,
        {
            "a.txt": "Crossing opens\n\n"
            "Workers on the Riverside Bridge, 3 January 2024. REUTERS/Jane Roe\n\n"
            "The Riverside Bridge opened on 17 May 2024.\n"
        },
    )
    f = finding(r, "opening-date")
    assert f.verdict == "supports"
    assert {e.zone for e in f.evidence} == {"body"}


def test_mixed_when_both_sides_appear(corpus):
    r = corpus(
        FIRST,
        {
            "a.txt": "Crossing opens\n\nThe Riverside Bridge is the first crossing in decades.\n\n"
            "Engineers said the bridge would replace a ferry link.\n"
        },
    )
    assert finding(r, "first-crossing").verdict == "mixed"


def test_inflections_match(corpus):
    r = corpus(FIRST, {"a.txt": "Crossing opens\n\nThe Riverside Bridge was rebuilt after the flood.\n"})
    f = finding(r, "first-crossing")
    assert f.verdict == "conflicts"
    assert f.evidence[0].found.value == "rebuild"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Riverside Bridge is not the first crossing in the city.",
        "Is the Riverside Bridge the first crossing of its kind?",
        "If the Riverside Bridge is rebuilt, traffic will resume.",
    ],
)
def test_negated_asked_or_conditional_words_are_not_evidence(corpus, sentence):
    r = corpus(FIRST, {"a.txt": f"Crossing opens\n\n{sentence}\n"})
    assert finding(r, "first-crossing").verdict == "silent"


@pytest.mark.parametrize(
    "lang, sentence, verdict",
    [
        # "no" joined to an adjective names a kind of figure, not a denial: "la cifra no oficial de
        # muertos asciende a 77" (ecuador-quake-2016) is the unofficial toll
        ("es", "La cifra no oficial de muertos asciende a 3.900.", "conflicts"),
        ("es", "El recuento no confirmado de fallecidos asciende a 4.352 personas.", "supports"),
        ("es", "El balance no definitivo de muertos es de 3.900.", "conflicts"),
        ("en", "The unofficial death toll rose to 3,900.", "conflicts"),
        # a denial still is one: the verb after "no", or "no" before a noun
        ("es", "La cifra de muertos no ha sido confirmada y no llega a 3.900.", "silent"),
        ("es", "No hay muertos: 3.900 personas fueron evacuadas.", "silent"),
    ],
)
def test_a_negation_joined_to_an_adjective_is_no_denial(corpus, lang, sentence, verdict):
    text = f"---\nlang: {lang}\n---\nNews\n\n{sentence}\n"
    assert finding(corpus(TOLL, {"a.md": text}, base=False), "death-toll", "a.md").verdict == verdict


def test_attribution_is_reported(corpus):
    r = corpus(
        FIRST,
        {
            "a.txt": "Crossing opens\n\nThe Riverside Bridge is the first new crossing since 1946, "
            "according to the City Council.\n\n"
            "Mayor Grace Okafor said the bridge was the first of three. She said it would "
            "be the first of its kind.\n"
        },
    )
    f = finding(r, "first-crossing")
    who = [e.attributed_to for e in f.evidence]
    assert who == ["City Council", "Grace Okafor", "Grace Okafor"]


def test_person_in_role_supports_and_other_person_conflicts(corpus):
    r = corpus(
        MAYOR,
        {
            "a.txt": "Crossing opens\n\nMayor Grace Okafor cut the ribbon.\n",
            "b.txt": "Crossing opens\n\nThe ribbon was cut by Mayor Daniel Brandt.\n",
            "c.txt": "Crossing opens\n\nGrace Okafor, the mayor, cut the ribbon.\n",
        },
    )
    assert finding(r, "mayor", "a.txt").verdict == "supports"
    b = finding(r, "mayor", "b.txt")
    assert b.verdict == "conflicts"
    assert b.evidence[0].found.text == "Daniel Brandt"
    assert finding(r, "mayor", "c.txt").verdict == "supports"


RUNNER_UP = """
entities:
  medvedev: {name: Daniil Medvedev, aliases: [Medvedev]}
  sasaki: {name: Sho Sasaki, aliases: [Sasaki]}
claims:
  - id: runner-up
    statement: Djokovic beat Daniil Medvedev in the final.
    about: [final]
    expect: {person: medvedev, role: [defeated, victory over]}
  - id: opponent
    statement: Ouseph beat Sho Sasaki.
    about: [victory]
    expect: {person: sasaki, role: [victory over]}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Djokovic defeated Russia’s Daniil Medvedev in three straight sets in the US Open final.", "runner-up"),
        ("Ouseph is into the last 16 following a 21-15, 21-9 victory over Japan’s Sho Sasaki.", "opponent"),
    ],
)
def test_a_country_owning_a_name_is_no_part_of_it(corpus, text, claim):
    """ "Russia's Daniil Medvedev" is Medvedev, not a person called "Russia's Daniil Medvedev"
    (wording from the US Open and Rio Olympics coverage)."""
    r = corpus(RUNNER_UP, {"a.txt": f"The final\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == "supports"


EPITHETS = """
entities:
  herrera: {name: Karin Herrera, aliases: [Herrera]}
  kast: {name: José Antonio Kast, aliases: [Kast]}
claims:
  - id: vice-president
    statement: Arévalo's running mate, elected Vice President, is Karin Herrera.
    about: [vicepresidenta, running mate]
    expect: {person: herrera, role: [vicepresidenta, running mate]}
  - id: rival
    statement: Boric beat José Antonio Kast in the run-off.
    about: [rival]
    expect: {person: kast, role: [rival]}
"""


@pytest.mark.parametrize(
    "text, claim, lang, expected",
    [
        # an article and an epithet between the title and a name the fact sheet knows
        (
            "Arévalo llegó acompañado de su vicepresidenta, la científica Karin Herrera.",
            "vice-president",
            "es",
            "supports",
        ),
        ("Boric beat his rival, the far-right lawyer José Antonio Kast, by 11 points.", "rival", None, "supports"),
        # a name it does not know, past an epithet, is no holder
        ("Arévalo llegó acompañado de su vicepresidenta, la científica María López.", "vice-president", "es", "silent"),
    ],
)
def test_a_known_holder_is_named_past_an_article_and_an_epithet(corpus, text, claim, lang, expected):
    """ "su vicepresidenta, la científica Karin Herrera", "his rival, the far-right lawyer José
    Antonio Kast" (Guatemalan and Chilean election coverage)."""
    front = f"---\nlang: {lang}\n---\n" if lang else ""
    r = corpus(EPITHETS, {"a.txt": f"{front}The result\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == expected


CO_DEFENDANTS = """
entities:
  kirchner: {name: Cristina Fernández de Kirchner, aliases: [Kirchner, Cristina Kirchner]}
  baez: {name: Lázaro Báez, aliases: [Báez]}
  devido: {name: Julio De Vido, aliases: [De Vido]}
  lopez: {name: José López, aliases: [López]}
claims:
  - id: co-defendants
    statement: Kirchner's co-defendants at the trial included Lázaro Báez and José López.
    about: [defendants, acusados]
    expect: {people: [baez, lopez]}
"""


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # the person whose co-defendants the claim names, listed with them, is no other member
        # (Rubiales 2025, Kirchner 2022)
        (
            "The court sat Cristina Kirchner, Lázaro Báez and José López in the dock of the defendants.",
            None,
            "supports",
        ),
        (
            "El tribunal sentó a Cristina Kirchner, Lázaro Báez y José López en el banquillo de los acusados.",
            "es",
            "supports",
        ),
        # someone the statement does not name is
        ("The court sat Julio De Vido, Lázaro Báez and José López in the dock of the defendants.", None, "conflicts"),
    ],
)
def test_the_person_the_members_are_of_is_no_other_member(corpus, text, lang, expected):
    front = f"---\nlang: {lang}\n---\n" if lang else ""
    r = corpus(CO_DEFENDANTS, {"a.txt": f"{front}The trial\n\n{text}\n"}, base=False)
    assert finding(r, "co-defendants").verdict == expected


CUT_SURNAMES = """
entities:
  judge: {name: José Manuel Fernández-Prieto, aliases: [Fernández-Prieto]}
  appeals: {name: Ana María Ruiz Tagle, aliases: [Ruiz Tagle]}
claims:
  - id: judge
    statement: The trial judge was José Manuel Fernández-Prieto.
    about: [magistrate]
    expect: {person: judge, role: [magistrate, the magistrate]}
  - id: appeals-judge
    statement: The appeals judge was Ana María Ruiz Tagle.
    about: [magistrate]
    expect: {person: appeals, role: [magistrate, the magistrate]}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        # the last part of a compound or second surname left out: maybe the same person, never
        # someone else (Rubiales 2025; a Chilean judge's two surnames as copy shortens them)
        ("The magistrate José Manuel Fernández acquitted the other defendants.", "judge", "unclear"),
        ("The magistrate Ana María Ruiz upheld the sentence.", "appeals-judge", "unclear"),
        # another surname is someone else
        ("The magistrate José Manuel Rodríguez acquitted the other defendants.", "judge", "conflicts"),
    ],
)
def test_a_surname_cut_short_is_no_other_holder(corpus, text, claim, expected):
    r = corpus(CUT_SURNAMES, {"a.txt": f"The verdict\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == expected


LISTED_TITLES = """
entities:
  aung: {name: MiMi Aung, aliases: [Mimi Aung, Aung]}
  ulamec: {name: Stephan Ulamec, aliases: [Ulamec]}
claims:
  - id: manager
    statement: MiMi Aung was Ingenuity's project manager.
    about: [Ingenuity]
    expect: {person: aung, role: [Project Manager]}
  - id: lander-manager
    statement: Stephan Ulamec was the Philae lander manager.
    about: [Philae]
    expect: {person: ulamec, role: [Lander Manager]}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        (
            "Speakers: Thomas Zurbuchen, NASA, Mimi Aung, Ingenuity Project Manager, Bob Balaram, Ingenuity Chief "
            "Engineer, and Håvard Grip, Ingenuity Chief Pilot.",
            "manager",
        ),
        (
            "On the panel were Stephan Ulamec, Philae Lander Manager, Paolo Ferri, Head of Mission Operations.",
            "lander-manager",
        ),
    ],
)
def test_a_title_between_commas_in_a_list_is_the_name_befores(corpus, text, claim):
    """ "Mimi Aung, Ingenuity Project Manager, Bob Balaram, …": in a list of names and titles a
    title set off by commas is the preceding name's (Ingenuity and Rosetta coverage)."""
    r = corpus(LISTED_TITLES, {"a.txt": f"The briefing\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == "supports"


OBJECTS = """
entities:
  medvedev: {name: Daniil Medvedev, aliases: [Medvedev]}
  lepen: {name: Marine Le Pen, aliases: [Le Pen]}
claims:
  - id: runner-up
    statement: Nadal beat Daniil Medvedev in the final.
    about: [final]
    expect: {person: medvedev, role: [beat, defeated, derrotó, venció]}
  - id: rival
    statement: Macron beat Marine Le Pen in the run-off.
    about: [run-off, segunda vuelta]
    expect: {person: lepen, role: [beat, defeated, derrotó, venció]}
"""


@pytest.mark.parametrize(
    "text, claim, lang",
    [
        ("Djokovic defeated the Russian Daniil Medvedev in three straight sets in the final.", "runner-up", None),
        ("Macron beat the French Marine Le Pen in the run-off.", "rival", None),
        ("Nadal derrotó al ruso Daniil Medvedev en la final.", "runner-up", "es"),
        ("Macron venció a Marine Le Pen en la segunda vuelta.", "rival", "es"),
    ],
)
def test_an_object_marker_article_or_nationality_leads_to_the_name(corpus, text, claim, lang):
    """ "beat the Russian Daniil Medvedev", "derrotó al ruso Daniil Medvedev", "venció a Marine
    Le Pen": the name after the role word, past the words leading to it (US Open, Australian
    Open and French election coverage)."""
    front = f"---\nlang: {lang}\n---\n" if lang else ""
    r = corpus(OBJECTS, {"a.txt": f"{front}The result\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == "supports"


TITLED_ALIASES = """
entities:
  newman: {name: Clifton Newman, aliases: [Judge Clifton Newman, Judge Newman, Newman]}
  mohammed: {name: Mohammed VI, aliases: [King Mohammed VI, King Mohammed]}
claims:
  - id: trial-judge
    statement: The trial judge was Clifton Newman.
    about: [judge]
    expect: {person: newman, role: [Judge, presiding judge]}
  - id: king
    statement: Morocco's King was Mohammed VI.
    about: [King]
    expect: {person: mohammed, role: [King, monarch]}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        ("After the verdict, Judge Clifton Newman thanked the jurors.", "trial-judge"),
        ("The jury then heard from Judge Newman, who set the sentencing for Friday.", "trial-judge"),
        ("Morocco’s King Mohammed VI has thanked Spain, Qatar and the United Kingdom for sending aid.", "king"),
    ],
)
def test_an_alias_that_takes_the_title_in_names_the_holder(corpus, text, claim):
    """An alias written with the title ("Judge Clifton Newman", "King Mohammed VI") is the
    person the role word before it names (wording from the Murdaugh and Morocco coverage)."""
    r = corpus(TITLED_ALIASES, {"a.txt": f"News\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == "supports"


DECLARATIONS = """
entities:
  chebukati: {name: Wafula Chebukati, aliases: [Chebukati]}
  lindqvist: {name: Anna Lindqvist, aliases: [Lindqvist]}
claims:
  - id: chairman
    statement: The commission's chairman Wafula Chebukati declared the result.
    about: [declared]
    expect: {person: chebukati, role: [Chairperson, Chair, chairman]}
  - id: mayor
    statement: Mayor Anna Lindqvist opened the bridge.
    about: [opened, open]
    expect: {person: lindqvist, role: [Mayor]}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        (
            "“I Wafula Chebukati, Chairperson Independent Electoral and Boundaries Commission hereby declare.",
            "chairman",
        ),
        ("“I Anna Lindqvist, Mayor of Riverside, hereby declare the bridge open.”", "mayor"),
    ],
)
def test_a_speaker_declaring_in_the_first_person_holds_the_role(corpus, text, claim):
    """ "I Wafula Chebukati, Chairperson …" is Chebukati, not a person called "I Wafula Chebukati"
    (wording from the Kenyan election coverage and a ribbon-cutting)."""
    r = corpus(DECLARATIONS, {"a.txt": f"News\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == "supports"


GOVERNORS = """
entities:
  abbott: {name: Greg Abbott, aliases: [Abbott]}
  beshear: {name: Andy Beshear, aliases: [Beshear]}
  medvedev: {name: Daniil Medvedev, aliases: [Medvedev]}
  alcaraz: {name: Carlos Alcaraz, aliases: [Alcaraz]}
  # the award and the tournament are entities of their fact sheets too: known names, no holders
  bdo: {name: Ballon d'Or, aliases: [Ballon d’Or]}
  wimbledon: {name: Wimbledon}
claims:
  - id: texas-governor
    statement: The Governor of Texas at the time was Greg Abbott.
    about: [Governor, Gov.]
    expect: {person: abbott, role: [Governor, Gov.]}
  - id: kentucky-governor
    statement: The Governor of Kentucky was Andy Beshear.
    about: [Governor, Gov.]
    expect: {person: beshear, role: [Governor, Gov.]}
  - id: runner-up
    statement: Djokovic beat Daniil Medvedev in the final.
    about: [final]
    expect: {person: medvedev, role: [vs, beat]}
"""


@pytest.mark.parametrize(
    "text, claim, verdict",
    [
        # an abbreviated title's full stop before the holder's name
        (
            "“We’ll congratulate each other when it’s all finished,” he told Texas Gov. Greg Abbott.",
            "texas-governor",
            "supports",
        ),
        ("Gov. Andy Beshear said Monday afternoon that the toll would rise.", "kentucky-governor", "supports"),
        # a qualified abbreviated title is another post; "vs." is no title
        ("Lt. Gov. Sylvia Luke said the governor was on his way.", "texas-governor", "silent"),
        ("The final was billed as Djokovic vs. Alcaraz until the semi-final.", "runner-up", "silent"),
    ],
)
def test_an_abbreviated_title_names_the_holder_after_its_full_stop(corpus, text, claim, verdict):
    """ "Texas Gov. Greg Abbott", "Gov. Andy Beshear said": a title cut short is followed by its
    full stop, not by the end of a sentence (Harvey, Kentucky tornado, Maui fire coverage)."""
    r = corpus(GOVERNORS, {"a.txt": f"News\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


DESCRIBED = """
entities:
  villarruel: {name: Victoria Villarruel, aliases: [Villarruel]}
  roxas: {name: Mar Roxas, aliases: [Roxas, Manuel Roxas]}
  poe: {name: Grace Poe, aliases: [Poe]}
  kast: {name: José Antonio Kast, aliases: [Kast]}
  mackey: {name: John Mackey, aliases: [Mackey]}
  poroshenko: {name: Petro Poroshenko, aliases: [Poroshenko]}
  puente: {name: Luis Felipe Puente, aliases: [Puente]}
  butterfield: {name: Stewart Butterfield, aliases: [Butterfield]}
  bezos: {name: Jeff Bezos, aliases: [Bezos]}
claims:
  - id: running-mate
    statement: Milei's running mate was Victoria Villarruel.
    about: [running mate]
    expect: {person: villarruel, role: [running mate]}
  - id: runner-up
    statement: Duterte's closest rival was Mar Roxas.
    about: [rival, runner up]
    expect: {person: roxas, role: [closest rival, runner up]}
  - id: rival
    statement: Boric beat José Antonio Kast.
    about: [adversario]
    expect: {person: kast, role: [adversario]}
  - id: ceo
    statement: Whole Foods' CEO was John Mackey.
    about: [CEO]
    expect: {person: mackey, role: [CEO]}
  - id: slack-ceo
    statement: Slack's chief executive was Stewart Butterfield.
    about: [chief executive]
    expect: {person: butterfield, role: [chief executive]}
  - id: incumbent
    statement: The incumbent president was Petro Poroshenko.
    about: [incumbent]
    expect: {person: poroshenko, role: [incumbent]}
  - id: president
    statement: The president was Petro Poroshenko.
    about: [President]
    expect: {person: poroshenko, role: [President]}
  - id: civil-defense
    statement: The head of Civil Defense was Luis Felipe Puente.
    about: [Civil Defense]
    expect: {person: puente, role: [Civil Defense]}
"""


@pytest.mark.parametrize(
    "text, claim, lang, verdict",
    [
        # a description without an article between a title's comma and the name
        (
            "You can see a photo of Milei with his running mate, national representative Victoria Villarruel.",
            "running-mate",
            None,
            "supports",
        ),
        (
            "That is more than the votes of his closest rival, administration bet Mar Roxas.",
            "runner-up",
            None,
            "supports",
        ),
        (
            "Amazon says that Whole Foods' CEO, co-founder John Mackey, will remain in that role.",
            "ceo",
            None,
            "supports",
        ),
        # ... closed by a comma of its own
        (
            "Obtiene un millón de votos más que su adversario, el ultra derechista, José Antonio Kast.",
            "rival",
            "es",
            "supports",
        ),
        # the title joined by "and" to another post the person holds
        (
            "John Mackey, Whole Foods Market co-founder and CEO, said that he agreed to the deal.",
            "ceo",
            None,
            "supports",
        ),
        (
            "Stewart Butterfield, Slack’s co-founder and chief executive, will continue to run the business.",
            "slack-ceo",
            None,
            "supports",
        ),
        # ... of another company; or a verb before "and", no post
        ("“It is a great day,” said Jeff Bezos, Amazon founder and CEO.", "ceo", None, "silent"),
        ("Jeff Bezos, who founded Amazon and is its CEO, spoke.", "ceo", None, "silent"),
        # a participle opens a clause about someone else, not a description
        ("Whole Foods' new CEO, succeeding John Mackey, took over the chain.", "ceo", None, "silent"),
        # a title that runs into another title: the name after both
        ("Voters chose between incumbent President Petro Poroshenko and a comedian.", "incumbent", None, "supports"),
        (
            "National Civil Defense chief Luis Felipe Puente reported the updated fatalities.",
            "civil-defense",
            None,
            "supports",
        ),
        # an ordinal before the title makes it another post
        (
            "The count put Duterte first, with second runner up Senator Grace Poe far behind.",
            "runner-up",
            None,
            "silent",
        ),
        ("Ukraine's fourth President Viktor Yanukovych got 12.5 million votes in 2010.", "president", None, "silent"),
    ],
)
def test_a_holder_named_past_a_description_or_a_second_title(corpus, text, claim, lang, verdict):
    """ "his running mate, national representative Victoria Villarruel", "Whole Foods' CEO,
    co-founder John Mackey", "incumbent President Petro Poroshenko", "National Civil Defense chief
    Luis Felipe Puente", "John Mackey, Whole Foods Market co-founder and CEO", "Stewart
    Butterfield, Slack's co-founder and chief executive" (Argentine, Philippine, Chilean and
    Ukrainian elections, Amazon and Whole Foods, Salesforce and Slack, the 2017 Mexico
    earthquake); "second runner up Senator Grace Poe", "fourth President Viktor Yanukovych" hold
    other posts."""
    front = f"---\nlang: {lang}\n---\n" if lang else ""
    r = corpus(DESCRIBED, {"a.txt": f"{front}The result\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


DOERS = """
entities:
  dimaria: {name: Ángel Di María, aliases: [Di María]}
  vinicius: {name: Vinícius Júnior, aliases: [Vinicius]}
  carmona: {name: Olga Carmona, aliases: [Carmona]}
  messi: {name: Lionel Messi, aliases: [Messi]}
  djokovic: {name: Novak Djokovic, aliases: [Djokovic]}
  bonmati: {name: Aitana Bonmatí, aliases: [Bonmatí, Aitana]}
  alcaraz: {name: Carlos Alcaraz, aliases: [Alcaraz]}
claims:
  - id: copa-scorer
    statement: Ángel Di María scored the only goal of the final.
    about: [goal, scored, gol]
    expect: {person: dimaria, role: [scored, goal, gol]}
  - id: cl-scorer
    statement: Vinícius Júnior scored the only goal of the final.
    about: [goal, strike]
    expect: {person: vinicius, role: [scored, goal, strike]}
  - id: wwc-scorer
    statement: Olga Carmona scored the only goal of the final.
    about: [goal]
    expect: {person: carmona, role: [scored, goal]}
  - id: runner-up
    statement: Alcaraz beat Novak Djokovic in the final.
    about: [final]
    expect: {person: djokovic, role: [beat]}
  - id: wwc-captain
    statement: Olga Carmona captained Spain in the final.
    about: [final]
    expect: {person: carmona, role: [captain, captained, capitaneó]}
  - id: womens-winner
    statement: Aitana Bonmatí won the 2023 women's Ballon d'Or (Ballon d'Or Féminin).
    about: [women's Ballon d'Or, women’s Ballon d’Or, Ballon d’Or Féminin, Ballon d'Or Féminin, women's award]
    expect:
      person: bonmati
      role: [women's Ballon d'Or, women’s Ballon d’Or, Ballon d’Or Féminin, winner, won, wins, claims]
  - id: champion
    statement: Carlos Alcaraz won the 2023 Wimbledon men's singles title.
    about: [final, title]
    expect: {person: alcaraz, role: [champion, won, wins]}
"""


@pytest.mark.parametrize(
    "text, claim, lang, verdict",
    [
        # the name right before the role word: its verb's subject, or a noun's owner
        ("Paris Saint-Germain star Angel Di Maria scored the only goal of the game.", "copa-scorer", None, "supports"),
        ("Argentina won when an Angel Di Maria goal gave them a 1-0 win over Brazil.", "copa-scorer", None, "supports"),
        ("Liverpool lost as Vinicius Junior's second-half goal clinched the trophy.", "cl-scorer", None, "supports"),
        ("A Vinicius Junior strike helped Real Madrid to a record 14th European Cup.", "cl-scorer", None, "supports"),
        # the name after the role noun's link
        ("Argentina se impuso por 1-0 a Brasil con gol de Ángel Di María.", "copa-scorer", "es", "supports"),
        ("Spain won the final thanks to a first-half goal from defender Olga Carmona.", "wwc-scorer", None, "supports"),
        # someone else doing it may be another match's scorer; a claim whose person undergoes
        # the role ("beat Novak Djokovic") is not read from its subject
        (
            "Argentina reached the final through a goal from Lionel Messi in the semi-final.",
            "copa-scorer",
            None,
            "silent",
        ),
        ("Novak Djokovic beat him in the semi-final.", "runner-up", None, "silent"),
        # the name after the claim's person doing it is the deed's object, not another holder
        # (2023 Women's World Cup final, 2023 Ballon d'Or, 2023 Wimbledon final)
        ("Olga Carmona captained La Roja in the final.", "wwc-captain", None, "supports"),
        ("Bonmati claims Ballon d’Or Féminin.", "womens-winner", None, "supports"),
        ("Carlos Alcaraz wins Wimbledon title in five-set final.", "champion", None, "supports"),
    ],
)
def test_a_claims_person_doing_the_role_is_named_before_it_or_after_its_noun(corpus, text, claim, lang, verdict):
    """For a statement whose person does what the role says ("Olga Carmona scored the only
    goal"): "Angel Di Maria scored", "an Angel Di Maria goal", "Vinicius Junior's second-half
    goal", "con gol de Ángel Di María", "a first-half goal from defender Olga Carmona" (2021
    Copa América, 2022 Champions League and 2023 Women's World Cup finals)."""
    front = f"---\nlang: {lang}\n---\n" if lang else ""
    r = corpus(DOERS, {"a.txt": f"{front}The final\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


OWNED_TITLES = """
entities:
  heuer: {name: Rolf Heuer, aliases: [Heuer]}
  balbi: {name: Enrique Balbi, aliases: [Balbi]}
  hasina: {name: Sheikh Hasina, aliases: [Hasina]}
  kan: {name: Naoto Kan, aliases: [Kan]}
claims:
  - id: director-general
    statement: CERN's Director General was Rolf Heuer.
    about: [director general]
    expect: {person: heuer, role: [director general]}
  - id: spokesman
    statement: The navy's spokesman was Enrique Balbi.
    about: [vocero]
    expect: {person: balbi, role: [vocero]}
  - id: bangladesh-pm
    statement: Bangladesh's prime minister was Sheikh Hasina.
    about: [primera ministra]
    expect: {person: hasina, role: [primera ministra]}
  - id: japan-pm
    statement: Japan's prime minister was Naoto Kan.
    about: [primer ministro]
    expect: {person: kan, role: [primer ministro]}
"""


@pytest.mark.parametrize(
    "text, claim, verdict",
    [
        # what the title is of, an acronym in brackets, then the holder after a comma
        (
            "El director general del Centro Europeo de Física de Partículas (CERN), Rolf Heuer, habló de un avance.",
            "director-general",
            "supports",
        ),
        # ... past a rank
        (
            "La comunicación pasó al vocero de la Armada, capitán Enrique Balbi, desde el lunes.",
            "spokesman",
            "supports",
        ),
        # a country's adjective after the title
        ("La primera ministra bangladesí, Sheikh Hasina, pidió mejores condiciones.", "bangladesh-pm", "supports"),
        ("El primer ministro japonés, Naoto Kan, calificó de grandes los daños.", "japan-pm", "supports"),
        # a source named after the comma is no holder
        ("El primer ministro japonés, según Naoto Kan, no habló.", "japan-pm", "silent"),
    ],
)
def test_a_title_with_its_owner_or_country_then_a_comma_names_the_holder(corpus, text, claim, verdict):
    """ "El director general del Centro Europeo … (CERN), Rolf Heuer", "al vocero de la Armada,
    capitán Enrique Balbi", "la primera ministra bangladesí, Sheikh Hasina", "El primer ministro
    japonés, Naoto Kan" (Higgs boson, ARA San Juan, Rana Plaza and Tohoku coverage in Spanish)."""
    r = corpus(OWNED_TITLES, {"a.txt": f"---\nlang: es\n---\nNoticias\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


OWNERS_NAMED_IN_FULL = """
entities:
  mazon: {name: Carlos Mazón, aliases: [Mazón]}
  puig: {name: Ximo Puig, aliases: [Puig]}
  tewolde: {name: Tewolde GebreMariam, aliases: [Tewolde Gebre Mariam]}
  garcia: {name: Sergio García Cabañas, aliases: [Sergio García, Sergio Cabañas]}
  rabie: {name: Osama Rabie, aliases: [Rabie]}
claims:
  - id: regional-president
    statement: The President of the Generalitat Valenciana was Carlos Mazón.
    about: [Generalitat]
    expect: {person: mazon, role: [presidente de la Generalitat]}
  - id: airline-ceo
    statement: The chief executive of Ethiopian Airlines was Tewolde GebreMariam.
    about: [Ethiopian Airlines]
    expect: {person: tewolde, role: [jefe de la compañía]}
  - id: conred-secretary
    statement: CONRED's executive secretary was Sergio García Cabañas.
    about: [Conred]
    expect: {person: garcia, role: [secretario, secretario ejecutivo]}
  - id: sca-chairman
    statement: The head of the Suez Canal Authority was Osama Rabie.
    about: [Suez Canal Authority]
    expect: {person: rabie, role: [head of the Suez Canal]}
"""


@pytest.mark.parametrize(
    "text, claim, lang, verdict",
    [
        # the role phrase names its owner, whose name goes on before the comma
        ("El presidente de la Generalitat Valenciana, Carlos Mazón, habló.", "regional-president", "es", "supports"),
        ("El presidente de la Generalitat Valenciana, Ximo Puig, habló.", "regional-president", "es", "conflicts"),
        (
            "El jefe de la compañía Ethiopian Airlines, Tewolde Gebre Mariam, reveló que el piloto quería volver.",
            "airline-ceo",
            "es",
            "supports",
        ),
        ("The head of the Suez Canal Authority, Osama Rabie, said talks went on.", "sca-chairman", None, "supports"),
        # an owner's long name and its short name in brackets, in mixed case
        (
            "Dijo el secretario de la Coordinadora para la Reducción de Desastres (Conred), Sergio Cabañas.",
            "conred-secretary",
            "es",
            "supports",
        ),
        (
            "Habló el secretario ejecutivo de la Coordinadora Nacional para la Reducción de Desastres (Conred),"
            " Sergio García.",
            "conred-secretary",
            "es",
            "supports",
        ),
        # the owner's name goes on, but a clause follows the comma: no holder
        (
            "El presidente de la Generalitat Valenciana, según Ximo Puig, no sabía nada.",
            "regional-president",
            "es",
            "silent",
        ),
    ],
)
def test_a_role_naming_its_owner_in_part_then_a_comma_names_the_holder(corpus, text, claim, lang, verdict):
    """ "El presidente de la Generalitat Valenciana, Carlos Mazón", "El jefe de la compañía
    Ethiopian Airlines, Tewolde Gebre Mariam", "el secretario de la Coordinadora … (Conred),
    Sergio Cabañas" (2024 Valencia floods, Ethiopian Airlines 302 and 2018 Fuego eruption
    coverage): the owner the role phrase names goes on past it, then the holder after a comma."""
    front = f"---\nlang: {lang}\n---\n" if lang else ""
    r = corpus(OWNERS_NAMED_IN_FULL, {"a.txt": f"{front}Noticias\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


DESCRIBED_HOLDERS = """
entities:
  baez: {name: Lázaro Báez, aliases: [Báez]}
  kast: {name: José Antonio Kast, aliases: [Kast]}
  galvez: {name: Xóchitl Gálvez, aliases: [Gálvez]}
  medvedev: {name: Daniil Medvedev, aliases: [Medvedev]}
  nadal: {name: Rafael Nadal, aliases: [Nadal]}
claims:
  - id: businessman
    statement: The businessman convicted with her was Lázaro Báez.
    about: [empresario]
    expect: {person: baez, role: [empresario]}
  - id: rival
    statement: Boric's opponent in the run-off was José Antonio Kast.
    about: [adversario, competidora]
    expect: {person: kast, role: [adversario]}
  - id: runner-up
    statement: Djokovic beat Daniil Medvedev in the final.
    about: [final]
    expect: {person: medvedev, role: [beating]}
"""


@pytest.mark.parametrize(
    "text, claim, lang, verdict",
    [
        # an adjective or a complement after the role noun, or an epithet before the name
        ("Fue condenada por favorecer al empresario patagónico Lázaro Báez.", "businessman", "es", "supports"),
        ("Boric derrotó a su adversario de ultraderecha José Antonio Kast.", "rival", "es", "supports"),
        ("Boric ganó con margen sobre su adversario más cercano, José Antonio Kast.", "rival", "es", "supports"),
        ("Djokovic won a 24th title, beating old foe Daniil Medvedev in the final.", "runner-up", None, "supports"),
        # someone else there may be a verb's object: no evidence either way
        ("Djokovic won a 24th title, beating old foe Rafael Nadal in the final.", "runner-up", None, "silent"),
        # an object marker before the name: the words between may be a verb's
        ("El empresario denuncia hoy a Lázaro Báez.", "businessman", "es", "silent"),
    ],
)
def test_the_claims_person_after_the_role_and_words_describing_them_holds_it(corpus, text, claim, lang, verdict):
    """ "al empresario patagónico Lázaro Báez", "su adversario de ultraderecha José Antonio Kast",
    "su competidora más cercana, Xóchitl Gálvez", "beating old foe Daniil Medvedev" (Kirchner
    verdict, 2021 Chilean and 2024 Mexican elections, 2023 US Open coverage)."""
    front = f"---\nlang: {lang}\n---\n" if lang else ""
    r = corpus(DESCRIBED_HOLDERS, {"a.txt": f"{front}Noticias\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


OWNING_ROLES = """
entities:
  spohr: {name: Carsten Spohr, aliases: [Spohr]}
  doe: {name: Jane Doe, aliases: [Doe]}
claims:
  - id: lufthansa-ceo
    statement: The head of Lufthansa was Carsten Spohr.
    about: [Lufthansa]
    expect: {person: spohr, role: [head of Lufthansa, chairman]}
"""


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Carsten Spohr, the head of Lufthansa, said the crew was vetted.", "supports"),
        # the role's last word owns another post or a person: no holder
        ("Jane Doe, the head of Lufthansa's cargo unit, said the crew was vetted.", "silent"),
        ("At Lufthansa, the chairman's wife, Jane Doe, said the crew was vetted.", "silent"),
    ],
)
def test_a_role_that_owns_what_follows_it_names_no_holder(corpus, text, verdict):
    """ "the head of JAXA's lunar programme", "head of NASA's Jet Propulsion Laboratory's Mars
    landing team" (SLIM and Curiosity landing coverage): a role phrase whose last word is
    possessive owns another post, whose holder is no holder of the role."""
    r = corpus(OWNING_ROLES, {"a.txt": f"News\n\n{text}\n"}, base=False)
    assert finding(r, "lufthansa-ceo").verdict == verdict


LED_TO_ROLES = """
entities:
  baez: {name: Lázaro Báez, aliases: [Báez]}
  roxas: {name: Mar Roxas, aliases: [Manuel Roxas, Roxas]}
  poe: {name: Grace Poe, aliases: [Poe]}
  mcmullen: {name: Rodney McMullen, aliases: [McMullen]}
claims:
  - id: businessman
    statement: The businessman convicted with her was Lázaro Báez.
    about: [business associate, socio]
    expect: {person: baez, role: [business associate, socio]}
  - id: runner-up
    statement: The runner-up was Mar Roxas.
    about: [second place, segundo lugar]
    expect: {person: roxas, role: [second place, segundo lugar]}
  - id: kroger-ceo
    statement: Kroger's chairman was Rodney McMullen.
    about: [Kroger]
    expect: {person: mcmullen, role: [chairman]}
"""


@pytest.mark.parametrize(
    "text, claim, lang, verdict",
    [
        (
            "Contracts went to her friend Lázaro Báez, who was also a business associate.",
            "businessman",
            None,
            "supports",
        ),
        ("With 90% counted, Manuel Roxas is in second place.", "runner-up", None, "supports"),
        ("Con el 90% escrutado, Mar Roxas sigue en segundo lugar.", "runner-up", "es", "supports"),
        # the relative pronoun that stands for a person, in the article's language
        ("Los contratos fueron a su amigo Lázaro Báez, quien era también socio.", "businessman", "es", "supports"),
        ("At Kroger, Rodney McMullen will continue in the role of chairman.", "kroger-ceo", None, "supports"),
        # someone else there may hold one post of several, or a place in another count
        ("With 90% counted, Grace Poe is in second place.", "runner-up", None, "silent"),
    ],
)
def test_the_claims_person_as_a_copulas_subject_past_words_leading_to_the_role(corpus, text, claim, lang, verdict):
    """ "Lázaro Báez, who was also a business associate", "Manuel Roxas is in second place",
    "Rodney McMullen will continue in the role of chairman" (Kirchner verdict, 2016 Philippine
    election and Kroger-Albertsons coverage)."""
    front = f"---\nlang: {lang}\n---\n" if lang else ""
    r = corpus(LED_TO_ROLES, {"a.txt": f"{front}News\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


ELECTED = """
entities:
  scholz: {name: Olaf Scholz, aliases: [Scholz]}
  laschet: {name: Armin Laschet, aliases: [Laschet]}
  herrera: {name: Karin Herrera, aliases: [Herrera]}
claims:
  - id: chancellor
    statement: The new chancellor is Olaf Scholz.
    about: [chancellor]
    expect: {person: scholz, role: [chancellor]}
  - id: guatemala-vp
    statement: Arévalo's running mate, elected Vice President, is Karin Herrera.
    about: [vicepresidente, vicepresidenta]
    expect: {person: herrera, role: [vicepresidente, vicepresidenta]}
"""


@pytest.mark.parametrize(
    "text, claim, lang, verdict",
    [
        ("Today, Merkel's successor Olaf Scholz was elected chancellor.", "chancellor", None, "supports"),
        # past an aside set off by commas after the subject
        (
            "Por su parte, Karin Herrera, química bióloga de profesión, fue electa vicepresidente.",
            "guatemala-vp",
            "es",
            "supports",
        ),
        ("Olaf Scholz, 63, was elected chancellor on Wednesday.", "chancellor", None, "supports"),
        # someone else the fact sheet knows
        ("Armin Laschet, 60, was elected chancellor on Wednesday.", "chancellor", None, "conflicts"),
        # a clause, not an aside: its verb has a subject of its own
        ("Armin Laschet, who said Scholz would lose, was elected chancellor.", "chancellor", None, "silent"),
        # the relative pronoun that stands for a person, in the article's language
        ("La científica Karin Herrera, quien fue electa vicepresidenta, habló.", "guatemala-vp", "es", "supports"),
    ],
)
def test_the_subject_of_a_passive_verb_giving_the_title_holds_it(corpus, text, claim, lang, verdict):
    """ "Olaf Scholz was elected chancellor", "Karin Herrera, química bióloga de profesión, fue
    electa vicepresidente" (2021 German and 2023 Guatemalan elections): a verb that gives the
    title after a copula, and an aside between the subject and the verb."""
    front = f"---\nlang: {lang}\n---\n" if lang else ""
    r = corpus(ELECTED, {"a.txt": f"{front}The result\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


DESCRIBED_OWNERS = """
entities:
  agrawal: {name: Parag Agrawal, aliases: [Agrawal]}
  musk: {name: Elon Musk, aliases: [Musk]}
  epstein: {name: David Epstein, aliases: [Epstein]}
  smith: {name: Graham Smith, aliases: [Smith]}
  robbins: {name: Chuck Robbins, aliases: [Robbins]}
claims:
  - id: twitter-ceo
    statement: Parag Agrawal was Twitter's chief executive.
    about: [chief executive]
    expect: {person: agrawal, role: [chief executive]}
  - id: seagen-ceo
    statement: Seagen's chief executive was David Epstein.
    about: [CEO]
    expect: {person: epstein, role: [CEO]}
  - id: splunk-chair
    statement: Splunk's chair was Graham Smith.
    about: [chair]
    expect: {person: smith, role: [chair]}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        # a description of the owner between "of" and its name
        ("Elon Musk, the chief executive of electric car maker Tesla Inc, made the offer.", "twitter-ceo"),
        (
            "“Investors are watching,” said Marc Cummings, CEO of the trade group Life Science Washington.",
            "seagen-ceo",
        ),
        # another title the holder holds, between the title and "of"
        ("Musk, who is chief executive and founder of SpaceX as well as Tesla, said so.", "twitter-ceo"),
        ("Chuck Robbins, chair and CEO of Cisco, said their combined capabilities will help.", "splunk-chair"),
    ],
)
def test_a_title_of_a_described_owner_or_with_a_second_title_is_that_owners(corpus, text, claim):
    """ "the chief executive of electric car maker Tesla Inc", "CEO of the trade group Life Science
    Washington", "chief executive and founder of SpaceX", "chair and CEO of Cisco" (Musk and
    Twitter, Pfizer and Seagen, Cisco and Splunk): another organisation's post, not the claim's
    role, so neither a conflict nor a question."""
    r = corpus(DESCRIBED_OWNERS, {"a.txt": f"The deal\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == "silent"


ORGANISATIONS = """
entities:
  tewolde: {name: Tewolde GebreMariam, aliases: [Tewolde, Gebre Mariam]}
  trump: {name: Donald Trump, aliases: [Trump]}
  carson: {name: Ben Carson, aliases: [Carson]}
  price: {name: Tom Price, aliases: [Price]}
  mcmahon: {name: Linda McMahon, aliases: [McMahon]}
claims:
  - id: airline-ceo
    statement: The chief executive of Ethiopian Airlines was Tewolde GebreMariam.
    about: [jefe de la compañía]
    expect: {person: tewolde, role: [jefe de la compañía]}
  - id: entourage
    statement: Trump's entourage were Ben Carson, Tom Price and Linda McMahon.
    about: [entourage]
    expect: {people: [carson, price, mcmahon]}
"""


@pytest.mark.parametrize(
    "text, claim, lang, verdict",
    [
        # a company's name right after a role phrase is no holder
        (
            "El jefe de la compañía Ethiopian Airlines reveló que el piloto quería volver.",
            "airline-ceo",
            "es",
            "silent",
        ),
        # an agency's name cut short is no one else in the list
        (
            "They deplaned with an entourage that included Housing Secretary Ben Carson, Health and Human"
            " Services Secretary Tom Price and Small Business Ad",
            "entourage",
            None,
            "unclear",
        ),
    ],
)
def test_a_company_or_an_agency_is_no_person(corpus, text, claim, lang, verdict):
    """ "la compañía Ethiopian Airlines", "Small Business Ad[ministrator]" (the Ethiopian Airlines
    302 crash in Spanish, Hurricane Harvey): "Airlines" and "Business" make a run of capitals an
    organisation's name, not a person's."""
    front = f"---\nlang: {lang}\n---\n" if lang else ""
    r = corpus(ORGANISATIONS, {"a.txt": f"{front}The news\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


MAYORS = """
entities:
  bissen: {name: Richard Bissen, aliases: [Bissen]}
  roth: {name: Mitch Roth, aliases: [Roth]}
  huang: {name: Huang Xingguo, aliases: [Huang]}
  zhang: {name: Zhang Gaoli, aliases: [Zhang]}
claims:
  - id: maui-mayor
    statement: The Mayor of Maui County at the time of the fire was Richard Bissen.
    about: [alcalde]
    expect: {person: bissen, role: [Mayor, alcalde]}
  - id: tianjin-mayor
    statement: The Mayor of Tianjin at the time was Huang Xingguo.
    about: [alcalde]
    expect: {person: huang, role: [Mayor, alcalde]}
"""


@pytest.mark.parametrize(
    "text, claim, verdict",
    [
        ("Las llamas avanzaron rápido, dijo el alcalde de Maui, Mitch Roth.", "maui-mayor", "conflicts"),
        ("El alcalde de Tianjin, Zhang Gaoli, habló con la prensa.", "tianjin-mayor", "conflicts"),
        ("El alcalde de Tianjin, Huang Xingguo, habló con la prensa.", "tianjin-mayor", "supports"),
    ],
)
def test_a_spanish_article_reads_the_claims_owner_as_the_fact_sheet_writes_it(corpus, text, claim, verdict):
    """ "The Mayor of Maui County", "The Mayor of Tianjin" (Maui wildfire, Tianjin explosions)
    are Maui's and Tianjin's mayor in a Spanish article too: the statement is read in English,
    never "The" taken for the owner."""
    r = corpus(MAYORS, {"a.txt": f"---\nlang: es\n---\nNoticias\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


CASE_JUDGES = """
entities:
  kaplan: {name: Lewis Kaplan, aliases: [Kaplan]}
  donnelly: {name: Ann Donnelly, aliases: [Donnelly, Ann Marie Donnelly]}
claims:
  - id: kaplan
    statement: The trial judge was Lewis Kaplan.
    about: [judge]
    expect: {person: kaplan, role: [judge]}
  - id: donnelly
    statement: The trial judge was Ann Donnelly.
    about: [judge]
    expect: {person: donnelly, role: [judge]}
"""


@pytest.mark.parametrize(
    "text, claim, verdict",
    [
        ("The judge in the case, Lewis Kaplan, ordered that their identities be withheld.", "kaplan", "supports"),
        (
            "It had been closed off to the press under orders of the judge in the case, Ann Marie Donnelly.",
            "donnelly",
            "supports",
        ),
        # someone the fact sheet knows, in the claim's role
        ("The judge in the case, Lewis Kaplan, ordered that their identities be withheld.", "donnelly", "conflicts"),
        # a name the fact sheet does not know may be another case's judge
        ("The judge in the case, John Smith, ordered that their identities be withheld.", "kaplan", "silent"),
    ],
)
def test_a_title_in_what_it_serves_then_a_comma_names_the_holder(corpus, text, claim, verdict):
    """ "The judge in the case, Lewis Caplan", "the judge in the case, Ann Marie Donnelly" (the
    Carroll v. Trump and R. Kelly verdicts): "in" links a title to what it serves, as "of" does."""
    r = corpus(CASE_JUDGES, {"a.txt": f"The verdict\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


OTHER_OWNERS = """
entities:
  kotick: {name: Bobby Kotick, aliases: [Kotick]}
  erdogan: {name: Recep Tayyip Erdoğan, aliases: [Erdoğan, Erdogan]}
  sanchez: {name: Pedro Sánchez, aliases: [Sánchez]}
  vonderleyen: {name: Ursula von der Leyen, aliases: [von der Leyen]}
  cardell: {name: Sarah Cardell, aliases: [Cardell]}
claims:
  - id: activision-ceo
    statement: Activision's chief executive was Bobby Kotick.
    about: [chief executive]
    expect: {person: kotick, role: [chief executive]}
  - id: turkey-president
    statement: The president of Turkey was Recep Tayyip Erdoğan.
    about: [president, presidenta, presidente]
    expect: {person: erdogan, role: [president, presidenta, presidente]}
  - id: search-commander
    statement: The search was led by General Pedro Sánchez, its commander.
    about: [search]
    expect: {person: sanchez, role: [commander]}
"""


@pytest.mark.parametrize(
    "text, claim, lang, verdict",
    [
        # "of the" and the name of another organisation: its title, not the claim's
        (
            "Sarah Cardell, chief executive of the Competition and Markets Authority, said the deal would harm gamers.",
            "activision-ceo",
            None,
            "silent",
        ),
        (
            "The conference was hosted by the President of the European Commission, Ursula von der Leyen.",
            "turkey-president",
            None,
            "silent",
        ),
        (
            "Así lo anunció la presidenta de la Comisión Europea, Ursula von der Leyen.",
            "turkey-president",
            "es",
            "silent",
        ),
        # ... held by the claim's own person, it still names them
        (
            "Bobby Kotick, chief executive of the Activision group, said he was pleased.",
            "activision-ceo",
            None,
            "supports",
        ),
        # an abbreviated rank opens no other person's name
        (
            "Gen. Pedro Sánchez, commander of the search, said they found footprints.",
            "search-commander",
            None,
            "supports",
        ),
    ],
)
def test_a_title_of_another_named_organisation_after_of_the_is_not_the_claims(corpus, text, claim, lang, verdict):
    """ "chief executive of the Competition and Markets Authority", "the President of the European
    Commission", "la presidenta de la Comisión Europea" (Microsoft–Activision, Google–Fitbit,
    Turkey–Syria earthquake coverage) name another organisation's holder: no evidence, not a
    question; "Gen. Pedro Sánchez" (the Colombian jungle search) is Sánchez under a rank."""
    front = f"---\nlang: {lang}\n---\n" if lang else ""
    r = corpus(OTHER_OWNERS, {"a.txt": f"{front}The news\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


TIMED_TITLES = """
entities:
  starmer: {name: Keir Starmer, aliases: [Starmer]}
  sunak: {name: Rishi Sunak, aliases: [Sunak]}
  marquez: {name: Francia Márquez, aliases: [Márquez]}
  steele: {name: Gary Steele, aliases: [Steele]}
  sanchez: {name: Pedro Sánchez, aliases: [Sánchez]}
  alckmin: {name: Geraldo Alckmin, aliases: [Alckmin]}
  ruto: {name: William Ruto, aliases: [Ruto]}
  kenyatta: {name: Uhuru Kenyatta, aliases: [Kenyatta]}
claims:
  - id: brazil-vp
    statement: Lula's running mate, elected vice president, was Geraldo Alckmin.
    about: [vice president]
    expect: {person: alckmin, role: [vice president]}
  - id: kenya-winner
    statement: William Ruto was elected president.
    about: [President]
    expect: {person: ruto, role: [President]}
  - id: kenya-outgoing
    statement: The president before the election was Uhuru Kenyatta.
    about: [President]
    expect: {person: kenyatta, role: [President]}
  - id: new-pm
    statement: Keir Starmer became prime minister.
    about: [prime minister]
    expect: {person: starmer, role: [prime minister]}
  - id: outgoing-pm
    statement: The prime minister before the election was Rishi Sunak.
    about: [prime minister]
    expect: {person: sunak, role: [prime minister]}
  - id: vice-president
    statement: Colombia's vice president is Francia Márquez.
    about: [vice president]
    expect: {person: marquez, role: [vice president]}
  - id: splunk-ceo
    statement: Splunk's chief executive was Gary Steele.
    about: [CEO]
    expect: {person: steele, role: [CEO]}
  - id: spain-pm
    statement: Spain's head of government was Pedro Sánchez.
    about: [jefe de Gobierno]
    expect: {person: sanchez, role: [jefe de Gobierno]}
"""


@pytest.mark.parametrize(
    "text, claim, lang, verdict",
    [
        # a word saying when between an article or an owner and the title
        ("Sir Keir Starmer will be the UK’s next prime minister.", "new-pm", None, "supports"),
        (
            "Francia Márquez was also sworn in as the new vice president of Colombia.",
            "vice-president",
            None,
            "supports",
        ),
        ("Cisco met Gary Steele, Splunk's current CEO, last week.", "splunk-ceo", None, "supports"),
        ("El mandato de Pedro Sánchez, actual jefe de Gobierno, sigue en el aire.", "spain-pm", "es", "supports"),
        # a suffix after the title: a post about to be taken
        (
            "Meanwhile, Vice President-elect Geraldo Alckmin and campaign aides jumped up and down.",
            "brazil-vp",
            None,
            "supports",
        ),
        (
            "While giving his speech, President-elect William Ruto thanked the IEBC.",
            "kenya-winner",
            None,
            "supports",
        ),
        ("While giving his speech, President-elect William Ruto thanked the IEBC.", "kenya-outgoing", None, "silent"),
        # someone else there may hold it at another time than the claim's: no evidence
        ("Sir Keir Starmer will be the next prime minister.", "outgoing-pm", None, "silent"),
        ("The board met John Smith, Splunk's new CEO, last week.", "splunk-ceo", None, "silent"),
        # another company's current holder is that company's
        ("Cisco's current CEO Chuck Robbins met the board.", "splunk-ceo", None, "silent"),
    ],
)
def test_a_title_said_new_next_or_current_names_the_claims_person(corpus, text, claim, lang, verdict):
    """ "will be the UK's next prime minister", "sworn in as the new vice president", "Gary
    Steele, Splunk's current CEO", "Pedro Sánchez, actual jefe de Gobierno", "Vice
    President-elect Geraldo Alckmin", "President-elect William Ruto" (2024 UK, 2022 Colombian,
    2023 Spanish, 2022 Brazilian and 2022 Kenyan elections, Cisco–Splunk)."""
    front = f"---\nlang: {lang}\n---\n" if lang else ""
    r = corpus(TIMED_TITLES, {"a.txt": f"{front}The news\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


RUN_IN_HOLDERS = """
entities:
  chebukati: {name: Wafula Chebukati, aliases: [Chebukati]}
  ruto: {name: William Ruto, aliases: [Ruto]}
  rabie: {name: Osama Rabie, aliases: [Rabie]}
  carmona: {name: Olga Carmona, aliases: [Carmona]}
  hermoso: {name: Jennifer Hermoso, aliases: [Hermoso]}
claims:
  - id: iebc-chairman
    statement: The chairman of Kenya's electoral commission was Wafula Chebukati.
    about: [chairman]
    expect: {person: chebukati, role: [chairman]}
  - id: sca-chairman
    statement: The chairman of the Suez Canal Authority was Osama Rabie.
    about: [chairman]
    expect: {person: rabie, role: [chairman]}
  - id: captain
    statement: Spain's captain in the final was Olga Carmona.
    about: [captain]
    expect: {person: carmona, role: [captain]}
  - id: president-elect
    statement: William Ruto was declared president-elect.
    about: [declared]
    expect: {person: ruto, role: [president-elect]}
"""


@pytest.mark.parametrize(
    "text, claim, verdict",
    [
        # what the title is of, then a name the fact sheet knows with no comma between
        (
            "The chairman of the Independent Electoral and Boundaries Commission Wafula Chebukati declared Ruto.",
            "iebc-chairman",
            "supports",
        ),
        (
            "16:30 The Chairman of the Suez Canal Authority Osama Rabie announced the ship was freed.",
            "sca-chairman",
            "supports",
        ),
        ("The only goal was scored by the captain of the Spanish team Olga Carmona.", "captain", "supports"),
        # someone else the fact sheet knows there holds the claim's post
        ("The Chairman of the Suez Canal Authority William Ruto announced it.", "sca-chairman", "conflicts"),
        # a verb between: the name is its object, not the holder
        ("The Chairman of the Suez Canal Authority met William Ruto on Monday.", "sca-chairman", "silent"),
        ("The captain of the Spanish team thanked Olga Carmona.", "captain", "silent"),
    ],
)
def test_a_title_and_what_it_is_of_run_into_a_known_holder(corpus, text, claim, verdict):
    """ "The chairman of the Independent Electoral and Boundaries Commission Wafula Chebukati",
    "The Chairman of the Suez Canal Authority Osama Rabie", "the captain of the Spanish team
    Olga Carmona" (Kenyan election, Ever Given, Women's World Cup final coverage)."""
    r = corpus(RUN_IN_HOLDERS, {"a.txt": f"The news\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


def test_people_all_named_across_article_supports(corpus):
    r = corpus(
        BOARD,
        {
            "a.txt": "Crossing opens\n\nThe board, chaired by Okafor, met on Monday.\n\n"
            "Erik Lindqvist and Hélène Moreau also sit on the board.\n"
        },
    )
    assert finding(r, "board").verdict == "supports"


COUPLES = """
entities:
  barry-steenkamp: {name: Barry Steenkamp, not_variants: [Reeva Steenkamp, June Steenkamp]}
  june-steenkamp: {name: June Steenkamp, not_variants: [Reeva Steenkamp, Barry Steenkamp]}
  boris-johnson: {name: Boris Johnson}
  carrie-johnson: {name: Carrie Johnson}
claims:
  - id: parents
    statement: Reeva Steenkamp's parents are Barry and June Steenkamp.
    about: [parents]
    expect: {people: [barry-steenkamp, june-steenkamp]}
  - id: guests
    statement: The guests of honour were Boris and Carrie Johnson.
    about: [guests of honour]
    expect: {people: [boris-johnson, carrie-johnson]}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Barry and June Steenkamp, the parents of his victim, said they were relieved.", "parents"),
        ("The guests of honour, Carrie and Boris Johnson, arrived late.", "guests"),
        # another entity's not_variant is still this entity's own full name
        ("The parents, Barry Steenkamp and June Steenkamp, were in court.", "parents"),
    ],
)
def test_given_names_joined_before_one_surname_name_both_people(corpus, text, claim):
    r = corpus(COUPLES, {"a.txt": f"News\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == "supports"


GROUPS = """
entities:
  johnson: {name: Boris Johnson, aliases: [Johnson]}
  gove: {name: Michael Gove, aliases: [Gove]}
  golborne: {name: Laurence Golborne, aliases: [Golborne]}
  sougarret: {name: André Sougarret, aliases: [Sougarret]}
claims:
  - id: campaign
    statement: Vote Leave was fronted by Boris Johnson and Michael Gove.
    about: [Leave campaign]
    expect: {people: [johnson, gove]}
  - id: rescue
    statement: The rescue was directed by Laurence Golborne and André Sougarret.
    about: [rescue]
    expect: {people: [golborne, sougarret]}
"""


@pytest.mark.parametrize(
    "text, claim, verdict",
    [
        ("UKIP leader Nigel Farage, one of the leaders of the Leave campaign, spoke.", "campaign", "unclear"),
        ("“We are surprised,” said Alberto Iturra, the lead psychologist on the rescue team.", "rescue", "unclear"),
        ("Judy Johnston, who ran many a rescue, said she was surprised.", "rescue", "silent"),  # a clause, no post
    ],
)
def test_someone_else_set_off_as_one_of_the_group_is_a_question(corpus, text, claim, verdict):
    r = corpus(GROUPS, {"a.txt": f"News\n\n{text}\n"}, base=False)
    f = finding(r, claim)
    assert f.verdict == verdict
    assert all(e.note for e in f.evidence if e.stance == "unclear")


def test_people_partial_is_unclear_with_missing(corpus):
    r = corpus(BOARD, {"a.txt": "Crossing opens\n\nThe board members Okafor and Lindqvist voted yes.\n"})
    f = finding(r, "board")
    assert f.verdict == "unclear"
    assert f.evidence[0].missing == ("Hélène Moreau",)


def test_someone_else_in_the_list_conflicts_with_extra(corpus):
    r = corpus(BOARD, {"a.txt": "Crossing opens\n\nThe board is Okafor, Lindqvist, Moreau and Samuel Adeyemi.\n"})
    f = finding(r, "board")
    assert f.verdict == "conflicts"
    assert f.evidence[0].extra == ("Samuel Adeyemi",)


def test_hosts_in_the_same_sentence_are_not_members(corpus):
    r = corpus(
        BOARD,
        {"a.txt": "Crossing opens\n\nThe board of Okafor, Lindqvist and Moreau met with Governor Samuel Adeyemi.\n"},
    )
    assert finding(r, "board").verdict == "supports"


def test_age_implies_a_year(corpus):
    r = corpus(
        AGE,
        {
            "a.md": "---\npublished: 2024-05-17\n---\nThe 13-year-old bridge plan finally bore fruit.\n",
            "b.md": "---\npublished: 2024-05-17\n---\nThe bridge plan, drawn up 20 years ago, finally bore fruit.\n",
        },
    )
    assert finding(r, "plan-year", "a.md").verdict == "supports"
    assert finding(r, "plan-year", "b.md").verdict == "conflicts"


def test_out_of_scope_source(corpus):
    r = corpus(COST, {"a.md": "---\npublished: 2019-02-01\n---\nThe Riverside Bridge will cost $100 million.\n"})
    f = finding(r, "bridge-cost", "a.md")
    assert f.verdict == "out_of_scope"
    assert "2019-02-01" in r.sources[0].scope_note


def test_accents_and_case_are_ignored_in_names(corpus):
    r = corpus(BOARD, {"a.txt": "Crossing opens\n\nThe board is OKAFOR, Lindqvist and Helene Moreau.\n"})
    assert finding(r, "board").verdict == "supports"
    assert r.misspellings == ()


def test_capitalised_alias_matches_only_in_capitals(corpus):
    claims = """
claims:
  - id: agency-budget
    statement: The agency's budget is $5 million.
    about: [RBA]
    expect: {quantity: 5 million, unit: USD}
"""
    r = corpus(
        claims,
        {"a.txt": "Funding\n\nThe rba budget is $9 million.\n", "b.txt": "Funding\n\nThe RBA budget is $5 million.\n"},
    )
    assert finding(r, "agency-budget", "a.txt").verdict == "silent"
    assert finding(r, "agency-budget", "b.txt").verdict == "supports"


def test_past_tense_weekday_is_the_one_before_publication(corpus):
    r = corpus(
        OPENING,
        {
            "a.md": "---\npublished: 2024-05-20\n---\n"
            "Crowds cheered as the Riverside Bridge opened to traffic on Friday.\n"
        },
    )
    f = finding(r, "opening-date", "a.md")
    assert (f.verdict, f.evidence[0].found.value) == ("supports", "2024-05-17")


def test_a_date_right_after_a_figure_dates_the_figure(corpus):
    r = corpus(
        OPENING,
        {
            "a.md": "---\npublished: 2024-05-20\n---\n"
            "Traffic on the Riverside Bridge rose to 4,000 cars on Sunday, officials said.\n"
        },
    )
    assert finding(r, "opening-date", "a.md").verdict == "silent"


def test_a_fronted_time_frame_outside_the_scope_is_another_occurrence(corpus):
    r = corpus(
        COST + AGE.replace("claims:\n", ""),
        {
            "a.txt": "Crossing opens\n\nIn 1998, an earlier bridge cost $90 million.\n",
            "b.txt": "Crossing opens\n\nIn 2011, the bridge plan was drawn up.\n",
        },
    )
    assert finding(r, "bridge-cost", "a.txt").verdict == "silent"
    assert finding(r, "plan-year", "b.txt").verdict == "supports"  # a year claim reads its year


@pytest.mark.parametrize(
    "text",
    [
        "Exactly one year earlier, the bridge cost $90 million.",
        "Two years ago, the Riverside Bridge cost $75 million.",
    ],
)
def test_a_fronted_time_frame_years_back_is_another_occurrence(corpus, text):
    claims = "scope: {date: 2024-05-17, window_days: 30}\n" + COST
    r = corpus(claims, {"a.md": f"---\npublished: 2024-05-17\n---\nCrossing opens\n\n{text}\n"}, base=False)
    assert finding(r, "bridge-cost", "a.md").verdict == "silent"


def test_a_claim_without_a_unit_counts_people_too(corpus):
    claims = """
claims:
  - id: injured
    statement: Twelve workers were injured building the bridge.
    about: [bridge]
    expect: {quantity: 12}
"""
    r = corpus(claims, {"a.txt": "Crossing opens\n\nBuilding the Riverside Bridge injured 15 people.\n"})
    assert finding(r, "injured").verdict == "conflicts"


def test_role_then_comma_then_name(corpus):
    r = corpus(MAYOR, {"a.txt": "Crossing opens\n\nThe mayor, Grace Okafor, cut the ribbon.\n"})
    assert finding(r, "mayor").verdict == "supports"


def test_a_figure_that_looks_like_a_year_keeps_its_unit(corpus):
    r = corpus(
        LENGTH.replace("quantity: 1.2", "quantity: 2"),
        {"a.txt": "Crossing opens\n\nThe Riverside Bridge is 2000 metres long.\n"},
    )
    assert finding(r, "bridge-length").verdict == "supports"


# --- dates: periods, inferred years, the clause a date belongs to -------------------------------

QUAKE = """
claims:
  - id: quake-date
    statement: The earthquake struck on Tuesday 22 February 2011.
    about: [earthquake, quake]
    expect: {date: 2011-02-22}
"""

DEAL_MONTH = """
claims:
  - id: deal-month
    statement: SoftBank agreed to buy ARM in July 2016.
    about: [takeover, acquisition]
    expect: {month: 2016-07}
"""

JOINED = """
claims:
  - id: joined-year
    statement: Britain joined the European Community in 1973.
    about: [joining, joined]
    expect: {year: 1973}
"""


def _dated(published: str, body: str) -> dict[str, str]:
    return {"a.md": f"---\npublished: {published}\n---\n{body}"}


def _verdict(corpus, claims: str, claim: str, published: str, sentence: str) -> str:
    """The verdict on one sentence under a headline, in an article published that day."""
    return finding(corpus(claims, _dated(published, f"News\n\n{sentence}\n"), base=False), claim, "a.md").verdict


MAGNITUDE = """
claims:
  - id: magnitude
    statement: The earthquake measured magnitude 7.8.
    about: [earthquake, quake, magnitude]
    expect: {quantity: 7.8, tolerance: 0.1}
"""


@pytest.mark.parametrize(
    "sentence, claim, verdict",
    [
        # a magnitude hyphened to its noun is the quake's (turkey-syria-quake, ecuador-quake-2016),
        # and the date after the quake it describes dates the quake (haiti-quake)
        ("Hatay was hit by a magnitude-7.8 earthquake on Tuesday, February 22.", "magnitude", "supports"),
        ("The magnitude-7.0 quake was recorded at 18.58 local time.", "magnitude", "conflicts"),
        ("Hundreds died in the magnitude-7.0 earthquake on February 22.", "quake-date", "supports"),
    ],
)
def test_a_magnitude_hyphened_to_its_noun(corpus, sentence, claim, verdict):
    assert _verdict(corpus, QUAKE + MAGNITUDE.replace("claims:\n", ""), claim, "2011-03-01", sentence) == verdict


@pytest.mark.parametrize(
    "published, sentence, verdict",
    [
        ("2011-03-01", "Last week's earthquake flattened the city centre.", "supports"),
        ("2011-03-15", "Last week's earthquake flattened the city centre.", "conflicts"),
        ("2011-02-25", "The earthquake earlier this month flattened the city centre.", "supports"),
        ("2011-04-20", "The earthquake earlier this month flattened the city centre.", "conflicts"),
    ],
)
def test_coarse_relative_date_is_a_period(corpus, published, sentence, verdict):
    r = corpus(QUAKE, _dated(published, f"Christchurch mourns\n\n{sentence}\n"), base=False)
    f = finding(r, "quake-date", "a.md")
    assert f.verdict == verdict
    assert f.evidence[0].precision in ("week", "month")


@pytest.mark.parametrize(
    "published, sentence, verdict",
    [
        ("2016-09-05", "The takeover, agreed last month, was completed on Monday.", "conflicts"),
        ("2016-08-10", "The takeover, agreed last month, was completed on Monday.", "supports"),
    ],
)
def test_last_month_for_a_month_claim(corpus, published, sentence, verdict):
    body = f"SoftBank completes deal\n\n{sentence}\n"
    assert finding(corpus(DEAL_MONTH, _dated(published, body), base=False), "deal-month", "a.md").verdict == verdict


def test_decade_is_a_period_for_a_year_claim(corpus):
    r = corpus(
        JOINED,
        {
            "a.txt": "Brexit vote\n\nBritain has been a member since joining in the seventies.\n",
            "b.txt": "Brexit vote\n\nBritain, which joined in the 1980s, leaves.\n",
        },
        base=False,
    )
    assert finding(r, "joined-year", "a.txt").verdict == "supports"
    assert finding(r, "joined-year", "b.txt").verdict == "conflicts"


def test_coarse_date_without_publication_date_is_unclear(corpus):
    r = corpus(QUAKE, {"a.txt": "Christchurch mourns\n\nThe earthquake last week flattened the city.\n"}, base=False)
    f = finding(r, "quake-date")
    assert f.verdict == "unclear"
    assert "no publication date" in f.evidence[0].note


@pytest.mark.parametrize(
    "claims, claim, body",
    [
        (
            """
claims:
  - id: darfield-month
    statement: The Darfield earthquake struck in September 2010.
    about: [Darfield]
    expect: {month: 2010-09}
""",
            "darfield-month",
            "Cathedral falls\n\nThe cathedral survived the original September 4 Darfield quake.\n",
        ),
        (
            DEAL_MONTH,
            "deal-month",
            "Deal done\n\nSoftBank announced the takeover on Monday.\n",
        ),
    ],
)
def test_an_inferred_year_is_no_evidence_for_a_month_claim(corpus, claims, claim, body):
    r = corpus(claims, _dated("2011-02-23", body), base=False)
    assert finding(r, claim, "a.md").verdict == "silent"


@pytest.mark.parametrize(
    "published, body",
    [
        (
            "2011-02-28",
            "Infant laid to rest\n\nThe youngest victim of the earthquake was laid to rest, "
            "bid farewell Monday by grieving relatives.\n",
        ),
        (
            "2011-03-01",
            "Aftershocks\n\nAftershocks rocked the city Tuesday where police say the toll from the earthquake "
            "could rise.\n",
        ),
        (
            "2011-02-25",
            "Rescue\n\nOn February 24, two days after the quake struck, rescuers pulled a woman from the rubble.\n",
        ),
    ],
)
def test_a_date_on_another_clause_dates_that_event(corpus, published, body):
    r = corpus(QUAKE, _dated(published, body), base=False)
    assert finding(r, "quake-date", "a.md").verdict == "silent"


def test_a_date_on_the_topic_clause_or_fronted_is_evidence(corpus):
    r = corpus(
        QUAKE,
        {
            "a.txt": "Quake\n\nOn 22 February 2011, the earthquake struck at lunchtime.\n",
            "b.txt": "Quake\n\nThe earthquake, the second in five months, struck on 22 February 2011.\n",
            "c.txt": "Quake\n\nThe city was devastated by an earthquake that hit on 21 February 2011, police said.\n",
        },
        base=False,
    )
    assert [finding(r, "quake-date", n).verdict for n in ("a.txt", "b.txt", "c.txt")] == [
        "supports",
        "supports",
        "conflicts",
    ]


def test_a_date_after_a_noun_the_topic_completes_is_unclear(corpus):
    r = corpus(
        QUAKE,
        {"a.txt": "Quake\n\nThe anniversary of the earthquake on 22 February 2012 drew thousands.\n"},
        base=False,
    )
    f = finding(r, "quake-date")
    assert f.verdict == "unclear"
    assert "another word" in f.evidence[0].note


def test_as_at_dates_a_figure_and_since_dates_the_start(corpus):
    r = corpus(
        QUAKE
        + """
  - id: merida-year
    statement: The Merida Initiative began in 2008.
    about: [Merida Initiative]
    expect: {year: 2008}
""",
        {
            "a.txt": "Quake\n\nThe earthquake killed at least 145 people (as at 25 February 2011).\n",
            "b.txt": "Pact\n\nThe Merida Initiative, in force since 2008, will be replaced.\n",
            "c.txt": "Pact\n\nThe Merida Initiative has stalled since 2016.\n",
        },
        base=False,
    )
    assert finding(r, "quake-date", "a.txt").verdict == "silent"
    assert finding(r, "merida-year", "b.txt").verdict == "supports"
    assert finding(r, "merida-year", "c.txt").verdict == "silent"


ATTRIBUTIVE = """
claims:
  - id: prediction-year
    statement: Einstein predicted gravitational waves in 1916.
    about: [predicted, prediction]
    expect: {year: 1916}
  - id: encounter-year
    statement: Trump and Daniels met in 2006.
    about: [Daniels, met]
    expect: {year: 2006}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        (
            "The waves were predicted by Albert Einstein's 1915 general theory of relativity.",
            "prediction-year",
            "silent",
        ),
        (
            "It confirms a prediction of Albert Einstein’s 1915 general theory of relativity.",
            "prediction-year",
            "silent",
        ),
        ("Daniels said the payment was made before the 2016 presidential election.", "encounter-year", "silent"),
        # past a country's abbreviation or adjective before the noun
        (
            "Daniels said the affair was at risk of becoming public before the 2016 US election.",
            "encounter-year",
            "silent",
        ),
        ("The 1919 British eclipse expedition confirmed the prediction.", "prediction-year", "silent"),
        ("Einstein predicted the waves in 1915.", "prediction-year", "conflicts"),
        ("The prediction is a 1915 idea of Einstein.", "prediction-year", "conflicts"),
    ],
)
def test_a_year_modifying_another_noun_is_that_nouns(corpus, text, claim, expected):
    """ "Einstein's 1915 general theory", "the 2016 presidential election": a year between a
    determiner or a possessive and a noun dates that noun (wording from the gravitational-wave and
    Trump trial coverage)."""
    r = corpus(ATTRIBUTIVE, {"a.txt": f"News\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == expected


DATED_NOUN = """
claims:
  - id: founded-year
    statement: The company was founded in 2007.
    about: [founded, founding]
    expect: {year: 2007}
  - id: quake-year
    statement: The earthquake struck in 2015.
    about: [earthquake, earthquakes, quake]
    expect: {year: 2015}
  - id: runoff-year
    statement: The run-off was held in 2019.
    about: [runoff, run-off]
    expect: {year: 2019}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        (
            "The firm has sold 120 million devices since its 2009 founding, the report said.",
            "founded-year",
            "conflicts",
        ),
        ("Investors who backed the company at its 2009 founding made a fortune.", "founded-year", "conflicts"),
        (
            "Donors met in Brussels to support the people affected by the massive 2014 earthquakes.",
            "quake-year",
            "conflicts",
        ),
        # "a": a noun not known yet, maybe another occurrence
        (
            "If he wins half the vote, he will avoid the need for a 2020 runoff with the runner-up.",
            "runoff-year",
            "silent",
        ),
    ],
)
def test_a_year_modifying_the_topics_noun_is_the_topics(corpus, text, claim, expected):
    """ "the massive March 6 earthquakes", "since its 2009 founding": a year or a day between a
    definite article or an owner (and the noun's adjectives) and the topic's noun dates the topic,
    as "Tuesday's quake" does (wording from the Turkey-Syria earthquake and Google-Fitbit
    coverage); after "a" the noun may be another occurrence (the 2014 Ukrainian run-off)."""
    r = corpus(DATED_NOUN, {"a.txt": f"News\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == expected


TOLL_BESIDE_A_GROUP = """
claims:
  - id: death-toll
    statement: The quake killed 70 people.
    about: [death toll, toll, dead, killed, deaths, muertos, fallecidos]
    expect: {quantity: 70, unit: people}
"""


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Officials said the number of dead had climbed to 64 and the injured exceeded 2,000.", "en", "conflicts"),
        ("The official count of the dead has risen to 64 and the injured now number 2,000.", "en", "conflicts"),
        ("La cifra oficial de muertos ha subido a 64 y los heridos superan los 2.000.", "es", "conflicts"),
        # the group named right after the figure is the figure's own
        ("Hubo 64 heridos y los muertos fueron enterrados ayer.", "es", "silent"),
    ],
)
def test_a_group_after_a_joiner_and_an_article_is_a_new_subjects(corpus, text, lang, expected):
    """ "ha subido a 413 y los heridos superan los 2.000": the injured, after "and the", are the
    subject of a clause of their own, not what the toll before them counts (wording from the
    Ecuador earthquake coverage)."""
    head = f"---\nlang: {lang}\n---\n" if lang != "en" else ""
    r = corpus(TOLL_BESIDE_A_GROUP, {"a.txt": f"{head}News\n\n{text}\n"}, base=False)
    assert finding(r, "death-toll").verdict == expected


COUNT_NAMED_AFTER = """
claims:
  - id: death-toll
    statement: The fire killed 70 people.
    about: [death toll, toll, dead, killed, deaths, muertos, fallecidos, víctimas mortales]
    expect: {quantity: 70, unit: people}
  - id: survivors
    statement: Rescuers pulled 15 survivors from the rubble.
    about: [survivors, rescued, supervivientes, rescatados]
    expect: {quantity: 15, unit: people}
"""


@pytest.mark.parametrize(
    "text, lang, claim, expected",
    [
        (
            "La Policía elevó este jueves a 64 el número de víctimas mortales en el incendio.",
            "es",
            "death-toll",
            "conflicts",
        ),
        (
            "Los bomberos elevaron este viernes a 12 el número de supervivientes rescatados.",
            "es",
            "survivors",
            "conflicts",
        ),
        (
            "Firefighters on Friday raised to 12 the number of survivors pulled from the rubble.",
            "en",
            "survivors",
            "conflicts",
        ),
        # a comma sets the noun apart: an apposition, not the figure's noun
        (
            "Firefighters on Friday brought out 12, the number of survivors they had hoped for.",
            "en",
            "survivors",
            "silent",
        ),
    ],
)
def test_a_figure_put_before_the_number_of_the_topic_is_the_topics(corpus, text, lang, claim, expected):
    """ "elevó este jueves a 17 el número de víctimas mortales": the verb puts the figure before
    the noun that says what it counts (wording from the Grenfell fire and Chile earthquake
    coverage)."""
    head = f"---\nlang: {lang}\n---\n" if lang != "en" else ""
    r = corpus(COUNT_NAMED_AFTER, {"a.txt": f"{head}News\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == expected


PLANNED = """
scope: {event: The flight, date: 2021-04-19, window_days: 60}
claims:
  - id: flight-date
    statement: Ingenuity made its first flight on Monday 19 April 2021.
    about: [first flight, flight, flew, primer vuelo, vuelo]
    expect: {date: 2021-04-19}
  - id: vote-date
    statement: The council voted on the bridge on 22 April 2021.
    about: [vote, voted]
    expect: {date: 2021-04-22}
"""


@pytest.mark.parametrize(
    "text, claim, expected",
    [
        (
            "The flight, originally set for Sunday, will now take place no earlier than April 14.",
            "flight-date",
            "unclear",
        ),
        (
            "The council's vote, originally set for April 8, will now take place next week.",
            "vote-date",
            "unclear",
        ),
        ("Ingenuity flew on Monday, NASA said.", "flight-date", "conflicts"),
    ],
)
def test_a_date_in_a_clause_without_the_claims_event_is_unclear(corpus, text, claim, expected):
    """A date whose clause names neither the topic nor the claim's event ("originally set for
    Sunday") may date a plan or another event: a question, never a conflict (wording from the
    Ingenuity coverage and a council report)."""
    r = corpus(PLANNED, {"a.md": f"---\npublished: 2021-04-10\n---\nNews\n\n{text}\n"}, base=False)
    assert finding(r, claim, "a.md").verdict == expected


RANKED_SINCE = """
claims:
  - id: grand-slam-year
    statement: Medvedev beat Djokovic in the 2021 final and ended his bid for the calendar Grand Slam.
    about: [calendar-year Grand Slam]
    expect: {year: 2021}
  - id: quake-year
    statement: The previous great earthquake struck in 1999.
    about: [quake]
    expect: {year: 1999}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        (
            "That prevented Djokovic from completing the first calendar-year Grand Slam in men's tennis since 1969.",
            "grand-slam-year",
        ),
        ("It was the strongest quake since 1985, when thousands died in the capital.", "quake-year"),
        ("The quake, the deadliest quake since 1985, flattened the town.", "quake-year"),
        # the rank after the topic, as its complement
        ("The quake was the deadliest since 1985, officials said.", "quake-year"),
        ("Djokovic's calendar-year Grand Slam bid was the closest since 1969.", "grand-slam-year"),
    ],
)
def test_since_after_a_rank_is_the_last_time_before_not_the_topics_start(corpus, text, claim):
    """ "The strongest quake since 1985" did not begin in 1985: a rank makes "since" the last time
    its like happened (wording from the US Open and Mexico earthquake coverage)."""
    r = corpus(RANKED_SINCE, {"a.txt": f"News\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == "silent"


def test_a_possessive_date_belongs_to_the_topic_after_it(corpus):
    r = corpus(
        QUAKE,
        _dated(
            "2011-02-23",
            "Rescue\n\nRescuers searched through the night after Tuesday's earthquake, "
            "and 59.1 percent of homes lost power in Tuesday's quake.\n",
        ),
        base=False,
    )
    f = finding(r, "quake-date", "a.md")
    assert f.verdict == "supports"
    assert len(f.evidence) == 2


SUMMIT = """
claims:
  - id: summit-date
    statement: The two leaders met in Singapore on Tuesday 12 June 2018.
    about: [summit, met]
    expect: {date: 2018-06-12}
"""


@pytest.mark.parametrize(
    "claims, claim, published, sentence, verdict",
    [
        # a page dated by an American clock, the event on the next day where it happened
        (
            QUAKE,
            "quake-date",
            "2011-02-21",
            "The city was rocked by a major earthquake on Tuesday afternoon local time.",
            "supports",
        ),
        (
            SUMMIT,
            "summit-date",
            "2018-06-11",
            "The two leaders met on Tuesday morning at a hotel on Sentosa.",
            "supports",
        ),
        # a week later the same weekday is six days back
        (
            QUAKE,
            "quake-date",
            "2011-03-07",
            "The city was rocked by a major earthquake on Tuesday afternoon.",
            "conflicts",
        ),
    ],
)
def test_a_weekday_the_day_after_publication_can_be_that_day_in_a_time_zone_ahead(
    corpus, claims, claim, published, sentence, verdict
):
    r = corpus(claims, _dated(published, f"News\n\n{sentence}\n"), base=False)
    f = finding(r, claim, "a.md")
    assert f.verdict == verdict
    if verdict == "supports":
        assert "ahead" in (f.evidence[0].note or "")


BRIDGE_DATE_AT = """
claims:
  - id: collapse-date
    statement: The bridge collapsed on Wednesday 1 August 2007.
    about: [collapse]
    expect: {date: 2007-08-01}
"""

MINE = """
claims:
  - id: collapse-date
    statement: The mine caved in on Thursday 5 August 2010.
    about: [collapse, caved in, trapped]
    expect: {date: 2010-08-05}
"""


@pytest.mark.parametrize(
    "claims, claim, published, sentence, verdict",
    [
        # the date is the rescuers' or the jurors', whose verb it stands by; the topic comes later
        (
            MINE,
            "collapse-date",
            "2010-08-07",
            "Rescuers scrambled Friday to dig out 34 workers trapped below.",
            "unclear",
        ),
        (QUAKE, "quake-date", "2011-03-01", "Crews on Wednesday searched the rubble left by the quake.", "unclear"),
        (QUAKE, "quake-date", "2011-03-01", "Mourners on Sunday remembered the victims of the quake.", "unclear"),
        (MINE, "collapse-date", "2010-08-09", "The search in the collapsed mine ended on Saturday.", "unclear"),
        (QUAKE, "quake-date", "2011-03-01", "The search for survivors in the quake zone ended on Sunday.", "unclear"),
        (
            BRIDGE_DATE_AT,
            "collapse-date",
            "2007-08-10",
            "On Friday the governor ordered a review of the collapse.",
            "unclear",
        ),
        (QUAKE, "quake-date", "2011-03-01", "On Sunday the mayor closed the zone the quake had wrecked.", "unclear"),
        # the topic is the verb's subject: the date is the topic's
        (QUAKE, "quake-date", "2011-03-01", "The quake struck on Wednesday.", "conflicts"),
        (MINE, "collapse-date", "2010-08-07", "The collapse on Friday trapped 33 men.", "conflicts"),
    ],
)
def test_a_date_by_another_subjects_verb_is_not_clearly_the_topics(corpus, claims, claim, published, sentence, verdict):
    r = corpus(claims, _dated(published, f"News\n\n{sentence}\n"), base=False)
    f = finding(r, claim, "a.md")
    assert f.verdict == verdict
    if verdict == "unclear":
        assert "another word" in (f.evidence[0].note or "")


VERDICT_DAY = """
claims:
  - id: verdict-date
    statement: The jury returned its verdict on Thursday 22 February 2024.
    about: [verdict, convicted, found guilty, veredicto]
    expect: {date: 2024-02-22}
"""

RESCUE_DAY = """
claims:
  - id: rescue-date
    statement: The four children were found alive on Friday 9 June 2023.
    about: [found alive, rescue, encontrados con vida]
    expect: {date: 2023-06-09}
"""


@pytest.mark.parametrize(
    "claims, claim, published, sentence, verdict",
    [
        # the date stands by a past verb of another act, the topic neither its subject nor its object
        (
            VERDICT_DAY,
            "verdict-date",
            "2024-02-06",
            "The judge on Monday rejected claims that Alves was convicted unfairly.",
            "silent",
        ),
        (
            RESCUE_DAY,
            "rescue-date",
            "2023-05-19",
            "Petro on Thursday retracted his claim that the children had been found alive.",
            "silent",
        ),
        (
            RESCUE_DAY,
            "rescue-date",
            "2023-05-19",
            "Petro se retractó el jueves de su afirmación de que los niños habían sido encontrados con vida.",
            "silent",
        ),
        # the claim's own verb, the topic as its object or subject, or a verb that tells only its object's act
        (VERDICT_DAY, "verdict-date", "2024-02-06", "Jurors convicted Alves on Monday of all the counts.", "conflicts"),
        (VERDICT_DAY, "verdict-date", "2024-02-06", "The jury returned the verdict on Monday.", "conflicts"),
        (
            VERDICT_DAY,
            "verdict-date",
            "2024-02-06",
            "The defence appealed on Monday the verdict that the jury had returned.",
            "unclear",
        ),
    ],
)
def test_a_date_on_a_verb_of_another_act_is_that_acts(corpus, claims, claim, published, sentence, verdict):
    r = corpus(claims, _dated(published, f"News\n\n{sentence}\n"), base=False)
    assert finding(r, claim, "a.md").verdict == verdict


CONVICTION_YEAR = """
claims:
  - id: conviction-year
    statement: He was convicted in 2018.
    about: [conviction, convicted, condena]
    expect: {year: 2018}
  - id: pardon-year
    statement: The pardon was granted in 2017.
    about: [pardon, indulto]
    expect: {year: 2017}
"""


@pytest.mark.parametrize(
    "claim, lang, sentence, verdict",
    [
        # a date of the clause whose verb undoes the topic dates the undoing
        ("conviction-year", "en", "In December 2015, the Supreme Court of Appeal overturned the conviction.", "silent"),
        ("conviction-year", "en", "The Supreme Court on 30 June 2021 overturned his conviction.", "silent"),
        ("conviction-year", "en", "A New York appeals court overturned his conviction in April 2024.", "silent"),
        ("conviction-year", "en", "The court revoked his conviction on 5 May 2022 and quashed it.", "silent"),
        ("pardon-year", "es", "En octubre de 2018, la Corte Suprema anuló el indulto y ordenó su regreso.", "silent"),
        # a date inside the object's phrase is the topic's own
        ("conviction-year", "en", "A New York appeals court overturned Weinstein's 2020 rape conviction.", "unclear"),
        ("conviction-year", "en", "An appeals court overturned his 2018 conviction.", "supports"),
    ],
)
def test_a_date_of_an_undoing_verb_dates_the_undoing(corpus, claim, lang, sentence, verdict):
    text = f"---\npublished: 2024-07-02\nlang: {lang}\n---\nNews\n\n{sentence}\n"
    r = corpus(CONVICTION_YEAR, {"a.md": text}, base=False)
    assert finding(r, claim, "a.md").verdict == verdict


SENTENCED_YEAR = """
claims:
  - id: sentencing-year
    statement: He was sentenced in 2018.
    about: [sentenced, sentence, condena]
    expect: {year: 2018}
"""


@pytest.mark.parametrize(
    "lang, sentence, verdict",
    [
        # "since" after a term being served bounds the serving, which may have begun before the sentence
        ("en", "Chauvin has been serving a 22-year prison sentence since 2016 for murder.", "silent"),
        ("en", "Holmes, who served her sentence since 2016, was released.", "silent"),
        ("es", "García Luna cumplía una condena de 38 años desde 2016 en una prisión federal.", "silent"),
        # a date of the sentence itself still conflicts
        ("en", "He has been serving time since he was sentenced in 2016.", "conflicts"),
    ],
)
def test_since_after_a_term_being_served_bounds_the_serving(corpus, lang, sentence, verdict):
    text = f"---\npublished: 2024-07-02\nlang: {lang}\n---\nNews\n\n{sentence}\n"
    r = corpus(SENTENCED_YEAR, {"a.md": text}, base=False)
    assert finding(r, "sentencing-year", "a.md").verdict == verdict


@pytest.mark.parametrize(
    "claims, claim, text, verdict",
    [
        # the lede's figure or date may be about what the lede itself is about
        (
            COST,
            "bridge-cost",
            "Residents near the bridge that collapsed face new bills\n\n"
            "The association said the bill came to $150 million.\n",
            "unclear",
        ),
        (
            QUAKE,
            "quake-date",
            "---\npublished: 2011-03-03\n---\nSchools near the quake zone reopen\n\n"
            "Pupils returned to class on Wednesday.\n",
            "unclear",
        ),
        # a lede that names the topic itself still conflicts
        (
            COST,
            "bridge-cost",
            "Riverside Bridge opens\n\nThe bridge cost $300 million.\n",
            "conflicts",
        ),
    ],
)
def test_a_conflict_only_the_headline_ties_to_the_topic_is_a_question(corpus, claims, claim, text, verdict):
    r = corpus(claims, {"a.md": text}, base=False)
    f = finding(r, claim, "a.md")
    assert f.verdict == verdict
    if verdict == "unclear":
        assert "only the headline" in (f.evidence[0].note or "")


BRIDGE_TOLL = """
scope: {event: "Collapse of the I-35W Mississippi River bridge, Minneapolis", date: 2007-08-01, window_days: 60}
claims:
  - id: death-toll
    statement: The collapse killed 13 people.
    about: [killed, death toll]
    expect: {quantity: 13, unit: people}
"""

MINE_TOLL = """
scope: {event: "2010 Copiapó mining accident (San José mine, Chile)", date: 2010-08-05, window_days: 120}
claims:
  - id: trapped
    statement: 33 miners were trapped.
    about: [trapped]
    expect: {quantity: 33, unit: people}
"""


@pytest.mark.parametrize(
    "claims, claim, text, verdict",
    [
        # coverage of a similar event elsewhere: nothing in it names the story
        (
            BRIDGE_TOLL,
            "death-toll",
            "Bridge falls\n\nBEIJING (AP) At least 29 people were killed when a bridge on the Tuo River fell.\n\n"
            "It was new.\n\nRescuers searched the river.\n",
            "unclear",
        ),
        (
            MINE_TOLL,
            "trapped",
            "Miners trapped\n\nRescuers said 29 miners were trapped at the Pike River mine.\n\n"
            "Families waited.\n\nIt was dark.\n",
            "unclear",
        ),
        # ... or names it once, in passing, far down
        (
            BRIDGE_TOLL,
            "death-toll",
            "China bridge collapse\n\nAt least 29 people were killed when a bridge on the Tuo River fell.\n\n"
            "Rescuers worked through the night.\n\nIt came two weeks after a collapse in Minnesota.\n",
            "unclear",
        ),
        # the same wording naming the story's place is a conflict
        (BRIDGE_TOLL, "death-toll", "At least 29 people were killed when the Minneapolis bridge fell.\n", "conflicts"),
        (MINE_TOLL, "trapped", "Rescuers said 29 miners were trapped at the Copiapo mine.\n", "conflicts"),
    ],
)
def test_an_article_that_never_names_the_story_is_a_question_not_a_conflict(corpus, claims, claim, text, verdict):
    published = "2007-08-07" if claims is BRIDGE_TOLL else "2010-08-07"
    r = corpus(claims, {"a.md": f"---\npublished: {published}\n---\n{text}"}, base=False)
    f = finding(r, claim, "a.md")
    assert f.verdict == verdict
    if verdict == "unclear":
        assert "never names the story" in (f.evidence[0].note or "")


DEAL_OF = """
scope: {event: "Microsoft's acquisition of LinkedIn", date: 2016-06-13, window_days: 60}
entities:
  microsoft: {name: Microsoft}
  linkedin: {name: LinkedIn}
claims:
  - id: value
    statement: Microsoft agreed to buy LinkedIn for $26.2 billion.
    about: [paying, deal]
    expect: {quantity: 26.2 billion, unit: USD}
"""
TRIAL_OF = """
scope: {event: "Killing of Reeva Steenkamp and the trial of Oscar Pistorius", date: 2014-09-12, window_days: 60}
entities:
  steenkamp: {name: Reeva Steenkamp, aliases: [Steenkamp]}
  pistorius: {name: Oscar Pistorius, aliases: [Pistorius]}
claims:
  - id: sentence
    statement: Pistorius was sentenced to five years for killing Reeva Steenkamp.
    about: [sentenced, sentence]
    expect: {quantity: 5, unit: year}
"""


@pytest.mark.parametrize(
    "claims, claim, text, verdict",
    [
        # one party to the story's event in the opening, the other once, in passing: another event of the first
        (
            DEAL_OF,
            "value",
            "Microsoft buys GitHub\n\nMicrosoft is paying $7.5 billion for GitHub.\n\nGitHub was founded in 2008.\n\n"
            "It is the second deal after the company bought LinkedIn two years ago.\n",
            "unclear",
        ),
        (
            TRIAL_OF,
            "sentence",
            "Pistorius fined\n\nOscar Pistorius was sentenced to three years for a gun charge.\n\n"
            "The court sat in Pretoria.\n\nHe had earlier been tried over Steenkamp's death.\n",
            "unclear",
        ),
        # both parties named where the article says what it is about: a conflict stays one
        (
            DEAL_OF,
            "value",
            "Microsoft buys LinkedIn\n\nMicrosoft is paying $7.5 billion for LinkedIn.\n\nIt was a surprise.\n\n"
            "Shares rose.\n",
            "conflicts",
        ),
        (
            TRIAL_OF,
            "sentence",
            "Pistorius jailed\n\nOscar Pistorius was sentenced to three years for killing Reeva Steenkamp.\n\n"
            "The court sat in Pretoria.\n\nHe will appeal.\n",
            "conflicts",
        ),
    ],
)
def test_an_article_naming_only_one_party_to_the_event_is_a_question(corpus, claims, claim, text, verdict):
    assert finding(corpus(claims, {"a.txt": text}, base=False), claim).verdict == verdict


PLACES_BETWEEN = """
scope: {event: "%s", date: 2021-05-03, window_days: 60}
entities:
  a: {name: %s}
  b: {name: %s}
claims:
  - id: toll
    statement: The disaster killed 26 people.
    about: [killed]
    expect: {quantity: 26, unit: people}
"""


@pytest.mark.parametrize(
    "event, a, b, text, verdict",
    [
        # "between X and Y" after a thing says where it happened: places, not parties the
        # articles must name (mexico-metro-collapse-2021, sewol-ferry)
        (
            "Collapse of the Line 12 overpass of the Mexico City Metro between Tezonco and Olivos, 3 May 2021",
            "Tezonco",
            "Olivos",
            "Metro collapse\n\nAt least 23 people were killed when a Mexico City Metro overpass collapsed.\n\n"
            "Rescuers worked overnight.\n\nThe section lay near Olivos station.\n",
            "conflicts",
        ),
        (
            "Sinking of the Sewol ferry on its route between Incheon and Jeju",
            "Incheon",
            "Jeju",
            "Sewol ferry sinks\n\nThe Sewol sank and 290 people were killed.\n\nDivers searched the wreck.\n\n"
            "It had left Incheon.\n",
            "conflicts",
        ),
        # after an encounter they are its parties: an article naming one of them only may be on another
        # encounter of it (singapore-summit)
        (
            "Summit between Donald Trump and Kim Jong Un in Singapore",
            "Donald Trump",
            "Kim Jong Un",
            "Trump rally\n\nDonald Trump said 23 people were killed in the storm.\n\nIt rained.\n\nHe left.\n",
            "unclear",
        ),
        (  # a hyphenated encounter noun ("run-off")
            "Run-off between Rodrigo Paz and Jorge Quiroga",
            "Rodrigo Paz",
            "Jorge Quiroga",
            "Paz rally\n\nRodrigo Paz said 23 people were killed in the storm.\n\nIt rained.\n\nJorge Quiroga left.\n",
            "unclear",
        ),
    ],
)
def test_between_after_a_thing_names_places_not_parties(corpus, event, a, b, text, verdict):
    claims = PLACES_BETWEEN % (event, a, b)
    assert finding(corpus(claims, {"a.txt": text}, base=False), "toll").verdict == verdict


LANDING_DATE = """
claims:
  - id: landing-date
    statement: The lander touched down on Wednesday 23 August 2023.
    about: [landing]
    expect: {date: 2023-08-23}
"""
FINAL_DATE = """
claims:
  - id: final-date
    statement: The final was run on Sunday 16 August 2009.
    about: [final]
    expect: {date: 2009-08-16}
"""
BRIDGE_DATE = """
claims:
  - id: collapse-date
    statement: The bridge collapsed on Wednesday 1 August 2007.
    about: [collapse]
    expect: {date: 2007-08-01}
"""


@pytest.mark.parametrize(
    "claims, claim, published, sentence",
    [
        (
            BRIDGE_DATE,
            "collapse-date",
            "2007-08-02",
            "The death toll in the collapse of a bridge Wednesday has climbed to seven, an official said, "
            "adding that he expected the toll to rise.",
        ),
        (SUMMIT, "summit-date", "2018-06-14", "The two leaders met on Tuesday, and a second summit is expected later."),
        (
            LANDING_DATE,
            "landing-date",
            "2023-08-20",
            "The lander will undergo checks and await the sunrise at the designated site "
            "before a landing on Wednesday.",
        ),
        (FINAL_DATE, "final-date", "2009-08-14", "Bolt will run in the rescheduled final on Sunday."),
    ],
)
def test_the_tense_nearest_the_weekday_decides_its_direction(corpus, claims, claim, published, sentence):
    assert _verdict(corpus, claims, claim, published, sentence) == "supports"


BUILT = """
claims:
  - id: built-year
    statement: The bridge was built in 1967.
    about: [built, bridge]
    expect: {year: 1967}
"""

TOWER_BUILT = """
claims:
  - id: built-year
    statement: Champlain Towers South was built in 1981.
    about: [built, building, tower]
    expect: {year: 1981}
"""


@pytest.mark.parametrize(
    "claims, published, sentence, verdict",
    [
        # the thing is the subject of another verb: the date is of that event, no evidence
        (BUILT, "2007-08-10", "The bridge tumbled into the Mississippi River on Aug. 1, 2007, killing 13.", "silent"),
        (TOWER_BUILT, "2021-07-01", "The building partially collapsed on June 24, 2021.", "silent"),
        # the thing is named, the date may be of another of its events
        (BUILT, "2007-08-10", "Divers searched the site of last week's deadly bridge collapse.", "unclear"),
        (TOWER_BUILT, "2021-07-01", "Residents of the tower had been warned as early as 2018.", "unclear"),
        # the claim's own event
        (BUILT, "2007-08-10", "The bridge was built in 1964.", "conflicts"),
        (TOWER_BUILT, "2021-07-01", "The building, built in 1981, had 12 floors.", "supports"),
    ],
)
def test_a_date_of_another_event_of_the_topics_thing_is_no_evidence_or_a_question(
    corpus, claims, published, sentence, verdict
):
    r = corpus(claims, _dated(published, f"News\n\n{sentence}\n"), base=False)
    assert finding(r, "built-year", "a.md").verdict == verdict


@pytest.mark.parametrize(
    "claims, claim, published, sentence",
    [
        (
            SUMMIT,
            "summit-date",
            "2018-06-11",
            "During a visit to the media centre on Sunday (Jun 10), Mr Lee said the summit would cost S$20 million.",
        ),
        (
            BRIDGE_DATE,
            "collapse-date",
            "2007-08-04",
            "Speaking at the river on Friday (Aug 3), the governor said the collapse would be investigated.",
        ),
    ],
)
def test_a_date_restated_in_brackets_is_no_fronted_date_of_the_main_clause(corpus, claims, claim, published, sentence):
    assert _verdict(corpus, claims, claim, published, sentence) in ("silent", "unclear")


@pytest.mark.parametrize(
    "claims, claim, published, sentence",
    [
        # a fronted date before a statement dates the statement
        (SUMMIT, "summit-date", "2018-06-12", "On Monday, the White House said the leaders would meet on June 12."),
        (QUAKE, "quake-date", "2011-03-01", "On Monday, police said the quake had killed 148 people."),
        # a relative clause with a subject of its own dates that subject's act
        (
            SUMMIT,
            "summit-date",
            "2018-06-12",
            "Details of the summit, which the president cancelled last month, emerged.",
        ),
        (
            BRIDGE_DATE,
            "collapse-date",
            "2007-08-10",
            "Photos of the collapse, which the state released on Thursday, spread.",
        ),
    ],
)
def test_a_date_of_a_statement_or_of_another_actor_is_not_the_topics(corpus, claims, claim, published, sentence):
    assert _verdict(corpus, claims, claim, published, sentence) in ("silent", "unclear", "supports")


@pytest.mark.parametrize(
    "claims, claim, published, sentence, verdict",
    [
        # what a question or a condition takes as given: a noun a weekday owns
        (
            QUAKE,
            "quake-date",
            "2011-02-23",
            "Asked if that meant the Government considered Tuesday's earthquake the worst disaster, he said yes.",
            "supports",
        ),
        (
            SUMMIT,
            "summit-date",
            "2018-06-13",
            "Reporters asked whether Tuesday's summit had produced a deal.",
            "supports",
        ),
        # the sentence's future is not the owned noun's time: a question, not a conflict
        (
            QUAKE,
            "quake-date",
            "2011-02-23",
            "The cabinet will decide after Tuesday's devastating earthquake.",
            "unclear",
        ),
        (SUMMIT, "summit-date", "2018-06-13", "Aides will brief allies on Tuesday's summit.", "unclear"),
    ],
)
def test_a_noun_a_weekday_owns_is_taken_as_given(corpus, claims, claim, published, sentence, verdict):
    assert _verdict(corpus, claims, claim, published, sentence) == verdict


MINE_DAY = """
claims:
  - id: collapse-date
    statement: The mine caved in on Thursday 5 August 2010.
    about: [collapse, trapped]
    expect: {date: 2010-08-05}
"""
COPILOT_JOINED = """
claims:
  - id: joined
    statement: The co-pilot joined the airline in September 2013.
    about: [on the job, first officer, joined the airline]
    expect: {month: 2013-09}
"""


@pytest.mark.parametrize(
    "claims, claim, published, sentence, verdict",
    [
        (MINE_DAY, "collapse-date", "2010-08-11", "A collapse has trapped 33 miners since last Thursday.", "supports"),
        (MINE_DAY, "collapse-date", "2010-08-11", "A collapse has trapped 33 miners since last Friday.", "conflicts"),
        (COPILOT_JOINED, "joined", "2015-03-26", "The co-pilot was on the job since September 2013.", "supports"),
        (COPILOT_JOINED, "joined", "2015-03-26", "He was First Officer at Germanwings since June 2014.", "conflicts"),
        # "since" after a verb of its own bounds another period
        (MINE_DAY, "collapse-date", "2010-08-11", "The collapse rescue talks stalled since Friday.", "silent"),
    ],
)
def test_since_right_after_the_topic_dates_its_start(corpus, claims, claim, published, sentence, verdict):
    assert _verdict(corpus, claims, claim, published, sentence) == verdict


@pytest.mark.parametrize(
    "claims, published, sentence",
    [
        (BUILT, "2007-08-08", "Traffic lanes on the 40-year-old steel-and-concrete bridge were crowded."),
        (TOWER_BUILT, "2021-07-01", "Residents of the 40-year-old ocean-view condo tower fled."),
    ],
)
def test_an_age_before_hyphenated_modifiers_is_the_nouns_they_modify(corpus, claims, published, sentence):
    r = corpus(claims, _dated(published, f"News\n\n{sentence}\n"), base=False)
    assert finding(r, "built-year", "a.md").verdict == "supports"


PAST_FACTS = """
scope: {event: Landing of Philae on comet 67P, date: 2014-11-12, window_days: 30}
entities:
  churyumov: {name: Klim Churyumov, aliases: [Churyumov]}
  gerasimenko: {name: Svetlana Gerasimenko, aliases: [Gerasimenko]}
claims:
  - id: discoverers
    statement: Comet 67P was discovered in 1969 by Klim Churyumov and Svetlana Gerasimenko.
    about: [discovered]
    expect: {people: [churyumov, gerasimenko]}
  - id: bridge-cost
    statement: The bridge, built in 1967, cost $5.2 million.
    about: [cost]
    expect: {quantity: 5.2 million, unit: USD}
"""


@pytest.mark.parametrize(
    "sentence, claim, verdict",
    [
        (
            "In 1969, Churyumov and his colleague Svetlana Gerasimenko discovered a celestial body.",
            "discoverers",
            "supports",
        ),
        ("In 1967, the bridge cost $5.2 million to build.", "bridge-cost", "supports"),
        ("In 1957, the old ferry cost $2 million.", "bridge-cost", "silent"),  # another occurrence
    ],
)
def test_a_time_frame_the_claims_statement_names_is_not_another_occurrence(corpus, sentence, claim, verdict):
    assert _verdict(corpus, PAST_FACTS, claim, "2014-11-13", sentence) == verdict


CRASH_YEAR = """
scope: {event: Crash of Flight 9525 in the Alps, date: 2015-03-24, window_days: 60}
claims:
  - id: crash-year
    statement: The crash happened in 2015.
    about: [crash, crashed]
    expect: {year: 2015}
  - id: quake-year
    statement: The earthquake struck in 2015.
    about: [earthquake]
    expect: {year: 2015}
"""


@pytest.mark.parametrize(
    "claim, sentence",
    [
        ("crash-year", "Before the crash, the last inspection of the aircraft was carried out in summer 2013."),
        ("quake-year", "The earthquake hit a region whose school was rebuilt in 2009 after floods."),
        ("crash-year", "A French prosecutor said 28-year-old Andreas Lubitz crashed the plane."),
    ],
)
def test_a_date_outside_the_window_not_tied_to_the_topic_is_no_evidence(corpus, claim, sentence):
    assert _verdict(corpus, CRASH_YEAR, claim, "2015-03-26", sentence) == "silent"


def test_a_date_outside_the_window_is_read_for_a_claim_of_history(corpus):
    """A claim whose own date lies outside the window (a bridge built in 1967) reads such dates as ever."""
    sentence = "Authorities in Minnesota had been warned as early as 1990 that the bridge needed repair."
    assert _verdict(corpus, BUILT, "built-year", "2007-08-10", sentence) == "unclear"


DEAL_DAY = """
claims:
  - id: deal-date
    statement: SoftBank announced the takeover on Monday 18 July 2016.
    about: [takeover, deal]
    expect: {date: 2016-07-18}
"""


@pytest.mark.parametrize(
    "claims, claim, published, sentence",
    [
        (
            DEAL_DAY,
            "deal-date",
            "2016-07-18",
            "SoftBank will pay a 40% premium over the company's closing price on Friday in the biggest ever deal.",
        ),
        (
            QUAKE,
            "quake-date",
            "2011-02-25",
            "Crowds gathered at the cathedral ruins left by the aftershock on Thursday "
            "for a vigil for the quake victims.",
        ),
    ],
)
def test_a_date_ending_a_long_phrase_before_the_topic_is_a_question(corpus, claims, claim, published, sentence):
    assert _verdict(corpus, claims, claim, published, sentence) == "unclear"


def test_a_date_between_a_short_subject_and_its_verb_dates_the_verb(corpus):
    """The date is the verb's: "found" is another act done to the takeover than the claim's
    announcement, so its day is a question, not a conflict (and never the announcement's)."""
    sentence = "Jurors on Friday found the company guilty and the takeover void."
    assert _verdict(corpus, DEAL_DAY, "deal-date", "2016-07-18", sentence) == "unclear"


SUMMIT_OF = """
scope: {event: Singapore summit of Donald Trump and Kim Jong Un, date: 2018-06-12, window_days: 30}
claims:
  - id: summit-date
    statement: The two leaders met in Singapore on Tuesday 12 June 2018.
    about: [summit, met]
    expect: {date: 2018-06-12}
"""
VERDICT_OF = """
scope: {event: Trial of Derek Chauvin, date: 2021-04-20, window_days: 60}
claims:
  - id: verdict-date
    statement: The jury convicted Derek Chauvin on Tuesday 20 April 2021.
    about: [convicted, verdict]
    expect: {date: 2021-04-20}
"""


@pytest.mark.parametrize(
    "claims, claim, published, sentence, verdict",
    [
        (
            SUMMIT_OF,
            "summit-date",
            "2018-06-11",
            "Kim had already met prime minister Lee Hsien Loong on Sunday.",
            "unclear",
        ),
        (SUMMIT_OF, "summit-date", "2018-06-11", "Kim met with Vivian Balakrishnan on Sunday.", "unclear"),
        (VERDICT_OF, "verdict-date", "2021-05-01", "A jury convicted Kim Potter on Thursday.", "unclear"),
        # the story's own parties: a conflict stays one
        (SUMMIT_OF, "summit-date", "2018-06-11", "Trump met Kim Jong Un on Sunday.", "conflicts"),
        (VERDICT_OF, "verdict-date", "2021-04-24", "A jury convicted Derek Chauvin on Friday.", "conflicts"),
    ],
)
def test_a_topic_verb_done_to_someone_the_story_does_not_name_may_be_another_occasion(
    corpus, claims, claim, published, sentence, verdict
):
    assert _verdict(corpus, claims, claim, published, sentence) == verdict


FOUND_GUILTY = """
scope: {event: Trial of Derek Chauvin, date: 2021-04-20, window_days: 60}
claims:
  - id: verdict-date
    statement: The jury found Derek Chauvin guilty on Tuesday 20 April 2021.
    about: [verdict, convicted, guilty]
    expect: {date: 2021-04-20}
"""
FOUND_LIABLE = """
scope: {event: E. Jean Carroll's civil trial against Donald Trump, date: 2023-05-09, window_days: 60}
claims:
  - id: verdict-date
    statement: The jury found Donald Trump liable on Tuesday 9 May 2023.
    about: [verdict, liable]
    expect: {date: 2023-05-09}
"""


# A verb right after a date, with a person the claim names as its object and the topic
# as what it finds them (chauvin-trial "Jurors on Thursday found former officer Derek Chauvin
# guilty", carroll-trump-verdict-2023 "A jury on Tuesday found former president Donald Trump
# liable"): the finding is the verdict, its date the verdict's. Someone the claim does not name,
# or only a pronoun, leaves it a question.
@pytest.mark.parametrize(
    "claims, published, sentence, verdict",
    [
        (
            FOUND_GUILTY,
            "2021-04-20",
            "Jurors on Thursday found former officer Derek Chauvin guilty of all charges.",
            "conflicts",
        ),
        (
            FOUND_LIABLE,
            "2023-05-12",
            "A jury on Wednesday found former president Donald Trump liable for sexually abusing Carroll.",
            "conflicts",
        ),
        (FOUND_GUILTY, "2021-04-20", "Jurors on Thursday found him guilty of all charges.", "unclear"),
        (FOUND_GUILTY, "2021-04-20", "Jurors on Thursday found Kim Potter guilty of manslaughter.", "unclear"),
    ],
)
def test_a_date_before_a_verb_that_says_the_topic_of_a_named_person_is_the_topics(
    corpus, claims, published, sentence, verdict
):
    assert _verdict(corpus, claims, "verdict-date", published, sentence) == verdict


LAUNCH = """
claims:
  - id: launch-month
    statement: Perseverance was launched in July 2020.
    about: [launched]
    expect: {month: 2020-07}
  - id: signed-month
    statement: The pact was signed in October 2021.
    about: [signed]
    expect: {month: 2021-10}
"""


@pytest.mark.parametrize(
    "claim, sentence",
    [
        (
            "launch-month",
            "On Thursday, February 18, 2021, Perseverance, a rover that launched in July 2020, will land.",
        ),
        ("signed-month", "On 5 March 2022, the pact, which was signed in October 2021, will be reviewed."),
    ],
)
def test_a_fronted_date_is_not_the_date_of_a_relative_clause(corpus, claim, sentence):
    assert _verdict(corpus, LAUNCH, claim, "2021-02-10", sentence) == "supports"


@pytest.mark.parametrize(
    "claims, claim, published, sentence",
    [
        (
            QUAKE,
            "quake-date",
            "2011-03-01",
            "On Monday, the mayor read out the council's motion, “As to the quake, we grieve”.",
        ),
        (
            SUMMIT,
            "summit-date",
            "2018-06-20",
            'On Sunday, the ministry issued a statement: "The summit was a success for peace."',
        ),
    ],
)
def test_a_fronted_date_before_a_quotation_dates_the_quoting_not_what_is_quoted(
    corpus, claims, claim, published, sentence
):
    assert _verdict(corpus, claims, claim, published, sentence) == "silent"


@pytest.mark.parametrize(
    "claims, claim, published, sentence",
    [
        (BRIDGE_DATE, "collapse-date", "2008-03-01", "The collapse on August 1 last year killed 13 people."),
        (SUMMIT, "summit-date", "2019-02-27", "Trump and Kim met in Singapore on June 12 last year."),
    ],
)
def test_a_yearless_date_followed_by_last_year_is_a_year_before(corpus, claims, claim, published, sentence):
    assert _verdict(corpus, claims, claim, published, sentence) == "supports"


VERDICT = """
claims:
  - id: verdict-date
    statement: The court found him guilty on Friday 12 September 2014.
    about: [found guilty]
    expect: {date: 2014-09-12}
"""


@pytest.mark.parametrize(
    "claims, claim, published, sentence",
    [
        (
            VERDICT,
            "verdict-date",
            "2014-09-12",
            "He has been found guilty of the manslaughter of his model girlfriend Reeva Steenkamp last year.",
        ),
        (
            QUAKE,
            "quake-date",
            "2011-03-01",
            "The quake hit the business district and the crowded streets of the old centre on Monday.",
        ),
    ],
)
def test_a_date_far_after_the_topic_in_its_clause_is_a_question(corpus, claims, claim, published, sentence):
    assert _verdict(corpus, claims, claim, published, sentence) == "unclear"


@pytest.mark.parametrize(
    "claims, claim, published, sentence, verdict",
    [
        (MINE, "collapse-date", "2010-10-13", "He has led the men since the mine collapsed 69 days ago.", "supports"),
        (MINE, "collapse-date", "2010-10-13", "He has led the men since the mine collapsed 70 days ago.", "conflicts"),
        (QUAKE, "quake-date", "2011-03-01", "The quake struck the city 7 days ago.", "supports"),
        (
            QUAKE,
            "quake-date",
            "2011-03-01",
            "The quake struck the city about 7 days ago.",
            "silent",
        ),  # names no one day
    ],
)
def test_days_ago_count_back_from_the_publication_date(corpus, claims, claim, published, sentence, verdict):
    assert _verdict(corpus, claims, claim, published, sentence) == verdict


# A time of day between a verb and its date: its colon ends no clause. "Two blasts ripped through a
# warehouse at around 11:30 p.m. on Aug. 12" (tianjin-explosions), "launched from Kennedy Space
# Center at 3:22 p.m. Saturday" (crew-dragon-demo2), "partially collapsed at around 1:30 a.m. on
# Thursday" (surfside-collapse).
@pytest.mark.parametrize(
    "claims, claim, published, sentence, verdict",
    [
        (QUAKE, "quake-date", "2011-02-23", "The quake struck the city at 12:51 p.m. on Tuesday.", "supports"),
        (
            BRIDGE_DATE,
            "collapse-date",
            "2007-08-03",
            "Part of the bridge collapsed at around 6:05 p.m. on Thursday.",
            "conflicts",
        ),
        (
            VERDICT,
            "verdict-date",
            "2014-09-12",
            "He was found guilty at about 10:40 a.m. local time on Friday.",
            "supports",
        ),
    ],
)
def test_the_colon_of_a_time_of_day_ends_no_clause(corpus, claims, claim, published, sentence, verdict):
    assert _verdict(corpus, claims, claim, published, sentence) == verdict


# The words of a time of day set a date no farther from the topic before it, which then dates the
# topic, not another word: "The verdict came in around 3:15 p.m. Eastern on Monday afternoon"
# (smollett-verdict), "which struck at 4:35 a.m. local time on Saturday" (christchurch-quake).
@pytest.mark.parametrize(
    "claims, claim, published, sentence",
    [
        (QUAKE, "quake-date", "2011-02-23", "The quake came at around 12:51 p.m. local time on Monday."),
        (VERDICT, "verdict-date", "2014-09-12", "He was found guilty at about 10:40 a.m. local time on Thursday."),
    ],
)
def test_a_time_of_day_sets_the_date_no_farther_from_the_topic(corpus, claims, claim, published, sentence):
    assert _verdict(corpus, claims, claim, published, sentence) == "conflicts"


# A date in a clause with no verb of its own goes on the verb before it, past an aside set off by
# commas or brackets: "Adobe announced plans to buy Figma, which allows users to collaborate ...,
# for $20 billion in September last year" (adobe-figma), "splashed down off the coast of
# Pensacola, Florida at 2:48 p.m. EDT on Sunday, August 2" (crew-dragon-demo2), "in the South
# Pole-Aitken (SPA) Basin on the far side of the moon on January 3" (change4-far-side).
@pytest.mark.parametrize(
    "claims, claim, published, sentence, verdict",
    [
        (
            DEAL_MONTH,
            "deal-month",
            "2016-09-05",
            "SoftBank announced the takeover of ARM, which designs chips for phones, to its investors in July 2016.",
            "supports",
        ),
        (QUAKE, "quake-date", "2011-02-23", "The quake struck near Lyttelton, Canterbury on Monday.", "conflicts"),
        (
            LANDING_DATE,
            "landing-date",
            "2023-08-24",
            "The craft made its landing in the Manzinus (MNZ) crater on Wednesday.",
            "supports",
        ),
        # a clause with a verb after the date's may be what it dates; a list of places is a caption's
        (
            QUAKE,
            "quake-date",
            "2011-02-23",
            "The quake struck the city and, for a few hours late on Monday night, the power was out.",
            "silent",
        ),
        (
            QUAKE,
            "quake-date",
            "2011-02-23",
            "The quake struck the region, in Lyttelton, Canterbury, New Zealand on Monday.",
            "silent",
        ),
        # a participle in the date's phrase is a verb it may go on: "con el 100 % de las actas
        # computadas este jueves" (sheinbaum-election), "following the events of the Jan. 6, 2021,
        # insurrection" (oath-keepers-verdict-2022)
        (
            QUAKE,
            "quake-date",
            "2011-02-23",
            "The quake struck the city, leaving thousands homeless on Monday.",
            "silent",
        ),
        (
            QUAKE,
            "quake-date",
            "2011-02-23",
            "The quake struck the city, following the aftershock of Monday.",
            "silent",
        ),
    ],
)
def test_a_date_without_a_verb_goes_on_the_verb_before_an_aside(corpus, claims, claim, published, sentence, verdict):
    assert _verdict(corpus, claims, claim, published, sentence) == verdict


ANNOUNCED = """
claims:
  - id: deal-announced
    statement: The buyer announced the takeover on Wednesday 19 February 2014.
    about: [announced, announce]
    expect: {date: 2014-02-19}
"""


@pytest.mark.parametrize(
    "published, sentence, verdict",
    [
        # the speech verb a date goes on is the topic's own word: the date is the announcement's
        ("2014-02-25", "Kroger earlier this month announced it was paying $20 billion to buy Albertsons.", "supports"),
        ("2014-06-02", "In February, Walmart announced the acquisition of Flipkart.", "supports"),
        # a past speech verb dates a past day, whatever tense what it tells is in
        ("2014-02-20", "Facebook is set to buy WhatsApp for $16 billion, they announced Wednesday.", "supports"),
        ("2014-02-24", "Adobe on Wednesday announced that it is going to acquire Figma.", "supports"),
        # another speech verb still dates a statement
        ("2014-02-24", "The buyer said on Thursday it had announced the deal.", "silent"),
    ],
)
def test_a_date_of_the_announcement_the_topic_names_is_the_topics(corpus, published, sentence, verdict):
    assert _verdict(corpus, ANNOUNCED, "deal-announced", published, sentence) == verdict


CALLED_OFF = """
claims:
  - id: deal-terminated
    statement: The companies called off the merger on Monday 18 December 2023.
    about: [called off]
    expect: {date: 2023-12-18}
"""


@pytest.mark.parametrize(
    "claims, claim, published, sentence, verdict",
    [
        # a figure that describes the noun after it, a determiner before it, dates nothing itself
        (
            QUAKE,
            "quake-date",
            "2011-02-24",
            "Christchurch was struck by an enormous 6.3 magnitude quake Tuesday.",
            "supports",
        ),
        (
            QUAKE,
            "quake-date",
            "2011-03-01",
            "The city is rebuilding after the 6.3 magnitude quake on Feb. 22.",
            "supports",
        ),
        (
            CALLED_OFF,
            "deal-terminated",
            "2023-12-20",
            "Adobe and Figma called off their $20 billion merger earlier this week.",
            "supports",
        ),
        # a count right before the date, or a figure with no noun after it, is still the figure's
        (QUAKE, "quake-date", "2011-02-28", "The quake toll rose to 148 on Thursday.", "silent"),
        (QUAKE, "quake-date", "2011-02-28", "The quake struck the city at the age of 140 in 1871.", "silent"),
    ],
)
def test_a_date_after_a_figure_describing_a_noun_dates_that_noun(corpus, claims, claim, published, sentence, verdict):
    assert _verdict(corpus, claims, claim, published, sentence) == verdict


PER_SHARE = """
claims:
  - id: price-per-share
    statement: Brightco agreed to pay $34.10 for each Halden share.
    about: [per share, a share, por acción]
    expect: {quantity: 34.10, unit: USD}
"""


@pytest.mark.parametrize(
    "text",
    [
        # "a special dividend of up to $4 billion — or $6.85 per share" (kroger-albertsons)
        "The merger agreement included a special dividend of up to $4 billion — or $6.85 per share.",
        # the same figure after a comma and "that is"
        "Halden will first pay a special dividend of $2 billion, that is, $3.50 per share.",
        # Spanish: "es decir" after the amount a dividend is
        "---\nlang: es\n---\nNoticias\n\nEl acuerdo incluye un dividendo especial de 4.000 millones de dólares, "
        "es decir, 6,85 dólares por acción.",
    ],
)
def test_a_figure_restating_one_about_something_else_is_a_question(corpus, text):
    """A per-share figure that gives again, in another form, an amount its words tie to something
    else (a dividend) may be that thing's too: a question, never a conflict of the offer."""
    r = corpus(PER_SHARE, {"a.txt": text if text.startswith("---") else f"Deal news\n\n{text}\n"}, base=False)
    f = finding(r, "price-per-share")
    assert f.verdict == "unclear", [(e.stance, e.quote, e.note) for e in f.evidence]
    assert "another form" in (f.evidence[0].note or "")


def test_a_figure_restating_the_offer_still_supports(corpus):
    r = corpus(
        PER_SHARE,
        {"a.txt": "Deal news\n\nThe offer values Halden at $24.6 billion, or $34.10 per share.\n"},
        base=False,
    )
    assert finding(r, "price-per-share").verdict == "supports"


STAKE = """
claims:
  - id: stake-sold
    statement: The offering sold 1.5% of the company.
    about: [shares, stake, acciones]
    expect: {quantity: 1.5, unit: percent}
"""

SEATS = """
claims:
  - id: tory-seats
    statement: The Conservatives won 365 seats.
    about: [Conservatives, Tories]
    expect: {quantity: 365}
"""


@pytest.mark.parametrize(
    "claims, claim, text, change",
    [
        # "Aramco shares rose 10 percent to 35.2 riyals" (aramco-ipo)
        (STAKE, "stake-sold", "Deal news\n\nThe shares rose 10 percent to 35.2 riyals on the first day.\n", "10"),
        (STAKE, "stake-sold", "Deal news\n\nThe shares fell by 4.5% to 30 riyals a week later.\n", "4.5"),
        # an election's seats: the gain, then a new total the article gets wrong
        (SEATS, "tory-seats", "Results\n\nThe Conservatives gained 47 seats to 360.\n", "47"),
        (STAKE, "stake-sold", "---\nlang: es\n---\nBolsa\n\nLas acciones subieron un 10% a 35,2 riales.\n", "10"),
    ],
)
def test_a_figure_after_a_verb_of_change_and_before_a_new_level_is_the_change(corpus, claims, claim, text, change):
    """A figure right after a verb of rise or fall, with "to" and a new level after it, is the
    size of the change, not the claim's level: no evidence (the level is read as it stands)."""
    f = finding(corpus(claims, {"a.txt": text}, base=False), claim)
    assert all(e.found.value != float(change) for e in f.evidence), [(e.stance, e.quote, e.note) for e in f.evidence]


SHARES = """
scope: {event: "General election", date: 2024-06-02, window_days: 60}
claims:
  - id: galvez-share
    statement: Xóchitl Gálvez won 27.45% of the votes cast.
    about: [galvez]
    expect: {quantity: 27.45, unit: percent, tolerance: 0.2}
  - id: labour-seats
    statement: Labour won 411 of the 650 seats.
    about: [labour, PSOE]
    expect: {quantity: 411}
"""


@pytest.mark.parametrize(
    "lang, claim, sentence, verdict",
    [
        # a relative pronoun for persons after the topic's name: its clause is said of the name
        (
            "en",
            "galvez-share",
            "Sheinbaum, with 59.4%, beat her rival, Xóchitl Gálvez, who took 29.1% of the vote.",
            "conflicts",
        ),
        (
            "es",
            "galvez-share",
            "Sheinbaum superó a su rival, Xóchitl Gálvez de la coalición opositora, quien obtuvo el 29,1%.",
            "conflicts",
        ),
        (
            "en",
            "galvez-share",
            "Xóchitl Gálvez congratulated Claudia Sheinbaum, who took 29.1% of the vote.",
            "unclear",
        ),
        (
            "en",
            "galvez-share",
            "Gálvez lost to Claudia Sheinbaum of Morena, who took 29.1% of the vote.",
            "unclear",
        ),
        # a participle after a comma goes on with the clause's subject
        (
            "en",
            "labour-seats",
            "Labour, led by Keir Starmer, has won the general election, taking 410 of the 650 seats.",
            "conflicts",
        ),
        (
            "en",
            "labour-seats",
            "Labour, under Keir Starmer, swept to power on Thursday, securing 410 of the 650 seats.",
            "conflicts",
        ),
        (
            "en",
            "labour-seats",
            "Labour, led by Keir Starmer, has won the election, including 37 of the 650 seats.",
            "unclear",
        ),
        (
            "en",
            "labour-seats",
            "Labour has won the election, beating Rishi Sunak, taking 410 of the 650 seats.",
            "unclear",
        ),
    ],
)
def test_a_value_said_of_the_subject_through_a_relative_or_a_participle(corpus, lang, claim, sentence, verdict):
    """The words that tie a figure to the topic's name across a comma: "who"/"quien" after the
    name, or a participle going on with the clause whose subject the name is."""
    r = corpus(SHARES, {"a.md": f"---\npublished: 2024-06-03\nlang: {lang}\n---\nResults\n\n{sentence}\n"}, base=False)
    assert finding(r, claim, "a.md").verdict in ((verdict,) if verdict == "conflicts" else ("unclear", "silent"))


RUNOFF_SHARES = """
scope: {event: "Elecciones", date: 2024-06-02, window_days: 60}
claims:
  - id: sheinbaum-share
    statement: Claudia Sheinbaum won 59.76% of the votes cast.
    about: [sheinbaum]
    expect: {quantity: 59.76, unit: percent, tolerance: 0.2}
  - id: galvez-share
    statement: Xóchitl Gálvez won 27.45% of the votes cast.
    about: [galvez]
    expect: {quantity: 27.45, unit: percent, tolerance: 0.2}
  - id: noboa-share
    statement: Daniel Noboa won 51.83% of the valid votes.
    about: [noboa]
    expect: {quantity: 51.83, unit: percent, tolerance: 0.2}
  - id: gonzalez-share
    statement: Luisa González won 48.17% of the valid votes.
    about: [gonzalez]
    expect: {quantity: 48.17, unit: percent, tolerance: 0.2}
"""


@pytest.mark.parametrize(
    "claim, sentence, verdict",
    [
        (
            "galvez-share",
            "Con el 95% de actas procesadas, Claudia Sheinbaum obtiene el 59,8% de los votos y saca ventaja a"
            " Xóchitl Gálvez, que alcanza el 29,1%.",
            "conflicts",
        ),
        (
            "gonzalez-share",
            "Con el 90% de actas escrutadas, Daniel Noboa obtiene el 52,3% de los votos y aventaja a Luisa González,"
            " que registra el 47,7%.",
            "conflicts",
        ),
        # past a phrase set off by commas that names no one (petro-election-2022: "a Rodolfo Hernández,
        # de la derecha, que alcanzó el 46,85%"); not past one that names another person
        (
            "galvez-share",
            "Con el 95% de actas procesadas, Claudia Sheinbaum obtiene el 59,8% de los votos y saca ventaja a"
            " Xóchitl Gálvez, de la coalición opositora, que alcanza el 29,1%.",
            "conflicts",
        ),
        (
            "gonzalez-share",
            "Con el 90% de actas escrutadas, Daniel Noboa obtiene el 52,3% de los votos y aventaja a Luisa González,"
            " de la izquierda, que registra el 47,7%.",
            "conflicts",
        ),
        (
            "gonzalez-share",
            "Con el 90% de actas escrutadas, Daniel Noboa obtiene el 52,3% de los votos y aventaja a Luisa González,"
            " aliada de Rafael Correa, que registra el 47,7%.",
            "unclear",
        ),
        # the relative after another name is that name's
        (
            "galvez-share",
            "Xóchitl Gálvez felicitó a Claudia Sheinbaum, que obtuvo el 59,8% frente al 29,1% de la opositora.",
            "unclear",
        ),
    ],
)
def test_que_after_a_name_stands_for_the_name(corpus, claim, sentence, verdict):
    """ "que" after a comma and a name that completes no noun opens a clause said of that name, as
    "quien" does: of two figures in the sentence, the one in that clause is the name's
    (peru-election-2021: "saca una leve ventaja a Keiko Fujimori, que alcanza el 49,82%")."""
    r = corpus(
        RUNOFF_SHARES, {"a.md": f"---\npublished: 2024-06-03\nlang: es\n---\nResultados\n\n{sentence}\n"}, base=False
    )
    assert finding(r, claim, "a.md").verdict in ((verdict,) if verdict == "conflicts" else ("unclear", "silent"))


@pytest.mark.parametrize(
    "lang, claim, sentence, verdict",
    [
        # ecuador-election-2021: "puso la investidura presidencial a Guillermo Lasso, quien hace casi dos meses se
        # impuso en la jornada electoral del país vecino, con más del 54% de los votos"
        (
            "es",
            "noboa-share",
            "Así recibió la banda presidencial Daniel Noboa, quien hace casi dos meses se impuso en la jornada"
            " electoral del país vecino, con más del 54% de los votos.",
            "conflicts",
        ),
        (
            "en",
            "noboa-share",
            "The sash was placed on Daniel Noboa, who beat his rival in the runoff two months ago, with more than"
            " 54% of the vote.",
            "conflicts",
        ),
        # a clause that names another person: the phrase after it may be that person's
        (
            "es",
            "noboa-share",
            "Así recibió la banda presidencial Daniel Noboa, quien derrotó a Luisa González, con el 47% de los votos.",
            "unclear",
        ),
        (
            "en",
            "noboa-share",
            "The sash was placed on Daniel Noboa, who beat Luisa González in the runoff, with 47% of the vote.",
            "unclear",
        ),
    ],
)
def test_a_relative_clause_goes_on_past_its_comma(corpus, lang, claim, sentence, verdict):
    """A phrase that a preposition opens after a relative clause set off after the topic's name
    ("Lasso, quien … se impuso en la jornada electoral, con más del 54%") goes on with what the
    clause says of the name: the figure is the name's."""
    body = f"---\npublished: 2024-06-03\nlang: {lang}\n---\nResultados\n\n{sentence}\n"
    assert finding(corpus(RUNOFF_SHARES, {"a.md": body}, base=False), claim, "a.md").verdict == verdict


@pytest.mark.parametrize(
    "lang, sentence, verdict",
    [
        # venezuela-election-2024: "discovered that their candidate, Edmundo Gonzalez, had actually won the
        # election with 67% against Maduro's 30%"
        (
            "en",
            "The opposition discovered that their candidate, Daniel Noboa, had actually won the election with 67%"
            " against González's 30%.",
            "conflicts",
        ),
        (
            "es",
            "La oposición aseguró que su candidato, Daniel Noboa, había ganado la elección con el 67% frente al 30%"
            " de González.",
            "conflicts",
        ),
        # the name restates a complement of the subject, not the subject
        (
            "es",
            "Ayer el tribunal dijo que la rival de su candidato, Daniel Noboa, había ganado la elección con el 40%"
            " frente al 30% de González.",
            "unclear",
        ),
    ],
)
def test_a_name_set_off_after_the_subject_it_restates(corpus, lang, sentence, verdict):
    """A name set off by commas right after the noun phrase opening its clause ("their candidate,
    Edmundo Gonzalez, had won …") restates that subject: what the clause says is the name's."""
    body = f"---\npublished: 2024-06-03\nlang: {lang}\n---\nResultados\n\n{sentence}\n"
    assert finding(corpus(RUNOFF_PEOPLE, {"a.md": body}, base=False), "noboa-share", "a.md").verdict == verdict


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        # bolivia-election-2020: "cuya fórmula junto a Arce ganó con el 55,18 de los votos"
        ("Daniel Noboa ganó con el 55,18 de los votos en las elecciones.", "conflicts"),
        ("Daniel Noboa ganó con el 51,8 de los votos en las elecciones.", "supports"),
        # amlo-election-2018: "López Obrador obtendría entre el 53 y el 53,8 de los votos": a range, found
        ("Daniel Noboa obtendría entre el 53 y el 53,8 de los votos, anunció el consejo.", "unclear"),
        # a count of votes takes a plural article
        ("Daniel Noboa obtuvo los 55 votos de la mesa.", "silent"),
    ],
)
def test_a_share_written_without_its_sign(corpus, sentence, verdict):
    """ "el 55,18 de los votos" is a share whose sign the writer left out: read as a percentage for a
    claim in percent, not passed over in silence."""
    body = f"---\npublished: 2024-06-03\nlang: es\n---\nResultados\n\n{sentence}\n"
    assert finding(corpus(RUNOFF_SHARES, {"a.md": body}, base=False), "noboa-share", "a.md").verdict == verdict


RUNOFF_PEOPLE = """
scope: {event: "Elecciones", date: 2024-06-02, window_days: 60}
entities:
  noboa: {name: Daniel Noboa, aliases: [Noboa]}
  gonzalez: {name: Luisa González, aliases: [González]}
claims:
  - id: noboa-share
    statement: Daniel Noboa won 51.83% of the valid votes.
    about: [noboa]
    expect: {quantity: 51.83, unit: percent, tolerance: 0.2}
  - id: gonzalez-share
    statement: Luisa González won 48.17% of the valid votes.
    about: [gonzalez]
    expect: {quantity: 48.17, unit: percent, tolerance: 0.2}
"""


@pytest.mark.parametrize(
    "lang, body, verdicts",
    [
        # ecuador-election-2021: "… dijo Lasso ante sus partidarios en Guayaquil (suroeste).El dirigente de
        # 65 años, quien aglutinó …, obtenía al menos el 52,48%"
        (
            "es",
            "Daniel Noboa habló ante sus partidarios en Guayaquil. El dirigente de 35 años, quien recibirá un país"
            " dividido, obtenía al menos el 52,9% de los apoyos.",
            ("conflicts", "silent"),
        ),
        # amlo-election-2018: "… the July 1 victory of President-elect Andres Manuel Lopez Obrador. The leftist
        # candidate won in his third try for the presidency with a resounding 53 percent of the vote"
        (
            "en",
            "The court certified the victory of Daniel Noboa. The 35-year-old candidate won in his second try with"
            " a resounding 53 percent of the vote.",
            ("conflicts", "silent"),
        ),
        # which of two people the noun stands for is not told; nor past another name in its own sentence,
        # nor across a paragraph
        (
            "en",
            "Daniel Noboa beat Luisa González on Sunday. The candidate won 40% of the vote.",
            ("silent", "silent"),
        ),
        (
            "es",
            "Daniel Noboa habló en Quito. El candidato superó a Luisa González con el 40% de los votos.",
            ("silent", None),
        ),
        ("en", "Daniel Noboa spoke in Quito.\n\nThe candidate won 40% of the vote.", ("silent", "silent")),
    ],
)
def test_a_noun_for_the_person_named_just_before(corpus, lang, body, verdicts):
    """A sentence opening with "the" and a noun for a person by role ("The economist", "El dirigente
    de 65 años") speaks of the one person the sentence before it, in its paragraph, names: what it
    says is said of the claim's topic, as after "He" (None: the claim's verdict is not asked)."""
    r = corpus(
        RUNOFF_PEOPLE, {"a.md": f"---\npublished: 2024-06-03\nlang: {lang}\n---\nResultados\n\n{body}\n"}, base=False
    )
    for claim, verdict in zip(("noboa-share", "gonzalez-share"), verdicts, strict=True):
        assert verdict is None or finding(r, claim, "a.md").verdict == verdict, claim


NATIONALS = """
scope: {event: "Accidente", date: 2024-06-02, window_days: 30}
claims:
  - id: death-toll
    statement: The collapse killed 98 people.
    about: [dead, died, killed, muertos, fallecidos, víctimas]
    expect: {quantity: 98, unit: people}
  - id: passenger-count
    statement: The plane carried 149 passengers.
    about: [passengers, pasajeros]
    expect: {quantity: 149, unit: people}
"""


@pytest.mark.parametrize(
    "lang, claim, sentence, verdict",
    [
        # ethiopian-302-crash: "Entre los 149 pasajeros y ocho tripulantes había dos españoles, 32 kenianos …"
        ("es", "passenger-count", "Entre los pasajeros había dos españoles y tres chinos.", "silent"),
        ("es", "death-toll", "Entre los fallecidos hay tres estadounidenses.", "silent"),
        ("en", "death-toll", "Among the dead were two Canadians.", "silent"),
        # a number word before another noun is still read: the toll's own count
        ("es", "death-toll", "El derrumbe dejó tres muertos.", "conflicts"),
    ],
)
def test_a_number_word_before_a_nationality_counts_those_nationals(corpus, lang, claim, sentence, verdict):
    """ "dos españoles" among the passengers counts Spaniards, a part of the passengers, as "2
    españoles" does: a number word before a nationality is no figure of the claim's total."""
    r = corpus(
        NATIONALS, {"a.md": f"---\npublished: 2024-06-03\nlang: {lang}\n---\nTitular\n\n{sentence}\n"}, base=False
    )
    assert finding(r, claim, "a.md").verdict == verdict


FLIGHT = """
claims:
  - id: flight-date
    statement: The helicopter made its first flight on Monday 19 April 2021.
    about: [first flight, flight, flew, primer vuelo, vuelo]
    expect: {date: 2021-04-19}
"""

CONVICTED = """
claims:
  - id: verdict-date
    statement: The jury returned its verdict on Tuesday 12 February 2019.
    about: [verdict, convicted, convict]
    expect: {date: 2019-02-12}
"""

SUMMIT_MEETING = """
claims:
  - id: summit-date
    statement: The leaders held their summit meeting on Tuesday 12 June 2018.
    about: [summit, meeting]
    expect: {date: 2018-06-12}
"""


@pytest.mark.parametrize(
    "claims, claim, published, sentence, verdict",
    [
        # the gerund after the dated clause's comma brings the topic about then: "rose into the thin air
        # … on Monday, achieving the first powered flight" (ingenuity-flight), "on Sunday brought down
        # the curtain …, breaking his own pole vault world record" (duplantis-record-2022)
        (
            FLIGHT,
            "flight-date",
            "2021-04-20",
            "The helicopter rose into the thin air of Mars on Monday, achieving the first powered flight.",
            "supports",
        ),
        (
            FLIGHT,
            "flight-date",
            "2021-04-20",
            "The craft on Sunday lifted its rotors in the crater, achieving the first powered flight.",
            "conflicts",
        ),
        # or it is the claim's own verb: "slammed the door … on Tuesday, convicting the former leader"
        # (el-chapo-verdict-2019), "shook the video game universe on Tuesday, announcing"
        (
            CONVICTED,
            "verdict-date",
            "2019-02-13",
            "A federal jury slammed the door on his last escape bid on Tuesday, convicting the cartel boss.",
            "supports",
        ),
        # Spanish: a gerund ending in "-ando"
        (
            FLIGHT,
            "flight-date",
            "2021-04-20",
            "El helicóptero se elevó sobre Marte el lunes, logrando el primer vuelo.",
            "supports",
        ),
        # a gerund that follows the topic, acts on it or names it as a noun says nothing of its date
        (FLIGHT, "flight-date", "2021-04-20", "Engineers celebrated on Sunday, following the first flight.", "silent"),
        (
            SUMMIT_MEETING,
            "summit-date",
            "2018-06-20",
            "Trump wrote a letter on Thursday, calling off the summit.",
            "silent",
        ),
        (
            SUMMIT_MEETING,
            "summit-date",
            "2018-06-20",
            "Trump flew to Singapore on Sunday, meeting the prime minister.",
            "silent",
        ),
        # a gerund phrase with a date of its own, or a dated clause of another noun
        (
            FLIGHT,
            "flight-date",
            "2021-04-20",
            "The team met on Sunday, setting the first flight for April 19.",
            "supports",
        ),
        (
            FLIGHT,
            "flight-date",
            "2021-04-20",
            "The rover, which rolled away on Sunday, achieving the first flight was the helicopter's task.",
            "silent",
        ),
    ],
)
def test_a_gerund_after_a_dated_clause_that_brings_the_topic_about_is_dated_by_it(
    corpus, claims, claim, published, sentence, verdict
):
    """A date ending the clause before a comma and a gerund that is the claim's own verb or brings
    the topic about ("…on Monday, achieving the first powered flight") is the topic's date."""
    lang = "lang: es\n" if sentence.startswith("El ") else ""
    r = corpus(claims, {"a.md": f"---\npublished: {published}\n{lang}---\nNews\n\n{sentence}\n"}, base=False)
    assert finding(r, claim, "a.md").verdict == verdict


@pytest.mark.parametrize(
    "published, sentence, verdict",
    [
        # a part of the day or a clock beside a fronted date makes no phrase of its own: "Early Tuesday
        # morning, the Francis Scott Key Bridge … collapsed" (key-bridge-collapse), "At 7:20 a.m. EST on
        # December 25, …" (webb-launch), "On Sunday night, … went aground" (ever-given)
        ("2011-02-23", "Early Tuesday morning, the earthquake struck the city.", "supports"),
        ("2011-02-23", "At 12:51 p.m. NZDT on Monday, the earthquake struck the city.", "conflicts"),
        ("2011-02-23", "On Tuesday night, the earthquake struck the city again.", "supports"),
        # after a dateline of a place alone: "BALTIMORE, Md. - Early Tuesday morning, …", "MINNEAPOLIS — "
        ("2011-02-23", "CHRISTCHURCH, N.Z. - Early Tuesday morning, the earthquake struck the city.", "supports"),
        ("2011-02-23", "CHRISTCHURCH — On Monday, the earthquake struck the city.", "conflicts"),
        # still a statement's date, or a date of another subject's act
        ("2011-02-23", "CHRISTCHURCH — On Monday morning, police said the earthquake struck the city.", "silent"),
        ("2011-02-23", "CHRISTCHURCH — On Monday, rescuers searched the rubble of the quake.", "unclear"),
        # a word that only links the sentence to the last one: "But in November 2022, Bankman-Fried's
        # crypto empire came crashing down" (sbf-verdict)
        ("2011-02-23", "But on Tuesday, the earthquake struck the city.", "supports"),
        ("2011-03-01", "And in February, the earthquake struck the city.", "supports"),
        ("2011-02-23", "Yet on Monday, the earthquake struck the city.", "conflicts"),
        ("2011-02-23", "But on Monday, police said the earthquake struck the city.", "silent"),
    ],
)
def test_a_fronted_date_with_its_hour_or_after_a_dateline_dates_the_main_clause(corpus, published, sentence, verdict):
    assert _verdict(corpus, QUAKE, "quake-date", published, sentence) == verdict


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        ("Pero el martes, el terremoto sacudió la ciudad.", "supports"),
        ("Y el lunes, el terremoto sacudió la ciudad.", "conflicts"),
        ("Pero el lunes, la policía dijo que el terremoto sacudió la ciudad.", "silent"),
    ],
)
def test_a_fronted_date_after_a_linking_word_dates_the_main_clause_in_spanish(corpus, sentence, verdict):
    claims = QUAKE.replace("[earthquake, quake]", "[earthquake, quake, terremoto]")
    text = f"---\npublished: 2011-02-23\nlang: es\n---\nNoticias\n\n{sentence}\n"
    assert finding(corpus(claims, {"a.md": text}, base=False), "quake-date", "a.md").verdict == verdict


HOLDERS_NAMED_AFTER = """
entities:
  roxas: {name: Mar Roxas, aliases: [Roxas, Manuel Roxas]}
  poe: {name: Grace Poe, aliases: [Poe]}
  anaya: {name: Ricardo Anaya, aliases: [Anaya]}
  cogan: {name: Brian Cogan, aliases: [Cogan]}
  gonzalez: {name: Gabriela Gonzalez, aliases: [Gonzalez]}
  rabie: {name: Osama Rabie, aliases: [Rabie]}
  donnelly: {name: Ann Donnelly, aliases: [Donnelly]}
  kast: {name: José Antonio Kast, aliases: [Kast]}
claims:
  - id: runner-up
    statement: The runner-up was Mar Roxas.
    about: [runner-up, second place, distant second, segunda posición, subcampeón]
    expect: {person: roxas, role: [runner-up, second place, distant second, segunda posición, subcampeón]}
  - id: judge
    statement: The presiding judge was Brian Cogan.
    about: [judge, trial, juez]
    expect: {person: cogan, role: [judge, juez]}
  - id: spokesperson
    statement: The LIGO spokesperson was Gabriela Gonzalez.
    about: [spokeswoman, spokesperson]
    expect: {person: gonzalez, role: [spokeswoman, spokesperson]}
  - id: sca-head
    statement: The head of the Suez Canal Authority was Osama Rabie.
    about: [Suez Canal Authority]
    expect: {person: rabie, role: [head, chairman]}
  - id: trial-judge
    statement: The trial judge was Ann Donnelly.
    about: [judge]
    expect: {person: donnelly, role: [judge]}
  - id: rival
    statement: Boric's rival in the run-off was José Antonio Kast.
    about: [rival]
    expect: {person: kast, role: [rival]}
"""


@pytest.mark.parametrize(
    "text, claim, lang, verdict",
    [
        # the title the subject of "was", "aparece", the holder after it, past a description
        (
            "Trailing him at a distant second was former interior minister Mar Roxas, with 7.8 million votes.",
            "runner-up",
            None,
            "supports",
        ),
        ("In the trial, the judge was Brian Cogan of the Eastern District.", "judge", None, "supports"),
        ("In the trial, the judge was Kiyo Matsumoto of the Eastern District.", "judge", None, "conflicts"),
        ("En segunda posición aparece Ricardo Anaya, con el 22,2 por ciento.", "runner-up", "es", "conflicts"),
        ("En segunda posición aparece Mar Roxas, con el 23 por ciento.", "runner-up", "es", "supports"),
        ("En el juicio, el juez fue Brian Cogan.", "judge", "es", "supports"),
        # denied, or a verb of the title itself: no holder
        ("In the count, the runner-up was not Grace Poe but a senator.", "runner-up", None, "silent"),
        ("In the trial, the judge was appointed by Brian Cogan.", "judge", None, "silent"),
    ],
)
def test_a_holder_named_after_a_verb_whose_subject_is_the_title(corpus, text, claim, lang, verdict):
    """ "Trailing him at a distant second was former interior minister Mar Roxas" (2016
    Philippine election), "En segunda posición aparece Ricardo Anaya" (2018 Mexican election),
    "the judge was Brian Cogan": the title is the verb's subject, the name after it its holder."""
    front = f"---\nlang: {lang}\n---\n" if lang else ""
    r = corpus(HOLDERS_NAMED_AFTER, {"a.txt": f"{front}The result\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


@pytest.mark.parametrize(
    "text, claim, verdict",
    [
        # a word describing the title set off after the name
        (
            "“That's the chirp,” said physicist Gabriela Gonzalez, scientific spokeswoman for the LIGO team.",
            "spokesperson",
            "supports",
        ),
        ("Brian Cogan, federal judge in the trial, read the verdict.", "judge", "supports"),
        ("Kiyo Matsumoto, senior judge in the trial, read the verdict.", "judge", "conflicts"),
        ("Brian Cogan, last year's judge in the trial, read the verdict.", "judge", "supports"),
        # a speech verb or a pronoun is no description: the name is someone else
        ("The jury acquitted Grace Poe, says the judge in the trial.", "judge", "silent"),
        # a sentence's opening word before a name is no given name of someone else
        ("But Osama Rabie, the head of the Suez Canal Authority, said it was wind.", "sca-head", "supports"),
        # a middle name between the fact sheet's given name and surname: the same person
        ("It was closed under orders of the judge in the case, Ann Marie Donnelly.", "trial-judge", "supports"),
        # ... or the given name without the middle name the fact sheet gives
        ("Boric had 55.86 per cent against 44.14 per cent for far-right rival Jose Kast.", "rival", "supports"),
        ("Boric had 55.86 per cent against 44.14 per cent for far-right rival Felipe Kast.", "rival", "unclear"),
    ],
)
def test_a_holder_named_before_a_described_title_or_with_a_middle_name(corpus, text, claim, verdict):
    """ "Gabriela Gonzalez, scientific spokeswoman for the LIGO team" (gravitational waves), "But
    Osama Rabae, the head of Egypt's Suez Canal Authority" (Ever Given), "the judge in the case,
    Ann Marie Donnelly" (R. Kelly trial)."""
    r = corpus(HOLDERS_NAMED_AFTER, {"a.txt": f"The result\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


# --- counts said in words, charges someone faced ---------------------------------------------------

CHARGES = """
claims:
  - id: charges
    statement: The singer was convicted on all nine federal counts.
    about: [counts, charges]
    expect: {quantity: 9}
  - id: jail-term
    statement: The singer was sentenced to 30 years in prison.
    about: [sentenced, sentence]
    expect: {quantity: 30, unit: years}
  - id: quake-magnitude
    statement: The earthquake had a moment magnitude of 7.1.
    about: [earthquake]
    expect: {quantity: 7.1}
"""


@pytest.mark.parametrize(
    "claim, sentence, verdict",
    [
        # the charges someone faced were brought: a count, not a prospect (r-kelly-verdict-2021,
        # rittenhouse-verdict, trump-hush-money-verdict, spacey-acquittal)
        ("charges", "Jurors voted to convict him on all nine counts he faced.", "supports"),
        ("charges", "Jurors voted to convict him on all 7 counts he faced.", "conflicts"),
        # a penalty someone faces is a prospect
        ("jail-term", "Once sentenced, he faces up to 20 years in prison.", "silent"),
        # a number word reaches the topic's noun past words of the statement (hunter-biden-gun-verdict)
        ("charges", "He was found guilty on all nine federal charges.", "supports"),
        # past others it is not clearly the topic's figure (tsarnaev-verdict: "the two distinct charges")
        ("charges", "Jurors could pick guilty or not guilty on the two distinct charges.", "silent"),
        # a count of the quakes is no magnitude (mexico-quake-2017, turkey-syria-quake)
        ("quake-magnitude", "In all, 2 deadly earthquakes struck the region.", "silent"),
    ],
)
def test_counts_in_words_and_charges_faced(corpus, claim, sentence, verdict):
    assert _verdict(corpus, CHARGES, claim, "2021-09-28", sentence) == verdict


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        # a scale's symbol after a magnitude is no name (nepal-quake, haiti-quake, chile-quake-2010)
        ("The earthquake was finally rated 7.1 Mw by the survey.", "supports"),
        ("The earthquake measured 7.9 Mw and shook the capital.", "conflicts"),
        ("Another agency put the earthquake at 8.1 Ms and called it major.", "conflicts"),
        # a name after a figure is still a name
        ("The earthquake hit 7 Mile Road hardest.", "silent"),
    ],
)
def test_a_magnitude_scale_after_the_figure_is_no_name(corpus, sentence, verdict):
    assert _verdict(corpus, CHARGES, "quake-magnitude", "2021-09-28", sentence) == verdict


SISMO = """
claims:
  - id: magnitude
    statement: The earthquake had a magnitude of 7.1.
    about: [magnitud, terremoto, sismo]
    expect: {quantity: 7.1}
"""


@pytest.mark.parametrize(
    "text, verdict",
    [
        # the scale's steps after the figure are its unit (tohoku-quake, chile-quake-2010)
        ("El terremoto alcanzó una magnitud de 8,9 grados en la escala de Richter.", "conflicts"),
        ("El sismo tuvo una magnitud de 7,1 grados en la escala de Richter.", "supports"),
        # other nouns after the figure are still counted things
        ("El terremoto dejó 8 heridos y 9 edificios caídos.", "silent"),
    ],
)
def test_the_steps_of_a_magnitude_scale_are_its_unit(corpus, text, verdict):
    r = corpus(SISMO, {"a.txt": f"---\nlang: es\n---\nNoticias\n\n{text}\n"}, base=False)
    assert finding(r, "magnitude").verdict == verdict


# --- a name between a count and the topic's noun ---------------------------------------------------

NAMED_GROUPS = """
entities:
  wholefoods:
    name: Whole Foods
claims:
  - id: crew
    statement: The submarine had 44 crew aboard.
    about: [sailors, crew]
    expect: {quantity: 44}
  - id: stores
    statement: Whole Foods had 460 stores.
    about: [stores, supermarkets]
    expect: {quantity: 460}
"""


@pytest.mark.parametrize(
    "claim, sentence, verdict",
    [
        # the capitalised words describe the noun the figure counts (ara-san-juan, airfrance-447)
        ("crew", "Rescuers searched for 44 Argentine sailors.", "supports"),
        # a name the fact sheet never uses may single out a group of the whole
        ("crew", "Rescuers searched for 40 Argentine sailors.", "unclear"),
        # a name of the fact sheet's is the story's own (amazon-wholefoods)
        ("stores", "Amazon now owns 431 Whole Foods supermarkets.", "conflicts"),
        # a name the figure is part of counts nothing of the topic's
        ("crew", "The sailors met at 10 Downing Street.", "silent"),
    ],
)
def test_a_name_before_the_topics_noun(corpus, claim, sentence, verdict):
    assert _verdict(corpus, NAMED_GROUPS, claim, "2018-11-17", sentence) == verdict


STATED_HEADS = """
claims:
  - id: record-time
    statement: Bolt won the 100 m final in a world record time of 9.58 seconds.
    about: [bolt, world record]
    expect: {quantity: 9.58, unit: s}
  - id: magnitude
    statement: The earthquake had a moment magnitude of 7.1 (USGS).
    about: [earthquake, quake, sismo, terremoto]
    expect: {quantity: 7.1}
  - id: refurbishment-cost
    statement: The refurbishment of the tower, carried out by Rydon, cost £8.7 million.
    about: [refurbishment, upgraded, Rydon]
    expect: {quantity: 8700000, unit: GBP}
"""


@pytest.mark.parametrize(
    "text, claim, lang, expected",
    [
        # the noun before "of" is the claim's own: the usual reading decides
        (
            "Usain Bolt added a gold to his medal collection with a stunning time of 9.58 seconds.",
            "record-time",
            None,
            "supports",
        ),
        (
            "The capital suffered a quake, this time with magnitude of 7.1, leaving 369 people dead.",
            "magnitude",
            None,
            "supports",
        ),
        (
            "The building was upgraded at a cost of £8.7 million, with work finishing in May 2016.",
            "refurbishment-cost",
            None,
            "supports",
        ),
        (
            "The building was upgraded at a cost of £10 million, with work finishing in May 2016.",
            "refurbishment-cost",
            None,
            "conflicts",
        ),
        (
            "La capital sufrió un terremoto, esta vez con una magnitud de 7,1, que dejó 369 muertos.",
            "magnitude",
            "es",
            "supports",
        ),
        # a word before the claim's noun that the claim does not say may make it another measure
        ("Usain Bolt broke the world record, with a reaction time of 0.146 seconds.", "record-time", None, "unclear"),
        # a noun the claim does not say, or a topic far before it, keeps the figure the noun's
        (
            "The earthquake occurred at 11:47 PM local time (1802 GMT) on Friday and had a magnitude of 6.4.",
            "magnitude",
            None,
            "silent",
        ),
        (
            "The building was upgraded by Rydon, which later paid a fine of £2 million.",
            "refurbishment-cost",
            None,
            "silent",
        ),
    ],
)
def test_a_figure_of_the_claims_own_noun_is_read_as_usual(corpus, text, claim, lang, expected):
    """ "a time of 9.58 seconds", "with magnitude of 7.1", "at a cost of £8.6 million", "una magnitud
    de 7,1": a noun before "of" that the claim's statement says is no other thing's (Berlin 2009,
    Mexico 2017 and Grenfell coverage); "a fine of £2 million" stays the fine's."""
    front = f"---\nlang: {lang}\n---\n" if lang else ""
    r = corpus(STATED_HEADS, {"a.txt": f"{front}The news\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == expected


HOLDERS = """
entities:
  alcaraz: {name: Carlos Alcaraz, aliases: [Alcaraz]}
  djokovic: {name: Novak Djokovic, aliases: [Djokovic]}
  woods: {name: Tiger Woods, aliases: [Woods]}
  nicklaus: {name: Jack Nicklaus, aliases: [Nicklaus]}
  labour: {name: Labour Party, aliases: [Labour]}
  conservatives: {name: Conservative Party, aliases: [Conservatives, Tories]}
claims:
  - id: slam-count
    statement: Wimbledon 2023 was Alcaraz's second Grand Slam singles title.
    about: [Grand Slam, Slam]
    expect: {quantity: 2}
  - id: masters-count
    statement: The 2019 Masters was Woods's fifth Masters title.
    about: [Masters, Green Jacket]
    expect: {quantity: 5}
  - id: labour-seats
    statement: Labour won 412 seats in the 2024 general election.
    about: [seats, MPs]
    expect: {quantity: 412}
"""


@pytest.mark.parametrize(
    "claim, sentence, verdict",
    [
        ("slam-count", "Novak Djokovic was denied the chance to take his tally to 24 Grand Slams.", "unclear"),
        ("slam-count", "Novak Djokovic se quedó sin poder agrandar su palmarés a 24 Grand Slams.", "unclear"),
        ("masters-count", "Jack Nicklaus won 6 Masters titles.", "unclear"),
        ("labour-seats", "The Conservatives were left with 121 seats.", "unclear"),
        ("labour-seats", "Labour won 411 seats.", "conflicts"),
        ("slam-count", "Carlos Alcaraz now has 2 Grand Slams.", "supports"),
        ("masters-count", "Tiger Woods now has four Masters titles.", "conflicts"),
    ],
)
def test_a_count_of_the_topics_noun_is_the_subjects_when_the_statement_names_another_holder(
    corpus, claim, sentence, verdict
):
    """A claim whose topic is a noun ("Grand Slam") and whose statement names the holder: a count
    of that noun said of another of the fact sheet's names, the sentence's subject, is theirs."""
    assert _verdict(corpus, HOLDERS, claim, "2023-07-17", sentence) == verdict


AWARDS = """
claims:
  - id: total-damages
    statement: The jury awarded Carroll $5 million in all.
    about: [awarded, damages, award]
    expect: {quantity: 5000000, unit: USD}
  - id: judgment
    statement: Justice Engoron ordered the defendants to pay $364 million.
    about: [pay, ordered, judgment]
    expect: {quantity: 364000000, unit: USD}
"""


@pytest.mark.parametrize(
    "claim, sentence, verdict",
    [
        ("total-damages", "For repairing her reputation, the jury awarded $1.7 million.", "unclear"),
        ("total-damages", "For the battery claim, the jury awarded $2.02 million.", "unclear"),
        ("judgment", "For the sale of the Old Post Office, Trump was ordered to pay $126 million.", "unclear"),
        ("total-damages", "For example, the jury awarded $1.7 million.", "conflicts"),
        ("judgment", "For now, Trump was ordered to pay $126 million.", "conflicts"),
    ],
)
def test_an_amount_after_a_fronted_purpose_is_a_part(corpus, claim, sentence, verdict):
    """A sentence that opens with a purpose set off by a comma gives an amount for that purpose
    alone, one part of the total; a stock opening ("For example,") is no purpose."""
    assert _verdict(corpus, AWARDS, claim, "2024-02-17", sentence) == verdict


LOOSE_DATES = """
claims:
  - id: signing-date
    statement: The mayor signed the bridge contract on 17 May 2024.
    about: [signed, signing]
    expect: {date: 2024-05-17}
  - id: sentencing-date
    statement: The builder will be sentenced on 27 June 2024.
    about: [sentencing, sentenced]
    expect: {date: 2024-06-27}
"""


@pytest.mark.parametrize(
    "text, claim, verdict",
    [
        # the topic, then a long object and an aside, then the date (colombia-referendum's signing)
        (
            "Okafor signed the deal with the leader of the Riverside Builders Guild (RBG) Dana Ruiz, better known"
            " by her nickname Red, in the harbour city of Millport on May 17.",
            "signing-date",
            "supports",
        ),
        (
            "Okafor signed the deal with the leader of the Riverside Builders Guild (RBG) Dana Ruiz, better known"
            " by her nickname Red, in the harbour city of Millport on May 12.",
            "signing-date",
            "silent",  # another day in a clause not tied to the topic: no conflict, no evidence
        ),
        # a date in a phrase set off after the topic (garcia-luna-verdict-2023's sentencing)
        ("He faces at least five years in prison at his sentencing, set for June 27.", "sentencing-date", "supports"),
        ("He faces at least five years in prison at his sentencing, set for June 29.", "sentencing-date", "silent"),
        # a month for the claim's day says one step less, and agrees (pfizer-seagen, chauvin-trial)
        (
            "Okafor signed the deal with the leader of the Riverside Builders Guild (RBG) Dana Ruiz, better known"
            " by her nickname Red, in the harbour city of Millport in May.",
            "signing-date",
            "supports",
        ),
        # the date, then a clause opened by "when" that names the topic (colombia-referendum, ethiopian-302-crash)
        ("The mayor had a proud Friday for Millport, when she signed the bridge contract.", "signing-date", "supports"),
        ("The mayor had a proud Tuesday for Millport, when she signed the bridge contract.", "signing-date", "silent"),
        # a bare year says too little for the claim's day: not evidence for it
        ("He faces at least five years in prison at his sentencing, set for 2024.", "sentencing-date", "silent"),
    ],
)
def test_an_agreeing_date_after_the_topic_in_a_clause_of_its_own_supports(corpus, text, claim, verdict):
    r = corpus(LOOSE_DATES, {"a.md": f"---\npublished: 2024-05-20\n---\n{text}\n"})
    f = finding(r, claim, "a.md")
    assert f.verdict == verdict
    if verdict == "supports":
        assert "named in another clause" in f.evidence[0].note


COUNTS = """
claims:
  - id: guilty-counts
    statement: The builder was found guilty on three counts of fraud.
    about: [guilty, convicted]
    expect: {quantity: 3}
"""


@pytest.mark.parametrize(
    "text, verdict",
    [
        # a number word counting the statement's noun, past an adjective or two (cosby-verdict-2018, sbf-verdict)
        ("The builder has been found guilty of all three fraud counts after a week of deliberation.", "supports"),
        ("A jury convicted the builder on Thursday of three felony counts of fraud.", "supports"),
        # or another noun the language writes for the same kind of count (hunter-biden-gun-verdict,
        # maxwell-verdict, sbf-verdict)
        ("The builder has been found guilty on all three federal fraud charges he faced.", "supports"),
        ("The builder was convicted in December of three offences including fraud.", "supports"),
        # one that disagrees may count a part: no conflict from a number word alone
        ("A jury convicted the builder on Thursday of four felony counts of fraud.", "silent"),
    ],
)
def test_a_number_word_counting_the_claims_noun_agrees(corpus, text, verdict):
    r = corpus(COUNTS, {"a.txt": f"Builder convicted\n\n{text}\n"})
    assert finding(r, "guilty-counts").verdict == verdict


@pytest.mark.parametrize(
    "text, verdict",
    [
        # a year past the "of" of what the figure counts dates the deeds counted, not the figure
        # (trump-hush-money-verdict, holmes-trial, cosby-verdict-2018)
        ("The builder was found guilty on 3 counts of fraud against investors in 2004.", "supports"),
        ("A jury convicted the builder of 3 counts of falsifying records during the 2016 election.", "supports"),
        ("The builder was found guilty on 5 counts of fraud against investors in 2004.", "unclear"),
        # a year right after the figure, or before it, dates the figure's own clause
        ("The builder was found guilty on 3 counts in 2004.", "silent"),
        ("In 2004 the builder was found guilty on 5 counts of fraud.", "silent"),
    ],
)
def test_a_year_after_what_a_figure_counts_dates_the_deeds(corpus, text, verdict):
    r = corpus(COUNTS, {"a.txt": f"Builder convicted\n\n{text}\n"})
    assert finding(r, "guilty-counts").verdict == verdict


FORFEITURE = """
claims:
  - id: forfeiture
    statement: The court ordered Guzmán to forfeit $12.6 billion.
    about: [forfeiture, forfeit, confiscación]
    expect: {quantity: 12.6 billion, unit: USD, tolerance: 1%}
  - id: fine
    statement: The court fined Manafort $50,000.
    about: [fine, fined, pay, multa, pagar]
    expect: {quantity: 50000, unit: USD, tolerance: 1%}
  - id: damages
    statement: The jury awarded the families $965 million in compensatory damages.
    about: [jury, awarded, pay, pagar]
    expect: {quantity: 965 million, unit: USD, tolerance: 1%}
  - id: punitive
    statement: The jury awarded Depp $5 million in punitive damages.
    about: [punitive, punitivos]
    expect: {quantity: 5 million, unit: USD, tolerance: 1%}
"""


@pytest.mark.parametrize(
    "text, lang, claim, verdict",
    [
        # the topic's noun governs an amount paid as compensation (el-chapo-verdict-2019): the topic's
        (
            "The judge ordered the forfeiture of about $12.6 billion in compensation for the drugs.",
            "en",
            "forfeiture",
            "supports",
        ),
        (
            "El juez ordenó la confiscación de unos 12.600 millones de dólares en compensación al tráfico de drogas.",
            "es",
            "forfeiture",
            "supports",
        ),
        # the claim's words say compensation: "in damages" is its kind (alex-jones-verdict, carroll-trump-verdict-2023)
        ("The jury on Wednesday ordered Jones to pay $965 million in damages.", "en", "damages", "supports"),
        ("El jurado ordenó a Jones pagar 965 millones de dólares en daños y perjuicios.", "es", "damages", "supports"),
        # compensation beside a fine, nothing tying it to the fine (manafort-verdict-2018): another sum
        (
            "The judge ordered Manafort to pay a $50,000 fine and about $24 million in restitution.",
            "en",
            "fine",
            "supports",
        ),
        ("The judge ordered him to pay $24 million in restitution.", "en", "fine", "silent"),
        # another kind of damages than the claim's (depp-heard-verdict): another sum
        ("She was awarded $2m in compensatory damages and nothing in punitive damages.", "en", "punitive", "silent"),
    ],
)
def test_an_amount_paid_as_compensation_is_the_claims_when_its_words_or_the_topic_say_so(
    corpus, text, lang, claim, verdict
):
    r = corpus(FORFEITURE, {"a.txt": f"---\nlang: {lang}\n---\nCourt news\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


PROPOSED_DEAL = """
claims:
  - id: deal-value
    statement: Microsoft agreed to buy Activision Blizzard for $68.7 billion.
    about: [deal, acquisition, takeover, adquisición, compra, operación]
    expect: {quantity: 68.7 billion, unit: USD, tolerance: 1%}
"""


@pytest.mark.parametrize(
    "text, lang, verdict",
    [
        # the topic named as proposed: the deal's price as first put (microsoft-activision, twitter-musk)
        (
            "Twenty months after the proposed acquisition for $68.7 billion, Microsoft closed the deal.",
            "en",
            "supports",
        ),
        (
            "Veinte meses después de la propuesta de adquisición por 68.700 millones de dólares, Microsoft cerró.",
            "es",
            "supports",
        ),
        ("La operación propuesta por 68.700 millones de dólares recibió el visto bueno.", "es", "supports"),
        # a price that differs may have changed before the deal was agreed: a question, not a conflict
        ("Twenty months after the proposed acquisition for $60 billion, Microsoft closed the deal.", "en", "unclear"),
        # a possible deal stays a possibility
        ("A possible takeover for $60 billion was talked about for weeks.", "en", "silent"),
    ],
)
def test_the_price_of_the_topic_as_proposed_is_the_deals(corpus, text, lang, verdict):
    r = corpus(PROPOSED_DEAL, {"a.txt": f"---\nlang: {lang}\n---\nDeal news\n\n{text}\n"}, base=False)
    assert finding(r, "deal-value").verdict == verdict


@pytest.mark.parametrize(
    "claims, claim, text, verdict",
    [
        # a possibility before a definite phrase the figure describes is said of the thing, not of
        # its figure (adobe-figma, musk-twitter, webb-launch, haiti-quake)
        (PROPOSED_DEAL, "deal-value", "Regulators could still block the $68.7 billion acquisition.", "supports"),
        (PROPOSED_DEAL, "deal-value", "Microsoft's lawyers sought to save its $68.7 billion takeover.", "supports"),
        (COST, "bridge-cost", "Storms could delay the new $240 million bridge.", "supports"),
        (COST, "bridge-cost", "Storms could delay the opening of the $300 million bridge.", "conflicts"),
        # an indefinite phrase is what may be: still a possibility
        (PROPOSED_DEAL, "deal-value", "Microsoft could offer a $60 billion deal instead.", "silent"),
        (COST, "bridge-cost", "The city could build a $300 million bridge.", "silent"),
    ],
)
def test_a_possibility_before_a_definite_phrase_is_not_its_figures(corpus, claims, claim, text, verdict):
    r = corpus(claims, {"a.txt": f"News\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


@pytest.mark.parametrize(
    "body, verdict",
    [
        # a lead sentence only the headline ties to the topic is no part of the topic's total
        # (notre-dame-fire: "Separately, ... Total said his company will also give EUR100 million")
        (
            "Bridge funds pour in\n\nThe bridge cost $140 million, the state said. "
            "Separately, the port authority said it will spend $100 million on the harbour.\n",
            "conflicts",
        ),
        # one that names the topic still adds up (the rule of parts)
        (
            "Bridge funds pour in\n\nThe bridge will get $140 million from the state. "
            "The port authority said the bridge will also get $100 million from it.\n",
            "unclear",
        ),
    ],
)
def test_a_lead_sentence_only_the_headline_ties_adds_no_part(corpus, body, verdict):
    r = corpus(COST, {"a.txt": body}, base=False)
    assert finding(r, "bridge-cost").verdict == verdict


MASTERS = """
claims:
  - id: masters-count
    statement: Woods has won the Masters five times.
    about: [Masters, chaqueta verde]
    expect: {quantity: 5}
"""


@pytest.mark.parametrize(
    "text, lang, verdict",
    [
        # the topic's occurrence counted by an ordinal right before its noun (woods-masters,
        # nadal-french-open-2022): the same rank supports, another is a question, never a conflict
        ("Tiger Woods won the Masters for a fifth time on Sunday.", "en", "supports"),
        ("Woods, a Masters champion for the 5th time at age 43, wept.", "en", "supports"),
        ("Woods ganó el Masters por quinta vez.", "es", "supports"),
        ("Tiger Woods won the Masters for a fourth time.", "en", "unclear"),
        # within a frame, a streak, or another clause: not the whole count
        ("Woods won the Masters for the second time this year.", "en", "silent"),
        ("Woods won the Masters for the second straight time.", "en", "silent"),
        ("Woods won the Masters, and Koepka won for the fourth time.", "en", "silent"),
        # a span of the owner's whole record is no frame (messi-ballon-dor-2023: "for the eighth time
        # in his career"; the wording of duplantis-record-2022, champions-league-final-2022 and
        # spain-euro-2024-final: "for the 47th time in his career", "por cuarta vez en su historia")
        ("Tiger Woods won the Masters for the fifth time in his career.", "en", "supports"),
        ("Woods ganó el Masters por quinta vez en su carrera.", "es", "supports"),
        ("Woods ganó el Masters por cuarta vez en su historia.", "es", "unclear"),
        ("Woods has won his fifth Masters in his career.", "en", "supports"),
    ],
)
def test_an_ordinal_before_an_occurrences_noun_counts_the_topic(corpus, text, lang, verdict):
    r = corpus(MASTERS, {"a.txt": f"---\nlang: {lang}\n---\nGolf news\n\n{text}\n"}, base=False)
    assert finding(r, "masters-count").verdict == verdict


ORDINAL_MEASURES = """
claims:
  - id: deliberation-days
    statement: The jury deliberated on four days before its verdict.
    about: [deliberations, deliberated, deliberaciones]
    expect: {quantity: 4, unit: day}
  - id: opener-minute
    statement: Messi opened the scoring in the 23rd minute.
    about: [Messi]
    expect: {quantity: 23}
"""


@pytest.mark.parametrize(
    "text, lang, claim, verdict",
    [
        # an ordinal before the claim's unit, of the topic, is the count reached (el-chapo-verdict-2019:
        # "the sixth day of jury deliberations"): the same supports, another is a question
        ("The verdict came on the fourth day of deliberations.", "en", "deliberation-days", "supports"),
        ("The verdict came on the third day of jury deliberations.", "en", "deliberation-days", "unclear"),
        ("El veredicto llegó en el cuarto día de deliberaciones.", "es", "deliberation-days", "supports"),
        ("The jury deliberated after the fourth day of the trial.", "en", "deliberation-days", "silent"),
        # an ordinal before the noun the statement puts its own ordinal before, the topic named before
        # it in its clause (real-madrid-ucl-final-2024, spain-euro-2024-final: "in the 74th minute")
        ("Messi scored from the spot in the 23rd minute.", "en", "opener-minute", "supports"),
        ("Messi's opening goal came in the 25th minute.", "en", "opener-minute", "unclear"),
        ("Messi was booked, and Di Maria scored in the 36th minute.", "en", "opener-minute", "silent"),
        # fronted, it goes on the clause after it: the minute is compared as it stands (spain-euro-2024-final)
        ("In the 25th minute, a cross from Di Maria let Messi open the scoring.", "en", "opener-minute", "conflicts"),
    ],
)
def test_an_ordinal_before_what_the_claim_counts_in_is_its_count(corpus, text, lang, claim, verdict):
    r = corpus(ORDINAL_MEASURES, {"a.txt": f"---\nlang: {lang}\n---\nNews\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


SPANS = """
claims:
  - id: mission-duration
    statement: The mission lasted five days.
    about: [mission, flight]
    expect: {quantity: 5, unit: day, tolerance: 5%}
  - id: strike-duration
    statement: The strike lasted 12 days.
    about: [strike]
    expect: {quantity: 12, unit: day}
"""


@pytest.mark.parametrize(
    "text, claim, verdict",
    [
        # a number word joined to its unit modifies the noun after it as digits do (polaris-dawn-2024:
        # "including a two-day pre-breathe protocol"; holmes-trial: "her four-year felony case")
        ("The crew prepared for the mission, including a two-day pre-breathe protocol.", "mission-duration", "silent"),
        ("The flight included a two-day breathing protocol.", "mission-duration", "silent"),
        ("The strike went on, with a three-day protest planned by the union.", "strike-duration", "silent"),
        ("The five-day mission ended on Sunday.", "mission-duration", "supports"),
        ("The twelve-day strike ended on Sunday.", "strike-duration", "supports"),
        # and past a name before the topic's noun it describes the topic
        ("Isaacman commanded the five-day orbital Polaris Dawn mission in September.", "mission-duration", "supports"),
        ("Isaacman commanded the 3-day orbital Polaris Dawn mission in September.", "mission-duration", "conflicts"),
    ],
)
def test_a_number_word_joined_to_its_unit_describes_the_noun_after_it(corpus, text, claim, verdict):
    r = corpus(SPANS, {"a.txt": f"---\nlang: en\n---\nNews\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


DEADLOCK = """
claims:
  - id: deadlocked-counts
    statement: The jury could not reach a verdict on two counts, and the judge declared a mistrial on them.
    about: [deadlocked, failed to reach, could not reach, mistrial, no logró consenso]
    expect: {quantity: 2}
  - id: rest-counts
    statement: The judge declared a mistrial on the other 2 counts.
    about: [deadlocked, failed to reach, mistrial, no logró consenso]
    expect: {quantity: 2}
"""


@pytest.mark.parametrize(
    "text, lang, claim, verdict",
    [
        # the rest of the charges after another part ("10 other charges", "three more", "otros 10
        # cargos") is the count of a claim that counts charges or the rest (manafort-verdict-2018,
        # holmes-trial)
        (
            "The jury convicted Reyes on five counts and failed to reach a verdict on two other counts.",
            "en",
            "deadlocked-counts",
            "supports",
        ),
        (
            "The jury convicted Reyes on five counts but failed to reach a verdict on two more.",
            "en",
            "deadlocked-counts",
            "supports",
        ),
        (
            "The jury convicted Reyes on five counts and failed to reach a verdict on 4 other counts.",
            "en",
            "deadlocked-counts",
            "conflicts",
        ),
        (
            "Reyes fue declarado culpable de cinco cargos y el jurado no logró consenso en otros 2 cargos.",
            "es",
            "rest-counts",
            "supports",
        ),
    ],
)
def test_the_rest_of_the_charges_is_a_count_of_its_own(corpus, text, lang, claim, verdict):
    r = corpus(DEADLOCK, {"a.txt": f"---\nlang: {lang}\n---\nCourt news\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


@pytest.mark.parametrize(
    "text, verdict",
    [
        # a toll's "others" are still the rest besides someone, not the toll
        ("The blast killed the driver and 32 others.", "silent"),
        ("The blast killed 33 people.", "supports"),
    ],
)
def test_the_others_besides_someone_are_no_toll(corpus, text, verdict):
    claims = """
claims:
  - id: toll
    statement: The blast killed 33 people.
    about: [killed]
    expect: {quantity: 33, unit: people}
"""
    r = corpus(claims, {"a.txt": f"Blast news\n\n{text}\n"}, base=False)
    assert finding(r, "toll").verdict == verdict


SLAMS = """
claims:
  - id: slam-count
    statement: The title was Williams's 23rd Grand Slam singles title.
    about: [Grand Slam, Grand Slams, grande, grandes]
    expect: {quantity: 23}
  - id: ao-count
    statement: It was her seventh Australian Open title.
    about: [Australian Open, Abierto de Australia]
    expect: {quantity: 7}
"""


@pytest.mark.parametrize(
    "text, lang, claim, verdict",
    [
        # an ordinal in words past "twelfth", in one word or with its tens (nadal-french-open-2022:
        # "his fourteenth title in Paris", "el décimo cuarto título"), is read as the count
        ("Williams won her twenty-third Grand Slam title on Saturday.", "en", "slam-count", "supports"),
        ("Williams won her twenty third Grand Slam title on Saturday.", "en", "slam-count", "supports"),
        ("Williams won her twenty-second Grand Slam title on Saturday.", "en", "slam-count", "unclear"),
        ("Williams ganó su vigésimo tercer grande el sábado.", "es", "slam-count", "supports"),
        # the units are no rank of their own: "décimo séptimo" is the 17th, not a seventh
        ("Williams levantó su décimo séptimo título del Abierto de Australia.", "es", "ao-count", "unclear"),
        # an ordinal joined by "and" to an owner's counts for that owner (nadal-french-open-2022:
        # "his 14th Roland Garros crown and 22nd grand-slam title overall")
        ("Williams won her seventh Australian Open title and 23rd Grand Slam title.", "en", "slam-count", "supports"),
        ("Williams ganó su séptimo Abierto de Australia y vigésimo tercer grande.", "es", "slam-count", "supports"),
        # not across a clause, nor after another's
        ("Williams won her seventh Australian Open title, and 23rd seed Sharapova lost.", "en", "slam-count", "silent"),
    ],
)
def test_ordinals_in_words_and_joined_ordinals_count_the_topic(corpus, text, lang, claim, verdict):
    r = corpus(SLAMS, {"a.txt": f"---\nlang: {lang}\n---\nTennis news\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


TOLL = """
claims:
  - id: death-toll
    statement: The floods killed about 4,352 people.
    about: [death toll, toll, killed, dead, muertos, fallecidos, víctimas]
    expect: {quantity: 4352, unit: people, tolerance: 2%}
"""


@pytest.mark.parametrize(
    "text, lang, verdict",
    [
        # "tras" opens a phrase, never a clause: the subject runs on before it (derna-floods-2023, morocco-quake-2023)
        (
            "El número de muertos tras las inundaciones en Libia se ha elevado a cerca de 11.300 en Derna.",
            "es",
            "conflicts",
        ),
        (
            "El balance de muertos tras la rotura de las presas ha ascendido a más de 4.300, según la ONU.",
            "es",
            "supports",
        ),
        # "after" may open a clause with its own subject: the figure is that clause's, a question at most
        ("The toll stood at 300 after the storm surge rose to 4,000 in the port.", "en", "unclear"),
    ],
)
def test_a_subject_runs_on_past_a_phrase_that_complements_it(corpus, text, lang, verdict):
    r = corpus(TOLL, {"a.txt": f"---\nlang: {lang}\n---\nFlood news\n\n{text}\n"}, base=False)
    assert finding(r, "death-toll").verdict == verdict


LABELLED = """
claims:
  - id: deal-value
    statement: Acme agreed to buy Widget in a deal worth $50 billion.
    about: [acquire, acquisition]
    expect: {quantity: 50 billion, unit: USD, tolerance: 2%}
  - id: lopez-share
    statement: Ana Lopez won 48.2% of the vote.
    about: [lopez]
    expect: {quantity: 48.2, unit: "%"}
"""


@pytest.mark.parametrize(
    "claim, sentence, verdict",
    [
        ("deal-value", "Acme Inc. agreed to acquire Widget Holdings (NasdaqGS:WDG) for $40 billion.", "conflicts"),
        ("deal-value", "Acme said it would acquire Widget Corp (NYSE:WDG) for $40 billion in stock.", "conflicts"),
        # a guard: a label after another name still sets that name apart
        ("lopez-share", "The runoff pits Ana Lopez (Greens) against Juan Ruiz (PSX), who won 41.5%.", "unclear"),
    ],
)
def test_a_label_bracketed_after_a_name_is_part_of_it(corpus, claim, sentence, verdict):
    """A party, a ticker or an acronym bracketed after a name neither cuts the name off from its
    figure nor stands between them."""
    assert _verdict(corpus, LABELLED, claim, "2024-05-02", sentence) == verdict


FINAL_LENGTH = """
claims:
  - id: final-length
    statement: The final lasted 324 minutes.
    about: [final]
    expect: {quantity: 324}
"""


@pytest.mark.parametrize(
    "claims, claim, sentence, verdict",
    [
        # a "when" clause takes the year of the clause before it, a question (nadal-australian-open-2022)
        (COST, "bridge-cost", "The old bridge opened in 1998, when the bridge cost $200 million.", "unclear"),
        (
            FINAL_LENGTH,
            "final-length",
            "The two played the longest final in 2012, when the final lasted 353 minutes.",
            "unclear",
        ),
        # the clause before dated inside the scope: the figure is compared as it stands
        (COST, "bridge-cost", "The bridge opened on 17 May, when the bridge cost $300 million.", "conflicts"),
    ],
)
def test_a_when_clause_is_dated_by_the_clause_before(corpus, claims, claim, sentence, verdict):
    r = corpus(claims, {"a.txt": f"City news\n\n{sentence}\n"})
    assert finding(r, claim).verdict == verdict


PART_COUNTS = """
claims:
  - id: counts-guilty
    statement: The jury found Holt guilty on four of the seven counts he faced.
    about: [guilty, convicted]
    expect: {quantity: 4}
  - id: seats-won
    statement: The Greens won 12 of the 40 seats on the council.
    about: [Greens]
    expect: {quantity: 12}
  - id: passengers
    statement: The ferry carried 320 passengers.
    about: [passengers]
    expect: {quantity: 320, unit: people}
"""


@pytest.mark.parametrize(
    "claim, sentence, verdicts",
    [
        ("counts-guilty", "Holt was convicted on four of seven fraud counts on Friday.", ("supports",)),
        ("counts-guilty", "Jurors found Holt guilty on four of the counts against him.", ("supports",)),
        ("counts-guilty", "Jurors found Holt guilty on three of the counts against him.", ("silent", "unclear")),
        ("seats-won", "The Greens took 12 of the remaining seats.", ("supports",)),
        ("seats-won", "The Greens took 9 of the remaining seats.", ("unclear",)),  # maybe a part of theirs
        ("passengers", "Sixty of the passengers were Italians.", ("silent",)),  # a part, not the whole aboard
        ("passengers", "The ferry's 320 passengers included 60 of the passengers' children.", ("supports",)),
    ],
)
def test_a_part_of_the_group_the_claim_counts_a_part_of(corpus, claim, sentence, verdicts):
    """A claim that gives its figure as a part of a whole ("four of the seven counts") reads a part
    of that kind of thing as its own figure; a claim of a whole does not ("Sixty of the passengers")."""
    assert _verdict(corpus, PART_COUNTS, claim, "2024-05-03", sentence) in verdicts


RATE_WORDING = """
claims:
  - id: price-per-share
    statement: Acme offered $54 per share for Brill.
    about: [per share, a share, each Brill share, every Brill share]
    expect: {quantity: 54, unit: USD}
  - id: deal-value
    statement: Acme agreed to buy Brill for $16 billion.
    about: [deal, acquisition, buy, compra, adquisición, pagará]
    expect: {quantity: 16 billion, unit: USD}
"""


@pytest.mark.parametrize(
    "claim, sentence, verdicts",
    [
        ("price-per-share", "Acme will pay $54 for each Brill share, in cash and stock.", ("supports",)),
        ("price-per-share", "Acme is offering $54 for every Brill share it does not own.", ("supports",)),
        ("price-per-share", "Acme will pay $5 for each Brill visitor in a share scheme.", ("silent",)),
        (
            "deal-value",
            "La empresa Acme pagará 16.000 millones de dólares por la adquisición de Brill, según informó el grupo.",
            ("supports",),
        ),
        ("deal-value", "Acme said it would pay $16 billion per the terms of the deal.", ("supports",)),
    ],
)
def test_for_each_of_the_claims_rate_and_for_the_thing_bought(corpus, claim, sentence, verdicts):
    """ "for each Brill share" is the claim's rate when its topic is "per share"; "por la adquisición"
    or "per the terms" says what an amount is for, not a rate."""
    assert _verdict(corpus, RATE_WORDING, claim, "2024-05-03", sentence) in verdicts


PROPOSED_FIGURE = """
claims:
  - id: deal-value
    statement: Acme agreed to acquire Brill for $12.5 billion.
    about: [acquisition, takeover]
    expect: {quantity: 12.5 billion, unit: USD}
  - id: breakup-fee
    statement: The merger agreement set a $600 million breakup fee.
    about: [breakup fee]
    expect: {quantity: 600 million, unit: USD}
"""


@pytest.mark.parametrize(
    "claim, sentence, verdicts",
    [
        (
            "deal-value",
            "Regulators are set to clear Acme's proposed $12.5 billion acquisition of Brill.",
            ("supports",),
        ),
        ("deal-value", "Regulators are set to clear Acme's proposed $11 billion acquisition of Brill.", ("unclear",)),
        ("breakup-fee", "The proposed merger includes a $600 million breakup fee for each side.", ("supports",)),
        (
            "deal-value",
            "Acme proposed $2 billion in savings from the acquisition.",
            ("silent",),
        ),  # not the topic's figure
    ],
)
def test_a_proposal_before_a_figure_the_topic_follows(corpus, claim, sentence, verdicts):
    """ "the proposed $12.5 billion acquisition": the proposal is the topic's, the figure its price
    as put (a different one unclear, it may have changed), not a possibility beside the story."""
    assert _verdict(corpus, PROPOSED_FIGURE, claim, "2024-05-03", sentence) in verdicts


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        # a year outside the scope in the clause of a figure that names the topic right after it
        # may date only the verb: the collecting (manafort-verdict-2018), the losing (sbf-verdict)
        ("The city borrowed $200 million for the bridge from 2019 to 2022.", "unclear"),
        ("Engineers spent $200 million on the bridge in 2019.", "unclear"),
        # the same figure agrees however the year is read
        ("Engineers spent $240 million on the bridge from 2019 to 2022.", "supports"),
        # the year inside the scope window: compared as it stands
        ("Engineers spent $200 million on the bridge in 2024.", "conflicts"),
        # a figure that names nothing after it: that year's, another occurrence
        ("The bridge cost $200 million in 2019.", "silent"),
    ],
)
def test_a_figure_in_a_clause_dated_outside_the_scope_is_a_question(corpus, sentence, verdict):
    """A year outside the scope window in the clause of a figure that names the topic right after
    it may be another occurrence's, or only its verb's ("blasted off on May 5 on a nearly 90
    million-mile journey", "3,000 tons of ammonium nitrate stored at the port since 2014"): a
    figure that disagrees is a question, never a silent miss."""
    r = corpus(COST, {"a.txt": f"City news\n\n{sentence}\n"})
    assert finding(r, "bridge-cost").verdict == verdict


TRACK = """
claims:
  - id: track-length
    statement: The tornado's track was 165 miles long.
    about: [track, length, a lo largo de]
    expect: {quantity: 165, unit: mile, tolerance: 5%}
"""


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        # "por" before a number is "by", not "per" (kentucky-tornadoes-2021)
        ("Kentucky fue barrido a lo largo de más de 320 kilómetros por uno de los tornados más largos.", "conflicts"),
        ("El estado fue arrasado a lo largo de 320 kilómetros por dos tornados.", "conflicts"),
        # a rate still: "al día"
        ("El estado fue barrido a lo largo de 320 kilómetros al día.", "silent"),
    ],
)
def test_a_number_after_a_rate_word_makes_no_rate(corpus, sentence, verdict):
    """What a rate is per is a thing or a period, never a number: "320 kilómetros por uno de los
    tornados" is a length the tornado made, not 320 km for each one."""
    r = corpus(TRACK, {"a.txt": f"---\nlang: es\n---\nNoticias\n\n{sentence}\n"})
    assert finding(r, "track-length").verdict == verdict


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        # names joined before a distributive word: the figure is each one's (germany-election-2021)
        ("Ana Lopez and Juan Ruiz each won 41.5% of the vote.", "conflicts"),
        ("Juan Ruiz and Lopez each took about 45%.", "conflicts"),
        # no names joined before it: every one's figure, maybe not the topic's
        ("Lopez's two rivals each won 41.5% of the vote.", "silent"),
    ],
)
def test_names_joined_before_each_share_the_figure(corpus, sentence, verdict):
    """ "The SPD and CDU / CSU each gained 25 percent" gives each party's share: for a claim of one
    of them, that one's own figure, not a total of several."""
    assert _verdict(corpus, LABELLED, "lopez-share", "2024-05-02", sentence) == verdict


COST_NOT_TUNNEL = """
claims:
  - id: bridge-cost
    statement: The bridge cost $240 million.
    about: [bridge]
    exclude: [tunnel]
    expect: {quantity: 240 million, unit: USD, tolerance: 5%}
"""


@pytest.mark.parametrize(
    "heading, sentence, verdict",
    [
        # a heading that names the topic and what the claim excludes heads both: a question, not
        # a dropped section (arevalo-election-2023, bolt-berlin)
        ("The bridge opens, and tunnel plans advance", "The bridge cost $200 million, officials said.", "unclear"),
        ("Riverside Bridge and the tunnel vote", "The bridge cost $200 million, officials said.", "unclear"),
        ("The bridge opens, and tunnel plans advance", "The bridge cost $240 million, officials said.", "supports"),
        # a heading that names only what the claim excludes still drops its section
        ("Tunnel plans advance", "The bridge cost $200 million, officials said.", "silent"),
    ],
)
def test_a_heading_naming_the_topic_and_an_exclusion_heads_both(corpus, heading, sentence, verdict):
    """A section whose heading names the claim's topic beside what it excludes ("Arévalo wins in
    Guatemala, and run-off confirmed in Ecuador") is read: what agrees supports, what disagrees
    is a question, since the section may be about the excluded occasion."""
    text = f"City news\n\nThe council met on Monday to hear residents.\n\n{heading}\n\n{sentence}\n"
    r = corpus(COST_NOT_TUNNEL, {"a.txt": text})
    assert finding(r, "bridge-cost").verdict == verdict


@pytest.mark.parametrize(
    "lang, sentence, verdict",
    [
        # a month with its year written apart is one date: "In November last year, 112 workers were
        # killed in a blaze" (rana-plaza), "on July 22nd last year" (breivik-trial), "at his
        # sentencing on May 4 next year" (r-kelly-verdict-2021)
        ("en", "In July last year, the takeover was agreed.", "supports"),
        ("en", "In June last year, the takeover was agreed.", "conflicts"),
        ("en", "The takeover was agreed on July 18 last year.", "supports"),
        ("es", "La adquisición se acordó en julio del año pasado.", "supports"),
        ("es", "La adquisición se acordó en junio del año pasado.", "conflicts"),
        # set off by a comma, the year is no longer the month's: the year alone holds July, and the
        # month alone says no year (joined, June last year would conflict)
        ("en", "The takeover was agreed in June, the second deal of last year.", "supports"),
    ],
)
def test_a_month_with_its_year_written_apart_is_one_date(corpus, lang, sentence, verdict):
    claims = DEAL_MONTH.replace("[takeover, acquisition]", "[takeover, acquisition, adquisición]")
    text = f"---\npublished: 2017-03-01\nlang: {lang}\n---\nNews\n\n{sentence}\n"
    assert finding(corpus(claims, {"a.md": text}, base=False), "deal-month", "a.md").verdict == verdict


QUAKE_DAY_AND_YEAR = """
claims:
  - id: quake-day
    statement: The quake struck on 25 April 2015.
    about: [quake, terremoto]
    expect: {date: 2015-04-25}
  - id: quake-year
    statement: The quake struck in 2002.
    about: [quake, terremoto]
    expect: {year: 2002}
"""


@pytest.mark.parametrize(
    "lang, published, claim, sentence, verdict",
    [
        # a bare month counted from the publication's, in either language: "last July" written in
        # March is the July before (arm-softbank's "el pasado mes de abril", microsoft-linkedin)
        ("en", "2017-03-01", "deal-month", "The takeover was agreed last July.", "supports"),
        ("es", "2017-03-01", "deal-month", "La adquisición se acordó el pasado julio.", "supports"),
        ("es", "2017-03-01", "deal-month", "La adquisición se acordó el pasado mes de julio.", "supports"),
        ("en", "2017-03-01", "deal-month", "The takeover was agreed last June.", "conflicts"),
        ("es", "2017-03-01", "deal-month", "La adquisición se acordó el pasado junio.", "conflicts"),
        ("en", "2016-03-01", "deal-month", "The takeover will be agreed next July.", "supports"),
        ("es", "2016-03-01", "deal-month", "La adquisición se acordará el próximo julio.", "supports"),
        ("en", "2016-03-01", "deal-month", "The takeover will be agreed next August.", "unclear"),
        ("es", "2016-03-01", "deal-month", "La adquisición se acordará el próximo agosto.", "unclear"),
        # a weekday, a week and a span counted back read the same in both
        ("en", "2015-04-28", "quake-day", "The quake struck last Saturday.", "supports"),
        ("es", "2015-04-28", "quake-day", "El terremoto ocurrió el pasado sábado.", "supports"),
        ("es", "2015-04-28", "quake-day", "El terremoto ocurrió el sábado pasado.", "supports"),
        ("en", "2015-04-28", "quake-day", "The quake struck last Friday.", "conflicts"),
        ("es", "2015-04-28", "quake-day", "El terremoto ocurrió el pasado viernes.", "conflicts"),
        ("en", "2015-05-02", "quake-day", "The quake struck last week.", "supports"),
        ("es", "2015-05-02", "quake-day", "El terremoto ocurrió la semana pasada.", "supports"),
        ("en", "2015-04-25", "quake-year", "The quake struck 13 years ago.", "supports"),
        ("es", "2015-04-25", "quake-year", "El terremoto ocurrió hace 13 años.", "supports"),
        ("es", "2015-04-25", "quake-year", "El terremoto ocurrió hace 11 años.", "conflicts"),
        # a span after some other event counts from nothing the article dates: in neither
        ("en", "2015-04-20", "quake-day", "A week later, the quake struck.", "silent"),
        ("es", "2015-04-20", "quake-day", "Una semana después, el terremoto golpeó.", "silent"),
    ],
)
def test_relative_dates_read_alike_in_both_languages(corpus, lang, published, claim, sentence, verdict):
    claims = QUAKE_DAY_AND_YEAR + DEAL_MONTH.replace("claims:\n", "").replace(
        "[takeover, acquisition]", "[takeover, acquisition, adquisición]"
    )
    text = f"---\npublished: {published}\nlang: {lang}\n---\nNews\n\n{sentence}\n"
    assert finding(corpus(claims, {"a.md": text}, base=False), claim, "a.md").verdict == verdict


MARGIN = """
claims:
  - id: vote-margin
    statement: Okafor beat Moreau by 41,911 votes.
    about: [margin, lead, ventaja, diferencia]
    expect: {quantity: 41911, tolerance: 2%}
"""


@pytest.mark.parametrize(
    "lang, sentence, verdict",
    [
        ("en", "Okafor won the race with a lead of six percentage points.", "unclear"),
        ("es", "Okafor ganó con una ventaja de seis puntos porcentuales.", "unclear"),
        ("es", "Okafor ganó con una diferencia de 30.000 votos.", "conflicts"),
    ],
)
def test_a_count_of_another_noun_is_no_margin_in_votes(corpus, lang, sentence, verdict):
    head = "---\nlang: es\n---\n" if lang == "es" else ""
    r = corpus(MARGIN, {"a.txt": f"{head}Race news\n\n{sentence}\n"})
    assert finding(r, "vote-margin").verdict == verdict


VOTERS = """
claims:
  - id: registered-voters
    statement: About 13.1 million residents were registered to vote.
    about: [registered voters, voters, electores, convocados]
    expect: {quantity: 13099150, tolerance: 2%}
"""


@pytest.mark.parametrize(
    "lang, sentence, verdict",
    [
        ("en", "Some 13.1 million of the 17.4 million citizens are voters.", "unclear"),
        ("es", "Alrededor de 13,1 millones de los 17,4 millones de habitantes fueron convocados.", "unclear"),
        ("en", "Some 12 million of the 17.4 million voters cast a ballot.", "conflicts"),
    ],
)
def test_the_whole_of_a_part_counting_another_noun_is_no_count(corpus, lang, sentence, verdict):
    head = "---\nlang: es\n---\n" if lang == "es" else ""
    r = corpus(VOTERS, {"a.txt": f"{head}Election news\n\n{sentence}\n"})
    assert finding(r, "registered-voters").verdict == verdict


HOLDING = """
claims:
  - id: stake
    statement: Okafor's shareholders own 49% of the combined company.
    about: [Okafor shareholders, accionistas de Okafor]
    expect: {quantity: 49, unit: percent}
"""


@pytest.mark.parametrize(
    "lang, sentence, verdict",
    [
        ("en", "Shares held by Okafor shareholders jumped 34% after the deal.", "unclear"),
        ("es", "Las acciones de los accionistas de Okafor se dispararon más de un 34%.", "unclear"),
        ("en", "Okafor shareholders will own 40% of the company.", "conflicts"),
    ],
)
def test_a_rise_in_percent_is_no_stake(corpus, lang, sentence, verdict):
    head = "---\nlang: es\n---\n" if lang == "es" else ""
    r = corpus(HOLDING, {"a.txt": f"{head}Merger news\n\n{sentence}\n"})
    assert finding(r, "stake").verdict == verdict


TOLL_WITH_REVISIONS = """
claims:
  - id: toll
    statement: The collision killed 296 people (the revised counts were 275 and then 288; 53,537 in one district).
    about: [death toll, killed, death, lives]
    expect: {quantity: 296, unit: people}
"""


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        # a word that links on after another figure of the statement names no part of the total
        # (odisha-train-collision-2023, turkey-syria-quake)
        ("The crash resulted in the death of over 292 people and left over 1000 injured.", "conflicts"),
        ("The crash claimed the lives of at least 250 people in the state.", "conflicts"),
        ("The crash claimed the lives of 296 people in the state.", "supports"),
    ],
)
def test_a_linking_word_after_a_statements_figure_names_no_part(corpus, sentence, verdict):
    r = corpus(TOLL_WITH_REVISIONS, {"a.txt": f"Rail news\n\n{sentence}\n"})
    assert finding(r, "toll").verdict == verdict


@pytest.mark.parametrize(
    "lang, sentence, verdict",
    [
        # a figure said of "the number of people killed" is a count, not the quake's magnitude (nepal-quake)
        ("en", "The number of people killed in the earthquake exceeds 5,000, officials said.", "silent"),
        ("es", "El número de muertos por el terremoto supera los 5.000.", "silent"),
        # across a comma the figure has its own clause (ecuador-quake-2016)
        ("es", "Son 4.605 el total de heridos causados por el sismo, que tuvo magnitud 7,1.", "supports"),
        ("en", "The earthquake had a magnitude of 7.5, officials said.", "conflicts"),
    ],
)
def test_a_figure_said_of_a_number_of_people_is_no_magnitude(corpus, lang, sentence, verdict):
    head = "---\nlang: es\n---\n" if lang == "es" else ""
    r = corpus(SISMO, {"a.txt": f"{head}Quake news\n\n{sentence}\n"}, base=False)
    assert finding(r, "magnitude").verdict == verdict


CREW_AND_FIREFIGHTERS = """
claims:
  - id: crew
    statement: The crew numbered 12.
    about: [crew, tripulantes]
    expect: {quantity: 12, unit: people}
  - id: firefighters
    statement: 99 died in the fire.
    about: [firefighters, bomberos]
    expect: {quantity: 99, unit: people}
"""


@pytest.mark.parametrize(
    "lang, claim, sentence, verdict",
    [
        # a group the topic's own word names is the claim's count (airfrance-447, tianjin-explosions)
        ("en", "crew", "The plane was carrying 216 passengers and 15 crew.", "conflicts"),
        ("es", "crew", "El avión llevaba 216 pasajeros y 12 tripulantes.", "supports"),
        ("es", "firefighters", "Un total de 98 bomberos, 11 policías y 55 civiles fallecieron.", "conflicts"),
        ("en", "firefighters", "The blasts killed 98 firefighters, 11 police officers and 55 residents.", "conflicts"),
        # the other groups stay parts
        ("en", "crew", "The plane was carrying 216 passengers and 228 people in all.", "silent"),
    ],
)
def test_a_group_the_topic_names_is_the_claims_count(corpus, lang, claim, sentence, verdict):
    head = "---\nlang: es\n---\n" if lang == "es" else ""
    r = corpus(CREW_AND_FIREFIGHTERS, {"a.txt": f"{head}Disaster news\n\n{sentence}\n"})
    assert finding(r, claim).verdict == verdict


DEAL_IN_DOLLARS = """
claims:
  - id: value
    statement: Chevron agreed to buy Hess in a deal valued at $53 billion.
    about: [deal, acuerdo]
    expect: {quantity: 53 billion, unit: USD}
"""


@pytest.mark.parametrize(
    "lang, sentence, verdict",
    [
        # the US dollar marked after the sign, as Australian copy writes it (chevron-hess-2023, disney-fox)
        ("en", "Chevron completed the deal valued at roughly $US55 billion.", "conflicts"),
        ("en", "The $US53 billion deal was completed on Friday.", "supports"),
        ("es", "El acuerdo, valorado en $US 53.000 millones, se cerró el viernes.", "supports"),
    ],
)
def test_a_dollar_sign_marked_us_after_it_is_read(corpus, lang, sentence, verdict):
    head = "---\nlang: es\n---\n" if lang == "es" else ""
    r = corpus(DEAL_IN_DOLLARS, {"a.txt": f"{head}Deal news\n\n{sentence}\n"})
    assert finding(r, "value").verdict == verdict


DAM_COLLAPSE = """
claims:
  - id: collapse-date
    statement: The tailings dam collapsed on 25 January 2019.
    about: [collapse, collapsed, burst, disaster]
    expect: {date: 2019-01-25}
"""

REFERENDUM_DAY = """
claims:
  - id: referendum-date
    statement: Colombians voted on the peace deal on 2 October 2016.
    about: [plebiscite, voted]
    expect: {date: 2016-10-02}
"""


@pytest.mark.parametrize(
    "claims, claim, published, sentence, verdict",
    [
        (DAM_COLLAPSE, "collapse-date", "2019-01-29", "The disaster struck Friday at the Brumadinho dam.", "supports"),
        (DAM_COLLAPSE, "collapse-date", "2019-01-29", "The disaster took place on Friday near the mine.", "supports"),
        (REFERENDUM_DAY, "referendum-date", "2016-10-04", "The plebiscite took place on Sunday.", "supports"),
        (REFERENDUM_DAY, "referendum-date", "2016-10-04", "The plebiscite was held on Sunday.", "supports"),
        # the noun alone may name another of its kind, a plan may have moved: evidence only when it agrees
        (DAM_COLLAPSE, "collapse-date", "2019-01-29", "The disaster struck Thursday at the dam.", "silent"),
        # a verb with an object is another act of the topic's thing
        (DAM_COLLAPSE, "collapse-date", "2019-01-29", "The disaster struck the town of Brumadinho Friday.", "silent"),
    ],
)
def test_a_verb_that_only_says_the_event_happened_dates_it(corpus, claims, claim, published, sentence, verdict):
    """ "The disaster struck Friday", "The plebiscite was held on Sunday": the event's own date, where another
    verb of the topic ("The bridge collapsed on Aug. 1", for when it was built) dates another act."""
    assert _verdict(corpus, claims, claim, published, sentence) == verdict


DAM_COLLAPSE_BOTH = """
claims:
  - id: collapse-date
    statement: The tailings dam collapsed on 25 January 2019.
    about: [collapse, collapsed, burst, disaster, tragedia, desastre]
    expect: {date: 2019-01-25}
"""


@pytest.mark.parametrize(
    "lang, sentence, verdict",
    [
        ("en", "The disaster struck Thursday at the dam.", "silent"),
        ("es", "La tragedia ocurrió el jueves en la represa.", "silent"),
        ("es", "El desastre se produjo el jueves cerca de la mina.", "silent"),
        ("es", "La tragedia ocurrió el viernes en la represa.", "supports"),
        # another verb than one that only says it happened: dated as before
        ("es", "La tragedia dejó el jueves 20 muertos.", "conflicts"),
    ],
)
def test_a_verb_that_only_says_the_event_happened_reads_alike_in_both_languages(corpus, lang, sentence, verdict):
    """A claim the fact sheet names by a verb ("collapsed") is so for a Spanish article too, though
    Spanish finds no past in that word: "La tragedia ocurrió el jueves" is read as "The disaster
    struck Thursday", evidence only when it agrees, not as a noun's date that conflicts."""
    head = "lang: es\n" if lang == "es" else ""
    article = f"---\npublished: 2019-01-29\n{head}---\nNews\n\n{sentence}\n"
    r = corpus(DAM_COLLAPSE_BOTH, {"a.md": article}, base=False)
    assert finding(r, "collapse-date", "a.md").verdict == verdict


WORST_SINCE = """
claims:
  - id: worst-since
    statement: Labour's result was its worst since 1935.
    about: [worst, most violent]
    expect: {year: 1935}
"""


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        ("Labour suffered their worst election result, in terms of seats, since 1935.", "supports"),
        ("It was the most violent explosion of Fuego volcano since 1974.", "conflicts"),
        ("The party had its worst night in the north of England since 1935.", "supports"),
        # a verb between: "since" bounds the period of another clause
        ("It was the worst result for the seats it has held since 1935.", "silent"),
    ],
)
def test_since_after_a_ranking_topic_dates_the_rank(corpus, sentence, verdict):
    """ "the worst election result, in terms of seats, since 1935": the year a rank reaches back
    to, past the ranked noun's complements and asides."""
    assert _verdict(corpus, WORST_SINCE, "worst-since", "2019-12-13", sentence) == verdict


CRASH_DAY = """
claims:
  - id: crash-date
    statement: The airliner crashed on 1 June 2009.
    about: [crashed, crash]
    expect: {date: 2009-06-01}
"""

OP_ED_MONTH = """
claims:
  - id: op-ed-month
    statement: Heard's op-ed was published in December 2018.
    about: [op-ed]
    expect: {month: 2018-12}
"""


@pytest.mark.parametrize(
    "claims, claim, sentence, verdict",
    [
        (CRASH_DAY, "crash-date", "Air France flight 447 crashed on June 1, 2009 over the Atlantic.", "supports"),
        (CRASH_DAY, "crash-date", "Flight 447 crashed on June 2, 2009 over the Atlantic.", "conflicts"),
        (OP_ED_MONTH, "op-ed-month", "Depp sued Heard for $50 million over a December 2018 op-ed.", "supports"),
        # the figure's own date: "rose to 228 on June 1, 2009"
        (CRASH_DAY, "crash-date", "The crash toll rose to 228 on June 3, 2009.", "silent"),
    ],
)
def test_a_verb_or_a_noun_phrase_after_a_figure_takes_the_date(corpus, claims, claim, sentence, verdict):
    """ "flight 447 crashed on June 1, 2009", "$50 million over a December 2018 op-ed": the date is
    the verb's or the noun's, not the figure's."""
    assert _verdict(corpus, claims, claim, "2011-05-27", sentence) == verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Ships stuck since the grounding were expected to pass the canal by early Tuesday.",
        "After the grounding, salvage crews worked until late Monday.",
    ],
)
def test_a_bound_past_a_part_of_its_period_dates_no_event(corpus, sentence):
    """ "by early Tuesday", "until late Monday": a bound of another period, as "by Tuesday" is."""
    claims = """
claims:
  - id: grounding-date
    statement: The ship ran aground on 23 March 2021.
    about: [grounding]
    expect: {date: 2021-03-23}
"""
    assert _verdict(corpus, claims, "grounding-date", "2021-03-27", sentence) == "silent"


BILINGUAL_COST = """
claims:
  - id: bridge-cost
    statement: The bridge cost $240 million.
    about: [bridge, puente]
    expect: {quantity: 240 million, unit: USD, tolerance: 5%}
"""


@pytest.mark.parametrize(
    "claims, claim, text, lang, verdict",
    [
        # an aim is not the result (ecuador-quake-2016: "it aims to raise $1 billion"; change6-return-2024)
        (COST, "bridge-cost", "The city aims to raise $300 million for the bridge.", "en", "silent"),
        (COST, "bridge-cost", "Both partners aim to spend $300 million on the bridge.", "en", "silent"),
        (BILINGUAL_COST, "bridge-cost", "El puente: Lima aspira a gastar 300 millones de dólares.", "es", "silent"),
        (BILINGUAL_COST, "bridge-cost", "El puente: la ciudad gastó 300 millones de dólares.", "es", "conflicts"),
        # what a done thing is for is not an aim for its figure
        (COST, "bridge-cost", "The bridge cost $240 million, aimed at easing traffic.", "en", "supports"),
    ],
)
def test_an_aim_is_not_the_result(corpus, claims, claim, text, lang, verdict):
    r = corpus(claims, {"a.txt": f"---\nlang: {lang}\n---\nNews\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


CLOSING = """
claims:
  - id: deal-closed
    statement: The bridge company closed its takeover of Ferrix on 17 May 2024.
    about: [close, closed, complete, completed, completar, cerrar]
    expect: {date: 2024-05-17}
"""


@pytest.mark.parametrize(
    "lang, text, verdict",
    [
        # an expectation in the present dates a plan, which the event may not have kept
        # (broadcom-vmware: "expects to close its ... acquisition of VMware on Wednesday";
        # amazon-wholefoods: "expect the deal to be completed in the second half of 2017")
        ("en", "The company expects to close the takeover of Ferrix on 20 May 2024.", "unclear"),
        ("en", "Both companies expect the takeover to be completed on 20 May 2024.", "unclear"),
        ("en", "The company closed the takeover of Ferrix on 20 May 2024.", "conflicts"),
        ("es", "La empresa espera completar la adquisición de Ferrix el 20 de mayo de 2024.", "unclear"),
        ("es", "La empresa prevé cerrar la adquisición de Ferrix el 20 de mayo de 2024.", "unclear"),
    ],
)
def test_an_expectation_dates_a_plan(corpus, lang, text, verdict):
    r = corpus(CLOSING, {"a.txt": f"---\nlang: {lang}\n---\nNews\n\n{text}\n"}, base=False)
    assert finding(r, "deal-closed").verdict == verdict


PROCLAIMED = """
claims:
  - id: elected-year
    statement: The council elected Okafor mayor on 29 July 2024.
    about: [elected, proclaimed, appointed, proclamó, nombró]
    expect: {date: 2024-07-29}
"""


@pytest.mark.parametrize(
    "lang, text, verdict",
    [
        # a span of years an act is for is a term, not the act's date (venezuela-election-2024;
        # the same in a budget "for 2024-2025" or a term "para el periodo 2025-2031")
        ("en", "The council later proclaimed Okafor mayor for 2026 to 2030.", "silent"),
        ("en", "The council appointed Okafor mayor for 2026–2030.", "silent"),
        ("es", "El consejo proclamó a Okafor alcaldesa para el periodo 2026–2030.", "silent"),
        ("es", "El consejo proclamó a Okafor alcaldesa para el período de 2026 a 2030.", "silent"),
        ("en", "The council appointed Okafor mayor for the term 2026 to 2030.", "silent"),
        # the act's own year still dates it
        ("en", "The council proclaimed Okafor mayor in 2026.", "conflicts"),
        ("en", "The council proclaimed Okafor mayor in 2026 for 2026 to 2030.", "conflicts"),
    ],
)
def test_a_span_of_years_an_act_is_for_is_no_date(corpus, lang, text, verdict):
    r = corpus(PROCLAIMED, {"a.txt": f"---\nlang: {lang}\n---\nNews\n\n{text}\n"}, base=False)
    assert finding(r, "elected-year").verdict == verdict


@pytest.mark.parametrize(
    "lang, text, verdict",
    [
        # a name after a word of inclusion is one of the topic's, which may be a member's own thing
        # under its name (change6-return-2024: "four international payloads, including ICUBE-Q"):
        # a question; after "led by" someone else is still a conflict
        ("en", "The bridge board, including Samuel Adeyemi, met on Monday.", "unclear"),
        ("es", "El board del puente, incluido Samuel Adeyemi, se reunió el lunes.", "unclear"),
        ("es", "El board del puente, entre ellos Samuel Adeyemi, se reunió el lunes.", "unclear"),
        ("en", "The bridge board, led by Samuel Adeyemi, met on Monday.", "conflicts"),
    ],
)
def test_a_name_after_a_word_of_inclusion_is_a_question(corpus, lang, text, verdict):
    r = corpus(BOARD, {"a.txt": f"---\nlang: {lang}\n---\nNews\n\n{text}\n"})
    assert finding(r, "board").verdict == verdict


TAKEOFF_OFFSET = """
claims:
  - id: minutes-after-takeoff
    statement: Contact with the plane was lost about 13 minutes after take-off (06:20 to 06:33).
    about: [took off, after take-off, lost contact, crashed, despegó, se estrelló]
    expect: {quantity: 13, unit: minute}
  - id: rescue-days
    statement: The miners were found alive 17 days after the mine collapsed.
    about: [found alive, hallados con vida]
    expect: {quantity: 17, unit: day}
  - id: flight-length
    statement: The plane flew for 13 minutes.
    about: [flight, flew]
    expect: {quantity: 13, unit: minute}
"""


@pytest.mark.parametrize(
    "claim, text, lang, verdict",
    [
        # a span up to an event, for a claim that gives its figure as one (lion-air-610-2018, thai-cave-rescue,
        # starship-first-flight: "crashed just 13 minutes later", "found the boys alive ... nine days later",
        # "exploded four minutes into the flight")
        ("minutes-after-takeoff", "It took off at 6:20 a.m. and crashed just 13 minutes later.", "en", "supports"),
        ("rescue-days", "The miners were found alive in the dark 17 days later.", "en", "supports"),
        # a span that differs is a question: it may count from another event, or be a plan
        ("minutes-after-takeoff", "It took off at 6:20 a.m. and crashed just 20 minutes later.", "en", "unclear"),
        # a claim of a length of time alone: a span since something else is still another's
        ("flight-length", "The plane had landed from its flight 13 minutes earlier.", "en", "silent"),
    ],
)
def test_a_span_up_to_an_event_is_read_for_a_claim_that_gives_one(corpus, claim, text, lang, verdict):
    r = corpus(TAKEOFF_OFFSET, {"a.txt": f"---\nlang: {lang}\n---\nNews\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


SINGER_AGE = """
entities:
  ruiz: {name: Ana Ruiz, aliases: [Ruiz]}
claims:
  - id: singer-age
    statement: Ana Ruiz was 39 when the jury convicted her.
    about: [ruiz]
    expect: {quantity: 39, unit: year}
"""


@pytest.mark.parametrize(
    "text, lang, verdict",
    [
        # an age joined to a person's noun, in a sentence naming the claim's person (smollett-verdict,
        # woods-masters, nadal-french-open-2022: "the 39-year-old star", "el tenista de 36 años")
        ("Ruiz left the court quickly, and the 39-year-old star said nothing.", "en", "supports"),
        ("Ruiz salió del tribunal y la cantante de 39 años no dijo nada.", "es", "supports"),
        ("Ruiz left the court quickly, and the 41-year-old star said nothing.", "en", "unclear"),
        # the age of a name of its own (kenya-election-2022, milei-election: another person's)
        ("Ruiz thanked Eva Gil, a 41-year-old lawyer, after the verdict.", "en", "silent"),
        ("Ruiz thanked the 41-year-old lawyer Eva Gil after the verdict.", "en", "silent"),
    ],
)
def test_an_age_joined_to_a_persons_noun_is_read_for_an_age_claim(corpus, text, lang, verdict):
    r = corpus(SINGER_AGE, {"a.txt": f"---\nlang: {lang}\n---\nNews\n\n{text}\n"}, base=False)
    assert finding(r, "singer-age").verdict == verdict


SCORE = """
claims:
  - id: aa-score
    statement: Biles won the all-around with a total of 59.131 points.
    about: [all-around, total score]
    expect: {quantity: 59.131}
  - id: toll
    statement: The quake killed 17 people.
    about: [death toll, killed]
    expect: {quantity: 17, unit: people}
"""


@pytest.mark.parametrize(
    "claims, claim, sentence, verdict",
    [
        # an age set off after its lead is a person's, not a score's nor a magnitude's (biles-paris-2024,
        # and wording of the quake and trial stories): no evidence for a claim that states no age
        (SCORE, "aa-score", "She won the all-around gold, becoming, at 27, the oldest woman in 72 years.", "silent"),
        (SCORE, "aa-score", "Andrade, who was 25 at the time, won silver in the all-around.", "silent"),
        (MAGNITUDE, "magnitude", "The quake was felt by the mayor, then 58, who said the town was gone.", "silent"),
        # a lead run on in its clause sets a level, not an age
        (SCORE, "toll", "The death toll stood at 35.", "conflicts"),
    ],
)
def test_an_age_set_off_after_its_lead_is_no_other_figure(corpus, claims, claim, sentence, verdict):
    assert _verdict(corpus, claims, claim, "2024-08-02", sentence) == verdict


AWARD = """
claims:
  - id: award
    statement: The jury awarded Heard $2 million in damages on her counterclaim.
    about: [counterclaim, damages, awarded, daños, indemnización]
    expect: {quantity: 2000000, unit: USD}
  - id: ruling
    statement: The judge approved the merger.
    about: [merger, deal]
    expect: {term: approved, conflicts: [block, halt]}
"""


@pytest.mark.parametrize(
    "sentence, claim, lang, verdict",
    [
        # a suit's figure is what was asked for, written with its verb as with its noun (depp-heard-verdict,
        # and the wording of other suits): no evidence of what was awarded, nor of what was ruled
        ("Heard countersued Depp for $100 million in damages.", "award", "en", "silent"),
        ("The families sued the network for $1.6 billion in damages.", "award", "en", "silent"),
        ("The government sued last fall to halt the merger.", "ruling", "en", "silent"),
        ("Heard contrademandó a Depp por 100 millones de dólares por daños.", "award", "es", "silent"),
        # what the jury awarded is read as before
        ("The jury awarded Heard $2 million in damages.", "award", "en", "supports"),
    ],
)
def test_a_suits_figure_with_its_verb_is_what_was_asked(corpus, sentence, claim, lang, verdict):
    body = f"---\npublished: 2022-06-01\nlang: {lang}\n---\nNews\n\n{sentence}\n"
    assert finding(corpus(AWARD, {"a.md": body}, base=False), claim, "a.md").verdict == verdict


VOTES = """
claims:
  - id: votes
    statement: López Obrador received 30,113,483 votes.
    about: [López Obrador, AMLO]
    expect: {quantity: 30113483, tolerance: 1%}
  - id: counts
    statement: Five counts went to the jury.
    about: [counts, charges, cargos]
    expect: {quantity: 5}
"""


@pytest.mark.parametrize(
    "claims, claim, lang, sentence, verdict",
    [
        # a vague amount counts its own noun (amlo-election-2018, bukele-election-2024, rittenhouse-verdict):
        # not the votes nor the counts a claim counts, and never a measure such as a magnitude
        (VOTES, "votes", "en", "AMLO addresses thousands of supporters in the Zocalo.", "silent"),
        (VOTES, "votes", "es", "Miles de simpatizantes de López Obrador colmaban la plaza.", "silent"),
        (VOTES, "counts", "en", "Police removed hundreds of protesters as the charges were read.", "silent"),
        (MAGNITUDE, "magnitude", "en", "The quake left several hundred injured.", "silent"),
        # the claim's own noun, said vaguely, is still a question
        (VOTES, "votes", "en", "AMLO won by millions of votes.", "unclear"),
    ],
)
def test_a_vague_amount_counts_its_own_noun(corpus, claims, claim, lang, sentence, verdict):
    body = f"---\npublished: 2018-07-02\nlang: {lang}\n---\nNews\n\n{sentence}\n"
    assert finding(corpus(claims, {"a.md": body}, base=False), claim, "a.md").verdict == verdict


INCLUDED = """
claims:
  - id: britons
    statement: Five Britons were killed in the crash.
    about: [Britons, británicos]
    expect: {quantity: 5, unit: people}
  - id: firefighters
    statement: 99 firefighters were killed in the blasts.
    about: [firefighters, bomberos]
    expect: {quantity: 99, unit: people}
"""


@pytest.mark.parametrize(
    "claim, lang, sentence, verdict",
    [
        # the topic named only in a list of members: the figure before it, or after the list set off
        # by commas, counts the whole group (germanwings-crash, tianjin-explosions, airfrance-447)
        ("britons", "en", "The plane had 150 people on board, including Britons.", "silent"),
        ("firefighters", "en", "Eight people remain unaccounted for, including firefighters.", "silent"),
        ("britons", "en", "A plane carrying 228 people, including Britons, crashed, killing 228 people.", "silent"),
        ("britons", "es", "El avión llevaba 150 personas, entre ellas británicos.", "silent"),
        # a relative clause of the list is read as before
        ("britons", "en", "The plane carried 150 people, including Britons, of whom 4 died.", "conflicts"),
        # the figure inside the list counts the topic's own noun (tianjin-explosions, germanwings-crash,
        # ethiopian-302-crash): the topic's count
        ("firefighters", "en", "A total of 165 people, including 99 firefighters, were killed.", "supports"),
        ("britons", "en", "The crash killed 150 people, including four Britons.", "conflicts"),
        (
            "britons",
            "es",
            "Entre los 150 muertos hay cinco británicos; murieron 150 personas, incluidos cinco británicos.",
            "supports",
        ),
        # after a verb of including, the part is of the group the verb is said of, whose own verb
        # may not be the claim's: not read as the topic's by its noun alone
        ("firefighters", "en", "Eight people remain missing. The eight include five firefighters.", "silent"),
    ],
)
def test_a_figure_of_a_group_the_topic_is_listed_in_is_not_the_topics(corpus, claim, lang, sentence, verdict):
    body = f"---\npublished: 2015-03-25\nlang: {lang}\n---\nNews\n\n{sentence}\n"
    assert finding(corpus(INCLUDED, {"a.md": body}, base=False), claim, "a.md").verdict == verdict


CHARGED = """
entities:
  rubiales: {name: Luis Rubiales}
  vilda: {name: Jorge Vilda}
  mwendwa: {name: Nick Mwendwa}
claims:
  - id: charged
    statement: Luis Rubiales and Jorge Vilda were charged.
    about: [charged]
    expect: {people: [rubiales, vilda]}
  - id: arrested
    statement: Nick Mwendwa was arrested.
    about: [arrested]
    expect: {people: [mwendwa]}
"""


@pytest.mark.parametrize(
    "claim, sentence, verdict",
    [
        # a federation or an association before a name set off by commas is the body
        # the person heads, not another person (rubiales-verdict-2025, kenya-style football bodies)
        (
            "charged",
            "The president of the Spanish Football Federation, Luis Rubiales, and Jorge Vilda were charged.",
            "supports",
        ),
        ("arrested", "The head of the Football Kenya Association, Nick Mwendwa, was arrested.", "supports"),
    ],
)
def test_a_federation_before_its_head_is_no_person(corpus, claim, sentence, verdict):
    body = f"---\npublished: 2023-09-15\n---\nNews\n\n{sentence}\n"
    assert finding(corpus(CHARGED, {"a.md": body}, base=False), claim, "a.md").verdict == verdict


PART_OF_A_GROUP = """
claims:
  - id: rescued
    statement: 33 miners were rescued.
    about: [rescued]
    expect: {quantity: 33, unit: people}
  - id: toll
    statement: 115 people were killed in the fire.
    about: [killed, victims, death toll]
    expect: {quantity: 115, unit: people}
"""


@pytest.mark.parametrize(
    "claim, sentence, verdict",
    [
        # the topic's verb said of a part of a group: the part is the topic's count, the whole the
        # group's (chile-miners, maui-wildfire, sewol-ferry wording)
        ("rescued", "Officials said 33 of the 38 miners were rescued.", "supports"),
        ("rescued", "Officials said 30 of the 33 miners were rescued.", "conflicts"),
        ("toll", "In all, 115 of the 304 passengers were killed.", "supports"),
        # a count of the topic's own noun is read as before: "the 97 victims" is the toll
        ("toll", "They said 74 of the 97 victims have been identified.", "conflicts"),
    ],
)
def test_a_part_of_a_group_is_what_the_topics_verb_says_of_it(corpus, claim, sentence, verdict):
    body = f"---\npublished: 2023-08-20\n---\nNews\n\n{sentence}\n"
    assert finding(corpus(PART_OF_A_GROUP, {"a.md": body}, base=False), claim, "a.md").verdict == verdict


RUNOFF_SHARE = """
claims:
  - id: runoff-share
    statement: Boric won 55.87% of the valid votes in the run-off.
    about: [Boric]
    expect: {quantity: 55.87, unit: percent, tolerance: 0.05}
"""


@pytest.mark.parametrize(
    "body, verdict",
    [
        # an article that tells the run-off as to come gives an earlier round's figures (zelensky-election,
        # ecuador-election-2021, lula-election): a question for the run-off's share, never a conflict
        (
            "Boric took 25.8% of the vote. He and Kast will face each other in the second round on December 19.",
            "unclear",
        ),
        ("Boric had 25.8% with most ballots counted, ahead of a runoff scheduled for December 19.", "unclear"),
        # told as past, the run-off's figure is compared as it stands
        ("Boric took 25.8% of the vote in the second round, which was held on December 19.", "conflicts"),
        ("Boric won the runoff with 25.8%, and he will take office in March.", "conflicts"),
    ],
)
def test_a_runoff_told_as_to_come_makes_the_votes_an_earlier_rounds(corpus, body, verdict):
    assert _verdict(corpus, RUNOFF_SHARE, "runoff-share", "2021-11-22", body) == verdict


@pytest.mark.parametrize(
    "body, verdict",
    [
        ("Boric obtuvo el 25,8% y disputará con Kast la segunda vuelta prevista para diciembre.", "unclear"),
        ("Boric obtuvo el 25,8% de los votos en la segunda vuelta.", "conflicts"),
    ],
)
def test_a_runoff_told_as_to_come_in_spanish(corpus, body, verdict):
    article = {"a.md": f"---\npublished: 2021-11-22\nlang: es\n---\nNoticias\n\n{body}\n"}
    assert finding(corpus(RUNOFF_SHARE, article, base=False), "runoff-share", "a.md").verdict == verdict


COLLISION = """
scope: {event: "Train collision", date: 2023-06-02, window_days: 60}
claims:
  - id: collision-date
    statement: The trains collided on 2 June 2023.
    about: [collided, crashed, chocó, se estrelló]
    expect: {date: 2023-06-02}
"""


@pytest.mark.parametrize(
    "lang, sentence, verdict",
    [
        # odisha-train-collision-2023: the wrong month, past the place where the trains collided
        (
            "en",
            "The Coromandel Express collided with a freight train near the Bahanaga Bazar railway station"
            " in Balasore on May 2.",
            "conflicts",
        ),
        # chapecoense-crash-2016: the day, past the place the flight was bound for
        ("en", "The plane carrying the squad crashed en route to a match in Colombia early on Tuesday.", "conflicts"),
        (
            "es",
            "El Coromandel Express chocó con un tren de mercancías cerca de la estación de Bahanaga Bazar"
            " en Balasore el 2 de mayo.",
            "conflicts",
        ),
        # no name says a place: the words stay between the topic and the date
        (
            "en",
            "The express collided with a freight train near the old railway station of the town on May 2.",
            "unclear",
        ),
        # no preposition leads the date: an adverb of time may belong to any word ("the chaos in Haiti today")
        ("en", "The express collided with a freight train, adding to the sense of chaos in Balasore today.", "unclear"),
    ],
)
def test_a_place_between_the_topic_and_its_date_sets_the_date_no_farther(corpus, lang, sentence, verdict):
    """A phrase of place right before a date ("near the … station in Balasore on May 2") says where
    the act the date dates happened: its words do not count in how far the date is from the topic."""
    r = corpus(COLLISION, {"a.md": f"---\npublished: 2023-06-08\nlang: {lang}\n---\nTren\n\n{sentence}\n"}, base=False)
    assert finding(r, "collision-date", "a.md").verdict in (
        (verdict,) if verdict != "unclear" else ("unclear", "silent")
    )


IN_TURN = """
claims:
  - id: term
    statement: Bolsonaro was sentenced to 27 years in prison.
    about: [sentenced, sentences, condenados]
    expect: {quantity: 27, unit: year}
  - id: votes
    statement: Grace Poe won 9 votes.
    about: [Poe]
    expect: {quantity: 9}
  - id: bail
    statement: The club president was released on bail of 150 dollars.
    about: [fianza, bail]
    expect: {quantity: 150, unit: USD}
"""


@pytest.mark.parametrize(
    "claim, sentence, verdict",
    [
        # figures a clause hands out in turn to several holders: which is the claim's takes counting
        # the lists (bolsonaro-coup-verdict-2025, duterte-election, copa-america-2024-final), while a
        # figure in a clause of its own before them, or with no such word, stays a conflict
        ("term", "They received sentences of 19 and 21 years respectively.", "unclear"),
        ("votes", "Grace Poe and Jejomar Binay trailed with 13 and 5 votes respectively.", "unclear"),
        (
            "bail",
            "Horas más tarde, ambos fueron liberados tras pagar una fianza de 200 y 100 dólares, respectivamente.",
            "unclear",
        ),
        ("term", "Los dos acusados fueron condenados a 19 y 21 años de prisión, respectivamente.", "unclear"),
        (
            "term",
            "Bolsonaro was sentenced to 16 years, while Smith and Jones got 19 and 21 years, respectively.",
            "conflicts",
        ),
        ("term", "They received sentences of 19 and 21 years.", "conflicts"),
        ("term", "Los dos acusados fueron condenados a 19 y 21 años de prisión.", "conflicts"),
    ],
)
def test_figures_handed_out_in_turn(corpus, claim, sentence, verdict):
    assert _verdict(corpus, IN_TURN, claim, "2024-07-16", sentence) == verdict


WHERE_IT_LIES = """
claims:
  - id: epicentre
    statement: The epicentre was 105 km south of Santiago.
    about: [epicentre, epicentro, al sur de Santiago, south of Santiago]
    expect: {quantity: 105, unit: km, tolerance: 10%}
  - id: collapse-distance
    statement: The collapsed tower stood 6 km north of Miami Beach.
    about: [collapse, collapsed, north of Miami Beach]
    expect: {quantity: 6, unit: km, tolerance: 10%}
  - id: crash-distance
    statement: The plane crashed 150 miles north of Houston.
    about: [crashed, north of Houston]
    expect: {quantity: 150, unit: mile, tolerance: 10%}
"""


@pytest.mark.parametrize(
    "claim, sentence, verdict",
    [
        # a distance said of where a place lies is that place's, not the claim's site's
        # (chapecoense-crash-2016, morocco-quake-2023; the wording of valparaiso-fires-2024,
        # surfside-collapse and holmes-trial); the claim's own subject before it still conflicts
        (
            "epicentre",
            "Los fiscales llegaron al juzgado de esa ciudad, ubicada a 140 kilómetros al sur de Santiago, tras el"
            " terremoto.",
            "unclear",
        ),
        (
            "collapse-distance",
            "The collapse happened in the beachside town that sits around 9.6 km north of Miami Beach.",
            "unclear",
        ),
        ("crash-distance", "After the crash, the prison is located about 100 miles north of Houston.", "unclear"),
        ("epicentre", "The epicentre was 88 km south of Santiago.", "conflicts"),
        ("collapse-distance", "The collapsed tower is 9.6 km north of Miami Beach.", "conflicts"),
    ],
)
def test_where_a_place_lies(corpus, claim, sentence, verdict):
    assert _verdict(corpus, WHERE_IT_LIES, claim, "2010-03-01", sentence) == verdict


GROUP_TOLL = """
claims:
  - id: toll
    statement: The bombing killed 8 people.
    about: [killed, bombing, murieron]
    expect: {quantity: 8, unit: people}
"""


@pytest.mark.parametrize(
    "sentence, verdict",
    [
        # the members a group is made up of are its size, not the dead (chapecoense-crash-2016; the
        # jury 'compuesto por 12' of garcia-luna-verdict-2023 and trump-hush-money-verdict)
        ("En el atentado murieron los miembros de un jurado compuesto por 12 personas.", "unclear"),
        ("The bombing killed members of a delegation comprising 12 people.", "unclear"),
        ("The bombing killed 12 people.", "conflicts"),
    ],
)
def test_a_groups_members_are_not_the_toll(corpus, sentence, verdict):
    assert _verdict(corpus, GROUP_TOLL, "toll", "2016-11-30", sentence) == verdict


SENTENCED = """
claims:
  - id: sentence-date
    statement: The judge sentenced him on Thursday 10 March 2022.
    about: [sentenced, jailed, conviction, condenado]
    expect: {date: 2022-03-10}
"""


@pytest.mark.parametrize(
    "lang, sentence, verdict",
    [
        # a date closing a clause that "for", "of" ("por", "de") open with another act's verb dates
        # that act, the charge (carroll-trump-verdict-2023, smollett-verdict, pistorius-trial)
        ("en", "The actor was jailed for lying to police about a staged attack in Jan. 2019.", "silent"),
        (
            "en",
            "The rapper was jailed over his conviction of lying to detectives about a robbery in Jan. 2019.",
            "silent",
        ),
        ("es", "El cantante fue condenado por agredir a un fotógrafo en una discoteca en mayo de 2019.", "silent"),
        # the date of the topic's own verb, or one a mark sets apart, stays evidence
        ("en", "The actor was jailed for lying to police on March 10, 2022.", "supports"),
        ("es", "El cantante fue condenado el 10 de marzo de 2022 por agredir a un fotógrafo.", "supports"),
        ("en", "The actor was jailed, for lying to police, in Jan. 2019.", "unclear"),
    ],
)
def test_a_date_closing_another_acts_clause(corpus, lang, sentence, verdict):
    article = {"a.md": f"---\npublished: 2022-03-15\nlang: {lang}\n---\nNews\n\n{sentence}\n"}
    assert finding(corpus(SENTENCED, article, base=False), "sentence-date", "a.md").verdict == verdict


OPENED = """
claims:
  - id: jury-size
    statement: The verdict was returned by a jury of 12.
    about: [jury, jurors, jurado]
    expect: {quantity: 12, unit: people}
  - id: storeys
    statement: The tower had 14 storeys.
    about: [storey, floors, pisos]
    expect: {quantity: 14}
"""


@pytest.mark.parametrize(
    "text, claim, verdict",
    [
        # a figure after the word that opens the sentence, capitalised only for that, is no part of a
        # name (hunter-biden-gun-verdict, surfside-collapse, amatrice-quake-2016)
        ("The 12 jurors left the courtroom after an hour of deliberations.", "jury-size", "supports"),
        ("The 14-storey tower, facing the ocean, partially collapsed.", "storeys", "supports"),
        ("---\nlang: es\n---\nNoticias\n\nLos 12 jurados deliberaron durante una hora.", "jury-size", "supports"),
        # one that disagrees may be a name's part or another occasion's: no evidence, as before
        # (haiti-quake, nadal-australian-open-2022)
        ("The 15 jurors left the courtroom after an hour of deliberations.", "jury-size", "silent"),
        # a capitalised word before it inside the sentence still makes one ("Channel 4")
        ("Reporters from Channel 12 watched as the jurors left the courtroom.", "jury-size", "silent"),
    ],
)
def test_a_figure_after_the_sentences_opening_word_is_no_part_of_a_name(corpus, text, claim, verdict):
    files = {"a.txt": text if text.startswith("---") else f"Court news\n\n{text}\n"}
    r = corpus(OPENED, files, base=not text.startswith("---"))
    assert finding(r, claim).verdict == verdict


GOAL_MINUTE = """
claims:
  - id: opener-minute
    statement: The striker opened the scoring in the 59th minute.
    about: [opener, opening goal, primer gol]
    expect: {quantity: 59}
"""


@pytest.mark.parametrize(
    "text, verdict",
    [
        # a statement's place in a run of minutes reads an agreeing figure in minutes as its own
        # (real-madrid-ucl-final-2024, copa-america-2024-final, spain-euro-2024-final)
        ("The striker's opener came on 59 minutes, a low shot from the edge of the box.", "supports"),
        ("---\nlang: es\n---\nNoticias\n\nEl primer gol llegó a los 59 minutos, de cabeza.", "supports"),
        # minutes that disagree may be a span, not the minute of the goal: no conflict
        ("The opener came after a dominant opening 45 minutes from the visitors.", "silent"),
        ("---\nlang: es\n---\nNoticias\n\nEl primer gol llegó a cuatro minutos del final.", "silent"),
    ],
)
def test_an_agreeing_figure_in_the_unit_a_statement_gives_a_place_in(corpus, text, verdict):
    files = {"a.txt": text if text.startswith("---") else f"Final report\n\n{text}\n"}
    r = corpus(GOAL_MINUTE, files, base=not text.startswith("---"))
    assert finding(r, "opener-minute").verdict == verdict


OKAFOR_VOTES = """
claims:
  - id: okafor-votes
    statement: Okafor received 1,204,330 votes.
    about: [okafor]
    expect: {quantity: 1204330, tolerance: 1%}
"""


@pytest.mark.parametrize(
    "text, verdict",
    [
        # a figure that counts the claim's noun agrees though words run on after it (kenya-election-2022,
        # macron-election): "votes after a ...", "votes cast" are no count of something else
        ("Okafor edged her rival by 1,204,330 votes after a generally peaceful campaign.", "supports"),
        ("Final results gave Okafor a 66.1% share of the vote (just more than 1.2 million votes cast).", "supports"),
    ],
)
def test_an_agreeing_count_of_the_claims_noun_with_words_after_it(corpus, text, verdict):
    r = corpus(OKAFOR_VOTES, {"a.txt": f"Election results\n\n{text}\n"})
    assert finding(r, "okafor-votes").verdict == verdict


REBASED = """
claims:
  - id: premium
    statement: The price is a premium of about 44% to the 30-day average price (about 33% to its 52-week high).
    about: [premium]
    expect: {quantity: 44, unit: percent}
  - id: inflation
    statement: Consumer prices rose 3.2% from a year earlier (0.4% over the previous month).
    about: [consumer prices, inflation]
    expect: {quantity: 3.2, unit: percent}
"""


@pytest.mark.parametrize(
    "claim, sentence, verdict",
    [
        # the second figure a statement measures against another base is that measure on the other
        # base: a question (mars-kellanova-2024's premiums to the 2 August close)
        ("premium", "That's roughly a 33 percent premium to the stock price as of Aug. 2.", "unclear"),
        ("premium", "The offer represents a 44% premium to the 30-day average.", "supports"),
        ("premium", "The offer represents a 25% premium to the stock price.", "conflicts"),
        ("inflation", "Inflation stood at 0.4% in March, the statistics office said.", "unclear"),
        ("inflation", "Inflation stood at 2.9% in March, the statistics office said.", "conflicts"),
    ],
)
def test_a_figure_the_statement_gives_on_another_base_is_a_question(corpus, claim, sentence, verdict):
    assert _verdict(corpus, REBASED, claim, "2024-04-10", sentence) == verdict


def test_a_part_the_statement_gives_by_its_purpose_still_conflicts(corpus):
    """ "about $80 million to build" gives a part by what it paid for, not the total on another
    base: an article giving it as the cost disagrees with the claim."""
    claims = """
claims:
  - id: cost
    statement: The helicopter cost about $85 million (about $80 million to build and $5 million to operate).
    about: [cost]
    expect: {quantity: 85 million, unit: USD}
"""
    assert _verdict(corpus, claims, "cost", "2021-04-20", "The helicopter cost $80 million.") == "conflicts"


def test_an_earlier_figure_the_statement_changes_from_still_conflicts(corpus):
    """ "revised from 24 to 26" gives an earlier count, not another base: an article stating it
    disagrees with the claim."""
    claims = """
claims:
  - id: toll
    statement: The toll was revised from 24 people to 26 people.
    about: [toll]
    expect: {quantity: 26, unit: people}
"""
    assert _verdict(corpus, claims, "toll", "2021-05-05", "The toll stood at 24 people on Tuesday.") == "conflicts"


LED_UNITS = """
entities:
  clarke:
    name: Andrew Clarke
  darling:
    name: Alistair Darling
claims:
  - id: snacking-head
    statement: Kellanova joins Mars Snacking, led by its Global President Andrew Clarke.
    about: [Mars Snacking]
    expect: {person: clarke, role: [global president, led by]}
  - id: campaign-head
    statement: The Better Together campaign was headed by Alistair Darling.
    about: [Better Together]
    expect: {person: darling, role: [headed by, chairman]}
"""


@pytest.mark.parametrize(
    "claim, text, verdict",
    [
        # the topic's own name before "led by" is what is led, not a holder of the role
        # (mars-kellanova-2024; the same of a campaign "headed by" its chairman)
        (
            "snacking-head",
            "Kellanova will become part of Mars Snacking, led by Global President Andrew Clarke.",
            "supports",
        ),
        (
            "campaign-head",
            "The campaign joined Better Together, headed by its chairman Alistair Darling, on Monday.",
            "supports",
        ),
        # someone else after "led by" still conflicts
        (
            "snacking-head",
            "Kellanova will become part of Mars Snacking, led by Global President Ted Bishop.",
            "conflicts",
        ),
        (
            "campaign-head",
            "The campaign joined Better Together, headed by its chairman Blair McDougall, on Monday.",
            "conflicts",
        ),
    ],
)
def test_the_topics_name_before_led_by_is_no_holder(corpus, claim, text, verdict):
    r = corpus(LED_UNITS, {"a.txt": f"News\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


OWNERS_OF_SEVERAL_WORDS = """
entities:
  youngkin:
    name: Glenn Youngkin
  pioli:
    name: Stefano Pioli
claims:
  - id: governor
    statement: Virginia's governor was Glenn Youngkin.
    about: [Virginia]
    expect: {person: youngkin, role: [Governor]}
  - id: coach
    statement: AC Milan's coach was Stefano Pioli.
    about: [AC Milan]
    expect: {person: pioli, role: [coach]}
"""


@pytest.mark.parametrize(
    "claim, text, verdict",
    [
        # a word of the owner's name the claim does not say makes the title another owner's
        # (hurricane-helene-2024: "South Carolina Governor Henry McMaster" for North Carolina's)
        (
            "governor",
            "Biden was met by West Virginia Governor Jim Cole and Virginia Governor Glenn Youngkin.",
            "supports",
        ),
        (
            "governor",
            "Biden landed in Roanoke, Virginia, where he was met by West Virginia Governor Jim Cole.",
            "silent",
        ),
        ("coach", "AC Milan deserved the draw, said Inter Milan coach Simone Inzaghi.", "silent"),
        # the claim's own owner under another holder still conflicts
        ("governor", "Biden landed in Roanoke, Virginia, where he was met by Virginia Governor Jim Cole.", "conflicts"),
        ("coach", "AC Milan deserved the draw, said AC Milan coach Paulo Fonseca.", "conflicts"),
    ],
)
def test_a_title_owned_by_a_longer_name_is_another_owners(corpus, claim, text, verdict):
    r = corpus(OWNERS_OF_SEVERAL_WORDS, {"a.txt": f"News\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


ONE_OF_THEM = """
claims:
  - id: defendants
    statement: 51 men were tried and convicted.
    about: [defendants, acusados]
    expect: {quantity: 51, unit: people}
  - id: passengers
    statement: The plane carried 149 passengers.
    about: [passengers]
    expect: {quantity: 149, unit: people}
"""


@pytest.mark.parametrize(
    "lang, claim, text, verdict",
    [
        # a figure beside the singular of the noun the claim counts is said of one of them, an age
        # or a term, not a count of them all (pelicot-trial-2024; the same of a crash's passengers)
        ("es", "defendants", "El acusado de 72 se puso en pie para escuchar al presidente.", "silent"),
        ("en", "defendants", "The defendant was sentenced to 12 by the court.", "silent"),
        ("en", "passengers", "The oldest passenger on board was 92, her family said.", "silent"),
        # the plural still counts them
        ("en", "defendants", "The court tried 50 defendants in Avignon.", "conflicts"),
        ("en", "passengers", "The plane carried 150 passengers when it crashed.", "conflicts"),
    ],
)
def test_a_figure_beside_one_of_the_counted_is_no_count(corpus, lang, claim, text, verdict):
    r = corpus(ONE_OF_THEM, {"a.txt": f"---\nlang: {lang}\n---\nNews\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


ROUND_SETS = """
claims:
  - id: defendants
    statement: 51 men were tried and convicted.
    about: [defendants, acusados]
    expect: {quantity: 51, unit: people}
  - id: toll
    statement: The blast killed 13 people.
    about: [killed, dead, victims]
    expect: {quantity: 13, unit: people}
"""


@pytest.mark.parametrize(
    "lang, claim, text, verdict",
    [
        # a round set near the claim's figure is about so many: a question, not a conflict
        # (pelicot-trial-2024's "medio centenar de acusados"; a blast's "a dozen" dead)
        ("es", "defendants", "Se trata de un proceso muy mediático, con medio centenar de acusados.", "unclear"),
        ("en", "toll", "The blast killed a dozen people, police said.", "unclear"),
        # far from it, it still disagrees
        ("es", "defendants", "Se trata de un proceso muy mediático, con un centenar de acusados.", "conflicts"),
        ("en", "toll", "The blast killed two dozen people, police said.", "conflicts"),
    ],
)
def test_a_round_set_near_the_claims_figure_is_a_question(corpus, lang, claim, text, verdict):
    r = corpus(ROUND_SETS, {"a.txt": f"---\nlang: {lang}\n---\nNews\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


ONE_REGION = """
claims:
  - id: damage
    statement: Helene caused about $78.7 billion in damage in the United States.
    about: [damage]
    expect: {quantity: 78.7 billion, unit: USD, tolerance: 5%}
  - id: homes
    statement: The wildfires destroyed 16,000 homes across California.
    about: [homes]
    expect: {quantity: 16000}
"""


@pytest.mark.parametrize(
    "claim, text, verdict",
    [
        # a figure made one region's by the word after it is a part of the total: a question
        # (hurricane-helene-2024's North Carolina damage; a wildfire's homes in one county)
        ("damage", "Officials put the damage at over $59.6 billion statewide.", "unclear"),
        ("homes", "The fire destroyed 1,200 homes countywide, officials said.", "unclear"),
        # unqualified, the same figures disagree
        ("damage", "Officials put the damage at over $59.6 billion.", "conflicts"),
        ("homes", "The fire destroyed 1,200 homes, officials said.", "conflicts"),
    ],
)
def test_a_figure_for_one_region_is_a_question(corpus, claim, text, verdict):
    r = corpus(ONE_REGION, {"a.txt": f"News\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


RANGES_AFTER_DE = """
claims:
  - id: lightest
    statement: The lightest sentence handed down was three years in prison.
    about: [penas]
    expect: {quantity: 3, unit: year}
  - id: winds
    statement: Helene made landfall with winds of 225 km/h.
    about: [vientos]
    expect: {quantity: 225, unit: km/h}
"""


@pytest.mark.parametrize(
    "claim, text, verdict",
    [
        # "de entre X y Y" is a range ("entre … y"), not a change "de X a Y" read as its new level
        # (pelicot-trial-2024's "penas de entre cinco y 15 años"; a storm's winds)
        ("lightest", "El tribunal condenó a los acusados a penas de entre tres y 15 años de prisión.", "supports"),
        ("lightest", "El tribunal condenó a los acusados a penas de entre cinco y 15 años de prisión.", "conflicts"),
        ("winds", "El huracán tocó tierra con vientos de entre 200 y 250 km/h.", "supports"),
    ],
)
def test_a_range_after_de_is_no_change(corpus, claim, text, verdict):
    r = corpus(RANGES_AFTER_DE, {"a.txt": f"---\nlang: es\n---\nNoticias\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


SENTENCING = """
claims:
  - id: sentencing-month
    statement: Rhodes was sentenced in May 2023.
    about: [sentence, sentenced]
    expect: {month: "2023-05"}
"""

RESIGNATION = """
claims:
  - id: resignation-date
    statement: The minister resigned on 12 March 2024.
    about: [resigned, resignation]
    expect: {date: 2024-03-12}
"""


@pytest.mark.parametrize(
    ("claims", "claim", "published", "sentence", "verdict"),
    [
        (
            SENTENCING,
            "sentencing-month",
            "2023-05-26",
            "It was the longest sentence to date over the unrest on Jan. 6, 2021.",
            "unclear",
        ),
        (
            RESIGNATION,
            "resignation-date",
            "2024-03-13",
            "It is the highest-profile resignation yet over the scandal on 2 March.",
            "unclear",
        ),
        # after the topic's own verb the noun is where or over what it acted: the date is the verb's
        (
            RESIGNATION,
            "resignation-date",
            "2024-03-13",
            "The minister resigned over the flood on 2 March 2024.",
            "conflicts",
        ),
        (
            SENTENCING,
            "sentencing-month",
            "2023-05-26",
            "Rhodes was sentenced in the federal courthouse on 4 April 2023.",
            "conflicts",
        ),
    ],
)
def test_a_date_closing_another_noun_after_on_is_that_nouns(corpus, claims, claim, published, sentence, verdict):
    """A date that ends its clause after "on" and a noun other than the topic's is the noun's day
    ("the unrest on Jan. 6, 2021"): a question, never a conflict; after the topic's own verb, the
    verb's day."""
    assert _verdict(corpus, claims, claim, published, sentence) == verdict


TOLL_PHRASE = """
claims:
  - id: magnitude
    statement: The earthquake had a magnitude of 6.2.
    about: [earthquake, quake, magnitude]
    expect: {quantity: 6.2, tolerance: 0.2}
  - id: aboard
    statement: 157 people were aboard the plane when it crashed.
    about: [aboard, on board, crash, plane]
    expect: {quantity: 157, unit: people}
  - id: toll
    statement: The quake killed 300 people.
    about: [quake, earthquake, killed, death toll]
    expect: {quantity: 300, unit: people}
"""


@pytest.mark.parametrize(
    ("claim", "sentence", "verdict"),
    [
        ("magnitude", "Italian authorities say the death toll from the quake has risen to 278.", "silent"),
        ("magnitude", "The death toll in the earthquake stands at 278.", "silent"),
        ("aboard", "The death toll from the crash has risen to 150.", "silent"),
        ("toll", "The death toll from the quake has risen to 278.", "conflicts"),  # the claim's own toll
    ],
)
def test_a_toll_naming_its_event_before_the_verb_counts_the_toll(corpus, claim, sentence, verdict):
    """ "The death toll from the quake has risen to 278" counts the dead, not the quake: no evidence
    for the quake's magnitude or the people aboard a plane, still the figure of a claim of the toll."""
    assert _verdict(corpus, TOLL_PHRASE, claim, "2016-08-26", sentence) == verdict


SENTENCE_TERM = """
claims:
  - id: term
    statement: The judge sentenced him to four years in prison.
    about: [sentenced, sentencing, sentence]
    expect: {quantity: 4, unit: year}
"""

APOGEE = """
claims:
  - id: apogee
    statement: The capsule reached an altitude of 1,400 km.
    about: [altitude, apogee]
    expect: {quantity: 1400, unit: km, tolerance: 1%}
"""


@pytest.mark.parametrize(
    "claims, claim, text, verdict",
    [
        # a limit after 'to' and its noun phrase is the limit reached: what happened (conrad-murray-trial,
        # polaris-dawn-2024, ingenuity-flight)
        (SENTENCE_TERM, "term", "In sentencing Murray to the maximum of four years, the judge spoke.", "supports"),
        (SENTENCE_TERM, "term", "In sentencing Murray to the maximum of six years, the judge spoke.", "conflicts"),
        (APOGEE, "apogee", "The launch sent four crew members to a maximum altitude of 1,400 kilometers.", "supports"),
        (APOGEE, "apogee", "The capsule climbed to its prescribed maximum altitude of 1,400 km.", "supports"),
        # a limit set, or bounded with 'up to', is still a prospect
        (SENTENCE_TERM, "term", "At his sentencing he faced a maximum of six years.", "silent"),
        (SENTENCE_TERM, "term", "At his sentencing he faced up to a maximum of six years.", "silent"),
        (APOGEE, "apogee", "The capsule has a maximum altitude of 2,000 km.", "silent"),
    ],
)
def test_a_limit_reached_is_what_happened(corpus, claims, claim, text, verdict):
    r = corpus(claims, {"a.txt": f"News\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


EQUITY = """
claims:
  - id: equity
    statement: Berkshire and 3G will put $10 billion of equity into the combined company.
    about: [invest, equity contribution]
    expect: {quantity: 10 billion, unit: USD, tolerance: 5%}
"""

CVR = """
claims:
  - id: cvr
    statement: Each contingent value right pays $9 in cash if the milestones are met.
    about: [contingent value right, special rights]
    expect: {quantity: 9, unit: USD}
"""


@pytest.mark.parametrize(
    "claims, claim, text, verdict",
    [
        # more of the topic after its words in the clause is the topic's amount (kraft-heinz-2015,
        # bms-celgene, facebook-whatsapp)
        (EQUITY, "equity", "Berkshire and 3G will invest another $10 billion in the company.", "supports"),
        (CVR, "cvr", "Holders get one share, $50 in cash and special rights for a further $9 in cash.", "supports"),
        # one that disagrees may be a part of the claim's whole: a question, not a conflict
        (EQUITY, "equity", "Berkshire and 3G will invest another $4 billion in the company.", "unclear"),
        # with no word of the topic before it in the clause, more of something else
        (EQUITY, "equity", "Heinz holders will get another $10 billion, as Berkshire and 3G invest.", "silent"),
    ],
)
def test_more_of_the_topic_is_the_topics_amount(corpus, claims, claim, text, verdict):
    r = corpus(claims, {"a.txt": f"News\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict


@pytest.mark.parametrize(
    "text, verdict",
    [
        # the topic's verb after a plan and the infinitive's marker names the deal as planned: its
        # price as first put (kroger-albertsons, cisco-splunk, musk-twitter)
        ("Microsoft plans to buy Activision Blizzard for $68.7 billion, the companies said.", "supports"),
        ("Microsoft intends to acquire Activision Blizzard for $68.7 billion in cash.", "supports"),
        # a price that differs may have changed before the deal was agreed: a question, not a conflict
        ("Microsoft plans to buy Activision Blizzard for $60 billion, the companies said.", "unclear"),
        # a plan of something else than the topic's verb is still a possibility
        ("After the acquisition, Microsoft plans to invest $60 billion in games.", "silent"),
    ],
)
def test_the_price_of_the_topic_as_planned_is_the_deals(corpus, text, verdict):
    claims = PROPOSED_DEAL.replace("about: [deal,", "about: [buy, acquire, deal,")
    r = corpus(claims, {"a.txt": f"Deal news\n\n{text}\n"}, base=False)
    assert finding(r, "deal-value").verdict == verdict


COUNTS_CONVICTED = """
claims:
  - id: counts
    statement: Smollett was convicted on five counts of disorderly conduct.
    about: [convicted, guilty]
    expect: {quantity: 5}
"""

SEATS_WON = """
claims:
  - id: seats
    statement: Labour won 203 seats.
    about: [Labour]
    expect: {quantity: 203}
"""


@pytest.mark.parametrize(
    "claims, claim, text, verdict",
    [
        # a part of a group the article counts, of the claim's counted noun, may be the claim's own
        # count (smollett-verdict, holmes-trial; a count of seats as uk-election-2019 writes it)
        (
            COUNTS_CONVICTED,
            "counts",
            "A jury found the actor guilty on five of the six counts of disorderly conduct.",
            "supports",
        ),
        (SEATS_WON, "seats", "Labour won 203 of the 650 seats in the Commons.", "supports"),
        # a number word that disagrees is tied to nothing: still no evidence
        (
            COUNTS_CONVICTED,
            "counts",
            "A jury found the actor guilty on four of the six counts of disorderly conduct.",
            "silent",
        ),
        # a group of another noun stays another group
        (SEATS_WON, "seats", "Labour won 203 of the 650 constituencies in the Commons.", "silent"),
    ],
)
def test_a_part_of_a_counted_group_of_the_claims_noun(corpus, claims, claim, text, verdict):
    r = corpus(claims, {"a.txt": f"News\n\n{text}\n"}, base=False)
    assert finding(r, claim).verdict == verdict
