"""Whose a value is, on wording of our own: another post, another noun, another holder, another
occurrence; one rule per test, each on wording of at least two kinds of story."""

from __future__ import annotations

import pytest

from conftest import finding

HEAD = """
version: 1
scope:
  event: The flight and the inquiry
  date: 2024-05-17
  window_days: 30
"""

CAPTAIN = (
    HEAD
    + """
entities:
  suneja: {name: Bhavye Suneja, aliases: [Suneja]}
  harvino: {name: Harvino}
claims:
  - id: captain
    statement: The captain was Bhavye Suneja.
    about: [captain, pilot, piloto]
    expect: {person: suneja, role: [captain, pilot, piloto]}
"""
)

CHAIR = (
    HEAD
    + """
entities:
  okafor: {name: Grace Okafor, aliases: [Okafor]}
  ruiz: {name: Tom Ruiz, aliases: [Ruiz]}
claims:
  - id: chair
    statement: The inquiry's chair is Grace Okafor.
    about: [chair, inquiry, presidenta]
    expect: {person: okafor, role: [chair, presidenta]}
"""
)


def _article(text: str, lang: str) -> str:
    front = f"---\nlang: {lang}\n---\n" if lang != "en" else ""
    return f"{front}Report\n\n{text}\n"


@pytest.mark.parametrize(
    "claims, claim, lang, text",
    [
        (CAPTAIN, "captain", "en", "The jet was flown by Captain Suneja, with co-pilot Harvino at his side."),
        (CAPTAIN, "captain", "en", "Assisted by co-pilot Harvino, Suneja was at the controls of the jet."),
        (CAPTAIN, "captain", "es", "El avión lo pilotaba Suneja, con el co-piloto Harvino a su lado."),
        (CHAIR, "chair", "en", "Inquiry chair Grace Okafor opened the hearing; co-chair Tom Ruiz read the terms."),
        (
            CHAIR,
            "chair",
            "es",
            "La presidenta Grace Okafor abrió la sesión; la co-presidenta Tom Ruiz leyó los términos.",
        ),
    ],
)
def test_a_co_title_is_another_post(corpus, claims, claim, lang, text):
    """ "co-pilot Harvino" beside the captain, "co-chair Tom Ruiz" beside the chair (both known to
    the fact sheet): a prefix joined by a hyphen makes the title another post, whose holder is no
    conflict."""
    r = corpus(claims, {"a.txt": _article(text, lang)}, base=False)
    assert finding(r, claim).verdict in ("supports", "silent")


PASSENGERS = (
    HEAD
    + """
claims:
  - id: passengers
    statement: The plane carried 181 passengers, besides its eight crew.
    about: [passengers, pasajeros]
    expect: {quantity: 181, unit: people}
  - id: students
    statement: The ferry carried 325 students on a school trip.
    about: [students, estudiantes]
    expect: {quantity: 325, unit: people}
"""
)


@pytest.mark.parametrize(
    "claim, lang, text, verdict",
    [
        ("passengers", "en", "The passenger plane carrying 188 people crashed into the sea.", "unclear"),
        ("passengers", "es", "El avión de pasajeros, que transportaba a 189 personas, se estrelló.", "unclear"),
        (
            "students",
            "en",
            "The ferry of the students' school trip was carrying 476 people when it capsized.",
            "unclear",
        ),
        # the claim's own noun is compared as it stands
        ("passengers", "en", "The plane was carrying 188 passengers when it crashed.", "conflicts"),
    ],
)
def test_a_count_of_all_people_is_no_count_of_one_kind(corpus, claim, lang, text, verdict):
    """ "carrying 188 people" counts passengers and crew: for a claim of 181 passengers (or 325
    students) a head count of everyone that disagrees is a question, never a conflict."""
    r = corpus(PASSENGERS, {"a.txt": _article(text, lang)}, base=False)
    assert finding(r, claim).verdict == verdict


MINUTES = (
    HEAD
    + """
claims:
  - id: minutes
    statement: Contact was lost about 13 minutes after take-off.
    about: [after take-off, después de despegar]
    expect: {quantity: 13, tolerance: 1}
  - id: hours
    statement: The jury deliberated for 27 hours over four days.
    about: [deliberated, deliberations]
    expect: {quantity: 27}
"""
)


@pytest.mark.parametrize(
    "claim, lang, text",
    [
        ("minutes", "en", "The jet, carrying 189 people, crashed shortly after take-off."),
        ("minutes", "es", "El avión, que transportaba a 189 personas, cayó poco después de despegar."),
        ("hours", "en", "Jurors deliberated while 300 people waited outside the courthouse."),
    ],
)
def test_a_head_count_is_no_figure_of_a_claim_written_in_a_unit(corpus, claim, lang, text):
    """A claim whose statement writes its figure in a unit ("13 minutes", "27 hours") counts no
    people: "189 people" in its sentence is another figure, no evidence."""
    r = corpus(MINUTES, {"a.txt": _article(text, lang)}, base=False)
    assert finding(r, claim).verdict == "silent"


