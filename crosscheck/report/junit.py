"""JUnit XML: one test suite per claim, one test case per (claim, source)
pair, a failure for each contradiction that fails the run."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from ..model import Report
from .text import clean


def _xml_text(text: str) -> str:
    """Text XML 1.0 can hold: control characters other than tab and newlines are shown, not dropped."""
    return "".join(
        c if c in "\t\n\r" or (ord(c) >= 0x20 and c not in "\ufffe\uffff") else f"\\x{ord(c):02x}" for c in clean(text)
    )


def render(report: Report) -> str:
    root = ET.Element("testsuites", name="crosscheck")
    total = failures = skipped = 0
    by_claim: dict[str, list] = {c.id: [] for c in report.claims}
    unread = {s.path for s in report.sources if s.status == "skipped"}
    for f in report.findings:
        by_claim[f.claim].append(f)
    for claim in report.claims:
        findings = by_claim[claim.id]
        suite = ET.SubElement(root, "testsuite", name=claim.id)
        suite_failures = suite_skipped = 0
        for f in findings:
            case = ET.SubElement(suite, "testcase", classname=f"crosscheck.{claim.id}", name=f.source)
            if report.fails(f):
                suite_failures += 1
                body = "\n".join(
                    f"{e.stance} at {f.source}:{e.line}:{e.column}: \u201c{e.quote}\u201d" for e in f.evidence
                )
                failure = ET.SubElement(
                    case, "failure", type=f.verdict, message=_xml_text(f"{f.verdict}: {claim.statement}")
                )
                failure.text = _xml_text(body)
            elif f.verdict == "out_of_scope" or f.source in unread:
                suite_skipped += 1
                ET.SubElement(case, "skipped", message=_xml_text(f.note or f.verdict))
            else:
                out = ET.SubElement(case, "system-out")
                out.text = _xml_text(f.verdict + (f" ({f.note})" if f.note else ""))
        suite.set("tests", str(len(findings)))
        suite.set("failures", str(suite_failures))
        suite.set("skipped", str(suite_skipped))
        suite.set("errors", "0")
        total, failures, skipped = total + len(findings), failures + suite_failures, skipped + suite_skipped
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("skipped", str(skipped))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


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
