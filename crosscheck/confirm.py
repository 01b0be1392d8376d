"""`discover`: each disagreement the sources hold, read again the way `check` reads a claim.

discover reads every subject at once with light rules: a figure goes to the
nearest name. `check` reads one claim with every rule of the lexicon on what a
value is about (another holder's figure, a part, a plan, another occurrence).
So each disagreement is written as the claim `--suggest-claims` would draft
for it and checked against the same sources:
- where check finds a conflict, the disagreement is confirmed;
- where check reads the topic in some sources and every one of them agrees
  (the other side's figures are, by its reading, not about the subject), the
  disagreement is set aside, and a warning says so: never a silent miss;
- where check cannot tell (only unclear evidence) or finds nothing to read,
  it cannot judge, and the disagreement stays.
Spellings and rankings are no claims, and a figure that changed over time is a
timeline, not a conflict: they stay too. Nothing is reordered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from .claims import parse_claims
from .discovery import Disagreement, Discovery, find_disagreements
from .model import Warning
from .runner import check
from .suggest import suggest_claims

CONFIRMING = {"conflicts", "mixed"}  # a verdict that reproduces the disagreement
# Kinds no claim expresses: a spelling is compared by the name matcher, a ranking by hand.
UNCHECKED_KINDS = {"spelling", "rank"}


def discover(
    sources: Iterable[str | Path] = ("sources",), follow_links: bool = False, confirm: bool = True
) -> Discovery:
    """Every disagreement between the sources, most checkable and most contested first; with
    `confirm`, without those `check` reads as agreement."""
    source_list = list(sources)
    found = find_disagreements(source_list, follow_links)
    return confirmed(found, source_list, follow_links) if confirm else found


def confirmed(discovery: Discovery, sources: Iterable[str | Path], follow_links: bool = False) -> Discovery:
    """The discovery without the disagreements in which check finds only agreement: those are
    in `set_aside`, each with a warning."""
    draft = suggest_claims(discovery)
    if draft is None:
        return discovery
    report = check(parse_claims(draft, "discover's draft"), sources, follow_links)
    verdicts: dict[str, Counter[str]] = {}
    for finding in report.findings:
        verdicts.setdefault(finding.claim, Counter())[finding.verdict] += 1
    kept: list[Disagreement] = []
    aside: list[Disagreement] = []
    for d in discovery.disagreements:
        seen = verdicts.get(d.id, Counter())
        agreed = seen["supports"] and not (seen["unclear"] or sum(seen[v] for v in CONFIRMING))
        (aside if agreed and d.kind not in UNCHECKED_KINDS and not d.over_time else kept).append(d)
    warnings = [
        Warning(
            None,
            f"set aside {d.title} ({d.describe()}): read as a claim, every source that states it "
            "agrees, the other figures being about something else; --unconfirmed shows it",
        )
        for d in aside
    ]
    return replace(
        discovery,
        disagreements=tuple(kept),
        set_aside=tuple(aside),
        warnings=discovery.warnings + tuple(warnings),
    )
