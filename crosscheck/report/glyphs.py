"""Each verdict's glyph and label, shared by the formats that draw a matrix (terminal, Markdown,
HTML). Kept apart from the terminal report so that a format which only needs them does not
load the terminal's rendering library with them: rich was two thirds of the HTML renderer's
import time, for two small tables."""

from __future__ import annotations

GLYPHS = {"supports": "✓", "conflicts": "✗", "mixed": "±", "silent": "·", "out_of_scope": "○", "unclear": "?"}
LABELS = {"out_of_scope": "out of scope"}
