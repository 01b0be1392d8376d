"""Property tests: no text crashes the checker, and every pair gets one verdict."""

from __future__ import annotations

import json
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck import check
from crosscheck.claims import parse_claims
from crosscheck.report import render

CLAIMS = parse_claims("""
scope: {date: 2021-10-08, window_days: 60}
entities:
  blinken: {name: Antony Blinken, aliases: [Blinken]}
  merida: {name: Merida Initiative, aliases: [Merida]}
claims:
  - {id: age, about: [merida], expect: {quantity: 13, unit: year}}
  - {id: year, about: [merida], expect: {year: 2008}}
  - {id: date, about: [meeting], expect: {date: 2021-10-08}}
  - {id: first, about: [meeting], expect: {term: first, conflicts: [revive]}}
  - {id: who, about: [Secretary of State], expect: {person: blinken}}
  - {id: team, about: [delegation], expect: {people: [blinken]}}
""")

WORDS = [
    "Merida",
    "Initiative",
    "meeting",
    "first",
    "revived",
    "Blinken",
    "Antony",
    "Anthony",
    "Secretary",
    "of",
    "State",
    "delegation",
    "13",
    "15",
    "years",
    "$3",
    "billion",
    "on",
    "Friday",
    "8",
    "October",
    "2021",
    "since",
    "2016",
    "said",
    "not",
    "He",
    "It",
    "—",
    "(Reuters)",
    "WASHINGTON,",
    "REUTERS/X",
    "around",
    "13-year-old",
    "1,960-mile",
    "US$3.3",
    "€500m",
    "?",
    ".",
    ",",
    "\n",
    "\n\n",
    "“",
    "”",
    "---",
]

article = st.lists(
    st.sampled_from(WORDS) | st.text(string.printable + "éü“”—\u200b\x1b", max_size=12), max_size=80
).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(article, min_size=1, max_size=3))
def test_any_text_gets_one_verdict_per_pair(tmp_path_factory, texts):
    folder = tmp_path_factory.mktemp("sources")
    for i, text in enumerate(texts):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    report = check(CLAIMS, [folder])
    assert len(report.findings) == len(CLAIMS.claims) * len(texts)
    assert len({(f.claim, f.source) for f in report.findings}) == len(report.findings)
    data = json.loads(render(report, "json"))
    assert data["summary"]["claims"] == len(CLAIMS.claims)
    render(report, "text", color=False)
    render(report, "markdown")
