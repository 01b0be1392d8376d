"""Find article files, decode them, and read the metadata they carry.

Metadata comes, field by field, from YAML front matter, else from a
`sources.yaml` manifest in the sources folder, else from the text itself
(claims-format.md, Sources). The text is kept exactly as decoded, front
matter included, so positions in reports match the file as stored.
"""

from __future__ import annotations

import codecs
import datetime as dt
import difflib
import functools
import math
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import lexicon, webpage, yamlsafe
from .errors import InputError, Problem
from .lexicon import en
from .model import Warning

PAGE_EXTENSIONS = (".html", ".htm")  # read for their article text (webpage.py)
EXTENSIONS = (".txt", ".md", *PAGE_EXTENSIONS)
MANIFEST = "sources.yaml"
MAX_SOURCE_BYTES = 10 * 1024 * 1024
FRONT_MATTER_RE = re.compile(
    r"\A\ufeff?---[ \t]*(?:\r\n|\r|\n)(?P<body>.*?)(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|\Z)", re.DOTALL
)
OUTSIDE = "a link leading outside the sources folder; not followed (use --follow-symlinks to read it)"
# Each field and the keys that site generators and scrapers write it under, the first preferred
# when a file has two (claims-format.md, Sources). Keys are compared without regard to case.
FIELD_KEYS = {
    "title": ("title",),
    "outlet": ("outlet", "site_name", "source", "publisher"),
    "url": ("url", "link"),
    "published": ("published", "date", "pubDate", "datePublished", "publish_date"),
    "lang": ("lang", "language"),
}
FIELD_OF = {key.lower(): name for name, keys in FIELD_KEYS.items() for key in keys}
# Keys that site generators, scrapers and `crosscheck fetch` commonly write and crosscheck has no use
# for: accepted quietly, where any other key is said to be unused.
QUIET_KEYS = frozenset(
    k.lower()
    for k in (
        "author", "authors", "byline", "tags", "categories", "category", "keywords", "draft", "description",
        "summary", "excerpt", "subtitle", "slug", "layout", "permalink", "aliases", "image", "images",
        "thumbnail", "weight", "type", "id", "series", "section", "toc", "comments", "lastmod", "updated",
        "modified", "dateModified", "expiryDate", "fetched", "canonical", "credit", "caption",
    )
)  # fmt: skip
MISSPELLING_CUTOFF = 0.8  # how close an unknown key must be to a used one to be taken for its misspelling

# A text whose words are at least this share English function words is English, without asking the
# detector: English news runs at 25-35% (names and figures included), Spanish under 2%.
ENGLISH_SHARE = 0.15
# The detector's answer (a probability) is taken only when it is this sure; a text too short or too
# mixed for it to be sure is read as English, as it always was.
DETECTOR_CONFIDENCE = 0.9
LANGUAGE_SAMPLE = 20_000  # characters of the article that tell its language: the start is enough
LANGUAGE_HEAD = 1_000  # ... and the first ones (some 160 words) nearly always: read first, for speed
_WORD_RE = re.compile(r"[^\W\d_]+")
_ENGLISH_WORDS = frozenset(en.ENGLISH_FUNCTION_WORDS)


@dataclass(frozen=True)
class Source:
    path: Path  # on disk
    shown: str  # relative to the current folder, forward slashes
    key: str  # relative to its sources folder: stable wherever crosscheck runs
    text: str = ""
    body_start: int = 0  # where the front matter ends
    title_span: tuple[int, int] | None = None
    fields: dict = field(default_factory=dict)  # metadata from front matter or manifest
    fields_from: dict = field(default_factory=dict)  # field -> front_matter | manifest
    skipped: str | None = None  # why the file could not be checked
    warnings: tuple[Warning, ...] = ()
    stored: str | None = None  # a web page as stored (decoded); `text` is the article read from it

    @functools.cached_property
    def located(self) -> webpage.Located | None:
        """For a web page, where each stretch of its text stands in the page as stored."""
        return None if self.stored is None else webpage.Located(self.stored, self.text)


