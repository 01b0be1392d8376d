"""crosscheck fetch against a news site served on 127.0.0.1: articles saved with their metadata,
every failure said with its reason, feeds, names that never replace a file, and the saved
folder checked. No test reaches the network."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from crosscheck import __version__, check
from crosscheck.fetch import Result, Settings, fetch, markdown, slug, url_problem
from crosscheck.output import create
from crosscheck.sources import FRONT_MATTER_RE, Task, read
from crosscheck.webpage import Page

FAST = Settings(timeout=0.5, max_mb=0.02, delay=0)


def news_page(
    title: str, outlet: str, published: str | None, paragraphs: list[str], charset: str | None = "utf-8"
) -> str:
    """A page as news sites serve them: navigation, a cookie banner, the article, a "most read"
    list and a footer around it."""
    date = f'<meta property="article:published_time" content="{published}">' if published else ""
    declared = f'<meta charset="{charset}">' if charset else ""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{declared}
<title>{title} | {outlet}</title>
<meta property="og:site_name" content="{outlet}">
<meta property="og:title" content="{title}">
{date}
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
<a href="/weather">Weather</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<main>
<article>
<h1>{title}</h1>
<p class="byline">By Jane Porter, Transport Correspondent</p>
{body}
</article>
</main>
<aside><h2>Most read</h2><ul><li><a href="/a">Storm warning for the weekend</a></li>
<li><a href="/b">Council tax to rise again</a></li></ul></aside>
<footer>The {outlet}. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body>
</html>
"""


MORE = [
    "Mayor Ana Torres cut the ribbon in front of several hundred residents who had gathered on both banks "
    "since early morning.",
    '"This bridge links two halves of our city that have waited decades for it," Torres told the crowd.',
    "Engineers said the structure was designed to last a hundred years with regular maintenance of its cables "
    "and deck.",
]
GAZETTE = news_page(
    "Riverside Bridge opens to traffic",
    "The Harbour Gazette",
    "2024-05-18T09:30:00Z",
    [
        "The Riverside Bridge opened to traffic on Friday after three years of construction, the city council said.",
        "The bridge cost 40 million euros, according to the council's final accounts, and spans 320 metres "
        "across the estuary.",
        *MORE,
    ],
)
COURIER = news_page(
    "City's new bridge: what it cost",
    "The Estuary Courier",
    "2024-05-18T11:00:00Z",
    [
        "The Riverside Bridge, which opened on Friday, cost 45 million euros, the opposition said on Saturday, "
        "well over the first estimate.",
        "Councillors will be asked to approve the final accounts at their next meeting in June.",
        *MORE,
    ],
)
UNDATED = news_page(  # a page that gives no date: the feed's date is the one to keep
    "Crowds cross the new bridge",
    "The Harbour Gazette",
    None,
    [
        "Thousands of people walked across the Riverside Bridge after it opened on Friday, the council said.",
        "The bridge cost 40 million euros and took three years to build across the estuary.",
        *MORE,
    ],
)
SAME_TITLE = news_page(  # another outlet's article under the Gazette's headline
    "Riverside Bridge opens to traffic",
    "The Valley Times",
    "2024-05-18T12:00:00Z",
    [
        "Traffic began crossing the Riverside Bridge on Friday, ending three years of closures on the river road.",
        "The bridge cost 40 million euros, the council said in a statement released at noon.",
        *MORE,
    ],
)
SPANISH = news_page(
    "Inauguración del puente: costó 40 millones",
    "El Diario del Estuario",
    "2024-05-18T10:00:00Z",
    [
        "El puente Riverside se inauguró el viernes tras tres años de obras, según informó el ayuntamiento.",
        "La alcaldesa Hélène Moreau cortó la cinta ante varios cientos de vecinos reunidos en ambas orillas.",
        "El puente costó 40 millones de euros y mide 320 metros, según las cuentas finales del ayuntamiento.",
        "Los ingenieros dijeron que la estructura durará cien años con un mantenimiento regular.",
    ],
    charset=None,  # said only by the server
)
INDEX = (  # a list of links, no article
    '<html><head><title>Index</title></head><body><ul><li><a href="/a">Storm warning for the weekend</a></li>'
    '<li><a href="/b">Council tax to rise again</a></li></ul></body></html>'
)

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Gazette</title><link>http://gazette.example/</link>
<description>News</description>
<item><title>Crowds cross the new bridge</title><link>{base}/news/undated.html</link>
<pubDate>Sat, 18 May 2024 08:00:00 GMT</pubDate></item>
<item><title>Riverside Bridge opens to traffic</title><link>{base}/news/gazette.html</link>
<pubDate>Mon, 20 May 2024 08:00:00 GMT</pubDate></item>
<item><title>A notice without a page</title><pubDate>Mon, 20 May 2024 09:00:00 GMT</pubDate></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Gazette</title><id>urn:gazette</id>
<updated>2024-05-19T08:00:00Z</updated>
<entry><title>Crowds cross the new bridge</title><id>urn:crowds</id>
<link rel="alternate" href="/news/undated.html"/><updated>2024-05-19T08:00:00Z</updated></entry>
</feed>
"""

CLAIMS = """version: 1
scope: {event: Riverside Bridge opening, date: 2024-05-17, window_days: 30}
entities:
  bridge: {name: Riverside Bridge, aliases: [the bridge]}
