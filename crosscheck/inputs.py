"""Reading the files an editor names (claims, baselines, reports): within bounds, regular files only.

A path can name anything: /dev/urandom never ends, /dev/zero fills memory,
a FIFO blocks forever on open. Each is refused with a message before a byte
is read, the same way articles are (sources.read).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .errors import InputError, Problem

MB = 1024 * 1024


def read_bytes(path: str | Path, what: str, limit: int, missing: Problem | None = None) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; anything else is an InputError naming `what`."""
    shown = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO must not block the open
    except FileNotFoundError:
        raise InputError(missing or Problem(shown, None, None, f"{what} not found")) from None
    except OSError as exc:
        raise InputError(Problem(shown, None, None, f"cannot read the {what}: {exc.strerror}")) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        why = os.strerror(errno.EISDIR) if stat.S_ISDIR(mode) else "not a regular file (a pipe, device or socket)"
        raise InputError(Problem(shown, None, None, f"cannot read the {what}: {why}"))
    with os.fdopen(fd, "rb") as f:
        try:
            raw = f.read(limit + 1)
        except OSError as exc:
            raise InputError(Problem(shown, None, None, f"cannot read the {what}: {exc.strerror}")) from None
    if len(raw) > limit:
        raise InputError(Problem(shown, None, None, f"the {what} is larger than {limit // MB} MB"))
    return raw
