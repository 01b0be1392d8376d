"""Spanish articles read with Spanish tables (claims-format.md, Languages): amounts and dates as
Spanish writes them, each article's own decimal mark, words matched with Spanish inflections, and
an English word never finding a Spanish one. The wording is the corpus's Spanish articles'."""

from __future__ import annotations

import pytest

from conftest import finding
from crosscheck.extract.dates import find_dates
from crosscheck.extract.quantities import decimal_mark, find_quantities, find_unreadable_numbers
from crosscheck.lexicon import reading
from crosscheck.zones import analyse


def amounts(text: str) -> list[tuple[str, float, str | None]]:
    with reading("es"):
        return [(q.text, q.value, q.unit.name if q.unit else None) for q in find_quantities(text)]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("compró Figma, por nada más y nada menos que 20 mil millones de dólares", 20e9, "USD"),
        ("todo el proyecto requirió la inversión de 330 millones de dólares", 330e6, "USD"),
        ("Duterte se sitúa en cabeza con 14,8 millones de votos (38,6 %)", 14.8e6, None),
        ("esta cobrará una suma de US$7,5 millones", 7.5e6, "USD"),
        ("un presupuesto de 500 mdd para la reconstrucción", 500, "million USD"),
        ("las lluvias han causado al menos 205 muertos en la provincia", 205, "people"),
        ("el presidente anunció un billón de pesos en ayudas", 1e12, "MXN"),
        ("la votación se retrasó 2 y un cuarto de hora", 2.25, "hour"),  # digits, the fraction in words
    ],
)
def test_an_amount_is_read_as_spanish_writes_it(text, value, unit):
    (found,) = [a for a in amounts(text) if a[1] == value]
    assert found[2] == unit


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Álvarez Máynez, abanderado de Movimiento Ciudadano, obtuvo 6 millones 204 mil 710 votos", 6_204_710, None),
        ("las candidaturas no registradas sumaron 85 mil 689 votos", 85_689, None),
        ("Con una inversión prevista de 61 mil 313 millones de pesos, el mandatario", 61_313e6, "MXN"),
        ("todo el estado de Guerrero (76 mil 638 millones de pesos)", 76_638e6, "MXN"),
        ("esta cobrará una suma de US$7,5 millones (5 mil 20 millones de pesos chilenos)", 5_020e6, "CLP"),
        ("De dicha cifra, 12'743,051 fueron votos válidamente emitidos, el 97,86% del total", 12_743_051, None),
    ],
)
def test_a_number_written_in_groups_with_their_scale_words_is_one_number(text, value, unit):
    """Mexican and Chilean outlets print "6 millones 204 mil 710": each group alone is no figure
    (wording from the Sheinbaum election, hurricane Otis and ARA San Juan coverage)."""
    read = amounts(text)
    assert [(v, u) for _, v, u in read if v == value] == [(value, unit)], read
    assert not [v for _, v, _ in read if v < value and v in (6e6, 85e3, 313e6, 638e6, 20e6, 710)]


@pytest.mark.parametrize(
    "text, value, high, unit",
    [
        # a half said after the unit or the scale is a half of it, never dropped
        ("El ARA San Juan era botado en Emden y dos años y medio después fue entregado", 2.5, None, "year"),
        ("después de tres días y medio de deliberaciones, el jurado", 3.5, None, "day"),
        ("fue dado a conocer tres horas y media después del cierre de las urnas", 3.5, None, "hour"),
        ("la sentencia de cinco a seis años y medio que esperaban", 5, 6.5, "year"),
        ("un millón y medio de personas afectadas", 1.5e6, None, "people"),
    ],
)
def test_a_half_after_the_unit_is_a_half_of_it(text, value, high, unit):
    with reading("es"):
        (q,) = find_quantities(text)
    assert (q.value, q.high, q.unit.name if q.unit else None) == (value, high, unit)


