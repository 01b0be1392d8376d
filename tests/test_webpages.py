"""Web pages as sources: a saved page gives what the same article saved as text gives, its
title, outlet and date come from the page, and nothing but the article is ever quoted.

The pages in tests/data/pages/<story>/ carry the text of corpus articles (tests/corpus/<story>/
sources/, same file names) inside the furniture of news sites: navigation, a cookie banner,
adverts, "related" and "most read" lists, comments, JSON-LD, Open Graph tags, a byline date and
a "© 2024" footer whose year is not a publication date.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from crosscheck import check, render, webpage
from crosscheck.pipeline import NOT_IN_PAGE

PAGES = ROOT / "tests" / "data" / "pages"
CORPUS = ROOT / "tests" / "corpus"
STORIES = sorted(p.name for p in PAGES.iterdir() if p.is_dir())


def _pages(story: str) -> list[Path]:
    return sorted((PAGES / story).glob("*.html"))


def _as_text(page: Path) -> Path:
    return CORPUS / page.parent.name / "sources" / f"{page.stem}.txt"


def _verdicts(report) -> dict[tuple[str, str], str]:
    return {(f.claim, Path(f.source).stem): f.verdict for f in report.findings}


@pytest.fixture(scope="module")
def reports() -> dict[str, tuple]:
    """Each story checked twice: its articles as text, then as web pages."""
    found = {}
    for story in STORIES:
        claims = str(CORPUS / story / "claims.yaml")
        pages = _pages(story)
        found[story] = (check(claims, [str(_as_text(p)) for p in pages]), check(claims, [str(p) for p in pages]))
    return found


def test_the_pages_carry_stories_with_contradictions():
    assert len(STORIES) >= 2 and sum(len(_pages(s)) for s in STORIES) >= 8
    for story in STORIES:
        assert all(_as_text(p).is_file() for p in _pages(story))


@pytest.mark.parametrize("story", STORIES)
def test_a_page_gives_the_verdicts_of_the_same_article_saved_as_text(reports, story):
    as_text, as_pages = reports[story]
    assert _verdicts(as_pages) == _verdicts(as_text)
    assert {"conflicts", "supports"} <= {f.verdict for f in as_pages.findings}  # something to get wrong
    assert all(s.status == "checked" for s in as_pages.sources)


def _meta(page: str, prop: str) -> str | None:
    m = re.search(rf'<meta property="{prop}" content="([^"]*)"', page)
    return html.unescape(m.group(1)) if m else None


@pytest.mark.parametrize("story", STORIES)
def test_title_outlet_and_date_come_from_the_page(reports, story):
    as_text, as_pages = reports[story]
    dated_by_text = {Path(s.path).stem: s.published for s in as_text.sources}
    for source in as_pages.sources:
        page = Path(source.path).read_text(encoding="utf-8")
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", page)
        assert h1 is not None
        assert source.title == html.unescape(h1.group(1))
        assert source.outlet == _meta(page, "og:site_name")
        # each page dates itself one way (JSON-LD, Open Graph, a byline's <time>), or not at all
        assert source.published == dated_by_text[Path(source.path).stem]
        assert source.date_from == ("page" if source.published else None)
        assert "2024" not in str(source.published)  # the footer's "© 2024" is no date


def test_a_page_without_json_ld_or_open_graph_dates_or_with_no_date_at_all():
    fortune, straits = (
        PAGES / "arm-softbank" / "06_fortune-murray.html",
        PAGES / "arm-softbank" / "08_straitstimes-sgd.html",
    )
    assert "datePublished" not in fortune.read_text() and "published_time" not in fortune.read_text()
    report = check(str(CORPUS / "arm-softbank" / "claims.yaml"), [str(fortune), str(straits)])
    by_name = {Path(s.path).name: s for s in report.sources}
    assert str(by_name[fortune.name].published) == "2016-07-18"  # its byline's <time> and its address
    assert by_name[straits.name].published is None and by_name[straits.name].date_from is None


def _shown(raw: str) -> str:
    """What a reader sees of a stretch of a page: no tags, entities decoded, whitespace as spaces."""
    text = html.unescape(re.sub(r"<[^>]*>", " ", raw))
    return " ".join(text.replace("\u00ad", "").split())


def _offset(text: str, line: int, column: int) -> int:
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    return starts[line - 1] + column - 1


FURNITURE_RE = re.compile(
    r"<(nav|aside|figure|footer|section)\b.*?</\1>"
    r"|<div id=\"cookie-consent\".*?</div>"
    r"|<div class=\"ad-slot.*?</script></div>",
    re.DOTALL,
)


@pytest.mark.parametrize("story", STORIES)
def test_every_quote_is_the_article_s_own_words_where_the_page_holds_them(reports, story):
    """No menu, banner, advert, list, comment, footer or markup is ever quoted, and each position
    points at the quote's own words in the page as stored."""
    _, as_pages = reports[story]
    quoted = 0
    for finding in as_pages.findings.notable():
        page = Path(finding.source).read_text(encoding="utf-8")
        article = _as_text(Path(finding.source)).read_text(encoding="utf-8")
        furniture = [m.span() for m in FURNITURE_RE.finditer(page)]
        body = page.index("<h1"), page.index("</article>")
        for e in finding.evidence:
            quoted += 1
            assert e.note is None or NOT_IN_PAGE not in e.note
            assert "<" not in e.quote and e.quote in article  # the article's own text, never markup
            start, end = _offset(page, e.line, e.column), _offset(page, e.end_line, e.end_column)
            assert _shown(page[start:end]) == " ".join(e.quote.split())
            assert body[0] <= start < end <= body[1] or (e.zone == "headline" and page.rfind("<title>", 0, start) >= 0)
            assert not any(a <= start < b for a, b in furniture)
    assert quoted > 10


