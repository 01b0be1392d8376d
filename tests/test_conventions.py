"""The command line keeps the conventions editors' tools expect: a one-line format for quickfix
lists and reviewdog, short options, --quiet, --color, defaults from a configuration file, shell
completion, and an example in every command's help."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from crosscheck.cli import cli

LOCATED = re.compile(
    r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+): (?P<verdict>[\w-]+) (?P<what>[^:]+): (?P<msg>.+)$"
)


def run(*args: str, **env: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, env=env or None, prog_name="crosscheck")


def test_oneline_is_one_located_line_per_finding_with_evidence(sample):
    result = run("check", "--format", "oneline", "--no-cache")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    parsed = [LOCATED.match(line) for line in lines]
    assert all(parsed), [line for line, m in zip(lines, parsed) if not m]
    verdicts = [(m["verdict"], m["what"]) for m in parsed if m]
    assert ("mixed", "merida-age") in verdicts and ("unclear", "dialogue-date") in verdicts
    assert ("misspelling", "blinken") in verdicts
    assert sum(v == "supports" for v, _ in verdicts) == 19  # one a finding, as the summary counts them
    (age,) = [m for m in parsed if m and m["what"] == "merida-age" and m["verdict"] == "mixed"]
    assert (age["file"], age["line"], age["col"]) == ("sources/001_3d24113b92786948.txt", "25", "280")
    assert "around 15 years" in age["msg"]


def test_quiet_oneline_lists_only_what_fails_the_run(sample):
    result = run("check", "-f", "oneline", "-q", "--no-cache")
    assert result.exit_code == 1
    assert [m["what"] for m in map(LOCATED.match, result.output.splitlines()) if m] == ["dialogue-first", "merida-age"]
    assert len(result.output.splitlines()) == 2


def test_quiet_prints_nothing_for_a_run_that_fails_nothing(sample):
    passing = run("check", "--quiet", "--fail-on", "never", "--no-cache")
    assert passing.exit_code == 0 and passing.output == ""
    failing = run("check", "--quiet", "--no-cache")
    assert failing.exit_code == 1 and "Conflicts and mixed" in failing.output


def test_quiet_still_writes_the_report_file_it_is_asked_for(sample):
    result = run("check", "-q", "--fail-on", "never", "-f", "json", "-o", "report.json", "--no-cache")
    assert result.exit_code == 0 and (sample / "report.json").read_text().startswith("{")


def test_quiet_validate_and_baseline_say_nothing_but_errors(sample):
    assert run("validate", "-q").output == ""
    assert run("validate").output.endswith("valid\n")
    assert run("baseline", "-q", "--no-cache").output == ""
    bad = run("validate", "-q", "--claims", "missing.yaml")
    assert bad.exit_code == 2 and "missing.yaml" in bad.output


def test_short_options_for_format_and_output(sample):
    result = run("check", "-f", "markdown", "-o", "out.md", "--no-cache")
    assert result.exit_code == 1 and (sample / "out.md").read_text().startswith("# crosscheck report")


def test_color_and_no_color_win_over_the_terminal_and_no_color(sample):
    assert "\x1b[" in run("check", "--color", "--no-cache").output  # piped, yet asked for
    assert "\x1b[" in run("check", "--color", "--no-cache", NO_COLOR="1").output  # the flag wins
    assert "\x1b[" not in run("check", "--no-cache").output  # piped: plain
    assert "\x1b[" not in run("check", "--no-color", "--no-cache", FORCE_COLOR="1").output
    assert "\x1b[" in run("check", "--no-cache", FORCE_COLOR="1").output
    assert "\x1b[" not in run("check", "--no-cache", FORCE_COLOR="1", NO_COLOR="1").output


def test_every_command_has_an_example_in_its_help():
    for name in cli.commands:
        help_text = run(name, "--help").output
        assert re.search(rf"^  Examples?:\n    crosscheck {name}\b", help_text, re.M), name
    assert "_CROSSCHECK_COMPLETE=bash_source crosscheck" in run("--help").output


def test_commands_offer_only_options_they_use():
    """validate reads the claims file and the manifests: no engine, cache or jobs."""
    validate = {o for p in cli.commands["validate"].params for o in getattr(p, "opts", [])}
    assert validate == {"--claims", "--sources", "--quiet", "-q"}
    assert "--quiet" not in {o for p in cli.commands["discover"].params for o in getattr(p, "opts", [])}


def test_shell_completion_completes_commands_choices_and_files(sample):
    script = run(_CROSSCHECK_COMPLETE="bash_source")
    assert "complete -o nosort -F _crosscheck_completion crosscheck" in script.output

    def complete(words: str) -> list[str]:
        cword = str(len(words.split()) - (0 if words.endswith(" ") else 1))
        out = run(_CROSSCHECK_COMPLETE="bash_complete", COMP_WORDS=words, COMP_CWORD=cword).output
        return out.splitlines()

    assert complete("crosscheck val") == ["plain,validate"]
    assert complete("crosscheck check --format on") == ["plain,oneline"]
    assert complete("crosscheck check --claims cl") == ["file,cl"]  # the shell lists the files


def test_shell_completion_through_the_console_script(sample):
    done = subprocess.run(
        [sys.executable, "-c", "import sys; sys.argv[0] = 'crosscheck'; from crosscheck.cli import entry; entry()"],
        env={"_CROSSCHECK_COMPLETE": "bash_complete", "COMP_WORDS": "crosscheck disc", "COMP_CWORD": "1"},
        capture_output=True,
        text=True,
        check=False,
        cwd=sample,
    )
    assert (done.returncode, done.stdout) == (0, "plain,discover\n")


# Defaults from a configuration file


def _project(sample, pyproject: str = "", toml: str = ""):
    (sample / "desk").mkdir()
    shutil.move(sample / "claims.yaml", sample / "desk" / "facts.yaml")
    shutil.move(sample / "sources", sample / "desk" / "articles")
    if pyproject:
        (sample / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    if toml:
        (sample / "crosscheck.toml").write_text(toml, encoding="utf-8")


PYPROJECT = """\
[project]
name = "newsroom"

