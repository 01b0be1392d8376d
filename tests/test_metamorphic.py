"""Metamorphic and fuzz properties that must hold for any article and claim.

Articles are generated from varied templates (subjects, figures, units, dates,
filler paragraphs), so each property is checked on wording no one tuned for.
"""

from __future__ import annotations

import json
import string
import unicodedata

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from crosscheck import check
from crosscheck.claims import parse_claims
from crosscheck.report import render

SUBJECTS = [
    ("Lakeside Tunnel", "tunnel"),
    ("Nordbahn Line", "line"),
    ("Orchard Dam", "dam"),
    ("Saint-Émile Viaduct", "viaduct"),
    ("Ribeira Canal", "canal"),
]
TEMPLATES = [
    "The {name} is {value} {unit} long, engineers said.",
    "Officials said the {name} stretches {value} {unit}.",
    "According to the ministry, the {name} measures {value} {unit}.",
    "The {name}, which is {value} {unit} long, opened to traffic.",
]
FILLER = [
    "Residents gathered near the river on a cold morning.",
    "The weather was mild and the crowds were large.",
    "Traffic was diverted through the old town for several hours.",
    "Local shops reported brisk business during the celebrations.",
    "A band played while children waved flags from the bridge approach.",
]
UNITS = {"km": 1.0, "kilometres": 1.0, "miles": 1 / 1.609344, "metres": 1000.0}

