"""Each article's language: declared in front matter or the manifest, else told from its text; an
article in a language crosscheck does not read is listed with a warning and never checked with
English rules (claims-format.md, Languages)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT
from crosscheck import sources
from crosscheck.report import render
from crosscheck.sources import detect, english_share, language_code, language_name

CLAIMS = """
claims:
  - id: bridge-cost
    about: [bridge]
    expect: {quantity: 40 million, unit: EUR}
  - id: bridge-opened
    about: [bridge, puente]
    expect: {date: 2024-05-17}
"""

# Written as Spanish outlets write: a thousands full stop, a decimal comma, a day before its month.
SPANISH_BRIDGE = """\
    El puente Riverside abre al tráfico

    El alcalde inauguró el viernes 17 de mayo el puente Riverside, que costó 40,5 millones de euros y
    une los dos barrios del río tras cuatro años de obras. Según el ayuntamiento, lo cruzarán 12.500
    vehículos al día. "Es el puente que la ciudad esperaba desde hace décadas", dijo Grace Okafor, la
    ingeniera jefe del proyecto, ante cientos de vecinos que celebraron la apertura.
    """

SPANISH_FLOODS = """\
    Las inundaciones dejan al menos 205 muertos en Valencia

    Las lluvias torrenciales de la última semana han causado al menos 205 muertos en la provincia de
    Valencia, según el último balance de los servicios de emergencia, que todavía buscan a decenas de
    desaparecidos. El presidente regional, Carlos Mazón, pidió ayuda al Gobierno central y anunció un
    plan de reconstrucción de 250 millones de euros para los municipios más afectados por la riada.
    """

# A language crosscheck does not read.
FRENCH_BRIDGE = """\
    Le pont Riverside ouvre à la circulation

    Le maire a inauguré vendredi 17 mai le pont Riverside, qui a coûté 40,5 millions d'euros et relie
    les deux quartiers de la rivière après quatre ans de travaux. Selon la mairie, 12 500 véhicules le
    traverseront chaque jour. « C'est le pont que la ville attendait depuis des décennies », a déclaré
    Grace Okafor, l'ingénieure en chef du projet, devant des centaines d'habitants.
    """

ENGLISH_BRIDGE = """\
    Riverside Bridge opens

    The mayor opened the Riverside Bridge on Friday, 17 May 2024. The bridge cost €40 million.
    """

# English that is mostly names and figures: a results table and a list of officials.
ENGLISH_FIGURES = """\
    EU referendum: results by region

    London: Remain 2,263,519 (59.9%), Leave 1,513,232 (40.1%)
    Scotland: Remain 1,661,191 (62.0%), Leave 1,018,322 (38.0%)
    Wales: Leave 854,572 (52.5%), Remain 772,347 (47.5%)
    Northern Ireland: Remain 440,707 (55.8%), Leave 349,442 (44.2%)
    North East: Leave 778,103 (58.0%), Remain 562,595 (42.0%)
    Turnout 72.2%. Source: Electoral Commission
    """
ENGLISH_NAMES = """\
    Chile's rescued miners

    Luis Urzua, Florencio Avalos, Mario Sepulveda, Juan Illanes, Carlos Mamani, Jimmy Sanchez,
    Osman Araya, Jose Ojeda, Claudio Yanez, Mario Gomez and Alex Vega were among the 33 men lifted
    out of the San Jose mine in Copiapo by the Fenix 2 capsule on 13 October 2010, Mining Minister
    Laurence Golborne said. President Sebastian Pinera and First Lady Cecilia Morel met each of them.
    """


def _article(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def _source(tmp_path: Path, text: str, name: str = "a.txt", manifest: dict | None = None) -> sources.Source:
    (tmp_path / name).write_text(_article(text), encoding="utf-8")
    return sources.load(tmp_path / name, tmp_path, {name: manifest} if manifest else {})


# --- the language of an article ---------------------------------------------------------------


@pytest.mark.parametrize("text", [SPANISH_BRIDGE, SPANISH_FLOODS])
def test_spanish_text_is_told_from_its_words(text):
    assert english_share(_article(text)) < 0.05
    assert detect(_article(text)) == "es"


@pytest.mark.parametrize(
    "path",
    [
        "chile-miners/sources/04_portalpolitico-sanos-y-salvos.txt",
        "chile-miners/sources/05_biobiochile-llega-capsula.txt",
        "christchurch-quake/sources/06_continental-ar.txt",
        "rosetta-philae/sources/10_blastingnews-es.txt",
        "rosetta-philae/sources/11_vozpopuli-es.txt",
        "rosetta-philae/sources/12_grandesempresas-es.txt",
    ],
)
def test_the_spanish_articles_of_the_corpus_are_spanish(path, tmp_path):
    source = sources.load(ROOT / "tests" / "corpus" / path, tmp_path, {})
    assert sources.language(source) == sources.Language("es", "text")


@pytest.mark.parametrize("text", [ENGLISH_BRIDGE, ENGLISH_FIGURES, ENGLISH_NAMES])
def test_english_full_of_names_and_figures_is_still_english(text):
    assert detect(_article(text)) == "en"


def test_english_articles_of_the_corpus_pass_the_word_check_alone():
    """Every English article the corpus designs on is English by its function words, so the
    detector is never asked about it."""
    shares = {}
    for story in ("arm-softbank", "brexit-referendum", "chile-miners", "christchurch-quake", "rosetta-philae"):
        for path in sorted((ROOT / "tests" / "corpus" / story / "sources").iterdir()):
            source = sources.load(path, path.parent, {})
            shares[path.name] = english_share(source.text[source.body_start :])
    spanish = {
        n for n in shares if n.startswith(("04_portal", "05_biobio", "06_contin", "10_blast", "11_voz", "12_grand"))
    }
    assert len(spanish) == 6
    assert all(shares[n] < 0.05 for n in spanish)
    assert all(shares[n] >= 1.5 * sources.ENGLISH_SHARE for n in set(shares) - spanish), shares


def test_a_text_the_detector_is_unsure_of_is_read_as_english():
    assert detect("Merida 2016 Blinken") == "en"
    assert detect("") == detect("2,263,519 (59.9%) — 1,513,232") == "en"


def test_front_matter_wins_over_the_text(tmp_path):
    spanish_declared = _source(tmp_path, "---\nlang: es\n---\n" + _article(ENGLISH_BRIDGE))
    assert sources.language(spanish_declared) == sources.Language("es", "front_matter")
    english_declared = _source(tmp_path, "---\nlanguage: en-GB\n---\n" + _article(SPANISH_FLOODS), "b.txt")
    assert sources.language(english_declared) == sources.Language("en", "front_matter")


def test_the_manifest_declares_a_language_and_front_matter_wins_over_it(tmp_path):
    from_manifest = _source(tmp_path, ENGLISH_BRIDGE, manifest={"language": "es-MX"})
    assert sources.language(from_manifest) == sources.Language("es", "manifest")
    both = _source(tmp_path, "---\nlang: en\n---\n" + _article(SPANISH_BRIDGE), "b.txt", manifest={"lang": "es"})
    assert sources.language(both) == sources.Language("en", "front_matter")


def test_an_unknown_declared_language_is_a_warning_and_the_text_decides(tmp_path):
    found = sources.language(_source(tmp_path, "---\nlang: español\n---\n" + _article(SPANISH_BRIDGE)))
    assert found.code == "es" and found.found_in == "text"
    assert found.warning is not None and "'español'" in found.warning and "front matter" in found.warning


@pytest.mark.parametrize(
    "declared, code",
    [("es", "es"), ("ES", "es"), ("es-MX", "es"), ("es_ES", "es"), ("spa", "es"), ("Spanish", "es"),
     ("en-US", "en"), ("English", "en"), ("fr-CA", "fr"), ("deu", "de"), ("xx", None), ("español", None)],
)  # fmt: skip
def test_declared_languages_are_read_as_iso_codes(declared, code):
    assert language_code(declared) == code


def test_an_unquoted_norwegian_code_is_norwegian(tmp_path):
    """YAML reads `lang: no` as false; it is the code of Norwegian."""
    found = sources.language(_source(tmp_path, "---\nlang: no\n---\n" + _article(ENGLISH_BRIDGE)))
    assert (found.code, found.name) == ("no", "Norwegian")
    found = sources.language(_source(tmp_path, ENGLISH_BRIDGE, "b.txt", manifest={"lang": False}))
    assert (found.code, found.found_in) == ("no", "manifest")


def test_language_names():
    assert [language_name(c) for c in ("en", "es", "de", "ext", "zz")] == [
        "English",
        "Spanish",
        "German",
        "Extremaduran",
        "zz",
    ]


# --- an article crosscheck does not read ------------------------------------------------------------


def test_an_article_in_a_language_crosscheck_does_not_read_is_listed_with_a_warning_and_never_read(corpus):
    report = corpus(CLAIMS, {"en.txt": ENGLISH_BRIDGE, "fr.txt": FRENCH_BRIDGE}, base=False)
    why = "written in French (fr), which crosscheck does not read yet: not checked"
    by_path = {s.path: s for s in report.sources}
    assert by_path["sources/en.txt"].lang == "en" and by_path["sources/en.txt"].status == "checked"
    info = by_path["sources/fr.txt"]
    assert (info.lang, info.status, info.scope_note) == ("fr", "skipped", why)
    assert [(w.source, w.message) for w in report.warnings if w.source == info.path] == [(info.path, why)]
    findings = [f for f in report.findings if f.source == info.path]
    assert [(f.verdict, f.evidence, f.note) for f in findings] == [("silent", (), why)] * 2
    # The English article is read as before. Read with English rules, the French one would pass
    # for checked ("40,5 millions", "17 mai" mean nothing to them): it is not read at all.
    english = {f.claim: f.verdict for f in report.findings if f.source == "sources/en.txt"}
    assert english == {"bridge-cost": "supports", "bridge-opened": "supports"}
    assert report.count("conflicts") == report.count("mixed") == 0


def test_the_reports_name_the_language(corpus):
    report = corpus(CLAIMS, {"en.txt": ENGLISH_BRIDGE, "es.txt": SPANISH_BRIDGE, "fr.txt": FRENCH_BRIDGE}, base=False)
    data = json.loads(render(report, "json"))
    assert [(s["path"], s["lang"], s.get("status")) for s in data["sources"]] == [
        ("sources/en.txt", "en", None),
        ("sources/es.txt", "es", None),
        ("sources/fr.txt", "fr", "skipped"),
    ]
    assert data["summary"]["warnings"] == 1
    text = render(report, "text", color=False, width=200)
    assert "written in French (fr), which crosscheck does not read yet" in text
    assert "sources/es.txt language: es" in " ".join(text.split())
    assert "language: en" not in text


def test_a_spanish_article_is_read_in_spanish(corpus):
    """Its date and amount are read as Spanish writes them; an English topic word ("bridge") does
    not find the Spanish one ("puente"): the claim that lists both is the one that finds it."""
    report = corpus(CLAIMS, {"es.txt": "---\npublished: 2024-05-18\n---\n" + SPANISH_BRIDGE}, base=False)
    assert [(s.lang, s.status) for s in report.sources] == [("es", "checked")]
    found = {f.claim: f for f in report.findings}
    assert found["bridge-opened"].verdict == "supports"
    assert found["bridge-opened"].evidence[0].quote.endswith("viernes 17 de mayo")
    assert found["bridge-cost"].verdict == "silent"


# --- the detector is loaded only for articles that need it -------------------------------------------


def _modules_after_check(folder: Path, tmp_path: Path) -> list[str]:
    script = textwrap.dedent(f"""\
        import json, sys
        from crosscheck import check
        report = check({str(ROOT / "claims.yaml")!r}, [{str(folder)!r}])
        print(json.dumps([m for m in ("py3langid", "crosscheck.lexicon.es") if m in sys.modules]))
        """)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_checking_english_articles_never_loads_the_detector_nor_the_spanish_tables(tmp_path):
    assert _modules_after_check(ROOT / "sources", tmp_path) == []


def test_an_article_that_is_not_plainly_english_loads_it(tmp_path):
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "es.txt").write_text(_article(SPANISH_FLOODS), encoding="utf-8")
    assert _modules_after_check(folder, tmp_path) == ["py3langid", "crosscheck.lexicon.es"]


def test_names_are_names_in_every_language_so_misspellings_are_reported(corpus):
    claims = """
