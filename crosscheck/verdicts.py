"""One verdict per (claim, source) from the evidence found (claims-format.md, Verdicts)."""

from __future__ import annotations

import hashlib
import re
from typing import Sequence

from .model import Evidence


def verdict(evidence: Sequence[Evidence]) -> str:
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


def fingerprint(claim: str, source_key: str, evidence: Sequence[Evidence]) -> str:
    """Identifies a finding across runs (report-format.md).

    Built from the claim id, the path inside the sources folder and the
    normalised quotes and values of the evidence that decides the verdict,
    never from line numbers: adding lines elsewhere keeps it, and so does
    running from another folder; changing the conflicting words changes it.
    """
    deciding = [e for e in evidence if e.stance == "conflicts"] or list(evidence)
    parts = sorted(f"{e.stance}|{_normal(e.quote)}|{_normal(str(e.found.value))}" for e in deciding)
    digest = hashlib.sha256("\n".join([claim, source_key, *parts]).encode("utf-8"))
    return digest.hexdigest()[:16]


def fingerprint_of(finding, source_key: str) -> str:
    """A finding's fingerprint, computing the evidence-free kind on demand."""
    return finding.fingerprint or fingerprint(finding.claim, source_key, ())


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())