@pytest.mark.parametrize(
    "text, expected",
    [
        # Spain: thousands with a full stop, decimals with a comma
        ("Whole Foods en una transacción valuada en 13.700 millones de dólares; sube un 1,5 %", 13.7e9),
        ("Monsanto por 66.000 millones de dólares (unos 59.000 millones de euros), un 2,3 % más", 66e9),
        # Mexico: thousands with a comma, decimals with a full stop
        ("Whole Foods en una transacción valuada en 13,700 millones de dólares; sube un 1.5 %", 13.7e9),
        ("Monsanto por 66,000 millones de dólares, un 2.3 % más", 66e9),
    ],
)
def test_each_article_is_read_with_its_own_decimal_mark(text, expected):
    assert amounts(text)[0][1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an apostrophe for the millions and a comma for the thousands ("13'021,063", Andean
        # outlets): the comma groups, though the same copy writes decimals with one ("61,86%")
        ("Votaron 13'021,063 personas, el 61,86% del padrón; los nulos sumaron 200,722.", [13021063, 61.86, 200722]),
        ("El Apruebo obtuvo 4'860,093 votos (38,14%) y los blancos 77,290.", [4860093, 38.14, 77290]),
    ],
)
def test_a_comma_after_an_apostrophe_for_the_millions_groups_thousands(text, expected):
    with reading("es"):
        assert [q.value for q in find_quantities(text)] == expected
        assert find_unreadable_numbers(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share with three decimals beside a count whose thousands the same mark groups
        # (peru-election-2021; the wording of venezuela-election-2024 and sheinbaum-election)
        (
            "Castillo obtuvo el 50.126%, y Keiko Fujimori, el 49.874%, con una diferencia de 44.263 votos.",
            [50.126, 49.874, 44263],
        ),
        ("Con 10.058.774 votos, Maduro logró el 51.195% frente al 43.183% de González.", [10058774, 51.195, 43.183]),
        # zeros at the end or thousands of percent are still grouping: "un 1.000%" is a thousand percent
        ("Las ventas subieron un 1.000% en un año, hasta 3.400.000 unidades.", [1000, 3400000]),
        ("El precio subió un 1.725% desde 2010, con 3.400.000 vendidos.", [1725, 3400000]),
    ],
)
def test_a_share_with_three_decimals_is_no_thousands_of_percent(text, expected):
    with reading("es"):
        assert [q.value for q in find_quantities(text)] == expected


def test_a_figure_that_could_be_read_both_ways_is_said_unclear_with_why():
    text = "La operación de Microsoft de 68.725 millones fue aprobada."
    with reading("es"):
        assert decimal_mark(text) is None
        assert find_quantities(text) == []
        (unread,) = find_unreadable_numbers(text)
    assert unread.text == "68.725" and "68.725 or 68,725" in unread.why


@pytest.mark.parametrize(
    "text, expected",
    [
        # zeros at the end after one mark are grouping whichever mark it is: no decimal is written so
        ("La operación de Microsoft de 69.000 millones fue aprobada.", 69e9),
        ("La localidad costera de Derna, con 120.000 habitantes, quedó arrasada.", 120e3),
        ("Las pérdidas sumarían 15.000 millones de dólares tras Otis.", 15e9),
        ("Entre los casi 80,000 espectadores del estadio de Sídney.", 80e3),
        # two zeros: "71.3" is not written "71.300" (disney-fox, salesforce-slack, derna-floods-2023)
        ("Disney cerró la compra de Fox por 71.300 millones de dólares.", 71.3e9),
        ("Salesforce pagará 27.700 millones de dólares por Slack.", 27.7e9),
        ("La cifra de muertos se ha elevado a cerca de 11.300 en Derna.", 11.3e3),
        ("El plan de ayudas suma 1.500 millones de euros.", 1.5e9),
        ("Entre los casi 19,600 espectadores del estadio.", 19.6e3),
    ],
)
def test_zeros_at_the_end_after_one_mark_are_grouping(text, expected):
    with reading("es"):
        assert decimal_mark(text) is None and find_unreadable_numbers(text) == []
    assert amounts(text)[0][1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sheinbaum logró entre un 58,3% y un 60,7%, muy por delante de Gálvez.", [(58.3, 60.7)]),
        ("La participación, que estaría entre el 74 % y el 75 %, es la más baja.", [(74, 75)]),
        # no range opener: two figures
        ("El apoyo pasó del 10% al 20% y el 30% en un año.", [(10, None), (20, None), (30, None)]),
    ],
)
def test_a_range_with_the_unit_at_both_ends_is_one_range(text, expected):
    with reading("es"):
        assert [(q.value, q.high) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("La misión que se ha valorado en mil trescientos millones de euros viajará.", 1.3e9),
        ("El ciclo costó de mil 620 millones de dólares.", 1.62e9),
        ("En el balance anterior, de mil 300 muertos, la mayoría de ellos en Al Haouz.", 1300),
        ("Un fuerte terremoto mató a mil 180 personas, la gran mayoría de ellas en Nepal.", 1180),
        ("Los daños costarán mil millones de dólares.", 1e9),
    ],
)
def test_mil_alone_is_a_thousand(text, expected):
    """Spanish writes a thousand as "mil" alone, in words or before digits Mexican style ("mil 300")."""
    assert [v for _, v, _ in amounts(text)] == [expected]


