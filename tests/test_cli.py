"""The command line: formats, output files, exit codes, errors without tracebacks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from crosscheck.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_check_text_exits_1_on_conflicts(sample):
    result = run("check")
    assert result.exit_code == 1
    assert "merida-age" in result.output and "Conflicts and mixed" in result.output
    assert "Traceback" not in result.output


def test_fail_on_never_exits_0(sample):
    assert run("check", "--fail-on", "never").exit_code == 0


def test_fail_on_new_without_a_baseline_counts_every_contradiction(sample):
    assert run("check", "--fail-on", "new").exit_code == 1


def test_json_to_file_is_written_and_valid(sample):
    result = run("check", "--format", "json", "--output", "reports/out.json")
    assert result.exit_code == 1 and result.output == ""
    data = json.loads((sample / "reports" / "out.json").read_text())
    assert data["summary"]["mixed"] == 2
    assert not [p for p in (sample / "reports").iterdir() if p.name.endswith(".tmp")]


def test_output_dash_is_stdout(sample):
    result = run("check", "--format", "markdown", "--output", "-")
    assert result.output.startswith("# crosscheck report")


def test_output_to_a_non_regular_file_is_written_not_replaced(sample):
    result = run("check", "--format", "json", "--output", os.devnull)
    assert result.exit_code == 1
    assert os.path.exists(os.devnull) and not os.path.isfile(os.devnull)


def test_all_clear_exits_0(sample):
    (sample / "claims.yaml").write_text("claims:\n- {id: a, about: [Merida], expect: {quantity: 13, unit: year}}\n")
    shutil.rmtree(sample / "sources")
    (sample / "sources").mkdir()
    (sample / "sources" / "a.txt").write_text("Headline about it all\n\nThe Merida pact is 13 years old.\n")
    assert run("check").exit_code == 0


def test_several_sources_options(sample):
    (sample / "more").mkdir()
    (sample / "more" / "x.txt").write_text("A headline for the test\n\nNothing here.\n")
    result = run("check", "--format", "json", "--sources", "sources", "--sources", "more/x.txt")
    assert len(json.loads(result.output)["sources"]) == 6


@pytest.mark.parametrize(
    "args, message",
    [
        (["check", "--claims", "missing.yaml"], "claims file not found"),
        (["check", "--sources", "nowhere"], "no such file or folder"),
        (["check", "--format", "pdf"], "Invalid value"),
    ],
)
def test_input_errors_exit_2_without_traceback(sample, args, message):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_bad_claims_name_file_line_and_column(sample):
    (sample / "claims.yaml").write_text("claims:\n  - id: a\n    about: [x]\n    expect: {quantity: 1, unit: parsec}\n")
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 2
    assert "error: claims.yaml:4:33: claim 'a' unit 'parsec'" in result.output


def test_validate(sample):
    result = run("validate")
    assert result.exit_code == 0 and "10 claims" in result.output


def test_module_entry_point_and_real_process(sample):
    proc = subprocess.run(
        [sys.executable, "-m", "crosscheck", "check", "--claims", "nope.yaml"], capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: nope.yaml: claims file not found")
    assert "Traceback" not in proc.stderr


def test_sources_and_claims_are_never_modified(sample):
    before = {p: p.read_bytes() for p in [sample / "claims.yaml", *(sample / "sources").iterdir()]}
    run("check", "--format", "json", "--output", "reports/r.json")
    assert before == {p: p.read_bytes() for p in before}


def test_a_skipped_source_is_reported_never_silently_checked(sample):
    (sample / "sources" / "broken.txt").write_bytes(b"\x00\x01binary\x00")
    data = json.loads(run("check", "--format", "json").output)
    (source,) = [s for s in data["sources"] if s["path"].endswith("broken.txt")]
    assert source["status"] == "skipped"
    findings = [f for f in data["findings"] if f["source"].endswith("broken.txt")]
    assert {f["verdict"] for f in findings} == {"silent"} and all("not checked" in f["note"] for f in findings)
    assert any(w["source"].endswith("broken.txt") for w in data["warnings"])


def test_diff_of_two_reports(sample):
    run("check", "--format", "json", "--output", "old.json")
    article = sample / "sources" / "001_3d24113b92786948.txt"
    article.write_text(article.read_text().replace("13 years now", "12 years now"))
    run("check", "--format", "json", "--output", "new.json")
    result = run("diff", "old.json", "new.json", "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["changes"] == [
        {"claim": "merida-age", "source": "001_3d24113b92786948.txt", "old": "mixed", "new": "conflicts"}
    ]
    assert [f["claim"] for f in data["findings"] if f["new"]] == ["merida-age"]
    assert run("diff", "old.json", "old.json").exit_code == 0
    for fmt in ("text", "markdown", "github", "sarif", "junit"):
        assert run("diff", "old.json", "new.json", "--format", fmt).exit_code == 1


def test_an_optional_baseline_not_yet_made_checks_everything_and_says_how_to_make_it(sample):
    strict = run("check", "--baseline", "reports/baseline.json")
    assert strict.exit_code == 2 and "baseline file not found" in strict.output

    first = run("check", "--baseline", "reports/baseline.json", "--baseline-optional", "--format", "compact")
    assert first.exit_code == 1
    assert first.stdout.count("mixed dialogue-first") == 2 and "mixed merida-age" in first.stdout
    assert "reports/baseline.json does not exist yet" in first.stderr
    assert "crosscheck baseline --output reports/baseline.json" in first.stderr

    assert run("baseline", "--accepted-by", "Desk").exit_code == 0
    later = run("check", "--baseline", "reports/baseline.json", "--baseline-optional", "--format", "compact")
    assert later.exit_code == 0 and later.stderr == ""
    assert (
        later.stdout
        == "crosscheck: 5 sources × 10 claims: 0 contradictions fail the run; 2 more accepted or suppressed\n"
    )


def test_diff_rejects_what_is_not_a_report(sample):
    (sample / "x.json").write_text("{}")
    result = CliRunner().invoke(cli, ["diff", "x.json", "x.json"])
    assert result.exit_code == 2 and "not a crosscheck JSON report" in result.output


def test_baseline_workflow(sample):
    result = run("baseline", "--reason", "reviewed by the desk", "--accepted-by", "Desk")
    assert result.exit_code == 0
    entries = json.loads((sample / "reports" / "baseline.json").read_text())["entries"]
    assert [e["claim"] for e in entries] == ["dialogue-first", "merida-age"]
    assert {e["reason"] for e in entries} == {"reviewed by the desk"}
    assert run("check", "--baseline", "reports/baseline.json").exit_code == 0
    assert run("check", "--baseline", "reports/baseline.json", "--fail-on", "conflicts").exit_code == 1
    (sample / "claims.yaml").write_text((sample / "claims.yaml").read_text().replace("quantity: 13", "quantity: 14"))
    result = run("check", "--baseline", "reports/baseline.json", "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["summary"]["new"] >= 1 and data["baseline"]["stale"]
    pruned = run("baseline", "--prune")
    assert "removed 1 entry that no longer occurs; " in pruned.output


def test_missing_baseline_is_an_input_error(sample):
    result = CliRunner().invoke(cli, ["check", "--baseline", "nope.json"])
    assert result.exit_code == 2 and "baseline file not found" in result.output


def test_github_format_appends_the_full_report_to_the_step_summary(sample, monkeypatch):
    summary = sample / "summary.md"
    summary.write_text("earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = run("check", "--format", "github")
    assert result.exit_code == 1 and result.output.startswith("::error file=")
    text = summary.read_text()
    assert text.startswith("earlier step\n# crosscheck report") and "merida-age" in text


def test_an_unexpected_error_is_one_line_not_a_traceback(sample, monkeypatch, capsys):
    from crosscheck import cli as cli_module

    def broken(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(sys.modules["crosscheck.runner"], "check", broken)
    monkeypatch.setattr(sys, "argv", ["crosscheck", "check"])
    with pytest.raises(SystemExit) as exit_info:
        cli_module.main()
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "crosscheck failed unexpectedly (ZeroDivisionError: boom)" in err and "Traceback" not in err
    monkeypatch.setenv("CROSSCHECK_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        cli_module.main()
