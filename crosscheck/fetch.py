"""Downloading the articles to check: web pages, and the items of RSS and Atom feeds.

Each page is reduced to its article (webpage.extract) and saved as a Markdown
file whose front matter carries what crosscheck reads about a source, so the
saved file is checked as the page would be, and the folder can be edited,
committed and checked again without the network. Downloading is deliberately
modest: one request at a time, a pause between requests to one host, a
deadline and a size cap on every response, and only so many redirects, so a
slow, huge or looping server costs one failed URL, never the run.
"""

from __future__ import annotations

import datetime as dt
import http.client
import itertools
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import IO, Literal

import yaml

from . import __version__, yamlsafe
from .errors import InputError, Problem, visible
from .inputs import MB, read_bytes
from .model import counted
from .output import create, write
from .sources import EXTENSIONS, FRONT_MATTER_RE, MAX_SOURCE_BYTES, decode
from .webpage import Page, extract

USER_AGENT = f"crosscheck/{__version__} (fact-checking news articles against an editor's fact sheet)"
PAGE_TYPES = ("text/html", "application/xhtml+xml")
ACCEPT_PAGE = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
ACCEPT_FEED = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
REDIRECTS = (301, 302, 303, 307, 308)
MAX_REDIRECTS = 10  # as urllib allows; a real page is rarely more than three hops away
MAX_URL_LIST_BYTES = 5 * MB
CHUNK = 64 * 1024
FULL_URL = "write each URL in full, starting with https://"
SLUG_CHARS = 60  # a file name a person can read in a listing


@dataclass(frozen=True)
class Settings:
    """How politely and how patiently to download."""

    timeout: float = 30.0  # seconds a request may take, from connecting to the last byte
    max_mb: float = 5.0  # a larger response is refused: no news page is that big
    delay: float = 1.0  # seconds between two requests to one host
    force: bool = False  # fetch again, and replace, what is already saved from the same URL

    @property
    def max_bytes(self) -> int:
        return int(self.max_mb * MB)


@dataclass(frozen=True)
class Result:
    """What became of one URL, said in one line."""

    status: Literal["saved", "kept", "failed", "feed"]
    url: str
    path: Path | None = None
    detail: str = ""  # why it failed; a feed's number of items

    def __str__(self) -> str:
        url = visible(self.url, one_line=True)  # a URL or a server's words cannot restyle the terminal
        if self.status == "saved":
            return f"saved {self.path} from {url}"
        if self.status == "kept":
            return f"kept {self.path}: {url} is already saved there (add --force to fetch it again)"
        if self.status == "feed":
            return f"read feed {url}: {self.detail}"
        return f"failed {url}: {visible(self.detail, one_line=True)}"


class FetchError(Exception):
    """Why one URL could not be fetched; the run goes on with the others."""


@dataclass(frozen=True)
class Download:
    url: str  # where the response came from, after redirects
    content_type: str | None
    charset: str | None
    body: bytes


def url_problem(url: str) -> str | None:
    """Why `url` cannot be fetched, or None: only http and https, with a host, are."""
    try:
        parts = urllib.parse.urlsplit(url)
        host, _ = parts.hostname, parts.port  # each raises on a malformed one
    except ValueError as exc:
        return f"not a valid URL ({exc})"
    if parts.scheme.lower() not in ("http", "https") or not host:
        return "not an http or https URL"
    return None


def check_urls(urls: Iterable[str]) -> None:
    """Refuse, before anything is fetched, a URL given on the command line that could never be."""
    problems = [Problem(url, None, None, said, FULL_URL) for url in urls if (said := url_problem(url))]
    if problems:
        raise InputError(problems)