entities:
  urzua: {name: Luis Urzua, aliases: [Urzua]}
claims:
  - id: foreman
    statement: The shift foreman was Luis Urzua.
    about: [foreman]
    expect: {person: urzua, role: [foreman]}
"""
    french = (
        "Sauvetage au Chili\n\nLe chef d'équipe, Luiz Urzua, a été le dernier mineur à sortir de la mine San José, "
        "où les 33 mineurs sont restés bloqués pendant 69 jours. Les familles ont fait la fête au campement.\n"
    )
    report = corpus(claims, {"fr.txt": french}, base=False)
    assert report.sources[0].status == "skipped"
    assert [(m.found, m.canonical) for m in report.misspellings] == [("Luiz Urzua", "Luis Urzua")]


def test_discover_lists_an_article_it_does_not_read_and_compares_nothing_from_it(tmp_path):
    from crosscheck import discover

    (tmp_path / "fr.txt").write_text(FRENCH_BRIDGE, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH_BRIDGE, encoding="utf-8")
    found = discover([tmp_path])
    by_path = {s.path.rsplit("/", 1)[-1]: s for s in found.sources}
    assert by_path["fr.txt"].status == "skipped" and "French" in (by_path["fr.txt"].scope_note or "")
    assert all(st.source.endswith("en.txt") for d in found.disagreements for side in d.sides for st in side.statements)


@pytest.mark.parametrize("published", ["2019-05-17", "2022-11-15"])  # an anniversary piece, a retrospective
def test_an_article_crosscheck_does_not_read_dated_outside_the_window_is_out_of_scope(corpus, published):
    """Its publication date is no reading of its words: the window applies as to any article."""
    claims = CLAIMS + "scope: {date: 2024-05-17, window_days: 30}\n"
    report = corpus(claims, {"fr.txt": f"---\npublished: {published}\n---\n{FRENCH_BRIDGE}"}, base=False)
    findings = [f for f in report.findings if f.source == "sources/fr.txt"]
    assert {f.verdict for f in findings} == {"out_of_scope"}
    assert any("does not read" in w.message for w in report.warnings)


def test_discover_compares_a_toll_stated_in_english_and_in_spanish(tmp_path):
    """A death toll is one statement in both languages (the tables name the toll's kind in each)."""
    from crosscheck import discover

    (tmp_path / "en.txt").write_text(
        "---\npublished: 2023-10-26\n---\nHurricane Otis hits Acapulco\n\n"
        "Hurricane Otis made landfall near Acapulco on Wednesday. Officials said 27 people were killed.\n",
        encoding="utf-8",
    )
    (tmp_path / "es.txt").write_text(
        "---\npublished: 2023-10-26\nlang: es\n---\nEl huracán Otis golpea Acapulco\n\n"
        "El huracán Otis tocó tierra cerca de Acapulco el miércoles. Las autoridades dijeron que 39 personas "
        "murieron.\n",
        encoding="utf-8",
    )
    found = discover([tmp_path])
    (toll,) = found.disagreements
    assert (toll.kind, toll.subject) == ("quantity", "death toll")
    assert sorted(st.value for side in toll.sides for st in side.statements) == ["27 people", "39 people"]
    assert sorted(st.source.rsplit("/", 1)[-1] for side in toll.sides for st in side.statements) == ["en.txt", "es.txt"]
