"""JUnit XML: one test suite per claim, one test case per (claim, source)
pair, a failure for each contradiction that fails the run."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from xml.etree import ElementTree as ET

from ..model import CONTRADICTIONS, Finding, Report
from .text import clean

# A warm run reads back only these findings' quotes: a failure's message quotes a contradiction.
QUOTES_READ = CONTRADICTIONS

_NOT_XML_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    """Text XML 1.0 can hold: control characters other than tab and newlines are shown, not dropped."""
    return _NOT_XML_RE.sub(lambda m: f"\\x{ord(m[0]):02x}", clean(text))


def stream(report: Report) -> Iterator[str]:
    """The document as ElementTree indents it, written case by case: the counts each suite
    opens with are taken first from the findings that are not silent, so no tree of half a
    million test cases is ever built."""
    unread = {s.path for s in report.sources if s.status == "skipped"}
    paths = report.findings.sources
    columns = list(zip(*report.findings.rows)) or [()] * len(report.claims)  # each claim's findings
    kinds = [_kinds(report, column, paths, unread) for column in columns]
    counted = [Counter(k.values()) for k in kinds]
    tests = len(report.sources)
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    root = {
        "name": "crosscheck",
        "tests": str(tests * len(report.claims)),
        "failures": str(sum(c["failure"] for c in counted)),
        "skipped": str(sum(c["skipped"] for c in counted)),
        "errors": "0",
    }
    if not report.claims:
        yield _element("testsuites", root) + "\n"
        return
    yield _start("testsuites", root)
    names = [_attribute(path) for path in paths]
    for n, claim in enumerate(report.claims):
        suite = {
            "name": claim.id,
            "tests": str(tests),
            "failures": str(counted[n]["failure"]),
            "skipped": str(counted[n]["skipped"]),
            "errors": "0",
        }
        if not tests:
            yield "\n  " + _element("testsuite", suite)
            continue
        yield "\n  " + _start("testsuite", suite)
        classname = _attribute(f"crosscheck.{claim.id}")
        # a pair that does not fail says one of few things: each is written once per claim, and
        # a read source's silent pair with nothing to say, most of an archive's cases, is only named
        said: dict[tuple[str, str | None, bool], str] = {}
        head = f'\n    <testcase classname="{classname}" name="'
        quiet = _case_tail(_outcome(report, claim, Finding.silent(claim.id, ""), "system-out"))
        # every case written as that one, then the few others written over it, found in one pass
        cases = [head + name + quiet for name in names]
        column = columns[n]
        for i, kind in kinds[n].items():
            path, f = paths[i], column[i]
            if kind == "failure":
                cases[i] = _case(classname, names[i], _outcome(report, claim, f, kind))
                continue
            key = (f.verdict, f.note, path in unread) if f else ("silent", None, path in unread)
            if key not in said:
                said[key] = _outcome(report, claim, f or Finding.silent(claim.id, path), kind)
            cases[i] = _case(classname, names[i], said[key])
        yield "".join(cases)
        yield "\n  </testsuite>"
    yield "\n</testsuites>\n"


def _case(classname: str, name: str, outcome: str) -> str:
    return f'\n    <testcase classname="{classname}" name="{name}' + _case_tail(outcome)


def _case_tail(outcome: str) -> str:
    return f'">\n      {outcome}\n    </testcase>'


def _kind(report: Report, f: Finding, unread: set[str]) -> str:
    if report.fails(f):
        return "failure"
    if f.verdict == "out_of_scope" or f.source in unread:
        return "skipped"
    return "system-out"


def _kinds(
    report: Report, column: tuple[Finding | None, ...], paths: tuple[str, ...], unread: set[str]
) -> dict[int, str]:
    """Each case of one claim that is not a silent pair with nothing to say, by source index, and
    its kind (failure, skipped, system-out): the suite's counts and its cases are read from it."""
    kinds = {i: _kind(report, f, unread) for i, f in enumerate(column) if f is not None}
    kinds.update((i, "skipped") for i, f in enumerate(column) if f is None and paths[i] in unread)
    return kinds


def _outcome(report: Report, claim, f: Finding, kind: str) -> str:
    if kind == "failure":
        body = "\n".join(f"{e.stance} at {f.source}:{e.line}:{e.column}: \u201c{e.quote}\u201d" for e in f.evidence)
        return _element(
            "failure", {"type": f.verdict, "message": _xml_text(f"{f.verdict}: {claim.statement}")}, _xml_text(body)
        )
    if kind == "skipped":
        return _element("skipped", {"message": _xml_text(f.note or f.verdict)})
    return _element("system-out", {}, _xml_text(f.verdict + (f" ({f.note})" if f.note else "")))


def _start(tag: str, attributes: dict[str, str]) -> str:
    return f"<{tag}" + "".join(f' {k}="{_attribute(v)}"' for k, v in attributes.items()) + ">"


def _element(tag: str, attributes: dict[str, str], text: str = "") -> str:
    """An element without children, as ElementTree writes one."""
    if not text:
        return _start(tag, attributes)[:-1] + " />"
    return _start(tag, attributes) + _cdata(text) + f"</{tag}>"


def _cdata(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attribute(text: str) -> str:
    """An attribute value escaped as ElementTree escapes it (line ends and tabs as character references)."""
    return _cdata(text).replace('"', "&quot;").replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#09;")


def render_discovery(discovery) -> str:
    """One test case per disagreement, failing: a dashboard lists them like failed checks."""
    root = ET.Element("testsuites", name="crosscheck discover")
    suite = ET.SubElement(root, "testsuite", name="discover")
    for d in discovery.disagreements:
        case = ET.SubElement(suite, "testcase", classname=f"crosscheck.discover.{d.kind}", name=_xml_text(d.title))
        failure = ET.SubElement(case, "failure", type=d.kind, message=_xml_text(d.describe()))
        failure.text = _xml_text(
            "\n".join(
                f"{side.text}: {s.source}:{s.line}:{s.column}: \u201c{s.quote}\u201d"
                for side in d.sides
                for s in side.statements
            )
        )
    count = str(len(discovery.disagreements))
    for element in (root, suite):
        element.set("tests", count)
        element.set("failures", count)
        element.set("errors", "0")
        element.set("skipped", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
