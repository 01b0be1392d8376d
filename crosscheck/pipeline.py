"""One article through every stage: sources → zones → scope → match → verdicts.

This is the code that computes results (the cache keys them by it: see
cache.code_digest); everything after it only presents them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from . import scope as scope_mod
from . import sources as sources_mod
from . import suppress
from .lexicon import reading
from .match import Matcher
from .model import (
    ClaimsFile,
    Evidence,
    Finding,
    Misspelling,
    SourceInfo,
    SourceResult,
    Verdict,
    Warning,
    fingerprint,
)
from .sources import Task
from .text import LineIndex
from .verdicts import verdict
from .zones import Layout, analyse


def check_source(task: Task, claims_file: ClaimsFile, matcher: Matcher) -> SourceResult:
    """Everything one article says about every claim."""
    source = sources_mod.read(task)
    warnings = list(source.warnings)
    if source.skipped:
        info = SourceInfo(source.shown, source.key, status="skipped", in_scope=False, scope_note=source.skipped)
        unread = tuple(
            Finding(c.id, source.shown, "silent", (), note=f"not checked: {source.skipped}") for c in claims_file.claims
        )
        return SourceResult(info, unread, (), (*warnings, Warning(source.shown, source.skipped)))
    lang = sources_mod.language(source)
    if lang.warning:
        warnings.append(Warning(source.shown, lang.warning))
    # read in the article's own language; one crosscheck does not read, only for its names and dates
    with reading(lang.code if lang.read else "en"):
        return _check(source, lang, claims_file, matcher, warnings)


def _check(
    source: sources_mod.Source,
    lang: sources_mod.Language,
    claims_file: ClaimsFile,
    matcher: Matcher,
    warnings: list[Warning],
) -> SourceResult:
    layout = analyse(source.text, source.body_start, source.title_span)
    dating = scope_mod.date_source(source, layout, claims_file.scope)
    in_scope, note = scope_mod.judge(dating, claims_file.scope)
    if not lang.read:  # names are names in every language: misspellings are still reported
        misspelt = tuple(matcher.article(source, layout, dating).misspellings())
        outside = note if not in_scope and dating.published is not None else None
        return _not_read(source, lang, claims_file, warnings, misspelt, outside)
    info = SourceInfo(
        source.shown,
        source.key,
        source_title(source, layout),
        _text(source.fields.get("outlet")) or dating.outlet,
        _text(source.fields.get("url")),
        dating.published,
        dating.reference,
        dating.date_from,
        in_scope,
        note,
        lang=lang.code,
    )
    article = matcher.article(source, layout, dating)
    suppressed, problems = suppress.regions(source.text, layout, {c.id for c in claims_file.claims})
    warnings += [Warning(source.shown, message, line, col) for line, col, message in problems]
    findings: list[Finding | None] = []
    for claim in claims_file.claims:
        if not in_scope:
            findings.append(Finding(claim.id, source.shown, "out_of_scope", (), note=note))
            continue
        evidence = tuple(matcher.evidence(article, claim))
        if not evidence:
            findings.append(None)  # silent: the report makes the finding if anyone asks for it
            continue
        findings.append(
            Finding(claim.id, source.shown, verdict(evidence), evidence, fingerprint(claim.id, source.key, evidence))
        )
    checked = suppress.apply(findings, claims_file.claims, source.key, suppressed)
    misspellings = article.misspellings()
    # A silent pair's fingerprint is its claim's and its source's alone: made here once for the
    # cache (50 hashes, a hundredth of a millisecond each), not in every run that writes it.
    prints = "".join(fingerprint(c.id, source.key, ()) for c in claims_file.claims) if None in checked else ""
    result = SourceResult(info, tuple(checked), tuple(misspellings), tuple(warnings), prints)
    if source.stored is not None and (misspellings or any(checked)):
        return _in_page(source, result)
    return result


NOT_IN_PAGE = "not found as written in the page as stored: line and column are in the text read from it"


def _in_page(source: sources_mod.Source, result: SourceResult) -> SourceResult:
    """A web page's positions moved from the text read to the page as stored, where the words are
    found there; those that are not keep their place in the text, and say so."""
    located = source.located
    if located is None:
        return result
    text = LineIndex(source.text)

    def evidence(e: Evidence) -> Evidence:
        at = located.page_position(e.start, e.end)
        if at is None:
            return replace(e, note="; ".join(n for n in (e.note, NOT_IN_PAGE) if n))
        return replace(e, line=at[0], column=at[1], end_line=at[2], end_column=at[3])

    def misspelling(m: Misspelling) -> Misspelling:
        start = text.offset(m.line, m.column)
        at = located.page_position(start, start + len(m.found))
        return replace(m, note=NOT_IN_PAGE) if at is None else replace(m, line=at[0], column=at[1])

    findings = tuple(
        f if f is None or not f.evidence else replace(f, evidence=tuple(map(evidence, f.evidence)))
        for f in result.findings
    )
    return replace(result, findings=findings, misspellings=tuple(map(misspelling, result.misspellings)))


def _not_read(
    source: sources_mod.Source,
    lang: sources_mod.Language,
    claims_file: ClaimsFile,
    warnings: list[Warning],
    misspellings: tuple[Misspelling, ...],
    outside: str | None,
) -> SourceResult:
    """An article in a language crosscheck does not read: listed with a warning, and skipped like
    an unreadable file (every finding silent with a note), never read with another language's rules.
    Its publication date is no reading of its words: dated outside the window (`outside` says
    why), it is out of scope like any other article."""
    why = lang.not_read()
    said: Verdict = "silent" if outside is None else "out_of_scope"
    unread = tuple(Finding(c.id, source.shown, said, (), note=outside or why) for c in claims_file.claims)
    info = SourceInfo(
        source.shown,
        source.key,
        _text(source.fields.get("title")),
        _text(source.fields.get("outlet")),
        _text(source.fields.get("url")),
        published if isinstance(published := source.fields.get("published"), dt.date) else None,
        status="skipped",
        in_scope=False,
        scope_note=why,
        lang=lang.code,
    )
    return SourceResult(info, unread, misspellings, (*warnings, Warning(source.shown, why)))


def source_title(source: sources_mod.Source, layout: Layout) -> str | None:
    """The title from front matter or the manifest, else the headline as the article writes it."""
    title = source.fields.get("title")
    if title is None and layout.headline is not None:
        title = source.text[layout.headline.start : layout.headline.end]
    return str(title) if title else None


def _text(value: object) -> str | None:
    return None if value is None else str(value)
