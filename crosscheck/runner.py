"""The fact check end to end, usable without the command line:

    from crosscheck import check
    report = check("claims.yaml", ["sources"], jobs=2)

Each article is checked on its own (see pipeline) into a small SourceResult,
so articles can be spread over processes or machines and cached, and only the
results, never the article text, are kept while the run goes on.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Container, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from . import sources as sources_mod
from .cache import evidence_from
from .claims import load_claims
from .engines import ReadyLines, run
from .model import ClaimsFile, Findings, Report, Warning, gathered


def check(
    claims: str | Path | ClaimsFile,
    sources: Iterable[str | Path] = ("sources",),
    follow_links: bool = False,
    jobs: int = 1,
    cache_dir: str | Path | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    ready: ReadyLines | None = None,
    evidence_of: Container[str] | None = None,
) -> Report:
    """Check every source against every claim; raise InputError on bad input.

    jobs > 1 spreads articles over processes (engine "local") or a Dask
    cluster (engine "dask", scheduler an address); cache_dir keeps results
    of unchanged articles between runs. The report is the same either way.
    With `ready` (the JSON writer's, for a report without a baseline) the cache
    also keeps each article's JSON lines, and gives them back in place of its
    findings' evidence: see Report.ready. With `evidence_of` (verdicts), a result read from the
    cache gives evidence only to its findings of those verdicts: for a report format that reads
    no other quotes (report.quotes_read), which then need not be read back.
    """
    claims_file = claims if isinstance(claims, ClaimsFile) else load_claims(claims)
    warnings = [
        Warning(claims_file.path, p.message + (f" ({p.hint})" if p.hint else ""), p.line, p.column)
        for p in claims_file.warnings
    ]
    source_list = list(sources)
    tasks, passed = sources_mod.tasks_for([Path(p) for p in source_list], follow_links)
    warnings.extend(passed)
    if not tasks:
        warnings.append(
            Warning(None, "no articles (.txt, .md, .html) found in " + ", ".join(str(p) for p in source_list))
        )
    with _collector_paused():
        results = run(
            tasks,
            claims_file,
            jobs=jobs,
            engine=engine,
            scheduler=scheduler,
            cache_dir=cache_dir,
            progress=progress,
            ready=ready,
            evidence_of=evidence_of,
        )
        infos, misspellings, per_source, prints, lines, quotes = [], [], [], {}, {}, {}
        for result in results:
            infos.append(result.info)
            misspellings.extend(result.misspellings)
            warnings.extend(result.warnings)
            per_source.append(result.findings)
            if result.silent_prints:
                prints[result.info.path] = result.silent_prints
            if result.ready:
                lines[result.info.path] = result.ready
            if result.quotes:
                quotes[result.info.path] = result.quotes
        findings = Findings(tuple(c.id for c in claims_file.claims), tuple(i.path for i in infos), tuple(per_source))
    return Report(
        claims_file.path,
        claims_file.claims,
        tuple(infos),
        findings,
        claims_file.scope,
        tuple(misspellings),
        tuple(gathered(warnings)),
        entities=claims_file.entities,
        silent_prints=prints,
        ready=lines,
        quotes=quotes,
        read_quotes=evidence_from,
    )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while results pile up.

    An archive run allocates half a million findings, none in a cycle, and
    the collector's repeated passes over them doubled the run's time.
    Reference counting still frees everything.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
