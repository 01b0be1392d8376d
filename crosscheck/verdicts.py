"""One verdict per (claim, source) from the evidence found (docs/claims-format.md, Verdicts)."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Evidence, Verdict


def verdict(evidence: Sequence[Evidence]) -> Verdict:
    stances = {e.stance for e in evidence}
    if "supports" in stances and "conflicts" in stances:
        return "mixed"
    if "conflicts" in stances:
        return "conflicts"
    if "supports" in stances:
        return "supports"
    if "unclear" in stances:
        return "unclear"
    return "silent"
