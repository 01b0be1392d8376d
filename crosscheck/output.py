"""Writing reports so that a crash or Ctrl-C never leaves half a file, and
never writing one where it would destroy something: onto a file the run
reads, or into a closed or full stream without saying so."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from .errors import InputError, Problem

HINTS = {
    errno.ENOSPC: "free some space or write elsewhere with --output",
    errno.EACCES: "check the folder's permissions or write elsewhere with --output",
    errno.EROFS: "the disk is read-only: write elsewhere with --output",
}


class ReaderGone(Exception):
    """The reader of standard output went away (`crosscheck check | head`). Not an OSError, so
    that click does not take it for its own and exit 1, which reads as "contradictions found"."""


def write(path: str, content: str | Iterable[str]) -> None:
    """Write `content` to `path` atomically: a temporary file beside it, then a rename.

    `content` may be given in pieces, each written as soon as it is made, so a
    report never has to be held whole in memory; the rename comes after the
    last one, and a failure on the way leaves `path` as it was.

    "-" is stdout; something that is not a regular file (/dev/stdout, a pipe,
    /dev/null) is written directly, never replaced. A symbolic link is kept:
    the file it points to is written. Every failure names `path`, not the
    temporary file, and says what to do.
    """
    if path == "-":
        _stdout(content)
        return
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    try:
        _replace(target, content)
    except OSError as exc:
        raise InputError(
            Problem(path, None, None, f"cannot write: {exc.strerror or exc}", HINTS.get(exc.errno or 0))
        ) from None


def check_stdout(path: str | None) -> None:
    """Said before the run rather than after it: standard output is closed, and the report has nowhere to go."""
    if path in (None, "-") and sys.stdout is None:
        raise InputError(
            Problem(
                "stdout", None, None, "standard output is closed: the report has nowhere to go", "pass --output FILE"
            )
        )


def _stdout(content: str | Iterable[str]) -> None:
    check_stdout("-")
    assert sys.stdout is not None
    try:
        _put(sys.stdout, content)
        sys.stdout.flush()
    except BrokenPipeError:
        raise ReaderGone from None
    except OSError as exc:
        raise InputError(
            Problem("stdout", None, None, f"cannot write the report: {exc.strerror or exc}", HINTS.get(exc.errno or 0))
        ) from None


def _put(stream: TextIO, content: str | Iterable[str]) -> None:
    if isinstance(content, str):
        stream.write(content)
        return
    for piece in content:
        stream.write(piece)


def _replace(target: Path, content: str | Iterable[str]) -> None:
    try:
        mode: int | None = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        with open(target, "w", encoding="utf-8") as f:
            _put(f, content)
        return
    tmp = _temporary(target, content, stat.S_IMODE(mode) if mode is not None else None)
    try:
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def create(path: Path, content: str) -> None:
    """Write a new file atomically, and only where there is none.

    The whole file appears at once or not at all, and an existing one, whatever
    it is, is never replaced: FileExistsError lets the caller choose another
    name, even when another process took this one a moment ago. Other OSErrors
    are left to the caller, which knows what to suggest.
    """
    tmp = _temporary(path, content, None)
    try:
        os.link(tmp, path)  # unlike a rename, a link fails on an existing name
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _temporary(target: Path, content: str | Iterable[str], mode: int | None) -> str:
    """`content` in a temporary file beside `target`, on disk, with `target`'s mode or the usual one for a new file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            _put(f, content)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode if mode is not None else 0o666 & ~_umask())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def refuse_inputs(output: str | None, inputs: dict[str, str], what: str = "report") -> None:
    """Stop before `output` replaces a file this run reads (the claims, a baseline, an article):
    the report would take its place and the input would be lost. `inputs` maps each path to what it is."""
    if output in (None, "-") or not os.path.exists(output):
        return
    for given, label in inputs.items():
        with contextlib.suppress(OSError):
            if os.path.samefile(output, given):
                raise InputError(
                    Problem(
                        output,
                        None,
                        None,
                        f"is {label} this run reads ({given}); writing the {what} there would lose it",
                        "choose another --output",
                    )
                )


def refuse_sources(output: str | None, folders: list[str], extensions: tuple[str, ...], manifest: str) -> None:
    """Stop before a report lands in a sources folder as something the next run would read as an article."""
    if output in (None, "-") or not output.lower().endswith((*extensions, manifest)):
        return
    real = os.path.realpath(output)
    for folder in folders:
        root = os.path.realpath(folder)
        if os.path.isdir(root) and real.startswith(root + os.sep):
            raise InputError(
                Problem(
                    output,
                    None,
                    None,
                    f"is inside the sources folder {folder}: the next run would read the report as an article",
                    "choose another --output",
                )
            )


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
