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
    st.builds(
        lambda t, c: {
            "term": t,
            "conflicts": [p for p in c if p.casefold().split() != t.casefold().split()] or [t + " not"],
        },
        phrase,
        st.lists(phrase, min_size=1, max_size=3),
    ),
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


# --- hostile values: claims at the edges of numbers and the calendar, any encoding, any file name ----

edge_number = st.one_of(
    st.sampled_from(["1e400", "-1e400", ".nan", ".inf", "-.inf", "1e-400", "0", "-0", "1e30", "1e31", "true"]),
    st.integers(-(10**500), 10**500).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)
edge_date = st.sampled_from(["0001-01-01", "9999-12-31", "9999-12-30", "0001-01-02", "2021-10-08", "2021-13-45"])
edge_claims = st.builds(
    lambda date, window, after, quantity, tolerance, year, version, name: (
        f"version: {version}\n"
        f"scope: {{date: {date}, window_days: {window}, window_days_after: {after}}}\n"
        f"entities:\n  e0: {{name: {json.dumps(name)}}}\n"
        "claims:\n"
        f"  - {{id: q, statement: {json.dumps(name)}, about: [e0], expect: {{quantity: {quantity}, "
        f"unit: km, tolerance: {tolerance}}}}}\n"
        f"  - {{id: y, about: [e0], expect: {{year: {year}}}}}\n"
        f"  - {{id: d, about: [e0], expect: {{date: {date}}}}}\n"
    ),
    edge_date,
    edge_number,
    edge_number,
    edge_number,
    edge_number,
    edge_number,
    st.sampled_from(["1", "true", "1.0", "01", '"1"']),
    st.text(string.ascii_letters + " \x1b\x07\n\u202e", min_size=1, max_size=12).filter(str.strip),
)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "utf-32-be", "cp1252", "latin-1"]


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=edge_claims, body=text)
def test_fuzz_claims_at_the_edges_either_read_or_refused(tmp_path_factory, doc, body):
    """Every claims file is either a clear, located InputError or a run that renders: never a crash."""
    try:
        claims = parse_claims(doc)
    except Exception as exc:
        assert type(exc).__name__ == "InputError", exc
        assert all(p.line for p in exc.problems), exc
        return
    folder = tmp_path_factory.mktemp("sources")
    (folder / "a.txt").write_text("Published 9999-12-31\n\n" + body, encoding="utf-8", errors="surrogatepass")
    report = check(claims, [folder])
    assert len(report.findings) == len(claims.claims)
    for fmt in ("json", "text", "markdown", "sarif", "junit"):
        shown = render(report, fmt, color=False)
        assert fmt not in ("text", "markdown") or "\x1b" not in shown


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=text,
    encoding=st.sampled_from(ENCODINGS),
    name=st.text(string.ascii_letters + "\x1b\x07\x9b\u202e[];", min_size=1, max_size=10),
)
def test_fuzz_any_encoding_and_file_name(tmp_path_factory, body, encoding, name):
    """Articles in any byte encoding, under any file name, are read or skipped with a warning, and no
    file name reaches the terminal raw."""
    folder = tmp_path_factory.mktemp("sources")
    (folder / f"{name}.txt").write_bytes(("Tunnel opened\n\n" + body).encode(encoding, errors="replace"))
    claims = parse_claims(
        "claims:\n  - {id: c, statement: Tunnel length, about: [tunnel], expect: {quantity: 13, unit: km}}\n"
    )
    report = check(claims, [folder])
    assert len(report.findings) == 1
    source = report.sources[0]
    assert source.status == "checked" or any(w.source == source.path for w in report.warnings)
    assert encoding in ("utf-16-le", "utf-32-be") or source.status == "checked"  # no mark: said, not guessed
    assert "\x1b" not in render(report, "text", color=False)