@dataclass(frozen=True)
class Language:
    """The language an article is written in, and where crosscheck learnt it."""

    code: str  # ISO 639: "en", "es" (two letters where the language has them)
    found_in: str  # front_matter | manifest | text
    warning: str | None = None  # a declared language crosscheck could not use

    @property
    def name(self) -> str:
        return language_name(self.code)

    @property
    def read(self) -> bool:
        # an article in a language without tables is listed with a warning, never read with another's
        return self.code in lexicon.READ_LANGUAGES

    def not_read(self) -> str:
        """Why an article in this language is not checked."""
        return f"written in {self.name} ({self.code}), which crosscheck does not read yet: not checked"


def _shown(path: Path) -> str:
    text = str(path)
    if not os.path.isabs(text):  # as the user named it: already relative to the current folder
        return os.path.normpath(text).replace(os.sep, "/")
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        rel = str(path)
    return rel.replace(os.sep, "/")


@dataclass(frozen=True)
class Found:
    """An article file discovery found: where it is, its sources folder, and how reports name it."""

    path: str
    root: str
    shown: str


def discover(paths: list[Path], follow_links: bool = False) -> tuple[list[Found], list[tuple[str, str]]]:
    """Every article file (.txt, .md, .html) in a stable order, and (path, message) for what was passed over.

    Folders are searched recursively; a named file is taken as given. Links
    leading outside their folder are not followed unless asked. Plain strings
    and os.scandir (whose entries know whether they are links without asking
    the disk again) keep this cheap for archives of many thousand files.
    """
    found: dict[str, Found] = {}
    passed: list[tuple[str, str]] = []
    for given in paths:
        if not given.exists() and not given.is_symlink():
            raise InputError(missing(given))
        if given.is_file():
            found.setdefault(str(given), Found(str(given), str(given.parent), _shown(given)))
            continue
        if given.exists() and not given.is_dir():
            raise InputError(
                Problem(
                    str(given),
                    None,
                    None,
                    "not a folder or an article file (a device, pipe or socket)",
                    "pass --sources with a folder of articles (.txt, .md, .html)",
                )
            )
        root, top = str(given.resolve()), str(given)
        stack = [top]
        seen: set[str] = set()  # real folders walked: a followed link back up must not loop
        while stack:
            folder = stack.pop()
            real = os.path.realpath(folder)
            if real in seen:
                continue
            seen.add(real)
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError:
                passed.append((_shown(Path(folder)), "folder cannot be read; skipped"))
                continue
            for entry in entries:
                link = entry.is_symlink()
                if link and not follow_links and _outside(entry.path, root):
                    passed.append((_shown(Path(entry.path)), OUTSIDE))
                    continue
                try:
                    is_dir = entry.is_dir(follow_symlinks=follow_links)
                except OSError:  # a link loop: read as a file below, where it is reported and skipped
                    is_dir = False
                if is_dir:
                    stack.append(entry.path)
                elif entry.name.lower().endswith(EXTENSIONS):
                    found.setdefault(entry.path, Found(entry.path, top, _shown(Path(entry.path))))
                elif entry.name != MANIFEST:
                    passed.append((_shown(Path(entry.path)), _not_an_article(entry.name)))
    return sorted(found.values(), key=lambda f: f.shown), passed


# Files a sources folder often holds that are not articles crosscheck reads, by what they are.
OTHER_FILES = {
    "a PDF": (".pdf",),
    "a word-processor document": (".doc", ".docx", ".odt", ".rtf", ".pages"),
    "an image": (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".tif", ".tiff", ".heic", ".bmp"),
    "a spreadsheet": (".xls", ".xlsx", ".ods", ".csv"),
    "an archive": (".zip", ".gz", ".tar", ".7z"),
}


def missing(given: Path) -> Problem:
    """What is wrong with a sources path that is not there: `check` stops on it, `validate` warns."""
    return Problem(
        str(given), None, None, "no such file or folder", "pass --sources with a folder of articles (.txt, .md, .html)"
    )


def _not_an_article(name: str) -> str:
    """Why a file in a sources folder is not read: listed, never passed over in silence."""
    kind = next((k for k, ends in OTHER_FILES.items() if name.lower().endswith(ends)), "an unknown kind of file")
    return f"not read: {kind} (crosscheck reads {', '.join(EXTENSIONS)} articles; save its text as one to check it)"


def _outside(path: str, root: str) -> bool:
    """A link whose target exists outside the sources folder (a broken link is read, and reported unreadable)."""
    target = os.path.realpath(path)
    return os.path.exists(target) and not (target == root or target.startswith(root + os.sep))