[tool.crosscheck]
claims = "desk/facts.yaml"
sources = ["desk/articles"]
format = "oneline"
fail-on = "never"
no-cache = true
"""


def test_defaults_come_from_pyproject_found_upward(sample, monkeypatch):
    _project(sample, pyproject=PYPROJECT)
    result = run("check")
    assert result.exit_code == 0  # fail-on = "never"
    assert result.output.startswith("desk/articles/000_1e04174fb47e0844.txt:")  # oneline, the configured sources
    assert not (sample / "desk" / ".crosscheck-cache").exists()  # no-cache = true
    (sample / "deeper").mkdir()
    monkeypatch.chdir(sample / "deeper")
    below = run("check")
    assert below.exit_code == 0 and below.output.startswith("../desk/articles/000_")  # paths from the file's folder
    assert run("validate").output == "../desk/facts.yaml: 10 claims, 7 entities: valid\n"


def test_a_file_naming_no_paths_still_finds_the_claims_and_sources_beside_it(sample, monkeypatch):
    (sample / "crosscheck.toml").write_text('format = "compact"\n', encoding="utf-8")
    (sample / "notes").mkdir()
    monkeypatch.chdir(sample / "notes")
    below = run("check", "--no-cache")
    assert below.exit_code == 1 and below.output.startswith("../sources/000_")
    assert run("validate").output == "../claims.yaml: 10 claims, 7 entities: valid\n"
    shutil.copy(sample / "claims.yaml", sample / "notes" / "claims.yaml")  # a folder's own claims file wins
    assert run("validate").output == "claims.yaml: 10 claims, 7 entities: valid\n"


def test_the_command_line_wins_over_the_configuration(sample):
    _project(sample, pyproject=PYPROJECT)
    result = run("check", "--format", "markdown", "--fail-on", "conflicts")
    assert result.exit_code == 1 and result.output.startswith("# crosscheck report")


def test_crosscheck_toml_wins_over_pyproject_in_the_same_folder(sample):
    _project(sample, pyproject=PYPROJECT, toml='claims = "desk/facts.yaml"\nsources = "desk/articles"\n')
    result = run("check", "--no-cache")
    assert result.exit_code == 1 and result.output.startswith("claim ")  # the text report, failing on conflicts


def test_a_pyproject_without_the_table_is_passed_over(sample):
    _project(sample, pyproject='[project]\nname = "x"\ndependencies = ["crosscheck"]\n')
    result = run("validate")
    assert result.exit_code == 2 and "claims.yaml" in result.output


@pytest.mark.parametrize(
    "toml, said",
    [
        (
            'claims = "desk/facts.yaml"\nformt = "oneline"\n',
            "crosscheck.toml:2:1: unknown key 'formt' (did you mean 'format'?)",
        ),
        ('fail-on = "sometimes"\n', "crosscheck.toml:1:1: 'fail-on': 'sometimes' is not one of"),
        ("jobs = 0\n", "crosscheck.toml:1:1: 'jobs': 0 is not in the range x>=1"),
        ('no-cache = "yes"\n', "crosscheck.toml:1:1: 'no-cache' must be true or false"),
        ('claims = "desk/facts.yaml\n', "crosscheck.toml:1:26: is not valid TOML"),
        ("[check]\nformat = 'json'\n", "crosscheck.toml:1:1: unknown key 'check'"),
    ],
)
def test_a_bad_configuration_is_said_at_its_line(sample, toml, said):
    _project(sample, toml=toml)
    result = run("check")
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {said}")


def test_help_is_shown_whatever_the_configuration_says(sample):
    _project(sample, toml='fail-on = "sometimes"\n')
    for args in (("check", "--help"), ("validate", "-h"), ("--help",)):
        result = run(*args)
        assert result.exit_code == 0 and "Usage:" in result.output, args
    assert run("check").exit_code == 2


def test_pyproject_errors_point_into_the_table(sample):
    _project(sample, pyproject='[project]\nname = "x"\n\n[tool.crosscheck]\n  colour = true\n')
    result = run("check")
    assert result.exit_code == 2
    assert result.output == "error: pyproject.toml:5:3: unknown key 'colour' (did you mean 'color'?)\n"


def test_every_configuration_key_is_an_option_of_some_command():
    from crosscheck.config import KEYS

    options = {o[2:] for c in cli.commands.values() for p in c.params if isinstance(p, click.Option) for o in p.opts}
    assert set(KEYS) <= options


def test_discover_oneline_puts_each_departing_statement_on_a_located_line(sample):
    result = run("discover", "-f", "oneline")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines and all(LOCATED.match(line) for line in lines)
    assert "sources/000_1e04174fb47e0844.txt:5:39: disagreement Antony Blinken: spelling: Anthony Blinken here" in (
        result.output
    )