def test_a_plural_of_mil_is_no_amount():
    assert amounts("Miles de personas salieron a las calles.") == []


def test_billion_is_no_spanish_scale_and_billon_is_a_million_millions():
    assert [a[1] for a in amounts("una deuda de un billón de dólares")] == [1e12]
    assert [a[1] for a in amounts("a debt of 20 billion dollars")] == [20]


def dates(text: str) -> list[tuple]:
    with reading("es"):
        return [(d.text, d.year, d.month, d.day, d.weekday, d.relative, d.period, d.shift) for d in find_dates(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Los jueces votaron el viernes 8 de octubre de 2021.", ("viernes 8 de octubre de 2021", 2021, 10, 8, 4)),
        ("Fue publicado el 20 de enero del 2014.", ("20 de enero del 2014", 2014, 1, 20, None)),
        ("El incendio declarado el pasado miércoles en una torre.", ("pasado miércoles", None, None, None, 2)),
        ("La policía arrestó el pasado domingo al dueño del edificio.", ("pasado domingo", None, None, None, 6)),
    ],
)
def test_a_date_is_read_as_spanish_writes_it(text, expected):
    assert dates(text)[0][: len(expected)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "mientras que Rodolfo Hernández obtiene 10.391.504 votos, lo que supone el 47,22 %",
        "la empresa tiene 5 oficinas en Madrid y obtiene 3 premios",
        "el huracán mantiene 3 zonas sin luz",
    ],
)
def test_a_month_abbreviation_inside_a_word_is_no_date(text):
    """ "obtiene 10" and "tiene 5" end in "ene", Spanish for January: no date (wording from the
    Colombian run-off coverage and our own)."""
    assert dates(text) == []


@pytest.mark.parametrize(
    "text, period, shift",
    [
        ("según un documento entregado la semana pasada por la constructora", "week", -1),
        ("el Gobierno aprobó el año pasado un plan de reconstrucción", "year", -1),
        ("el premio ganado por Mbappé hace cuatro años", None, None),
    ],
)
def test_a_coarse_date_counts_from_the_publication(text, period, shift):
    found = dates(text)
    if period is None:
        with reading("es"):
            (q,) = find_quantities(text)
        assert (q.text, q.age) == ("cuatro años", "ago")  # "hace cuatro años": a span counted back
    else:
        assert (found[0][6], found[0][7]) == (period, shift)


SUBJECTLESS_CLAIMS = """
scope: {event: The election, date: 2021-12-19, window_days: 60}
claims:
  - id: boric-share
    statement: Gabriel Boric won 55.87% of the vote.
    about: [Boric]
    expect: {quantity: 55.87, unit: percent}
  - id: deal-value
    statement: Amazon agreed to buy Whole Foods for $13.7 billion.
    about: [compra, adquisición]
    expect: {quantity: 13.7 billion, unit: USD}
"""


@pytest.mark.parametrize(
    "claim, body",
    [
        ("boric-share", "Gabriel Boric ganó la segunda vuelta en Chile este domingo. Logró el 51,2 % de los votos."),
        ("deal-value", "Amazon anunció la compra de Whole Foods. Ha pagado 20.000 millones de dólares."),
    ],
)
def test_a_sentence_without_its_subject_carries_on_the_one_before(corpus, claim, body):
    """Spanish leaves out the subject the sentence before named: "Logró el 51,2 %" is Boric's."""
    text = "---\npublished: 2021-12-20\nlang: es\n---\nTitular\n\n" + body + "\n"
    report = corpus(SUBJECTLESS_CLAIMS, {"es.txt": text}, base=False)
    assert finding(report, claim, "es.txt").verdict == "conflicts"


