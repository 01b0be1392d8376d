"""Report renderers: one module per format, all reading the same Report."""

from __future__ import annotations

from ..model import Report

FORMATS = ("text", "json", "markdown")


def render(report: Report, fmt: str, color: bool | None = None, width: int | None = None) -> str:
    if fmt == "json":
        from .json import render as render_json

        return render_json(report)
    if fmt == "markdown":
        from .markdown import render as render_markdown

        return render_markdown(report)
    from .text import render as render_text

    return render_text(report, color=color, width=width)
