"""Report renderers: one module per format, all reading the same Report.

Each renders as a stream of text pieces, written as they are made (see
output.write), so an archive's report is never held whole in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import import_module

from ..model import Report

FORMATS = ("text", "json", "jsonl", "markdown", "github", "sarif", "junit", "codequality", "compact", "oneline", "html")


def stream(
    report: Report,
    fmt: str,
    color: bool | None = None,
    width: int | None = None,
    discovery=None,
    everything: bool = False,
    failing_only: bool = False,
) -> Iterator[str]:
    """The report in `fmt`, piece by piece; renderers are imported on use, so the editor's
    command loads only one. The HTML page also shows a discovery (what the sources disagree
    on) when given one; the text report lists every finding of a large run with `everything`;
    the one-line format lists only what fails the run with `failing_only`."""
    module = import_module(f".{fmt}", __name__)
    if fmt == "text":
        return module.stream(report, color=color, width=width, everything=everything)
    if fmt == "html":
        return module.stream(report, discovery=discovery)
    if fmt == "oneline":
        return module.stream(report, failing_only=failing_only)
    return module.stream(report)


def quotes_read(fmt: str) -> frozenset[str] | None:
    """The verdicts whose findings' quotes `fmt` shows, where it shows fewer than all (None: all).
    A warm run reads back only those from the cache (runner.check's `evidence_of`); the format
    declares them as QUOTES_READ beside the code that shows them, so the two change together."""
    return getattr(import_module(f".{fmt}", __name__), "QUOTES_READ", None)


def render(
    report: Report,
    fmt: str,
    color: bool | None = None,
    width: int | None = None,
    discovery=None,
    everything: bool = False,
) -> str:
    """The report in `fmt` as one string (see `stream` to write a large one as it is made)."""
    return "".join(stream(report, fmt, color, width, discovery, everything))


def render_discovery(discovery, fmt: str, color: bool | None = None, width: int | None = None) -> str:
    """What `crosscheck discover` found, in `fmt`."""
    module = import_module(f".{fmt}", __name__)
    if fmt == "text":
        return module.render_discovery(discovery, color=color, width=width)
    return module.render_discovery(discovery)