@pytest.mark.parametrize(
    "line, place",
    [
        ("CIUDAD DE MÉXICO (AP) — El gobierno anunció el viernes un acuerdo.", "CIUDAD DE MÉXICO"),
        ("Madrid, 5 oct (EFE).- El Gobierno aprobó ayer el plan.", "Madrid"),
        ("WASHINGTON.- La Casa Blanca confirmó la reunión.", "WASHINGTON."),
    ],
)
def test_an_agency_dateline_in_spanish_style_is_no_body_text(line, place):
    text = "Titular\n\n" + line + "\n"
    with reading("es"):
        layout = analyse(text, 0, None)
    assert layout.dateline is not None and layout.dateline.place == place
    assert not text[layout.sentences[-1].start :].startswith(place)


CLAIMS = """
scope: {event: The deal, date: 2017-06-16, window_days: 60}
claims:
  - id: deal-value
    statement: Amazon agreed to buy Whole Foods for $13.7 billion.
    about: [deal, acquisition, compra, transacción, adquirir]
    expect: {quantity: 13.7 billion, unit: USD}
  - id: first-deal
    statement: It was Amazon's first purchase of a supermarket chain.
    about: [purchase, compra]
    expect:
      term: first
      supports: [first, primera]
      conflicts: [second, segunda]
"""


def test_a_spanish_article_supports_and_conflicts_as_an_english_one(corpus):
    report = corpus(
        CLAIMS,
        {
            "es.txt": "---\npublished: 2017-06-17\nlang: es\n---\nAmazon compra Whole Foods\n\n"
            "Amazon adquirió los supermercados Whole Foods en una transacción valuada en 13.700 millones de "
            "dólares, informó la compañía, un 1,5 % más de lo previsto.\n",
            "mx.txt": "---\npublished: 2017-06-17\nlang: es-MX\n---\nAmazon compra Whole Foods\n\n"
            "Amazon adquirirá Whole Foods en una transacción de 15,700 millones de dólares, según "
            "Amazon, cuyas acciones subieron 1.5 % en bolsa.\n",
        },
        base=False,
    )
    assert finding(report, "deal-value", "es.txt").verdict == "supports"  # "adquirió" is "adquirir"
    conflict = finding(report, "deal-value", "mx.txt")
    assert conflict.verdict == "conflicts" and conflict.evidence[0].attributed_to == "Amazon"


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("No es la primera compra de Amazon en el sector.", "silent"),  # negated
        ("Es la primera compra de una cadena de supermercados de Amazon.", "supports"),
        ("Es la segunda compra de Amazon en el sector, tras la de 2014.", "conflicts"),
    ],
)
def test_a_term_is_read_with_spanish_negation(corpus, text, verdict):
    report = corpus(CLAIMS, {"es.txt": "---\nlang: es\n---\nAmazon compra Whole Foods\n\n" + text + "\n"}, base=False)
    assert finding(report, "first-deal", "es.txt").verdict == verdict


def test_an_english_topic_word_finds_nothing_in_a_spanish_article(corpus):
    """ "deal" and "acquisition" are English: only the Spanish words beside them find the topic."""
    english_only = CLAIMS.replace(", compra, transacción, adquirir", "")
    article = "---\nlang: es\n---\nAmazon compra Whole Foods\n\nLa transacción de 13.700 millones, un 1,5 % más.\n"
    report = corpus(english_only, {"es.txt": article}, base=False)
    assert finding(report, "deal-value", "es.txt").verdict == "silent"


DISTANCE = """
claims:
  - id: distance
    statement: The probe was 11 million km from Earth.
    about: [sonda, asteroide]
    expect: {quantity: 11 million, unit: km}
  - id: l2
    statement: The telescope orbits 1.5 million km from Earth.
    about: [telescopio]
    expect: {quantity: 1.5 million, unit: km}
  - id: crew
    statement: The plane carried 12 crew.
    about: [avión]
    expect: {quantity: 12, unit: people}
"""