@dataclass(frozen=True)
class Manifest:
    """A sources folder's sources.yaml: file name (or relative path) -> fields, and where each entry is."""

    entries: dict[str, dict]
    path: str  # as reports show it
    lines: dict[str, tuple[int, int]] = field(default_factory=dict)
    warnings: tuple[Warning, ...] = ()

    def unused(self, keys: set[str]) -> list[Warning]:
        """An entry for a file that is not there: said, since its fields silently go unused otherwise."""
        return [
            Warning(self.path, f"no article {name!r} in this folder; its fields are not used", *self.lines[name])
            for name in self.entries
            if name not in keys
        ]


def load_manifest(root: Path) -> Manifest:
    """The manifest of a sources folder, every entry's fields under their own names; a key or
    value it cannot use is a warning naming its line, never dropped in silence."""
    path = root / MANIFEST
    if not path.is_file():
        return Manifest({}, str(path))
    shown = _shown(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (UnicodeDecodeError, OSError) as exc:
        raise InputError(Problem(shown, None, None, f"cannot read the manifest: {exc}")) from None
    node = yamlsafe.compose(text, shown, what="manifest")
    if node is None:
        return Manifest({}, shown)
    data = yamlsafe.load(text, shown, what="manifest")
    if not isinstance(data, dict) or not all(isinstance(v, dict) or v is None for v in data.values()):
        raise InputError(
            Problem(
                shown,
                1,
                1,
                "the manifest must map file names to fields",
                "for example: 003.txt: {outlet: Reuters, published: 2021-10-04}",
            )
        )
    entries: dict[str, dict] = {}
    warnings: list[Warning] = []
    lines: dict[str, tuple[int, int]] = {}
    for name_node, fields_node in node.value:
        name = str(yamlsafe.construct(name_node))
        lines[name] = (name_node.start_mark.line + 1, name_node.start_mark.column + 1)
        places = {}
        if isinstance(fields_node, yaml.MappingNode):
            places = {str(k.value): (v.start_mark.line + 1, v.start_mark.column + 1) for k, v in fields_node.value}
        fields, said = metadata(data.get(yamlsafe.construct(name_node)) or {}, f"{name}:")
        entries[name] = fields
        for key, message, _per_run in said:
            warnings.append(Warning(shown, message, *places.get(key, lines[name])))  # one file: each at its line
    return Manifest(entries, shown, lines, tuple(warnings))


def metadata(mapping: dict, where: str) -> tuple[dict[str, object], list[tuple[str, str, bool]]]:
    """The fields crosscheck uses from front matter or a manifest entry, under their own names, and
    (key, what is said about it, whether it is said once per run) for every key or value not used."""
    fields: dict[str, object] = {}
    said: list[tuple[str, str, bool]] = []
    for raw_key, value in mapping.items():
        key = str(raw_key)
        name = FIELD_OF.get(key.lower())
        if name is None:
            if key.lower() in QUIET_KEYS:
                continue
            close = difflib.get_close_matches(key.lower(), list(FIELD_OF), n=1, cutoff=MISSPELLING_CUTOFF)
            if close:
                said.append((key, f"{where} key '{key}' is not used (did you mean '{close[0]}'?)", False))
            else:
                said.append((key, f"{where} key '{key}' is not used", True))
            continue
        if value is None or value == "" or name in fields:
            continue
        if isinstance(value, (list, dict, set)):
            kind = "list" if isinstance(value, list) else "mapping"
            said.append((key, f"{where} {key} must be one value, not a {kind}; not used", False))
        elif name == "published" and _as_date(value, ANY_YEAR) is None:
            said.append((key, f"{where} {key} {value!r} is not a date (write YYYY-MM-DD); not used", False))
        elif isinstance(value, float) and not math.isfinite(value):
            said.append((key, f"{where} {key} {value!r} is not text; not used", False))
        else:
            fields[name] = _language_value(value) if name == "lang" else value
    return fields, said


UNICODE_BOMS = (  # longest first: UTF-32's little-endian mark begins with UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def _marked(raw: bytes) -> str | None:
    """The encoding a byte-order mark declares, for the wide encodings whose text is full of NUL bytes."""
    return next((encoding for mark, encoding in UNICODE_BOMS if raw.startswith(mark)), None)


def decode(raw: bytes) -> tuple[str, str | None]:
    """The text and, if it was not UTF-8, a warning saying how it was read."""
    marked = _marked(raw)
    if marked:
        try:
            return raw.decode(marked), None
        except UnicodeDecodeError:
            return raw.decode(marked, errors="replace"), f"not valid {marked.upper()}; unreadable characters replaced"
    try:
        return raw.decode("utf-8-sig"), None  # a byte-order mark is not text: columns count as editors see them
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "not UTF-8; decoded as CP-1252"


@dataclass(frozen=True)
class Task:
    """One article to check, named so a worker process, or another machine, can find and label it."""

    path: str  # absolute path on disk
    shown: str  # as reports show it: relative to the current folder
    key: str  # inside its sources folder: what fingerprints and the cache use
    entry: tuple[tuple[str, str], ...] = ()  # the manifest's fields for it


def task_for(found: Found, manifest: dict[str, dict]) -> Task:
    path, root = found.path, found.root
    if path.startswith(root.rstrip(os.sep) + os.sep):
        key = path[len(root.rstrip(os.sep)) + 1 :].replace(os.sep, "/")
    else:
        key = os.path.basename(path)
    entry = metadata(manifest.get(key) or manifest.get(os.path.basename(path)) or {}, "")[0]
    return Task(
        os.path.abspath(path),
        found.shown,
        key,
        tuple(sorted((str(k), str(v)) for k, v in entry.items() if v is not None)),
    )


def load(file: Path, root: Path, manifest: dict[str, dict]) -> Source:
    return read(task_for(Found(str(file), str(root), _shown(file)), manifest))


def tasks_for(paths: list[Path], follow_links: bool = False) -> tuple[list[Task], list[Warning]]:
    """Every article under these paths as a task carrying its manifest fields, and
    warnings for what was passed over or is not used."""
    files, passed = discover(paths, follow_links)
    warnings = [Warning(path, message) for path, message in passed]
    manifests: dict[str, Manifest] = {}
    named: dict[str, set[str]] = {}  # per folder: the names its manifest may use for its articles
    tasks = []
    for found in files:
        if found.root not in manifests:
            manifests[found.root] = load_manifest(Path(found.root))
            named[found.root] = set()
        task = task_for(found, manifests[found.root].entries)
        named[found.root].update((task.key, os.path.basename(task.path)))
        tasks.append(task)
    for root, manifest in manifests.items():
        warnings.extend(manifest.warnings)
        warnings.extend(manifest.unused(named[root]))
    return tasks, warnings


def _bytes(task: Task) -> bytes | Source:
    """The file's bytes, or the article skipped with the reason."""
    file, shown, key = Path(task.path), task.shown, task.key
    try:
        info = file.stat()
        if not stat.S_ISREG(info.st_mode):
            return Source(file, shown, key, skipped="not a regular file (a pipe, device or folder); skipped")
        size = info.st_size
        if size > MAX_SOURCE_BYTES:
            return Source(file, shown, key, skipped=f"larger than {MAX_SOURCE_BYTES // (1024 * 1024)} MB; skipped")
        raw = file.read_bytes()
    except OSError as exc:
        return Source(file, shown, key, skipped=f"cannot be read ({exc.strerror or exc}); skipped")
    if b"\x00" in raw and not _marked(raw):
        return Source(file, shown, key, skipped="binary file; skipped")
    return raw


def text_of(task: Task) -> Source:
    """The article's text as it was read, lines and columns as reports give them, without its
    fields: a report that shows the article needs no more, and thousands of front matters
    parsed again would cost it seconds."""
    raw = _bytes(task)
    if isinstance(raw, Source):
        return raw
    if Path(task.path).suffix.lower() in PAGE_EXTENSIONS:
        return _read_page(task, raw)
    return Source(Path(task.path), task.shown, task.key, decode(raw)[0])


def read(task: Task) -> Source:
    file, shown, key = Path(task.path), task.shown, task.key
    raw = _bytes(task)
    if isinstance(raw, Source):
        return raw
    if file.suffix.lower() in PAGE_EXTENSIONS:
        return _read_page(task, raw)
    text, warning = decode(raw)
    warnings: list[Warning] = [Warning(shown, warning)] if warning else []
    fields: dict = {}
    fields_from: dict = {}
    body_start = 0
    title_span = None
    m = FRONT_MATTER_RE.match(text)
    if m:
        body_start = m.end()
        first_line = text[: m.start("body")].count("\n") + 1
        front, said = metadata(_front_matter(m.group("body"), shown, first_line), "front matter")
        for name, value in front.items():
            fields[name], fields_from[name] = value, "front_matter"
        for key, message, per_run in said:
            km = re.search(rf"^{re.escape(key)}\s*:", m.group("body"), re.MULTILINE)
            line = first_line + m.group("body").count("\n", 0, km.start()) if km else None
            warnings.append(Warning(shown, message, line, 1 if km else None, per_run=per_run))
        if "title" in fields:
            tm = re.search(r"^title\s*:\s*[\"']?(?P<v>.*?)[\"']?\s*$", m.group("body"), re.MULTILINE)
            if tm:
                title_span = (m.start("body") + tm.start("v"), m.start("body") + tm.end("v"))
    _from_manifest(task, fields, fields_from)
    return Source(file, shown, key, text, body_start, title_span, fields, fields_from, None, tuple(warnings))


def _from_manifest(task: Task, fields: dict, fields_from: dict) -> None:
    """The manifest's fields where the article itself (front matter, or the page) gives none."""
    for name, value in task.entry:
        if name not in fields and value not in (None, ""):
            fields[name], fields_from[name] = value, "manifest"


def _read_page(task: Task, raw: bytes) -> Source:
    """A web page: the article read from it, its headline first, as a text article writes it.

    The page's own title, outlet, url and date stand where front matter does; a manifest entry
    gives what the page does not say (and its url helps find the date in the page's address).
    A manifest date the page contradicts is not used, and said: it decides the scope.
    """
    file, shown, key = Path(task.path), task.shown, task.key
    stored, warning = _decode_page(raw)
    entry = dict(task.entry)
    try:
        page = webpage.extract(stored, entry.get("url") or None)
    except Exception as exc:  # a parser's failure on a malformed page skips that page alone
        return Source(file, shown, key, skipped=f"cannot be read as a web page ({exc}); skipped")
    if page is None:
        return Source(
            file, shown, key, skipped="a web page with no article text (an index, a consent or error page); skipped"
        )
    text = page.text
    first = text.split("\n", 1)[0]
    if page.title and " ".join(first.split()) != " ".join(page.title.split()):
        text = page.title + "\n" + text  # the headline, where a text article has it
    said = {"title": page.title, "outlet": page.outlet, "url": page.url, "published": page.published}
    fields = {name: value for name, value in said.items() if value}
    fields_from = dict.fromkeys(fields, "page")
    _from_manifest(task, fields, fields_from)
    warnings = [Warning(shown, warning)] if warning else []
    listed = entry.get("published")
    if page.published and listed not in (None, "") and _as_date(listed) != page.published:
        said_date = f"the page gives its own date, {page.published.isoformat()}"
        warnings.append(Warning(shown, f"the manifest's published {listed} is not used: {said_date}"))
    return Source(file, shown, key, text, 0, None, fields, fields_from, None, tuple(warnings), stored)


_CHARSET_RE = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
CHARSET_REACH = 4096  # bytes: where a page declares its encoding (browsers look in the first 1024)


def _decode_page(raw: bytes) -> tuple[str, str | None]:
    """A page's text, in the encoding it declares (a byte-order mark first; else as any article),
    and a warning if it could not be read so."""
    declared = _CHARSET_RE.search(raw, 0, CHARSET_REACH)
    if _marked(raw) or declared is None:
        return decode(raw)
    name = declared.group(1).decode("ascii")
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        text, warning = decode(raw)
        return text, f"declares the unknown charset {name!r}; " + (warning or "read as UTF-8")
    if codec.startswith(("utf-8", "utf-16", "utf-32")):
        return decode(raw)  # a page read as bytes cannot be in UTF-16 or UTF-32 and say so in ASCII
    if codec in ("latin-1", "iso8859-1", "ascii"):
        codec = "cp1252"  # what browsers read these as
    try:
        return raw.decode(codec), None
    except UnicodeDecodeError:
        return raw.decode(codec, errors="replace"), f"not valid {name} as it declares; unreadable characters replaced"


ANY_YEAR = 2000  # a year-less date ("Oct 4") is still a date: any year tells whether it reads as one


def _as_date(value: object, fallback_year: int | None = None) -> dt.date | None:
    """A metadata date as YAML or text gives it ("2021-10-04", "Oct 4, 2021"), or None."""
    from .extract import dates

    try:
        return dates.as_date(value) or dates.parse_metadata_date(str(value), fallback_year)[0]
    except (ValueError, OverflowError):
        return None


def _front_matter(body: str, shown: str, first_line: int) -> dict:
    data = yamlsafe.load(body, shown, first_line, what="front matter")
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(
            Problem(
                shown,
                first_line,
                1,
                "front matter must be a mapping of fields",
                "write title: …, published: YYYY-MM-DD between the '---' lines",
            )
        )
    return data


# --- the article's language --------------------------------------------------------------------


def _language_value(value: object) -> str:
    # YAML 1.1 reads the Norwegian code unquoted (`lang: no`) as false.
    return "no" if value is False else str(value)


def language(source: Source) -> Language:
    """The language of an article: as its front matter or the manifest declares it (`lang:` or
    `language:`), else told from its text."""
    warning = None
    declared = source.fields.get("lang")
    if declared is not None:
        code = language_code(str(declared))
        where = source.fields_from.get("lang", "front_matter")
        if code is not None:
            return Language(code, where)
        warning = (
            f"{'front matter' if where == 'front_matter' else 'the manifest'} gives the language as "
            f"'{declared}', which is not a language code crosscheck knows (such as en, es or es-MX); "
            "told from the text instead"
        )
    return Language(detect(source.text[source.body_start : source.body_start + LANGUAGE_SAMPLE]), "text", warning)


def function_words(text: str) -> list[str]:
    """The English function words of `text`, in order (whole words only: "the" is not in "Thebes")."""
    return [w for w in _WORD_RE.findall(text.lower()) if w in _ENGLISH_WORDS]


def english_share(text: str) -> float:
    """The share of the words of `text` that are English function words (0 for no words)."""
    words = _WORD_RE.findall(text.lower())
    return sum(map(_ENGLISH_WORDS.__contains__, words)) / len(words) if words else 0.0


def detect(text: str) -> str:
    """The language of `text`, as an ISO 639 code.

    English text is told by its share of English function words alone, so checking English
    articles never loads the detector (its model takes about half a second to load). Other text
    goes to py3langid; a text it is not sure about (a few words, a table of figures) is read as
    English, as every article was before languages were told apart.
    """
    if english_share(text[:LANGUAGE_HEAD]) >= ENGLISH_SHARE or english_share(text) >= ENGLISH_SHARE:
        return "en"  # the opening decides nearly every English article; the rest, a page that opens on its menus
    if not _WORD_RE.search(text):
        return "en"  # no words at all: nothing to read in any language
    code, confidence = _identifier().classify(text)
    return str(code) if confidence >= DETECTOR_CONFIDENCE else "en"


@functools.cache
def _identifier():
    # Imported here, not at the top: only articles that are not plainly English need it.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_code(value: str) -> str | None:
    """The ISO 639 code of a declared language ("es", "es-MX", "es_ES", "spa", "Spanish"), or None."""
    text = value.strip()
    primary = re.split(r"[-_\s]", text, maxsplit=1)[0].lower()
    if primary == "en" or text.lower() == "english":
        return "en"  # without loading the ISO 639 tables
    import pycountry

    found = None
    if len(primary) == 2:
        found = pycountry.languages.get(alpha_2=primary)
    elif len(primary) == 3:
        found = pycountry.languages.get(alpha_3=primary)
    if found is None:
        try:
            found = pycountry.languages.lookup(text)
        except LookupError:
            return None
    return getattr(found, "alpha_2", None) or found.alpha_3


def language_name(code: str) -> str:
    """The English name of a language: "es" -> "Spanish"."""
    if code == "en":
        return "English"
    import pycountry

    found = pycountry.languages.get(**{"alpha_2" if len(code) == 2 else "alpha_3": code})
    return found.name if found is not None else code
