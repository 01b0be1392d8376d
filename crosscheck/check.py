"""The fact check end to end, usable without the command line:

    from crosscheck import check
    report = check("claims.yaml", ["sources"])
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from . import scope as scope_mod
from . import suppress
from . import sources as sources_mod
from .claims import ClaimsFile, load_claims
from .match import Matcher
from .model import Finding, Misspelling, Report, SourceInfo, Warning
from .verdicts import fingerprint, verdict
from .zones import analyse


def check(claims: str | Path | ClaimsFile, sources: Iterable[str | Path] = ("sources",),
          follow_links: bool = False) -> Report:
    """Check every source against every claim; raise InputError on bad input."""
    claims_file = claims if isinstance(claims, ClaimsFile) else load_claims(claims)
    matcher = Matcher(claims_file)
    infos: list[SourceInfo] = []
    findings: list[Finding] = []
    misspellings: list[Misspelling] = []
    warnings = [Warning(claims_file.path, p.message + (f" ({p.hint})" if p.hint else ""), p.line, p.column)
                for p in claims_file.warnings]
    by_source: dict[str, list[Finding]] = {}
    manifests: dict[Path, dict] = {}
    files, passed = sources_mod.discover([Path(p) for p in sources], follow_links)
    warnings.extend(Warning(path, message) for path, message in passed)
    if not files:
        warnings.append(Warning(None, "no .txt or .md articles found in " + ", ".join(str(p) for p in sources)))
    for file, root in files:
        if root not in manifests:
            manifests[root] = sources_mod.load_manifest(root)[0]
        source = sources_mod.load(file, root, manifests[root])
        warnings.extend(Warning(source.shown, w) for w in source.warnings)
        if source.skipped:
            warnings.append(Warning(source.shown, source.skipped))
            infos.append(SourceInfo(source.shown, source.key, status="skipped", in_scope=False,
                                    scope_note=source.skipped))
            by_source[source.shown] = [
                Finding(c.id, source.shown, "silent", (), fingerprint(c.id, source.key, ()),
                        note=f"not checked: {source.skipped}") for c in claims_file.claims]
            continue
        info, source_findings, source_misspellings, source_warnings = _check_source(source, claims_file, matcher)
        warnings.extend(source_warnings)
        infos.append(info)
        by_source[source.shown] = source_findings
        misspellings.extend(source_misspellings)
    for i, claim in enumerate(claims_file.claims):
        for info in infos:
            findings.append(by_source[info.path][i])
    return Report(claims_file.path, claims_file.claims, tuple(infos), tuple(findings), claims_file.scope,
                  tuple(misspellings), tuple(warnings), entities=claims_file.entities)


def _check_source(source, claims_file: ClaimsFile, matcher: Matcher):
    layout = analyse(source.text, source.body_start, source.title_span)
    dating = scope_mod.date_source(source, layout, claims_file.scope)
    in_scope, note = scope_mod.judge(dating, claims_file.scope)
    title = source.fields.get("title")
    if title is None and layout.headline is not None:
        title = source.text[layout.headline.start:layout.headline.end]
    info = SourceInfo(source.shown, source.key, str(title) if title else None,
                      _text(source.fields.get("outlet")) or dating.outlet, _text(source.fields.get("url")),
                      dating.published, dating.reference, dating.date_from, in_scope, note)
    article = matcher.article(source, layout, dating)
    suppressed, problems = suppress.regions(source.text, layout, {c.id for c in claims_file.claims})
    warnings = [Warning(source.shown, message, line, col) for line, col, message in problems]
    findings = []
    for claim in claims_file.claims:
        if not in_scope:
            findings.append(Finding(claim.id, source.shown, "out_of_scope", (),
                                    fingerprint(claim.id, source.key, ()), note=note))
            continue
        evidence = tuple(matcher.evidence(article, claim))
        findings.append(Finding(claim.id, source.shown, verdict(evidence), evidence,
                                fingerprint(claim.id, source.key, evidence)))
    findings = suppress.apply(findings, claims_file.claims, source.key, suppressed)
    return info, findings, article.misspellings(), warnings


def _text(value: object) -> str | None:
    return None if value is None else str(value)