SIDES = (
    HEAD
    + """
entities:
  mesa: {name: Carlos Mesa, aliases: [Mesa]}
  gay: {name: Tyson Gay, aliases: [Gay]}
claims:
  - id: mesa-share
    statement: Carlos Mesa won 28.83% of the valid votes.
    about: [mesa]
    expect: {quantity: 28.83, unit: percent, tolerance: 0.1}
  - id: gay-time
    statement: Tyson Gay ran the final in 9.71 seconds.
    about: [gay]
    expect: {quantity: 9.71, unit: second}
"""
)


@pytest.mark.parametrize(
    "claim, lang, text, verdict",
    [
        ("mesa-share", "en", "Arce won a large victory with about 53%, more than 20 points than Mesa.", "unclear"),
        ("mesa-share", "es", "Arce ganó con el 55% de los votos, muchos más que Mesa.", "unclear"),
        ("gay-time", "en", "Bolt won in 9.58 seconds, well ahead of Gay.", "unclear"),
        # the name before the figure holds it
        ("mesa-share", "en", "Mesa won 31% of the votes, more than Camacho.", "conflicts"),
    ],
)
def test_a_name_after_a_comparison_is_the_other_side(corpus, claim, lang, text, verdict):
    """ "with about 53%, more than 20 points than Mesa": a name the sentence gives only after
    "than", "ahead of", "por delante de" is what the figure is set against, not its holder."""
    r = corpus(SIDES, {"a.txt": _article(text, lang)}, base=False)
    assert finding(r, claim).verdict == verdict


RECALLED = (
    HEAD
    + """
claims:
  - id: dam-toll
    statement: The collapse killed 270 people.
    about: [killed, muertos]
    exclude: [Mariana, 2015]
    expect: {quantity: 270, unit: people}
  - id: quake-toll
    statement: The earthquake killed 8,964 people.
    about: [killed, dead]
    exclude: ['1934']
    expect: {quantity: 8964, unit: people}
"""
)


@pytest.mark.parametrize(
    "claim, lang, text, verdict",
    [
        (
            "dam-toll",
            "en",
            "Vale also owned the dam near Mariana that burst. That accident killed 19 people.",
            "silent",
        ),
        ("dam-toll", "es", "Vale era dueña de la presa de Mariana. Aquella tragedia dejó 19 muertos.", "silent"),
        ("quake-toll", "en", "Kathmandu was razed in 1934. That earthquake killed 10,700 people.", "silent"),
        # a sentence that names the story's own occurrence is read
        (
            "quake-toll",
            "en",
            "Kathmandu was razed in 1934. The earthquake on Saturday killed 7,000 people.",
            "conflicts",
        ),
    ],
)
def test_a_sentence_recalling_an_excluded_occurrence_is_excluded(corpus, claim, lang, text, verdict):
    """ "That accident killed 19 people" right after a sentence about Mariana (excluded) is about
    Mariana's accident: a demonstrative before a noun of an occurrence points back at it."""
    r = corpus(RECALLED, {"a.txt": _article(text, lang)}, base=False)
    assert finding(r, claim).verdict == verdict


TERMS = (
    HEAD
    + """
claims:
  - id: potter-term
    statement: Potter was sentenced to two years.
    about: [sentenced, sentence, sentencia, condenada]
    expect: {quantity: 2, unit: year}
  - id: manafort-term
    statement: Manafort was sentenced to 47 months in prison.
    about: [sentenced, sentence]
    expect: {quantity: 47, unit: month}
"""
)


@pytest.mark.parametrize(
    "claim, lang, text, verdict",
    [
        (
            "potter-term",
            "en",
            "Under the sentence, Potter will serve 16 months in prison and 8 months of supervised release.",
            "unclear",
        ),
        (
            "potter-term",
            "es",
            "Según la sentencia, Potter cumplirá 16 meses en prisión y 8 meses de libertad supervisada.",
            "unclear",
        ),
        (
            "manafort-term",
            "en",
            "Manafort was sentenced to 47 months, to be followed by three years of supervised release.",
            "supports",
        ),
        ("manafort-term", "en", "His sentence: 36 months in prison, then three years of probation.", "unclear"),
        # a term not split is compared as it stands
        ("manafort-term", "en", "Manafort was sentenced to 36 months in prison.", "conflicts"),
    ],
)
def test_a_term_split_with_a_release_gives_parts(corpus, claim, lang, text, verdict):
    """ "16 months in prison and 8 months of supervised release" splits a two-year term: a span of
    it that disagrees is a part, never a conflict of the whole."""
    r = corpus(TERMS, {"a.txt": _article(text, lang)}, base=False)
    assert finding(r, claim).verdict == verdict


