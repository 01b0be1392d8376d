"""The documents editors and CI read say what the code does.

The contracts in docs/ and the README are checked against the code they
describe: the claims file's JSON Schema against its parser, the README's
commands against the command line, the units the contract names against
the units crosscheck reads.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT
from crosscheck import claims
from crosscheck.cli import cli
from crosscheck.units import canonical_names, lookup

SCHEMA = json.loads((ROOT / "crosscheck" / "data" / "claims.schema.json").read_text(encoding="utf-8"))
README = (ROOT / "README.md").read_text(encoding="utf-8")
CLAIMS_DOC = (ROOT / "docs" / "claims-format.md").read_text(encoding="utf-8")


def _claim_schema() -> dict:
    return SCHEMA["properties"]["claims"]["items"]


def _entity_schema() -> dict:
    (entity,) = [
        v for v in SCHEMA["properties"]["entities"]["patternProperties"]["^.+$"]["oneOf"] if v.get("type") == "object"
    ]
    return entity


def _expect_kinds() -> dict[str, set[str]]:
    """Each kind of expect the schema allows, with the keys it takes."""
    kinds = {}
    for option in _claim_schema()["properties"]["expect"]["oneOf"]:
        (kind,) = option["required"]
        kinds[kind] = set(option["properties"])
    return kinds


@pytest.mark.parametrize(
    "where, schema_keys, parser_keys",
    [
        ("top", lambda: set(SCHEMA["properties"]), lambda: set(claims.TOP_KEYS)),
        ("scope", lambda: set(SCHEMA["properties"]["scope"]["properties"]), lambda: set(claims.SCOPE_KEYS)),
        ("entity", lambda: set(_entity_schema()["properties"]), lambda: set(claims.ENTITY_KEYS)),
        ("claim", lambda: set(_claim_schema()["properties"]), lambda: set(claims.CLAIM_KEYS)),
        (
            "accept",
            lambda: set(_claim_schema()["properties"]["accept"]["items"]["properties"]),
            lambda: set(claims.ACCEPT_KEYS),
        ),
    ],
)
def test_schema_and_parser_know_the_same_keys(where, schema_keys, parser_keys):
    assert schema_keys() == parser_keys(), where


def test_schema_and_parser_know_the_same_kinds_of_expect():
    assert {k: set(v) for k, v in claims.KIND_KEYS.items()} == _expect_kinds()


@pytest.mark.parametrize("kind, keys", sorted(claims.KIND_KEYS.items()))
def test_every_expect_key_the_schema_allows_is_parsed(kind, keys):
    values = {
        "quantity": "13",
        "unit": "year",
        "tolerance": 1,
        "date": "2021-10-08",
        "month": "2021-10",
        "year": 2008,
        "term": "first",
        "supports": ["first"],
        "conflicts": ["revived"],
        "person": "someone",
        "role": ["minister"],
        "people": ["someone"],
    }
    expect = ", ".join(f"{k}: {json.dumps(values[k])}" for k in keys)
    text = (
        f"version: 1\nentities:\n  someone: {{name: Some One}}\n"
        f"claims:\n  - id: a\n    about: [topic]\n    expect: {{{expect}}}\n"
    )
    parsed = claims.parse_claims(text)
    assert parsed.claims[0].expect.kind == ("date" if kind in ("month", "year") else kind)


def _readme_commands() -> set[str]:
    block = README.split("## Commands", 1)[1].split("```", 2)[1]
    return set(re.findall(r"^crosscheck (\w+)", block, flags=re.M))


def test_readme_lists_every_command_and_only_those():
    assert _readme_commands() == set(cli.commands)


def test_readme_commands_have_the_options_the_cli_takes():
    """Every long option of a command is named in the README's command list."""
    block = README.split("## Commands", 1)[1].split("```", 2)[1]
    for name, command in cli.commands.items():
        for param in command.params:
            for option in getattr(param, "opts", []):
                if option.startswith("--") and option != "--help":
                    assert option in block, f"crosscheck {name} {option} is not in the README's command list"


