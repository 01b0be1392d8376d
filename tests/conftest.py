from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path

import pytest

from crosscheck import check
from crosscheck.claims import parse_claims

ROOT = Path(__file__).resolve().parent.parent

BASE_CLAIMS = """
version: 1
scope:
  event: Riverside bridge opening
  date: 2024-05-17
  window_days: 30
entities:
  okafor:
    name: Grace Okafor
    aliases: [Okafor]
  lindqvist:
    name: Erik Lindqvist
    aliases: [Lindqvist]
  moreau:
    name: Hélène Moreau
    aliases: [Moreau]
  bridge:
    name: Riverside Bridge
    aliases: [the bridge]
"""


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """Check articles against claims in a temporary folder: corpus(claims, {name: text}) -> Report."""
    monkeypatch.chdir(tmp_path)

    def run(claims: str, articles: dict[str, str], base: bool = True):
        text = (BASE_CLAIMS if base else "") + textwrap.dedent(claims)
        (tmp_path / "claims.yaml").write_text(text, encoding="utf-8")
        folder = tmp_path / "sources"
        folder.mkdir(exist_ok=True)
        for name, body in articles.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(body).lstrip("\n"), encoding="utf-8")
        return check("claims.yaml", ["sources"])

    return run


@pytest.fixture
def sample(tmp_path, monkeypatch):
    """A copy of the bundled sample, the current folder for the test: the CLI run as an editor runs it."""
    shutil.copy(ROOT / "claims.yaml", tmp_path / "claims.yaml")
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(scope="session")
def sample_report():
    """The bundled sample, checked from the repository root as an editor would."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        yield check("claims.yaml", ["sources"])
    finally:
        os.chdir(cwd)


def finding(report, claim: str, source: str = "a.txt"):
    for f in report.findings:
        if f.claim == claim and f.source.endswith(source):
            return f
    raise AssertionError(f"no finding for {claim} × {source}")


def claims_from(text: str):
    return parse_claims(BASE_CLAIMS + textwrap.dedent(text))


def _modified_tracked_files() -> set[str] | None:
    import subprocess

    try:
        done = subprocess.run(
            ["git", "ls-files", "--modified", "--deleted"], cwd=ROOT, capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return None  # not a git checkout: nothing to compare
    return set(done.stdout.splitlines())


@pytest.fixture(scope="session", autouse=True)
def tests_leave_tracked_files_alone():
    """Tests write only to temporary folders: a run that changes a tracked file fails
    (UPDATE_GOLDEN=1 renews the golden reports on purpose, scripts/screenshots.sh the screenshots)."""
    before = _modified_tracked_files()
    yield
    after = _modified_tracked_files()
    if (
        before is not None
        and after is not None
        and not os.environ.get("UPDATE_GOLDEN")
        and not os.environ.get("CROSSCHECK_SCREENSHOTS")
    ):
        assert after <= before, f"tests changed tracked files: {sorted(after - before)}"