def read_url_list(path: str) -> list[str]:
    """The URLs in a file, one a line; blank lines and lines starting with # are skipped."""
    raw = read_bytes(path, "URL list", MAX_URL_LIST_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(Problem(path, None, None, "the URL list is not UTF-8 text", "save it as UTF-8")) from None
    urls: list[str] = []
    problems: list[Problem] = []
    for number, line in enumerate(text.splitlines(), 1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        said = url_problem(url)
        if said:
            column = len(line) - len(line.lstrip()) + 1
            problems.append(Problem(path, number, column, f"{url!r} is {said}", FULL_URL))
        urls.append(url)
    if problems:
        raise InputError(problems)
    return urls


def fetch(urls: Iterable[str], feeds: Iterable[str], folder: Path, settings: Settings) -> Iterator[Result]:
    """Fetch and save each URL, then each item of each feed, saying what became of each as it happens.

    A URL that fails is a Result, and the others go on; a folder that cannot
    be written to is an InputError, since no other URL would fare better.
    """
    client = _Client(settings)
    saved = _Folder(folder, settings.force)
    done: set[str] = set()
    for url in urls:
        if url not in done:
            done.add(url)
            yield _article(client, saved, url, None)
    for feed in feeds:
        try:
            items = _items(client.get(feed, ACCEPT_FEED, None))
        except FetchError as error:
            yield Result("failed", feed, detail=str(error))
            continue
        yield Result("feed", feed, detail=counted(len(items), "item"))
        for number, (link, date) in enumerate(items, 1):
            if link is None:
                yield Result("failed", feed, detail=f"item {number} has no link")
            elif link not in done:
                done.add(link)
                yield _article(client, saved, link, date)


def _article(client: _Client, saved: _Folder, url: str, date: dt.date | None) -> Result:
    """Fetch one page and save its article; `date` is the feed's, kept when the page gives none."""
    if (path := saved.where(url)) and not saved.force:
        return Result("kept", url, path)
    try:
        download = client.get(url, ACCEPT_PAGE, PAGE_TYPES)
    except FetchError as error:
        return Result("failed", url, detail=str(error))
    page = extract(_text(download), download.url)
    if page is None:
        return Result("failed", url, detail="no article text found in the page")
    if (path := saved.where(download.url)) and not saved.force:
        return Result("kept", url, path)
    fetched = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    content = markdown(page, download.url, page.published or date, fetched)
    return Result("saved", url, saved.save(content, slug(page.title, download.url), download.url, path))


def _text(download: Download) -> bytes | str:
    """The page as text when the server names a charset Python knows; else bytes, for the extractor to
    decode by the page's own <meta charset>."""
    if download.charset:
        try:
            return download.body.decode(download.charset, errors="replace")
        except LookupError:
            pass
    return download.body


def _items(download: Download) -> list[tuple[str | None, dt.date | None]]:
    """Each item of a feed: its link (feedparser makes it absolute) and its date (publication, else last update)."""
    import feedparser

    parsed = feedparser.parse(
        download.body,
        response_headers={"content-location": download.url, "content-type": download.content_type or ""},
    )
    if not parsed.get("version"):
        raise FetchError("not an RSS or Atom feed")
    items: list[tuple[str | None, dt.date | None]] = []
    for entry in parsed.entries:
        link = entry.get("link")
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        items.append((link or None, dt.date(*when[:3]) if when else None))
    return items


# --- the Markdown file -------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Writes a value with an apostrophe that needs quoting in double quotes ("Biden's plan: …"), not
    single ones, where YAML doubles it ('Biden''s plan: …'): sources.read takes the headline's words
    from the line as written."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if "'" in value and '"' not in value and "\\" not in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def markdown(page: Page, url: str, published: dt.date | None, fetched: dt.datetime) -> str:
    """The article as crosscheck reads it: front matter, then the text, one paragraph a line.

    The title is the headline only in the front matter: a Markdown heading
    repeating it would be read as a subheading, which starts a new section.
    The text is kept exactly as extracted, so it reads as the page does.
    """
    fields = {
        "url": url,
        "title": _one_line(page.title),
        "outlet": _one_line(page.outlet),
        "published": published,
        "fetched": fetched,
    }
    front = yaml.dump(
        {key: value for key, value in fields.items() if value is not None},
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=1 << 30,  # one line a field: a folded title would not be the headline
    )
    return f"---\n{front}---\n\n{page.text.strip()}\n"


def _one_line(value: str | None) -> str | None:
    """A title or outlet on one line: a line break would fold the field, and the headline with it."""
    joined = " ".join((value or "").split())
    return joined or None


def slug(title: str | None, url: str) -> str:
    """A file name (without extension) a person can read: the title's words, else the last part
    of the URL's path, else its host; ASCII letters, digits and dashes, at most SLUG_CHARS."""
    from anyascii import anyascii

    parts = urllib.parse.urlsplit(url)
    path = [p for p in parts.path.split("/") if p]
    for text in (title, os.path.splitext(path[-1])[0] if path else None, parts.hostname):
        words = re.findall(r"[a-z0-9]+", anyascii(text or "").lower())
        if words:
            name = words[0][:SLUG_CHARS]
            for word in words[1:]:
                if len(name) + 1 + len(word) > SLUG_CHARS:
                    break
                name += "-" + word
            return name
    return "article"


# --- the folder of articles --------------------------------------------------------------------


class _Folder:
    """The sources folder: which URLs its articles came from, and new articles saved without replacing any."""

    def __init__(self, folder: Path, force: bool) -> None:
        if folder.exists() and not folder.is_dir():
            raise InputError(Problem(str(folder), None, None, "is not a folder", "pass --sources with a folder"))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(Problem(str(folder), None, None, f"cannot create the folder: {exc.strerror}")) from None
        self.folder = folder
        self.force = force
        self.urls = _saved_urls(folder)

    def where(self, url: str) -> Path | None:
        """The article already saved from `url`, if any."""
        return self.urls.get(url)

    def save(self, content: str, name: str, url: str, replacing: Path | None) -> Path:
        """Save a new article under `name`, or `name`-2, -3 … when that is taken; with --force, an
        article saved from the same URL is replaced where it is."""
        try:
            if replacing is not None:
                write(str(replacing), content)
                return replacing
            path = self.folder / f"{name}.md"
            for number in itertools.count(2):
                try:
                    create(path, content)
                    break
                except FileExistsError:
                    path = self.folder / f"{name}-{number}.md"
        except OSError as exc:
            raise InputError(
                Problem(
                    str(self.folder),
                    None,
                    None,
                    f"cannot save: {exc.strerror or exc}",
                    "pass --sources with another folder",
                )
            ) from None
        self.urls[url] = path
        return path


def _saved_urls(folder: Path) -> dict[str, Path]:
    """The url in the front matter of each article directly in `folder`; a file that cannot be read is
    not one crosscheck saved, and is passed over."""
    urls: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        if not path.name.lower().endswith(EXTENSIONS):
            continue
        try:
            text, _ = decode(read_bytes(path, "article", MAX_SOURCE_BYTES))
            m = FRONT_MATTER_RE.match(text)
            front = yamlsafe.load(m.group("body"), str(path), what="front matter") if m else None
        except InputError:
            continue
        if isinstance(front, dict) and isinstance(front.get("url"), str):
            urls.setdefault(front["url"], path)
    return urls


# --- downloading -------------------------------------------------------------------------------


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects come back as responses, to be followed here: counted, checked for loops, and only
    to http and https (urllib would also follow one to ftp)."""

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: Message, newurl: str
    ) -> None:
        return None


class _Client:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.opener = urllib.request.build_opener(_NoRedirects)
        self.last: dict[str, float] = {}  # host -> when the last request to it started

    def get(self, url: str, accept: str, types: tuple[str, ...] | None) -> Download:
        """The response to `url` after redirects; one of `types` (any, for None)."""
        seen = [url]
        while True:
            said = url_problem(url)
            if said:
                raise FetchError(said if len(seen) == 1 else f"redirected to {url}, which is {said}: not followed")
            location = self._request(url, accept, types)
            if isinstance(location, Download):
                return location
            url = urllib.parse.urljoin(url, location)
            if url in seen:
                raise FetchError(f"redirect loop: {seen[-1]} leads back to {url}")
            if len(seen) > MAX_REDIRECTS:
                raise FetchError(f"more than {MAX_REDIRECTS} redirects")
            seen.append(url)

    def _request(self, url: str, accept: str, types: tuple[str, ...] | None) -> Download | str:
        """The response, or where a redirect leads."""
        self._wait(url)
        deadline = time.monotonic() + self.settings.timeout
        request = urllib.request.Request(_quoted(url), headers={"User-Agent": USER_AGENT, "Accept": accept})
        try:
            with self.opener.open(request, timeout=self.settings.timeout) as response:
                return self._read(response, types, deadline)
        except urllib.error.HTTPError as error:
            with error:
                location = error.headers.get("Location")
                if error.code in REDIRECTS and location:
                    return location.strip()
                raise FetchError(f"HTTP {error.code} {error.reason}") from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError):
                raise self._timed_out() from None
            why = error.reason.strerror if isinstance(error.reason, OSError) else None
            raise FetchError(f"cannot connect: {why or error.reason}") from None
        except TimeoutError:
            raise self._timed_out() from None
        except (OSError, http.client.HTTPException, ValueError) as error:
            raise FetchError(f"the connection failed: {error or type(error).__name__}") from None

    def _read(self, response: http.client.HTTPResponse, types: tuple[str, ...] | None, deadline: float) -> Download:
        """The body, refused before it is read when its type or declared length is wrong."""
        headers = response.headers
        declared = headers.get("Content-Type")
        if types is not None and declared and headers.get_content_type() not in types:
            raise FetchError(f"not a web page ({headers.get_content_type()})")
        length = headers.get("Content-Length", "")
        if length.isdigit() and int(length) > self.settings.max_bytes:
            raise self._too_large()
        body = bytearray()
        while chunk := response.read1(CHUNK):  # what has arrived: a trickling server meets the deadline
            body += chunk
            if len(body) > self.settings.max_bytes:
                raise self._too_large()
            if time.monotonic() > deadline:
                raise self._timed_out()
        return Download(
            response.geturl(),
            headers.get_content_type() if declared else None,
            headers.get_content_charset(),
            bytes(body),
        )

    def _wait(self, url: str) -> None:
        """Leave `delay` seconds between the starts of two requests to one host."""
        host = urllib.parse.urlsplit(url).netloc.lower()
        last = self.last.get(host)
        if last is not None:
            pause = last + self.settings.delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        self.last[host] = time.monotonic()

    def _timed_out(self) -> FetchError:
        return FetchError(f"timed out after {self.settings.timeout:g} s (--timeout)")

    def _too_large(self) -> FetchError:
        return FetchError(f"larger than {self.settings.max_mb:g} MB (--max-size)")


def _quoted(url: str) -> str:
    """`url` as a request line must carry it: letters beyond ASCII and spaces in the path and query
    percent-encoded ("/noticias/inauguración"), escapes already there kept, the fragment dropped."""
    parts = urllib.parse.urlsplit(url)
    safe = "/:@!$&'()*+,;=%~?"
    path, query = urllib.parse.quote(parts.path, safe=safe), urllib.parse.quote(parts.query, safe=safe)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, query, ""))