HOLDERS = (
    HEAD
    + """
entities:
  nadal: {name: Rafael Nadal, aliases: [Nadal]}
  djokovic: {name: Novak Djokovic, aliases: [Djokovic]}
  arce: {name: Luis Arce, aliases: [Arce]}
  mesa: {name: Carlos Mesa, aliases: [Mesa]}
claims:
  - id: slam-count
    statement: The title was Nadal's 22nd Grand Slam title.
    about: [Grand Slam, Slam, majors]
    expect: {quantity: 22}
  - id: arce-share
    statement: Arce won 55.1% of the votes.
    about: [arce]
    expect: {quantity: 55.1, unit: percent, tolerance: 0.1}
"""
)


@pytest.mark.parametrize(
    "claim, lang, text, verdict",
    [
        ("slam-count", "en", "He also made sure Djokovic remains behind him in the Slam count with 20.", "unclear"),
        ("slam-count", "es", "Djokovic sigue detrás de él en la cuenta de Grand Slam con 20.", "unclear"),
        ("arce-share", "en", "Arce beat the field as Mesa finished second behind him with 28.8%.", "unclear"),
        # the claim's own person before the figure holds it
        ("slam-count", "en", "Nadal moved ahead of Djokovic in the Slam count with 21.", "conflicts"),
    ],
)
def test_a_figure_after_with_is_its_subjects(corpus, claim, lang, text, verdict):
    """ "Djokovic remains behind him in the Slam count with 20": the figure after "with" is held by
    the fact sheet's person its clause opens with, not by the claim's person: a question."""
    r = corpus(HOLDERS, {"a.txt": _article(text, lang)}, base=False)
    assert finding(r, claim).verdict == verdict


COUNTS = (
    HEAD
    + """
claims:
  - id: rg-titles
    statement: The title was Nadal's 14th at Roland Garros.
    about: [Roland Garros, titles, títulos]
    expect: {quantity: 14}
  - id: slam-titles
    statement: It was his 22nd Grand Slam title.
    about: [Grand Slam]
    expect: {quantity: 22}
  - id: labour-seats
    statement: Labour won 411 seats.
    about: [Labour seats, seats for Labour]
    expect: {quantity: 411}
  - id: majority
    statement: Labour's majority is 174.
    about: [majority]
    expect: {quantity: 174}
"""
)


@pytest.mark.parametrize(
    "claim, lang, text, verdict",
    [
        ("rg-titles", "es", "Nadal consiguió coronarse en Roland Garros y llegar a los 22 de títulos.", "unclear"),
        ("rg-titles", "en", "Nadal triumphed at Roland Garros, taking his titles to 22.", "unclear"),
        ("labour-seats", "en", "By dawn the Labour seats had reached 174.", "unclear"),
        # a figure no other claim gives is compared as it stands
        ("rg-titles", "en", "Nadal triumphed at Roland Garros, taking his titles there to 13.", "conflicts"),
    ],
)
def test_another_claims_figure_is_a_question_even_unnamed(corpus, claim, lang, text, verdict):
    """A bare count the fact sheet gives as another claim's figure ("los 22 de títulos" in a
    sentence on Roland Garros, where 22 is the Grand Slam count) may be that fact: a question."""
    r = corpus(COUNTS, {"a.txt": _article(text, lang)}, base=False)
    assert finding(r, claim).verdict == verdict


COPULA_OF = (
    HEAD
    + """
claims:
  - id: toll
    statement: The collapse killed 270 people.
    about: [muertos, balance]
    expect: {quantity: 270, unit: people}
  - id: turnout
    statement: Turnout was 88.4%.
    about: [participación]
    expect: {quantity: 88.4, unit: percent, tolerance: 0.1}
"""
)


@pytest.mark.parametrize(
    "claim, text, verdict",
    [
        ("toll", "El balance de última hora, recogido por Globo, es de 142 muertos.", "conflicts"),
        ("turnout", "Según el tribunal, la participación total fue de 87%.", "conflicts"),
        ("turnout", "Según el tribunal, la participación total fue de 88,4%.", "supports"),
    ],
)
def test_a_copula_before_de_is_no_noun_owning_the_figure(corpus, claim, text, verdict):
    """ "el balance … es de 142 muertos": the word before "de" is a copula, not a noun whose
    figure this is ("un precio de cierre de 11,89"), so the figure is the subject's."""
    r = corpus(COPULA_OF, {"a.txt": _article(text, "es")}, base=False)
    assert finding(r, claim).verdict == verdict