def _documented_units() -> list[str]:
    section = CLAIMS_DOC.split("Units are written as editors write them", 1)[1].split("A unit crosscheck", 1)[0]
    names = re.findall(r"[A-Za-z$€£%]+\$?", section)
    ignored = {
        "at",
        "least",
        "these",
        "singular",
        "plural",
        "symbol",
        "are",
        "understood",
        "and",
        "converted",
        "within",
        "their",
        "dimension",
        "other",
        "currencies",
        "kept",
        "apart",
        "S",
        "is",
        "not",
        "amounts",
        "in",
        "two",
        "never",
        "such",
        "evidence",
        "unclear",
        "a",
        "count",
        "of",
    }
    return [n for n in names if n not in ignored]


def test_every_unit_the_contract_names_is_read():
    units = _documented_units()
    assert {"year", "metre", "km", "USD", "€", "percent", "victims"} <= set(units)
    unknown = [u for u in units if lookup(u) is None]
    assert unknown == []


def test_every_unit_crosscheck_reads_is_documented():
    """The README's Units paragraph names every unit of the lexicon's table."""
    paragraph = README.split("**Units**", 1)[1].split("\n\n", 1)[0]
    missing = [name for name in canonical_names() if not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", paragraph, re.I)]
    assert missing == [], "name these units in the README's Units paragraph"


def test_docs_are_the_contracts_the_docstrings_cite():
    cited = {
        m
        for path in (ROOT / "crosscheck").rglob("*.py")
        for m in re.findall(r"(?:docs/)?([\w-]+-format\.md)", path.read_text(encoding="utf-8"))
    }
    assert cited and all((ROOT / "docs" / name).is_file() for name in cited)


def test_the_readmes_python_example_runs(capsys, monkeypatch):
    block = README.split("## As a library", 1)[1].split("```python", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(ROOT)
    with pytest.raises(SystemExit) as done:
        exec(compile(block, "README.md", "exec"), {})
    assert done.value.code == 1  # the sample has contradictions
    printed = capsys.readouterr().out
    assert "merida-age" in printed and "| claim |" in printed


def test_the_readmes_sample_report_is_what_crosscheck_prints(tmp_path):
    """The terminal report shown at the top of the README, as a fresh check of the sample prints it."""
    block = README.split("## What the editor sees", 1)[1].split("```text", 1)[1].split("```", 1)[0]
    done = subprocess.run(
        [sys.executable, "-m", "crosscheck", "check", "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "80"},
    )
    assert done.returncode == 1
    assert done.stdout.strip() == block.strip()


def _printed(*args: str) -> subprocess.CompletedProcess:
    """A command as an editor runs it on the sample, piped, at 80 columns."""
    return subprocess.run(
        [sys.executable, "-m", "crosscheck", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "80"},
    )


def test_the_readmes_discover_output_is_what_crosscheck_prints():
    """The README shows the start of `crosscheck discover` on the sample, up to its "…"."""
    block = README.split("$ crosscheck discover\n", 1)[1].split("\n…\n", 1)[0]
    done = _printed("discover")
    assert done.returncode == 0
    assert done.stdout.startswith(block + "\n")


def test_the_readmes_oneline_example_is_what_crosscheck_prints():
    block = README.split("- `--format oneline`", 1)[1].split("```text", 1)[1].split("```", 1)[0]
    printed = _printed("check", "--format", "oneline", "--no-cache").stdout.splitlines()
    shown = [line.strip() for line in block.strip().splitlines()]
    assert shown and all(line in printed for line in shown)


def test_the_readme_says_why_the_sample_fails_as_its_report_does():
    """The opening paragraph's reason for exit status 1 counts what the report shows."""
    block = README.split("## What the editor sees", 1)[1].split("```text", 1)[1].split("```", 1)[0]
    summary = " ".join(block.split("\n\n5 sources × 10 claims:", 1)[1].split("\n\n", 1)[0].split())
    assert "conflicts" not in summary
    mixed = int(re.search(r"(\d+) mixed", summary)[1])
    words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
    intro = " ".join(README.split("```", 3)[2].split())
    assert f"exits 1 because {words[mixed]} of the sample's findings are mixed" in intro


def test_the_sample_fact_sheet_speaks_to_an_editor():
    """The claims.yaml a newcomer opens first has comments about the fact sheet, not about the test suite."""
    comments = [line for line in (ROOT / "claims.yaml").read_text(encoding="utf-8").splitlines() if "#" in line]
    assert comments
    developer_words = ("gold", "test", "must reach", "corpus", "copy of this file")
    assert not [line for line in comments if any(w in line.lower() for w in developer_words)]