claims:
  - id: bridge-cost
    statement: The Riverside Bridge cost €40 million.
    about: [bridge, cost]
    expect: {quantity: 40 million, unit: EUR, tolerance: 1%}
  - id: bridge-opened
    statement: The bridge opened on Friday 17 May 2024.
    about: [bridge, opened]
    expect: {date: 2024-05-17}
"""


@dataclass
class Site:
    """A news site on 127.0.0.1, and every request it was sent: (when, path, user agent)."""

    port: int
    requests: list[tuple[float, str, str]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)  # ends the slow responses

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def _send(handler: BaseHTTPRequestHandler, status: int, body: bytes = b"", kind: str | None = None, **headers) -> None:
    handler.send_response(status)
    if kind:
        handler.send_header("Content-Type", kind)
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def _routes(site: Site) -> dict[str, Callable[[BaseHTTPRequestHandler], None]]:
    html = "text/html; charset=utf-8"

    def page(text: str, kind: str = html, encoding: str = "utf-8"):
        return lambda h: _send(h, 200, text.encode(encoding), kind)

    def moved(to: str, status: int = 301):
        return lambda h: _send(h, status, Location=to)

    def slow(h: BaseHTTPRequestHandler) -> None:
        site.release.wait(10)  # past any timeout the tests give
        _send(h, 200, GAZETTE.encode(), html)

    def trickle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", html)
        h.end_headers()
        for _ in range(100):  # a byte every 0.05 s: each read is quick, the whole is not
            if site.release.wait(0.05):
                return
            h.wfile.write(b" ")
            h.wfile.flush()

    def declared_huge(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", html)
        h.send_header("Content-Length", str(10 * 1024**3))
        h.end_headers()
        h.wfile.write(b"<html><body>")
        h.wfile.flush()
        site.release.wait(10)

    def stream(h: BaseHTTPRequestHandler) -> None:  # no Content-Length: the cap must stop the reading
        h.send_response(200)
        h.send_header("Content-Type", html)
        h.end_headers()
        h.wfile.write(b"<html><body>" + b"<p>more</p>" * 20_000)

    routes = {
        "/news/gazette.html": page(GAZETTE),
        "/news/courier.html": page(COURIER),
        "/news/undated.html": page(UNDATED),
        "/news/same-title.html": page(SAME_TITLE),
        "/noticias/inauguraci%C3%B3n": page(SPANISH, "text/html; charset=iso-8859-1", "iso-8859-1"),
        "/no-type": lambda h: _send(h, 200, COURIER.encode()),
        "/unknown-charset": page(COURIER, "text/html; charset=x-no-such-charset"),
        "/old-gazette": moved("/news/gazette.html"),
        "/two-hops": moved(site.url("/old-gazette"), 302),
        "/loop": moved("/loop", 302),
        "/escape": moved("file:///etc/passwd", 302),
        "/missing": lambda h: _send(h, 404, b"<h1>Not found</h1>", html),
        "/broken": lambda h: _send(h, 500, b"oops", "text/plain"),
        "/slow": slow,
        "/trickle": trickle,
        "/report.pdf": page("%PDF-1.7 ...", "application/pdf"),
        "/data.json": page('{"title": "x"}', "application/json"),
        "/big.html": page(GAZETTE + "<!--" + "x" * 100_000 + "-->"),
        "/stream.html": stream,
        "/declared-huge": declared_huge,
        "/index.html": page(INDEX),
        "/feed.rss": page(RSS.format(base=site.url("")), "application/rss+xml"),
        "/feed.atom": page(ATOM, "application/atom+xml"),
    }
    for hop in range(20):
        routes[f"/chain/{hop}"] = moved(f"/chain/{hop + 1}", 302)
    return routes


def serve(site: Site) -> ThreadingHTTPServer:
    routes: dict[str, Callable[[BaseHTTPRequestHandler], None]] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.requests.append((time.monotonic(), self.path, self.headers.get("User-Agent", "")))
            routes.get(self.path, lambda h: _send(h, 404, b"", "text/html"))(self)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.port = server.server_address[1]
    routes.update(_routes(site))  # the feed names the site's address
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    return server


@pytest.fixture
def sites(monkeypatch):
    """Start local sites: sites() -> Site, each stopped at the end of the test."""
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "*")
    started: list[tuple[Site, ThreadingHTTPServer]] = []

    def start() -> Site:
        site = Site(0)
        started.append((site, serve(site)))
        return site

    yield start
    for site, server in started:
        site.release.set()
        server.shutdown()
        server.server_close()


@pytest.fixture
def site(sites) -> Site:
    return sites()


def run_fetch(folder: Path, urls: list[str], feeds: list[str] | None = None, **settings) -> list[Result]:
    options = {"timeout": FAST.timeout, "max_mb": FAST.max_mb, "delay": FAST.delay, **settings}
    return list(fetch(urls, feeds or [], folder, Settings(**options)))


def front_matter(path: Path) -> dict:
    m = FRONT_MATTER_RE.match(path.read_text(encoding="utf-8"))
    assert m, path.read_text(encoding="utf-8")[:200]
    return yaml.safe_load(m.group("body"))


def source(path: Path):
    return read(Task(str(path.resolve()), path.name, path.name))


# --- saved articles ----------------------------------------------------------------------------


def test_a_page_is_saved_with_its_metadata_and_its_article_alone(site, tmp_path):
    (result,) = run_fetch(tmp_path / "articles", [site.url("/news/gazette.html")])
    assert result.status == "saved" and result.path == tmp_path / "articles" / "riverside-bridge-opens-to-traffic.md"
    fields = front_matter(result.path)
    assert list(fields) == ["url", "title", "outlet", "published", "fetched"]
    assert fields["url"] == site.url("/news/gazette.html")
    assert fields["title"] == "Riverside Bridge opens to traffic"
    assert fields["outlet"] == "The Harbour Gazette"
    assert fields["published"] == dt.date(2024, 5, 18)
    assert abs(fields["fetched"] - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=1)
    text = result.path.read_text(encoding="utf-8")
    assert "The bridge cost 40 million euros" in text
    assert not any(furniture in text for furniture in ("cookies", "Most read", "Storm warning", "Privacy", "Home"))


def test_the_saved_file_reads_as_crosscheck_reads_an_article(site, tmp_path):
    """Its front matter gives the fields and the headline (a title with an apostrophe and a colon
    is quoted so its words are the headline's, unchanged), and no key it writes is warned about."""
    (result,) = run_fetch(tmp_path, [site.url("/news/courier.html")])
    assert result.path is not None and result.path.name == "city-s-new-bridge-what-it-cost.md"
    article = source(result.path)
    assert article.skipped is None
    assert article.fields == {
        "url": site.url("/news/courier.html"),
        "title": "City's new bridge: what it cost",
        "outlet": "The Estuary Courier",
        "published": dt.date(2024, 5, 18),
    }
    assert article.title_span is not None
    assert article.text[slice(*article.title_span)] == "City's new bridge: what it cost"
    assert article.warnings == ()


def test_checking_the_fetched_folder_gives_the_verdicts_the_pages_hold(site, tmp_path, monkeypatch):
    """ "opened on Friday" is 17 May only with the publication date: the page's own, or the feed's
    for the page that gives none. 45 million against 40 is a conflict."""
    results = run_fetch(
        tmp_path / "sources",
        [site.url("/news/gazette.html"), site.url("/news/courier.html")],
        [site.url("/feed.rss")],
    )
    assert [r.status for r in results] == ["saved", "saved", "feed", "saved", "failed"]
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    report = check("claims.yaml", ["sources"])
    verdicts = {(f.claim, Path(f.source).name): f.verdict for f in report.findings}
    assert verdicts == {
        ("bridge-cost", "city-s-new-bridge-what-it-cost.md"): "conflicts",
        ("bridge-cost", "crowds-cross-the-new-bridge.md"): "supports",
        ("bridge-cost", "riverside-bridge-opens-to-traffic.md"): "supports",
        ("bridge-opened", "city-s-new-bridge-what-it-cost.md"): "supports",
        ("bridge-opened", "crowds-cross-the-new-bridge.md"): "supports",
        ("bridge-opened", "riverside-bridge-opens-to-traffic.md"): "supports",
    }
    assert report.warnings == ()


def test_a_charset_given_only_by_the_server_and_an_address_beyond_ascii(site, tmp_path):
    (result,) = run_fetch(tmp_path, [site.url("/noticias/inauguración")])
    assert result.status == "saved", result.detail
    assert result.path is not None and result.path.name == "inauguracion-del-puente-costo-40-millones.md"
    text = result.path.read_text(encoding="utf-8")
    assert "La alcaldesa Hélène Moreau cortó la cinta" in text
    assert front_matter(result.path)["title"] == "Inauguración del puente: costó 40 millones"


@pytest.mark.parametrize("path", ["/no-type", "/unknown-charset"])
def test_a_page_without_a_type_or_with_a_charset_python_does_not_know_is_read(site, tmp_path, path):
    (result,) = run_fetch(tmp_path, [site.url(path)])
    assert result.status == "saved", result.detail
    assert result.path is not None and "cost 45 million euros" in result.path.read_text(encoding="utf-8")


def test_a_redirect_is_followed_and_the_address_reached_is_saved(site, tmp_path):
    (result,) = run_fetch(tmp_path, [site.url("/two-hops")])
    assert result.status == "saved" and result.url == site.url("/two-hops")
    assert result.path is not None and front_matter(result.path)["url"] == site.url("/news/gazette.html")
    assert [path for _, path, _ in site.requests] == ["/two-hops", "/old-gazette", "/news/gazette.html"]


def test_requests_name_crosscheck_and_its_version(site, tmp_path):
    run_fetch(tmp_path, [site.url("/news/gazette.html")])
    (agent,) = {agent for _, _, agent in site.requests}
    assert agent.startswith(f"crosscheck/{__version__} ")


# --- failures ----------------------------------------------------------------------------------

FAILURES = [
    ("/missing", "HTTP 404 Not Found"),
    ("/broken", "HTTP 500 Internal Server Error"),
    ("/slow", "timed out after 0.5 s (--timeout)"),
    ("/trickle", "timed out after 0.5 s (--timeout)"),
    ("/report.pdf", "not a web page (application/pdf)"),
    ("/data.json", "not a web page (application/json)"),
    ("/big.html", "larger than 0.02 MB (--max-size)"),
    ("/stream.html", "larger than 0.02 MB (--max-size)"),
    ("/loop", "redirect loop: {url} leads back to {url}"),
    ("/chain/0", "more than 10 redirects"),
    ("/escape", "redirected to file:///etc/passwd, which is not an http or https URL: not followed"),
    ("/index.html", "no article text found in the page"),
]


@pytest.mark.parametrize("path, reason", FAILURES, ids=[p for p, _ in FAILURES])
def test_a_url_that_cannot_be_saved_fails_with_its_reason(site, tmp_path, path, reason):
    started = time.monotonic()
    (result,) = run_fetch(tmp_path, [site.url(path)])
    assert (result.status, result.detail) == ("failed", reason.format(url=site.url(path)))
    assert list(tmp_path.iterdir()) == []
    assert time.monotonic() - started < 5  # a timeout of 0.5 s, not the server's 10 s


def test_a_refused_connection_fails_with_its_reason(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    (result,) = run_fetch(tmp_path, [f"http://127.0.0.1:{port}/news.html"])
    assert (result.status, result.detail) == ("failed", "cannot connect: Connection refused")


def test_the_size_cap_refuses_a_response_by_its_declared_length_before_reading_it(site, tmp_path):
    """The server says 10 GB and then waits: read, it would time out; refused, it fails at once."""
    started = time.monotonic()
    (result,) = run_fetch(tmp_path, [site.url("/declared-huge")], timeout=5)
    assert result.detail == "larger than 0.02 MB (--max-size)"
    assert time.monotonic() - started < 4


@pytest.mark.parametrize(
    "url, problem",
    [
        ("https://news.example/a", None),
        ("HTTP://news.example:8080/a?b=c#d", None),
        ("www.news.example/a", "not an http or https URL"),
        ("ftp://news.example/a", "not an http or https URL"),
        ("file:///etc/passwd", "not an http or https URL"),
        ("http:///a", "not an http or https URL"),
        ("http://[oops/a", "not a valid URL (Invalid IPv6 URL)"),
        ("http://news.example:http/a", "not a valid URL (Port could not be cast to integer value as 'http')"),
    ],
)
def test_only_http_and_https_urls_with_a_host_are_fetched(url, problem):
    assert url_problem(url) == problem


# --- names, and never replacing a file ---------------------------------------------------------


def test_a_name_taken_gets_a_number_and_the_file_there_is_left_alone(site, tmp_path):
    mine = tmp_path / "riverside-bridge-opens-to-traffic.md"
    mine.write_text("An editor's own notes\n\nThe bridge cost 41 million euros.\n", encoding="utf-8")
    results = run_fetch(tmp_path, [site.url("/news/gazette.html"), site.url("/news/same-title.html")])
    assert [r.path.name for r in results if r.path] == [
        "riverside-bridge-opens-to-traffic-2.md",
        "riverside-bridge-opens-to-traffic-3.md",
    ]
    assert mine.read_text(encoding="utf-8") == "An editor's own notes\n\nThe bridge cost 41 million euros.\n"
    assert front_matter(tmp_path / "riverside-bridge-opens-to-traffic-3.md")["outlet"] == "The Valley Times"


def test_a_url_already_saved_is_kept_without_a_request_unless_forced(site, tmp_path):
    (first,) = run_fetch(tmp_path, [site.url("/news/gazette.html")])
    assert first.path is not None
    edited = first.path.read_text(encoding="utf-8").replace("40 million", "41 million")
    first.path.write_text(edited, encoding="utf-8")
    asked = len(site.requests)

    (again,) = run_fetch(tmp_path, [site.url("/news/gazette.html")])
    assert (again.status, again.path) == ("kept", first.path)
    assert len(site.requests) == asked and first.path.read_text(encoding="utf-8") == edited

    (forced,) = run_fetch(tmp_path, [site.url("/news/gazette.html")], force=True)
    assert (forced.status, forced.path) == ("saved", first.path)
    assert "40 million" in first.path.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["riverside-bridge-opens-to-traffic.md"]


def test_a_redirect_to_a_page_already_saved_is_kept(site, tmp_path):
    run_fetch(tmp_path, [site.url("/news/gazette.html")])
    (result,) = run_fetch(tmp_path, [site.url("/old-gazette")])
    assert result.status == "kept" and len(list(tmp_path.iterdir())) == 1


def test_one_url_given_twice_is_fetched_once(site, tmp_path):
    results = run_fetch(tmp_path, [site.url("/news/gazette.html")] * 2)
    assert [r.status for r in results] == ["saved"]


def test_a_new_file_never_replaces_one_created_a_moment_before(tmp_path):
    """The name is claimed by a hard link, which fails on an existing name, where a rename would
    replace it; nothing temporary is left behind."""
    taken = tmp_path / "a.md"
    taken.write_text("theirs", encoding="utf-8")
    with pytest.raises(FileExistsError):
        create(taken, "mine")
    assert taken.read_text(encoding="utf-8") == "theirs" and [p.name for p in tmp_path.iterdir()] == ["a.md"]
    create(tmp_path / "b.md", "mine")
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize(
    "title, url, name",
    [
        ("Riverside Bridge opens to traffic", "http://x/a", "riverside-bridge-opens-to-traffic"),
        ("Wałęsa meets Ørsted’s chief in Kraków", "http://x/a", "walesa-meets-orsted-s-chief-in-krakow"),
        (
            "A headline that goes on and on about the bridge, its cost, its builders and its opening day",
            "http://x/a",
            "a-headline-that-goes-on-and-on-about-the-bridge-its-cost-its",
        ),
        ("!!!", "http://x/news/2024/bridge-opens.html", "bridge-opens"),
        (None, "http://gazette.example/", "gazette-example"),
        ("x" * 100, "http://x/a", "x" * 60),
    ],
)
def test_file_names_are_readable_short_and_safe(title, url, name):
    assert slug(title, url) == name and len(name) <= 60


def test_a_title_that_would_fold_or_break_the_front_matter_stays_one_line():
    page = Page("Text.", title="Two\nlines:  'quoted' and \"double\" # not a comment", outlet="A\tB")
    text = markdown(page, "http://x/a?b='c'", None, dt.datetime(2024, 5, 18, tzinfo=dt.timezone.utc))
    fields = yaml.safe_load(FRONT_MATTER_RE.match(text).group("body"))  # type: ignore[union-attr]
    assert fields["title"] == "Two lines: 'quoted' and \"double\" # not a comment"
    assert fields["outlet"] == "A B" and fields["url"] == "http://x/a?b='c'"
    assert "published" not in fields
    long = "The Riverside Bridge opens to traffic after three years, " * 4
    text = markdown(Page("Text.", title=long), "http://x/a", None, dt.datetime(2024, 5, 18, tzinfo=dt.timezone.utc))
    assert f"\ntitle: {long.strip()}\n" in text  # one line: the headline is read from it


# --- feeds -------------------------------------------------------------------------------------


def test_an_rss_feed_fetches_each_item_and_its_date_fills_in_for_a_page_without_one(site, tmp_path):
    results = run_fetch(tmp_path, [], [site.url("/feed.rss")])
    assert [(r.status, r.detail) for r in results] == [
        ("feed", "3 items"),
        ("saved", ""),
        ("saved", ""),
        ("failed", "item 3 has no link"),
    ]
    assert front_matter(tmp_path / "crowds-cross-the-new-bridge.md")["published"] == dt.date(2024, 5, 18)
    # the page's own date, not the feed's 20 May
    assert front_matter(tmp_path / "riverside-bridge-opens-to-traffic.md")["published"] == dt.date(2024, 5, 18)


def test_an_atom_feed_with_a_relative_link_and_only_an_update_date(site, tmp_path):
    results = run_fetch(tmp_path, [], [site.url("/feed.atom")])
    assert [r.status for r in results] == ["feed", "saved"]
    fields = front_matter(tmp_path / "crowds-cross-the-new-bridge.md")
    assert fields["url"] == site.url("/news/undated.html") and fields["published"] == dt.date(2024, 5, 19)


def test_a_page_given_as_a_feed_fails(site, tmp_path):
    (result,) = run_fetch(tmp_path, [], [site.url("/news/gazette.html")])
    assert (result.status, result.detail) == ("failed", "not an RSS or Atom feed")


# --- politeness --------------------------------------------------------------------------------


def test_requests_to_one_host_are_spaced_by_the_delay_and_other_hosts_do_not_wait(sites, tmp_path):
    first, second = sites(), sites()
    run_fetch(tmp_path, [first.url("/missing"), second.url("/missing"), first.url("/broken")], delay=0.6)
    (a1, _, _), (a2, _, _) = first.requests
    ((b1, _, _),) = second.requests
    assert a2 - a1 > 0.55  # the delay, less the first request's longer way to the server
    assert b1 - a1 < 0.3


# --- the command -------------------------------------------------------------------------------


def _fetch_process(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`crosscheck fetch` as a user runs it, going straight to the local test site past any proxy."""
    return subprocess.run(
        [sys.executable, "-m", "crosscheck", "fetch", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "NO_PROXY": "*", "http_proxy": "", "HTTP_PROXY": ""},
    )


def test_the_command_saves_what_it_can_says_every_failure_and_exits_1(site, tmp_path):
    (tmp_path / "urls.txt").write_text(
        f"# the bridge\n{site.url('/news/courier.html')}\n\n  {site.url('/missing')}\n", encoding="utf-8"
    )
    args = [site.url("/news/gazette.html"), site.url("/report.pdf"), "--from", "urls.txt"]
    args += ["--feed", site.url("/feed.atom"), "--sources", "articles", "--delay", "0", "--timeout", "2"]
    done = _fetch_process(tmp_path, *args)
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines() == [
        f"saved {Path('articles/riverside-bridge-opens-to-traffic.md')} from {site.url('/news/gazette.html')}",
        f"saved {Path('articles/city-s-new-bridge-what-it-cost.md')} from {site.url('/news/courier.html')}",
        f"read feed {site.url('/feed.atom')}: 1 item",
        f"saved {Path('articles/crowds-cross-the-new-bridge.md')} from {site.url('/news/undated.html')}",
    ]
    assert done.stderr.splitlines() == [
        f"failed {site.url('/report.pdf')}: not a web page (application/pdf)",
        f"failed {site.url('/missing')}: HTTP 404 Not Found",
        "3 saved, 0 already there, 2 failed",
    ]

    again = _fetch_process(tmp_path, site.url("/news/gazette.html"), "--sources", "articles")
    assert again.returncode == 0 and again.stderr == "0 saved, 1 already there, 0 failed\n"
    assert again.stdout.startswith(f"kept {Path('articles/riverside-bridge-opens-to-traffic.md')}: ")


def test_quiet_says_only_the_urls_that_failed(site, tmp_path):
    args = [site.url("/news/gazette.html"), site.url("/missing"), "--sources", "articles", "--delay", "0", "--quiet"]
    done = _fetch_process(tmp_path, *args)
    assert done.returncode == 1
    assert (done.stdout, done.stderr) == ("", f"failed {site.url('/missing')}: HTTP 404 Not Found\n")
    assert (tmp_path / "articles" / "riverside-bridge-opens-to-traffic.md").is_file()