@pytest.mark.parametrize(
    "text, claim, verdict",
    [
        # a length "de la Tierra" is from somewhere, not a part of a group
        ("La sonda se encontraba a 11 millones de kilómetros de la Tierra.", "distance", "supports"),
        ("El telescopio se situará a 1,5 millones de kilómetros de la Tierra.", "l2", "supports"),
        # a count "de los" is a part of the group
        ("En el avión viajaban 67 de los pasajeros alemanes.", "crew", "silent"),
    ],
)
def test_a_length_of_somewhere_is_no_part_of_a_group(corpus, text, claim, verdict):
    report = corpus(DISTANCE, {"es.txt": "---\nlang: es\n---\nTitular\n\n" + text + "\n"}, base=False)
    assert finding(report, claim, "es.txt").verdict == verdict


BOUNDS = """
scope: {event: The rescue, date: 2023-06-09, window_days: 60}
claims:
  - id: rescue-date
    statement: The children were found on 9 June 2023.
    about: [encontrados, hallados, rescate]
    expect: {date: 2023-06-09}
"""


@pytest.mark.parametrize(
    "text",
    [
        # a bound word, then the article that opens its date: the bound of another period
        "Los cuatro niños desaparecidos en la Amazonía desde el 1 de mayo fueron encontrados.",
        "Los niños fueron hallados tras una búsqueda que se prolongó hasta el 9 de mayo en la selva.",
    ],
)
def test_a_date_after_a_bound_and_its_article_bounds_another_period(corpus, text):
    article = "---\npublished: 2023-06-10\nlang: es\n---\nTitular\n\n" + text + "\n"
    report = corpus(BOUNDS, {"es.txt": article}, base=False)
    assert finding(report, "rescue-date", "es.txt").verdict == "silent"


ROLES = """
entities:
  merchan: {name: Juan Merchan, aliases: [Juan Manuel Merchan, Merchan]}
  molinari: {name: Francesco Molinari, aliases: [Molinari]}
claims:
  - id: judge
    statement: The trial judge was Juan Merchan.
    about: [juez, corte]
    expect: {person: merchan, role: [juez, presidida]}
  - id: leader
    statement: Francesco Molinari led after 54 holes.
    about: [título, líder]
    expect: {person: molinari, role: [líder]}
"""


@pytest.mark.parametrize(
    "text, claim",
    [
        # "de" before a capitalised place or name opens no name of its own
        (
            "El jurado emitió un veredicto unánime en la corte de Manhattan, presidida por el juez "
            "Juan Manuel Merchan.",
            "judge",
        ),
        ("La carrera hacia el título de Francesco Molinari, líder del sábado, colapsó con dos doble bogeys.", "leader"),
    ],
)
def test_a_particle_before_a_name_is_no_part_of_it(corpus, text, claim):
    report = corpus(ROLES, {"es.txt": "---\nlang: es\n---\nTitular\n\n" + text + "\n"}, base=False)
    assert finding(report, claim, "es.txt").verdict == "supports"


THIS_WEEK = """
claims:
  - id: vote-date
    statement: Lula voted on Sunday 30 October 2022.
    about: [votó, votar]
    expect: {date: 2022-10-30}
  - id: capsule-arrival
    statement: The rescue capsule reached the mine on Saturday 9 October 2010.
    about: [cápsula]
    expect: {date: 2010-10-09}
  - id: deal-completed
    statement: Musk completed the purchase of Twitter on Thursday 27 October 2022.
    about: [compra, completado]
    expect: {date: 2022-10-27}
  - id: deal-announced
    statement: Kroger announced the purchase of Albertsons on Friday 14 October 2022.
    about: [compra, anunciado]
    expect: {date: 2022-10-14}
"""


