"""A project's defaults for the command line: `crosscheck.toml`, or `[tool.crosscheck]` in `pyproject.toml`.

The nearest folder, from the current one upward, that holds either gives them
(`crosscheck.toml` first when one folder holds both), as ruff and pytest find
theirs, so a newsroom writes its claims file, sources and report format once
and every command run anywhere in the project uses them. The command line
wins over the file. Paths in the file are read from the file's folder, not
from wherever the command runs. Every key is an option's name; a key that is
not one is an error at its line, with the key it was probably meant to be.
"""

from __future__ import annotations

import difflib
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, Problem

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

FILE = "crosscheck.toml"
PYPROJECT = "pyproject.toml"
KEYS = (
    "claims",
    "sources",
    "format",
    "baseline",
    "fail-on",
    "jobs",
    "cache-dir",
    "no-cache",
    "engine",
    "scheduler",
    "follow-symlinks",
    "color",
    "quiet",
)
PATHS = frozenset({"claims", "sources", "baseline", "cache-dir"})  # read from the file's folder
DEFAULT_CLAIMS, DEFAULT_SOURCES = "claims.yaml", "sources"  # the command line's defaults
BESIDE = {"claims": DEFAULT_CLAIMS, "sources": DEFAULT_SOURCES}  # found beside the file, run from below it
_ERROR_AT_RE = re.compile(r"\(at line (\d+), column (\d+)\)")
_TABLE_RE = re.compile(r"^\s*\[\s*tool\s*\.\s*crosscheck\s*[\].]", re.M)


@dataclass(frozen=True)
class Setting:
    key: str
    value: object
    line: int | None  # where the key is written, for errors
    column: int | None


@dataclass(frozen=True)
class Config:
    path: str  # as it is shown: relative to the current folder when below it
    settings: tuple[Setting, ...]

    def problem(self, setting: Setting, message: str, hint: str | None = None) -> InputError:
        return InputError(Problem(self.path, setting.line, setting.column, message, hint))


def find(start: Path) -> Path | None:
    """The configuration file that applies in `start`: the nearest one at or above it."""
    for folder in (start, *start.parents):
        if (folder / FILE).is_file():
            return folder / FILE
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and _has_table(pyproject):
            return pyproject
    return None


def _has_table(pyproject: Path) -> bool:
    """Whether a pyproject.toml has a [tool.crosscheck] table, found without parsing it: another
    project's file that is not valid TOML is none of crosscheck's business."""
    try:
        return bool(_TABLE_RE.search(pyproject.read_text(encoding="utf-8", errors="replace")))
    except OSError:
        return False


def load(start: Path | None = None) -> Config | None:
    """The settings that apply in `start` (the current folder), or None without a configuration file."""
    path = find(Path.cwd() if start is None else start)
    if path is None:
        return None
    shown = os.path.relpath(path) if path.is_relative_to(Path.cwd()) else str(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except OSError as error:
        raise InputError(Problem(shown, None, None, f"cannot be read: {error.strerror or error}")) from None
    except UnicodeDecodeError:
        raise InputError(Problem(shown, None, None, "is not UTF-8 text", "save it as UTF-8")) from None
    except tomllib.TOMLDecodeError as error:
        at = _ERROR_AT_RE.search(str(error))
        message = _ERROR_AT_RE.sub("", str(error)).strip()
        line, column = (int(at[1]), int(at[2])) if at else (None, None)
        raise InputError(Problem(shown, line, column, f"is not valid TOML: {message}")) from None
    header = None if path.name == FILE else "tool.crosscheck"
    table = data if header is None else data.get("tool", {}).get("crosscheck", {})
    if not isinstance(table, dict):
        raise InputError(Problem(shown, *_place(text, None, "tool"), "[tool.crosscheck] must be a table of options"))
    settings, problems = [], []
    for key, value in table.items():
        line, column = _place(text, header, key)
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f"did you mean '{close[0]}'?" if close else "known keys: " + ", ".join(KEYS)
            problems.append(Problem(shown, line, column, f"unknown key '{key}'", hint))
            continue
        settings.append(Setting(key, _from(path.parent, value) if key in PATHS else value, line, column))
    if problems:
        raise InputError(problems)
    # The file marks the project's folder: run from a folder below it that has no claims file or
    # sources of its own, the ones beside the file are meant, as they are when run beside it.
    given = {s.key for s in settings}
    here = Path.cwd() if start is None else start
    settings += [
        Setting(key, _from(path.parent, value), None, None)
        for key, value in BESIDE.items()
        if key not in given and not (here / value).exists() and (path.parent / value).exists()
    ]
    return Config(shown, tuple(settings))


def _from(folder: Path, value: object) -> object:
    """A path written in the file, as seen from the current folder (unchanged when that is the file's)."""
    if isinstance(value, str) and value != "-":
        return os.path.relpath(folder / value) if not os.path.isabs(value) else value
    if isinstance(value, list):
        return [_from(folder, v) for v in value]
    return value


def _place(text: str, header: str | None, key: str) -> tuple[int | None, int | None]:
    """Line and column where `key` is set (in the table `header`, or at the top of the file):
    TOML parsers keep no places. A key that is a table of its own is found at its [header]."""
    table = f"{header}.{key}" if header else key
    inside = header is None
    for number, line in enumerate(text.splitlines(), start=1):
        name = line.strip().strip("[]").replace(" ", "") if line.lstrip().startswith("[") else None
        if name is not None:
            if name == table:
                return number, line.index("[") + 1
            inside = name == header
            continue
        found = re.match(rf"""\s*["']?{re.escape(key)}["']?\s*=""", line) if inside else None
        if found:
            return number, len(line) - len(line.lstrip()) + 1
    return None, None
