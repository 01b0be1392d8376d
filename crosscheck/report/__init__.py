"""Report renderers: one module per format, all reading the same Report."""

from __future__ import annotations

from importlib import import_module

from ..model import Report

FORMATS = ("text", "json", "markdown", "github", "sarif", "junit", "html")


def render(report: Report, fmt: str, color: bool | None = None, width: int | None = None, discovery=None) -> str:
    """The report in `fmt`; renderers are imported on use, so the editor's command loads only one.
    The HTML page also shows a discovery (what the sources disagree on) when given one."""
    module = import_module(f".{fmt}", __name__)
    if fmt == "text":
        return module.render(report, color=color, width=width)
    if fmt == "html":
        return module.render(report, discovery=discovery)
    return module.render(report)


def render_discovery(discovery, fmt: str, color: bool | None = None, width: int | None = None) -> str:
    """What `crosscheck discover` found, in `fmt`."""
    module = import_module(f".{fmt}", __name__)
    if fmt == "text":
        return module.render_discovery(discovery, color=color, width=width)
    return module.render_discovery(discovery)
