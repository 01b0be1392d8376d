"""Reports of large runs: every format is written as it is made and is the report
rendered whole, silent findings are made one at a time, an interrupted write
leaves the previous file, JSON Lines holds one record per line, and the
terminal report of a run with more than a screenful of findings shows the
strongest contradictions of each claim (all of them with --all)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import replace
from xml.etree import ElementTree as ET

import pytest
from rich.console import Console

from conftest import ROOT
from crosscheck import check
from crosscheck.diff import diff, load_report
from crosscheck.model import Finding
from crosscheck.output import write
from crosscheck.report import FORMATS, markdown, render, sarif, stream, text
from crosscheck.report import json as json_report
from crosscheck.report.junit import _xml_text


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """60 synthetic articles × 6 claims: over a screenful of contradictions, a tally rather than a matrix."""
    folder = _generated(tmp_path_factory.mktemp("archive"))
    return check(folder / "claims.yaml", [folder / "sources"])


def _generated(folder):
    corpus = [str(ROOT / "benchmarks" / "corpus.py"), str(folder), "--articles", "60", "--claims", "6", "--seed", "11"]
    subprocess.run([sys.executable, *corpus], check=True)
    return folder


@pytest.fixture(params=["sample", "archive"])
def report(request, sample_report):
    return sample_report if request.param == "sample" else request.getfixturevalue("archive")


# --- the whole documents, made the way they were before reports were streamed ------------------


def _materialised(value):
    if isinstance(value, json_report.Raw):  # a silent pair written straight: read back as the object it writes
        return json.loads(value)
    if isinstance(value, json_report.Rows | list):
        items = value.items if isinstance(value, json_report.Rows) else value
        # lines written in one piece (a claim's findings): read back as the objects they write
        return [
            m
            for v in items
            for m in ([json.loads(t) for t in v] if isinstance(v, json_report.Lines) else [_materialised(v)])
        ]
    if isinstance(value, dict):
        return {k: _materialised(v) for k, v in value.items()}
    return value


def _dumps_whole(data: dict) -> str:
    def item(value) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))

    def block(value, indent: str) -> str:
        if isinstance(value, dict) and value:
            inner = indent + "  "
            body = ",\n".join(f"{inner}{item(k)}: {block(v, inner)}" for k, v in value.items())
            return "{\n" + body + "\n" + indent + "}"
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            inner = indent + "  "
            return "[\n" + ",\n".join(inner + item(v) for v in value) + "\n" + indent + "]"
        return item(value)

    return block(data, "") + "\n"


def _junit_by_elementtree(report) -> str:
    root = ET.Element("testsuites", name="crosscheck")
    total = failures = skipped = 0
    unread = {s.path for s in report.sources if s.status == "skipped"}
    for claim in report.claims:
        findings = [f for f in report.findings if f.claim == claim.id]
        suite = ET.SubElement(root, "testsuite", name=claim.id)
        suite_failures = suite_skipped = 0
        for f in findings:
            case = ET.SubElement(suite, "testcase", classname=f"crosscheck.{claim.id}", name=f.source)
            if report.fails(f):
                suite_failures += 1
                body = "\n".join(f"{e.stance} at {f.source}:{e.line}:{e.column}: “{e.quote}”" for e in f.evidence)
                failure = ET.SubElement(
                    case, "failure", type=f.verdict, message=_xml_text(f"{f.verdict}: {claim.statement}")
                )
                failure.text = _xml_text(body)
            elif f.verdict == "out_of_scope" or f.source in unread:
                suite_skipped += 1
                ET.SubElement(case, "skipped", message=_xml_text(f.note or f.verdict))
            else:
                ET.SubElement(case, "system-out").text = _xml_text(f.verdict + (f" ({f.note})" if f.note else ""))
        for name, value in (("tests", len(findings)), ("failures", suite_failures), ("skipped", suite_skipped)):
            suite.set(name, str(value))
        suite.set("errors", "0")
        total, failures, skipped = total + len(findings), failures + suite_failures, skipped + suite_skipped
    for name, value in (("tests", total), ("failures", failures), ("skipped", skipped), ("errors", 0)):
        root.set(name, str(value))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _text_printed_at_once(report, everything: bool) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, no_color=True, width=100, highlight=False, emoji=False, legacy_windows=False)
    for part in text.report_parts(report, everything, 100):
        console.print(part)
    return text.TRAILING_RE.sub(r"\1", buffer.getvalue())


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_streamed_report_is_the_report_rendered_whole(report, fmt, tmp_path):
    whole = render(report, fmt, color=False, width=100)
    write(str(tmp_path / "out"), stream(report, fmt, color=False, width=100))
    assert (tmp_path / "out").read_text(encoding="utf-8") == whole
    if fmt == "json":
        assert whole == _dumps_whole(_materialised(json_report.document(report)))
    elif fmt == "sarif":
        assert whole == _dumps_whole(_materialised(sarif.document(report)))
    elif fmt == "junit":
        assert whole == _junit_by_elementtree(report)
    elif fmt == "markdown":
        assert whole == "\n".join(markdown._lines(report)).rstrip() + "\n"
    elif fmt == "text":
        for everything in (False, True):
            streamed = "".join(stream(report, fmt, color=False, width=100, everything=everything))
            assert streamed == _text_printed_at_once(report, everything)


@pytest.mark.parametrize("value", [12.5, 3, "2024-05-01", ["ana", "luis"], True, None, 1e300])
def test_a_finding_line_is_what_the_encoder_writes_for_its_record(sample_report, value):
    """`finding_line` writes a finding field by field: the bytes the encoder writes for the record
    as a dict, whatever the value found and with every optional field there."""
    from crosscheck.model import Evidence, Found

    quote = 'Línea "dos"\u2028y\tmás \\ ✓'
    evidence = Evidence(
        "conflicts", "body", 10, 20, 3, 4, 3, 14, quote, Found(value, "doce", "km"), True, "la policía",
        "day", "published", ("a",), ("b", "c"), quote + " entera", note="por qué",
    )  # fmt: skip
    bare = Evidence("supports", "headline", 0, 5, 1, 1, 1, 6, "dos", Found(value, "dos"))
    claim, source = sample_report.claims[0].id, sample_report.sources[0].path
    for f in (
        Finding(claim, source, "mixed", (evidence, bare), "0123abcd", True, True, "aceptado"),
        Finding(claim, source, "unclear", (bare,), "0123abcd", new=None, note=None),
        Finding(claim, source, "silent", (), suppressed=True, note="n"),
    ):
        for report in (sample_report, replace(sample_report, has_baseline=True)):
            line = json_report.finding_line(f, report)
            assert line == json.dumps(json.loads(line), ensure_ascii=False, separators=(", ", ": "))
            assert json.loads(line)["new"] == (f.new if f.new is not None or not report.has_baseline else False)


def test_junit_escapes_names_as_elementtree_does(corpus):
    report = corpus(
        r"""
        claims:
          - id: length
            statement: "Tabs\tand lines\nand <tags> & \"quotes\""
            about: [bridge]
            expect:
              quantity: 300 m
        """,
        {'odd &\t<name>".txt': "The Riverside Bridge is 310 m long.\n", "b.txt": "Nothing here.\n"},
    )
    assert render(report, "junit") == _junit_by_elementtree(report)


@pytest.mark.parametrize("fmt, silent_line", [("json", '"verdict": "silent"'), ("jsonl", '"verdict": "silent"')])
def test_silent_findings_are_written_one_by_one_and_never_made(archive, monkeypatch, fmt, silent_line):
    """An archive's silent pairs, most of its findings, are written as they come (a claim at a
    time at most), straight from their names: no finding object is made for them, and the first
    is written before the findings of later claims are."""
    made, written = [], []
    monkeypatch.setattr(Finding, "silent", classmethod(lambda cls, c, s: made.append(c)))
    line = json_report.finding_line

    def counted(f, report):
        written.append(f.claim)
        return line(f, report)

    monkeypatch.setattr(json_report, "finding_line", counted)
    seen_at = None
    for piece in stream(archive, fmt):
        if seen_at is None and silent_line in piece:
            seen_at = len(written)
    first = [f for f in archive.findings.notable() if f.claim == archive.findings.claims[0]]
    silent = len(archive.findings) - len(archive.findings.notable())
    assert seen_at is not None and seen_at <= len(first) < len(written) and silent > 100 and not made


def test_the_junit_report_makes_silent_findings_one_by_one(archive, monkeypatch):
    made = []
    make = Finding.silent.__func__
    monkeypatch.setattr(Finding, "silent", classmethod(lambda cls, c, s: made.append(c) or make(cls, c, s)))
    pieces = stream(archive, "junit")
    for piece in pieces:
        if "<system-out>silent</system-out>" in piece:
            break
    assert len(made) == 1


@pytest.mark.parametrize("failure", [KeyboardInterrupt, RuntimeError])
def test_a_report_that_fails_while_written_leaves_the_previous_file(tmp_path, failure):
    target = tmp_path / "report.json"
    target.write_text("the previous report\n")

    def pieces():
        yield "{\n"
        yield '  "schema": "crosscheck-report/1",\n'
        raise failure

    with pytest.raises(failure):
        write(str(target), pieces())
    assert target.read_text() == "the previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


# --- JSON Lines ---------------------------------------------------------------------------------


def _records(report) -> list[dict]:
    lines = render(report, "jsonl").split("\n")
    assert lines[-1] == ""  # every record ends its line
    return [json.loads(line) for line in lines[:-1]]


def test_jsonl_holds_the_json_report_one_record_a_line(report):
    records = _records(report)
    whole = json.loads(render(report, "json"))
    kinds = [r.pop("record") for r in records]
    assert kinds == (
        ["header"]
        + ["source"] * len(whole["sources"])
        + ["finding"] * len(whole["findings"])
        + ["misspelling"] * len(whole["misspellings"])
        + ["warning"] * len(whole["warnings"])
        + ["summary"]
    )
    header, summary = records[0], records[-1]
    assert header == {
        "schema": "crosscheck-report-lines/1",
        "claims_file": whole["claims_file"],
        "scope": whole["scope"],
        "claims": whole["claims"],
    }
    assert summary == whole["summary"]
    by_kind = {k: [r for r, kind in zip(records, kinds, strict=True) if kind == k] for k in set(kinds)}
    assert by_kind["source"] == whole["sources"]
    assert by_kind["finding"] == whole["findings"]
    assert by_kind.get("misspelling", []) == whole["misspellings"]


def test_a_jsonl_record_is_one_line_whatever_the_text_says(corpus):
    report = corpus(
        r"""
        claims:
          - id: length
            statement: "The bridge is 300 m long,\u2028a line separator,\u2029a paragraph one,\x85a next line."
            about: [bridge]
            expect:
              quantity: 300 m
        """,
        {"a.txt": "The Riverside Bridge is 310 m long.\n"},
    )
    rendered = render(report, "jsonl")
    records = _records(report)
    assert len(rendered.splitlines()) == len(records)  # str.splitlines breaks at each of those characters
    assert records[0]["claims"][0]["statement"] == report.claims[0].statement  # escaped, not lost


def test_diff_reads_jsonl_reports_as_it_reads_json_ones(archive, sample_report, tmp_path):
    for name, report in (("old", sample_report), ("new", archive)):
        write(str(tmp_path / f"{name}.json"), stream(report, "json"))
        write(str(tmp_path / f"{name}.jsonl"), stream(report, "jsonl"))
    from_json = diff(load_report(tmp_path / "old.json"), load_report(tmp_path / "new.json"), "old")
    from_lines = diff(load_report(tmp_path / "old.jsonl"), load_report(tmp_path / "new.jsonl"), "old")
    assert render(from_lines, "json") == render(from_json, "json")


# --- the terminal report of a large run ----------------------------------------------------------


def _contradictions(report) -> list[Finding]:
    return [f for f in report.findings.notable() if f.contradiction]


def test_a_large_run_shows_the_strongest_contradictions_of_each_claim(archive):
    shown = render(archive, "text", color=False, width=100)
    contradictions = _contradictions(archive)
    unclear = [f for f in archive.findings.notable() if f.verdict == "unclear"]
    assert len(contradictions) + len(unclear) > text.SCREENFUL
    assert "Top contradictions by claim" in shown and "Conflicts and mixed\n" not in shown
    assert "\nUnclear\n" not in shown
    for claim in archive.claims:  # the tally: one row per claim, its count of each verdict
        row = next(line.split() for line in shown.splitlines() if line.startswith(claim.id + " "))
        counts = [sum(f.verdict == v for f in archive.findings if f.claim == claim.id) for v in text.GLYPHS]
        assert row[1:] == [str(n) for n in counts]
    listed = [line for line in shown.splitlines() if line.startswith(("  ✗ conflicts", "  ± mixed"))]
    per_claim = {c.id: sum(f.claim == c.id for f in contradictions) for c in archive.claims}
    assert len(listed) == sum(min(n, text.TOP_PER_CLAIM) for n in per_claim.values())
    rest = len(contradictions) - len(listed)
    said = " ".join(shown.split())
    assert f"Not listed: {rest} more conflicts and mixed, {len(unclear)} unclear" in said
    assert said.endswith("Every finding: --all, or --format html or json with --output FILE.")


def test_the_strongest_contradictions_are_those_that_fail_the_run(archive):
    from dataclasses import replace

    from crosscheck import baseline
    from crosscheck.model import Entry

    claim = archive.claims[0].id
    of_claim = [f for f in _contradictions(archive) if f.claim == claim]
    last = of_claim[-1]  # in report order it would not be listed
    accepted = baseline.Baseline(
        tuple(Entry(f.claim, archive._keys[f.source], f.fingerprint, f.verdict, (), "", "", "") for f in of_claim[:-1])
    )
    compared = replace(baseline.compare(archive, accepted), fail_on="new")
    shown = render(compared, "text", color=False, width=200)
    section = shown.split(f"\n{claim}: ", 1)[1]
    first = next(line for line in section.splitlines() if line.startswith(("  ✗", "  ±")))
    assert f"× {'S' + str(compared.findings.sources.index(last.source) + 1)} {last.source}  NEW" in first


def test_all_lists_every_finding_of_a_large_run(archive):
    shown = render(archive, "text", color=False, width=100, everything=True)
    heads = [line for line in shown.splitlines() if line.startswith(("✗ conflicts", "± mixed", "? unclear"))]
    notable = archive.findings.notable()
    assert len(heads) == sum(f.verdict in ("conflicts", "mixed", "unclear") for f in notable)
    assert "Top contradictions" not in shown and "Not listed" not in shown


def test_check_all_on_the_command_line(tmp_path):
    _generated(tmp_path)

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "crosscheck", "check", "--no-cache", *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "NO_COLOR": "1", "COLUMNS": "100"},
        )
        assert done.returncode == 1 and done.stderr == ""
        return done.stdout

    assert "Top contradictions by claim" in run()
    every = run("--all")
    assert "Conflicts and mixed" in every and "Top contradictions" not in every


def test_discover_in_json_lines_holds_its_json_report(monkeypatch):
    from crosscheck import discover
    from crosscheck.report import render_discovery

    monkeypatch.chdir(ROOT)
    found = discover(["sources"])
    lines = render_discovery(found, "jsonl").splitlines()
    records = [json.loads(line) for line in lines]
    kinds = [r.pop("record") for r in records]
    whole = json.loads(render_discovery(found, "json"))
    assert kinds[0] == "header" and records[0] == {"schema": "crosscheck-discover-lines/1"}
    assert [r for r, kind in zip(records, kinds, strict=True) if kind == "disagreement"] == whole["disagreements"]
    assert kinds[-1] == "summary" and records[-1] == whole["summary"]