def test_furniture_words_never_reach_a_report(reports):
    for _, as_pages in reports.values():
        shown = json.dumps(json.loads(render(as_pages, "json"))["findings"])
        for furniture in ("cookies", "Advertisement", "All rights reserved", "Most read", "says:", "Leave a Reply"):
            assert furniture not in shown
        for comment in ("£30 billion in the end", "14 if you count", "S$50 billion", "Rest in peace to the 30"):
            assert comment not in shown


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Merida pact under review</title>
<meta property="og:site_name" content="The Desk">{head}</head><body>
<div id="cookie-banner"><p>We use cookies to improve your experience. Accept all</p></div>
<nav><a href="/">Home</a> <a href="/world">Merida Initiative is 99 years old</a></nav>
<article><h1>Merida pact under review</h1>
<p>The Merida Initiative is 13 years old. Officials from both countries met in Mexico City on Friday to
review the security pact and its results.</p>{body}
</article><footer>&copy; 2024 The Desk</footer></body></html>"""
CLAIMS = """version: 1
scope: {date: 2021-10-08, window_days: 60}
entities:
  merida: {name: Merida Initiative, aliases: [Merida]}
claims:
  - id: merida-age
    statement: The Merida Initiative is 13 years old.
    about: [merida]
    expect: {quantity: 13, unit: year}
