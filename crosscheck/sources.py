"""Find article files, decode them, and read the metadata they carry.

Metadata comes, field by field, from YAML front matter, else from a
`sources.yaml` manifest in the sources folder, else from the text itself
(claims-format.md, Sources). The text is kept exactly as decoded, front
matter included, so positions in reports match the file as stored.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from . import yamlsafe
from .errors import InputError, Problem

EXTENSIONS = (".txt", ".md")
MANIFEST = "sources.yaml"
MAX_SOURCE_BYTES = 10 * 1024 * 1024
FRONT_MATTER_RE = re.compile(
    r"\A\ufeff?---[ \t]*(?:\r\n|\r|\n)(?P<body>.*?)(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|\Z)", re.DOTALL
)
OUTSIDE = "a link leading outside the sources folder; not followed (use --follow-symlinks to read it)"
METADATA_FIELDS = ("title", "outlet", "url", "published")


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
    warnings: tuple[str, ...] = ()


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
    """Every .txt/.md file in a stable order, and (path, message) for what was passed over.

    Folders are searched recursively; a named file is taken as given. Links
    leading outside their folder are not followed unless asked. Plain strings
    and os.scandir (whose entries know whether they are links without asking
    the disk again) keep this cheap for archives of many thousand files.
    """
    found: dict[str, Found] = {}
    passed: list[tuple[str, str]] = []
    for given in paths:
        if not given.exists() and not given.is_symlink():
            raise InputError(
                Problem(
                    str(given),
                    None,
                    None,
                    "no such file or folder",
                    "pass --sources with a folder of .txt/.md articles",
                )
            )
        if given.is_file():
            found.setdefault(str(given), Found(str(given), str(given.parent), _shown(given)))
            continue
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
                if entry.is_dir(follow_symlinks=follow_links):
                    stack.append(entry.path)
                elif entry.name.lower().endswith(EXTENSIONS):
                    found.setdefault(entry.path, Found(entry.path, top, _shown(Path(entry.path))))
    return sorted(found.values(), key=lambda f: f.shown), passed


def _outside(path: str, root: str) -> bool:
    """A link whose target exists outside the sources folder (a broken link is read, and reported unreadable)."""
    target = os.path.realpath(path)
    return os.path.exists(target) and not (target == root or target.startswith(root + os.sep))


def load_manifest(root: Path) -> tuple[dict[str, dict], str]:
    """The manifest of a sources folder: file name (or relative path) -> fields."""
    path = root / MANIFEST
    if not path.is_file():
        return {}, str(path)
    shown = _shown(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (UnicodeDecodeError, OSError) as exc:
        raise InputError(Problem(shown, None, None, f"cannot read the manifest: {exc}")) from None
    data = yamlsafe.load(text, shown, what="manifest")
    if data is None:
        return {}, str(path)
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
    return {str(k): v or {} for k, v in data.items()}, str(path)


def decode(raw: bytes) -> tuple[str, str | None]:
    """The text and, if it was not UTF-8, a warning saying how it was read."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), None
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
    entry = manifest.get(key) or manifest.get(os.path.basename(path)) or {}
    return Task(
        os.path.abspath(path),
        found.shown,
        key,
        tuple(sorted((str(k), str(v)) for k, v in entry.items() if v is not None)),
    )


def load(file: Path, root: Path, manifest: dict[str, dict]) -> Source:
    return read(task_for(Found(str(file), str(root), _shown(file)), manifest))


def tasks_for(paths: list[Path], follow_links: bool = False) -> tuple[list[Task], list[tuple[str, str]]]:
    """Every article under these paths as a task carrying its manifest fields, and
    (path, message) for what was passed over."""
    files, passed = discover(paths, follow_links)
    manifests: dict[str, dict] = {}
    tasks = []
    for found in files:
        if found.root not in manifests:
            manifests[found.root] = load_manifest(Path(found.root))[0]
        tasks.append(task_for(found, manifests[found.root]))
    return tasks, passed


def read(task: Task) -> Source:
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
    if b"\x00" in raw and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Source(file, shown, key, skipped="binary file; skipped")
    text, warning = decode(raw)
    warnings = (warning,) if warning else ()
    fields: dict = {}
    fields_from: dict = {}
    body_start = 0
    title_span = None
    m = FRONT_MATTER_RE.match(text)
    if m:
        body_start = m.end()
        front = _front_matter(m.group("body"), shown, text[: m.start("body")].count("\n") + 1)
        for name in METADATA_FIELDS:
            if front.get(name) not in (None, ""):
                fields[name], fields_from[name] = front[name], "front_matter"
        if "title" in fields:
            tm = re.search(r"^title\s*:\s*[\"']?(?P<v>.*?)[\"']?\s*$", m.group("body"), re.MULTILINE)
            if tm:
                title_span = (m.start("body") + tm.start("v"), m.start("body") + tm.end("v"))
    entry = dict(task.entry)
    for name in METADATA_FIELDS:
        if name not in fields and entry.get(name) not in (None, ""):
            fields[name], fields_from[name] = entry[name], "manifest"
    return Source(file, shown, key, text, body_start, title_span, fields, fields_from, None, warnings)


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
