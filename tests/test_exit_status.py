"""One place decides what fails the run; every format and the exit status agree with it."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from crosscheck import baseline
from crosscheck.model import ExitStatus
from crosscheck.report import render


@pytest.fixture(scope="module")
def compared(sample_report):
    """The sample with one of its two contradictions accepted in a baseline."""
    first = sample_report.failing()[0]
    accepted = baseline.accept(
        replace(
            sample_report,
            findings=sample_report.findings.replace_notable(
                lambda f: f if f is first or not f.contradiction else replace(f, verdict="supports")
            ),
        ),
        baseline.Baseline(),
        "reviewed",
        "desk",
    )
    return baseline.compare(sample_report, accepted)


def test_the_sample_fails_on_its_contradictions(sample_report):
    assert len(sample_report.failing()) == 2
    assert sample_report.exit_status() is ExitStatus.FINDINGS
    assert replace(sample_report, fail_on="never").exit_status() is ExitStatus.OK


@pytest.mark.parametrize("fail_on, failing", [("conflicts", 2), ("new", 1), ("never", 0)])
def test_fail_on_decides_which_findings_fail(compared, fail_on, failing):
    report = replace(compared, fail_on=fail_on)
    assert len(report.failing()) == failing
    assert report.exit_status() == (ExitStatus.FINDINGS if failing else ExitStatus.OK)


def test_a_suppressed_contradiction_never_fails(sample_report):
    suppressed = replace(
        sample_report,
        findings=sample_report.findings.replace_notable(
            lambda f: replace(f, suppressed=True, suppressed_by="claims") if f.contradiction else f
        ),
    )
    assert suppressed.failing() == [] and suppressed.exit_status() is ExitStatus.OK
    sarif = json.loads(render(suppressed, "sarif"))
    kinds = {s["kind"] for r in sarif["runs"][0]["results"] for s in r.get("suppressions", [])}
    assert kinds == {"external"}  # read from suppressed_by, not from the note's words


@pytest.mark.parametrize("fail_on", ["conflicts", "new", "never"])
def test_every_format_marks_exactly_the_failing_findings(compared, fail_on):
    report = replace(compared, fail_on=fail_on)
    expected = len(report.failing())
    junit = ET.fromstring(render(report, "junit"))
    assert int(junit.get("failures")) == expected
    sarif = json.loads(render(report, "sarif"))
    assert sum(r["level"] == "error" for r in sarif["runs"][0]["results"]) == expected
    github = render(report, "github")
    assert len(re.findall(r"^::error ", github, flags=re.M)) == expected
    assert f"{expected} failing the run" in github