settings.register_profile(
    "crosscheck",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.load_profile("crosscheck")


def claims_for(name: str, km: float, published: str = "2024-05-17") -> str:
    return f"""
scope: {{date: {published}, window_days: 30}}
entities:
  subject: {{name: "{name}"}}
claims:
  - id: length
    statement: The {name} is {km:g} km long.
    about: [subject]
    expect: {{quantity: {km:g}, unit: km, tolerance: 1%}}
"""


def verdicts(tmp_path_factory, claims: str, article: str) -> list[str]:
    folder = tmp_path_factory.mktemp("sources")
    (folder / "a.md").write_text("---\npublished: 2024-05-18\n---\n" + article, encoding="utf-8")
    report = check(parse_claims(claims), [folder])
    return [f.verdict for f in report.findings]


def article_of(paragraphs: list[str]) -> str:
    return "Infrastructure news of the week\n\n" + "\n\n".join(paragraphs) + "\n"


scenario = st.tuples(
    st.sampled_from(SUBJECTS),
    st.sampled_from(TEMPLATES),
    st.sampled_from(sorted(UNITS)),
    st.integers(min_value=2, max_value=900),
    st.lists(st.sampled_from(FILLER), max_size=3),
)


def _stated(template: str, name: str, km: float, unit: str) -> str:
    value = f"{round(km * UNITS[unit], 3):.3f}".rstrip("0").rstrip(".")  # as articles write it: never "1e+06"
    return template.format(name=name, value=value, unit=unit)


@given(s=scenario)
def test_restating_in_another_unit_keeps_supports(tmp_path_factory, s):
    (name, _), template, unit, km, filler = s
    claims = claims_for(name, km)
    base = article_of([_stated(template, name, km, "km"), *filler])
    other = article_of([_stated(template, name, km, unit), *filler])
    assert verdicts(tmp_path_factory, claims, base) == ["supports"]
    assert verdicts(tmp_path_factory, claims, other) == ["supports"]


@given(s=scenario, factor=st.sampled_from([0.5, 0.8, 1.25, 2.0]))
def test_a_figure_outside_the_tolerance_conflicts(tmp_path_factory, s, factor):
    (name, _), template, unit, km, filler = s
    claims = claims_for(name, km)
    wrong = article_of([_stated(template, name, km * factor, unit), *filler])
    assert verdicts(tmp_path_factory, claims, wrong) == ["conflicts"]


@given(s=scenario, extra=st.sampled_from(FILLER), data=st.data())
def test_unrelated_paragraphs_and_their_order_do_not_matter(tmp_path_factory, s, extra, data):
    (name, _), template, unit, km, filler = s
    claims = claims_for(name, km * 1.5)
    paragraphs = [_stated(template, name, km, unit), *filler]
    expected = verdicts(tmp_path_factory, claims, article_of(paragraphs))
    shuffled = data.draw(st.permutations([*paragraphs, extra]))
    assert verdicts(tmp_path_factory, claims, article_of(list(shuffled))) == expected


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@given(s=scenario)
def test_stripping_accents_changes_nothing(tmp_path_factory, s):
    (_name, _), template, unit, km, filler = s
    claims = claims_for("Saint-Émile Viaduct", km)
    text = article_of([_stated(template, "Saint-Émile Viaduct", km * 2, unit), *filler])
    assert verdicts(tmp_path_factory, claims, text) == verdicts(tmp_path_factory, claims, _strip_accents(text))


@given(s=scenario, years=st.integers(min_value=2, max_value=20))
def test_a_source_outside_the_window_is_out_of_scope(tmp_path_factory, s, years):
    (name, _), template, unit, km, _filler = s
    claims = claims_for(name, km, published=f"{2024 + years}-05-17")
    assert verdicts(tmp_path_factory, claims, article_of([_stated(template, name, km * 3, unit)])) == ["out_of_scope"]


# --- fuzzing: random text against random valid claims files ---------------------------------

WORDS = [
    "Tunnel",
    "tunnel",
    "Lakeside",
    "opened",
    "first",
    "revived",
    "not",
    "said",
    "He",
    "It",
    "km",
    "miles",
    "13",
    "1,960-mile",
    "$3",
    "billion",
    "€500m",
    "around",
    "on",
    "Friday",
    "8",
    "October",
    "2021",
    "since",
    "—",
    "(AP)",
    "REUTERS/X",
    "?",
    ".",
    ",",
    "\n",
    "\n\n",
    "“",
    "”",
    "<!-- crosscheck: off -->",
    "---",
    "#",
]
text = st.lists(st.sampled_from(WORDS) | st.text(string.printable + "éü“”—\u200b\x1b", max_size=10), max_size=60).map(
    " ".join
)
phrase = st.text(string.ascii_letters + " -éÜ'", min_size=1, max_size=20).filter(lambda p: p.strip(" -'"))
expect = st.one_of(
    st.builds(
        lambda q, u: {"quantity": q, **({"unit": u} if u else {})},
        st.integers(0, 10**9) | st.floats(0, 1e6, allow_nan=False),
        st.sampled_from([None, "km", "USD", "year", "people", "%", "MXN"]),
    ),
    st.builds(
        lambda y, m, d: {"date": f"{y:04d}-{m:02d}-{d:02d}"},
        st.integers(1900, 2100),
        st.integers(1, 12),
        st.integers(1, 28),
    ),
    st.builds(lambda y: {"year": y}, st.integers(1, 9999)),
    st.builds(lambda y, m: {"month": f"{y:04d}-{m:02d}"}, st.integers(1900, 2100), st.integers(1, 12)),
    st.builds(lambda t, c: {"term": t, "conflicts": c}, phrase, st.lists(phrase, min_size=1, max_size=3)),
    st.just({"person": "e0"}),
    st.just({"people": ["e0", "e1"]}),
)
claims_doc = st.builds(
    lambda names, abouts, expects: {
        "version": 1,
        "scope": {"date": "2021-10-08", "window_days": 60},
        "entities": {f"e{i}": {"name": n, "aliases": [n.split()[-1]]} for i, n in enumerate(names)},
        "claims": [{"id": f"c{i}", "about": a, "expect": e} for i, (a, e) in enumerate(zip(abouts, expects))],
    },
    st.lists(phrase, min_size=2, max_size=3),
    st.lists(st.lists(phrase, min_size=1, max_size=3), min_size=1, max_size=4),
    st.lists(expect, min_size=4, max_size=4),
)


@settings(max_examples=200)
@given(doc=claims_doc, texts=st.lists(text, min_size=1, max_size=3))
def test_fuzz_random_claims_and_text(tmp_path_factory, doc, texts):
    claims = parse_claims(json.dumps(doc))  # JSON is YAML
    assume(claims.claims)
    folder = tmp_path_factory.mktemp("sources")
    for i, body in enumerate(texts):
        (folder / f"{i}.md").write_text(body, encoding="utf-8", errors="surrogatepass")
    try:
        report = check(claims, [folder])
    except Exception as exc:  # malformed front matter is the one input error an article can cause
        assert type(exc).__name__ == "InputError", exc
        return
    assert len(report.findings) == len(claims.claims) * len(texts)
    assert len({(f.claim, f.source) for f in report.findings}) == len(report.findings)
    json.loads(render(report, "json"))
    for fmt in ("text", "markdown", "github", "sarif", "junit"):
        render(report, fmt, color=False)