"""


def _write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


def test_a_page_with_no_article_text_is_skipped_with_a_reason(tmp_path):
    consent = (
        '<html><body><header><nav><a href="/">Home</a> <a href="/w">World news today</a></nav></header>'
        '<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience on our '
        "site. By continuing you accept them.</p><button>Accept all</button></div><footer>© 2024</footer></body></html>"
    )
    _write(
        tmp_path, {"claims.yaml": CLAIMS, "sources/a.html": PAGE.format(head="", body=""), "sources/b.html": consent}
    )
    report = check(tmp_path / "claims.yaml", [tmp_path / "sources"])
    a, b = report.sources
    assert a.status == "checked" and b.status == "skipped"
    assert "no article text" in (b.scope_note or "")
    assert [f.verdict for f in report.findings] == ["supports", "silent"]
    assert any("no article text" in w.message for w in report.warnings)


def test_a_manifest_gives_what_the_page_lacks_and_is_told_where_it_differs(tmp_path):
    dated = '<meta property="article:published_time" content="2021-10-08T10:00:00Z">'
    _write(
        tmp_path,
        {
            "claims.yaml": CLAIMS,
            "sources/a.html": PAGE.format(head="", body=""),
            "sources/b.html": PAGE.format(head=dated, body=""),
            "sources/sources.yaml": "a.html: {published: 2021-10-07, outlet: Other}\nb.html: {published: 2021-10-01}\n",
        },
    )
    report = check(tmp_path / "claims.yaml", [tmp_path / "sources"])
    a, b = report.sources
    assert (str(a.published), a.date_from, a.outlet) == ("2021-10-07", "manifest", "The Desk")
    assert (str(b.published), b.date_from) == ("2021-10-08", "page")
    said = [w.message for w in report.warnings if w.source and w.source.endswith("b.html")]
    assert said == ["the manifest's published 2021-10-01 is not used: the page gives its own date, 2021-10-08"]


def test_a_quote_not_found_in_the_page_keeps_its_place_in_the_text_read_and_says_so(tmp_path, monkeypatch):
    """Where extraction's text and the page part (here an extractor that rewrote a paragraph),
    the evidence stays in the text read, says so in every report, and the HTML page shows it
    in that text."""
    _write(tmp_path, {"claims.yaml": CLAIMS, "sources/a.html": PAGE.format(head="", body="")})
    real = webpage.extract

    def rewritten(page, url=None):
        found = real(page, url)
        return found and webpage.Page(found.text.replace("13 years old.", "15 years old."), found.title, found.outlet)

    monkeypatch.setattr(webpage, "extract", rewritten)
    report = check(tmp_path / "claims.yaml", [tmp_path / "sources"])
    (finding,) = report.findings
    (e,) = finding.evidence
    assert finding.verdict == "conflicts" and e.note == NOT_IN_PAGE
    assert (e.line, e.column) == (2, 1)  # the paragraph's place in the text read: the headline is line 1
    assert NOT_IN_PAGE in render(report, "json") and NOT_IN_PAGE in render(report, "text", color=False, width=300)
    refs = _refs(render(report, "html"))
    assert [2, 1, 2, 1 + len(e.quote)] in [s for r in refs for s in r["spans"]]


def _refs(page: str) -> list[dict]:
    found = re.search(r'<script type="application/json" id=refs>(.*?)</script>', page, re.DOTALL)
    assert found is not None
    return json.loads(found.group(1))


def test_the_html_report_shows_the_article_text_of_a_page_not_its_markup(reports):
    as_pages = reports["arm-softbank"][1]
    page = render(as_pages, "html")
    articles = page[page.index("<div class=articles hidden>") :]
    assert "&lt;p&gt;" not in articles and "&lt;script" not in articles
    assert "843 partners" not in articles and "Most read" not in articles and "2024" not in articles
    assert "TOKYO—Japanese technology company SoftBank Group Corp. is buying" in articles
    shown = {
        int(m.group(1)): [
            html.unescape(line) for line in re.findall(r"<span class=ln data-line=\d+>(.*?)</span>", m.group(2))
        ]
        for m in re.finditer(r"<pre class=article id=src-(\d+)>(.*?)</pre>", articles, re.DOTALL)
    }
    highlighted = 0
    for ref in _refs(page):
        for line, column, end_line, end_column in ref["spans"]:
            if ref["src"] in shown and line == end_line:
                words = shown[ref["src"]][line - 1][column - 1 : end_column - 1]
                assert any(words in said for said in ref["lines"])  # the quote, found in the text shown
                highlighted += 1
    assert highlighted > 10


def test_positions_survive_entities_tags_and_invisible_characters():
    page = (
        "<html><head><title>T</title><script>var s = 'Apple & Samsung 13 years';</script></head><body>"
        "<!-- Apple &amp; Samsung --><p>ARM licenses to Apple &amp; Samsung, it&#8217;s said.</p>"
        "<p>The death&nbsp;toll rose to seven on Thursday,<br>officials said.</p>"
        "<p>Soft&shy;ware and zero\u200bwidth <b>bold</b>text.</p>"
        "<ul><li>First point with 13 dead.</li></ul><table><tr><td>Dead</td><td>13</td></tr></table></body></html>"
    )
    text = (
        "ARM licenses to Apple & Samsung, it’s said.\nThe death\u00a0toll rose to seven on Thursday,\n"
        "officials said.\nSoftware and zerowidth boldtext.\n- First point with 13 dead.\n| Dead | 13 |"
    )
    located = webpage.Located(page, text)
    for quote, stored in [
        ("Apple & Samsung, it’s", "Apple &amp; Samsung, it&#8217;s"),
        ("death\u00a0toll rose", "death&nbsp;toll rose"),
        ("Thursday,\nofficials", "Thursday,<br>officials"),
        ("Software and zerowidth boldtext", "Soft&shy;ware and zero\u200bwidth <b>bold</b>text"),
        ("First point with 13", "First point with 13"),
        ("Dead | 13", "Dead</td><td>13"),
    ]:
        start = text.index(quote)
        found = located.in_page(start, start + len(quote))
        assert found is not None and page[found[0] : found[1]] == stored, quote
        line, column, _, _ = located.page_position(start, start + len(quote)) or (0, 0, 0, 0)
        assert located.text_position(line, column, quote) == (
            *_position(text, start),
            *_position(text, start + len(quote)),
        )
    assert located.in_page(0, 3) is not None and page.index("ARM") == located.in_page(0, 3)[0]  # not the comment
    assert webpage.Located(page, "Words nowhere in the page.").in_page(0, 5) is None


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _page_of(paragraphs: int) -> tuple[str, str]:
    said = [
        f"Paragraph {n}: the toll rose to {n} on day {n % 7}, officials said of case {n * 7919}."
        for n in range(paragraphs)
    ]
    furniture = "<nav>" + "<a href='/x'>Section</a> " * 50 + "</nav><script>var x = 1;</script>"
    page = furniture + "".join(f"<p>{p.replace(' ', ' <b></b>', 3)}</p><div class=ad>Advertisement</div>" for p in said)
    return page, "\n".join(said)


def _seconds(paragraphs: int) -> float:
    page, text = _page_of(paragraphs)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        located = webpage.Located(page, text)
        at = text.rindex("Paragraph")
        assert located.in_page(at, at + 9) is not None
        best = min(best, time.perf_counter() - start)
    return best


def test_placing_quotes_takes_time_linear_in_the_size_of_the_page():
    small, large = _seconds(5_000), _seconds(20_000)
    assert large < 8 * small, (small, large)  # four times the page: about four times the time, never sixteen


def _imports(tmp_path: Path, article: str) -> str:
    said = PAGE.format(head="", body="") if article.endswith(".html") else "The Merida Initiative is 13 years old.\n"
    _write(tmp_path, {"claims.yaml": CLAIMS, f"sources/{article}": said})
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "crosscheck", "check", "--no-cache"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode in (0, 1), done.stderr[-2000:]
    return done.stderr


def test_a_run_over_text_articles_never_loads_the_page_reader(tmp_path):
    assert "trafilatura" not in _imports(tmp_path / "text", "a.txt")
    assert "trafilatura" in _imports(tmp_path / "page", "a.html")  # the test can tell
