"""Installing crosscheck as an editor or a CI job does: from a wheel, from a git URL, through
examples/ci/check.sh and as a pre-commit hook, each into an environment of its own.

No package index is used: pip runs with no index and no configuration, and the test
environment lends crosscheck's dependencies through PYTHONPATH. A folder on PYTHONPATH has
its .pth files ignored, so the test environment's own (editable) crosscheck is not seen:
crosscheck comes only from what each test installs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig

import pytest
from test_ci_workflow import NEW_ARTICLE

from conftest import ROOT

pytestmark = pytest.mark.slow

PROJECT = ("setup.cfg", "pyproject.toml", "README.md", ".pre-commit-hooks.yaml")


def offline(**more: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(
        PYTHONPATH=sysconfig.get_paths()["purelib"],
        PIP_CONFIG_FILE=os.devnull,
        PIP_NO_INDEX="1",
        PIP_NO_BUILD_ISOLATION="0",  # pip reads "0" here as --no-build-isolation: build with the lent setuptools
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        **more,
    )
    return env


def sh(*args, cwd=None, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env or offline(), capture_output=True, text=True)


def git(repo, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Desk", "-c", "user.email=desk@example.org", *args], cwd=repo, check=True)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """The project as a git repository at tag v0.1.0, from the working tree (what is about to be committed)."""
    repo = tmp_path_factory.mktemp("project")
    for name in PROJECT:
        shutil.copy(ROOT / name, repo / name)
    shutil.copytree(ROOT / "crosscheck", repo / "crosscheck", ignore=shutil.ignore_patterns("__pycache__"))
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "crosscheck")
    git(repo, "tag", "v0.1.0")
    return repo


@pytest.fixture(scope="module")
def wheel(project, tmp_path_factory):
    dist = tmp_path_factory.mktemp("dist")
    built = sh(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", dist, project)
    assert built.returncode == 0, built.stderr
    (path,) = dist.glob("*.whl")
    assert path.name == "crosscheck_news-0.1.0-py3-none-any.whl"
    return path


@pytest.fixture
def newsroom(tmp_path):
    """A newsroom's repository: the sample's fact sheet and articles, committed."""
    repo = tmp_path / "newsroom"
    repo.mkdir()
    shutil.copy(ROOT / "claims.yaml", repo / "claims.yaml")
    shutil.copytree(ROOT / "sources", repo / "sources")
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "sample")
    return repo


def installed(tmp_path, requirement) -> os.PathLike:
    """A fresh virtual environment with `requirement` installed; its bin folder."""
    venv = tmp_path / "venv"
    assert sh(sys.executable, "-m", "venv", "--without-pip", venv).returncode == 0
    done = sh(venv / "bin" / "python", "-m", "pip", "install", "--quiet", requirement)
    assert done.returncode == 0, done.stderr
    return venv / "bin"


def test_the_wheel_checks_the_sample_in_a_clean_environment(wheel, newsroom, tmp_path):
    bin = installed(tmp_path, wheel)
    where = sh(bin / "python", "-c", "import crosscheck; print(crosscheck.__file__)", cwd=tmp_path)
    assert where.stdout.startswith(str(tmp_path / "venv")), where.stdout  # not the test environment's crosscheck
    result = sh(bin / "crosscheck", "check", cwd=newsroom)
    assert result.returncode == 1, result.stderr  # the sample has two mixed findings
    assert "merida-age" in result.stdout and "Traceback" not in result.stderr
    schema = sh(bin / "crosscheck", "schema", cwd=newsroom)  # package data: the claims schema
    assert schema.returncode == 0 and '"$schema"' in schema.stdout


def test_the_recipes_git_url_installs_it(project, newsroom, tmp_path):
    recipe = (ROOT / "examples" / "ci" / "github-actions.yml").read_text(encoding="utf-8")
    (requirement,) = re.findall(r'CROSSCHECK_INSTALL: "(.*)"', recipe)
    assert requirement.startswith("crosscheck-news @ git+https://") and requirement.endswith("@v0.1.0")
    local = re.sub(r"git\+https://\S+@", f"git+file://localhost{project}@", requirement)
    bin = installed(tmp_path, local)
    assert sh(bin / "crosscheck", "check", "--format", "compact", cwd=newsroom).returncode == 1


def test_check_sh_fails_only_on_new_contradictions(wheel, newsroom, tmp_path):
    script = ROOT / "examples" / "ci" / "check.sh"
    env = offline(CROSSCHECK_INSTALL=str(wheel), CROSSCHECK_VENV=str(tmp_path / "venv"))
    first = sh("sh", script, cwd=newsroom, env=env)
    assert first.returncode == 1, first.stderr
    assert "does not exist yet" in first.stderr and "crosscheck baseline" in first.stderr
    assert first.stdout.splitlines()[-1] == "crosscheck: 5 sources × 10 claims: 2 contradictions fail the run"
    assert (newsroom / "crosscheck-junit.xml").read_text(encoding="utf-8").count("<failure") == 2

    accepted = sh(tmp_path / "venv" / "bin" / "crosscheck", "baseline", "--accepted-by", "Desk", cwd=newsroom)
    assert accepted.returncode == 0, accepted.stderr
    again = sh("sh", script, cwd=newsroom, env=env)
    assert again.returncode == 0 and again.stderr == ""


def test_the_pre_commit_hook_works_before_and_after_a_baseline(project, newsroom, tmp_path):
    env = offline(PRE_COMMIT_HOME=str(tmp_path / "pre-commit"))

    def hook():
        return sh(
            sys.executable, "-m", "pre_commit", "try-repo", project, "crosscheck", "--all-files", cwd=newsroom, env=env
        )

    first = hook()
    assert first.returncode == 1, first.stdout + first.stderr
    assert "reports/baseline.json does not exist yet" in first.stdout
    assert "crosscheck baseline --output reports/baseline.json" in first.stdout
    assert "sources/001_3d24113b92786948.txt:25:280: mixed merida-age" in first.stdout
    assert "Conflicts and mixed" not in first.stdout  # not the whole report

    here = {**os.environ, "PYTHONPATH": str(ROOT)}
    made = sh(sys.executable, "-m", "crosscheck", "baseline", "--accepted-by", "Desk", cwd=newsroom, env=here)
    assert made.returncode == 0, made.stderr
    git(newsroom, "add", "reports/baseline.json")
    git(newsroom, "commit", "-qm", "baseline")
    assert hook().returncode == 0

    (newsroom / "sources" / "005_revived.md").write_text(NEW_ARTICLE, encoding="utf-8")
    git(newsroom, "add", ".")
    new = hook()
    assert new.returncode == 1
    lines = [line for line in new.stdout.splitlines() if line.startswith("sources/")]
    assert lines and all(line.startswith("sources/005_revived.md:") and " new " in line for line in lines)
