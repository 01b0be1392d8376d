"""The fact check end to end, usable without the command line:

    from crosscheck import check
    report = check("claims.yaml", ["sources"], jobs=2)

Each article is checked on its own (a task) into a small SourceResult, so
articles can be spread over processes or machines and cached, and only the
results, never the article text, are kept while the run goes on.
"""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable

from . import scope as scope_mod
from . import sources as sources_mod
from . import suppress
from .claims import ClaimsFile, load_claims
from .match import Matcher
from .model import Finding, Findings, Misspelling, Report, SourceInfo, Warning
from .sources import Task
from .verdicts import fingerprint, verdict
from .zones import analyse


@dataclass(frozen=True)
class SourceResult:
    info: SourceInfo
    findings: tuple[Finding | None, ...]  # one per claim, in claims order; None: silent, nothing to say
    misspellings: tuple[Misspelling, ...] = ()
    warnings: tuple[Warning, ...] = ()

    def relocated(self, shown: str) -> "SourceResult":
        """The same result for the same article seen from another folder."""
        old = self.info.path
        if old == shown:
            return self
        return SourceResult(replace(self.info, path=shown),
                            tuple(replace(f, source=shown) if f else None for f in self.findings),
                            tuple(replace(m, source=shown) for m in self.misspellings),
                            tuple(replace(w, source=shown) if w.source == old else w for w in self.warnings))


def check(claims: str | Path | ClaimsFile, sources: Iterable[str | Path] = ("sources",),
          follow_links: bool = False, jobs: int = 1, cache_dir: str | Path | None = None,
          engine: str = "local", scheduler: str | None = None,
          progress: Callable[[int, int], None] | None = None) -> Report:
    """Check every source against every claim; raise InputError on bad input.

    jobs > 1 spreads articles over processes (engine "local") or a Dask
    cluster (engine "dask", scheduler an address); cache_dir keeps results
    of unchanged articles between runs. The report is the same either way.
    """
    from .engines import run

    claims_file = claims if isinstance(claims, ClaimsFile) else load_claims(claims)
    warnings = [Warning(claims_file.path, p.message + (f" ({p.hint})" if p.hint else ""), p.line, p.column)
                for p in claims_file.warnings]
    source_list = list(sources)
    tasks, passed = sources_mod.tasks_for([Path(p) for p in source_list], follow_links)
    warnings.extend(Warning(path, message) for path, message in passed)
    if not tasks:
        warnings.append(Warning(None, "no .txt or .md articles found in " + ", ".join(str(p) for p in source_list)))
    with _collector_paused():
        results = run(tasks, claims_file, jobs=jobs, engine=engine, scheduler=scheduler, cache_dir=cache_dir,
                      progress=progress)
        infos, misspellings, per_source = [], [], []
        for result in results:
            infos.append(result.info)
            misspellings.extend(result.misspellings)
            warnings.extend(result.warnings)
            per_source.append(result.findings)
        findings = Findings(tuple(c.id for c in claims_file.claims), tuple(i.path for i in infos), tuple(per_source))
    return Report(claims_file.path, claims_file.claims, tuple(infos), findings, claims_file.scope,
                  tuple(misspellings), tuple(warnings), entities=claims_file.entities)


@contextmanager
def _collector_paused():
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


def check_source(task: Task, claims_file: ClaimsFile, matcher: Matcher) -> SourceResult:
    """Everything one article says about every claim."""
    source = sources_mod.read(task)
    warnings = [Warning(source.shown, w) for w in source.warnings]
    if source.skipped:
        info = SourceInfo(source.shown, source.key, status="skipped", in_scope=False, scope_note=source.skipped)
        findings = tuple(Finding(c.id, source.shown, "silent", (), note=f"not checked: {source.skipped}")
                         for c in claims_file.claims)
        return SourceResult(info, findings, (), (*warnings, Warning(source.shown, source.skipped)))
    layout = analyse(source.text, source.body_start, source.title_span)
    dating = scope_mod.date_source(source, layout, claims_file.scope)
    in_scope, note = scope_mod.judge(dating, claims_file.scope)
    info = SourceInfo(source.shown, source.key, source_title(source, layout),
                      _text(source.fields.get("outlet")) or dating.outlet, _text(source.fields.get("url")),
                      dating.published, dating.reference, dating.date_from, in_scope, note)
    article = matcher.article(source, layout, dating)
    suppressed, problems = suppress.regions(source.text, layout, {c.id for c in claims_file.claims})
    warnings += [Warning(source.shown, message, line, col) for line, col, message in problems]
    findings = []
    for claim in claims_file.claims:
        if not in_scope:
            findings.append(Finding(claim.id, source.shown, "out_of_scope", (), note=note))
            continue
        evidence = tuple(matcher.evidence(article, claim))
        # Without evidence a finding's fingerprint is only its claim and source: the report
        # computes it where it prints it, rather than hashing half a million silent pairs here.
        if not evidence:
            findings.append(None)  # silent: the report makes the finding if anyone asks for it
            continue
        findings.append(Finding(claim.id, source.shown, verdict(evidence), evidence,
                                fingerprint(claim.id, source.key, evidence)))
    findings = suppress.apply(findings, claims_file.claims, source.key, suppressed)
    return SourceResult(info, tuple(findings), tuple(article.misspellings()), tuple(warnings))


def source_title(source: sources_mod.Source, layout) -> str | None:
    """The title from front matter or the manifest, else the headline as the article writes it."""
    title = source.fields.get("title")
    if title is None and layout.headline is not None:
        title = source.text[layout.headline.start:layout.headline.end]
    return str(title) if title else None


def _text(value: object) -> str | None:
    return None if value is None else str(value)