@pytest.mark.parametrize(
    "text, published, claim",
    [
        # "este <día>" told in the preterite ("votó", by its written accent) is this week's, gone
        ("El ahora nuevo mandatario votó este domingo cerca de San Pablo.", "2022-11-01", "vote-date"),
        ("La cápsula Fénix 2 llegó este sábado a la mina San José.", "2010-10-11", "capsule-arrival"),
        # a perfect ("ha completado") tells it as past too
        (
            "El hombre más rico del mundo ha completado este jueves la compra de Twitter.",
            "2022-10-29",
            "deal-completed",
        ),
        (
            "La cadena Kroger ha anunciado este viernes la compra de su rival Albertsons.",
            "2022-10-16",
            "deal-announced",
        ),
    ],
)
def test_this_weekday_told_in_the_past_is_this_weeks(corpus, text, published, claim):
    article = f"---\npublished: {published}\nlang: es\n---\nTitular\n\n{text}\n"
    report = corpus(THIS_WEEK, {"es.txt": article}, base=False)
    assert finding(report, claim, "es.txt").verdict == "supports"


TOLLS = """
claims:
  - id: death-toll
    statement: The disaster killed 52 people.
    about: [muertos, fallecidos, víctimas, vidas, causó, dejó]
    expect: {quantity: 52, unit: people}
  - id: missing-count
    statement: 32 people remained missing.
    about: [desaparecidos]
    expect: {quantity: 32, unit: people}
"""


@pytest.mark.parametrize(
    "text, claim, verdict",
    [
        (
            "Más allá de la pérdida de las 27 vidas humanas que contabilizan las autoridades, se estiman pérdidas.",
            "death-toll",
            "conflicts",
        ),
        (
            "El hundimiento habla por sí solo: 405 personas fallecidas y 149 que permanecen bajo los escombros.",
            "death-toll",
            "conflicts",
        ),
        (
            "La plataforma se hundió tras la explosión que causó 11 víctimas mortales en el golfo.",
            "death-toll",
            "conflicts",
        ),
        (
            "Las autoridades estatales han reportado hasta el momento 27 muertos y cuatro desaparecidos.",
            "death-toll",
            "conflicts",
        ),
        (
            "El fenómeno climático dejó hasta el momento 58 desaparecidos y numerosos daños materiales.",
            "missing-count",
            "conflicts",
        ),
    ],
)
def test_a_count_is_of_the_noun_right_after_it_and_spanish_puts_adjectives_after_the_noun(corpus, text, claim, verdict):
    """ "27 vidas humanas" counts lives, "405 personas fallecidas" people, and "27 muertos y cuatro
    desaparecidos" gives the dead and the missing each their own number (wording from the Otis,
    Rana Plaza and Deepwater Horizon coverage)."""
    report = corpus(TOLLS, {"es.txt": "---\nlang: es\n---\nEl desastre\n\n" + text + "\n"}, base=False)
    assert finding(report, claim, "es.txt").verdict == verdict


AGES = """
entities:
  phelps: {name: Michael Phelps, aliases: [Phelps]}
claims:
  - id: phelps-age
    statement: Phelps was 31 years old at the Rio Games.
    about: [phelps]
    expect: {quantity: 31, unit: year}
"""


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("Phelps, de 31 años, ganó en Río cinco oros y una plata.", "supports"),
        ("Phelps se retiró a sus 32 años tras los Juegos de Río.", "conflicts"),
        ("Phelps nadó durante 20 años en la élite del deporte.", "silent"),
    ],
)
def test_an_age_is_read_as_spanish_writes_it(corpus, text, verdict):
    """ "Phelps, de 31 años," and "a sus 32 años" are ages, "durante 20 años" a span (wording from
    the Rio Olympics and Masters coverage)."""
    report = corpus(AGES, {"es.txt": "---\nlang: es\n---\nPhelps\n\n" + text + "\n"}, base=False)
    assert finding(report, "phelps-age", "es.txt").verdict == verdict


AGED = """
entities:
  woods: {name: Tiger Woods, aliases: [Woods]}
claims:
  - id: woods-age
    statement: Woods was 43 years old when he won the Masters.
    about: [woods, golfista]
    expect: {quantity: 43, unit: year}
  - id: coach-age
    statement: The coach was 25 years old.
    about: [entrenador]
    expect: {quantity: 25, unit: year}
"""


@pytest.mark.parametrize(
    "text, claim, verdict",
    [
        # a person's noun, "de" and years: the Masters and Thai cave rescue coverage
        ("El golfista de 43 años no ganaba un título de un gran torneo desde 2008.", "woods-age", "supports"),
        (
            "Intentan rescatar a los 12 menores y al entrenador de 25 años que llevan 13 días atrapados.",
            "coach-age",
            "supports",
        ),
        ("Rescataron a los menores y al entrenador de 27 años, según las autoridades.", "coach-age", "conflicts"),
        # a thing's noun: a span, not an age
        ("Woods puso fin a una sequía de 11 años en los grandes torneos.", "woods-age", "silent"),
    ],
)
def test_years_after_a_persons_noun_are_their_age(corpus, text, claim, verdict):
    """ "El golfista de 43 años", "al entrenador de 25 años" are ages (the Masters and Thai cave
    rescue coverage); "una sequía de 11 años" is a span."""
    report = corpus(AGED, {"es.txt": "---\nlang: es\n---\nWoods\n\n" + text + "\n"}, base=False)
    assert finding(report, claim, "es.txt").verdict == verdict


BORN = """
scope: {event: presidential election, date: 2022-06-19, window_days: 60}
entities:
  petro: {name: Gustavo Petro, aliases: [Petro]}
claims:
  - id: birth-year
    statement: Petro was born in 1960.
    about: [petro]
    expect: {year: 1960}
"""


@pytest.mark.parametrize(
    "text, verdict",
    [
        # an age set off after the person's name: Petro and Sheinbaum election coverage
        ("Petro, de 62 años, reemplazará desde el 7 de agosto al actual presidente Iván Duque.", "supports"),
        ("Según la firma, Petro, de 52 años, obtuvo 50% de los votos.", "conflicts"),
        # after the person's noun, set off after the name: Arévalo election coverage
        ("Gustavo Petro, un economista de 62 años afiliado al Pacto Histórico, ha sido elegido.", "supports"),
        # a relative's age, or the age of someone the name only owns
        ("Petro, cuyo hijo de 30 años votó en Bogotá, ganó la elección.", "silent"),
        ("La esposa de Petro, de 55 años, votó en Bogotá.", "silent"),
    ],
)
def test_an_age_set_off_after_the_name_dates_the_birth(corpus, text, verdict):
    """ "Petro, de 62 años," and "Arévalo de León, un académico de 64 años" give the person's age,
    so the year they were born (wording from the Petro, Sheinbaum and Arévalo election coverage)."""
    report = corpus(BORN, {"es.txt": "---\nlang: es\n---\nPetro\n\n" + text + "\n"}, base=False)
    assert finding(report, "birth-year", "es.txt").verdict == verdict


SIDES = """
claims:
  - id: votes-cast
    statement: 13,021,063 votes were cast.
    about: [votos emitidos, votes cast, votos]
    expect: {quantity: 13021063, tolerance: 1%}
"""


@pytest.mark.parametrize(
    "text, verdict",
    [
        (
            "Los votos válidamente emitidos arrojaron estos resultados: la opción Apruebo obtuvo 4.651.092 votos, "
            "y la opción Rechazo logró 7.563.786 votos.",
            "silent",
        ),
        ("Los votos emitidos sumaron 12.412.000 según el Servel.", "conflicts"),
    ],
)
def test_each_sides_votes_are_a_part_of_the_votes_cast(corpus, text, verdict):
    """ "Apruebo obtuvo 4.651.092 … Rechazo logró 7.563.786": each side's votes, not the votes cast
    (wording from the Chilean plebiscite coverage; the English rule reads "Leave won … Remain got")."""
    report = corpus(SIDES, {"es.txt": "---\nlang: es\n---\nPlebiscito\n\n" + text + "\n"}, base=False)
    assert finding(report, "votes-cast", "es.txt").verdict == verdict


def test_a_lone_zero_before_the_mark_is_a_decimal_or_unreadable_never_grouping():
    """No grouping writes "0,500": zeros at its end do not make it five hundred."""
    with reading("es"):
        assert find_quantities("Pesaba 0,500 kilos.") == []
        assert [u.text for u in find_unreadable_numbers("Pesaba 0,500 kilos.")] == ["0,500"]
